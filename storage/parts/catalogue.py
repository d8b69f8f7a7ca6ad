"""The parts catalogue (备件档案): parts, bins (货位), suppliers, and the rules for what a user types
in a part field — numbers as a barcode scanner sends them, quantities in whole units or not.

API (windows and the import call these; every change takes the acting user first):
  normalize_part_number(raw) -> str            scanner or keyboard text -> the stored number
  normalize_bin_code(raw) -> str
  quantity(value, whole_units, *, field, allow_zero=False, allow_negative=False) -> Decimal
  unit_cost(value, *, field="成本") -> Decimal  (four decimals, never negative)
  clean_part(values, *, existing=None) -> dict  pure validation, no database (the import uses it too)
  create_part(user, **values) -> Part
  update_part(user, part_id, version, **changes) -> Part
  get_part(part_id) -> Part;  find_by_number(code) -> Part   (barcode: the number and Enter)
  search_parts(text, *, after=None, limit=50, include_inactive=False) -> (parts, next_cursor)
  part_detail(part_id) -> dict(part, bin, suppliers=[dict])
  ensure_bin(code, zone="") -> Bin
  create_supplier(user, name, **values) -> Supplier;  update_supplier(user, supplier_id, version, **changes)
  list_suppliers(text="", *, active_only=True, limit=200) -> list[Supplier]
  set_part_supplier(user, part_id, supplier_id, *, supplier_number="", last_cost=None) -> PartSupplier
  remove_part_supplier(user, part_id, supplier_id) -> None
"""
import re
from decimal import ROUND_HALF_UP, Decimal

import peewee

from storage.care.main_parts import check_category
from storage.models import Bin, Part, PartSupplier, StockMovement, Supplier
from storage.plumbing.audit import record
from storage.plumbing.changes import notify
from storage.plumbing.db import transaction
from storage.plumbing.locking import save_versioned
from storage.plumbing.paging import keyset_page
from storage.rules.auth import may, require
from storage.rules.errors import NotFound, PermissionDenied, ValidationError
from storage.rules.money import money, parse_decimal
from storage.rules.validation import halfwidth, searchable

QTY_UNIT = Decimal("0.001")
COST_UNIT = Decimal("0.0001")
MAX_QUANTITY = Decimal("1e9")
# Units sold in fractions; any other unit counts whole pieces unless the catalogue says otherwise.
FRACTIONAL_UNITS = {"升", "L", "l", "毫升", "ml", "千克", "公斤", "kg", "克", "g", "米", "m", "公升"}
_NUMBER_RE = re.compile(r"^[A-Z0-9][A-Z0-9\-./_#+]*$")
_BIN_RE = re.compile(r"^[A-Z0-9][A-Z0-9\-./_]*$")

TEXT_FIELDS = {"name": 100, "spec": 100, "unit": 8, "brand": 32, "category": 32, "models": 200}
BOOL_FIELDS = ("whole_units", "genuine", "special", "active")
PART_FIELDS = {
    "number", "name", "spec", "unit", "whole_units", "brand", "category", "genuine", "models", "sanbao_category",
    "bin", "cost", "price", "safety_stock", "reorder_qty", "special", "active",
}
FIELD_LABELS = {
    "number": "零件号", "name": "名称", "spec": "规格", "unit": "单位", "brand": "品牌", "category": "类别",
    "models": "适用车型", "bin": "货位", "cost": "成本", "price": "零售价", "safety_stock": "安全库存",
    "reorder_qty": "订货量",
}


def normalize_part_number(raw) -> str:
    """'06l 115 562', '０６Ｌ１１５５６２' or a scanner's '06L115562\\r\\n' -> '06L115562'."""
    text = re.sub(r"\s+", "", halfwidth(raw)).upper()
    if not text:
        raise ValidationError("请输入零件号。", field="number")
    if len(text) > 40:
        raise ValidationError(f"零件号“{text[:20]}…”太长：最多 40 位。", field="number")
    if not _NUMBER_RE.match(text):
        bad = "".join(sorted(set(re.sub(r"[A-Z0-9\-./_#+]", "", text))))
        if bad:
            raise ValidationError(f"零件号“{text}”中有无效字符“{bad}”：只能是字母、数字和 - . / _ # +。", field="number")
        raise ValidationError(f"零件号“{text}”应以字母或数字开头。", field="number")
    return text


