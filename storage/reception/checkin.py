"""业务接待 Reception: the car's check-in (接车单) and the work order agreed with the customer
(进厂维修单 / 任务委托书 and its 维修估价单), up to the signature that sends it to the workshop.
Seeds 001 (业务接待工作制度) and 003 (服务顾问工作流程) describe the steps.

Every action takes the acting user first, checks the permission, runs in one transaction, bumps
the order's version (a stale copy is refused, naming who changed it) and audits what it changed.
The estimate's lines are written while the order is a draft (storage.reception.estimate); after the
signature, work is added only as 追加项目 (raised by the workshop, answered at reception:
storage.reception.progress), or the signature is withdrawn with reopen_order.

API — check-in and the order's terms
    check_in(user, *, vehicle_id=None, appointment_id=None, mileage, fuel_level, key_number,
             belongings=(), damage=(), customer_words="", findings="", job_type=None,
             advisor_id=None, override_by=None, confirm_jump=False) -> WorkOrder
        A walk-in (vehicle_id) or an appointment (appointment_id) in one action. Mileage below the
        last reading raises mileage.MileageBelowLast unless override_by is a manager's one-use approval
        (storage.rules.auth.approve(username, password, "mileage", for_user=user)); an implausible jump raises mileage.MileageJump until
        confirm_jump=True. Both are ValidationErrors whose `needs` names the argument to add.
    open_comeback(user, original_order_id, **check_in_fields) -> WorkOrder    返修, linked to the original
    open_order_of(vehicle_id) -> WorkOrder | None
    update_check_in(user, order_id, version, **fields) -> WorkOrder    draft only; mileage too
    set_terms(user, order_id, version, **terms) -> WorkOrder
        job_type, estimate_mode, parts_by_customer, aftermarket_insisted, return_old_parts, wash,
        promised_at, insurer, claim_number, note
    take_up_suggestion(user, order_id, version, suggestion_id) -> WorkOrder   建议项目 done this time
API — the signature
    sign_estimate(user, order_id, version) -> WorkOrder      草稿 → 待派工 (the customer signed)
    reopen_order(user, order_id, version, reason) -> WorkOrder   待派工 → 草稿, before the workshop took it
    cancel_order(user, order_id, version, reason) -> WorkOrder   before work starts, no parts issued
Elsewhere: the lines in storage.reception.estimate; appointments in storage.reception.appointments; added-work answers,
progress, collection and the day's figures in storage.reception.progress; packages in
storage.reception.packages; mileage sanity in storage.reception.mileage; the look-up in storage.reception.search; what the
screens and printed documents show in storage.reception.documents.
"""
import datetime as dt
import json
import re

from storage.models import (
    JOB_TYPES, ORDER_STATES, PARTS_QUALITY, Appointment, MileageReading, Suggestion, User, Vehicle, WorkOrder,
    WorkOrderLine, now, summed,
)
from storage.plumbing import changes, daily
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.reception import mileage as odometer
from storage.reception.estimate import draft_order
from storage.rules import orders
from storage.rules.auth import ADVISOR, MANAGER, require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO
from storage.rules.numbering import next_number
from storage.rules.validation import clean_text, normalize_phone
from storage.rules.vocabulary import AppointmentStatus, JobType, OrderStatus, Payer

ESTIMATE_MODES = ("系统估价", "现象估价", "项目定价")
DAMAGE_KINDS = ("划痕", "凹陷", "破损", "掉漆", "裂纹", "锈蚀", "其他")
KEY_NUMBER = re.compile(r"^[A-Z0-9\-]{1,8}$")
CLOSED = (OrderStatus.DELIVERED, OrderStatus.CANCELLED)
OPEN = tuple(state for state in ORDER_STATES if state not in CLOSED)
TOPICS = ("orders", "workshop")


# ---------------------------------------------------------------- input cleaning


def _fuel(value) -> int:
    try:
        level = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite number
        raise ValidationError("油量应为 0–100 的百分数。", field="fuel_level") from None
    if not 0 <= level <= 100:
        raise ValidationError("油量应为 0–100 的百分数。", field="fuel_level")
    return level


def _key(value) -> str:
    key = re.sub(r"\s", "", str(value or "")).upper()
    if not key:
        raise ValidationError("请填写钥匙柜编号（车钥匙须登记编号并放入钥匙柜）。", field="key_number")
    if not KEY_NUMBER.match(key):
        raise ValidationError("钥匙柜编号最多 8 位，只能是字母、数字或连字符，如 A-12。", field="key_number")
    return key


