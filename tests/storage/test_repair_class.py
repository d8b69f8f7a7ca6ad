"""Issue 17 B: the kind of repair (维修类别, 机动车维修管理规定's 竣工出厂质量保证期) is set where the work is
known (QC, from the labour lines and their repair system), stored once on the order and printed the
same on the completion certificate, the settlement and the guarantee card; lowering it at the till
needs a 服务经理's approval with a reason, audited; the guarantee's kilometres count from the mileage out."""
import pytest

from storage import cashier, workshop
from storage.cashier.common import ApprovalRequired
from storage.models import AuditLog, LabourItem, WorkOrder, WorkOrderLine
from storage.rules import auth, guarantee
from storage.rules.errors import ValidationError
from tests.factories import approval, dispatched_order, fresh, qc_all_ok, run_through


@pytest.mark.parametrize("job_type, labour, systems, expected", [
    ("保养", ["二级保养"], (), "二级维护"),
    ("一般维修", ["二保（含底盘检查）"], (), "二级维护"),
    ("一般维修", ["更换变速箱总成"], (), "总成修理"),
    ("一般维修", ["更换发动机总成"], (), "总成修理"),
    ("一般维修", ["更换前大灯总成（单侧）"], (), "小修"),  # a lamp assembly is not a major assembly
    ("一般维修", ["更换双离合器总成"], (), "小修"),
    ("一般维修", ["一级保养"], (), "一级维护"),
    ("一般维修", ["更换机油及机油滤清器"], ("保养",), "一级维护"),  # the labour item's repair system
    ("一般维修", ["更换机油及机油滤清器"], ("发动机",), "小修"),
])
def test_everyday_labour_names_are_classified(job_type, labour, systems, expected):
    assert guarantee.suggest_kind(job_type, labour, systems=set(systems)) == expected


def passed(advisor, dispatcher, shop, inspector, lines, *, job_type="一般维修", mileage_out=None):
    order = run_through(dispatcher, dispatched_order(advisor, dispatcher, shop, lines=lines, job_type=job_type))
    check = workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order), mileage_out=mileage_out)
    return fresh(order), check


def printed_kinds(order, check, settlement) -> tuple:
    certificate = workshop.completion_certificate(check.certificate_number)["guarantee"]
    card = cashier.guarantee_card(settlement.id)["terms"]
    bill = cashier.settlement_document(settlement.id)["settlement"]
    return (certificate["kind"], certificate["days"]), (bill.repair_kind, bill.guarantee_days), (card.kind, card.days)


@pytest.mark.parametrize("labour, kind", [
    ("发动机大修", "总成修理"), ("更换变速箱总成", "总成修理"), ("整车大修", "整车修理"), ("二级保养", "二级维护"),
    ("一级保养", "一级维护"), ("更换刹车片", "小修"),
])
def test_qc_stores_the_kind_and_certificate_settlement_and_card_agree(advisor, dispatcher, shop, inspector, users,
                                                                     labour, kind):
    order, check = passed(advisor, dispatcher, shop, inspector, (("工时", labour, "1.0", "0.00"),))
    assert order.repair_kind == kind
    settlement = cashier.settle(users[auth.CASHIER], order.id, order.version, payments=[])
    days = guarantee.period(kind)[0]
    assert printed_kinds(order, check, settlement) == ((kind, days), (kind, days), (kind, days))


