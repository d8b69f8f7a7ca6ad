"""期初库存, counted and approved: the parts import (storage.parts.importer) enters opening stock as
pending lines (OpeningStock, 待审核) — not on hand yet; the service manager looks at the list with its
totals (quantity, value at cost) and approves it (审核入账): every pending line becomes exactly one
期初 movement of its part (storage.parts.ledger.post), all in one transaction with an audit row per
part and one for the approval. A line can be changed by importing again until it is approved.

API:
  pending(*, after=None, limit=50) -> (rows, next_cursor)   the 待审核 lines, by part number
  totals() -> {"lines", "quantity", "value", "approved_lines", "approved_value"}
  approve(user) -> {"lines", "value", "document"}     needs parts.opening.approve
  stage(user, part_id, quantity, unit_cost, source, moment)   the importer's way in (its transaction)
"""
from decimal import Decimal

import peewee

from storage.golive.reading import insert_rows
from storage.models import AuditLog, Bin, OpeningStock, Part, StockMovement, now, summed
from storage.parts.ledger import audit_movement, average_cost, post
from storage.plumbing import changes, daily
from storage.plumbing.audit import record, to_json
from storage.plumbing.db import transaction
from storage.plumbing.paging import keyset_page
from storage.plumbing.planner import refresh_statistics
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO, fmt, money
from storage.rules.numbering import next_number
from storage.rules.vocabulary import MovementKind, OpeningStockStatus

PENDING, BOOKED = OpeningStockStatus.TO_REVIEW, OpeningStockStatus.POSTED


def stage(user, part_id: int, quantity: Decimal, unit_cost: Decimal, source: str, moment) -> tuple:
    """Enter or replace the part's pending opening count (in the caller's transaction). Returns
    (before, after) figures for the audit row. A part whose opening stock is already booked, or that
    has moved, cannot get one (the importer refuses the row first)."""
    line = OpeningStock.get_or_none(OpeningStock.part == part_id)
    if line is not None and line.status == BOOKED:
        raise ValidationError("该备件的期初库存已审核入账，不能再导入；差异请用盘点调整。")
    value = money(quantity * unit_cost)
    after = {"quantity": quantity, "unit_cost": unit_cost, "value": value, "status": PENDING}
    if line is None:
        OpeningStock.create(part=part_id, quantity=quantity, unit_cost=unit_cost, value=value, status=PENDING,
                            source=source[:200], entered_by=user.id, entered_at=moment)
        return None, after
    before = {"quantity": line.quantity, "unit_cost": line.unit_cost, "value": line.value, "status": line.status}
    OpeningStock.update(quantity=quantity, unit_cost=unit_cost, value=value, source=source[:200], entered_by=user.id,
                        entered_at=moment).where(OpeningStock.id == line.id).execute()
    return before, after


def new_line(user, part_id: int, quantity: Decimal, unit_cost: Decimal, source: str, moment) -> dict:
    """A pending line for a part that has none (a part the import creates), as a row to insert."""
    return {"part": part_id, "quantity": quantity, "unit_cost": unit_cost, "value": money(quantity * unit_cost),
            "status": PENDING, "source": source[:200], "entered_by": user.id, "entered_at": moment,
            "approved_by": None, "approved_at": None, "movement": None}


def pending_for(part_ids) -> dict:
    """part id -> its pending opening quantity (for the importer: a re-import of the same figure is no change)."""
    found = {}
    ids = list(part_ids)
    for start in range(0, len(ids), 500):
        found.update(OpeningStock.select(OpeningStock.part, OpeningStock.quantity)
                     .where(OpeningStock.part.in_(ids[start:start + 500]) & (OpeningStock.status == PENDING)).tuples())
    return found


def pending(*, after=None, limit: int = 50):
    """The pending lines, by part number: (rows, next_cursor); a row has number, name, spec, unit,
    bin, quantity, unit_cost, value, source, entered_at."""
    query = (OpeningStock.select(OpeningStock.id, Part.number, Part.name, Part.spec, Part.unit, Bin.code.alias("bin"),
                                 OpeningStock.quantity, OpeningStock.unit_cost, OpeningStock.value,
                                 OpeningStock.source, OpeningStock.entered_at)
             .join(Part, on=(OpeningStock.part == Part.id))
             .join(Bin, peewee.JOIN.LEFT_OUTER, on=(Part.bin == Bin.id))
             .where(OpeningStock.status == PENDING).dicts())
    rows, after = keyset_page(query, [Part.number], after or None, limit)
    for row in rows:
        row["bin"] = row["bin"] or ""
    return rows, after


def totals() -> dict:
    """Pending and booked opening stock: lines, quantity, value at cost."""
    out = {}
    for status, prefix in ((PENDING, ""), (BOOKED, "approved_")):
        lines, quantity, value = (OpeningStock.select(peewee.fn.COUNT(OpeningStock.id),
                                                      summed(OpeningStock.quantity, OpeningStock.quantity),
                                                      summed(OpeningStock.value, OpeningStock.value))
                                  .where(OpeningStock.status == status).tuples().get())
        out[prefix + "lines"], out[prefix + "quantity"], out[prefix + "value"] = lines, quantity or Decimal(0), value or ZERO
    return out


