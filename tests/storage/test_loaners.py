"""代步车: the fleet the manager keeps, hand-out against a work order and return with mileage, fuel,
damage and deposit, the refusals, the audit, stale saves, overdue loans and the 三包 spare-car record.

《家用汽车产品修理更换退货责任规定》第二十一条: "家用汽车产品在包修期内因质量问题单次修理时间超过5日（包括等待修理
零部件时间）的，修理者应当自第6日起为消费者提供备用车，或者向消费者支付合理的交通费用补偿。经营者与消费者另有
约定的，按照约定的方式予以补偿。" A loan for an order of a car in its 包修期 writes that record on the order."""
import datetime as dt

import pytest

import storage.models.base as base
from storage import workshop
from storage.care import sanbao
from storage.models import AuditLog, Loan, LoanerCar, WorkOrder
from storage.reception import loaners, progress
from storage.rules import auth
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from tests.factories import D, family_car, make_car, make_order, quality_repair


@pytest.fixture
def car(manager):
    return loaners.save_car(manager, plate="京A·D0001", model="大众 朗逸", colour="白", mileage="12,000", fuel=8)


@pytest.fixture
def order(advisor):
    return make_order(advisor, status="维修中")


def tomorrow() -> dt.datetime:
    return base.now() + dt.timedelta(days=1)


def lend(user, order, car, **kw):
    values = {"due_at": tomorrow(), "deposit": "2000", "deposit_method": "微信", "damage": "左后门划痕"} | kw
    return loaners.hand_out(user, order.id, car.id, **values)


def test_the_fleet_is_the_managers_and_bad_cars_are_refused(manager, advisor, car):
    assert (car.plate, car.model, car.mileage, car.fuel, car.active) == ("京AD0001", "大众 朗逸", 12000, 8, True)
    with pytest.raises(PermissionDenied):
        loaners.save_car(advisor, plate="京AD0002", model="朗逸")
    with pytest.raises(ValidationError, match="车队里已有 京AD0001"):
        loaners.save_car(manager, plate="京ad0001", model="朗逸")
    with pytest.raises(ValidationError, match="油量按八分之几登记"):
        loaners.save_car(manager, plate="京AD0002", model="朗逸", fuel=9)
    with pytest.raises(ValidationError, match="请填写车型"):
        loaners.save_car(manager, plate="京AD0002", model=" ")
    assert LoanerCar.select().count() == 1
    assert AuditLog.select().where(AuditLog.action == "loaner.create").count() == 1


def test_a_stale_edit_of_a_car_is_refused_and_a_retired_car_is_not_lent(manager, advisor, car, order):
    edited = loaners.save_car(manager, plate=car.plate, model="大众 朗逸 1.5L", colour="白", mileage=12000,
                              car_id=car.id, expected_version=car.version)
    assert edited.version == car.version + 1
    with pytest.raises(StaleRecord, match="已被"):
        loaners.retire_car(manager, car.id, car.version)
    loaners.retire_car(manager, car.id, edited.version)
    with pytest.raises(ValidationError, match="代步车 京AD0001 已停用"):
        lend(advisor, order, car)
    assert loaners.fleet() == []
    assert [c["status"] for c in loaners.fleet(include_retired=True)] == ["停用"]


def test_hand_out_and_return_with_mileage_fuel_damage_and_deposit(advisor, car, order):
    loan = lend(advisor, order, car, mileage_out="12,050", fuel_out=6)
    assert loan.number.startswith("DJ")
    assert (loan.mileage_out, loan.fuel_out, loan.deposit, loan.deposit_method, loan.status) == (12050, 6, D("2000.00"), "微信", "借出")
    assert loan.customer_id == order.customer_id
    row = AuditLog.get(AuditLog.action == "loaner.hand_out")
    assert "2000" in row.after and "京AD0001" in row.after
    [status] = [c["status"] for c in loaners.fleet()]
    assert status == "借出"

    back = loaners.return_loan(advisor, loan.id, loan.version, mileage_in=12380, fuel_in=3, damage="前保险杠擦伤",
                               keep="300", kept_reason="前保险杠擦伤修复费")
    assert (back.status, back.mileage_in, back.fuel_in, back.deposit_refunded, back.deposit_kept) == (
        "已还", 12380, 3, D("1700.00"), D("300.00"))
    car = LoanerCar.get_by_id(car.id)
    assert (car.mileage, car.fuel) == (12380, 3)  # the car's own reading follows the return
    assert AuditLog.select().where(AuditLog.action == "loaner.return").count() == 1
    assert [c["status"] for c in loaners.fleet()] == ["空闲"]
    sheet = loaners.sheet(loan.number)
    assert (sheet["driven"], sheet["customer"], sheet["order_number"]) == (330, "张三", order.number)


