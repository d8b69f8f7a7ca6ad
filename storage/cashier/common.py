"""What every cashier action shares: its refusals, the business day and its lock, tenders, paging."""
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from storage.models import PAYMENT_METHODS, DayClose, DocumentCounter, now
from storage.rules.auth import approving_user, may
from storage.rules.errors import PermissionDenied, ValidationError
from storage.rules.money import ZERO, fmt, money
from storage.rules.settings import payment_methods
from storage.rules.vocabulary import PaymentMethod

CASH = PaymentMethod.CASH
DEPOSIT = PaymentMethod.DEPOSIT
MEMBER = PaymentMethod.MEMBER
ON_ACCOUNT = PaymentMethod.ON_ACCOUNT  # a company with a monthly agreement signs for it; it becomes a receivable
PACKAGE = PaymentMethod.PACKAGE  # a prepaid package service pays a line (storage.cashier.cards); never typed as a tender
# Methods that bring no money into the till: they use money taken before (deposit, package) or held
# (member), or leave it owed (on account).
NOT_TAKINGS = (DEPOSIT, MEMBER, ON_ACCOUNT, PACKAGE)
# Methods that may appear only once in one payment (a second entry is a typing slip: merge it).
SINGLE_ENTRY = (CASH, DEPOSIT, MEMBER, ON_ACCOUNT)
DAY_LOCK = "day-lock"


class ApprovalRequired(PermissionDenied):
    """A discount or charge beyond the cashier's own authority: a supervisor must approve.
    The window catches this one to ask for the supervisor's user name and password (storage.rules.auth.approve)."""

    def __init__(self, message: str, reasons: list[str]):
        super().__init__(message)
        self.reasons = reasons


class AlreadySettled(ValidationError):
    """The order has a live settlement already (a double click, or another PC got there first)."""


class DayClosed(ValidationError):
    """日结 is done for the day: nothing dated that day may change."""


def today() -> dt.date:
    return now().date()


def open_day() -> dt.date:
    """Today's business day, locked for this transaction, and refused when it is closed.

    Every money action and the day close first bump one counter row for the day: on PostgreSQL
    that row lock makes a close and a payment on two PCs wait for each other, so no payment can
    slip in after the figures were taken (SQLite's BEGIN IMMEDIATE already serialises writers).
    Call inside the action's transaction, before reading what the action depends on."""
    day = today()
    lock_day(day)
    ensure_open(day)
    return day


def lock_day(day: dt.date) -> None:
    DocumentCounter.insert(kind=DAY_LOCK, day=day.strftime("%Y%m%d"), last=1).on_conflict(
        conflict_target=[DocumentCounter.kind, DocumentCounter.day],
        update={DocumentCounter.last: DocumentCounter.last + 1},
    ).execute()


def ensure_open(day: dt.date) -> None:
    closed = DayClose.select(DayClose.closed_at).where(DayClose.business_day == day).first()
    if closed:
        raise DayClosed(f"{day:%Y-%m-%d} 已于 {closed.closed_at:%H:%M} 日结，当天的账目不能再更改。")


def approver_for(user, approver, reasons: list[str], purpose: str = "discount"):
    """Who authorises what is beyond `user`'s authority: `user` when they may approve themselves
    (a manager at the till), else the 服务经理 of `approver`, a one-use Approval from
    storage.rules.auth.approve for `purpose`, used up here (call inside the action's transaction).
    Returns None when nothing needs approval (an approval offered anyway is neither used nor
    recorded: the settlement names only approvals that were needed)."""
    if not reasons:
        return None
    if approver is None and not may(user, "cashier.approve"):
        raise ApprovalRequired("；".join(reasons) + "。需要服务经理输入账号和密码授权。", reasons)
    return approving_user(user, approver, purpose, "；".join(reasons))


@dataclass(frozen=True)
class Tender:
    """One way the customer pays part of the bill. `tendered` is the cash handed over (for the change)."""

    method: str
    amount: Decimal
    tendered: Decimal | None = None
    reference: str = ""

    @property
    def change(self) -> Decimal:
        return (self.tendered - self.amount) if self.method == CASH and self.tendered is not None else ZERO


def clean_tenders(raw, *, allow_empty: bool = True) -> list[Tender]:
    """Check the shape of a payment: known methods, positive amounts, enough cash handed over.
    Accepts Tender objects, dicts with the same keys, or (method, amount) pairs."""
    tenders = []
    for item in raw or ():
        if isinstance(item, Tender):
            values = {"method": item.method, "amount": item.amount, "tendered": item.tendered, "reference": item.reference}
        elif isinstance(item, dict):
            values = dict(item)
        else:
            method, amount, *rest = item
            values = {"method": method, "amount": amount, "tendered": rest[0] if rest else None}
        method = values.get("method")
        if method not in PAYMENT_METHODS:
            raise ValidationError(f"未知的收款方式“{method}”，应为：{'、'.join(PAYMENT_METHODS)}。", field="method")

        if method not in payment_methods():
            raise ValidationError(f"收款方式“{method}”已在系统管理中停用。", field="method")
        amount = money(values.get("amount"), field=f"{method}金额")
        if amount <= 0:
            raise ValidationError(f"{method}金额必须大于 0。", field="amount")
        tendered = values.get("tendered")
        if tendered not in (None, ""):
            if method != CASH:
                raise ValidationError("只有现金需要填写实收金额。", field="tendered")
            tendered = money(tendered, field="现金实收")
            if tendered < amount:
                raise ValidationError(f"现金实收 {fmt(tendered)} 少于应收现金 {fmt(amount)}。", field="tendered")
        else:
            tendered = amount if method == CASH else None
        reference = (values.get("reference") or "").strip()
        if len(reference) > 64:
            raise ValidationError("交易流水号最多 64 个字符。", field="reference")
        tenders.append(Tender(method, amount, tendered, reference))
    for method in SINGLE_ENTRY:
        if sum(1 for t in tenders if t.method == method) > 1:
            raise ValidationError(f"“{method}”只能录入一笔，请合并金额。", field="method")
    if not tenders and not allow_empty:
        raise ValidationError("请录入收款方式和金额。", field="method")
    return tenders


def check_sum(tenders: list[Tender], due: Decimal, what: str = "客户应付") -> None:
    paid = sum((t.amount for t in tenders), ZERO)
    if paid != due:
        gap = due - paid
        if gap > 0:
            raise ValidationError(f"收款合计 {fmt(paid)} 与{what} {fmt(due)} 不符：还差 {fmt(gap)}。", field="amount")
        raise ValidationError(
            f"收款合计 {fmt(paid)} 与{what} {fmt(due)} 不符：多了 {fmt(-gap)}。现金找零请填在“实收”里，不要加在金额上。",
            field="amount",
        )


