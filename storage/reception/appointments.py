"""维修预约 Appointments: a slot in a bay with an advisor, a deposit for costly parts, the reminder
the day before, and the check-in when the customer arrives (storage.reception.checkin.check_in with
appointment_id). Seed 001 (预约: 预约单, 定金不少于原价的二分之一, 提前半天或一天通知客户).

API
    book(user, *, vehicle_id, starts_at, minutes=60, ends_at=None, bay_id=None, advisor_id=None,
         job_type="保养", request="", parts_note="", parts_value=0) -> Appointment
    reschedule(user, appointment_id, version, *, starts_at, minutes=None, ends_at=None, bay_id=..., advisor_id=...)
    update_request(user, appointment_id, version, *, job_type=None, request=None, parts_note=None, parts_value=None)
    record_deposit(user, appointment_id, version, amount, method, *, reference="") -> Appointment
    cancel(user, appointment_id, version, reason, *, refund_method=None, keep_deposit=False) -> Appointment
    mark_no_show(user, appointment_id, version) -> Appointment
    mark_reminded(user, appointment_id, version) -> Appointment
    minimum_deposit(appointment) -> Decimal
Read
    schedule(day_from, day_to, *, bay_id=None, advisor_id=None) -> list[dict]   the day / week view
    free_bays(starts_at, ends_at) -> list[Bay]
    reminder_list(day=None) -> list[dict]     tomorrow's appointments to call (seed: half a day to a day ahead)
    appointment_slip(appointment_id) -> dict  维修预约单, ready to print
"""
import datetime as dt
from decimal import Decimal

from peewee import JOIN

from storage.cashier.common import open_day
from storage.models import (
    JOB_TYPES, PAYMENT_METHODS, Appointment, Bay, Customer, Payment, User, Vehicle, VehicleModel, WorkOrder, now,
)
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.rules import settings
from storage.rules.auth import ADVISOR, MANAGER, require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO, money
from storage.rules.numbering import next_number
from storage.rules.validation import clean_text
from storage.rules.vocabulary import AppointmentStatus, JobType, PaymentMethod

ACTIVE = AppointmentStatus.BOOKED
DEPOSIT_SHARE = Decimal("0.5")  # seed 001: 定金不少于原价的二分之一
# Money an advisor may take at booking; 会员余额 and 定金抵扣 belong to the cashier's settlement.
DEPOSIT_METHODS = tuple(m for m in PAYMENT_METHODS if m not in (PaymentMethod.MEMBER, PaymentMethod.DEPOSIT))
MAX_MINUTES = 5 * 24 * 60
TOPIC = "appointments"


def _check_times(starts_at, ends_at) -> tuple[dt.datetime, dt.datetime]:
    if not isinstance(starts_at, dt.datetime):
        raise ValidationError("请填写预约时间（日期和时刻）。", field="starts_at")
    starts_at = starts_at.replace(second=0, microsecond=0)
    ends_at = ends_at.replace(second=0, microsecond=0)
    if starts_at < now() - dt.timedelta(minutes=5):
        raise ValidationError("预约时间不能早于现在。", field="starts_at")
    if ends_at <= starts_at:
        raise ValidationError("预约的结束时间必须晚于开始时间。", field="ends_at")
    if (ends_at - starts_at).total_seconds() > MAX_MINUTES * 60:
        raise ValidationError("一次预约最长占用工位 5 天。", field="ends_at")
    return starts_at, ends_at


def _end(starts_at, minutes, ends_at) -> dt.datetime:
    if ends_at is not None:
        return ends_at
    if not isinstance(minutes, int) or minutes <= 0:
        raise ValidationError("预计时长应为正整数（分钟）。", field="minutes")
    if minutes > MAX_MINUTES:  # before the sum: a huge number would overflow the date, not refuse
        raise ValidationError("一次预约最长占用工位 5 天。", field="minutes")
    if not isinstance(starts_at, dt.datetime):
        raise ValidationError("请填写预约时间（日期和时刻）。", field="starts_at")
    return starts_at + dt.timedelta(minutes=minutes)


