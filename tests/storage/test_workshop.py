"""Workshop dispatch (车间调度): set-up, hand-over, dispatch, progress of lines, the clock and added
work. QC, the board and the figures are in test_workshop_qc.py and test_workshop_board.py."""
import datetime as dt
import json
import threading
from decimal import Decimal

import pytest

from storage import workshop
from storage.models import (
    AddedWork, AuditLog, Bay, Clocking, LabourItem, PickRequest, StatusChange, Team, Technician, WorkOrder,
    WorkOrderLine,
)
from storage.plumbing.db import database
from storage.plumbing.locking import save_versioned
from storage.rules.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from tests.factories import (
    add_part_line, answer_added_work, dispatched_order, fresh, labour_lines, make_order, make_part, order_in_workshop,
    run_through,
)


def statuses(order):
    return [c.to_status for c in StatusChange.select().where(StatusChange.order == order.id).order_by(StatusChange.id)]


# -- set-up -----------------------------------------------------------------------------------
def test_setup_lists_teams_technicians_and_bays(shop):
    assert [(t["name"], t["members"]) for t in workshop.teams()] == [("机修一组", 2), ("钣喷组", 1)]
    techs = {t["name"]: t for t in workshop.technicians()}
    assert techs["李师傅"]["hours_per_day"] == Decimal("7.50") and techs["李师傅"]["team"] == "机修一组"
    assert [b["name"] for b in workshop.bays()] == ["A1", "A2", "B1"]
    assert AuditLog.select().where(AuditLog.action == "workshop.technician.create").count() == 3


@pytest.mark.parametrize("call, message", [
    (lambda m, s: workshop.create_team(m, "  "), "请填写班组名称"),
    (lambda m, s: workshop.create_team(m, "机修一组"), "已存在"),
    (lambda m, s: workshop.create_bay(m, "A1"), "已存在"),
    (lambda m, s: workshop.create_bay(m, "C1", kind="洗澡"), "工位类型"),
    (lambda m, s: workshop.create_technician(m, "张师傅", s["team1"].id), "已有技师"),
    (lambda m, s: workshop.create_technician(m, "赵师傅", s["team1"].id, hours_per_day="0"), "0 到 24"),
    (lambda m, s: workshop.create_technician(m, "赵师傅", s["team1"].id, hours_per_day="25"), "0 到 24"),
    (lambda m, s: workshop.create_technician(m, "赵师傅", s["team1"].id, hours_per_day="八"), "不是有效的数字"),
    (lambda m, s: workshop.create_technician(m, "赵师傅", s["team1"].id, grade="大师"), "技术等级"),
    (lambda m, s: workshop.update_team(m, s["team1"].id, name="钣喷组"), "已存在"),
])
def test_setup_bad_input_is_refused_and_changes_nothing(manager, shop, call, message):
    counts = (Team.select().count(), Technician.select().count(), Bay.select().count())
    with pytest.raises(ValidationError, match=message):
        call(manager, shop)
    assert (Team.select().count(), Technician.select().count(), Bay.select().count()) == counts
    assert fresh(shop["team1"]).name == "机修一组"


def test_only_the_manager_sets_the_workshop_up(dispatcher, shop):
    with pytest.raises(PermissionDenied, match="服务经理"):
        workshop.create_bay(dispatcher, "C9")
    with pytest.raises(PermissionDenied):
        workshop.update_technician(dispatcher, shop["zhang"].id, hours_per_day="10")


def test_a_bay_with_a_car_or_a_team_with_open_jobs_cannot_be_retired(manager, advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop, bay="A2", plate="京B20001")
    assert {b["name"]: b["plate"] for b in workshop.bays()} == {"A1": None, "A2": "京B20001", "B1": None}
    with pytest.raises(ValidationError, match="京B20001"):
        workshop.update_bay(manager, shop["A2"].id, active=False)
    with pytest.raises(ValidationError, match="2 个未完工"):
        workshop.update_team(manager, shop["team1"].id, active=False)
    assert fresh(shop["A2"]).active and fresh(shop["team1"]).active
    workshop.update_bay(manager, shop["A1"].id, active=False)
    assert [b["name"] for b in workshop.bays()] == ["A2", "B1"]
    assert order.bay_id == shop["A2"].id


