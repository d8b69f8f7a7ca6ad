"""会员卡 / 储值卡 / 套餐卡: kinds and bonus rules, sale and top-up at the till with their own
receipt and payments, package services as a ledger used at settlement and given back by a reversal,
expiry, refund with approval, the statement, `check` and the liabilities."""
import datetime as dt

import pytest

import storage.models.base as base
from storage import cashier
from storage.cashier import ApprovalRequired, cards
from storage.models import AuditLog, CardMovement, CardSale, Customer, MemberCard, MemberMovement, Payment
from storage.rules import auth
from storage.rules.errors import PermissionDenied, StaleRecord, ValidationError
from storage.store import backup_restore
from tests.factories import D, approval, line_ids, order_ready_to_settle, pay

OIL = (("工时", "机油保养", "1", "200.00"), ("材料", "机油滤清器", "1", "68.00"))


@pytest.fixture
def till(users):
    return users[auth.CASHIER]


@pytest.fixture
def kinds(manager):
    stored = cards.define_kind(manager, name="金卡", card_type="储值卡", price="500")
    package = cards.define_kind(manager, name="保养四次卡", card_type="套餐卡", price="700", service_name="机油保养",
                                services=4, valid_months=12)
    cards.set_bonus_rules(manager, [("1000", "100"), ("2000", "300")])
    return stored, package


def counts():
    return tuple(m.select().count() for m in (MemberCard, CardSale, CardMovement, MemberMovement, Payment))


def test_only_the_manager_defines_kinds_and_bad_kinds_are_refused(manager, till):
    with pytest.raises(PermissionDenied):
        cards.define_kind(till, name="银卡", card_type="储值卡", price="100")
    with pytest.raises(ValidationError, match="请填写服务项目名称"):
        cards.define_kind(manager, name="空套餐", card_type="套餐卡", price="100", services=3)
    with pytest.raises(ValidationError, match="次数应为 1 到 100"):
        cards.define_kind(manager, name="零次卡", card_type="套餐卡", price="100", service_name="洗车", services=0)
    with pytest.raises(ValidationError, match="赠送金额应小于充值金额"):
        cards.set_bonus_rules(manager, [("100", "100")])
    assert cards.kinds() == []


def test_top_up_gets_the_highest_bonus_reached_and_its_own_receipt(kinds, till, advisor):
    stored, _ = kinds
    order = order_ready_to_settle(advisor)
    customer = order.customer_id
    sale = cards.sell(till, customer, stored.id, payments=[("现金", "1000", "1200")], amount="1000")
    assert sale.number.startswith("HK") and (sale.action, sale.amount, sale.bonus) == ("购卡", D("1000.00"), D("100.00"))
    assert Customer.get_by_id(customer).member_balance == D("1100.00")
    moves = [(m.kind, m.amount, m.balance_after, m.document) for m in MemberMovement.select().order_by(MemberMovement.id)]
    assert moves == [("充值", D("1000.00"), D("1000.00"), sale.number), ("赠送", D("100.00"), D("1100.00"), sale.number)]
    (payment,) = Payment.select().where(Payment.card_sale == sale.id)
    assert (payment.method, payment.amount, payment.tendered, payment.settlement_id) == ("现金", D("1000.00"), D("1200.00"), None)
    receipt = cards.sale_receipt(sale.id)
    assert receipt["payments"] == [("现金", D("1000.00"))] and receipt["balance"] == D("1100.00")

    again = cards.top_up(till, customer, "2500", payments=[("微信", "2500")])
    assert again.bonus == D("300.00") and Customer.get_by_id(customer).member_balance == D("3900.00")
    # the day-end counts card money as takings
    figures = cashier.day_figures(again.business_day)
    assert figures["takings"] == D("3500.00")
    assert AuditLog.select().where(AuditLog.action.in_(("card.sell", "card.top_up"))).count() == 2


