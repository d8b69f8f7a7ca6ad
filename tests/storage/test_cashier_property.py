"""Property: whatever the lines, payers, discounts and split payments, a settlement reconciles to
the fen: total = labour + parts + fees − discount = Σ(line amount − line discount) = Σ dues;
customer due = Σ payments; insurer + warranty due = Σ receivables; the bill discount is spread
exactly over the customer's lines. First on the pure arithmetic (many cases), then through the
database (fewer, slower cases), cross-checked with storage.store.backup_restore.check."""
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import cashier
from storage.cashier import bill
from storage.models import PAYERS, Payment, Receivable, Settlement, SettlementLine, summed
from storage.rules import auth
from storage.rules.money import ZERO, money
from tests.factories import line_ids, order_ready_to_settle

FEN = Decimal("0.01")
METHODS = ("现金", "微信", "支付宝", "银行卡", "转账")

prices = st.integers(min_value=0, max_value=500_000).map(lambda fen: Decimal(fen).scaleb(-2))
quantities = st.integers(min_value=1, max_value=20_000).map(lambda m: Decimal(m).scaleb(-3))  # 0.001 .. 20
fractions = st.integers(min_value=0, max_value=100)
line_specs = st.tuples(st.sampled_from(bill.KIND_ORDER), quantities, prices, st.sampled_from(PAYERS), fractions, fractions)


def draft_lines(specs):
    lines = []
    for i, (kind, qty, price, payer, advisor_pct, _) in enumerate(specs, 1):
        amount = money(qty * price)
        lines.append(bill.DraftLine(
            order_line_id=i, kind=kind, description=f"第{i}项", quantity=qty, unit_price=price, amount=amount,
            payer=payer, advisor_discount=money(amount * advisor_pct / 100 / 2), order_position=i,
        ))
    return lines


def cashier_discounts(lines, specs):
    """A share of what is left of each line after the advisor's discount."""
    return {ln.order_line_id: money((ln.amount - ln.advisor_discount) * spec[5] / 100 / 2) for ln, spec in zip(lines, specs)}


