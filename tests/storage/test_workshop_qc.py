"""Quality inspection (质检), the completion certificate and the job ticket's data."""
import json
import re

import pytest

from storage import workshop
from storage.models import QualityCheck, WorkOrder, WorkOrderLine
from storage.rules.errors import NotFound, PermissionDenied, ValidationError
from tests.factories import (
    add_part_line, answer_added_work, dispatched_order, fresh, labour_lines, make_order, make_part, qc_all_ok,
    run_through,
)


@pytest.fixture
def in_qc(advisor, dispatcher, shop):
    return run_through(dispatcher, dispatched_order(advisor, dispatcher, shop, bay="A2"))


def test_checklist_is_the_orders_lines_then_the_job_types_checks(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop, job_type="事故车")
    items = workshop.qc_checklist(order.id)
    assert [i["label"] for i in items[:2]] == ["1. 更换机油机滤", "2. 检查制动系统"]
    assert items[0]["technician"] == "张师傅" and items[0]["team"] == "机修一组"
    assert [i["label"] for i in items[2:]] == list(workshop.CHECKLISTS["事故车"])
    assert "漆面无砂眼、水泡、皱纹" in workshop.CHECKLISTS["事故车"]  # seed 003: 质检员 on paint work


def test_pass_signs_the_certificate_frees_the_bay_and_tells_reception(in_qc, inspector, shop):
    check = workshop.pass_qc(inspector, in_qc.id, in_qc.version, qc_all_ok(in_qc), note="路试正常")
    order = fresh(in_qc)
    assert order.status == "完工" and order.qc_passed_at is not None and order.bay_id is None
    assert re.fullmatch(r"HG\d{8}-0001", check.certificate_number) and check.passed
    assert json.loads(check.checklist)["1. 更换机油机滤"] is True
    assert {b["name"]: b["plate"] for b in workshop.bays()}["A2"] is None
    assert workshop.latest_certificate_number() == check.certificate_number
    card = next(c for c in workshop.board() if c.order_id == order.id)
    assert card.status == "完工" and not card.overdue


@pytest.mark.parametrize("results, message", [
    ("missing", "还有 1 项未填写"),
    ("one bad", "有 1 项不合格"),
    ("unknown", "检查表已变化"),
])
def test_pass_needs_every_item_ticked_ok(in_qc, inspector, results, message):
    ticks = qc_all_ok(in_qc)
    if results == "missing":
        ticks.pop("路试正常", None) or ticks.pop(next(iter(ticks)))
    elif results == "one bad":
        ticks[next(iter(ticks))] = False
    else:
        ticks["line:99999"] = True
    with pytest.raises(ValidationError, match=message):
        workshop.pass_qc(inspector, in_qc.id, in_qc.version, ticks)
    assert fresh(in_qc).status == "质检" and QualityCheck.select().count() == 0


def test_qc_of_an_order_with_unfinished_lines_is_refused(advisor, inspector, dispatcher, shop):
    # Reached 质检 by a route that skipped the workshop's checks (e.g. a line added at reception).
    order = make_order(advisor, status="质检")
    with pytest.raises(ValidationError, match="还有 1 个项目未完工：更换机油机滤"):
        workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order))
    with pytest.raises(ValidationError, match="未完工"):
        workshop.fail_qc(inspector, order.id, order.version, "漏项")
    assert fresh(order).status == "质检" and QualityCheck.select().count() == 0


def test_submitting_for_qc_by_hand_checks_the_lines_and_the_answers(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    first, second = labour_lines(order)
    workshop.start_line(dispatcher, first.id, first.version)
    with pytest.raises(ValidationError, match="还有 2 个项目未完工：更换机油机滤、检查制动系统"):
        workshop.submit_for_qc(dispatcher, order.id, fresh(order).version)
    workshop.raise_added_work(dispatcher, order.id, fresh(order).version, "雨刮老化")
    with pytest.raises(ValidationError, match="1 个追加项目等待客户答复"):
        workshop.submit_for_qc(dispatcher, order.id, fresh(order).version)
    assert fresh(order).status == "待客户确认"


def test_a_no_to_the_last_open_item_sends_the_finished_order_to_qc(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop, bay="A2")
    first, second = labour_lines(order)
    workshop.start_line(dispatcher, first.id, first.version)
    work = workshop.raise_added_work(dispatcher, order.id, fresh(order).version, "火花塞积碳",
                                     labour=[{"description": "更换火花塞", "hours": "0.6"}])
    workshop.finish_line(dispatcher, first.id, fresh(first).version)
    workshop.dispatch_line(dispatcher, order.id, fresh(order).version, second.id, team=shop["team1"].id)
    workshop.finish_line(dispatcher, second.id, workshop.start_line(dispatcher, second.id, fresh(second).version).version)
    assert fresh(order).status == "待客户确认"  # all done, but the customer has not answered
    assert answer_added_work(advisor, work, False).status == "质检"


def test_fail_sends_the_named_lines_back_and_counts_as_rework(in_qc, inspector, dispatcher, manager, shop):
    first, second = labour_lines(in_qc)
    with pytest.raises(ValidationError, match="请填写返工原因"):
        workshop.fail_qc(inspector, in_qc.id, in_qc.version, " ")
    ticks = {f"line:{second.id}": False, f"line:{first.id}": True}
    check = workshop.fail_qc(inspector, in_qc.id, in_qc.version, "制动踏板偏软", results=ticks)
    assert not check.passed and check.reason == "制动踏板偏软" and check.certificate_number == ""
    order = fresh(in_qc)
    assert order.status == "返工"
    second = fresh(second)
    assert (second.status, second.finished_at, second.technician_id, second.bay_id) == ("待派工", None, shop["zhang"].id, shop["A2"].id)
    assert fresh(first).status == "完工"
    card = next(c for c in workshop.board() if c.order_id == order.id)
    assert (card.status, card.rework_count, card.lines_done) == ("返工", 1, 1)
    second = workshop.start_line(dispatcher, second.id, second.version)
    assert fresh(order).status == "维修中"
    workshop.finish_line(dispatcher, second.id, second.version)
    order = fresh(order)
    assert order.status == "质检"
    workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order))
    today = order.finished_at.date()
    rate = workshop.qc_rates(manager, today, today)
    assert (rate["inspected"], rate["reworked"], rate["failed_checks"], rate["rework_percent"]) == (1, 1, 1, 100)


