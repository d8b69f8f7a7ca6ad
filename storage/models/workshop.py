"""The workshop side: labour catalogue, teams and bays, appointments, work orders and their lines,
added work, quality checks and the technicians' clock."""
from decimal import Decimal

import peewee

from storage.models.base import BaseModel, FixedPointField, MoneyField, QuantityField, VersionedModel, now
from storage.models.customers import Customer, Vehicle, VehicleModel
from storage.models.parts import Part
from storage.models.people import User
from storage.rules.vocabulary import (
    AddedWorkAnswer, AppointmentStatus, JobType, LineStatus, OrderStatus, PartsQuality, Payer,
)

# 配件类别 the customer chooses. 机动车维修管理规定 asks 原厂配件, 同质配件 and 修复配件 to be labelled and
# priced apart for the customer to choose (as issue 17 reports it: the article's current text was not
# found in the sources available here; 机动车维修管理条例 paraphrased: "委托人和维修经营者可以使用同质零件维修
# 机动车"); 副厂 is the store's word for other aftermarket parts.
PARTS_QUALITY = tuple(PartsQuality)
JOB_TYPES = tuple(JobType)
ORDER_STATES = tuple(OrderStatus)  # storage.rules.vocabulary says what each means
PAYERS = tuple(Payer)


class Team(BaseModel):
    name = peewee.CharField(max_length=32, unique=True)
    leader = peewee.CharField(max_length=32, default="")
    active = peewee.BooleanField(default=True)


class Technician(BaseModel):
    name = peewee.CharField(max_length=32)
    team = peewee.ForeignKeyField(Team, backref="technicians", on_delete="RESTRICT")
    user = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    grade = peewee.CharField(max_length=16, default="")  # 初级 中级 高级 技师
    hours_per_day = FixedPointField(scale=2, default=Decimal("8.00"))
    active = peewee.BooleanField(default=True)


class Bay(BaseModel):
    """A workshop bay (工位); one car at a time."""

    name = peewee.CharField(max_length=16, unique=True)
    kind = peewee.CharField(max_length=16, default="机修")  # 机修 钣金 喷漆 快保 洗车
    active = peewee.BooleanField(default=True)


class LabourItem(BaseModel):
    """One entry of the labour-time table (工时定额): standard hours; price = hours × store rate."""

    code = peewee.CharField(max_length=24, unique=True)
    name = peewee.CharField(max_length=100, index=True)
    system = peewee.CharField(max_length=24, default="")  # 发动机 底盘 电气 车身 ...
    hours = FixedPointField(scale=2)
    model = peewee.ForeignKeyField(VehicleModel, null=True, on_delete="SET NULL")
    active = peewee.BooleanField(default=True)
    # Instead of one model, a model group (VehicleModel.group, 车系): the entry fits every model in it.
    model_group = peewee.CharField(max_length=32, default="")


class ServicePackage(BaseModel):
    """A maintenance package (保养套餐), e.g. the 10,000 km service of one model."""

    name = peewee.CharField(max_length=64)
    model = peewee.ForeignKeyField(VehicleModel, null=True, backref="packages", on_delete="CASCADE")
    interval_km = peewee.IntegerField(default=0)
    active = peewee.BooleanField(default=True)


class ServicePackageItem(BaseModel):
    package = peewee.ForeignKeyField(ServicePackage, backref="items", on_delete="CASCADE")
    labour = peewee.ForeignKeyField(LabourItem, null=True, on_delete="RESTRICT")
    part = peewee.ForeignKeyField(Part, null=True, on_delete="RESTRICT")
    quantity = QuantityField()


