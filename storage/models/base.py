"""Base classes and field helpers shared by every model."""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import peewee

from storage.plumbing.db import database


def wall_clock() -> dt.datetime:
    """The computer's clock, read here alone by now(): a test freezes the program's time by replacing
    this one function (monkeypatch.setattr(storage.models.base, "wall_clock", ...))."""
    return dt.datetime.now()


def now() -> dt.datetime:
    """Wall-clock time of the store, to the second (stored naive, local time of the store)."""
    return wall_clock().replace(microsecond=0)


class FixedPointField(peewee.BigIntegerField):
    """A Decimal stored as a whole number of its smallest unit (fen for money, thousandths for
    quantities), so sums in SQL are exact on SQLite too, whose DECIMAL columns are really floats.

    Reading a row gives a Decimal. An aggregate in SQL gives the raw integer: wrap it with
    `summed(expr, field)` (or `.python_value(field.python_value)`) to get a Decimal back."""

    def __init__(self, *args, scale: int = 2, **kwargs):
        self.scale = scale
        self._unit = Decimal(1).scaleb(-scale)
        kwargs.setdefault("default", Decimal(0).quantize(self._unit))
        super().__init__(*args, **kwargs)

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("fixed-point values must never pass through float")
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        return int(value.quantize(self._unit, rounding=ROUND_HALF_UP).scaleb(self.scale))

    def python_value(self, value):
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale)


class MoneyField(FixedPointField):
    """Yuan to the fen, rounded half-up."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, scale=2, **kwargs)


class QuantityField(FixedPointField):
    """Quantities: whole units for most parts, litres of oil to three decimals."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, scale=3, **kwargs)


class CostField(FixedPointField):
    """Unit costs, which a moving average carries to four decimals."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, scale=4, **kwargs)


def summed(expr, field: FixedPointField):
    """SUM(expr) as a Decimal in the field's unit, 0 when there are no rows."""
    return peewee.fn.COALESCE(peewee.fn.SUM(expr), 0).python_value(field.python_value)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A record several stations edit. `version` goes up by one on every save through
    storage.plumbing.locking.save_versioned; a save that carries an old version is refused, and the
    message names `updated_by` (the user's display name) and `updated_at`."""

    version = peewee.IntegerField(default=1)
    updated_at = peewee.DateTimeField(default=now)
    updated_by = peewee.CharField(max_length=64, default="")

    LABEL = "记录"

    def label(self) -> str:
        """How the record is named in messages, e.g. "工单 WO20261124-0003"."""
        return f"{self.LABEL} {getattr(self, 'number', None) or '#' + str(self.id)}"
