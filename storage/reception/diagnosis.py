"""汽车检测诊断报告单 (seed 001 业务接待工作制度, items 2–3): the car is diagnosed before the customer
decides — what was tested and found, the conclusion (where the fault is) and the advice are written
on the work order and printed for the customer ("技术诊断完成后应立即打印或填写诊断书…把检测诊断单呈交
客户"). A customer who does not have the car repaired here pays the diagnosis fee ("如有我方诊断或估价的，
还应通知客户交纳诊断费") and takes the car away: the order closes as 诊断未修 with that one labour line,
is settled at the till through the normal settle path, and the printed report carries the
customer's acknowledgement and the release.

API
    ITEM_LIMIT, DIAGNOSIS_FEE_TEXT
    record_diagnosis(user, order_id, version, *, items, conclusion, advice="", technician="", fee="0") -> Diagnosis
        items: (检测项目, 检测结果) pairs; a row without a result (not tested) is dropped. Writes or rewrites the order's one
        diagnosis until the car is released; bumps the order's version; audited.
    close_unrepaired(user, order_id, version, *, reason) -> WorkOrder
        诊断未修: every line cancelled (and the parts it asked the warehouse for), the fee as a 工时 line 「检测诊断费」, the order to 完工 (the cashier
        settles it; a fee of 0 settles to nothing). Refused once parts were issued, a technician's
        clock is running, added work awaits an answer, or the work is done.
    diagnosis_of(order_id) -> Diagnosis | None
    unrepaired(order_id) -> bool                 closed as 诊断未修 (no repair: no QC certificate, no guarantee)
    diagnosis_sheet(order_id) -> dict           the printed report (a blank form when none is recorded)
    latest_number() -> str | None               the newest diagnosed order, else the newest order
"""
import json
from decimal import Decimal

from storage.models import AddedWork, Clocking, Diagnosis, PickRequest, WorkOrder, WorkOrderLine, now
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.reception.documents import order_detail
from storage.rules import orders, settings
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO, fmt, money
from storage.rules.validation import clean_text
from storage.rules.vocabulary import AddedWorkAnswer, LineStatus, OrderStatus, PickStatus

ITEM_LIMIT = 40
MAX_FEE = Decimal("99999.99")
DIAGNOSIS_FEE_TEXT = "检测诊断费"
UNREPAIRED = "未修放行"


def _items(items) -> list[list[str]]:
    cleaned = []
    for row in items or ():
        item, result = (list(row) + ["", ""])[:2]
        item, result = (item or "").strip(), (result or "").strip()
        if not result:
            continue  # an item without a result was not tested (the form's starter rows)
        item = clean_text(item, "检测项目", max_length=60, field="items")
        result = clean_text(result, f"“{item}”的检测结果", max_length=200, field="items")
        cleaned.append([item, result])
    if len(cleaned) > ITEM_LIMIT:
        raise ValidationError(f"检测项目最多 {ITEM_LIMIT} 项。", field="items")
    return cleaned


def _fee(value) -> Decimal:
    fee = money(value if value not in (None, "") else "0", field="诊断费")
    if fee < 0 or fee > MAX_FEE:
        raise ValidationError(f"诊断费应在 0 到 {fmt(MAX_FEE)} 之间。", field="fee")
    return fee


def diagnosis_of(order_id: int) -> Diagnosis | None:
    return Diagnosis.get_or_none(Diagnosis.order == order_id)


def unrepaired(order_id: int) -> bool:
    """The car was diagnosed and taken away unrepaired: the signed diagnosis report is its release,
    and there is no repair for a release notice's 质检合格 or a guarantee card to speak of."""
    return Diagnosis.select().where((Diagnosis.order == order_id) & (Diagnosis.outcome == UNREPAIRED)).exists()


def record_diagnosis(user, order_id: int, version: int, *, items, conclusion: str, advice: str = "",
                     technician: str = "", fee="0") -> Diagnosis:
    """Write the diagnosis on the order (seed 001: 应明确车辆故障或问题所在, 把诊断情况和维修建议告诉客户)."""
    require(user, "order.edit")
    rows = _items(items)
    conclusion = clean_text(conclusion, "诊断结论", max_length=500, field="conclusion")
    advice = clean_text(advice, "维修建议", max_length=500, required=False, field="advice")
    technician = clean_text(technician, "检测技师", max_length=32, required=False, field="technician")
    fee = _fee(fee)
    with transaction():
        order = locked(WorkOrder, order_id, "该工单")
        check_version(order, version)
        orders.ensure_editable(order)
        values = {"items": json.dumps(rows, ensure_ascii=False), "conclusion": conclusion, "advice": advice,
                  "technician": technician, "fee": fee}
        found = diagnosis_of(order.id)
        if found is not None and found.outcome:
            raise ValidationError(f"工单 {order.number} 已按“{found.outcome}”关闭，诊断不能再修改。")
        if found is None:
            diagnosis = Diagnosis.create(order=order.id, diagnosed_by=user.id, updated_by=user.display_name, **values)
            before = None
        else:
            before = {k: getattr(found, k) for k in values}
            diagnosis = save_versioned(user, found, found.version, {**values, "diagnosed_by": user.id, "diagnosed_at": now()},
                                       audit=False)
        save_versioned(user, order, version, {}, audit=False)
        record(user, "order.diagnosis", diagnosis, before=before,
               after={"order": order.number, **values, "items": len(rows)})
        changes.notify("orders")
    return diagnosis


