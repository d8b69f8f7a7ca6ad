"""Corrections and the books: reversal (冲销) and refunds, receivables (挂账) collected and matched,
and the day-end (日结) after which a day cannot change."""
import datetime as dt

import pytest
from openpyxl import load_workbook

from storage import cashier
from storage.cashier import ApprovalRequired, DayClosed, common, day_end, members
from storage.models import (
    AuditLog, Customer, DayClose, MemberMovement, Payment, Receivable, Settlement, StatusChange, WorkOrder,
    WorkOrderLine,
)
from storage.reception import appointments
from storage.rules import auth, orders
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from tests.factories import D, appointment_for, approval, order_ready_to_settle, pay


@pytest.fixture
def cashier_user(users):
    return users[auth.CASHIER]


def insured_order(advisor, *, claim="RB-1", insurer="中国人保财险", amount="1000.00"):
    return order_ready_to_settle(advisor, job_type="事故车", insurer=insurer, claim_number=claim, lines=(
        ("工时", "钣金喷漆", "1", amount, "保险公司"),
        ("其他", "洗车", "1", "30.00"),
    ))


# --- reversal ----------------------------------------------------------------------------------

def test_reversal_needs_a_reason_and_a_supervisor(cashier_user, advisor, manager):
    settlement = pay(cashier_user, order_ready_to_settle(advisor), ("现金", "158.00"))
    with pytest.raises(ValidationError, match="冲销原因"):
        cashier.reverse(cashier_user, settlement.id, settlement.version, reason="  ")
    with pytest.raises(ApprovalRequired, match="需要服务经理"):
        cashier.reverse(cashier_user, settlement.id, settlement.version, reason="机滤单价录错")
    assert Settlement.get_by_id(settlement.id).status == "有效" and Payment.select().count() == 1


def test_reversal_refunds_everything_the_way_it_came_and_reopens_the_order(cashier_user, advisor, manager):
    order = insured_order(advisor)
    appointment = appointment_for(order, advisor)
    order = WorkOrder.get_by_id(order.id)
    appointments.record_deposit(cashier_user, appointment.id, appointment.version, "10.00", "现金")
    members.move(cashier_user, order.customer_id, "期初", D("5.00"))
    settlement = pay(cashier_user, order, ("定金抵扣", "10.00"), ("会员余额", "5.00"), ("微信", "15.00"))

    reversed_ = cashier.reverse(cashier_user, settlement.id, settlement.version, reason="保险定损金额变更",
                               approver=approval(manager, "reversal", cashier_user))
    assert (reversed_.status, reversed_.live_order) == ("已冲销", None)
    assert (reversed_.reversed_by_id, reversed_.reversal_approved_by_id) == (cashier_user.id, manager.id)
    refunds = sorted((p.method, p.amount) for p in Payment.select().where((Payment.settlement == settlement.id) & (Payment.amount < 0)))
    assert refunds == [("会员余额", D("-5.00")), ("定金抵扣", D("-10.00")), ("微信", D("-15.00"))]
    assert cashier.deposit_balance(appointment.id) == D("10.00")
    assert Customer.get_by_id(order.customer_id).member_balance == D("5.00")
    assert [(m.kind, m.amount) for m in MemberMovement.select().order_by(MemberMovement.id)] == [
        ("期初", D("5.00")), ("消费", D("-5.00")), ("冲销退回", D("5.00"))]
    assert Receivable.get().status == "已冲销"
    assert WorkOrder.get_by_id(order.id).status == "完工"
    actions = {a.action for a in AuditLog.select().where(AuditLog.entity == "Settlement")}
    assert {"settlement.create", "settlement.reverse", "settlement.refund"} <= actions

    # ...then a new settlement, the correct one.
    order = WorkOrder.get_by_id(order.id)
    again = pay(cashier_user, order, ("定金抵扣", "10.00"), ("现金", "20.00"))
    assert again.number != settlement.number and again.live_order == order.id
    assert cashier.live_settlement(order.id).id == again.id

    with pytest.raises(ValidationError, match="不能重复冲销"):
        cashier.reverse(manager, settlement.id, reversed_.version, reason="再来一次")
    with pytest.raises(ValidationError, match="已冲销"):
        cashier.release_notice(settlement.id)
    assert cashier.settlement_document(settlement.id)["reversal"]["approved_by"] == manager.display_name


