"""Builders shared by the cashier tests: an order that passed QC, with any lines and flags."""
from decimal import Decimal

from storage import cashier, orders
from storage.models import Appointment, Payment, Receivable, Settlement, SettlementLine, WorkOrder, WorkOrderLine, now
from tests.factories import PATHS, issue_parts, make_order

D = Decimal
# 0.5 h × 120 = 60.00 labour, 68.00 filter, 30.00 wash: 158.00
LINES = (
    ("材料", "机油滤清器", "1", "68.00"),
    ("工时", "更换机油机滤", "0.5", "120.00"),
    ("其他", "洗车", "1", "30.00"),
)


def ready_order(user, *, lines=LINES, job_type="一般维修", vehicle=None, line_fields=None, **order_fields) -> WorkOrder:
    """An order in 完工 (QC passed), its store parts issued by the warehouse on the way, as the
    cashier requires. line_fields: {position: {field: value}} for flags and discounts."""
    order = make_order(user, vehicle=vehicle, status="草稿", job_type=job_type, lines=lines)
    for position, fields in (line_fields or {}).items():
        WorkOrderLine.update(**fields).where((WorkOrderLine.order == order.id) & (WorkOrderLine.position == position)).execute()
    if order_fields:
        WorkOrder.update(**order_fields).where(WorkOrder.id == order.id).execute()
    order = WorkOrder.get_by_id(order.id)
    for step in PATHS["完工"]:
        if step == "质检":
            issue_parts(order)
            order = WorkOrder.get_by_id(order.id)
        order = orders.move(user, order, step)
    return order


def line_ids(order) -> dict:
    """position -> WorkOrderLine id."""
    return dict(WorkOrderLine.select(WorkOrderLine.position, WorkOrderLine.id).where(WorkOrderLine.order == order.id).tuples())


def pay(user, order, *payments, **kwargs) -> Settlement:
    return cashier.settle(user, order.id, order.version, payments=list(payments), **kwargs)


def appointment_for(order, user) -> Appointment:
    from storage.numbering import next_number

    appointment = Appointment.create(
        number=next_number("appointment"), customer=order.customer_id, vehicle=order.vehicle_id, advisor=user,
        starts_at=now(), ends_at=now(),
    )
    WorkOrder.update(appointment=appointment.id).where(WorkOrder.id == order.id).execute()
    return appointment


def counts() -> tuple:
    return tuple(m.select().count() for m in (Settlement, SettlementLine, Payment, Receivable))