# -- hand-over (接车) ---------------------------------------------------------------------------
@pytest.mark.parametrize("clock, expected", [
    ("09:34:59", "09:30"), ("09:35:00", "09:40"), ("09:30:00", "09:30"), ("09:04:10", "09:00"), ("23:57:00", "00:00"),
])
def test_hand_over_time_is_rounded_to_ten_minutes(clock, expected):
    moment = dt.datetime.combine(dt.date(2026, 3, 1), dt.time.fromisoformat(clock))
    assert f"{workshop.round_to_ten_minutes(moment):%H:%M}" == expected


def test_receive_car_records_the_receiver_and_the_time(advisor, dispatcher):
    order = make_order(advisor, status="待派工")
    at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=3)
    received = workshop.receive_car(dispatcher, order.id, order.version, receiver=" 赵调度 ", at=at)
    assert received.handed_over_to == "赵调度"
    assert received.handed_over_at == workshop.round_to_ten_minutes(at)
    assert received.handed_over_at.minute % 10 == 0 and received.version == order.version + 1
    assert AuditLog.select().where((AuditLog.action == "workshop.receive") & (AuditLog.entity_id == str(order.id))).exists()
    with pytest.raises(ValidationError, match="已于 .* 由 赵调度 接车"):
        workshop.receive_car(dispatcher, order.id, received.version)


@pytest.mark.parametrize("status, kwargs, message", [
    ("草稿", {}, "还未经客户签字"),
    ("待派工", {"receiver": " "}, "请填写接车人"),
    ("待派工", {"at": dt.datetime.now() + dt.timedelta(hours=2)}, "不能晚于现在"),
    ("质检", {}, "当前为“质检”"),
])
def test_receive_car_refuses_bad_input(advisor, dispatcher, status, kwargs, message):
    order = make_order(advisor, status=status)
    with pytest.raises(ValidationError, match=message):
        workshop.receive_car(dispatcher, order.id, order.version, **kwargs)
    assert fresh(order).handed_over_at is None and fresh(order).version == order.version


# -- dispatch (派工) ----------------------------------------------------------------------------
def test_dispatch_assigns_team_technician_and_bay_and_requests_the_parts(advisor, dispatcher, shop):
    order = order_in_workshop(advisor, dispatcher)
    oil = make_part()
    filter_line = add_part_line(order, oil, "1")
    own_part = add_part_line(order, make_part("X1", "客户自带雨刮"), "2", supplied_by_customer=True)
    first, second = labour_lines(order)
    order = workshop.dispatch(dispatcher, order.id, order.version, [
        {"line": first.id, "technician": shop["zhang"].id, "bay": shop["A1"].id},
        {"line": second.id, "team": shop["team1"].id},
    ])
    first, second = fresh(first), fresh(second)
    assert (first.team_id, first.technician_id, first.bay_id) == (shop["team1"].id, shop["zhang"].id, shop["A1"].id)
    assert (second.team_id, second.technician_id, second.bay_id) == (shop["team1"].id, None, None)
    assert first.dispatched_by == dispatcher.display_name and first.dispatched_at is not None
    assert order.bay_id == shop["A1"].id and order.status == "待派工"
    picks = list(PickRequest.select())
    assert [(p.line_id, p.quantity, p.status) for p in picks] == [(filter_line.id, Decimal("1.000"), "待发料")]
    assert own_part.id not in [p.line_id for p in picks]
    # Dispatching again (a re-assignment) asks for nothing twice.
    workshop.dispatch_line(dispatcher, order.id, order.version, second.id, technician=shop["li"].id)
    assert PickRequest.select().count() == 1 and fresh(second).technician_id == shop["li"].id


