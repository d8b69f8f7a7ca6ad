"""Issue 18, the forms that had no printout: the diagnosis report (汽车检测诊断报告单) with its fee and
the release of a car taken away unrepaired, the added-work form (维修追加项目单), the declined work
(建议项目表) shown again at the next check-in, the service card (售后服务卡) and the in-process
inspection (过程检验单). Storage rules on SQLite and PostgreSQL, the printed text via pdftotext."""
import datetime as dt
from decimal import Decimal

import pytest

from printing.cli import print_document
from printing.registry import DOCUMENTS
from storage import cashier, workshop
from storage.models import (
    AuditLog, Clocking, Diagnosis, PickRequest, ProcessCheck, Reminder, Suggestion, WorkOrder, WorkOrderLine,
)
from storage.reception import diagnosis, forms, progress
from storage.rules import auth, orders
from storage.rules.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from storage.workshop import process_checks
from tests.factories import fresh, make_car, make_order
from tests.pdftext import pdf_pages, pdftotext

ITEMS = [("发动机故障码读取（诊断仪 VAS6150）", "P0301 一缸失火，历史故障"), ("点火线圈互换试验", "失火随线圈移至三缸"),
         ("", ""), ("路试", "")]  # a blank row and an item not tested are dropped


def flat(text: str) -> str:
    return "".join(text.split())


def read(path) -> str:
    """The printed text in reading order, white space removed: a wrapped cell must not decide a test."""
    return flat(pdftotext(path, layout=False))


@pytest.fixture
def cashier_user(users):
    return users[auth.CASHIER]


def diagnosed(advisor, *, fee="150.00", status="草稿"):
    order = make_order(advisor, status=status, job_type="一般维修",
                       lines=(("工时", "更换点火线圈", "0.5", "120.00"), ("其他", "洗车", "1", "30.00")))
    WorkOrder.update(customer_words="冷车启动抖动，故障灯闪").where(WorkOrder.id == order.id).execute()
    order = fresh(order)
    diagnosis.record_diagnosis(advisor, order.id, order.version, items=ITEMS, conclusion="一缸点火线圈损坏",
                               advice="更换一缸点火线圈，约 0.5 小时", technician="张师傅", fee=fee)
    return fresh(order)


# -- the diagnosis ----------------------------------------------------------------------------------

def test_diagnosis_is_written_on_the_order_and_audited(advisor):
    order = diagnosed(advisor)
    found = diagnosis.diagnosis_of(order.id)
    assert found.conclusion == "一缸点火线圈损坏"
    assert found.fee == Decimal("150.00") and found.technician == "张师傅"
    assert diagnosis.diagnosis_sheet(order.id)["items"] == [list(x) for x in ITEMS[:2]]  # the blank and the untested rows dropped
    assert AuditLog.select().where(AuditLog.action == "order.diagnosis").count() == 1
    # Written again with the order's version: one diagnosis per order, the old values audited.
    diagnosis.record_diagnosis(advisor, order.id, order.version, items=ITEMS[:1], conclusion="一缸线圈", fee="80")
    assert Diagnosis.select().count() == 1 and diagnosis.diagnosis_of(order.id).fee == Decimal("80.00")


@pytest.mark.parametrize("fields, message", [
    ({"conclusion": " "}, "请填写诊断结论"),
    ({"fee": "-1"}, "诊断费应在"),
    ({"items": [("", "有结果没项目")]}, "请填写检测项目"),
    ({"items": [("读故障码", "x" * 201)]}, "检测结果"),
    ({"items": [(f"项目{i}", "正常") for i in range(41)]}, "最多 40 项"),
])
def test_bad_diagnosis_is_refused_and_changes_nothing(advisor, fields, message):
    order = make_order(advisor)
    values = {"items": ITEMS, "conclusion": "正常", "fee": "0", **fields}
    with pytest.raises(ValidationError) as err:
        diagnosis.record_diagnosis(advisor, order.id, order.version, **values)
    assert message in err.value.message
    assert Diagnosis.select().count() == 0 and fresh(order).version == order.version


def test_a_stale_copy_and_other_roles_are_refused(advisor, cashier_user):
    order = diagnosed(advisor)
    with pytest.raises(StaleRecord):
        diagnosis.record_diagnosis(advisor, order.id, order.version - 1, items=ITEMS, conclusion="x")
    with pytest.raises(PermissionDenied):
        diagnosis.record_diagnosis(cashier_user, order.id, order.version, items=ITEMS, conclusion="x")
    with pytest.raises(PermissionDenied):
        diagnosis.close_unrepaired(cashier_user, order.id, order.version, reason="不修")


