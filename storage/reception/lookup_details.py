"""The rest of a car's file for the look-up hit the advisor has selected (查档案): its last visits,
the maintenance due, the declined work still to do (建议项目表) and the next appointment.
Reached through storage.reception.search.add_details.

A car's history is scattered over a store's ten years of orders (on a 3 GB file, a disk page per
order when it is not in memory), so it is read for the hit shown in full, not for every hit of
every keystroke; and it is read so that the database touches only what is shown: the newest
service found newest-first down the (vehicle, opened_at) index, the visits ranked in that index
alone before the three shown are read.
"""
import datetime as dt

from peewee import JOIN, fn

from storage.models import Appointment, Reminder, Suggestion, Vehicle, VehicleModel, WorkOrder
from storage.plumbing.compiled import Statement
from storage.rules.auth import require
from storage.rules.vocabulary import AppointmentStatus, JobType, OrderStatus

VISITS_SHOWN = 3
# Due maintenance is flagged this far ahead (seed 003: reminders two weeks ahead and near the date).
DUE_SOON_DAYS = 30
DUE_SOON_KM = 1000


def add_details(user, hits: list) -> list:
    """Fill in the cars' last visits, due maintenance, declined work (建议项目表) and next appointment,
    in three queries whatever the number of hits; hits already detailed are left as they are. For
    the hit the advisor has selected (the window asks as the selection moves). Returns the hits."""
    require(user, "archive.view")
    return details(hits)


def details(hits: list) -> list:
    """add_details without the permission check (storage.reception.search.warm_up, at the program's start)."""
    todo = {h.vehicle_id: h for h in hits if h.vehicle_id and not h.detailed}
    for h in hits:
        h.detailed = True
    if not todo:
        return hits
    ids = list(todo)
    for row in _FACTS.rows(ids, dt.datetime.now().replace(microsecond=0)):
        _add_facts(todo[row[0]], row)
    _fill_visits(todo, ids)
    for vehicle_id, number, description, created_at, row_id in _DECLINED.rows(ids):
        todo[vehicle_id].declined.append({"id": row_id, "description": description, "created_at": created_at,
                                          "order": number or ""})
    return hits


def _facts(ids, moment):
    """Each car's one-value facts as correlated subqueries (each an index probe): the last service
    (保养), the care station's next service reminder, the next appointment. One round trip instead of
    four, which matters on a database across the network."""
    serviced = (WorkOrder.vehicle == Vehicle.id) & (WorkOrder.job_type == JobType.MAINTENANCE) & (WorkOrder.status != OrderStatus.CANCELLED)
    reminded = (Reminder.vehicle == Vehicle.id) & (Reminder.kind == "保养") & (Reminder.done == False)  # noqa: E712
    booked = (Appointment.vehicle == Vehicle.id) & (Appointment.status == AppointmentStatus.BOOKED) & (Appointment.starts_at >= moment)

    def first(model, column, condition, *order):
        return model.select(column).where(condition).order_by(*order).limit(1)

    return (
        Vehicle.select(
            Vehicle.id, Vehicle.last_mileage, Vehicle.purchase_date, VehicleModel.service_km, VehicleModel.service_months,
            # The newest service, read newest first down the (vehicle, opened_at) index: it stops
            # at the first 保养 instead of reading every visit of the car (a disk page each).
            first(WorkOrder, WorkOrder.opened_at, serviced, WorkOrder.opened_at.desc(), WorkOrder.id.desc()),
            first(WorkOrder, WorkOrder.mileage, serviced, WorkOrder.opened_at.desc(), WorkOrder.id.desc()),
            first(Reminder, Reminder.due_on, reminded, Reminder.due_on),
            first(Reminder, Reminder.due_km, reminded, Reminder.due_on),
            first(Appointment, Appointment.number, booked, Appointment.starts_at),
            first(Appointment, Appointment.starts_at, booked, Appointment.starts_at),
            first(Appointment, Appointment.job_type, booked, Appointment.starts_at),
        )
        .join(VehicleModel, JOIN.LEFT_OUTER)
        .where(Vehicle.id.in_(ids))
    )


