"""Store-wide settings kept in the database (every PC sees the same): name, address, rates, limits."""
import base64
import json
import re
from decimal import Decimal
from pathlib import Path

from storage.models import PAYMENT_METHODS, Setting, now
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import money
from storage.rules.sanbao_law import check_statutory
from storage.rules.validation import normalize_phone

# The default prefix of each kind of document number (storage.rules.numbering); the store may set its own.
PREFIXES = {
    "work_order": "WO",
    "appointment": "YY",
    "settlement": "JS",
    "card_sale": "HK",  # 会员卡 购卡/充值/退卡 receipt
    "member_card": "VIP",
    "purchase": "CG",
    "receiving": "RK",
    "outbound": "CK",
    "stock_return": "TK",
    "supplier_return": "TH",
    "adjustment": "TZ",
    "parts_import": "DR",
    "count": "PD",
    "complaint": "TS",
    "claim": "SP",
    "old_part": "JJ",  # 旧件 tag of a warranty claim's failed part
    "certificate": "HG",
    "letter": "XH",  # 跟踪服务信函
    "opening_stock": "KZ",  # 期初库存审核入账 (开账)
    "loan": "DJ",  # 代步车借用单
}

# key -> (default, label). Values are JSON; money travels as strings to stay Decimal.
DEFAULTS = {
    "store.name": ("", "店名"),
    "store.address": ("", "地址"),
    "store.phone": ("", "服务电话"),
    "store.brand": ("", "授权品牌"),
    "store.licence": ("", "维修经营许可证号"),
    "store.invoice_header": ("", "发票抬头"),
    # The printed header's logo: a small PNG or JPEG, base64 (set_logo checks it).
    "store.logo": ("", "单据抬头标志"),
    "labour.rate": ("120.00", "工时单价（元/小时）"),
    # 分系统工时单价: a repair system (LabourItem.system: 钣金, 喷漆...) priced at its own rate; the
    # others at labour.rate (labour_rate()).
    "labour.rates": ({}, "分系统工时单价（元/小时）"),
    # 计件工资: paid per hour sold; the default is 30 % of the default labour rate (storage.workshop.wages).
    "workshop.piece_rate": ("36.00", "计件单价（元/售出工时）"),
    "care.lost_after_months": (3, "流失客户：多少个月未回厂"),
    "care.first_call_days": (2, "首次回访：交车后天数"),
    "care.second_call_days": (7, "二次回访：首次回访后天数"),
    "care.max_call_attempts": (3, "回访未接通：最多拨打次数（之后放弃）"),
    "care.high_value_amount": ("5000.00", "高额维修：结算金额达到多少元在回访名单中标出"),
    "care.remind_ahead_days": (14, "保养/保险/年审：提前多少天第一次提醒"),
    "care.remind_near_days": (3, "保养/保险/年审：到期前多少天再次提醒"),
    "care.complaint_answer_hours": (48, "投诉：受理后多少小时内答复客户"),
    "care.complaint_revisit_days": (3, "投诉：答复后多少天再次回访"),
    # 三包 (家用汽车产品修理更换退货责任规定, 2022): limits may be set stricter, never looser (storage.care.sanbao).
    "sanbao.valid": ([2, 50000], "三包有效期（年，公里）"),
    "sanbao.repair_period": ([3, 60000], "包修期（年，公里）"),
    "sanbao.safety_repairs": (2, "严重安全性能故障累计修理次数上限（只可调低以提前预警）"),
    "sanbao.same_fault_repairs": (4, "同一质量问题累计修理次数上限（只可调低以提前预警；法定超过 4 次可换退）"),
    "sanbao.part_replacements": (2, "同一主要零部件/总成累计更换次数上限（只可调低以提前预警）"),
    "sanbao.repair_days": (30, "因质量问题累计修理天数上限（只可调低以提前预警；法定超过 30 日可换退）"),
    "sanbao.spare_car_days": (5, "包修期内单次修理超过多少天须提供备用车"),
    "sanbao.warn_days_before": (10, "累计修理天数距上限多少天开始预警"),
    # The regulation's own (转向, 制动, 车身, 安全装置) always count; a store may add systems, never drop these.
    "sanbao.safety_systems": (["转向", "制动", "车身", "安全装置"], "可能属严重安全性能故障的系统（工时项目的系统）"),
    # The main parts are data now (storage.care.main_parts, Part.sanbao_category), not a list of words.
    # Minimum completion guarantee periods of 机动车维修管理规定 (days, km); a store may grant more, never less.
    "guarantee.整车修理": ([100, 20000], "整车修理/总成修理 保证期（天，公里）"),
    "guarantee.二级维护": ([30, 5000], "二级维护 保证期（天，公里）"),
    "guarantee.一级维护": ([10, 2000], "一级维护/小修/专项修理 保证期（天，公里）"),
    # 系统管理 → 单据与收款: the prefix of each kind of document number (storage.rules.numbering), and the
    # payment methods the till offers (a subset of storage.models.PAYMENT_METHODS).
    "numbering.prefixes": ({}, "单据编号前缀"),
    "cashier.payment_methods": ([], "收款方式（空为全部）"),
    # 数据导入 (storage.golive.importing): per kind, the header each field was read from last time.
    "golive.mappings": ({}, "数据导入的列对应"),
    # 开账 (storage.golive.opening.confirm_none): the old system had none of these, so the go-live
    # checklist counts the item as done without an import.
    "golive.no_opening_receivables": (False, "确认无期初应收"),
    "golive.no_member_balances": (False, "确认无会员余额"),
}
LEGAL_MINIMUM = {k: v[0] for k, v in DEFAULTS.items() if k.startswith("guarantee.")}


