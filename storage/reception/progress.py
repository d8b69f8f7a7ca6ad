"""Reception while the car is in the workshop and when it leaves (seed 001 items 9–12): the
customer's answer to added work (维修追加项目单), progress checks at 70–80 % of the promised time,
a delay announced early with its reason, the call to collect (1 h ahead for jobs under two days,
4 h for two days or more), walking the customer to the cashier, and the hand-back (交车).

API
    pending_added_work(*, advisor_id=None) -> list[dict]      items waiting for the customer's answer
    answer_added_work(user, added_work_id, version, *, accepted, answered_by, via, answered_at=None,
                      told_workshop_to="") -> AddedWork
        yes: its lines 待确认 → 待派工, the estimate and promised time move on;
        no: its lines are cancelled and the item goes to 建议项目表 (Suggestion) for next visit.
    today_cars(*, advisor_id=None, after=None, limit=50) -> (rows, next_cursor)   the advisor's list
    record_progress_check(user, order_id, version, note="") -> WorkOrder
    notify_delay(user, order_id, version, *, reason, new_promised_at) -> WorkOrder
    notify_collect(user, order_id, version) -> WorkOrder          customer called to collect
    hand_to_cashier(user, order_id, version) -> WorkOrder         walked to the cashier (结算)
    deliver(user, order_id, version) -> WorkOrder                 已结算 → 已交车
    call_lead(started_at, promised_at) -> timedelta               1 h or 4 h (seed 001)
    day_figures(day=None) -> dict                                 the station's day
    rework_rate(day_from, day_to) -> dict                         返修率
"""
import datetime as dt
from decimal import Decimal

from peewee import JOIN, fn

from storage.care import follow_ups, reminders
from storage.models import (
    AddedWork, Appointment, Customer, Suggestion, User, Vehicle, VehicleModel, WorkOrder, WorkOrderLine, now, summed,
)
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.plumbing.paging import keyset_page
from storage.reception import loaners
from storage.rules import orders
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO
from storage.rules.orders import PROGRESS_CHECK_AT
from storage.rules.validation import clean_text
from storage.rules.vocabulary import AddedWorkAnswer, JobType, LineStatus, OrderStatus
from storage.workshop.common import sql_time
from storage.workshop.jobs import after_customer_answer

ANSWER_VIA = ("电话", "当面", "微信")
WORKING = (OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
           OrderStatus.AWAITING_CUSTOMER, OrderStatus.QC, OrderStatus.REWORK)
PROGRESS_CHECK_UNTIL = Decimal("0.8")
LONG_JOB = dt.timedelta(days=2)  # seed 001: "工期在两天以上（包括两天）" → call 4 h ahead
FAR_FUTURE = dt.datetime(9999, 12, 31)
TOPICS = ("orders", "workshop")


# ---------------------------------------------------------------- added work


def pending_added_work(*, advisor_id: int | None = None) -> list[dict]:
    """Items raised by the workshop and not answered yet, oldest first, with their proposed lines'
    amount: the advisor's call list. Two queries."""
    query = (
        AddedWork.select(
            AddedWork, WorkOrder.number, WorkOrder.version.alias("order_version"), WorkOrder.promised_at,
            WorkOrder.advisor, Vehicle.plate, Customer.name.alias("customer"), Customer.phone,
            User.display_name.alias("raised_by_name"),
        )
        .join(WorkOrder, on=(AddedWork.order == WorkOrder.id))
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .switch(AddedWork)
        .join(User, on=(AddedWork.raised_by == User.id))
        .where(AddedWork.answer == AddedWorkAnswer.PENDING)
        .order_by(AddedWork.raised_at, AddedWork.id)
    )
    if advisor_id is not None:
        query = query.where(WorkOrder.advisor == advisor_id)
    rows = list(query.objects())
    amounts = {}
    if rows:
        amounts = dict(
            WorkOrderLine.select(WorkOrderLine.added_work, summed(WorkOrderLine.amount, WorkOrderLine.amount))
            .where(WorkOrderLine.added_work.in_([r.id for r in rows]))
            .group_by(WorkOrderLine.added_work)
            .tuples()
        )
    return [
        {
            "id": r.id, "version": r.version, "order_id": r.order_id, "order": r.number, "plate": r.plate,
            "customer": r.customer, "phone": r.phone, "description": r.description, "raised_by": r.raised_by_name,
            "raised_at": r.raised_at, "delay_minutes": r.delay_minutes, "amount": amounts.get(r.id, ZERO),
            "promised_at": r.promised_at,
        }
        for r in rows
    ]