def test_unrepaired_car_pays_the_fee_at_the_till_and_is_released(advisor, cashier_user):
    order = diagnosed(advisor, status="待派工")
    line = WorkOrderLine.select().where(WorkOrderLine.order == order.id).first()
    asked = PickRequest.create(line=line.id, quantity=Decimal(1), requested_by=advisor.id)
    closed = diagnosis.close_unrepaired(advisor, order.id, order.version, reason="客户到外地修")
    assert closed.status == "完工"
    live = WorkOrderLine.select().where((WorkOrderLine.order == order.id) & orders.ACTIVE_LINE)
    assert [(x.kind, x.description, x.amount) for x in live] == [("工时", "检测诊断费", Decimal("150.00"))]
    assert closed.estimate_total == Decimal("150.00")
    assert PickRequest.get_by_id(asked.id).status == "已取消"  # off the warehouse's queue
    found = diagnosis.diagnosis_of(order.id)
    assert found.outcome == "未修放行" and found.released_at is not None and found.release_reason == "客户到外地修"
    # The normal settle path: the cashier lists it and settles the fee alone.
    rows, _ = cashier.ready_to_settle()
    assert order.id in [r["id"] for r in rows]
    assert cashier.preview(order.id).customer_due == Decimal("150.00")
    settlement = cashier.settle(cashier_user, order.id, closed.version, payments=[("现金", "150.00")])
    assert settlement.total == Decimal("150.00") and fresh(order).status == "已结算"
    delivered = progress.deliver(advisor, order.id, fresh(order).version)
    assert delivered.status == "已交车"
    # Closed: the diagnosis cannot be rewritten nor closed twice.
    with pytest.raises(ValidationError):
        diagnosis.record_diagnosis(advisor, order.id, delivered.version, items=ITEMS, conclusion="x")


def test_free_diagnosis_settles_to_nothing(advisor, cashier_user):
    order = diagnosed(advisor, fee="0")
    closed = diagnosis.close_unrepaired(advisor, order.id, order.version, reason="免收")
    assert closed.status == "完工" and closed.estimate_total == 0
    assert cashier.settle(cashier_user, order.id, closed.version, payments=[]).total == 0


def test_unrepaired_close_is_refused_when_work_or_parts_went_in(advisor, users):
    with pytest.raises(ValidationError, match="还没有检测诊断记录"):
        plain = make_order(advisor)
        diagnosis.close_unrepaired(advisor, plain.id, plain.version, reason="不修")
    order = diagnosed(advisor)
    with pytest.raises(ValidationError, match="客户不修的原因"):
        diagnosis.close_unrepaired(advisor, order.id, order.version, reason=" ")
    WorkOrderLine.update(issued=Decimal(1)).where(WorkOrderLine.order == order.id).execute()
    with pytest.raises(ValidationError, match="请先办理退库"):
        diagnosis.close_unrepaired(advisor, order.id, order.version, reason="不修")
    assert fresh(order).status == "草稿"
    done = diagnosed(advisor, status="完工")
    with pytest.raises(ValidationError, match="不能按诊断未修关闭"):
        diagnosis.close_unrepaired(advisor, done.id, done.version, reason="不修")


def test_running_clock_blocks_the_unrepaired_close(advisor, manager):
    order = diagnosed(advisor, status="维修中")
    team = workshop.create_team(manager, "机修一组")
    tech = workshop.create_technician(manager, "张师傅", team.id)
    line = WorkOrderLine.select().where(WorkOrderLine.order == order.id).first()
    Clocking.create(line=line.id, technician=tech.id)
    with pytest.raises(ValidationError, match="还有技师在计时"):
        diagnosis.close_unrepaired(advisor, order.id, order.version, reason="不修")
    Clocking.update(ended_at=dt.datetime.now()).execute()
    assert diagnosis.close_unrepaired(advisor, order.id, order.version, reason="不修").status == "完工"


def test_diagnosis_report_prints_findings_fee_and_signatures(advisor, tmp_path):
    order = diagnosed(advisor)
    text = read(print_document("diagnosis-report", order.number, tmp_path / "d.pdf"))
    for word in ("汽车检测诊断报告单", "冷车启动抖动", "P0301一缸失火", "一缸点火线圈损坏", "更换一缸点火线圈", "¥150.00",
                 "张师傅", "检测技师", "客户签字（已知悉）", "门卫放行", "交纳诊断费¥150.00"):
        assert flat(word) in text, word
    closed = diagnosis.close_unrepaired(advisor, order.id, order.version, reason="客户到外地修")
    text = read(print_document("diagnosis-report", closed.number, tmp_path / "r.pdf"))
    assert "决定本次不在本店维修（客户到外地修）" in text and "准予出厂" in text
    assert "建议维修项目估价" not in text  # the lines were cancelled with the close


