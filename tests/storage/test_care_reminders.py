"""Reminders: the next service by date and by mileage, reminded two weeks ahead and near the date;
insurance and inspection dates; tomorrow's appointments; lost customers."""
import datetime as dt

import pytest

from storage.care import reminders
from storage.models import MileageReading, Reminder, Vehicle, VehicleModel, WorkOrder
from storage.plumbing.db import transaction
from storage.rules import auth, settings
from storage.rules.errors import PermissionDenied, ValidationError
from tests.factories import delivered_order, make_car, make_order

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _today_is_the_day_the_test_starts():
    """A run that crosses midnight: TODAY is each test's own day, not the day the module was loaded."""
    global TODAY
    TODAY = dt.date.today()
D = dt.timedelta


@pytest.fixture
def care(users):
    return users[auth.CARE]


@pytest.mark.parametrize("base, base_km, last_km, last_date, daily, expected", [
    # 10,000 km or 12 months: a quiet car reaches the date first ...
    (dt.date(2026, 1, 10), 20000, 22000, dt.date(2026, 6, 1), 20, (dt.date(2027, 1, 10), 30000)),
    # ... a busy one the mileage: 8,000 km to go at 100 a day is 80 days after the last reading
    (dt.date(2026, 1, 10), 20000, 22000, dt.date(2026, 6, 1), 100, (dt.date(2026, 8, 20), 30000)),
    # already past the due mileage: due at once (the last reading's day)
    (dt.date(2026, 1, 10), 20000, 31000, dt.date(2026, 6, 1), 40, (dt.date(2026, 6, 1), 30000)),
])
def test_the_next_service_is_the_earlier_of_the_date_and_the_mileage(base, base_km, last_km, last_date, daily, expected):
    assert reminders.next_service(base_date=base, base_km=base_km, service_km=10000, months=12, last_km=last_km,
                                  last_date=last_date, daily_km=daily) == expected


T0 = dt.datetime(2026, 1, 1)


@pytest.mark.parametrize("first_km, first_at, last_km, last_at, bought, expected", [
    (10000, T0, 13000, T0 + D(days=100), None, 30),  # two readings 100 days apart
    (10000, T0, 10300, T0 + D(days=10), dt.date(2025, 1, 1), 27),  # too short a span: since purchase 10300/375
    (None, None, 0, None, None, reminders.DEFAULT_DAILY_KM),  # nothing known
    (10000, T0, 10000, T0 + D(days=200), None, reminders.DEFAULT_DAILY_KM),  # no distance in the span
])
def test_the_daily_distance_comes_from_readings_then_the_purchase_date(first_km, first_at, last_km, last_at, bought, expected):
    assert reminders.daily_km(first_km=first_km, first_at=first_at, last_km=last_km, last_at=last_at,
                              purchase_date=bought) == expected


def _car_with_history(advisor, *, serviced_days_ago=150, km_at_service=20000, km_now=24000, model_km=10000, months=12):
    model = VehicleModel.get_or_create(brand="大众", name=f"测试{model_km}-{months}",
                                       defaults={"service_km": model_km, "service_months": months})[0]
    car = make_car(advisor)
    Vehicle.update(model=model.id, last_mileage=km_now).where(Vehicle.id == car.id).execute()
    order = make_order(advisor, vehicle=car, status="已交车", job_type="保养", mileage=km_at_service)
    at = dt.datetime.now().replace(microsecond=0) - D(days=serviced_days_ago)
    WorkOrder.update(opened_at=at).where(WorkOrder.id == order.id).execute()
    MileageReading.create(vehicle=car.id, km=km_at_service, at=at)
    MileageReading.create(vehicle=car.id, km=km_now, at=at + D(days=100))
    return Vehicle.get_by_id(car.id)


def _open_service(car):
    return list(Reminder.select().where((Reminder.vehicle == car.id) & (Reminder.kind == "保养") & ~Reminder.done))


