"""The warehouse's read side: slips as plain data for printing, the order's part lines and the pick
queue for the issue screen, a part's ledger card and its stock at any past date, the lists
(below safety stock, slow movers, stock value by brand or category), parts bought against parts
used per day, the station's day figures, and the Excel export of every list.

Lists page by key (`after` = the cursor the previous page returned), aggregate in SQL and never
load a table into Python. The API summary is in storage.parts.stock's docstring."""
import datetime as dt
from decimal import Decimal

import peewee

from storage.models import (
    Bin, Customer, Part, PickRequest, PurchaseOrder, PurchaseOrderLine, StockCount, StockMovement, Supplier, Technician,
    User, Vehicle, WorkOrder, WorkOrderLine, summed,
)
from storage.plumbing.files import atomic_writer
from storage.plumbing.paging import every_row, keyset_page
from storage.rules.errors import NotFound
from storage.rules.vocabulary import MovementKind, PickStatus, PurchaseOrderStatus, StockCountStatus

ZERO = Decimal("0.00")
QZERO = Decimal("0.000")
OPEN_PO = (PurchaseOrderStatus.PLACED, PurchaseOrderStatus.PARTLY_RECEIVED)
Approver = User.alias("approver")


def _day(value) -> dt.date:
    """DATE(at) comes back as text, a date or a datetime, depending on the database and driver."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _end_of(when) -> dt.datetime:
    if isinstance(when, dt.datetime):
        return when
    return dt.datetime.combine(when, dt.time(23, 59, 59))


# ---------------------------------------------------------------- slips

def _slip_movements(number: str):
    moves = list(
        StockMovement.select(
            StockMovement.id, StockMovement.kind, StockMovement.quantity, StockMovement.unit_cost,
            StockMovement.value, StockMovement.at, StockMovement.reason, StockMovement.order_line,
            Part.number.alias("part_number"), Part.name, Part.spec, Part.unit, Bin.code.alias("bin"),
            User.display_name.alias("user"), Approver.display_name.alias("approved_by"),
            Supplier.name.alias("supplier"), PurchaseOrderLine.quantity.alias("ordered"),
            PurchaseOrderLine.received.alias("received_total"), PurchaseOrder.number.alias("purchase_order"),
            WorkOrder.number.alias("order_number"),
        )
        .join(Part).join(Bin, peewee.JOIN.LEFT_OUTER)
        .switch(StockMovement).join(User, on=(StockMovement.user == User.id))
        .switch(StockMovement).join(Approver, peewee.JOIN.LEFT_OUTER, on=(StockMovement.approved_by == Approver.id))
        .switch(StockMovement).join(Supplier, peewee.JOIN.LEFT_OUTER)
        .switch(StockMovement).join(PurchaseOrderLine, peewee.JOIN.LEFT_OUTER)
        .join(PurchaseOrder, peewee.JOIN.LEFT_OUTER)
        .switch(StockMovement).join(WorkOrder, peewee.JOIN.LEFT_OUTER)
        .where(StockMovement.document == number)
        .order_by(StockMovement.id)
        .dicts()
    )
    if not moves:
        raise NotFound(f"找不到单据 {number}。")
    return moves


def _slip_header(number: str, title: str, moves: list) -> dict:
    first = moves[0]
    return {
        "number": number, "title": title, "kind": first["kind"], "at": first["at"], "user": first["user"],
        "approved_by": next((m["approved_by"] for m in moves if m["approved_by"]), ""),
        "reason": first["reason"], "supplier": first["supplier"] or "",
        "total_quantity": sum((abs(m["quantity"]) for m in moves), QZERO),
        "total_value": sum((abs(m["value"]) for m in moves), ZERO),
    }


def _line(m: dict) -> dict:
    return {k: m[k] for k in ("part_number", "name", "spec", "unit")} | {
        "bin": m["bin"] or "", "quantity": abs(m["quantity"]), "unit_cost": m["unit_cost"], "value": abs(m["value"])}


def receiving_slip(number: str) -> dict:
    """入库单: what came in, at what cost, and against the order what was ordered, what has arrived
    in all, what is still outstanding and what came over."""
    moves = _slip_movements(number)
    slip = _slip_header(number, "入库单", moves)
    slip["purchase_order"] = moves[0]["purchase_order"] or ""
    slip["lines"] = []
    for m in moves:
        line = _line(m)
        if m["ordered"] is not None:
            line.update(ordered=m["ordered"], received_total=m["received_total"],
                        outstanding=max(m["ordered"] - m["received_total"], QZERO),
                        over=max(m["received_total"] - m["ordered"], QZERO))
        slip["lines"].append(line)
    return slip


def outbound_slip(number: str) -> dict:
    """出库单: what left for which work order and car, for the technician's signature."""
    moves = _slip_movements(number)
    slip = _slip_header(number, "出库单", moves)
    order = (WorkOrder.select(WorkOrder.id, WorkOrder.number, WorkOrder.vehicle, Vehicle.plate, Customer.name.alias("customer"))
             .join(Vehicle).switch(WorkOrder).join(Customer)
             .where(WorkOrder.number == moves[0]["order_number"]).dicts().first())
    vehicle = Vehicle.get_by_id(order["vehicle"])
    model = vehicle.model if vehicle.model_id else None
    order["model"] = str(model) if model else vehicle.model_text  # brand and model in full, as the archive has it
    lines = {ln["id"]: ln for ln in WorkOrderLine.select(
        WorkOrderLine.id, WorkOrderLine.description, WorkOrderLine.unit_price, Technician.name.alias("technician"))
        .join(Technician, peewee.JOIN.LEFT_OUTER)
        .where(WorkOrderLine.id.in_([m["order_line"] for m in moves])).dicts()}
    slip.update(order_number=order["number"], plate=order["plate"], vehicle=order["model"],
                customer=order["customer"], lines=[])
    technicians = []
    for m in moves:
        ln = lines[m["order_line"]]
        qty = abs(m["quantity"])
        slip["lines"].append(_line(m) | {"description": ln["description"], "unit_price": ln["unit_price"],
                                         "amount": (qty * ln["unit_price"]).quantize(Decimal("0.01"))})
        if ln["technician"] and ln["technician"] not in technicians:
            technicians.append(ln["technician"])
    if not technicians:  # parts lines carry no technician: the ones the order's labour was dispatched to
        for (name,) in (WorkOrderLine.select(Technician.name).join(Technician)
                        .where(WorkOrderLine.order == order["id"]).order_by(WorkOrderLine.position).tuples()):
            if name not in technicians:
                technicians.append(name)
    slip["technicians"] = "、".join(technicians)
    return slip