def _belongings(items) -> str:
    """随车物品清单: [(item, count)] or [{"item", "count"}] → JSON list of [item, count]."""
    clean = []
    for entry in items or ():
        item, count = (entry.get("item"), entry.get("count", 1)) if isinstance(entry, dict) else entry
        item = (item or "").strip()
        if not item:
            continue
        if len(item) > 40:
            raise ValidationError(f"随车物品“{item[:10]}…”名称太长（最多 40 个字）。", field="belongings")
        try:
            count = int(count)
        except (TypeError, ValueError, OverflowError):
            raise ValidationError(f"随车物品“{item}”的数量应为整数。", field="belongings") from None
        if not 1 <= count <= 99:
            raise ValidationError(f"随车物品“{item}”的数量应在 1–99 之间。", field="belongings")
        clean.append([item, count])
    return json.dumps(clean, ensure_ascii=False)


def _damage(marks) -> str:
    """Marks on the car outline: {x, y} from 0 to 1 across the drawing, kind, note."""
    clean = []
    for mark in marks or ():
        try:
            x, y = round(float(mark["x"]), 3), round(float(mark["y"]), 3)
        except (KeyError, TypeError, ValueError):
            raise ValidationError("外观损伤标记缺少位置。", field="damage") from None
        if not (0 <= x <= 1 and 0 <= y <= 1):
            raise ValidationError("外观损伤标记应在车辆示意图范围内。", field="damage")
        kind = mark.get("kind", "划痕")
        if kind not in DAMAGE_KINDS:
            raise ValidationError(f"损伤类型只能是：{'、'.join(DAMAGE_KINDS)}。", field="damage")
        note = (mark.get("note") or "").strip()[:100]
        clean.append({"x": x, "y": y, "kind": kind, "note": note})
    return json.dumps(clean, ensure_ascii=False)


def _job_type(value) -> str:
    if value not in JOB_TYPES:
        raise ValidationError(f"业务类型只能是：{'、'.join(JOB_TYPES)}。", field="job_type")
    return value

def _advisor(advisor_id) -> User:
    advisor = User.get_or_none(User.id == advisor_id)
    if advisor is None or not advisor.active or advisor.role not in (ADVISOR, MANAGER):
        raise ValidationError("接待人须是在岗的服务顾问或服务经理。", field="advisor")
    return advisor


def _brought_by_phone(value) -> str:
    return normalize_phone(value) if (value or "").strip() else ""


CHECK_IN_FIELDS = {
    "brought_by": lambda v: clean_text(v, "送修人", max_length=32, required=False, field="brought_by"),
    "brought_by_phone": _brought_by_phone,
    "fuel_level": _fuel,
    "key_number": _key,
    "belongings": _belongings,
    "damage": _damage,
    "customer_words": lambda v: clean_text(v, "客户描述", max_length=2000, required=False, field="customer_words"),
    "findings": lambda v: clean_text(v, "初步检查结果", max_length=2000, required=False, field="findings"),
}


# ---------------------------------------------------------------- check-in


def _key_in_use(key: str, *, other_than: int | None = None) -> WorkOrder | None:
    # status IN (the open states) uses the status index: a few hundred rows, not the whole history.
    query = WorkOrder.select(WorkOrder.number).where((WorkOrder.key_number == key) & WorkOrder.status.in_(OPEN))
    if other_than:
        query = query.where(WorkOrder.id != other_than)
    return query.first()


def open_order_of(vehicle_id: int) -> WorkOrder | None:
    """The car's order that is not delivered or cancelled yet: a car is in the store at most once."""
    return WorkOrder.select().where((WorkOrder.vehicle == vehicle_id) & WorkOrder.status.not_in(CLOSED)).first()


