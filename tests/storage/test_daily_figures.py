"""The per-day report summary (storage.plumbing.daily, issue 21 item 4): every writer keeps it exactly equal
to what the raw rows give (daily.differences() is what `check` reports), rebuild() recomputes it,
and the reports read from it give exactly what the old computation straight from the raw rows gave
(tests/report_rows.py), on a generated store and over ranges from a day to ten years."""
import contextlib
import datetime as dt
import importlib
from decimal import Decimal as D

import pytest

from storage import cashier, demo, reports
from storage.models import DailyFigure, Part, Settlement, Team, WorkOrder, WorkOrderLine, now
from storage.parts import stock
from storage.plumbing import daily
from storage.plumbing.locking import save_versioned
from storage.reception import checkin, progress
from storage.reception.progress import rework_rate
from storage.reports import accounts, figures, overview, quality
from storage.rules import auth
from storage.store import backup_restore
from tests import report_rows
from tests.factories import make_order, order_ready_to_settle, pay

TODAY = dt.date(2026, 11, 24)
statistics_module = importlib.import_module("storage.reports.statistics")  # the package exports the function


def exact():
    """The summary equals the raw rows, and `check` has nothing to say about it."""
    assert daily.differences() == []
    assert [p for p in backup_restore.check() if p.area == "报表汇总"] == []


def figure(name, day=None):
    """One figure of the day (n, v1, …, events), summed over its keys."""
    day = day or now().date()
    rows = daily.summed(name, day, day, by=())
    return rows[0]


# ---------------------------------------------------------------- the writers keep it exact


def test_check_in_cancel_and_job_type_edit_move_cars_in(users):
    advisor = users[auth.ADVISOR]
    order = make_order(advisor, status="草稿", job_type="保养")
    exact()
    assert figure("cars")[0] == 1
    order = checkin.set_terms(advisor, order.id, order.version, job_type="一般维修")
    exact()
    by_job = {row["job_type"]: row["count"] for row in reports.statistics(reports.day(now().date()))["cars"]["by_job"]}
    assert (by_job["一般维修"], by_job["保养"]) == (1, 0)
    checkin.cancel_order(advisor, order.id, order.version, reason="客户改期")
    exact()
    assert figure("cars")[0] == 0


def test_settle_issue_return_reverse_and_settle_again_stay_exact(users):
    manager, advisor, keeper = users[auth.MANAGER], users[auth.ADVISOR], users[auth.STOREKEEPER]
    filter_ = Part.create(number="06L115562", name="机油滤清器", price=D("68.00"), cost=D("40.00"))
    # 60.00 labour, 68.00 filter (received and issued on the way), 30.00 wash
    order = order_ready_to_settle(advisor, line_fields={1: {"part": filter_.id}})
    exact()
    flow_before = figure("flow")
    assert flow_before[-1] >= 2  # the receipt and the issue on the way
    settlement = pay(manager, order, ("现金", D("158.00")))
    exact()
    assert figure("settled")[:2] == (1, 15800)
    assert figure("cost")[1] == -4000  # the filter's cost, as the issue movement carries it
    reversed_ = cashier.reverse(manager, settlement.id, Settlement.get_by_id(settlement.id).version, reason="项目录错")
    exact()
    assert figure("settled")[:2] == (0, 0) and figure("settled")[-1] == 2  # made and taken off the same day
    # After the reversal the filter comes back to the shelf: the reversed settlement's cost moves
    # with it, on its day and on its reversal's day, exactly as the raw rows say.
    line = WorkOrderLine.get((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "材料"))
    stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": "1"}], reason="客户自带")
    exact()
    order = WorkOrder.get_by_id(order.id)
    again = pay(manager, order, ("微信", D("90.00")))
    exact()
    assert reports.report(manager, reports.day(now().date()))["revenue"]["total"] == D("90.00")
    progress.deliver(advisor, order.id, WorkOrder.get_by_id(order.id).version)
    exact()
    assert figure("delivered")[0] == 1
    assert reversed_.status == "已冲销" and again.status == "有效"