def return_slip(number: str) -> dict:
    """退库单 / 退货单 / 调整单: the same shape; `kind` says which."""
    moves = _slip_movements(number)
    titles = {"退库": "退库单", "退货": "退货单", "调整": "库存调整单", "盘点": "盘点调整单"}
    slip = _slip_header(number, titles.get(moves[0]["kind"], "库存单据"), moves)
    slip["order_number"] = moves[0]["order_number"] or ""
    slip["lines"] = [_line(m) | {"direction": "入" if m["quantity"] > 0 else "出"} for m in moves]
    return slip


# ---------------------------------------------------------------- the issue screen

def order_part_lines(order_id: int) -> list:
    """The order's part lines with what is issued, what is still needed, stock and bin."""
    pending = (PickRequest.select(PickRequest.line, summed(PickRequest.quantity - PickRequest.issued,
                                                           PickRequest.quantity).alias("waiting"))
               .where(PickRequest.status << (PickStatus.WAITING,
                                             PickStatus.PARTIAL)).group_by(PickRequest.line).alias("pending"))
    rows = (WorkOrderLine.select(
        WorkOrderLine.id.alias("line"), WorkOrderLine.description, WorkOrderLine.quantity, WorkOrderLine.issued,
        WorkOrderLine.status, WorkOrderLine.supplied_by_customer, WorkOrderLine.unit_price,
        Part.id.alias("part"), Part.number.alias("part_number"), Part.name, Part.unit, Part.on_hand,
        Part.special, Part.whole_units, Bin.code.alias("bin"), pending.c.waiting)
        .join(Part).join(Bin, peewee.JOIN.LEFT_OUTER)
        .switch(WorkOrderLine).join(pending, peewee.JOIN.LEFT_OUTER, on=(pending.c.line_id == WorkOrderLine.id))
        .where((WorkOrderLine.order == order_id) & (WorkOrderLine.kind == "材料"))
        .order_by(WorkOrderLine.position, WorkOrderLine.id).dicts())
    result = []
    for row in rows:
        row["bin"] = row["bin"] or ""
        row["outstanding"] = row["quantity"] - row["issued"]
        row["waiting"] = PickRequest.quantity.python_value(row["waiting"] or 0)
        result.append(row)
    return result