def test_reversal_from_a_stale_screen_is_refused(cashier_user, advisor, manager):
    settlement = pay(cashier_user, order_ready_to_settle(advisor), ("现金", "158.00"))
    with pytest.raises(StaleRecord):
        cashier.reverse(manager, settlement.id, settlement.version + 1, reason="录错")
    assert WorkOrder.get_by_id(settlement.order_id).status == "已结算" and Payment.select().count() == 1


def test_a_collected_receivable_blocks_the_reversal(cashier_user, advisor, manager):
    insured = pay(cashier_user, insured_order(advisor), ("现金", "30.00"))
    receivable = Receivable.get(Receivable.settlement == insured.id)
    cashier.collect(cashier_user, receivable.id, receivable.version, "100.00", reference="B1")
    with pytest.raises(ValidationError, match="已回款 ¥100.00"):
        cashier.reverse(manager, insured.id, insured.version, reason="录错")
    assert Payment.select().where(Payment.amount < 0).count() == 0


# --- receivables -------------------------------------------------------------------------------

def test_collection_partial_then_full(cashier_user, advisor):
    pay(cashier_user, insured_order(advisor), ("现金", "30.00"))
    receivable = Receivable.get()
    with pytest.raises(ValidationError, match="超过了 中国人保财险 挂账 RB-1 的未收金额 ¥1,000.00"):
        cashier.collect(cashier_user, receivable.id, receivable.version, "1000.01")
    cashier.collect(cashier_user, receivable.id, receivable.version, "400.00", reference="ICBC-1")
    receivable = Receivable.get()
    assert (receivable.collected, receivable.status) == (D("400.00"), "部分")
    with pytest.raises(StaleRecord):
        cashier.collect(cashier_user, receivable.id, receivable.version - 1, "600.00")
    cashier.collect(cashier_user, receivable.id, receivable.version, "600.00")
    assert Receivable.get().status == "已收"
    with pytest.raises(ValidationError, match="已收，不能再登记回款"):
        cashier.collect(cashier_user, receivable.id, receivable.version + 1, "1.00")
    with pytest.raises(PermissionDenied):
        cashier.collect(advisor, receivable.id, receivable.version + 1, "1.00")


def test_a_remittance_is_matched_against_several_receivables(cashier_user, advisor):
    for claim, amount in (("RB-1", "1000.00"), ("RB-2", "500.00"), ("RB-3", "200.00")):
        pay(cashier_user, insured_order(advisor, claim=claim, amount=amount), ("现金", "30.00"))
    pay(cashier_user, insured_order(advisor, claim="PA-1", insurer="平安产险"), ("现金", "30.00"))
    rows, _ = cashier.open_items(debtor="中国人保财险")
    assert [r["claim_number"] for r in rows] == ["RB-1", "RB-2", "RB-3"]
    alloc = [(r["id"], r["version"], amount) for r, amount in zip(rows, ("1000.00", "300.00"))]

    with pytest.raises(ValidationError, match="还有 ¥0.01 未分配"):
        cashier.match_remittance(cashier_user, debtor_kind="保险公司", debtor="中国人保财险", total="1300.01",
                                 reference="BANK-77", allocations=alloc)
    with pytest.raises(ValidationError, match="流水号"):
        cashier.match_remittance(cashier_user, debtor_kind="保险公司", debtor="中国人保财险", total="1300.00",
                                 reference="", allocations=alloc)
    pa = Receivable.get(Receivable.debtor == "平安产险")
    with pytest.raises(ValidationError, match="属于 平安产险"):
        cashier.match_remittance(cashier_user, debtor_kind="保险公司", debtor="中国人保财险", total="1301.00",
                                 reference="BANK-77", allocations=[*alloc, (pa.id, pa.version, "1.00")])
    assert Receivable.select().where(Receivable.collected > 0).count() == 0

    collections = cashier.match_remittance(cashier_user, debtor_kind="保险公司", debtor="中国人保财险",
                                           total="1300.00", reference="BANK-77", allocations=alloc)
    assert [c.reference for c in collections] == ["BANK-77", "BANK-77"]
    rows, _ = cashier.open_items(debtor_kind="保险公司")
    assert [(r["claim_number"], r["outstanding"]) for r in rows] == [("RB-2", D("200.00")), ("RB-3", D("200.00")), ("PA-1", D("1000.00"))]


