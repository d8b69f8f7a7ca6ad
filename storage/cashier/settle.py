"""结算: the settlement of an order that passed QC, explained first (`preview`), then made and paid
in one transaction (`settle`). A fixed number of queries, whatever the number of lines."""
import peewee

from storage.cashier import cards, members
from storage.cashier.bill import INSURER, WARRANTY, Draft, DraftLine, approval_reasons, compute
from storage.cashier.common import (
    DEPOSIT, MEMBER, ON_ACCOUNT, PACKAGE, AlreadySettled, Tender, approver_for, check_sum, clean_tenders, open_day,
    today,
)
from storage.cashier.deposits import deposit_balance
from storage.cashier.documents import mileage_out
from storage.cashier.receivables import receivable_reference
from storage.models import (
    Customer, LabourItem, Part, Payment, Receivable, Settlement, SettlementLine, User, WarrantyClaim, WorkOrder,
    WorkOrderLine, now, summed,
)
from storage.parts.ledger import fmt_qty
from storage.plumbing import changes, daily
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import stale_message
from storage.rules import guarantee, settings
from storage.rules.auth import may, require
from storage.rules.errors import NotFound, StaleRecord, ValidationError
from storage.rules.money import ZERO, fmt
from storage.rules.numbering import next_number
from storage.rules.orders import ACTIVE_LINE, move
from storage.rules.vocabulary import CustomerKind, DebtorKind, MemberMovementKind, OrderStatus, ReceivableStatus

UNITS = {"工时": "小时", "其他": "项"}


class PartsNotIssued(ValidationError):
    """A store-supplied part is on the bill but the warehouse has not given it out (in full)."""


def preview(order_id: int, *, user=None, line_discounts=None, bill_discount=None, payers=None, repair_kind=None) -> Draft:
    """The settlement as it would be made now: lines grouped by kind with who pays what, discounts,
    dues, the deposit and member balance the customer can use, the guarantee the car would get,
    and (given the cashier `user`) what would need a supervisor's approval. Changes nothing."""
    order = _load_order(order_id)
    ensure_settleable(order)
    ensure_parts_issued(order)
    draft = _draft(order, line_discounts, bill_discount, payers)
    draft.repair_kind = guarantee.check_kind(repair_kind) if repair_kind else guarantee.order_kind(order)
    draft.guarantee = guarantee.terms(draft.repair_kind, today(), mileage_out(order))
    draft.member_balance = order.customer.member_balance
    draft.deposit_available = deposit_balance(order.appointment_id) if order.appointment_id else ZERO
    draft.package_cards = cards.usable_cards(order.customer_id, today())
    if user is not None:
        draft.approval_reasons = _approval_reasons(order, draft, _current_limit(user)) + _kind_lowered(order, draft.repair_kind)
    return draft


def settle(
    user,
    order_id: int,
    expected_version: int,
    *,
    payments=(),
    line_discounts=None,
    bill_discount=None,
    payers=None,
    approver=None,
    repair_kind: str | None = None,
    insurer: str | None = None,
    insurer_claim: str | None = None,
    warranty_claim: str | None = None,
    kind_reason: str = "",
    package_uses=None,
) -> Settlement:
    """Settle the order and take the customer's payment: all or nothing.

    payments: Tender objects / dicts / (method, amount[, tendered]) pairs that add up exactly to the
    customer's due. The insurer's and the manufacturer's shares become receivables (挂账) under
    their claim numbers (defaults: the order's insurer and claim number, the order's warranty
    claims). `approver`: a 服务经理's approval from storage.rules.auth.approve(..., "discount"), needed when a
    discount is beyond the limits or a line is moved to 内部, or when `repair_kind` lowers the kind QC
    stored (a shorter guarantee; `kind_reason` says why, both audited) (ApprovalRequired says so otherwise).
    `package_uses`: {order_line_id: member_card_id}, a package card's service pays that line's customer
    share in full (storage.cashier.cards; the payments cover the rest of the due)."""
    require(user, "cashier.settle")
    tenders = clean_tenders(payments)
    if repair_kind:
        guarantee.check_kind(repair_kind)
    try:
        with transaction(), daily.tracking(order_id):
            return _settle(user, order_id, expected_version, tenders, line_discounts, bill_discount, payers,
                           approver, repair_kind, insurer, insurer_claim, warranty_claim, kind_reason, package_uses)
    except peewee.IntegrityError:
        # Two PCs at once: the unique live_order lets exactly one settlement in.
        live = Settlement.select(Settlement.number).where(Settlement.live_order == order_id).first()
        if live is None:
            raise
        raise AlreadySettled(f"该工单刚刚已由其他收银台结算（结算单 {live.number}），不能重复结算。") from None