def check_in(user, *, vehicle_id=None, appointment_id=None, mileage, fuel_level, key_number, belongings=(),
             damage=(), customer_words="", findings="", job_type=None, advisor_id=None, override_by=None,
             confirm_jump=False, brought_by="", brought_by_phone="", _comeback_of: WorkOrder | None = None) -> WorkOrder:
    """接车: a walk-in or an appointment becomes a draft work order with the check-in sheet filled.
    `brought_by` / `brought_by_phone`: the 送修人 when someone other than the owner brings the car.

    The mileage is checked against the car's history (storage.reception.mileage): below the last reading it
    needs `override_by`, a manager's approval (storage.rules.auth.approve, "mileage"); a big jump needs confirm_jump=True."""
    require(user, "order.edit")
    if vehicle_id is None and appointment_id is None:
        raise ValidationError("请先选择车辆或预约。", field="vehicle")
    fields = {name: clean(value) for name, clean, value in (
        ("fuel_level", _fuel, fuel_level), ("key_number", _key, key_number), ("belongings", _belongings, belongings),
        ("damage", _damage, damage), ("customer_words", CHECK_IN_FIELDS["customer_words"], customer_words),
        ("findings", CHECK_IN_FIELDS["findings"], findings),
        ("brought_by", CHECK_IN_FIELDS["brought_by"], brought_by),
        ("brought_by_phone", CHECK_IN_FIELDS["brought_by_phone"], brought_by_phone))}
    if fields["brought_by_phone"] and not fields["brought_by"]:
        raise ValidationError("填了送修人电话，请同时填写送修人姓名。", field="brought_by")
    km = odometer.parse_km(mileage)
    with transaction():
        appointment = None
        if appointment_id is not None:
            appointment = locked(Appointment, appointment_id, "该预约")
            if appointment.status != AppointmentStatus.BOOKED:
                raise ValidationError(f"预约 {appointment.number} 当前为“{appointment.status}”，不能再接车。")
            if vehicle_id is not None and vehicle_id != appointment.vehicle_id:
                raise ValidationError(f"预约 {appointment.number} 登记的不是这辆车。", field="vehicle")
            vehicle_id = appointment.vehicle_id
        # Locked, so two PCs checking the same car in at once queue up and the second sees the first's order.
        vehicle = locked(Vehicle, vehicle_id, "该车辆档案")
        current = open_order_of(vehicle.id)
        if current is not None:
            raise ValidationError(
                f"车辆 {vehicle.plate} 已有未结束的工单 {current.number}（{current.status}），不能重复接车。"
            )
        clash = _key_in_use(fields["key_number"])
        if clash is not None:
            raise ValidationError(
                f"钥匙柜 {fields['key_number']} 号已存放工单 {clash.number} 的钥匙，请换一个编号。", field="key_number"
            )
        overridden_by = odometer.check(vehicle, km, user=user, override_by=override_by, confirm_jump=confirm_jump)
        if _comeback_of is not None:
            job = JobType.COMEBACK
        else:
            job = _job_type(job_type or (appointment.job_type if appointment else JobType.GENERAL))
            if job == JobType.COMEBACK:
                raise ValidationError("返修工单请从原工单开具（查档案 → 原工单 → 返修），以便关联和计算返修率。",
                                      field="job_type")
        advisor = _advisor(advisor_id) if advisor_id else (
            appointment.advisor if appointment and appointment.advisor_id else user)
        if not fields["customer_words"] and appointment is not None:
            fields["customer_words"] = appointment.request
        number = next_number("work_order")
        order = WorkOrder.create(
            number=number, customer=vehicle.owner_id, vehicle=vehicle.id, advisor=advisor.id,
            appointment=appointment.id if appointment else None, comeback_of=_comeback_of.id if _comeback_of else None,
            job_type=job, mileage=km, bay=appointment.bay_id if appointment else None,
            estimate_mode="系统估价",  # seed 001: "一般采用系统估价"; the advisor changes it when needed
            updated_by=user.display_name, **fields,
        )
        daily.order_row(None, order)
        odometer.record(user, vehicle, km, source=number, overridden_by=overridden_by)
        Vehicle.update(last_visit_at=order.opened_at).where(Vehicle.id == vehicle.id).execute()
        if appointment is not None:
            save_versioned(user, appointment, appointment.version, {"status": AppointmentStatus.ARRIVED}, audit=False)
            changes.notify("appointments")  # the board of appointments shows it arrived
        record(user, "order.check_in", order, after={
            "vehicle": vehicle.plate, "mileage": km, "job_type": job, "key_number": fields["key_number"],
            "appointment": appointment.number if appointment else "", "comeback_of": _comeback_of.number if _comeback_of else "",
        })
        changes.notify(*TOPICS)
    return WorkOrder.get_by_id(order.id)


def open_comeback(user, original_order_id: int, **check_in_fields) -> WorkOrder:
    """返修: the car is back for the same fault. Opened from the original order and linked to it
    (comeback_of), so the rework rate counts it and the guarantee decides who pays."""
    require(user, "order.edit")
    original = WorkOrder.get_or_none(WorkOrder.id == original_order_id)
    if original is None:
        raise NotFound("找不到原工单。")
    if original.status != OrderStatus.DELIVERED:
        raise ValidationError(f"原工单 {original.number} 当前为“{original.status}”，车辆尚未交车，不能开返修单。")
    check_in_fields.pop("vehicle_id", None)
    check_in_fields.pop("job_type", None)
    return check_in(user, vehicle_id=original.vehicle_id, _comeback_of=original, **check_in_fields)


