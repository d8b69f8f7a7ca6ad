"""A draft line's quantity and payer changed in place from the order editor (F2), driving the real
widgets: the estimate follows, a part now short goes on only as 待订货, and an order changed
meanwhile at another station is refused with who changed it, nothing saved."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.models import WorkOrder, WorkOrderLine
from storage.reception import estimate
from tests.factories import check_in_car, promise_order
from tests.reception_ui_helpers import type_text, when_shown
from ui.reception.line_dialog import LineDialog
from ui.reception.order_editor import OrderEditor


def open_editor(qtbot, advisor, order):
    editor = OrderEditor(user=advisor, order_id=order.id)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def edit_row(qtbot, editor, row, steps):
    if QApplication.activeWindow() is not editor:  # a closed dialog hands activation back asynchronously
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    editor.ui.linesView.setFocus()
    editor.ui.linesView.selectRow(row)
    scheduled = when_shown(LineDialog, steps)
    qtbot.keyClick(editor.ui.linesView, Qt.Key.Key_F2)
    scheduled.check()


@pytest.fixture
def order(advisor, car, labour, oil_filter):  # noqa: F811
    order = check_in_car(advisor, car)
    order = estimate.add_labour_line(advisor, order.id, order.version, labour.id).order
    return promise_order(advisor, estimate.add_part_line(advisor, order.id, order.version, oil_filter.id, "1").order)


def test_quantity_and_payer_are_changed_in_place(qtbot, advisor, order, monkeypatch):
    editor = open_editor(qtbot, advisor, order)
    part_row = [x["kind"] for x in editor.detail["lines"]].index("材料")
    part_id = editor.detail["lines"][part_row]["id"]

    def two_for_the_insurer(dialog):
        assert dialog.focusWidget() is dialog.ui.quantityEdit and dialog.ui.quantityEdit.selectedText() == "1"
        type_text(qtbot, dialog.ui.quantityEdit, "2")
        qtbot.keyClick(dialog.ui.quantityEdit, Qt.Key.Key_Return)  # Enter moves on to the payer
        assert dialog.focusWidget() is dialog.ui.payerCombo
        type_text(qtbot, dialog.ui.payerCombo, "保险公司")
        qtbot.keyClick(dialog.ui.payerCombo, Qt.Key.Key_Return)  # Enter on the last field saves

    edit_row(qtbot, editor, part_row, two_for_the_insurer)
    line = WorkOrderLine.get_by_id(part_id)
    assert (line.quantity, line.amount, line.payer) == (Decimal("2"), Decimal("136.00"), "保险公司")
    assert WorkOrderLine.select().count() == 2  # changed in place, not removed and added
    assert editor.model.data(editor.model.index(part_row, 5)) == "¥136.00"
    assert editor.model.data(editor.model.index(part_row, 6)) == "保险公司"
    assert editor.ui.linesView.currentIndex().row() == part_row

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)

    def nine(dialog):
        dialog.ui.quantityEdit.selectAll()
        type_text(qtbot, dialog.ui.quantityEdit, "9")
        dialog.accept()
        assert "库存不足" in asked[0] and "库存不足" in dialog.ui.errorLabel.text() and dialog.isVisible()
        assert WorkOrderLine.get_by_id(part_id).quantity == Decimal("2")  # refused: nothing saved
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        dialog.accept()

    edit_row(qtbot, editor, part_row, nine)
    line = WorkOrderLine.get_by_id(part_id)
    assert line.quantity == Decimal("9") and line.to_order
    assert editor.model.data(editor.model.index(part_row, 7)) == "待订货"


def test_labour_keeps_its_hours_but_can_change_payer(qtbot, advisor, order):
    editor = open_editor(qtbot, advisor, order)
    labour_row = [x["kind"] for x in editor.detail["lines"]].index("工时")

    def internal(dialog):
        assert not dialog.ui.quantityEdit.isEnabled() and dialog.focusWidget() is dialog.ui.payerCombo
        dialog.ui.payerCombo.setCurrentText("内部")
        qtbot.keyClick(dialog.ui.payerCombo, Qt.Key.Key_Return)

    edit_row(qtbot, editor, labour_row, internal)
    assert WorkOrderLine.get(WorkOrderLine.kind == "工时").payer == "内部"


def test_a_line_edit_on_an_order_changed_meanwhile_is_refused(qtbot, advisor, manager, order):
    editor = open_editor(qtbot, advisor, order)
    fresh = WorkOrder.get_by_id(order.id)
    estimate.add_fee_line(manager, order.id, fresh.version, "拖车费", "100")  # another PC, meanwhile
    part_row = [x["kind"] for x in editor.detail["lines"]].index("材料")

    def three(dialog):
        dialog.ui.quantityEdit.selectAll()
        type_text(qtbot, dialog.ui.quantityEdit, "3")
        qtbot.keyClick(dialog.ui.quantityEdit, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.ui.payerCombo, Qt.Key.Key_Return)
        assert dialog.isVisible() and manager.display_name in dialog.ui.errorLabel.text()
        dialog.reject()

    edit_row(qtbot, editor, part_row, three)
    assert WorkOrderLine.get(WorkOrderLine.kind == "材料").quantity == Decimal("1")
    assert "拖车费" in [x["description"] for x in editor.detail["lines"]]  # the editor shows what is saved now