_FACTS = Statement(_facts)


def _add_facts(hit, row) -> None:
    (_, km, bought, service_km, months, serviced_at, serviced_km, remind_on, remind_km,
     appt_number, appt_at, appt_job) = row
    # Subquery columns carry no field, so their values are turned into Python here.
    if appt_number:
        hit.next_appointment = {"number": appt_number, "starts_at": Appointment.starts_at.python_value(appt_at),
                                "job_type": appt_job}
    hit.due_maintenance = _due(
        remind_on=Reminder.due_on.python_value(remind_on), remind_km=remind_km,
        serviced_at=WorkOrder.opened_at.python_value(serviced_at), serviced_km=serviced_km,
        bought=bought, service_km=service_km or 10000, months=months or 12, last_km=km,
    )


def _due(*, remind_on, remind_km, serviced_at, serviced_km, bought, service_km, months, last_km) -> dict | None:
    """The care station's reminder when there is one; otherwise reckoned from the last service
    (保养) and the model's interval, or from the purchase date for a car never serviced here."""
    if remind_on is not None:
        due = {"due_on": remind_on, "due_km": remind_km, "source": "提醒"}
    elif serviced_at is not None:
        due = {"due_on": _add_months(serviced_at.date(), months), "due_km": (serviced_km or 0) + service_km, "source": "推算"}
    elif bought is not None:
        due = {"due_on": _add_months(bought, months), "due_km": service_km, "source": "推算"}
    else:
        return None
    today = dt.date.today()
    km_left = due["due_km"] - last_km if due["due_km"] else None
    if due["due_on"] <= today or (km_left is not None and km_left <= 0):
        due["state"] = "已到期"
    elif due["due_on"] <= today + dt.timedelta(days=DUE_SOON_DAYS) or (km_left is not None and km_left <= DUE_SOON_KM):
        due["state"] = "即将到期"
    else:
        due["state"] = "未到期"
    return due


# Declined work still to do, newest first. COALESCE keeps SQLite (no statistics) from reading every
# open suggestion through the done_in index instead of the car's few through the vehicle index.
_DECLINED = Statement(
    lambda ids: Suggestion.select(
        Suggestion.vehicle, WorkOrder.number, Suggestion.description, Suggestion.created_at, Suggestion.id,
    )
    .join(WorkOrder, JOIN.LEFT_OUTER, on=(Suggestion.order == WorkOrder.id))
    .where(Suggestion.vehicle.in_(ids) & (fn.COALESCE(Suggestion.done_in, 0) == 0))
    .order_by(Suggestion.id.desc())
)


def _ranked_visits(ids):
    """The newest visits of each car. The ranking reads only the (vehicle, opened_at) index, which
    holds the order ids too; only the orders shown are then read, each a page of its own on disk."""
    newest = WorkOrder.alias()
    rank = fn.ROW_NUMBER().over(partition_by=[newest.vehicle], order_by=[newest.opened_at.desc(), newest.id.desc()])
    ranked = newest.select(newest.id, rank.alias("rank")).where(newest.vehicle.in_(ids))
    return (
        WorkOrder.select(
            WorkOrder.vehicle, WorkOrder.number, WorkOrder.opened_at, WorkOrder.job_type, WorkOrder.status,
            WorkOrder.mileage, WorkOrder.estimate_total,
        )
        .join(ranked, on=(WorkOrder.id == ranked.c.id))
        .where(ranked.c.rank <= VISITS_SHOWN)
        .order_by(WorkOrder.vehicle, ranked.c.rank)
    )


_VISITS = Statement(_ranked_visits)


def _fill_visits(by_vehicle: dict, ids: list[int]) -> None:
    as_time, as_money = WorkOrder.opened_at.python_value, WorkOrder.estimate_total.python_value
    for vehicle_id, number, opened_at, job_type, status, mileage, estimate in _VISITS.rows(ids):
        by_vehicle[vehicle_id].visits.append({"number": number, "opened_at": as_time(opened_at), "job_type": job_type,
                                              "status": status, "mileage": mileage, "estimate": as_money(estimate)})


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


__all__ = ["add_details"]
