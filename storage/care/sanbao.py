"""三包: 家用汽车产品修理更换退货责任规定 (国家市场监督管理总局令第43号, in force 2022-01-01).
For every family car (Vehicle.family_car) inside its periods, the quality repairs are counted and the
advisor and the manager are warned, each warning naming its article and what the consumer may choose,
so the store acts (a proper fix, the manufacturer involved, a spare car) in time.

The articles as applied here (43号令 text as published, LawRefBook/Laws 部门规章/市场监督管理总局/
家用汽车产品修理更换退货责任规定(2021-07-22).md):
- 第十七条: "修理记录应当包括送修时间、行驶里程、消费者质量问题陈述、检查结果、修理项目、更换的零部件名称和编号、
  材料费、工时及工时费、车辆拖运费用、提供备用车或者交通费用补偿的情况、交车时间、修理者和消费者签名或者盖章等
  信息，并提供给消费者一份" -> `repair_record`, printed on the settlement (printing.settlement).
- 第十八条: "三包有效期不得低于2年或者行驶里程50,000公里，以先到者为准；包修期不得低于3年或者行驶里程60,000
  公里，以先到者为准。三包有效期和包修期自销售者开具购车发票之日起计算；开具购车发票日期与交付家用汽车产品日期
  不一致的，自交付之日起计算" -> `start_of` (Vehicle.delivery_date when recorded, else Vehicle.purchase_date).
- 第二十条: "自三包有效期起算之日起60日内或者行驶里程3000公里之内（以先到者为准），因发动机、变速器、动力蓄电池、
  行驶驱动电机的主要零部件出现质量问题的，消费者可以凭三包凭证选择更换发动机、变速器、动力蓄电池、行驶驱动电机。
  修理者应当免费更换" -> RULE_NEW_ASSEMBLY.
- 第二十一条: "在包修期内因质量问题单次修理时间超过5日（包括等待修理零部件时间）的，修理者应当自第6日起为消费者
  提供备用车，或者向消费者支付合理的交通费用补偿。经营者与消费者另有约定的，按照约定的方式予以补偿"
  -> RULE_SPARE_CAR, `record_mobility`.
- 第二十二条: "自三包有效期起算之日起7日内，因质量问题需要更换发动机、变速器、动力蓄电池、行驶驱动电机或者其主要
  零部件的，消费者可以凭购车发票、三包凭证选择更换家用汽车产品或者退货" -> RULE_FIRST_WEEK. Only those four
  assemblies: a brake wheel cylinder on day 3 is not this article's case.
- 第二十三条: "自三包有效期起算之日起60日内或者行驶里程3000公里之内（以先到者为准），因质量问题出现转向系统失效、
  制动系统失效、车身开裂、燃油泄漏或者动力蓄电池起火的，消费者可以凭购车发票、三包凭证选择更换家用汽车产品或者
  退货" -> RULE_EARLY_FAULT. These are facts found on the car, recorded on the order (WorkOrder.sanbao_faults:
  QC's window, storage.workshop.pass_qc, or `record_faults`); a repair of the steering, brakes or body in that
  time without a recorded fault is a 注意 asking staff to check.
- 第二十四条: "家用汽车产品在三包有效期内出现下列情形之一，消费者凭购车发票、三包凭证选择更换家用汽车产品或者退货
  的，销售者应当更换或者退货：（一）因严重安全性能故障累计进行2次修理，但仍未排除该故障或者出现新的严重安全性能
  故障的；（二）发动机、变速器、动力蓄电池、行驶驱动电机因其质量问题累计更换2次，仍不能正常使用的；（三）发动机、
  变速器、动力蓄电池、行驶驱动电机、转向系统、制动系统、悬架系统、传动系统、污染控制装置、车身的同一主要零部件因其
  质量问题累计更换2次，仍不能正常使用的；（四）因质量问题累计修理时间超过30日，或者因同一质量问题累计修理超过4次
  的。发动机、变速器、动力蓄电池、行驶驱动电机的更换次数与其主要零部件的更换次数不重复计算。"
  (一) counts repairs of serious safety faults together, whatever the system (two repairs, then the fault
  not cleared or a new one); (二) counts whole assemblies per assembly; (三) counts per main-part
  category (storage.care.main_parts: a superseded number or another name of the same part counts); a
  whole assembly counts under (二) only, never again for its parts. NOT applied: the article's last
  paragraph (transport time of special parts and of the traction battery, and rescue travel, are not
  repair time for (四)): the program does not know those hours, so it warns early rather than late.
- 第四十条: "严重安全性能故障，指家用汽车产品存在的危及人身、财产安全，致使无法安全使用的质量问题，包括安全装置
  不能起到应有的保护作用或者存在起火等危险的情形" -> FAULTS (安全装置失效 among them); "单次修理时间 … 以小时
  计算，每满24小时，为1日；余下时间不足24小时的，以1日计" -> `repair_days`.
- 第四十一条: "主要零部件、特殊零部件、易损耗零部件的种类范围，按照有关国家标准确定" (GB/T 29632), see
  storage.care.main_parts.

Day counting: "…之日起 N 日内" includes day N (民法典 第二百零一条: the starting day is not counted, so a
car invoiced on 1 March is in its first 7 days to the end of 8 March and in its 三包有效期 to the end of
the same date two years on); "… 公里之内" includes the kilometre itself.

Store settings (sanbao.*) may only make staff warnings come earlier (a lower count warns sooner, more
systems count as possible safety faults, longer periods); the level 已达到 and the sentence telling what
the consumer may choose always follow the regulation's numbers, which live here, not in the settings.

How this program applies it (decisions to review with the store):
- A quality repair (三包 repair) is a work order, not cancelled, that has an active line paid by the
  manufacturer (payer 厂家索赔). Its days run from check-in (opened_at) to the hand-back
  (delivered_at; now while the car is still here), each started 24 hours counting as a day.
- "The same quality problem" is the system of the order's warranty labour lines (LabourItem.system);
  grouping by system counts more repairs together than a technician's fault-by-fault judgement would.
- A main part replaced is a warranty part line whose catalogue part has a 三包 category.
"""
import datetime as dt
import math

