"""The World the roles test builds its records in: whatever an action needs, built on first use
through the storage actions (as the manager, who may do nearly everything), so each test of
tests/reliability/test_roles.py builds only its own few records."""
import datetime as dt
import itertools
from decimal import Decimal
from functools import cached_property

from storage import cashier, reports, workshop
from storage.care import claims, complaints
from storage.models import (
    AddedWork, Appointment, Approval, FollowUp, Receivable, Settlement, StockCountLine, Suggestion, User, WorkOrderLine,
    now,
)
from storage.parts import catalogue
from storage.parts import count as stock_count
from storage.parts import purchasing, stock
from storage.plumbing.db import transaction
from storage.reception import appointments, archive, checkin, estimate, packages, progress
from storage.reports import periods
from storage.rules import auth
from tests.factories import PASSWORD, add_part_line, make_order, order_ready_to_settle

TOMORROW_NOON = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(12, 0))
CLAIM_LINES = (("工时", "更换水泵", "1.5", "120.00", "厂家索赔"), ("材料", "水泵总成", "1", "560.00", "厂家索赔"),
               ("材料", "冷却液", "2", "45.00"))


def v(row):
    """The version a station holds: read now, as the window shows it."""
    return type(row).get_by_id(row.id).version


class World:
    """Records for the actions, built lazily: each property makes its record once per test."""

    def __init__(self, users, tmp_path):
        self.users, self.tmp_path = users, tmp_path
        self.manager = users[auth.MANAGER]
        self.serial = itertools.count(1)
        self.approvals = {}

    def n(self) -> int:
        return next(self.serial)

    def approver(self, purpose: str):
        """A manager's one-use approval for `purpose`, typed at this station (as the approval dialogs
        ask); the same one until an action uses it up, so a refused call saves nothing new."""
        held = self.approvals.get(purpose)
        if held is None or Approval.get_by_id(held.id).used_at is not None:
            held = self.approvals[purpose] = auth.approve(self.manager.username, PASSWORD, purpose)
        return held

    @staticmethod
    def fresh(row):
        return type(row).get_by_id(row.id)

    # -- archive ---------------------------------------------------------------------------------
    @cached_property
    def customer(self):
        return archive.create_customer(self.manager, name="角色测试客户", phone="13900001111")

    @cached_property
    def vehicle(self):
        return archive.create_vehicle(self.manager, self.customer.id, plate="京R00001")

    def new_vehicle(self):
        return archive.create_vehicle(self.manager, self.customer.id, plate=f"京R{10000 + self.n()}")

    @cached_property
    def free_vehicle(self):
        """A car with no open order (check-in, booking)."""
        return self.new_vehicle()

    @cached_property
    def new_owner(self):
        return archive.create_customer(self.manager, name="新车主", phone="13700001234")

    # -- orders in every state ---------------------------------------------------------------------
    def check_in(self, vehicle=None):
        vehicle = vehicle or self.new_vehicle()
        return checkin.check_in(self.manager, vehicle_id=vehicle.id, mileage=1000 + self.n(), fuel_level=50,
                                key_number=f"K{self.n()}")

    def priced(self):
        """A draft estimated by item (项目定价), so a whole-item price is allowed on it."""
        order = self.check_in()
        order = checkin.set_terms(self.manager, order.id, order.version, estimate_mode="项目定价")
        return estimate.add_priced_item(self.manager, order.id, order.version, "检查异响", "100.00").order

    @cached_property
    def draft(self):
        return self.priced()

    @cached_property
    def draft_line(self):
        return WorkOrderLine.select().where(WorkOrderLine.order == self.draft.id).first()

    @cached_property
    def ready_to_sign(self):
        order = self.priced()
        return checkin.set_terms(self.manager, order.id, order.version, promised_at=TOMORROW_NOON)

    @cached_property
    def signed(self):
        order = self.ready_to_sign
        return checkin.sign_estimate(self.manager, order.id, order.version)

    @cached_property
    def shop(self):
        team = workshop.create_team(self.manager, "机修一组")
        return {"team": team, "tech": workshop.create_technician(self.manager, "张师傅", team.id),
                "tech2": workshop.create_technician(self.manager, "李师傅", team.id),
                "bay": workshop.create_bay(self.manager, "A1"), "bay2": workshop.create_bay(self.manager, "A2")}

    @cached_property
    def received(self):
        order = make_order(self.manager, vehicle=self.new_vehicle(), status="待派工",
                           lines=(("工时", "更换机油机滤", "0.5", "120.00"),))
        return workshop.receive_car(self.manager, order.id, order.version)

    def labour_lines(self, order):
        return list(WorkOrderLine.select().where((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时")))

    @cached_property
    def dispatched(self):
        order = self.received
        items = [{"line": ln.id, "technician": self.shop["tech"].id, "bay": self.shop["bay"].id}
                 for ln in self.labour_lines(order)]
        return workshop.dispatch(self.manager, order.id, self.fresh(order).version, items)

    @cached_property
    def in_work(self):
        order = self.dispatched
        for line in self.labour_lines(order):
            workshop.start_line(self.manager, line.id, self.fresh(line).version)
        return self.fresh(order)

    @cached_property
    def in_work_line(self):
        return self.labour_lines(self.in_work)[0]

    @cached_property
    def finished_lines(self):
        """An order in 维修中 whose lines are all done (報检 by hand is left to do)."""
        order = make_order(self.manager, vehicle=self.new_vehicle(), status="维修中",
                           lines=(("工时", "更换机油机滤", "0.5", "120.00"),))
        WorkOrderLine.update(status="完工").where(WorkOrderLine.order == order.id).execute()
        return self.fresh(order)

    @cached_property
    def in_qc(self):
        order = make_order(self.manager, vehicle=self.new_vehicle(), status="质检")
        WorkOrderLine.update(status="完工").where(WorkOrderLine.order == order.id).execute()
        return order

    @cached_property
    def added_work(self):
        order = self.in_work
        return workshop.raise_added_work(self.manager, order.id, self.fresh(order).version, "刹车片磨损",
                                         labour=[{"description": "更换刹车片", "hours": "1.0"}])

    @cached_property
    def answered(self):
        """An order waiting for the customer whose answer reception has just written."""
        work = self.added_work
        AddedWork.update(answer="同意", answered_by="客户本人", answer_via="电话", answer_at=now(),
                         recorded_by=self.manager.id, version=AddedWork.version + 1).where(AddedWork.id == work.id).execute()
        WorkOrderLine.update(status="待派工").where(WorkOrderLine.added_work == work.id).execute()
        return self.fresh(work.order)

    @cached_property
    def done(self):
        return order_ready_to_settle(self.manager, vehicle=self.new_vehicle())

    @cached_property
    def settlement(self):
        order = order_ready_to_settle(self.manager, vehicle=self.new_vehicle())
        return cashier.settle(self.manager, order.id, order.version,
                              payments=[("现金", cashier.preview(order.id).customer_due)])

    @cached_property
    def receivable(self):
        order = order_ready_to_settle(self.manager, vehicle=self.new_vehicle(), insurer="中国人保", claim_number="RB-001",
                            lines=(("工时", "钣金修复", "2", "200.00", "保险公司"), ("其他", "洗车", "1", "30.00")))
        cashier.settle(self.manager, order.id, order.version, payments=[("现金", cashier.preview(order.id).customer_due)])
        return Receivable.get(Receivable.settlement == Settlement.get(Settlement.order == order.id).id)

    @cached_property
    def settled(self):
        return self.fresh(self.settlement.order)

    @cached_property
    def delivered(self):
        order = self.settled
        return progress.deliver(self.manager, order.id, order.version)

    @cached_property
    def suggestion(self):
        return Suggestion.create(vehicle=self.draft.vehicle_id, description="空调清洗（上次未做）")

    # -- warehouse ---------------------------------------------------------------------------------
    def new_part(self, **extra):
        n = self.n()
        return catalogue.create_part(self.manager, number=f"RP-{n:03d}", name=f"备件{n}", price="68.00", **extra)

    @cached_property
    def part(self):
        part = self.new_part(safety_stock="5")
        stock.receive(self.manager, [{"part": part.id, "quantity": "20", "unit_cost": "40.00"}])
        return self.fresh(part)

    @cached_property
    def low_part(self):
        return self.new_part(safety_stock="5")

    @cached_property
    def supplier(self):
        return catalogue.create_supplier(self.manager, f"供应商{self.n()}")

    @cached_property
    def linked_part(self):
        catalogue.set_part_supplier(self.manager, self.part.id, self.supplier.id, supplier_number="S-1")
        return self.part

    @cached_property
    def purchase(self):
        return purchasing.create_purchase_order(self.manager, self.supplier.id, [{"part": self.part.id, "quantity": "5"}])

    @cached_property
    def placed(self):
        po = self.purchase
        return purchasing.place_order(self.manager, po.id, po.version)

    @cached_property
    def part_order(self):
        """An order in work with a line for a part in stock."""
        order = make_order(self.manager, vehicle=self.new_vehicle(), status="维修中")
        return order, add_part_line(order, self.part, "4")

    @cached_property
    def issued(self):
        order, line = self.part_order
        stock.issue(self.manager, order.id, [{"line": line.id, "quantity": "4"}])
        return order, line

    @cached_property
    def count(self):
        return stock_count.start_count(self.manager, part_ids=[self.part.id])

    @cached_property
    def count_line(self):
        return StockCountLine.get(StockCountLine.count == self.count.id)

    @cached_property
    def submitted(self):
        sheet = stock_count.start_count(self.manager, part_ids=[self.new_part().id])
        line = StockCountLine.get(StockCountLine.count == sheet.id)
        stock_count.enter_count(self.manager, line.id, "0")
        return stock_count.submit_count(self.manager, sheet.id, self.fresh(sheet).version)

    @cached_property
    def uncounted_part(self):
        return self.new_part()

    @cached_property
    def counted(self):
        stock_count.enter_count(self.manager, self.count_line.id, "20")
        return self.count

    @cached_property
    def clocked_on(self):
        workshop.clock_on(self.manager, self.shop["tech"].id, self.in_work_line.id)
        return self.shop["tech"]

    @cached_property
    def import_file(self):
        path = self.tmp_path / "parts.csv"
        path.write_text("零件号,名称,零售价\nIMP-001,导入备件,12.50\n", "utf-8")
        return path

    # -- 开账 (issue 16 item 3) -----------------------------------------------------------------------
    @cached_property
    def opening_pending(self):
        """A part with a pending opening count, waiting for the manager's approval."""
        from storage.parts import opening

        part = self.new_part()
        with transaction():
            opening.stage(self.manager, part.id, Decimal(3), Decimal("12.5"), "角色测试", now())
        return part

    @cached_property
    def opening_receivable_row(self):
        from storage.golive.kinds import receivables

        return receivables.check({"debtor": "角色测试欠款单位", "amount": "300", "date": "2026-01-05", "old_number": "OLD-1"}, {})

    @cached_property
    def member_balance_row(self):
        from storage.golive.kinds import balances

        self.customer  # noqa: B018 (made here, before the call that must change nothing)
        return balances.check({"phone": "13900001111", "balance": "200"}, {})

    # -- 系统管理 ----------------------------------------------------------------------------------------
    @cached_property
    def vehicle_model(self):
        from storage.admin import vehicles

        return vehicles.save_vehicle_model(self.manager, brand="一汽-大众", name="角色测试车型")

    @cached_property
    def vin_prefix(self):
        from storage.admin import vehicles

        return vehicles.save_vin_prefix(self.manager, "LFV2A2", self.vehicle_model.id)

    @cached_property
    def labour_file(self):
        path = self.tmp_path / "labour.csv"
        path.write_text("工时代码,项目名称,标准工时\nIMP-L1,导入工时,0.8\n", "utf-8")
        return path

    # -- reception extras --------------------------------------------------------------------------
    @cached_property
    def labour_item(self):
        return packages.save_labour_item(self.manager, code="BY-001", name="更换机油机滤", hours="0.5")

    @cached_property
    def package(self):
        return packages.define_package(self.manager, name="保养套餐", interval_km=10000,
                                       items=[{"labour": self.labour_item.id}])

    @cached_property
    def appointment(self):
        starts = dt.datetime.combine(dt.date.today() + dt.timedelta(days=2), dt.time(10, 0))
        return appointments.book(self.manager, vehicle_id=self.vehicle.id, starts_at=starts, parts_value="800.00")

    @cached_property
    def missed(self):
        """An appointment whose time has passed."""
        return Appointment.create(number=f"YY-{self.n()}", customer=self.customer.id, vehicle=self.new_vehicle().id,
                                  advisor=self.manager, starts_at=now() - dt.timedelta(hours=3),
                                  ends_at=now() - dt.timedelta(hours=2))

    @cached_property
    def locked_user(self):
        user = auth.create_user(self.manager, "locked1", "被锁用户", auth.CARE, PASSWORD)
        User.update(failed_logins=5, locked_until=now() + dt.timedelta(minutes=15)).where(User.id == user.id).execute()
        return self.fresh(user)

    # -- care, claims, credit, reports ------------------------------------------------------------
    @cached_property
    def company(self):
        return archive.create_customer(self.manager, name="华信物流有限公司", phone="010-88886666", kind="单位")

    @cached_property
    def claim_order(self):
        return order_ready_to_settle(self.manager, vehicle=self.new_vehicle(), job_type="保修索赔", lines=CLAIM_LINES)

    @cached_property
    def opened_claims(self):
        return claims.open_claims(self.manager, self.claim_order.id, fault="水泵漏水")

    def submitted_claim(self, which: int):
        claim = self.fresh(self.opened_claims[which])
        if claim.status == "待提交":
            claim = claims.submit(self.manager, claim.id, v(claim), fault="水泵漏水")
        return claim

    @cached_property
    def approved_claim(self):
        assert self.opened_claims  # before the settlement: its receivable carries the claim numbers
        order = self.fresh(self.claim_order)
        due = cashier.preview(order.id).customer_due
        cashier.settle(self.manager, order.id, order.version, payments=[("现金", due)] if due else [])
        claim = self.submitted_claim(0)
        return claims.approve(self.manager, claim.id, v(claim))

    @cached_property
    def complaint(self):
        return complaints.raise_complaint(self.manager, customer_id=self.customer.id, description="交车晚了两小时",
                                          source="电话")

    @cached_property
    def answered_complaint(self):
        complaint = complaints.raise_complaint(self.manager, customer_id=self.customer.id, description="洗车不干净",
                                               source="前台")
        return complaints.answer(self.manager, complaint.id, complaint.version, text="已重新清洗", verdict="满意")

    @cached_property
    def insured(self):
        """A car whose insurance runs out in ten days."""
        car = self.new_vehicle()
        return archive.update_vehicle(self.manager, car.id, car.version,
                                      insurance_due=dt.date.today() + dt.timedelta(days=10))

    @cached_property
    def follow_up(self):
        return FollowUp.select().where(FollowUp.order == self.delivered.id).order_by(FollowUp.round).first()

    @cached_property
    def report(self):
        return reports.report(self.manager, periods.day(dt.date.today()))
