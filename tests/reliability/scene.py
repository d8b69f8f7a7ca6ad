"""The small stores the reliability tests build with storage actions, and the pieces of business the
worker processes do in them: a work order with a part line, its issue, its completion, its
settlement, a receipt, a stock count. Imported by the tests and by tests/reliability/worker.py."""
import json
import os
import random
from decimal import Decimal

from storage import cashier
from storage.models import Part, StockCount, StockCountLine, Vehicle, WorkOrder, WorkOrderLine
from storage.parts import catalogue
from storage.parts import count as stock_count
from storage.parts import stock
from storage.plumbing.db import transaction
from storage.reception import archive
from storage.rules import auth, orders
from tests.factories import add_part_line, issue_parts, make_order

D = Decimal
PART_NUMBERS = tuple(f"REL-{n:02d}" for n in range(1, 9))
PHONES = ("13800138001", "13900139002", "13700137003", "13600136004")


def staff() -> dict:
    """The first active user of each role, as the worker processes find them."""
    return {role: auth.first_active_user(role) for role in auth.ROLES}


def build_store(users, *, parts=PART_NUMBERS, stock_each="30", cars=4) -> None:
    """Parts with stock received through the warehouse, and a few customers with a car each."""
    keeper = users[auth.STOREKEEPER]
    for number in parts:
        part = catalogue.create_part(keeper, number=number, name=f"备件{number}", price="68.00", bin="A-01")
        stock.receive(keeper, [{"part": part.id, "quantity": stock_each, "unit_cost": "40.00"}], note="期初")
    advisor = users[auth.ADVISOR]
    for index in range(cars):
        archive.register(advisor, customer={"name": f"客户{index}", "phone": PHONES[index % len(PHONES)]},
                         vehicle={"plate": f"京A8{index:03d}X"})


def new_order(users, rng: random.Random, *, status="维修中", part_qty="2") -> WorkOrder:
    """A work order with a labour line and a part line, made whole in one transaction (test supply,
    not a station action: the station's own chain of check-in, lines and dispatch is not what the
    crash test is about)."""
    advisor = users[auth.ADVISOR]
    vehicle = Vehicle.select().order_by(Vehicle.id).offset(rng.randrange(Vehicle.select().count())).first()
    part = Part.get(Part.number == rng.choice(PART_NUMBERS))
    with transaction():
        order = make_order(advisor, vehicle=vehicle, status="草稿", lines=(("工时", "更换机油机滤", "0.5", "120.00"),))
        add_part_line(order, part, part_qty)
        orders.refresh_estimate(order)
        order = WorkOrder.get_by_id(order.id)
        for step in ("待派工", "维修中", "质检", "完工")[: ("待派工", "维修中", "质检", "完工").index(status) + 1]:
            if step == "质检":  # beyond the repair: the warehouse has given out the part, as the cashier requires
                issue_parts(order, users[auth.STOREKEEPER])
                order = WorkOrder.get_by_id(order.id)
            order = orders.move(advisor, order, step)
    return order


def unissued_line(rng: random.Random, *, status="维修中"):
    """A part line of an order in `status` that still needs parts, or None."""
    query = (WorkOrderLine.select(WorkOrderLine, WorkOrder).join(WorkOrder)
             .where((WorkOrder.status == status) & (WorkOrderLine.kind == "材料")
                    & (WorkOrderLine.issued < WorkOrderLine.quantity)).order_by(WorkOrderLine.id))
    rows = list(query.limit(20))
    return rng.choice(rows) if rows else None


def finishable_order(rng: random.Random):
    """An order in 维修中 whose every part line is issued: the workshop can hand it to QC."""
    short = WorkOrderLine.select(WorkOrderLine.order).where(
        (WorkOrderLine.kind == "材料") & (WorkOrderLine.issued < WorkOrderLine.quantity))
    rows = list(WorkOrder.select().where((WorkOrder.status == "维修中") & WorkOrder.id.not_in(short))
                .order_by(WorkOrder.id).limit(20))
    return rng.choice(rows) if rows else None


def finish(users, order: WorkOrder) -> WorkOrder:
    inspector = users[auth.MANAGER]
    with transaction():
        order = orders.move(inspector, order, "质检")
        return orders.move(inspector, order, "完工")


def settle(users, order: WorkOrder, rng: random.Random):
    """Settle at the cashier: the customer's due split over two ways of paying when it can be."""
    till = users[auth.CASHIER]
    due = cashier.preview(order.id).customer_due
    first = (due * D(rng.randint(0, 100)) / 100).quantize(D("0.01"))
    payments = [(m, a) for m, a in (("现金", first), ("微信", due - first)) if a > 0]
    return cashier.settle(till, order.id, order.version, payments=payments), payments


def receive(users, rng: random.Random, token: str) -> dict:
    part = Part.get(Part.number == rng.choice(PART_NUMBERS))
    qty = str(rng.randint(1, 6))
    cost = f"{rng.randint(3500, 4500) / 100:.2f}"
    return stock.receive(users[auth.STOREKEEPER], [{"part": part.id, "quantity": qty, "unit_cost": cost}], note=token)


def count(users, rng: random.Random, announce=None) -> dict:
    """A cycle count of two parts: freeze, count (the shelf one off now and then), submit, post.
    `announce(count)` is told the count before the last step, so a log can name it."""
    keeper, manager = users[auth.STOREKEEPER], users[auth.MANAGER]
    for stale in StockCount.select().where(StockCount.status << ("盘点中", "待审批")):
        stock_count.cancel_count(keeper, stale.id, stale.version)  # left by a run that was killed
    numbers = rng.sample(PART_NUMBERS, 2)
    ids = [p.id for p in Part.select(Part.id).where(Part.number.in_(numbers))]
    sheet = stock_count.start_count(keeper, part_ids=ids, note="循环盘点")
    for line in StockCountLine.select().where(StockCountLine.count == sheet.id):
        book = Part.get_by_id(line.part_id).on_hand
        shelf = max(book + rng.choice((-1, 0, 0, 1)), D(0))
        stock_count.enter_count(keeper, line.id, str(shelf))
    sheet = stock_count.submit_count(keeper, sheet.id, StockCount.get_by_id(sheet.id).version)
    if announce:
        announce(sheet)
    return stock_count.post_count(manager, sheet.id, sheet.version)


class OpLog:
    """Append-only JSON lines. An intent is written (and flushed to the OS) before an action; its
    outcome after the commit, flushed and fsync'ed: a line marked done is an action the database
    committed, and at most the last intent is open when the process dies."""

    def __init__(self, path):
        self.handle = open(path, "a", encoding="utf-8")

    def write(self, record: dict, *, sync: bool = False) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self.handle.flush()
        if sync:
            os.fsync(self.handle.fileno())


def read_log(path) -> tuple[list[dict], dict | None]:
    """(the committed actions in order, the intent left open when the writer died or None)."""
    done, pending = [], None
    try:
        text = open(path, encoding="utf-8").read()
    except FileNotFoundError:
        return [], None
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut by the kill (the intent was not completed)
        if record["t"] == "intent":
            pending = record
        elif record["t"] in ("done", "refused"):
            if record["t"] == "done":
                done.append(record)
            pending = None
    return done, pending
