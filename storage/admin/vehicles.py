"""系统管理 → 车型与 VIN: the store's vehicle models (brand, model, engine, displacement, gearbox,
model group, maintenance interval), and a VIN decoder so a car's model is filled from its VIN.

A VIN (GB 16735 / ISO 3779) is three parts: the world manufacturer identifier (WMI, positions 1–3,
ISO 3780), the vehicle descriptor (positions 4–9, 9 being the check digit) and the vehicle indicator
(10–17), whose first character, position 10, is the model-year code: A–Y without I, O, Q, U and Z,
then 1–9, one a year in a cycle of 30 (A = 1980 or 2010, Y = 2000 or 2030, 1 = 2001 or 2031,
9 = 2009 or 2039). The standard's own table was not found through the search tool; the cycle as
secondary sources state it: "第十位是车型年码。每30年轮回一次（没有字母I，O，Q，U，没有数字0）".
The WMIs below are the makers a Chinese dealer sees most; the model itself is the store's own
VIN-prefix table (VinPrefix: "LFV2A2BS" → 迈腾 2.0T), the longest prefix that fits winning.
"""
import datetime as dt

from storage.models import VehicleModel, VinPrefix
from storage.parts.reads import export_xlsx
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.paging import every_row, keyset_page
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.validation import clean_text, halfwidth, searchable

# ISO 3779 model-year codes, in the order of the 30-year cycle starting 1980 (and 2010).
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"

WMI = {
    "LFV": "一汽-大众", "LSV": "上汽大众", "LFM": "一汽丰田", "LVG": "广汽丰田", "LHG": "广汽本田",
    "LVH": "东风本田", "LGB": "东风日产", "LSG": "上汽通用", "LVS": "长安福特", "LBV": "华晨宝马",
    "LE4": "北京奔驰", "LFP": "一汽轿车", "LDC": "神龙汽车", "LBE": "北京现代", "LJD": "东风悦达起亚",
    "LGX": "比亚迪", "LSJ": "上汽乘用车", "LRW": "特斯拉（上海）", "LGW": "长城汽车", "LS5": "长安汽车",
    "LB3": "吉利汽车", "L6T": "吉利汽车", "LVV": "奇瑞汽车", "LMG": "广汽乘用车", "LNB": "北汽新能源",
    "LYV": "沃尔沃亚太", "LFB": "一汽集团", "LZW": "上汽通用五菱",
    "WVW": "大众（德国）", "WVG": "大众（德国，SUV）", "WAU": "奥迪（德国）", "WBA": "宝马（德国）",
    "WDD": "梅赛德斯-奔驰（德国）", "WP0": "保时捷（德国）", "JTD": "丰田（日本）", "JHM": "本田（日本）",
    "JN1": "日产（日本）", "KMH": "现代（韩国）", "VF1": "雷诺（法国）", "YV1": "沃尔沃（瑞典）",
    "SAL": "路虎（英国）", "ZFA": "菲亚特（意大利）", "1FA": "福特（美国）", "5YJ": "特斯拉（美国）",
}
PREFIX_MIN, PREFIX_MAX = 4, 11


def model_years(code: str) -> tuple[int, int] | None:
    """The two model years a position-10 code can stand for in the 30-year cycle, or None."""
    index = YEAR_CODES.find((code or "").upper()) if code else -1
    return (1980 + index, 2010 + index) if index >= 0 else None


def model_year(code: str, *, today: dt.date | None = None) -> int | None:
    """The later of the two years unless that is more than a year ahead (a car's model year may be
    the next calendar year, never further)."""
    years = model_years(code)
    if years is None:
        return None
    limit = (today or dt.date.today()).year + 1
    return years[1] if years[1] <= limit else years[0]


def _clean_vin(raw) -> str:
    return "".join(ch for ch in halfwidth(str(raw or "")).upper() if ch.isalnum())


