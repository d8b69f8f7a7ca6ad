"""The 代步车 tab at reception in the real page, by keyboard: F9 opens it, Ctrl+L hands the free car out
for the order selected in 今日车辆 (a refusal shows in the dialog and saves nothing), the car shows 借出,
turns 逾期 in red past its promised return (and 今日车辆 flags the order), Ctrl+R takes it back with
part of the deposit kept, and the sheet is previewed each time."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import storage.models.base as base
from storage import workshop
from storage.models import Loan, LoanerCar
from storage.plumbing.config import LocalSettings
from storage.reception import loaners
from tests.factories import D, make_order
from tests.ui.test_journey_cashier import open_previews
from ui.kit.style import RED
from ui.reception.loan_out_dialog import LoanOutDialog
from ui.reception.loan_return_dialog import LoanReturnDialog
from ui.reception.loaner_car_dialog import LoanerCarDialog
from ui.reception.page import ReceptionPage
from ui.workshop.cards import notes


@pytest.fixture
def page(qtbot, advisor, tmp_path):
    widget = ReceptionPage(user=advisor, local=LocalSettings(tmp_path / "settings.json"))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def when_modal(cls, act, failures):
    """Run act(dialog) on the modal dialog of class `cls` once it is open; a failed check closes the
    dialog (the test would wait on it for ever) and is kept for the test to raise."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except BaseException as exc:  # handed back to the test
            failures.append(exc)
            dialog.reject()
    QTimer.singleShot(0, poll)


def close_previews():
    for preview in open_previews():
        preview.close()


def test_hand_out_overdue_and_return_by_keyboard(qtbot, monkeypatch, page, manager, advisor):
    car = loaners.save_car(manager, plate="京AD0001", model="大众 朗逸", colour="白", mileage=12000, fuel=8)
    order = make_order(advisor, status="维修中")
    page.on_changed({"orders", "loaners"})
    page.ui.tabs.setCurrentWidget(page.today)
    page.today.ui.carsView.selectRow(0)
    assert page.today.current()["number"] == order.number

    tab = page.loaners
    qtbot.keyClick(page, Qt.Key.Key_F9)
    assert page.ui.tabs.currentWidget() is tab and tab.ui.fleetTable.hasFocus()
    assert tab.ui.fleetTable.item(0, 3).text() == "空闲" and not tab.ui.returnButton.isEnabled()

    def refused_then_lent(dialog):
        assert dialog.ui.orderEdit.text() == order.number and dialog.ui.mileageSpin.value() == 12000
        dialog.ui.mileageSpin.setValue(11000)
        dialog.ui.depositEdit.setText("2000")
        dialog.accept()
        assert "小于该车上次登记的 12,000 公里" in dialog.ui.errorLabel.text() and dialog.isVisible()
        assert dialog.focusWidget() is dialog.ui.mileageSpin
        dialog.ui.mileageSpin.setValue(12010)
        dialog.ui.fuelSpin.setValue(7)
        dialog.ui.damageEdit.setFocus()
        dialog.ui.damageEdit.setText("左后门划痕")  # QTest types Latin-1 only
        qtbot.keyClick(dialog.ui.damageEdit, Qt.Key.Key_Return)  # Enter moves on: the deposit
        assert dialog.focusWidget() is dialog.ui.depositEdit
        qtbot.keyClick(dialog.ui.depositEdit, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.ui.methodCombo, Qt.Key.Key_Return)  # the last field: 借出
    failures = []
    when_modal(LoanOutDialog, refused_then_lent, failures)
    qtbot.keyClick(tab.ui.fleetTable, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    if failures:
        raise failures[0]
    loan = Loan.get()
    assert (loan.order_id, loan.mileage_out, loan.fuel_out, loan.damage_out, loan.deposit) == (
        order.id, 12010, 7, "左后门划痕", D("2000.00"))
    assert "已借出：京AD0001" in tab.ui.errorLabel.text()
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=10000)  # the sheet, to print
    close_previews()
    assert tab.ui.fleetTable.item(0, 3).text() == "借出" and tab.ui.fleetTable.item(0, 6).text() == order.number
    assert tab.ui.overdueLabel.isHidden()

    later = dt.datetime.now() + dt.timedelta(days=2)
    monkeypatch.setattr(base, "wall_clock", lambda: later)
    page.on_changed({"orders"})
    assert tab.ui.fleetTable.item(0, 3).text() == "逾期"
    assert tab.ui.fleetTable.item(0, 3).foreground().color() == RED
    assert "逾期未还 1 辆：京AD0001" in tab.ui.overdueLabel.text() and tab.ui.overdueLabel.isVisible()
    assert "逾期 1" in page.ui.tabs.tabText(page.ui.tabs.indexOf(tab))
    model = page.today.model
    warning_column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "提示")
    assert page.today.model.data(page.today.model.index(0, warning_column)).startswith("代步车逾期未还")
    assert "代步车逾期" in notes(next(c for c in workshop.board() if c.number == order.number))  # the board's card

    page.activateWindow()  # back from the preview
    qtbot.waitUntil(page.isActiveWindow)
    tab.ui.fleetTable.selectRow(0)
    tab.ui.fleetTable.setFocus()

    def returned(dialog):
        assert dialog.focusWidget() is dialog.ui.mileageSpin and "押金 ¥2,000.00" in dialog.ui.loanLabel.text()
        qtbot.keyClicks(dialog.ui.mileageSpin, "12390")  # typed over the mileage out, which is selected
        qtbot.keyClick(dialog.ui.mileageSpin, Qt.Key.Key_Return)
        assert dialog.focusWidget() is dialog.ui.fuelSpin
        qtbot.keyClicks(dialog.ui.fuelSpin, "4")
        qtbot.keyClick(dialog.ui.fuelSpin, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.ui.damageEdit, Qt.Key.Key_Return)  # no new damage
        assert dialog.focusWidget() is dialog.ui.keepEdit
        qtbot.keyClicks(dialog.ui.keepEdit, "200")
        qtbot.keyClick(dialog.ui.keepEdit, Qt.Key.Key_Return)
        dialog.ui.reasonEdit.setText("油量不足")
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    when_modal(LoanReturnDialog, returned, failures)
    qtbot.keyClick(tab.ui.fleetTable, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    if failures:
        raise failures[0]
    loan = Loan.get_by_id(loan.id)
    assert (loan.status, loan.mileage_in, loan.fuel_in, loan.deposit_kept, loan.kept_reason) == (
        "已还", 12390, 4, D("200.00"), "油量不足")
    assert "退还押金 ¥1,800.00" in tab.ui.errorLabel.text()
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=10000)
    close_previews()
    assert tab.ui.fleetTable.item(0, 3).text() == "空闲" and tab.ui.overdueLabel.isHidden()
    assert LoanerCar.get_by_id(car.id).mileage == 12390
    assert "逾期" not in page.ui.tabs.tabText(page.ui.tabs.indexOf(tab))
    assert QApplication.activeModalWidget() is None


