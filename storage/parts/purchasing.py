"""Purchasing (备件订货): the reorder list and purchase orders to suppliers. Receiving against an
order is storage.parts.stock.receive; it moves an order to 部分到货 or 已完成.

Order states: 草稿 (lines editable) -> 已下单 -> 部分到货 -> 已完成; 已关闭 ends an order early (what
did not come is no longer expected). Only 已下单 and 部分到货 orders can be received against."""
from decimal import ROUND_CEILING, Decimal

import peewee

from storage.models import Bin, Part, PartSupplier, PurchaseOrder, PurchaseOrderLine, Supplier, now
from storage.parts import catalogue
from storage.parts.reads import on_order_by_part
from storage.plumbing.audit import record
from storage.plumbing.changes import notify
from storage.plumbing.db import transaction
from storage.plumbing.locking import save_versioned
from storage.plumbing.paging import keyset_page
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.numbering import next_number
from storage.rules.vocabulary import ComplaintStatus, PurchaseOrderStatus

CLOSABLE = (PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.PLACED, PurchaseOrderStatus.PARTLY_RECEIVED)


def _suggested(row) -> Decimal:
    """Order enough to get back above safety stock, at least the reorder quantity."""
    need = row["safety_stock"] - row["on_hand"] - row["on_order"]
    qty = max(row["reorder_qty"], need)
    if row["whole_units"]:
        qty = qty.to_integral_value(rounding=ROUND_CEILING)
    return qty.quantize(Decimal("0.001"))


def _reorder_query():
    ordered = on_order_by_part()
    on_order = peewee.fn.COALESCE(ordered.c.on_order, 0)
    return (Part.select(Part.id, Part.number, Part.name, Part.unit, Part.on_hand, Part.safety_stock,
                        Part.reorder_qty, Part.cost, Part.whole_units, Bin.code.alias("bin"),
                        ordered.c.on_order)
            .join(Bin, peewee.JOIN.LEFT_OUTER)
            .switch(Part).join(ordered, peewee.JOIN.LEFT_OUTER, on=(ordered.c.part_id == Part.id))
            # compared in raw thousandths: all three are QuantityFields
            .where((Part.active == True) & (Part.safety_stock > 0)  # noqa: E712
                   & ((Part.on_hand + on_order) < Part.safety_stock)))


def _finish(row) -> dict:
    row["on_order"] = Part.on_hand.python_value(row["on_order"] or 0)
    row["bin"] = row["bin"] or ""
    row["suggested"] = _suggested(row)
    return row


def reorder_list(*, after=None, limit: int = 100):
    """Parts below safety stock even counting what is on order, with a suggested quantity."""
    query = _reorder_query()
    rows, after = keyset_page(query.dicts(), [Part.number], after, limit)
    return [_finish(r) for r in rows], after


def _clean_lines(lines) -> list:
    if not lines:
        raise ValidationError("采购单至少需要一种备件。")
    ids = [item.get("part") for item in lines]
    parts = {p.id: p for p in Part.select().where(Part.id.in_(ids))}
    clean, seen = [], set()
    for item in lines:
        part = parts.get(item.get("part"))
        if part is None:
            raise NotFound("找不到该备件。")
        if not part.active:
            raise ValidationError(f"{part.label()} 已停用，不能订货。")
        if part.id in seen:
            raise ValidationError(f"{part.label()} 在采购单中重复，请合并为一行。")
        seen.add(part.id)
        qty = catalogue.quantity(item.get("quantity"), part.whole_units, field=f"{part.number} 订货数量")
        cost = item.get("unit_cost")
        cost = catalogue.unit_cost(cost, field=f"{part.number} 进价") if cost not in (None, "") else part.cost
        clean.append({"part": part.id, "quantity": qty, "unit_cost": cost})
    return clean


def _supplier(supplier_id: int) -> Supplier:
    supplier = Supplier.get_or_none(Supplier.id == supplier_id)
    if supplier is None:
        raise NotFound("找不到该供应商。")
    if not supplier.active:
        raise ValidationError(f"供应商“{supplier.name}”已停用。")
    return supplier


def _get(po_id: int) -> PurchaseOrder:
    po = PurchaseOrder.get_or_none(PurchaseOrder.id == po_id)
    if po is None:
        raise NotFound("找不到该采购单。")
    return po


def _audit_lines(lines) -> str:
    return "; ".join(f"{item['part']}×{item['quantity']}@{item['unit_cost']}" for item in lines)


def create_purchase_order(user, supplier_id: int, lines, *, note: str = "") -> PurchaseOrder:
    """A draft order (草稿). lines: [{"part": id, "quantity": q, "unit_cost": c (default: part cost)}]."""
    require(user, "parts.purchase")
    clean = _clean_lines(lines)
    with transaction():
        supplier = _supplier(supplier_id)
        po = PurchaseOrder.create(number=next_number("purchase"), supplier=supplier, created_by=user,
                                  note=(note or "").strip(), updated_by=user.display_name)
        PurchaseOrderLine.insert_many([{**item, "order": po.id} for item in clean]).execute()
        record(user, "purchase.create", po, after={"supplier": supplier.id, "lines": _audit_lines(clean)})
        notify("parts")
    return po


