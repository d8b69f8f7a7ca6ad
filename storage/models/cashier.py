"""Money: settlements (结算单) and their frozen lines, payments, receivables (挂账), day-end (日结)."""
import peewee

from .base import BaseModel, MoneyField, QuantityField, VersionedModel, now
from .customers import Customer
from .people import User
from .workshop import Appointment, WorkOrder, WorkOrderLine
from ..rules.vocabulary import PaymentMethod, ReceivableStatus, SettlementStatus

PAYMENT_METHODS = tuple(PaymentMethod)


class Settlement(VersionedModel):
    """A settlement is never edited once made: a mistake is a reversal and a new settlement."""

    LABEL = "结算单"
    number = peewee.CharField(max_length=20, unique=True)
    order = peewee.ForeignKeyField(WorkOrder, backref="settlements", on_delete="RESTRICT")
    status = peewee.CharField(max_length=4, default=SettlementStatus.VALID, index=True)  # 有效 已冲销
    labour_total = MoneyField()
    parts_total = MoneyField()
    fees_total = MoneyField()
    discount_total = MoneyField()
    bill_discount = MoneyField()  # 整单优惠, spread over the customer's lines (SettlementLine.bill_share)
    total = MoneyField()
    customer_due = MoneyField()
    insurer_due = MoneyField()
    warranty_due = MoneyField()
    internal_due = MoneyField()
    cashier = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    discount_approved_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    # Kind of repair of 机动车维修管理规定 that sets the guarantee period (storage.guarantee.KINDS).
    repair_kind = peewee.CharField(max_length=8, default="")
    guarantee_days = peewee.IntegerField(default=0)  # the period granted, frozen: a reprinted card matches
    guarantee_km = peewee.IntegerField(default=0)
    at = peewee.DateTimeField(default=now, index=True)
    business_day = peewee.DateField(index=True)
    reversed_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    reversal_approved_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    reversed_at = peewee.DateTimeField(null=True, index=True)  # day-end counts voids by it
    reversal_reason = peewee.TextField(default="")
    # Only one live settlement per order: the unique key is the order id while live, NULL once reversed.
    live_order = peewee.IntegerField(null=True, unique=True)


class SettlementLine(BaseModel):
    """A work-order line as it was charged, frozen: the printed settlement reads only these."""

    settlement = peewee.ForeignKeyField(Settlement, backref="lines", on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    order_line = peewee.ForeignKeyField(WorkOrderLine, null=True, backref="+", on_delete="SET NULL")
    kind = peewee.CharField(max_length=4)
    code = peewee.CharField(max_length=40, default="")  # part number or labour-time code
    description = peewee.CharField(max_length=200)
    quantity = QuantityField()
    unit = peewee.CharField(max_length=8, default="")
    unit_price = MoneyField()
    amount = MoneyField()
    discount = MoneyField()  # every discount on the line, its share of the bill discount included
    bill_share = MoneyField()
    payer = peewee.CharField(max_length=8)
    guaranteed = peewee.BooleanField(default=True)
    guarantee_note = peewee.CharField(max_length=32, default="")  # why not: 客户自带配件 ...


class Payment(BaseModel):
    settlement = peewee.ForeignKeyField(Settlement, null=True, backref="payments", on_delete="RESTRICT")
    appointment = peewee.ForeignKeyField(Appointment, null=True, backref="payments", on_delete="RESTRICT")
    method = peewee.CharField(max_length=8)
    amount = MoneyField()  # negative for refunds and reversals
    tendered = MoneyField()  # cash handed over, for the change
    reference = peewee.CharField(max_length=64, default="")
    at = peewee.DateTimeField(default=now, index=True)
    business_day = peewee.DateField(index=True)
    cashier = peewee.ForeignKeyField(User, on_delete="RESTRICT")


class Receivable(VersionedModel):
    """挂账: what an insurer or the manufacturer owes for a settlement; or, taken over from the old
    system at go-live (期初应收, `opening`), what a customer or a company owed on that day, with no
    settlement of this program behind it (storage.golive.kinds.receivables)."""

    LABEL = "应收账款"
    settlement = peewee.ForeignKeyField(Settlement, null=True, backref="receivables", on_delete="RESTRICT")
    debtor_kind = peewee.CharField(max_length=8)  # 保险公司 厂家索赔 单位 个人
    debtor = peewee.CharField(max_length=64)
    claim_number = peewee.CharField(max_length=40, default="")
    amount = MoneyField()
    collected = MoneyField()
    status = peewee.CharField(max_length=4, default=ReceivableStatus.OPEN, index=True)  # 未收 部分 已收 已冲销
    opened_at = peewee.DateTimeField(default=now)
    opening = peewee.BooleanField(default=False)  # 期初应收: owed before go-live, not a settlement's
    customer = peewee.ForeignKeyField(Customer, null=True, backref="+", on_delete="RESTRICT")  # an opening debtor we know
    old_number = peewee.CharField(max_length=40, default="")  # the old system's document number
    remark = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("status", "opened_at"), False),)


class Collection(BaseModel):
    receivable = peewee.ForeignKeyField(Receivable, backref="collections", on_delete="RESTRICT")
    amount = MoneyField()
    at = peewee.DateTimeField(default=now)
    business_day = peewee.DateField(index=True)
    reference = peewee.CharField(max_length=64, default="")
    user = peewee.ForeignKeyField(User, on_delete="RESTRICT")


class DayClose(BaseModel):
    """日结: once a business day is closed nothing dated that day can change."""

    business_day = peewee.DateField(unique=True)
    closed_at = peewee.DateTimeField(default=now)
    closed_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    summary = peewee.TextField(default="")  # JSON figures as printed
