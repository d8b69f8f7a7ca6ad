"""Follow-up calls: planned at the hand-back, the script answered once, unreachable customers tried
again and given up, a complaint raised from a poor call, the log on paper with masked phones."""
import datetime as dt
import json

import pytest

from storage.care import exports, follow_ups
from storage.models import Complaint, FollowUp
from storage.reception import search
from storage.rules import auth, settings
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from tests.factories import ALL_FIVES, delivered_order, follow_ups_of, make_car, make_follow_up_due

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _today_is_the_day_the_test_starts():
    """A run that crosses midnight: TODAY is each test's own day, not the day the module was loaded."""
    global TODAY
    TODAY = dt.date.today()


@pytest.fixture
def care(users):
    return users[auth.CARE]


def test_the_hand_back_plans_two_calls_two_days_and_a_week_later(users):
    order = delivered_order(users)
    first, second = follow_ups_of(order)
    assert (first.round, first.status, first.attempts) == (1, "待回访", 0)
    assert first.due_on == order.delivered_at.date() + dt.timedelta(days=2)
    assert second.due_on == first.due_on + dt.timedelta(days=7)


@pytest.mark.parametrize("threshold, flagged", [("158.00", True), ("158.01", False), ("5000", False)])
def test_a_repair_at_or_over_the_threshold_is_flagged_high_value(users, manager, threshold, flagged):
    settings.put(manager, "care.high_value_amount", threshold)
    order = delivered_order(users)  # settled at 158.00
    assert {f.high_value for f in follow_ups_of(order)} == {flagged}


def test_an_internal_order_needs_no_call(users):
    order = delivered_order(users, job_type="内部", lines=(("工时", "内部整备", "1", "120.00", "内部"),))
    assert follow_ups_of(order) == []


def test_due_calls_are_the_overdue_first_and_page_by_keyset(users, care):
    orders = [delivered_order(users) for _ in range(3)]
    for days_ago, order in zip((0, 3, 1), orders):
        make_follow_up_due(follow_ups_of(order)[0], days_ago)
    rows, cursor = follow_ups.due_calls(care, limit=2)
    assert [r["overdue_days"] for r in rows] == [3, 1] and cursor is not None
    rest, cursor = follow_ups.due_calls(care, after=cursor, limit=2)
    assert [r["overdue_days"] for r in rest] == [0] and cursor is None
    assert rows[0]["order_number"] == orders[1].number and rows[0]["round_name"] == "首次回访"
    assert follow_ups.count_due() == {"due": 3, "overdue": 2}


def test_a_completed_call_keeps_the_answers_and_moves_the_second_call_a_week_on(users, care):
    order = delivered_order(users)
    first = make_follow_up_due(follow_ups_of(order)[0], 5)
    answers = {**ALL_FIVES, "价格": 3, "总体": 4}
    done, complaint = follow_ups.complete_call(care, first.id, first.version, answers=answers, remark="价格略高")
    assert complaint is None
    assert (done.status, done.satisfaction, done.attempts, done.remark) == ("已回访", 4, 1, "价格略高")
    assert json.loads(done.answers) == answers and done.called_by_id == care.id
    second = follow_ups_of(order)[1]
    assert second.due_on == TODAY + dt.timedelta(days=7)
    assert [r["id"] for r in follow_ups.due_calls(care)[0]] == []


def test_a_call_answered_twice_is_refused_and_changes_nothing(users, care, manager):
    order = delivered_order(users)
    first = make_follow_up_due(follow_ups_of(order)[0])
    done, _ = follow_ups.complete_call(care, first.id, first.version, answers=ALL_FIVES)
    with pytest.raises(ValidationError, match=f"工单 {order.number} 的首次回访已于 .* 由 {care.display_name} 登记为“已回访”，不能重复登记"):
        follow_ups.complete_call(manager, first.id, done.version, answers={**ALL_FIVES, "总体": 1})
    with pytest.raises(ValidationError, match="不能重复登记"):
        follow_ups.record_no_answer(manager, first.id, done.version)
    again = FollowUp.get_by_id(first.id)
    assert (again.version, again.satisfaction, again.called_by_id) == (done.version, 5, care.id)


