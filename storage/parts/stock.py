"""The parts warehouse (备件仓库): receiving (入库), issuing to work orders (领料出库), returns from
the workshop (退库) and to suppliers (退货), and adjustments. Every change is a stock movement
written by storage.parts.ledger.post, which keeps on-hand, value and moving-average cost with it.

The warehouse API, by module (every action takes the acting user first, checks the permission,
runs in one transaction and leaves audit rows; slips come back as plain dicts ready to print):

storage.parts.stock (this module)
  receive(user, lines, *, supplier_id=None, purchase_order_id=None, allow_over=False, note="") -> slip dict
      lines: [{"part": id, "quantity": q, "unit_cost": c?}] or, against an order, [{"purchase_line": id, ...}]
  issue(user, order_id, items, *, approver=None, note="", issue_the_rest=False) -> slip dict (+ "skipped")
      items: [{"line": work-order line id, "quantity": q}] or [{"pick_request": id, "quantity": q}]
      (issued by its line, a part meets the line's open pick requests too); issue_the_rest: a whole
      pick at once, the lines that cannot go left out and listed in "skipped" with the reason
      approver: the manager's one-use approval from auth.approve(username, password, "special_parts",
      for_user=user), needed when a special part (特殊件) leaves
  return_from_workshop(user, order_id, items, *, reason) -> slip dict        (退库)
  return_to_supplier(user, supplier_id, items, *, reason) -> slip dict       (退货) items: [{"part", "quantity"}]
  adjust(user, part_id, quantity, *, reason, unit_cost=None) -> slip dict    (调整, signed quantity)
storage.parts.purchasing
  reorder_list(*, after=None, limit=100) -> (rows, next_cursor)
  create_purchase_order(user, supplier_id, lines, *, note="") -> PurchaseOrder     lines: [{"part", "quantity", "unit_cost"?}]
  purchase_order_from_reorder_list(user, supplier_id, part_ids) -> PurchaseOrder
  set_purchase_lines(user, po_id, version, lines) -> PurchaseOrder   place_order(user, po_id, version)
  close_order(user, po_id, version, *, reason)    purchase_order_detail(po_id) -> dict
  list_purchase_orders(*, status=None, supplier_id=None, after=None, limit=50) -> (rows, next_cursor)
storage.parts.count (盘点)
  start_count(user, *, bins=None, zone=None, not_counted_days=None, part_ids=None, note="") -> StockCount
  count_lines(count_id, *, bin_code=None, uncounted_only=False, after=None, limit=200) -> (rows, next_cursor)
  count_progress(count_id) -> dict(lines, counted, left)
  enter_count(user, line_id, counted) -> row;  enter_count_by_number(user, count_id, number, counted) -> row
  submit_count(user, count_id, version, *, drop_uncounted=False) -> StockCount;  cancel_count(user, count_id, version)
  variances(count_id) -> dict(lines, gain_value, loss_value, net_value, progress)
  post_count(user, count_id, version, *, approver=None) -> dict(count, adjusted, gain_value, loss_value, net_value)
  count_sheet(count_id) -> dict;  list_counts(*, status=None, after=None, limit=50) -> (rows, next_cursor)
storage.parts.reads (read side, for the windows and the prints)
  receiving_slip(number), outbound_slip(number), return_slip(number) -> dict  (入库单 / 出库单 / 退库·退货·调整单)
  order_part_lines(order_id) -> list[dict];  pick_queue(*, after=None, limit=100) -> (rows, next_cursor)
  ledger_card(part_id, *, since=None, until=None, after=None, limit=100) -> (rows, next_cursor)   newest first
  stock_at(part_id, when) -> dict(on_hand, value)            a date means the end of that day
  below_safety_stock(*, after=None, limit=100), slow_movers(months=6, *, after=None, limit=100) -> (rows, next_cursor)
  stock_value_by("brand" | "category") -> list[dict(key, parts, value)]
  parts_flow(date_from, date_to) -> list[dict] per day;  parts_flow_detail(date_from, date_to, *, after=None, limit=200)
  day_figures(day=None) -> dict
  export_xlsx(path, columns, rows) -> int;  export_list(kind, path, **params) -> int
      kinds: below_safety, slow_movers, parts_flow, parts_flow_detail, stock_value_by_brand, stock_value_by_category
storage.parts.ledger: post(), the one writer of StockMovement (the import books a new part's opening stock in
  bulk by the same rules); approvals are storage.rules.auth.approving_user. Not for windows.
storage.parts.catalogue, storage.parts.importer: the catalogue and its import (API in their docstrings).
Cursors are opaque: pass back what a list returned as `after`; None means the last page.
Every action announces "parts" (and "orders" when a work-order line changed) via storage.plumbing.changes.
"""
from decimal import Decimal