def split(total: Decimal, cuts: list[int]) -> list[Decimal]:
    """Cut `total` into len(cuts)+1 parts at fractions given in per-mille."""
    fen = int(total * 100)
    points = sorted({fen * c // 1000 for c in cuts} | {0, fen})
    return [Decimal(b - a).scaleb(-2) for a, b in zip(points, points[1:]) if b > a]


def assert_reconciles(draft: bill.Draft):
    assert draft.total == draft.labour_total + draft.parts_total + draft.fees_total - draft.discount_total
    assert draft.total == sum((ln.amount - ln.discount for ln in draft.lines), ZERO)
    assert draft.total == draft.customer_due + draft.insurer_due + draft.warranty_due + draft.internal_due
    assert sum((ln.bill_share for ln in draft.lines), ZERO) == draft.bill_discount
    for ln in draft.lines:
        assert ln.net >= 0 and ln.discount >= 0
        assert ln.bill_share == 0 or ln.payer == "客户"
        for value in (ln.amount, ln.discount, ln.bill_share):
            assert value == value.quantize(FEN)


@settings(max_examples=300, deadline=None)
@given(st.lists(line_specs, min_size=1, max_size=12), fractions, st.data())
def test_the_arithmetic_always_reconciles(specs, bill_pct, data):
    lines = draft_lines(specs)
    discounts = cashier_discounts(lines, specs)
    customer_base = sum((ln.amount - ln.advisor_discount - discounts[ln.order_line_id] for ln in lines if ln.payer == "客户"), ZERO)
    bill_discount = money(customer_base * bill_pct / 100)
    draft = bill.compute(lines, line_discounts=discounts, bill_discount=bill_discount)
    assert_reconciles(draft)
    assert [ln.position for ln in draft.lines] == list(range(1, len(lines) + 1))
    kinds = [ln.kind for ln in draft.lines]
    assert kinds == sorted(kinds, key=bill.KIND_ORDER.index)
    parts = split(draft.customer_due, data.draw(st.lists(st.integers(0, 1000), max_size=4)))
    assert sum(parts, ZERO) == draft.customer_due


@settings(max_examples=300, deadline=None)
@given(st.lists(prices, min_size=1, max_size=15), st.integers(min_value=0, max_value=100))
def test_allocation_is_exact_and_never_exceeds_a_line(weights, pct):
    total = money(sum(weights, ZERO) * pct / 100)
    shares = bill.allocate(total, weights)
    assert sum(shares, ZERO) == total
    assert all(ZERO <= s <= w for s, w in zip(shares, weights))


@pytest.fixture
def cashier_user(users):
    return users[auth.CASHIER]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    specs=st.lists(line_specs, min_size=1, max_size=6),
    bill_pct=fractions,
    cuts=st.lists(st.integers(0, 1000), max_size=3),
    methods=st.permutations(METHODS),
)
def test_settlements_in_the_database_reconcile(manager, advisor, specs, bill_pct, cuts, methods):
    lines = tuple((kind, f"第{i}项", str(qty), str(price), payer) for i, (kind, qty, price, payer, _, _) in enumerate(specs, 1))
    order = order_ready_to_settle(advisor, lines=lines, insurer="人保", claim_number="RB-P", line_fields={
        i: {"discount": money(money(qty * price) * pct / 100 / 2)} for i, (_, qty, price, _, pct, _) in enumerate(specs, 1)
    })
    ids = line_ids(order)
    draft = cashier.preview(order.id)
    by_position = {ln.order_line_id: ln for ln in draft.lines}
    discounts = {ids[i]: money((by_position[ids[i]].amount - by_position[ids[i]].advisor_discount) * spec[5] / 100 / 2)
                 for i, spec in enumerate(specs, 1)}
    draft = cashier.preview(order.id, line_discounts=discounts)
    bill_discount = money(draft.customer_due * bill_pct / 100)
    draft = cashier.preview(order.id, line_discounts=discounts, bill_discount=bill_discount)
    payments = [(m, amount) for m, amount in zip(methods, split(draft.customer_due, cuts))]

    settlement = cashier.settle(manager, order.id, order.version, payments=payments, line_discounts=discounts,
                                bill_discount=bill_discount, warranty_claim="SP-P")
    s = Settlement.get_by_id(settlement.id)
    assert s.total == draft.total and s.customer_due == draft.customer_due
    assert s.total == s.labour_total + s.parts_total + s.fees_total - s.discount_total
    assert s.total == s.customer_due + s.insurer_due + s.warranty_due + s.internal_due
    net = SettlementLine.select(summed(SettlementLine.amount - SettlementLine.discount, SettlementLine.amount)).where(
        SettlementLine.settlement == s.id).scalar()
    paid = Payment.select(summed(Payment.amount, Payment.amount)).where(Payment.settlement == s.id).scalar()
    owed = Receivable.select(summed(Receivable.amount, Receivable.amount)).where(Receivable.settlement == s.id).scalar()
    shares = SettlementLine.select(summed(SettlementLine.bill_share, SettlementLine.amount)).where(
        SettlementLine.settlement == s.id).scalar()
    assert (net, paid, owed, shares) == (s.total, s.customer_due, s.insurer_due + s.warranty_due, s.bill_discount)


def test_maintenance_check_agrees(cashier_user, manager, advisor):
    maintenance = pytest.importorskip("storage.store.backup_restore")
    order = order_ready_to_settle(advisor, insurer="人保", claim_number="RB-9", lines=(
        ("工时", "钣金", "1.5", "133.33", "保险公司"), ("材料", "机滤", "3", "33.33"), ("其他", "洗车", "1", "30.00"),
    ))
    first = cashier.settle(manager, order.id, order.version, payments=[("现金", "70.00"), ("微信", "49.99")], bill_discount="10")
    cashier.reverse(manager, first.id, first.version, reason="重开")
    order = type(order).get_by_id(order.id)
    cashier.settle(cashier_user, order.id, order.version, payments=[("银行卡", "129.99")])
    assert [p for p in maintenance.check() if p.area == "结算"] == []
