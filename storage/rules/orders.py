"""The work order's life (进厂维修单): the one state machine every station moves it through, and
the sums of its lines. Station actions (reception, workshop, cashier) call these; nothing else
writes WorkOrder.status."""
from decimal import Decimal

from storage.models import StatusChange, WorkOrder, WorkOrderLine, now, summed
from storage.plumbing.locking import save_versioned
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO, money
from storage.rules.vocabulary import LineStatus, OrderStatus

# from-status -> the statuses it may move to. Anything else is refused with a message.
TRANSITIONS = {
    OrderStatus.DRAFT: {OrderStatus.AWAITING_DISPATCH, OrderStatus.CANCELLED},
    OrderStatus.AWAITING_DISPATCH: {OrderStatus.IN_REPAIR, OrderStatus.AWAITING_CUSTOMER, OrderStatus.DRAFT, OrderStatus.CANCELLED},
    
    OrderStatus.IN_REPAIR: {OrderStatus.AWAITING_PARTS, OrderStatus.AWAITING_CUSTOMER, OrderStatus.QC},
    OrderStatus.AWAITING_PARTS: {OrderStatus.IN_REPAIR, OrderStatus.AWAITING_CUSTOMER},
    OrderStatus.AWAITING_CUSTOMER: {OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS},
    OrderStatus.QC: {OrderStatus.DONE, OrderStatus.REWORK},
    OrderStatus.REWORK: {OrderStatus.IN_REPAIR, OrderStatus.QC},
    OrderStatus.DONE: {OrderStatus.SETTLED, OrderStatus.REWORK},
    OrderStatus.SETTLED: {OrderStatus.DELIVERED, OrderStatus.DONE},  # back to 完工 only through a settlement reversal
    OrderStatus.DELIVERED: {OrderStatus.DONE},
    # likewise: a bill found wrong after the car left is reversed and settled again
    OrderStatus.CANCELLED: set(),
}
# 诊断未修: a car diagnosed and taken away unrepaired goes to 完工 from any state before the work is
# done (only storage.reception.diagnosis.close_unrepaired asks, with its checks), to be settled for
# the diagnosis fee like any finished order.
UNREPAIRED_FROM = (OrderStatus.DRAFT, OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
                   OrderStatus.AWAITING_CUSTOMER)
# States in which the order is in the workshop (the board shows these).
IN_WORKSHOP = (OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
               OrderStatus.AWAITING_CUSTOMER, OrderStatus.QC, OrderStatus.REWORK, OrderStatus.DONE)
# Once settled, an order's lines are frozen: corrections go through a reversal at the cashier.
FROZEN = (OrderStatus.SETTLED, OrderStatus.DELIVERED, OrderStatus.CANCELLED)
# Reception asks the workshop how the car is going at 70–80 % of the promised time (seed 001); the board
# marks the card from the same point.
PROGRESS_CHECK_AT = Decimal("0.7")
# Timestamps stamped when an order first reaches a state.
STAMPS = {OrderStatus.AWAITING_DISPATCH: "signed_at", OrderStatus.QC: "finished_at", OrderStatus.DONE: "qc_passed_at",
          OrderStatus.SETTLED: "settled_at", OrderStatus.DELIVERED: "delivered_at"}
ACTIVE_LINE = ~(WorkOrderLine.status << (LineStatus.CANCELLED, LineStatus.TO_CONFIRM))


def get_order(order_id=None, *, number: str | None = None) -> WorkOrder:
    query = WorkOrder.select()
    order = query.where(WorkOrder.number == number).first() if number else query.where(WorkOrder.id == order_id).first()
    if order is None:
        raise NotFound(f"找不到工单 {number or order_id}。")
    return order


def ensure_editable(order: WorkOrder) -> None:
    if order.status in FROZEN:
        raise ValidationError(f"工单 {order.number} {order.status}，不能再修改。如需更正，请到收银台办理冲销。")


def move(user, order: WorkOrder, to_status: str, *, expected_version: int | None = None, note: str = "", extra=None,
         unrepaired: bool = False) -> WorkOrder:
    """Move the order to `to_status` if the state machine allows it; record who, when and why.
    Call inside the action's transaction. `expected_version` defaults to the version the caller holds.
    `unrepaired`: the diagnosed-not-repaired close (UNREPAIRED_FROM → 完工)."""
    allowed = TRANSITIONS.get(order.status, set())
    if unrepaired and order.status in UNREPAIRED_FROM:
        allowed = allowed | {OrderStatus.DONE}
    if to_status not in allowed:
        raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能直接转为“{to_status}”。")
    changes = {"status": to_status, **(extra or {})}
    stamp = STAMPS.get(to_status)
    if stamp and getattr(order, stamp) is None:
        changes[stamp] = now()
    version = order.version if expected_version is None else expected_version
    updated = save_versioned(user, order, version, changes, action="order.status", audit=False)
    StatusChange.create(order=order.id, from_status=order.status, to_status=to_status, user=user, note=note[:200])
    return updated


def line_amount(quantity, unit_price) -> Decimal:
    return money(Decimal(str(quantity)) * money(unit_price))


def totals(order_id: int) -> dict:
    """Sums of the order's active lines by kind and by payer, in one query."""
    amount = WorkOrderLine.amount
    rows = (
        WorkOrderLine.select(
            WorkOrderLine.kind,
            WorkOrderLine.payer,
            summed(amount, amount),
            summed(WorkOrderLine.discount, amount),
            summed(amount - WorkOrderLine.discount, amount),
        )
        .where((WorkOrderLine.order == order_id) & ACTIVE_LINE)
        .group_by(WorkOrderLine.kind, WorkOrderLine.payer)
        .tuples()
    )
    result = {"工时": ZERO, "材料": ZERO, "其他": ZERO, "discount": ZERO, "total": ZERO, "by_payer": {}}
    for kind, payer, amount, discount, net_amount in rows:
        result[kind] += amount
        result["discount"] += discount
        result["total"] += net_amount
        result["by_payer"][payer] = result["by_payer"].get(payer, ZERO) + net_amount
    return result


def refresh_estimate(order: WorkOrder) -> Decimal:
    """Keep WorkOrder.estimate_total equal to its active lines (no version bump: a derived figure)."""
    total = totals(order.id)["total"]
    WorkOrder.update(estimate_total=total).where(WorkOrder.id == order.id).execute()
    return total