def test_the_manager_adds_changes_and_retires_a_car_by_keyboard(qtbot, tmp_path, manager, advisor):
    page = ReceptionPage(user=manager, local=LocalSettings(tmp_path / "manager.json"))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab = page.loaners
    qtbot.keyClick(page, Qt.Key.Key_F9)
    assert tab.ui.fleetTable.hasFocus()
    failures = []

    def add(dialog):
        qtbot.keyClicks(dialog.ui.plateEdit, "AD0009")
        dialog.accept()
        assert "第一个字应是省份简称" in dialog.ui.errorLabel.text() and dialog.isVisible()  # refused, nothing saved
        assert LoanerCar.select().count() == 0
        dialog.ui.plateEdit.setText("京AD0009")
        dialog.ui.modelEdit.setText("大众 朗逸")
        dialog.ui.mileageSpin.setValue(5000)
        dialog.accept()
    when_modal(LoanerCarDialog, add, failures)
    qtbot.keyClick(tab.ui.fleetTable, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    if failures:
        raise failures[0]
    car = LoanerCar.get(LoanerCar.plate == "京AD0009")
    assert (car.model, car.mileage, car.fuel, car.active) == ("大众 朗逸", 5000, 8, True)
    assert tab.ui.fleetTable.item(0, 0).text() == "京AD0009"

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.ui.fleetTable.selectRow(0)
    tab.ui.fleetTable.setFocus()

    def retire(dialog):
        assert dialog.ui.plateEdit.text() == "京AD0009"
        dialog.ui.activeCheck.setChecked(False)
        dialog.accept()
    when_modal(LoanerCarDialog, retire, failures)
    qtbot.keyClick(tab.ui.fleetTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    if failures:
        raise failures[0]
    assert LoanerCar.get_by_id(car.id).active is False
    assert tab.ui.fleetTable.item(0, 3).text() == "停用"
    advisor_page = ReceptionPage(user=advisor, local=LocalSettings(tmp_path / "advisor.json"))
    qtbot.addWidget(advisor_page)
    assert advisor_page.loaners.cars == [] and advisor_page.loaners.ui.addCarButton.isHidden()
