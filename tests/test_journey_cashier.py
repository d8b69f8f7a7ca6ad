"""结算收银 in the real window: an order that passed QC settled with a split payment and an
insurer's share, a double click that settles once, a discount a supervisor approves with their own
login, the release notice and guarantee card printed, the day closed — and the refusals."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from printing.cli import print_document
from storage import auth
from storage.config import LocalSettings
from storage.models import DayClose, Payment, Receivable, Settlement, Vehicle, WorkOrder
from tests.cashier_helpers import ready_order
from tests.conftest import PASSWORD
from ui.cashier.helpers import summarize
from ui.print_preview import PrintPreviewDialog
from ui.stations.cashier import CashierPage

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


def open_order(qtbot, page, order):
    tab = page.settle
    plate = Vehicle.get_by_id(order.vehicle_id).plate
    # The province character cannot be typed through QTest (no key code): an input method enters it.
    tab.ui.searchEdit.setText(plate[0])
    qtbot.keyClicks(tab.ui.searchEdit, plate[1:].lower())
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.order is not None and tab.order["id"] == order.id
    return tab


def previews():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]


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


def test_journey_split_payment_insurer_share_prints_and_day_close(qtbot, page, cashier_user, advisor, tmp_path, monkeypatch):
    order = ready_order(advisor)  # 工时 60.00, 机油滤清器 68.00, 洗车 30.00
    tab = open_order(qtbot, page, order)
    assert "工时费" in tab.ui.linesTable.item(0, 0).text()
    filter_line = next(ln for ln in tab.draft.lines if ln.description == "机油滤清器")
    # The insurer pays the filter: 68.00 on account under the claim number.
    tab.bill.payer_combo(filter_line.order_line_id).setCurrentIndex(1)
    assert tab.draft.insurer_due == D("68.00") and tab.draft.customer_due == D("90.00")
    tab.ui.insurerEdit.setText("中国人保财险")
    qtbot.keyClicks(tab.ui.claimEdit, "RDAA2026110001")
    # Split: 50.00 cash from a 100 note, the rest by WeChat (Ctrl+N adds the remaining amount).
    tab.set_payment(0, method="现金", amount="50", tendered="100")
    assert tab.ui.remainingLabel.text() == "还差 ¥40.00" and not tab.ui.settleButton.isEnabled()
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.payment_rows()[1][:2] == ("微信", "40.00")
    assert tab.ui.remainingLabel.text() == "已收齐 ¥90.00" and tab.ui.changeLabel.text() == "找零 ¥50.00"
    assert tab.ui.settleButton.isEnabled()

    qtbot.mouseClick(tab.ui.settleButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.settleButton, Qt.MouseButton.LeftButton)  # the double click settles once
    qtbot.keyClick(tab, Qt.Key.Key_F9)
    (settlement,) = Settlement.select()
    assert settlement.customer_due == D("90.00") and settlement.insurer_due == D("68.00")
    assert sorted((p.method, p.amount, p.tendered) for p in Payment.select()) == [
        ("微信", D("40.00"), D("0.00")), ("现金", D("50.00"), D("100.00"))]
    (receivable,) = Receivable.select()
    assert (receivable.debtor, receivable.claim_number, receivable.amount) == ("中国人保财险", "RDAA2026110001", D("68.00"))
    assert WorkOrder.get_by_id(order.id).status == "已结算"
    assert settlement.number in tab.ui.orderLabel.text() and "找零 ¥50.00" in tab.ui.orderLabel.text()
    assert tab.model.rowCount() == 0  # gone from the queue

    # The release notice and the guarantee card, through the preview.
    qtbot.mouseClick(tab.ui.printReleaseButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.printGuaranteeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews()) == 2, timeout=20000)
    assert sorted(d.title for d in previews()) == ["出厂通知单", "质量保证卡"]
    assert all(d.page_count >= 1 and d.pdf_bytes.startswith(b"%PDF") for d in previews())
    for dialog in previews():
        dialog.close()
    for kind in ("settlement", "settlement-a5", "receipt", "release-notice", "guarantee-card"):
        path = print_document(kind, settlement.number, tmp_path / f"{kind}.pdf")
        assert open(path, "rb").read(4) == b"%PDF"

    # The settlement shows in the history; the receivable waits in 挂账.
    page.history.reload()
    assert page.history.model.row(0)["number"] == settlement.number
    page.receivables.reload()
    assert page.receivables.model.row(0)["claim_number"] == "RDAA2026110001"

    # 日结: the figures, then the close after a confirmation.
    day = page.day_end
    page.ui.tabs.setCurrentWidget(day)
    day.load()
    qtbot.waitUntil(lambda: day.report is not None and day.report["settlements"]["count"] == 1, timeout=10000)
    assert day.report["takings"] == D("90.00") and day.ui.statusLabel.text() == "未日结"
    assert day.ui.methodsTable.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(day.ui.closeButton, Qt.MouseButton.LeftButton)
    assert DayClose.select().count() == 1
    qtbot.waitUntil(lambda: day.report["closed"], timeout=10000)
    assert day.ui.statusLabel.text().startswith("已日结") and not day.ui.closeButton.isEnabled()
    assert print_document("day-end", None, tmp_path / "day.pdf")
    day.export(str(tmp_path / "day.xlsx"))
    qtbot.waitUntil(lambda: (tmp_path / "day.xlsx").exists(), timeout=10000)

    # A closed day takes no more money: storage refuses, nothing is saved.
    second = ready_order(advisor)
    page.ui.tabs.setCurrentWidget(page.settle)
    tab = open_order(qtbot, page, second)
    assert tab.ui.settleButton.isEnabled()
    qtbot.mouseClick(tab.ui.settleButton, Qt.MouseButton.LeftButton)
    assert "已于" in tab.ui.errorLabel.text() and "日结" in tab.ui.errorLabel.text()
    assert Settlement.select().count() == 1 and WorkOrder.get_by_id(second.id).status == "完工"


def test_refusals_and_a_supervisor_approved_discount(qtbot, page, cashier_user, advisor, manager):
    order = ready_order(advisor)
    tab = open_order(qtbot, page, order)
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
