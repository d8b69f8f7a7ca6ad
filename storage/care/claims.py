"""保修索赔 (seed 003 保修鉴定员 / 保修员): a claim per warranty line (payer 厂家索赔), opened once the
line exists, usually before the car is settled so the cashier's manufacturer receivable carries
the claim numbers (storage.cashier.settle). A replaced part's failed original is kept in the
old-parts store under a tag number (旧件编号, "将更换件交回仓库编号妥善保管") until it is sent back to
the manufacturer or scrapped.

States: 待提交 → 已提交 (repair finished, fault described) → 已批准 (the amount the manufacturer
accepts, at most the claimed one) or 已拒绝 (with the reason; it may be corrected and submitted
again) → 已回款 (paid in full). The manufacturer's payment is money: record_payments books it
against the order's 厂家索赔 receivable through storage.cashier.receivables.collect (one Collection
per claim, on the cashier's business day), so the receivable and the claims agree.
"""
import datetime as dt
from decimal import Decimal

from peewee import fn

from storage.care.common import TOPIC, today
from storage.cashier.receivables import OPEN as RECEIVABLE_OPEN
from storage.cashier.receivables import collect
from storage.models import (
    Customer, Receivable, Settlement, Vehicle, WarrantyClaim, WorkOrder, WorkOrderLine, now, summed,
)
from storage.plumbing import changes
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.plumbing.paging import check_limit, keyset_page
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO, fmt, money
from storage.rules.numbering import next_number
from storage.rules.orders import ACTIVE_LINE, IN_WORKSHOP
from storage.rules.validation import clean_text, searchable
from storage.rules.vocabulary import ClaimStatus, LineStatus, OldPartStatus, OrderStatus

WARRANTY = "厂家索赔"
STATES = (ClaimStatus.TO_SUBMIT, ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.REJECTED, ClaimStatus.PAID)
OLD_PART_STATES = (OldPartStatus.IN_STORE, OldPartStatus.RETURNED, OldPartStatus.SCRAPPED)
FINISHED = (OrderStatus.DONE, OrderStatus.SETTLED, OrderStatus.DELIVERED)  # a claim goes in once the repair is done
IN_STORE = (OrderStatus.DRAFT, *IN_WORKSHOP,
            OrderStatus.SETTLED)  # listed, so the status index is used (NOT IN scans every order)
RECENT_DAYS = 30  # delivered orders this recent still show their unclaimed warranty lines


def _net(line) -> Decimal:
    return money(line.amount - line.discount)


# ---------------------------------------------------------------- opening


def awaiting(user, *, after=None, limit: int = 50):
    """Warranty lines with no claim yet, on cars in the store or delivered in the last 30 days, by
    order. Keyset paging on (order id, line id)."""
    require(user, "archive.view")
    limit = check_limit(limit)
    recent = dt.datetime.combine(today() - dt.timedelta(days=RECENT_DAYS), dt.time())
    orders = (WorkOrder.select(WorkOrder.id).where(WorkOrder.status << IN_STORE)
              | WorkOrder.select(WorkOrder.id).where(WorkOrder.delivered_at >= recent))
    claimed = WarrantyClaim.select(WarrantyClaim.id).where(WarrantyClaim.line == WorkOrderLine.id)
    query = (
        WorkOrderLine.select(
            WorkOrderLine.id, WorkOrderLine.kind, WorkOrderLine.description, WorkOrderLine.quantity,
            WorkOrderLine.amount, WorkOrderLine.discount, WorkOrder.id.alias("order_id"),
            WorkOrder.number.alias("order_number"), WorkOrder.status.alias("order_status"), WorkOrder.job_type,
            WorkOrder.opened_at, Vehicle.plate, Customer.name.alias("customer"),
        )
        .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .where((WorkOrderLine.order << orders) & (WorkOrderLine.payer == WARRANTY) & ACTIVE_LINE & ~fn.EXISTS(claimed))
        .dicts()
    )
    rows, after = keyset_page(query, [WorkOrderLine.order, WorkOrderLine.id], after, limit,
                              key=lambda r: (r["order_id"], r["id"]))
    for row in rows:
        row["net"] = money(row["amount"] - row["discount"])
    return rows, after


