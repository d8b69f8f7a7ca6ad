"""Reception: check-in, mileage sanity, writing the work order and its estimate, the signature,
maintenance packages and comebacks."""
import datetime as dt
import json
import threading

import pytest

from storage.models import (
    Appointment, AuditLog, LabourItem, MileageReading, Part, StatusChange, Suggestion, Vehicle, WorkOrder,
    WorkOrderLine, now,
)
from storage.plumbing import changes
from storage.plumbing.db import database
from storage.reception import checkin as reception
from storage.reception import documents as reception_documents
from storage.reception import estimate, mileage, packages
from storage.rules import auth, settings
from storage.rules.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from storage.workshop import jobs as workshop_jobs
from tests.factories import D, approval, check_in_car, fresh, make_car, make_order, promise_order, signed_order


def audit_actions(entity=None):
    query = AuditLog.select(AuditLog.action)
    if entity is not None:
        query = query.where((AuditLog.entity == type(entity).__name__) & (AuditLog.entity_id == str(entity.id)))
    return [a for (a,) in query.tuples()]


# ---------------------------------------------------------------- check-in


def test_walk_in_check_in_writes_the_sheet_reading_and_archive(advisor, car):
    order = check_in_car(advisor, car, damage=[{"x": 0.2, "y": 0.5, "kind": "划痕", "note": "左前门"}],
                     findings="机油液位偏低", key_number=" a-07 ")
    assert order.status == "草稿" and order.number.startswith("WO")
    assert (order.vehicle_id, order.customer_id, order.advisor_id) == (car.id, car.owner_id, advisor.id)
    assert order.job_type == "一般维修" and order.mileage == 20000 and order.fuel_level == 40
    assert order.key_number == "A-07"
    assert json.loads(order.belongings) == [["备胎", 1], ["行车记录仪", 1]]
    assert json.loads(order.damage) == [{"x": 0.2, "y": 0.5, "kind": "划痕", "note": "左前门"}]
    reading = MileageReading.get(MileageReading.vehicle == car.id)
    assert (reading.km, reading.source, reading.overridden_by) == (20000, order.number, "")
    vehicle = Vehicle.get_by_id(car.id)
    assert vehicle.last_mileage == 20000 and vehicle.last_visit_at == order.opened_at
    assert "order.check_in" in audit_actions(order)


def test_an_appointment_turns_into_a_check_in_with_one_action(advisor, car):
    from storage.reception import appointments

    booked = appointments.book(advisor, vehicle_id=car.id, starts_at=now() + dt.timedelta(minutes=30),
                               job_type="保养", request="一万公里保养")
    with changes.collect() as op:
        order = reception.check_in(advisor, appointment_id=booked.id, mileage=10050, fuel_level=60, key_number="B2")
    assert op.changes == {"orders", "workshop", "appointments"}  # the board of appointments shows it arrived
    assert order.appointment_id == booked.id and order.vehicle_id == car.id
    assert order.job_type == "保养" and order.customer_words == "一万公里保养"
    assert Appointment.get_by_id(booked.id).status == "已到店"
    with pytest.raises(ValidationError, match="已到店"):
        reception.check_in(advisor, appointment_id=booked.id, mileage=10050, fuel_level=60, key_number="B3")


@pytest.mark.parametrize("overrides, message", [
    ({"fuel_level": 120}, "油量"),
    ({"key_number": ""}, "钥匙柜编号"),
    ({"key_number": "KEY-123456"}, "最多 8 位"),
    ({"belongings": [("雨伞", 0)]}, "1–99"),
    ({"damage": [{"x": 0.5, "y": 0.5, "kind": "烧焦"}]}, "损伤类型"),
    ({"damage": [{"x": 2, "y": 0.5}]}, "示意图范围"),
    ({"job_type": "返修"}, "从原工单开具"),
    ({"job_type": "洗车"}, "业务类型"),
    ({"mileage": "abc"}, "有效的公里数"),
    ({"mileage": 1_200_000}, "999,999"),
    ({"vehicle_id": None}, "请先选择车辆"),
])
def test_bad_check_in_is_refused_and_saves_nothing(advisor, car, overrides, message):
    with pytest.raises(ValidationError, match=message):
        check_in_car(advisor, car, **overrides)
    assert WorkOrder.select().count() == 0
    assert MileageReading.select().count() == 0