def test_diagnosis_report_of_an_order_without_one_is_the_blank_form(advisor, tmp_path):
    order = make_order(advisor)
    out = print_document("diagnosis-report", order.number, tmp_path / "blank.pdf")
    text = read(out)
    assert "检测项目（仪器/方法）" in text and "¥________" in text
    with pytest.raises(NotFound):
        print_document("diagnosis-report", "WO19990101-0001", tmp_path / "none.pdf")


# -- added work and the declined work --------------------------------------------------------------

def raised(advisor, dispatcher, order, text, hours="1.0"):
    return workshop.raise_added_work(dispatcher, order.id, fresh(order).version, text,
                                     labour=[{"description": text, "hours": hours}], delay_minutes=30)


def test_added_work_form_and_suggestions_round_trip(advisor, users, tmp_path):
    dispatcher = users[auth.DISPATCHER]
    order = make_order(advisor, status="维修中", job_type="一般维修")
    yes = raised(advisor, dispatcher, order, "更换前刹车片")
    no = raised(advisor, dispatcher, order, "四轮定位")
    pending = raised(advisor, dispatcher, order, "清洗节气门")
    progress.answer_added_work(advisor, yes.id, yes.version, accepted=True, answered_by="车主本人", via="电话")
    progress.answer_added_work(advisor, no.id, no.version, accepted=False, answered_by="车主本人", via="当面",
                               told_workshop_to="赵调度")
    sheet = forms.added_work_sheet(order.id)
    assert [w["answer"] for w in sheet["items"]] == ["同意", "拒绝", "待答复"]
    assert sheet["accepted_total"] == Decimal("120.00")
    text = read(print_document("added-work", order.number, tmp_path / "aw.pdf"))
    for word in ("维修追加项目单", "更换前刹车片", "四轮定位", "清洗节气门", "同意", "拒绝", "□同意", "□不同意", "车主本人",
                 "30分钟", "客户签字", "服务顾问"):
        assert word in text, word
    assert forms.latest_added_work_number() == order.number

    # The refused item is on the suggestions form of this visit...
    text = read(print_document("suggestions", order.number, tmp_path / "s.pdf"))
    assert "本次建议项目（客户暂不维修）" in text and "四轮定位" in text and "客户确认签字" in text
    # ...and shown again at the next visit's check-in, as earlier work still open.
    Suggestion.create(vehicle=order.vehicle_id, description="更换雨刮片")
    assert [s["description"].split("（")[0] for s in forms.open_suggestions(order.vehicle_id)] == ["四轮定位", "更换雨刮片"]
    WorkOrder.update(status="已交车").where(WorkOrder.id == order.id).execute()
    later = make_order(advisor, vehicle=order.vehicle)
    text = read(print_document("suggestions", later.number, tmp_path / "s2.pdf"))
    assert "以往建议、尚未维修的项目" in text and "四轮定位" in text and order.number in text


def test_print_kinds_refuse_cleanly_on_an_empty_store(db, admin, tmp_path):
    for kind in ("diagnosis-report", "added-work", "suggestions", "service-card", "process-check"):
        with pytest.raises(NotFound):
            print_document(kind, None, tmp_path / f"{kind}.pdf")
        assert not (tmp_path / f"{kind}.pdf").exists()


# -- the service card ------------------------------------------------------------------------------

def test_service_card_names_store_advisor_hotline_and_next_service(advisor, tmp_path):
    car = make_car(advisor, plate="京A12345")
    order = make_order(advisor, vehicle=car, mileage=48210)
    Reminder.create(vehicle=car.id, kind="保养", due_on=dt.date.today() + dt.timedelta(days=180), due_km=55700)
    card = forms.service_card(order.id)
    assert card["next_service"]["due_km"] == 55700 and card["hotline"] == "010-88886666"
    text = read(print_document("service-card", order.number, tmp_path / "card.pdf"))
    due = dt.date.today() + dt.timedelta(days=180)
    for word in ("售后服务卡", "红旗路一汽大众4S店", "010-88886666", "救援热线", advisor.display_name, "京A12345",
                 f"{due:%Y-%m-%d}", "55,700km", "72小时内回访"):
        assert flat(word) in text, word


def test_service_card_reckons_the_next_service_from_this_visit(advisor):
    order = make_order(advisor, mileage=30000, job_type="保养")
    due = forms.service_card(order.id)["next_service"]
    assert due["due_km"] == 40000 and due["source"] == "推算"


