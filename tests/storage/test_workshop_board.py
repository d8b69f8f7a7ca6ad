"""The workshop board (车间看板), technicians' load and the dispatcher's figures; the board's
query count and its speed over ten busy years (slow)."""
import datetime as dt
import statistics
import time
from decimal import Decimal

import pytest

from storage import workshop
from storage.models import Clocking, User, Vehicle, VehicleModel, WorkOrder, WorkOrderLine, now
from storage.plumbing.db import database, is_sqlite
from storage.rules.errors import PermissionDenied, ValidationError
from storage.rules.orders import IN_WORKSHOP
from tests.factories import PATHS, dispatched_order, fresh, labour_lines, make_order, qc_all_ok, run_through


class QueryCounter:
    def __init__(self, monkeypatch):
        self.statements = []
        original = database.obj.execute_sql

        def counting(sql, params=None, *args, **kwargs):
            self.statements.append((sql, params))
            return original(sql, params, *args, **kwargs)

        monkeypatch.setattr(database.obj, "execute_sql", counting)


def set_times(order, *, signed_hours_ago=None, promised_in_hours=None, at=None):
    at = at or now()
    values = {}
    if signed_hours_ago is not None:
        values["signed_at"] = at - dt.timedelta(hours=signed_hours_ago)
    if promised_in_hours is not None:
        values["promised_at"] = at + dt.timedelta(hours=promised_in_hours)
    WorkOrder.update(values).where(WorkOrder.id == order.id).execute()


def test_board_shows_every_car_in_the_workshop_by_column(advisor):
    made = {status: make_order(advisor, status=status) for status in PATHS}
    cards = workshop.board()
    assert [c.status for c in cards] == [s for s, _ in workshop.BOARD_COLUMNS]
    assert {c.order_id for c in cards} == {made[s].id for s in IN_WORKSHOP}
    assert workshop.board_counts() == {s: 1 for s, _ in workshop.BOARD_COLUMNS}


def test_a_card_carries_what_the_dispatcher_needs(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop, bay="B1", plate="粤B8K2L9")
    model = VehicleModel.create(brand="一汽大众", name="迈腾")
    Vehicle.update(model=model).where(Vehicle.id == order.vehicle_id).execute()
    first = labour_lines(order)[0]
    workshop.start_line(dispatcher, first.id, first.version)
    card = workshop.board()[0]
    assert (card.plate, card.model, card.job_type, card.advisor, card.bay) == ("粤B8K2L9", "一汽大众 迈腾", "保养", advisor.display_name, "B1")
    assert card.teams == ("机修一组",) and card.technicians == ("张师傅",)
    assert (card.status, card.lines_total, card.lines_done, card.lines_in_work) == ("维修中", 2, 0, 1)
    assert card.received_at is not None and card.version == fresh(order).version


@pytest.mark.parametrize("signed_ago, promised_in, status, overdue, check", [
    (10, 2, "维修中", False, True),  # 83 % of the time gone: check progress
    (6, 4, "维修中", False, False),  # 60 %
    (7, 3, "待料", False, True),  # exactly 70 %
    (10, -1, "维修中", True, False),  # late: overdue, red
    (10, -1, "完工", False, False),  # ready cars are not late
])
def test_overdue_and_progress_check(advisor, signed_ago, promised_in, status, overdue, check):
    at = now()
    order = make_order(advisor, status=status)
    set_times(order, signed_hours_ago=signed_ago, promised_in_hours=promised_in, at=at)
    card = workshop.board(at)[0]
    assert (card.overdue, card.progress_check) == (overdue, check)
    assert card.minutes_left == promised_in * 60


def test_a_progress_check_at_reception_counts_once_the_70_percent_point_is_passed(advisor):
    at = now()
    order = make_order(advisor, status="维修中")
    set_times(order, signed_hours_ago=8, promised_in_hours=2, at=at)  # the 70 % point was an hour ago
    assert workshop.board(at)[0].progress_check and not workshop.board(at)[0].progress_checked
    WorkOrder.update(progress_checked_at=at - dt.timedelta(hours=3)).where(WorkOrder.id == order.id).execute()
    assert not workshop.board(at)[0].progress_checked  # asked too early: ask again
    WorkOrder.update(progress_checked_at=at - dt.timedelta(minutes=20)).where(WorkOrder.id == order.id).execute()
    assert workshop.board(at)[0].progress_checked


def test_the_board_takes_two_queries_however_many_cars(advisor, dispatcher, shop, monkeypatch):
    def count():
        counter = QueryCounter(monkeypatch)
        workshop.board()
        monkeypatch.undo()
        return len(counter.statements)

    dispatched_order(advisor, dispatcher, shop)
    few = count()
    for n in range(12):
        order = make_order(advisor, status=("维修中", "质检", "返工", "待料")[n % 4])
        WorkOrderLine.update(team=shop["team1"].id, technician=shop["li"].id).where(WorkOrderLine.order == order.id).execute()
    assert len(workshop.board()) == 13
    assert count() == few == 2


