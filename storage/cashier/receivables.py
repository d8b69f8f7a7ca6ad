"""挂账: what insurers and the manufacturer owe for settlements; collections recorded and matched
(核销) against them, one receivable at a time or a whole remittance spread over many."""
import datetime as dt
from decimal import Decimal

import peewee

from storage.cashier.common import open_day, today
from storage.models import Collection, Customer, Receivable, Settlement, Vehicle, WorkOrder, now, summed
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import save_versioned
from storage.plumbing.paging import check_limit, keyset_page
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO, fmt, money
from storage.rules.validation import searchable
from storage.rules.vocabulary import ReceivableStatus

OPEN = (ReceivableStatus.OPEN, ReceivableStatus.PARTIAL)
AGE_BUCKETS = ((0, 30), (31, 60), (61, 90), (91, None))


def receivable_reference(numbers: list[str]) -> str:
    """The claim numbers as the manufacturer's receivable carries them (40 characters): all of them
    while they fit, else the first and how many ("SP20261124-0001等3单"); the claims themselves
    are found from the receivable's order, not by this text."""
    joined = ",".join(numbers)
    return joined if len(joined) <= 40 else f"{numbers[0]}等{len(numbers)}单"


def outstanding_expr():
    return Receivable.amount - Receivable.collected


def open_items(*, debtor_kind: str | None = None, debtor: str | None = None, claim_number: str | None = None,
               as_of: dt.date | None = None, after=None, limit: int = 50):
    """Open receivables, oldest first, with their age in days: (rows, next_cursor).
    Each row is a dict ready to show; pass next_cursor back for the next page."""
    limit = check_limit(limit)
    as_of = as_of or today()
    query = (
        Receivable.select(
            Receivable.id, Receivable.version, Receivable.debtor_kind, Receivable.debtor, Receivable.claim_number,
            Receivable.amount, Receivable.collected, Receivable.status, Receivable.opened_at,
            Receivable.opening, Receivable.old_number, Receivable.remark,
            Settlement.number.alias("settlement_number"), WorkOrder.number.alias("order_number"),
            Vehicle.plate.alias("plate"), Customer.name.alias("customer"),
        )
        # An opening receivable (期初应收) has no settlement: its customer is the receivable's own.
        .join(Settlement, peewee.JOIN.LEFT_OUTER, on=(Receivable.settlement == Settlement.id))
        .join(WorkOrder, peewee.JOIN.LEFT_OUTER, on=(Settlement.order == WorkOrder.id))
        .join(Vehicle, peewee.JOIN.LEFT_OUTER, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(Receivable)
        .join(Customer, peewee.JOIN.LEFT_OUTER,
              on=(Customer.id == peewee.fn.COALESCE(WorkOrder.customer, Receivable.customer)))
        .where(Receivable.status << OPEN)
        .dicts()
    )
    if debtor_kind:
        query = query.where(Receivable.debtor_kind == debtor_kind)
    debtor, claim_number = searchable(debtor), searchable(claim_number)
    if debtor:
        query = query.where(Receivable.debtor == debtor)
    if claim_number:
        query = query.where(Receivable.claim_number.startswith(claim_number))
    rows, after = keyset_page(query, [Receivable.opened_at, Receivable.id], after or None, limit)
    for row in rows:
        row["outstanding"] = row["amount"] - row["collected"]
        for key in ("settlement_number", "order_number", "plate", "customer"):
            row[key] = row[key] or ""
        if row["opening"]:  # what the cashier's list shows in the settlement column
            row["settlement_number"] = "期初" + (f" {row['old_number']}" if row["old_number"] else "")
        row["age_days"] = (as_of - row["opened_at"].date()).days
    return rows, after


def aging(as_of: dt.date | None = None) -> list[dict]:
    """Outstanding per debtor, split by age (0–30, 31–60, 61–90, over 90 days), in one query."""
    as_of = as_of or today()
    due = outstanding_expr()
    columns = []
    for low, high in AGE_BUCKETS:
        newest = dt.datetime.combine(as_of - dt.timedelta(days=low), dt.time.max)
        condition = Receivable.opened_at <= newest
        if high is not None:
            condition &= Receivable.opened_at >= dt.datetime.combine(as_of - dt.timedelta(days=high), dt.time.min)
        columns.append(summed(peewee.Case(None, [(condition, due)], 0), Receivable.amount))
    rows = (
        Receivable.select(Receivable.debtor_kind, Receivable.debtor, peewee.fn.COUNT(Receivable.id),
                          summed(due, Receivable.amount), *columns)
        .where(Receivable.status << OPEN)
        .group_by(Receivable.debtor_kind, Receivable.debtor)
        .order_by(Receivable.debtor_kind, Receivable.debtor)
        .tuples()
    )
    labels = [f"{low}-{high}天" if high else f"{low - 1}天以上" for low, high in AGE_BUCKETS]
    return [
        {"debtor_kind": kind, "debtor": debtor, "count": count, "outstanding": total, "buckets": dict(zip(labels, buckets))}
        for kind, debtor, count, total, *buckets in rows
    ]


def collect(user, receivable_id: int, expected_version: int, amount, *, reference: str = "") -> Collection:
    """Record money received against one receivable (partial allowed, never more than is owed)."""
    require(user, "cashier.receivables")
    amount = _positive(amount)
    with transaction():
        day = open_day()
        receivable = _receivable(receivable_id)
        return _apply(user, receivable, expected_version, amount, _reference(reference), day)


def match_remittance(user, *, debtor_kind: str, debtor: str, total, reference: str, allocations) -> list[Collection]:
    """核销: one transfer from an insurer or the manufacturer, matched against several of its
    receivables. allocations: (receivable_id, expected_version, amount) triples that must add up
    exactly to `total`, all owed by this debtor. All or nothing."""
    require(user, "cashier.receivables")
    total = _positive(total, field="回款总额")
    reference = _reference(reference)
    if not reference:
        raise ValidationError("请填写回款的银行流水号或凭证号，以便与财务对账。", field="reference")
    wanted = [(rid, version, _positive(amount)) for rid, version, amount in allocations]
    if len({rid for rid, _, _ in wanted}) != len(wanted):
        raise ValidationError("同一笔挂账在一次核销中只能出现一次。")
    allocated = sum((amount for _, _, amount in wanted), ZERO)
    if allocated != total:
        gap = total - allocated
        raise ValidationError(
            f"核销合计 {fmt(allocated)} 与回款总额 {fmt(total)} 不符："
            + (f"还有 {fmt(gap)} 未分配。" if gap > 0 else f"多分配了 {fmt(-gap)}。"),
            field="amount",
        )
    with transaction():
        day = open_day()
        receivables = {r.id: r for r in Receivable.select().where(Receivable.id << [rid for rid, _, _ in wanted])}
        collections = []
        for rid, version, amount in wanted:
            receivable = receivables.get(rid)
            if receivable is None:
                raise NotFound(f"找不到挂账 {rid}。")
            if (receivable.debtor_kind, receivable.debtor) != (debtor_kind, debtor):
                raise ValidationError(
                    f"挂账 {receivable.claim_number or receivable.id} 属于 {receivable.debtor}，不能用 {debtor} 的回款核销。"
                )
            collections.append(_apply(user, receivable, version, amount, reference, day))
    return collections


def set_claim_number(user, receivable_id: int, expected_version: int, claim_number: str) -> Receivable:
    """Correct or complete the claim number once the insurer or the manufacturer issues it."""
    require(user, "cashier.receivables")
    claim_number = (claim_number or "").strip()
    if not claim_number or len(claim_number) > 40:
        raise ValidationError("理赔/索赔单号不能为空，最多 40 个字符。", field="claim_number")
    with transaction():
        receivable = _receivable(receivable_id)
        updated = save_versioned(user, receivable, expected_version, {"claim_number": claim_number}, action="receivable.claim_number")
        changes.notify("cashier")
    return updated


def _apply(user, receivable, expected_version, amount: Decimal, reference: str, day) -> Collection:
    if receivable.status not in OPEN:
        raise ValidationError(f"挂账 {receivable.claim_number or receivable.id}（{receivable.debtor}）{receivable.status}，不能再登记回款。")
    owed = receivable.amount - receivable.collected
    if amount > owed:
        raise ValidationError(
            f"回款 {fmt(amount)} 超过了 {receivable.debtor} 挂账 {receivable.claim_number} 的未收金额 {fmt(owed)}。", field="amount"
        )
    collected = receivable.collected + amount
    status = ReceivableStatus.COLLECTED if collected == receivable.amount else ReceivableStatus.PARTIAL
    save_versioned(user, receivable, expected_version, {"collected": collected, "status": status}, action="receivable.collect")
    collection = Collection.create(receivable=receivable.id, amount=amount, at=now(), business_day=day, reference=reference, user=user.id)
    record(user, "collection.create", collection, after={"receivable": receivable.id, "amount": amount, "reference": reference})
    changes.notify("cashier")
    return collection


def _receivable(receivable_id: int) -> Receivable:
    receivable = Receivable.get_or_none(Receivable.id == receivable_id)
    if receivable is None:
        raise NotFound(f"找不到挂账 {receivable_id}。")
    return receivable


def _positive(value, *, field: str = "回款金额") -> Decimal:
    amount = money(value, field=field)
    if amount <= 0:
        raise ValidationError(f"{field}必须大于 0。", field="amount")
    return amount


def _reference(text: str) -> str:
    text = (text or "").strip()
    if len(text) > 64:
        raise ValidationError("流水号最多 64 个字符。", field="reference")
    return text