def normalize_bin_code(raw) -> str:
    """Bins as people write them: 'a-03-2' -> 'A-03-2'."""
    text = re.sub(r"\s+", "", halfwidth(raw)).upper()
    if not text:
        return ""
    if len(text) > 16 or not _BIN_RE.match(text):
        raise ValidationError(f"货位“{text}”无效：最多 16 位字母、数字和 - . / _。", field="bin")
    return text


def quantity(value, whole_units: bool, *, field: str = "数量", allow_zero: bool = False,
             allow_negative: bool = False) -> Decimal:
    """A quantity as typed, checked against the part's unit: whole pieces for most parts,
    up to three decimals (litres of oil) for the others."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(f"请输入{field}。", field=field)
    number = parse_decimal(value, label=field, field=field)
    if number < 0 and not allow_negative:
        raise ValidationError(f"{field}不能为负数（现在是 {number}）。", field=field)
    if number == 0 and not allow_zero:
        raise ValidationError(f"{field}必须大于 0。", field=field)
    if abs(number) >= MAX_QUANTITY:
        raise ValidationError(f"{field} {number} 超出范围。", field=field)
    if whole_units and number != number.to_integral_value():
        raise ValidationError(f"该备件按整数计量，{field}不能是小数（现在是 {number}）。", field=field)
    if number != number.quantize(QTY_UNIT, rounding=ROUND_HALF_UP):
        raise ValidationError(f"{field}最多三位小数（现在是 {number}）。", field=field)
    return number.quantize(QTY_UNIT)


def unit_cost(value, *, field: str = "成本") -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(f"请输入{field}。", field=field)
    text = value if isinstance(value, Decimal) else halfwidth(value).strip().replace("¥", "").replace("￥", "")
    number = parse_decimal(text, label=field, field=field)
    if number < 0:
        raise ValidationError(f"{field}不能为负数。", field=field)
    if number >= Decimal("1e9"):
        raise ValidationError(f"{field}超出范围。", field=field)
    return number.quantize(COST_UNIT, rounding=ROUND_HALF_UP)


def _bool(value, label: str, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise ValidationError(f"{label}只能是“是”或“否”。", field=field)


def clean_part(values: dict, *, existing: Part | None = None) -> dict:
    """Validate catalogue values without touching the database. `bin` stays a normalized code;
    whole-unit checks use the unit the part will have after the change."""
    unknown = set(values) - PART_FIELDS
    if unknown:
        raise ValidationError(f"备件档案没有字段：{'、'.join(sorted(unknown))}")
    clean = {}
    if "number" in values:
        clean["number"] = normalize_part_number(values["number"])
    for key, limit in TEXT_FIELDS.items():
        if key in values:
            text = halfwidth(values[key]).strip()
            if len(text) > limit:
                raise ValidationError(f"{FIELD_LABELS[key]}最多 {limit} 个字。", field=key)
            clean[key] = text
    if "name" in clean and not clean["name"]:
        raise ValidationError("请填写备件名称。", field="name")
    if "sanbao_category" in values:
        clean["sanbao_category"] = check_category(values["sanbao_category"])
    if "unit" in clean and not clean["unit"]:
        clean["unit"] = "个"
    for key in BOOL_FIELDS:
        if key in values:
            clean[key] = _bool(values[key], {"whole_units": "整数计量", "genuine": "原厂件", "special": "特殊件",
                                             "active": "启用"}[key], key)
    if "whole_units" not in clean and "unit" in clean and existing is None:
        clean["whole_units"] = clean["unit"] not in FRACTIONAL_UNITS
    whole = clean.get("whole_units", existing.whole_units if existing else True)
    if "bin" in values:
        clean["bin"] = normalize_bin_code(values["bin"] if not isinstance(values["bin"], Bin) else values["bin"].code)
    if "cost" in values:
        clean["cost"] = unit_cost(values["cost"], field="成本")
    if "price" in values:
        clean["price"] = money(values["price"], field="零售价")
        if clean["price"] < 0:
            raise ValidationError("零售价不能为负数。", field="price")
    for key in ("safety_stock", "reorder_qty"):
        if key in values:
            raw = values[key]
            clean[key] = Decimal("0.000") if raw in (None, "") else quantity(
                raw, whole, field=FIELD_LABELS[key], allow_zero=True)
    if existing is None:
        for key in ("safety_stock", "reorder_qty"):
            clean.setdefault(key, Decimal("0.000"))
    if whole and existing is not None and "whole_units" in clean and not existing.whole_units:
        for key in ("on_hand", "safety_stock", "reorder_qty"):
            amount = clean.get(key, getattr(existing, key))
            if amount != amount.to_integral_value():
                raise ValidationError(
                    f"{existing.label()} 的{FIELD_LABELS.get(key, '现有库存')}是小数 {amount}，不能改为整数计量。",
                    field="whole_units")
    return clean


def ensure_bin(code: str, zone: str = "") -> Bin | None:
    """The bin with this code, created on first use (a new shelf is just a new code)."""
    code = normalize_bin_code(code)
    if not code:
        return None
    found = Bin.get_or_none(Bin.code == code)
    if found:
        return found
    Bin.insert(code=code, zone=zone or code.split("-")[0]).on_conflict_ignore().execute()
    return Bin.get(Bin.code == code)


def _number_taken(number: str, part_id: int | None = None) -> None:
    query = Part.select(Part.id, Part.name).where(Part.number == number)
    if part_id:
        query = query.where(Part.id != part_id)
    other = query.first()
    if other:
        raise ValidationError(f"零件号 {number} 已在档案中（{other.name}），请直接修改该备件。", field="number")


def create_part(user, **values) -> Part:
    require(user, "parts.catalogue")
    for required in ("number", "name"):
        if not values.get(required):
            raise ValidationError(f"请填写{FIELD_LABELS[required]}。", field=required)
    clean = clean_part(values)
    with transaction():
        _number_taken(clean["number"])
        if "bin" in clean:
            clean["bin"] = ensure_bin(clean["bin"])
        part = Part.create(updated_by=user.display_name, **clean)
        record(user, "part.create", part, after=clean)
        notify("parts")
    return part


def update_part(user, part_id: int, version: int, **changes) -> Part:
    """Catalogue edits. Stock, cost and value belong to the ledger: cost changes here only while the
    part has never moved (afterwards receipts set it by moving average); the retail price is the
    manager's (prices.edit) once the part has one."""
    require(user, "parts.catalogue")
    part = get_part(part_id)
    clean = clean_part(changes, existing=part)
    current = {k: getattr(part, k) for k in clean if k != "bin"}
    current["bin"] = part.bin.code if part.bin_id else ""
    clean = {k: v for k, v in clean.items() if current[k] != v}  # only what really changes is saved and audited
    if "price" in clean and part.price != 0 and not may(user, "prices.edit"):  # a first price is like a new part's
        raise PermissionDenied(f"修改零售价需要服务经理权限（{part.number} 现价 {part.price}）。")
    with transaction():
        if "number" in clean:
            _number_taken(clean["number"], part.id)
        if "cost" in clean and StockMovement.select().where(StockMovement.part == part.id).exists():
            raise ValidationError("该备件已有出入库记录，成本由入库按移动加权平均计算，不能直接修改。", field="cost")
        if "bin" in clean:
            clean["bin"] = ensure_bin(clean["bin"])
        notify("parts")
        return save_versioned(user, part, version, clean, action="part.update")