def test_rework_lines_must_be_finished_labour_lines_of_the_order(in_qc, inspector, advisor):
    other = make_order(advisor, status="质检")
    for lines, message in (([labour_lines(other)[0].id], "没有要返工的项目"), ([add_part_line(in_qc, make_part()).id], "不是已完工的工时项目")):
        with pytest.raises((ValidationError, NotFound), match=message):
            workshop.fail_qc(inspector, in_qc.id, in_qc.version, "返工", rework_lines=lines)
    assert fresh(in_qc).status == "质检"
    assert all(l.status == "完工" for l in labour_lines(in_qc))


def test_only_the_inspector_or_manager_judges(in_qc, dispatcher, advisor):
    for user in (dispatcher, advisor):
        with pytest.raises(PermissionDenied, match="质检员"):
            workshop.pass_qc(user, in_qc.id, in_qc.version, qc_all_ok(in_qc))


def test_completion_certificate_data(in_qc, inspector):
    number = workshop.pass_qc(inspector, in_qc.id, in_qc.version, qc_all_ok(in_qc)).certificate_number
    cert = workshop.completion_certificate(number)
    assert cert["order_number"] == in_qc.number and cert["plate"].startswith("京A")
    assert cert["inspector"] == inspector.display_name and cert["store"]["name"] == "红旗路一汽大众4S店"
    assert [l["description"] for l in cert["labour"]] == ["更换机油机滤", "检查制动系统"]
    assert cert["labour"][0]["technician"] == "张师傅"
    assert cert["guarantee"]["kind"] == "一级维护" and (cert["guarantee"]["days"], cert["guarantee"]["km"]) == (10, 2000)
    assert len(cert["checklist"]) == 2 + len(workshop.CHECKLISTS["保养"]) and cert["rework_count"] == 0
    with pytest.raises(NotFound):
        workshop.completion_certificate("HG00000000-0000")


def test_job_ticket_has_one_section_per_team(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    add_part_line(order, make_part())
    second = labour_lines(order)[1]
    workshop.dispatch_line(dispatcher, order.id, fresh(order).version, second.id, technician=shop["wang"].id, bay=shop["B1"].id)
    ticket = workshop.job_ticket(order.id)
    assert ticket["number"] == order.number and ticket["received_by"] == "赵调度"
    assert [(t["team"], [l["description"] for l in t["lines"]]) for t in ticket["teams"]] == [
        ("机修一组", ["更换机油机滤"]), ("钣喷组", ["检查制动系统"]),
    ]
    assert ticket["dispatched_by"] == dispatcher.display_name
    assert [p["description"] for p in ticket["parts"]] == ["机油滤清器"]
    only = workshop.job_ticket(order.id, team_id=shop["team2"].id)
    assert [t["team"] for t in only["teams"]] == ["钣喷组"]
    assert workshop.latest_job_ticket_number() == order.number


def test_no_job_ticket_before_dispatch(advisor, dispatcher):
    order = make_order(advisor, status="待派工")
    with pytest.raises(NotFound, match="还没有接车派工"):
        workshop.job_ticket(order.id)


def test_quality_check_history_pages(advisor, dispatcher, inspector, shop):
    passed = []
    for n in range(3):
        order = run_through(dispatcher, dispatched_order(advisor, dispatcher, shop, bay=("A1", "A2", "B1")[n]))
        passed.append(workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order)).id)
    rows, cursor = workshop.quality_checks(limit=2)
    assert [r["id"] for r in rows] == passed[::-1][:2] and cursor == passed[1]
    rows, cursor = workshop.quality_checks(after=cursor, limit=2)
    assert [r["id"] for r in rows] == [passed[0]] and cursor is None
    assert workshop.quality_checks(passed=False)[0] == []
    assert WorkOrder.select().where(WorkOrder.status == "完工").count() == 3
    assert WorkOrderLine.select().where(WorkOrderLine.status == "完工").count() == 6
