"""Sample content for every printable kind (printing/registry.py), short and long, for the layout
self-check (tests/printing/test_print_layout.py).

    SAMPLES[kind](scene) -> the NUMBER to print

`scene` is a Scene: the test users and `scene.lines` (1 or 40), with shared builders that make the
records through the storage actions, once per scene (a settled 40-line order serves the work order,
the settlement, the receipt, the guarantee card...). A kind prints "lines" of its own: the work
order `lines` labour lines and `lines` parts, the follow-up log `lines` calls, the count sheet
`lines` parts, and so on; a form without a table (the appointment slip) gets `lines` lines of text.

A module that makes its sample without a database (`sample(lines) -> Document`, the manager's and
the care desk's registers) is listed with `_from_module`: the check renders that Document.

To add a kind: write `def _my_kind(scene) -> str` that builds `scene.lines` lines of it through
storage (reuse scene.settled() / scene.order() / scene.parts() where they fit) and returns its
number, and add `"my-kind": _my_kind` to SAMPLES. tests/printing/test_print_layout.py fails for a
registered kind without a sample.
"""
import datetime as dt
from decimal import Decimal
from functools import cached_property

from storage import cashier, workshop
from storage.models import Bin, FollowUp, Part, VehicleModel, WorkOrder, WorkOrderLine, now
from storage.reception import archive
from storage.rules import auth, orders
from tests.factories import PASSWORD

LONG_NAME = "前制动盘（通风盘，含防尘罩及固定螺栓）左右各一"
VIN = "LFV3A23C6H3012345"