import peewee

from storage.models import (
    Part, PartSupplier, PickRequest, PurchaseOrder, PurchaseOrderLine, StockMovement, Supplier, WorkOrder,
    WorkOrderLine, now, summed,
)
from storage.parts import catalogue
from storage.parts.ledger import audit_movement, fmt_qty, post
from storage.parts.reads import outbound_slip, receiving_slip, return_slip
from storage.plumbing.audit import record
from storage.plumbing.changes import notify
from storage.plumbing.db import transaction
from storage.rules.auth import approving_user, require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import money
from storage.rules.numbering import next_number
from storage.rules.orders import get_order, line_amount, refresh_estimate
from storage.rules.vocabulary import LineStatus, MovementKind, OrderStatus, PickStatus, PurchaseOrderStatus

# Work-order states in which the workshop may draw parts: while the car is in the workshop, QC and
# 完工 included, so a part fitted without its slip can still be issued (补发料) before the bill,
# which refuses store parts not issued (storage.cashier.settle.ensure_parts_issued).
ISSUABLE = (OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
            OrderStatus.AWAITING_CUSTOMER, OrderStatus.QC, OrderStatus.REWORK, OrderStatus.DONE)
# Once settled the bill is fixed: a return would change what the customer paid for.
NO_RETURN = (OrderStatus.SETTLED, OrderStatus.DELIVERED)
RECEIVABLE_PO = (PurchaseOrderStatus.PLACED, PurchaseOrderStatus.PARTLY_RECEIVED)


