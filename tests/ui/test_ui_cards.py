"""The cashier's 会员卡 tab in the real window: find the customer, sell a package card through the
dialog, see its ledger, let the till's settle tab pay the oil service with it, export the statement,
and refund the card with a manager's login typed into the refund dialog."""
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from storage.cashier import cards
from storage.models import CardSale, MemberCard, Payment
from storage.plumbing.config import LocalSettings
from storage.rules import auth
from tests.conftest import PASSWORD
from tests.factories import D, order_ready_to_settle
from tests.ui.test_journey_cashier import open_order_at_till as open_order
from tests.ui.test_journey_cashier import open_previews as previews
from ui.cashier.card_refund_dialog import CardRefundDialog
from ui.cashier.card_sale_dialog import CardSaleDialog
from ui.cashier.page import CashierPage

OIL = (("工时", "机油保养", "1", "200.00"), ("材料", "机油滤清器", "1", "68.00"))


@pytest.fixture
def page(qtbot, users, tmp_path):
    widget = CashierPage(user=users[auth.CASHIER], local=LocalSettings(tmp_path / "settings.json"))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def when_modal(cls, act):
    """Run act(dialog) on the modal dialog of class `cls` once it is open."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_sell_see_use_export_and_refund_a_package_card(qtbot, page, advisor, manager, tmp_path):
    cards.define_kind(manager, name="保养四次卡", card_type="套餐卡", price="700", service_name="机油保养", services=4,
                      valid_months=12)
    order = order_ready_to_settle(advisor, lines=OIL)
    tab = page.cards
    page.ui.tabs.setCurrentWidget(tab)
    assert not tab.ui.sellButton.isEnabled()
    tab.ui.searchEdit.setText("张三")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.ui.customerCombo.count() == 1 and tab.customer_id() == order.customer_id

    # 充值 without a stored-value card: the dialog says why and nothing is written
    def refused(dialog):
        dialog.ui.amountEdit.setText("100")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "没有有效的储值卡" in dialog.ui.errorLabel.text() and dialog.isVisible()
        dialog.reject()
    when_modal(CardSaleDialog, refused)
    assert tab.sell(top_up=True) is None and CardSale.select().count() == 0

    def buy(dialog):
        assert dialog.ui.amountEdit.isReadOnly() and dialog.ui.amountEdit.text() == "700.00"
        dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("现金"))
        dialog.ui.tenderedEdit.setText("800")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    when_modal(CardSaleDialog, buy)
    tab.ui.sellButton.click()
    qtbot.waitUntil(lambda: bool(previews()), timeout=10000)  # the sale's own receipt
    for dialog in previews():
        dialog.close()
    card = MemberCard.get()
    assert tab.ui.cardsTable.rowCount() == 1 and tab.ui.cardsTable.item(0, 3).text() == "4/4 次"
    assert [tab.ui.ledgerTable.item(0, c).text() for c in (1, 2, 3)] == ["购卡", "+4 次", "4 次"]
    (paid,) = Payment.select().where(Payment.card_sale.is_null(False))
    assert (paid.method, paid.amount, paid.tendered) == ("现金", D("700.00"), D("800.00"))

    # the till: the package pays the oil service, the cash the filter
    page.ui.tabs.setCurrentWidget(page.settle)
    settle = open_order(qtbot, page, order)
    assert settle.ui.packageCheck.isVisible() and "1 项 ¥200.00" in settle.ui.packageCheck.text()
    settle.ui.packageCheck.setChecked(True)
    assert settle.payment_rows() == [("现金", "68.00", "", "")]
    assert "套餐卡抵扣" in settle.ui.totalsLabel.text() and "¥68.00" in settle.ui.totalsLabel.text()
    settle.settle()
    assert settle.settled is not None, settle.ui.errorLabel.text()
    assert MemberCard.get_by_id(card.id).remaining == 3

    page.ui.tabs.setCurrentWidget(tab)
    tab.load_cards()
    assert tab.ui.ledgerTable.rowCount() == 2 and tab.ui.closingLabel.text().startswith("剩余 3/4 次")
    path = tab.export(str(tmp_path / "card.csv"))
    assert path and "使用,-1 次,3 次" in (tmp_path / "card.csv").read_text(encoding="utf-8-sig")

    def refund(dialog):
        assert dialog.ui.supervisorBox.isVisible() and "¥525.00" in dialog.ui.quoteLabel.text()
        dialog.ui.reasonEdit.setText("客户卖车")
        dialog.ui.usernameEdit.setText(manager.username)
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    when_modal(CardRefundDialog, refund)
    tab.ui.refundButton.click()
    card = MemberCard.get_by_id(card.id)
    assert (card.status, card.remaining) == ("已退", 0)
    assert tab.ui.cardsTable.item(0, 5).text() == "已退" and not tab.ui.refundButton.isEnabled()
    assert "退款 ¥525.00" in tab.ui.statusLabel.text()