class Scene:
    def __init__(self, users: dict, lines: int):
        self.users, self.lines = users, lines
        self.advisor = users[auth.ADVISOR]
        self.keeper = users[auth.STOREKEEPER]
        self.dispatcher = users[auth.DISPATCHER]
        self.inspector = users[auth.INSPECTOR]
        self.cashier = users[auth.CASHIER]
        self.manager = users[auth.MANAGER]
        self.care = users[auth.CARE]

    def text(self, what: str) -> str:
        """`lines` lines of text (a form's free text: a request, a remark)."""
        return "\n".join(f"{what}第 {i} 行：客户反映冷车启动时发动机舱有异响，请一并检查。" for i in range(1, self.lines + 1))

    @cached_property
    def car(self):
        customer = archive.create_customer(self.advisor, name="欧阳建国", phone="13800138000",
                                           address="北京市朝阳区望京西园三区 312 号楼 2 单元 1501 室")
        model = VehicleModel.create(brand="一汽大众", name="迈腾 380TSI DSG 旗舰型", service_km=7500, service_months=6)
        return archive.create_vehicle(self.advisor, customer.id, plate="京N8K2L9", vin=VIN, engine_no="CUF123456",
                                      model=model.id, colour="星光蓝")

    @cached_property
    def shop(self) -> dict:
        team = workshop.create_team(self.manager, "机修一组", leader="张建国")
        return {"team": team, "tech": [workshop.create_technician(self.manager, name, team.id)
                                      for name in ("张师傅", "李师傅")],
                "bay": workshop.create_bay(self.manager, "A1")}

    def parts(self, count: int) -> list:
        made = getattr(self, "_parts", [])
        for i in range(len(made), count):
            made.append(Part.create(number=f"5Q0{i:03d}615{i % 10}A", name=f"{LONG_NAME}{i + 1}" if i % 3 == 0 else f"机油滤清器{i + 1}",
                                    spec="原厂 0W-20" if i % 2 else "", price=Decimal("368.00"), cost=Decimal("240.00"),
                                    bin=Bin.get_or_create(code=f"A-{i // 10 + 1:02d}-{i % 10 + 1}", defaults={"zone": "A"})[0]))
        self._parts = made
        return made[:count]

    @cached_property
    def order(self) -> WorkOrder:
        """A signed order with `lines` labour lines and `lines` parts, received by the workshop,
        each labour line dispatched, done, its parts issued, QC passed: 完工."""
        order = WorkOrder.create(number=_next("work_order"), customer=self.car.owner_id, vehicle=self.car.id,
                                 advisor=self.advisor, job_type="一般维修", mileage=48210,
                                 customer_words=self.text("客户描述"), findings="左前门划痕；右后轮毂擦伤",
                                 brought_by="王师傅（司机）", brought_by_phone="13912345678",
                                 damage='[{"x": 0.45, "y": 0.85, "kind": "划痕", "note": "左前门"}]',
                                 updated_by=self.advisor.display_name)
        position = 0
        for i in range(self.lines):
            position += 1
            WorkOrderLine.create(order=order, kind="工时", position=position, description=f"检查并更换{LONG_NAME}（第 {i + 1} 项）",
                                 quantity=Decimal("1.5"), unit_price=Decimal("180.00"), amount=orders.line_amount("1.5", "180.00"))
        for part in self.parts(self.lines):
            position += 1
            WorkOrderLine.create(order=order, kind="材料", position=position, part=part.id, description=part.name,
                                 quantity=Decimal("1"), unit_price=part.price, amount=part.price)
        orders.refresh_estimate(order)
        order = orders.move(self.advisor, WorkOrder.get_by_id(order.id), "待派工")
        order = workshop.receive_car(self.dispatcher, order.id, order.version, receiver="赵调度")
        labour = list(WorkOrderLine.select().where((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时")))
        techs = self.shop["tech"]
        order = workshop.dispatch(self.dispatcher, order.id, order.version, [
            {"line": line.id, "technician": techs[i % 2].id, "bay": self.shop["bay"].id} for i, line in enumerate(labour)],
            allow_overload=True)  # 40 lines of 1.5 h for two technicians: confirmed, as the dialog would ask
        from tests.factories import issue_parts

        issue_parts(WorkOrder.get_by_id(order.id), self.keeper)
        for line in labour:
            line = WorkOrderLine.get_by_id(line.id)
            line = workshop.start_line(self.dispatcher, line.id, line.version)
            workshop.finish_line(self.dispatcher, line.id, line.version)
        order = WorkOrder.get_by_id(order.id)
        results = {item["key"]: True for item in workshop.qc_checklist(order.id)}
        workshop.pass_qc(self.inspector, order.id, order.version, results, note="路试正常", mileage_out=48222)
        return WorkOrder.get_by_id(order.id)

    @cached_property
    def settlement(self):
        order = self.order
        due = cashier.preview(order.id).customer_due
        payments = [cashier.Tender("现金", due, tendered=due + Decimal("100.00"))] if due else []
        return cashier.settle(self.cashier, order.id, order.version, payments=payments)

    @cached_property
    def supplier(self):
        from storage.parts import catalogue

        return catalogue.create_supplier(self.manager, "一汽-大众备件中心（华北区域配送中心）")

    @cached_property
    def received(self) -> dict:
        from storage.parts import stock

        return stock.receive(self.keeper, [{"part": p.id, "quantity": "4"} for p in self.parts(self.lines)],
                             supplier_id=self.supplier.id, note="补货")


def _next(kind: str) -> str:
    from storage.rules.numbering import next_number

    return next_number(kind)


# -- the kinds ---------------------------------------------------------------------------------

def _customer_archive(scene) -> str:
    scene.order  # one visit with its lines
    for i in range(scene.lines - 1):
        archive.create_vehicle(scene.advisor, scene.car.owner_id, plate=f"京A{10000 + i}", model_text="ID.4 CROZZ", colour="极地白")
    return str(scene.car.owner_id)


def _work_order(scene) -> str:
    return scene.order.number


def _settlement(scene) -> str:
    return scene.settlement.number


def _appointment(scene) -> str:
    from storage.reception import appointments

    start = (now() + dt.timedelta(days=2)).replace(hour=9, minute=0, second=0, microsecond=0)
    made = appointments.book(scene.advisor, vehicle_id=scene.car.id, starts_at=start, job_type="保养",
                             request=scene.text("预约内容")[:1000])
    return made.number


def _outbound(scene) -> str:
    from printing.outbound_slip import latest_number

    scene.order
    return latest_number()


def _receiving(scene) -> str:
    return scene.received["number"]


def _return(scene) -> str:
    from storage.parts import stock

    scene.received
    done = stock.return_to_supplier(scene.keeper, scene.supplier.id, [{"part": p.id, "quantity": "1"} for p in scene.parts(scene.lines)],
                                    reason="包装破损，退回供应商换货")
    return done["number"]


def _count(scene) -> str:
    from storage.parts import count

    if getattr(scene, "_count_number", None):
        return scene._count_number

    parts = scene.parts(scene.lines)
    scene.received
    started = count.start_count(scene.keeper, bins=sorted({p.bin.code for p in parts}))
    for p in parts[::2]:
        count.enter_count_by_number(scene.keeper, started.id, p.number, "2")
    scene._count_number = started.number
    return started.number


def _day(scene) -> str:
    scene.settlement
    return dt.date.today().isoformat()


def _follow_up_log(scene) -> str:
    from storage.care import follow_ups

    order = scene.order
    settled = scene.settlement  # noqa: F841
    from storage.reception import progress

    order = WorkOrder.get_by_id(order.id)
    progress.deliver(scene.advisor, order.id, order.version)
    planned = FollowUp.select().where(FollowUp.order == order.id).order_by(FollowUp.round).first()
    for i in range(scene.lines):
        if i:  # earlier visits of the car, handed back, each with its call (one per order and round)
            visit = WorkOrder.create(number=_next("work_order"), customer=order.customer_id, vehicle=order.vehicle_id,
                                     advisor=scene.advisor, job_type="保养", mileage=40000 - i * 100, status="已交车",
                                     delivered_at=now() - dt.timedelta(days=2), updated_by=scene.advisor.display_name)
        call = planned if i == 0 else FollowUp.create(order=visit.id, round=1, due_on=dt.date.today())
        FollowUp.update(due_on=dt.date.today()).where(FollowUp.id == call.id).execute()
        call = FollowUp.get_by_id(call.id)
        if i % 5 == 4:
            follow_ups.record_no_answer(scene.care, call.id, call.version)
        else:
            follow_ups.complete_call(scene.care, call.id, call.version,
                                     answers={"速度": 5, "价格": 3, "员工": 5, "质量": 4, "清洁": 5, "总体": 4},
                                     remark="希望工时费再优惠些，下次保养提前一天电话提醒" * (1 + i % 2))
    return dt.date.today().isoformat()


def _statistics(scene) -> str | None:
    scene.settlement
    return None


def _from_module(module: str):
    import importlib

    return lambda scene: importlib.import_module(module).sample(scene.lines)


SAMPLES = {
    "customer-archive": _customer_archive,
    "work-order": _work_order,
    "estimate": _work_order,
    "check-in": _work_order,
    "job-ticket": _work_order,
    "appointment": _appointment,
    "outbound-slip": _outbound,
    "receiving-slip": _receiving,
    "return-slip": _return,
    "count-sheet": _count,
    "count-variance": _count,
    "settlement": _settlement,
    "settlement-a5": _settlement,
    "receipt": _settlement,
    "release-notice": _settlement,
    "guarantee-card": _settlement,
    "day-end": _day,
    "completion-certificate": lambda scene: workshop.latest_certificate_number() if scene.order else None,
    "follow-up-log": _follow_up_log,
    "daily-statistics": _statistics,
    "weekly-statistics": _statistics,
    "monthly-statistics": _statistics,
    "appointment-register": _from_module("printing.appointment_register"),
    "letter-log": _from_module("printing.letter_log"),
    "complaint-handling": _from_module("printing.quick_handling"),
    "business-analysis": _from_module("printing.business_analysis"),
    "market-report": _from_module("printing.market_report"),
    "card-receipt": _from_module("printing.card_receipt"),
    "card-statement": _from_module("printing.card_statement"),
    "loaner-sheet": _from_module("printing.loaner_sheet"),
}

from tests.print_samples_issue18 import SAMPLES_ISSUE18  # noqa: E402 (the diagnosis report and its kin)

SAMPLES.update(SAMPLES_ISSUE18)