def _settle(user, order_id, expected_version, tenders, line_discounts, bill_discount, payers,
            approver, repair_kind, insurer, insurer_claim, warranty_claim, kind_reason="",
            package_uses=None) -> Settlement:
    day = open_day()
    order = _load_order(order_id)
    ensure_settleable(order)
    if order.version != expected_version:
        raise StaleRecord(stale_message(order))
    ensure_parts_issued(order)
    draft = _draft(order, line_discounts, bill_discount, payers)
    stored_kind = guarantee.order_kind(order)
    kind = repair_kind or stored_kind
    lowered = _kind_lowered(order, kind)
    kind_reason = (kind_reason or "").strip()
    if lowered and not kind_reason:
        raise ValidationError(f"{lowered[0]}：请写明原因。", field="kind_reason")
    approved_by = approver_for(user, approver, _approval_reasons(order, draft, _current_limit(user)) + lowered)
    granted = guarantee.period(kind)
    if any(t.method == PACKAGE for t in tenders):
        raise ValidationError("套餐卡请在项目上选择抵扣，不能作为收款方式录入。", field="method")
    picked = cards.package_tenders(order.customer_id, draft.lines, package_uses, day)
    tenders = tenders + [Tender(PACKAGE, line.net, None, card.number) for card, line in picked]
    check_sum(tenders, draft.customer_due)
    debts = _receivables(order, draft, insurer, insurer_claim, warranty_claim) + _on_account(order, tenders)
    deposit = next((t for t in tenders if t.method == DEPOSIT), None)
    if deposit:
        if not order.appointment_id:
            raise ValidationError("本工单不是预约进厂，没有可抵扣的定金。", field="method")
        available = deposit_balance(order.appointment_id)
        if deposit.amount > available:
            raise ValidationError(f"定金抵扣 {fmt(deposit.amount)} 超过了预约定金余额 {fmt(available)}。", field="amount")
    moment = now()
    settlement = Settlement.create(
        number=next_number("settlement", day),
        order=order.id,
        labour_total=draft.labour_total,
        parts_total=draft.parts_total,
        fees_total=draft.fees_total,
        discount_total=draft.discount_total,
        bill_discount=draft.bill_discount,
        total=draft.total,
        customer_due=draft.customer_due,
        insurer_due=draft.insurer_due,
        warranty_due=draft.warranty_due,
        internal_due=draft.internal_due,
        cashier=user.id,
        discount_approved_by=approved_by.id if approved_by else None,
        repair_kind=kind,
        guarantee_days=granted[0],
        guarantee_km=granted[1],
        at=moment,
        business_day=day,
        live_order=order.id,
        updated_by=user.display_name,
    )
    if draft.lines:
        SettlementLine.insert_many([_line_row(settlement, ln) for ln in draft.lines]).execute()
    if tenders:
        Payment.insert_many([
            {
                "settlement": settlement.id,
                "appointment": order.appointment_id if t.method == DEPOSIT else None,
                "method": t.method,
                "amount": t.amount,
                "tendered": t.tendered if t.tendered is not None else ZERO,
                "reference": t.reference,
                "at": moment,
                "business_day": day,
                "cashier": user.id,
            }
            for t in tenders
        ]).execute()
    member = next((t for t in tenders if t.method == MEMBER), None)
    if member:
        use_member_balance(user, order.customer, member.amount, settlement.number)
    if picked:
        cards.use_services(user, picked, settlement.number)
    if debts:
        Receivable.insert_many([
            {**debt, "settlement": settlement.id, "opened_at": moment, "updated_by": user.display_name} for debt in debts
        ]).execute()
    settled = move(user, order, OrderStatus.SETTLED, expected_version=expected_version, note=f"结算单 {settlement.number}",
                   extra={"repair_kind": kind})  # the order, its certificate and its card say the same kind
    if order.delivered_at is not None:  # settled again after a reversal; the car left long ago
        move(user, settled, OrderStatus.DELIVERED, note=f"车辆已于 {order.delivered_at:%Y-%m-%d %H:%M} 交付，冲销后重新结算")
    record(user, "settlement.create", settlement, after={
        "order": order.number,
        "total": draft.total,
        "discount": draft.discount_total,
        "bill_discount": draft.bill_discount,
        "customer_due": draft.customer_due,
        "insurer_due": draft.insurer_due,
        "warranty_due": draft.warranty_due,
        "internal_due": draft.internal_due,
        "approved_by": approved_by.username if approved_by else "",
        "repair_kind": kind if kind == stored_kind else f"{stored_kind}→{kind}（{kind_reason}）",
        "payments": "；".join(f"{t.method} {t.amount}" + (f" 实收 {t.tendered}" if t.change else "") for t in tenders),
        "receivables": "；".join(f"{d['debtor']} {d['claim_number']} {d['amount']}" for d in debts),
    })
    changes.notify("cashier", "orders")
    return settlement