def test_a_car_is_checked_in_once_and_a_key_hook_holds_one_key(advisor, car):
    first = check_in_car(advisor, car)
    with pytest.raises(ValidationError, match=f"已有未结束的工单 {first.number}"):
        check_in_car(advisor, car)
    other = make_car(advisor, name="李四", phone="13700001111")
    with pytest.raises(ValidationError, match=f"已存放工单 {first.number}"):
        check_in_car(advisor, other, key_number="A-01")
    reception.cancel_order(advisor, first.id, first.version, "客户改天再来")
    assert check_in_car(advisor, other, key_number="A-01").key_number == "A-01"  # the hook is free again


def test_only_advisors_and_the_manager_check_cars_in(users, car):
    with pytest.raises(PermissionDenied):
        check_in_car(users[auth.CASHIER], car)


# ---------------------------------------------------------------- mileage


def _history(car, readings):
    """Readings as (days ago, km)."""
    for days, km in readings:
        MileageReading.create(vehicle=car.id, km=km, at=now() - dt.timedelta(days=days), source="历史")
    if readings:
        Vehicle.update(last_mileage=readings[-1][1]).where(Vehicle.id == car.id).execute()


@pytest.mark.parametrize("readings, entered, state", [
    ([], 50000, "正常"),  # a first visit is never questioned
    ([(30, 10000)], 9999, "低于上次"),
    ([(30, 10000)], 10000, "正常"),
    ([(30, 10000)], 15400, "正常"),  # 60 km a day by default × 30 days × 3 = 5,400
    ([(30, 10000)], 15401, "跳变过大"),
    ([(2, 10000)], 13000, "正常"),  # never questioned under 3,000 km more
    ([(320, 0), (20, 30000)], 36000, "正常"),  # 100 km a day: 20 days × 3 = 6,000
    ([(320, 0), (20, 30000)], 36001, "跳变过大"),
])
def test_mileage_is_judged_against_the_cars_own_history(car, readings, entered, state):
    _history(car, readings)
    assert mileage.assess(Vehicle.get_by_id(car.id), entered).state == state


@pytest.mark.parametrize("entered, state", [(50000, "正常"), (9000, "低于上次")])
def test_an_imported_last_mileage_without_a_date_only_guards_against_going_back(car, entered, state):
    Vehicle.update(last_mileage=10000).where(Vehicle.id == car.id).execute()
    assert mileage.assess(Vehicle.get_by_id(car.id), entered).state == state


def test_a_reading_below_the_last_needs_a_managers_own_login(advisor, manager, car):
    _history(car, [(60, 30000)])
    with pytest.raises(mileage.MileageBelowLast, match="低于上次记录的 30,000 公里"):
        check_in_car(advisor, car, mileage=3000)
    with pytest.raises(PermissionDenied, match="服务经理"):
        check_in_car(advisor, car, mileage=3000, override_by=advisor)
    with pytest.raises(PermissionDenied, match="服务经理"):  # the manager's record is no approval either
        check_in_car(advisor, car, mileage=3000, override_by=manager)
    with pytest.raises(PermissionDenied, match="无权授权"):
        approval(advisor, "mileage", advisor)
    assert WorkOrder.select().count() == 0
    order = check_in_car(advisor, car, mileage=3000, override_by=approval(manager, "mileage", advisor))
    assert order.mileage == 3000
    reading = MileageReading.get(MileageReading.source == order.number)
    assert reading.overridden_by == manager.display_name
    assert Vehicle.get_by_id(car.id).last_mileage == 3000
    assert "mileage.override" in audit_actions()


def test_an_implausible_jump_asks_for_confirmation(advisor, car):
    _history(car, [(30, 10000)])
    with pytest.raises(mileage.MileageJump) as refused:
        check_in_car(advisor, car, mileage=100000)
    assert refused.value.needs == "confirm_jump" and refused.value.allowed_max == 15400
    assert "多输或少输了一位" in refused.value.message
    assert WorkOrder.select().count() == 0
    assert check_in_car(advisor, car, mileage=100000, confirm_jump=True).mileage == 100000


