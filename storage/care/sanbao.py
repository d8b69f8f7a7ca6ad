"""三包: 家用汽车产品修理更换退货责任规定 (国家市场监督管理总局令第43号, in force 2022-01-01).
For every family car (Vehicle.family_car) inside its periods, the warranty repairs are counted and
the advisor and the manager are warned before a statutory limit is reached, so the store acts
(a proper fix, the manufacturer involved, a spare car) before the customer may demand a new car.

What we read from the regulation (the limits are settings, never looser than the regulation):
- Periods from the purchase invoice date (Vehicle.purchase_date) and the odometer, whichever first:
  包修期 ≥ 3 years / 60,000 km (free repair); 三包有效期 ≥ 2 years / 50,000 km (replace / return).
- In the 三包有效期 the customer may choose a replacement car or a refund when (第二十四条):
  a serious safety fault (严重安全性能故障) was repaired 2 times and is still there or a new one
  appears; the engine, gearbox, traction battery or drive motor was replaced 2 times, or the same
  main part (主要零部件) of those or of the steering, brakes, suspension, drive line, emission
  control or body was replaced 2 times, and it still does not work; the repairs for quality
  problems add up to more than 30 days; or the same quality problem was repaired more than 4 times.
- Within 60 days / 3,000 km a failed steering or brake system, a cracked body, a fuel leak or a
  battery fire, and within 7 days an engine, gearbox, battery or motor (or a main part of one) to be
  replaced, give the same right at once.
- In the 包修期 one repair of more than 5 days (waiting for parts included) obliges a spare car or
  a transport allowance from the 6th day.
- A repair's time runs from the day the repair is agreed to its completion; under 24 hours is a day.

How this program applies it (decisions to review with the store):
- A quality repair (三包 repair) is a work order, not cancelled, that has an active line paid by the
  manufacturer (payer 厂家索赔). Its days run from check-in (opened_at) to the hand-back
  (delivered_at; now while the car is still here), each started 24 hours counting as a day.
- "The same quality problem" is the system of the order's warranty labour lines (LabourItem.system:
  发动机, 制动, 转向, 电气 …; a part line without labour counts under its part's category). Grouping by
  system counts more repairs together than a technician's fault-by-fault judgement would: the
  warning comes early rather than late.
- Serious safety faults are the systems in setting sanbao.safety_systems (转向, 制动, 燃油, 车身).
- A main part is a warranty part line whose part name contains one of the words in setting
  sanbao.main_parts (from the regulation's list: 曲轴, 连杆, 活塞, 气缸盖, 变速器总成, 转向机, 制动主缸 …);
  the same part (part number, else name) replaced in two repairs reaches the limit.
- Warning levels: 注意 one short of a count limit (or within sanbao.warn_days_before days of the
  day limit, or a day before the spare car is due); 已达到 when the limit is reached, after which one
  more repair (or day) gives the customer the right to a replacement or refund.
"""
import datetime as dt
import math

from peewee import JOIN, fn

from .. import settings
from ..auth import require
from ..errors import ValidationError
from ..models import (
    Customer, LabourItem, Part, Vehicle, VehicleModel, WarrantyClaim, WorkOrder, WorkOrderLine, now,
)
from ..orders import ACTIVE_LINE, IN_WORKSHOP
from .common import add_years, check_limit, phone_on_screen

WARRANTY = "厂家索赔"
NOTICE, REACHED = "注意", "已达到"
LEVELS = {NOTICE: 1, REACHED: 2}
EARLY_DAYS, EARLY_KM, FIRST_WEEK = 60, 3000, 7  # 第二十二、二十三条: fixed by the regulation
# The settings' statutory values: periods may be longer, limits lower, never the other way round.
STATUTORY_PERIODS = {"sanbao.valid": (2, 50000), "sanbao.repair_period": (3, 60000)}
STATUTORY_LIMITS = {"sanbao.safety_repairs": 2, "sanbao.same_fault_repairs": 4, "sanbao.part_replacements": 2,
                    "sanbao.repair_days": 30, "sanbao.spare_car_days": 5}
CHUNK = 200


def check_statutory(key: str, value) -> None:
    """Called by storage.settings.put: a limit looser than the regulation would warn too late."""
    if key in STATUTORY_PERIODS:
        years, km = STATUTORY_PERIODS[key]
        if value[0] < years or value[1] < km:
            raise ValidationError(f"{settings.DEFAULTS[key][1]}不得短于法定的 {years} 年或 {km:,} 公里。", field=key)
    elif key in STATUTORY_LIMITS and value > STATUTORY_LIMITS[key]:
        raise ValidationError(f"{settings.DEFAULTS[key][1]}不得高于法定的 {STATUTORY_LIMITS[key]}。", field=key)


