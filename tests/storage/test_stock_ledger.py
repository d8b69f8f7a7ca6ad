"""The ledger's promises under pressure: two PCs taking the last unit, and random sequences of
receipts, issues, returns, counts and adjustments keeping on-hand, value and ledger in step."""
import itertools
import os
import threading
import time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.models import Part, StockMovement, WorkOrderLine, summed
from storage.parts import catalogue
from storage.parts import count as stock_count
from storage.parts import reads as stock_reports
from storage.parts import stock
from storage.parts.ledger import InsufficientStock
from storage.plumbing.db import database, transaction
from storage.rules.errors import DomainError
from storage.store import backup_restore
from tests.factories import add_part_line, make_order
from tests.storage.test_stock import assert_ledger

D = Decimal


@pytest.fixture
def last_unit(keeper, advisor):
    """One unit on the shelf and two cars in the workshop that each need it."""
    part = catalogue.create_part(keeper, number="1K0615301", name="刹车盘")
    stock.receive(keeper, [{"part": part.id, "quantity": "1", "unit_cost": "300"}])
    jobs = []
    for _ in range(2):
        order = make_order(advisor, status="维修中")
        jobs.append((order.id, add_part_line(order, part, "1").id))
    return part, jobs


def run_in_threads(*targets):
    """Each target runs in its own thread, hence on its own database connection."""
    results = [None] * len(targets)

    def wrap(index, target):
        try:
            results[index] = target()
        except DomainError as exc:
            results[index] = exc
        finally:
            database.obj.close()  # this thread's connection only

    threads = [threading.Thread(target=wrap, args=(i, t)) for i, t in enumerate(targets)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_two_pcs_issue_the_last_unit_at_the_same_moment(keeper, last_unit):
    part, jobs = last_unit
    start = threading.Barrier(2)

    def pc(order_id, line_id):
        def go():
            start.wait()
            return stock.issue(keeper, order_id, [{"line": line_id, "quantity": "1"}])
        return go

    results = run_in_threads(*(pc(*job) for job in jobs))
    won = [r for r in results if isinstance(r, dict)]
    lost = [r for r in results if isinstance(r, InsufficientStock)]
    assert len(won) == 1 and len(lost) == 1, results
    assert Part.get_by_id(part.id).on_hand == 0
    assert WorkOrderLine.select(summed(WorkOrderLine.issued, WorkOrderLine.issued)).scalar() == D(1)
    assert_ledger(part.id)


def test_the_second_pc_waits_for_the_first_and_then_is_refused(keeper, last_unit):
    """PC A is inside its transaction, unit taken, not yet committed, when PC B asks for the same unit."""
    part, ((order_a, line_a), (order_b, line_b)) = last_unit
    a_took, b_asking = threading.Event(), threading.Event()
    waited = {}

    def pc_a():
        with transaction():
            slip = stock.issue(keeper, order_a, [{"line": line_a, "quantity": "1"}])
            a_took.set()
            b_asking.wait(10)
            time.sleep(0.5)  # B is now blocked on the row (PostgreSQL) or the write lock (SQLite)
        return slip

    def pc_b():
        a_took.wait(10)
        b_asking.set()
        started = time.monotonic()
        try:
            return stock.issue(keeper, order_b, [{"line": line_b, "quantity": "1"}])
        finally:
            waited["seconds"] = time.monotonic() - started

    a, b = run_in_threads(pc_a, pc_b)
    assert isinstance(a, dict) and isinstance(b, InsufficientStock), (a, b)
    assert waited["seconds"] >= 0.3
    assert Part.get_by_id(part.id).on_hand == 0 and StockMovement.select().where(StockMovement.kind == "出库").count() == 1


quantities = st.integers(min_value=1, max_value=25).map(D)
costs = st.decimals(min_value=0, max_value=500, places=4, allow_nan=False, allow_infinity=False)
operations = st.lists(st.one_of(
    st.tuples(st.just("receive"), quantities, costs),
    st.tuples(st.just("issue"), quantities, st.none()),
    st.tuples(st.just("return"), st.integers(min_value=1, max_value=10).map(D), st.none()),
    st.tuples(st.just("count"), st.integers(min_value=0, max_value=30).map(D), st.none()),
    st.tuples(st.just("adjust"), st.integers(min_value=-6, max_value=6).filter(bool).map(D), costs),
), min_size=1, max_size=12)
_numbers = itertools.count(1)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_random_stock_histories_keep_the_ledger(keeper, manager, advisor, ops):
    part = catalogue.create_part(keeper, number=f"PROP-{next(_numbers)}", name="随机备件")
    order = make_order(advisor, status="维修中", lines=())
    line = add_part_line(order, part, "100000")
    on_hand, issued = D(0), D(0)
    for op, qty, cost in ops:
        try:
            if op == "receive":
                stock.receive(keeper, [{"part": part.id, "quantity": qty, "unit_cost": cost}])
                on_hand += qty
            elif op == "issue":
                stock.issue(keeper, order.id, [{"line": line.id, "quantity": qty}])
                on_hand, issued = on_hand - qty, issued + qty
            elif op == "return":
                stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": qty}], reason="退回")
                on_hand, issued = on_hand + qty, issued - qty
            elif op == "adjust":
                stock.adjust(manager, part.id, qty, reason="调整", unit_cost=cost)
                on_hand += qty
            else:
                count = stock_count.start_count(keeper, part_ids=[part.id])
                stock_count.enter_count_by_number(keeper, count.id, part.number, qty)
                count = stock_count.submit_count(keeper, count.id, count.version)
                stock_count.post_count(manager, count.id, count.version)
                on_hand = qty
        except InsufficientStock:
            assert op in ("issue", "adjust") and on_hand < abs(qty)
        except DomainError as exc:
            assert op == "return" and qty > issued, exc
        current = Part.get_by_id(part.id)
        assert current.on_hand == on_hand and WorkOrderLine.get_by_id(line.id).issued == issued
        assert_ledger(part.id)
    # stock value reconciles: what came in at cost, less what left at cost, is what the shelf is worth
    moves = StockMovement.select().where(StockMovement.part == part.id)
    came_in = sum((m.value for m in moves if m.value > 0), D("0.00"))
    went_out = sum((-m.value for m in moves if m.value < 0), D("0.00"))
    assert came_in - went_out == Part.get_by_id(part.id).stock_value
    assert [str(p) for p in backup_restore.check() if p.area == "库存"] == []  # what the maintenance check sees
    last = Part.get_by_id(part.id).last_movement_at
    if last is not None:
        assert stock_reports.stock_at(part.id, last) == {"on_hand": on_hand, "value": Part.get_by_id(part.id).stock_value}


@pytest.mark.skipif(not os.environ.get("BENCH"), reason="benchmark: BENCH=1")
def test_issue_speed_on_ten_busy_years(keeper, advisor, manager):
    """A synthetic ledger the size of ten busy years (20,000 parts, 60,000 orders, 600,000
    movements, the busiest part with 60,000), then the clerk's everyday actions, timed."""
    import datetime as dt
    import statistics

    from storage.models import Vehicle, WorkOrder
    from storage.parts.importer import _insert_rows

    moment = dt.datetime(2016, 1, 1, 8)
    _insert_rows(Part, [{"number": f"BP{n:06d}", "name": f"备件{n}", "spec": "", "unit": "个", "whole_units": True,
                         "brand": "大众", "category": "", "genuine": True, "models": "", "bin": None, "cost": D(10),
                         "price": D(20), "safety_stock": D(0), "reorder_qty": D(0), "special": False,
                         "on_hand": D(0), "stock_value": D(0), "last_movement_at": None, "last_counted_at": None,
                         "active": True, "version": 1, "updated_at": moment, "updated_by": ""} for n in range(20000)])
    car = make_order(advisor, status="维修中", lines=())
    orders = [{"number": f"WO-B{n:06d}", "customer": car.customer_id, "vehicle": car.vehicle_id, "advisor": advisor.id,
               "status": "已交车", "opened_at": moment + dt.timedelta(hours=n), "version": 1, "updated_at": moment,
               "updated_by": ""} for n in range(60000)]
    defaults = {f.name: (f.default() if callable(f.default) else f.default) for f in WorkOrder._meta.sorted_fields if f.name != "id"}
    _insert_rows(WorkOrder, [{**defaults, **o} for o in orders])
    first_part = Part.select(Part.id).order_by(Part.id).first().id
    balance, moves = {}, []
    for n in range(600000):
        part_id = first_part if n % 10 == 0 else first_part + (n * 7919) % 20000
        balance[part_id] = balance.get(part_id, 0) + 5
        moves.append({"part": part_id, "kind": "入库", "quantity": D(5), "unit_cost": D(10), "value": D(50),
                      "balance_after": D(balance[part_id]), "at": moment + dt.timedelta(minutes=n * 8), "user": keeper.id,
                      "document": f"RK-B{n // 5:06d}", "order": None, "order_line": None, "purchase_line": None,
                      "supplier": None, "approved_by": None, "reason": ""})
        if len(moves) == 20000:
            _insert_rows(StockMovement, moves)
            moves = []
    for part_id, qty in balance.items():
        Part.update(on_hand=D(qty), stock_value=D(qty * 10)).where(Part.id == part_id).execute()
    busiest = Part.get_by_id(first_part)
    timings = {"issue": [], "receive": [], "stock_at": [], "ledger_card": []}
    for n in range(20):
        order = make_order(advisor, status="维修中", lines=(), vehicle=Vehicle.get_by_id(car.vehicle_id))
        line = add_part_line(order, busiest, "1")
        started = time.perf_counter()
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])
        timings["issue"].append(time.perf_counter() - started)
        started = time.perf_counter()
        stock.receive(keeper, [{"part": busiest.id, "quantity": "1", "unit_cost": "11"}])
        timings["receive"].append(time.perf_counter() - started)
        started = time.perf_counter()
        stock_reports.stock_at(busiest.id, dt.date(2020, 6, 30))
        timings["stock_at"].append(time.perf_counter() - started)
        started = time.perf_counter()
        stock_reports.ledger_card(busiest.id, limit=100)
        timings["ledger_card"].append(time.perf_counter() - started)
    report = {k: (statistics.median(v) * 1000, max(v) * 1000) for k, v in timings.items()}
    print("\n" + "  ".join(f"{k}: median {m:.1f} ms, max {x:.1f} ms" for k, (m, x) in report.items()))
    assert report["issue"][0] < 50
    assert_ledger(busiest.id)