def approve(user) -> dict:
    """审核入账: book every pending line as one 期初 movement of its part, in one transaction."""
    require(user, "parts.opening.approve")
    with transaction():
        lines = list(OpeningStock.select().where(OpeningStock.status == PENDING).order_by(OpeningStock.part))
        if not lines:
            raise ValidationError("没有待审核的期初库存。")
        booked = set(StockMovement.select(StockMovement.part).where(
            (StockMovement.kind == MovementKind.OPENING) & StockMovement.part.in_([line.part_id for line in lines])).tuples())
        if booked:
            numbers = [n for (n,) in Part.select(Part.number).where(Part.id.in_([b for (b,) in booked])).limit(5).tuples()]
            raise ValidationError(f"备件 {'、'.join(numbers)} 已有期初库存入账，不能再入一次。")
        document, moment = next_number("opening_stock"), now()
        reason = "期初库存审核入账"
        counted = [line for line in lines if line.quantity > 0]  # counted zero: nothing on the shelf, nothing to book
        fresh = _never_moved([line.part_id for line in counted])
        # A part that never moved (the usual case at go-live) in bulk: movements, parts, audit rows as
        # multi-row statements; one that has (received meanwhile) through the ledger's post().
        _book_fresh(user, [line for line in counted if line.part_id in fresh], document, moment, reason)
        for line in counted:
            if line.part_id not in fresh:
                movement, part, before, after = post(user, line.part_id, "期初", line.quantity, unit_cost=line.unit_cost,
                                                     document=document, at=moment, approved_by=user.id,
                                                     reason=f"{reason} {line.source}"[:200])
                audit_movement(user, "stock.opening", part, before, after, movement)
        movements = dict(StockMovement.select(StockMovement.part, StockMovement.id)
                         .where((StockMovement.document == document) & (StockMovement.kind == MovementKind.OPENING)).tuples())
        OpeningStock.update(status=BOOKED, approved_by=user.id, approved_at=moment).where(
            OpeningStock.status == PENDING).execute()
        booked_lines = [OpeningStock(id=line.id, movement=movements[line.part_id]) for line in counted]
        if booked_lines:
            OpeningStock.bulk_update(booked_lines, fields=[OpeningStock.movement], batch_size=200)
        total = sum((line.value for line in lines), ZERO)
        record(user, "stock.opening.approve", ("OpeningStock", document),
               after={"lines": len(lines), "value": total, "document": document},
               note=f"期初库存 {len(lines)} 种，金额 {fmt(total)}")
        changes.notify("parts")
    refresh_statistics((StockMovement, Part, OpeningStock, AuditLog))  # a bulk load: the planner's statistics
    return {"lines": len(lines), "value": total, "document": document}




def _never_moved(part_ids: list) -> set:
    found = set()
    for start in range(0, len(part_ids), 500):
        found.update(pid for (pid,) in Part.select(Part.id).where(
            Part.id.in_(part_ids[start:start + 500]) & Part.last_movement_at.is_null() & (Part.on_hand == 0)
            & (Part.stock_value == 0)).tuples())
    return found


def _book_fresh(user, lines: list, document: str, moment, reason: str) -> None:
    """One 期初 movement per part that has none and nothing on hand: what post() would write, in bulk."""
    if not lines:
        return
    new_slip = daily.first_of_slip(moment, "期初", document)
    insert_rows(StockMovement, [
        {"part": line.part_id, "kind": MovementKind.OPENING, "quantity": line.quantity, "unit_cost": line.unit_cost,
         "value": line.value,
         "balance_after": line.quantity, "at": moment, "user": user.id, "document": document, "order": None,
         "order_line": None, "purchase_line": None, "supplier": None, "approved_by": user.id,
         "reason": f"{reason} {line.source}"[:200]} for line in lines])
    parts = [Part(id=line.part_id, on_hand=line.quantity, stock_value=line.value,
                  cost=average_cost(line.value, line.quantity, line.unit_cost), last_movement_at=moment) for line in lines]
    Part.bulk_update(parts, fields=[Part.on_hand, Part.stock_value, Part.cost, Part.last_movement_at], batch_size=200)
    # In bulk, past ledger.post: the day's flow (storage.plumbing.daily, the reports' summary) gets the slip's sums here.
    daily.movements_added(moment, "期初", new_slip, quantity=sum(line.quantity for line in lines),
                          value=sum(line.value for line in lines), count=len(lines))
    zero = {"on_hand": Decimal("0.000"), "stock_value": ZERO}
    insert_rows(AuditLog, [
        {"at": moment, "user": user.id, "username": user.username, "action": "stock.opening", "entity": "Part",
         "entity_id": str(part.id), "before": to_json(zero),
         "after": to_json({"on_hand": part.on_hand, "cost": part.cost, "stock_value": part.stock_value,
                           "quantity": part.on_hand, "value": part.stock_value, "document": document}),
         "note": reason} for part in parts])