def test_correcting_the_mileage_of_a_draft_replaces_its_own_reading(advisor, car):
    _history(car, [(30, 10000)])
    order = check_in_car(advisor, car, mileage=12000)
    order = reception.update_check_in(advisor, order.id, order.version, mileage=11000, fuel_level=80)
    assert (order.mileage, order.fuel_level) == (11000, 80)
    assert [r.km for r in MileageReading.select().order_by(MileageReading.id)] == [10000, 11000]
    assert Vehicle.get_by_id(car.id).last_mileage == 11000
    with pytest.raises(mileage.MileageBelowLast):
        reception.update_check_in(advisor, order.id, order.version, mileage=9000)
    assert fresh(order).mileage == 11000


# ---------------------------------------------------------------- writing the order


def test_labour_lines_follow_the_labour_table_and_the_store_rate(advisor, manager, car, labour):
    order = check_in_car(advisor, car)
    change = estimate.add_labour_line(advisor, order.id, order.version, labour.id)
    assert (change.line.quantity, change.line.unit_price, change.line.amount) == (D("0.500"), D("120.00"), D("60.00"))
    assert change.order.estimate_total == D("60.00") and change.order.version == order.version + 1
    settings.put(manager, "labour.rate", "150")
    change = estimate.add_labour_line(advisor, order.id, change.order.version, labour.id)
    assert change.line.amount == D("75.00") and change.order.estimate_total == D("135.00")
    assert audit_actions().count("order.line.add") == 2


def test_an_order_another_station_changed_is_refused_and_nothing_is_added(advisor, manager, car, labour):
    order = check_in_car(advisor, car)
    reception.set_terms(manager, order.id, order.version, wash=False)
    with pytest.raises(StaleRecord, match=manager.display_name):
        estimate.add_labour_line(advisor, order.id, order.version, labour.id)
    assert WorkOrderLine.select().count() == 0


def test_part_lines_use_live_stock_and_a_short_part_only_goes_as_to_order(advisor, car, oil_filter, labour):
    other = signed_order(advisor, make_car(advisor, name="赵六", phone="13600002222"), labour, key_number="C1")
    reception_part = estimate.part_stock(oil_filter.id)
    assert (reception_part["on_hand"], reception_part["reserved"], reception_part["available"]) == (D(5), D(0), D(5))
    reception.reopen_order(advisor, other.id, other.version, "加一个机滤")
    other = estimate.add_part_line(advisor, other.id, fresh(other).version, oil_filter.id, "3").order
    other = reception.sign_estimate(advisor, other.id, other.version)
    assert estimate.part_stock(oil_filter.id)["available"] == D(2)  # three promised to a signed order

    order = check_in_car(advisor, car)
    with pytest.raises(estimate.PartShort, match="可用 2"):
        estimate.add_part_line(advisor, order.id, order.version, oil_filter.id, "4")
    assert WorkOrderLine.select().where(WorkOrderLine.order == order.id).count() == 0
    change = estimate.add_part_line(advisor, order.id, order.version, oil_filter.id, "4", to_order=True)
    assert change.line.to_order and change.line.amount == D("272.00") and change.line.genuine
    assert "以下配件需订货，到货后施工，交车时间可能顺延：机油滤清器。" in reception_documents.order_detail(order.id)["remarks"]
    change = estimate.update_line(advisor, order.id, change.order.version, change.line.id, quantity="2")
    assert not change.line.to_order and change.order.estimate_total == D("136.00")
    assert not any("需订货" in r for r in reception_documents.order_detail(order.id)["remarks"])


def test_two_lines_of_one_part_on_one_order_share_its_stock(advisor, car, oil_filter):
    order = check_in_car(advisor, car)
    first = estimate.add_part_line(advisor, order.id, order.version, oil_filter.id, "4")
    with pytest.raises(estimate.PartShort, match="本单其他项目已用 4"):
        estimate.add_part_line(advisor, order.id, first.order.version, oil_filter.id, "2")
    # Raising the first line itself to five is fine: its own quantity is not counted twice.
    assert not estimate.update_line(advisor, order.id, first.order.version, first.line.id, quantity="5").line.to_order