def open_claims(user, order_id: int, *, fault: str = "") -> list[WarrantyClaim]:
    """A claim for every warranty line of the order that has none; a replaced part (not one the
    customer brought) gets its old-part tag number. Returns the claims opened."""
    require(user, "care.claim")
    fault = clean_text(fault, "故障描述", max_length=200, required=False, field="fault")
    with transaction():
        order = locked(WorkOrder, order_id, "该工单")
        if order.status == OrderStatus.CANCELLED:
            raise ValidationError(f"工单 {order.number} 已取消，不能开索赔单。")
        lines = list(WorkOrderLine.select().where((WorkOrderLine.order == order.id) & (WorkOrderLine.payer == WARRANTY)
                                                  & ACTIVE_LINE).order_by(WorkOrderLine.position, WorkOrderLine.id))
        if not lines:
            raise ValidationError(f"工单 {order.number} 没有由厂家索赔承担的明细（付费方“厂家索赔”），无需开索赔单。")
        claimed = {line_id for (line_id,) in WarrantyClaim.select(WarrantyClaim.line)
                   .where(WarrantyClaim.line << [line.id for line in lines]).tuples()}
        fresh = [line for line in lines if line.id not in claimed]
        if not fresh:
            raise ValidationError(f"工单 {order.number} 的索赔明细都已开过索赔单。")
        moment = now()
        opened = []
        for line in fresh:
            tagged = line.kind == "材料" and not line.supplied_by_customer
            opened.append(WarrantyClaim.create(
                number=next_number("claim"), line=line.id, fault=fault, amount=_net(line),
                old_part_number=next_number("old_part") if tagged else "",
                old_part_status=OldPartStatus.IN_STORE if tagged else "",
                old_part_moved_at=moment if tagged else None, opened_at=moment, updated_by=user.display_name,
            ))
        changes.notify(TOPIC)
    return opened


# ---------------------------------------------------------------- the manufacturer's answer


def _claim(claim_id: int, version: int, *states) -> WarrantyClaim:
    claim = locked(WarrantyClaim, claim_id, "该索赔单")
    check_version(claim, version)
    if states and claim.status not in states:
        raise ValidationError(f"索赔单 {claim.number} 当前为“{claim.status}”，只有“{'、'.join(states)}”的索赔单可以这样处理。")
    return claim


def submit(user, claim_id: int, version: int, *, fault: str) -> WarrantyClaim:
    """Send the claim (again, after a rejection) once the repair is finished; the claimed amount is
    the line's as it stands."""
    require(user, "care.claim")
    fault = clean_text(fault, "故障描述", max_length=200, field="fault")
    with transaction():
        claim = _claim(claim_id, version, ClaimStatus.TO_SUBMIT, ClaimStatus.REJECTED)
        line = WorkOrderLine.get_by_id(claim.line_id)
        order = WorkOrder.get_by_id(line.order_id)
        if line.status in (LineStatus.CANCELLED, LineStatus.TO_CONFIRM) or line.payer != WARRANTY:
            raise ValidationError(f"索赔单 {claim.number} 的明细“{line.description}”已取消或已改由他人付费，不能提交。")
        if order.status not in FINISHED:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，维修完工（质检合格）后才能提交索赔。")
        claim = save_versioned(user, claim, version, {
            "status": ClaimStatus.SUBMITTED, "fault": fault, "amount": _net(line), "submitted_at": now(),
            "reject_reason": "",
        }, action="claim.submit")
        changes.notify(TOPIC)
    return claim


def approve(user, claim_id: int, version: int, *, amount=None) -> WarrantyClaim:
    """The manufacturer accepted the claim for `amount` (the claimed amount when None)."""
    require(user, "care.claim")
    with transaction():
        claim = _claim(claim_id, version, ClaimStatus.SUBMITTED)
        approved = claim.amount if amount in (None, "") else money(amount, field="批准金额")
        if approved <= 0 or approved > claim.amount:
            raise ValidationError(f"批准金额须大于 0 且不超过索赔金额 {fmt(claim.amount)}。", field="amount")
        claim = save_versioned(user, claim, version, {"status": ClaimStatus.APPROVED, "approved_amount": approved,
                                                      "approved_at": now()}, action="claim.approve")
        changes.notify(TOPIC)
    return claim


