"""Quality inspection (质检): the checklist per job type, pass (竣工检验单 / 出厂合格证) or rework
(返工) with the reason, and the certificate's data for printing. Reached through storage.workshop."""
import json

from peewee import JOIN

from storage.care.sanbao import clean_faults
from storage.models import (
    Customer, QualityCheck, Settlement, Team, Technician, User, Vehicle, VehicleModel, WorkOrder, WorkOrderLine,
)
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.plumbing.paging import keyset_page
from storage.rules import guarantee, orders, settings
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.numbering import next_number
from storage.rules.validation import clean_text
from storage.rules.vocabulary import JobType, LineStatus, OrderStatus, SettlementStatus
from storage.workshop.common import BOARD_TOPICS, LABOUR, labour_lines, move_along, unfinished_message

# What the inspector checks besides each job line, by job type (seed 003: 质检员, 维修质量检验员).
CHECKLISTS = {
    JobType.MAINTENANCE: ("机油及各液位正常", "滤清器安装到位、无渗漏", "轮胎气压及螺栓力矩符合标准", "灯光、喇叭、雨刮正常",
           "保养提示已复位", "车内外清洁，三件套已取下"),
    JobType.GENERAL: ("报修故障已排除", "路试正常", "拆装部位紧固到位", "无渗漏、无异响", "仪表无故障灯",
             "车内外清洁，三件套已取下"),
    JobType.ACCIDENT: ("钣金平整，缝隙均匀", "漆面无砂眼、水泡、皱纹", "颜色与原车一致", "灯光及电器正常", "路试行驶正常",
            "车内外清洁，三件套已取下"),
    JobType.WARRANTY: ("报修故障已排除", "更换件与索赔项目一致", "旧件已挂牌保管", "路试正常", "车内外清洁，三件套已取下"),
    JobType.COMEBACK: ("上次故障已彻底排除", "返修原因已记录", "路试正常", "车内外清洁，三件套已取下"),
    JobType.INTERNAL: ("作业项目已完成", "车辆清洁"),
}
LINE_KEY = "line:"


def qc_checklist(order_id: int) -> list[dict]:
    """The items the inspector ticks: each job line of the order, then the job type's checks.
    Each item: {"key", "label", "kind": "项目" | "检查", "team", "technician"}. pass_qc/fail_qc take
    {key: True/False}."""
    order = WorkOrder.get_or_none(WorkOrder.id == order_id)
    if order is None:
        raise NotFound("找不到该工单。")
    counted = {line_id for line_id, _, _ in labour_lines(order.id)}
    rows = (
        WorkOrderLine.select(WorkOrderLine.id, WorkOrderLine.description, Team.name, Technician.name)
        .join(Team, JOIN.LEFT_OUTER, on=(WorkOrderLine.team == Team.id))
        .switch(WorkOrderLine)
        .join(Technician, JOIN.LEFT_OUTER, on=(WorkOrderLine.technician == Technician.id))
        .where(WorkOrderLine.id.in_(list(counted) or [0]))
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .tuples()
    )
    items = [
        {"key": f"{LINE_KEY}{line_id}", "label": f"{n}. {description}", "kind": "项目", "team": team or "", "technician": tech or ""}
        for n, (line_id, description, team, tech) in enumerate(rows, 1)
    ]
    items += [
        {"key": check, "label": check, "kind": "检查", "team": "", "technician": ""}
        for check in CHECKLISTS.get(order.job_type, CHECKLISTS[JobType.GENERAL])
    ]
    return items


def _checked(order_id: int, results: dict, *, complete: bool) -> tuple[list[dict], dict]:
    """Match the inspector's ticks against the checklist; (items, {label: ok}) to store."""
    items = qc_checklist(order_id)
    keys = {item["key"] for item in items}
    unknown = [key for key in results if key not in keys]
    if unknown:
        raise ValidationError("检查表已变化（工单项目被修改过），请刷新后重新检查。")
    if complete:
        missing = [item["label"] for item in items if item["key"] not in results]
        if missing:
            raise ValidationError(f"请逐项检查后再判定：还有 {len(missing)} 项未填写（{'、'.join(missing[:4])}）。")
    stored = {item["label"]: bool(results[item["key"]]) for item in items if item["key"] in results}
    return items, stored


def submit_for_qc(user, order_id: int, expected_version: int) -> WorkOrder:
    """报检: hand a finished order to the inspector (finishing the last line does this by itself)."""
    require(user, "workshop.progress")
    with transaction():
        order = locked(WorkOrder, order_id, "该工单")
        check_version(order, expected_version)
        if order.status == OrderStatus.QC:
            raise ValidationError(f"工单 {order.number} 已在等待质检。")
        if order.status not in (OrderStatus.IN_REPAIR, OrderStatus.REWORK, OrderStatus.AWAITING_PARTS,
                                OrderStatus.AWAITING_CUSTOMER, OrderStatus.AWAITING_DISPATCH):
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能报检。")
        problem = unfinished_message(order)
        if problem:
            raise ValidationError(problem)
        order = move_along(user, order, OrderStatus.QC, note="报检")
        changes.notify(*BOARD_TOPICS)
    return order


