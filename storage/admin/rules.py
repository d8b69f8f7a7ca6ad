"""系统管理 → 保证期与三包: the completion guarantee periods (机动车维修管理规定), the care desk's
timings and the 三包 limits (家用汽车产品修理更换退货责任规定), each with its legal or seed default
beside it. Saving goes through storage.rules.settings.put, which holds the law: a guarantee period never
shorter than the legal minimum, a 三包 period never shorter and a 三包 limit never higher than the
regulation's, the regulation's safety systems never dropped (storage.rules.sanbao_law.check_statutory)."""
import re

from storage.parts.reads import export_xlsx
from storage.rules import settings
from storage.rules.errors import ValidationError
from storage.rules.sanbao_law import SAFETY_SYSTEMS, STATUTORY_LIMITS, STATUTORY_PERIODS
from storage.rules.validation import searchable

GROUPS = (("guarantee.", "竣工出厂质量保证期"), ("sanbao.", "三包"), ("care.", "客服回访与提醒"))


def _legal(key: str) -> str:
    if key in settings.LEGAL_MINIMUM:
        days, km = settings.LEGAL_MINIMUM[key]
        return f"法定最低 {days} 天 / {km:,} 公里（机动车维修管理规定）"
    if key in STATUTORY_PERIODS:
        years, km = STATUTORY_PERIODS[key]
        return f"法定最低 {years} 年 / {km:,} 公里（家用汽车产品修理更换退货责任规定）"
    if key in STATUTORY_LIMITS:
        return f"法定上限 {STATUTORY_LIMITS[key]}（只可调低以提前预警）"
    if key == "sanbao.safety_systems":
        return f"法定必含：{'、'.join(SAFETY_SYSTEMS)}"
    return "门店自定（默认为建议值）"


def text_of(value) -> str:
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def rule_rows(text: str = "") -> list[dict]:
    """Every guarantee, 三包 and care setting: its value now, the default, and what the law says."""
    text = searchable(text)
    rows = []
    for prefix, group in GROUPS:
        for key, (default, label) in settings.DEFAULTS.items():
            if not key.startswith(prefix):
                continue
            if text and text not in label and text not in group and text not in key:
                continue
            value = settings.get(key)
            rows.append({"key": key, "group": group, "label": label, "value": text_of(value), "default": text_of(default),
                         "legal": _legal(key), "changed": value != default})
    return rows


def parse(key: str, text: str):
    """What a typed value means for `key`, in the shape of its default (numbers, a pair, a list of words)."""
    default, label = settings.DEFAULTS[key]
    text = (text or "").strip()
    if isinstance(default, list) and all(isinstance(x, str) for x in default):
        return [w for w in re.split(r"[、,，;；\s]+", text) if w]
    if isinstance(default, list):
        numbers = re.findall(r"\d+", text.replace(",", "").replace("，", ""))
        if len(numbers) != len(default):
            raise ValidationError(f"{label}：请填 {len(default)} 个整数，用顿号分开（如 {text_of(default)}）。", field="value")
        return [int(n) for n in numbers]
    if isinstance(default, str):
        return text
    if not re.fullmatch(r"\d+", text):
        raise ValidationError(f"{label}必须是整数。", field="value")
    return int(text)


def save_rule(user, key: str, text: str) -> None:
    """Set one rule from its typed text; the law's limits are storage.rules.settings.put's."""
    if not any(key.startswith(prefix) for prefix, _g in GROUPS) or key not in settings.DEFAULTS:
        raise ValidationError(f"未知的设置项“{key}”。")
    settings.put(user, key, parse(key, text))


def export_rules(path, text: str = "") -> int:
    return export_xlsx(path, [("类别", "group"), ("项目", "label"), ("当前值", "value"), ("默认值", "default"),
                              ("法规", "legal")], rule_rows(text))
