"""Builders for tests: customers and cars, parts, work orders in any state, an order in the workshop
or ready for the cashier, a car handed back, follow-up calls, 三包 repairs, a small warehouse, the
first release's database file.

They go through storage actions where those exist, so tests start from states the program itself
can reach. The shared fixtures that give these builders their people and catalogue (keeper, car,
labour, shop, ...) live in tests/conftest.py. Scene builders (tests/reception_scene.py,
tests/print_samples.py, tests/reliability/scene.py) and the pytest-qt helpers
(tests/reception_ui_helpers.py) stay beside their tests."""
import datetime as dt
import itertools
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

from storage import cashier, workshop
from storage.models import (
    AddedWork, Appointment, FollowUp, LabourItem, Part, Payment, PurchaseOrder, Receivable, Settlement, SettlementLine,
    Vehicle, WorkOrder, WorkOrderLine, now,
)
from storage.parts import catalogue, purchasing, stock
from storage.plumbing import daily
from storage.plumbing.db import database
from storage.reception import archive, checkin, estimate, progress
from storage.rules import auth, orders
from storage.rules.numbering import next_number
from storage.workshop import jobs

D = Decimal
V1_SCHEMA = Path(__file__).parent / "data" / "schema_v1.sqlite.sql"  # the first release's SQLite schema
_plates = itertools.count(10000)
PASSWORD = "secret-123"  # every test user's password (conftest makes the users)


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


def fresh(row):
    """`row` as the database holds it now (any model)."""
    return type(row).get_by_id(row.id)


# ---------------------------------------------------------------- reception

def check_in_car(user, car, **overrides) -> WorkOrder:
    """reception's check-in of `car` with a believable reading, belongings and the customer's words."""
    values = dict(vehicle_id=car.id, mileage=20000, fuel_level=40, key_number="A-01",
                  belongings=[("备胎", 1), ("行车记录仪", 1)], customer_words="发动机异响")
    values.update(overrides)
    return checkin.check_in(user, **values)


def promise_order(user, order, hours=4) -> WorkOrder:
    """The promised hand-back time of `order`, `hours` from now."""
    return checkin.set_terms(user, order.id, order.version, promised_at=now() + dt.timedelta(hours=hours))


def signed_order(user, car, labour, **check_in_fields) -> WorkOrder:
    """A walk-in with one labour line (`labour`: a LabourItem), promised in 4 hours and signed: 待派工."""
    order = check_in_car(user, car, **check_in_fields)
    order = estimate.add_labour_line(user, order.id, order.version, labour.id).order
    order = promise_order(user, order)
    return checkin.sign_estimate(user, order.id, order.version)


# ---------------------------------------------------------------- parts warehouse

PARTS_STORE = [  # build_parts_store's catalogue: number, name, spec, unit, bin, price, cost, received, safety, brand, category, special
    ("06L115562", "机油滤清器", "EA888", "个", "A-01-1", "68.00", "38.50", "24", "10", "大众", "滤清器", False),
    ("1K0129620D", "空气滤清器", "1.4T", "个", "A-01-2", "85.00", "46.00", "12", "6", "大众", "滤清器", False),
    ("5Q0819653", "空调滤清器", "活性炭", "个", "A-01-3", "120.00", "62.00", "3", "6", "大众", "滤清器", False),
    ("G052195M2", "机油 5W-30", "4L/桶", "升", "B-02-1", "96.00", "55.00", "80", "40", "大众", "油液", False),
    ("5Q0698151B", "前刹车片", "前轴", "套", "C-03-1", "480.00", "260.00", "6", "4", "大众", "制动", False),
    ("5Q0615301F", "前刹车盘", "312mm", "个", "C-03-2", "650.00", "355.00", "4", "2", "大众", "制动", False),
    ("101905601F", "火花塞", "长寿命", "个", "A-02-1", "95.00", "48.00", "32", "16", "NGK", "点火", False),
    ("04E906036AR", "点火线圈", "EA211", "个", "A-02-2", "420.00", "230.00", "2", "4", "博世", "点火", False),
    ("5QD955427", "雨刮片", "对装", "套", "D-01-1", "168.00", "78.00", "15", "6", "博世", "附件", False),
    ("5G0853601", "前标 LOGO", "镀铬", "个", "D-02-1", "260.00", "120.00", "3", "1", "大众", "车身", False),
    ("3Q0907530AE", "发动机控制单元", "ECU 编程件", "个", "S-01-1", "5800.00", "3900.00", "2", "1", "大众", "电器", True),
]


