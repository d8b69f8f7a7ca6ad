"""业务统计表（日报）: printing.statistics for one day. NUMBER is the day, YYYY-MM-DD (or YYYYMMDD); without it, today."""
from storage import reports
from storage.models import now

from .statistics import TITLES, render_period

KIND = "daily-statistics"
LABEL = TITLES["day"]
PAPER = "a4"


def latest_number() -> str | None:
    return reports.containing("day", now().date()).key()


def render(number: str | None, out, *, copies: int = 1) -> None:
    render_period("day", number, out, copies=copies)
