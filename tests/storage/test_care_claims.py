"""Warranty claims: one per warranty line with the old part tagged, submitted after the repair,
approved or rejected, and the manufacturer's payment booked on the order's receivable."""
from decimal import Decimal

import pytest

from storage import cashier
from storage.care import claims
from storage.cashier import receivables
from storage.models import Collection, Receivable, WarrantyClaim, WorkOrderLine
from storage.rules import auth, settings
from storage.rules.errors import PermissionDenied, ValidationError
from tests.factories import make_order, order_ready_to_settle, pay

D = Decimal
LINES = (
    ("工时", "更换水泵", "1.5", "120.00", "厂家索赔"),  # 180.00
    ("材料", "水泵总成", "1", "560.00", "厂家索赔"),
    ("材料", "冷却液", "2", "45.00"),  # the customer's: 90.00
)


@pytest.fixture
def care(users):
    return users[auth.CARE]


@pytest.fixture
def cashier_user(users):
    return users[auth.CASHIER]


@pytest.fixture
def order(advisor):
    return order_ready_to_settle(advisor, job_type="保修索赔", lines=LINES)


def _settle(cashier_user, order):
    return pay(cashier_user, order, ("现金", "90.00"))


def test_a_claim_per_warranty_line_with_the_replaced_part_tagged(care, order):
    labour, part = claims.open_claims(care, order.id, fault="水泵漏水")
    assert (labour.amount, labour.old_part_number, labour.old_part_status) == (D("180.00"), "", "")
    assert part.amount == D("560.00") and part.old_part_number.startswith("JJ") and part.old_part_status == "在库"
    assert labour.number.startswith("SP") and labour.status == part.status == "待提交" and part.fault == "水泵漏水"
    with pytest.raises(ValidationError, match="都已开过索赔单"):
        claims.open_claims(care, order.id)


def test_an_order_without_warranty_lines_or_a_user_without_the_right_is_refused(users, care, advisor):
    plain = make_order(advisor, status="完工")
    with pytest.raises(ValidationError, match="没有由厂家索赔承担的明细"):
        claims.open_claims(care, plain.id)
    warranty = order_ready_to_settle(advisor, job_type="保修索赔", lines=LINES)
    with pytest.raises(PermissionDenied):
        claims.open_claims(users[auth.ADVISOR], warranty.id)
    assert WarrantyClaim.select().count() == 0


def test_a_customer_supplied_part_has_no_old_part_to_keep(care, advisor):
    order = order_ready_to_settle(advisor, job_type="保修索赔", lines=LINES, line_fields={2: {"supplied_by_customer": True}})
    _, part = claims.open_claims(care, order.id)
    assert (part.old_part_number, part.old_part_status) == ("", "")


def test_the_cashiers_receivable_carries_the_claim_numbers(care, cashier_user, order):
    opened = claims.open_claims(care, order.id)
    settlement = _settle(cashier_user, order)
    (receivable,) = Receivable.select()
    assert receivable.claim_number == ",".join(sorted(c.number for c in opened))
    assert receivable.amount == settlement.warranty_due == D("740.00")


def test_awaiting_lists_warranty_lines_without_a_claim(care, advisor, order):
    other = order_ready_to_settle(advisor, job_type="保修索赔", lines=LINES[:1])
    rows, _ = claims.awaiting(care)
    assert [(r["order_number"], r["description"], r["net"]) for r in rows] == [
        (order.number, "更换水泵", D("180.00")), (order.number, "水泵总成", D("560.00")), (other.number, "更换水泵", D("180.00"))]
    first, cursor = claims.awaiting(care, limit=2)
    rest, end = claims.awaiting(care, after=cursor, limit=2)
    assert [r["id"] for r in first + rest] == [r["id"] for r in rows] and end is None
    claims.open_claims(care, order.id)
    assert [r["order_number"] for r in claims.awaiting(care)[0]] == [other.number]


def test_a_claim_goes_in_after_the_repair_with_a_fault_description(care, advisor):
    order = make_order(advisor, status="维修中", job_type="保修索赔", lines=LINES)
    (labour, _part) = claims.open_claims(care, order.id)
    with pytest.raises(ValidationError, match="维修完工（质检合格）后才能提交索赔"):
        claims.submit(care, labour.id, labour.version, fault="水泵漏水")
    with pytest.raises(ValidationError, match="请填写故障描述"):
        claims.submit(care, labour.id, labour.version, fault=" ")
    assert WarrantyClaim.get_by_id(labour.id).status == "待提交"


def test_the_manufacturer_approves_at_most_the_claim_or_rejects_with_a_reason(care, order):
    labour, part = claims.open_claims(care, order.id)
    WorkOrderLine.update(discount=D("20.00")).where(WorkOrderLine.id == labour.line_id).execute()
    labour = claims.submit(care, labour.id, labour.version, fault="水泵漏水")
    assert (labour.status, labour.amount) == ("已提交", D("160.00"))  # the line as it stands
    with pytest.raises(ValidationError, match="不超过索赔金额 ¥160.00"):
        claims.approve(care, labour.id, labour.version, amount="160.01")
    labour = claims.approve(care, labour.id, labour.version, amount="150")
    assert (labour.status, labour.approved_amount) == ("已批准", D("150.00"))
    part = claims.submit(care, part.id, part.version, fault="水泵漏水")
    with pytest.raises(ValidationError, match="请填写拒赔原因"):
        claims.reject(care, part.id, part.version, reason="")
    part = claims.reject(care, part.id, part.version, reason="旧件未按期返厂")
    with pytest.raises(ValidationError, match="只有“已提交”的索赔单"):
        claims.approve(care, part.id, part.version)
    part = claims.submit(care, part.id, part.version, fault="水泵漏水，附旧件照片")
    assert (part.status, part.reject_reason) == ("已提交", "")