def test_a_refresh_builds_no_sql_once_warm(advisor, dispatcher, shop, monkeypatch):
    """Every wall screen refreshes every few seconds: the SQL is built once (storage.plumbing.compiled), not
    by Peewee on each refresh, and the counts and the cards still follow the data."""
    import peewee

    dispatched_order(advisor, dispatcher, shop)
    workshop.board(), workshop.board_counts()

    def no_building(*args, **kwargs):
        raise AssertionError("the board's SQL was built again")

    make_order(advisor, status="质检")  # (the order itself is made by Peewee: only the board is watched)
    monkeypatch.setattr(peewee.Query, "sql", no_building)
    assert [c.status for c in workshop.board()] == ["待派工", "质检"]
    assert workshop.board_counts()["质检"] == 1


def test_technician_load_for_the_day(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    first = labour_lines(order)[0]
    workshop.clock_on(dispatcher, shop["zhang"].id, first.id)
    rows = {r["name"]: r for r in workshop.technician_load()}
    zhang = rows["张师傅"]
    assert (zhang["assigned_hours"], zhang["assigned_lines"], zhang["finished_hours"]) == (Decimal("1.5"), 2, 0)
    assert zhang["on"]["order_number"] == order.number and zhang["on"]["line"] == "更换机油机滤"
    assert rows["李师傅"]["assigned_lines"] == 0 and rows["李师傅"]["on"] is None
    workshop.finish_line(dispatcher, first.id, fresh(first).version)
    zhang = {r["name"]: r for r in workshop.technician_load()}["张师傅"]
    assert (zhang["assigned_hours"], zhang["finished_hours"], zhang["load_hours"]) == (Decimal("1.0"), Decimal("0.5"), Decimal("1.5"))
    lines = workshop.technician_lines(shop["zhang"].id)
    assert [(l["description"], l["may_start"]) for l in lines] == [("检查制动系统", True)]


def clock(line, technician, start, minutes):
    Clocking.create(line=line.id, technician=technician.id, started_at=start, ended_at=start + dt.timedelta(minutes=minutes))


def test_labour_hours_efficiency_and_the_dispatchers_day(advisor, dispatcher, inspector, manager, shop):
    morning = dt.datetime.combine(now().date(), dt.time(8, 0))
    order = dispatched_order(advisor, dispatcher, shop)  # 0.5 h + 1.0 h to 张师傅
    first, second = labour_lines(order)
    clock(first, shop["zhang"], morning, 30)
    clock(second, shop["zhang"], morning + dt.timedelta(hours=1), 40)
    other = dispatched_order(advisor, dispatcher, shop, bay="B1", lines=(("工时", "钣金修复", "1.0", "150.00"),))
    dent = labour_lines(other)[0]
    workshop.dispatch_line(dispatcher, other.id, other.version, dent.id, technician=shop["wang"].id)
    clock(dent, shop["wang"], morning, 120)
    clock(dent, shop["li"], morning, 30)  # a helper from the other team
    for o in (order, other):
        run_through(dispatcher, o)
    order = fresh(order)
    workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order))

    today = now().date()
    hours = workshop.labour_hours(manager, today, today)
    techs = {t["name"]: t for t in hours["technicians"]}
    zhang, wang, li = techs["张师傅"], techs["王师傅"], techs["李师傅"]
    assert (zhang["lines"], zhang["sold_hours"], zhang["labour_amount"], zhang["clocked_hours"]) == (2, Decimal("1.5"), Decimal("180.00"), Decimal("1.17"))
    assert zhang["efficiency"] == Decimal("1.28") and zhang["available_hours"] == Decimal("8.00")
    assert (wang["sold_hours"], wang["clocked_hours"], wang["efficiency"]) == (Decimal("1.0"), Decimal("2.00"), Decimal("0.50"))
    assert (li["sold_hours"], li["clocked_hours"], li["efficiency"]) == (Decimal("0"), Decimal("0.50"), Decimal("0.00"))
    teams = {t["name"]: t for t in hours["teams"]}
    assert (teams["机修一组"]["sold_hours"], teams["机修一组"]["available_hours"], teams["机修一组"]["clocked_hours"]) == (
        Decimal("1.5"), Decimal("15.50"), Decimal("1.67"))
    assert teams["钣喷组"]["labour_amount"] == Decimal("150.00")
    assert hours["total"]["sold_hours"] == Decimal("2.5") and hours["total"]["available_hours"] == Decimal("23.50")

    day = workshop.day_figures(dispatcher, today)
    assert (day["cars_in"], day["cars_out"], day["qc_passed"], day["qc_failed"]) == (2, 1, 1, 0)
    assert day["lines_finished"] == [
        {"team": "机修一组", "lines": 2, "sold_hours": Decimal("1.5")},
        {"team": "钣喷组", "lines": 1, "sold_hours": Decimal("1.0")},
    ]
    assert day["hours_sold"] == Decimal("2.5") and day["sold_vs_available"] == Decimal("0.11")
    assert day["in_workshop"]["完工"] == 1 and day["in_workshop"]["质检"] == 1
    assert day["qc"]["rework_percent"] == Decimal("0.0")
    yesterday = workshop.day_figures(dispatcher, today - dt.timedelta(days=1))
    assert (yesterday["cars_in"], yesterday["hours_sold"], yesterday["lines_finished"]) == (0, 0, [])