def pick_queue(*, after=None, limit: int = 100):
    """Pick requests waiting at the counter, oldest first. Cursor: (requested_at, id)."""
    query = (PickRequest.select(
        PickRequest.id, PickRequest.requested_at, PickRequest.quantity, PickRequest.issued, PickRequest.status,
        User.display_name.alias("requested_by"), WorkOrder.id.alias("order"), WorkOrder.number.alias("order_number"),
        Vehicle.plate, WorkOrderLine.id.alias("line"), WorkOrderLine.description,
        Part.number.alias("part_number"), Part.name, Part.unit, Part.on_hand, Part.special, Bin.code.alias("bin"))
        .join(User, on=(PickRequest.requested_by == User.id))
        .switch(PickRequest).join(WorkOrderLine).join(WorkOrder).join(Vehicle)
        .switch(WorkOrderLine).join(Part).join(Bin, peewee.JOIN.LEFT_OUTER)
        .where(PickRequest.status << (PickStatus.WAITING, PickStatus.PARTIAL)))
    rows, after = keyset_page(query.dicts(), [PickRequest.requested_at, PickRequest.id], after, limit)
    for row in rows:
        row["outstanding"] = row["quantity"] - row["issued"]
        row["bin"] = row["bin"] or ""
    return rows, after


# ---------------------------------------------------------------- the part's card

def ledger_card(part_id: int, *, since=None, until=None, after=None, limit: int = 100):
    """A part's movements, newest first, with who, when, why and the document. Cursor: (at, id)."""
    query = (StockMovement.select(
        StockMovement.id, StockMovement.at, StockMovement.kind, StockMovement.quantity, StockMovement.balance_after,
        StockMovement.unit_cost, StockMovement.value, StockMovement.document, StockMovement.reason,
        User.display_name.alias("user"), Approver.display_name.alias("approved_by"),
        WorkOrder.number.alias("order_number"), Supplier.name.alias("supplier"))
        .join(User, on=(StockMovement.user == User.id))
        .switch(StockMovement).join(Approver, peewee.JOIN.LEFT_OUTER, on=(StockMovement.approved_by == Approver.id))
        .switch(StockMovement).join(WorkOrder, peewee.JOIN.LEFT_OUTER)
        .switch(StockMovement).join(Supplier, peewee.JOIN.LEFT_OUTER)
        .where(StockMovement.part == part_id))
    if since is not None:
        query = query.where(StockMovement.at >= (since if isinstance(since, dt.datetime)
                                                 else dt.datetime.combine(since, dt.time())))
    if until is not None:
        query = query.where(StockMovement.at <= _end_of(until))
    # keyset_page compares (at, id) as one row value, so the (part, at) index serves the cursor; the
    # equivalent OR of two comparisons makes SQLite scan the part's whole history for the last page.
    rows, after = keyset_page(query.dicts(), [StockMovement.at, StockMovement.id], after, limit, descending=True)
    for row in rows:
        row["approved_by"] = row["approved_by"] or ""
        row["order_number"] = row["order_number"] or ""
        row["supplier"] = row["supplier"] or ""
    return rows, after


