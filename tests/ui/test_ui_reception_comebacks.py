"""Comebacks (返修) at the reception desk, driving the real window: a car back for the same fault is
opened from its delivered order in the look-up, marked in today's list and in the car's visits, and
counted in the month's rework rate on the today's-cars tab."""
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.models import WorkOrder, now
from storage.reception import progress
from tests.factories import make_order
from tests.reception_ui_helpers import type_text, when_shown
from ui.reception.checkin_dialog import CheckInDialog
from ui.reception.lookup import visit_cells
from ui.reception.order_editor import OrderEditor
from ui.reception.page import ReceptionPage
from ui.reception.today import job_text, rework_text


def test_rework_text():
    figures = {"comebacks": 2, "delivered": 40, "rate_percent": Decimal("5.0")}
    assert rework_text(figures, dt.date(2026, 11, 3)) == "11 月返修率 <b>5.0%</b>（返修 2 台 / 交车 40 台）"
    assert job_text({"job_type": "返修", "comeback": True}) == "↩ 返修"
    assert job_text({"job_type": "保养", "comeback": False}) == "保养"
    assert "#c62828" in visit_cells({"number": "W1", "opened_at": None, "job_type": "返修", "status": "在修",
                                     "mileage": 1, "estimate": None})


def test_a_comeback_is_opened_from_the_look_up_marked_and_counted(qtbot, advisor, car, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    original = make_order(advisor, vehicle=car, status="已交车", job_type="一般维修", mileage=20000)
    WorkOrder.update(delivered_at=now() - dt.timedelta(days=3)).where(WorkOrder.id == original.id).execute()
    page = ReceptionPage(user=advisor)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    assert "返修 0 台 / 交车 1 台" in page.today.ui.rateLabel.text()

    type_text(qtbot, page.ui.searchEdit, "8K2L9")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert page.lookup.ui.comebackButton.isEnabled()

    def fill(dialog):
        assert dialog.ui.jobCombo.currentText() == "返修"
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        dialog.ui.mileageEdit.setFocus()
        type_text(qtbot, dialog.ui.mileageEdit, "20300")
        type_text(qtbot, dialog.ui.keyEdit, "R-01")
        qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible(), dialog.ui.errorLabel.text()

    def close(editor):
        assert "返修，原工单 " + original.number in editor.ui.infoLabel.text()
        editor.reject()

    checked_in = when_shown(CheckInDialog, fill)
    opened = when_shown(OrderEditor, close, tries=400)
    qtbot.mouseClick(page.lookup.ui.comebackButton, Qt.MouseButton.LeftButton)
    checked_in.check()
    opened.check()
    comeback = WorkOrder.get(WorkOrder.comeback_of == original.id)
    assert comeback.job_type == "返修"
    assert progress.rework_rate(dt.date.today().replace(day=1), dt.date.today())["comebacks"] == 1

    # The car's visits mark the comeback; today's list marks it and the header counts it.
    assert "#c62828" in page.lookup.ui.detailBrowser.toHtml()
    if QApplication.activeWindow() is not page:
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F6)
    assert page.ui.tabs.currentWidget() is page.today
    assert "返修 1 台 / 交车 1 台" in page.today.ui.rateLabel.text() and "100.0%" in page.today.ui.rateLabel.text()
    table = page.today.model
    rows = [table.row(i)["number"] for i in range(table.rowCount())]
    row = rows.index(comeback.number)
    assert table.data(table.index(row, 4)) == "↩ 返修"
    assert table.data(table.index(row, 4), Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
