"""业务统计表（月报）: printing.statistics for one month. NUMBER is the month, YYYY-MM (2026-11); without it, this month."""
from printing.registry import DocumentKind
from printing.statistics import TITLES, render_period
from storage import reports
from storage.models import now


def latest_number() -> str | None:
    return reports.containing("month", now().date()).key()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_period("month", number, out, copies=copies)


DOCUMENT = DocumentKind(kind="monthly-statistics", label=TITLES["month"], paper="a4", render=render)
