"""The manager's catalogue behind every estimate: the labour-time table (工时定额: standard hours
per job, priced at the store's rate) and the maintenance packages (保养套餐) built from it, per
model and interval (the 10,000 km service, the 30,000 km service...). The advisor adds a package to
an order in a keystroke (storage.reception.estimate.apply_package) and the estimate follows.

API
    save_labour_item(user, *, code, name, hours, system="", model_id=None, active=True) -> LabourItem
        creates or updates by code (a price change: audited with before and after)
    labour_catalogue(text="", *, vehicle_id=None, after=None, limit=50) -> (rows, next_cursor)
        as typed: code prefix or any part of the name; items of other models left out
    define_package(user, *, name, model_id=None, interval_km, items) -> ServicePackage
        items: [{"labour": labour_item_id} or {"part": part_id, "quantity": q}]
    update_package(user, package_id, *, name=None, interval_km=None, items=None) -> ServicePackage
    set_active(user, package_id, active) -> ServicePackage
    packages_for(vehicle_id) -> list[dict]      active packages fitting the car, with their price now
    suggest_package(vehicle_id, mileage) -> dict | None   the package this mileage calls for
"""
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from peewee import JOIN

from storage.models import LabourItem, Part, ServicePackage, ServicePackageItem, Vehicle, VehicleModel
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.paging import keyset_page
from storage.rules import settings
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import ZERO, parse_decimal, times
from storage.rules.validation import clean_text, searchable

MAX_HOURS = Decimal("100")


def save_labour_item(user, *, code: str, name: str, hours, system: str = "", model_id=None, active: bool = True,
                     model_group: str = "") -> LabourItem:
    """工时定额: one job's standard hours, for every car, one model (model_id) or one model group
    (model_group, VehicleModel.group). Changing hours changes every future price of that job."""
    require(user, "labour.edit")
    values = clean_labour_item(code=code, name=name, hours=hours, system=system, model_id=model_id, active=active,
                               model_group=model_group)
    code = values.pop("code")
    with transaction():
        item = LabourItem.get_or_none(LabourItem.code == code)
        if item is None:
            item = LabourItem.create(code=code, **values)
            record(user, "labour.create", item, after={"code": code, **values})
        else:
            before = {k: getattr(item, k if k != "model" else "model_id") for k in values}
            LabourItem.update(values).where(LabourItem.id == item.id).execute()
            record(user, "labour.update", item, before=before, after=values)
    return LabourItem.get(LabourItem.code == code)


def clean_labour_item(*, code: str, name: str, hours, system: str = "", model_id=None, active: bool = True,
                      model_group: str = "") -> dict:
    """The checks of save_labour_item, without saving (an import checks every row before it writes any)."""
    code = re.sub(r"\s", "", unicodedata.normalize("NFKC", code or "")).upper()
    if not re.fullmatch(r"[A-Z0-9.\-]{1,24}", code):
        raise ValidationError("工时代码为 1–24 位字母、数字、点或连字符。", field="code")
    name = clean_text(name, "工时项目名称", max_length=100, field="name")
    system = clean_text(system, "系统", max_length=24, required=False, field="system")
    hours = parse_decimal(hours, label="工时", field="hours")
    if hours <= 0 or hours > MAX_HOURS or hours != hours.quantize(Decimal("0.01")):
        raise ValidationError("工时应大于 0、不超过 100 小时，最多两位小数。", field="hours")
    hours = hours.quantize(Decimal("0.01"))
    if model_id is not None and VehicleModel.get_or_none(VehicleModel.id == model_id) is None:
        raise NotFound("找不到该车型。")
    model_group = clean_text(model_group, "车型组", max_length=32, required=False, field="model_group")
    if model_id is not None and model_group:
        raise ValidationError("工时项目适用于一个车型或一个车型组，不能同时指定。", field="model_group")
    if model_group and not VehicleModel.select().where(VehicleModel.group == model_group).exists():
        raise ValidationError(f"没有属于车型组“{model_group}”的车型。", field="model_group")
    return {"code": code, "name": name, "system": system, "hours": hours, "model": model_id, "active": bool(active),
            "model_group": model_group}


