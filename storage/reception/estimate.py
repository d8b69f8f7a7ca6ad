"""维修估价 The estimate: the lines of a draft work order, written with the customer at reception.

Labour comes from the labour-time table (工时定额) at the store's rate (settings labour.rate), or
as a whole-job price under 现象估价 / 项目定价; parts come from the warehouse at their retail price
with live stock (a part short of stock only as 待订货); the customer's own parts are free and
carry no guarantee; other fees are amounts. Each line action checks the order is still a draft
and the caller's copy current, re-totals the estimate, bumps the order's version and audits.

API (each line action returns LineChange(order, line); the order carries the new version and total)
    add_labour_line(user, order_id, version, labour_id, *, payer=None)
    add_priced_item(user, order_id, version, description, amount, *, payer=None)   现象估价/项目定价
    add_part_line(user, order_id, version, part_id, quantity, *, to_order=False, payer=None)
    add_customer_part(user, order_id, version, description, quantity, *, genuine=False)
    add_fee_line(user, order_id, version, description, amount, *, payer=None)
    update_line(user, order_id, version, line_id, *, quantity=None, payer=None, to_order=False)
    remove_line(user, order_id, version, line_id) -> LineChange (line None)
    apply_package(user, order_id, version, package_id, *, to_order=False) -> WorkOrder   保养套餐
    part_stock(part_id, *, order_id=None, except_line=None) -> dict   on_hand, reserved, this_order, available
    default_payer(order) -> str             who pays a new line, from the job type and the guarantee
    comeback_cover(order) -> guarantee.Terms | None   a comeback's original guarantee, if it still covers
    draft_order(order_id, version) -> WorkOrder       lock a draft for change (for reception's actions)
PartShort (a ValidationError with needs = "to_order") tells the window to offer 待订货.
"""
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, Case, fn

from storage.models import (
    PAYERS, LabourItem, Part, ServicePackage, ServicePackageItem, Vehicle, WorkOrder, WorkOrderLine, summed,
)
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.compiled import Statement
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.rules import guarantee, orders, settings
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO, money, parse_decimal
from storage.rules.validation import clean_text
from storage.rules.vocabulary import JobType, LineStatus, OrderStatus, Payer

MAX_QUANTITY = Decimal("9999")


@dataclass
class LineChange:
    order: WorkOrder
    line: WorkOrderLine | None


def _quantity(value, *, whole: bool, label: str = "数量") -> Decimal:
    quantity = parse_decimal(value, label=label, field="quantity")
    if quantity <= 0 or quantity > MAX_QUANTITY:
        raise ValidationError(f"{label}应大于 0 且不超过 {MAX_QUANTITY}。", field="quantity")
    if whole and quantity != quantity.to_integral_value():
        raise ValidationError(f"{label}必须是整数（该备件按整件计）。", field="quantity")
    if quantity != quantity.quantize(Decimal("0.001")):
        raise ValidationError(f"{label}最多三位小数。", field="quantity")
    return quantity


def _amount(value, label: str) -> Decimal:
    amount = money(value, field=label)
    if amount < 0:
        raise ValidationError(f"{label}不能为负数。", field="amount")
    return amount


def _payer(value) -> str:
    if value not in PAYERS:
        raise ValidationError(f"付费方只能是：{'、'.join(PAYERS)}。", field="payer")
    return value


def draft_order(order_id: int, version: int) -> WorkOrder:
    """The order, locked for this transaction, if it is still a draft and the caller's copy is current."""
    order = locked(WorkOrder, order_id, "该工单")
    check_version(order, version)
    orders.ensure_editable(order)
    if order.status != OrderStatus.DRAFT:
        raise ValidationError(
            f"工单 {order.number} 已由客户签字（{order.status}），不能直接修改。"
            "增加项目请走追加项目；如需修改估价，请先撤回签字。"
        )
    return order


