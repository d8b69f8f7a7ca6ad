"""Store-wide settings kept in the database (every PC sees the same): name, address, rates, limits."""
import json
from decimal import Decimal

from .audit import record
from .auth import require
from .db import transaction
from .errors import ValidationError
from .models import Setting, now
from .validation import normalize_phone

# key -> (default, label). Values are JSON; money travels as strings to stay Decimal.
DEFAULTS = {
    "store.name": ("", "店名"),
    "store.address": ("", "地址"),
    "store.phone": ("", "服务电话"),
    "store.brand": ("", "授权品牌"),
    "store.licence": ("", "维修经营许可证号"),
    "labour.rate": ("120.00", "工时单价（元/小时）"),
    "care.lost_after_months": (3, "流失客户：多少个月未回厂"),
    "care.first_call_days": (2, "首次回访：交车后天数"),
    "care.second_call_days": (7, "二次回访：首次回访后天数"),
    # Minimum completion guarantee periods of 机动车维修管理规定 (days, km); a store may grant more, never less.
    "guarantee.整车修理": ([100, 20000], "整车修理/总成修理 保证期（天，公里）"),
    "guarantee.二级维护": ([30, 5000], "二级维护 保证期（天，公里）"),
    "guarantee.一级维护": ([10, 2000], "一级维护/小修/专项修理 保证期（天，公里）"),
}
LEGAL_MINIMUM = {k: v[0] for k, v in DEFAULTS.items() if k.startswith("guarantee.")}


def get(key: str):
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS[key][0]
    return json.loads(row.value)


def get_money(key: str) -> Decimal:
    return Decimal(str(get(key)))


def store_header() -> dict:
    """What every printed document puts at its top."""
    return {k.split(".", 1)[1]: get(k) for k in ("store.name", "store.address", "store.phone", "store.brand", "store.licence")}


def clean_store_detail(key: str, value):
    """Store name must be there; the service phone is normalised like every phone number."""
    if key == "store.name":
        value = (value or "").strip()
        if not value:
            raise ValidationError("请填写店名。", field=key)
    elif key == "store.phone" and (value or "").strip():
        value = normalize_phone(value)
    elif isinstance(value, str):
        value = value.strip()
    return value


def put(user, key: str, value, *, check_permission: bool = True) -> None:
    if key not in DEFAULTS:
        raise ValidationError(f"未知的设置项“{key}”。")
    if check_permission:
        require(user, "prices.edit" if key == "labour.rate" else "settings.store")
    if key.startswith("store."):
        value = clean_store_detail(key, value)
    if key.startswith("guarantee."):
        days, km = int(value[0]), int(value[1])
        min_days, min_km = LEGAL_MINIMUM[key]
        if days < min_days or km < min_km:
            raise ValidationError(
                f"{DEFAULTS[key][1]}不得低于法定最低标准 {min_days} 天或 {min_km} 公里。", field=key
            )
        value = [days, km]
    if key == "labour.rate":
        from .money import money

        value = str(money(value, field="工时单价"))
        if Decimal(value) <= 0:
            raise ValidationError("工时单价必须大于 0。", field=key)
    with transaction():
        old = Setting.get_or_none(Setting.key == key)
        text = json.dumps(value, ensure_ascii=False)
        who = user.display_name if user else ""
        Setting.insert(key=key, value=text, updated_at=now(), updated_by=who).on_conflict(
            conflict_target=[Setting.key],
            update={Setting.value: text, Setting.updated_at: now(), Setting.updated_by: who},
        ).execute()
        record(user, "setting.change", ("Setting", key), before={"value": old.value if old else None}, after={"value": text})