def test_a_team_change_on_a_reversed_order_moves_its_settlement_days(users):
    manager, advisor = users[auth.MANAGER], users[auth.ADVISOR]
    order = order_ready_to_settle(advisor)
    settlement = pay(manager, order, ("现金", D("158.00")))
    cashier.reverse(manager, settlement.id, Settlement.get_by_id(settlement.id).version, reason="项目录错")
    exact()
    team = Team.create(name="机修二组")
    line = WorkOrderLine.get((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时"))
    save_versioned(advisor, line, line.version, {"team": team.id}, audit=False)  # as workshop.dispatch saves it
    exact()
    line = WorkOrderLine.get_by_id(line.id)
    save_versioned(advisor, line, line.version, {"team": None}, audit=False)
    exact()


def test_receipts_adjustments_and_returns_to_suppliers_count_in_the_flow(users):
    keeper = users[auth.STOREKEEPER]
    part = Part.create(number="FLOW-1", name="空气滤清器", price=D("88.00"))
    stock.receive(keeper, [{"part": part.id, "quantity": "5", "unit_cost": "30.00"}])
    stock.receive(keeper, [{"part": part.id, "quantity": "2", "unit_cost": "32.00"}])
    exact()
    stock.adjust(users[auth.MANAGER], part.id, "-1", reason="破损")
    exact()
    moment = now()
    flow = reports.statistics(reports.day(now().date()), moment=moment)["parts"]
    assert flow["received_value"] == D("214.00") and flow["adjusted_value"] < 0
    assert flow == _old_statistics(reports.day(now().date()), moment)[0]["parts"]


def test_rebuild_puts_back_a_summary_that_went_wrong(users):
    manager, advisor = users[auth.MANAGER], users[auth.ADVISOR]
    pay(manager, order_ready_to_settle(advisor), ("现金", D("158.00")))
    DailyFigure.update(v1=DailyFigure.v1 + 100).where(DailyFigure.figure == "settled").execute()
    problems = [p for p in backup_restore.check() if p.area == "报表汇总"]
    assert len(problems) == 1 and "15900" in problems[0].message and "15800" in problems[0].message
    DailyFigure.delete().where(DailyFigure.figure == "cars").execute()
    assert {key[0] for key, _have, _want in daily.differences()} == {"settled", "cars"}
    assert daily.rebuild() > 0
    exact()


# ---------------------------------------------------------------- old and new agree


@contextlib.contextmanager
def raw_figures():
    """The reports computed as before the summary: every figure from the raw rows."""
    saved = {}
    patches = [(figures, "cars_in", report_rows.cars_in), (figures, "settled_by_advisor", report_rows.settled_by_advisor),
               (figures, "settled_lines", report_rows.settled_lines), (figures, "parts_cost", report_rows.parts_cost),
               (figures, "daily_trend", report_rows.daily_trend),
               (figures, "receivables_opened", report_rows.receivables_opened),
               (accounts, "flow_totals", report_rows.flow_totals), (quality, "satisfaction", report_rows.satisfaction),
               (accounts, "receivables_opened", report_rows.receivables_opened),
               (quality, "rework", lambda p: rework_rate(p.start, p.end))]
    for module, name, replacement in patches:
        saved[(module, name)] = getattr(module, name)
        setattr(module, name, replacement)
    try:
        yield
    finally:
        for (module, name), original in saved.items():
            setattr(module, name, original)


def _old_statistics(period, moment=None):
    """statistics() and dashboard() as computed before the summary."""
    with raw_figures():
        return statistics_module.statistics(period, moment=moment), overview.dashboard(period, moment=moment)


@pytest.fixture
def generated(db):
    """A small slice of storage.demo's ten busy years (every state, reversals, comebacks, returns)."""
    demo.generate(0.002, today=TODAY)
    return db


def test_the_reports_from_the_summary_equal_the_raw_computation_on_a_generated_store(generated):
    exact()
    moment = dt.datetime.combine(TODAY, dt.time(18, 0))
    first = Settlement.select(Settlement.business_day).order_by(Settlement.business_day).first().business_day
    assert Settlement.select().where(Settlement.status == "已冲销").count() > 0
    periods = [reports.between(TODAY.replace(year=TODAY.year - 10) + dt.timedelta(days=1), TODAY),
               reports.between(first, TODAY), reports.month_of(TODAY), reports.month_of(TODAY.replace(day=1) - dt.timedelta(days=1)),
               reports.week(TODAY - dt.timedelta(days=10)), reports.day(TODAY - dt.timedelta(days=3)),
               reports.between(TODAY - dt.timedelta(days=400), TODAY - dt.timedelta(days=35))]
    for period in periods:
        old_stats, old_board = _old_statistics(period, moment)
        new_stats = statistics_module.statistics(period, moment=moment)
        new_board = overview.dashboard(period, moment=moment)
        assert new_stats == old_stats, period
        assert new_board == old_board, period
    long = statistics_module.statistics(periods[0], moment=moment)
    assert long["revenue"]["settlements"] > 50 and long["cars"]["in"] > 50 and long["parts"]["issued_value"] > 0


def test_the_summary_of_a_generated_store_survives_rebuild_unchanged(generated):
    before = daily.stored()
    assert before and daily.rebuild() == len(before)
    assert daily.stored() == before


def test_the_migration_step_creates_and_fills_the_summary_of_an_existing_store(db, users):
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

    from storage.plumbing.db import is_sqlite
    from storage.store import schema

    manager, advisor = users[auth.MANAGER], users[auth.ADVISOR]
    pay(manager, order_ready_to_settle(advisor), ("现金", D("158.00")))
    DailyFigure.drop_table()
    assert "daily_figure" not in db.get_tables()
    assert [p for p in backup_restore.check() if p.area == "报表汇总"] == []  # a database from before: nothing to compare
    step = next(s for s in schema.MIGRATIONS if s.__name__ == "v10_daily_figures")
    step(SqliteMigrator(db) if is_sqlite(db) else PostgresqlMigrator(db), db)
    assert figure("settled")[:2] == (1, 15800) and figure("cars")[0] == 1
    exact()


def test_opening_stock_approved_in_bulk_counts_in_the_flow(users, tmp_path):
    from storage.parts import catalogue
    from storage.parts import importer as parts_import
    from tests.storage.test_parts_import import ROWS, write_csv

    keeper = users[auth.STOREKEEPER]
    idle = catalogue.create_part(keeper, number="G052195M4", name="机油", unit="升")  # updated: its opening through post()
    report = parts_import.import_parts(keeper, write_csv(tmp_path / "p.csv", ROWS))
    assert report.opening_stock == 3 and idle.id
    exact()  # pending opening lines are not stock yet: nothing in the flow
    from storage.parts import opening as opening_stock

    opening_stock.approve(users[auth.MANAGER])  # 审核入账: in bulk, and through post() for a part that moved
    exact()
    opening = figure("flow")
    assert opening[-1] == 3  # three opening movements, whichever way each was booked
    moment = now()
    assert reports.statistics(reports.day(moment.date()), moment=moment)["parts"] == \
        _old_statistics(reports.day(moment.date()), moment)[0]["parts"]


def test_follow_up_calls_count_on_the_day_of_the_last_call(users):
    from storage.care import follow_ups
    from tests.factories import ALL_FIVES, delivered_order, follow_ups_of, make_follow_up_due

    care = users[auth.CARE]
    order = delivered_order(users)
    first, second = (make_follow_up_due(call, 1) for call in follow_ups_of(order))
    exact()
    first = follow_ups.record_no_answer(care, first.id, first.version)
    exact()
    follow_ups.complete_call(care, first.id, first.version, answers={**ALL_FIVES, "总体": 4})
    exact()
    follow_ups.record_no_answer(care, second.id, second.version)
    exact()
    moment = now()
    today = reports.statistics(reports.day(moment.date()), moment=moment)["satisfaction"]
    assert (today["calls"], today["reached"], today["scores"][4], today["average"]) == (2, 1, 1, D("4.00"))
    assert today == _old_statistics(reports.day(moment.date()), moment)[0]["satisfaction"]


@pytest.mark.parametrize("start, end, months", [
    ("2026-11-01", "2026-11-30", ("2026-11-01", "2026-12-01")),
    ("2026-11-02", "2026-11-30", ("2026-12-01", "2026-12-01")),
    ("2016-11-25", "2026-11-24", ("2016-12-01", "2026-11-01")),
    ("2023-12-01", "2024-02-29", ("2023-12-01", "2024-03-01")),
    ("2024-02-01", "2024-02-28", ("2024-02-01", "2024-02-01")),  # not the whole of February 2024: none
    ("2026-11-24", "2026-11-24", ("2026-12-01", "2026-12-01")),
])
def test_whole_months_inside_a_range_are_read_from_the_month_rows(start, end, months):
    first, after = daily.full_months(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    assert (first.isoformat(), after.isoformat()) == months