def decode_vin(raw, *, today: dt.date | None = None) -> dict:
    """What a VIN (or its first characters, as typed) says: maker from the WMI, model year from
    position 10, and the store's model from its VIN-prefix table. Never raises: unknown parts are None."""
    vin = _clean_vin(raw)
    wmi = vin[:3] if len(vin) >= 3 else ""
    model = model_for_vin(vin)
    return {"vin": vin, "wmi": wmi, "maker": WMI.get(wmi), "year": model_year(vin[9]) if len(vin) >= 10 else None,
            "model_id": model.id if model else None, "model": str(model) if model else None,
            "prefix": _matching_prefix(vin)}


def _matching_prefix(vin: str) -> str | None:
    candidates = [vin[:n] for n in range(min(len(vin), PREFIX_MAX), PREFIX_MIN - 1, -1)]
    if not candidates:
        return None
    found = {p for (p,) in VinPrefix.select(VinPrefix.prefix).where(VinPrefix.prefix.in_(candidates)).tuples()}
    return next((p for p in candidates if p in found), None)


def model_for_vin(raw) -> VehicleModel | None:
    """The store's model for this VIN: the longest VIN prefix in its table that the VIN starts with."""
    vin = _clean_vin(raw)
    prefix = _matching_prefix(vin)
    if prefix is None:
        return None
    return (VehicleModel.select().join(VinPrefix).where(VinPrefix.prefix == prefix).first())


# -- vehicle models --------------------------------------------------------------------------------
MODEL_TEXT = {"brand": ("品牌", 32, True), "name": ("车型", 64, True), "engine": ("发动机", 32, False),
              "displacement": ("排量", 16, False), "gearbox": ("变速箱", 32, False), "group": ("车系/车型组", 32, False)}


def _model_values(values: dict) -> dict:
    clean = {}
    for key, (label, length, required) in MODEL_TEXT.items():
        if key in values:
            clean[key] = clean_text(values[key], label, max_length=length, required=required, field=key)
    for key, label, low, high in (("service_km", "保养里程间隔", 1000, 100000), ("service_months", "保养月数间隔", 1, 60)):
        if key in values:
            try:
                number = int(str(values[key]).strip())
            except ValueError:
                raise ValidationError(f"{label}必须是整数。", field=key) from None
            if not low <= number <= high:
                raise ValidationError(f"{label}应在 {low} 到 {high} 之间。", field=key)
            clean[key] = number
    if "active" in values:
        clean["active"] = bool(values["active"])
    return clean


def save_vehicle_model(user, model_id: int | None = None, **values) -> VehicleModel:
    """Create (model_id None: brand and name required) or change a vehicle model; audited."""
    require(user, "vehicles.catalogue")
    clean = _model_values(values)
    with transaction():
        current = VehicleModel.get_or_none(VehicleModel.id == model_id) if model_id is not None else None
        if model_id is not None and current is None:
            raise NotFound("找不到该车型。")
        brand = clean.get("brand", current.brand if current else "")
        name = clean.get("name", current.name if current else "")
        if not brand or not name:
            raise ValidationError("请填写品牌和车型。", field="name")
        clash = VehicleModel.select().where((VehicleModel.brand == brand) & (VehicleModel.name == name))
        if current is not None:
            clash = clash.where(VehicleModel.id != current.id)
        if clash.exists():
            raise ValidationError(f"车型“{brand} {name}”已经有了。", field="name")
        if current is None:
            model = VehicleModel.create(**clean)
            record(user, "vehicle_model.create", model, after=clean)
            return model
        before = {k: getattr(current, k) for k in clean}
        VehicleModel.update(clean).where(VehicleModel.id == current.id).execute()
        record(user, "vehicle_model.update", current, before=before, after=clean)
        return VehicleModel.get_by_id(current.id)


def _model_row(m: VehicleModel) -> dict:
    return {"id": m.id, "brand": m.brand, "name": m.name, "engine": m.engine, "displacement": m.displacement,
            "gearbox": m.gearbox, "group": m.group, "service_km": m.service_km, "service_months": m.service_months,
            "active": m.active, "active_text": "是" if m.active else "停用", "label": str(m)}