from peewee import JOIN, fn

from storage.care import main_parts
from storage.care.common import add_years
from storage.models import (
    Customer, LabourItem, Part, Vehicle, VehicleModel, WarrantyClaim, WorkOrder, WorkOrderLine, now,
)
from storage.plumbing.db import transaction
from storage.plumbing.locking import locked, save_versioned
from storage.plumbing.paging import check_limit
from storage.rules import settings
from storage.rules.auth import may, require
from storage.rules.errors import ValidationError
from storage.rules.orders import ACTIVE_LINE, IN_WORKSHOP
from storage.rules.privacy import phone_on_screen
from storage.rules.sanbao_law import (
    EARLY_DAYS, EARLY_KM, FIRST_WEEK, REPAIR_DAYS, REPLACEMENTS, SAFETY_REPAIRS, SAFETY_SYSTEMS, SAME_FAULT_REPAIRS,
    SPARE_CAR_DAYS,
)
from storage.rules.validation import clean_text
from storage.rules.vocabulary import JobType, OrderStatus

WARRANTY = "厂家索赔"
NOTICE, REACHED = "注意", "已达到"
LEVELS = {NOTICE: 1, REACHED: 2}
# 第二十三条's five faults, and the serious safety faults of 第二十四条第一款第一项 besides them (a safety
# device such as an airbag or a seat belt that does not work is one).
EARLY_FAULTS = ("转向系统失效", "制动系统失效", "车身开裂", "燃油泄漏", "动力蓄电池起火")
FAULTS = (*EARLY_FAULTS, "安全装置失效", "其他严重安全性能故障")
# Labour systems whose repair in the first 60 days / 3,000 km may be one of 第二十三条's faults (a 注意).
EARLY_SYSTEMS = {"转向": "转向系统失效", "制动": "制动系统失效", "车身": "车身开裂"}
RULE_SPARE_CAR = "第二十一条 备用车"
RULE_NEW_ASSEMBLY = "第二十条 免费更换总成"
RULE_FIRST_WEEK = "第二十二条 7日内"
RULE_EARLY_FAULT = "第二十三条 60日内"
RULE_SAFETY = "第二十四条(一) 严重安全性能故障"
RULE_ASSEMBLY = "第二十四条(二) 总成更换"
RULE_MAIN_PART = "第二十四条(三) 主要零部件更换"
RULE_DAYS = "第二十四条(四) 累计修理时间"
RULE_SAME = "第二十四条(四) 同一质量问题"
CHOOSE_CAR = "消费者可选择更换家用汽车产品或者退货"
CHUNK = 200


