"""系统管理 → 开账 in the real window: the manager sees the pending opening stock with its totals,
approves it by keyboard (审核入账, confirmed), and the go-live checklist then shows it done; the
administrator may confirm "no member balances" but not approve stock."""
import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from storage.models import MemberMovement, Part, StockMovement
from storage.parts import importer
from storage.plumbing.config import LocalSettings
from storage.rules import auth
from tests.reception_ui_helpers import shown

SMALL = (1093, 614)
STOCK = [["零件号", "零件名称", "单位", "成本价", "零售价", "期初库存"],
         ["06L115562", "机油滤清器", "个", "40", "68", "12"],
         ["G052195M4", "机油 5W-30", "升", "50.5", "88.15", "40.5"]]


@pytest.fixture
def pending(users, tmp_path):
    path = tmp_path / "stock.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(STOCK)
    assert importer.import_parts(users[auth.STOREKEEPER], path).opening_stock == 2


def admin_page(qtbot, user, tmp_path):
    from ui.admin.page import AdminPage

    page = AdminPage(user=user, local=LocalSettings(tmp_path / "settings.json"))
    page.resize(*SMALL)
    return shown(qtbot, page)


def test_the_manager_approves_the_opening_stock(qtbot, users, pending, tmp_path, monkeypatch):
    page = admin_page(qtbot, users[auth.MANAGER], tmp_path)
    page.show_tab("opening_stock")  # the checklist item leads here
    tab = page.opening
    assert page.ui.tabs.currentWidget() is tab
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 0).data() == "06L115562" and tab.model.index(1, 7).data() == "¥2,045.25"
    assert "待审核 2 种，数量合计 52.5，成本金额 ¥2,525.25" in tab.ui.totalsLabel.text()
    assert tab.ui.approveButton.isEnabled()
    page.grab().save(str(tmp_path / "opening-pending.png"))
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.ui.approveButton.setFocus()
    qtbot.keyClick(tab.ui.approveButton, Qt.Key.Key_Space)  # asked, answered No: nothing booked
    assert "2 种备件" in asked[0] and StockMovement.select().count() == 0
    qtbot.keyClick(tab.ui.approveButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "已入账" in tab.ui.messageLabel.text(), timeout=10000)  # booked off the GUI thread
    assert [(m.kind, m.quantity) for m in StockMovement.select().order_by(StockMovement.part)] == [("期初", 12), ("期初", 40.5)]
    assert Part.get(Part.number == "06L115562").on_hand == 12
    assert "已入账 2 种期初库存" in tab.ui.messageLabel.text() and tab.model.rowCount() == 0
    assert not tab.ui.approveButton.isEnabled() and "已入账 2 种" in tab.ui.totalsLabel.text()
    item = next(i for i in page.checklist.items if i["key"] == "opening_stock")
    assert item["done"]
    assert tab.width() <= SMALL[0] and page.height() <= SMALL[1]
    tab.grab().save(str(tmp_path / "opening.png"))


def test_the_administrator_confirms_none_but_cannot_approve_stock(qtbot, users, pending, tmp_path):
    page = admin_page(qtbot, users[auth.ADMIN], tmp_path)
    page.show_tab("opening")
    tab = page.opening
    assert tab.model.rowCount() == 2 and not tab.ui.approveButton.isEnabled()
    assert tab.ui.balancesLabel.text() == "会员余额：还没有录入"
    tab.ui.noBalancesButton.setFocus()
    qtbot.keyClick(tab.ui.noBalancesButton, Qt.Key.Key_Space)
    assert tab.ui.balancesLabel.text() == "会员余额：已确认没有" and not tab.ui.noBalancesButton.isVisible()
    assert MemberMovement.select().count() == 0
    items = {i["key"]: i["done"] for i in page.checklist.items}
    assert items["member_balances"] and not items["opening_stock"] and not items["opening_receivables"]