def get_part(part_id: int) -> Part:
    part = Part.select(Part, Bin).join(Bin, peewee.JOIN.LEFT_OUTER).where(Part.id == part_id).first()
    if part is None:
        raise NotFound("找不到该备件。")
    return part


def find_by_number(code) -> Part:
    """Exact lookup for a scanned barcode or a typed number."""
    number = normalize_part_number(searchable(code))
    part = Part.select(Part, Bin).join(Bin, peewee.JOIN.LEFT_OUTER).where(Part.number == number).first()
    if part is None:
        raise NotFound(f"备件档案中没有零件号 {number}。")
    return part


def search_parts(text: str = "", *, after: str | None = None, limit: int = 50, include_inactive: bool = False):
    """Parts whose number or bin starts with the text, or whose name or spec contains it, by number.
    Returns (parts, next_cursor); pass the cursor back as `after` for the next page."""
    query = Part.select(Part, Bin).join(Bin, peewee.JOIN.LEFT_OUTER)
    typed = searchable(text)
    if typed:
        compact = re.sub(r"\s+", "", typed).upper()
        condition = Part.name.contains(typed) | Part.spec.contains(typed) | Part.number.startswith(compact)
        condition |= Bin.code.startswith(compact)
        query = query.where(condition)
    if not include_inactive:
        query = query.where(Part.active == True)  # noqa: E712
    return keyset_page(query, [Part.number], after, limit)