def answer_added_work(user, added_work_id: int, version: int, *, accepted: bool, answered_by: str, via: str,
                      answered_at: dt.datetime | None = None, told_workshop_to: str = "") -> AddedWork:
    """Record the customer's answer: who answered, when and how (seed 001: 征求意见, 记录通知时间和车间受话人)."""
    require(user, "order.added_work.answer")
    answered_by = clean_text(answered_by, "答复人（客户一方）", max_length=32, field="answered_by")
    if via not in ANSWER_VIA:
        raise ValidationError(f"答复方式只能是：{'、'.join(ANSWER_VIA)}。", field="via")
    told_workshop_to = clean_text(told_workshop_to, "车间受话人", max_length=32, required=not accepted,
                                  field="told_workshop_to")
    moment = now()
    answered_at = (answered_at or moment).replace(microsecond=0)
    if answered_at > moment:
        raise ValidationError("答复时间不能晚于现在。", field="answered_at")

    with transaction():
        work = locked(AddedWork, added_work_id, "该追加项目")
        check_version(work, version)
        if work.answer != AddedWorkAnswer.PENDING:
            raise ValidationError(f"该追加项目已于 {work.answer_at:%m-%d %H:%M} 答复为“{work.answer}”。")
        if answered_at < work.raised_at:
            raise ValidationError("答复时间不能早于车间提出追加项目的时间。", field="answered_at")
        order = locked(WorkOrder, work.order_id, "该工单")
        orders.ensure_editable(order)
        proposed = list(WorkOrderLine.select().where(
            (WorkOrderLine.added_work == work.id) & (WorkOrderLine.status == LineStatus.TO_CONFIRM)).order_by(WorkOrderLine.position))
        new_status = LineStatus.AWAITING_DISPATCH if accepted else LineStatus.CANCELLED
        WorkOrderLine.update(status=new_status, version=WorkOrderLine.version + 1, updated_at=moment,
                             updated_by=user.display_name).where(
            (WorkOrderLine.added_work == work.id) & (WorkOrderLine.status == LineStatus.TO_CONFIRM)).execute()
        work = save_versioned(user, work, version, {
            "answer": AddedWorkAnswer.AGREED if accepted else AddedWorkAnswer.REFUSED, "answered_by": answered_by,
            "answer_via": via,
            "answer_at": answered_at, "recorded_by": user.id, "told_workshop_to": told_workshop_to,
        }, audit=False)
        order_changes = {"estimate_total": orders.totals(order.id)["total"]}
        if accepted and work.delay_minutes and order.promised_at:
            order_changes["promised_at"] = order.promised_at + dt.timedelta(minutes=work.delay_minutes)
        if not accepted:
            listed = "；".join(f"{line.description} {line.amount}元" for line in proposed)
            Suggestion.create(vehicle=order.vehicle_id, order=order.id,
                              description=f"{work.description}（{listed}）" if listed else work.description)
        before = {"estimate_total": order.estimate_total, "promised_at": order.promised_at}
        order = save_versioned(user, order, order.version, order_changes, audit=False)
        record(user, "order.added_work.answer", work, before=before, after={
            "order": order.number, "answer": work.answer, "answered_by": answered_by, "via": via,
            "answered_at": answered_at, **order_changes,
        })
        after_customer_answer(user, order.id)
        changes.notify(*TOPICS)
    return work


# ---------------------------------------------------------------- progress


def call_lead(started_at: dt.datetime, promised_at: dt.datetime) -> dt.timedelta:
    """How long before the promised time the customer is called to collect: 1 hour for a job under
    two days, 4 hours for two days or more (seed 001: 工期在两天以上（包括两天）提前四小时)."""
    return dt.timedelta(hours=4) if promised_at - started_at >= LONG_JOB else dt.timedelta(hours=1)


