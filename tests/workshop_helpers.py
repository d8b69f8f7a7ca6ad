"""Builders the workshop tests share: a small workshop (teams, technicians, bays), an order ready
for dispatch, and reception's side of an added-work answer (reception owns that action; these
tests only need its effect on the rows)."""
import datetime as dt
from decimal import Decimal

import pytest

from storage import auth, orders, workshop
from storage.models import AddedWork, Part, WorkOrder, WorkOrderLine, now
from tests.factories import make_car, make_order

LINES = (("工时", "更换机油机滤", "0.5", "120.00"), ("工时", "检查制动系统", "1.0", "120.00"))


@pytest.fixture
def dispatcher(users):
    return users[auth.DISPATCHER]


@pytest.fixture
def inspector(users):
    return users[auth.INSPECTOR]


@pytest.fixture
def shop(manager):
    """Two teams, three technicians, three bays."""
    t1 = workshop.create_team(manager, "机修一组", leader="张建国")
    t2 = workshop.create_team(manager, "钣喷组", leader="王强")
    return {
        "team1": t1,
        "team2": t2,
        "zhang": workshop.create_technician(manager, "张师傅", t1.id, grade="高级"),
        "li": workshop.create_technician(manager, "李师傅", t1.id, hours_per_day="7.5"),
        "wang": workshop.create_technician(manager, "王师傅", t2.id),
        "A1": workshop.create_bay(manager, "A1"),
        "A2": workshop.create_bay(manager, "A2"),
        "B1": workshop.create_bay(manager, "B1", kind="钣金"),
    }


def add_part_line(order, part, quantity="1", **extra) -> WorkOrderLine:
    position = WorkOrderLine.select().where(WorkOrderLine.order == order.id).count() + 1
    return WorkOrderLine.create(
        order=order.id, kind="材料", position=position, part=part.id, description=part.name,
        quantity=Decimal(quantity), unit_price=part.price, amount=orders.line_amount(quantity, part.price), **extra,
    )


def make_part(number="06L115562", name="机油滤清器", price="68.00", **extra) -> Part:
    return Part.create(number=number, name=name, price=Decimal(price), cost=Decimal("40.00"), **extra)


def ready_order(advisor, dispatcher, *, plate=None, lines=LINES, job_type="保养", promised_in_hours=None) -> WorkOrder:
    """A signed order, received into the workshop, not yet dispatched."""
    vehicle = make_car(advisor, plate=plate) if plate else None
    order = make_order(advisor, vehicle=vehicle, status="待派工", lines=lines, job_type=job_type)
    if promised_in_hours is not None:
        WorkOrder.update(promised_at=now() + dt.timedelta(hours=promised_in_hours)).where(WorkOrder.id == order.id).execute()
        order = WorkOrder.get_by_id(order.id)
    return workshop.receive_car(dispatcher, order.id, order.version, receiver="赵调度")


def labour(order) -> list[WorkOrderLine]:
    return list(WorkOrderLine.select().where((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时")).order_by(WorkOrderLine.id))


def fresh(row):
    return type(row).get_by_id(row.id)


def dispatched(advisor, dispatcher, shop, *, bay="A1", plate=None, **kw) -> WorkOrder:
    """An order with every labour line given to 张师傅 in bay `bay`."""
    order = ready_order(advisor, dispatcher, plate=plate, **kw)
    items = [{"line": line.id, "technician": shop["zhang"].id, "bay": shop[bay].id} for line in labour(order)]
    return workshop.dispatch(dispatcher, order.id, order.version, items)


def answer(advisor, work: AddedWork, yes: bool) -> WorkOrder:
    """What reception does when the customer answers: the answer on the added work, its lines agreed
    or cancelled, then the workshop's follow-up."""
    AddedWork.update(
        answer="同意" if yes else "拒绝", answered_by="客户本人", answer_via="电话", answer_at=now(), recorded_by=advisor.id,
        version=AddedWork.version + 1,
    ).where(AddedWork.id == work.id).execute()
    WorkOrderLine.update(status="待派工" if yes else "已取消").where(WorkOrderLine.added_work == work.id).execute()
    return workshop.after_customer_answer(advisor, work.order_id)


def all_ok(order) -> dict:
    return {item["key"]: True for item in workshop.qc_checklist(order.id)}


def run_through(dispatcher, order) -> WorkOrder:
    """Start and finish every labour line still open: the order ends in 质检."""
    for line in labour(order):
        line = fresh(line)
        if line.status in ("待派工", "暂停"):
            line = workshop.start_line(dispatcher, line.id, line.version)
        if line.status == "维修中":
            workshop.finish_line(dispatcher, line.id, line.version)
    return fresh(order)
