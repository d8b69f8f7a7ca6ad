"""结算收银 in the real window, beyond the car's journey (tests/ui/test_journey.py settles it with a split
payment and an insurer's share, prints, and closes the day): the payment summary's arithmetic, the
refusals, a discount a supervisor approves with their own login, and a 冲销 from the history."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from storage.models import Payment, Settlement, Vehicle, WorkOrder
from storage.plumbing.config import LocalSettings
from storage.rules import auth
from tests.factories import PASSWORD, order_ready_to_settle
from ui.cashier.page import CashierPage
from ui.cashier.settle_tab import summarize
from ui.kit.print_preview import PrintPreviewDialog

D = Decimal


@pytest.fixture
def cashier_user(users):
    return users[auth.CASHIER]


@pytest.fixture
def page(qtbot, cashier_user, tmp_path):
    widget = CashierPage(user=cashier_user, local=LocalSettings(tmp_path / "settings.json"))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def open_order_at_till(qtbot, page, order):
    tab = page.settle
    plate = Vehicle.get_by_id(order.vehicle_id).plate
    # The province character cannot be typed through QTest (no key code): an input method enters it.
    tab.ui.searchEdit.setText(plate[0])
    qtbot.keyClicks(tab.ui.searchEdit, plate[1:].lower())
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.order is not None and tab.order["id"] == order.id
    return tab


def open_previews():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]


def test_the_till_finds_the_car_from_a_part_of_its_plate(qtbot, page, advisor):
    """Issue 19 defect 6: typing "M2K5" at the till finds 京AM2K50, as the reception look-up does."""
    from tests.factories import make_car

    order_ready_to_settle(advisor)
    order = order_ready_to_settle(advisor, vehicle=make_car(advisor, name="王五", phone="13911112222", plate="京AM2K50"))
    tab = page.settle
    tab.ui.searchEdit.setFocus()
    qtbot.keyClicks(tab.ui.searchEdit, "m2k5")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1
    assert tab.order is not None and tab.order["id"] == order.id and tab.order["plate"] == "京AM2K50"
    assert tab.ui.readyView.hasFocus()


@pytest.mark.parametrize("due, rows, remaining, change, adds_up", [
    ("158.00", [("现金", "158", "200")], "0.00", "42.00", True),
    ("158.00", [("现金", "100", ""), ("微信", "58.00", "")], "0.00", "0.00", True),
    ("158.00", [("微信", "100", "")], "58.00", "0.00", False),
    ("158.00", [("微信", "200", "")], "-42.00", "0.00", False),
    ("158.00", [("现金", "158", "100")], "0.00", "0.00", False),  # handed over less than the cash part
    ("158.00", [("现金", "abc", "")], "158.00", "0.00", False),
    ("0.00", [], "0.00", "0.00", True),
])
def test_payment_summary(due, rows, remaining, change, adds_up):
    summary = summarize(D(due), rows)
    assert (summary.remaining, summary.change, summary.adds_up) == (D(remaining), D(change), adds_up)


def test_refusals_and_a_supervisor_approved_discount(qtbot, page, cashier_user, advisor, manager):
    order = order_ready_to_settle(advisor)
    tab = open_order_at_till(qtbot, page, order)
    # Not adding up: the button is grey, F9 still asks storage, whose message is shown as it is.
    tab.set_payment(0, amount="100")
    assert not tab.ui.settleButton.isEnabled()
    qtbot.keyClick(tab, Qt.Key.Key_F9)
    assert tab.ui.errorLabel.text() == "收款合计 ¥100.00 与客户应付 ¥158.00 不符：还差 ¥58.00。"
    assert Settlement.select().count() == 0

    # A whole-bill discount beyond the cashier's limit: the manager approves with their own login.
    qtbot.keyClicks(tab.ui.billDiscountEdit, "18")
    qtbot.keyClick(tab.ui.billDiscountEdit, Qt.Key.Key_Return)
    assert tab.draft.customer_due == D("140.00") and "需服务经理授权" in tab.ui.approvalLabel.text()
    tab.set_payment(0, amount="140.00")

    def approve():
        dialog = QApplication.activeModalWidget()
        dialog.ui.usernameEdit.setText(manager.username)
        dialog.ui.passwordEdit.setText("wrong")
        dialog.accept()
        assert "密码不正确" in dialog.ui.errorLabel.text()
        dialog.ui.passwordEdit.setText(PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    QTimer.singleShot(0, approve)
    qtbot.keyClick(tab, Qt.Key.Key_F9)
    settlement = Settlement.get()
    assert settlement.discount_approved_by_id == manager.id and settlement.bill_discount == D("18.00")
    assert settlement.customer_due == D("140.00")

    # 冲销 from the history, with the reason and the manager's login; the order can be settled again.
    history = page.history
    history.reload()
    history.ui.settlementsView.setCurrentIndex(history.model.index(0, 0))

    def reverse():
        dialog = QApplication.activeModalWidget()
        dialog.ui.reasonEdit.setText("收款方式录错")
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.ui.usernameEdit, manager.username)
        qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    QTimer.singleShot(0, reverse)
    reversed_ = history.reverse()
    assert reversed_.status == "已冲销" and Settlement.get_by_id(settlement.id).reversal_reason == "收款方式录错"
    assert WorkOrder.get_by_id(order.id).status == "完工"
    assert Payment.select().where(Payment.amount < 0).count() == 1


def test_lowering_the_kind_of_repair_asks_why_and_a_managers_login(qtbot, page, cashier_user, advisor, manager,
                                                                   monkeypatch):
    """Issue 17: QC said 总成修理 (100 days); the cashier choosing 小修 (10 days) is asked the reason, then
    the manager's own login; the settlement, the order and the audit say so."""
    from PySide6.QtWidgets import QInputDialog

    order = order_ready_to_settle(advisor, lines=(("工时", "发动机大修", "1.0", "0.00"),), repair_kind="总成修理")
    tab = open_order_at_till(qtbot, page, order)
    assert tab.ui.kindCombo.currentData() == "总成修理"
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("小修"))
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda parent, title, label: (asked.append(label), ("只做了小修", True))[1])

    def approve():
        dialog = QApplication.activeModalWidget()
        dialog.ui.usernameEdit.setText(manager.username)
        dialog.ui.passwordEdit.setText(PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    QTimer.singleShot(0, approve)
    qtbot.keyClick(tab, Qt.Key.Key_F9)
    settlement = Settlement.get()
    assert asked and "缩短为 10 天" in asked[0]
    assert (settlement.repair_kind, settlement.discount_approved_by_id) == ("小修", manager.id)
    assert WorkOrder.get_by_id(order.id).repair_kind == "小修"