def test_a_cars_next_service_is_kept_as_one_open_reminder(advisor):
    car = _car_with_history(advisor)  # 40 km a day, 6,000 km to go from a reading 50 days ago: due in 100 days
    with transaction():
        assert reminders.refresh_service_reminders([car.id]) == 1
        assert reminders.refresh_service_reminders([car.id]) == 0  # nothing changed
    (open_,) = _open_service(car)
    assert (open_.due_km, open_.due_on) == (30000, TODAY + D(days=100))
    Reminder.update(stage=1).where(Reminder.id == open_.id).execute()
    MileageReading.create(vehicle=car.id, km=27000, at=dt.datetime.now())  # driven harder: due sooner, same cycle
    Vehicle.update(last_mileage=27000).where(Vehicle.id == car.id).execute()
    with transaction():
        reminders.refresh_service_reminders([car.id])
    (moved,) = _open_service(car)
    assert (moved.id, moved.stage, moved.due_km) == (open_.id, 1, 30000) and moved.due_on < open_.due_on


def test_a_service_handed_back_closes_the_reminder_and_opens_the_next(users, advisor):
    car = _car_with_history(advisor)
    with transaction():
        reminders.refresh_service_reminders([car.id])
    (before,) = _open_service(car)
    delivered_order(users, vehicle=car, job_type="保养", mileage=24500)
    (after,) = _open_service(car)
    assert after.id != before.id and after.due_km == 34500 and Reminder.get_by_id(before.id).done


def test_service_due_is_reminded_two_weeks_ahead_then_near_the_date(care, advisor):
    car = _car_with_history(advisor)
    with transaction():
        reminders.refresh_service_reminders([car.id])
    (reminder,) = _open_service(car)
    Reminder.update(due_on=TODAY + D(days=10)).where(Reminder.id == reminder.id).execute()
    rows, _ = reminders.service_due(care)
    assert [(r["plate"], r["reminder"], r["days_left"]) for r in rows] == [(car.plate, "两周提醒", 10)]
    first = reminders.record_reminder(care, vehicle_id=car.id, kind="保养", due_on=TODAY + D(days=10), note="下周来")
    assert (first.stage, first.reminded_by) == (1, care.display_name)
    with pytest.raises(ValidationError, match="两周提醒已于 .* 登记，不用重复提醒"):
        reminders.record_reminder(care, vehicle_id=car.id, kind="保养", due_on=TODAY + D(days=10))
    assert reminders.service_due(care)[0] == []
    # three days before the date the near reminder is owed
    assert [r["reminder"] for r in reminders.service_due(care, as_of=TODAY + D(days=8))[0]] == ["到期提醒"]
    assert reminders.service_due(care, as_of=TODAY + D(days=6))[0] == []
    Reminder.update(due_on=TODAY + D(days=2)).where(Reminder.id == reminder.id).execute()
    second = reminders.record_reminder(care, vehicle_id=car.id, kind="保养", due_on=TODAY + D(days=2))
    assert second.stage == 2 and reminders.service_due(care)[0] == []


def test_a_car_in_the_workshop_is_not_reminded(care, advisor):
    car = _car_with_history(advisor)
    with transaction():
        reminders.refresh_service_reminders([car.id])
    Reminder.update(due_on=TODAY + D(days=5)).where(Reminder.vehicle == car.id).execute()
    assert len(reminders.service_due(care)[0]) == 1
    make_order(advisor, vehicle=car, status="维修中")
    assert reminders.service_due(care)[0] == []