# ---------------------------------------------------------------- editing the draft


def update_check_in(user, order_id: int, version: int, *, mileage=None, override_by=None, confirm_jump=False,
                    **fields) -> WorkOrder:
    """Correct the check-in sheet of a draft (fuel, key, belongings, damage, words, findings, mileage)."""
    require(user, "order.edit")
    unknown = set(fields) - set(CHECK_IN_FIELDS)
    if unknown:
        raise ValidationError(f"接车单没有字段：{'、'.join(sorted(unknown))}")
    clean = {name: CHECK_IN_FIELDS[name](value) for name, value in fields.items()}
    km = odometer.parse_km(mileage) if mileage is not None else None
    with transaction():
        order = draft_order(order_id, version)
        if "key_number" in clean:
            clash = _key_in_use(clean["key_number"], other_than=order.id)
            if clash is not None:
                raise ValidationError(f"钥匙柜 {clean['key_number']} 号已存放工单 {clash.number} 的钥匙。", field="key_number")
        if km is not None and km != order.mileage:
            # The reading this order wrote is the one being corrected: judge the new one without it.
            MileageReading.delete().where(
                (MileageReading.vehicle == order.vehicle_id) & (MileageReading.source == order.number)).execute()
            vehicle = Vehicle.get_by_id(order.vehicle_id)
            previous = (MileageReading.select(MileageReading.km).where(MileageReading.vehicle == vehicle.id)
                        .order_by(MileageReading.at.desc(), MileageReading.id.desc()).scalar())
            vehicle.last_mileage = previous if previous is not None else 0
            overridden_by = odometer.check(vehicle, km, user=user, override_by=override_by, confirm_jump=confirm_jump)
            odometer.record(user, vehicle, km, source=order.number, overridden_by=overridden_by)
            clean["mileage"] = km
        order = save_versioned(user, order, version, clean, action="order.check_in.update")
        changes.notify("orders")
    return order


TERMS = {"job_type", "estimate_mode", "parts_by_customer", "aftermarket_insisted", "return_old_parts", "wash",
         "promised_at", "insurer", "claim_number", "note", "parts_quality"}


def set_terms(user, order_id: int, version: int, **terms) -> WorkOrder:
    """The agreement written on the order: job type, estimate mode, who supplies parts, the class of
    parts the customer chose (原厂/同质/修复/副厂), aftermarket at the customer's insistence, old parts
    back to the customer (the default), wash, promised time, insurer and claim."""
    require(user, "order.edit")
    unknown = set(terms) - TERMS
    if unknown:
        raise ValidationError(f"工单没有字段：{'、'.join(sorted(unknown))}")
    clean = dict(terms)
    if "estimate_mode" in clean and clean["estimate_mode"] not in ESTIMATE_MODES:
        raise ValidationError(f"估价方式只能是：{'、'.join(ESTIMATE_MODES)}。", field="estimate_mode")
    if "parts_quality" in clean and clean["parts_quality"] not in PARTS_QUALITY:
        raise ValidationError(f"配件类别只能是：{'、'.join(PARTS_QUALITY)}。", field="parts_quality")
    for flag in ("parts_by_customer", "aftermarket_insisted", "return_old_parts", "wash"):
        if flag in clean:
            clean[flag] = bool(clean[flag])
    if "promised_at" in clean:
        promised = clean["promised_at"]
        if not isinstance(promised, dt.datetime):
            raise ValidationError("请填写预计交车时间（日期和时刻）。", field="promised_at")
        if promised <= now():
            raise ValidationError("预计交车时间必须晚于现在。", field="promised_at")
        clean["promised_at"] = promised.replace(second=0, microsecond=0)
    for name, label, length in (("insurer", "保险公司", 64), ("claim_number", "报案号", 40), ("note", "备注", 2000)):
        if name in clean:
            clean[name] = clean_text(clean[name], label, max_length=length, required=False, field=name)
    with transaction():
        order = draft_order(order_id, version)
        if "job_type" in clean:
            job = _job_type(clean["job_type"])
            if (job == JobType.COMEBACK) != bool(order.comeback_of_id):
                raise ValidationError("返修工单只能从原工单开具；已开具的返修单也不能改为其他业务类型。", field="job_type")
        order = save_versioned(user, order, version, clean, action="order.terms")
        changes.notify("orders")
    return order

