"""维修预约: slots in bays, deposits for costly parts, reminders, no-shows and the slip."""
import datetime as dt
import threading

import pytest

from storage.models import Appointment, AuditLog, Payment, now
from storage.plumbing.db import database
from storage.reception import appointments
from storage.rules import auth
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from storage.workshop import setup as workshop_setup
from tests.factories import D, make_car


@pytest.fixture
def bay(manager):
    return workshop_setup.create_bay(manager, "机修1")


def tomorrow(hour, minute=0):
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(hour, minute))


def book(user, car, bay=None, **kw):
    values = dict(vehicle_id=car.id, starts_at=tomorrow(9), minutes=90, bay_id=bay.id if bay else None,
                  job_type="保养", request="一万公里保养")
    values.update(kw)
    return appointments.book(user, **values)


def test_booking_holds_the_bay_for_its_time(advisor, car, bay):
    booked = book(advisor, car, bay)
    assert booked.number.startswith("YY") and booked.status == "已预约" and booked.advisor_id == advisor.id
    assert (booked.starts_at, booked.ends_at) == (tomorrow(9), tomorrow(10, 30))
    other = make_car(advisor, name="李四", phone="13700001111")
    with pytest.raises(ValidationError, match=f"工位 机修1 .* 已被预约 {booked.number}（京N8K2L9）"):
        book(advisor, other, bay, starts_at=tomorrow(10))
    assert book(advisor, other, bay, starts_at=tomorrow(10, 30)).bay_id == bay.id  # touching slots are fine
    with pytest.raises(ValidationError, match="该车在"):
        book(advisor, car, None, starts_at=tomorrow(9, 30))
    assert [b.name for b in appointments.free_bays(tomorrow(9), tomorrow(12))] == []
    assert [b.name for b in appointments.free_bays(tomorrow(13), tomorrow(14))] == ["机修1"]


@pytest.mark.parametrize("kw, message", [
    ({"starts_at": dt.datetime(2020, 1, 1, 9)}, "不能早于现在"),
    ({"minutes": 0}, "预计时长"),
    ({"ends_at": tomorrow(8)}, "结束时间必须晚于"),
    ({"minutes": 8 * 24 * 60}, "最长"),
    ({"job_type": "返修"}, "业务类型"),
    ({"parts_value": "-1"}, "不能为负数"),
    ({"starts_at": "明早"}, "预约时间"),
])
def test_bad_bookings_are_refused(advisor, car, kw, message):
    with pytest.raises(ValidationError, match=message):
        book(advisor, car, **kw)
    assert Appointment.select().count() == 0


def test_reschedule_checks_the_new_slot_and_clears_the_reminder(advisor, car, bay):
    first = book(advisor, car, bay)
    other = book(advisor, make_car(advisor, name="李四", phone="13700001111"), bay, starts_at=tomorrow(14))
    first = appointments.mark_reminded(advisor, first.id, first.version)
    assert first.reminded_at is not None
    with pytest.raises(ValidationError, match=other.number):
        appointments.reschedule(advisor, first.id, first.version, starts_at=tomorrow(14, 30))
    moved = appointments.reschedule(advisor, first.id, first.version, starts_at=tomorrow(11))
    assert (moved.starts_at, moved.ends_at, moved.bay_id, moved.reminded_at) == (tomorrow(11), tomorrow(12, 30), bay.id, None)
    with pytest.raises(StaleRecord):
        appointments.reschedule(advisor, first.id, first.version, starts_at=tomorrow(16))


def test_a_deposit_is_at_least_half_the_parts_price_and_is_money_on_record(advisor, users, car):
    booked = book(advisor, car, parts_note="原厂正时皮带套件", parts_value="1800.00")
    assert appointments.minimum_deposit(booked) == D("900.00")
    with pytest.raises(ValidationError, match="至少|不少于一半"):
        appointments.record_deposit(advisor, booked.id, booked.version, "500", "微信")
    with pytest.raises(ValidationError, match="收款方式"):
        appointments.record_deposit(advisor, booked.id, booked.version, "900", "会员余额")
    with pytest.raises(PermissionDenied):
        appointments.record_deposit(users[auth.CARE], booked.id, booked.version, "900", "微信")
    assert Payment.select().count() == 0
    booked = appointments.record_deposit(advisor, booked.id, booked.version, "900", "微信", reference="WX123")
    assert booked.deposit == D("900.00")
    payment = Payment.get()
    assert (payment.appointment_id, payment.method, payment.amount, payment.cashier_id) == (booked.id, "微信", D("900.00"), advisor.id)
    assert AuditLog.select().where(AuditLog.action == "appointment.deposit").count() == 1


