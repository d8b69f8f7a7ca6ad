"""车辆: the old system's cars. Matched by VIN, then by plate: a car already in the archive gets only the
fields it has empty and a higher mileage; its owner is not changed (a change of owner is done at the
desk, with its history). A VIN and a plate that name two different cars of the archive refuse the row.
The owner is found by phone and name, by phone alone or by name alone when only one customer fits;
else, with a name and a phone, a new customer is filed. The model text (brand and model) becomes the
catalogue's model when it names one (storage.reception.archive.resolve_model), else the VIN prefix table names it
(系统管理 → 车型与 VIN), else the car keeps the text."""
from storage.admin.vehicles import model_for_vin
from storage.golive.importing import audit_row, parse_date, parse_int
from storage.golive.kinds.customers import create as create_customer
from storage.golive.reading import chunks, insert_rows
from storage.models import AuditLog, Customer, MileageReading, Ownership, Vehicle, now
from storage.plumbing.changes import notify
from storage.reception.archive import VEHICLE_TEXT, _text, resolve_model, vehicle_models
from storage.rules.errors import ValidationError
from storage.rules.validation import digits_reversed, normalize_phone, normalize_plate, normalize_vin
from storage.rules.vocabulary import CustomerKind

KIND = "vehicles"
LABEL = "车辆"
ORDER = 20
TABLES = tuple(m._meta.table_name for m in (Vehicle, Customer, Ownership, MileageReading, AuditLog))  # planner statistics refreshed after an import
FIELDS = {
    "plate": ("车牌号", "车牌", "车牌号码", "号牌号码", "plate", "licenseplate"),
    "vin": ("VIN码", "VIN", "车架号", "底盘号", "车辆识别代号", "车辆识别号", "vin"),
    "owner_name": ("客户名称", "车主", "车主姓名", "客户姓名", "姓名", "owner", "ownername"),
    "owner_phone": ("联系电话", "车主电话", "手机", "手机号", "电话", "ownerphone", "phone"),
    "brand": ("品牌", "厂牌", "brand", "make"),
    "model_text": ("车型", "车型名称", "车系", "品牌车型", "model"),
    "engine_no": ("发动机号", "发动机号码", "engineno"),
    "colour": ("颜色", "车身颜色", "colour", "color"),
    "purchase_date": ("购车日期", "销售日期", "购买日期", "开票日期", "purchasedate"),
    "delivery_date": ("交车日期", "交付日期", "deliverydate"),
    "mileage": ("当前里程", "最近里程", "行驶里程", "里程", "mileage"),
    "insurance_due": ("保险到期", "保险到期日", "保险到期日期", "insurancedue"),
    "inspection_due": ("年审日期", "年检到期", "年审到期", "inspectiondue"),
    "note": ("备注", "说明", "note"),
}
REQUIRED = ("plate",)


def _model(text: str, vin: str, seen: dict):
    cache = seen.setdefault("_models", {})
    key = (text, vin[:11] if not text else "")
    if key not in cache:
        if text:
            if "_catalogue" not in seen:
                seen["_catalogue"] = vehicle_models()
            cache[key] = resolve_model(text, seen["_catalogue"])[0]
        else:
            cache[key] = model_for_vin(vin) if vin else None
    return cache[key]


def archive_index(seen: dict) -> tuple[dict, dict]:
    """({plate: (id, plate, vin, owner id)}, {vin: the same}) of the whole archive, read once per file
    in one query of four columns (a query per row cost 5 ms each in building its SQL)."""
    if "_archive" not in seen:
        by_plate, by_vin = {}, {}
        for car in Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.owner).tuples():
            by_plate[car[1]] = car
            if car[2]:
                by_vin[car[2]] = car
        seen["_archive"] = (by_plate, by_vin)
    return seen["_archive"]