def _bay(bay_id) -> Bay | None:
    if bay_id is None:
        return None
    bay = Bay.get_or_none(Bay.id == bay_id)
    if bay is None or not bay.active:
        raise ValidationError("所选工位不存在或已停用。", field="bay")
    return bay


def _advisor(advisor_id, default: User) -> User:
    if advisor_id is None:
        return default
    advisor = User.get_or_none(User.id == advisor_id)
    if advisor is None or not advisor.active or advisor.role not in (ADVISOR, MANAGER):
        raise ValidationError("接待人须是在岗的服务顾问或服务经理。", field="advisor")
    return advisor


def _overlapping(starts_at, ends_at, *, other_than=None):
    query = Appointment.select().where(
        (Appointment.status == ACTIVE) & (Appointment.starts_at < ends_at) & (Appointment.ends_at > starts_at)
    )
    if other_than:
        query = query.where(Appointment.id != other_than)
    return query


def _check_slot(vehicle_id: int, bay: Bay | None, starts_at, ends_at, *, other_than=None) -> None:
    """A bay holds one car at a time; a car holds one appointment at a time."""
    if bay is not None:
        # Take the bay's row lock first (a no-op UPDATE) so two PCs booking the same bay queue up on
        # PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises them.
        Bay.update(active=Bay.active).where(Bay.id == bay.id).execute()
        clash = _overlapping(starts_at, ends_at, other_than=other_than).where(Appointment.bay == bay.id).first()
        if clash is not None:
            plate = Vehicle.select(Vehicle.plate).where(Vehicle.id == clash.vehicle_id).scalar()
            raise ValidationError(
                f"工位 {bay.name} 在 {clash.starts_at:%m-%d %H:%M}–{clash.ends_at:%H:%M} 已被预约 {clash.number}"
                f"（{plate}）占用，请换一个时间或工位。",
                field="bay",
            )
    same_car = _overlapping(starts_at, ends_at, other_than=other_than).where(Appointment.vehicle == vehicle_id).first()
    if same_car is not None:
        raise ValidationError(f"该车在 {same_car.starts_at:%m-%d %H:%M} 已有预约 {same_car.number}。", field="starts_at")


def _job(value) -> str:
    if value not in JOB_TYPES or value == JobType.COMEBACK:
        raise ValidationError(f"预约的业务类型只能是：{'、'.join(j for j in JOB_TYPES if j != '返修')}。", field="job_type")
    return value


def _parts_value(value) -> Decimal:
    amount = money(value, field="备件金额")
    if amount < 0:
        raise ValidationError("备件金额不能为负数。", field="parts_value")
    return amount


def book(user, *, vehicle_id: int, starts_at, minutes: int = 60, ends_at=None, bay_id=None, advisor_id=None,
         job_type: str = JobType.MAINTENANCE, request: str = "", parts_note: str = "", parts_value=0) -> Appointment:
    """Book a slot (预约登记). The appointment holds its bay for the time booked."""
    require(user, "appointment.edit")
    starts_at, ends_at = _check_times(starts_at, _end(starts_at, minutes, ends_at))
    job_type = _job(job_type)
    request = clean_text(request, "预约内容", max_length=1000, required=False, field="request")
    parts_note = clean_text(parts_note, "需准备的备件", max_length=500, required=False, field="parts_note")
    parts_value = _parts_value(parts_value)
    bay = _bay(bay_id)
    advisor = _advisor(advisor_id, user if user.role in (ADVISOR, MANAGER) else None)
    with transaction():
        vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
        if vehicle is None:
            raise NotFound("找不到该车辆档案。")
        _check_slot(vehicle.id, bay, starts_at, ends_at)
        appointment = Appointment.create(
            number=next_number("appointment"), customer=vehicle.owner_id, vehicle=vehicle.id,
            advisor=advisor.id if advisor else None, bay=bay.id if bay else None, starts_at=starts_at,
            ends_at=ends_at, job_type=job_type, request=request, parts_note=parts_note, parts_value=parts_value,
            updated_by=user.display_name,
        )
        record(user, "appointment.book", appointment, after={
            "vehicle": vehicle.plate, "starts_at": starts_at, "ends_at": ends_at, "bay": bay.name if bay else "",
            "parts_value": parts_value,
        })
        changes.notify(TOPIC)
    return appointment


