"""业务统计表（周报）: printing.statistics for one week. NUMBER is the ISO week, YYYY-Www (2026-W48); without it, this week."""
from printing.registry import DocumentKind
from printing.statistics import TITLES, render_period
from storage import reports
from storage.models import now


def latest_number() -> str | None:
    return reports.containing("week", now().date()).key()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_period("week", number, out, copies=copies)


DOCUMENT = DocumentKind(kind="weekly-statistics", label=TITLES["week"], paper="a4", render=render)