def test_no_deposit_on_a_closed_day(advisor, manager, car):
    """A deposit takes the cashier's day lock, as every payment does: a day close on another PC
    waits for it (or it waits for the close) and after the close it is refused."""
    from storage import cashier
    from storage.cashier.common import DAY_LOCK, DayClosed
    from storage.models import DocumentCounter

    booked = book(advisor, car)
    booked = appointments.record_deposit(advisor, booked.id, booked.version, "100", "现金")
    todays_lock = (DocumentCounter.kind == DAY_LOCK) & (DocumentCounter.day == f"{dt.date.today():%Y%m%d}")
    assert DocumentCounter.get(todays_lock).last == 1
    cashier.close_day(manager)
    with pytest.raises(DayClosed, match="日结"):
        appointments.record_deposit(advisor, booked.id, booked.version, "100", "现金")
    with pytest.raises(DayClosed, match="日结"):
        appointments.cancel(advisor, booked.id, booked.version, "客户改期", refund_method="现金")
    assert Payment.select().count() == 1 and Appointment.get_by_id(booked.id).status != "已取消"
    assert DocumentCounter.get(todays_lock).last >= 2  # the deposit and the close both took it


def test_cancelling_decides_what_happens_to_the_deposit(advisor, car):
    booked = book(advisor, car)
    booked = appointments.record_deposit(advisor, booked.id, booked.version, "300", "现金")
    with pytest.raises(ValidationError, match="已收定金 300.00 元"):
        appointments.cancel(advisor, booked.id, booked.version, "客户出差")
    cancelled = appointments.cancel(advisor, booked.id, booked.version, "客户出差", refund_method="现金")
    assert cancelled.status == "已取消" and cancelled.deposit == 0
    assert sorted(p.amount for p in Payment.select()) == [D("-300.00"), D("300.00")]
    with pytest.raises(ValidationError, match="已取消"):
        appointments.record_deposit(advisor, booked.id, cancelled.version, "100", "现金")


def test_the_reminder_list_is_tomorrows_booked_appointments(advisor, car):
    later = make_car(advisor, name="李四", phone="13700001111")
    first = book(advisor, car)
    book(advisor, later, starts_at=tomorrow(9) + dt.timedelta(days=1))
    cancelled = book(advisor, make_car(advisor, name="王五", phone="13700002222"), starts_at=tomorrow(15))
    appointments.cancel(advisor, cancelled.id, cancelled.version, "不来了")
    rows = appointments.reminder_list()
    assert [(r["number"], r["plate"], r["customer"], r["phone"]) for r in rows] == [
        (first.number, "京N8K2L9", "王建国", "13912345678")]


def test_a_no_show_is_recorded_only_after_the_time(advisor, car):
    booked = book(advisor, car)
    with pytest.raises(ValidationError, match="还没到"):
        appointments.mark_no_show(advisor, booked.id, booked.version)
    Appointment.update(starts_at=now() - dt.timedelta(hours=2), ends_at=now() - dt.timedelta(hours=1)).where(
        Appointment.id == booked.id).execute()
    assert appointments.mark_no_show(advisor, booked.id, booked.version).status == "未到"


def test_the_day_and_week_views_and_the_slip(advisor, manager, car, bay):
    booked = book(advisor, car, bay, advisor_id=manager.id, parts_value="400")
    book(advisor, make_car(advisor, name="李四", phone="13700001111"), starts_at=tomorrow(9) + dt.timedelta(days=3))
    day = tomorrow(9).date()
    assert [r["number"] for r in appointments.schedule(day, day)] == [booked.number]
    assert len(appointments.schedule(day, day + dt.timedelta(days=6))) == 2
    assert [r["advisor"] for r in appointments.schedule(day, day, advisor_id=manager.id)] == [manager.display_name]
    assert appointments.schedule(day, day, bay_id=bay.id)[0]["bay"] == "机修1"
    slip = appointments.appointment_slip(booked.id)
    assert slip["store"]["name"] == "红旗路一汽大众4S店" and slip["plate"] == "京N8K2L9"
    assert slip["model"] == "大众 迈腾" and slip["minimum_deposit"] == D("200.00")


def test_two_stations_booking_the_same_bay_at_once_one_wins(advisor, manager, car, bay):
    other = make_car(advisor, name="李四", phone="13700001111")
    barrier, results = threading.Barrier(2), []

    def station(user, vehicle):
        try:
            barrier.wait()
            results.append(book(user, vehicle, bay))
        except ValidationError as refused:
            results.append(refused)
        finally:
            database.close()

    threads = [threading.Thread(target=station, args=args) for args in ((advisor, car), (manager, other))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(type(r).__name__ for r in results) == ["Appointment", "ValidationError"]
    assert Appointment.select().where(Appointment.bay == bay.id).count() == 1
