"""维修历史: the old system's past visits, stored as what the program's own rules read, so they work from
day one: each visit becomes a closed work order (status 已交车) of the car's owner with the old
system's number ("旧" + number), its date, mileage, job type and one line with the work done and the
amount. So the next-service reminder counts from the last 保养 order (storage.care.reminders), a car
back with the same fault can be opened as a 返修 of the imported order (storage.reception.checkin.
open_comeback), and the 三包 repair counts and days (storage.care.sanbao) count a 保修索赔 visit (its
line is paid by 厂家索赔). Each visit also leaves a mileage reading and moves the car's last visit on,
and the imported cars' service reminders are recomputed in the same transaction.

Rows with the same old number are one visit with several lines (exports often write a row per item);
they must name the same car and date. A visit already imported (same number) is skipped, so a
re-import does not double the history. The car must be in the archive (import the vehicles first).
The advisor is the user of that name, else the user importing (the old name is kept in the note)."""
import datetime as dt

from storage.care.reminders import refresh_service_reminders
from storage.golive.importing import audit_row, parse_date, parse_int, parse_money
from storage.golive.kinds.vehicles import archive_index
from storage.golive.reading import chunks, insert_rows
from storage.models import JOB_TYPES, AuditLog, MileageReading, Reminder, User, Vehicle, WorkOrder, WorkOrderLine, now
from storage.plumbing import daily
from storage.plumbing.changes import notify
from storage.rules.errors import ValidationError
from storage.rules.validation import normalize_plate, normalize_vin
from storage.rules.vocabulary import JobType, OrderStatus

KIND = "history"
LABEL = "维修历史"
ORDER = 30
# the tables whose planner statistics are refreshed after a real import
TABLES = tuple(m._meta.table_name for m in (WorkOrder, WorkOrderLine, MileageReading, Vehicle, Reminder, AuditLog))
FIELDS = {
    "plate": ("车牌号", "车牌", "车牌号码", "plate"),
    "vin": ("VIN码", "VIN", "车架号", "底盘号", "车辆识别代号", "vin"),
    "date": ("进厂日期", "维修日期", "来厂日期", "开单日期", "入厂日期", "结算日期", "日期", "date"),
    "mileage": ("进厂里程", "里程", "行驶里程", "mileage"),
    "work": ("维修项目", "维修内容", "作业内容", "工作内容", "项目", "work"),
    "amount": ("金额", "结算金额", "维修金额", "总金额", "合计", "amount"),
    "advisor": ("服务顾问", "接待员", "顾问", "advisor"),
    "number": ("工单号", "委托书号", "维修单号", "单号", "ordernumber", "number"),
    "job_type": ("维修类型", "业务类型", "维修性质", "jobtype"),
}
REQUIRED = ("date", "work")
PREFIX = "旧"
WARRANTY = "厂家索赔"
JOB_WORDS = (("返修", "返修"), ("索赔", "保修索赔"), ("三包", "保修索赔"), ("保修", "保修索赔"), ("事故", "事故车"),
             ("钣喷", JobType.ACCIDENT), ("保险", JobType.ACCIDENT), (JobType.MAINTENANCE, JobType.MAINTENANCE),
             ("首保", JobType.MAINTENANCE), ("内部", "内部"))


def job_type(kind_text: str, work: str) -> str:
    """The job type from the old system's type column, else from the words of the work done."""
    if kind_text in JOB_TYPES:
        return kind_text
    for text in (kind_text, work):
        for word, job in JOB_WORDS:
            if text and word in text:
                return job
    if kind_text:
        raise ValidationError(f"维修类型“{kind_text}”无法识别：应为 {'、'.join(JOB_TYPES)} 之一。")
    return JobType.GENERAL


def _vehicle(plate: str, vin: str | None, seen: dict):
    plates, vins = archive_index(seen)
    car = (vins.get(vin) if vin else None) or (plates.get(plate) if plate else None)
    return (car[0], car[3], car[1]) if car else None


def check(row: dict, seen: dict) -> dict:
    plate = normalize_plate(row["plate"]) if row.get("plate") else ""
    vin = normalize_vin(row["vin"]) if row.get("vin") else None
    if not plate and not vin:
        raise ValidationError("没有车牌号或车架号。")
    car = _vehicle(plate, vin, seen)
    if car is None:
        raise ValidationError(f"车辆 {plate or vin} 不在档案中：请先导入车辆。")
    day = parse_date(row.get("date"), "进厂日期", required=True)
    work = (row.get("work") or "").strip()
    if not work:
        raise ValidationError("维修项目为空。")
    number = (row.get("number") or "").strip()
    if len(number) > 19:
        raise ValidationError(f"原工单号“{number}”超过 19 个字符。")
    amount = parse_money(row.get("amount"), "金额")
    if amount is not None and amount < 0:
        raise ValidationError(f"金额 {amount} 为负数。")
    clean = {"vehicle": car[0], "owner": car[1], "plate": car[2], "date": day, "work": work[:200],
             "mileage": parse_int(row.get("mileage"), "进厂里程") or 0, "amount": amount or 0,
             "advisor": (row.get("advisor") or "").strip()[:32], "old_number": number,
             "job_type": job_type((row.get("job_type") or "").strip(), work)}
    clean["number"] = PREFIX + (number or f"{car[0]}-{day:%Y%m%d}")
    first = seen.setdefault(("visit", clean["number"]), (car[0], day))
    if first != (car[0], day):
        raise ValidationError(f"原工单号 {number} 在文件中已用于另一辆车或另一天。")
    return clean


