"""The stock ledger (every change is a movement), pick requests and stock counts (盘点)."""
import peewee

from storage.models.base import BaseModel, CostField, MoneyField, QuantityField, VersionedModel, now
from storage.models.parts import Bin, Part, PurchaseOrder, PurchaseOrderLine, Supplier
from storage.models.people import User
from storage.models.workshop import WorkOrder, WorkOrderLine
from storage.rules.vocabulary import MovementKind, OpeningStockStatus, PickStatus, StockCountStatus

MOVEMENT_KINDS = tuple(MovementKind)


class StockMovement(BaseModel):
    """One change of stock. On-hand of a part is the sum of `quantity` over its movements."""

    part = peewee.ForeignKeyField(Part, backref="movements", on_delete="RESTRICT")
    kind = peewee.CharField(max_length=4)
    quantity = QuantityField()  # + in, - out
    unit_cost = CostField()
    value = MoneyField()  # quantity x cost in yuan, signed like quantity; sums to Part.stock_value
    balance_after = QuantityField()
    at = peewee.DateTimeField(default=now)
    user = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    document = peewee.CharField(max_length=24, default="", index=True)  # slip number; a slip is printed by it
    order = peewee.ForeignKeyField(WorkOrder, null=True, on_delete="RESTRICT")
    order_line = peewee.ForeignKeyField(WorkOrderLine, null=True, on_delete="RESTRICT")
    purchase_line = peewee.ForeignKeyField(PurchaseOrderLine, null=True, on_delete="RESTRICT")
    supplier = peewee.ForeignKeyField(Supplier, null=True, on_delete="RESTRICT")
    approved_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("part", "at"), False), (("at",), False))


class PickRequest(BaseModel):
    """A part the workshop needs for a line, waiting at the warehouse."""

    line = peewee.ForeignKeyField(WorkOrderLine, backref="pick_requests", on_delete="CASCADE")
    quantity = QuantityField()
    # issued against this request so far; a database default too, for bulk writers that omit it (demo)
    issued = QuantityField(constraints=[peewee.SQL("DEFAULT 0")])
    requested_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    requested_at = peewee.DateTimeField(default=now)
    status = peewee.CharField(max_length=6, default=PickStatus.WAITING, index=True)  # 待发料 部分发料 已发料 已取消


class StockCount(VersionedModel):
    LABEL = "盘点单"
    number = peewee.CharField(max_length=20, unique=True)
    status = peewee.CharField(max_length=6, default=StockCountStatus.COUNTING)  # 盘点中 待审批 已过账 已作废
    scope = peewee.CharField(max_length=100, default="")
    frozen_at = peewee.DateTimeField(default=now)
    created_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    approved_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    posted_at = peewee.DateTimeField(null=True)


class StockCountLine(BaseModel):
    count = peewee.ForeignKeyField(StockCount, backref="lines", on_delete="CASCADE")
    part = peewee.ForeignKeyField(Part, on_delete="RESTRICT")
    bin = peewee.ForeignKeyField(Bin, null=True, on_delete="SET NULL")
    expected = QuantityField()
    counted = QuantityField(null=True, default=None)
    counted_at = peewee.DateTimeField(null=True)
    counted_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")


__all__ = ["StockMovement", "PickRequest", "StockCount", "StockCountLine", "PurchaseOrder"]


class OpeningStock(BaseModel):
    """期初库存 counted and waiting for the manager: one line per part, entered by the parts import
    (or the warehouse) as 待审核; approval (storage.parts.opening.approve) books exactly one 期初
    movement per part and marks the line 已入账. Before that it is not on hand."""

    part = peewee.ForeignKeyField(Part, unique=True, backref="+", on_delete="RESTRICT")
    quantity = QuantityField()
    unit_cost = CostField()
    value = MoneyField()  # quantity x cost
    status = peewee.CharField(max_length=4, default=OpeningStockStatus.TO_REVIEW, index=True)  # 待审核 已入账
    source = peewee.CharField(max_length=200, default="")  # the file it came from
    entered_by = peewee.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    entered_at = peewee.DateTimeField(default=now)
    approved_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    approved_at = peewee.DateTimeField(null=True)
    movement = peewee.ForeignKeyField(StockMovement, null=True, backref="+", on_delete="RESTRICT")