def _approved(care, cashier_user, order):
    labour, part = claims.open_claims(care, order.id)
    _settle(cashier_user, order)
    approved = []
    for claim in (labour, part):
        claim = claims.submit(care, claim.id, claim.version, fault="水泵漏水")
        approved.append(claims.approve(care, claim.id, claim.version))
    return approved


def test_the_manufacturers_payment_is_booked_on_the_receivable_and_the_claims(care, cashier_user, manager, order):
    labour, part = _approved(care, cashier_user, order)
    with pytest.raises(PermissionDenied):
        claims.record_payments(care, reference="BANK-1", allocations=[(labour.id, labour.version, "180")])
    with pytest.raises(ValidationError, match="银行流水号"):
        claims.record_payments(cashier_user, reference=" ", allocations=[(labour.id, labour.version, "180")])
    collections = claims.record_payments(cashier_user, reference="BANK-1", allocations=[
        (labour.id, labour.version, "180.00"), (part.id, part.version, "500.00")])
    assert [c.amount for c in collections] == [D("180.00"), D("500.00")]
    (receivable,) = Receivable.select()
    assert (receivable.collected, receivable.status) == (D("680.00"), "部分")
    labour, part = WarrantyClaim.get_by_id(labour.id), WarrantyClaim.get_by_id(part.id)
    assert (labour.status, labour.paid) == ("已回款", D("180.00")) and (part.status, part.paid) == ("已批准", D("500.00"))
    claims.record_payments(manager, reference="BANK-2", allocations=[(part.id, part.version, "60")])
    assert Receivable.get().status == "已收" and WarrantyClaim.get_by_id(part.id).status == "已回款"
    assert {c.reference for c in Collection.select()} == {"BANK-1", "BANK-2"}


def test_a_bad_allocation_books_nothing(care, cashier_user, order):
    labour, part = _approved(care, cashier_user, order)
    with pytest.raises(ValidationError, match=f"索赔单 {part.number} 的回款须大于 0 且不超过未回款的 ¥560.00"):
        claims.record_payments(cashier_user, reference="BANK-1", allocations=[
            (labour.id, labour.version, "180"), (part.id, part.version, "600")])
    assert Collection.select().count() == 0 and Receivable.get().collected == 0
    assert WarrantyClaim.get_by_id(labour.id).paid == 0


def test_a_claim_of_an_unsettled_order_has_no_receivable_to_pay(care, cashier_user, order):
    labour, _ = claims.open_claims(care, order.id)
    labour = claims.approve(care, *_submitted(care, labour))
    with pytest.raises(ValidationError, match="没有未收清的厂家索赔挂账"):
        claims.record_payments(cashier_user, reference="BANK-1", allocations=[(labour.id, labour.version, "100")])


def _submitted(care, claim):
    claim = claims.submit(care, claim.id, claim.version, fault="水泵漏水")
    return claim.id, claim.version


def test_old_parts_leave_the_store_once(care, order):
    labour, part = claims.open_claims(care, order.id)
    rows, _ = claims.old_parts(care)
    assert [r["old_part_number"] for r in rows] == [part.old_part_number]
    with pytest.raises(ValidationError, match="无旧件"):
        claims.move_old_parts(care, [labour.id, part.id], "已返厂")
    assert claims.move_old_parts(care, [part.id], "已返厂") == 1
    assert claims.old_parts(care)[0] == [] and claims.old_parts(care, status="已返厂")[0][0]["id"] == part.id
    with pytest.raises(ValidationError, match="不在旧件库中"):
        claims.move_old_parts(care, [part.id], "已报废")


def test_claims_list_filters_and_sums_by_state(care, cashier_user, advisor, order):
    labour, part = _approved(care, cashier_user, order)
    other = order_ready_to_settle(advisor, job_type="保修索赔", lines=LINES[:1])
    (fresh,) = claims.open_claims(care, other.id)
    assert [r["number"] for r in claims.claims(care)[0]] == [fresh.number, part.number, labour.number]
    assert [r["number"] for r in claims.claims(care, status="已批准")[0]] == [part.number, labour.number]
    assert [r["number"] for r in claims.claims(care, text=other.number)[0]] == [fresh.number]
    assert [r["number"] for r in claims.claims(care, text=part.old_part_number)[0]] == [part.number]
    by_state = {s["status"]: (s["count"], s["amount"], s["approved"]) for s in claims.summary()}
    assert by_state["已批准"] == (2, D("740.00"), D("740.00")) and by_state["待提交"] == (1, D("180.00"), D("0.00"))


def test_settlement_still_takes_a_typed_claim_number_without_claims(cashier_user, advisor):
    settings.put(users_manager(), "store.brand", "一汽-大众")
    order = order_ready_to_settle(advisor, lines=LINES[:1])
    pay(cashier_user, order, warranty_claim="FAW-9981")
    assert Receivable.get().debtor == "一汽-大众" and cashier.open_items(debtor_kind="厂家索赔")[0][0]["claim_number"] == "FAW-9981"


def users_manager():
    from storage.models import User

    return User.get(User.role == auth.MANAGER)


def test_an_order_with_many_claims_still_settles_under_their_numbers(care, cashier_user, advisor):
    order = order_ready_to_settle(advisor, job_type="保修索赔", lines=LINES[:2] + (("材料", "水泵垫片", "1", "20.00", "厂家索赔"),))
    opened = claims.open_claims(care, order.id)
    pay(cashier_user, order)
    assert Receivable.get().claim_number == f"{min(c.number for c in opened)}等3单"
    assert receivables.receivable_reference(["SP20261124-0001", "SP20261124-0002"]) == "SP20261124-0001,SP20261124-0002"
