"""The identifiers people type every day: plates, VINs, phone numbers. One normaliser each.

Each function returns the normalised value or raises ValidationError with a message that says why.
"""
import re
import unicodedata

from storage.rules.errors import ValidationError

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
_SERIAL = f"[{PLATE_LETTERS}0-9]"
_SPECIAL_TAIL = "学警挂港澳领试超"
_PLATE_PATTERNS = (
    # Ordinary: 京A12345, 粤B8K2L9, 苏E1234学
    re.compile(f"^[{PROVINCES}][{PLATE_LETTERS}]{_SERIAL}{{5}}$"),
    re.compile(f"^[{PROVINCES}][{PLATE_LETTERS}]{_SERIAL}{{4}}[{_SPECIAL_TAIL}]$"),
    # New energy, small car: 京AD12345, 沪AF1A234 (letter first, 6 characters)
    re.compile(f"^[{PROVINCES}][{PLATE_LETTERS}][A-HJK][{PLATE_LETTERS}0-9][0-9]{{4}}$"),
    # New energy, large vehicle: 粤B12345D
    re.compile(f"^[{PROVINCES}][{PLATE_LETTERS}][0-9]{{5}}[A-HJK]$"),
)


def halfwidth(text) -> str:
    """What a Chinese input method types, as plain ASCII where it can be: ＡＢ１２ → AB12, ￥ → ¥."""
    return unicodedata.normalize("NFKC", "" if text is None else str(text))


SEARCH_MAX = 100  # longer than any name, number, plate or VIN a search box can find
# What no stored text holds and no driver takes: lone surrogates (half an emoji pasted), the
# noncharacters (U+FDD0-U+FDEF and the last two code points of every plane, U+FFFF, U+10FFFF...).
_UNSEARCHABLE = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef" + "".join(f"{chr(p << 16 | 0xFFFE)}{chr(p << 16 | 0xFFFF)}" for p in range(17)) + "]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # NUL, a scanner's CR/LF and tab, escapes


def searchable(text) -> str:
    """What a search box's text is compared with: full-width folded as halfwidth() does, control
    characters as spaces, surrogates and noncharacters dropped, trimmed, at most SEARCH_MAX
    characters. Takes any string a keyboard, scanner, paste or import can give; never raises."""
    if text is None:
        return ""
    text = str(text)[: SEARCH_MAX * 4]  # NFKC may grow a character, spaces may go: bound the work first
    text = _CONTROL.sub(" ", _UNSEARCHABLE.sub("", unicodedata.normalize("NFKC", _UNSEARCHABLE.sub("", text))))
    return text.strip()[:SEARCH_MAX].strip()


def normalize_plate(raw: str) -> str:
    """'京a 12345', '京A·12345', 'ｊｉｎｇ' full-width... → '京A12345'; refuse what cannot be a plate."""
    text = halfwidth(raw)
    text = re.sub(r"[\s·•.\-_]", "", text).upper()
    if not text:
        raise ValidationError("请输入车牌号。", field="plate")
    if text[0] not in PROVINCES:
        raise ValidationError(
            f"车牌“{raw.strip()}”的第一个字应是省份简称（如 京、沪、粤），而不是“{text[0]}”。", field="plate"
        )
    if len(text) < 2 or text[1] not in PLATE_LETTERS:
        shown = text[1] if len(text) > 1 else "（空）"
        raise ValidationError(f"车牌“{raw.strip()}”的第二位应是发牌机关字母（A–Z，不含 I、O），而不是“{shown}”。", field="plate")
    serial = text[2:]
    if re.search("[IO]", serial):
        raise ValidationError(f"车牌“{raw.strip()}”中不能有字母 I 或 O（容易与 1、0 混淆）。", field="plate")
    if len(serial) not in (5, 6):
        raise ValidationError(
            f"车牌“{raw.strip()}”在字母后应有 5 位（普通车牌）或 6 位（新能源车牌），现在是 {len(serial)} 位。",
            field="plate",
        )
    if not any(p.match(text) for p in _PLATE_PATTERNS):
        if len(serial) == 6:
            raise ValidationError(
                f"车牌“{raw.strip()}”不是有效的新能源号牌：小型车为字母 D/F 等开头加 5 位，大型车为 5 位数字后加 D/F。",
                field="plate",
            )
        raise ValidationError(f"车牌“{raw.strip()}”的号码部分只能是字母（不含 I、O）和数字。", field="plate")
    return text


VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
              **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def normalize_vin(raw: str) -> str:
    """17 characters, no I/O/Q, position 9 the ISO 3779 check digit (as China's GB 16735 requires)."""
    text = re.sub(r"[\s\-]", "", halfwidth(raw)).upper()
    if not text:
        raise ValidationError("请输入车架号（VIN）。", field="vin")
    bad = sorted(set(c for c in text if c in "IOQ"))
    if bad:
        raise ValidationError(f"车架号中不能有字母 {'、'.join(bad)}（VIN 不使用 I、O、Q，请核对是否为 1 或 0）。", field="vin")
    others = sorted(set(c for c in text if c not in VIN_VALUES))
    if others:
        raise ValidationError(f"车架号中有无效字符“{''.join(others)}”：只能是字母和数字。", field="vin")
    if len(text) != 17:
        raise ValidationError(f"车架号应为 17 位，现在是 {len(text)} 位。", field="vin")
    expected = vin_check_digit(text)
    if text[8] != expected:
        raise ValidationError(
            f"车架号校验位不符：第 9 位应为“{expected}”，实际为“{text[8]}”。请逐位核对车架号是否抄错。", field="vin"
        )
    return text


_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Landline: area code 010 / 02x (3 digits) or 0xxx (4 digits), then 7–8 digits, optional extension.
_LANDLINE = re.compile(r"^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})(?:(?:转|ext|x|#)(\d{1,6}))?$")


def normalize_phone(raw: str) -> str:
    """'138 0013 8000', '+86-13800138000' → '13800138000'; '010 8888 6666' → '010-88886666'."""
    text = halfwidth(raw).strip().lower()
    text = re.sub(r"[\s\-()（）]", "", text)
    if not text:
        raise ValidationError("请输入电话号码。", field="phone")
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if _MOBILE.match(text):
        return text
    landline = _LANDLINE.match(text)
    if landline:
        area, number, ext = landline.groups()
        return f"{area}-{number}" + (f"转{ext}" if ext else "")
    if text.startswith("1"):
        digits = re.sub(r"\D", "", text)
        if len(digits) != 11:
            raise ValidationError(f"手机号“{raw.strip()}”应为 11 位，现在是 {len(digits)} 位。", field="phone")
        raise ValidationError(f"手机号“{raw.strip()}”的第二位应为 3–9。", field="phone")
    if text.startswith("0"):
        raise ValidationError(f"固定电话“{raw.strip()}”应为区号加 7–8 位号码，如 010-88886666。", field="phone")
    raise ValidationError(
        f"电话“{raw.strip()}”无法识别：手机号为 11 位（1 开头），固定电话需带区号（0 开头）。", field="phone"
    )


def digits_reversed(text: str) -> str:
    """Reverse a phone number's digits (or a plate) so 'the last digits' become an indexed prefix."""
    return re.sub(r"\D", "", text)[::-1]


def clean_text(value, label: str, *, max_length: int, required: bool = True, field: str | None = None) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(f"请填写{label}。", field=field)
    if len(text) > max_length:
        raise ValidationError(f"{label}最多 {max_length} 个字。", field=field)
    return text


# 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 and the capitals but I O S V Z; the last is a
# check character, 31 - (sum of each of the first 17's value x 3^i mod 31) mod 31, as a character again.
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_CODE_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))


def credit_code_check(first17: str) -> str:
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, _CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def normalize_credit_code(raw) -> str:
    """A buyer's 纳税人识别号 as a 统一社会信用代码: 18 characters, its check character right; "" for none."""
    code = re.sub(r"\s", "", halfwidth(raw)).upper()
    if not code:
        return ""
    if len(code) != 18:
        raise ValidationError(f"纳税人识别号应为 18 位统一社会信用代码，现在是 {len(code)} 位。", field="tax_number")
    wrong = sorted({c for c in code if c not in CREDIT_CODE_CHARS})
    if wrong:
        raise ValidationError(f"纳税人识别号里不能有“{'、'.join(wrong)}”（统一社会信用代码不用 I、O、S、V、Z）。",
                              field="tax_number")
    if credit_code_check(code[:17]) != code[17]:
        raise ValidationError(f"纳税人识别号 {code} 的校验位不对，请核对是否输错。", field="tax_number")
    return code