def check(row: dict, seen: dict) -> dict:
    clean = {"plate": normalize_plate(row.get("plate", ""))}
    clean["vin"] = normalize_vin(row["vin"]) if row.get("vin") else None
    if not row.get("owner_name") and not row.get("owner_phone"):
        raise ValidationError("没有车主：请填写车主姓名或电话。")
    clean["owner_name"] = (row.get("owner_name") or "").strip()[:64]
    clean["owner_phone"] = normalize_phone(row["owner_phone"]) if row.get("owner_phone") else ""
    brand, model = row.get("brand", ""), row.get("model_text", "")
    text = model if not brand or model.startswith(brand) else f"{brand} {model}".strip()
    clean["model_text"] = _text(text.strip(), "model_text", VEHICLE_TEXT)
    clean["model"] = _model(clean["model_text"], clean["vin"] or "", seen)
    if clean["model"] is not None and not clean["model_text"]:
        clean["model_text"] = str(clean["model"])
    for key in ("engine_no", "colour", "note"):
        clean[key] = _text(row.get(key, ""), key, VEHICLE_TEXT)
    clean["purchase_date"] = parse_date(row.get("purchase_date"), "购车日期")
    clean["delivery_date"] = parse_date(row.get("delivery_date"), "交车日期")
    clean["insurance_due"] = parse_date(row.get("insurance_due"), "保险到期日", future=True)
    clean["inspection_due"] = parse_date(row.get("inspection_due"), "年审日期", future=True)
    clean["mileage"] = parse_int(row.get("mileage"), "里程") or 0
    # within the file: one plate is one car, one VIN one car
    for key, label in (("plate", "车牌"), ("vin", "车架号")):
        if clean[key]:
            other = seen.setdefault(("vehicle", key, clean[key]), clean["vin"] if key == "plate" else clean["plate"])
            if other != (clean["vin"] if key == "plate" else clean["plate"]):
                raise ValidationError(f"{label} {clean[key]} 在文件中出现两次，且另一行的"
                                      f"{'车架号' if key == 'plate' else '车牌'}不同（{other or '空'}）。")
    clean["_row"] = seen.get("_row")
    if not (clean["owner_name"] and clean["owner_phone"]):
        if "_owners" not in seen:
            seen["_owners"] = _Owners.everyone()
        if seen["_owners"].find(clean["owner_phone"], clean["owner_name"]) is None:
            raise ValidationError(f"车主“{clean['owner_name'] or clean['owner_phone']}”在档案中找不到或不止一位："
                                  "请先导入客户，或同时填写车主姓名和电话。")
    plates, vins = archive_index(seen)
    by_vin = vins.get(clean["vin"]) if clean["vin"] else None
    by_plate = plates.get(clean["plate"])
    if by_vin is not None and by_plate is not None and by_vin[0] != by_plate[0]:
        raise ValidationError(f"车架号 {clean['vin']} 已登记在车辆 {by_vin[1]} 上，车牌 {clean['plate']} "
                              "却是档案中的另一辆车：请核对。")
    if by_plate is not None and by_vin is None and clean["vin"] and by_plate[2]:
        raise ValidationError(f"车牌 {clean['plate']} 在档案中的车架号是 {by_plate[2]}，与文件中的 {clean['vin']} 不同。")
    return clean


def car_model_id(values: dict):
    model = values.get("model")
    return model.id if model is not None else None


class _Owners:
    """Owners found in the archive (or filed by this import), by phone and name."""

    @classmethod
    def everyone(cls):
        """The whole archive's customers (id, phone, name), read once per file for the checks."""
        owners = cls([])
        for cid, phone, name in Customer.select(Customer.id, Customer.phone, Customer.name).tuples():
            owners._add(cid, phone, name)
        return owners

    def __init__(self, rows):
        phones = {r["owner_phone"] for r in rows if r["owner_phone"]}
        names = {r["owner_name"] for r in rows if r["owner_name"] and not r["owner_phone"]}
        self.by_pair, self.by_phone, self.by_name = {}, {}, {}
        for chunk in chunks(sorted(phones)):
            for c in Customer.select(Customer.id, Customer.phone, Customer.name).where(Customer.phone.in_(chunk)):
                self._add(c.id, c.phone, c.name)
        for chunk in chunks(sorted(names)):
            for c in Customer.select(Customer.id, Customer.phone, Customer.name).where(Customer.name.in_(chunk)):
                self.by_name.setdefault(c.name, set()).add(c.id)

    def _add(self, cid, phone, name):
        self.by_pair.setdefault((phone, name), cid)
        self.by_phone.setdefault(phone, set()).add(cid)
        self.by_name.setdefault(name, set()).add(cid)

    def find(self, phone, name):
        if phone and name and (phone, name) in self.by_pair:
            return self.by_pair[(phone, name)]
        if phone and not name and len(self.by_phone.get(phone, ())) == 1:
            return next(iter(self.by_phone[phone]))
        if name and not phone and len(self.by_name.get(name, ())) == 1:
            return next(iter(self.by_name[name]))
        return None