def test_refusals_change_nothing(kinds, till, advisor):
    stored, package = kinds
    customer = order_ready_to_settle(advisor).customer_id
    with pytest.raises(ValidationError, match="没有有效的储值卡"):
        cards.top_up(till, customer, "100", payments=[("现金", "100")])
    with pytest.raises(ValidationError, match="还差"):
        cards.sell(till, customer, package.id, payments=[("现金", "600")])
    with pytest.raises(ValidationError, match="不能用“会员余额”支付"):
        cards.sell(till, customer, package.id, payments=[("会员余额", "700")])
    with pytest.raises(ValidationError, match="首次充值至少"):
        cards.sell(till, customer, stored.id, payments=[("现金", "100")], amount="100")
    # 单用途商业预付卡管理办法: a registered card holds at most 5,000
    with pytest.raises(ValidationError, match="记名预付卡限额"):
        cards.sell(till, customer, stored.id, payments=[("现金", "4800")], amount="4800")  # + 300 bonus
    assert counts() == (0, 0, 0, 0, 0)


def test_a_package_service_pays_its_line_and_a_reversal_gives_it_back(kinds, till, advisor, manager):
    _, package = kinds
    order = order_ready_to_settle(advisor, lines=OIL)
    sale = cards.sell(till, order.customer_id, package.id, payments=[("银行卡", "700")])
    card = MemberCard.get(MemberCard.id == sale.card_id)
    assert (card.remaining, card.services, card.price) == (4, 4, D("700.00"))
    assert card.expires_on == sale.at.date().replace(year=sale.at.year + 1) - dt.timedelta(days=1)

    draft = cashier.preview(order.id)
    assert [c.id for c in draft.package_cards] == [card.id]
    ids = line_ids(order)
    with pytest.raises(ValidationError, match="不是套餐卡"):
        pay(till, order, ("现金", "68.00"), package_uses={ids[2]: card.id})  # the filter is not the service
    settlement = pay(till, order, ("现金", "68.00"), package_uses={ids[1]: card.id})
    assert MemberCard.get_by_id(card.id).remaining == 3
    paid = sorted((p.method, p.amount, p.reference) for p in Payment.select().where(Payment.settlement == settlement.id))
    assert paid == [("套餐卡", D("200.00"), card.number), ("现金", D("68.00"), "")]
    used = CardMovement.get(CardMovement.kind == "使用")
    assert (used.services, used.remaining_after, used.value, used.document) == (-1, 3, D("-175.00"), settlement.number)
    assert cashier.day_figures(settlement.business_day)["takings"] == D("768.00")  # 700 card + 68 cash, not 200 twice

    cashier.reverse(manager, settlement.id, settlement.version, reason="项目录错")
    assert MemberCard.get_by_id(card.id).remaining == 4
    assert [m.kind for m in CardMovement.select().order_by(CardMovement.id)] == ["购卡", "使用", "冲销退回"]
    assert backup_restore.check() == []


def test_expired_package_cannot_pay_and_liabilities_say_so(kinds, till, advisor, monkeypatch):
    _, package = kinds
    order = order_ready_to_settle(advisor, lines=OIL)
    sale = cards.sell(till, order.customer_id, package.id, payments=[("现金", "700")])
    card = MemberCard.get_by_id(sale.card_id)
    assert cards.liabilities()["package_value"] == D("700.00") and cards.liabilities()["package_services"] == 4
    later = dt.datetime.combine(card.expires_on + dt.timedelta(days=1), dt.time(9))
    monkeypatch.setattr(base, "wall_clock", lambda: later)
    assert cashier.preview(order.id).package_cards == []
    with pytest.raises(ValidationError, match="已于 .* 过期"):
        pay(till, order, ("现金", "68.00"), package_uses={line_ids(order)[1]: card.id})
    owed = cards.liabilities()
    assert (owed["package_value"], owed["expired_services"], owed["expired_value"]) == (D("0"), 4, D("700.00"))
    from storage.reports.overview import dashboard

    assert dashboard()["headline"]["card_liabilities"]["total"] == D("700.00")  # the manager's figures