def purchase_order_from_reorder_list(user, supplier_id: int, part_ids) -> PurchaseOrder:
    """A draft order for the chosen parts of the reorder list, at the suggested quantities and the
    supplier's last price (else the part's cost)."""
    require(user, "parts.purchase")
    if not part_ids:
        raise ValidationError("请在补货清单中选择要订货的备件。")
    rows = [_finish(r) for r in _reorder_query().where(Part.id.in_(list(part_ids))).dicts()]
    if not rows:
        raise ValidationError("所选备件已不低于安全库存（含在途），无需订货。")
    last = {ps.part_id: ps.last_cost for ps in PartSupplier.select().where(
        (PartSupplier.supplier == supplier_id) & PartSupplier.part.in_([r["id"] for r in rows]))}
    lines = [{"part": r["id"], "quantity": r["suggested"], "unit_cost": last.get(r["id"]) or r["cost"]} for r in rows]
    return create_purchase_order(user, supplier_id, lines, note="按补货清单生成")


def set_purchase_lines(user, po_id: int, version: int, lines) -> PurchaseOrder:
    """Replace the lines of a draft order."""
    require(user, "parts.purchase")
    clean = _clean_lines(lines)
    with transaction():
        po = _get(po_id)
        if po.status != PurchaseOrderStatus.DRAFT:
            raise ValidationError(f"采购单 {po.number} 已{po.status}，明细不能再修改。")
        before = _audit_lines(PurchaseOrderLine.select().where(PurchaseOrderLine.order == po.id).dicts())
        po = save_versioned(user, po, version, {}, audit=False)
        PurchaseOrderLine.delete().where(PurchaseOrderLine.order == po.id).execute()
        PurchaseOrderLine.insert_many([{**item, "order": po.id} for item in clean]).execute()
        record(user, "purchase.lines", po, before={"lines": before}, after={"lines": _audit_lines(clean)})
        notify("parts")
    return po


def place_order(user, po_id: int, version: int) -> PurchaseOrder:
    """下单: the order goes to the supplier; from now on it can be received against."""
    require(user, "parts.purchase")
    with transaction():
        po = _get(po_id)
        if po.status != PurchaseOrderStatus.DRAFT:
            raise ValidationError(f"采购单 {po.number} 当前为“{po.status}”，不能再下单。")
        notify("parts")
        return save_versioned(user, po, version, {"status": PurchaseOrderStatus.PLACED, "ordered_at": now()},
                              action="purchase.place")


def close_order(user, po_id: int, version: int, *, reason: str) -> PurchaseOrder:
    """关闭: what has not arrived is no longer expected (supplier cannot deliver, or order cancelled)."""
    require(user, "parts.purchase")
    why = (reason or "").strip()
    if not why:
        raise ValidationError("请填写关闭采购单的原因。", field="reason")
    with transaction():
        po = _get(po_id)
        if po.status not in CLOSABLE:
            raise ValidationError(f"采购单 {po.number} 已{po.status}。")
        note = (po.note + "\n" if po.note else "") + f"关闭：{why}"
        notify("parts")
        return save_versioned(user, po, version, {"status": ComplaintStatus.CLOSED, "note": note},
                              action="purchase.close")


def purchase_order_detail(po_id: int) -> dict:
    """The order with each line's ordered, received, outstanding and over-delivered quantities."""
    po = (PurchaseOrder.select(PurchaseOrder, Supplier).join(Supplier).where(PurchaseOrder.id == po_id).first())
    if po is None:
        raise NotFound("找不到该采购单。")
    lines = []
    for row in (PurchaseOrderLine.select(PurchaseOrderLine.id, PurchaseOrderLine.quantity, PurchaseOrderLine.received,
                                         PurchaseOrderLine.unit_cost, Part.id.alias("part"), Part.number.alias("part_number"),
                                         Part.name, Part.unit)
                .join(Part).where(PurchaseOrderLine.order == po.id).order_by(PurchaseOrderLine.id).dicts()):
        zero = Decimal("0.000")
        row["outstanding"] = max(row["quantity"] - row["received"],
                                 zero) if po.status != ComplaintStatus.CLOSED else zero
        row["over"] = max(row["received"] - row["quantity"], zero)
        row["short"] = max(row["quantity"] - row["received"], zero)
        row["amount"] = (row["quantity"] * row["unit_cost"]).quantize(Decimal("0.01"))
        lines.append(row)
    total = sum((line["amount"] for line in lines), Decimal("0.00"))
    return {"order": po, "supplier": po.supplier.name, "lines": lines, "total": total}


def list_purchase_orders(*, status=None, supplier_id: int | None = None, after=None, limit: int = 50):
    """Newest first. Cursor: the last id."""
    query = PurchaseOrder.select(PurchaseOrder, Supplier).join(Supplier)
    if status:
        query = query.where(PurchaseOrder.status << ([status] if isinstance(status, str) else list(status)))
    if supplier_id:
        query = query.where(PurchaseOrder.supplier == supplier_id)
    return keyset_page(query, [PurchaseOrder.id], after, limit, descending=True)
