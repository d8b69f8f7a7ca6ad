"""Money: settlements (结算单) and their frozen lines, payments, receivables (挂账), day-end (日结)."""
import peewee

from storage.models.base import BaseModel, MoneyField, QuantityField, VersionedModel, now
from storage.models.customers import Customer
from storage.models.people import User
from storage.models.workshop import Appointment, WorkOrder, WorkOrderLine
from storage.rules.vocabulary import (
    CardStatus, CardType, InvoiceStatus, PaymentMethod, ReceivableStatus, SettlementStatus,
)

# The tenders a payment can be typed in (a package service is not one: storage.cashier.cards).
PAYMENT_METHODS = tuple(m for m in PaymentMethod if m is not PaymentMethod.PACKAGE)


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
    # Kind of repair of 机动车维修管理规定 that sets the guarantee period (storage.rules.guarantee.KINDS).
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


# -- member cards and prepaid packages (会员卡 / 储值卡 / 套餐卡, storage.cashier.cards) -----------------
CARD_TYPES = tuple(CardType)
CARD_MOVEMENT_KINDS = ("购卡", "使用", "冲销退回", "退卡")


class CardKind(VersionedModel):
    """A card the manager offers. 储值卡: money onto the customer's member balance (the price is the
    least first load, 0 for any). 套餐卡: `services` times the item `service_name` (matched on a
    settlement line by `service_code`, the labour code, or else by the line's description) for `price`,
    usable `valid_months` from the sale (0: no expiry)."""

    LABEL = "卡种"
    name = peewee.CharField(max_length=40, unique=True)
    card_type = peewee.CharField(max_length=4)  # 储值卡 套餐卡
    price = MoneyField()
    service_name = peewee.CharField(max_length=60, default="")
    service_code = peewee.CharField(max_length=40, default="")
    services = peewee.IntegerField(default=0)
    valid_months = peewee.IntegerField(default=0)
    active = peewee.BooleanField(default=True)


class BonusRule(BaseModel):
    """充值赠送: a top-up of at least `threshold` gets `bonus` on top (the highest rule reached applies)."""

    threshold = MoneyField(unique=True)
    bonus = MoneyField()
    active = peewee.BooleanField(default=True)


class MemberCard(VersionedModel):
    """One card sold to a customer. A package card's remaining services are the sum of its
    CardMovement rows; `remaining` caches that sum, kept in the same transaction and verified by
    `check`. A stored-value card holds no money itself: its money is the customer's member balance
    (Customer.member_balance and its MemberMovement ledger)."""

    LABEL = "会员卡"
    number = peewee.CharField(max_length=20, unique=True)
    kind = peewee.ForeignKeyField(CardKind, backref="cards", on_delete="RESTRICT")
    customer = peewee.ForeignKeyField(Customer, backref="cards", on_delete="RESTRICT")
    price = MoneyField()  # what was paid for the package, frozen: a later price change is not this card's
    services = peewee.IntegerField(default=0)  # bought, frozen
    remaining = peewee.IntegerField(default=0)
    sold_at = peewee.DateTimeField(default=now, index=True)
    expires_on = peewee.DateField(null=True)  # last day a package service may be used
    status = peewee.CharField(max_length=4, default=CardStatus.ACTIVE, index=True)


class CardSale(BaseModel):
    """The till's document of a card sale, top-up or refund (its own receipt, its own Payment rows)."""

    number = peewee.CharField(max_length=20, unique=True)
    action = peewee.CharField(max_length=4)  # 购卡 充值 退卡
    customer = peewee.ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    card = peewee.ForeignKeyField(MemberCard, null=True, backref="sales", on_delete="RESTRICT")
    amount = MoneyField()  # money taken (+) or paid back (-)
    bonus = MoneyField()  # 赠送 credited with a top-up
    at = peewee.DateTimeField(default=now, index=True)
    business_day = peewee.DateField(index=True)
    cashier = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    approved_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    note = peewee.CharField(max_length=200, default="")


class CardMovement(BaseModel):
    """One change of a package card's services: 购卡 (+services), 使用 (-1 a settlement line),
    冲销退回 (+ a reversed settlement), 退卡 (- what was left, refunded)."""

    card = peewee.ForeignKeyField(MemberCard, backref="movements", on_delete="RESTRICT")
    kind = peewee.CharField(max_length=4)
    services = peewee.IntegerField()  # + in, - out
    remaining_after = peewee.IntegerField()
    value = MoneyField()  # the services' worth at the card's price (+ in, - out)
    at = peewee.DateTimeField(default=now)
    user = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    document = peewee.CharField(max_length=40, default="", index=True)  # settlement or card-sale number
    reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("card", "at"), False),)


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
    card_sale = peewee.ForeignKeyField(CardSale, null=True, backref="payments", on_delete="RESTRICT")


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



# -- invoices (发票, storage.cashier.invoices) ---------------------------------------------------------
class Invoice(VersionedModel):
    """发票 issued for a settlement, as the cashier records it after issuing it in the tax system. A
    settlement may get several over time (issued, red-lettered, issued again); a red-lettered one
    (已红冲) stays, with who red-lettered it, who approved, when and why."""

    LABEL = "发票"
    settlement = peewee.ForeignKeyField(Settlement, backref="invoices", on_delete="RESTRICT")
    kind = peewee.CharField(max_length=8)  # 普通发票 增值税专用发票 数电发票
    code = peewee.CharField(max_length=12, default="")  # 发票代码: paper invoices only
    number = peewee.CharField(max_length=20)  # 发票号码
    buyer_title = peewee.CharField(max_length=100)  # 购买方名称 (抬头)
    buyer_tax_number = peewee.CharField(max_length=18, default="")  # 统一社会信用代码; a person may have none
    amount = MoneyField()
    issued_on = peewee.DateField()
    recorded_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    recorded_at = peewee.DateTimeField(default=now)
    status = peewee.CharField(max_length=4, default=InvoiceStatus.NORMAL, index=True)  # 正常 已红冲
    red_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    red_approved_by = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    red_at = peewee.DateTimeField(null=True)
    red_reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = (
            (("kind", "code", "number"), True),  # one invoice is recorded once
            (("issued_on", "id"), False),  # finance's list, newest first
        )


class InvoiceBuyer(BaseModel):
    """The buyer's title and tax number a customer last asked for, offered at the next invoice."""

    customer = peewee.ForeignKeyField(Customer, unique=True, backref="+", on_delete="CASCADE")
    title = peewee.CharField(max_length=100)
    tax_number = peewee.CharField(max_length=18, default="")
    updated_at = peewee.DateTimeField(default=now)
