"""Issue 4, item 7, in the real windows: a work order signed at reception (storage.reception)
is received and dispatched in the workshop window, the technician clocks on, one added item is
raised and agreed at reception, the car fails QC once, is reworked and passes; the completion
certificate is printed and the board shows the car ready. (To be merged into tests/test_journey.py.)"""
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from storage import workshop
from storage.models import AddedWork, LabourItem, PickRequest, QualityCheck, WorkOrderLine
from storage.reception.progress import answer_added_work
from tests.reception_helpers import car, model, signed_order  # noqa: F401  (fixtures)
from tests.test_ui_workshop import no_popups, open_page, type_text  # noqa: F401  (fixture)
from tests.workshop_helpers import dispatcher, fresh, inspector, labour, make_part, shop  # noqa: F401
from ui.workshop import qc_dialog
from ui.workshop.added_work_dialog import AddedWorkDialog
from ui.workshop.dispatch_dialog import BAY, TECHNICIAN, DispatchDialog

OK = QDialogButtonBox.StandardButton.Ok


def press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.ui.linesTable, key, modifier)


def visible(page, kind):
    return next(d for d in page.findChildren(kind) if d.isVisible())


def choose(dialog, row, column, value):
    combo = dialog.ui.linesTable.cellWidget(row, column)
    combo.setCurrentIndex(combo.findData(value))


def test_signed_order_through_dispatch_added_work_rework_and_qc_pass(qtbot, advisor, dispatcher, inspector, shop, car,
                                                                   monkeypatch):
    printed = []
    monkeypatch.setattr(qc_dialog, "preview_document", lambda parent, kind, number, **kw: printed.append((kind, number)))
    oil_change = LabourItem.create(code="BY-001", name="更换机油机滤", system="发动机", hours=Decimal("0.5"))
    order = signed_order(advisor, car, oil_change)  # reception: check-in, estimate, promise, signature
    assert order.status == "待派工"

    # 车间: receive the car and dispatch the line to 张师傅 in bay A1.
    page = open_page(qtbot, dispatcher)
    assert page.board.card(order.id).status == "待派工"
    page.board.select_order(order.id)
    press(qtbot, page, Qt.Key.Key_F2)
    dialog = visible(page, DispatchDialog)
    choose(dialog, 0, TECHNICIAN, shop["zhang"].id)
    choose(dialog, 0, BAY, shop["A1"].id)
    qtbot.mouseClick(dialog.ui.buttonBox.button(OK), Qt.MouseButton.LeftButton)
    order = fresh(order)
    assert order.handed_over_to == dispatcher.display_name and order.handed_over_at.minute % 10 == 0
    assert page.board.card(order.id).bay == "A1"

    # 张师傅 clocks on (the line starts), and finds worn brake pads: 增项 to reception.
    page.ui.technicianCombo.setCurrentIndex(page.ui.technicianCombo.findData(shop["zhang"].id))
    qtbot.mouseClick(page.ui.clockOnButton, Qt.MouseButton.LeftButton)
    assert page.board.card(order.id).status == "维修中"
    pads = make_part("1K0698151", "前刹车片", "420.00")
    press(qtbot, page, Qt.Key.Key_F3)
    added = visible(page, AddedWorkDialog)
    type_text(added.ui.descriptionEdit, "前刹车片磨损到极限")
    added.set_row(added.ui.labourTable, 0, "更换前刹车片", "1.2")
    added.set_row(added.ui.partsTable, 0, pads.number, "1")
    qtbot.mouseClick(added.ui.buttonBox.button(OK), Qt.MouseButton.LeftButton)
    work = AddedWork.get(AddedWork.order == order.id)
    assert page.board.card(order.id).status == "待客户确认" and page.board.card(order.id).awaiting_answer == 1

    # Reception records the customer's yes; the workshop dispatches the new line and does the work.
    answer_added_work(advisor, work.id, fresh(work).version, accepted=True, answered_by="车主本人", via="电话")
    page.on_changed({"orders"})
    press(qtbot, page, Qt.Key.Key_F2)
    dialog = visible(page, DispatchDialog)
    choose(dialog, 1, TECHNICIAN, shop["li"].id)
    qtbot.mouseClick(dialog.ui.buttonBox.button(OK), Qt.MouseButton.LeftButton)
    brake = WorkOrderLine.get((WorkOrderLine.added_work == work.id) & (WorkOrderLine.kind == "工时"))
    assert fresh(brake).technician_id == shop["li"].id
    assert PickRequest.select().count() == 1  # the pads wait at the warehouse
    for row in (0, 1):
        page.ui.linesTable.selectRow(row)
        if row == 1:
            press(qtbot, page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        press(qtbot, page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert fresh(order).status == "质检" and page.board.card(order.id).status == "质检"

    # 质检 at the inspector's window: the brake job is not right, rework once.
    qc_page = open_page(qtbot, inspector)
    qc_page.board.select_order(order.id)
    press(qtbot, qc_page, Qt.Key.Key_F4)
    check = visible(qc_page, qc_dialog.QcDialog)
    check.tick_all()
    check.ui.checkTable.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    type_text(check.ui.noteEdit, "刹车异响")
    qtbot.mouseClick(check.ui.reworkButton, Qt.MouseButton.LeftButton)
    assert fresh(order).status == "返工" and fresh(brake).status == "待派工"

    page.on_changed({"workshop"})
    page.board.select_order(order.id)
    page.ui.linesTable.selectRow(1)
    press(qtbot, page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert fresh(order).status == "质检"

    qc_page.on_changed({"workshop"})
    qc_page.board.select_order(order.id)
    press(qtbot, qc_page, Qt.Key.Key_F4)
    check = visible(qc_page, qc_dialog.QcDialog)
    qtbot.mouseClick(check.ui.allOkButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check.ui.passButton, Qt.MouseButton.LeftButton)
    order = fresh(order)
    passed = QualityCheck.get(QualityCheck.passed == True)  # noqa: E712
    assert order.status == "完工" and order.bay_id is None
    assert printed == [("completion-certificate", passed.certificate_number)]
    assert QualityCheck.select().where(QualityCheck.passed == False).count() == 1  # noqa: E712  the rework rate counts it
    assert qc_page.board.card(order.id).status == "完工" and qc_page.board.card(order.id).rework_count == 1
    assert [l.status for l in labour(order)] == ["完工", "完工"]
    assert workshop.day_figures(dispatcher)["qc_failed"] == 1
