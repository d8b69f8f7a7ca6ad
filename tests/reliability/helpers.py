"""What the reliability tests share: the database URL under test, the worker processes, and the
proof that what a log says was committed is in the database, whole, and nothing else is."""
import collections
import os
import subprocess
import sys
from pathlib import Path

import peewee

import storage
from storage.models import (
    AuditLog, Payment, Settlement, SettlementLine, StockCount, StockMovement, WorkOrder, WorkOrderLine, summed,
)
from storage.plumbing.db import close_database
from storage.store import backup_restore
from storage.store.schema import LATEST
from storage.store.versions import SchemaVersion
from tests.conftest import PG_URL
from tests.reliability.scene import read_log

ROOT = Path(__file__).resolve().parents[2]


def url_of(db) -> str:
    """The URL of the database under test, ready to be opened again (here or by a worker process).
    On PostgreSQL, tests/conftest.py empties the models' tables between tests but not
    schema_version: the hypothetical upgrade of tests/install/test_migrations.py leaves a version-2 row
    behind, and every fresh open would then refuse the database as one from a newer program."""
    if PG_URL:
        SchemaVersion.delete().where(SchemaVersion.version > LATEST).execute()
        return PG_URL
    return f"sqlite:///{Path(db.database).as_posix()}"


def worker_command(*args) -> list[str]:
    return [sys.executable, "-m", "tests.reliability.worker", *map(str, args)]


def worker_env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