def test_insurance_and_inspection_dates_are_reminded_once_per_stage(care, advisor):
    soon, later, far = (make_car(advisor) for _ in range(3))
    for car, insurance, inspection in ((soon, TODAY + D(days=2), None), (later, TODAY + D(days=12), TODAY + D(days=13)),
                                       (far, TODAY + D(days=40), None)):
        Vehicle.update(insurance_due=insurance, inspection_due=inspection).where(Vehicle.id == car.id).execute()
    rows, _ = reminders.dated_due(care, "保险到期")
    assert [(r["plate"], r["reminder"]) for r in rows] == [(soon.plate, "到期提醒"), (later.plate, "两周提醒")]
    assert [r["plate"] for r in reminders.dated_due(care, "年审")[0]] == [later.plate]
    reminders.record_reminder(care, vehicle_id=later.id, kind="保险到期", due_on=TODAY + D(days=12))
    assert [r["plate"] for r in reminders.dated_due(care, "保险到期")[0]] == [soon.plate]
    with pytest.raises(ValidationError, match="日期已更改，请刷新"):
        reminders.record_reminder(care, vehicle_id=soon.id, kind="保险到期", due_on=TODAY + D(days=3))
    with pytest.raises(PermissionDenied):
        reminders.record_reminder(users_role(auth.ADVISOR), vehicle_id=soon.id, kind="保险到期", due_on=TODAY + D(days=2))


def users_role(role):
    from storage.models import User

    return User.get(User.role == role)


def test_lost_customers_are_those_not_back_for_the_set_months(care, manager, advisor):
    now = dt.datetime.now().replace(microsecond=0)
    cars = {months: make_car(advisor) for months in (2, 4, 7)}
    for months, car in cars.items():
        Vehicle.update(last_visit_at=now - D(days=31 * months)).where(Vehicle.id == car.id).execute()
    rows, _ = reminders.lost_customers(care)
    assert [(r["plate"], r["months_away"] >= 4) for r in rows] == [(cars[4].plate, True), (cars[7].plate, True)]
    with pytest.raises(ValidationError, match="请填写客户反馈"):
        reminders.record_reminder(care, vehicle_id=cars[4].id, kind="流失")
    reminders.record_reminder(care, vehicle_id=cars[4].id, kind="流失", note="搬家到外地")
    assert [r["plate"] for r in reminders.lost_customers(care)[0]] == [cars[7].plate]
    shown = reminders.lost_customers(care, include_contacted=True)[0]
    assert shown[0]["plate"] == cars[4].plate and shown[0]["contacted_at"] is not None
    with pytest.raises(ValidationError, match="今天已由"):
        reminders.record_reminder(care, vehicle_id=cars[4].id, kind="流失", note="再打一次")
    settings.put(manager, "care.lost_after_months", 1)
    assert [r["plate"] for r in reminders.lost_customers(care)[0]] == [cars[2].plate, cars[7].plate]


def test_lost_customers_page_newest_first(care, advisor):
    now = dt.datetime.now().replace(microsecond=0)
    cars = [make_car(advisor) for _ in range(5)]
    for months, car in enumerate(cars, 4):
        Vehicle.update(last_visit_at=now - D(days=31 * months)).where(Vehicle.id == car.id).execute()
    seen, cursor = [], None
    while True:
        rows, cursor = reminders.lost_customers(care, after=cursor, limit=2)
        seen += [r["plate"] for r in rows]
        if cursor is None:
            break
    assert seen == [c.plate for c in cars]


def test_tomorrows_appointments_are_listed_and_marked_reminded(care, advisor):
    from storage.reception import appointments

    car = make_car(advisor, phone="13912345678")
    tomorrow = dt.datetime.combine(TODAY + D(days=1), dt.time(9, 30))
    booked = appointments.book(advisor, vehicle_id=car.id, starts_at=tomorrow)
    rows, cursor = reminders.tomorrow_appointments(care)
    assert [(r["number"], r["phone"], r["reminded_at"]) for r in rows] == [(booked.number, "13912345678", None)] and cursor is None
    reminders.remind_appointment(care, booked.id, booked.version)
    assert reminders.tomorrow_appointments(care)[0][0]["reminded_at"] is not None


def test_refreshing_every_car_recomputes_in_batches(care, advisor):
    cars = [_car_with_history(advisor) for _ in range(3)]
    seen = []
    assert reminders.refresh_all_service_reminders(care, batch=2, progress=seen.append) == 3
    assert seen == [2, 3] and all(len(_open_service(c)) == 1 for c in cars)
    with pytest.raises(PermissionDenied):
        reminders.refresh_all_service_reminders(users_role(auth.STOREKEEPER))