class Appointment(VersionedModel):
    LABEL = "预约"
    number = peewee.CharField(max_length=20, unique=True)
    customer = peewee.ForeignKeyField(Customer, backref="appointments", on_delete="RESTRICT")
    vehicle = peewee.ForeignKeyField(Vehicle, backref="appointments", on_delete="RESTRICT")
    advisor = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    bay = peewee.ForeignKeyField(Bay, null=True, on_delete="SET NULL")
    starts_at = peewee.DateTimeField(index=True)
    ends_at = peewee.DateTimeField()
    job_type = peewee.CharField(max_length=8, default=JobType.MAINTENANCE)
    request = peewee.TextField(default="")
    status = peewee.CharField(max_length=8, default=AppointmentStatus.BOOKED)  # 已预约 已到店 已取消 未到
    reminded_at = peewee.DateTimeField(null=True)
    # Costly parts to prepare for the visit; the deposit is at least half their value (seed 001).
    parts_note = peewee.TextField(default="")
    parts_value = MoneyField()
    deposit = MoneyField()
    created_at = peewee.DateTimeField(default=now)


class WorkOrder(VersionedModel):
    """进厂维修单 / 任务委托书: the car's stay in the workshop, from check-in to delivery."""

    LABEL = "工单"
    number = peewee.CharField(max_length=20, unique=True)
    customer = peewee.ForeignKeyField(Customer, backref="orders", on_delete="RESTRICT")
    vehicle = peewee.ForeignKeyField(Vehicle, backref="orders", on_delete="RESTRICT")
    advisor = peewee.ForeignKeyField(User, backref="orders", on_delete="RESTRICT")
    appointment = peewee.ForeignKeyField(Appointment, null=True, on_delete="SET NULL")
    comeback_of = peewee.ForeignKeyField("self", null=True, backref="comebacks", on_delete="SET NULL")
    job_type = peewee.CharField(max_length=8, default=JobType.GENERAL, index=True)
    status = peewee.CharField(max_length=8, default=OrderStatus.DRAFT, index=True)
    estimate_mode = peewee.CharField(max_length=8, default="项目定价")  # 系统估价 现象估价 项目定价
    # Check-in (接车)
    mileage = peewee.IntegerField(default=0)
    fuel_level = peewee.IntegerField(default=50)  # percent
    key_number = peewee.CharField(max_length=8, default="")
    # 送修人: who brought the car in when it is not the owner (a driver, a relative), and a phone to reach them.
    brought_by = peewee.CharField(max_length=32, default="")
    brought_by_phone = peewee.CharField(max_length=20, default="")
    belongings = peewee.TextField(default="")  # JSON list of (item, count)
    damage = peewee.TextField(default="")  # JSON list of marks on the outline: {x, y, kind, note}
    customer_words = peewee.TextField(default="")
    findings = peewee.TextField(default="")
    # Agreement
    parts_by_customer = peewee.BooleanField(default=False)
    aftermarket_insisted = peewee.BooleanField(default=False)
    # Old parts go back to the customer unless they say otherwise (parts a warranty claim keeps excepted).
    return_old_parts = peewee.BooleanField(default=True)
    # The class of parts the customer chose (PARTS_QUALITY): 原厂 / 同质 / 修复 / 副厂.
    parts_quality = peewee.CharField(max_length=4, default=PartsQuality.GENUINE)
    wash = peewee.BooleanField(default=True)
    promised_at = peewee.DateTimeField(null=True, index=True)
    estimate_total = MoneyField()
    signed_estimate = MoneyField()  # the estimate the customer signed; added work moves estimate_total on
    opened_at = peewee.DateTimeField(default=now, index=True)
    signed_at = peewee.DateTimeField(null=True)
    handed_over_at = peewee.DateTimeField(null=True, index=True)  # to the workshop, to 10 minutes
    handed_over_to = peewee.CharField(max_length=32, default="")
    finished_at = peewee.DateTimeField(null=True)
    qc_passed_at = peewee.DateTimeField(null=True, index=True)  # cars out of the workshop, per day
    settled_at = peewee.DateTimeField(null=True)
    delivered_at = peewee.DateTimeField(null=True, index=True)
    bay = peewee.ForeignKeyField(Bay, null=True, on_delete="SET NULL")
    insurer = peewee.CharField(max_length=64, default="")
    claim_number = peewee.CharField(max_length=40, default="")
    # 三包: the statutory faults found on this car (storage.care.sanbao.FAULTS, "、"-joined), as the
    # technician or advisor recorded them; they decide 第二十三条 and 第二十四条第一款第一项.
    sanbao_faults = peewee.CharField(max_length=64, default="")
    # 第二十一条: the spare car or transport allowance given from day 6 of a repair in the 包修期
    # (storage.care.sanbao.record_mobility), "备用车：京A…（自…起）"; printed on the repair record.
    mobility = peewee.CharField(max_length=120, default="")
    # The kind of repair for the completion guarantee (storage.rules.guarantee.KINDS), set at QC; the
    # certificate, the settlement and the card print this one value. Lowered only with approval.
    repair_kind = peewee.CharField(max_length=8, default="")
    mileage_out = peewee.IntegerField(null=True)  # 出厂里程: the guarantee's kilometres count from it
    note = peewee.TextField(default="")
    # Reception's follow-through (seed 001): progress asked at 70-80 % of the time, a delay announced
    # early with its reason, the customer called to collect, and walked to the cashier.
    progress_checked_at = peewee.DateTimeField(null=True)
    delay_reason = peewee.CharField(max_length=200, default="")
    delay_notified_at = peewee.DateTimeField(null=True)
    customer_notified_at = peewee.DateTimeField(null=True)
    cashier_handover_at = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("status", "promised_at"), False), (("vehicle", "opened_at"), False))

    def label(self) -> str:
        return f"工单 {self.number}"


