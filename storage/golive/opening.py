"""Opening the books (开账, issue 16 item 3), the parts the receivables and balances kinds share:
reading an old system's dates, finding the customer a row names, and the go-live checklist's
"entered, or confirmed none" for opening receivables and member balances."""
import datetime as dt
import re

from storage.models import Customer, MemberMovement, Receivable
from storage.rules import settings
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.validation import normalize_phone
from storage.rules.vocabulary import MemberMovementKind

# The settings rows that say "the old system had none of these" (the checklist counts them as done).
NONE_KEYS = {"receivables": "golive.no_opening_receivables", "balances": "golive.no_member_balances"}
NONE_LABELS = {"receivables": "期初应收", "balances": "会员余额"}

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


def parse_date(text: str, label: str, *, today: dt.date | None = None) -> dt.date:
    """'2026-03-05', '2026/3/5', '2026年3月5日', '20260305', '2026-03-05 00:00:00' (Excel) → a date;
    a date in the future or not a date is refused."""
    text = (text or "").strip()
    match = _DATE.match(text)
    if match:
        parts = match.groups()
    elif re.fullmatch(r"\d{8}", text):
        parts = (text[:4], text[4:6], text[6:])
    else:
        raise ValidationError(f"{label}“{text}”不是日期，请写成 2026-03-05 这样。", field=label)
    try:
        day = dt.date(*(int(p) for p in parts))
    except ValueError:
        raise ValidationError(f"{label}“{text}”不是有效的日期。", field=label) from None
    if day > (today or dt.date.today()):
        raise ValidationError(f"{label} {day:%Y-%m-%d} 在今天之后。", field=label)
    return day


def phone_or_empty(text: str) -> str:
    return normalize_phone(text) if (text or "").strip() else ""


def find_customer(phone: str = "", name: str = "") -> Customer | None:
    """The customer a row means: by phone (and the name, when given and several share the phone),
    else by a name only one customer has."""
    if phone:
        found = list(Customer.select().where(Customer.phone == phone).order_by(Customer.id).limit(20))
        if name and len(found) > 1:
            found = [c for c in found if c.name == name] or found
        if found:
            return found[0]
        return None
    if name:
        found = list(Customer.select().where((Customer.name == name) | (Customer.company == name)).limit(2))
        if len(found) == 1:
            return found[0]
    return None


def confirm_none(user, kind: str, none: bool = True) -> None:
    """The administrator confirms the old system had no opening receivables (kind "receivables") or
    no member balances ("balances"): the checklist item is then done without an import. Refused
    when there are such entries already."""
    require(user, "golive.opening")
    if kind not in NONE_KEYS:
        raise ValidationError(f"未知的开账项目“{kind}”。")
    if none and status()[kind]:
        raise ValidationError(f"已经录入了{NONE_LABELS[kind]}，不能再确认为“无”。")
    settings.put(user, NONE_KEYS[kind], bool(none), check_permission=False)  # its own transaction and audit row


def status() -> dict:
    """For the checklist: how many opening receivables and member balances are entered, and whether
    'none' was confirmed for each."""
    receivables = Receivable.select().where(Receivable.opening == True).count()  # noqa: E712 (SQL)
    balances = MemberMovement.select().where(MemberMovement.kind == MemberMovementKind.OPENING).count()
    return {
        "receivables": receivables, "balances": balances,
        "receivables_none": settings.get(NONE_KEYS["receivables"]) is True,
        "balances_none": settings.get(NONE_KEYS["balances"]) is True,
    }


def opened_at(day: dt.date) -> dt.datetime:
    """An opening entry's moment: the start of the day the old system says (aging counts from it)."""
    return dt.datetime.combine(day, dt.time.min)
