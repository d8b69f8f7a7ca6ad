"""Complaints: received with an owner and a deadline, answered with the customer's verdict, closed by
a re-visit only after an accepted answer; open ones show on the car's archive at reception."""
import datetime as dt

import pytest

from storage.care import complaints
from storage.models import Complaint, now
from storage.reception import search
from storage.rules import auth, settings
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from tests.factories import make_car


@pytest.fixture
def care(users):
    return users[auth.CARE]


@pytest.fixture
def car(advisor):
    return make_car(advisor, name="王五", phone="13611112222", plate="京N12345")


def raise_one(user, car, **extra):
    values = {"customer_id": car.owner_id, "vehicle_id": car.id, "source": "电话", "description": "交车晚了两个小时"}
    return complaints.raise_complaint(user, **{**values, **extra})


def test_a_complaint_gets_a_number_an_owner_and_a_deadline_from_the_settings(care, manager, car):
    settings.put(manager, "care.complaint_answer_hours", 24)
    received = now() - dt.timedelta(hours=1)
    complaint = raise_one(care, car, received_at=received, category="交车时间")
    assert complaint.number.startswith("TS") and complaint.owner_id == care.id and complaint.status == "处理中"
    assert complaint.answer_due == received + dt.timedelta(hours=24)
    handed = complaints.assign(care, complaint.id, complaint.version, manager.id)
    assert handed.owner_id == manager.id


@pytest.mark.parametrize("extra, message", [
    ({"description": "  "}, "请填写投诉内容"),
    ({"source": "微信"}, "投诉来源只能是：回访、电话、前台"),
    ({"category": "太贵"}, "投诉类别只能是"),
    ({"received_at": now() + dt.timedelta(hours=2)}, "受理时间不能晚于现在"),
    ({"customer_id": None, "vehicle_id": None}, "请先选择投诉的客户"),
])
def test_bad_complaints_are_refused_and_nothing_is_written(care, car, extra, message):
    with pytest.raises(ValidationError, match=message):
        raise_one(care, car, **extra)
    assert Complaint.select().count() == 0


def test_a_car_of_someone_else_or_an_owner_who_cannot_handle_complaints_is_refused(users, care, car, advisor):
    other = make_car(advisor, name="赵六", phone="13622223333")
    with pytest.raises(ValidationError, match="不属于该客户"):
        raise_one(care, car, vehicle_id=other.id)
    with pytest.raises(ValidationError, match="负责人须是"):
        raise_one(care, car, owner_id=users[auth.STOREKEEPER].id)
    with pytest.raises(PermissionDenied):
        raise_one(users[auth.CASHIER], car)


def test_closing_without_an_answer_is_refused_and_changes_nothing(care, car):
    complaint = raise_one(care, car)
    with pytest.raises(ValidationError, match=f"投诉 {complaint.number} 还没有答复客户，不能关闭"):
        complaints.close(care, complaint.id, complaint.version, note="客户表示满意", verdict="满意")
    again = Complaint.get_by_id(complaint.id)
    assert (again.status, again.version, again.revisit_at) == ("处理中", complaint.version, None)


def test_a_rejected_answer_keeps_the_complaint_open_until_a_better_one(care, manager, car):
    complaint = raise_one(care, car)
    complaint = complaints.answer(care, complaint.id, complaint.version, text="解释了原因", verdict="不满意")
    assert (complaint.status, complaint.verdict, complaint.revisit_due) == ("处理中", "不满意", None)
    with pytest.raises(ValidationError, match="客户对投诉 .* 的答复不满意"):
        complaints.close(care, complaint.id, complaint.version, note="回访", verdict="满意")
    complaint = complaints.answer(manager, complaint.id, complaint.version, text="免费复检并赠送保养工时", verdict="基本满意")
    assert (complaint.status, complaint.answered_by) == ("已答复", manager.display_name)
    assert complaint.revisit_due == dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(ValidationError, match="回访时客户仍不满意"):
        complaints.close(care, complaint.id, complaint.version, note="还是不满意", verdict="不满意")
    closed = complaints.close(care, complaint.id, complaint.version, note="复检正常，客户认可", verdict="满意")
    assert (closed.status, closed.revisit_verdict, closed.revisited_by) == ("已关闭", "满意", care.display_name)
    with pytest.raises(ValidationError, match="已于 .* 关闭，不能再修改"):
        complaints.answer(care, closed.id, closed.version, text="再答复", verdict="满意")


@pytest.mark.parametrize("text, verdict, message", [("", "满意", "请填写答复内容"), ("已致歉", "还行", "请选择客户对答复的意见")])
def test_an_answer_needs_words_and_a_verdict(care, car, text, verdict, message):
    complaint = raise_one(care, car)
    with pytest.raises(ValidationError, match=message):
        complaints.answer(care, complaint.id, complaint.version, text=text, verdict=verdict)


def test_a_stale_copy_cannot_answer(care, manager, car):
    complaint = raise_one(care, car)
    complaints.assign(manager, complaint.id, complaint.version, manager.id)
    with pytest.raises(StaleRecord, match=manager.display_name):
        complaints.answer(care, complaint.id, complaint.version, text="已致歉", verdict="满意")


def test_open_complaints_show_on_the_reception_look_up_until_closed(care, advisor, car):
    complaint = raise_one(care, car, source="前台")
    hits, _ = search.lookup(advisor, "京N12345")
    assert [(c["number"], c["status"]) for c in hits[0].complaints] == [(complaint.number, "处理中")]
    complaint = complaints.answer(care, complaint.id, complaint.version, text="已致歉", verdict="满意")
    hits, _ = search.lookup(advisor, "2345")
    assert [c["status"] for c in hits[0].complaints] == ["已答复"]
    complaints.close(care, complaint.id, complaint.version, note="回访满意", verdict="满意")
    hits, _ = search.lookup(advisor, "京N12345")
    assert hits[0].complaints == []


def test_the_lists_by_view_and_text_page_newest_first(care, car, advisor):
    other = make_car(advisor, name="李四", phone="13633334444", plate="京P54321")
    made = [raise_one(care, car, received_at=now() - dt.timedelta(hours=h)) for h in (60, 30, 1)]
    late = raise_one(care, other, received_at=now() - dt.timedelta(hours=50))
    answered = complaints.answer(care, made[1].id, made[1].version, text="已处理", verdict="满意")
    Complaint.update(revisit_due=dt.date.today()).where(Complaint.id == answered.id).execute()

    def numbers(view, text=None):
        rows, cursor, found = [], None, []
        while True:
            rows, cursor = complaints.complaints(care, view=view, text=text, after=cursor, limit=2)
            found += [r["number"] for r in rows]
            if cursor is None:
                return found

    assert numbers("open") == [made[2].number, made[1].number, late.number, made[0].number]
    assert numbers("overdue") == [late.number, made[0].number]
    assert numbers("revisit") == [made[1].number]
    assert numbers("all", "京P") == [late.number]
    assert numbers("all", "李") == [late.number]
    assert complaints.counts() == {"open": 4, "overdue": 2, "revisit": 1}
    detail = complaints.get(care, late.id)
    assert (detail["plate"], detail["customer"], detail["overdue"], detail["phone"]) == ("京P54321", "李四", True, "13633334444")
    masked = complaints.get(users_of_role(care, auth.STOREKEEPER), late.id)
    assert masked["phone"] == "136****4444"


def users_of_role(any_user, role):
    from storage.models import User

    return User.get(User.role == role)