def _progress(row, moment: dt.datetime) -> dict:
    start = row.signed_at or row.opened_at
    promised = row.promised_at
    # A car handed back is done: 100 %, however early or late it went (not the time used so far).
    delivered = row.status == OrderStatus.DELIVERED
    flags = {"fraction": Decimal(1) if delivered else None, "progress_due": False, "late": False,
             "delay_unannounced": False, "ready": row.status == OrderStatus.DONE, "call_at": None,
             "call_due": row.status in (OrderStatus.DONE, OrderStatus.SETTLED) and row.customer_notified_at is None}
    if promised is None:
        return flags
    span = (promised - start).total_seconds()
    fraction = Decimal(1) if span <= 0 else Decimal(str(round((moment - start).total_seconds() / span, 3)))
    check_point = start + dt.timedelta(seconds=span * float(PROGRESS_CHECK_AT)) if span > 0 else start
    working = row.status in WORKING
    flags["fraction"] = Decimal(1) if delivered else fraction
    flags["progress_due"] = working and fraction >= PROGRESS_CHECK_AT and (
        row.progress_checked_at is None or row.progress_checked_at < check_point)
    flags["late"] = working and moment > promised
    # Announced once the car is late, or once the 70–80 % check found it will be.
    flags["delay_unannounced"] = flags["late"] and (row.delay_notified_at is None or row.delay_notified_at < promised)
    flags["call_at"] = promised - call_lead(start, promised)
    return flags


def today_cars(*, advisor_id: int | None = None, after=None, limit: int = 50) -> tuple[list[dict], object]:
    """The advisor's list: every car in the store (not delivered, not cancelled) plus those handed
    back today, by promised time (none last), with the flags the window colours. Keyset paging on
    (promised time, id); two queries a page."""
    moment = now()
    today = dt.datetime.combine(moment.date(), dt.time())
    promised_key = fn.COALESCE(WorkOrder.promised_at, sql_time(FAR_FUTURE))
    query = (
        WorkOrder.select(
            WorkOrder, Vehicle.plate, Vehicle.model_text, VehicleModel.brand, VehicleModel.name.alias("model_name"),
            Customer.name.alias("customer_name"), Customer.phone, User.display_name.alias("advisor_name"),
        )
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .switch(WorkOrder)
        .join(User, on=(WorkOrder.advisor == User.id))
        .where(WorkOrder.status.not_in((OrderStatus.DELIVERED, OrderStatus.CANCELLED)) | (WorkOrder.delivered_at >= today))
        .objects()
    )
    if advisor_id is not None:
        query = query.where(WorkOrder.advisor == advisor_id)
    rows, after = keyset_page(query, [promised_key, WorkOrder.id], after, limit,
                              key=lambda r: (sql_time(r.promised_at or FAR_FUTURE), r.id))
    pending, loans_overdue = {}, loaners.overdue_order_ids([r.id for r in rows], moment)
    if rows:
        pending = dict(
            AddedWork.select(AddedWork.order, fn.COUNT(AddedWork.id))
            .where(AddedWork.order.in_([r.id for r in rows]) & (AddedWork.answer == AddedWorkAnswer.PENDING))
            .group_by(AddedWork.order)
            .tuples()
        )
    result = []
    for r in rows:
        result.append({
            "id": r.id, "version": r.version, "number": r.number, "status": r.status, "job_type": r.job_type,
            "plate": r.plate, "model": f"{r.brand} {r.model_name}" if r.brand else r.model_text,
            "customer": r.customer_name, "phone": r.phone, "advisor": r.advisor_name, "opened_at": r.opened_at,
            "signed_at": r.signed_at, "promised_at": r.promised_at, "estimate_total": r.estimate_total,
            "signed_estimate": r.signed_estimate, "pending_answers": pending.get(r.id, 0),
            "delay_reason": r.delay_reason, "customer_notified_at": r.customer_notified_at,
            "cashier_handover_at": r.cashier_handover_at, "comeback": bool(r.comeback_of_id),
            "loan_overdue": r.id in loans_overdue,  # a loaner car out past its promised return (代步车)
            **_progress(r, moment),
        })
    return result, after


