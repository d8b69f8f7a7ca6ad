"""质量保证期: the completion guarantee a repair carries when the car leaves (竣工出厂质量保证期).

《机动车维修管理规定》(交通运输部; 2015 年修正本第三十七条, later renumbered) sets, for cars:
    整车修理 / 总成修理              20 000 km or 100 days
    二级维护                          5 000 km or  30 days
    一级维护 / 小修 / 专项修理        2 000 km or  10 days
"whichever comes first", counted from the day the car leaves after completion (竣工出厂之日).
A store may promise more (settings keys guarantee.*), never less: `period` enforces the floor
even if a stored setting says otherwise.

Day counting follows 民法典 第二百零一条 (the starting day is not counted): a car delivered on
1 March with 10 days is guaranteed to the end of 11 March. Kilometres count from the mileage at
delivery, inclusive: 2 000 km from 15 000 km covers up to and including 17 000 km.

Kind of repair from the work order (`suggest_kind`), set once where the work is known, at QC
(storage.workshop.qc.pass_qc stores it on WorkOrder.repair_kind); the completion certificate, the
settlement and the guarantee card all print that one value (`kind_of_order`). The cashier may raise
it; lowering it (a shorter guarantee) needs a 服务经理's approval with a reason (storage.cashier.settle).
    a labour line naming 整车大修 / 整车修理           -> 整车修理
    a labour line naming 大修 or 总成修理 (发动机大修), or replacing a
      major assembly whole (更换变速箱总成, 发动机总成)  -> 总成修理
    a labour line naming 二级维护 / 二级保养 / 二保     -> 二级维护
    a labour line naming 一级维护 / 一级保养 / 一保, a
      labour item of the 保养 system, or job type 保养  -> 一级维护 (routine service: oil, filters, checks)
    job type 事故车                                     -> 专项修理 (bodywork and paint are 专项 in the regulation)
    job type 返修 (comeback)                            -> the kind of the job it redoes, period restarted
    一般维修 / 保修索赔 / 内部                          -> 小修
The keyword rules only ever raise the kind (longer guarantee), so a wrong match errs in the
customer's favour.

Not guaranteed (seed 001 业务接待工作制度): parts the customer supplied, and aftermarket parts
fitted because the customer insisted on them. The labour fitting them stays guaranteed as
workmanship; only the part itself is excluded, and the card names it.
"""
import datetime as dt
from dataclasses import dataclass

import peewee

from storage.models import LabourItem, WorkOrder, WorkOrderLine
from storage.rules import settings
from storage.rules.errors import ValidationError
from storage.rules.orders import ACTIVE_LINE
from storage.rules.vocabulary import JobType, RepairClass

KINDS = tuple(RepairClass)
# Each kind shares its period with the others of its row in the regulation.
SETTING_FOR = {
    RepairClass.WHOLE_VEHICLE: "guarantee.整车修理",
    RepairClass.ASSEMBLY: "guarantee.整车修理",
    RepairClass.SECOND_LEVEL: "guarantee.二级维护",
    RepairClass.FIRST_LEVEL: "guarantee.一级维护",
    RepairClass.MINOR: "guarantee.一级维护",
    RepairClass.SPECIAL: "guarantee.一级维护",
}
JOB_TYPE_KIND = {
    JobType.MAINTENANCE: RepairClass.FIRST_LEVEL,
    JobType.GENERAL: RepairClass.MINOR,
    JobType.ACCIDENT: RepairClass.SPECIAL,
    JobType.WARRANTY: RepairClass.MINOR,
    JobType.COMEBACK: RepairClass.MINOR,
    JobType.INTERNAL: RepairClass.MINOR,
}
# Checked in this order; the first match wins (longest guarantee first). The everyday names at the
# counter (二级保养, 二保) are the regulation's 二级维护.
KEYWORDS = (
    (RepairClass.WHOLE_VEHICLE, ("整车大修", RepairClass.WHOLE_VEHICLE)),
    (RepairClass.ASSEMBLY, (RepairClass.ASSEMBLY, "大修")),
    (RepairClass.SECOND_LEVEL, (RepairClass.SECOND_LEVEL, "二级保养", "二保")),
    (RepairClass.FIRST_LEVEL, (RepairClass.FIRST_LEVEL, "一级保养", "一保")),
)
# A major assembly replaced whole (更换变速箱总成) is 总成修理; a 大灯总成 or 水泵总成 is not a major assembly.
MAJOR_ASSEMBLIES = ("发动机", "变速器", "变速箱", "驱动桥", "前桥", "后桥", "车架", "车身")
MAINTENANCE_SYSTEM = "保养"  # LabourItem.system of routine service items (一级维护)
CUSTOMER_SUPPLIED = "客户自带配件"
AFTERMARKET_INSISTED = "客户坚持使用副厂件"
REGULATION = "依据《机动车维修管理规定》竣工出厂质量保证期制度，行驶里程和日期以先达到者为准。"


