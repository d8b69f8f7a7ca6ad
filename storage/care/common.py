"""What the care desk's modules share: the settings they read, keyset pages, dates."""
import datetime as dt
from decimal import Decimal

from storage.models import now
from storage.rules import settings

TOPIC = "care"


def today() -> dt.date:
    return now().date()


def setting_int(key: str) -> int:
    return int(settings.get(key))


def setting_money(key: str) -> Decimal:
    return settings.get_money(key)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), the month's last day when it has no such day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return day.replace(year=year, month=month, day=min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)