def _reason(reason: str, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError(f"请填写{what}原因。", field="reason")
    return text[:200]


def _parts_by_id(ids) -> dict:
    found = {p.id: p for p in Part.select().where(Part.id.in_(list(set(ids))))}
    missing = set(ids) - set(found)
    if missing:
        raise NotFound(f"找不到备件（编号 {', '.join(map(str, sorted(missing)))}）。")
    return found


# ---------------------------------------------------------------- receiving (入库)

def receive(user, lines, *, supplier_id: int | None = None, purchase_order_id: int | None = None,
            allow_over: bool = False, note: str = "") -> dict:
    """Book a delivery into stock. Against a purchase order each line names its order line (or a part
    on that order); the order's received figures and status follow; a delivery beyond what was
    ordered is refused unless `allow_over` (the clerk confirmed the extra). Without an order the
    supplier is optional. The unit cost defaults to the order's, then the supplier's last, then the
    part's current cost; the part's cost becomes the moving average."""
    require(user, "parts.stock")
    if not lines:
        raise ValidationError("请至少录入一种入库备件。")
    with transaction():
        po = None
        if purchase_order_id is not None:
            po = PurchaseOrder.get_or_none(PurchaseOrder.id == purchase_order_id)
            if po is None:
                raise NotFound("找不到该采购单。")
            if po.status not in RECEIVABLE_PO:
                raise ValidationError(f"采购单 {po.number} 当前为“{po.status}”，不能入库。"
                                      + ("请先下单。" if po.status == PurchaseOrderStatus.DRAFT else ""))
            supplier_id = po.supplier_id
        supplier = None
        if supplier_id is not None:
            supplier = Supplier.get_or_none(Supplier.id == supplier_id)
            if supplier is None:
                raise NotFound("找不到该供应商。")
        planned = _plan_receipt(lines, po, supplier, allow_over)
        number = next_number("receiving")
        moment = now()
        for part, qty, cost, po_line in planned:
            movement, _, before, after = post(
                user, part.id, "入库", qty, unit_cost=cost, document=number, at=moment,
                purchase_line=po_line.id if po_line else None, supplier=supplier.id if supplier else None,
                reason=(note or "").strip()[:200])
            if po_line:
                PurchaseOrderLine.update(received=PurchaseOrderLine.received + qty).where(
                    PurchaseOrderLine.id == po_line.id).execute()
            if supplier:
                _remember_supplier_cost(part.id, supplier.id, cost)
            audit_movement(user, "stock.receive", part, before, after, movement)
        if po:
            _refresh_po_status(user, po)
        notify("parts")
    return receiving_slip(number)


def _plan_receipt(lines, po, supplier, allow_over: bool) -> list:
    po_lines = {}
    if po is not None:
        po_lines = {pl.id: pl for pl in PurchaseOrderLine.select().where(PurchaseOrderLine.order == po.id)}
    by_part = {pl.part_id: pl for pl in po_lines.values()}
    part_ids = [item.get("part") or (po_lines[item["purchase_line"]].part_id
                                     if item.get("purchase_line") in po_lines else None) for item in lines]
    if None in part_ids:
        raise ValidationError("入库行须指明备件或采购单明细。")
    parts = _parts_by_id(part_ids)
    last_costs = {}
    if supplier is not None:
        last_costs = {ps.part_id: ps.last_cost for ps in PartSupplier.select().where(
            (PartSupplier.supplier == supplier.id) & PartSupplier.part.in_(part_ids))}
    planned, this_time = [], {}
    for item, part_id in zip(lines, part_ids):
        part = parts[part_id]
        if not part.active:
            raise ValidationError(f"{part.label()} 已停用，不能入库。")
        qty = catalogue.quantity(item.get("quantity"), part.whole_units, field=f"{part.number} 入库数量")
        po_line = None
        if po is not None:
            po_line = po_lines.get(item.get("purchase_line")) or by_part.get(part.id)
            if po_line is None or po_line.part_id != part.id:
                raise ValidationError(f"采购单 {po.number} 中没有 {part.label()}，请按无采购单入库。")
            this_time[po_line.id] = this_time.get(po_line.id, Decimal(0)) + qty
            over = po_line.received + this_time[po_line.id] - po_line.quantity
            if over > 0 and not allow_over:
                raise ValidationError(
                    f"{part.label()} 超出采购数量：订 {fmt_qty(po_line.quantity)}，已收 {fmt_qty(po_line.received)}，"
                    f"本次 {fmt_qty(this_time[po_line.id])}，超收 {fmt_qty(over)}。如确认收下，请选择“允许超收”。")
        if item.get("unit_cost") not in (None, ""):
            cost = catalogue.unit_cost(item["unit_cost"], field=f"{part.number} 进价")
        elif po_line is not None:
            cost = po_line.unit_cost
        else:
            cost = last_costs.get(part.id) or part.cost
        planned.append((part, qty, cost, po_line))
    return planned


def _remember_supplier_cost(part_id: int, supplier_id: int, cost: Decimal) -> None:
    PartSupplier.insert(part=part_id, supplier=supplier_id, last_cost=cost).on_conflict(
        conflict_target=[PartSupplier.part, PartSupplier.supplier],
        update={PartSupplier.last_cost: cost}).execute()


def _refresh_po_status(user, po: PurchaseOrder) -> None:
    outstanding = PurchaseOrderLine.select().where(
        (PurchaseOrderLine.order == po.id) & (PurchaseOrderLine.received < PurchaseOrderLine.quantity)).exists()
    status = PurchaseOrderStatus.PARTLY_RECEIVED if outstanding else PurchaseOrderStatus.COMPLETE
    PurchaseOrder.update(status=status, version=PurchaseOrder.version + 1, updated_at=now(),
                         updated_by=user.display_name).where(PurchaseOrder.id == po.id).execute()


# ---------------------------------------------------------------- issuing (领料出库)

def issue(user, order_id: int, items, *, approver=None, note: str = "", issue_the_rest: bool = False) -> dict:
    """Issue parts to a work order's part lines, directly or against the workshop's pick requests.
    Partial issues are fine; more than the line still needs, or more than on hand, is refused, and
    then nothing of the slip is issued. Special parts need the manager's approval: the manager as the
    acting user, or `approver`, their one-use approval from auth.approve(..., "special_parts").

    issue_the_rest: the clerk issues a whole pick at once (every line of the order selected): a
    line that cannot go (issued already, cancelled, short on the shelf...) is left out instead of
    refusing the slip, and the slip's "skipped" lists [{"line", "part_number", "reason"}]. The rest
    is still one slip and one transaction; with nothing left to issue, the reasons are the refusal."""
    require(user, "parts.stock")
    if not items:
        raise ValidationError("请选择要发料的备件。")
    with transaction():
        order = WorkOrder.select(WorkOrder.id, WorkOrder.number, WorkOrder.status).where(WorkOrder.id == order_id).first()
        if order is None:
            raise NotFound("找不到该工单。")
        if order.status not in ISSUABLE:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能领料出库。")
        planned, skipped = _plan_issue(order, items, skip=issue_the_rest)
        if not planned:
            raise ValidationError("没有可以出库的备件：" + "".join(s["reason"] for s in skipped))
        specials = [part for _, part, _, _ in planned if part.special]
        approved = None
        if specials:
            names = "、".join(sorted({p.number for p in specials}))
            approved = approving_user(user, approver, "special_parts", f"特殊件 {names} 出库")
        number = next_number("outbound")
        moment = now()
        for line, part, pick, qty in planned:
            movement, _, before, after = post(
                user, part.id, "出库", -qty, document=number, at=moment, order=order.id, order_line=line.id,
                approved_by=approved.id if part.special else None, reason=(note or "").strip()[:200])
            taken = WorkOrderLine.update(issued=WorkOrderLine.issued + qty).where(
                (WorkOrderLine.id == line.id) & (WorkOrderLine.issued + qty <= WorkOrderLine.quantity)).execute()
            if not taken:  # another station issued to the same line meanwhile
                raise ValidationError(f"工单明细“{line.description}”已由其他工位发料，请刷新后重试。")
            if pick is not None:
                _advance_pick(pick, qty)
            else:  # issued by the line: the workshop's open request for it is met as far as this goes
                _meet_open_picks(line.id, qty)
            audit_movement(user, "stock.issue", part, before, after, movement,
                           note=f"{order.number}" + (f" 批准：{approved.display_name}" if part.special else ""))
        if skipped:
            record(user, "stock.issue.skipped", order, after={"document": number, "skipped": skipped})
        notify("parts", "orders")
    return {**outbound_slip(number), "skipped": skipped}


def _plan_issue(order, items, *, skip: bool = False) -> tuple[list, list]:
    """[(line, part, pick, qty)] to issue; with `skip`, the items that cannot go are set aside with
    the reason instead of refusing the whole slip."""
    picks = {}
    pick_ids = [item["pick_request"] for item in items if item.get("pick_request")]
    if pick_ids:
        picks = {p.id: p for p in PickRequest.select().where(PickRequest.id.in_(pick_ids))}
    line_ids = []
    for item in items:
        if item.get("pick_request"):
            pick = picks.get(item["pick_request"])
            if pick is None:
                raise NotFound("找不到该领料申请。")
            line_ids.append(pick.line_id)
        elif item.get("line"):
            line_ids.append(item["line"])
        else:
            raise ValidationError("发料行须指明工单明细或领料申请。")
    lines = {ln.id: ln for ln in WorkOrderLine.select(WorkOrderLine, Part).join(Part, peewee.JOIN.LEFT_OUTER)
             .where(WorkOrderLine.id.in_(line_ids))}
    planned, per_line, skipped = [], {}, []
    for item, line_id in zip(items, line_ids):
        line = lines.get(line_id)
        if not skip:
            planned.append(_plan_item(order, item, line, picks, per_line))
            continue
        try:
            planned.append(_plan_item(order, item, line, picks, per_line, skipping=True))
        except ValidationError as exc:
            part = line.part if line is not None and line.part_id else None
            skipped.append({"line": line_id, "part_number": part.number if part else "", "reason": exc.message})
    return planned, skipped


def _plan_item(order, item, line, picks, per_line, *, skipping: bool = False) -> tuple:
    if line is None or line.order_id != order.id:
        raise ValidationError(f"该明细不属于工单 {order.number}。")
    if line.kind != "材料" or line.part_id is None:
        raise ValidationError(f"“{line.description}”不是备件明细，无需出库。")
    if line.supplied_by_customer:
        raise ValidationError(f"“{line.description}”为客户自带配件，不从仓库出库。")
    if line.status in (LineStatus.CANCELLED, LineStatus.TO_CONFIRM):
        raise ValidationError(f"“{line.description}”{line.status}，不能发料。")
    part = line.part
    if skipping and line.issued >= line.quantity:  # (else the over-issue check below says so)
        raise ValidationError(f"{part.label()} 已全部发料（已发 {fmt_qty(line.issued)}）。")
    qty = catalogue.quantity(item.get("quantity"), part.whole_units, field=f"{part.number} 发料数量")
    pick = picks.get(item.get("pick_request")) if item.get("pick_request") else None
    if pick is not None:
        if pick.status in (PickStatus.ISSUED, PickStatus.CANCELLED):
            raise ValidationError(f"{part.label()} 的领料申请{pick.status}。")
        if qty > pick.quantity - pick.issued:
            raise ValidationError(
                f"{part.label()} 发料 {fmt_qty(qty)} 超过领料申请未发数量 {fmt_qty(pick.quantity - pick.issued)}。")
    total = per_line.get(line.id, Decimal(0)) + qty
    outstanding = line.quantity - line.issued
    if total > outstanding:
        raise ValidationError(
            f"{part.label()} 发料 {fmt_qty(total)} 超过工单尚需数量 {fmt_qty(outstanding)}"
            f"（需 {fmt_qty(line.quantity)}，已发 {fmt_qty(line.issued)}）。如需更多，请服务顾问先修改工单。")
    if skipping and total > part.on_hand:
        raise ValidationError(f"{part.label()} 库存不足：现有 {fmt_qty(part.on_hand)} {part.unit}，需要 {fmt_qty(total)} {part.unit}。")
    per_line[line.id] = total
    return line, part, pick, qty


def _meet_open_picks(line_id: int, qty: Decimal) -> None:
    for pick in (PickRequest.select().where((PickRequest.line == line_id) & PickRequest.status.in_((PickStatus.WAITING,
                                                                                                    PickStatus.PARTIAL)))
                 .order_by(PickRequest.id)):
        take = min(qty, pick.quantity - pick.issued)
        if take <= 0:
            break
        _advance_pick(pick, take)
        qty -= take


def _advance_pick(pick: PickRequest, qty: Decimal) -> None:
    PickRequest.update(issued=PickRequest.issued + qty).where(PickRequest.id == pick.id).execute()
    fresh = PickRequest.get_by_id(pick.id)
    status = PickStatus.ISSUED if fresh.issued >= fresh.quantity else PickStatus.PARTIAL
    PickRequest.update(status=status).where(PickRequest.id == pick.id).execute()


# ---------------------------------------------------------------- returns and adjustments

def return_from_workshop(user, order_id: int, items, *, reason: str) -> dict:
    """退库: parts the workshop brings back. Stock goes back at the cost it left with; the line's
    issued quantity, and the quantity the customer is charged for, go down by as much (a part that
    came back was not used: the line comes off the bill, wholly when all of it is back)."""
    require(user, "parts.stock")
    why = _reason(reason, "退库")
    if not items:
        raise ValidationError("请选择要退库的备件。")
    with transaction():
        order = get_order(order_id)
        if order.status in NO_RETURN:
            raise ValidationError(f"工单 {order.number} {order.status}，不能再退库；如需更正请到收银台办理冲销。")
        lines = {ln.id: ln for ln in WorkOrderLine.select(WorkOrderLine, Part).join(Part, peewee.JOIN.LEFT_OUTER)
                 .where(WorkOrderLine.id.in_([item.get("line") for item in items]))}
        planned, per_line = [], {}
        for item in items:
            line = lines.get(item.get("line"))
            if line is None or line.order_id != order.id or line.part_id is None:
                raise ValidationError(f"该明细不属于工单 {order.number} 的备件明细。")
            qty = catalogue.quantity(item.get("quantity"), line.part.whole_units, field=f"{line.part.number} 退库数量")
            per_line[line.id] = per_line.get(line.id, Decimal(0)) + qty
            if per_line[line.id] > line.issued:
                raise ValidationError(
                    f"{line.part.label()} 退库 {fmt_qty(per_line[line.id])} 超过已发数量 {fmt_qty(line.issued)}。")
            planned.append((line, qty))
        number = next_number("stock_return")
        moment = now()
        for line, qty in planned:
            value = _issued_value_share(line, qty)
            movement, part, before, after = post(
                user, line.part_id, "退库", qty, value=value, document=number, at=moment, order=order.id,
                order_line=line.id, reason=why)
            back = WorkOrderLine.update(issued=WorkOrderLine.issued - qty).where(
                (WorkOrderLine.id == line.id) & (WorkOrderLine.issued >= qty)).execute()
            if not back:
                raise ValidationError(f"工单明细“{line.description}”已由其他工位退库，请刷新后重试。")
            audit_movement(user, "stock.return", part, before, after, movement, note=f"{order.number} {why}")
        for line_id, qty in per_line.items():
            _take_off_the_bill(user, lines[line_id], qty, why)
        refresh_estimate(order)
        notify("parts", "orders")
    return return_slip(number)


def _take_off_the_bill(user, line: WorkOrderLine, qty: Decimal, why: str) -> None:
    """The returned quantity is no longer charged: quantity and amount shrink, the line's discount
    never exceeds what is left, and a line returned in full is cancelled."""
    quantity = max(line.quantity - qty, Decimal(0))
    amount = line_amount(quantity, line.unit_price)
    changes = {"quantity": quantity, "amount": amount, "discount": min(line.discount, amount)}
    if quantity == 0:
        changes["status"] = LineStatus.CANCELLED
    WorkOrderLine.update(changes).where(WorkOrderLine.id == line.id).execute()
    record(user, "order.line.returned", line, before={"quantity": line.quantity, "amount": line.amount},
           after=changes, note=why)


def _issued_value_share(line: WorkOrderLine, qty: Decimal) -> Decimal:
    """What `qty` of this line cost when it left the shelf: its share of the line's net issued value,
    all of it when everything comes back."""
    current = WorkOrderLine.get_by_id(line.id)
    net_value = -StockMovement.select(summed(StockMovement.value, StockMovement.value)).where(
        StockMovement.order_line == line.id).scalar()
    if qty >= current.issued:
        return net_value

    return money(net_value * qty / current.issued)


def return_to_supplier(user, supplier_id: int, items, *, reason: str) -> dict:
    """退货: parts sent back to the supplier, out at the average cost."""
    require(user, "parts.stock")
    why = _reason(reason, "退货")
    if not items:
        raise ValidationError("请选择要退货的备件。")
    with transaction():
        supplier = Supplier.get_or_none(Supplier.id == supplier_id)
        if supplier is None:
            raise NotFound("找不到该供应商。")
        parts = _parts_by_id([item.get("part") for item in items])
        planned = [(parts[item["part"]], catalogue.quantity(item.get("quantity"), parts[item["part"]].whole_units,
                                                           field=f"{parts[item['part']].number} 退货数量"))
                   for item in items]
        number = next_number("supplier_return")
        moment = now()
        for part, qty in planned:
            movement, fresh, before, after = post(user, part.id, MovementKind.SENT_BACK, -qty, document=number,
                                                  at=moment,
                                                  supplier=supplier.id, reason=why)
            audit_movement(user, "stock.supplier_return", fresh, before, after, movement, note=f"{supplier.name} {why}")
        notify("parts")
    return return_slip(number)


def adjust(user, part_id: int, quantity, *, reason: str, unit_cost=None) -> dict:
    """调整: a manager's correction outside a count (damage, loss, found). Signed quantity; a gain is
    valued at `unit_cost` or the current average, a loss at the average."""
    require(user, "parts.adjust")
    why = _reason(reason, "调整")
    with transaction():
        part = Part.get_or_none(Part.id == part_id)
        if part is None:
            raise NotFound("找不到该备件。")
        qty = catalogue.quantity(quantity, part.whole_units, field="调整数量", allow_negative=True)
        cost = catalogue.unit_cost(unit_cost, field="单位成本") if unit_cost not in (None, "") else None
        number = next_number("adjustment")
        movement, fresh, before, after = post(user, part.id, MovementKind.ADJUSTED, qty,
                                              unit_cost=cost if qty > 0 else None,
                                              document=number, approved_by=user.id, reason=why)
        audit_movement(user, "stock.adjust", fresh, before, after, movement, note=why)
        notify("parts")
    return return_slip(number)
