"""冲销: a settled order is never edited. A mistake is reversed, with a reason and a supervisor; the
money goes back the way it came (negative payments dated today), the receivables are cancelled,
the order returns to 完工, and a new settlement is made. Every step leaves an audit row.

A bill is often found wrong after the car has left (the customer calls the next day): a delivered
order is reversed the same way. It keeps its delivery time, and its new settlement returns it
straight to 已交车 (storage.cashier.settle), so the guarantee still runs from the real delivery.

An invoice issued for the settlement must be red-lettered first (storage.cashier.invoices.red_letter)."""
from storage.cashier import cards, members
from storage.cashier.common import MEMBER, approver_for, open_day
from storage.models import Invoice, Payment, Receivable, Settlement, WorkOrder, now
from storage.plumbing import changes, daily
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import locked, save_versioned
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO, fmt
from storage.rules.orders import move
from storage.rules.vocabulary import InvoiceStatus, MemberMovementKind, OrderStatus, ReceivableStatus, SettlementStatus


def reverse(user, settlement_id: int, expected_version: int, *, reason: str, approver=None) -> Settlement:
    """Reverse a live settlement and refund its payments. `approver` is a 服务经理's one-use approval
    from storage.rules.auth.approve(..., "reversal") (a manager at the till authorises it themselves)."""
    require(user, "cashier.settle")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写冲销原因。", field="reason")
    if len(reason) > 200:
        raise ValidationError("冲销原因最多 200 个字。", field="reason")
    order_id = Settlement.select(Settlement.order).where(Settlement.id == settlement_id).scalar()
    with transaction(), daily.tracking(order_id):
        day = open_day()
        # Locked (PostgreSQL) as storage.cashier.invoices.record_invoice locks it: no invoice slips in
        # between the check below and the reversal.
        settlement = locked(Settlement, settlement_id, f"结算单 {settlement_id}")
        if settlement.status != SettlementStatus.VALID:
            raise ValidationError(
                f"结算单 {settlement.number} 已于 {settlement.reversed_at:%Y-%m-%d %H:%M} 冲销，不能重复冲销。"
            )
        order = WorkOrder.get_by_id(settlement.order_id)
        if order.status not in (OrderStatus.SETTLED, OrderStatus.DELIVERED):
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能冲销结算单 {settlement.number}。")
        receivables = list(Receivable.select().where(Receivable.settlement == settlement.id))
        collected = sum((r.collected for r in receivables), ZERO)
        if collected:
            raise ValidationError(
                f"结算单 {settlement.number} 的挂账已回款 {fmt(collected)}，不能冲销；请先与财务核对回款。"
            )
        invoiced = list(Invoice.select().where((Invoice.settlement == settlement.id)
                                               & (Invoice.status == InvoiceStatus.NORMAL)).order_by(Invoice.id))
        if invoiced:
            numbers = "、".join(f"{i.kind} {i.code + '-' if i.code else ''}{i.number}" for i in invoiced)
            raise ValidationError(f"结算单 {settlement.number} 已开具发票（{numbers}），不能冲销；请先将发票红冲。")
        # Only once the reversal is possible at all is the supervisor asked for.
        approved_by = approver_for(user, approver, [f"冲销结算单 {settlement.number}"], "reversal")
        refunds = _refund_payments(user, settlement, order, day)
        cards.give_back(user, settlement.number)
        if receivables:
            Receivable.update(
                status=ReceivableStatus.REVERSED, version=Receivable.version + 1, updated_at=now(),
                updated_by=user.display_name
            ).where(Receivable.settlement == settlement.id).execute()
        moment = now()
        reversed_ = save_versioned(user, settlement, expected_version, {
            "status": SettlementStatus.REVERSED,
            "live_order": None,
            "reversed_by": user.id,
            "reversal_approved_by": approved_by.id,
            "reversed_at": moment,
            "reversal_reason": reason,
        }, action="settlement.reverse")
        move(user, order, OrderStatus.DONE, note=f"冲销结算单 {settlement.number}：{reason}"[:200])
        record(user, "settlement.refund", settlement, before={"customer_due": settlement.customer_due},
               after={"refunds": "；".join(f"{m} {a}" for m, a in refunds),
                      "receivables_cancelled": "；".join(f"{r.debtor} {r.amount}" for r in receivables),
                      "approved_by": approved_by.username},
               note=reason)
        changes.notify("cashier", "orders")
    return reversed_


def _refund_payments(user, settlement, order, day) -> list[tuple[str, object]]:
    """A negative payment mirroring each payment: cash back as cash, a card back to the card, the
    deposit back to the appointment, the member balance back to the member."""
    payments = list(Payment.select().where(Payment.settlement == settlement.id).order_by(Payment.id))
    net = {}
    for p in payments:
        key = (p.method, p.appointment_id, p.reference)
        net[key] = net.get(key, ZERO) + p.amount
    refunds = [(method, appointment, reference, amount) for (method, appointment, reference), amount in net.items() if amount]
    moment = now()
    if refunds:
        Payment.insert_many([
            {"settlement": settlement.id, "appointment": appointment, "method": method, "amount": -amount,
             "reference": reference, "at": moment, "business_day": day, "cashier": user.id}
            for method, appointment, reference, amount in refunds
        ]).execute()
    member = sum((amount for method, _, _, amount in refunds if method == MEMBER), ZERO)
    if member:
        members.move(user, order.customer_id, MemberMovementKind.REFUNDED, member, document=settlement.number,
                     reason=f"冲销 {settlement.number}")
    return [(method, -amount) for method, _, _, amount in refunds]
