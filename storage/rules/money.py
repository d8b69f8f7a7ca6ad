"""Money: always Decimal, rounded half-up to the fen (0.01 yuan). One helper, used everywhere."""
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from storage.rules.errors import ValidationError
from storage.rules.validation import halfwidth

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


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def in_capitals(amount) -> str:
    """人民币大写 of an amount as written on Chinese invoices and settlements (大写金额):
    1234.50 -> 壹仟贰佰叁拾肆元伍角整, 1005.07 -> 壹仟零伍元零柒分, 100000001 -> 壹亿零壹元整,
    0.5 -> 伍角整, 0 -> 零元整; a negative amount is preceded by 负."""
    value = money(amount) if not isinstance(amount, Decimal) else amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
    fen = int((abs(value) * 100).to_integral_value())
    yuan, jiao, cent = fen // 100, fen // 10 % 10, fen % 10
    digits = str(yuan) if yuan else ""
    out, zeros = "", False
    for i, ch in enumerate(digits):
        place = len(digits) - 1 - i
        if ch == "0":
            zeros = True
        else:
            out += ("零" if zeros else "") + _DIGITS[int(ch)] + _UNITS[place % 4]
            zeros = False
        if place % 4 == 0 and place and yuan // 10 ** place % 10000:
            out += _GROUPS[place // 4]
    if not fen:
        return "零元整"
    if yuan:
        out += "元"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif cent and yuan:
        out += "零"
    out += _DIGITS[cent] + "分" if cent else "整"
    return ("负" if value < 0 else "") + out