@pytest.mark.parametrize("answers, message", [
    ({k: v for k, v in ALL_FIVES.items() if k != "清洁"}, "请为“清洁”打分"),
    ({**ALL_FIVES, "总体": 6}, "请为“总体”打分（1–5 分）"),
    ({**ALL_FIVES, "质量": True}, "请为“质量”打分"),
    ({**ALL_FIVES, "质量": "5"}, "请为“质量”打分"),
    ({**ALL_FIVES, "服务态度": 5}, "回访问卷中没有“服务态度”"),
])
def test_an_incomplete_or_wrong_score_is_refused(users, care, answers, message):
    first = make_follow_up_due(follow_ups_of(delivered_order(users))[0])
    with pytest.raises(ValidationError, match=message):
        follow_ups.complete_call(care, first.id, first.version, answers=answers)
    assert FollowUp.get_by_id(first.id).status == "待回访"


def test_an_unreachable_customer_is_tried_tomorrow_and_given_up_after_three_attempts(users, care):
    first = make_follow_up_due(follow_ups_of(delivered_order(users))[0], 1)
    for attempt in (1, 2):
        first = follow_ups.record_no_answer(care, first.id, first.version)
        assert (first.status, first.attempts, first.due_on) == ("未接通", attempt, TODAY + dt.timedelta(days=1))
        assert follow_ups.due_calls(care)[0] == []  # not again today
        assert follow_ups.due_calls(care, as_of=TODAY + dt.timedelta(days=1))[0][0]["attempts"] == attempt
    first = follow_ups.record_no_answer(care, first.id, first.version, note="关机")
    assert (first.status, first.attempts, first.remark) == ("放弃", 3, "关机")
    assert follow_ups.due_calls(care, as_of=TODAY + dt.timedelta(days=5))[0] == []
    with pytest.raises(ValidationError, match="登记为“放弃”"):
        follow_ups.complete_call(care, first.id, first.version, answers=ALL_FIVES)


def test_a_poor_call_raises_a_complaint_that_reception_sees(users, care, advisor):
    order = delivered_order(users)
    first = make_follow_up_due(follow_ups_of(order)[0])
    answers = {**ALL_FIVES, "质量": 1, "总体": 2}
    assert follow_ups.poor_answers(answers) == ["质量", "总体"]
    done, complaint = follow_ups.complete_call(care, first.id, first.version, answers=answers, remark="异响仍在",
                                               complaint="刹车异响修理后仍然存在", complaint_category="维修质量")
    assert (complaint.source, complaint.follow_up_id, complaint.order_id) == ("回访", done.id, order.id)
    assert (complaint.customer_id, complaint.vehicle_id, complaint.status) == (order.customer_id, order.vehicle_id, "处理中")
    plate = order.vehicle.plate
    hits, _ = search.lookup(advisor, plate)
    assert [c["number"] for c in hits[0].complaints] == [complaint.number]


def test_a_refused_complaint_takes_the_call_back_with_it(users, care):
    first = make_follow_up_due(follow_ups_of(delivered_order(users))[0])
    with pytest.raises(ValidationError, match="投诉内容"):
        follow_ups.complete_call(care, first.id, first.version, answers=ALL_FIVES, complaint="  ")
    assert FollowUp.get_by_id(first.id).status == "待回访" and Complaint.select().count() == 0


def test_only_the_care_desk_and_the_manager_record_calls(users):
    first = make_follow_up_due(follow_ups_of(delivered_order(users))[0])
    with pytest.raises(PermissionDenied):
        follow_ups.complete_call(users[auth.ADVISOR], first.id, first.version, answers=ALL_FIVES)
    with pytest.raises(StaleRecord):
        follow_ups.complete_call(users[auth.MANAGER], first.id, first.version - 1, answers=ALL_FIVES)


