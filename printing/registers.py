"""What the period registers share (维修预约登记表, 跟踪服务信函登记表): NUMBER is a period as the
statistics forms take it (storage.reports.parse: 2026-11-24, 2026-W48, 2026-11, 2026-11-01~2026-11-15);
without one, the day of the newest record."""
import datetime as dt

from printing.base import Document, build_pdf
from storage import reports
from storage.rules.errors import NotFound, ValidationError
from storage.rules.privacy import phone_on_paper

MAX_DAYS = 366


def period_of(number: str | None, newest: dt.date | None, nothing: str) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, how the period prints). `newest` is the default day; `nothing` the
    message when there is no record at all."""
    typed = (number or "").strip()
    if typed:
        period = reports.parse(typed)
    elif newest is not None:
        period = reports.day(newest)
    else:
        raise NotFound(nothing)
    if period.days > MAX_DAYS:
        raise ValidationError("一次最多打印一年的登记。")
    span = f"{period.start:%Y-%m-%d}" if period.days == 1 else f"{period.start:%Y-%m-%d} 至 {period.end:%Y-%m-%d}"
    return period.start, period.end, span


def day_text(day: dt.date | None) -> str | None:
    """A day as a register's NUMBER (latest_number of the registers)."""
    return f"{day:%Y-%m-%d}" if day else None


def render_register(user, number: str | None, out, *, copies: int, title: str, newest: dt.date | None, nothing: str,
                    read, story, paper: str = "a4") -> None:
    """Read the period's records (`read(first, last, mask=...)`, phones as `user` may print them)
    and lay them out with `story(sheet, data, span)` under the register's title."""
    first, last, span = period_of(number, newest, nothing)
    data = read(first, last, mask=lambda phone: phone_on_paper(user, phone))
    doc = Document(title=title, number=span, number_label="登记期间", paper=paper, barcode=False,
                   story=lambda sheet: story(sheet, data, span))
    build_pdf(doc, paper, out, copies=copies)