def test_refund_needs_a_manager_and_pays_back_what_is_left(kinds, till, advisor, manager):
    stored, package = kinds
    order = order_ready_to_settle(advisor, lines=OIL)
    customer = order.customer_id
    sale = cards.sell(till, customer, package.id, payments=[("现金", "700")])
    card = MemberCard.get_by_id(sale.card_id)
    pay(till, order, ("现金", "68.00"), package_uses={line_ids(order)[1]: card.id})
    card = MemberCard.get_by_id(card.id)
    with pytest.raises(ApprovalRequired):
        cards.refund(till, card.id, card.version, reason="客户搬家")
    with pytest.raises(StaleRecord):
        cards.refund(till, card.id, card.version - 1, reason="客户搬家", approver=approval(manager, "card_refund", till))
    back = cards.refund(till, card.id, card.version, reason="客户搬家", approver=approval(manager, "card_refund", till))
    assert (back.action, back.amount, back.approved_by_id) == ("退卡", D("-525.00"), manager.id)  # 3 of 4 at 175
    (payment,) = Payment.select().where(Payment.card_sale == back.id)
    assert (payment.method, payment.amount) == ("现金", D("-525.00"))
    card = MemberCard.get_by_id(card.id)
    assert (card.status, card.remaining) == ("已退", 0)
    with pytest.raises(ValidationError, match="已退卡"):
        cards.refund(manager, card.id, card.version, reason="再退")

    # stored value: the bonus is a gift, not refunded
    sold = cards.sell(till, customer, stored.id, payments=[("现金", "1000")], amount="1000")
    assert cards.refund_quote(sold.card_id)["refund"] == D("1000.00")
    gold = MemberCard.get_by_id(sold.card_id)
    back = cards.refund(manager, gold.id, gold.version, reason="不再来店")
    assert back.amount == D("-1000.00") and Customer.get_by_id(customer).member_balance == D("0.00")
    assert MemberMovement.select().order_by(MemberMovement.id.desc()).get().kind == "退卡"
    assert backup_restore.check() == [] and cards.liabilities()["total"] == D("0")


def test_statement_and_csv_follow_the_ledger(kinds, till, advisor, tmp_path):
    _, package = kinds
    order = order_ready_to_settle(advisor, lines=OIL)
    sale = cards.sell(till, order.customer_id, package.id, payments=[("现金", "700")])
    pay(till, order, ("现金", "68.00"), package_uses={line_ids(order)[1]: sale.card_id})
    data = cards.statement(sale.card_id)
    assert [(r["kind"], r["change"], r["after"]) for r in data["rows"]] == [("购卡", "+4 次", "4 次"), ("使用", "-1 次", "3 次")]
    assert data["closing"].startswith("剩余 3/4 次")
    path = tmp_path / "statement.csv"
    cards.export_statement_csv(data, path)
    text = path.read_text(encoding="utf-8-sig")
    assert "时间,类别,变动,变动后,单据,摘要" in text and "使用,-1 次,3 次" in text

    from printing import card_receipt, card_statement, layout_check

    for module, number in ((card_statement, data["number"]), (card_receipt, sale.number)):
        report = layout_check.check(module.DOCUMENT.kind, number)
        assert report.pages == 1 and report.problems == [] and report.pdf.startswith(b"%PDF")


def test_check_finds_a_card_out_of_step_with_its_ledger(kinds, till, advisor):
    _, package = kinds
    sale = cards.sell(till, order_ready_to_settle(advisor).customer_id, package.id, payments=[("现金", "700")])
    MemberCard.update(remaining=9).where(MemberCard.id == sale.card_id).execute()
    problems = [str(p) for p in backup_restore.check()]
    assert any("剩余 9 次，与台账合计 4 次不符" in p for p in problems)