def stock_at(part_id: int, when) -> dict:
    """On-hand and value at cost at a past moment (a date means the end of that day)."""
    moment = _end_of(when)
    last = (StockMovement.select(StockMovement.balance_after)
            .where((StockMovement.part == part_id) & (StockMovement.at <= moment))
            .order_by(StockMovement.at.desc(), StockMovement.id.desc()).first())
    value = StockMovement.select(summed(StockMovement.value, StockMovement.value)).where(
        (StockMovement.part == part_id) & (StockMovement.at <= moment)).scalar()
    return {"on_hand": last.balance_after if last else QZERO, "value": value}


# ---------------------------------------------------------------- lists

def on_order_by_part():
    """Per part, what is ordered from suppliers and not yet delivered (a subquery to join)."""
    outstanding = PurchaseOrderLine.quantity - PurchaseOrderLine.received
    return (PurchaseOrderLine.select(PurchaseOrderLine.part, peewee.fn.SUM(outstanding).alias("on_order"))
            .join(PurchaseOrder)
            .where((PurchaseOrder.status << OPEN_PO) & (PurchaseOrderLine.received < PurchaseOrderLine.quantity))
            .group_by(PurchaseOrderLine.part).alias("ordered"))


def _part_columns():
    return (Part.id, Part.number, Part.name, Part.spec, Part.unit, Part.brand, Part.category, Part.on_hand,
            Part.safety_stock, Part.reorder_qty, Part.cost, Part.stock_value, Part.whole_units,
            Part.last_movement_at, Part.last_counted_at, Bin.code.alias("bin"))


def _by_number(query, after, limit):
    rows, after = keyset_page(query.dicts(), [Part.number], after, limit)
    for row in rows:
        row["bin"] = row.get("bin") or ""
        if "on_order" in row:
            row["on_order"] = Part.on_hand.python_value(row["on_order"] or 0)
    return rows, after


def below_safety_stock(*, after=None, limit: int = 100):
    """Active parts whose stock is under their safety stock, with what is already on order."""
    ordered = on_order_by_part()
    query = (Part.select(*_part_columns(), ordered.c.on_order).join(Bin, peewee.JOIN.LEFT_OUTER)
             .switch(Part).join(ordered, peewee.JOIN.LEFT_OUTER, on=(ordered.c.part_id == Part.id))
             .where((Part.active == True) & (Part.safety_stock > 0) & (Part.on_hand < Part.safety_stock)))  # noqa: E712
    rows, after = _by_number(query, after, limit)
    for row in rows:
        row["shortage"] = row["safety_stock"] - row["on_hand"]
    return rows, after


def months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def slow_movers(months: int = 6, *, after=None, limit: int = 100, today: dt.date | None = None):
    """呆滞件: parts in stock with no movement for `months` months."""
    cutoff = dt.datetime.combine(months_before(today or dt.date.today(), months), dt.time())
    query = (Part.select(*_part_columns()).join(Bin, peewee.JOIN.LEFT_OUTER)
             .where((Part.on_hand > 0) & (Part.last_movement_at.is_null() | (Part.last_movement_at < cutoff))))
    return _by_number(query, after, limit)


def stock_value_by(group: str = "brand") -> list:
    """Stock value at cost by brand or category, biggest first; parts with stock only."""
    if group not in ("brand", "category"):
        raise ValueError(group)
    key = getattr(Part, group)
    rows = (Part.select(key.alias("key"), peewee.fn.COUNT(Part.id).alias("parts"),
                        summed(Part.stock_value, Part.stock_value).alias("value"))
            .where(Part.on_hand > 0).group_by(key).order_by(peewee.SQL("value").desc(), key).dicts())
    return [{"key": r["key"] or "（未分类）", "parts": r["parts"], "value": r["value"]} for r in rows]