@pytest.mark.parametrize("case, message", [
    ("part line", "只有工时项目需要派工"),
    ("nobody", "请为项目“更换机油机滤”选择班组或技师"),
    ("wrong team", "王师傅 不属于“机修一组”"),
    ("retired technician", "已停用"),
    ("other order's line", "中没有该项目"),
    ("second car in bay", "工位“A1”已停着车辆 京C30001"),
])
def test_bad_dispatch_is_refused_and_nothing_is_half_saved(manager, advisor, dispatcher, shop, case, message):
    order = order_in_workshop(advisor, dispatcher)
    first, second = labour_lines(order)
    good = {"line": first.id, "technician": shop["zhang"].id, "bay": shop["A2"].id}
    bad = {"line": second.id, "team": shop["team1"].id}
    if case == "part line":
        bad = {"line": add_part_line(order, make_part()).id, "team": shop["team1"].id}
    elif case == "nobody":
        good, bad = {"line": first.id}, bad
    elif case == "wrong team":
        bad["technician"] = shop["wang"].id
    elif case == "retired technician":
        workshop.update_technician(manager, shop["li"].id, active=False)
        bad["technician"] = shop["li"].id
    elif case == "other order's line":
        bad["line"] = labour_lines(order_in_workshop(advisor, dispatcher))[0].id
    elif case == "second car in bay":
        dispatched_order(advisor, dispatcher, shop, bay="A1", plate="京C30001")
        bad["bay"] = shop["A1"].id
    with pytest.raises((ValidationError, NotFound), match=message):
        workshop.dispatch(dispatcher, order.id, order.version, [good, bad])
    assert fresh(order).version == order.version and fresh(order).bay_id is None
    assert fresh(first).team_id is None and fresh(first).dispatched_at is None
    assert PickRequest.select().count() == 0 or case == "second car in bay"


def test_dispatch_needs_the_hand_over_first(advisor, dispatcher, shop):
    order = make_order(advisor, status="待派工")
    with pytest.raises(ValidationError, match="还没有办理接车交接"):
        workshop.dispatch_line(dispatcher, order.id, order.version, labour_lines(order)[0].id, team=shop["team1"].id)


def test_dispatching_an_order_another_station_changed_is_refused(advisor, dispatcher, shop):
    order = order_in_workshop(advisor, dispatcher)
    seen = order.version
    # Reception edits the order meanwhile (e.g. a new promised time).
    save_versioned(advisor, WorkOrder.get_by_id(order.id), seen, {"note": "客户要求下午四点前交车"})
    with pytest.raises(StaleRecord, match=advisor.display_name):
        workshop.dispatch_line(dispatcher, order.id, seen, labour_lines(order)[0].id, team=shop["team1"].id, bay=shop["A1"].id)
    assert fresh(labour_lines(order)[0]).team_id is None and fresh(order).bay_id is None