def test_figures_need_the_permission_and_a_sane_period(advisor, manager):
    with pytest.raises(PermissionDenied):
        workshop.day_figures(advisor)
    today = now().date()
    with pytest.raises(ValidationError, match="不能早于"):
        workshop.labour_hours(manager, today, today - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="最长"):
        workshop.labour_hours(manager, today - dt.timedelta(days=800), today)


# -- ten busy years ------------------------------------------------------------------------------
def bulk_orders(total: int, open_every: int, vehicle: Vehicle, advisor: User) -> None:
    """INSERT ... SELECT over a counter: `total` orders, one in `open_every` still in the workshop."""
    db = database.obj
    p = db.param
    fields = [f for f in WorkOrder._meta.sorted_fields if not f.primary_key]
    overrides = {
        "number": f"{p} || CAST(i AS VARCHAR(12))",
        "status": f"CASE WHEN i - (i / {open_every}) * {open_every} = 0 THEN {p} ELSE {p} END",
        "customer": p, "vehicle": p, "advisor": p,
    }
    params, exprs = [], []
    for f in fields:
        if f.name == "number":
            params.append("B")
        elif f.name == "status":
            params += ["维修中", "已交车"]
        elif f.name in ("customer", "vehicle", "advisor"):
            params.append({"customer": vehicle.owner_id, "vehicle": vehicle.id, "advisor": advisor.id}[f.name])
        else:
            default = f.default() if callable(f.default) else f.default
            params.append(None if default is None else f.db_value(default))
        exprs.append(overrides.get(f.name, p))
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    db.execute_sql(
        f"WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {total}) "
        f'INSERT INTO "work_order" ({columns}) SELECT {", ".join(exprs)} FROM seq',
        params,
    )


@pytest.mark.slow
def test_board_over_ten_busy_years_refreshes_in_under_50_ms(advisor, dispatcher, shop, monkeypatch, capsys):
    vehicle = fresh(dispatched_order(advisor, dispatcher, shop)).vehicle
    bulk_orders(400_000, 1000, vehicle, advisor)
    open_ids = [o.id for o in WorkOrder.select(WorkOrder.id).where(WorkOrder.status == "维修中")]
    statuses = [s for s in IN_WORKSHOP]
    for n, order_id in enumerate(open_ids):
        WorkOrder.update(status=statuses[n % len(statuses)], promised_at=now() + dt.timedelta(hours=n % 30 - 5),
                         handed_over_at=now() - dt.timedelta(hours=3)).where(WorkOrder.id == order_id).execute()
    rows = [
        {"order": oid, "kind": "工时", "description": f"项目{k}", "quantity": Decimal("1.5"), "team": shop["team1"].id,
         "technician": shop["zhang"].id, "status": ("待派工", "维修中", "完工")[k]}
        for oid in open_ids for k in range(3)
    ]
    with database.obj.atomic():
        for start in range(0, len(rows), 200):
            WorkOrderLine.insert_many(rows[start:start + 200]).execute()
        # One line for each closed order, so the line table is ten years deep too.
        database.obj.execute_sql(
            'INSERT INTO "work_order_line" ("order_id", "kind", "position", "description", "quantity", "unit_price", '
            '"amount", "discount", "payer", "supplied_by_customer", "genuine", "to_order", "status", "pause_reason", '
            '"issued", "dispatched_by", "version", "updated_at", "updated_by") '
            "SELECT id, '工时', 1, '保养', 1000, 12000, 12000, 0, '客户', " + ("0, 1, 0" if is_sqlite() else "false, true, false")
            + ", '完工', '', 0, '', 1, opened_at, '' FROM work_order WHERE status = '已交车'"
        )
    # As the database stands after any quiet moment in a store (autovacuum, WAL checkpoint).
    database.obj.execute_sql("ANALYZE" if is_sqlite() else "VACUUM ANALYZE")
    if is_sqlite():
        database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert WorkOrder.select().count() == 400_001 and len(open_ids) == 400

    counter = QueryCounter(monkeypatch)
    cards = workshop.board()
    monkeypatch.undo()
    assert len(cards) == 401 and len(counter.statements) == 2
    sql, params = counter.statements[0]
    plan = " ".join(str(r) for r in database.obj.execute_sql(("EXPLAIN QUERY PLAN " if is_sqlite() else "EXPLAIN ") + sql, params).fetchall())
    assert "INDEX" in plan.upper(), plan
    timings = []
    for _ in range(15):
        started = time.perf_counter()
        workshop.board()
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    with capsys.disabled():
        print(f"\n[benchmark] board() over 400,001 orders / {WorkOrderLine.select().count():,} lines, 401 on the board "
              f"({'SQLite' if is_sqlite() else 'PostgreSQL'}): median {median * 1000:.1f} ms, best {min(timings) * 1000:.1f} ms")
    assert median < 0.050