# ---------------------------------------------------------------- bought against used

FLOW_KINDS = {MovementKind.OPENING: "opening", MovementKind.RECEIVED: "received", MovementKind.ISSUED: "issued",
              MovementKind.RETURNED: "returned", MovementKind.SENT_BACK: "sent_back",
              "调整": "adjusted", "盘点": "counted"}


def parts_flow(date_from: dt.date, date_to: dt.date) -> list:
    """Per day: what came in (of it, against purchase orders), what was issued, what came back from
    the workshop, what went back to suppliers, adjustments and count differences, in quantity and
    value at cost. Quantities add up pieces and litres alike: the value is the figure to reconcile."""
    day = peewee.fn.DATE(StockMovement.at)
    with_po = peewee.Case(None, [(StockMovement.purchase_line.is_null(False), StockMovement.value)], 0)
    rows = (StockMovement.select(day.alias("day"), StockMovement.kind,
                                 summed(StockMovement.quantity, StockMovement.quantity).alias("quantity"),
                                 summed(StockMovement.value, StockMovement.value).alias("value"),
                                 summed(with_po, StockMovement.value).alias("po_value"),
                                 peewee.fn.COUNT(peewee.fn.DISTINCT(StockMovement.document)).alias("documents"))
            .where((StockMovement.at >= dt.datetime.combine(date_from, dt.time()))
                   & (StockMovement.at <= _end_of(date_to)))
            .group_by(day, StockMovement.kind).order_by(day).dicts())
    days = {}
    for row in rows:
        entry = days.setdefault(_day(row["day"]), {"day": _day(row["day"]), **{
            f"{name}_{what}": (QZERO if what == "quantity" else ZERO if what == "value" else 0)
            for name in FLOW_KINDS.values() for what in ("quantity", "value", "documents")}, "received_po_value": ZERO})
        name = FLOW_KINDS[row["kind"]]
        entry[f"{name}_quantity"] += abs(row["quantity"]) if name in ("issued", "sent_back") else row["quantity"]
        entry[f"{name}_value"] += row["value"] * (-1 if name in ("issued", "sent_back") else 1)
        entry[f"{name}_documents"] += row["documents"]
        if name == "received":
            entry["received_po_value"] += row["po_value"]
    for entry in days.values():
        entry["used_value"] = entry["issued_value"] - entry["returned_value"]
    return [days[d] for d in sorted(days)]


def parts_flow_detail(date_from: dt.date, date_to: dt.date, *, after=None, limit: int = 200):
    """Per part over the period: received, issued, returned, net used, by number."""
    def by_kind(kind):
        return summed(peewee.Case(None, [(StockMovement.kind == kind, StockMovement.quantity)], 0),
                      StockMovement.quantity)

    query = (StockMovement.select(Part.number, Part.name, Part.unit, by_kind(MovementKind.RECEIVED).alias("received"),
                                  by_kind(MovementKind.ISSUED).alias("issued"),
                                  by_kind(MovementKind.RETURNED).alias("returned"))
             .join(Part)
             .where((StockMovement.at >= dt.datetime.combine(date_from, dt.time()))
                    & (StockMovement.at <= _end_of(date_to)) & (StockMovement.kind << (MovementKind.RECEIVED,
                                                                                       MovementKind.ISSUED,
                                                                                       MovementKind.RETURNED)))
             .group_by(Part.id, Part.number, Part.name, Part.unit))
    rows, after = keyset_page(query.dicts(), [Part.number], after, limit)
    for row in rows:
        row["issued"] = -row["issued"]
        row["used"] = row["issued"] - row["returned"]
    return rows, after


