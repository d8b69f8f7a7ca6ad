"""The customer and vehicle archive (客户档案): create, edit, change owner. Reception builds on this."""
import datetime as dt
import re
import unicodedata

from storage.admin.vehicles import model_for_vin
from storage.models import Customer, Ownership, Vehicle, VehicleModel, WorkOrder, now
from storage.plumbing.audit import record
from storage.plumbing.changes import notify
from storage.plumbing.db import transaction
from storage.plumbing.locking import save_versioned
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import money
from storage.rules.validation import digits_reversed, normalize_phone, normalize_plate, normalize_vin
from storage.rules.vocabulary import CustomerKind

CUSTOMER_FIELDS = {"name", "kind", "phone", "phone2", "address", "company", "id_number", "birthday", "source", "note"}
TOPIC = "archive"
VEHICLE_FIELDS = {
    "plate", "vin", "engine_no", "model", "model_text", "colour", "purchase_date", "delivery_date",
    "insurance_due", "inspection_due", "family_car", "note",
}


def _clean_customer(values: dict) -> dict:
    unknown = set(values) - CUSTOMER_FIELDS
    if unknown:
        raise ValidationError(f"客户档案没有字段：{'、'.join(sorted(unknown))}")
    clean = dict(values)
    if "name" in clean:
        clean["name"] = (clean["name"] or "").strip()
        if not clean["name"]:
            raise ValidationError("请填写客户姓名或单位名称。", field="name")
        if len(clean["name"]) > 64:
            raise ValidationError("客户名称最多 64 个字。", field="name")
    if "phone" in clean:
        clean["phone"] = normalize_phone(clean["phone"])
        clean["phone_rev"] = digits_reversed(clean["phone"])
    if clean.get("phone2"):
        clean["phone2"] = normalize_phone(clean["phone2"])
    if "kind" in clean and clean["kind"] not in (CustomerKind.PERSON, CustomerKind.COMPANY):
        raise ValidationError("客户类型只能是“个人”或“单位”。", field="kind")
    for key in ("address", "company", "note", "id_number", "source"):
        if key in clean:
            clean[key] = _text(clean[key], key, CUSTOMER_TEXT)
    if "birthday" in clean:
        clean["birthday"] = _date(clean["birthday"], "birthday")
    return clean


# Text fields: label and the column's length (PostgreSQL refuses a longer one; notes have no limit).
CUSTOMER_TEXT = {"address": ("地址", 200), "company": ("单位名称", 100), "id_number": ("证件号码", 32),
                 "source": ("客户来源", 16), "note": ("备注", None)}
VEHICLE_TEXT = {"engine_no": ("发动机号", 32), "model_text": ("车型", 64), "colour": ("颜色", 16), "note": ("备注", None)}


def _text(value, key: str, fields: dict) -> str:
    """An optional text as typed: None is empty, spaces trimmed, no longer than its column."""
    label, limit = fields[key]
    text = (value or "").strip()
    if limit and len(text) > limit:
        raise ValidationError(f"{label}最多 {limit} 个字。", field=key)
    return text


