"""业务统计表（周报）: printing.statistics for one week. NUMBER is the ISO week, YYYY-Www (2026-W48); without it, this week."""
from storage import reports
from storage.models import now

from .statistics import TITLES, render_period

KIND = "weekly-statistics"
LABEL = TITLES["week"]
PAPER = "a4"


def latest_number() -> str | None:
    return reports.containing("week", now().date()).key()


def render(number: str | None, out, *, copies: int = 1) -> None:
    render_period("week", number, out, copies=copies)
