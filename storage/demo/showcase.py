"""The records the screenshots and the screen-fit test open windows on (ui.shell.gallery): the busiest of
each kind, so a window is seen with as much in it as the store has. Read only; None when the store
has no such record.

    busiest_order(*statuses) -> WorkOrder | None   the order in one of `statuses` with the most lines
    a_vehicle() -> Vehicle | None                  the car of the busiest order in the workshop
    first_part() / newest_purchase_order() / first_supplier() / first_customer()
"""
from peewee import fn

from storage.models import Customer, Part, PurchaseOrder, Supplier, Vehicle, WorkOrder, WorkOrderLine
from storage.rules.vocabulary import OrderStatus


def busiest_order(*statuses: str) -> WorkOrder | None:
    lines = fn.COUNT(WorkOrderLine.id)
    return (WorkOrder.select(WorkOrder).join(WorkOrderLine).where(WorkOrder.status.in_(statuses))
            .group_by(WorkOrder.id).order_by(lines.desc(), WorkOrder.id.desc()).first())


def a_vehicle() -> Vehicle | None:
    order = busiest_order(OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS, OrderStatus.QC, OrderStatus.DONE)
    return Vehicle.get_by_id(order.vehicle_id) if order else Vehicle.select().order_by(Vehicle.id).first()


def first_part() -> Part | None:
    return Part.select().order_by(Part.id).first()


def newest_purchase_order() -> PurchaseOrder | None:
    return PurchaseOrder.select().order_by(PurchaseOrder.id.desc()).first()


def first_supplier() -> Supplier | None:
    return Supplier.select().order_by(Supplier.id).first()


def first_customer() -> Customer | None:
    return Customer.select().order_by(Customer.id).first()