def repair_days(opened_at: dt.datetime, ended_at: dt.datetime) -> int:
    """Days a repair took: every started 24 hours is a day, at least one."""
    return max(1, math.ceil((ended_at - opened_at).total_seconds() / 86400))


def _limits() -> dict:
    get = settings.get
    return {
        "valid": get("sanbao.valid"), "repair_period": get("sanbao.repair_period"),
        "safety": int(get("sanbao.safety_repairs")), "same": int(get("sanbao.same_fault_repairs")),
        "parts": int(get("sanbao.part_replacements")), "days": int(get("sanbao.repair_days")),
        "spare": int(get("sanbao.spare_car_days")), "warn_days": int(get("sanbao.warn_days_before")),
        "safety_systems": list(get("sanbao.safety_systems")), "main_parts": list(get("sanbao.main_parts")),
    }


def _warning(rule: str, level: str, text: str, *, key: str = "", count: int = 0, limit: int = 0) -> dict:
    return {"rule": rule, "level": level, "key": key, "count": count, "limit": limit, "text": text}


def _count_level(count: int, limit: int) -> str | None:
    return REACHED if count >= limit else NOTICE if count == limit - 1 and count > 0 else None


def evaluate(car: dict, repairs: list[dict], limits: dict, moment: dt.datetime) -> dict:
    """The 三包 position of one car from its quality repairs (plain data in, plain data out: the
    rules are tested without a database). car: purchase_date, last_mileage; repairs: opened_at,
    ended_at (None while here), mileage, number, systems (set), main_parts (set of (id, name))."""
    bought = car["purchase_date"]
    valid_years, valid_km = limits["valid"]
    period_years, period_km = limits["repair_period"]
    valid_until, period_until = add_years(bought, valid_years), add_years(bought, period_years)
    as_of = moment.date()
    status = {
        "valid_until": valid_until, "period_until": period_until, "valid_km": valid_km, "period_km": period_km,
        "in_valid": as_of < valid_until and car["last_mileage"] < valid_km,
        "in_period": as_of < period_until and car["last_mileage"] < period_km,
        "repairs": 0, "repair_days": 0, "warnings": [], "level": None,
    }
    warnings = status["warnings"]
    for repair in repairs:  # the spare-car rule: any open repair in the 包修期
        if repair["ended_at"] is None and repair["opened_at"].date() < period_until and repair["mileage"] < period_km:
            days = repair_days(repair["opened_at"], moment)
            level = REACHED if days > limits["spare"] else NOTICE if days == limits["spare"] else None
            if level:
                text = (f"{repair['number']} 已修理 {days} 天，超过 {limits['spare']} 天：须提供备用车或支付交通费用补偿"
                        if level == REACHED else f"{repair['number']} 已修理 {days} 天，明天起须提供备用车或交通费用补偿")
                warnings.append(_warning("备用车", level, text, key=repair["number"], count=days, limit=limits["spare"]))
    counted = [r for r in repairs if r["opened_at"].date() < valid_until and r["mileage"] < valid_km]
    status["repairs"] = len(counted)
    by_system, by_part, days_total = {}, {}, 0
    for repair in counted:
        days_total += repair_days(repair["opened_at"], repair["ended_at"] or moment)
        for system in repair["systems"]:
            by_system.setdefault(system, []).append(repair)
        for part in repair["main_parts"]:
            by_part.setdefault(part, []).append(repair)
        age = (repair["opened_at"].date() - bought).days
        safety = sorted(repair["systems"] & set(limits["safety_systems"]))
        if safety and age < EARLY_DAYS and repair["mileage"] < EARLY_KM:
            warnings.append(_warning("60日内严重故障", REACHED, f"{repair['number']}：购车 {EARLY_DAYS} 日/{EARLY_KM:,} 公里内"
                                     f"修理{'、'.join(safety)}：如属失效、开裂或泄漏，消费者可选择换车或退车", key="、".join(safety)))
        if repair["main_parts"] and age < FIRST_WEEK:
            names = "、".join(sorted(name for _, name in repair["main_parts"]))
            warnings.append(_warning("7日内主要零件", REACHED, f"{repair['number']}：购车 {FIRST_WEEK} 日内更换主要零部件"
                                     f"（{names}）：消费者可选择换车或退车", key=names))
    status["repair_days"] = days_total
    if counted:
        safety_flagged = set()
        for system in limits["safety_systems"]:
            count = len(by_system.get(system, ()))
            level = _count_level(count, limits["safety"])
            if level:
                safety_flagged.add(system)
                warnings.append(_warning("严重安全性能故障", level, f"严重安全性能故障（{system}）已修理 {count} 次"
                                         f"（上限 {limits['safety']} 次）", key=system, count=count, limit=limits["safety"]))
        for system, done in sorted(by_system.items()):
            level = _count_level(len(done), limits["same"])
            if level and system not in safety_flagged:
                warnings.append(_warning("同一质量问题", level, f"同一质量问题（{system}）已修理 {len(done)} 次"
                                         f"（超过 {limits['same']} 次可换退）", key=system, count=len(done), limit=limits["same"]))
        for (_, name), done in sorted(by_part.items(), key=lambda item: item[0][1]):
            level = _count_level(len(done), limits["parts"])
            if level:
                warnings.append(_warning("主要零部件更换", level, f"主要零部件“{name}”已更换 {len(done)} 次"
                                         f"（上限 {limits['parts']} 次）", key=name, count=len(done), limit=limits["parts"]))
        if days_total >= limits["days"] - limits["warn_days"]:
            level = REACHED if days_total >= limits["days"] else NOTICE
            warnings.append(_warning("累计修理天数", level, f"三包期内累计修理 {days_total} 天（超过 {limits['days']} 天可换退）",
                                     count=days_total, limit=limits["days"]))
    if not status["in_period"]:  # after the 包修期 nothing applies any more
        warnings.clear()
    elif not status["in_valid"]:  # after the 三包有效期 only the spare car does
        warnings[:] = [w for w in warnings if w["rule"] == "备用车"]
    warnings.sort(key=lambda w: -LEVELS[w["level"]])
    status["level"] = warnings[0]["level"] if warnings else None
    return status