def _date(value, key: str) -> dt.date | None:
    """A date field: empty is none; a date, or text like 2026-01-31."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(f"日期“{value}”格式不对，应为 2026-01-31。", field=key)


def _clean_vehicle(values: dict, *, vehicle_id: int | None = None) -> dict:
    unknown = set(values) - VEHICLE_FIELDS
    if unknown:
        raise ValidationError(f"车辆档案没有字段：{'、'.join(sorted(unknown))}")
    clean = dict(values)
    if "plate" in clean:
        clean["plate"] = normalize_plate(clean["plate"])
        clean["plate_rev"] = clean["plate"][::-1]
        clash = Vehicle.select().where(Vehicle.plate == clean["plate"])
        if vehicle_id:
            clash = clash.where(Vehicle.id != vehicle_id)
        other = clash.first()
        if other:
            raise ValidationError(f"车牌 {clean['plate']} 已在档案中（车主 {other.owner.name}），请直接选用该车辆。", field="plate")
    if "vin" in clean:
        if clean["vin"]:
            clean["vin"] = normalize_vin(clean["vin"])
            clean["vin_tail"] = clean["vin"][-6:]
            clash = Vehicle.select().where(Vehicle.vin == clean["vin"])
            if vehicle_id:
                clash = clash.where(Vehicle.id != vehicle_id)
            other = clash.first()
            if other:
                raise ValidationError(f"车架号 {clean['vin']} 已登记在车辆 {other.plate} 上。", field="vin")
        else:
            clean["vin"], clean["vin_tail"] = None, ""
    if clean.get("model") is not None and not isinstance(clean["model"], VehicleModel):
        clean["model"] = VehicleModel.get_or_none(VehicleModel.id == clean["model"])
    for key in VEHICLE_TEXT:
        if key in clean:
            clean[key] = _text(clean[key], key, VEHICLE_TEXT)
    if clean.get("model") is None and clean.get("model_text"):
        # "迈腾" typed as text is the catalogue's 迈腾 (its maintenance packages follow the model)
        clean["model"], _candidates = resolve_model(clean["model_text"])
    if vehicle_id is None and clean.get("model") is None and clean.get("vin") and not clean.get("model_text"):
        # No model given: the store's VIN-prefix table names it (系统管理 → 车型与 VIN).

        clean["model"] = model_for_vin(clean["vin"])
        if clean["model"] is not None:
            clean["model_text"] = str(clean["model"])
    for key in ("purchase_date", "delivery_date", "insurance_due", "inspection_due"):
        if key in clean:
            clean[key] = _date(clean[key], key)
    if clean.get("purchase_date") and clean["purchase_date"] > dt.date.today():
        raise ValidationError("购车日期不能晚于今天。", field="purchase_date")
    # 三包 periods start from the delivery when it is not the invoice's day (家用汽车产品修理更换退货责任规定 第十八条).
    if clean.get("delivery_date") and clean["delivery_date"] > dt.date.today():
        raise ValidationError("交车日期不能晚于今天。", field="delivery_date")
    return clean


def create_customer(user, **values) -> Customer:
    require(user, "archive.edit")
    clean = _clean_customer({"kind": CustomerKind.PERSON, **values})
    for required in ("name", "phone"):
        if required not in clean:
            raise ValidationError("请填写客户姓名和电话。", field=required)
    with transaction():
        customer = Customer.create(created_by=user.display_name, updated_by=user.display_name, **clean)
        record(user, "customer.create", customer, after=clean)
        notify(TOPIC)
    return customer


def update_customer(user, customer_id: int, version: int, **changes) -> Customer:
    require(user, "archive.edit")
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("找不到该客户。")
    clean = _clean_customer(changes)
    with transaction():
        notify(TOPIC)
        return save_versioned(user, customer, version, clean, action="customer.update")


def set_credit_limit(user, customer_id: int, version: int, amount) -> Customer:
    """单位月结: the manager lets a company with an agreement sign for its bills up to `amount`
    outstanding (0 ends the agreement; what is owed stays owed)."""
    require(user, "customer.credit")
    limit = money(amount, field="月结额度")
    if limit < 0:
        raise ValidationError("月结额度不能为负数。", field="credit_limit")
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("找不到该客户。")
    if limit and customer.kind != CustomerKind.COMPANY:
        raise ValidationError(f"{customer.name} 是个人客户：只有单位客户可以签约月结挂账。", field="credit_limit")
    with transaction():
        notify(TOPIC)
        return save_versioned(user, customer, version, {"credit_limit": limit}, action="customer.credit_limit")


def create_vehicle(user, owner_id: int, **values) -> Vehicle:
    require(user, "archive.edit")
    owner = Customer.get_or_none(Customer.id == owner_id)
    if owner is None:
        raise NotFound("找不到车主档案。")
    if "plate" not in values:
        raise ValidationError("请输入车牌号。", field="plate")
    clean = _clean_vehicle(values)
    with transaction():
        vehicle = Vehicle.create(owner=owner, updated_by=user.display_name, **clean)
        Ownership.create(vehicle=vehicle, customer=owner)
        record(user, "vehicle.create", vehicle, after={**clean, "owner": owner.id})
        notify(TOPIC)
    return vehicle


def update_vehicle(user, vehicle_id: int, version: int, **changes) -> Vehicle:
    require(user, "archive.edit")
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if vehicle is None:
        raise NotFound("找不到该车辆。")
    clean = _clean_vehicle(changes, vehicle_id=vehicle_id)
    with transaction():
        notify(TOPIC)
        return save_versioned(user, vehicle, version, clean, action="vehicle.update")


def change_owner(user, vehicle_id: int, version: int, new_owner_id: int) -> Vehicle:
    """A car sold on keeps its history; the old ownership period is closed."""
    require(user, "archive.edit")
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    new_owner = Customer.get_or_none(Customer.id == new_owner_id)
    if vehicle is None or new_owner is None:
        raise NotFound("找不到车辆或新车主。")
    if vehicle.owner_id == new_owner.id:
        raise ValidationError("新车主与现车主相同。")
    with transaction():
        moment = now()
        Ownership.update(until=moment).where((Ownership.vehicle == vehicle) & Ownership.until.is_null()).execute()
        Ownership.create(vehicle=vehicle, customer=new_owner, since=moment)
        notify(TOPIC)
        return save_versioned(user, vehicle, version, {"owner": new_owner.id}, action="vehicle.change_owner")


def update_file(user, *, customer_id: int, customer_version: int, customer: dict, vehicle_id: int | None = None,
                vehicle_version: int | None = None, vehicle: dict | None = None,
                credit_limit=None) -> tuple[Customer, Vehicle | None]:
    """The look-up's 编辑档案: the owner's and the car's changes saved together or not at all, each
    against the version the station read (a stale copy is refused with who changed it)."""
    with transaction():
        owner = update_customer(user, customer_id, customer_version, **customer) if customer else Customer.get_by_id(customer_id)
        if credit_limit is not None:
            owner = set_credit_limit(user, owner.id, customer_version if not customer else owner.version, credit_limit)
        car = None
        if vehicle_id is not None:
            car = update_vehicle(user, vehicle_id, vehicle_version, **vehicle) if vehicle else Vehicle.get_by_id(vehicle_id)
    return owner, car


def transfer_to_new_owner(user, vehicle_id: int, version: int, *, customer: dict) -> tuple[Customer, Vehicle]:
    """The car sold to someone not yet on file: the new customer and the change of owner in one
    transaction, so a refused change never leaves a stray customer behind."""
    with transaction():
        owner = create_customer(user, **customer)
        car = change_owner(user, vehicle_id, version, owner.id)
    return owner, car


def vehicle_file(vehicle_id: int) -> dict:
    """A car's record for editing: the car and its owner (with the versions read, for the save) and
    its owners over time, newest first (a car has a handful at most)."""
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if vehicle is None:
        raise NotFound("找不到该车辆。")
    owners = [
        {"customer_id": o.customer_id, "name": o.customer.name, "phone": o.customer.phone, "since": o.since,
         "until": o.until}
        for o in Ownership.select(Ownership, Customer).join(Customer)
        .where(Ownership.vehicle == vehicle).order_by(Ownership.since.desc(), Ownership.id.desc())
    ]
    return {"vehicle": vehicle, "customer": vehicle.owner, "owners": owners}


def customer_archive(customer_id: int) -> dict:
    """Everything the archive sheet (客户档案资料表) shows, as plain data for printing."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("找不到该客户。")
    vehicles = list(customer.vehicles.order_by(Vehicle.id))
    visits = list(
        WorkOrder.select()
        .where(WorkOrder.customer == customer)
        .order_by(WorkOrder.opened_at.desc())
        .limit(20)
    )
    return {"customer": customer, "vehicles": vehicles, "visits": visits}


