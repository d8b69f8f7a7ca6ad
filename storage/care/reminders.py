"""Reminders (seed 003 客服代表: 定期保养提醒、三个月内未回厂客户、流失客户跟踪回访): the next service
due by date and by mileage, insurance renewal and annual inspection dates, tomorrow's
appointments, and the customers who stopped coming. Each due date is reminded twice: two weeks
ahead (care.remind_ahead_days) and again near the date (care.remind_near_days).

The next service of a car is kept as a Reminder row (kind 保养), recomputed when an order of the car
is handed back and on demand (refresh_all_service_reminders): from its last service (保养 order: date
and mileage, else the purchase date), the model's interval (VehicleModel.service_km / service_months)
and its average daily distance over the last two years of MileageReading. The due date is the
earlier of "interval months after the last service" and "the day the odometer reaches the due km".
Insurance and inspection dates are read from the vehicle as they are now; a Reminder row only
records that the customer was reminded for that date.
"""
import datetime as dt
import math

from peewee import JOIN, fn

from storage.care.common import TOPIC, add_months, setting_int, today
from storage.models import Appointment, Customer, MileageReading, Reminder, Vehicle, VehicleModel, WorkOrder, now
from storage.plumbing import changes
from storage.plumbing.db import transaction
from storage.plumbing.locking import locked
from storage.plumbing.paging import check_limit, keyset_page
# the module, not its names: reception.appointments reaches this package back through storage.cashier's
# package import, so its names may not exist yet while this module loads
from storage.reception import appointments
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.privacy import phone_on_screen
from storage.rules.validation import clean_text
from storage.rules.vocabulary import AppointmentStatus, OrderStatus

SERVICE = "保养"
DATED = ("保险到期", "年审")
LOST = "流失"
KINDS = (SERVICE, *DATED, LOST)
DEFAULT_DAILY_KM = 40  # about 15,000 km a year, a private car's usual distance, until a car has history
HISTORY_DAYS = 730
MIN_HISTORY_DAYS = 30
# A due date this far in the past is no longer reminded: the lost-customer list takes the car over.
OVERDUE_SHOWN_DAYS = 30
STAGES = {1: "两周提醒", 2: "到期提醒"}


def _dated_column(kind: str):
    return {"保险到期": Vehicle.insurance_due, "年审": Vehicle.inspection_due}[kind]


# ---------------------------------------------------------------- computing the next service


def next_service(*, base_date: dt.date, base_km: int, service_km: int, months: int, last_km: int,
                 last_date: dt.date, daily_km: int) -> tuple[dt.date, int]:
    """(due date, due km) of the next service: the interval's months after the last one, or the day
    the odometer reaches the due km at the car's usual pace, whichever comes first."""
    due_km = base_km + service_km
    by_date = add_months(base_date, months)
    if last_km >= due_km:
        by_km = last_date
    else:
        by_km = last_date + dt.timedelta(days=math.ceil((due_km - last_km) / max(1, daily_km)))
    return min(by_date, by_km), due_km


def daily_km(*, first_km: int | None, first_at: dt.datetime | None, last_km: int, last_at: dt.datetime | None,
             purchase_date: dt.date | None) -> int:
    """The car's average distance a day: over its readings of the last two years, else since purchase."""
    if first_at is not None and last_at is not None and (last_at - first_at).days >= MIN_HISTORY_DAYS and last_km > first_km:
        return max(1, round((last_km - first_km) / (last_at - first_at).days))
    if purchase_date is not None and last_at is not None:
        days = (last_at.date() - purchase_date).days
        if days >= MIN_HISTORY_DAYS and last_km > 0:
            return max(1, round(last_km / days))
    return DEFAULT_DAILY_KM