@pytest.mark.parametrize("quantity, message", [("1.5", "整数"), ("0", "大于 0"), ("-1", "大于 0"), ("x", "有效的数字")])
def test_bad_part_quantities_are_refused(advisor, car, oil_filter, quantity, message):
    order = check_in_car(advisor, car)
    with pytest.raises(ValidationError, match=message):
        estimate.add_part_line(advisor, order.id, order.version, oil_filter.id, quantity)
    assert fresh(order).version == order.version


def test_item_pricing_is_for_symptom_and_item_estimates_only(advisor, car):
    order = reception.set_terms(advisor, check_in_car(advisor, car).id, 1, estimate_mode="系统估价")
    with pytest.raises(ValidationError, match="工时定额"):
        estimate.add_priced_item(advisor, order.id, order.version, "排除异响", "800")
    order = reception.set_terms(advisor, order.id, order.version, estimate_mode="现象估价")
    change = estimate.add_priced_item(advisor, order.id, order.version, "排除发动机异响", "800")
    assert (change.line.kind, change.line.amount) == ("工时", D("800.00"))
    sheet = reception_documents.work_order_sheet(order.id)
    assert any("故障现象估价" in r for r in sheet["remarks"])


def test_customer_parts_and_insisted_aftermarket_parts_carry_the_no_guarantee_remark(advisor, keeper, car):
    from storage.parts import catalogue, stock

    pad = catalogue.create_part(keeper, number="PAD-AM", name="副厂刹车片", price="200.00", genuine=False)
    stock.receive(keeper, [{"part": pad.id, "quantity": "2"}])
    order = check_in_car(advisor, car)
    change = estimate.add_customer_part(advisor, order.id, order.version, "客户自带机油", "4")
    assert change.line.supplied_by_customer and change.line.amount == 0 and change.order.parts_by_customer
    order = estimate.add_part_line(advisor, order.id, change.order.version, pad.id, "1").order
    remarks = reception_documents.work_order_sheet(order.id)["remarks"]
    assert remarks == ["客户自购配件（客户自带机油），本店对其质量不作担保。", "旧件交还客户。"]
    order = reception.set_terms(advisor, order.id, order.version, aftermarket_insisted=True)
    remarks = reception_documents.work_order_sheet(order.id)["remarks"]
    assert "应客户坚持使用副厂件（副厂刹车片），本店对其质量不作担保。" in remarks


def test_old_parts_go_back_by_default_except_those_a_warranty_claim_keeps(advisor, car, labour, keeper):
    """Issue 17 C: old parts back to the customer unless they decline; the claim's parts stay for the
    manufacturer. The class of parts the customer chose is on the order."""
    from storage.parts import catalogue, stock

    pump = catalogue.create_part(keeper, number="PUMP-1", name="水泵总成", price="980.00")
    stock.receive(keeper, [{"part": pump.id, "quantity": "1"}])
    order = check_in_car(advisor, car)
    assert (order.return_old_parts, order.parts_quality) == (True, "原厂")
    change = estimate.add_part_line(advisor, order.id, order.version, pump.id, "1")
    order = estimate.update_line(advisor, order.id, change.order.version, change.line.id, payer="厂家索赔").order
    remarks = reception_documents.work_order_sheet(order.id)["remarks"]
    assert "旧件交还客户；厂家索赔的旧件（水泵总成）按厂家要求由本店留存。" in remarks
    order = reception.set_terms(advisor, order.id, order.version, return_old_parts=False, parts_quality="修复")
    assert order.parts_quality == "修复"
    assert "客户选择旧件不交还，由本店处理。" in reception_documents.work_order_sheet(order.id)["remarks"]


