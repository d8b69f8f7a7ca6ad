"""统计报表 (the manager's figures): reports for a day, an ISO week, a month or a custom range, the
dashboard, and their Excel export. Read-only: nothing here changes a record.

API (import as `from storage import reports`)

Periods (periods.py) — every function takes a Period
    reports.day(date) / week(date) / month(year, month) / month_of(date) / between(start, end) -> Period
        between() refuses an end before the start and a range over MAX_YEARS (10) years.
    reports.parse(text) -> Period       "2026-11-24", "2026-W48", "2026-11", "2026-11-01~2026-11-15"
    reports.containing(kind, date) -> Period;  Period.shifted(±1) (上一期 / 下一期), .label(), .key(), .bounds()

For the windows (permission reports.view)
    report(user, period) -> dict        every figure of the period (statistics.statistics); customers'
                                        phone numbers masked unless the role may see them (phone.unmasked)
    dashboard(user, period=None) -> dict   trend per day, job-type mix, advisor output, headline
    export_xlsx(user, report, path) -> path   the report as an Excel workbook, one sheet per table; the
                                        numbers leave the program: full only for phone.export roles

For documents and scripts (no user: the printed forms always mask phone numbers)
    statistics(period, *, phone=mask_phone, moment=None) -> dict
    daily_trend(period) -> [{day, cars_in, settlements, revenue}]

The manager's written forms (issue 18): analysis.py (公司业务状况分析报告表: a period against the one
before and the same period a year earlier, from statistics() itself, and the manager's comment) and
market.py (行业相关市场情况报告表, one a month).

Money is counted as the day-end sheet counts it: a settlement on its business day, a reversal (冲销)
taken off on the day it was reversed, so a month is the sum of its days and never changes once closed.
Gross margin = revenue after discounts - the parts' cost on their issue movements (出库 less 退库) -
the technicians' piece pay (hours sold outside comebacks × the workshop's piece rate, as set now).
"""
from storage.reports import overview
from storage.reports.export import write_xlsx
from storage.reports.figures import daily_trend
from storage.reports.periods import (
    KIND_NAMES, KINDS, MAX_YEARS, Period, between, containing, day, month, month_of, parse, week,
)
from storage.reports.statistics import statistics
from storage.rules.auth import require
from storage.rules.privacy import phone_on_paper, phone_on_screen


def report(user, period: Period) -> dict:
    """The statistics of `period` for the manager's screen."""
    require(user, "reports.view")
    return statistics(period, phone=lambda phone: phone_on_screen(user, phone))


def dashboard(user, period: Period | None = None) -> dict:
    """The dashboard's figures: `period` (default the last 30 days up to today)."""
    require(user, "reports.view")
    return overview.dashboard(period)


def export_xlsx(user, report_data: dict, path) -> str:
    """Write a report (from report()) to an .xlsx file; returns the path. Phone numbers are
    masked again for a role that may see them on screen but not send them out (phone.export)."""
    require(user, "reports.view")
    return write_xlsx(report_data, path, phone=lambda phone: phone_on_paper(user, phone))


__all__ = ["KINDS", "KIND_NAMES", "MAX_YEARS", "Period", "between", "containing", "daily_trend", "dashboard", "day",
           "export_xlsx", "month", "month_of", "parse", "report", "statistics", "week"]