def labour_catalogue(text: str = "", *, vehicle_id=None, after: str | None = None, limit: int = 50):
    """Labour items as the advisor types: a code prefix or any part of the name, active ones only,
    general items and those of the car's model; keyset paging on the code."""
    query = LabourItem.select(LabourItem, VehicleModel).join(VehicleModel, JOIN.LEFT_OUTER).where(LabourItem.active)
    text = searchable(text)
    if text:
        query = query.where(LabourItem.code.startswith(text.upper()) | LabourItem.name.contains(text))
    if vehicle_id is not None:
        found = (VehicleModel.select(VehicleModel.id, VehicleModel.group).join(Vehicle)
                 .where(Vehicle.id == vehicle_id).tuples().first())
        model_id, group = found if found else (None, "")
        fits = LabourItem.model.is_null() & (LabourItem.model_group == "")
        fits |= LabourItem.model == model_id
        if group:
            fits |= LabourItem.model_group == group
        query = query.where(fits)
    found, after = keyset_page(query, [LabourItem.code], after, limit)
    rate = settings.labour_rates()
    return [
        {"id": x.id, "code": x.code, "name": x.name, "system": x.system, "hours": x.hours,
         "model": str(x.model) if x.model_id else x.model_group, "price": times(x.hours, rate(x.system))}
        for x in found
    ], after


def _items(items) -> list[dict]:
    clean = []
    for item in items or ():
        if item.get("labour") is not None:
            labour = LabourItem.get_or_none(LabourItem.id == item["labour"])
            if labour is None or not labour.active:
                raise ValidationError("套餐中的工时项目不存在或已停用。", field="items")
            clean.append({"labour": labour.id, "part": None, "quantity": Decimal(1)})
            continue
        part = Part.get_or_none(Part.id == item.get("part"))
        if part is None or not part.active:
            raise ValidationError("套餐中的备件不存在或已停用。", field="items")
        raw = item.get("quantity", 1)
        if isinstance(raw, float):
            raise TypeError("quantities must never pass through float")
        try:
            quantity = Decimal(str(raw))
        except InvalidOperation:
            raise ValidationError(f"备件 {part.name} 的数量无效。", field="items") from None
        if quantity <= 0 or (part.whole_units and quantity != quantity.to_integral_value()):
            raise ValidationError(f"备件 {part.name} 的数量应大于 0{'且为整数' if part.whole_units else ''}。", field="items")
        clean.append({"labour": None, "part": part.id, "quantity": quantity})
    if not clean:
        raise ValidationError("套餐至少要有一个工时或备件项目。", field="items")
    return clean


def _interval(value) -> int:
    try:
        km = int(value)
    except (TypeError, ValueError):
        raise ValidationError("保养间隔应为公里数。", field="interval_km") from None
    if not 0 < km <= 500_000:
        raise ValidationError("保养间隔应在 1 到 500,000 公里之间。", field="interval_km")
    return km


def define_package(user, *, name: str, model_id=None, interval_km, items) -> ServicePackage:
    require(user, "packages.edit")
    name = clean_text(name, "套餐名称", max_length=64, field="name")
    interval_km = _interval(interval_km)
    clean = _items(items)
    if model_id is not None and VehicleModel.get_or_none(VehicleModel.id == model_id) is None:
        raise NotFound("找不到该车型。")
    with transaction():
        package = ServicePackage.create(name=name, model=model_id, interval_km=interval_km)
        ServicePackageItem.insert_many([{**item, "package": package.id} for item in clean]).execute()
        record(user, "package.define", package, after={"name": name, "model": model_id, "interval_km": interval_km,
                                                        "items": [[i["labour"], i["part"], str(i["quantity"])] for i in clean]})
    return package