def use_member_balance(user, customer, amount, document: str) -> None:
    """Take `amount` from the customer's member balance: a 消费 movement of the balance ledger
    (storage.cashier.members); an overdraft is refused even when two PCs spend the same balance at once."""
    members.move(user, customer.id, MemberMovementKind.SPENT, -amount, document=document, reason=f"结算 {document}")


def ensure_settleable(order: WorkOrder) -> None:
    if order.status == OrderStatus.DONE:
        return
    if order.status in (OrderStatus.SETTLED, OrderStatus.DELIVERED):
        live = Settlement.select(Settlement.number).where(Settlement.live_order == order.id).first()
        number = f"（结算单 {live.number}）" if live else ""
        raise AlreadySettled(f"工单 {order.number} 已结算{number}，不能重复结算。如需更正，请办理冲销后重新结算。")
    if order.status == OrderStatus.CANCELLED:
        raise ValidationError(f"工单 {order.number} 已取消，不能结算。")
    raise ValidationError(f"工单 {order.number} 尚未通过质检（当前状态：{order.status}），不能结算。")


def ensure_parts_issued(order: WorkOrder) -> None:
    """The customer pays only for store parts that left the warehouse: every part line the store
    supplies must be issued (出库 less 退库) in full, as the order bills it. One query."""
    short = list(
        WorkOrderLine.select(Part.number, Part.name, WorkOrderLine.quantity, WorkOrderLine.issued)
        .join(Part, on=(WorkOrderLine.part == Part.id))
        .where((WorkOrderLine.order == order.id) & ACTIVE_LINE & (WorkOrderLine.kind == "材料")
               & (WorkOrderLine.supplied_by_customer == False)  # noqa: E712 (SQL, not Python)
               & (WorkOrderLine.issued != WorkOrderLine.quantity))
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .tuples()
    )
    if short:
        listed = "；".join(f"{number} {name}：结算 {fmt_qty(billed)}，已发料 {fmt_qty(issued)}"
                          for number, name, billed, issued in short)
        raise PartsNotIssued(
            f"工单 {order.number} 有备件未从仓库发足，不能结算（{listed}）。"
            "请先到备件仓库补办领料出库，再来结算。")