def repair_kind(order: WorkOrder) -> str:
    """The kind of repair (for the guarantee) of a finished order, as stored at QC; a comeback takes its original's."""
    return guarantee.order_kind(order)


def comeback_cover(order: WorkOrder) -> guarantee.Terms | None:
    """For a 返修 order: the original job's quality guarantee, if it still covers the car today at
    this order's mileage (then the store bears the cost: lines default to payer 内部)."""
    if not order.comeback_of_id:
        return None
    original = WorkOrder.get_or_none(WorkOrder.id == order.comeback_of_id)
    if original is None or original.delivered_at is None:
        return None
    kind = repair_kind(original)
    out = original.mileage_out if original.mileage_out is not None else original.mileage
    terms = guarantee.terms(kind, original.delivered_at.date(), out)
    return terms if terms.covers(order.opened_at.date(), order.mileage) else None


# ---------------------------------------------------------------- lines


def _next_position(order_id: int) -> int:
    return (WorkOrderLine.select(fn.MAX(WorkOrderLine.position)).where(WorkOrderLine.order == order_id).scalar() or 0) + 1


# A new line's position and the estimate before it, in one statement (a line is added at every
# keystroke of the order editor: issue 24 counted the round trips of a check-in with ten lines).
_POSITION_AND_TOTAL = Statement(
    lambda order_id: WorkOrderLine.select(
        fn.MAX(WorkOrderLine.position),
        summed(Case(None, [(orders.ACTIVE_LINE, WorkOrderLine.amount - WorkOrderLine.discount)], 0), WorkOrderLine.amount),
    ).where(WorkOrderLine.order == order_id)
)


def default_payer(order: WorkOrder) -> str:
    """Who pays a new line unless the advisor says otherwise."""
    if order.job_type == JobType.WARRANTY:
        return "厂家索赔"
    if order.job_type == JobType.INTERNAL:
        return Payer.INTERNAL
    if order.job_type == JobType.ACCIDENT and order.insurer:
        return "保险公司"
    if order.job_type == JobType.COMEBACK and comeback_cover(order) is not None:
        return Payer.INTERNAL  # within the guarantee the store bears its own rework
    return "客户"


def _retotal(user, order: WorkOrder, version: int, extra: dict | None = None) -> WorkOrder:
    """The order's estimate after a line change, saved with the version check (the stale guard)."""
    total = orders.totals(order.id)["total"]
    return save_versioned(user, order, version, {"estimate_total": total, **(extra or {})}, audit=False)


def _line_audit(user, action: str, line: WorkOrderLine, order: WorkOrder, before=None) -> None:
    after = None if line is None or action.endswith("remove") else {
        "order": order.number, "kind": line.kind, "description": line.description, "quantity": line.quantity,
        "unit_price": line.unit_price, "amount": line.amount, "payer": line.payer, "to_order": line.to_order,
    }
    record(user, action, line if line is not None else ("WorkOrderLine", ""), before=before, after=after,
           note=f"估价合计 {order.estimate_total}")


def _add_line(user, order: WorkOrder, version: int, values: dict, *, extra: dict | None = None) -> LineChange:
    values.setdefault("payer", default_payer(order))
    values["amount"] = orders.line_amount(values["quantity"], values["unit_price"])
    # The estimate after the line is the one before it plus the new line (active, no discount yet):
    # what orders.totals() would sum again after the insert.
    last_position, before = _POSITION_AND_TOTAL.rows(order.id)[0]
    line = WorkOrderLine.create(order=order.id, position=(last_position or 0) + 1, status=LineStatus.AWAITING_DISPATCH,
                                updated_by=user.display_name, **values)
    order = save_versioned(user, order, version, {"estimate_total": before + line.amount, **(extra or {})}, audit=False)
    _line_audit(user, "order.line.add", line, order)
    changes.notify("orders")
    return LineChange(order, line)


