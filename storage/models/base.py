"""Base classes and field helpers shared by every model."""
import datetime as dt
from decimal import Decimal

import peewee

from ..db import database


def now() -> dt.datetime:
    """Wall-clock time of the store, to the second (stored naive, local time of the store)."""
    return dt.datetime.now().replace(microsecond=0)


class MoneyField(peewee.DecimalField):
    """Yuan with two decimals, rounded half-up; never a float."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("auto_round", True)
        kwargs.setdefault("default", Decimal("0.00"))
        import decimal

        kwargs.setdefault("rounding", decimal.ROUND_HALF_UP)
        super().__init__(*args, **kwargs)


class QuantityField(peewee.DecimalField):
    """Quantities: whole units for most parts, litres of oil to three decimals."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 3)
        kwargs.setdefault("auto_round", True)
        kwargs.setdefault("default", Decimal("0"))
        super().__init__(*args, **kwargs)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A record several stations edit. `version` goes up by one on every save through
    storage.locking.save_versioned; a save that carries an old version is refused, and the
    message names `updated_by` (the user's display name) and `updated_at`."""

    version = peewee.IntegerField(default=1)
    updated_at = peewee.DateTimeField(default=now)
    updated_by = peewee.CharField(max_length=64, default="")

    LABEL = "记录"

    def label(self) -> str:
        """How the record is named in messages, e.g. "工单 WO20261124-0003"."""
        return f"{self.LABEL} {getattr(self, 'number', None) or '#' + str(self.id)}"