def test_open_items_page_and_age(cashier_user, advisor):
    for i in range(5):
        pay(cashier_user, insured_order(advisor, claim=f"RB-{i}"), ("现金", "30.00"))
    Receivable.update(opened_at=dt.datetime(2026, 1, 1, 9)).where(Receivable.claim_number == "RB-0").execute()
    rows, cursor = cashier.open_items(limit=2, as_of=dt.date(2026, 3, 2))
    seen = list(rows)
    while cursor:
        rows, cursor = cashier.open_items(limit=2, after=cursor, as_of=dt.date(2026, 3, 2))
        seen += rows
    assert [r["claim_number"] for r in seen] == ["RB-0", "RB-1", "RB-2", "RB-3", "RB-4"]
    assert seen[0]["age_days"] == 60 and seen[0]["plate"] and seen[0]["settlement_number"].startswith("JS")
    rows, _ = cashier.open_items(claim_number="RB-3")
    assert [r["claim_number"] for r in rows] == ["RB-3"]


def test_aging_buckets(cashier_user, advisor):
    today = common.today()
    for claim, days_old in (("A", 0), ("B", 30), ("C", 31), ("D", 75), ("E", 91), ("F", 400)):
        pay(cashier_user, insured_order(advisor, claim=claim, amount="100.00"), ("现金", "30.00"))
        at = dt.datetime.combine(today - dt.timedelta(days=days_old), dt.time(10))
        Receivable.update(opened_at=at).where(Receivable.claim_number == claim).execute()
    r = Receivable.get(Receivable.claim_number == "A")
    cashier.collect(cashier_user, r.id, r.version, "40.00")
    (row,) = cashier.aging()
    assert (row["debtor"], row["count"], row["outstanding"]) == ("中国人保财险", 6, D("560.00"))
    assert row["buckets"] == {"0-30天": D("160.00"), "31-60天": D("100.00"), "61-90天": D("100.00"), "90天以上": D("200.00")}


def test_claim_number_can_be_completed_later(cashier_user, advisor):
    pay(cashier_user, insured_order(advisor, claim="报案中"), ("现金", "30.00"))
    r = Receivable.get()
    updated = cashier.set_claim_number(cashier_user, r.id, r.version, "RDAA-2026-1")
    assert updated.claim_number == "RDAA-2026-1" and updated.version == r.version + 1
    assert AuditLog.get(AuditLog.action == "receivable.claim_number").before == '{"claim_number": "报案中"}'


# --- day-end -----------------------------------------------------------------------------------

def test_day_figures(cashier_user, manager, advisor):
    order = order_ready_to_settle(advisor)
    appointment = appointment_for(order, advisor)
    order = WorkOrder.get_by_id(order.id)
    appointments.record_deposit(cashier_user, appointment.id, appointment.version, "50.00", "现金")
    pay(cashier_user, order, ("定金抵扣", "50.00"), ("现金", "100.00", "108.00"), bill_discount="8.00",
        approver=approval(manager, "discount", cashier_user))
    insured = pay(manager, insured_order(advisor), ("微信", "30.00"))
    r = Receivable.get()
    cashier.collect(manager, r.id, r.version, "250.00")
    voided = pay(cashier_user, order_ready_to_settle(advisor), ("银行卡", "158.00"))
    cashier.reverse(manager, voided.id, voided.version, reason="重复收款")

    figures = cashier.day_report()
    s = figures["settlements"]
    assert (s["count"], s["total"], s["discount"], s["insurer"]) == (3, D("1338.00"), D("8.00"), D("1000.00"))
    assert {m["method"]: m["amount"] for m in figures["methods"]} == {
        "现金": D("150.00"), "微信": D("30.00"), "银行卡": D("0.00"), "定金抵扣": D("50.00"),
    }
    assert figures["takings"] == D("180.00")  # cash 50 deposit + 100, WeChat 30; the deduction is not new money
    by_cashier = {c["cashier"]: c["takings"] for c in figures["cashiers"]}
    # The refund of the voided settlement is the manager's, who gave the money back at the till.
    assert by_cashier == {cashier_user.display_name: D("308.00"), manager.display_name: D("-128.00")}
    assert figures["deposits"] == {"received": D("50.00"), "refunded": D("0.00")}
    assert figures["receivables_opened"] == [{"debtor_kind": "保险公司", "amount": D("1000.00"), "count": 1}]
    assert figures["receivables_collected"] == [{"debtor_kind": "保险公司", "amount": D("250.00"), "count": 1}]
    assert [(d["discount"], d["approved_by"]) for d in figures["discounts"]] == [(D("8.00"), manager.display_name)]
    assert [(v["number"], v["reason"], v["approved_by"]) for v in figures["voids"]] == [(voided.number, "重复收款", manager.display_name)]
    assert not figures["closed"] and insured.number


