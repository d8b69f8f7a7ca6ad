"""代步车: the store's loaner fleet and the loans handed out against work orders (storage.reception.loaners)."""
import peewee

from storage.models.base import MoneyField, VersionedModel, now
from storage.models.customers import Customer
from storage.models.people import User
from storage.models.workshop import WorkOrder
from storage.rules.vocabulary import LoanStatus, PaymentMethod


class LoanerCar(VersionedModel):
    """One car of the fleet the manager keeps; its mileage and fuel follow every return."""

    LABEL = "代步车"
    plate = peewee.CharField(max_length=16, unique=True)
    model = peewee.CharField(max_length=40)
    colour = peewee.CharField(max_length=16, default="")
    active = peewee.BooleanField(default=True)
    mileage = peewee.IntegerField(default=0)  # km, as last read at a return (or set by the manager)
    fuel = peewee.IntegerField(default=8)  # eighths of a tank, 0..8

    def label(self) -> str:
        return f"代步车 {self.plate}"


class Loan(VersionedModel):
    """A hand-out (借出) and its return (归还). One open loan per car and per order."""

    LABEL = "代步车借用单"
    number = peewee.CharField(max_length=24, unique=True)
    car = peewee.ForeignKeyField(LoanerCar, backref="loans", on_delete="RESTRICT")
    order = peewee.ForeignKeyField(WorkOrder, backref="loans", on_delete="RESTRICT")
    customer = peewee.ForeignKeyField(Customer, on_delete="RESTRICT")
    status = peewee.CharField(max_length=4, default=LoanStatus.OUT, index=True)
    out_at = peewee.DateTimeField(default=now, index=True)
    out_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    due_at = peewee.DateTimeField(index=True)  # promised return
    mileage_out = peewee.IntegerField()
    fuel_out = peewee.IntegerField()
    damage_out = peewee.TextField(default="")
    deposit = MoneyField()
    deposit_method = peewee.CharField(max_length=8, default=PaymentMethod.CASH)
    in_at = peewee.DateTimeField(null=True)
    in_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    mileage_in = peewee.IntegerField(null=True)
    fuel_in = peewee.IntegerField(null=True)
    damage_in = peewee.TextField(default="")  # new damage found at the return
    deposit_refunded = MoneyField()
    deposit_kept = MoneyField()
    kept_reason = peewee.CharField(max_length=200, default="")