def run_main(*args, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, FOURS_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def reopen(url: str):
    """Open the database afresh, as the next program start after a crash does."""
    close_database()
    return storage.open_store(url)


class Verdict(collections.namedtuple("Verdict", "done pending pending_committed")):
    """What one look at the database after a crash found: the committed actions the log names, the
    action that was under way (or None), and whether that one had been committed."""


def verify_committed(log_path, accepted: dict | None = None) -> Verdict:
    """Everything the log says was committed is in the database and whole; the only thing in the
    database the log does not name is the action that was under way when the writer died (its
    commit done, its log line not yet written). `accepted` carries such actions from earlier
    crashes of the same log (updated here). Asserts; returns what it saw."""
    accepted = accepted if accepted is not None else collections.defaultdict(set)
    assert backup_restore.check() == [], [str(p) for p in backup_restore.check()]
    done, pending = read_log(log_path)
    by_op = collections.defaultdict(list)
    for record in done:
        by_op[record["op"]].append(record)
    extra = {}
    extra["settle"] = _settlements(by_op["settle"])
    extra["issue"] = _issues(by_op["issue"])
    extra["receive"] = _receipts(by_op["receive"])
    extra["count"] = _counts(by_op["count"])
    extra["order"] = _orders(by_op["order"])
    _whole_everywhere()
    committed = {op: found - accepted[op] for op, found in extra.items() if found - accepted[op]}
    if not committed:
        return Verdict(done, pending, False)
    assert pending is not None, f"in the database but never logged: {committed}"
    assert set(committed) == {pending["op"]}, f"unlogged {committed} while {pending} was under way"
    _matches_pending(pending, committed[pending["op"]])
    accepted[pending["op"]] |= committed[pending["op"]]
    return Verdict(done, pending, True)


def _settlements(logged) -> set:
    rows = {s.number: s for s in Settlement.select()}
    for record in logged:
        s = rows.get(record["number"])
        assert s is not None, f"committed settlement {record['number']} is missing"
        assert (s.status, s.order_id, str(s.total), str(s.customer_due)) == (
            "有效", record["order"], record["total"], record["customer_due"])
        paid = sorted((p.method, str(p.amount)) for p in Payment.select().where(Payment.settlement == s.id))
        assert paid == sorted(map(tuple, record["payments"])), f"{s.number}: payments {paid}"
        assert SettlementLine.select().where(SettlementLine.settlement == s.id).count() == record["lines"]
        assert WorkOrder.get_by_id(s.order_id).status == "已结算"
    return {(n, s.order_id) for n, s in rows.items()} - {(r["number"], r["order"]) for r in logged}


def _documents(kind):
    q = summed(StockMovement.quantity, StockMovement.quantity)
    return {doc: (n, qty, line, reason) for doc, n, qty, line, reason in StockMovement.select(
        StockMovement.document, peewee.fn.COUNT(StockMovement.id), q, peewee.fn.MAX(StockMovement.order_line),
        peewee.fn.MAX(StockMovement.reason)).where(StockMovement.kind == kind).group_by(StockMovement.document).tuples()}


def _issues(logged) -> set:
    docs = _documents("出库")
    for record in logged:
        assert record["number"] in docs, f"committed issue {record['number']} is missing"
        n, qty, line, _ = docs[record["number"]]
        assert (n, -qty, line) == (1, _d(record["qty"]), record["line"])
    return {(doc, v[2]) for doc, v in docs.items()} - {(r["number"], r["line"]) for r in logged}


def _d(text):
    from decimal import Decimal

    return Decimal(text)


def _receipts(logged) -> set:
    docs = {doc: v for doc, v in _documents("入库").items() if v[3] != "期初"}
    for record in logged:
        assert record["number"] in docs, f"committed receipt {record['number']} is missing"
        n, qty, _, reason = docs[record["number"]]
        assert (n, qty, reason) == (1, _d(record["qty"]), record["token"])
    return {(doc, v[3]) for doc, v in docs.items()} - {(r["number"], r["token"]) for r in logged}


def _counts(logged) -> set:
    posted = {c.number: c for c in StockCount.select().where(StockCount.status == "已过账")}
    for record in logged:
        assert record["number"] in posted, f"committed count {record['number']} is missing"
        moved = StockMovement.select().where((StockMovement.kind == "盘点") & (StockMovement.document == record["number"]))
        assert moved.count() == record["adjusted"]
    return set(posted) - {r["number"] for r in logged}


def _orders(logged) -> set:
    ids = {o.id for o in WorkOrder.select(WorkOrder.id)}
    for record in logged:
        assert record["order"] in ids, f"committed order {record['number']} is missing"
    return ids - {r["order"] for r in logged}


def _whole_everywhere() -> None:
    """Cross-table rules `check` does not cover: nothing half-written anywhere."""
    # Every order has both its lines (created in one transaction).
    short = (WorkOrder.select(WorkOrder.number).join(WorkOrderLine, peewee.JOIN.LEFT_OUTER)
             .group_by(WorkOrder.id, WorkOrder.number).having(peewee.fn.COUNT(WorkOrderLine.id) < 2))
    assert list(short.tuples()) == []
    # A line's issued quantity is what left the shelf for it.
    issued = {line: -qty for line, qty in StockMovement.select(
        StockMovement.order_line, summed(StockMovement.quantity, StockMovement.quantity))
        .where(StockMovement.order_line.is_null(False)).group_by(StockMovement.order_line).tuples()}
    for line_id, qty in WorkOrderLine.select(WorkOrderLine.id, WorkOrderLine.issued).where(WorkOrderLine.kind == "材料").tuples():
        assert issued.get(line_id, 0) == qty, f"line {line_id}: issued {qty}, ledger {issued.get(line_id, 0)}"
    # Settled orders and live settlements are the same set.
    live = {o for (o,) in Settlement.select(Settlement.live_order).where(Settlement.live_order.is_null(False)).tuples()}
    settled = {o for (o,) in WorkOrder.select(WorkOrder.id).where(WorkOrder.status == "已结算").tuples()}
    assert live == settled
    # Every stock movement and every settlement has its audit row.
    stock_audits = AuditLog.select().where(AuditLog.action.startswith("stock.")).count()
    assert stock_audits == StockMovement.select().count()
    assert AuditLog.select().where(AuditLog.action == "settlement.create").count() == Settlement.select().count()


def _matches_pending(pending, found) -> None:
    """The one unlogged action is the very one that was under way."""
    assert len(found) == 1, found
    (item,) = found
    op = pending["op"]
    if op == "settle":
        assert item[1] == pending["order"]
    elif op == "issue":
        assert item[1] == pending["line"]
    elif op == "receive":
        assert item[1] == pending["token"]
    elif op == "count":
        assert item == pending.get("number")