def reject(user, claim_id: int, version: int, *, reason: str) -> WarrantyClaim:
    require(user, "care.claim")
    reason = clean_text(reason, "拒赔原因", max_length=300, field="reason")
    with transaction():
        claim = _claim(claim_id, version, ClaimStatus.SUBMITTED)
        claim = save_versioned(user, claim, version, {"status": ClaimStatus.REJECTED, "reject_reason": reason},
                               action="claim.reject")
        changes.notify(TOPIC)
    return claim


def receivable_for(claim: WarrantyClaim) -> Receivable | None:
    """The open 厂家索赔 receivable of the claim's order (its live settlement's), if any."""
    return (Receivable.select(Receivable)
            .join(Settlement, on=(Receivable.settlement == Settlement.id))
            .join(WorkOrderLine, on=(WorkOrderLine.order == Settlement.live_order))
            .where((WorkOrderLine.id == claim.line_id) & (Receivable.debtor_kind == WARRANTY)
                   & (Receivable.status << RECEIVABLE_OPEN))
            .first())


def record_payments(user, *, reference: str, allocations) -> list:
    """The manufacturer's payment (索赔款到账) matched to approved claims: allocations are
    (claim_id, expected_version, amount); each amount is booked on the order's 厂家索赔 receivable
    and the claim, all or nothing. A claim paid its approved amount becomes 已回款."""
    require(user, "cashier.receivables")
    reference = (reference or "").strip()
    if not reference:
        raise ValidationError("请填写厂家回款的银行流水号或结算单号，以便与财务对账。", field="reference")
    wanted = [(claim_id, version, money(amount, field="回款金额")) for claim_id, version, amount in allocations]
    if not wanted:
        raise ValidationError("请选择要登记回款的索赔单。")
    if len({claim_id for claim_id, _, _ in wanted}) != len(wanted):
        raise ValidationError("同一索赔单在一次回款中只能出现一次。")
    collections = []
    with transaction():
        for claim_id, version, amount in wanted:
            claim = _claim(claim_id, version, ClaimStatus.APPROVED)
            owed = claim.approved_amount - claim.paid
            if amount <= 0 or amount > owed:
                raise ValidationError(f"索赔单 {claim.number} 的回款须大于 0 且不超过未回款的 {fmt(owed)}。", field="amount")
            receivable = receivable_for(claim)
            if receivable is None:
                order = WorkOrder.get_by_id(WorkOrderLine.get_by_id(claim.line_id).order_id)
                raise ValidationError(f"工单 {order.number} 没有未收清的厂家索赔挂账（尚未结算，或挂账已收清、已冲销），"
                                      f"不能登记索赔单 {claim.number} 的回款。")
            receivable = locked(Receivable, receivable.id, "该挂账")
            collections.append(collect(user, receivable.id, receivable.version, amount, reference=reference))
            paid = claim.paid + amount
            values = {"paid": paid, "paid_at": now()}
            if paid == claim.approved_amount:
                values["status"] = ClaimStatus.PAID
            save_versioned(user, claim, version, values, action="claim.payment")
        changes.notify(TOPIC)
    return collections


# ---------------------------------------------------------------- old parts


def move_old_parts(user, claim_ids, to_status: str) -> int:
    """Old parts sent back to the manufacturer (已返厂) or scrapped once it said so (已报废)."""
    require(user, "care.claim")
    if to_status not in OLD_PART_STATES[1:]:
        raise ValidationError(f"旧件只能改为：{'、'.join(OLD_PART_STATES[1:])}。", field="status")
    ids = list(claim_ids)
    if not ids:
        raise ValidationError("请选择旧件。")
    with transaction():
        claims = list(WarrantyClaim.select().where(WarrantyClaim.id << ids))
        if len(claims) != len(set(ids)):
            raise NotFound("有旧件记录已不存在，请刷新。")
        for claim in claims:
            if claim.old_part_status != OldPartStatus.IN_STORE:
                label = f"旧件 {claim.old_part_number}" if claim.old_part_number else f"索赔单 {claim.number}（无旧件）"
                raise ValidationError(f"{label} 当前为“{claim.old_part_status or '无'}”，不在旧件库中。")
        moved = WarrantyClaim.update(old_part_status=to_status, old_part_moved_at=now(),
                                     version=WarrantyClaim.version + 1, updated_at=now(),
                                     updated_by=user.display_name).where(WarrantyClaim.id << ids).execute()
        changes.notify(TOPIC)
    return moved