def build_parts_store(users) -> dict:
    """A small believable warehouse: a supplier, eleven parts received into their bins, a car in the
    workshop whose part lines the dispatcher has asked for, and an order partly delivered."""
    keeper, manager, advisor = users[auth.STOREKEEPER], users[auth.MANAGER], users[auth.ADVISOR]
    supplier = catalogue.create_supplier(keeper, "一汽-大众备件中心", is_manufacturer=True)
    catalogue.create_supplier(keeper, "博世汽车配件（北京）")
    parts = {}
    for number, name, spec, unit, bin_code, price, cost, received, safety, brand, category, special in PARTS_STORE:
        part = catalogue.create_part(manager, number=number, name=name, spec=spec, unit=unit, bin=bin_code, price=price,
                                     safety_stock=safety, reorder_qty=safety, brand=brand, category=category,
                                     special=special, models="迈腾、帕萨特、途观L")
        stock.receive(keeper, [{"part": part.id, "quantity": received, "unit_cost": cost}], supplier_id=supplier.id)
        parts[number] = Part.get_by_id(part.id)
    vehicle = make_car(advisor, name="李明", phone="13911112222", plate="京N8M266")
    order = make_order(advisor, vehicle=vehicle, status="维修中", job_type="保养")
    lines = [add_part_line(order, parts["06L115562"], "1"), add_part_line(order, parts["G052195M2"], "4.5"),
             add_part_line(order, parts["5Q0698151B"], "1"), add_part_line(order, parts["3Q0907530AE"], "1")]
    jobs._request_parts(users[auth.DISPATCHER], order.id)
    po = purchasing.create_purchase_order(keeper, supplier.id, [
        {"part": parts["5Q0819653"].id, "quantity": "10", "unit_cost": "62.00"},
        {"part": parts["04E906036AR"].id, "quantity": "6", "unit_cost": "230.00"}])
    purchasing.place_order(keeper, po.id, po.version)
    return {"supplier": supplier, "parts": parts, "order": order, "lines": lines, "po": PurchaseOrder.get_by_id(po.id)}


# ---------------------------------------------------------------- workshop

# Two labour lines for the workshop tests (1.5 h).
WORKSHOP_LINES = (("工时", "更换机油机滤", "0.5", "120.00"), ("工时", "检查制动系统", "1.0", "120.00"))


def order_in_workshop(advisor, dispatcher, *, plate=None, lines=WORKSHOP_LINES, job_type="保养",
                      promised_in_hours=None) -> WorkOrder:
    """A signed order, received into the workshop, not yet dispatched."""
    vehicle = make_car(advisor, plate=plate) if plate else None
    order = make_order(advisor, vehicle=vehicle, status="待派工", lines=lines, job_type=job_type)
    if promised_in_hours is not None:
        WorkOrder.update(promised_at=now() + dt.timedelta(hours=promised_in_hours)).where(WorkOrder.id == order.id).execute()
        order = WorkOrder.get_by_id(order.id)
    return workshop.receive_car(dispatcher, order.id, order.version, receiver="赵调度")