def refresh_service_reminders(vehicle_ids) -> int:
    """Recompute the next service of these cars (a fixed number of queries for any number of cars) and
    keep one open 保养 reminder each: the same service cycle keeps its reminder stage, a new cycle (the
    car was serviced) closes the old reminder and opens a new one. Call inside a transaction.
    Returns how many reminders were opened or moved."""
    ids = list(vehicle_ids)
    if not ids:
        return 0
    cars = list(Vehicle.select(Vehicle.id, Vehicle.purchase_date, Vehicle.last_mileage, Vehicle.last_visit_at,
                               Vehicle.created_at, VehicleModel.service_km, VehicleModel.service_months)
                .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
                .where(Vehicle.id << ids).dicts())
    serviced = {}
    for vehicle_id, opened_at, mileage in (
            WorkOrder.select(WorkOrder.vehicle, WorkOrder.opened_at, WorkOrder.mileage)
            .where((WorkOrder.vehicle << ids) & (WorkOrder.job_type == SERVICE) & (WorkOrder.status != OrderStatus.CANCELLED))
            .order_by(WorkOrder.vehicle, WorkOrder.opened_at).tuples()):
        serviced[vehicle_id] = (opened_at, mileage)  # the last one wins
    since = now() - dt.timedelta(days=HISTORY_DAYS)
    readings = {row[0]: row[1:] for row in (
        MileageReading.select(MileageReading.vehicle, fn.MIN(MileageReading.km), fn.MIN(MileageReading.at),
                              fn.MAX(MileageReading.km), fn.MAX(MileageReading.at))
        .where((MileageReading.vehicle << ids) & (MileageReading.at >= since))
        .group_by(MileageReading.vehicle).tuples())}
    as_time = MileageReading.at.python_value
    open_rows = {r.vehicle_id: r for r in Reminder.select().where(
        (Reminder.vehicle << ids) & (Reminder.kind == SERVICE) & (Reminder.done == False))}  # noqa: E712
    moved = 0
    for car in cars:
        first_km, first_at, last_km, last_at = readings.get(car["id"], (None, None, None, None))
        first_at, last_at = as_time(first_at), as_time(last_at)
        last_km = max(last_km or 0, car["last_mileage"] or 0)
        last_at = last_at or car["last_visit_at"] or car["created_at"]
        if car["id"] in serviced:
            opened_at, base_km = serviced[car["id"]]
            base_date = opened_at.date()
        elif car["purchase_date"] is not None:
            base_date, base_km = car["purchase_date"], 0
        else:
            base_date, base_km = car["created_at"].date(), car["last_mileage"] or 0
        due_on, due_km = next_service(
            base_date=base_date, base_km=base_km or 0, service_km=car["service_km"] or 10000,
            months=car["service_months"] or 12, last_km=last_km, last_date=last_at.date(),
            daily_km=daily_km(first_km=first_km, first_at=first_at, last_km=last_km, last_at=last_at,
                              purchase_date=car["purchase_date"]))
        current = open_rows.get(car["id"])
        if current is not None and current.due_km == due_km:
            if current.due_on != due_on:
                Reminder.update(due_on=due_on).where(Reminder.id == current.id).execute()
                moved += 1
            continue
        if current is not None:
            Reminder.update(done=True).where(Reminder.id == current.id).execute()
        Reminder.create(vehicle=car["id"], kind=SERVICE, due_on=due_on, due_km=due_km)
        moved += 1
    return moved


def refresh_all_service_reminders(user, *, batch: int = 500, cancel=None, progress=None) -> int:
    """Recompute every car's next service, a batch of cars per transaction (a background task: the
    stations keep working). `cancel` is a threading.Event; `progress(done_cars)` is told as it goes."""
    require(user, "care.follow_up")
    last_id, total, done = 0, 0, 0
    while not (cancel is not None and cancel.is_set()):
        ids = [i for (i,) in Vehicle.select(Vehicle.id).where(Vehicle.id > last_id).order_by(Vehicle.id)
               .limit(batch).tuples()]
        if not ids:
            break
        with transaction():
            total += refresh_service_reminders(ids)
        last_id, done = ids[-1], done + len(ids)
        if progress is not None:
            progress(done)
    if total:
        with transaction():
            changes.notify(TOPIC)
    return total


# ---------------------------------------------------------------- the lists


def _car_columns():
    return (Vehicle.id.alias("vehicle_id"), Vehicle.plate, Vehicle.model_text, Vehicle.last_mileage,
            Vehicle.last_visit_at, VehicleModel.brand, VehicleModel.name.alias("model_name"),
            Customer.id.alias("customer_id"), Customer.name.alias("customer"), Customer.phone)


def _with_car(query):
    return (query.join(Customer, on=(Vehicle.owner == Customer.id)).switch(Vehicle)
            .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id)))


def _booked(moment):
    """The car's next booked appointment (a correlated subquery: one index probe a row)."""
    return (Appointment.select(fn.MIN(Appointment.starts_at))
            .where((Appointment.vehicle == Vehicle.id) & (Appointment.status == AppointmentStatus.BOOKED) & (Appointment.starts_at >= moment)))


