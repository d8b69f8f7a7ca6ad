"""Several PCs at once: N station processes against one database (the SQLite file, or the
PostgreSQL database when TEST_DATABASE_URL is set) all issue the same parts, settle the same
orders and edit the same work orders, starting together. No lost update, no double settlement,
no negative stock; every refusal is a DomainError with a Chinese message, never "database is
locked" or a driver's error. Prints throughput and refusals (run with -s to see them).

    QT_QPA_PLATFORM=offscreen python -m pytest tests/reliability/test_stations_at_once.py -q -s
"""
import collections
import json
import re
import subprocess
import time
from decimal import Decimal

import pytest

from storage.models import Part, Payment, Settlement, WorkOrder, WorkOrderLine
from storage.parts import catalogue, stock
from storage.plumbing.db import DatabaseBusy, close_database
from storage.rules import auth
from storage.store import backup_restore
from tests.factories import add_part_line, make_car, make_order
from tests.reliability.helpers import reopen, url_of, worker_command, worker_env

D = Decimal
CJK = re.compile(r"[\u4e00-\u9fff]")
RAW = ("database is locked", "OperationalError", "psycopg2", "Traceback", "deadlock detected", "could not")


def contested_store(users, *, stock_qty=20, issue_orders=12, settle_orders=10, edit_orders=3):
    """One hot part with less stock than the orders want, orders ready to settle, drafts to edit."""
    advisor, keeper = users[auth.ADVISOR], users[auth.STOREKEEPER]
    hot = catalogue.create_part(keeper, number="HOT-1", name="刹车片", price="300.00")
    stock.receive(keeper, [{"part": hot.id, "quantity": str(stock_qty), "unit_cost": "180.00"}])
    for i in range(issue_orders):
        order = make_order(advisor, vehicle=make_car(advisor, plate=f"京B{i:05d}"), status="维修中")
        add_part_line(order, hot, "3")
        WorkOrder.update(note="争抢发料").where(WorkOrder.id == order.id).execute()
    labour = (("工时", "更换刹车片", "1.0", "120.00"), ("其他", "洗车", "1", "30.00"))
    for i in range(settle_orders):
        order = make_order(advisor, vehicle=make_car(advisor, plate=f"京C{i:05d}"), status="完工", lines=labour)
        WorkOrder.update(note="争抢结算").where(WorkOrder.id == order.id).execute()
    for i in range(edit_orders):
        order = make_order(advisor, vehicle=make_car(advisor, plate=f"京D{i:05d}"), status="草稿")
        WorkOrder.update(note=f"争抢修改{i}:").where(WorkOrder.id == order.id).execute()
    return hot


def run_stations(url, tmp_path, n: int) -> list[dict]:
    go = tmp_path / "go"
    procs = [subprocess.Popen(worker_command("contend", url, tmp_path / f"result-{i}.json", i, 100 + i, go),
                              env=worker_env(), stderr=open(tmp_path / f"station-{i}.err", "w"))
             for i in range(n)]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"go.ready-{i}").exists() for i in range(n)):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), \
            "\n".join((tmp_path / f"station-{i}.err").read_text() for i in range(n))
        time.sleep(0.01)
    go.touch()  # all stations are connected: start together
    for i, proc in enumerate(procs):
        assert proc.wait(300) == 0, (tmp_path / f"station-{i}.err").read_text()
    return [json.loads((tmp_path / f"result-{i}.json").read_text("utf-8")) for i in range(n)]


def stations_at_once(db, users, tmp_path, n: int, **sizes):
    url = url_of(db)
    hot = contested_store(users, **sizes)
    edit_orders = {o.id: o.version for o in WorkOrder.select().where(WorkOrder.note.startswith("争抢修改"))}
    close_database()
    results = run_stations(url, tmp_path, n)
    reopen(url)

    attempts = [a for r in results for a in r["attempts"]]
    assert [u for r in results for u in r["unexpected"]] == []
    refusals = [a for a in attempts if not a["ok"]]
    for refusal in refusals:  # every refusal a clear domain error, in Chinese
        assert CJK.search(refusal["message"]) and not any(raw in refusal["message"] for raw in RAW), refusal
    busy = [a for a in refusals if a["error"] == DatabaseBusy.__name__]
    assert busy == [], "a busy database must wait within its bound, not refuse"

    # Parts: no negative stock, no double issue, nothing lost.
    hot = Part.get_by_id(hot.id)
    lines = list(WorkOrderLine.select().where(WorkOrderLine.part == hot.id))
    issued = sum((ln.issued for ln in lines), D(0))
    assert hot.on_hand >= 0 and hot.on_hand + issued == D(sizes.get("stock_qty", 20))
    assert all(ln.issued in (0, ln.quantity) for ln in lines)
    issued_ok = sum(1 for a in attempts if a["what"] == "issue" and a["ok"])
    assert issued_ok == sum(1 for ln in lines if ln.issued) == int(D(sizes.get("stock_qty", 20)) // 3)

    # Settlements: exactly one per order, whoever got there first.
    to_settle = [o.id for o in WorkOrder.select().where(WorkOrder.note == "争抢结算")]
    live = Settlement.select().where(Settlement.order.in_(to_settle) & (Settlement.status == "有效"))
    assert sorted(s.order_id for s in live) == sorted(to_settle)
    assert sum(1 for a in attempts if a["what"] == "settle" and a["ok"]) == len(to_settle)
    assert Payment.select().join(Settlement).where(Settlement.order.in_(to_settle)).count() >= len(to_settle)

    # Edits: every edit that was accepted is in the note, once; the version counts each of them.
    accepted = collections.defaultdict(list)
    for r in results:
        for target, token in r["edits"]:
            accepted[target].append(token)
    for order_id, first_version in edit_orders.items():
        order = WorkOrder.get_by_id(order_id)
        tokens = order.note.split(":", 1)[1].split(";")[:-1]
        assert sorted(t + ";" for t in tokens) == sorted(accepted[order_id]), "an accepted edit was lost"
        assert order.version == first_version + len(accepted[order_id])
    assert backup_restore.check() == []

    started, ended = min(r["started"] for r in results), max(r["ended"] for r in results)
    seconds = ended - started
    done = sum(1 for a in attempts if a["ok"])
    by_error = collections.Counter(a["error"] for a in refusals)
    slowest = max(a["ms"] for a in attempts)
    backend = "PostgreSQL" if "postgres" in url else "SQLite"
    print(f"\n{n} stations on {backend}: {len(attempts)} attempts in {seconds:.2f} s "
          f"({len(attempts) / seconds:.0f} attempts/s, {done / seconds:.0f} committed/s); "
          f"committed {done}, refused {len(refusals)} {dict(by_error)}; slowest attempt {slowest:.0f} ms")
    return results


def test_four_stations_on_the_same_parts_orders_and_work_orders(db, users, tmp_path):
    stations_at_once(db, users, tmp_path, 4)


@pytest.mark.slow
def test_eight_stations_many_more_orders(db, users, tmp_path):
    stations_at_once(db, users, tmp_path, 8, stock_qty=60, issue_orders=40, settle_orders=40, edit_orders=6)
