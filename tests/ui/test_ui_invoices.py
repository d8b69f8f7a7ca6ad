"""发票 in the cashier's window: F8 on a settlement of the history tab opens 开票, a number of the wrong
form is refused there, the right one recorded; the 发票 tab lists it with its totals, red-letters it
with a manager's login typed into the dialog (Ctrl+R), exports the list; the next 开票 for the same
customer offers the title remembered."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from storage import cashier
from storage.models import Invoice, now
from storage.plumbing.config import LocalSettings
from storage.rules import auth
from storage.rules.errors import ValidationError
from tests.conftest import PASSWORD
from tests.factories import D, order_ready_to_settle, pay
from tests.ui.test_ui_cards import when_modal
from ui.cashier.invoice_dialog import InvoiceDialog
from ui.cashier.page import CashierPage
from ui.cashier.red_letter_dialog import RedLetterDialog

TAX = "91350200776049653A"


@pytest.fixture
def page(qtbot, users, tmp_path):
    widget = CashierPage(user=users[auth.CASHIER], local=LocalSettings(tmp_path / "settings.json"))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()  # the station's keys are the window's: it must be the active one
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_record_list_red_letter_and_export_an_invoice(qtbot, page, users, manager, tmp_path):
    settled = pay(users[auth.CASHIER], order_ready_to_settle(manager), ("现金", "158.00"))
    history = page.history
    page.ui.tabs.setCurrentWidget(history)
    history.reload()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    history.ui.settlementsView.setFocus()
    history.ui.settlementsView.setCurrentIndex(history.model.index(0, 0))
    assert history.ui.invoiceButton.isEnabled()
    number = f"{now():%y}350000000000012345"[:20]

    def record(dialog):
        assert dialog.ui.titleEdit.text() == "张三" and dialog.ui.amountEdit.text() == "158.00"
        assert dialog.ui.kindCombo.currentData() == "数电发票" and not dialog.ui.codeEdit.isEnabled()
        dialog.ui.numberEdit.setText("12345678")
        ok(dialog).click()
        assert "20 位" in dialog.ui.errorLabel.text() and dialog.isVisible() and Invoice.select().count() == 0
        dialog.ui.numberEdit.setText(number)
        dialog.ui.titleEdit.setText("厦门某某汽车租赁有限公司")
        dialog.ui.taxEdit.setText(TAX)
        qtbot.keyClick(dialog.ui.taxEdit, Qt.Key.Key_Return)  # Enter moves on: amount, date, then 登记
        qtbot.keyClick(dialog.ui.amountEdit, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.ui.dateEdit, Qt.Key.Key_Return)
    when_modal(InvoiceDialog, record)
    qtbot.keyClick(history.ui.settlementsView, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: Invoice.select().count() == 1, timeout=5000)
    invoice = Invoice.get()
    assert (invoice.number, invoice.amount, invoice.buyer_tax_number) == (number, D("158.00"), TAX)
    with pytest.raises(ValidationError, match="请先将发票红冲"):
        cashier.reverse(manager, settled.id, settled.version, reason="金额录错")

    tab = page.invoices
    page.ui.tabs.setCurrentWidget(tab)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.ui.invoicesView.setFocus()
    qtbot.keyClick(tab.ui.invoicesView, Qt.Key.Key_F5)  # this window has no change notifier: F5 reads again
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert "正常 1 张" in tab.ui.totalsLabel.text() and "¥158.00" in tab.ui.totalsLabel.text()
    tab.ui.invoicesView.setCurrentIndex(tab.model.index(0, 0))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert tab.ui.redLetterButton.isEnabled()

    def red(dialog):
        assert dialog.ui.supervisorBox.isVisibleTo(dialog)  # a cashier needs the manager
        dialog.ui.reasonEdit.setText("抬头开错")
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
        dialog.ui.usernameEdit.setText(manager.username)
        dialog.ui.passwordEdit.setText(PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    when_modal(RedLetterDialog, red)
    qtbot.keyClick(tab.ui.invoicesView, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Invoice.get().status == "已红冲", timeout=5000)
    assert Invoice.get().red_approved_by_id == manager.id
    qtbot.waitUntil(lambda: "已红冲 1 张" in tab.ui.totalsLabel.text(), timeout=5000)
    assert not tab.ui.redLetterButton.isEnabled()

    path = tmp_path / "发票.csv"
    tab.export(str(path))
    qtbot.waitUntil(path.exists, timeout=10000)
    assert number in path.read_text("utf-8-sig")

    # the invoice issued again offers the customer's remembered title; the reversal now goes through
    def offered(dialog):
        assert dialog.ui.titleEdit.text() == "厦门某某汽车租赁有限公司" and dialog.ui.taxEdit.text() == TAX
        assert dialog.ui.amountEdit.text() == "158.00" and dialog.ui.invoicesTable.rowCount() == 1
        dialog.reject()
    when_modal(InvoiceDialog, offered)
    page.ui.tabs.setCurrentWidget(history)
    assert history.invoice() is None
    assert cashier.reverse(manager, settled.id, settled.version, reason="金额录错").status == "已冲销"