def day_figures(day: dt.date | None = None) -> dict:
    """The station's figures for one day, for the status line and the evening check (日报)."""
    day = day or dt.date.today()
    flows = parts_flow(day, day)
    flow = flows[0] if flows else {}
    return {
        "day": day,
        "receipts": flow.get("received_documents", 0), "received_value": flow.get("received_value", ZERO),
        "issues": flow.get("issued_documents", 0), "issued_value": flow.get("issued_value", ZERO),
        "returns": flow.get("returned_documents", 0), "returned_value": flow.get("returned_value", ZERO),
        "picks_waiting": PickRequest.select().where(PickRequest.status << (PickStatus.WAITING, PickStatus.PARTIAL)).count(),
        
        "below_safety": Part.select().where((Part.active == True) & (Part.safety_stock > 0)  # noqa: E712
                                            & (Part.on_hand < Part.safety_stock)).count(),
        "open_purchase_orders": PurchaseOrder.select().where(PurchaseOrder.status << OPEN_PO).count(),
        "open_counts": StockCount.select().where(StockCount.status << (StockCountStatus.COUNTING, StockCountStatus.AWAITING_APPROVAL)).count(),
        
        "stock_value": Part.select(summed(Part.stock_value, Part.stock_value)).scalar(),
    }


# ---------------------------------------------------------------- Excel export

EXPORTS = {
    "below_safety": (below_safety_stock, [("零件号", "number"), ("名称", "name"), ("货位", "bin"), ("单位", "unit"),
                                         ("库存", "on_hand"), ("安全库存", "safety_stock"), ("缺口", "shortage"),
                                         ("在途", "on_order"), ("订货量", "reorder_qty")]),
    "slow_movers": (slow_movers, [("零件号", "number"), ("名称", "name"), ("货位", "bin"), ("库存", "on_hand"),
                                  ("库存金额", "stock_value"), ("最后异动", "last_movement_at")]),
    "parts_flow_detail": (parts_flow_detail, [("零件号", "number"), ("名称", "name"), ("单位", "unit"),
                                              ("入库", "received"), ("出库", "issued"), ("退库", "returned"),
                                              ("净耗用", "used")]),
}


# 进销对账 per day: the columns a parts manager reconciles.
FLOW_COLUMNS = [("日期", "day"), ("入库数量", "received_quantity"), ("入库金额", "received_value"),
                ("其中按采购单", "received_po_value"), ("入库单数", "received_documents"),
                ("出库数量", "issued_quantity"), ("出库金额", "issued_value"), ("出库单数", "issued_documents"),
                ("退库数量", "returned_quantity"), ("退库金额", "returned_value"), ("净耗用金额", "used_value"),
                ("退货金额", "sent_back_value"), ("调整金额", "adjusted_value"), ("盘点差异金额", "counted_value")]


def export_xlsx(path, columns, rows) -> int:
    """Write rows (dicts) to an .xlsx file, streaming; columns: [(title, key)]. Returns rows written."""
    # lazy: openpyxl adds about 200 ms to the program's start (measured with the start-up set loaded)
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([title for title, _ in columns])
    count = 0
    for row in rows:
        sheet.append([row.get(key) for _, key in columns])
        count += 1
    with atomic_writer(path) as handle:
        book.save(handle)
    return count


def export_list(kind: str, path, **params) -> int:
    """Export a whole list to Excel page by page, so even a big list never sits in memory at once.
    kind: below_safety, slow_movers, parts_flow and parts_flow_detail (with date_from, date_to), stock_value_by_brand,
    stock_value_by_category."""
    if kind == "parts_flow":
        return export_xlsx(path, FLOW_COLUMNS, parts_flow(params["date_from"], params["date_to"]))
    if kind.startswith("stock_value_by_"):
        return export_xlsx(path, [("分组", "key"), ("品种数", "parts"), ("库存金额", "value")],
                           stock_value_by(kind.rsplit("_", 1)[1]))
    fetch, columns = EXPORTS[kind]

    return export_xlsx(path, columns, every_row(lambda after: fetch(after=after, limit=500, **params)))