def _labour_values(order: WorkOrder, item: LabourItem, rate: Decimal) -> dict:
    if not item.active:
        raise ValidationError(f"工时项目“{item.name}”已停用。", field="labour")
    if item.model_id:
        model_id = Vehicle.select(Vehicle.model).where(Vehicle.id == order.vehicle_id).scalar()
        if model_id and model_id != item.model_id:
            raise ValidationError(f"工时项目“{item.name}”只适用于 {item.model}，与该车车型不符。", field="labour")
    return {"kind": "工时", "labour": item.id, "description": item.name, "quantity": item.hours, "unit_price": rate}


def add_labour_line(user, order_id: int, version: int, labour_id: int, *, payer=None) -> LineChange:
    """A labour line from the labour-time table (工时定额): standard hours × the store's rate."""
    require(user, "order.edit")
    item = LabourItem.get_or_none(LabourItem.id == labour_id)
    if item is None:
        raise NotFound("找不到该工时项目。")
    rate = settings.labour_rate(item.system)
    with transaction():
        order = draft_order(order_id, version)
        values = _labour_values(order, item, rate)
        if payer is not None:
            values["payer"] = _payer(payer)
        return _add_line(user, order, version, values)


def add_priced_item(user, order_id: int, version: int, description: str, amount, *, payer=None) -> LineChange:
    """A job priced as a whole: 现象估价 (to cure a symptom, priced for its risk) or 项目定价
    (by item, at the going rate or as the customer asked). A 系统估价 order uses the labour table."""
    require(user, "order.edit")
    description = clean_text(description, "项目名称", max_length=200, field="description")
    amount = _amount(amount, "项目金额")
    with transaction():
        order = draft_order(order_id, version)
        if order.estimate_mode == "系统估价":
            raise ValidationError("系统估价的工单请按工时定额选择项目；如需整项报价，请先把估价方式改为现象估价或项目定价。",
                                  field="estimate_mode")
        values = {"kind": "工时", "description": description, "quantity": Decimal(1), "unit_price": amount}
        if payer is not None:
            values["payer"] = _payer(payer)
        return _add_line(user, order, version, values)


def part_stock(part_id, *, order_id: int | None = None, except_line: int | None = None) -> dict:
    """Live stock of a part for an estimate, in one query: on hand, promised to signed orders and not
    issued yet (reserved), already on this order's other lines, and what is left. Part lines of
    other drafts reserve nothing (a draft may never be signed). `part_id` may be the Part itself,
    already read by the caller in this transaction."""
    part = part_id if isinstance(part_id, Part) else Part.get_or_none(Part.id == part_id)
    if part is None:
        raise NotFound("找不到该备件。")
    outstanding = WorkOrderLine.quantity - WorkOrderLine.issued
    this_order = (WorkOrder.id == (order_id or 0)) & (WorkOrderLine.id != (except_line or 0))
    elsewhere = WorkOrder.status.in_(orders.IN_WORKSHOP) & (WorkOrder.id != (order_id or 0))
    reserved, mine = (
        WorkOrderLine.select(
            summed(Case(None, [(elsewhere, outstanding)], 0), WorkOrderLine.quantity),
            summed(Case(None, [(this_order, outstanding)], 0), WorkOrderLine.quantity),
        )
        .join(WorkOrder)
        # `part + 0`: an expression on purpose, so the database starts from the few open orders (status
        # index) rather than from every line this part was ever on (hundreds of thousands for oil).
        .where(((WorkOrderLine.part + 0) == part.id) & orders.ACTIVE_LINE & (outstanding > 0) & (elsewhere | this_order))
        .tuples()
        .get()
    )
    available = max(part.on_hand - reserved - mine, Decimal(0))
    return {"part": part, "on_hand": part.on_hand, "reserved": reserved, "this_order": mine, "available": available}


class PartShort(ValidationError):
    """Not enough stock: the line can be written only as 待订货 (to order)."""

    needs = "to_order"


