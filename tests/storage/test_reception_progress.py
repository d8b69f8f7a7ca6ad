"""Reception while the car is in the workshop and when it leaves: added-work answers, the progress
list with its warnings, the call to collect, the walk to the cashier, the hand-back, day figures."""
import datetime as dt

import pytest

from storage.models import AddedWork, AuditLog, Suggestion, WorkOrder, WorkOrderLine, now
from storage.reception import checkin as reception
from storage.reception import documents as reception_documents
from storage.reception import progress
from storage.rules import auth, orders
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from storage.workshop import jobs as workshop_jobs
from tests.factories import D, check_in_car, fresh, make_car, make_order, signed_order


@pytest.fixture
def raised(advisor, dispatcher, car, labour, oil_filter):
    """A signed order on which the workshop found worn brake discs: 1.5 h and one part, 90 minutes more."""
    order = signed_order(advisor, car, labour)
    work = workshop_jobs.raise_added_work(
        dispatcher, order.id, order.version, "前刹车盘磨损严重", labour=[{"description": "更换前刹车盘", "hours": "1.5"}],
        parts=[{"part": oil_filter.id, "quantity": "1"}], delay_minutes=90)
    return fresh(order), work


def answer(user, work, accepted, **extra):
    values = dict(accepted=accepted, answered_by="王建国本人", via="电话", told_workshop_to="" if accepted else "李班长")
    values.update(extra)
    return progress.answer_added_work(user, work.id, AddedWork.get_by_id(work.id).version, **values)


def test_raised_work_appears_at_reception_at_once(advisor, raised):
    order, work = raised
    assert order.status == "待客户确认"
    [item] = progress.pending_added_work()
    assert (item["id"], item["order"], item["plate"], item["amount"]) == (work.id, order.number, "京N8K2L9", D("248.00"))
    assert item["delay_minutes"] == 90 and item["raised_by"].startswith("车间调度")
    assert progress.pending_added_work(advisor_id=advisor.id + 100) == []


def test_a_yes_puts_the_lines_on_the_order_with_the_new_estimate_and_delay(advisor, raised):
    order, work = raised
    answer(advisor, work, True, via="当面")
    work = AddedWork.get_by_id(work.id)
    assert (work.answer, work.answered_by, work.answer_via, work.recorded_by_id) == ("同意", "王建国本人", "当面", advisor.id)
    lines = WorkOrderLine.select().where(WorkOrderLine.added_work == work.id)
    assert {x.status for x in lines} == {"待派工"}
    after = fresh(order)
    assert after.status == "待派工"  # back from 待客户确认: nothing else waits
    assert after.estimate_total == D("308.00") and after.signed_estimate == D("60.00")
    assert after.promised_at == order.promised_at + dt.timedelta(minutes=90)
    detail = reception_documents.order_detail(order.id)
    assert detail["estimate_change"] == D("248.00") and detail["added_delay_minutes"] == 90
    assert AuditLog.select().where(AuditLog.action == "order.added_work.answer").count() == 1


def test_a_no_cancels_the_lines_and_keeps_the_item_for_next_visit(advisor, raised):
    order, work = raised
    with pytest.raises(ValidationError, match="车间受话人"):
        answer(advisor, work, False, told_workshop_to="")
    answer(advisor, work, False)
    assert {x.status for x in WorkOrderLine.select().where(WorkOrderLine.added_work == work.id)} == {"已取消"}
    after = fresh(order)
    assert after.status == "待派工" and after.estimate_total == D("60.00") and after.promised_at == order.promised_at
    suggestion = Suggestion.get(Suggestion.vehicle == order.vehicle_id)
    assert suggestion.order_id == order.id
    assert suggestion.description == "前刹车盘磨损严重（更换前刹车盘 180.00元；机油滤清器 68.00元）"
    assert AddedWork.get_by_id(work.id).told_workshop_to == "李班长"