def test_fees_payers_and_removal(advisor, car, labour):
    order = check_in_car(advisor, car)
    fee = estimate.add_fee_line(advisor, order.id, order.version, "拖车费", "150")
    labour_line = estimate.add_labour_line(advisor, order.id, fee.order.version, labour.id)
    change = estimate.update_line(advisor, order.id, labour_line.order.version, fee.line.id, payer="保险公司")
    assert change.line.payer == "保险公司"
    with pytest.raises(ValidationError, match="只有材料可以改数量"):
        estimate.update_line(advisor, order.id, change.order.version, fee.line.id, quantity="2")
    with pytest.raises(ValidationError, match="付费方"):
        estimate.update_line(advisor, order.id, change.order.version, fee.line.id, payer="朋友")
    change = estimate.remove_line(advisor, order.id, change.order.version, fee.line.id)
    assert change.order.estimate_total == D("60.00")
    assert "order.line.remove" in audit_actions()
    with pytest.raises(NotFound):
        estimate.remove_line(advisor, order.id, change.order.version, fee.line.id)


@pytest.mark.parametrize("job_type, insurer, payer", [
    ("一般维修", "", "客户"),
    ("保养", "", "客户"),
    ("保修索赔", "", "厂家索赔"),
    ("内部", "", "内部"),
    ("事故车", "", "客户"),
    ("事故车", "平安保险", "保险公司"),
])
def test_new_lines_default_to_the_payer_the_job_type_implies(advisor, car, labour, job_type, insurer, payer):
    order = check_in_car(advisor, car)
    order = reception.set_terms(advisor, order.id, order.version, job_type=job_type, insurer=insurer)
    assert estimate.add_labour_line(advisor, order.id, order.version, labour.id).line.payer == payer


@pytest.mark.parametrize("terms, message", [
    ({"promised_at": dt.datetime(2020, 1, 1, 9, 0)}, "晚于现在"),
    ({"promised_at": "明天"}, "预计交车时间"),
    ({"estimate_mode": "随便估"}, "估价方式"),
    ({"parts_quality": "拆车件"}, "配件类别"),
    ({"job_type": "返修"}, "原工单开具"),
    ({"colour": "红"}, "没有字段"),
])
def test_bad_terms_are_refused(advisor, car, terms, message):
    order = check_in_car(advisor, car)
    with pytest.raises(ValidationError, match=message):
        reception.set_terms(advisor, order.id, order.version, **terms)
    assert fresh(order).version == order.version


# ---------------------------------------------------------------- the signature


@pytest.mark.parametrize("prepare, message", [
    ("nothing", "还没有任何维修项目"),
    ("no promise", "预计交车时间"),
    ("insurer missing", "保险公司名称"),
])
def test_an_incomplete_estimate_cannot_be_signed(advisor, car, labour, prepare, message):
    order = check_in_car(advisor, car)
    if prepare != "nothing":
        order = estimate.add_labour_line(advisor, order.id, order.version, labour.id,
                                          payer="保险公司" if prepare == "insurer missing" else None).order
    if prepare != "no promise":
        order = promise_order(advisor, order)
    with pytest.raises(ValidationError, match=message):
        reception.sign_estimate(advisor, order.id, order.version)
    assert fresh(order).status == "草稿"


def test_signing_sends_the_order_to_the_workshop_and_freezes_the_estimate(advisor, car, labour):
    order = signed_order(advisor, car, labour)
    assert order.status == "待派工" and order.signed_at is not None
    assert order.signed_estimate == order.estimate_total == D("60.00")
    assert [c.to_status for c in StatusChange.select().where(StatusChange.order == order.id)] == ["待派工"]
    assert "order.sign" in audit_actions(order)
    with pytest.raises(ValidationError, match="追加项目"):
        estimate.add_labour_line(advisor, order.id, order.version, labour.id)


def test_a_signature_is_withdrawn_only_before_the_workshop_takes_the_car(advisor, dispatcher, car, labour):
    order = signed_order(advisor, car, labour)
    order = reception.reopen_order(advisor, order.id, order.version, "客户要加洗车")
    assert order.status == "草稿" and order.signed_at is None and order.signed_estimate == 0
    assert AuditLog.get(AuditLog.action == "order.reopen").before == '{"signed_estimate": "60.00"}'
    order = estimate.add_fee_line(advisor, order.id, order.version, "精洗", "80").order
    order = reception.sign_estimate(advisor, order.id, order.version)
    assert order.signed_estimate == D("140.00")
    order = workshop_jobs.receive_car(dispatcher, order.id, order.version)
    with pytest.raises(ValidationError, match="车间已于"):
        reception.reopen_order(advisor, order.id, order.version, "再改")


