"""How values read on screen, the same on every station: money, quantities and hours, dates and times,
mileage, percentages, the manager's periods."""
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from storage.rules.errors import ValidationError
from storage.rules.money import fmt
from storage.rules.money import money as parse_money

NOTHING = "—"  # a figure there is none of (no sales, nothing to divide by)


def money_text(value, *, blank: str = "") -> str:
    """¥1,234.50; a loss reads -¥38.50; None reads `blank`."""
    if value is None:
        return blank
    return "-" + fmt(-value) if value < 0 else fmt(value)


def number_text(value) -> str:
    """A quantity or hours as people write them: 3.000 → "3", 2.500 → "2.5"; None stays blank."""
    if value is None:
        return ""
    text = f"{Decimal(str(value)) if isinstance(value, float) else Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def when(value) -> str:
    """A moment as the front desk reads it (03-15 14:30: this year's work), a day in full (2026-03-15)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%m-%d %H:%M}"
    return f"{value:%Y-%m-%d}"


def km_text(value) -> str:
    return f"{value:,} km" if value else ""


def percent_text(value) -> str:
    """A percentage storage has already worked out (12.5 → "12.5%")."""
    return NOTHING if value is None else f"{value}%"


def amount_or_none(text: str) -> Decimal | None:
    """A typed amount as Decimal (blank is zero); None when it is not an amount at all."""
    try:
        return parse_money(text or "")
    except ValidationError:
        return None


def weekday_name(index: int) -> str:
    names = (QCoreApplication.translate("ManagerFigures", "星期一"), QCoreApplication.translate("ManagerFigures", "星期二"),
             QCoreApplication.translate("ManagerFigures", "星期三"), QCoreApplication.translate("ManagerFigures", "星期四"),
             QCoreApplication.translate("ManagerFigures", "星期五"), QCoreApplication.translate("ManagerFigures", "星期六"),
             QCoreApplication.translate("ManagerFigures", "星期日"))
    return names[index]


def period_text(period) -> str:
    """The period as the screen names it (storage's own label is the Chinese of the printed form)."""
    if period.kind == "day":
        return QCoreApplication.translate("ManagerFigures", "{day}（{weekday}）").format(
            day=f"{period.start:%Y-%m-%d}", weekday=weekday_name(period.start.weekday()))
    if period.kind == "week":
        year, week, _ = period.start.isocalendar()
        return QCoreApplication.translate("ManagerFigures", "{year} 年第 {week} 周（{start} 至 {end}）").format(
            year=year, week=week, start=f"{period.start:%m-%d}", end=f"{period.end:%m-%d}")
    if period.kind == "month":
        return QCoreApplication.translate("ManagerFigures", "{year} 年 {month} 月").format(
            year=period.start.year, month=period.start.month)
    return QCoreApplication.translate("ManagerFigures", "{start} 至 {end}（{days} 天）").format(
        start=f"{period.start:%Y-%m-%d}", end=f"{period.end:%Y-%m-%d}", days=period.days)