def update_package(user, package_id: int, *, name=None, interval_km=None, items=None) -> ServicePackage:
    """Rename, change the interval, or replace the items whole (a package is short; the audit keeps both)."""
    require(user, "packages.edit")
    package = ServicePackage.get_or_none(ServicePackage.id == package_id)
    if package is None:
        raise NotFound("找不到该保养套餐。")
    values = {}
    if name is not None:
        values["name"] = clean_text(name, "套餐名称", max_length=64, field="name")
    if interval_km is not None:
        values["interval_km"] = _interval(interval_km)
    clean = _items(items) if items is not None else None
    with transaction():
        before = {"name": package.name, "interval_km": package.interval_km}
        if clean is not None:
            before["items"] = [[i.labour_id, i.part_id, str(i.quantity)] for i in package.items]
            ServicePackageItem.delete().where(ServicePackageItem.package == package.id).execute()
            ServicePackageItem.insert_many([{**item, "package": package.id} for item in clean]).execute()
        if values:
            ServicePackage.update(values).where(ServicePackage.id == package.id).execute()
        after = {**values, **({"items": [[i["labour"], i["part"], str(i["quantity"])] for i in clean]} if clean else {})}
        record(user, "package.update", package, before=before, after=after)
    return ServicePackage.get_by_id(package.id)


def set_active(user, package_id: int, active: bool) -> ServicePackage:
    require(user, "packages.edit")
    with transaction():
        updated = ServicePackage.update(active=bool(active)).where(ServicePackage.id == package_id).execute()
        if not updated:
            raise NotFound("找不到该保养套餐。")
        record(user, "package.active", ("ServicePackage", package_id), after={"active": bool(active)})
    return ServicePackage.get_by_id(package_id)


def packages_for(vehicle_id: int) -> list[dict]:
    """Active packages of the car's model (and those for every model), each with its items and its
    price at today's labour rate and part prices. Two queries."""
    model_id = Vehicle.select(Vehicle.model).where(Vehicle.id == vehicle_id).scalar()
    condition = ServicePackage.active & (ServicePackage.model.is_null())
    if model_id:
        condition = ServicePackage.active & ((ServicePackage.model == model_id) | ServicePackage.model.is_null())
    packages = {p.id: {"id": p.id, "name": p.name, "interval_km": p.interval_km, "model_id": p.model_id,
                       "items": [], "labour_total": ZERO, "parts_total": ZERO, "total": ZERO}
                for p in ServicePackage.select().where(condition).order_by(ServicePackage.interval_km, ServicePackage.id)}
    if not packages:
        return []
    rate = settings.labour_rates()
    rows = (
        ServicePackageItem.select(ServicePackageItem, LabourItem, Part)
        .join(LabourItem, JOIN.LEFT_OUTER).switch(ServicePackageItem).join(Part, JOIN.LEFT_OUTER)
        .where(ServicePackageItem.package.in_(list(packages)))
        .order_by(ServicePackageItem.id)
    )
    for item in rows:
        package = packages[item.package_id]
        if item.labour_id:
            amount = times(item.labour.hours, rate(item.labour.system))
            package["items"].append({"kind": "工时", "description": item.labour.name, "quantity": item.labour.hours,
                                     "amount": amount})
            package["labour_total"] += amount
        else:
            amount = times(item.quantity, item.part.price)
            package["items"].append({"kind": "材料", "description": item.part.name, "quantity": item.quantity,
                                     "amount": amount, "part_id": item.part_id})
            package["parts_total"] += amount
        package["total"] += amount
    return list(packages.values())


def suggest_package(vehicle_id: int, mileage: int) -> dict | None:
    """The service this mileage calls for: round it to the model's interval (10,000 km by default)
    and take the package with the longest interval that divides that milestone (at 30,000 km the
    30,000 km service rather than the 10,000 km one)."""
    packages = packages_for(vehicle_id)
    if not packages:
        return None
    step = (
        VehicleModel.select(VehicleModel.service_km).join(Vehicle).where(Vehicle.id == vehicle_id).scalar() or 10000
    )
    milestone = max(step, round(mileage / step) * step)
    fitting = [p for p in packages if p["interval_km"] and milestone % p["interval_km"] == 0]
    return max(fitting, key=lambda p: (p["interval_km"], p["model_id"] is not None)) if fitting else None