def labour_lines(order) -> list[WorkOrderLine]:
    """The 工时 lines of `order`, in the order they were written."""
    return list(WorkOrderLine.select().where((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时"))
                .order_by(WorkOrderLine.id))


def dispatched_order(advisor, dispatcher, shop, *, bay="A1", plate=None, **kw) -> WorkOrder:
    """An order with every labour line given to 张师傅 (conftest's `shop`) in bay `bay`."""
    order = order_in_workshop(advisor, dispatcher, plate=plate, **kw)
    items = [{"line": line.id, "technician": shop["zhang"].id, "bay": shop[bay].id} for line in labour_lines(order)]
    return workshop.dispatch(dispatcher, order.id, order.version, items)


def answer_added_work(advisor, work: AddedWork, yes: bool) -> WorkOrder:
    """What reception does when the customer answers: the answer on the added work, its lines agreed
    or cancelled, then the workshop's follow-up (reception owns that action; the workshop tests only
    need its effect on the rows)."""
    AddedWork.update(
        answer="同意" if yes else "拒绝", answered_by="客户本人", answer_via="电话", answer_at=now(), recorded_by=advisor.id,
        version=AddedWork.version + 1,
    ).where(AddedWork.id == work.id).execute()
    WorkOrderLine.update(status="待派工" if yes else "已取消").where(WorkOrderLine.added_work == work.id).execute()
    return workshop.after_customer_answer(advisor, work.order_id)


def qc_all_ok(order) -> dict:
    """Every item of `order`'s QC checklist ticked."""
    return {item["key"]: True for item in workshop.qc_checklist(order.id)}


def run_through(dispatcher, order) -> WorkOrder:
    """Start and finish every labour line still open: the order ends in 质检."""
    for line in labour_lines(order):
        line = fresh(line)
        if line.status in ("待派工", "暂停"):
            line = workshop.start_line(dispatcher, line.id, line.version)
        if line.status == "维修中":
            workshop.finish_line(dispatcher, line.id, line.version)
    return fresh(order)


# ---------------------------------------------------------------- cashier

# 0.5 h × 120 = 60.00 labour, 68.00 filter, 30.00 wash: 158.00
SETTLE_LINES = (
    ("材料", "机油滤清器", "1", "68.00"),
    ("工时", "更换机油机滤", "0.5", "120.00"),
    ("其他", "洗车", "1", "30.00"),
)


def order_ready_to_settle(user, *, lines=SETTLE_LINES, job_type="一般维修", vehicle=None, line_fields=None,
                          **order_fields) -> WorkOrder:
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
    """The cashier settles `order` with `payments`: (method, amount) tuples."""
    return cashier.settle(user, order.id, order.version, payments=list(payments), **kwargs)


def appointment_for(order, user) -> Appointment:
    """An appointment that `order` came in on."""
    appointment = Appointment.create(
        number=next_number("appointment"), customer=order.customer_id, vehicle=order.vehicle_id, advisor=user,
        starts_at=now(), ends_at=now(),
    )
    WorkOrder.update(appointment=appointment.id).where(WorkOrder.id == order.id).execute()
    return appointment


def settlement_counts() -> tuple:
    """How many settlements, settlement lines, payments and receivables there are."""
    return tuple(m.select().count() for m in (Settlement, SettlementLine, Payment, Receivable))


# ---------------------------------------------------------------- care

def delivered_order(users, *, lines=SETTLE_LINES, job_type="一般维修", vehicle=None, warranty_claim=None,
                    before_settling=None, **order_fields) -> WorkOrder:
    """An order settled (the customer's share paid in cash) and handed back by the advisor, through
    the cashier's and reception's own actions, so its follow-up calls are planned as in the program.
    `before_settling(order)` runs once the order passed QC (opening claims, say)."""
    advisor = users[auth.ADVISOR]
    order = order_ready_to_settle(advisor, lines=lines, job_type=job_type, vehicle=vehicle, **order_fields)
    if before_settling is not None:
        before_settling(order)
        order = WorkOrder.get_by_id(order.id)
    due = cashier.preview(order.id).customer_due
    pay(users[auth.CASHIER], order, *([("现金", str(due))] if due else []), warranty_claim=warranty_claim)
    order = WorkOrder.get_by_id(order.id)
    return progress.deliver(advisor, order.id, order.version)


def follow_ups_of(order) -> list[FollowUp]:
    """The follow-up calls planned for `order`, by round."""
    return list(FollowUp.select().where(FollowUp.order == order.id).order_by(FollowUp.round))


def make_follow_up_due(follow_up: FollowUp, days_ago: int = 0) -> FollowUp:
    """Move a planned call so that it is due `days_ago` days ago (tests cannot wait two days)."""
    FollowUp.update(due_on=dt.date.today() - dt.timedelta(days=days_ago)).where(FollowUp.id == follow_up.id).execute()
    return FollowUp.get_by_id(follow_up.id)


# A satisfaction survey with top marks everywhere.
ALL_FIVES = {"速度": 5, "价格": 5, "员工": 5, "质量": 5, "清洁": 5, "总体": 5}


def family_car(user, *, bought_days_ago=200, km=12000, plate=None) -> Vehicle:
    """A family car (家用汽车, under the 三包 rules) bought `bought_days_ago` days ago."""
    vehicle = make_car(user, plate=plate)
    Vehicle.update(purchase_date=dt.date.today() - dt.timedelta(days=bought_days_ago), last_mileage=km,
                   family_car=True).where(Vehicle.id == vehicle.id).execute()
    return Vehicle.get_by_id(vehicle.id)


def labour_item(code: str, system: str) -> LabourItem:
    """The catalogue's labour item `code` on `system`, made on first use."""
    return LabourItem.get_or_create(code=code, defaults={"name": f"{system}维修", "system": system, "hours": D("1.00")})[0]


def quality_repair(user, vehicle, *, system="发动机", opened_days_ago=100, days=1, part_name=None, delivered=True,
                   mileage=None, payer="厂家索赔", part_number=None, sanbao_category=None, faults=()) -> WorkOrder:
    """A warranty repair of `vehicle` on `system`, opened `opened_days_ago` days ago and lasting `days`
    days (still in the workshop when not delivered), optionally replacing a part by name (its number
    and 三包 main-part category as given)."""
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


# ---------------------------------------------------------------- install and upgrade

def first_version_file(tmp_path) -> Path:
    """A database as the first release wrote it (tests/data snapshot), with one customer in it."""
    path = tmp_path / "data" / "service.db"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA.read_text("utf-8"))
    con.execute("INSERT INTO schema_version (version, applied_at, program) VALUES (1, '2026-11-24 08:00:00', '0.1.0')")
    con.execute(
        "INSERT INTO customer (name, kind, phone, phone_rev, phone2, address, company, id_number, source, "
        "member_balance, credit_limit, note, created_at, created_by, version, updated_at, updated_by) VALUES "
        "('第一版客户', '个人', '13800138000', '00083100831', '', '', '', '', '', 0, 0, '', '2026-11-24', '', 1, '2026-11-24', '')"
    )
    con.commit()
    con.close()
    return path
