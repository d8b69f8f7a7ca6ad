"""过程检验单: the inspector's checks while the work is under way (seed 003: 质检员对维修工所进行的
操作过程应仔细检验，认真填写过程检验单，发现不正确的操作方法后必须马上责令维修工改正; 维修质量检验员:
负责机动车维修过程的质量监控，填写过程检验单). Each check names the item, the job line it was made on
(or the order as a whole), 合格 / 不合格 / 不适用, what must be put right when it failed, the inspector
and the time. The items come from the seed's duties of the inspector, the team leader and the
technician (工艺, 使用极限/大修极限, 关键部位螺栓的顺序和力矩, 钣金, 喷漆, 三不落地, 车辆防护, 自检互检).

API
    PROCESS_ITEMS, RESULTS
    record_process_checks(user, order_id, results, *, line_id=None) -> list[ProcessCheck]
        results: [{"item", "result", "note"}]; 不合格 needs the note (整改要求). Refused on an order
        not in the workshop (before 派工 or after 完工).
    process_sheet(order_id) -> dict     the printed form (the blank checklist when nothing is recorded)
    latest_number() -> str | None       the newest order with a check, else the newest order in the workshop
"""
from peewee import JOIN

from storage.models import ProcessCheck, Team, Technician, User, WorkOrder, WorkOrderLine
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.rules import settings
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.validation import clean_text
from storage.rules.vocabulary import LineStatus, OrderStatus, ProcessCheckResult
from storage.workshop.board import order_detail

# From seed 003's duties (质检员职责 3、5、6; 维修工职责 2、5、10、12; 维修班组长职责 2、7).
PROCESS_ITEMS = (
    "维修工艺经质检员认可，按规范操作",
    "拆下零部件已检验，达使用极限或大修极限的已通知客户",
    "关键部位螺栓按规定顺序和力矩拧紧",
    "按要求使用专用工具，无野蛮操作（安全气囊、电脑等电器谨慎操作）",
    "钣金：无凹凸不平，无扭、偏，表面光滑，按派工单拆装",
    "喷漆：无砂眼、水泡、皱纹，颜色与原车相符",
    "车辆防护：三件套、护罩齐全，外观及油漆无损伤",
    "零件、工具、油污三不落地，工位整洁",
    "班组自检、互检已完成并签字",
)
RESULTS = (ProcessCheckResult.PASS, ProcessCheckResult.FAIL, ProcessCheckResult.NOT_APPLICABLE)
IN_WORKSHOP = (OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
               OrderStatus.AWAITING_CUSTOMER, OrderStatus.QC, OrderStatus.REWORK)
MAX_ROWS = 60


def record_process_checks(user, order_id: int, results, *, line_id: int | None = None) -> list[ProcessCheck]:
    """One round of checks by the inspector, at one moment, on one job line or the whole order."""
    require(user, "order.qc")
    rows = []
    for entry in results or ():
        item = clean_text(entry.get("item"), "检验项目", max_length=100, field="item")
        result = entry.get("result") or ""
        if result == "":
            continue  # not checked this round
        if result not in RESULTS:
            raise ValidationError(f"“{item}”的结果只能是：{'、'.join(RESULTS)}。", field="result")
        note = clean_text(entry.get("note"), f"“{item}”的整改要求", max_length=200,
                          required=result == ProcessCheckResult.FAIL, field="note")
        rows.append((item, result, note))
    if not rows:
        raise ValidationError("请至少填写一项检验结果。", field="result")
    if len(rows) > MAX_ROWS:
        raise ValidationError(f"一次最多记录 {MAX_ROWS} 项。", field="result")
    with transaction():
        order = WorkOrder.get_or_none(WorkOrder.id == order_id)
        if order is None:
            raise NotFound("找不到该工单。")
        if order.status not in IN_WORKSHOP:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不在维修过程中，不能记录过程检验。")
        if line_id is not None:
            line = WorkOrderLine.get_or_none((WorkOrderLine.id == line_id) & (WorkOrderLine.order == order.id))
            if line is None or line.status == LineStatus.CANCELLED:
                raise NotFound("该工单没有这个维修项目。")
        saved = [ProcessCheck.create(order=order.id, line=line_id, item=item, result=result, note=note, inspector=user.id)
                 for item, result, note in rows]
        failed = [f"{item}（{note}）" for item, result, note in rows if result == ProcessCheckResult.FAIL]
        record(user, "order.process_check", order, after={
            "order": order.number, "line": line_id, "checked": len(rows), "failed": "；".join(failed)})
        changes.notify("workshop")
    return saved


def process_sheet(order_id: int) -> dict:
    """The order, its job lines with team and technician, and every check recorded, oldest first."""
    detail = order_detail(order_id)
    order = detail["order"]
    checks = list(
        ProcessCheck.select(ProcessCheck, User.display_name.alias("inspector_name"), WorkOrderLine.description.alias("line_text"))
        .join(User, on=(ProcessCheck.inspector == User.id))
        .switch(ProcessCheck)
        .join(WorkOrderLine, JOIN.LEFT_OUTER, on=(ProcessCheck.line == WorkOrderLine.id))
        .where(ProcessCheck.order == order.id)
        .order_by(ProcessCheck.at, ProcessCheck.id)
        .objects()
    )
    jobs = list(
        WorkOrderLine.select(WorkOrderLine.description, Team.name.alias("team"), Technician.name.alias("tech"))
        .join(Team, JOIN.LEFT_OUTER, on=(WorkOrderLine.team == Team.id))
        .switch(WorkOrderLine)
        .join(Technician, JOIN.LEFT_OUTER, on=(WorkOrderLine.technician == Technician.id))
        .where((WorkOrderLine.order == order.id) & (WorkOrderLine.kind == "工时") & (WorkOrderLine.status != LineStatus.CANCELLED))
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .dicts()
    )
    return {
        "store": settings.store_header(),
        "order": order,
        "plate": order.vehicle.plate,
        "model": str(order.vehicle.model) if order.vehicle.model_id else order.vehicle.model_text,
        "advisor": order.advisor_name,
        "jobs": [{"description": j["description"], "team": j["team"] or "", "technician": j["tech"] or ""} for j in jobs],
        "checks": [{"at": c.at, "item": c.item, "result": c.result, "note": c.note, "inspector": c.inspector_name,
                    "line": c.line_text or "整车"} for c in checks],
        "items": PROCESS_ITEMS,
        "failed": sum(1 for c in checks if c.result == ProcessCheckResult.FAIL),
    }


def latest_number() -> str | None:
    newest = (WorkOrder.select(WorkOrder.number).join(ProcessCheck, on=(ProcessCheck.order == WorkOrder.id))
              .order_by(ProcessCheck.id.desc()).scalar())
    if newest:
        return newest
    return (WorkOrder.select(WorkOrder.number).where(WorkOrder.status.in_(IN_WORKSHOP + (OrderStatus.DONE,
                                                                                         OrderStatus.SETTLED,
                                                                                         OrderStatus.DELIVERED)))
            .order_by(WorkOrder.id.desc()).scalar())
