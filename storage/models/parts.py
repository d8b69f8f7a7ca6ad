"""The parts catalogue (备件), suppliers, bins and purchasing. Stock movements are in stock.py."""
import peewee

from storage.models.base import BaseModel, CostField, MoneyField, QuantityField, VersionedModel, now
from storage.models.people import User
from storage.rules.vocabulary import PurchaseOrderStatus


class Supplier(VersionedModel):
    LABEL = "供应商"
    name = peewee.CharField(max_length=100, unique=True)
    contact = peewee.CharField(max_length=32, default="")
    phone = peewee.CharField(max_length=20, default="")
    address = peewee.CharField(max_length=200, default="")
    is_manufacturer = peewee.BooleanField(default=False)  # the brand's own parts centre
    active = peewee.BooleanField(default=True)


class Bin(BaseModel):
    """A storage location (货位), e.g. A-03-2."""

    code = peewee.CharField(max_length=16, unique=True)
    zone = peewee.CharField(max_length=16, default="")
    last_counted_at = peewee.DateTimeField(null=True)


class Part(VersionedModel):
    LABEL = "备件"
    number = peewee.CharField(max_length=40, unique=True)
    name = peewee.CharField(max_length=100, index=True)
    spec = peewee.CharField(max_length=100, default="")
    unit = peewee.CharField(max_length=8, default="个")
    whole_units = peewee.BooleanField(default=True)  # false for oil in litres and the like
    brand = peewee.CharField(max_length=32, default="", index=True)
    category = peewee.CharField(max_length=32, default="", index=True)
    genuine = peewee.BooleanField(default=True)  # 原厂件 / 副厂件
    # 三包 main-part category (storage.care.main_parts.CATEGORIES, e.g. "发动机/曲轴"); None: not a main part.
    sanbao_category = peewee.CharField(max_length=40, null=True)
    models = peewee.CharField(max_length=200, default="")  # applicable models, free text
    bin = peewee.ForeignKeyField(Bin, null=True, backref="parts", on_delete="SET NULL")
    cost = CostField()  # moving average
    price = MoneyField()  # retail
    safety_stock = QuantityField()
    reorder_qty = QuantityField()
    special = peewee.BooleanField(default=False)  # leaves only with a manager's approval
    # Cached sum of movements, kept in the same transaction as every movement; `check` verifies it.
    on_hand = QuantityField()
    # Cached sum of movement values at cost (库存金额), kept with on_hand; a receipt sets cost = stock_value / on_hand.
    stock_value = MoneyField()
    last_movement_at = peewee.DateTimeField(null=True)
    last_counted_at = peewee.DateTimeField(null=True)
    active = peewee.BooleanField(default=True)

    def label(self) -> str:
        return f"备件 {self.number} {self.name}"


class PartSupplier(BaseModel):
    part = peewee.ForeignKeyField(Part, backref="suppliers", on_delete="CASCADE")
    supplier = peewee.ForeignKeyField(Supplier, backref="parts", on_delete="CASCADE")
    supplier_number = peewee.CharField(max_length=40, default="")
    last_cost = CostField()

    class Meta:
        indexes = ((("part", "supplier"), True),)


class PurchaseOrder(VersionedModel):
    LABEL = "采购单"
    number = peewee.CharField(max_length=20, unique=True)
    supplier = peewee.ForeignKeyField(Supplier, backref="orders", on_delete="RESTRICT")
    status = peewee.CharField(max_length=12, default=PurchaseOrderStatus.DRAFT, index=True)  # 草稿 已下单 部分到货 已完成 已关闭
    ordered_at = peewee.DateTimeField(null=True)
    created_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    created_at = peewee.DateTimeField(default=now)
    note = peewee.TextField(default="")


class PurchaseOrderLine(BaseModel):
    order = peewee.ForeignKeyField(PurchaseOrder, backref="lines", on_delete="CASCADE")
    part = peewee.ForeignKeyField(Part, backref="purchase_lines", on_delete="RESTRICT")
    quantity = QuantityField()
    received = QuantityField()
    unit_cost = CostField()