def start_of(car: dict) -> dt.date:
    """第十八条: from the invoice date, or from the delivery date where the two differ."""
    return car.get("delivery_date") or car["purchase_date"]


def repair_days(opened_at: dt.datetime, ended_at: dt.datetime) -> int:
    """Days a repair took: every started 24 hours is a day, at least one (第二十一条: 不足24小时的，以1日计)."""
    return max(1, math.ceil((ended_at - opened_at).total_seconds() / 86400))


def _limits() -> dict:
    get = settings.get
    return {
        "valid": get("sanbao.valid"), "repair_period": get("sanbao.repair_period"),
        "safety": int(get("sanbao.safety_repairs")), "same": int(get("sanbao.same_fault_repairs")),
        "parts": int(get("sanbao.part_replacements")), "days": int(get("sanbao.repair_days")),
        "spare": int(get("sanbao.spare_car_days")), "warn_days": int(get("sanbao.warn_days_before")),
        "safety_systems": sorted(set(get("sanbao.safety_systems")) | set(SAFETY_SYSTEMS)),
    }


def _warning(rule: str, level: str, text: str, *, key: str = "", count: int = 0, limit: int = 0) -> dict:
    return {"rule": rule, "level": level, "key": key, "count": count, "limit": limit, "text": text}


def _count_level(count: int, statutory: int, store: int) -> str | None:
    """已达到 at the regulation's number; 注意 from one short of the store's (never later than one short
    of the regulation's)."""
    if count >= statutory:
        return REACHED
    return NOTICE if count > 0 and count >= min(store, statutory) - 1 else None