def _order_in_qc(order_id: int, expected_version: int) -> WorkOrder:
    order = locked(WorkOrder, order_id, "该工单")
    check_version(order, expected_version)
    if order.status != OrderStatus.QC:
        raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不在质检环节。")
    problem = unfinished_message(order)
    if problem:
        raise ValidationError(problem)
    return order


def pass_qc(user, order_id: int, expected_version: int, results: dict, *, note: str = "", mileage_out=None,
            sanbao_faults=None) -> QualityCheck:
    """质检合格: every item ticked OK. Signs the completion certificate (its number comes from the
    'certificate' series), frees the car's bay and moves the order to 完工, which tells reception
    the car is ready to be collected. Stores the kind of repair, where the work is known (from the
    labour lines and their repair systems: storage.rules.guarantee), and the mileage out (出厂里程, after
    the road test; default the check-in reading), from which the guarantee's kilometres count, and
    `sanbao_faults` when given: the statutory faults found (storage.care.sanbao.FAULTS: 第二十三条's
    燃油泄漏, 动力蓄电池起火 …), which decide the consumer's rights."""
    require(user, "order.qc")
    extra = {}
    if sanbao_faults is not None:
        extra["sanbao_faults"] = clean_faults(sanbao_faults)
    note = clean_text(note, "备注", max_length=500, required=False)
    with transaction():
        order = _order_in_qc(order_id, expected_version)
        _, stored = _checked(order.id, results, complete=True)
        failed = [label for label, ok in stored.items() if not ok]
        if failed:
            raise ValidationError(f"有 {len(failed)} 项不合格（{'、'.join(failed[:4])}），不能判定合格；请判定返工并写明原因。")
        out = _mileage_out(order, mileage_out)
        kind = guarantee.order_kind(order, stored=False)
        number = next_number("certificate")
        check = QualityCheck.create(order=order.id, inspector=user.id, passed=True, certificate_number=number,
                                    checklist=json.dumps(stored, ensure_ascii=False), reason=note)
        order = orders.move(user, order, OrderStatus.DONE, note=f"质检合格，合格证 {number}",
                            extra={"bay": None, "repair_kind": kind, "mileage_out": out, **extra})
        record(user, "order.qc.pass", order, after={"certificate": number, "inspector": user.display_name,
                                                    "repair_kind": kind, "mileage_out": out, **extra})
        changes.notify(*BOARD_TOPICS)
    return check


def _mileage_out(order, mileage_out) -> int:
    if mileage_out in (None, ""):
        return order.mileage
    try:
        out = int(str(mileage_out).strip())
    except ValueError:
        raise ValidationError("出厂里程须为整数公里。", field="mileage_out") from None
    if out < order.mileage:
        raise ValidationError(f"出厂里程 {out:,} 公里不能小于进厂里程 {order.mileage:,} 公里。", field="mileage_out")
    return out


def fail_qc(user, order_id: int, expected_version: int, reason: str, *, results: dict | None = None, rework_lines=None) -> QualityCheck:
    """质检不合格 → 返工 with the reason. The lines to redo (default: the job lines ticked not OK)
    go back to 待派工 with their team, technician and bay kept; each fail counts for the rework rate."""
    require(user, "order.qc")
    reason = clean_text(reason, "返工原因", max_length=500, field="reason")
    results = results or {}
    with transaction():
        order = _order_in_qc(order_id, expected_version)
        _, stored = _checked(order.id, results, complete=False)
        if rework_lines is None:
            rework_lines = [int(key[len(LINE_KEY):]) for key, ok in results.items() if key.startswith(LINE_KEY) and not ok]
        rework_lines = list(dict.fromkeys(rework_lines))
        lines = list(WorkOrderLine.select().where(WorkOrderLine.id.in_(rework_lines or [0]) & (WorkOrderLine.order == order.id)))
        if len(lines) != len(rework_lines):
            raise NotFound(f"工单 {order.number} 中没有要返工的项目。")
        for line in lines:
            if line.kind != LABOUR or line.status != LineStatus.DONE:
                raise ValidationError(f"“{line.description}”不是已完工的工时项目，不能返工。")
            save_versioned(user, line, line.version, {"status": LineStatus.AWAITING_DISPATCH, "finished_at": None},
                           audit=False)
        check = QualityCheck.create(order=order.id, inspector=user.id, passed=False, reason=reason,
                                    checklist=json.dumps(stored, ensure_ascii=False))
        order = orders.move(user, order, OrderStatus.REWORK, note=f"质检不合格：{reason}"[:200])
        record(user, "order.qc.fail", order, after={"reason": reason, "rework_lines": [line.id for line in lines]})
        changes.notify(*BOARD_TOPICS)
    return check