@dataclass(frozen=True)
class Terms:
    """One car's guarantee: from the delivery day and mileage, to whichever limit comes first."""

    kind: str
    days: int
    km: int
    starts_on: dt.date
    ends_on: dt.date
    start_km: int
    end_km: int

    def covers(self, on: dt.date, km: int) -> bool:
        """Is a fault found on `on` at `km` still within the guarantee?"""
        return self.starts_on <= on <= self.ends_on and km <= self.end_km

    def describe(self) -> str:
        """The sentence the card prints."""
        return (
            f"{self.kind}：自 {self.starts_on:%Y年%m月%d日} 出厂起 {self.days} 日（至 {self.ends_on:%Y年%m月%d日}）"
            f"或行驶 {self.km:,} 公里（至里程表 {self.end_km:,} 公里），以先达到者为准。"
        )


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(f"未知的维修类别“{kind}”，应为：{'、'.join(KINDS)}。", field="repair_kind")
    return kind


def legal_minimum(kind: str) -> tuple[int, int]:
    days, km = settings.LEGAL_MINIMUM[SETTING_FOR[check_kind(kind)]]
    return int(days), int(km)


def period(kind: str) -> tuple[int, int]:
    """(days, km) the store grants for this kind: its setting, never below the legal minimum."""
    min_days, min_km = legal_minimum(kind)
    days, km = settings.get(SETTING_FOR[kind])
    return max(int(days), min_days), max(int(km), min_km)


def terms(kind: str, delivered_on: dt.date, mileage: int, *, granted: tuple[int, int] | None = None) -> Terms:
    """The guarantee of a car delivered on `delivered_on` at `mileage` km. `granted` skips the
    settings lookup (callers that already hold the period)."""
    days, km = granted or period(kind)
    if mileage < 0:
        raise ValidationError("出厂里程不能为负数。", field="mileage")
    return Terms(
        kind=kind,
        days=days,
        km=km,
        starts_on=delivered_on,
        ends_on=delivered_on + dt.timedelta(days=days),
        start_km=mileage,
        end_km=mileage + km,
    )


def suggest_kind(job_type: str, labour_descriptions=(), *, redone_kind: str | None = None, systems=()) -> str:
    """The kind of repair a work order most likely is (see the module docstring for the rules).
    `systems`: the repair systems (LabourItem.system) of its labour lines."""
    names = list(labour_descriptions)
    text = " ".join(names)
    for kind, words in KEYWORDS[:2]:
        if any(word in text for word in words):
            return kind
    if any("总成" in name and any(a + "总成" in name for a in MAJOR_ASSEMBLIES) for name in names):
        return RepairClass.ASSEMBLY
    for kind, words in KEYWORDS[2:]:
        if any(word in text for word in words):
            return kind
    if job_type == JobType.COMEBACK and redone_kind in KINDS:
        return redone_kind
    if MAINTENANCE_SYSTEM in systems:
        return RepairClass.FIRST_LEVEL
    return JOB_TYPE_KIND.get(job_type, RepairClass.MINOR)


def shorter(kind: str, than: str) -> bool:
    """Does `kind` carry a shorter guarantee than `than` (the stores' own periods, never below the law)?"""
    return period(kind) < period(than)


def order_kind(order, *, stored: bool = True) -> str:
    """The kind of repair of a work order: the one stored at QC (or at settlement), else (or with
    stored=False, at QC) worked out from its labour lines and their repair systems."""
    if stored and order.repair_kind:
        return order.repair_kind

    rows = list(WorkOrderLine.select(WorkOrderLine.description, LabourItem.system)
                .join(LabourItem, peewee.JOIN.LEFT_OUTER, on=(WorkOrderLine.labour == LabourItem.id))
                .where((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时") & ACTIVE_LINE).tuples())
    redone = None
    if order.job_type == JobType.COMEBACK and order.comeback_of_id:
        original = WorkOrder.get_or_none(WorkOrder.id == order.comeback_of_id)
        redone = order_kind(original) if original is not None else None
    return suggest_kind(order.job_type, [d for d, _ in rows], redone_kind=redone, systems={s for _, s in rows if s})


def line_guarantee(kind: str, *, supplied_by_customer: bool, genuine: bool, aftermarket_insisted: bool) -> tuple[bool, str]:
    """(guaranteed, why not) for one charged line of kind 工时/材料/其他."""
    if kind != "材料":
        return True, ""
    if supplied_by_customer:
        return False, CUSTOMER_SUPPLIED
    if not genuine and aftermarket_insisted:
        return False, AFTERMARKET_INSISTED
    return True, ""