def _part_values(order: WorkOrder, part: Part, quantity: Decimal, to_order: bool, *, except_line=None) -> dict:
    stock = part_stock(part, order_id=order.id, except_line=except_line)
    short = quantity > stock["available"]
    if short and not to_order:
        mine = f"，本单其他项目已用 {stock['this_order'].normalize():f}" if stock["this_order"] else ""
        raise PartShort(
            f"备件 {part.number} {part.name} 库存不足：需要 {quantity.normalize():f}{part.unit}，"
            f"现有 {stock['on_hand'].normalize():f}，其他工单已占用 {stock['reserved'].normalize():f}{mine}，"
            f"可用 {stock['available'].normalize():f}。如需订货，请按“待订货”添加。",
            field="quantity",
        )
    return {"kind": "材料", "part": part.id, "description": part.name, "quantity": quantity,
            "unit_price": part.price, "genuine": part.genuine, "to_order": short}


def add_part_line(user, order_id: int, version: int, part_id: int, quantity, *, to_order=False, payer=None) -> LineChange:
    """A part from the warehouse at its retail price, with live stock: a part short of stock is
    refused unless written as 待订货 (to_order=True), and the line shows it."""
    require(user, "order.edit")
    part = Part.get_or_none(Part.id == part_id)
    if part is None or not part.active:
        raise NotFound("找不到该备件，或该备件已停用。")
    quantity = _quantity(quantity, whole=part.whole_units)
    with transaction():
        order = draft_order(order_id, version)
        values = _part_values(order, part, quantity, to_order)
        if payer is not None:
            values["payer"] = _payer(payer)
        return _add_line(user, order, version, values)


def add_customer_part(user, order_id: int, version: int, description: str, quantity, *, genuine=False) -> LineChange:
    """A part the customer brought (客户自购配件): no charge, and no quality guarantee — the work
    order and the guarantee card say so (seed 001)."""
    require(user, "order.edit")
    description = clean_text(description, "配件名称", max_length=200, field="description")
    quantity = _quantity(quantity, whole=False)
    with transaction():
        order = draft_order(order_id, version)
        values = {"kind": "材料", "description": description, "quantity": quantity, "unit_price": ZERO,
                  "supplied_by_customer": True, "genuine": bool(genuine), "payer": "客户"}
        return _add_line(user, order, version, values, extra={"parts_by_customer": True})


def add_fee_line(user, order_id: int, version: int, description: str, amount, *, payer=None) -> LineChange:
    """Other charges (其他费用): towing, diagnosis, outside machining..."""
    require(user, "order.edit")
    description = clean_text(description, "费用名称", max_length=200, field="description")
    amount = _amount(amount, "费用金额")
    with transaction():
        order = draft_order(order_id, version)
        values = {"kind": "其他", "description": description, "quantity": Decimal(1), "unit_price": amount}
        if payer is not None:
            values["payer"] = _payer(payer)
        return _add_line(user, order, version, values)


def _line_of(order: WorkOrder, line_id: int) -> WorkOrderLine:
    line = WorkOrderLine.get_or_none((WorkOrderLine.id == line_id) & (WorkOrderLine.order == order.id))
    if line is None:
        raise NotFound("该工单上没有这个项目（可能已被删除）。")
    return line