def latest_certificate_number() -> str | None:
    return (
        QualityCheck.select(QualityCheck.certificate_number)
        .where(QualityCheck.passed == True)  # noqa: E712
        .order_by(QualityCheck.id.desc())
        .scalar()
    )


def completion_certificate(number: str) -> dict:
    """Everything the 竣工检验单 / 出厂合格证 prints, as plain data."""
    check = QualityCheck.get_or_none((QualityCheck.certificate_number == number) & (QualityCheck.passed == True))  # noqa: E712
    if check is None:
        raise NotFound(f"找不到出厂合格证 {number}。")
    order = (
        WorkOrder.select(WorkOrder, Vehicle, Customer, VehicleModel)
        .join(Vehicle).join(VehicleModel, JOIN.LEFT_OUTER)
        .switch(WorkOrder).join(Customer)
        .where(WorkOrder.id == check.order_id)
        .get()
    )
    lines = (
        WorkOrderLine.select(WorkOrderLine, Team.name.alias("team_name"), Technician.name.alias("technician_name"))
        .join(Team, JOIN.LEFT_OUTER, on=(WorkOrderLine.team == Team.id))
        .switch(WorkOrderLine)
        .join(Technician, JOIN.LEFT_OUTER, on=(WorkOrderLine.technician == Technician.id))
        .where((WorkOrderLine.order == order.id) & orders.ACTIVE_LINE)
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .objects()
    )
    labour = [l for l in lines if l.kind == LABOUR]
    kind = guarantee.order_kind(order)
    days, km = _granted(order, kind)
    vehicle = order.vehicle
    return {
        "number": number,
        "store": settings.store_header(),
        "order_number": order.number,
        "job_type": order.job_type,
        "plate": vehicle.plate,
        "vin": vehicle.vin or "",
        "engine_no": vehicle.engine_no,
        "model": str(vehicle.model) if vehicle.model_id else vehicle.model_text,
        "customer": order.customer.name,
        "mileage": order.mileage,
        "mileage_out": order.mileage_out if order.mileage_out is not None else order.mileage,
        "received_at": order.handed_over_at,
        "finished_at": order.finished_at,
        "inspected_at": check.at,
        "inspector": User.get_by_id(check.inspector_id).display_name,
        "labour": [{"description": l.description, "hours": l.quantity, "team": l.team_name or "", "technician": l.technician_name or ""} for l in labour],
        "parts": [{"description": l.description, "quantity": l.quantity, "genuine": l.genuine,
                   "supplied_by_customer": l.supplied_by_customer} for l in lines if l.kind == "材料"],
        "checklist": list(json.loads(check.checklist or "{}").items()),
        "note": check.reason,
        "rework_count": QualityCheck.select().where((QualityCheck.order == order.id) & (QualityCheck.passed == False)).count(),  # noqa: E712
        "guarantee": {"kind": kind, "days": days, "km": km, "text": guarantee.REGULATION},
    }


def _granted(order, kind: str) -> tuple[int, int]:
    """The period the settlement granted (what the card prints), else the store's period now."""
    row = (Settlement.select(Settlement.guarantee_days, Settlement.guarantee_km)
           .where((Settlement.order == order.id) & (Settlement.status == SettlementStatus.VALID) & (Settlement.repair_kind == kind)).first())
    return (row.guarantee_days, row.guarantee_km) if row and row.guarantee_days else guarantee.period(kind)


def quality_checks(*, passed: bool | None = None, after: int | None = None, limit: int = 50) -> tuple[list[dict], int | None]:
    """The inspector's history, newest first, in pages: (rows, next_cursor)."""
    query = (
        QualityCheck.select(QualityCheck, WorkOrder.number, Vehicle.plate, User.display_name)
        .join(WorkOrder).join(Vehicle)
        .switch(QualityCheck).join(User, on=(QualityCheck.inspector == User.id))
        .objects()
    )
    if passed is not None:
        query = query.where(QualityCheck.passed == passed)
    found, after = keyset_page(query, [QualityCheck.id], after, limit, descending=True)
    return [
        {"id": c.id, "order_id": c.order_id, "order_number": c.number, "plate": c.plate, "at": c.at, "passed": c.passed,
         "inspector": c.display_name, "reason": c.reason, "certificate_number": c.certificate_number}
        for c in found
    ], after