def _repairs(vehicle_ids: list[int], since: dict, main_parts: list[str]) -> dict:
    """Each car's quality repairs since its purchase, in two queries for the lot."""
    if not vehicle_ids:
        return {}
    earliest = dt.datetime.combine(min(since.values()), dt.time())
    lines = (
        WorkOrderLine.select(WorkOrderLine.order, WorkOrderLine.kind, WorkOrderLine.description,
                             LabourItem.system, Part.id.alias("part_id"), Part.name.alias("part_name"),
                             Part.category, WorkOrder.vehicle, WorkOrder.opened_at)
        .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
        .switch(WorkOrderLine)
        .join(LabourItem, JOIN.LEFT_OUTER, on=(WorkOrderLine.labour == LabourItem.id))
        .switch(WorkOrderLine)
        .join(Part, JOIN.LEFT_OUTER, on=(WorkOrderLine.part == Part.id))
        .where((WorkOrder.vehicle << vehicle_ids) & (WorkOrder.opened_at >= earliest) & (WorkOrder.status != "已取消")
               & (WorkOrderLine.payer == WARRANTY) & ACTIVE_LINE)
        .dicts()
    )
    per_order = {}
    for line in lines:
        if line["opened_at"].date() < since[line["vehicle"]]:
            continue
        entry = per_order.setdefault(line["order"], {"systems": set(), "parts": set(), "fallback": set()})
        if line["kind"] == "工时":
            entry["systems"].add(line["system"] or "其他")
        elif line["kind"] == "材料":
            name = line["part_name"] or line["description"]
            entry["fallback"].add(line["category"] or "其他")
            if any(word in name for word in main_parts):
                entry["parts"].add((line["part_id"] or name, name))
    if not per_order:
        return {}
    result = {}
    for order in WorkOrder.select(WorkOrder.id, WorkOrder.vehicle, WorkOrder.number, WorkOrder.opened_at,
                                  WorkOrder.delivered_at, WorkOrder.mileage).where(WorkOrder.id << list(per_order)):
        entry = per_order[order.id]
        result.setdefault(order.vehicle_id, []).append({
            "order_id": order.id, "number": order.number, "opened_at": order.opened_at, "ended_at": order.delivered_at,
            "mileage": order.mileage, "systems": entry["systems"] or entry["fallback"], "main_parts": entry["parts"],
        })
    for repairs in result.values():
        repairs.sort(key=lambda r: r["opened_at"])
    return result