def models_page(text: str = "", *, after=None, limit: int = 100):
    """Vehicle models by id, searched by brand, name, engine or group; (rows, next_cursor)."""
    query = VehicleModel.select()
    text = searchable(text)
    if text:
        query = query.where(VehicleModel.brand.contains(text) | VehicleModel.name.contains(text)
                            | VehicleModel.engine.contains(text) | VehicleModel.group.contains(text))
    found, after = keyset_page(query, [VehicleModel.id], after, limit)
    return [_model_row(m) for m in found], after


def model_groups() -> list[str]:
    return [g for (g,) in VehicleModel.select(VehicleModel.group).where(VehicleModel.group != "")
            .distinct().order_by(VehicleModel.group).tuples()]


# -- the store's VIN-prefix table ------------------------------------------------------------------
def save_vin_prefix(user, prefix: str, model_id: int) -> VinPrefix:
    """A VIN beginning with `prefix` (4–11 characters, VIN characters only) is this model."""
    require(user, "vehicles.catalogue")
    prefix = _clean_vin(prefix)
    if not PREFIX_MIN <= len(prefix) <= PREFIX_MAX:
        raise ValidationError(f"VIN 前缀应为 {PREFIX_MIN}–{PREFIX_MAX} 位（前 3 位为厂商代码 WMI）。", field="prefix")
    bad = sorted({c for c in prefix if c in "IOQ"})
    if bad:
        raise ValidationError(f"VIN 中不使用字母 {'、'.join(bad)}。", field="prefix")
    model = VehicleModel.get_or_none(VehicleModel.id == model_id)
    if model is None:
        raise NotFound("找不到该车型。")
    with transaction():
        row = VinPrefix.get_or_none(VinPrefix.prefix == prefix)
        if row is None:
            row = VinPrefix.create(prefix=prefix, model=model, updated_by=user.display_name)
            record(user, "vin_prefix.create", row, after={"prefix": prefix, "model": str(model)})
        else:
            before = {"model": str(row.model)}
            VinPrefix.update(model=model, updated_by=user.display_name).where(VinPrefix.id == row.id).execute()
            record(user, "vin_prefix.update", row, before=before, after={"prefix": prefix, "model": str(model)})
    return VinPrefix.get(VinPrefix.prefix == prefix)


def delete_vin_prefix(user, prefix_id: int) -> None:
    require(user, "vehicles.catalogue")
    with transaction():
        row = VinPrefix.get_or_none(VinPrefix.id == prefix_id)
        if row is None:
            raise NotFound("找不到该 VIN 前缀。")
        record(user, "vin_prefix.delete", row, before={"prefix": row.prefix, "model": str(row.model)})
        row.delete_instance()


def prefixes_page(text: str = "", *, after=None, limit: int = 100):
    query = VinPrefix.select(VinPrefix, VehicleModel).join(VehicleModel)
    text = searchable(text)
    if text:
        vin = _clean_vin(text)
        heads = [vin[:n] for n in range(PREFIX_MIN, min(len(vin), PREFIX_MAX) + 1)]  # a whole VIN finds its prefixes
        condition = VinPrefix.prefix.startswith(vin) | VehicleModel.name.contains(text)
        query = query.where(condition | VinPrefix.prefix.in_(heads) if heads else condition)
    found, after = keyset_page(query, [VinPrefix.prefix], after, limit)
    return [{"id": p.id, "prefix": p.prefix, "model": str(p.model), "model_id": p.model_id,
             "maker": WMI.get(p.prefix[:3], "")} for p in found], after


MODEL_COLUMNS = [("品牌", "brand"), ("车型", "name"), ("发动机", "engine"), ("排量", "displacement"),
                 ("变速箱", "gearbox"), ("车系/车型组", "group"), ("保养里程", "service_km"), ("保养月数", "service_months"),
                 ("启用", "active_text")]


def export_models(path, text: str = "") -> int:
    return export_xlsx(path, MODEL_COLUMNS, every_row(lambda after: models_page(text, after=after, limit=500)))