def part_detail(part_id: int) -> dict:
    part = get_part(part_id)
    suppliers = [
        {"supplier_id": s.id, "name": s.name, "supplier_number": ps.supplier_number, "last_cost": ps.last_cost,
         "is_manufacturer": s.is_manufacturer}
        for ps, s in (
            (ps, ps.supplier) for ps in PartSupplier.select(PartSupplier, Supplier).join(Supplier)
            .where(PartSupplier.part == part.id).order_by(Supplier.name)
        )
    ]
    return {"part": part, "bin": part.bin.code if part.bin else "", "suppliers": suppliers}


SUPPLIER_FIELDS = {"name", "contact", "phone", "address", "is_manufacturer", "active"}


def _clean_supplier(values: dict) -> dict:
    unknown = set(values) - SUPPLIER_FIELDS
    if unknown:
        raise ValidationError(f"供应商没有字段：{'、'.join(sorted(unknown))}")
    clean = dict(values)
    for key, limit in (("name", 100), ("contact", 32), ("phone", 20), ("address", 200)):
        if key in clean:
            clean[key] = halfwidth(clean[key]).strip()
            if len(clean[key]) > limit:
                raise ValidationError(f"供应商信息过长（最多 {limit} 个字）。", field=key)
    if "name" in clean and not clean["name"]:
        raise ValidationError("请填写供应商名称。", field="name")
    return clean


def create_supplier(user, name: str, **values) -> Supplier:
    require(user, "parts.purchase")
    clean = _clean_supplier({"name": name, **values})
    with transaction():
        if Supplier.select().where(Supplier.name == clean["name"]).exists():
            raise ValidationError(f"供应商“{clean['name']}”已存在。", field="name")
        supplier = Supplier.create(updated_by=user.display_name, **clean)
        record(user, "supplier.create", supplier, after=clean)
        notify("parts")
    return supplier


def update_supplier(user, supplier_id: int, version: int, **changes) -> Supplier:
    require(user, "parts.purchase")
    supplier = Supplier.get_or_none(Supplier.id == supplier_id)
    if supplier is None:
        raise NotFound("找不到该供应商。")
    clean = _clean_supplier(changes)
    with transaction():
        if "name" in clean and Supplier.select().where(
                (Supplier.name == clean["name"]) & (Supplier.id != supplier_id)).exists():
            raise ValidationError(f"供应商“{clean['name']}”已存在。", field="name")
        notify("parts")
        return save_versioned(user, supplier, version, clean, action="supplier.update")


def list_suppliers(text: str = "", *, active_only: bool = True, limit: int = 200) -> list:
    query = Supplier.select()
    typed = searchable(text)
    if typed:
        query = query.where(Supplier.name.contains(typed))
    if active_only:
        query = query.where(Supplier.active == True)  # noqa: E712
    return list(query.order_by(Supplier.name).limit(limit))


def set_part_supplier(user, part_id: int, supplier_id: int, *, supplier_number: str = "", last_cost=None) -> PartSupplier:
    require(user, "parts.catalogue")
    part = get_part(part_id)
    supplier = Supplier.get_or_none(Supplier.id == supplier_id)
    if supplier is None:
        raise NotFound("找不到该供应商。")
    values = {"supplier_number": halfwidth(supplier_number).strip()[:40]}
    if last_cost is not None:
        values["last_cost"] = unit_cost(last_cost, field="供货价")
    with transaction():
        link = PartSupplier.get_or_none((PartSupplier.part == part.id) & (PartSupplier.supplier == supplier.id))
        before = {k: getattr(link, k) for k in values} if link else None
        if link:
            PartSupplier.update(values).where(PartSupplier.id == link.id).execute()
        else:
            link = PartSupplier.create(part=part, supplier=supplier, **values)
        record(user, "part.supplier", part, before=before, after={"supplier": supplier.id, **values})
        notify("parts")
    return PartSupplier.get_by_id(link.id)


def remove_part_supplier(user, part_id: int, supplier_id: int) -> None:
    require(user, "parts.catalogue")
    with transaction():
        deleted = PartSupplier.delete().where(
            (PartSupplier.part == part_id) & (PartSupplier.supplier == supplier_id)).execute()
        if not deleted:
            raise NotFound("该备件没有这个供应商。")
        record(user, "part.supplier.remove", ("Part", part_id), before={"supplier": supplier_id})
        notify("parts")
