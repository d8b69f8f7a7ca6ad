"""会员余额 as a ledger: Customer.member_balance is the cached sum of the customer's MemberMovement
rows, changed only by `move()`, in the caller's transaction; `check` (storage.store.backup_restore) verifies
balance == sum of movements and that the last movement's balance_after is the balance.

Kinds (storage.models.MEMBER_MOVEMENT_KINDS): 期初 (taken over at go-live), 消费 (spent at a
settlement, negative), 冲销退回 (a reversed settlement gives it back), 充值 / 退卡 (selling and
cashing in cards, not built yet)."""
from decimal import Decimal

from storage.models import MEMBER_MOVEMENT_KINDS, Customer, MemberMovement, now
from storage.plumbing.audit import record
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import fmt


def move(user, customer_id: int, kind: str, amount: Decimal, *, document: str = "", reason: str = "",
         at=None) -> MemberMovement:
    """Add `amount` (+ in, - out) to the member's balance and write the movement. A spend is one
    `UPDATE … WHERE member_balance >= amount`, so two PCs spending the same balance cannot overdraw it
    (on PostgreSQL the row stays locked until commit). Raises ValidationError, changing nothing, when
    the balance is short."""
    if kind not in MEMBER_MOVEMENT_KINDS:
        raise ValueError(f"unknown member movement kind {kind!r}")
    if amount == 0:
        raise ValueError("a movement of zero is not a movement")
    change = Customer.update(member_balance=Customer.member_balance + amount)
    if amount < 0:
        change = change.where((Customer.id == customer_id) & (Customer.member_balance >= -amount))
    else:
        change = change.where(Customer.id == customer_id)
    if change.execute() == 0:
        balance = Customer.select(Customer.member_balance).where(Customer.id == customer_id).scalar()
        if balance is None:
            raise NotFound("找不到该客户。")
        raise ValidationError(f"会员余额不足：余额 {fmt(balance)}，本次需 {fmt(-amount)}。", field="amount")
    customer = Customer.get_by_id(customer_id)
    movement = MemberMovement.create(customer=customer_id, kind=kind, amount=amount,
                                     balance_after=customer.member_balance, at=at or now(), user=user.id,
                                     document=document[:40], reason=reason[:200])
    record(user, "member.balance", customer, before={"member_balance": customer.member_balance - amount},
           after={"member_balance": customer.member_balance, "kind": kind, "amount": amount}, note=document or reason)
    return movement

