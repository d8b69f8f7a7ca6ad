"""统计报表 in storage: periods and the refusals of bad ranges, who may see the figures, a reversal on a
later day, phone numbers on screen, in the Excel file and on the printed 业务统计表, and the print kinds.
The figures themselves are checked against raw rows in test_reports_figures.py."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from printing.cli import print_document
from storage import cashier, reports
from storage.models import Complaint, Settlement, User, WorkOrder, now
from storage.plumbing import daily
from storage.plumbing.db import database
from storage.rules import auth
from storage.rules.errors import DomainError, PermissionDenied, ValidationError
from tests.conftest import PG_URL
from tests.factories import D, make_car, order_ready_to_settle, pay
from tests.pdftext import pdftotext

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 24)


# -- periods ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("period, kind, start, end, key, label", [
    (reports.day(DAY), "day", DAY, DAY, "2026-11-24", "2026-11-24（星期二）"),
    (reports.week(DAY), "week", dt.date(2026, 11, 23), dt.date(2026, 11, 29), "2026-W48", "2026年第48周（11-23 至 11-29）"),
    (reports.week(dt.date(2027, 1, 1)), "week", dt.date(2026, 12, 28), dt.date(2027, 1, 3), "2026-W53",
     "2026年第53周（12-28 至 01-03）"),
    (reports.month(2024, 2), "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "2024-02", "2024年2月"),
    (reports.month_of(DAY), "month", dt.date(2026, 11, 1), dt.date(2026, 11, 30), "2026-11", "2026年11月"),
    (reports.between(dt.date(2026, 11, 1), dt.date(2026, 11, 15)), "range", dt.date(2026, 11, 1), dt.date(2026, 11, 15),
     "2026-11-01~2026-11-15", "2026-11-01 至 2026-11-15（15 天）"),
])
def test_a_period_is_a_day_an_iso_week_a_month_or_a_range(period, kind, start, end, key, label):
    assert (period.kind, period.start, period.end, period.key(), period.label()) == (kind, start, end, key, label)
    assert reports.parse(key) == period
    assert period.bounds() == (dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))


@pytest.mark.parametrize("period, steps, start, end", [
    (reports.month(2026, 12), 1, dt.date(2027, 1, 1), dt.date(2027, 1, 31)),
    (reports.month(2026, 1), -1, dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
    (reports.month(2026, 3), -1, dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    (reports.week(dt.date(2026, 12, 30)), 1, dt.date(2027, 1, 4), dt.date(2027, 1, 10)),
    (reports.day(dt.date(2026, 3, 1)), -1, dt.date(2026, 2, 28), dt.date(2026, 2, 28)),
    (reports.between(dt.date(2026, 11, 1), dt.date(2026, 11, 10)), 1, dt.date(2026, 11, 11), dt.date(2026, 11, 20)),
    (reports.between(dt.date(2026, 11, 1), dt.date(2026, 11, 10)), -2, dt.date(2026, 10, 12), dt.date(2026, 10, 21)),
])
def test_previous_and_next_period_keep_the_kind_and_length(period, steps, start, end):
    moved = period.shifted(steps)
    assert (moved.kind, moved.start, moved.end) == (period.kind, start, end)


@pytest.mark.parametrize("typed", ["2026-11", "202611", "2026/11/24", "20261124", "2026-w48", "2026-11-01~2026-11-15",
                                   "２０２６－１１", "2026-11-01 至 2026-12", "2026-11..2026-12"])
def test_periods_are_typed_the_ways_people_type_them(typed):
    assert isinstance(reports.parse(typed), reports.Period)


@pytest.mark.parametrize("start, end, message", [
    (dt.date(2026, 11, 30), dt.date(2026, 11, 1), "结束日期 2026-11-01 早于开始日期 2026-11-30"),
    (dt.date(1926, 1, 1), dt.date(2026, 11, 24), "跨越约 100 年，最长只能统计 10 年"),
    (dt.date(2016, 11, 24), dt.date(2026, 11, 24), "最长只能统计 10 年"),
    (dt.date(2016, 2, 29), dt.date(2026, 2, 28), "最长只能统计 10 年"),
])
def test_a_range_ending_before_it_starts_or_spanning_decades_is_refused(start, end, message):
    with pytest.raises(ValidationError, match=message):
        reports.between(start, end)
    with pytest.raises(ValidationError, match=message):
        reports.parse(f"{start}~{end}")


def test_ten_years_less_a_day_and_future_periods_are_allowed():
    assert reports.between(dt.date(2016, 11, 25), DAY).days == 3652
    assert reports.between(dt.date(2016, 2, 29), dt.date(2026, 2, 27)).kind == "range"
    assert reports.month(2099, 12).end == dt.date(2099, 12, 31)


@pytest.mark.parametrize("typed, message", [
    ("2026-13", "没有 13 月"), ("2026-02-30", "不是有效的日期"), ("2026-W54", "不是有效的日期"), ("上个月", "不是统计期间"),
    ("", "不是统计期间"),
])
def test_what_is_not_a_period_is_refused_with_the_formats(typed, message):
    with pytest.raises(ValidationError, match=message):
        reports.parse(typed)


def test_stepping_past_the_last_representable_day_is_refused():
    with pytest.raises(ValidationError, match="超出了可以统计的日期范围"):
        reports.month(9999, 12).shifted(1)


# -- who may see the figures ---------------------------------------------------------------------------------
@pytest.mark.parametrize("role", [auth.ADVISOR, auth.CASHIER, auth.CARE, auth.DISPATCHER, auth.ADMIN])
def test_only_the_manager_sees_the_figures(users, role, tmp_path):
    period = reports.month_of(DAY)
    for call in (lambda: reports.report(users[role], period), lambda: reports.dashboard(users[role]),
                 lambda: reports.export_xlsx(users[role], reports.statistics(period), tmp_path / "x.xlsx")):
        with pytest.raises(PermissionDenied, match="服务经理"):
            call()
    assert not (tmp_path / "x.xlsx").exists()
    assert reports.report(users[auth.MANAGER], period)["cars"]["in"] == 0


def test_a_future_month_is_empty_not_refused(manager):
    r = reports.report(manager, reports.month(2030, 1))
    assert (r["cars"]["in"], r["revenue"]["total"], r["revenue"]["settlements"], r["revenue"]["average_ticket"]) == (0, 0, 0, None)
    assert [row["count"] for row in r["cars"]["by_job"]] == [0] * 6
    assert r["margin"]["gross_margin_percent"] is None and r["satisfaction"]["average"] is None


# -- a reversal on a later day -----------------------------------------------------------------------------------
def _made_yesterday(settlement) -> dt.date:
    yesterday = now().date() - dt.timedelta(days=1)
    Settlement.update(business_day=yesterday, at=now() - dt.timedelta(days=1)).where(Settlement.id == settlement.id).execute()
    daily.rebuild()  # moved to another day behind the writers' backs: the summary follows the rows
    return yesterday


def test_a_settlement_counts_on_its_day_and_its_reversal_on_the_day_it_was_reversed(users):
    manager, advisor = users[auth.MANAGER], users[auth.ADVISOR]
    order = order_ready_to_settle(advisor)  # 60.00 labour, 68.00 filter, 30.00 wash
    settlement = pay(manager, order, ("现金", D("158.00")))
    yesterday = _made_yesterday(settlement)
    today = now().date()
    cashier.reverse(manager, settlement.id, Settlement.get_by_id(settlement.id).version, reason="项目录错")
    made = reports.report(manager, reports.day(yesterday))
    undone = reports.report(manager, reports.day(today))
    both = reports.report(manager, reports.between(yesterday, today))
    assert (made["revenue"]["settlements"], made["revenue"]["total"], made["revenue"]["parts"]) == (1, D("158.00"), D("68.00"))
    assert (undone["revenue"]["settlements"], undone["revenue"]["total"], undone["revenue"]["labour"]) == (-1, D("-158.00"), D("-60.00"))
    assert undone["hours_sold"] == D("-0.5")
    assert [(a["advisor"], a["total"]) for a in undone["advisors"] if a["settlements"]] == [(advisor.display_name, D("-158.00"))]
    assert (both["revenue"]["settlements"], both["revenue"]["total"], both["hours_sold"]) == (0, D("0.00"), D("0.000"))
    assert undone["revenue"]["average_ticket"] is None  # no settled car to divide by
    # settled again today: the day shows the new settlement and takes the old one off
    order = WorkOrder.get_by_id(order.id)
    pay(manager, order, ("现金", D("158.00")))
    again = reports.report(manager, reports.day(today))
    assert (again["revenue"]["settlements"], again["revenue"]["total"]) == (0, D("0.00"))
    assert reports.report(manager, reports.between(yesterday, today))["revenue"]["total"] == D("158.00")


# -- phone numbers -------------------------------------------------------------------------------------------------
@pytest.fixture
def overdue_complaint(users):
    car = make_car(users[auth.ADVISOR], name="李四", phone="13912345678")
    return Complaint.create(number="TS20261120-0001", customer=car.owner_id, vehicle=car.id, source="电话",
                            description="保养后机油渗漏，要求说法", owner=users[auth.CARE], received_at=now() - dt.timedelta(days=4),
                            answer_due=now() - dt.timedelta(days=2), status="处理中", updated_by="test")


def test_overdue_complaints_show_the_number_on_screen_to_roles_that_call_customers(manager, overdue_complaint):
    shown = reports.report(manager, reports.month_of(now().date()))["complaints"]
    assert (shown["open"], shown["overdue"], shown["received"]) == (1, 1, 1)
    row = shown["overdue_list"][0]
    assert (row["number"], row["customer"], row["phone"], row["owner"]) == (
        "TS20261120-0001", "李四", "13912345678", overdue_complaint.owner.display_name)
    assert 47 <= row["hours_late"] <= 49
    assert reports.statistics(reports.month_of(now().date()))["complaints"]["overdue_list"][0]["phone"] == "139****5678"


def test_the_excel_file_carries_full_numbers_only_for_roles_allowed_to_send_them_out(manager, overdue_complaint, tmp_path,
                                                                                     monkeypatch):
    report = reports.report(manager, reports.month_of(now().date()))
    reports.export_xlsx(manager, report, tmp_path / "full.xlsx")
    assert load_workbook(tmp_path / "full.xlsx")["超时未答复投诉"]["C2"].value == "13912345678"
    monkeypatch.setitem(auth.PERMISSIONS, "phone.export", ())
    reports.export_xlsx(manager, report, tmp_path / "masked.xlsx")
    assert load_workbook(tmp_path / "masked.xlsx")["超时未答复投诉"]["C2"].value == "139****5678"
    assert report["complaints"]["overdue_list"][0]["phone"] == "13912345678"  # the screen keeps showing it


def test_the_printed_form_masks_phone_numbers(manager, overdue_complaint, tmp_path):
    out = tmp_path / "month.pdf"
    print_document("monthly-statistics", f"{now():%Y-%m}", out)
    text = pdftotext(out)
    assert "139****5678" in text and "13912345678" not in text


# -- the Excel workbook --------------------------------------------------------------------------------------------------
def test_the_workbook_has_a_sheet_per_table_with_the_report_figures(users, tmp_path):
    manager, advisor = users[auth.MANAGER], users[auth.ADVISOR]
    pay(manager, order_ready_to_settle(advisor), ("现金", D("158.00")))
    pay(manager, order_ready_to_settle(advisor, job_type="保养"), ("微信", D("158.00")))
    report = reports.report(manager, reports.month_of(now().date()))
    path = reports.export_xlsx(manager, report, tmp_path / "month.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["概要", "进厂台次", "营业收入", "毛利", "服务顾问产值", "班组产值", "质量与满意度",
                               "超时未答复投诉", "挂账", "备件"]
    summary = {row[0]: row[1] for row in book["概要"].iter_rows(values_only=True)}
    assert summary["业务统计表"] == report["period"].label()
    assert (summary["进厂台次"], summary["结算台次（已扣冲销）"]) == (2, 2)
    assert D(str(summary["营业收入（实收）"])) == D("316.00")
    jobs = {row[0]: row[1] for row in book["进厂台次"].iter_rows(min_row=2, values_only=True)}
    assert (jobs["保养"], jobs["一般维修"], jobs["合计"]) == (1, 1, 2)
    advisors = list(book["服务顾问产值"].iter_rows(min_row=2, values_only=True))
    assert [(a[0], a[2], D(str(a[7]))) for a in advisors] == [(advisor.display_name, 2, D("316.00"))]
    assert book["营业收入"]["D2"].number_format == "#,##0.00"


# -- the printed forms ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind, number, title, chart", [
    ("daily-statistics", None, "业务统计表（日报）", False),
    ("weekly-statistics", None, "业务统计表（周报）", True),
    ("monthly-statistics", None, "业务统计表（月报）", True),
    ("monthly-statistics", "2026-10", "业务统计表（月报）", True),
])
def test_the_statistics_forms_print(users, tmp_path, kind, number, title, chart):
    manager, advisor = users[auth.MANAGER], users[auth.ADVISOR]
    pay(manager, order_ready_to_settle(advisor), ("现金", D("158.00")))
    out = tmp_path / f"{kind}.pdf"
    print_document(kind, number, out)
    text = pdftotext(out)
    for heading in (title, "经营概况", "服务顾问产值", "班组产值", "质量与客户满意", "挂账与回款（欠收）", "备件", "服务经理"):
        assert heading in text, heading
    assert ("每日营业收入" in text) == chart
    if number is None:
        assert "¥158.00" in text and advisor.display_name in text


@pytest.mark.parametrize("kind, number, message", [
    ("monthly-statistics", "2026-11-24", "需要月份，如 2026-11；“2026-11-24”是日报的期间"),
    ("weekly-statistics", "2026-11", "需要周，如 2026-W48"),
    ("daily-statistics", "2026-W48", "需要日期，如 2026-11-24"),
    ("monthly-statistics", "2026-13", "没有 13 月"),
])
def test_a_form_asked_for_the_wrong_kind_of_period_is_refused_and_leaves_no_file(db, admin, tmp_path, kind, number, message):
    out = tmp_path / "no.pdf"
    with pytest.raises(DomainError, match=message):
        print_document(kind, number, out)
    assert not out.exists()


@pytest.mark.skipif(bool(PG_URL), reason="the subprocess opens the SQLite file of this test")
def test_main_print_monthly_statistics(users, db, tmp_path):
    out = tmp_path / "month.pdf"
    url = f"sqlite:///{Path(db.database).as_posix()}"
    result = subprocess.run([sys.executable, "main.py", "--database", url, "print", "monthly-statistics", "2026-11",
                             "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = pdftotext(out)
    assert "业务统计表（月报）" in text and "统计期间：2026-11" in text and "2026年11月" in text


def test_nothing_is_written_by_a_report(users):
    before = {m: database.obj.execute_sql(f'SELECT COUNT(*) FROM "{m}"').fetchone()[0] for m in ("audit_log", "settlement")}
    reports.report(users[auth.MANAGER], reports.month_of(now().date()))
    reports.dashboard(users[auth.MANAGER])
    assert before == {m: database.obj.execute_sql(f'SELECT COUNT(*) FROM "{m}"').fetchone()[0] for m in before}
    assert User.select().count() == len(users)