def test_a_closed_day_refuses_every_change(cashier_user, manager, advisor, tmp_path):
    waiting = order_ready_to_settle(advisor)
    settled = pay(cashier_user, order_ready_to_settle(advisor), ("现金", "158.00"))
    insured = pay(cashier_user, insured_order(advisor), ("现金", "30.00"))
    before = cashier.day_figures(common.today())
    with pytest.raises(PermissionDenied):
        cashier.close_day(advisor)
    close = cashier.close_day(cashier_user)
    assert close.business_day == common.today()

    r = Receivable.get(Receivable.settlement == insured.id)
    refused = [
        lambda: pay(cashier_user, WorkOrder.get_by_id(waiting.id), ("现金", "158.00")),
        lambda: cashier.reverse(manager, settled.id, settled.version, reason="录错"),
        lambda: cashier.collect(cashier_user, r.id, r.version, "1.00"),
        lambda: cashier.match_remittance(cashier_user, debtor_kind="保险公司", debtor="中国人保财险", total="1",
                                         reference="B", allocations=[(r.id, r.version, "1")]),
        lambda: cashier.close_day(manager),
    ]
    for attempt in refused:
        with pytest.raises(DayClosed, match="已.*日结"):
            attempt()
    assert cashier.day_figures(common.today()) == before
    assert DayClose.get().summary == day_end.to_json(before)
    assert WorkOrder.get_by_id(waiting.id).status == "完工"

    report = cashier.day_report()
    assert report["closed"] and report["closed_by"] == cashier_user.display_name
    path = tmp_path / "day.xlsx"
    cashier.export_xlsx(report, path)
    book = load_workbook(path)
    summary = {row[0]: row[1] for row in book["日结汇总"].iter_rows(values_only=True)}
    assert summary["结算单数"] == 2 and summary["实收合计（不含定金抵扣、会员余额）"] == 188
    assert [row for row in book["收款方式"].iter_rows(values_only=True)] == [("收款方式", "金额", "笔数"), ("现金", 188, 2)]


def test_future_days_cannot_be_closed_and_past_days_can(cashier_user):
    with pytest.raises(ValidationError, match="还没有到"):
        cashier.close_day(cashier_user, common.today() + dt.timedelta(days=1))
    yesterday = common.today() - dt.timedelta(days=1)
    assert cashier.close_day(cashier_user, yesterday).business_day == yesterday
    assert cashier.day_report(yesterday)["closed"] and not cashier.day_report()["closed"]


def test_the_next_day_is_open_after_a_close(cashier_user, advisor, monkeypatch):
    cashier.close_day(cashier_user)
    tomorrow = common.today() + dt.timedelta(days=1)
    monkeypatch.setattr(common, "today", lambda: tomorrow)
    settlement = pay(cashier_user, order_ready_to_settle(advisor), ("现金", "158.00"))
    assert settlement.business_day == tomorrow and Payment.get().business_day == tomorrow