def _logged_call(users, care, phone):
    vehicle = make_car(users[auth.ADVISOR], phone=phone)
    first = make_follow_up_due(follow_ups_of(delivered_order(users, vehicle=vehicle))[0])
    follow_ups.complete_call(care, first.id, first.version, answers=ALL_FIVES, remark="满意")


def test_the_log_shows_phones_to_callers_and_masks_them_on_paper_unless_allowed(users, care, manager):
    _logged_call(users, care, "13912345678")
    on_screen, _ = follow_ups.call_log(care, date_from=TODAY, date_to=TODAY)
    assert [(r["phone"], r["called_by"], r["status"]) for r in on_screen] == [("13912345678", care.display_name, "已回访")]
    for user, shown in ((care, "139****5678"), (manager, "13912345678")):
        rows, _ = follow_ups.call_log(user, date_from=TODAY, date_to=TODAY, paper=True)
        assert rows[0]["phone"] == shown
    assert follow_ups.log_page(TODAY, TODAY)[0][0]["phone"] == "139****5678"  # printed without a login
    assert follow_ups.log_summary(TODAY, TODAY) == {"calls": 1, "reached": 1, "unreachable": 0, "given_up": 0,
                                                    "satisfaction": 5.0}
    with pytest.raises(ValidationError, match="结束日期不能早于开始日期"):
        follow_ups.call_log(care, date_from=TODAY, date_to=TODAY - dt.timedelta(days=1))


def test_the_exported_log_and_call_list_mask_phones_for_the_care_desk(users, care, manager, tmp_path):
    from openpyxl import load_workbook

    _logged_call(users, care, "13912345678")
    due = make_follow_up_due(follow_ups_of(delivered_order(users, vehicle=make_car(users[auth.ADVISOR], phone="13700001111")))[0])
    for user, phones in ((care, ("139****5678", "137****1111")), (manager, ("13912345678", "13700001111"))):
        log = tmp_path / f"log-{user.id}.xlsx"
        assert exports.export_call_log(user, log, date_from=TODAY, date_to=TODAY) == 1
        sheet = load_workbook(log).active
        header = [c.value for c in sheet[1]]
        assert header[:5] == ["序号", "回访时间", "次别", "客户", "电话"] and sheet.max_row == 2
        assert sheet.cell(2, 5).value == phones[0] and sheet.cell(2, header.index("总体") + 1).value == 5
        listed = tmp_path / f"due-{user.id}.xlsx"
        assert exports.export_due_calls(user, listed) == 1
        sheet = load_workbook(listed).active
        assert sheet.cell(2, 9).value == phones[1] and sheet.cell(2, 12).value == due.order.number


def test_due_calls_and_the_log_find_a_car_by_part_of_its_plate_a_phone_end_a_name_or_the_order(users, care):
    """Issue 19 defect 11: the care list had no search. It reads what is typed as the reception look-up does."""
    advisor = users[auth.ADVISOR]
    mine = delivered_order(users, vehicle=make_car(advisor, name="赵立新", phone="13912345678", plate="京N8K2L9"))
    other = delivered_order(users, vehicle=make_car(advisor, name="钱文", phone="13700001111", plate="沪B77123"))
    for order in (mine, other):
        make_follow_up_due(follow_ups_of(order)[0], 1)

    def found(text):
        return [r["order_number"] for r in follow_ups.due_calls(care, text=text)[0]]

    for text in ("8K2", "n8k2l9", "5678", "赵立新", mine.number.lower()):
        assert found(text) == [mine.number], text
    assert found("") == [mine.number, other.number] or found("") == [other.number, mine.number]
    assert found("ZZ9") == []  # nothing found: an empty list, not every call
    first = follow_ups_of(other)[0]
    follow_ups.record_no_answer(care, first.id, first.version)
    log = follow_ups.call_log(care, date_from=TODAY, date_to=TODAY, text="7123")[0]
    assert [r["order_number"] for r in log] == [other.number]
    assert follow_ups.call_log(care, date_from=TODAY, date_to=TODAY, text="8K2")[0] == []