def evaluate(car: dict, repairs: list[dict], limits: dict, moment: dt.datetime) -> dict:
    """The 三包 position of one car from its quality repairs (plain data in, plain data out: the
    rules are tested without a database). car: purchase_date, delivery_date (optional), last_mileage;
    repairs: opened_at, ended_at (None while here), mileage, number, systems (set of labour systems),
    main_parts (set of main_parts category codes replaced), faults (set of FAULTS recorded, optional)."""
    start = start_of(car)
    valid_years, valid_km = limits["valid"]
    period_years, period_km = limits["repair_period"]
    valid_until, period_until = add_years(start, valid_years), add_years(start, period_years)
    as_of = moment.date()
    status = {
        "starts_on": start, "valid_until": valid_until, "period_until": period_until, "valid_km": valid_km,
        "period_km": period_km,
        "in_valid": as_of <= valid_until and car["last_mileage"] <= valid_km,
        "in_period": as_of <= period_until and car["last_mileage"] <= period_km,
        "repairs": 0, "repair_days": 0, "warnings": [], "level": None,
    }
    warnings = status["warnings"]
    spare = limits["spare"]
    for repair in repairs:  # 第二十一条: any open repair in the 包修期
        if repair["ended_at"] is None and repair["opened_at"].date() <= period_until and repair["mileage"] <= period_km:
            days = repair_days(repair["opened_at"], moment)
            level = REACHED if days > SPARE_CAR_DAYS else NOTICE if days >= min(spare, SPARE_CAR_DAYS) else None
            if level and repair.get("mobility"):
                warnings.append(_warning(RULE_SPARE_CAR, NOTICE, f"{repair['number']} 已修理 {days} 天，已记录（第二十一条）："
                                         f"{repair['mobility']}", key=repair["number"], count=days, limit=SPARE_CAR_DAYS))
            elif level:
                text = (f"{repair['number']} 已修理 {days} 天，超过 {SPARE_CAR_DAYS} 日：自第 {SPARE_CAR_DAYS + 1} 日起须为消费者"
                        f"提供备用车或支付合理的交通费用补偿（第二十一条）" if level == REACHED else
                        f"{repair['number']} 已修理 {days} 天：单次修理超过 {SPARE_CAR_DAYS} 日的，自第 {SPARE_CAR_DAYS + 1} 日起"
                        f"须提供备用车或交通费用补偿（第二十一条）")
                warnings.append(_warning(RULE_SPARE_CAR, level, text, key=repair["number"], count=days,
                                         limit=SPARE_CAR_DAYS))
    counted = [r for r in repairs if r["opened_at"].date() <= valid_until and r["mileage"] <= valid_km]
    status["repairs"] = len(counted)
    by_system, by_part, days_total = {}, {}, 0
    safety_recorded, safety_possible = [], []
    for repair in counted:
        days_total += repair_days(repair["opened_at"], repair["ended_at"] or moment)
        for system in repair["systems"]:
            by_system.setdefault(system, []).append(repair)
        for category in repair["main_parts"]:
            by_part.setdefault(category, []).append(repair)
        faults = set(repair.get("faults") or ())
        if faults:
            safety_recorded.append(repair)
        elif repair["systems"] & set(limits["safety_systems"]):
            safety_possible.append(repair)
        age = (repair["opened_at"].date() - start).days
        early = 0 <= age <= EARLY_DAYS and repair["mileage"] <= EARLY_KM
        assembly_parts = sorted(c for c in repair["main_parts"] if main_parts.group_of(c) in main_parts.ASSEMBLIES)
        if assembly_parts and 0 <= age <= FIRST_WEEK:
            names = "、".join(main_parts.label(c) for c in assembly_parts)
            warnings.append(_warning(RULE_FIRST_WEEK, REACHED, f"{repair['number']}：三包有效期起算第 {age} 日（{FIRST_WEEK} 日内）"
                                     f"因质量问题需更换{names}：{CHOOSE_CAR}，销售者应免费更换或退货（第二十二条）", key=names))
        new_assembly = sorted({main_parts.group_of(c) for c in assembly_parts if not main_parts.is_whole_assembly(c)})
        if new_assembly and early:
            names = "、".join(new_assembly)
            warnings.append(_warning(RULE_NEW_ASSEMBLY, REACHED, f"{repair['number']}：三包有效期起算第 {age} 日、{repair['mileage']:,} 公里"
                                     f"（{EARLY_DAYS} 日或 {EARLY_KM:,} 公里内）{names}的主要零部件出现质量问题："
                                     f"消费者可选择免费更换{names}总成（第二十条）", key=names))
        if early:
            found = sorted(faults & set(EARLY_FAULTS))
            if found:
                warnings.append(_warning(RULE_EARLY_FAULT, REACHED, f"{repair['number']}：三包有效期起算第 {age} 日出现"
                                         f"{'、'.join(found)}：{CHOOSE_CAR}，销售者应免费更换或退货（第二十三条）", key="、".join(found)))
            else:
                maybe = sorted({EARLY_SYSTEMS[s] for s in repair["systems"] if s in EARLY_SYSTEMS})
                if maybe:
                    warnings.append(_warning(RULE_EARLY_FAULT, NOTICE, f"{repair['number']}：三包有效期起算第 {age} 日修理"
                                             f"{'、'.join(s[:-2] if s.endswith('失效') else s[:2] for s in maybe)}：如属"
                                             f"{'、'.join(maybe)}，{CHOOSE_CAR}（第二十三条）：请确认并在工单上记录",
                                             key="、".join(maybe)))
    status["repair_days"] = days_total
    if counted:
        _count_warnings(warnings, limits, by_system, by_part, safety_recorded, safety_possible, days_total)
    if not status["in_period"]:  # after the 包修期 nothing applies any more
        warnings.clear()
    elif not status["in_valid"]:  # after the 三包有效期 only the spare car does
        warnings[:] = [w for w in warnings if w["rule"] == RULE_SPARE_CAR]
    warnings.sort(key=lambda w: -LEVELS[w["level"]])
    status["level"] = warnings[0]["level"] if warnings else None
    return status