def test_lowering_the_kind_at_the_till_needs_a_managers_approval_and_a_reason_audited(
        advisor, dispatcher, shop, inspector, users, manager):
    cash = users[auth.CASHIER]
    order, check = passed(advisor, dispatcher, shop, inspector, (("工时", "发动机大修", "1.0", "0.00"),))
    assert cashier.preview(order.id, user=cash, repair_kind="小修").approval_reasons == [
        "维修类别由“总成修理”改为“小修”，质量保证期由 100 天/20,000 公里缩短为 10 天/2,000 公里"]
    with pytest.raises(ValidationError, match="请写明原因"):
        cashier.settle(cash, order.id, order.version, payments=[], repair_kind="小修",
                       approver=approval(manager, "discount", cash))
    with pytest.raises(ApprovalRequired, match="缩短为 10 天"):
        cashier.settle(cash, order.id, order.version, payments=[], repair_kind="小修", kind_reason="只换了缸垫")
    assert fresh(order).repair_kind == "总成修理" and fresh(order).status == "完工"
    settlement = cashier.settle(cash, order.id, order.version, payments=[], repair_kind="小修",
                                kind_reason="只换了缸垫，未解体",
                                approver=approval(manager, "discount", cash))
    assert settlement.discount_approved_by_id == manager.id
    audit = AuditLog.select().where(AuditLog.action == "settlement.create").order_by(AuditLog.id.desc()).first()
    assert "总成修理→小修（只换了缸垫，未解体）" in audit.after
    # stored once: the order, and so its certificate, now says what the settlement and the card say
    assert fresh(order).repair_kind == "小修"
    assert printed_kinds(order, check, settlement) == (("小修", 10), ("小修", 10), ("小修", 10))


def test_raising_the_kind_needs_no_approval(advisor, dispatcher, shop, inspector, users):
    order, _ = passed(advisor, dispatcher, shop, inspector, (("工时", "更换刹车片", "1.0", "0.00"),))
    settlement = cashier.settle(users[auth.CASHIER], order.id, order.version, payments=[], repair_kind="二级维护")
    assert settlement.repair_kind == "二级维护" and settlement.discount_approved_by_id is None


def test_the_labour_items_repair_system_sets_the_kind_at_qc(advisor, dispatcher, shop, inspector):
    order = dispatched_order(advisor, dispatcher, shop, lines=(("工时", "换油", "0.5", "0.00"),), job_type="一般维修")
    item = LabourItem.create(code="BY-T1", name="换油", system="保养", hours=1)
    WorkOrderLine.update(labour=item.id).where(WorkOrderLine.order == order.id).execute()
    order = run_through(dispatcher, order)
    workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order))
    assert fresh(order).repair_kind == "一级维护"


def test_guarantee_km_count_from_the_mileage_out(advisor, dispatcher, shop, inspector, users):
    order = run_through(dispatcher, dispatched_order(advisor, dispatcher, shop, lines=(("工时", "更换刹车片", "1.0", "0.00"),)))
    start = order.mileage
    with pytest.raises(ValidationError, match="不能小于进厂里程"):
        workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order), mileage_out=start - 1)
    check = workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order), mileage_out=start + 12)
    order = fresh(order)
    assert order.mileage_out == start + 12
    settlement = cashier.settle(users[auth.CASHIER], order.id, order.version, payments=[])
    terms = cashier.guarantee_card(settlement.id)["terms"]
    assert (terms.start_km, terms.end_km) == (start + 12, start + 12 + 2000)
    assert workshop.completion_certificate(check.certificate_number)["mileage_out"] == start + 12


def test_a_comebacks_certificate_and_card_both_carry_the_original_kind(advisor, dispatcher, shop, inspector, users):
    """The issue's case: a comeback's certificate said 小修 while its card said 总成修理."""
    first, _ = passed(advisor, dispatcher, shop, inspector, (("工时", "发动机大修", "1.0", "0.00"),))
    cashier.settle(users[auth.CASHIER], first.id, first.version, payments=[])
    again = dispatched_order(advisor, dispatcher, shop, bay="A2", lines=(("工时", "检查异响", "1.0", "0.00"),), job_type="返修")
    WorkOrder.update(comeback_of=first.id).where(WorkOrder.id == again.id).execute()
    again = run_through(dispatcher, fresh(again))
    check = workshop.pass_qc(inspector, again.id, again.version, qc_all_ok(again))
    again = fresh(again)
    settlement = cashier.settle(users[auth.CASHIER], again.id, again.version, payments=[])
    assert printed_kinds(again, check, settlement) == (("总成修理", 100), ("总成修理", 100), ("总成修理", 100))
