"""Builders shared by the care tests: a car handed back to its customer (through the cashier and
reception's own actions, so its follow-up calls are planned as in the program), and a quality repair
of a family car for the 三包 rules."""
import datetime as dt
from decimal import Decimal

from storage import auth
from storage.models import FollowUp, LabourItem, Part, Vehicle, WorkOrder, WorkOrderLine
from storage.reception import progress
from tests.cashier_helpers import LINES, pay, ready_order
from tests.factories import make_car

D = Decimal


def cashier_of(users):
    return users[auth.CASHIER]


def delivered(users, *, lines=LINES, job_type="一般维修", vehicle=None, warranty_claim=None, before_settling=None,
              **order_fields) -> WorkOrder:
    """An order settled (the customer's share paid in cash) and handed back by the advisor.
    `before_settling(order)` runs once the order passed QC (opening claims, say)."""
    from storage import cashier

    advisor = users[auth.ADVISOR]
    order = ready_order(advisor, lines=lines, job_type=job_type, vehicle=vehicle, **order_fields)
    if before_settling is not None:
        before_settling(order)
        order = WorkOrder.get_by_id(order.id)
    due = cashier.preview(order.id).customer_due
    pay(cashier_of(users), order, *([("现金", str(due))] if due else []), warranty_claim=warranty_claim)
    order = WorkOrder.get_by_id(order.id)
    return progress.deliver(advisor, order.id, order.version)


def follow_ups(order) -> list[FollowUp]:
    return list(FollowUp.select().where(FollowUp.order == order.id).order_by(FollowUp.round))


def make_due(follow_up: FollowUp, days_ago: int = 0) -> FollowUp:
    """Move a planned call so that it is due `days_ago` days ago (tests cannot wait two days)."""
    FollowUp.update(due_on=dt.date.today() - dt.timedelta(days=days_ago)).where(FollowUp.id == follow_up.id).execute()
    return FollowUp.get_by_id(follow_up.id)


ALL_FIVES = {"速度": 5, "价格": 5, "员工": 5, "质量": 5, "清洁": 5, "总体": 5}


def family_car(user, *, bought_days_ago=200, km=12000, plate=None):
    vehicle = make_car(user, plate=plate)
    Vehicle.update(purchase_date=dt.date.today() - dt.timedelta(days=bought_days_ago), last_mileage=km,
                   family_car=True).where(Vehicle.id == vehicle.id).execute()
    return Vehicle.get_by_id(vehicle.id)


def labour_item(code: str, system: str) -> LabourItem:
    return LabourItem.get_or_create(code=code, defaults={"name": f"{system}维修", "system": system, "hours": D("1.00")})[0]


def quality_repair(user, vehicle, *, system="发动机", opened_days_ago=100, days=1, part_name=None, delivered=True,
                   mileage=None, payer="厂家索赔", part_number=None, sanbao_category=None, faults=()) -> WorkOrder:
    """A warranty repair of `vehicle` on `system`, opened `opened_days_ago` days ago and lasting `days`
    days (still in the workshop when not delivered), optionally replacing a part by name (its number
    and 三包 main-part category as given)."""
    from storage.numbering import next_number

    opened = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=opened_days_ago)
    order = WorkOrder.create(
        number=next_number("work_order"), customer=vehicle.owner_id, vehicle=vehicle.id, advisor=user,
        job_type="保修索赔", mileage=mileage if mileage is not None else vehicle.last_mileage, opened_at=opened,
        status="已交车" if delivered else "维修中",
        delivered_at=opened + dt.timedelta(days=days, hours=-2) if delivered else None, sanbao_faults="、".join(faults),
    )
    labour = labour_item(f"T-{system}", system)
    WorkOrderLine.create(order=order, kind="工时", position=1, labour=labour, description=labour.name,
                         quantity=D("1"), unit_price=D("120"), amount=D("120"), payer=payer, status="完工")
    if part_name:
        part = Part.get_or_create(number=part_number or f"P-{part_name}",
                                  defaults={"name": part_name, "price": D("800"), "sanbao_category": sanbao_category})[0]
        WorkOrderLine.create(order=order, kind="材料", position=2, part=part, description=part_name,
                             quantity=D("1"), unit_price=D("800"), amount=D("800"), payer=payer, status="完工")
    return order