def _order(order_id: int, version: int) -> WorkOrder:
    order = locked(WorkOrder, order_id, "该工单")
    check_version(order, version)
    return order


def record_progress_check(user, order_id: int, version: int, note: str = "") -> WorkOrder:
    """The advisor asked the workshop how the job goes (at 70–80 % of the time)."""
    require(user, "order.edit")
    note = clean_text(note, "询问结果", max_length=200, required=False, field="note")
    with transaction():
        order = _order(order_id, version)
        if order.status not in WORKING:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不在维修中。")
        order = save_versioned(user, order, version, {"progress_checked_at": now()}, audit=False)
        if note:
            record(user, "order.progress_check", order, note=note)
        changes.notify("orders")
    return order


def notify_delay(user, order_id: int, version: int, *, reason: str, new_promised_at: dt.datetime) -> WorkOrder:
    """The customer was told early that the car will be late, why, and the new time (seed 001)."""
    require(user, "order.edit")
    reason = clean_text(reason, "延误原因", max_length=200, field="reason")
    if not isinstance(new_promised_at, dt.datetime) or new_promised_at <= now():
        raise ValidationError("新的交车时间必须晚于现在。", field="new_promised_at")
    with transaction():
        order = _order(order_id, version)
        if order.status not in WORKING:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，无需通知延误。")
        if order.promised_at and new_promised_at <= order.promised_at:
            raise ValidationError("新的交车时间应晚于原定时间。", field="new_promised_at")
        order = save_versioned(user, order, version, {
            "promised_at": new_promised_at.replace(second=0, microsecond=0), "delay_reason": reason,
            "delay_notified_at": now(),
        }, action="order.delay")
        changes.notify(*TOPICS)
    return order


def notify_collect(user, order_id: int, version: int) -> WorkOrder:
    """通知客户接车: the car passed QC and the customer was called to collect it."""
    require(user, "order.edit")
    with transaction():
        order = _order(order_id, version)
        if order.status not in (OrderStatus.DONE, OrderStatus.SETTLED):
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，质检合格后才能通知客户取车。")
        order = save_versioned(user, order, version, {"customer_notified_at": now()}, audit=False)
        changes.notify("orders")
    return order


def hand_to_cashier(user, order_id: int, version: int) -> WorkOrder:
    """The advisor walks the customer to the cashier with the order: the cashier's list shows it."""
    require(user, "order.edit")
    with transaction():
        order = _order(order_id, version)
        if order.status != OrderStatus.DONE:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，只有质检合格（完工）的车可以去结算。")
        pending = AddedWork.select().where((AddedWork.order == order.id) & (AddedWork.answer == AddedWorkAnswer.PENDING)).exists()
        if pending:
            raise ValidationError(f"工单 {order.number} 还有追加项目未答复，请先记录客户答复。")
        order = save_versioned(user, order, version, {"cashier_handover_at": now()}, action="order.to_cashier")
        changes.notify("orders", "cashier")
    return order


def deliver(user, order_id: int, version: int) -> WorkOrder:
    """交车: settled, the keys, belongings and documents handed back; the customer signs the order."""
    require(user, "order.deliver")
    with transaction():
        order = _order(order_id, version)
        if order.status != OrderStatus.SETTLED:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，结算后才能交车。")
        order = orders.move(user, order, OrderStatus.DELIVERED, expected_version=version, note="客户已验车签字")
        record(user, "order.deliver", order, after={"delivered_at": order.delivered_at})
        # Customer care's follow-up calls and the car's next service, decided with the hand-back itself.

        follow_ups.schedule_after_delivery(user, order)
        reminders.refresh_service_reminders([order.vehicle_id])
        changes.notify(*TOPICS)
    return order


# ---------------------------------------------------------------- figures


def _range(day_from: dt.date, day_to: dt.date):
    return dt.datetime.combine(day_from, dt.time()), dt.datetime.combine(day_to + dt.timedelta(days=1), dt.time())