def apply(user, rows: list) -> dict:
    moment = now()
    visits = {}
    for values in rows:
        visits.setdefault(values["number"], []).append(values)
    existing = set()
    for chunk in chunks(sorted(visits)):
        existing.update(n for (n,) in WorkOrder.select(WorkOrder.number).where(WorkOrder.number.in_(chunk)).tuples())
    advisors = {}
    for u in User.select(User.id, User.username, User.display_name):
        advisors.setdefault(u.display_name, u.id)
        advisors.setdefault(u.username, u.id)
    counts = {"新建历史工单": 0, "明细行": 0, "已导入过，跳过": 0}
    orders, lines, readings, audits, latest = [], [], [], [], {}
    for number, items in visits.items():
        if number in existing:
            counts["已导入过，跳过"] += 1
            continue
        first = items[0]
        opened = dt.datetime.combine(first["date"], dt.time(9, 0))
        closed = dt.datetime.combine(first["date"], dt.time(17, 0))
        total = sum(i["amount"] for i in items)
        mileage = max(i["mileage"] for i in items)
        job = first["job_type"]
        note = f"旧系统历史导入，原工单号 {first['old_number'] or '无'}" + (
            f"，服务顾问 {first['advisor']}" if first["advisor"] else "")
        orders.append(dict(
            number=number, customer=first["owner"], vehicle=first["vehicle"],
            advisor=advisors.get(first["advisor"], user.id), job_type=job, status=OrderStatus.DELIVERED,
            mileage=mileage,
            mileage_out=mileage or None, estimate_total=total, signed_estimate=total, opened_at=opened, signed_at=opened,
            finished_at=closed, qc_passed_at=closed, settled_at=closed, delivered_at=closed, note=note,
            updated_at=moment, updated_by=user.display_name))
        if mileage:
            readings.append({"vehicle": first["vehicle"], "km": mileage, "at": opened, "source": number,
                             "overridden_by": ""})
        car = latest.setdefault(first["vehicle"], [closed, mileage])
        car[0], car[1] = max(car[0], closed), max(car[1], mileage)
        counts["新建历史工单"] += 1
        counts["明细行"] += len(items)
    _insert_with_defaults(WorkOrder, orders)
    ids = {}
    for chunk in chunks([o["number"] for o in orders]):
        ids.update(WorkOrder.select(WorkOrder.number, WorkOrder.id).where(WorkOrder.number.in_(chunk)).tuples())
    for order in orders:
        number, items = order["number"], visits[order["number"]]
        order_id = ids[number]
        closed = order["delivered_at"]
        for position, item in enumerate(items, 1):
            lines.append({"order": order_id, "kind": "其他", "position": position, "labour": None, "part": None,
                          "description": item["work"], "quantity": 1, "unit_price": item["amount"],
                          "amount": item["amount"], "discount": 0,
                          "payer": WARRANTY if order["job_type"] == JobType.WARRANTY else "客户",
                          "status": OrderStatus.DONE, "finished_at": closed, "version": 1, "updated_at": moment,
                          "updated_by": user.display_name})
        audits.append(audit_row(user, "order.history_import", "WorkOrder", order_id,
                                {"number": number, "vehicle": items[0]["plate"], "date": items[0]["date"],
                                 "job_type": order["job_type"], "mileage": order["mileage"],
                                 "amount": order["estimate_total"], "lines": len(items)}, moment))
    _insert_with_defaults(WorkOrderLine, lines)
    insert_rows(MileageReading, readings)
    insert_rows(AuditLog, audits)
    now_known = {}
    for chunk in chunks(sorted(latest)):
        now_known.update((i, (at, km)) for i, at, km in Vehicle.select(
            Vehicle.id, Vehicle.last_visit_at, Vehicle.last_mileage).where(Vehicle.id.in_(chunk)).tuples())
    for vehicle_id, (closed, mileage) in latest.items():
        last_at, last_km = now_known[vehicle_id]
        last_at = Vehicle.last_visit_at.python_value(last_at)
        changes = {}
        if last_at is None or closed > last_at:
            changes["last_visit_at"] = closed
        if mileage > (last_km or 0):
            changes["last_mileage"] = mileage
        if changes:
            Vehicle.update(**changes).where(Vehicle.id == vehicle_id).execute()

    for chunk in chunks(sorted(latest)):
        refresh_service_reminders(chunk)
    # Past visits written in bulk, past the writers' hooks: the reports' per-day summary (storage.plumbing.daily)
    # recomputed from the rows, in this import's transaction, so `check` holds and the figures see them.

    daily.rebuild()
    notify("archive")
    return {k: v for k, v in counts.items() if v}


def _insert_with_defaults(model, rows: list) -> None:
    """Multi-row INSERT with every column: the tables' defaults live in Python (Peewee), not in the database."""
    defaults = {f.name: (f.default() if callable(f.default) else f.default)
                for f in model._meta.sorted_fields if f.name != "id"}
    insert_rows(model, [{**defaults, **row} for row in rows])