class AddedWork(VersionedModel):
    """维修追加项目单: work found on the car, waiting for the customer's yes or no."""

    LABEL = "追加项目"
    order = peewee.ForeignKeyField(WorkOrder, backref="added_work", on_delete="CASCADE")
    description = peewee.TextField()
    raised_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    raised_at = peewee.DateTimeField(default=now)
    delay_minutes = peewee.IntegerField(default=0)
    answer = peewee.CharField(max_length=4, default=AddedWorkAnswer.PENDING, index=True)  # 待答复 同意 拒绝
    answered_by = peewee.CharField(max_length=32, default="")  # the customer's side: who said it
    answer_via = peewee.CharField(max_length=8, default="")  # 电话 当面 微信
    answer_at = peewee.DateTimeField(null=True)
    recorded_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    told_workshop_to = peewee.CharField(max_length=32, default="")


class WorkOrderLine(VersionedModel):
    LABEL = "工单明细"
    order = peewee.ForeignKeyField(WorkOrder, backref="lines", on_delete="CASCADE")
    kind = peewee.CharField(max_length=4)  # 工时 材料 其他
    position = peewee.IntegerField(default=0)
    labour = peewee.ForeignKeyField(LabourItem, null=True, on_delete="RESTRICT")
    part = peewee.ForeignKeyField(Part, null=True, backref="order_lines", on_delete="RESTRICT")
    description = peewee.CharField(max_length=200)
    quantity = QuantityField()  # hours for labour, units for parts
    unit_price = MoneyField()
    amount = MoneyField()
    discount = MoneyField()
    payer = peewee.CharField(max_length=8, default=Payer.CUSTOMER)
    supplied_by_customer = peewee.BooleanField(default=False)
    genuine = peewee.BooleanField(default=True)
    to_order = peewee.BooleanField(default=False)  # part not in stock when the line was written
    added_work = peewee.ForeignKeyField(AddedWork, null=True, backref="lines", on_delete="CASCADE")
    status = peewee.CharField(max_length=8, default=LineStatus.AWAITING_DISPATCH, index=True)  # 待确认 待派工 维修中 暂停 完工 已取消
    pause_reason = peewee.CharField(max_length=64, default="")
    team = peewee.ForeignKeyField(Team, null=True, on_delete="SET NULL")
    technician = peewee.ForeignKeyField(Technician, null=True, on_delete="SET NULL")
    bay = peewee.ForeignKeyField(Bay, null=True, on_delete="SET NULL")
    issued = QuantityField()  # parts issued from the warehouse so far
    dispatched_at = peewee.DateTimeField(null=True)  # 派工: when and by whom (the job ticket shows it)
    dispatched_by = peewee.CharField(max_length=32, default="")
    started_at = peewee.DateTimeField(null=True)
    finished_at = peewee.DateTimeField(null=True, index=True)  # lines finished per day and team