def update_line(user, order_id: int, version: int, line_id: int, *, quantity=None, payer=None, to_order=False) -> LineChange:
    """Change a draft line's quantity (parts: stock checked again) or who pays it."""
    require(user, "order.edit")
    with transaction():
        order = draft_order(order_id, version)
        line = _line_of(order, line_id)
        before = {"quantity": line.quantity, "amount": line.amount, "payer": line.payer}
        changes_ = {}
        if payer is not None:
            changes_["payer"] = _payer(payer)
        if quantity is not None:
            if line.kind != "材料":
                raise ValidationError("工时按定额计，其他费用按金额计：只有材料可以改数量。", field="quantity")
            part = Part.get_or_none(Part.id == line.part_id) if line.part_id else None
            new_quantity = _quantity(quantity, whole=bool(part and part.whole_units))
            if new_quantity < line.issued:
                raise ValidationError(f"“{line.description}”已领料 {line.issued.normalize():f}，数量不能少于已领数量。",
                                      field="quantity")
            changes_.update(quantity=new_quantity, amount=orders.line_amount(new_quantity, line.unit_price))
            if part is not None:
                changes_["to_order"] = _part_values(order, part, new_quantity, to_order, except_line=line.id)["to_order"]
        if not changes_:
            return LineChange(order, line)
        line = save_versioned(user, line, line.version, changes_, audit=False)
        order = _retotal(user, order, version)
        _line_audit(user, "order.line.update", line, order, before=before)
        changes.notify("orders")
    return LineChange(order, line)


def remove_line(user, order_id: int, version: int, line_id: int) -> LineChange:
    require(user, "order.edit")
    with transaction():
        order = draft_order(order_id, version)
        line = _line_of(order, line_id)
        if line.issued > 0:
            raise ValidationError(f"“{line.description}”已领料，请先办理退库再删除。")
        before = {"description": line.description, "quantity": line.quantity, "amount": line.amount, "payer": line.payer}
        line.delete_instance()
        order = _retotal(user, order, version)
        record(user, "order.line.remove", ("WorkOrderLine", line_id), before=before, note=f"工单 {order.number}")
        changes.notify("orders")
    return LineChange(order, None)


def apply_package(user, order_id: int, version: int, package_id: int, *, to_order=False) -> WorkOrder:
    """保养套餐 in one keystroke: its labour at the store's rate and its parts with live stock. A part
    short of stock refuses the whole package unless to_order=True (then those lines are 待订货)."""
    require(user, "order.edit")
    package = ServicePackage.get_or_none(ServicePackage.id == package_id)
    if package is None or not package.active:
        raise NotFound("找不到该保养套餐，或套餐已停用。")
    items = list(
        ServicePackageItem.select(ServicePackageItem, LabourItem, Part)
        .join(LabourItem, JOIN.LEFT_OUTER).switch(ServicePackageItem).join(Part, JOIN.LEFT_OUTER)
        .where(ServicePackageItem.package == package.id).order_by(ServicePackageItem.id)
    )
    if not items:
        raise ValidationError(f"保养套餐“{package.name}”还没有项目。")
    rate = settings.labour_rates()
    with transaction():
        order = draft_order(order_id, version)
        if package.model_id:
            model_id = Vehicle.select(Vehicle.model).where(Vehicle.id == order.vehicle_id).scalar()
            if model_id and model_id != package.model_id:
                raise ValidationError(f"保养套餐“{package.name}”不适用于该车车型。")
        payer = default_payer(order)
        position = _next_position(order.id)
        added = []
        for offset, item in enumerate(items):
            if item.labour_id:
                values = _labour_values(order, item.labour, rate(item.labour.system))
            else:
                if not item.part.active:
                    raise ValidationError(f"套餐中的备件 {item.part.number} {item.part.name} 已停用，请经理修改套餐。")
                values = _part_values(order, item.part, _quantity(item.quantity, whole=item.part.whole_units), to_order)
            values.update(payer=payer, amount=orders.line_amount(values["quantity"], values["unit_price"]))
            added.append(WorkOrderLine.create(order=order.id, position=position + offset,
                                              status=LineStatus.AWAITING_DISPATCH,
                                              updated_by=user.display_name, **values))
        order = _retotal(user, order, version)
        record(user, "order.package.apply", order, after={
            "package": package.name, "lines": [[x.description, str(x.quantity), str(x.amount)] for x in added],
            "estimate_total": order.estimate_total,
        })
        changes.notify("orders")
    return order
