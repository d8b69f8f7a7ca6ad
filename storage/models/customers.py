"""The customer and vehicle archive (客户档案): customers, their cars, ownership and mileage over time."""
import peewee

from storage.models.base import BaseModel, MoneyField, VersionedModel, now
from storage.models.people import User
from storage.rules.vocabulary import CustomerKind, MemberMovementKind


class Customer(VersionedModel):
    LABEL = "客户"
    name = peewee.CharField(max_length=64, index=True)
    kind = peewee.CharField(max_length=8, default=CustomerKind.PERSON)  # 个人 / 单位
    phone = peewee.CharField(max_length=20, index=True)
    # Reversed phone digits, so "the last digits" is an indexed prefix search.
    phone_rev = peewee.CharField(max_length=20, index=True, default="")
    phone2 = peewee.CharField(max_length=20, default="")
    address = peewee.CharField(max_length=200, default="")
    company = peewee.CharField(max_length=100, default="")
    id_number = peewee.CharField(max_length=32, default="")
    birthday = peewee.DateField(null=True)
    source = peewee.CharField(max_length=16, default="")  # 本店购车 / 外店 / 转介绍 ...
    # Cached sum of the customer's MemberMovement rows, kept in the same transaction; `check` verifies it.
    member_balance = MoneyField()
    # 单位月结: a company with an agreement settles on account up to this much outstanding; 0: pays at the till.
    credit_limit = MoneyField()
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=now, index=True)
    created_by = peewee.CharField(max_length=64, default="")

    def label(self) -> str:
        return f"客户 {self.name}"


class VehicleModel(BaseModel):
    """Make and model as the store's brand catalogue names them (车型)."""

    brand = peewee.CharField(max_length=32)
    name = peewee.CharField(max_length=64)
    # Regular maintenance interval, for reminders.
    service_km = peewee.IntegerField(default=10000)
    service_months = peewee.IntegerField(default=12)
    # 系统管理 → 车型: what the workshop needs to tell two variants apart, and the model group
    # (车系) a labour-time entry may be written for instead of one model.
    engine = peewee.CharField(max_length=32, default="")
    displacement = peewee.CharField(max_length=16, default="")
    gearbox = peewee.CharField(max_length=32, default="")
    group = peewee.CharField(max_length=32, default="")
    active = peewee.BooleanField(default=True)

    class Meta:
        indexes = ((("brand", "name"), True),)

    def __str__(self) -> str:
        return f"{self.brand} {self.name}"


class VinPrefix(BaseModel):
    """The store's own table: a VIN starting with `prefix` (WMI + VDS, 4–11 characters) is this model;
    the longest prefix that fits wins (storage.admin.vehicles.decode_vin)."""

    prefix = peewee.CharField(max_length=11, unique=True)
    model = peewee.ForeignKeyField(VehicleModel, backref="vin_prefixes", on_delete="CASCADE")
    updated_by = peewee.CharField(max_length=64, default="")


class Vehicle(VersionedModel):
    LABEL = "车辆"
    plate = peewee.CharField(max_length=10, unique=True)
    plate_rev = peewee.CharField(max_length=10, index=True, default="")
    vin = peewee.CharField(max_length=17, null=True, unique=True)
    vin_tail = peewee.CharField(max_length=6, index=True, default="")
    engine_no = peewee.CharField(max_length=32, default="")
    model = peewee.ForeignKeyField(VehicleModel, null=True, backref="vehicles", on_delete="RESTRICT")
    model_text = peewee.CharField(max_length=64, default="")
    colour = peewee.CharField(max_length=16, default="")
    purchase_date = peewee.DateField(null=True)  # the purchase invoice's date (购车发票)
    # The day the car was handed to the buyer, when not the invoice's: 三包 periods start from it (第十八条).
    delivery_date = peewee.DateField(null=True)
    owner = peewee.ForeignKeyField(Customer, backref="vehicles", on_delete="RESTRICT", index=True)
    last_mileage = peewee.IntegerField(default=0)
    last_visit_at = peewee.DateTimeField(null=True, index=True)
    insurance_due = peewee.DateField(null=True, index=True)  # the care desk's renewal reminders look these up
    inspection_due = peewee.DateField(null=True, index=True)
    # 三包 (family-car repair/replace/return rules) periods start at the purchase (or delivery) date.
    family_car = peewee.BooleanField(default=True)
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=now)

    def label(self) -> str:
        return f"车辆 {self.plate}"


class Ownership(BaseModel):
    """A car changes owner with its history kept: one row per owner period."""

    vehicle = peewee.ForeignKeyField(Vehicle, backref="ownerships", on_delete="CASCADE")
    customer = peewee.ForeignKeyField(Customer, backref="ownerships", on_delete="RESTRICT")
    since = peewee.DateTimeField(default=now)
    until = peewee.DateTimeField(null=True)


class MileageReading(BaseModel):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="mileage_readings", on_delete="CASCADE")
    km = peewee.IntegerField()
    at = peewee.DateTimeField(default=now)
    source = peewee.CharField(max_length=24, default="")  # work order number, follow-up call, ...
    overridden_by = peewee.CharField(max_length=64, default="")  # manager who allowed a lower reading

    class Meta:
        indexes = ((("vehicle", "at"), False),)


MEMBER_MOVEMENT_KINDS = tuple(MemberMovementKind)


class MemberMovement(BaseModel):
    """One change of a member's balance (会员余额). Customer.member_balance is the sum of `amount`
    over the customer's movements: opening (期初, at go-live), spent at a settlement (消费, negative),
    given back by a reversal (冲销退回); 充值 and its 赠送 (the manager's bonus rule) at the till, 退卡
    when the balance is cashed in (storage.cashier.cards)."""

    customer = peewee.ForeignKeyField(Customer, backref="member_movements", on_delete="RESTRICT")
    kind = peewee.CharField(max_length=8)
    amount = MoneyField()  # + in, - out
    balance_after = MoneyField()
    at = peewee.DateTimeField(default=now)
    user = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    document = peewee.CharField(max_length=40, default="", index=True)  # settlement number, old card number ...
    reason = peewee.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("customer", "at"), False),)