def take_up_suggestion(user, order_id: int, version: int, suggestion_id: int) -> WorkOrder:
    """The customer now agrees to work declined last time (建议项目): it leaves the list, linked to this order."""
    require(user, "order.edit")
    with transaction():
        order = draft_order(order_id, version)
        suggestion = Suggestion.get_or_none(Suggestion.id == suggestion_id)
        if suggestion is None or suggestion.vehicle_id != order.vehicle_id:
            raise NotFound("该车没有这条建议项目。")
        if suggestion.done_in_id:
            raise ValidationError("这条建议项目已在其他工单中处理。")
        Suggestion.update(done_in=order.id).where(Suggestion.id == suggestion.id).execute()
        order = save_versioned(user, order, version, {}, audit=False)
        record(user, "order.suggestion.take_up", suggestion, after={"order": order.number})
    return order


# ---------------------------------------------------------------- the signature


def sign_estimate(user, order_id: int, version: int) -> WorkOrder:
    """The customer signed the estimate (维修估价单, two copies) and the work order: 草稿 → 待派工,
    and the car goes to the workshop. The signed estimate is kept to compare with added work."""
    require(user, "order.edit")
    with transaction():
        order = draft_order(order_id, version)
        sums = orders.totals(order.id)
        has_lines = WorkOrderLine.select().where((WorkOrderLine.order == order.id) & orders.ACTIVE_LINE).exists()
        if not has_lines:
            raise ValidationError(f"工单 {order.number} 还没有任何维修项目，不能签字。")
        if order.promised_at is None:
            raise ValidationError("请先填写预计交车时间，再请客户签字。", field="promised_at")
        if order.promised_at <= now():
            raise ValidationError("预计交车时间已过，请重新约定后再请客户签字。", field="promised_at")
        if Payer.INSURER in sums["by_payer"] and not order.insurer:
            raise ValidationError("有保险公司付费的项目，请填写保险公司名称。", field="insurer")
        order = orders.move(user, order, OrderStatus.AWAITING_DISPATCH, expected_version=version, note="客户已签字确认估价",
                            extra={"estimate_total": sums["total"], "signed_estimate": sums["total"]})
        record(user, "order.sign", order, after={"estimate_total": sums["total"], "by_payer": {
            k: str(v) for k, v in sums["by_payer"].items()}, "promised_at": order.promised_at})
        changes.notify(*TOPICS)
    return order


def reopen_order(user, order_id: int, version: int, reason: str) -> WorkOrder:
    """Withdraw the signature to change the estimate, while the workshop has not taken the car."""
    require(user, "order.edit")
    reason = clean_text(reason, "撤回原因", max_length=200, field="reason")
    with transaction():
        order = locked(WorkOrder, order_id, "该工单")
        check_version(order, version)
        if order.status != OrderStatus.AWAITING_DISPATCH:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，只有待派工的工单可以撤回签字。")
        if order.handed_over_at is not None:
            raise ValidationError(f"车间已于 {order.handed_over_at:%H:%M} 接车（{order.handed_over_to}），请先与车间协调。")
        signed = order.signed_estimate
        order = orders.move(user, order, OrderStatus.DRAFT, expected_version=version, note=reason,
                            extra={"signed_at": None, "signed_estimate": ZERO})
        record(user, "order.reopen", order, before={"signed_estimate": signed}, after={"signed_estimate": ZERO},
               note=reason)
        changes.notify(*TOPICS)
    return order


def cancel_order(user, order_id: int, version: int, reason: str) -> WorkOrder:
    """The customer takes the car away unrepaired: only before work starts and with no parts issued."""
    require(user, "order.edit")
    reason = clean_text(reason, "取消原因", max_length=200, field="reason")
    with transaction():
        order = locked(WorkOrder, order_id, "该工单")
        check_version(order, version)
        if order.status not in (OrderStatus.DRAFT, OrderStatus.AWAITING_DISPATCH):
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，已开工的工单不能取消。")
        issued = WorkOrderLine.select(summed(WorkOrderLine.issued, WorkOrderLine.issued)).where(
            WorkOrderLine.order == order.id).scalar()
        if issued and issued > 0:
            raise ValidationError(f"工单 {order.number} 已领用备件，请先办理退库再取消。")
        order = orders.move(user, order, OrderStatus.CANCELLED, expected_version=version, note=reason)
        record(user, "order.cancel", order, before={"estimate_total": order.estimate_total}, note=reason)
        changes.notify(*TOPICS)
    return order