def apply(user, rows: list) -> dict:
    moment = now()
    owners = _Owners(rows)
    counts = {"新建": 0, "已存在，补充资料": 0, "已存在，无变化": 0, "文件内重复，已合并": 0, "新建车主": 0}
    audits, readings, ownerships, done = [], [], [], set()
    plates, vins = archive_index({})
    matched = {(vins.get(r["vin"]) if r["vin"] else None) or plates.get(r["plate"]) for r in rows} - {None}
    cars = {}
    for chunk in chunks(sorted(m[0] for m in matched)):
        cars.update((c.id, c) for c in Vehicle.select().where(Vehicle.id.in_(chunk)))
    for values in rows:
        key = values["vin"] or values["plate"]
        if key in done or values["plate"] in done:
            counts["文件内重复，已合并"] += 1
            continue
        done.update({key, values["plate"]})
        found = (vins.get(values["vin"]) if values["vin"] else None) or plates.get(values["plate"])
        car = cars[found[0]] if found else None
        fields = {k: v for k, v in values.items()
                  if k not in ("owner_name", "owner_phone", "mileage", "_row") and v not in (None, "")}
        if car is not None:
            fill = {k: v for k, v in fields.items() if k not in ("plate",) and not getattr(car, k)}
            if values["mileage"] > car.last_mileage:
                fill["last_mileage"] = values["mileage"]
                readings.append({"vehicle": car.id, "km": values["mileage"], "at": moment, "source": "旧系统导入",
                                 "overridden_by": ""})
            if fill:
                if "vin" in fill:
                    fill["vin_tail"] = fill["vin"][-6:]
                Vehicle.update(**fill, version=Vehicle.version + 1, updated_at=moment,
                               updated_by=user.display_name).where(Vehicle.id == car.id).execute()
                audits.append(audit_row(user, "vehicle.update", "Vehicle", car.id, {**fill, "model": car_model_id(fill)},
                                        moment, before={k: getattr(car, k + "_id" if k == "model" else k, None)
                                                        for k in fill}))
                counts["已存在，补充资料"] += 1
            else:
                counts["已存在，无变化"] += 1
            continue
        owner = owners.find(values["owner_phone"], values["owner_name"])
        if owner is None:
            if not (values["owner_phone"] and values["owner_name"]):
                raise ValidationError(f"第 {values['_row']} 行：车主“{values['owner_name'] or values['owner_phone']}”"
                                      "在档案中找不到或不止一位，且姓名和电话不全，无法新建：请先导入客户。")
            owner = create_customer(user, {"name": values["owner_name"], "phone": values["owner_phone"],
                                           "phone_rev": digits_reversed(values["owner_phone"]),
                                           "kind": CustomerKind.PERSON}, moment)
            owners._add(owner, values["owner_phone"], values["owner_name"])
            audits.append(audit_row(user, "customer.create", "Customer", owner,
                                    {"name": values["owner_name"], "phone": values["owner_phone"]}, moment))
            counts["新建车主"] += 1
        fields["plate_rev"] = values["plate"][::-1]
        if values["vin"]:
            fields["vin_tail"] = values["vin"][-6:]
        car_id = Vehicle.insert(**fields, owner=owner, last_mileage=values["mileage"], created_at=moment,
                                updated_at=moment, updated_by=user.display_name).execute()
        ownerships.append({"vehicle": car_id, "customer": owner, "since": moment, "until": None})
        if values["mileage"]:
            readings.append({"vehicle": car_id, "km": values["mileage"], "at": moment, "source": "旧系统导入",
                             "overridden_by": ""})
        audits.append(audit_row(user, "vehicle.create", "Vehicle", car_id, {**fields, "model": car_model_id(fields), "owner": owner}, moment))
        counts["新建"] += 1
    insert_rows(Ownership, ownerships)
    insert_rows(MileageReading, readings)
    insert_rows(AuditLog, audits)
    notify("archive")
    return {k: v for k, v in counts.items() if v}