def test_refusals_change_nothing(manager, advisor, users, car, order):
    cashier = users[auth.CASHIER]
    with pytest.raises(PermissionDenied):
        lend(cashier, order, car)
    with pytest.raises(ValidationError, match="出车里程 11,000 公里小于该车上次登记的 12,000 公里"):
        lend(advisor, order, car, mileage_out=11000)
    with pytest.raises(ValidationError, match="出车油量按八分之几登记"):
        lend(advisor, order, car, fuel_out=-1)
    with pytest.raises(ValidationError, match="押金的收款方式应为"):
        lend(advisor, order, car, deposit_method="会员余额")
    with pytest.raises(ValidationError, match="押金不能为负数"):
        lend(advisor, order, car, deposit="-1")
    with pytest.raises(ValidationError, match="约定归还时间应晚于现在"):
        lend(advisor, order, car, due_at=base.now() - dt.timedelta(hours=1))
    delivered = make_order(advisor, status="已取消")
    with pytest.raises(ValidationError, match="已取消，不能再借出代步车"):
        lend(advisor, delivered, car)
    assert Loan.select().count() == 0
    assert AuditLog.select().where(AuditLog.action.startswith("loaner.hand")).count() == 0

    loan = lend(advisor, order, car)
    other = loaners.save_car(manager, plate="京AD0002", model="丰田 卡罗拉")
    with pytest.raises(ValidationError, match="已借出代步车 京AD0001.*一张工单只能借一辆"):
        lend(advisor, order, other)
    with pytest.raises(ValidationError, match="代步车 京AD0001 已借出"):
        lend(advisor, make_order(advisor, status="维修中"), car)
    with pytest.raises(ValidationError, match="归还后才能停用"):
        loaners.retire_car(manager, car.id, LoanerCar.get_by_id(car.id).version)
    with pytest.raises(ValidationError, match="还车里程 11,999 公里小于出车里程 12,000 公里"):
        loaners.return_loan(advisor, loan.id, loan.version, mileage_in=11999, fuel_in=8)
    with pytest.raises(ValidationError, match="请填写扣留押金的原因"):
        loaners.return_loan(advisor, loan.id, loan.version, mileage_in=12100, fuel_in=8, keep="100")
    with pytest.raises(ValidationError, match="超过了所收押金"):
        loaners.return_loan(advisor, loan.id, loan.version, mileage_in=12100, fuel_in=8, keep="2500", kept_reason="油")
    assert Loan.get_by_id(loan.id).status == "借出"
    back = loaners.return_loan(advisor, loan.id, loan.version, mileage_in=12100, fuel_in=8)
    assert back.deposit_refunded == D("2000.00")
    with pytest.raises(StaleRecord):  # a second station returning the same car with what it read before
        loaners.return_loan(advisor, loan.id, loan.version, mileage_in=12100, fuel_in=8)
    with pytest.raises(ValidationError, match="已于 .* 归还"):
        loaners.return_loan(advisor, loan.id, back.version, mileage_in=12100, fuel_in=8)