def _count_warnings(warnings, limits, by_system, by_part, safety_recorded, safety_possible, days_total) -> None:
    """第二十四条's four counts."""
    recorded, possible = len(safety_recorded), len(safety_recorded) + len(safety_possible)
    level = _count_level(recorded, SAFETY_REPAIRS, limits["safety"])
    if level == REACHED:
        warnings.append(_warning(RULE_SAFETY, REACHED, f"严重安全性能故障已累计修理 {recorded} 次：仍未排除或出现新的严重安全性能"
                                 f"故障的，{CHOOSE_CAR}（第二十四条第一款第一项）", count=recorded, limit=SAFETY_REPAIRS))
    elif _count_level(possible, SAFETY_REPAIRS, limits["safety"]):
        warnings.append(_warning(RULE_SAFETY, NOTICE, f"可能属严重安全性能故障的修理 {possible} 次（已确认 {recorded} 次）："
                                 f"累计修理 {SAFETY_REPAIRS} 次后仍未排除或出现新的，{CHOOSE_CAR}（第二十四条第一款第一项）",
                                 count=possible, limit=SAFETY_REPAIRS))
    for category, done in sorted(by_part.items()):
        whole = main_parts.is_whole_assembly(category)
        level = _count_level(len(done), REPLACEMENTS, limits["parts"])
        if level:
            what = main_parts.label(category) if whole else f"同一主要零部件{main_parts.label(category)}"
            clause = "第二项" if whole else "第三项"
            warnings.append(_warning(RULE_ASSEMBLY if whole else RULE_MAIN_PART, level,
                                     f"{what}已因质量问题更换 {len(done)} 次：累计更换 {REPLACEMENTS} 次仍不能正常使用的，"
                                     f"{CHOOSE_CAR}（第二十四条第一款{clause}）", key=category, count=len(done), limit=REPLACEMENTS))
    for system, done in sorted(by_system.items()):
        level = _count_level(len(done), SAME_FAULT_REPAIRS, limits["same"])
        if level:
            warnings.append(_warning(RULE_SAME, level, f"同一质量问题（{system}）已修理 {len(done)} 次：累计修理超过 "
                                     f"{SAME_FAULT_REPAIRS} 次的，{CHOOSE_CAR}（第二十四条第一款第四项）",
                                     key=system, count=len(done), limit=SAME_FAULT_REPAIRS))
    store_days = min(limits["days"], REPAIR_DAYS)
    if days_total >= store_days - limits["warn_days"]:
        level = REACHED if days_total >= REPAIR_DAYS else NOTICE
        warnings.append(_warning(RULE_DAYS, level, f"三包有效期内因质量问题累计修理 {days_total} 日：累计超过 {REPAIR_DAYS} 日的，"
                                 f"{CHOOSE_CAR}（第二十四条第一款第四项）", count=days_total, limit=REPAIR_DAYS))


def record_faults(user, order_id: int, version: int, faults) -> WorkOrder:
    """Record the statutory faults found on the car of a quality repair (第二十三条, 第二十四条第一款第一项):
    what the technician found decides whether the consumer's right arises, so it is written down."""
    if not may(user, "order.qc"):  # the inspector at QC (storage.workshop.pass_qc), or the advisor
        require(user, "order.edit")
    text = clean_faults(faults)
    with transaction():
        order = locked(WorkOrder, order_id, "工单")
        return save_versioned(user, order, version, {"sanbao_faults": text}, action="order.sanbao_faults")