def test_a_bill_found_wrong_after_delivery_is_reversed_and_settled_again(cashier_user, advisor, manager):
    """The customer calls the next day: the filter was charged at the wrong price. The delivered
    order is reversed with the manager's approval, settled again, and is at once delivered again,
    keeping its real delivery time (the guarantee runs from it)."""
    from storage.reception import progress

    settlement = pay(cashier_user, order_ready_to_settle(advisor), ("微信", "158.00"))
    order = progress.deliver(advisor, settlement.order_id, WorkOrder.get_by_id(settlement.order_id).version)
    delivered_at = order.delivered_at
    with pytest.raises(ApprovalRequired):
        cashier.reverse(cashier_user, settlement.id, settlement.version, reason="机滤单价录错")
    cashier.reverse(cashier_user, settlement.id, settlement.version, reason="机滤单价录错",
                    approver=approval(manager, "reversal", cashier_user))
    order = WorkOrder.get_by_id(order.id)
    assert (order.status, order.delivered_at) == ("完工", delivered_at)
    assert [p.amount for p in Payment.select().where(Payment.settlement == settlement.id).order_by(Payment.id)] == [
        D("158.00"), D("-158.00")]
    assert order.id in [row["id"] for row in cashier.ready_to_settle()[0]]  # back in the cashier's list

    WorkOrderLine.update(unit_price=D("58.00"), amount=D("58.00")).where(
        (WorkOrderLine.order == order.id) & (WorkOrderLine.description == "机油滤清器")).execute()
    again = pay(cashier_user, order, ("微信", "148.00"))
    order = WorkOrder.get_by_id(order.id)
    assert (again.total, order.status, order.delivered_at) == (D("148.00"), "已交车", delivered_at)
    steps = [(s.from_status, s.to_status) for s in StatusChange.select().where(StatusChange.order == order.id)
             .order_by(StatusChange.id)][-3:]
    assert steps == [("已交车", "完工"), ("完工", "已结算"), ("已结算", "已交车")]
    assert cashier.guarantee_card(again.id)["terms"].starts_on == delivered_at.date()


# --- 单位挂账 ----------------------------------------------------------------------------------

def test_a_company_with_an_agreement_signs_for_its_bill_within_its_credit(cashier_user, advisor, manager):
    """A fleet customer (单位, with a credit limit set by the manager) signs for the bill; it is a
    receivable under the company's name with the sign-off number, not takings; beyond the limit,
    counting what it still owes, the till refuses; a private customer cannot sign at all."""
    from storage.reception import archive

    private = order_ready_to_settle(advisor)
    with pytest.raises(ValidationError, match="不是签约月结的单位客户"):
        pay(cashier_user, private, ("单位挂账", "158.00"))

    order = order_ready_to_settle(advisor)
    fleet = Customer.get_by_id(order.customer_id)
    with pytest.raises(PermissionDenied):
        archive.set_credit_limit(advisor, fleet.id, fleet.version, "300")
    with pytest.raises(ValidationError, match="单位客户"):
        archive.set_credit_limit(manager, fleet.id, fleet.version, "300")
    fleet = archive.update_customer(advisor, fleet.id, fleet.version, kind="单位", company="顺达物流有限公司")
    fleet = archive.set_credit_limit(manager, fleet.id, fleet.version, "300")
    assert fleet.credit_limit == D("300.00")
    assert AuditLog.select().where(AuditLog.action == "customer.credit_limit").count() == 1

    settlement = pay(cashier_user, order, ("单位挂账", "158.00"))
    debt = Receivable.get(Receivable.settlement == settlement.id)
    assert (debt.debtor_kind, debt.debtor, debt.amount, debt.status) == ("单位", "顺达物流有限公司", D("158.00"), "未收")
    assert day_end.day_figures(common.today())["takings"] == D("0.00")

    second = order_ready_to_settle(advisor, vehicle=order.vehicle)
    before = counts_of()
    with pytest.raises(ValidationError, match="月结额度 ¥300.00，尚欠 ¥158.00"):
        pay(cashier_user, second, ("单位挂账", "158.00"))
    assert counts_of() == before
    split = pay(cashier_user, second, ("单位挂账", "142.00"), ("微信", "16.00"))  # up to the limit, the rest paid
    assert Receivable.get(Receivable.settlement == split.id).amount == D("142.00")

    cashier.collect(cashier_user, debt.id, debt.version, "158.00", reference="月结回款")
    assert Receivable.get_by_id(debt.id).status == "已收"


def counts_of():
    return tuple(m.select().count() for m in (Settlement, Payment, Receivable))