@pytest.mark.parametrize("status", ["已结算", "已交车", "已取消"])
def test_lines_cannot_be_added_to_a_settled_or_closed_order(advisor, status):
    order = make_order(advisor, status=status)
    with pytest.raises(ValidationError, match=f"{status}，不能再修改"):
        estimate.add_fee_line(advisor, order.id, order.version, "洗车", "30")
    assert WorkOrderLine.select().where(WorkOrderLine.order == order.id).count() == 1


def test_an_order_is_cancelled_only_before_work_starts(advisor, car, labour):
    order = make_order(advisor, status="维修中")
    with pytest.raises(ValidationError, match="已开工"):
        reception.cancel_order(advisor, order.id, order.version, "客户不修了")
    order = signed_order(advisor, car, labour)
    with pytest.raises(ValidationError, match="取消原因"):
        reception.cancel_order(advisor, order.id, order.version, " ")
    order = reception.cancel_order(advisor, order.id, order.version, "客户不修了")
    assert order.status == "已取消" and "order.cancel" in audit_actions(order)


# ---------------------------------------------------------------- packages


@pytest.fixture
def service_10k(manager, model, labour, oil_filter):
    return packages.define_package(manager, name="1万公里保养", model_id=model.id, interval_km=10000,
                                   items=[{"labour": labour.id}, {"part": oil_filter.id, "quantity": "1"}])


def test_only_the_manager_defines_packages(advisor, labour):
    with pytest.raises(PermissionDenied):
        packages.define_package(advisor, name="x", interval_km=10000, items=[{"labour": labour.id}])


@pytest.mark.parametrize("items, interval, message", [
    ([], 10000, "至少要有一个"),
    ([{"part": 999}], 10000, "不存在"),
    ([{"labour": 1}], 0, "保养间隔"),
])
def test_bad_packages_are_refused(manager, labour, items, interval, message):
    with pytest.raises(ValidationError, match=message):
        packages.define_package(manager, name="套餐", interval_km=interval, items=items)


def test_a_package_is_added_in_one_action_and_the_estimate_follows(advisor, manager, car, service_10k, keeper, labour):
    listed = packages.packages_for(car.id)
    assert [(p["name"], p["total"]) for p in listed] == [("1万公里保养", D("128.00"))]
    order = check_in_car(advisor, car)
    order = estimate.apply_package(advisor, order.id, order.version, service_10k.id)
    lines = list(WorkOrderLine.select().where(WorkOrderLine.order == order.id).order_by(WorkOrderLine.position))
    assert [(x.kind, x.description, x.amount) for x in lines] == [("工时", "更换机油机滤", D("60.00")),
                                                                  ("材料", "机油滤清器", D("68.00"))]
    assert order.estimate_total == D("128.00") and "order.package.apply" in audit_actions(order)


def test_a_package_with_a_short_part_is_refused_whole_unless_to_order(advisor, manager, car, labour, keeper):
    from storage.parts import catalogue

    plug = catalogue.create_part(keeper, number="SP-1", name="火花塞", price="45.00")  # none in stock
    package = packages.define_package(manager, name="2万公里保养", interval_km=20000,
                                      items=[{"labour": labour.id}, {"part": plug.id, "quantity": "4"}])
    order = check_in_car(advisor, car)
    with pytest.raises(estimate.PartShort, match="火花塞"):
        estimate.apply_package(advisor, order.id, order.version, package.id)
    assert WorkOrderLine.select().count() == 0
    order = estimate.apply_package(advisor, order.id, order.version, package.id, to_order=True)
    assert [x.to_order for x in WorkOrderLine.select().order_by(WorkOrderLine.position)] == [False, True]


