"""结算收银: settling an order that passed QC, who pays what, discounts and approvals, split
payments, deposits and member balance, and the refusals that leave nothing half-saved."""
import datetime as dt
import threading

import pytest

from storage import cashier
from storage.cashier import AlreadySettled, ApprovalRequired, Tender, members
from storage.models import (
    AuditLog, Customer, MemberMovement, Payment, Receivable, Settlement, SettlementLine, StatusChange, WarrantyClaim,
    WorkOrder,
)
from storage.reception import appointments
from storage.rules import auth
from storage.rules.errors import DomainError, LoginFailed, PermissionDenied, StaleRecord, ValidationError
from tests.factories import (
    PASSWORD, D, appointment_for, approval, line_ids, make_car, make_order, order_ready_to_settle, pay,
    settlement_counts,
)


@pytest.fixture
def cashier_user(users):
    return users[auth.CASHIER]


def set_limit(manager, user, amount):
    fresh = type(user).get_by_id(user.id)
    return auth.update_user(manager, user.id, fresh.version, discount_limit=D(amount))


def test_cash_settlement_with_change(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    settlement = pay(cashier_user, order, Tender("现金", D("158.00"), tendered=D("200")))

    assert settlement.number.startswith("JS")
    assert (settlement.labour_total, settlement.parts_total, settlement.fees_total) == (D("60.00"), D("68.00"), D("30.00"))
    assert settlement.total == settlement.customer_due == D("158.00")
    assert settlement.live_order == order.id and settlement.status == "有效"
    assert settlement.repair_kind == "小修" and (settlement.guarantee_days, settlement.guarantee_km) == (10, 2000)
    (payment,) = Payment.select().where(Payment.settlement == settlement.id)
    assert (payment.method, payment.amount, payment.tendered) == ("现金", D("158.00"), D("200.00"))
    assert payment.business_day == settlement.business_day and payment.cashier_id == cashier_user.id
    assert cashier.settlement_document(settlement.id)["change"] == D("42.00")

    order = WorkOrder.get_by_id(order.id)
    assert order.status == "已结算" and order.settled_at is not None
    last = StatusChange.select().where(StatusChange.order == order.id).order_by(StatusChange.id.desc()).get()
    assert (last.to_status, last.note) == ("已结算", f"结算单 {settlement.number}")
    audit = AuditLog.get((AuditLog.action == "settlement.create") & (AuditLog.entity_id == str(settlement.id)))
    assert audit.user_id == cashier_user.id and "现金 158.00" in audit.after


def test_lines_are_frozen_grouped_the_way_the_customer_reads_them(cashier_user, advisor):
    order = order_ready_to_settle(advisor, lines=(
        ("其他", "洗车", "1", "30.00"),
        ("材料", "机油 5W-30", "4.3", "88.15"),  # 379.045 -> 379.05
        ("工时", "更换机油", "0.5", "120.00"),
        ("材料", "机油滤清器", "1", "68.00"),
        ("工时", "四轮定位", "1", "150.00"),
    ))
    draft = cashier.preview(order.id)
    assert [(s.title, [ln.description for ln in s.lines], s.net) for s in draft.sections()] == [
        ("工时费", ["更换机油", "四轮定位"], D("210.00")),
        ("材料费", ["机油 5W-30", "机油滤清器"], D("447.05")),
        ("其他费用", ["洗车"], D("30.00")),
    ]
    settlement = pay(cashier_user, order, ("微信", "687.05"))
    frozen = list(SettlementLine.select().where(SettlementLine.settlement == settlement.id).order_by(SettlementLine.position))
    assert [(ln.position, ln.kind, ln.description, ln.unit) for ln in frozen] == [
        (1, "工时", "更换机油", "小时"), (2, "工时", "四轮定位", "小时"), (3, "材料", "机油 5W-30", ""),
        (4, "材料", "机油滤清器", ""), (5, "其他", "洗车", "项"),
    ]
    assert frozen[2].amount == D("379.05") and frozen[2].quantity == D("4.3")


@pytest.mark.parametrize("status", ["草稿", "待派工", "维修中", "质检", "返工", "已取消"])
def test_an_order_that_has_not_passed_qc_is_refused(cashier_user, advisor, status):
    order = make_order(advisor, status=status)
    with pytest.raises(ValidationError) as err:
        pay(cashier_user, order, ("现金", "60.00"))
    assert ("已取消" if status == "已取消" else "尚未通过质检") in err.value.message
    assert settlement_counts() == (0, 0, 0, 0)
    assert WorkOrder.get_by_id(order.id).status == status


def test_settling_twice_is_refused_and_names_the_settlement(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    first = pay(cashier_user, order, ("现金", "158.00"))
    with pytest.raises(AlreadySettled, match=f"已结算（结算单 {first.number}）"):
        pay(cashier_user, order, ("现金", "158.00"))  # the double click: same screen, same version
    assert settlement_counts() == (1, 3, 1, 0)


def test_two_pcs_at_once_make_exactly_one_settlement(users, advisor):
    order = order_ready_to_settle(advisor)
    barrier = threading.Barrier(2)
    outcomes = []

    def station(user):
        def work():
            barrier.wait()
            try:
                cashier.settle(user, order.id, order.version, payments=[("现金", "158.00")])
                outcomes.append("settled")
            except DomainError as exc:
                outcomes.append(exc.message)
            finally:
                from storage.plumbing.db import database

                database.close()
        return threading.Thread(target=work)

    threads = [station(users[auth.CASHIER]), station(users[auth.MANAGER])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes, key=len)[0] == "settled" and len(outcomes) == 2
    assert "不能重复结算" in max(outcomes, key=len) or "已被" in max(outcomes, key=len)
    assert Settlement.select().where(Settlement.order == order.id).count() == 1
    assert Payment.select().count() == 1


def test_stale_order_is_refused(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    WorkOrder.update(version=WorkOrder.version + 1, updated_by="王顾问").where(WorkOrder.id == order.id).execute()
    with pytest.raises(StaleRecord, match="王顾问"):
        pay(cashier_user, order, ("现金", "158.00"))
    assert settlement_counts() == (0, 0, 0, 0)


@pytest.mark.parametrize(
    "payments, message",
    [
        ([("现金", "150.00")], "还差 ¥8.00"),
        ([("现金", "100.00"), ("微信", "60.00")], "多了 ¥2.00"),
        ([], "还差 ¥158.00"),
        ([("现金", "158.00"), ("现金", "0.01")], "只能录入一笔"),
        ([("现金", "-1")], "必须大于 0"),
        ([("信用", "158.00")], "未知的收款方式"),
        ([("现金", "abc")], "不是有效的金额"),
        ([Tender("现金", D("158.00"), tendered=D("100"))], "少于应收现金"),
        ([Tender("微信", D("158.00"), tendered=D("200"))], "只有现金"),
    ],
)
def test_a_payment_that_does_not_add_up_is_refused(cashier_user, advisor, payments, message):
    order = order_ready_to_settle(advisor)
    with pytest.raises(ValidationError, match=message):
        pay(cashier_user, order, *payments)
    assert settlement_counts() == (0, 0, 0, 0)
    assert WorkOrder.get_by_id(order.id).status == "完工"


def test_money_never_passes_through_float(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    with pytest.raises(TypeError):
        pay(cashier_user, order, ("现金", 158.0))


def test_split_payment_with_an_insurers_share(cashier_user, advisor):
    order = order_ready_to_settle(
        advisor, job_type="事故车", insurer="中国人保财险", claim_number="RDAA2026110001",
        lines=(
            ("工时", "前保险杠钣金喷漆", "3", "150.00", "保险公司"),
            ("材料", "前保险杠", "1", "1380.00", "保险公司"),
            ("材料", "玻璃水", "2", "15.50"),
            ("工时", "更换雨刮", "0.2", "120.00"),
        ),
    )
    settlement = pay(cashier_user, order, ("现金", "30.00"), ("微信", "25.00", None))
    assert settlement.total == D("1885.00")
    assert (settlement.customer_due, settlement.insurer_due) == (D("55.00"), D("1830.00"))
    (receivable,) = Receivable.select()
    assert (receivable.debtor_kind, receivable.debtor, receivable.claim_number) == ("保险公司", "中国人保财险", "RDAA2026110001")
    assert (receivable.amount, receivable.status) == (D("1830.00"), "未收")
    assert settlement.repair_kind == "专项修理"
    assert sorted(p.method for p in Payment.select()) == ["微信", "现金"]


def test_insurers_share_needs_insurer_and_claim_number(cashier_user, advisor):
    order = order_ready_to_settle(advisor, lines=(("工时", "钣金", "1", "150.00", "保险公司"),))
    with pytest.raises(ValidationError, match="保险公司名称和报案号"):
        pay(cashier_user, order)
    assert settlement_counts() == (0, 0, 0, 0)
    settlement = pay(cashier_user, order, insurer="平安产险", insurer_claim="PA-778")
    assert Receivable.get().claim_number == "PA-778" and settlement.customer_due == 0


def test_warranty_share_goes_on_account_under_the_claim_numbers(cashier_user, advisor, admin):
    from storage.rules import settings

    settings.put(admin, "store.brand", "一汽-大众")
    order = order_ready_to_settle(advisor, job_type="保修索赔", lines=(
        ("工时", "更换水泵", "1.5", "120.00", "厂家索赔"),
        ("材料", "水泵", "1", "560.00", "厂家索赔"),
        ("材料", "冷却液", "2", "45.00"),
    ))
    ids = line_ids(order)
    for number, position in (("SP20261124-0002", 2), ("SP20261124-0001", 1)):
        WarrantyClaim.create(number=number, line=ids[position], amount=D("1"))
    settlement = pay(cashier_user, order, ("银行卡", "90.00"))
    (receivable,) = Receivable.select()
    assert (receivable.debtor_kind, receivable.debtor) == ("厂家索赔", "一汽-大众")
    assert receivable.claim_number == "SP20261124-0001,SP20261124-0002"
    assert settlement.warranty_due == receivable.amount == D("740.00")


def test_warranty_share_without_a_claim_is_refused(cashier_user, advisor):
    order = order_ready_to_settle(advisor, lines=(("工时", "更换水泵", "1.5", "120.00", "厂家索赔"),))
    with pytest.raises(ValidationError, match="索赔单号"):
        pay(cashier_user, order)
    assert pay(cashier_user, order, warranty_claim="FAW-9981").warranty_due == D("180.00")


def test_internal_lines_are_neither_paid_nor_on_account(cashier_user, advisor):
    order = order_ready_to_settle(advisor, job_type="返修", lines=(("工时", "返修异响", "1", "120.00", "内部"), ("其他", "洗车", "1", "30.00")))
    settlement = pay(cashier_user, order, ("现金", "30.00"))
    assert (settlement.internal_due, settlement.customer_due, settlement.total) == (D("120.00"), D("30.00"), D("150.00"))
    assert Receivable.select().count() == 0


# --- discounts and approvals -------------------------------------------------------------------

def test_discounts_within_the_cashiers_limit_need_no_approval(cashier_user, advisor, manager):
    cashier_user = set_limit(manager, cashier_user, "50")
    order = order_ready_to_settle(advisor)
    ids = line_ids(order)
    settlement = pay(cashier_user, order, ("现金", "108.00"), line_discounts={ids[1]: "20"}, bill_discount="30")
    assert (settlement.discount_total, settlement.bill_discount, settlement.total) == (D("50.00"), D("30.00"), D("108.00"))
    assert settlement.discount_approved_by is None


def test_a_discount_beyond_the_limit_needs_a_supervisors_own_approval(cashier_user, advisor, manager, users):
    cashier_user = set_limit(manager, cashier_user, "50")
    order = order_ready_to_settle(advisor)
    with pytest.raises(ApprovalRequired, match="收银优惠 ¥50.01 超出您的限额 ¥50.00") as err:
        pay(cashier_user, order, ("现金", "107.99"), bill_discount="50.01")
    assert err.value.reasons and settlement_counts() == (0, 0, 0, 0)

    for user_object in (users[auth.ADVISOR], cashier_user, manager):  # a User is no approval, not even the manager
        with pytest.raises(PermissionDenied, match="输入自己的账号和密码"):
            pay(cashier_user, order, ("现金", "107.99"), bill_discount="50.01", approver=user_object)
    with pytest.raises(PermissionDenied, match="无权授权"):
        auth.approve(cashier_user.username, PASSWORD, "discount", for_user=cashier_user)
    with pytest.raises(LoginFailed):
        auth.approve(manager.username, "wrong-password", "discount", for_user=cashier_user)
    with pytest.raises(PermissionDenied, match="冲销结算单"):  # an approval names its one purpose
        pay(cashier_user, order, ("现金", "107.99"), bill_discount="50.01",
            approver=approval(manager, "reversal", cashier_user))
    assert settlement_counts() == (0, 0, 0, 0)

    supervisor = approval(manager, "discount", cashier_user)
    assert supervisor.approver_name == manager.display_name
    settlement = pay(cashier_user, order, ("现金", "107.99"), bill_discount="50.01", approver=supervisor)
    assert settlement.discount_approved_by_id == manager.id
    document = cashier.settlement_document(settlement.id)
    assert document["discount_approved_by"] == manager.display_name
    assert document["totals"]["bill_discount"] == D("50.01")


def test_an_approval_is_used_once_names_its_approver_and_expires(cashier_user, advisor, manager, monkeypatch):
    cashier_user = set_limit(manager, cashier_user, "0")
    first, second = order_ready_to_settle(advisor), order_ready_to_settle(advisor)
    supervisor = approval(manager, "discount", cashier_user)
    settlement = pay(cashier_user, first, ("现金", "150.00"), bill_discount="8.00", approver=supervisor)
    row = AuditLog.get((AuditLog.action == "settlement.create") & (AuditLog.entity_id == str(settlement.id)))
    assert f'"approved_by": "{manager.username}"' in row.after
    used = AuditLog.get(AuditLog.action == "approval.use")
    assert (used.username, used.entity_id) == (cashier_user.username, str(supervisor.id))
    assert manager.username in used.after and "收银优惠" in used.after
    granted = AuditLog.get(AuditLog.action == "approval.grant")
    assert (granted.username, granted.entity_id) == (manager.username, str(supervisor.id))

    with pytest.raises(PermissionDenied, match="只能用一次"):
        pay(cashier_user, second, ("现金", "150.00"), bill_discount="8.00", approver=supervisor)
    late = approval(manager, "discount", cashier_user)
    later = auth.now() + auth.APPROVAL_VALID + dt.timedelta(seconds=1)
    monkeypatch.setattr(auth, "now", lambda: later)
    with pytest.raises(PermissionDenied, match="有效时间"):
        pay(cashier_user, second, ("现金", "150.00"), bill_discount="8.00", approver=late)
    assert Settlement.select().count() == 1


def test_a_refused_settlement_leaves_the_approval_unused(cashier_user, advisor, manager):
    cashier_user = set_limit(manager, cashier_user, "0")
    order = order_ready_to_settle(advisor)
    supervisor = approval(manager, "discount", cashier_user)
    with pytest.raises(ValidationError, match="还差"):
        pay(cashier_user, order, ("现金", "100.00"), bill_discount="8.00", approver=supervisor)
    assert pay(cashier_user, order, ("现金", "150.00"), bill_discount="8.00", approver=supervisor).discount_approved_by_id == manager.id


def test_an_approval_given_at_another_station_is_refused(cashier_user, advisor, manager, users):
    cashier_user = set_limit(manager, cashier_user, "0")
    with pytest.raises(PermissionDenied, match="其他用户的工作站"):
        pay(cashier_user, order_ready_to_settle(advisor), ("现金", "150.00"), bill_discount="8.00",
            approver=approval(manager, "discount", users[auth.ADVISOR]))


def test_a_manager_at_the_till_approves_their_own_discount(manager, advisor):
    order = order_ready_to_settle(advisor)
    settlement = pay(manager, order, ("现金", "58.00"), bill_discount="100")
    assert settlement.discount_approved_by_id == manager.id


def test_the_advisors_discount_is_held_to_the_advisors_limit(cashier_user, advisor, manager):
    order = order_ready_to_settle(advisor, line_fields={2: {"discount": D("10.00")}})
    with pytest.raises(ApprovalRequired, match=f"服务顾问 {advisor.display_name} .*¥10.00 超出其限额 ¥0.00"):
        pay(cashier_user, order, ("现金", "148.00"))
    set_limit(manager, advisor, "10")
    settlement = pay(cashier_user, order, ("现金", "148.00"))
    assert settlement.discount_total == D("10.00") and settlement.discount_approved_by is None


def test_moving_a_line_to_internal_needs_approval(cashier_user, advisor, manager):
    order = order_ready_to_settle(advisor)
    ids = line_ids(order)
    with pytest.raises(ApprovalRequired, match="改由内部承担"):
        pay(cashier_user, order, ("现金", "98.00"), payers={ids[2]: "内部"})
    settlement = pay(cashier_user, order, ("现金", "98.00"), payers={ids[2]: "内部"},
                     approver=approval(manager, "discount", cashier_user))
    assert settlement.internal_due == D("60.00") and settlement.discount_approved_by_id == manager.id


@pytest.mark.parametrize(
    "line_discounts, bill_discount, message",
    [
        ({1: "68.01"}, None, "超过了该项金额"),
        ({1: "-1"}, None, "不能为负数"),
        (None, "-5", "不能为负数"),
        (None, "158.01", "超过了客户自付金额"),
        ({99: "1"}, None, "没有第 99 号明细"),
    ],
)
def test_impossible_discounts_are_refused(manager, advisor, line_discounts, bill_discount, message):
    order = order_ready_to_settle(advisor)
    ids = line_ids(order)
    discounts = {ids.get(k, k): v for k, v in (line_discounts or {}).items()}
    with pytest.raises(ValidationError, match=message):
        pay(manager, order, ("现金", "1.00"), line_discounts=discounts, bill_discount=bill_discount)
    assert settlement_counts() == (0, 0, 0, 0)


def test_bill_discount_goes_to_the_customers_lines_only_and_adds_up(manager, advisor):
    order = order_ready_to_settle(advisor, insurer="太平洋产险", claim_number="TP1", lines=(
        ("工时", "钣金", "2", "150.00", "保险公司"),
        ("材料", "机滤", "1", "33.33"),
        ("材料", "空滤", "1", "66.67"),
        ("其他", "洗车", "1", "1.00"),
    ))
    settlement = pay(manager, order, ("现金", "91.00"), bill_discount="10.00")
    lines = {ln.description: ln for ln in SettlementLine.select().where(SettlementLine.settlement == settlement.id)}
    assert lines["钣金"].bill_share == 0 and lines["钣金"].payer == "保险公司"
    assert [lines[k].bill_share for k in ("机滤", "空滤", "洗车")] == [D("3.30"), D("6.60"), D("0.10")]
    assert settlement.insurer_due == D("300.00") and Receivable.get().amount == D("300.00")


def test_bill_discount_without_customer_lines_is_refused(manager, advisor):
    order = order_ready_to_settle(advisor, insurer="人保", claim_number="R1", lines=(("工时", "钣金", "1", "150.00", "保险公司"),))
    with pytest.raises(ValidationError, match="没有客户自付的项目"):
        pay(manager, order, bill_discount="1")


@pytest.mark.parametrize("role", [auth.ADVISOR, auth.DISPATCHER, auth.INSPECTOR, auth.STOREKEEPER, auth.CARE, auth.ADMIN])
def test_only_the_cashier_and_manager_settle(users, advisor, role):
    order = order_ready_to_settle(advisor)
    with pytest.raises(PermissionDenied):
        pay(users[role], order, ("现金", "158.00"))


# --- deposit and member balance ----------------------------------------------------------------

def test_the_appointment_deposit_is_deducted(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    appointment = appointment_for(order, advisor)
    order = WorkOrder.get_by_id(order.id)
    appointments.record_deposit(advisor, appointment.id, appointment.version, "100.00", "微信", reference="WX1")
    assert cashier.deposit_balance(appointment.id) == D("100.00")
    draft = cashier.preview(order.id)
    assert (draft.deposit_available, draft.deposit_usable, draft.to_collect) == (D("100.00"), D("100.00"), D("58.00"))

    with pytest.raises(ValidationError, match="超过了预约定金余额"):
        pay(cashier_user, order, ("定金抵扣", "100.01"), ("现金", "57.99"))
    pay(cashier_user, order, ("定金抵扣", "100.00"), ("现金", "58.00"))
    assert cashier.deposit_balance(appointment.id) == D("0.00")
    deduction = Payment.get(Payment.method == "定金抵扣")
    assert deduction.appointment_id == appointment.id and deduction.settlement_id is not None


def test_a_deposit_needs_an_appointment(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    with pytest.raises(ValidationError, match="没有可抵扣的定金"):
        pay(cashier_user, order, ("定金抵扣", "158.00"))


def test_member_balance_pays_part_and_never_overdraws(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    members.move(cashier_user, order.customer_id, "期初", D("100.00"), reason="期初余额")  # the ledger, not a bare number
    with pytest.raises(ValidationError, match="会员余额不足：余额 ¥100.00，本次需 ¥158.00"):
        pay(cashier_user, order, ("会员余额", "158.00"))
    assert settlement_counts() == (0, 0, 0, 0) and Customer.get_by_id(order.customer_id).member_balance == D("100.00")
    pay(cashier_user, order, ("会员余额", "80.00"), ("支付宝", "78.00"))
    assert Customer.get_by_id(order.customer_id).member_balance == D("20.00")
    audit = AuditLog.select().where(AuditLog.action == "member.balance").order_by(AuditLog.id.desc()).get()
    assert '"100.00"' in audit.before and '"20.00"' in audit.after
    moves = [(m.kind, m.amount, m.balance_after) for m in MemberMovement.select().order_by(MemberMovement.id)]
    assert moves == [("期初", D("100.00"), D("100.00")), ("消费", D("-80.00"), D("20.00"))]
    assert MemberMovement.get(MemberMovement.kind == "消费").document == Settlement.get().number


# --- lists, documents and the guarantee card ----------------------------------------------------

def test_ready_to_settle_pages_through_orders_that_passed_qc(advisor):
    made = [order_ready_to_settle(advisor) for _ in range(5)]
    make_order(advisor, status="质检")
    rows, cursor = cashier.ready_to_settle(limit=2)
    seen = [r["number"] for r in rows]
    while cursor:
        rows, cursor = cashier.ready_to_settle(limit=2, after=cursor)
        seen += [r["number"] for r in rows]
    assert seen == [o.number for o in made]
    rows, _ = cashier.ready_to_settle(text=made[3].number)
    assert [r["id"] for r in rows] == [made[3].id]


def test_the_till_finds_a_car_by_any_part_of_its_plate_as_reception_does(advisor, cashier_user):
    """Issue 19 defect 6: "M2K5" found nothing; the till now reads the text as the reception look-up does."""
    wanted = order_ready_to_settle(advisor, vehicle=make_car(advisor, name="王五", phone="13911112222", plate="京AM2K50"))
    other = order_ready_to_settle(advisor, vehicle=make_car(advisor, name="赵六", phone="13633334444", plate="京B77881"))
    for text in ("M2K5", "m2k5", "AM2K", "2K50", "K50", "京AM2K50", "京A M2K50", "王五", "2222", wanted.number):
        rows, _ = cashier.ready_to_settle(text=text)
        assert [r["id"] for r in rows] == [wanted.id], text
    assert cashier.ready_to_settle(text="Z9Z9")[0] == []
    settled = pay(cashier_user, wanted, ("现金", "158.00"))
    pay(cashier_user, other, ("现金", "158.00"))
    for text in ("M2K5", "2K50", "王五", "2222", settled.number.lower(), wanted.number):
        rows, _ = cashier.settlements(text=text)
        assert [r["number"] for r in rows] == [settled.number], text


def test_settlement_list_filters_and_pages(cashier_user, manager, advisor):
    numbers = [pay(cashier_user if i % 2 else manager, order_ready_to_settle(advisor), ("现金", "158.00")).number for i in range(5)]
    rows, cursor = cashier.settlements(limit=3)
    assert [r["number"] for r in rows] == numbers[::-1][:3] and cursor
    rows, cursor = cashier.settlements(limit=3, after=cursor)
    assert [r["number"] for r in rows] == numbers[::-1][3:] and cursor is None
    rows, _ = cashier.settlements(cashier_id=cashier_user.id)
    assert len(rows) == 2 and {r["cashier"] for r in rows} == {cashier_user.display_name}
    assert cashier.latest_number() == numbers[-1]
    plate = cashier.settlement_document(number=numbers[2])["vehicle"].plate
    for text in (plate.lower(), numbers[2].lower(), cashier.settlement_document(number=numbers[2])["order"].number):
        rows, _ = cashier.settlements(text=text)
        assert [r["number"] for r in rows] == [numbers[2]], text
    assert cashier.settlements(text="WO19990101-0001") == ([], None)


def test_release_notice_and_guarantee_card(cashier_user, advisor):
    order = order_ready_to_settle(
        advisor, job_type="一般维修", key_number="K07", belongings='[["行驶证", 1], ["雨伞", 2]]', mileage=15000,
        aftermarket_insisted=True,
        lines=(
            ("工时", "发动机大修", "12", "150.00"),
            ("材料", "活塞环（客户自带）", "1", "0.00"),
            ("材料", "副厂正时皮带", "1", "180.00"),
            ("材料", "原厂机油", "5", "80.00"),
        ),
        line_fields={2: {"supplied_by_customer": True}, 3: {"genuine": False}},
    )
    settlement = pay(cashier_user, order, ("银行卡", "2380.00", None))
    notice = cashier.release_notice(settlement.id)
    assert notice["key_number"] == "K07" and notice["belongings"] == [("行驶证", 1), ("雨伞", 2)]
    assert notice["customer_due"] == D("2380.00") and notice["cashier"] == cashier_user.display_name

    card = cashier.guarantee_card(number=settlement.number)
    terms = card["terms"]
    assert (terms.kind, terms.days, terms.km) == ("总成修理", 100, 20000)
    assert terms.starts_on == settlement.at.date() and terms.end_km == 35000
    assert [(ln.description, ln.guarantee_note) for ln in card["excluded"]] == [
        ("活塞环（客户自带）", "客户自带配件"), ("副厂正时皮带", "客户坚持使用副厂件"),
    ]
    assert [ln.description for ln in card["covered"]] == ["发动机大修", "原厂机油"]
    assert "100 日" in card["statement"] and "20,000 公里" in card["statement"]


def test_the_cashier_may_choose_the_kind_of_repair(cashier_user, advisor):
    order = order_ready_to_settle(advisor, job_type="保养")
    assert cashier.preview(order.id).repair_kind == "一级维护"
    with pytest.raises(ValidationError, match="未知的维修类别"):
        pay(cashier_user, order, ("现金", "158.00"), repair_kind="大保养")
    settlement = pay(cashier_user, order, ("现金", "158.00"), repair_kind="二级维护")
    assert cashier.guarantee_card(settlement.id)["terms"].days == 30


def test_a_comeback_keeps_the_kind_of_the_job_it_redoes(cashier_user, advisor):
    first = order_ready_to_settle(advisor, lines=(("工时", "变速箱大修", "10", "150.00"),))
    pay(cashier_user, first, ("现金", "1500.00"))
    comeback = order_ready_to_settle(advisor, job_type="返修", comeback_of=first.id, lines=(("工时", "检查换挡冲击", "1", "0.00", "内部"),))
    draft = cashier.preview(comeback.id)
    assert (draft.repair_kind, draft.guarantee.days, draft.guarantee.km) == ("总成修理", 100, 20000)
    settlement = pay(cashier_user, comeback)
    assert settlement.repair_kind == "总成修理" and settlement.total == 0


def test_preview_tells_the_cashier_what_needs_approval(cashier_user, advisor):
    order = order_ready_to_settle(advisor)
    ids = line_ids(order)
    draft = cashier.preview(order.id, user=cashier_user, line_discounts={ids[1]: "8"}, payers={ids[3]: "内部"})
    assert draft.approval_reasons == ["收银优惠 ¥8.00 超出您的限额 ¥0.00", "1 项（¥30.00）改由内部承担"]
    assert (draft.total, draft.customer_due, draft.internal_due) == (D("150.00"), D("120.00"), D("30.00"))
    assert settlement_counts() == (0, 0, 0, 0) and WorkOrder.get_by_id(order.id).status == "完工"


def test_a_card_for_a_settlement_written_without_its_kind(cashier_user, advisor):
    settlement = pay(cashier_user, order_ready_to_settle(advisor, job_type="保养"), ("现金", "158.00"))
    Settlement.update(repair_kind="", guarantee_days=0, guarantee_km=0).where(Settlement.id == settlement.id).execute()
    terms = cashier.guarantee_card(settlement.id)["terms"]
    assert (terms.kind, terms.days, terms.km) == ("一级维护", 10, 2000)