def rework_rate(day_from: dt.date, day_to: dt.date) -> dict:
    """返修率: comebacks opened in the period against cars delivered in it."""
    start, end = _range(day_from, day_to)
    comebacks = WorkOrder.select().where(
        WorkOrder.comeback_of.is_null(False) & (WorkOrder.opened_at >= start) & (WorkOrder.opened_at < end)
        & (WorkOrder.status != OrderStatus.CANCELLED)).count()
    delivered = WorkOrder.select().where((WorkOrder.delivered_at >= start) & (WorkOrder.delivered_at < end)).count()
    return {"comebacks": comebacks, "delivered": delivered, "rate_percent": rate_of(comebacks, delivered)}


def rate_of(comebacks: int, delivered: int) -> Decimal:
    """返修率 in percent to one decimal (0.0 without deliveries)."""
    return (Decimal(comebacks) / Decimal(delivered) * 100).quantize(Decimal("0.1")) if delivered else Decimal("0.0")


def day_figures(day: dt.date | None = None) -> dict:
    """The reception desk's day: appointments, cars in by job type, estimates signed, added work
    answered, cars handed back, and output per advisor. A fixed handful of grouped queries."""
    day = day or dt.date.today()
    start, end = _range(day, day)
    opened = (WorkOrder.opened_at >= start) & (WorkOrder.opened_at < end) & (WorkOrder.status != OrderStatus.CANCELLED)
    by_job = dict(WorkOrder.select(WorkOrder.job_type, fn.COUNT(WorkOrder.id)).where(opened)
                  .group_by(WorkOrder.job_type).tuples())
    appointments = dict(
        Appointment.select(Appointment.status, fn.COUNT(Appointment.id))
        .where((Appointment.starts_at >= start) & (Appointment.starts_at < end))
        .group_by(Appointment.status).tuples()
    )
    signed = (WorkOrder.signed_at >= start) & (WorkOrder.signed_at < end) & (WorkOrder.status != OrderStatus.CANCELLED)
    signed_count, signed_total = WorkOrder.select(
        fn.COUNT(WorkOrder.id), summed(WorkOrder.signed_estimate, WorkOrder.signed_estimate)).where(signed).tuples().get()
    delivered = WorkOrder.select().where((WorkOrder.delivered_at >= start) & (WorkOrder.delivered_at < end)).count()
    answers = dict(
        AddedWork.select(AddedWork.answer, fn.COUNT(AddedWork.id))
        .where((AddedWork.answer_at >= start) & (AddedWork.answer_at < end))
        .group_by(AddedWork.answer).tuples()
    )
    accepted_amount = (
        WorkOrderLine.select(summed(WorkOrderLine.amount, WorkOrderLine.amount))
        .join(AddedWork, on=(WorkOrderLine.added_work == AddedWork.id))
        .where((AddedWork.answer == AddedWorkAnswer.AGREED) & (AddedWork.answer_at >= start) & (AddedWork.answer_at < end)
               & (WorkOrderLine.status != LineStatus.CANCELLED))
        .scalar()
    ) or ZERO
    per_advisor = [
        {"advisor": name, "cars_in": cars, "signed_estimate": amount}
        for name, cars, amount in WorkOrder.select(
            User.display_name, fn.COUNT(WorkOrder.id), summed(WorkOrder.signed_estimate, WorkOrder.signed_estimate))
        .join(User, on=(WorkOrder.advisor == User.id))
        .where(opened)
        .group_by(User.display_name)
        .order_by(User.display_name)
        .tuples()
    ]
    in_store = WorkOrder.select().where(WorkOrder.status.not_in((OrderStatus.DELIVERED, OrderStatus.CANCELLED))).count()
    waiting = AddedWork.select().where(AddedWork.answer == AddedWorkAnswer.PENDING).count()
    return {
        "day": day,
        "cars_in": sum(by_job.values()),
        "cars_in_by_job": by_job,
        "comebacks": by_job.get(JobType.COMEBACK, 0),
        "appointments": appointments,
        "signed": signed_count,
        "signed_estimate": signed_total,
        "added_work_answers": answers,
        "added_work_accepted_amount": accepted_amount,
        "delivered": delivered,
        "in_store": in_store,
        "waiting_answers": waiting,
        "per_advisor": per_advisor,
    }