def register(user, *, customer: dict, vehicle: dict) -> tuple[Customer, Vehicle]:
    """A new customer and their car in one transaction (the reception's 新建档案): either both are
    saved or neither, so a refused plate never leaves an owner without a car behind."""
    with transaction():
        owner = create_customer(user, **customer)
        car = create_vehicle(user, owner.id, **vehicle)
    return owner, car


def vehicle_models() -> list[VehicleModel]:
    """The models a new car can be filed under, by brand and name (a short list)."""
    return list(VehicleModel.select().order_by(VehicleModel.brand, VehicleModel.name))


def _model_key(text: str) -> str:
    """A model's name as compared: full-width folded to half (ＭＡＧＯＴＡＮ, ２.０Ｔ), case ignored, no
    spaces or dashes ("一汽-大众 迈腾" = "一汽大众迈腾")."""
    return re.sub(r"[\s\-·•]", "", unicodedata.normalize("NFKC", text or "")).casefold()


def resolve_model(text: str, models: list[VehicleModel] | None = None) -> tuple[VehicleModel | None, list[VehicleModel]]:
    """The catalogue model a typed name means: (model, [that model]) when it names one by its name or
    brand and name (case, width and spaces aside); (None, candidates) when it could be several (the
    same name under two brands, or part of some names: the user chooses); (None, []) when it names
    none: the car keeps the text alone and no maintenance packages are offered for it. `models`: the
    catalogue already read (vehicle_models()), for a dialog asking at every keystroke."""
    key = _model_key(text)
    if not key:
        return None, []
    models = vehicle_models() if models is None else models
    exact = [m for m in models if key in (_model_key(m.name), _model_key(f"{m.brand}{m.name}"))]
    if len(exact) == 1:
        return exact[0], exact
    return None, exact or [m for m in models if key in _model_key(f"{m.brand}{m.name}")]
