"""Money: always Decimal, rounded half-up to the fen (0.01 yuan). One helper, used everywhere."""
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import ValidationError

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


def money(value, *, field: str = "金额") -> Decimal:
    """Turn user or stored input into yuan with two decimals. Floats are refused: they already lost cents."""
    if isinstance(value, float):
        raise TypeError("money must never pass through float")
    if value is None or value == "":
        return ZERO
    if isinstance(value, Decimal):
        amount = value
    else:
        text = str(value).strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(f"{field}“{value}”不是有效的金额", field=field) from None
    if not amount.is_finite():
        raise ValidationError(f"{field}“{value}”不是有效的金额", field=field)
    if abs(amount) >= Decimal("1e10"):
        raise ValidationError(f"{field}超出范围（最多 9,999,999,999.99 元）", field=field)
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def times(quantity, price) -> Decimal:
    """Line amount: quantity × unit price, rounded once at the end."""
    return money(Decimal(str(quantity)) * money(price))


def fmt(amount) -> str:
    """¥1,234.50 style for screens and paper."""
    return f"¥{money(amount):,.2f}"