@pytest.mark.parametrize("extra, message", [
    ({"answered_by": " "}, "答复人"),
    ({"via": "短信"}, "答复方式"),
    ({"answered_at": dt.datetime(2999, 1, 1)}, "晚于现在"),
    ({"answered_at": dt.datetime(2000, 1, 1)}, "早于车间提出"),
])
def test_an_answer_without_who_how_or_a_sane_time_is_refused(advisor, raised, extra, message):
    order, work = raised
    with pytest.raises(ValidationError, match=message):
        answer(advisor, work, True, **extra)
    assert AddedWork.get_by_id(work.id).answer == "待答复"
    assert fresh(order).status == "待客户确认"


def test_an_item_is_answered_once(advisor, manager, raised):
    order, work = raised
    stale_version = work.version
    answer(manager, work, True)
    with pytest.raises((StaleRecord, ValidationError)):
        progress.answer_added_work(advisor, work.id, stale_version, accepted=False, answered_by="x", via="电话",
                                   told_workshop_to="y")
    with pytest.raises(ValidationError, match="已于"):
        answer(advisor, work, False)


def test_only_reception_answers_for_the_customer(users, raised):
    order, work = raised
    with pytest.raises(PermissionDenied):
        answer(users[auth.DISPATCHER], work, True)


# ---------------------------------------------------------------- progress


@pytest.mark.parametrize("hours, lead", [(1, 1), (47, 1), (48, 4), (72, 4)])
def test_the_call_to_collect_is_one_hour_ahead_under_two_days_and_four_from_two(hours, lead):
    start = dt.datetime(2026, 3, 2, 9, 0)
    assert progress.call_lead(start, start + dt.timedelta(hours=hours)) == dt.timedelta(hours=lead)


def _timeline(order, *, started_hours_ago, promised_in_hours, status=None):
    moment = now()
    values = {"signed_at": moment - dt.timedelta(hours=started_hours_ago),
              "promised_at": moment + dt.timedelta(hours=promised_in_hours)}
    WorkOrder.update(**values).where(WorkOrder.id == order.id).execute()


def _row(order_id, **kw):
    rows, _ = progress.today_cars(**kw)
    return next(r for r in rows if r["id"] == order_id)


@pytest.mark.parametrize("started, promised, due, late", [
    (1, 3, False, False),  # 25 %
    (3, 1, True, False),  # 75 %: ask the workshop
    (5, -1, True, True),  # past the promised time
])
def test_the_list_warns_at_seventy_percent_and_flags_late_cars(advisor, car, labour, started, promised, due, late):
    order = signed_order(advisor, car, labour)
    _timeline(order, started_hours_ago=started, promised_in_hours=promised)
    row = _row(order.id)
    assert (row["progress_due"], row["late"], row["delay_unannounced"]) == (due, late, late)
    assert row["plate"] == "京N8K2L9" and row["model"] == "大众 迈腾" and row["customer"] == "王建国"


def test_a_progress_check_and_an_announced_delay_clear_the_warnings(advisor, car, labour):
    order = signed_order(advisor, car, labour)
    _timeline(order, started_hours_ago=3, promised_in_hours=1)
    order = progress.record_progress_check(advisor, order.id, fresh(order).version, note="等配件，预计晚两小时")
    assert not _row(order.id)["progress_due"]
    _timeline(order, started_hours_ago=5, promised_in_hours=-1)
    assert _row(order.id)["delay_unannounced"]
    with pytest.raises(ValidationError, match="延误原因"):
        progress.notify_delay(advisor, order.id, fresh(order).version, reason="", new_promised_at=now() + dt.timedelta(hours=2))
    order = progress.notify_delay(advisor, order.id, fresh(order).version, reason="配件到货延迟",
                                  new_promised_at=now() + dt.timedelta(hours=2))
    row = _row(order.id)
    assert not row["late"] and not row["delay_unannounced"] and row["delay_reason"] == "配件到货延迟"