def test_two_stations_putting_two_cars_into_one_bay_at_once_one_is_refused(advisor, dispatcher, shop):
    orders = [order_in_workshop(advisor, dispatcher) for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes = []

    def station(order):
        try:
            barrier.wait()
            workshop.dispatch_line(dispatcher, order.id, order.version, labour_lines(order)[0].id,
                                   technician=shop["zhang"].id, bay=shop["B1"].id)
            outcomes.append("dispatched")
        except ValidationError as exc:
            outcomes.append(exc.message)
        finally:
            database.close()

    threads = [threading.Thread(target=station, args=(o,)) for o in orders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes)[0] == "dispatched" and "工位“B1”已停着车辆" in sorted(outcomes)[1], outcomes
    assert WorkOrder.select().where(WorkOrder.bay == shop["B1"].id).count() == 1


def test_move_car_to_another_bay_or_out(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop, bay="A1")
    other = dispatched_order(advisor, dispatcher, shop, bay="A2", plate="京D40001")
    with pytest.raises(ValidationError, match="京D40001"):
        workshop.move_car(dispatcher, order.id, order.version, shop["A2"].id)
    order = workshop.move_car(dispatcher, order.id, order.version, None)
    assert order.bay_id is None
    assert workshop.move_car(dispatcher, other.id, other.version, shop["A1"].id).bay_id == shop["A1"].id


# -- progress of a line -------------------------------------------------------------------------
def test_lines_move_the_order_start_pause_for_parts_resume_finish_to_qc(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    first, second = labour_lines(order)
    first = workshop.start_line(dispatcher, first.id, first.version)
    assert first.status == "维修中" and first.started_at and fresh(order).status == "维修中"
    with pytest.raises(ValidationError, match="请填写待料原因"):
        workshop.pause_line(dispatcher, first.id, first.version, "  ")
    first = workshop.pause_line(dispatcher, first.id, first.version, "缺前刹车片，已订货")
    assert (first.status, first.pause_reason, fresh(order).status) == ("暂停", "缺前刹车片，已订货", "待料")
    assert workshop.board()[0].waiting_for_parts == "缺前刹车片，已订货"
    with pytest.raises(ValidationError, match="请先恢复开工"):
        workshop.finish_line(dispatcher, first.id, first.version)
    first = workshop.start_line(dispatcher, first.id, first.version)
    assert fresh(order).status == "维修中" and first.pause_reason == ""
    second = workshop.start_line(dispatcher, second.id, second.version)
    workshop.pause_line(dispatcher, second.id, second.version, "等机油")
    assert fresh(order).status == "维修中"  # the car is still being worked on
    workshop.finish_line(dispatcher, first.id, first.version)
    assert fresh(order).status == "待料"
    second = workshop.start_line(dispatcher, second.id, fresh(second).version)
    workshop.finish_line(dispatcher, second.id, second.version)
    order = fresh(order)
    assert order.status == "质检" and order.finished_at is not None
    assert statuses(order)[-6:] == ["维修中", "待料", "维修中", "待料", "维修中", "质检"]


@pytest.mark.parametrize("setup, message", [
    ("not dispatched", "还没有派工"),
    ("part line", "不需要开工"),
    ("stale line", "已被"),
    ("already started", "已在维修中"),
])
def test_a_line_that_cannot_start_is_refused(advisor, dispatcher, shop, setup, message):
    order = order_in_workshop(advisor, dispatcher)
    line = labour_lines(order)[0]
    if setup == "part line":
        line = add_part_line(order, make_part())
    elif setup in ("stale line", "already started"):
        workshop.dispatch_line(dispatcher, order.id, order.version, line.id, team=shop["team1"].id)
        if setup == "already started":
            line = workshop.start_line(dispatcher, line.id, fresh(line).version)
    with pytest.raises((ValidationError, StaleRecord), match=message):
        workshop.start_line(dispatcher, line.id, line.version)
    assert fresh(order).status == "待派工" or setup == "already started"


def test_starting_a_line_moves_the_car_to_its_bay_unless_another_car_is_there(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop, bay="A1")
    first, second = labour_lines(order)
    workshop.dispatch_line(dispatcher, order.id, fresh(order).version, second.id, team=shop["team2"].id, bay=shop["B1"].id)
    assert fresh(order).bay_id == shop["A1"].id  # assigning reserves nothing
    blocker = dispatched_order(advisor, dispatcher, shop, bay="B1", plate="京E50001")
    with pytest.raises(ValidationError, match="京E50001"):
        workshop.start_line(dispatcher, second.id, fresh(second).version)
    assert fresh(second).status == "待派工"
    workshop.move_car(dispatcher, blocker.id, fresh(blocker).version, None)
    workshop.start_line(dispatcher, second.id, fresh(second).version)
    assert fresh(order).bay_id == shop["B1"].id


def test_only_dispatch_roles_move_lines(advisor, dispatcher, shop, users):
    order = dispatched_order(advisor, dispatcher, shop)
    line = labour_lines(order)[0]
    for role in ("服务顾问", "收银员", "备件仓库员"):
        with pytest.raises(PermissionDenied):
            workshop.start_line(users[role], line.id, line.version)
    with pytest.raises(PermissionDenied):
        workshop.dispatch_line(users["质检员"], order.id, order.version, line.id, team=shop["team1"].id)


# -- the clock -------------------------------------------------------------------------------
def test_clock_on_starts_the_line_and_a_technician_is_on_one_line_at_a_time(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    first, second = labour_lines(order)
    clocking = workshop.clock_on(dispatcher, shop["zhang"].id, first.id)
    assert fresh(first).status == "维修中" and fresh(order).status == "维修中" and clocking.ended_at is None
    with pytest.raises(ValidationError, match=f"张师傅 自 .* 起正在工单 {order.number} 的“更换机油机滤”上计时"):
        workshop.clock_on(dispatcher, shop["zhang"].id, second.id)
    assert fresh(second).status == "待派工"
    workshop.clock_on(dispatcher, shop["li"].id, first.id)  # a helper on the same job
    assert workshop.clock_off(dispatcher, shop["zhang"].id).ended_at is not None
    with pytest.raises(ValidationError, match="当前没有在计时"):
        workshop.clock_off(dispatcher, shop["zhang"].id)
    workshop.finish_line(dispatcher, first.id, fresh(first).version)  # stops 李师傅's clock too
    assert Clocking.select().where(Clocking.ended_at.is_null()).count() == 0
    assert AuditLog.select().where(AuditLog.action.in_(("workshop.clock_on", "workshop.clock_off"))).count() == 4


def test_a_clocked_technician_cannot_be_retired(manager, advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    workshop.clock_on(dispatcher, shop["zhang"].id, labour_lines(order)[0].id)
    with pytest.raises(ValidationError, match="正在计时"):
        workshop.update_technician(manager, shop["zhang"].id, active=False)
    assert fresh(shop["zhang"]).active


# -- added work (增项) -------------------------------------------------------------------------
def test_raising_added_work_prices_the_proposal_and_sends_it_to_reception(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    line = labour_lines(order)[0]
    workshop.start_line(dispatcher, line.id, line.version)
    pads = make_part("1K0698151", "前刹车片", "420.00")
    item = LabourItem.create(code="ZD01", name="更换前刹车片", hours=Decimal("1.2"))
    work = workshop.raise_added_work(
        dispatcher, order.id, fresh(order).version, "前刹车片磨损到极限，建议更换",
        labour=[{"labour_item": item.id}], parts=[{"part": pads.id, "quantity": "1"}], delay_minutes=60,
    )
    lines = list(WorkOrderLine.select().where(WorkOrderLine.added_work == work.id).order_by(WorkOrderLine.id))
    assert [(l.kind, l.description, l.quantity, l.unit_price, l.amount, l.status) for l in lines] == [
        ("工时", "更换前刹车片", Decimal("1.200"), Decimal("120.00"), Decimal("144.00"), "待确认"),
        ("材料", "前刹车片", Decimal("1.000"), Decimal("420.00"), Decimal("420.00"), "待确认"),
    ]
    order = fresh(order)
    assert order.status == "待客户确认" and work.answer == "待答复"
    assert order.estimate_total == Decimal("180.00")  # nothing agreed yet
    audit = AuditLog.get(AuditLog.action == "order.added_work.raise")
    assert json.loads(audit.after)["total"] == "564.00"
    rows, _ = workshop.waiting_added_work()
    assert [(r["order_number"], r["amount"]) for r in rows] == [(order.number, Decimal("564.00"))]
    assert PickRequest.select().where(PickRequest.line.in_([l.id for l in lines])).count() == 0
    card = workshop.board()[0]
    assert card.awaiting_answer == 1 and card.lines_total == 2  # proposed lines are not yet part of the job


@pytest.mark.parametrize("customer_says, message", [(None, "还没有得到客户同意"), (False, "客户已拒绝")])
def test_added_work_cannot_start_without_the_customers_yes(advisor, dispatcher, shop, customer_says, message):
    order = dispatched_order(advisor, dispatcher, shop)
    work = workshop.raise_added_work(dispatcher, order.id, order.version, "空调滤芯脏", labour=[{"description": "更换空调滤芯", "hours": "0.3"}])
    added = WorkOrderLine.get(WorkOrderLine.added_work == work.id)
    workshop.dispatch_line(dispatcher, order.id, fresh(order).version, added.id, technician=shop["li"].id)
    if customer_says is not None:
        answer_added_work(advisor, work, customer_says)
    with pytest.raises(ValidationError, match=message):
        workshop.start_line(dispatcher, added.id, fresh(added).version)
    with pytest.raises(ValidationError, match=message):
        workshop.clock_on(dispatcher, shop["li"].id, added.id)
    assert fresh(added).status in ("待确认", "已取消") and Clocking.select().count() == 0


def test_after_a_yes_the_line_starts_and_its_parts_are_requested(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    first = labour_lines(order)[0]
    workshop.start_line(dispatcher, first.id, first.version)
    belt = make_part("06H903137", "发动机皮带", "260.00")
    work = workshop.raise_added_work(dispatcher, order.id, fresh(order).version, "皮带开裂",
                                     labour=[{"description": "更换皮带", "hours": "0.8"}], parts=[{"part": belt.id}])
    order = answer_added_work(advisor, work, True)
    assert order.status == "维修中"  # a line was in work when the question went out
    assert PickRequest.select().count() == 1
    added = WorkOrderLine.get((WorkOrderLine.added_work == work.id) & (WorkOrderLine.kind == "工时"))
    workshop.dispatch_line(dispatcher, order.id, order.version, added.id, technician=shop["li"].id)
    assert workshop.start_line(dispatcher, added.id, fresh(added).version).status == "维修中"


def test_a_no_before_any_work_puts_the_order_back_to_dispatch(advisor, dispatcher, shop):
    order = order_in_workshop(advisor, dispatcher)
    work = workshop.raise_added_work(advisor, order.id, order.version, "轮胎有鼓包", parts=[])
    assert fresh(order).status == "待客户确认"
    assert answer_added_work(advisor, work, False).status == "待派工"
    assert workshop.board()[0].awaiting_answer == 0


@pytest.mark.parametrize("labour_items, parts, delay, message", [
    ([{"description": "更换", "hours": "-1"}], [], 0, "工时必须大于 0"),
    ([{"description": "更换", "hours": "1.5.2"}], [], 0, "不是有效的数字"),
    ([{"description": "更换"}], [], 0, "请填写“更换”的工时"),
    ([{"description": "更换", "hours": "500"}], [], 0, "过大"),
    ([], [{"part": 999999}], 0, "找不到该备件"),
    ([], [{"part": "oil", "quantity": "1.5"}], 0, "数量必须是整数"),
    ([], [], -5, "延误时间"),
])
def test_bad_added_work_is_refused_and_nothing_is_saved(advisor, dispatcher, shop, labour_items, parts, delay, message):
    order = dispatched_order(advisor, dispatcher, shop)
    oil = make_part()
    parts = [{**p, "part": oil.id} if p.get("part") == "oil" else p for p in parts]
    lines_before = WorkOrderLine.select().count()
    with pytest.raises((ValidationError, NotFound), match=message):
        workshop.raise_added_work(dispatcher, order.id, order.version, "发现问题", labour=labour_items, parts=parts, delay_minutes=delay)
    assert AddedWork.select().count() == 0 and WorkOrderLine.select().count() == lines_before
    assert fresh(order).status == "待派工" and fresh(order).version == order.version


def test_added_work_during_qc_is_refused_and_during_rework_goes_through_in_work(advisor, dispatcher, inspector, shop):
    order = run_through(dispatcher, dispatched_order(advisor, dispatcher, shop))
    with pytest.raises(ValidationError, match="正在质检"):
        workshop.raise_added_work(inspector, order.id, order.version, "底盘异响")
    workshop.fail_qc(inspector, order.id, order.version, "异响未排除", rework_lines=[labour_lines(order)[1].id])
    order = fresh(order)
    workshop.raise_added_work(inspector, order.id, order.version, "右前减震器漏油", labour=[{"description": "更换减震器", "hours": "1.5"}])
    assert statuses(order)[-3:] == ["返工", "维修中", "待客户确认"]


def test_raising_added_work_on_a_stale_copy_is_refused(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    save_versioned(advisor, fresh(order), order.version, {"findings": "左前轮胎磨损"})
    with pytest.raises(StaleRecord):
        workshop.raise_added_work(dispatcher, order.id, order.version, "刹车油变质")
    assert AddedWork.select().count() == 0


def test_setup_changes_are_refused_to_unknown_fields(manager, shop):
    with pytest.raises(ValidationError, match="没有字段"):
        workshop.update_bay(manager, shop["A1"].id, colour="红")


def test_the_customers_yes_counts_even_if_the_line_was_left_as_proposed(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    work = workshop.raise_added_work(dispatcher, order.id, order.version, "空调异味", labour=[{"description": "清洗空调", "hours": "0.5"}])
    added = WorkOrderLine.get(WorkOrderLine.added_work == work.id)
    workshop.dispatch_line(dispatcher, order.id, fresh(order).version, added.id, technician=shop["li"].id)
    AddedWork.update(answer="同意").where(AddedWork.id == work.id).execute()  # line still 待确认
    assert workshop.after_customer_answer(advisor, order.id).status == "待派工"
    assert workshop.start_line(dispatcher, added.id, fresh(added).version).status == "维修中"
    assert fresh(order).status == "维修中"