def _finish(user, rows: list[dict], as_of: dt.date) -> list[dict]:
    near = setting_int("care.remind_near_days")
    for row in rows:
        brand, name, text = row.pop("brand"), row.pop("model_name"), row.pop("model_text")
        row["model"] = f"{brand} {name}" if brand else text
        row["phone"] = phone_on_screen(user, row["phone"])
        if "booked_at" in row:
            row["booked_at"] = Appointment.starts_at.python_value(row["booked_at"])
        if "due_on" in row and row.get("kind") != LOST:
            row["days_left"] = (row["due_on"] - as_of).days
            row["reminder"] = STAGES[2] if row["days_left"] <= near else STAGES[1]
    return rows


def _window(as_of: dt.date, column, stage):
    """Due within the first-reminder horizon and not yet reminded at the stage it now needs."""
    ahead, near = setting_int("care.remind_ahead_days"), setting_int("care.remind_near_days")
    in_window = (column >= as_of - dt.timedelta(days=OVERDUE_SHOWN_DAYS)) & (column <= as_of + dt.timedelta(days=ahead))
    owed = stage.is_null() | (stage == 0) | ((stage == 1) & (column <= as_of + dt.timedelta(days=near)))
    return in_window & owed


def service_due(user, *, as_of: dt.date | None = None, after=None, limit: int = 50):
    """Cars whose next service is within the reminder horizon and owe a reminder, soonest first; a car
    now in the workshop is left out. Keyset paging on (due date, reminder id)."""
    require(user, "archive.view")
    limit, as_of = check_limit(limit), as_of or today()
    in_shop = WorkOrder.select(WorkOrder.id).where(
        (WorkOrder.vehicle == Vehicle.id) & WorkOrder.status.not_in((OrderStatus.DELIVERED, OrderStatus.CANCELLED)))
    query = _with_car(
        Reminder.select(Reminder.id, Reminder.kind, Reminder.due_on, Reminder.due_km, Reminder.stage,
                        Reminder.last_reminded_at, *_car_columns(), _booked(now()).alias("booked_at"))
        .join(Vehicle, on=(Reminder.vehicle == Vehicle.id))
    ).where((Reminder.kind == SERVICE) & (Reminder.done == False) & _window(as_of, Reminder.due_on, Reminder.stage)  # noqa: E712
            & ~fn.EXISTS(in_shop)).dicts()
    rows, after = keyset_page(query, [Reminder.due_on, Reminder.id], after, limit)
    return _finish(user, rows, as_of), after


def dated_due(user, kind: str, *, as_of: dt.date | None = None, after=None, limit: int = 50):
    """保险到期 or 年审: cars whose date on file is within the reminder horizon and owe a reminder.
    Keyset paging on (the date, vehicle id)."""
    require(user, "archive.view")
    if kind not in DATED:
        raise ValueError(f"unknown dated reminder {kind!r}")
    limit, as_of = check_limit(limit), as_of or today()
    column = _dated_column(kind)
    sent = Reminder.alias()
    query = _with_car(
        Vehicle.select(column.alias("due_on"), sent.stage, sent.last_reminded_at, *_car_columns(),
                       _booked(now()).alias("booked_at"))
        .join(sent, JOIN.LEFT_OUTER, on=((sent.vehicle == Vehicle.id) & (sent.kind == kind) & (sent.due_on == column)))
        .switch(Vehicle)
    ).where(_window(as_of, column, sent.stage)).dicts()
    rows, after = keyset_page(query, [column, Vehicle.id], after, limit, key=lambda r: (r["due_on"], r["vehicle_id"]))
    for row in rows:
        row["kind"], row["stage"] = kind, row["stage"] or 0
    return _finish(user, rows, as_of), after


