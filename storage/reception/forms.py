"""Reception's forms for the customer to sign or keep (seed 001's list of seventeen, seed 003's
服务顾问工作流程), as plain data for printing/:

    added_work_sheet(order_id) -> dict      维修追加项目单: the items the workshop raised, their lines and
                                            amounts, the delay, and the customer's answer (同意 / 拒绝 /
                                            待答复), for the customer's signature
    suggestions_sheet(order_id) -> dict     建议项目表: the work the customer declined on this visit and
                                            what is still open from earlier visits, signed and kept
    service_card(order_id) -> dict          售后服务卡: the store, the advisor, the hotline, this visit
                                            and the next service (date and mileage)
    latest_added_work_number(), latest_suggestions_number(), latest_card_number() -> str | None

Read-only; a fixed number of queries per call.
"""
from peewee import JOIN, fn

from storage.models import AddedWork, Appointment, Reminder, Suggestion, WorkOrder
from storage.reception.documents import order_detail
from storage.reception.lookup_details import _due
from storage.rules import settings
from storage.rules.money import ZERO
from storage.rules.vocabulary import AddedWorkAnswer, JobType, OrderStatus

FOLLOW_UP_HOURS = 72  # seed 003: 客服部门会在 72 小时内进行回访


def added_work_sheet(order_id: int) -> dict:
    detail = order_detail(order_id)
    items = detail["added_work"]
    answered = [w for w in items if w["answer"] != AddedWorkAnswer.PENDING]
    return {
        **detail,
        "store": settings.store_header(),
        "items": items,
        "accepted_total": sum((w["amount"] for w in items if w["answer"] == AddedWorkAnswer.AGREED), ZERO),
        "pending": [w for w in items if w["answer"] == AddedWorkAnswer.PENDING],
        "answered": answered,
    }


def _suggestions(vehicle_id: int) -> list[dict]:
    rows = (
        Suggestion.select(Suggestion, WorkOrder.number.alias("order_number"))
        .join(WorkOrder, JOIN.LEFT_OUTER, on=(Suggestion.order == WorkOrder.id))
        .where(Suggestion.vehicle == vehicle_id)
        .order_by(Suggestion.created_at, Suggestion.id)
        .objects()
    )
    return [{"id": s.id, "order_id": s.order_id, "order": s.order_number or "", "description": s.description,
             "created_at": s.created_at, "done_in_id": s.done_in_id} for s in rows]


def suggestions_sheet(order_id: int) -> dict:
    """This visit's declined items, and the car's earlier ones still not done (to raise again)."""
    detail = order_detail(order_id)
    order = detail["order"]
    every = _suggestions(order.vehicle_id)
    return {
        **detail,
        "store": settings.store_header(),
        "declined": [s for s in every if s["order_id"] == order.id],
        "earlier": [s for s in every if s["order_id"] != order.id and not s["done_in_id"]],
        "taken_up": [s for s in every if s["done_in_id"] == order.id],
    }


def open_suggestions(vehicle_id: int) -> list[dict]:
    """The car's declined work still to do, oldest first: shown again at check-in."""
    return [s for s in _suggestions(vehicle_id) if not s["done_in_id"]]


def declined_at_check_in(*, vehicle_id=None, appointment_id=None, comeback_of=None) -> list[dict]:
    """The open declined work of the car being checked in (a walk-in, a booked car or a comeback)."""
    if vehicle_id is None and appointment_id is not None:
        vehicle_id = Appointment.select(Appointment.vehicle).where(Appointment.id == appointment_id).scalar()
    if vehicle_id is None and comeback_of is not None:
        vehicle_id = WorkOrder.select(WorkOrder.vehicle).where(WorkOrder.id == comeback_of).scalar()
    return open_suggestions(vehicle_id) if vehicle_id else []


def service_card(order_id: int) -> dict:
    detail = order_detail(order_id)
    order, vehicle = detail["order"], detail["vehicle"]
    model = vehicle.model if vehicle.model_id else None
    reminder = (Reminder.select().where((Reminder.vehicle == vehicle.id) & (Reminder.kind == "保养")
                                        & (Reminder.done == False))  # noqa: E712 (SQL)
                .order_by(Reminder.due_on).first())
    serviced = (WorkOrder.select(WorkOrder.opened_at, WorkOrder.mileage)
                .where((WorkOrder.vehicle == vehicle.id) & (WorkOrder.job_type == JobType.MAINTENANCE) & (WorkOrder.status != OrderStatus.CANCELLED))
                .order_by(WorkOrder.opened_at.desc(), WorkOrder.id.desc()).first())
    due = _due(remind_on=reminder.due_on if reminder else None, remind_km=reminder.due_km if reminder else None,
               serviced_at=serviced.opened_at if serviced else None, serviced_km=serviced.mileage if serviced else None,
               bought=vehicle.purchase_date, service_km=(model.service_km if model else 0) or 10000,
               months=(model.service_months if model else 0) or 12, last_km=max(vehicle.last_mileage or 0, order.mileage or 0))
    store = settings.store_header()
    advisor = order.advisor
    return {
        **detail,
        "store": store,
        "advisor_phone": advisor.phone or store.get("phone", ""),
        "hotline": store.get("phone", ""),
        "next_service": due,
        "visit_at": order.delivered_at or order.settled_at or order.opened_at,
        "follow_up_hours": FOLLOW_UP_HOURS,
    }


def _newest(query) -> str | None:
    return query.order_by(WorkOrder.id.desc()).scalar()


def latest_added_work_number() -> str | None:
    return _newest(WorkOrder.select(WorkOrder.number).where(
        fn.EXISTS(AddedWork.select(AddedWork.id).where(AddedWork.order == WorkOrder.id))))


def latest_suggestions_number() -> str | None:
    return _newest(WorkOrder.select(WorkOrder.number).where(
        fn.EXISTS(Suggestion.select(Suggestion.id).where(Suggestion.order == WorkOrder.id))))


def latest_card_number() -> str | None:
    return (_newest(WorkOrder.select(WorkOrder.number).where(WorkOrder.status.in_((OrderStatus.SETTLED,
                                                                                   OrderStatus.DELIVERED))))
            or _newest(WorkOrder.select(WorkOrder.number)))


__all__ = ["added_work_sheet", "suggestions_sheet", "open_suggestions", "declined_at_check_in", "service_card", "latest_added_work_number",
           "latest_suggestions_number", "latest_card_number"]