@pytest.mark.parametrize("mileage_, expected", [(9600, "1万"), (29600, "3万"), (40400, "2万"), (4000, "1万")])
def test_the_mileage_suggests_the_package_it_calls_for(manager, car, model, labour, mileage_, expected):
    for km in (10000, 20000, 30000):
        packages.define_package(manager, name=f"{km // 10000}万公里保养", model_id=model.id, interval_km=km,
                                items=[{"labour": labour.id}])
    assert packages.suggest_package(car.id, mileage_)["name"].startswith(expected)


# ---------------------------------------------------------------- comebacks


def _delivered(advisor, car, labour, days_ago=10):
    order = make_order(advisor, vehicle=car, status="已交车", job_type="一般维修", mileage=20000)
    WorkOrder.update(delivered_at=now() - dt.timedelta(days=days_ago)).where(WorkOrder.id == order.id).execute()
    return fresh(order)


def test_a_comeback_is_linked_to_its_original_and_free_within_the_guarantee(advisor, car, labour):
    original = _delivered(advisor, car, labour, days_ago=5)
    order = reception.open_comeback(advisor, original.id, mileage=20500, fuel_level=30, key_number="R1",
                                    customer_words="异响又出现了")
    assert (order.job_type, order.comeback_of_id, order.vehicle_id) == ("返修", original.id, car.id)
    assert estimate.comeback_cover(order) is not None
    assert estimate.add_labour_line(advisor, order.id, order.version, labour.id).line.payer == "内部"
    with pytest.raises(ValidationError, match="返修"):
        reception.set_terms(advisor, order.id, fresh(order).version, job_type="一般维修")


@pytest.mark.parametrize("days_ago, km, covered", [(5, 20500, True), (12, 20500, False), (5, 23000, False)])
def test_the_guarantee_decides_who_pays_a_comeback(advisor, car, labour, days_ago, km, covered):
    original = _delivered(advisor, car, labour, days_ago=days_ago)  # 小修: 10 days or 2,000 km
    order = reception.open_comeback(advisor, original.id, mileage=km, fuel_level=30, key_number="R1")
    assert (estimate.comeback_cover(order) is not None) == covered
    assert estimate.default_payer(order) == ("内部" if covered else "客户")


def test_a_comeback_needs_a_delivered_original(advisor, car, labour):
    order = make_order(advisor, vehicle=car, status="完工")
    with pytest.raises(ValidationError, match="尚未交车"):
        reception.open_comeback(advisor, order.id, mileage=20500, fuel_level=30, key_number="R1")


# ---------------------------------------------------------------- documents


def test_the_printed_documents_carry_what_the_paper_forms_ask(advisor, car, labour):
    order = signed_order(advisor, car, labour, damage=[{"x": 0.1, "y": 0.9, "kind": "凹陷"}])
    sheet = reception_documents.work_order_sheet(order.id)
    assert sheet["qr_text"] == order.number and sheet["store"]["name"] == "红旗路一汽大众4S店"
    assert sheet["totals"]["total"] == D("60.00") and sheet["model"] == "大众 迈腾"
    assert reception_documents.estimate_sheet(order.id)["copies"] == 2
    check = reception_documents.check_in_sheet(order.id)
    assert check["belongings"] == [["备胎", 1], ["行车记录仪", 1]] and check["damage"][0]["kind"] == "凹陷"
    assert check["key_number"] == "A-01" and check["customer_words"] == "发动机异响"


def test_orders_page_is_keyset_paged_newest_first(advisor, car):
    made = [make_order(advisor, vehicle=car, status="已交车").id for _ in range(5)]
    first, cursor = reception_documents.orders_page(vehicle_id=car.id, limit=3)
    second, end = reception_documents.orders_page(vehicle_id=car.id, limit=3, after=cursor)
    assert [r["id"] for r in first + second] == made[::-1] and end is None
    assert first[0]["plate"] == car.plate


def test_a_declined_item_can_be_taken_up_on_the_next_visit(advisor, car):
    old = make_order(advisor, vehicle=car, status="已交车")
    suggestion = Suggestion.create(vehicle=car.id, order=old.id, description="更换刹车片")
    order = check_in_car(advisor, car)
    order = reception.take_up_suggestion(advisor, order.id, order.version, suggestion.id)
    assert Suggestion.get_by_id(suggestion.id).done_in_id == order.id
    with pytest.raises(ValidationError, match="已在其他工单"):
        reception.take_up_suggestion(advisor, order.id, order.version, suggestion.id)


