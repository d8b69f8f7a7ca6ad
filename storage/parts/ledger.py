"""The one way stock changes: `post()` writes a movement (StockMovement) and keeps the part's cached
on-hand, stock value and moving-average cost equal to the ledger, in the caller's transaction.

Rules every movement obeys (storage.store.backup_restore `check` verifies the first two):
- Part.on_hand == SUM(movement.quantity); movement.balance_after is the running balance.
- Part.stock_value == SUM(movement.value); value is money at cost, signed like the quantity.
- On-hand never goes below zero: a take is one `UPDATE part SET on_hand = on_hand - q WHERE id = ?
  AND on_hand >= q`, so of two PCs taking the last unit exactly one UPDATE matches a row. On
  PostgreSQL that UPDATE also locks the row until commit, so everything read after it is current.
- Receipts set the moving-average cost: cost = stock_value / on_hand (four decimals). Takes leave
  at the average; the last unit out takes the remaining value, so an empty bin is worth exactly 0.
"""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from storage.models import Part, StockMovement, now
from storage.plumbing import daily
from storage.plumbing.audit import record
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import money

COST_UNIT = Decimal("0.0001")
ZERO_QTY = Decimal("0.000")


class InsufficientStock(ValidationError):
    """库存不足: more asked than on hand."""


def fmt_qty(value: Decimal) -> str:
    """3.000 -> '3', 2.500 -> '2.5': how a quantity reads in a message."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def average_cost(stock_value: Decimal, on_hand: Decimal, fallback: Decimal) -> Decimal:
    if on_hand <= 0:
        return fallback
    return (stock_value / on_hand).quantize(COST_UNIT, rounding=ROUND_HALF_UP)


def snapshot(part: Part) -> dict:
    return {"on_hand": part.on_hand, "cost": part.cost, "stock_value": part.stock_value}


def post(user, part_id: int, kind: str, qty: Decimal, *, unit_cost: Decimal | None = None,
         value: Decimal | None = None, document: str = "", at: dt.datetime | None = None, **links):
    """Write one movement of `qty` (+ in, - out) and bring the part's cached figures along.

    `unit_cost` prices a receipt; `value` overrides the money amount (a return to stock goes back at
    the cost it left with). Takes default to the average. `links` are StockMovement foreign keys and
    `reason`. Returns (movement, part, before, after): the part as it now is, and its figures
    (on_hand, cost, stock_value) before and after, for the audit row.
    Call inside the action's transaction; raises InsufficientStock and changes nothing if short.
    """
    if qty == 0:
        raise ValueError("a movement of zero is not a movement")
    at = at or now()
    take = Part.update(on_hand=Part.on_hand + qty)
    if qty < 0:
        take = take.where((Part.id == part_id) & (Part.on_hand >= -qty))
    else:
        take = take.where(Part.id == part_id)
    if take.execute() == 0:
        part = Part.get_or_none(Part.id == part_id)
        if part is None:
            raise NotFound("找不到该备件。")
        raise InsufficientStock(
            f"{part.label()} 库存不足：现有 {fmt_qty(part.on_hand)} {part.unit}，需要 {fmt_qty(-qty)} {part.unit}。")
    part = Part.get_by_id(part_id)  # after the UPDATE: this station holds the row, figures are current
    before_qty = part.on_hand - qty
    before = {"on_hand": before_qty, "cost": part.cost, "stock_value": part.stock_value}
    if value is None:
        if qty > 0:
            if unit_cost is None:
                unit_cost = part.cost
            value = money(qty * unit_cost)
        elif part.on_hand == 0:
            value = -part.stock_value
        else:
            value = -min(money(part.stock_value * -qty / before_qty), part.stock_value)
    if unit_cost is None:
        unit_cost = part.cost if qty < 0 else (abs(value) / qty).quantize(COST_UNIT, rounding=ROUND_HALF_UP)
    new_value = part.stock_value + value
    if new_value < 0:
        raise ValueError("stock value would go negative: the caller priced a take above what is on the shelf")
    # Takes leave the average as it is: recomputing it from a value kept in fen would drift.
    new_cost = average_cost(new_value, part.on_hand, unit_cost) if qty > 0 else part.cost
    Part.update(stock_value=new_value, cost=new_cost, last_movement_at=at).where(Part.id == part_id).execute()
    order_id = links.get("order")
    order_id = getattr(order_id, "id", order_id)
    with daily.tracking(order_id if kind in daily.ISSUES else None):
        movement = StockMovement.create(
            part=part_id, kind=kind, quantity=qty, unit_cost=unit_cost, value=value, balance_after=part.on_hand,
            at=at, user=user, document=document, **links)
    daily.movement(movement)
    after = {"on_hand": part.on_hand, "cost": new_cost, "stock_value": new_value}
    part.cost, part.stock_value, part.last_movement_at = new_cost, new_value, at
    return movement, part, before, after


def audit_movement(user, action: str, part: Part, before: dict, after: dict, movement: StockMovement, note: str = ""):
    """One audit row per stock change: who, which part, its figures before and after, which slip."""
    record(user, action, part, before=before,
           after={**after, "quantity": movement.quantity, "value": movement.value, "document": movement.document},
           note=note or movement.reason)
