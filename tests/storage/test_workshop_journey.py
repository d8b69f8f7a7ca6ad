"""One car's way through the workshop, storage side (issue 4, item 7): a signed work order is
received and dispatched, one added item is raised and agreed at reception, the job fails QC once,
is reworked and passes. The window-level journey comes with the workshop window."""
import datetime as dt
from decimal import Decimal

import pytest

from storage import workshop
from storage.models import AuditLog, PickRequest, WorkOrder, WorkOrderLine, now
from storage.plumbing.changes import ChangeWatcher
from storage.reception.progress import answer_added_work
from storage.rules.errors import ValidationError
from tests.factories import fresh, labour_lines, make_order, make_part, qc_all_ok


def test_signed_order_to_qc_pass_with_added_work_and_one_rework(advisor, dispatcher, inspector, manager, shop):
    watcher = ChangeWatcher(workshop.BOARD_TOPICS)
    order = make_order(advisor, status="待派工", lines=(("工时", "更换机油机滤", "0.5", "120.00"), ("工时", "四轮定位", "1.0", "120.00")))
    WorkOrder.update(promised_at=now() + dt.timedelta(hours=4)).where(WorkOrder.id == order.id).execute()
    oil = make_part("06L115562", "机油滤清器", "68.00")
    WorkOrderLine.create(order=order.id, kind="材料", position=3, part=oil.id, description=oil.name,
                         quantity=Decimal("1"), unit_price=oil.price, amount=oil.price)
    watcher.wait(0.5)

    # 接车 and 派工
    order = workshop.receive_car(dispatcher, order.id, fresh(order).version, receiver="赵调度")
    oil_change, alignment = labour_lines(order)
    order = workshop.dispatch(dispatcher, order.id, order.version, [
        {"line": oil_change.id, "technician": shop["zhang"].id, "bay": shop["A1"].id},
        {"line": alignment.id, "technician": shop["li"].id},
    ])
    assert "workshop" in watcher.wait(5)
    assert PickRequest.select().count() == 1
    assert [t["team"] for t in workshop.job_ticket(number=order.number)["teams"]] == ["机修一组"]

    # Work starts; 张师傅 finds worn brake pads: 增项 to reception.
    workshop.clock_on(dispatcher, shop["zhang"].id, oil_change.id)
    pads = make_part("1K0698151", "前刹车片", "420.00")
    work = workshop.raise_added_work(dispatcher, order.id, fresh(order).version, "前刹车片磨损到极限",
                                     labour=[{"description": "更换前刹车片", "hours": "1.2"}], parts=[{"part": pads.id}],
                                     delay_minutes=60)
    card = workshop.board()[0]
    assert (card.status, card.awaiting_answer) == ("待客户确认", 1)
    brake = WorkOrderLine.get((WorkOrderLine.added_work == work.id) & (WorkOrderLine.kind == "工时"))
    workshop.dispatch_line(dispatcher, order.id, fresh(order).version, brake.id, technician=shop["li"].id)
    with pytest.raises(ValidationError, match="还没有得到客户同意"):
        workshop.start_line(dispatcher, brake.id, fresh(brake).version)

    # Reception records the customer's yes; the workshop goes on and the pads are requested.
    answer_added_work(advisor, work.id, fresh(work).version, accepted=True, answered_by="车主本人", via="电话")
    order = fresh(order)
    assert order.status == "维修中" and PickRequest.select().count() == 2
    assert order.estimate_total == Decimal("812.00")  # 60 + 120 + 68, and the agreed 144 + 420

    # Everything done: the order goes to QC by itself.
    workshop.finish_line(dispatcher, oil_change.id, fresh(oil_change).version)
    for line in (alignment, brake):
        line = workshop.start_line(dispatcher, line.id, fresh(line).version)
        workshop.finish_line(dispatcher, line.id, line.version)
    order = fresh(order)
    assert order.status == "质检"

    # QC fails once (brakes), rework, QC passes.
    ticks = {**qc_all_ok(order), f"line:{brake.id}": False}
    workshop.fail_qc(inspector, order.id, order.version, "制动踏板偏软，需重新排气", results=ticks)
    assert fresh(order).status == "返工" and fresh(brake).status == "待派工"
    brake = workshop.start_line(dispatcher, brake.id, fresh(brake).version)
    workshop.finish_line(dispatcher, brake.id, brake.version)
    order = fresh(order)
    assert order.status == "质检"
    check = workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order))
    order = fresh(order)
    assert order.status == "完工" and order.bay_id is None

    certificate = workshop.completion_certificate(check.certificate_number)
    assert certificate["rework_count"] == 1 and len(certificate["labour"]) == 3
    day = workshop.day_figures(dispatcher, now().date())
    assert (day["cars_in"], day["cars_out"], day["qc_failed"], day["qc"]["rework_percent"]) == (1, 1, 1, Decimal("100.0"))
    assert day["hours_sold"] == Decimal("2.7")
    assert AuditLog.select().where(AuditLog.action == "order.qc.pass").count() == 1
    assert "workshop" in watcher.wait(5)
    watcher.close()