# 演示数据: a database `--demo` filled (storage.demo) carries this row; the title bar and every printout
# say so. Never in DEFAULTS: no settings page and no put() can add or remove it.
DEMO_KEY = "demo.data"


def is_demo() -> bool:
    """Whether this database holds the demo store (演示数据), not a real store's data."""
    row = Setting.get_or_none(Setting.key == DEMO_KEY)
    return bool(row and json.loads(row.value) is True)


def mark_demo() -> None:
    """The demo generator's mark, inside its transaction (storage.demo)."""
    Setting.insert(key=DEMO_KEY, value="true", updated_at=now(), updated_by="演示数据").on_conflict(
        conflict_target=[Setting.key], update={Setting.value: "true"}).execute()


def get(key: str):
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS[key][0]
    return json.loads(row.value)


def get_money(key: str) -> Decimal:
    return Decimal(str(get(key)))


def store_header() -> dict:
    """What every printed document puts at its top; `demo` True on the demo's database (演示数据)."""
    header = {k.split(".", 1)[1]: get(k) for k in ("store.name", "store.address", "store.phone", "store.brand",
                                                     "store.licence", "store.invoice_header", "store.logo")}
    header["demo"] = is_demo()
    return header


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


LOGO_MAX_BYTES = 200 * 1024


def logo_bytes(path) -> str:
    """A logo file for the printed header, checked (PNG or JPEG, at most 200 KB), as base64 text."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"无法读取标志图片：{exc.strerror or exc}", field="store.logo") from None
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ValidationError("标志图片须为 PNG 或 JPEG 文件。", field="store.logo")
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(f"标志图片不能超过 {LOGO_MAX_BYTES // 1024} KB（现在 {len(data) // 1024} KB），请缩小后再选。",
                              field="store.logo")
    return base64.b64encode(data).decode("ascii")


def save_store(user, values: dict) -> None:
    """系统管理 → 门店: the store's details in one transaction (all saved or none), each through put()."""
    require(user, "settings.store")
    unknown = [k for k in values if not k.startswith("store.") or k not in DEFAULTS]
    if unknown:
        raise ValidationError(f"未知的门店设置项：{'、'.join(unknown)}")
    with transaction():
        for key, value in values.items():
            if get(key) != value:
                put(user, key, value)


def put(user, key: str, value, *, check_permission: bool = True) -> None:
    if key not in DEFAULTS:
        raise ValidationError(f"未知的设置项“{key}”。")
    if check_permission:
        require(user, "labour.edit" if key in ("labour.rate", "labour.rates") else "settings.store")
    if key.startswith("store."):
        value = clean_store_detail(key, value)
    if key.startswith("guarantee."):
        try:
            days, km = (int(str(part).strip()) for part in value)
        except (TypeError, ValueError):
            raise ValidationError(f"{DEFAULTS[key][1]}须为两个整数（天数和公里数）。", field=key) from None
        min_days, min_km = LEGAL_MINIMUM[key]
        if days < min_days or km < min_km:
            raise ValidationError(
                f"{DEFAULTS[key][1]}不得低于法定最低标准 {min_days} 天或 {min_km} 公里。", field=key
            )
        value = [days, km]
    if key.startswith(("care.", "sanbao.")):
        value = _care_value(key, value)
    if key == "labour.rates":
        value = _labour_rates(value)
    if key == "numbering.prefixes":
        value = _prefixes(value)
    if key == "cashier.payment_methods":
        value = _payment_methods(value)
    if key == "labour.rate":
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
        if key == "store.logo":  # the picture itself is not worth an audit row's room: its size says it changed
            record(user, "setting.change", ("Setting", key), before={"bytes": len(old.value) if old else 0},
                   after={"bytes": len(text)})
        else:
            record(user, "setting.change", ("Setting", key), before={"value": old.value if old else None}, after={"value": text})