def test_a_labour_item_of_another_model_is_refused(advisor, car):
    from storage.models import VehicleModel

    other = VehicleModel.create(brand="奥迪", name="A6L")
    item = LabourItem.create(code="AD-1", name="奥迪专用检测", hours=D("1"), model=other.id)
    order = check_in_car(advisor, car)
    with pytest.raises(ValidationError, match="只适用于 奥迪 A6L"):
        estimate.add_labour_line(advisor, order.id, order.version, item.id)
    assert Part.select().count() == 0


def _at_once(*jobs):
    """Run the jobs in two threads (two stations, each its own connection) released together."""
    barrier = threading.Barrier(len(jobs))
    results = []

    def station(job):
        try:
            barrier.wait()
            results.append(job())
        except ValidationError as refused:
            results.append(refused)
        finally:
            database.close()

    threads = [threading.Thread(target=station, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_two_stations_checking_the_same_car_in_at_once_make_one_order(advisor, manager, car):
    results = _at_once(lambda: check_in_car(advisor, car, key_number="X1"), lambda: check_in_car(manager, car, key_number="X2"))
    assert sorted(type(r).__name__ for r in results) == ["ValidationError", "WorkOrder"]
    assert WorkOrder.select().where(WorkOrder.vehicle == car.id).count() == 1


# ---------------------------------------------------------------- the labour-time table


def test_the_labour_table_is_the_managers_and_every_change_is_audited(advisor, manager, model):
    with pytest.raises(PermissionDenied):
        packages.save_labour_item(advisor, code="JX-01", name="更换刹车片", hours="1.2")
    item = packages.save_labour_item(manager, code=" jx-01 ", name="更换前刹车片", hours="1.2", system="底盘")
    assert (item.code, item.hours) == ("JX-01", D("1.20"))
    item = packages.save_labour_item(manager, code="JX-01", name="更换前刹车片", hours="1.5", system="底盘")
    assert item.hours == D("1.50") and LabourItem.select().count() == 1
    row = AuditLog.get(AuditLog.action == "labour.update")
    assert '"hours": "1.20"' in row.before and '"hours": "1.50"' in row.after


@pytest.mark.parametrize("values, message", [
    ({"code": "", "name": "x", "hours": "1"}, "工时代码"),
    ({"code": "A1", "name": "", "hours": "1"}, "工时项目名称"),
    ({"code": "A1", "name": "x", "hours": "0"}, "大于 0"),
    ({"code": "A1", "name": "x", "hours": "1.234"}, "两位小数"),
    ({"code": "A1", "name": "x", "hours": "abc"}, "有效的数字"),
])
def test_bad_labour_items_are_refused(manager, values, message):
    with pytest.raises(ValidationError, match=message):
        packages.save_labour_item(manager, **values)
    assert LabourItem.select().count() == 0


def test_the_labour_catalogue_is_searched_as_typed_for_the_cars_model(manager, car, model):
    from storage.models import VehicleModel

    audi = VehicleModel.create(brand="奥迪", name="A6L")
    for code, name, model_id in (("BY-01", "更换机油机滤", None), ("BY-02", "更换空气滤芯", model.id),
                                 ("BY-03", "更换空调滤芯", audi.id), ("JX-01", "更换前刹车片", None)):
        packages.save_labour_item(manager, code=code, name=name, hours="0.5", model_id=model_id)
    codes = lambda rows: [r["code"] for r in rows]  # noqa: E731
    assert codes(packages.labour_catalogue("by", vehicle_id=car.id)[0]) == ["BY-01", "BY-02"]
    assert codes(packages.labour_catalogue("滤芯")[0]) == ["BY-02", "BY-03"]
    first, cursor = packages.labour_catalogue("更换", limit=2)
    rest, end = packages.labour_catalogue("更换", limit=2, after=cursor)
    assert codes(first + rest) == ["BY-01", "BY-02", "BY-03", "JX-01"] and end is None
    assert first[0]["price"] == D("60.00")