def _cars(vehicle_ids: list[int]) -> list[dict]:
    return list(
        Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.purchase_date, Vehicle.last_mileage, Vehicle.model_text,
                       Vehicle.family_car, VehicleModel.brand, VehicleModel.name.alias("model_name"),
                       Customer.name.alias("customer"), Customer.phone)
        .join(Customer, on=(Vehicle.owner == Customer.id)).switch(Vehicle)
        .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .where((Vehicle.id << vehicle_ids) & (Vehicle.family_car == True) & Vehicle.purchase_date.is_null(False))  # noqa: E712
        .order_by(Vehicle.id).dicts())


def _statuses(user, vehicle_ids: list[int], moment: dt.datetime, limits: dict) -> list[dict]:
    cars = _cars(vehicle_ids)
    repairs = _repairs([c["id"] for c in cars], {c["id"]: c["purchase_date"] for c in cars}, limits["main_parts"])
    result = []
    for car in cars:
        status = evaluate(car, repairs.get(car["id"], []), limits, moment)
        brand, name = car.pop("brand"), car.pop("model_name")
        status.update(vehicle_id=car["id"], plate=car["plate"], model=f"{brand} {name}" if brand else car["model_text"],
                      customer=car["customer"], phone=phone_on_screen(user, car["phone"]),
                      purchase_date=car["purchase_date"], last_mileage=car["last_mileage"],
                      repair_list=repairs.get(car["id"], []))
        result.append(status)
    return result


def vehicle_status(user, vehicle_id: int, *, moment: dt.datetime | None = None) -> dict | None:
    """The car's 三包 position for reception (look-up, order): None when the rules do not apply (not a
    family car, no purchase date on file, or past its 包修期)."""
    require(user, "archive.view")
    found = _statuses(user, [vehicle_id], moment or now(), _limits())
    if not found or not found[0]["in_period"]:
        return None
    return found[0]


def warnings_for_vehicle(user, vehicle_id: int) -> list[dict]:
    """Just the warnings, most serious first (empty when there is nothing to say)."""
    status = vehicle_status(user, vehicle_id)
    return status["warnings"] if status else []


def _candidates(limits: dict, as_of: dt.date, after: int) -> list[int]:
    """Cars that may have something to warn about: quality repairs since the start of the oldest
    包修期 still running (warranty job type, claims, or a warranty line on an order still here)."""
    since = dt.datetime.combine(add_years(as_of, -limits["repair_period"][0]), dt.time())
    by_job = WorkOrder.select(WorkOrder.vehicle).where((WorkOrder.job_type == "保修索赔") & (WorkOrder.opened_at >= since))
    by_claim = (WarrantyClaim.select(WorkOrder.vehicle)
                .join(WorkOrderLine, on=(WarrantyClaim.line == WorkOrderLine.id))
                .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
                .where(WorkOrder.opened_at >= since))
    warranty_line = WorkOrderLine.select(WorkOrderLine.id).where(
        (WorkOrderLine.order == WorkOrder.id) & (WorkOrderLine.payer == WARRANTY))
    here = WorkOrder.select(WorkOrder.vehicle).where((WorkOrder.status << ("草稿", *IN_WORKSHOP)) & fn.EXISTS(warranty_line))
    union = (by_job | by_claim | here).alias("candidates")
    vehicle = union.c.vehicle_id
    return [v for (v,) in WorkOrder.select(vehicle).from_(union).where(vehicle > after).order_by(vehicle).tuples()]


def cars_near_limits(user, *, level: str | None = None, cursor=None, limit: int = 50):
    """Cars inside their 包修期 with a warning (of at least `level`), by vehicle id. Keyset paging on
    the vehicle id; each page evaluates candidate cars in chunks until it has `limit` rows."""
    require(user, "archive.view")
    limit = check_limit(limit)
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    limits, moment = _limits(), now()
    candidates = _candidates(limits, moment.date(), cursor or 0)
    rows, position = [], 0
    while position < len(candidates) and len(rows) < limit:
        chunk = candidates[position:position + CHUNK]
        for status in _statuses(user, chunk, moment, limits):
            if status["level"] and (level is None or LEVELS[status["level"]] >= LEVELS[level]):
                rows.append(status)
        position += len(chunk)
    if len(rows) >= limit:  # a chunk may overshoot: the next page resumes after the last car shown
        rows = rows[:limit]
        return rows, (rows[-1]["vehicle_id"] if rows[-1]["vehicle_id"] < candidates[-1] else None)
    return rows, None