# -- the in-process inspection ---------------------------------------------------------------------

def test_process_checks_are_recorded_by_the_inspector_and_printed(advisor, inspector, tmp_path):
    order = make_order(advisor, status="维修中", job_type="事故车",
                       lines=(("工时", "右前翼子板钣金", "2.0", "120.00"), ("工时", "右前翼子板喷漆", "3.0", "120.00")))
    line = WorkOrderLine.select().where(WorkOrderLine.order == order.id).order_by(WorkOrderLine.id).first()
    items = process_checks.PROCESS_ITEMS
    saved = process_checks.record_process_checks(inspector, order.id, [
        {"item": items[4], "result": "不合格", "note": "翼子板边缘有凹凸，返工整平"},
        {"item": items[6], "result": "合格"},
        {"item": items[5], "result": ""},  # not checked this round
    ], line_id=line.id)
    assert [(c.result, c.line_id) for c in saved] == [("不合格", line.id), ("合格", line.id)]
    assert AuditLog.select().where(AuditLog.action == "order.process_check").count() == 1
    sheet = process_checks.process_sheet(order.id)
    assert sheet["failed"] == 1 and sheet["checks"][0]["line"] == "右前翼子板钣金"
    text = read(print_document("process-check", order.number, tmp_path / "pc.pdf"))
    for word in ("过程检验单", "右前翼子板喷漆", "翼子板边缘有凹凸", "不合格1项", inspector.display_name, "质检员",
                 "班组长（整改确认）", "车间主管"):
        assert word in text, word
    assert process_checks.latest_number() == order.number


@pytest.mark.parametrize("results, message", [
    ([{"item": "螺栓力矩", "result": "不合格"}], "整改要求"),
    ([{"item": "螺栓力矩", "result": "差"}], "结果只能是"),
    ([{"item": "螺栓力矩", "result": ""}], "至少填写一项"),
    ([{"item": " ", "result": "合格"}], "请填写检验项目"),
])
def test_bad_process_checks_are_refused(advisor, inspector, results, message):
    order = make_order(advisor, status="维修中")
    with pytest.raises(ValidationError) as err:
        process_checks.record_process_checks(inspector, order.id, results)
    assert message in err.value.message and ProcessCheck.select().count() == 0


def test_process_checks_only_while_in_the_workshop_and_by_qc(advisor, inspector, tmp_path):
    draft = make_order(advisor)
    with pytest.raises(ValidationError, match="不在维修过程中"):
        process_checks.record_process_checks(inspector, draft.id, [{"item": "x", "result": "合格"}])
    working = make_order(advisor, status="维修中")
    with pytest.raises(PermissionDenied):
        process_checks.record_process_checks(advisor, working.id, [{"item": "x", "result": "合格"}])
    other = make_order(advisor, status="维修中")
    foreign = WorkOrderLine.select().where(WorkOrderLine.order == other.id).first()
    with pytest.raises(NotFound):
        process_checks.record_process_checks(inspector, working.id, [{"item": "x", "result": "合格"}], line_id=foreign.id)
    # Nothing recorded: the checklist to fill in at the car.
    text = read(print_document("process-check", working.number, tmp_path / "blank.pdf"))
    assert "检验记录（现场填写）" in text and "关键部位螺栓按规定顺序和力矩拧紧" in text


def test_the_new_kinds_are_registered_with_their_paper():
    assert {k: (DOCUMENTS[k].label, DOCUMENTS[k].paper) for k in ("diagnosis-report", "added-work", "suggestions", "service-card", "process-check")} == {
        "diagnosis-report": ("汽车检测诊断报告单", "a4"), "added-work": ("维修追加项目单", "a5"),
        "suggestions": ("建议项目表", "a5"), "service-card": ("售后服务卡", "a5"), "process-check": ("过程检验单", "a4")}


def test_long_forms_run_over_pages_with_the_signatures_on_the_last(advisor, inspector, tmp_path):
    order = make_order(advisor, status="维修中",
                       lines=tuple(("工时", f"作业项目 {i}", "0.5", "120.00") for i in range(1, 41)))
    process_checks.record_process_checks(inspector, order.id, [
        {"item": f"检验项目 {i}", "result": "合格"} for i in range(1, 41)])
    out = print_document("process-check", order.number, tmp_path / "long.pdf")
    assert pdf_pages(out) >= 2
    last = flat(pdftotext(out, layout=False, page=pdf_pages(out)))
    assert "质检员" in last and "检验项目40" in last