def test_a_ready_car_is_called_for_and_walked_to_the_cashier(advisor, car):
    order = make_order(advisor, vehicle=car, status="维修中")
    with pytest.raises(ValidationError, match="质检合格"):
        progress.notify_collect(advisor, order.id, order.version)
    with pytest.raises(ValidationError, match="完工"):
        progress.hand_to_cashier(advisor, order.id, order.version)
    order = make_order(advisor, status="完工")
    assert _row(order.id)["ready"] and _row(order.id)["call_due"]
    order = progress.notify_collect(advisor, order.id, order.version)
    assert not _row(order.id)["call_due"]
    order = progress.hand_to_cashier(advisor, order.id, order.version)
    assert order.cashier_handover_at is not None and order.status == "完工"


def test_the_car_is_handed_back_only_after_settlement(advisor, users):
    order = make_order(advisor, status="完工")
    with pytest.raises(ValidationError, match="结算后"):
        progress.deliver(advisor, order.id, order.version)
    order = orders.move(users[auth.CASHIER], order, "已结算")
    order = progress.deliver(advisor, order.id, order.version)
    assert order.status == "已交车" and order.delivered_at is not None
    with pytest.raises(PermissionDenied):
        progress.deliver(users[auth.STOREKEEPER], order.id, order.version)


def test_today_cars_pages_by_promised_time_and_filters_by_advisor(advisor, manager, labour, model):
    made = []
    for i, hours in enumerate((5, 2, 8)):
        vehicle = make_car(advisor, name=f"客户{i}", phone=f"1370000{i:04d}")
        made.append(signed_order(advisor, vehicle, labour, key_number=f"K{i}"))
        WorkOrder.update(promised_at=now() + dt.timedelta(hours=hours)).where(WorkOrder.id == made[-1].id).execute()
    draft = check_in_car(manager, make_car(advisor, name="客户9", phone="13700009999"), key_number="K9")
    first, cursor = progress.today_cars(limit=2)
    rest, end = progress.today_cars(limit=2, after=cursor)
    assert [r["id"] for r in first + rest] == [made[1].id, made[0].id, made[2].id, draft.id] and end is None
    mine, _ = progress.today_cars(advisor_id=manager.id)
    assert [r["id"] for r in mine] == [draft.id]


# ---------------------------------------------------------------- figures


def test_day_figures_count_the_desks_day(advisor, manager, dispatcher, car, labour, oil_filter):
    signed = signed_order(advisor, car, labour)
    work = workshop_jobs.raise_added_work(dispatcher, signed.id, signed.version, "刹车片", parts=[
        {"part": oil_filter.id, "quantity": "1"}])
    answer(advisor, work, True)
    check_in_car(manager, make_car(advisor, name="B", phone="13700001234"), key_number="K2")
    original = make_order(advisor, status="已交车", vehicle=make_car(advisor, name="C", phone="13700004321"))
    reception.open_comeback(advisor, original.id, mileage=10100, fuel_level=50, key_number="K3")
    figures = progress.day_figures()
    # The factory's original was opened today too (保养).
    assert figures["cars_in"] == 4 and figures["cars_in_by_job"] == {"一般维修": 2, "保养": 1, "返修": 1}
    assert figures["comebacks"] == 1
    assert figures["signed"] == 2 and figures["signed_estimate"] == D("60.00")  # the factory's signs with no estimate
    assert figures["added_work_answers"] == {"同意": 1} and figures["added_work_accepted_amount"] == D("68.00")
    assert figures["delivered"] == 1 and figures["in_store"] == 3 and figures["waiting_answers"] == 0
    per = {row["advisor"]: (row["cars_in"], row["signed_estimate"]) for row in figures["per_advisor"]}
    assert per == {advisor.display_name: (3, D("60.00")), manager.display_name: (1, D("0.00"))}
    assert progress.rework_rate(dt.date.today(), dt.date.today()) == {
        "comebacks": 1, "delivered": 1, "rate_percent": D("100.0")}