def _load_order(order_id: int) -> WorkOrder:
    order = (
        WorkOrder.select(WorkOrder, User, Customer)
        .join(User, on=(WorkOrder.advisor == User.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .where(WorkOrder.id == order_id)
        .first()
    )
    if order is None:
        raise NotFound(f"找不到工单 {order_id}。")
    return order


def _draft(order, line_discounts, bill_discount, payers) -> Draft:
    rows = (
        WorkOrderLine.select(
            WorkOrderLine.id, WorkOrderLine.kind, WorkOrderLine.position, WorkOrderLine.description,
            WorkOrderLine.quantity, WorkOrderLine.unit_price, WorkOrderLine.amount, WorkOrderLine.discount,
            WorkOrderLine.payer, WorkOrderLine.supplied_by_customer, WorkOrderLine.genuine,
            Part.number.alias("part_number"), Part.unit.alias("part_unit"), LabourItem.code.alias("labour_code"),
        )
        .join(Part, peewee.JOIN.LEFT_OUTER, on=(WorkOrderLine.part == Part.id))
        .switch(WorkOrderLine)
        .join(LabourItem, peewee.JOIN.LEFT_OUTER, on=(WorkOrderLine.labour == LabourItem.id))
        .where((WorkOrderLine.order == order.id) & ACTIVE_LINE)
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .dicts()
    )
    lines = []
    for row in rows:
        guaranteed, note = guarantee.line_guarantee(
            row["kind"], supplied_by_customer=row["supplied_by_customer"], genuine=row["genuine"],
            aftermarket_insisted=order.aftermarket_insisted,
        )
        lines.append(DraftLine(
            order_line_id=row["id"], kind=row["kind"], description=row["description"], quantity=row["quantity"],
            unit_price=row["unit_price"], amount=row["amount"], payer=row["payer"], advisor_discount=row["discount"],
            code=row["part_number"] or row["labour_code"] or "", unit=row["part_unit"] or UNITS.get(row["kind"], ""),
            order_position=row["position"], supplied_by_customer=row["supplied_by_customer"], genuine=row["genuine"],
            guaranteed=guaranteed, guarantee_note=note,
        ))
    draft = compute(lines, line_discounts=line_discounts, bill_discount=bill_discount, payers=payers)
    draft.order = order
    return draft


def _current_limit(user):
    """The limit as the manager set it now, not as it was when the cashier logged in."""
    return User.select(User.discount_limit).where(User.id == user.id).scalar()


def _approval_reasons(order, draft, cashier_limit) -> list[str]:
    advisor = order.advisor
    return approval_reasons(
        draft, advisor_name=advisor.display_name, advisor_limit=advisor.discount_limit,
        advisor_may_approve=may(advisor, "cashier.approve"), cashier_limit=cashier_limit,
    )


def _kind_lowered(order, kind: str) -> list[str]:
    """The approval a shorter guarantee than the kind QC stored needs (机动车维修管理规定's periods are
    the customer's; the till may not shorten them on its own)."""
    stored = guarantee.order_kind(order)
    if kind == stored or not guarantee.shorter(kind, stored):
        return []
    (d1, k1), (d2, k2) = guarantee.period(stored), guarantee.period(kind)
    return [f"维修类别由“{stored}”改为“{kind}”，质量保证期由 {d1} 天/{k1:,} 公里缩短为 {d2} 天/{k2:,} 公里"]


def _receivables(order, draft, insurer, insurer_claim, warranty_claim) -> list[dict]:
    """The 挂账 rows for the insurer's and the manufacturer's shares, checked before anything is written."""
    debts = []
    if draft.insurer_due:
        name = (insurer if insurer is not None else order.insurer).strip()
        claim = (insurer_claim if insurer_claim is not None else order.claim_number).strip()
        if not name or not claim:
            raise ValidationError(
                f"保险公司承担 {fmt(draft.insurer_due)}，挂账需要保险公司名称和报案号/理赔单号。", field="insurer_claim"
            )
        debts.append({"debtor_kind": INSURER, "debtor": name[:64], "claim_number": _claim(claim), "amount": draft.insurer_due})
    if draft.warranty_due:
        claim = warranty_claim
        if claim is None:
            numbers = (
                WarrantyClaim.select(WarrantyClaim.number)
                .join(WorkOrderLine, on=(WarrantyClaim.line == WorkOrderLine.id))
                .where(WorkOrderLine.order == order.id)
                .order_by(WarrantyClaim.number)
                .tuples()
            )

            claim = receivable_reference([n for (n,) in numbers])
        claim = claim.strip()
        if not claim:
            raise ValidationError(
                f"厂家索赔承担 {fmt(draft.warranty_due)}，挂账需要索赔单号。", field="warranty_claim"
            )
        debtor = settings.get("store.brand") or "厂家"
        debts.append({"debtor_kind": WARRANTY, "debtor": f"{debtor}"[:64], "claim_number": _claim(claim), "amount": draft.warranty_due})
    return debts


COMPANY = DebtorKind.COMPANY  # Receivable.debtor_kind of 单位挂账


def _on_account(order, tenders) -> list[dict]:
    """单位挂账: the customer's due, or part of it, signed for by a company with a monthly agreement,
    within the credit the manager set (what it still owes from earlier visits counts against it).
    The tender's reference is the company's sign-off or purchase-order number."""
    tender = next((t for t in tenders if t.method == ON_ACCOUNT), None)
    if tender is None:
        return []
    customer = Customer.get_by_id(order.customer_id)
    if customer.kind != CustomerKind.COMPANY or customer.credit_limit <= 0:
        raise ValidationError(f"{customer.name} 不是签约月结的单位客户，不能挂账；请选择其他收款方式。", field="method")
    debtor = (customer.company or customer.name)[:64]
    owed = (Receivable.select(summed(Receivable.amount - Receivable.collected, Receivable.amount))
            .where((Receivable.debtor_kind == COMPANY) & (Receivable.debtor == debtor)
                   & Receivable.status.in_((ReceivableStatus.OPEN, ReceivableStatus.PARTIAL))).scalar()) or ZERO
    if owed + tender.amount > customer.credit_limit:
        raise ValidationError(
            f"{debtor} 的月结额度 {fmt(customer.credit_limit)}，尚欠 {fmt(owed)}，本次挂账 {fmt(tender.amount)} 将超出额度；"
            "请先回款，或由服务经理调整额度。", field="amount")
    return [{"debtor_kind": COMPANY, "debtor": debtor, "claim_number": _claim(tender.reference), "amount": tender.amount}]


def _claim(text: str) -> str:
    if len(text) > 40:
        raise ValidationError("理赔/索赔单号最多 40 个字符。", field="claim_number")
    return text


def _line_row(settlement, line: DraftLine) -> dict:
    return {
        "settlement": settlement.id,
        "position": line.position,
        "order_line": line.order_line_id,
        "kind": line.kind,
        "code": line.code[:40],
        "description": line.description,
        "quantity": line.quantity,
        "unit": line.unit[:8],
        "unit_price": line.unit_price,
        "amount": line.amount,
        "discount": line.discount,
        "bill_share": line.bill_share,
        "payer": line.payer,
        "guaranteed": line.guaranteed,
        "guarantee_note": line.guarantee_note,
    }