def clean_faults(faults) -> str:
    """The faults as stored (FAULTS order, "、"-joined); an unknown one is refused."""
    unknown = set(faults or ()) - set(FAULTS)
    if unknown:
        raise ValidationError(f"未知的三包故障：{'、'.join(sorted(unknown))}。", field="sanbao_faults")
    return "、".join(f for f in FAULTS if f in set(faults or ()))


MOBILITY = ("备用车", "交通费用补偿", "另有约定")  # 第二十一条: 备用车, 交通费用补偿, or as agreed (经营者与消费者另有约定的)


def record_mobility(user, order_id: int, version: int, kind: str, detail: str) -> WorkOrder:
    """Record what the consumer got from day 6 of a long repair (第二十一条: "修理者应当自第6日起为消费者
    提供备用车，或者向消费者支付合理的交通费用补偿。经营者与消费者另有约定的，按照约定的方式予以补偿"):
    the spare car's plate and from when, or the allowance paid. Printed on the 三包 repair record."""
    require(user, "order.edit")
    if kind not in MOBILITY:
        raise ValidationError(f"请选择：{'、'.join(MOBILITY)}。", field="mobility")
    detail = clean_text(detail, "说明", max_length=100, field="mobility")
    with transaction():
        order = locked(WorkOrder, order_id, "工单")
        return save_versioned(user, order, version, {"mobility": f"{kind}：{detail}"}, action="order.sanbao_mobility")


def repair_record(order) -> dict | None:
    """第十七条's repair record for a quality repair (an order with a line the manufacturer pays), as the
    settlement prints it for the consumer: when it came and left, days, mileage in and out, the faults
    recorded, the spare car or allowance, and the parts replaced with their numbers. None otherwise."""
    lines = list(WorkOrderLine.select(WorkOrderLine.kind, WorkOrderLine.description, WorkOrderLine.quantity,
                                      Part.number.alias("part_number"))
                 .join(Part, JOIN.LEFT_OUTER, on=(WorkOrderLine.part == Part.id))
                 .where((WorkOrderLine.order == order.id) & (WorkOrderLine.payer == WARRANTY) & ACTIVE_LINE).dicts())
    if not lines:
        return None
    ended = order.delivered_at
    return {
        "opened_at": order.opened_at, "delivered_at": ended,
        "days": repair_days(order.opened_at, ended) if ended else None,
        "mileage_in": order.mileage, "mileage_out": order.mileage_out if order.mileage_out is not None else order.mileage,
        "faults": order.sanbao_faults, "mobility": order.mobility,
        "complaint": order.customer_words, "findings": order.findings,
        "work": [x["description"] for x in lines if x["kind"] == "工时"],
        "parts": [(x["part_number"] or "", x["description"], x["quantity"]) for x in lines if x["kind"] == "材料"],
    }


