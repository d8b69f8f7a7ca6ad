"""Small builders for tests: a customer with a car, a work order with lines in any state.

They go through storage actions where those exist, so tests start from states the program itself
can reach. Station tests use them instead of writing rows by hand."""
import itertools
import threading
from decimal import Decimal

from storage import archive, auth, daily, orders
from storage.db import database
from storage.models import Part, WorkOrder, WorkOrderLine
from storage.numbering import next_number

_plates = itertools.count(10000)
PASSWORD = "secret-123"  # tests.conftest.PASSWORD: every test user's password


def approval(approver, purpose: str, for_user=None):
    """`approver`'s one-use approval for `purpose`, typed at `for_user`'s station (as the windows ask)."""
    return auth.approve(approver.username, PASSWORD, purpose, for_user=for_user)

# The way an order travels from 草稿 to each state.
PATHS = {
    "草稿": [],
    "待派工": ["待派工"],
    "维修中": ["待派工", "维修中"],
    "待料": ["待派工", "维修中", "待料"],
    "待客户确认": ["待派工", "维修中", "待客户确认"],
    "质检": ["待派工", "维修中", "质检"],
    "返工": ["待派工", "维修中", "质检", "返工"],
    "完工": ["待派工", "维修中", "质检", "完工"],
    "已结算": ["待派工", "维修中", "质检", "完工", "已结算"],
    "已交车": ["待派工", "维修中", "质检", "完工", "已结算", "已交车"],
    "已取消": ["已取消"],
}


def make_car(user, *, name="张三", phone="13800138000", plate=None, vin=None):
    customer = archive.create_customer(user, name=name, phone=phone)
    plate = plate or f"京A{next(_plates)}"
    values = {"plate": plate}
    if vin:
        values["vin"] = vin
    return archive.create_vehicle(user, customer.id, **values)


def make_part(number="06L115562", name="机油滤清器", price="68.00", cost="40.00", **extra) -> Part:
    return Part.create(number=number, name=name, price=Decimal(price), cost=Decimal(cost), **extra)


def make_order(user, *, vehicle=None, status="草稿", job_type="保养", lines=(("工时", "更换机油机滤", "0.5", "120.00"),), mileage=10000):
    """lines: (kind, description, quantity, unit_price[, payer]) tuples."""
    vehicle = vehicle or make_car(user)
    order = WorkOrder.create(
        number=next_number("work_order"),
        customer=vehicle.owner_id,
        vehicle=vehicle.id,
        advisor=user,
        job_type=job_type,
        mileage=mileage,
        updated_by=user.display_name,
    )
    daily.order_row(None, order)  # as reception.check_in does: the order counts as a car in
    for position, line in enumerate(lines, 1):
        kind, description, quantity, price, *payer = line
        WorkOrderLine.create(
            order=order,
            kind=kind,
            position=position,
            description=description,
            quantity=Decimal(quantity),
            unit_price=Decimal(price),
            amount=orders.line_amount(quantity, price),
            payer=payer[0] if payer else "客户",
        )
    orders.refresh_estimate(order)
    order = WorkOrder.get_by_id(order.id)
    for step in PATHS[status]:
        order = orders.move(user, order, step)
    return order


def add_part_line(order, part, quantity="1", *, price=None, **extra) -> WorkOrderLine:
    """A 材料 line of `order` for a catalogue part (what reception writes and the warehouse issues)."""
    price = Decimal(str(price)) if price is not None else part.price
    position = WorkOrderLine.select().where(WorkOrderLine.order == order.id).count() + 1
    return WorkOrderLine.create(
        order=order.id, kind="材料", position=position, part=part.id, description=part.name,
        quantity=Decimal(str(quantity)), unit_price=price, amount=orders.line_amount(quantity, price), **extra)


def issue_parts(order, user=None) -> None:
    """The warehouse gives out what every store-supplied part line of `order` still needs, as the
    storekeeper does before the car goes to QC (stock received first where the shelf is short).
    `order` must be in a state that may draw parts (storage.parts.stock.ISSUABLE)."""
    from storage import auth
    from storage.parts import stock

    keeper = user or auth.first_active_user(auth.STOREKEEPER) or auth.first_active_user(auth.MANAGER)
    lines = list(WorkOrderLine.select(WorkOrderLine, Part).join(Part).where(
        (WorkOrderLine.order == order.id) & orders.ACTIVE_LINE & (WorkOrderLine.kind == "材料")
        & (WorkOrderLine.supplied_by_customer == False)  # noqa: E712 (SQL)
        & (WorkOrderLine.issued < WorkOrderLine.quantity)))
    needed = {}
    for line in lines:
        needed[line.part_id] = needed.get(line.part_id, Decimal(0)) + line.quantity - line.issued
    short = [{"part": part_id, "quantity": qty - Part.get_by_id(part_id).on_hand} for part_id, qty in needed.items()
             if Part.get_by_id(part_id).on_hand < qty]
    if short:
        stock.receive(keeper, short, note="测试备货")
    if lines:
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": line.quantity - line.issued} for line in lines])


def in_other_station(fn):
    """Run fn on another thread, i.e. over another database connection, as another PC would
    (Peewee keeps one connection per thread). Its result or its exception comes back here."""
    result = {}

    def run():
        try:
            result["value"] = fn()
        except Exception as exc:  # handed back to the test thread
            result["error"] = exc
        finally:
            database.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    if "error" in result:
        raise result["error"]
    return result.get("value")