def test_one_stored_value_card_per_customer_and_no_reversal_onto_a_refunded_package(kinds, till, advisor, manager):
    stored, package = kinds
    order = order_ready_to_settle(advisor, lines=OIL)
    cards.sell(till, order.customer_id, stored.id, payments=[("现金", "500")])
    with pytest.raises(ValidationError, match="已有储值卡 .*请直接充值"):
        cards.sell(till, order.customer_id, stored.id, payments=[("现金", "500")])
    with pytest.raises(ValidationError, match="退卡款不能退到“单位挂账”"):
        cards.refund(manager, MemberCard.get().id, 1, reason="试", method="单位挂账")
    sale = cards.sell(till, order.customer_id, package.id, payments=[("现金", "700")])
    settlement = pay(till, order, ("现金", "68.00"), package_uses={line_ids(order)[1]: sale.card_id})
    card = MemberCard.get_by_id(sale.card_id)
    cards.refund(manager, card.id, card.version, reason="客户要求")
    with pytest.raises(ValidationError, match="该卡已退卡，不能冲销"):
        cashier.reverse(manager, settlement.id, settlement.version, reason="录错")
    assert cashier.get_settlement(settlement.id).status == "有效" and MemberCard.get_by_id(card.id).remaining == 0


# ---------------------------------------------------------------- 系统管理 → 会员卡种


def test_the_kinds_list_pages_finds_and_stops_a_kind_without_touching_sold_cards(kinds, till, advisor, manager):
    stored, package = kinds
    sale = cards.sell(till, order_ready_to_settle(advisor).customer_id, package.id, payments=[("现金", "700")])
    first, after = cards.kinds_page(limit=1)
    rest, end = cards.kinds_page(after=after, limit=10)
    assert [r["name"] for r in first + rest] == sorted(["金卡", "保养四次卡"]) and end is None
    assert [r["name"] for r in cards.kinds_page("机油")[0]] == ["保养四次卡"]
    stopped = cards.set_kind_active(manager, package.id, package.version, False)
    assert not stopped.active and package.id not in {k.id for k in cards.kinds()}
    assert [r["active"] for r in cards.kinds_page("保养")[0]] == [False]  # still listed, as stopped
    assert MemberCard.get_by_id(sale.card_id).remaining == 4  # the card sold from it goes on
    with pytest.raises(StaleRecord):  # the version it was read at is gone
        cards.set_kind_active(manager, package.id, package.version, True)
    with pytest.raises(PermissionDenied):
        cards.set_kind_active(till, package.id, stopped.version, True)
    assert AuditLog.select().where(AuditLog.action == "card_kind.edit").count() == 1


@pytest.mark.parametrize("typed, rules", [
    ("充1000送100，充2000送300", [("1000.00", "100.00"), ("2000.00", "300.00")]),
    ("500送20; 1000.5送50.25", [("500.00", "20.00"), ("1000.50", "50.25")]),
    ("1000+100 2000+300", [("1000.00", "100.00"), ("2000.00", "300.00")]),
    ("  ", []),
])
def test_bonus_rules_are_typed_as_the_counter_says_them(typed, rules):
    assert cards.parse_bonus_rules(typed) == [(D(t), D(b)) for t, b in rules]


@pytest.mark.parametrize("typed", ["充1000", "充一千送一百", "1000送100送5", "充-5送1"])
def test_bonus_rules_that_cannot_be_read_are_refused_in_chinese(typed):
    with pytest.raises(ValidationError, match="请写成“充1000送100”"):
        cards.parse_bonus_rules(typed)


def test_the_rules_box_shows_the_rules_back_as_typed(kinds, manager):
    assert cards.describe_bonus_rules() == "充1000送100，充2000送300"
    cards.set_bonus_rules(manager, cards.parse_bonus_rules(""))
    assert cards.describe_bonus_rules() == "" and cards.bonus_for(D("5000")) == D("0")
