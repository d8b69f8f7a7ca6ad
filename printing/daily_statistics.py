"""业务统计表（日报）: printing.statistics for one day. NUMBER is the day, YYYY-MM-DD (or YYYYMMDD); without it, today."""
from printing.registry import DocumentKind
from printing.statistics import TITLES, render_period
from storage import reports
from storage.models import now


def latest_number() -> str | None:
    return reports.containing("day", now().date()).key()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_period("day", number, out, copies=copies)


DOCUMENT = DocumentKind(kind="daily-statistics", label=TITLES["day"], paper="a4", render=render)