def close_unrepaired(user, order_id: int, version: int, *, reason: str) -> WorkOrder:
    """诊断未修: the customer takes the car away unrepaired and pays the diagnosis fee at the till."""
    require(user, "order.edit")
    reason = clean_text(reason, "客户不修的原因", max_length=200, field="reason")
    with transaction():
        order = locked(WorkOrder, order_id, "该工单")
        check_version(order, version)
        orders.ensure_editable(order)
        diagnosis = diagnosis_of(order.id)
        if diagnosis is None:
            raise ValidationError(f"工单 {order.number} 还没有检测诊断记录，请先填写诊断结果。")
        if diagnosis.outcome:
            raise ValidationError(f"工单 {order.number} 已按“{diagnosis.outcome}”关闭。")
        if order.status not in orders.UNREPAIRED_FROM:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，维修已完成或已送检，不能按诊断未修关闭。")
        issued = [ln.description for ln in WorkOrderLine.select(WorkOrderLine.description).where(
            (WorkOrderLine.order == order.id) & (WorkOrderLine.status != LineStatus.CANCELLED) & (WorkOrderLine.issued != 0))]
        if issued:
            raise ValidationError(f"工单 {order.number} 已从仓库领用备件（{'、'.join(issued)}），请先办理退库，再按诊断未修关闭。")
        running = (Clocking.select().join(WorkOrderLine, on=(Clocking.line == WorkOrderLine.id))
                   .where((WorkOrderLine.order == order.id) & Clocking.ended_at.is_null()).exists())
        if running:
            raise ValidationError(f"工单 {order.number} 还有技师在计时，请车间先停止计时。")
        if AddedWork.select().where((AddedWork.order == order.id) & (AddedWork.answer == AddedWorkAnswer.PENDING)).exists():
            raise ValidationError(f"工单 {order.number} 还有追加项目未答复，请先记录客户答复。")
        moment = now()
        cancelled = (WorkOrderLine.update(status=LineStatus.CANCELLED, version=WorkOrderLine.version + 1,
                                          updated_at=moment,
                                          updated_by=user.display_name)
                     .where((WorkOrderLine.order == order.id) & (WorkOrderLine.status != LineStatus.CANCELLED)).execute())
        # The warehouse's queue loses the parts these lines had asked for (none was issued: checked above).
        PickRequest.update(status=PickStatus.CANCELLED).where(
            PickRequest.line.in_(WorkOrderLine.select(WorkOrderLine.id).where(WorkOrderLine.order == order.id))
            & (PickRequest.status == PickStatus.WAITING)).execute()
        fee_line = None
        if diagnosis.fee > 0:
            position = (WorkOrderLine.select(WorkOrderLine.position).where(WorkOrderLine.order == order.id)
                        .order_by(WorkOrderLine.position.desc()).scalar() or 0) + 1
            fee_line = WorkOrderLine.create(
                order=order.id, kind="工时", position=position, description=DIAGNOSIS_FEE_TEXT, quantity=Decimal(1),
                unit_price=diagnosis.fee, amount=diagnosis.fee, payer="客户", status=OrderStatus.DONE, finished_at=moment,
                updated_by=user.display_name)
        total = orders.totals(order.id)["total"]
        closed = orders.move(user, order, OrderStatus.DONE, expected_version=version, unrepaired=True,
                             note=f"诊断未修：{reason}", extra={"estimate_total": total})
        save_versioned(user, diagnosis, diagnosis.version, {
            "outcome": UNREPAIRED, "fee_line": fee_line.id if fee_line else None, "released_at": moment,
            "release_reason": reason}, audit=False)
        record(user, "order.diagnosis.unrepaired", closed, before={"status": order.status},
               after={"status": closed.status, "fee": diagnosis.fee, "lines_cancelled": cancelled, "reason": reason})
        changes.notify("orders", "workshop", "cashier")
    return closed


def diagnosis_sheet(order_id: int) -> dict:
    """The printed report: the car, what the customer reported, the tests and results, the
    conclusion, the advice with the estimate on the order, the fee and (once closed) the release."""
    detail = order_detail(order_id)
    order = detail["order"]
    diagnosis = diagnosis_of(order.id)
    items = json.loads(diagnosis.items or "[]") if diagnosis else []
    advised = [x for x in detail["active_lines"]] if not (diagnosis and diagnosis.outcome) else []
    return {
        **detail,
        "store": settings.store_header(),
        "diagnosis": diagnosis,
        "items": items,
        "diagnosed_by": diagnosis.diagnosed_by.display_name if diagnosis else "",
        "advised_lines": advised,
        "advised_total": sum((x["amount"] for x in advised), ZERO),
        "unrepaired": bool(diagnosis and diagnosis.outcome == UNREPAIRED),
    }


def latest_number() -> str | None:
    newest = (WorkOrder.select(WorkOrder.number).join(Diagnosis, on=(Diagnosis.order == WorkOrder.id))
              .order_by(Diagnosis.id.desc()).scalar())
    return newest or WorkOrder.select(WorkOrder.number).order_by(WorkOrder.id.desc()).scalar()