def test_overdue_loans_show_past_their_promised_return(monkeypatch, manager, advisor, car, order):
    other = loaners.save_car(manager, plate="京AD0002", model="丰田 卡罗拉")
    late = lend(advisor, order, car, due_at=base.now() + dt.timedelta(hours=2))
    lend(advisor, make_order(advisor, status="维修中"), other, due_at=base.now() + dt.timedelta(days=3))
    assert loaners.overdue_loans() == []
    later = dt.datetime.now() + dt.timedelta(hours=5)
    monkeypatch.setattr(base, "wall_clock", lambda: later)
    [row] = loaners.overdue_loans()
    assert (row["number"], row["plate"], row["order_number"], row["hours_overdue"]) == (late.number, "京AD0001", order.number, 3)
    assert loaners.overdue_order_ids([order.id, 999]) == {order.id}
    flags = {row["number"]: row["loan_overdue"] for row in progress.today_cars()[0]}
    assert flags[order.number] is True and list(flags.values()).count(True) == 1  # reception's 今日车辆 flags it
    on_board = {card.number: card.loan_overdue for card in workshop.board()}
    assert on_board[order.number] is True and list(on_board.values()).count(True) == 1  # and the workshop board
    statuses = {c["plate"]: c["status"] for c in loaners.fleet()}
    assert statuses == {"京AD0001": "逾期", "京AD0002": "借出"}
    loaners.return_loan(advisor, late.id, late.version, mileage_in=12000, fuel_in=8)
    assert loaners.overdue_loans() == []


def test_a_loan_for_a_car_in_its_warranty_period_is_the_spare_car_record_of_article_21(monkeypatch, advisor, car):
    """第二十一条: "修理者应当自第6日起为消费者提供备用车" — the loan is that record, with its days."""
    vehicle = family_car(advisor, bought_days_ago=200)
    repair = quality_repair(advisor, vehicle, opened_days_ago=6, delivered=False)
    before = sanbao.vehicle_status(advisor, vehicle.id)
    assert [w["level"] for w in before["warnings"] if w["rule"] == sanbao.RULE_SPARE_CAR] == ["已达到"]
    loan = lend(advisor, repair, car)
    order = WorkOrder.get_by_id(repair.id)
    assert order.mobility.startswith(f"备用车：京AD0001（{loan.number}，")
    assert AuditLog.select().where(AuditLog.action == "order.sanbao_mobility").count() == 1
    after = sanbao.vehicle_status(advisor, vehicle.id)
    [warning] = [w for w in after["warnings"] if w["rule"] == sanbao.RULE_SPARE_CAR]
    assert warning["level"] == "注意" and "已记录（第二十一条）" in warning["text"] and "京AD0001" in warning["text"]

    returned_at = dt.datetime.now() + dt.timedelta(days=3, hours=1)
    monkeypatch.setattr(base, "wall_clock", lambda: returned_at)
    loaners.return_loan(advisor, loan.id, loan.version, mileage_in=12400, fuel_in=8)
    mobility = WorkOrder.get_by_id(repair.id).mobility
    assert mobility.endswith(f"至 {returned_at:%Y-%m-%d}，共 4 日）")  # 3 days and an hour: 4 started days
    assert sanbao.repair_record(WorkOrder.get_by_id(repair.id))["mobility"] == mobility


def test_no_spare_car_record_outside_the_warranty_period_or_over_a_recorded_allowance(manager, advisor, car):
    old = family_car(advisor, bought_days_ago=365 * 4)  # past the 3-year 包修期
    order = make_order(advisor, vehicle=old, status="维修中")
    lend(advisor, order, car)
    assert WorkOrder.get_by_id(order.id).mobility == ""

    vehicle = family_car(advisor)
    repair = quality_repair(advisor, vehicle, opened_days_ago=7, delivered=False)
    repair = sanbao.record_mobility(advisor, repair.id, repair.version, "交通费用补偿", "每日 100 元")
    second = loaners.save_car(manager, plate="京AD0002", model="丰田 卡罗拉")
    lend(advisor, repair, second)
    assert WorkOrder.get_by_id(repair.id).mobility == "交通费用补偿：每日 100 元"

    ordinary = make_order(advisor, vehicle=make_car(advisor, name="李四", phone="13900139000"), status="维修中")
    third = loaners.save_car(manager, plate="京AD0003", model="本田 飞度")
    lend(advisor, ordinary, third)
    assert WorkOrder.get_by_id(ordinary.id).mobility == ""  # not a family car on file: no 三包 record


def test_the_order_is_found_by_its_number_or_its_cars_plate(advisor, order):
    plate = order.vehicle.plate
    assert loaners.open_order(order.number.lower()).id == order.id
    assert loaners.open_order(plate).id == order.id
    with pytest.raises(ValidationError, match="找不到未交车的工单“京Z99999”"):
        loaners.open_order("京Z99999")
    with pytest.raises(ValidationError, match="请填写工单号"):
        loaners.open_order(" ")