def lost_customers(user, *, as_of: dt.date | None = None, include_contacted: bool = False, after=None,
                   limit: int = 50):
    """流失客户: cars not back for care.lost_after_months (3 by default), the most recently lost first,
    with the last time the desk called about it. Called since their last visit: left out unless
    `include_contacted`. Keyset paging on (last visit, vehicle id), newest first."""
    require(user, "archive.view")
    limit, as_of = check_limit(limit), as_of or today()
    months = setting_int("care.lost_after_months")
    cutoff = dt.datetime.combine(add_months(as_of, -months), dt.time())
    since_visit = ((Reminder.vehicle == Vehicle.id) & (Reminder.kind == LOST)
                   & (Reminder.last_reminded_at > Vehicle.last_visit_at))
    contacted = Reminder.select(fn.MAX(Reminder.last_reminded_at)).where(since_visit)
    query = _with_car(Vehicle.select(*_car_columns(), contacted.alias("contacted_at"))).where(
        Vehicle.last_visit_at < cutoff).dicts()
    if not include_contacted:
        query = query.where(~fn.EXISTS(Reminder.select(Reminder.id).where(since_visit)))
    found, after = keyset_page(query, [Vehicle.last_visit_at, Vehicle.id], after, limit, descending=True,
                               key=lambda r: (r["last_visit_at"], r["vehicle_id"]))
    rows = _finish(user, found, as_of)
    for row in rows:
        row["kind"] = LOST
        row["contacted_at"] = Reminder.last_reminded_at.python_value(row["contacted_at"])
        row["months_away"] = (as_of.year - row["last_visit_at"].year) * 12 + as_of.month - row["last_visit_at"].month
    return rows, after


def tomorrow_appointments(user, day: dt.date | None = None) -> tuple[list[dict], None]:
    """Appointments of `day` (tomorrow) still booked: the customers to remind the day before (seed
    001: 提前半天或一天). A day's appointments are few: one page."""
    require(user, "archive.view")

    rows = appointments.reminder_list(day or today() + dt.timedelta(days=1))
    for row in rows:
        row["phone"] = phone_on_screen(user, row["phone"])
    return rows, None


def remind_appointment(user, appointment_id: int, version: int):
    """The customer was called about the appointment (reception's own record of it)."""
    return appointments.mark_reminded(user, appointment_id, version)


# ---------------------------------------------------------------- recording a reminder


def record_reminder(user, *, vehicle_id: int, kind: str, due_on: dt.date | None = None, note: str = "") -> Reminder:
    """The customer was reminded of this due date (保养, 保险到期, 年审), or a lost customer was called
    (流失; `note` is the reason they gave). A reminder already given at this stage is refused."""
    require(user, "care.follow_up")
    if kind not in KINDS:
        raise ValidationError(f"提醒类别只能是：{'、'.join(KINDS)}。", field="kind")
    note = clean_text(note, "客户反馈", max_length=300, required=kind == LOST, field="note")
    moment = now()
    with transaction():
        vehicle = locked(Vehicle, vehicle_id, "该车辆")
        if kind == LOST:
            if vehicle.last_visit_at is None:
                raise ValidationError(f"{vehicle.plate} 没有进厂记录，不是流失客户。")
            due_on = vehicle.last_visit_at.date()
        elif kind in DATED:
            if getattr(vehicle, "insurance_due" if kind == "保险到期" else "inspection_due") != due_on:
                raise ValidationError(f"{vehicle.plate} 的{kind}日期已更改，请刷新列表后再登记。")
        query = Reminder.select().where((Reminder.vehicle == vehicle_id) & (Reminder.kind == kind)
                                        & (Reminder.due_on == due_on) & (Reminder.done == False))  # noqa: E712
        reminder = query.first()
        if kind == SERVICE and reminder is None:
            raise NotFound(f"{vehicle.plate} 没有该日期的保养提醒，请刷新列表。")
        if kind == LOST:
            if reminder and reminder.last_reminded_at and reminder.last_reminded_at.date() == moment.date():
                raise ValidationError(f"{vehicle.plate} 今天已由 {reminder.reminded_by} 回访过。")
            stage = (reminder.stage if reminder else 0) + 1
        else:
            stage = 2 if (due_on - moment.date()).days <= setting_int("care.remind_near_days") else 1
            if reminder is not None and reminder.stage >= stage:
                raise ValidationError(
                    f"{vehicle.plate} 的{kind}（{due_on:%Y-%m-%d}）{STAGES[stage]}已于 "
                    f"{reminder.last_reminded_at:%m-%d %H:%M} 由 {reminder.reminded_by} 登记，不用重复提醒。")
        values = {"stage": stage, "last_reminded_at": moment, "reminded_by": user.display_name, "note": note}
        if reminder is None:
            reminder = Reminder.create(vehicle=vehicle_id, kind=kind, due_on=due_on, **values)
        else:
            Reminder.update(**values).where(Reminder.id == reminder.id).execute()
            reminder = Reminder.get_by_id(reminder.id)
        changes.notify(TOPIC)
    return reminder