class StatusChange(BaseModel):
    order = peewee.ForeignKeyField(WorkOrder, backref="history", on_delete="CASCADE")
    from_status = peewee.CharField(max_length=8)
    to_status = peewee.CharField(max_length=8)
    at = peewee.DateTimeField(default=now)
    user = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    note = peewee.CharField(max_length=200, default="")


class Suggestion(BaseModel):
    """建议项目表: work the customer declined, kept for the next visit."""

    vehicle = peewee.ForeignKeyField(Vehicle, backref="suggestions", on_delete="CASCADE")
    order = peewee.ForeignKeyField(WorkOrder, null=True, on_delete="SET NULL")
    description = peewee.TextField()
    created_at = peewee.DateTimeField(default=now)
    done_in = peewee.ForeignKeyField(WorkOrder, null=True, backref="+", on_delete="SET NULL")


class QualityCheck(BaseModel):
    """质检: a pass signs the completion certificate; a fail sends the order back to rework."""

    order = peewee.ForeignKeyField(WorkOrder, backref="quality_checks", on_delete="CASCADE")
    inspector = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    at = peewee.DateTimeField(default=now, index=True)
    passed = peewee.BooleanField()
    checklist = peewee.TextField(default="")  # JSON {item: ok}
    reason = peewee.TextField(default="")
    certificate_number = peewee.CharField(max_length=20, default="")


class Clocking(BaseModel):
    """A technician's time on a line: clock on, clock off."""

    line = peewee.ForeignKeyField(WorkOrderLine, backref="clockings", on_delete="CASCADE")
    technician = peewee.ForeignKeyField(Technician, backref="clockings", on_delete="RESTRICT")
    started_at = peewee.DateTimeField(default=now, index=True)
    ended_at = peewee.DateTimeField(null=True)


class Diagnosis(VersionedModel):
    """汽车检测诊断报告单 (seed 001): what was tested and found on the car, the conclusion and the advice,
    the diagnosis fee, and — when the customer takes the car away unrepaired — the release."""

    LABEL = "检测诊断"
    order = peewee.ForeignKeyField(WorkOrder, backref="diagnoses", unique=True, on_delete="CASCADE")
    items = peewee.TextField(default="")  # JSON list of [检测项目, 检测结果]
    conclusion = peewee.TextField(default="")  # 诊断结论: where the fault is
    advice = peewee.TextField(default="")  # 维修建议, with the estimate in words
    technician = peewee.CharField(max_length=32, default="")  # 检测技师 (may be a technician without an account)
    fee = MoneyField()  # 诊断费 charged if the car leaves unrepaired
    diagnosed_by = peewee.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    diagnosed_at = peewee.DateTimeField(default=now)
    outcome = peewee.CharField(max_length=8, default="")  # "" (open) / 未修放行
    fee_line = peewee.ForeignKeyField(WorkOrderLine, null=True, on_delete="SET NULL", backref="+")
    released_at = peewee.DateTimeField(null=True)
    release_reason = peewee.CharField(max_length=200, default="")


class ProcessCheck(BaseModel):
    """过程检验单 (seed 003, 质检员): one item checked while the work is under way — on a job line or
    the order as a whole — with the result, what must be put right, the inspector and the time."""

    order = peewee.ForeignKeyField(WorkOrder, backref="process_checks", on_delete="CASCADE")
    line = peewee.ForeignKeyField(WorkOrderLine, null=True, on_delete="SET NULL", backref="+")
    item = peewee.CharField(max_length=100)
    result = peewee.CharField(max_length=4)  # 合格 不合格 不适用
    note = peewee.CharField(max_length=200, default="")
    inspector = peewee.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    at = peewee.DateTimeField(default=now, index=True)
