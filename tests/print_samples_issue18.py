"""Short and long sample content (scene.lines = 1 or 40) for issue 18's five kinds, in the form the
layout self-check's samples take: `SAMPLES_ISSUE18[kind](scene) -> NUMBER`. A scene needs `lines`,
`advisor`, `dispatcher`, `inspector`, `car` (a vehicle) and `text(what)`; tests/printing/test_issue18_layout.py
has a minimal one. Each sample makes its own order, so the kinds do not depend on one another."""
import datetime as dt
from decimal import Decimal

from storage.models import AddedWork, ProcessCheck, Suggestion, WorkOrder, WorkOrderLine, now
from storage.reception import diagnosis
from storage.rules import orders
from storage.rules.numbering import next_number
from storage.workshop.process_checks import PROCESS_ITEMS

LONG_JOB = "检查并更换前制动盘（通风盘，含防尘罩及固定螺栓）左右各一"


def _order(scene, *, status: str = "草稿", job_type: str = "一般维修", labour: int | None = None) -> WorkOrder:
    """An order of the scene's car with `labour` labour lines (default: scene.lines), moved to `status`."""
    order = WorkOrder.create(number=next_number("work_order"), customer=scene.car.owner_id, vehicle=scene.car.id,
                             advisor=scene.advisor, job_type=job_type, mileage=48210,
                             customer_words=scene.text("客户描述"), findings="冷车启动抖动，故障灯闪烁",
                             updated_by=scene.advisor.display_name)
    for i in range(scene.lines if labour is None else labour):
        WorkOrderLine.create(order=order, kind="工时", position=i + 1, description=f"{LONG_JOB}（第 {i + 1} 项）",
                             quantity=Decimal("1.5"), unit_price=Decimal("180.00"), amount=orders.line_amount("1.5", "180.00"))
    orders.refresh_estimate(order)
    order = WorkOrder.get_by_id(order.id)
    for step in {"草稿": (), "维修中": ("待派工", "维修中")}[status]:
        order = orders.move(scene.advisor, order, step)
    return order


def _diagnosis_report(scene) -> str:
    order = _order(scene, labour=scene.lines)
    items = [(f"检测项目 {i}：读取发动机控制单元故障码（诊断仪 VAS6150）", f"P030{i % 6} 第 {i % 6} 缸失火，历史故障，已记录后清除")
             for i in range(1, scene.lines + 1)]
    diagnosis.record_diagnosis(scene.advisor, order.id, order.version, items=items, conclusion=scene.text("诊断结论")[:500],
                               advice="更换第一缸点火线圈及火花塞，清洗节气门；约 1.5 小时", technician="张师傅", fee="150")
    return order.number


def _added_work(scene) -> str:
    order = _order(scene, status="维修中", labour=1)
    answers = ("同意", "拒绝", "待答复")
    for i in range(scene.lines):
        answer = answers[i % 3]
        work = AddedWork.create(order=order.id, description=f"追加项目 {i + 1}：{LONG_JOB}，发现磨损超限", raised_by=scene.dispatcher,
                                delay_minutes=30, answer=answer, answered_by="车主本人" if answer != "待答复" else "",
                                answer_via="电话" if answer != "待答复" else "", answer_at=now() if answer != "待答复" else None)
        WorkOrderLine.create(order=order, kind="工时", position=100 + i, description=f"{LONG_JOB}（追加 {i + 1}）",
                             quantity=Decimal("1.0"), unit_price=Decimal("180.00"), amount=Decimal("180.00"), added_work=work.id,
                             status={"同意": "待派工", "拒绝": "已取消", "待答复": "待确认"}[answer])
    return order.number


def _suggestions(scene) -> str:
    order = _order(scene, labour=1)
    for i in range(scene.lines):
        Suggestion.create(vehicle=scene.car.id, order=order.id, description=f"建议项目 {i + 1}：{LONG_JOB}，磨损接近极限（180.00 元）",
                          created_at=now() - dt.timedelta(minutes=scene.lines - i))
    return order.number


def _service_card(scene) -> str:
    return _order(scene, labour=scene.lines).number


def _process_check(scene) -> str:
    order = _order(scene, status="维修中")
    line = WorkOrderLine.select().where(WorkOrderLine.order == order.id).first()
    for i in range(scene.lines):
        failed = i % 5 == 2
        ProcessCheck.create(order=order.id, line=line.id if i % 2 else None, item=PROCESS_ITEMS[i % len(PROCESS_ITEMS)],
                            result="不合格" if failed else "合格", note="螺栓未按对角顺序拧紧，已责令按规定力矩重新拧紧" if failed else "",
                            inspector=scene.inspector)
    return order.number


SAMPLES_ISSUE18 = {
    "diagnosis-report": _diagnosis_report,
    "added-work": _added_work,
    "suggestions": _suggestions,
    "service-card": _service_card,
    "process-check": _process_check,
}