# ---------------------------------------------------------------- reading


def _base():
    return (
        WarrantyClaim.select(
            WarrantyClaim.id, WarrantyClaim.version, WarrantyClaim.number, WarrantyClaim.status, WarrantyClaim.fault,
            WarrantyClaim.old_part_number, WarrantyClaim.old_part_status, WarrantyClaim.old_part_moved_at,
            WarrantyClaim.amount, WarrantyClaim.approved_amount, WarrantyClaim.paid, WarrantyClaim.opened_at,
            WarrantyClaim.submitted_at, WarrantyClaim.approved_at, WarrantyClaim.paid_at, WarrantyClaim.reject_reason,
            WorkOrderLine.kind, WorkOrderLine.description, WorkOrderLine.quantity, WorkOrder.id.alias("order_id"),
            WorkOrder.number.alias("order_number"), WorkOrder.status.alias("order_status"), Vehicle.plate,
            Customer.name.alias("customer"),
        )
        .join(WorkOrderLine, on=(WarrantyClaim.line == WorkOrderLine.id))
        .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .dicts()
    )


def claims(user, *, status: str | None = None, text: str | None = None, after=None, limit: int = 50):
    """Claims, newest first, optionally of one state or matching a claim number, old-part tag, order
    number or plate prefix. Keyset paging on (opened time, id)."""
    require(user, "archive.view")
    if status is not None and status not in STATES:
        raise ValueError(f"unknown claim state {status!r}")
    limit = check_limit(limit)
    query = _base()
    if status:
        query = query.where(WarrantyClaim.status == status)
    text = searchable(text).upper()
    if text:
        query = query.where(WarrantyClaim.number.startswith(text) | WarrantyClaim.old_part_number.startswith(text)
                            | WorkOrder.number.startswith(text) | Vehicle.plate.startswith(text))
    rows, after = keyset_page(query, [WarrantyClaim.opened_at, WarrantyClaim.id], after, limit, descending=True)
    for row in rows:
        row["outstanding"] = row["approved_amount"] - row["paid"] if row["status"] == ClaimStatus.APPROVED else ZERO
    return rows, after


def old_parts(user, *, status: str = OldPartStatus.IN_STORE, after=None, limit: int = 50):
    """The old-parts store by tag number. Keyset paging on the tag."""
    require(user, "archive.view")
    if status not in OLD_PART_STATES:
        raise ValueError(f"unknown old-part state {status!r}")
    limit = check_limit(limit)
    query = _base().where(WarrantyClaim.old_part_status == status)
    return keyset_page(query, [WarrantyClaim.old_part_number], after, limit)


def summary() -> list[dict]:
    """Per state: how many claims, claimed, approved and paid amounts (one grouped query)."""
    rows = (WarrantyClaim.select(WarrantyClaim.status, fn.COUNT(WarrantyClaim.id),
                                 summed(WarrantyClaim.amount, WarrantyClaim.amount),
                                 summed(WarrantyClaim.approved_amount, WarrantyClaim.amount),
                                 summed(WarrantyClaim.paid, WarrantyClaim.amount))
            .group_by(WarrantyClaim.status).tuples())
    found = {status: (count, amount, approved, paid) for status, count, amount, approved, paid in rows}
    return [{"status": s, "count": found.get(s, (0,))[0], "amount": found.get(s, (0, ZERO))[1],
             "approved": found.get(s, (0, ZERO, ZERO))[2], "paid": found.get(s, (0, ZERO, ZERO, ZERO))[3]}
            for s in STATES]


def get(user, claim_id: int) -> dict:
    require(user, "archive.view")
    rows = list(_base().where(WarrantyClaim.id == claim_id))
    if not rows:
        raise NotFound("找不到该索赔单。")
    return rows[0]