def _active(appointment_id: int, version: int) -> Appointment:
    appointment = locked(Appointment, appointment_id, "该预约")
    check_version(appointment, version)
    if appointment.status != ACTIVE:
        raise ValidationError(f"预约 {appointment.number} 当前为“{appointment.status}”，不能再修改。")
    return appointment


_KEEP = object()


def reschedule(user, appointment_id: int, version: int, *, starts_at, minutes=None, ends_at=None,
               bay_id=_KEEP, advisor_id=_KEEP) -> Appointment:
    """Move the appointment; the new slot is checked like a new booking. Bay and advisor stay unless given."""
    require(user, "appointment.edit")
    with transaction():
        appointment = _active(appointment_id, version)
        if minutes is None and ends_at is None:
            minutes = int((appointment.ends_at - appointment.starts_at).total_seconds() // 60)
        starts, ends = _check_times(starts_at, _end(starts_at, minutes, ends_at))
        bay = _bay(appointment.bay_id if bay_id is _KEEP else bay_id)
        values = {"starts_at": starts, "ends_at": ends, "bay": bay.id if bay else None, "reminded_at": None}
        if advisor_id is not _KEEP:
            advisor = _advisor(advisor_id, None)
            values["advisor"] = advisor.id if advisor else None
        _check_slot(appointment.vehicle_id, bay, starts, ends, other_than=appointment.id)
        appointment = save_versioned(user, appointment, version, values, action="appointment.reschedule")
        changes.notify(TOPIC)
    return appointment


def update_request(user, appointment_id: int, version: int, *, job_type=None, request=None, parts_note=None,
                   parts_value=None) -> Appointment:
    require(user, "appointment.edit")
    values = {}
    if job_type is not None:
        values["job_type"] = _job(job_type)
    if request is not None:
        values["request"] = clean_text(request, "预约内容", max_length=1000, required=False, field="request")
    if parts_note is not None:
        values["parts_note"] = clean_text(parts_note, "需准备的备件", max_length=500, required=False, field="parts_note")
    if parts_value is not None:
        values["parts_value"] = _parts_value(parts_value)
    with transaction():
        appointment = _active(appointment_id, version)
        appointment = save_versioned(user, appointment, version, values, action="appointment.update")
        changes.notify(TOPIC)
    return appointment


def minimum_deposit(appointment: Appointment) -> Decimal:
    """Seed 001: costly parts prepared for the visit need a deposit of at least half their price."""
    return money(appointment.parts_value * DEPOSIT_SHARE)


def record_deposit(user, appointment_id: int, version: int, amount, method: str, *, reference: str = "") -> Appointment:
    """预约定金: money taken for the parts to be prepared. The cashier deducts it at settlement
    (payment method 定金抵扣). The first deposit must reach the minimum when parts are listed."""
    require(user, "appointment.deposit")
    amount = money(amount, field="定金")
    if amount <= 0:
        raise ValidationError("定金金额必须大于 0。", field="amount")
    if method not in DEPOSIT_METHODS:
        raise ValidationError(f"定金的收款方式只能是：{'、'.join(DEPOSIT_METHODS)}。", field="method")
    reference = clean_text(reference, "交易参考号", max_length=64, required=False, field="reference")
    with transaction():
        day = open_day()  # the cashier's day lock: a deposit cannot slip in after the day's figures were taken
        moment = now()
        appointment = _active(appointment_id, version)
        total = appointment.deposit + amount
        required = minimum_deposit(appointment)
        if total < required:
            raise ValidationError(
                f"需准备的备件价值 {appointment.parts_value} 元，定金不少于一半，即 {required} 元；"
                f"本次收取后合计仅 {total} 元。",
                field="amount",
            )
        Payment.create(appointment=appointment.id, method=method, amount=amount, tendered=amount, reference=reference,
                       at=moment, business_day=day, cashier=user.id)
        appointment = save_versioned(user, appointment, version, {"deposit": total}, action="appointment.deposit")
        changes.notify(TOPIC, "cashier")
    return appointment


def cancel(user, appointment_id: int, version: int, reason: str, *, refund_method: str | None = None,
           keep_deposit: bool = False) -> Appointment:
    """Cancel a booking. A deposit is either refunded (refund_method) or kept as agreed (keep_deposit)."""
    require(user, "appointment.edit")
    reason = clean_text(reason, "取消原因", max_length=200, field="reason")
    moment = now()
    with transaction():
        appointment = _active(appointment_id, version)
        values = {"status": AppointmentStatus.CANCELLED}
        if appointment.deposit > 0:
            if refund_method is None and not keep_deposit:
                raise ValidationError(
                    f"该预约已收定金 {appointment.deposit} 元：请选择退款方式，或注明按约定不退。", field="refund_method"
                )
            if refund_method is not None:
                require(user, "appointment.deposit")
                if refund_method not in DEPOSIT_METHODS:
                    raise ValidationError(f"退款方式只能是：{'、'.join(DEPOSIT_METHODS)}。", field="refund_method")
                day = open_day()
                Payment.create(appointment=appointment.id, method=refund_method, amount=-appointment.deposit,
                               tendered=ZERO, reference="退定金", at=moment, business_day=day, cashier=user.id)
                values["deposit"] = ZERO
        appointment = save_versioned(user, appointment, version, values, action="appointment.cancel")
        record(user, "appointment.cancel.reason", appointment, note=reason)
        changes.notify(TOPIC)
    return appointment


def mark_no_show(user, appointment_id: int, version: int) -> Appointment:
    """未到: the time passed and the customer did not come; the slot is free again."""
    require(user, "appointment.edit")
    with transaction():
        appointment = _active(appointment_id, version)
        if appointment.starts_at > now():
            raise ValidationError("预约时间还没到，不能登记为未到。")
        appointment = save_versioned(user, appointment, version, {"status": AppointmentStatus.NO_SHOW},
                                     action="appointment.no_show")
        changes.notify(TOPIC)
    return appointment


def mark_reminded(user, appointment_id: int, version: int) -> Appointment:
    """The customer was called about tomorrow's appointment."""
    require(user, "appointment.edit")
    with transaction():
        appointment = _active(appointment_id, version)
        appointment = save_versioned(user, appointment, version, {"reminded_at": now()}, audit=False)
        changes.notify(TOPIC)
    return appointment


# ---------------------------------------------------------------- reading


def _listing(query) -> list[dict]:
    rows = (
        query.select(
            Appointment, Vehicle.plate, Vehicle.model_text, VehicleModel.brand, VehicleModel.name.alias("model_name"),
            Customer.name.alias("customer_name"), Customer.phone, Bay.name.alias("bay_name"),
            User.display_name.alias("advisor_name"),
        )
        .join(Vehicle, on=(Appointment.vehicle == Vehicle.id))
        .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .switch(Appointment)
        .join(Customer, on=(Appointment.customer == Customer.id))
        .switch(Appointment)
        .join(Bay, JOIN.LEFT_OUTER, on=(Appointment.bay == Bay.id))
        .switch(Appointment)
        .join(User, JOIN.LEFT_OUTER, on=(Appointment.advisor == User.id))
        .order_by(Appointment.starts_at, Appointment.id)
        .objects()
    )
    return [
        {
            "id": a.id, "version": a.version, "number": a.number, "status": a.status, "starts_at": a.starts_at,
            "ends_at": a.ends_at, "job_type": a.job_type, "request": a.request, "plate": a.plate,
            "model": f"{a.brand} {a.model_name}" if a.brand else a.model_text, "customer": a.customer_name,
            "phone": a.phone, "bay_id": a.bay_id, "bay": a.bay_name or "", "advisor_id": a.advisor_id,
            "advisor": a.advisor_name or "", "deposit": a.deposit, "parts_note": a.parts_note,
            "parts_value": a.parts_value, "reminded_at": a.reminded_at, "vehicle_id": a.vehicle_id,
        }
        for a in rows
    ]


def schedule(day_from: dt.date, day_to: dt.date, *, bay_id=None, advisor_id=None, include_cancelled=False) -> list[dict]:
    """The day or week view: appointments starting from day_from to day_to inclusive, one query."""
    start = dt.datetime.combine(day_from, dt.time())
    end = dt.datetime.combine(day_to + dt.timedelta(days=1), dt.time())
    query = Appointment.select().where((Appointment.starts_at >= start) & (Appointment.starts_at < end))
    if not include_cancelled:
        query = query.where(Appointment.status != AppointmentStatus.CANCELLED)
    if bay_id is not None:
        query = query.where(Appointment.bay == bay_id)
    if advisor_id is not None:
        query = query.where(Appointment.advisor == advisor_id)
    return _listing(query)


def free_bays(starts_at: dt.datetime, ends_at: dt.datetime, *, kind: str | None = None) -> list[Bay]:
    taken = _overlapping(starts_at, ends_at).where(Appointment.bay.is_null(False)).select(Appointment.bay)
    query = Bay.select().where(Bay.active & Bay.id.not_in(taken)).order_by(Bay.name)
    if kind:
        query = query.where(Bay.kind == kind)
    return list(query)


def reminder_list(day: dt.date | None = None) -> list[dict]:
    """Appointments of `day` (tomorrow by default) still booked: the customers to remind."""
    day = day or dt.date.today() + dt.timedelta(days=1)
    return [row for row in schedule(day, day) if row["status"] == ACTIVE]


def appointment_slip(appointment_id: int) -> dict:
    """维修预约单: what the printed slip shows."""
    rows = _listing(Appointment.select().where(Appointment.id == appointment_id))
    if not rows:
        raise NotFound("找不到该预约。")
    slip = rows[0]
    appointment = Appointment.get_by_id(appointment_id)
    slip.update(
        store=settings.store_header(),
        minimum_deposit=minimum_deposit(appointment),
        created_at=appointment.created_at,
        remark="请于预约时间准时到店；如需改期，请提前来电告知。",
    )
    return slip


def advisors() -> list[dict]:
    """Who can take an appointment: active service advisors and managers, by name (a short list)."""
    query = User.select(User.id, User.display_name).where(User.active & User.role.in_((ADVISOR, MANAGER)))
    return [{"id": u.id, "name": u.display_name} for u in query.order_by(User.display_name)]


def register(day_from: dt.date, day_to: dt.date, *, mask) -> dict:
    """维修预约登记表 (seed 001 预约: 预约决定后，要填写"预约统计表"; 要于当日内通知车间主管以利到时留出工位):
    every appointment booked for the period, cancelled ones too, in time order, each with when it
    was booked, the work order it became and how it ended; and the counts by outcome. `mask(phone)`
    renders the customers' numbers as the paper may carry them."""
    if day_to < day_from:
        raise ValidationError("结束日期不能早于开始日期。", field="day_to")
    if (day_to - day_from).days > 366:
        raise ValidationError("一次最多登记一年的预约。", field="day_to")
    rows = schedule(day_from, day_to, include_cancelled=True)
    ids = [r["id"] for r in rows]
    booked, orders = {}, {}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        booked.update(Appointment.select(Appointment.id, Appointment.created_at).where(Appointment.id.in_(chunk)).tuples())
        orders.update((a, n) for n, a in WorkOrder.select(WorkOrder.number, WorkOrder.appointment)
                      .where(WorkOrder.appointment.in_(chunk)).tuples())
    counts = dict.fromkeys((AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED),
                           0)
    for row in rows:
        row["phone"] = mask(row["phone"])
        row["booked_at"] = booked.get(row["id"])
        row["order_number"] = orders.get(row["id"], "")
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    return {"rows": rows, "counts": counts, "total": len(rows),
            "deposits": sum((r["deposit"] for r in rows), ZERO)}


def newest_day() -> dt.date | None:
    """The day of the appointment booked most recently (the register printed without a period)."""
    newest = Appointment.select(Appointment.starts_at).order_by(Appointment.created_at.desc(), Appointment.id.desc()).first()
    return newest.starts_at.date() if newest else None