def _repairs(vehicle_ids: list[int], since: dict) -> dict:
    """Each car's quality repairs since its 三包 start, in two queries for the lot."""
    if not vehicle_ids:
        return {}
    earliest = dt.datetime.combine(min(since.values()), dt.time())
    lines = (
        WorkOrderLine.select(WorkOrderLine.order, WorkOrderLine.kind, LabourItem.system, Part.category,
                             Part.sanbao_category, WorkOrder.vehicle, WorkOrder.opened_at)
        .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
        .switch(WorkOrderLine)
        .join(LabourItem, JOIN.LEFT_OUTER, on=(WorkOrderLine.labour == LabourItem.id))
        .switch(WorkOrderLine)
        .join(Part, JOIN.LEFT_OUTER, on=(WorkOrderLine.part == Part.id))
        .where((WorkOrder.vehicle << vehicle_ids) & (WorkOrder.opened_at >= earliest) & (WorkOrder.status != OrderStatus.CANCELLED)
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
            entry["fallback"].add(line["category"] or "其他")
            if line["sanbao_category"]:  # matched by the catalogue's category, never by the part's name
                entry["parts"].add(line["sanbao_category"])
    if not per_order:
        return {}
    result = {}
    for order in WorkOrder.select(WorkOrder.id, WorkOrder.vehicle, WorkOrder.number, WorkOrder.opened_at,
                                  WorkOrder.delivered_at, WorkOrder.mileage, WorkOrder.sanbao_faults, WorkOrder.mobility,
                                  ).where(WorkOrder.id << list(per_order)):
        entry = per_order[order.id]
        result.setdefault(order.vehicle_id, []).append({
            "order_id": order.id, "number": order.number, "opened_at": order.opened_at, "ended_at": order.delivered_at,
            "mileage": order.mileage, "systems": entry["systems"] or entry["fallback"], "main_parts": entry["parts"],
            "faults": {f for f in order.sanbao_faults.split("、") if f}, "mobility": order.mobility,
        })
    for repairs in result.values():
        repairs.sort(key=lambda r: r["opened_at"])
    return result


def _cars(vehicle_ids: list[int]) -> list[dict]:
    return list(
        Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.purchase_date, Vehicle.delivery_date, Vehicle.last_mileage,
                       Vehicle.model_text, Vehicle.family_car, VehicleModel.brand, VehicleModel.name.alias("model_name"),
                       Customer.name.alias("customer"), Customer.phone)
        .join(Customer, on=(Vehicle.owner == Customer.id)).switch(Vehicle)
        .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .where((Vehicle.id << vehicle_ids) & (Vehicle.family_car == True)  # noqa: E712
               & (Vehicle.purchase_date.is_null(False) | Vehicle.delivery_date.is_null(False)))
        .order_by(Vehicle.id).dicts())


def _statuses(user, vehicle_ids: list[int], moment: dt.datetime, limits: dict) -> list[dict]:
    cars = _cars(vehicle_ids)
    repairs = _repairs([c["id"] for c in cars], {c["id"]: start_of(c) for c in cars})
    result = []
    for car in cars:
        status = evaluate(car, repairs.get(car["id"], []), limits, moment)
        brand, name = car.pop("brand"), car.pop("model_name")
        status.update(vehicle_id=car["id"], plate=car["plate"], model=f"{brand} {name}" if brand else car["model_text"],
                      customer=car["customer"], phone=phone_on_screen(user, car["phone"]),
                      purchase_date=car["purchase_date"], delivery_date=car["delivery_date"],
                      last_mileage=car["last_mileage"], repair_list=repairs.get(car["id"], []))
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
    by_job = WorkOrder.select(WorkOrder.vehicle).where((WorkOrder.job_type == JobType.WARRANTY) & (WorkOrder.opened_at >= since))
    by_claim = (WarrantyClaim.select(WorkOrder.vehicle)
                .join(WorkOrderLine, on=(WarrantyClaim.line == WorkOrderLine.id))
                .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
                .where(WorkOrder.opened_at >= since))
    warranty_line = WorkOrderLine.select(WorkOrderLine.id).where(
        (WorkOrderLine.order == WorkOrder.id) & (WorkOrderLine.payer == WARRANTY))
    here = WorkOrder.select(WorkOrder.vehicle).where((WorkOrder.status << (OrderStatus.DRAFT,
                                                                           *IN_WORKSHOP)) & fn.EXISTS(warranty_line))
    union = (by_job | by_claim | here).alias("candidates")
    vehicle = union.c.vehicle_id
    return [v for (v,) in WorkOrder.select(vehicle).from_(union).where(vehicle > after).order_by(vehicle).tuples()]


def cars_near_limits(user, *, level: str | None = None, after=None, limit: int = 50):
    """Cars inside their 包修期 with a warning (of at least `level`), by vehicle id. Keyset paging on
    the vehicle id; each page evaluates candidate cars in chunks until it has `limit` rows."""
    require(user, "archive.view")
    limit = check_limit(limit)
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    limits, moment = _limits(), now()
    candidates = _candidates(limits, moment.date(), after or 0)
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
