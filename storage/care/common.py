"""What the care desk's modules share: the settings they read, keyset pages, dates, phone masking."""
import datetime as dt
from decimal import Decimal

from .. import settings
from ..auth import may
from ..models import now

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


def day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def check_limit(limit: int) -> int:
    if not 1 <= int(limit) <= 500:
        raise ValueError("page size must be between 1 and 500")
    return int(limit)


def page(rows: list, limit: int, key):
    """Keyset paging: the query fetched limit + 1 rows; the extra one only says there is more."""
    if len(rows) > limit:
        rows = rows[:limit]
        return rows, key(rows[-1])
    return rows, None


def mask_phone(phone: str) -> str:
    from ..search import mask_phone as mask  # the one masking rule (138****5678)

    return mask(phone)


def phone_on_screen(user, phone: str) -> str:
    """What a window shows: the number for roles that call customers, 138****5678 for the others."""
    return phone if may(user, "phone.unmasked") else mask_phone(phone)


def phone_on_paper(user, phone: str) -> str:
    """What a printed or exported list carries: it leaves the program, so full numbers only for the
    roles allowed (phone.export); a list printed without a login (main.py print) is always masked."""
    return phone if user is not None and may(user, "phone.export") else mask_phone(phone)
