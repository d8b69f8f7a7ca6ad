"""Money: always Decimal, rounded half-up to the fen (0.01 yuan). One helper, used everywhere."""
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import ValidationError
from .validation import halfwidth

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


def parse_decimal(value, *, label: str, field: str | None = None, what: str = "数字") -> Decimal:
    """A number as people type it (full-width digits, thousands separators, a yuan sign), exactly.
    Floats are refused: they have already lost the exact value. Range checks are the caller's."""
    if isinstance(value, float):
        raise TypeError("numbers for money, quantities and hours must never pass through float")
    if isinstance(value, Decimal):
        number = value
    else:
        text = halfwidth(value).strip().replace(",", "").replace("¥", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(f"{label}“{value}”不是有效的{what}。", field=field) from None
    if not number.is_finite():
        raise ValidationError(f"{label}“{value}”不是有效的{what}。", field=field)
    return number


def money(value, *, field: str = "金额") -> Decimal:
    """Turn user or stored input into yuan with two decimals."""
    if value is None or value == "":
        return ZERO
    amount = parse_decimal(value, label=field, field=field, what="金额")
    if abs(amount) >= Decimal("1e10"):
        raise ValidationError(f"{field}超出范围（最多 9,999,999,999.99 元）", field=field)
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def times(quantity, price) -> Decimal:
    """Line amount: quantity × unit price, rounded once at the end."""
    return money(Decimal(str(quantity)) * money(price))


def fmt(amount) -> str:
    """¥1,234.50 style for screens and paper."""
    return f"¥{money(amount):,.2f}"