def labour_rate(system: str = "") -> Decimal:
    """The rate a labour item of `system` is priced at: its system's own, else the store's rate."""
    return labour_rates()(system)


def labour_rates():
    """labour_rate as a function of the system, the settings read once (for a list of items)."""
    own, store = get("labour.rates"), get_money("labour.rate")
    return lambda system="": Decimal(own[system]) if system and system in own else store


def _labour_rates(value) -> dict:
    clean = {}
    for system, rate in dict(value or {}).items():
        system = str(system or "").strip()
        if not system or len(system) > 24:
            raise ValidationError("系统名称须为 1–24 个字。", field="system")
        if rate in (None, ""):
            continue  # an emptied rate: the system goes back to the store's rate
        amount = money(rate, field=f"{system}工时单价")
        if amount <= 0:
            raise ValidationError(f"{system}工时单价必须大于 0。", field="rate")
        clean[system] = str(amount)
    return clean


def _prefixes(value) -> dict:
    """Document number prefixes: 1–4 capital letters, each kind its own (a number names its kind)."""
    clean = {}
    for kind, prefix in dict(value or {}).items():
        if kind not in PREFIXES:
            raise ValidationError(f"未知的单据种类“{kind}”。", field="prefix")
        prefix = str(prefix or "").strip().upper()
        if not re.fullmatch(r"[A-Z]{1,4}", prefix):
            raise ValidationError("单据编号前缀须为 1–4 个大写英文字母。", field="prefix")
        if prefix != PREFIXES[kind]:
            clean[kind] = prefix
    used = {**PREFIXES, **clean}
    seen = {}
    for kind, prefix in used.items():
        if prefix in seen:
            raise ValidationError(f"前缀“{prefix}”已用于另一种单据，每种单据的前缀必须不同。", field="prefix")
        seen[prefix] = kind
    return clean


def _payment_methods(value) -> list:
    methods = [m for m in PAYMENT_METHODS if m in set(value or ())]
    unknown = [m for m in (value or ()) if m not in PAYMENT_METHODS]
    if unknown:
        raise ValidationError(f"未知的收款方式：{'、'.join(unknown)}。", field="method")
    if not methods:
        raise ValidationError("至少要保留一种收款方式。", field="method")
    return [] if len(methods) == len(PAYMENT_METHODS) else methods


def payment_methods() -> tuple:
    """The payment methods the till offers now (all of them unless 系统管理 retired some)."""
    chosen = get("cashier.payment_methods")
    return tuple(m for m in PAYMENT_METHODS if not chosen or m in chosen)


def _care_value(key: str, value):
    """The care desk's and the 三包 settings: whole numbers (and lists) as their defaults are; the
    三包 limits no looser than the regulation (storage.care.sanbao checks which)."""
    default, label = DEFAULTS[key]
    if isinstance(default, list) and all(isinstance(x, str) for x in default):
        items = [str(x).strip() for x in (value or []) if str(x).strip()]
        if not items:
            raise ValidationError(f"{label}至少要有一项。", field=key)
        if key.startswith("sanbao."):
            check_statutory(key, items, label)
        return items
    if isinstance(default, str):
        amount = money(value, field=label)
        if amount <= 0:
            raise ValidationError(f"{label}必须大于 0。", field=key)
        return str(amount)
    numbers = value if isinstance(default, list) else [value]
    try:
        numbers = [int(str(n).strip()) for n in numbers]
    except ValueError:
        raise ValidationError(f"{label}必须是整数。", field=key) from None
    if len(numbers) != (len(default) if isinstance(default, list) else 1) or any(n <= 0 for n in numbers):
        raise ValidationError(f"{label}必须是大于 0 的整数。", field=key)
    if key.startswith("sanbao."):
        check_statutory(key, numbers if isinstance(default, list) else numbers[0], label)
    return numbers if isinstance(default, list) else numbers[0]
