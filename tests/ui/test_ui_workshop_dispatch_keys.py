"""Issue 19 defect 4, the dispatch dialog by keyboard: one car with three labour lines is received
and dispatched with four keys (↓ technician for every line, Tab, ↓ bay, Enter) where it took 30
(Tab went cell by cell through the table and never reached the buttons); Tab runs in reading order
through each line's team, technician and bay; each technician's hours today stand next to his name
(with what this dispatch adds) and an overload (here 9.1 h of 8) is warned and asked before it
goes through."""
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.models import AuditLog, WorkOrder
from tests.factories import dispatched_order, fresh, labour_lines, make_order
from tests.ui.test_ui_workshop import _dispatch_dialog, open_workshop_page
from ui.workshop.dispatch_dialog import BAY, TEAM, TECHNICIAN

THREE = (("工时", "更换离合器片", "2.0", "120.00"), ("工时", "更换变速箱油", "0.6", "120.00"),
         ("工时", "四轮定位", "1.0", "120.00"))
BUSY = (("工时", "更换正时皮带", "4.5", "120.00"), ("工时", "清洗节气门", "1.0", "120.00"))


class Keys:
    """Key presses on whatever has the focus, counted."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def __call__(self, key, times=1):
        for _ in range(times):
            self.qtbot.keyClick(QApplication.focusWidget(), key)
            self.count += 1


@pytest.fixture
def asked(monkeypatch):
    answers, questions = [], []

    def question(parent, title, text, *args, **kwargs):
        questions.append(text)
        return answers.pop(0)
    monkeypatch.setattr(QMessageBox, "question", question)
    return answers, questions


def test_one_car_three_lines_dispatched_by_four_keys_with_the_overload_asked(qtbot, advisor, dispatcher, shop, asked):
    answers, questions = asked
    dispatched_order(advisor, dispatcher, shop, lines=BUSY, bay="A1")  # 张师傅 has 5.5 h of his 8 today
    order = make_order(advisor, status="待派工", lines=THREE)
    page = open_workshop_page(qtbot, dispatcher)
    dialog = _dispatch_dialog(qtbot, page, order)
    ui, table = dialog.ui, dialog.ui.linesTable
    assert QApplication.focusWidget() is ui.allTechCombo
    # Tab in reading order through every line's editors, then the buttons.
    chain, widget = [], ui.allTechCombo
    for _ in range(2 + 3 * 3 + 1):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isEnabled() or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain[0] is ui.allBayCombo
    assert chain[1:10] == [table.cellWidget(r, c) for r in range(3) for c in (TEAM, TECHNICIAN, BAY)]
    assert chain[10] in ui.buttonBox.buttons()
    # The load stands next to each name, and no name is clipped.
    texts = [ui.allTechCombo.itemText(i) for i in range(ui.allTechCombo.count())]
    assert "张师傅 5.5/8 h · 机修一组" in texts and "李师傅 0/7.5 h · 机修一组" in texts
    assert table.columnWidth(TECHNICIAN) >= table.cellWidget(0, TECHNICIAN).sizeHint().width()

    keys = Keys(qtbot)
    keys(Qt.Key.Key_Down, ui.allTechCombo.findData(shop["zhang"].id))  # every line to 张师傅
    assert [table.cellWidget(r, TECHNICIAN).currentData() for r in range(3)] == [shop["zhang"].id] * 3
    assert [table.cellWidget(r, TEAM).currentData() for r in range(3)] == [shop["team1"].id] * 3
    assert "⚠ 张师傅 今日将排 9.1/8 h，超出 1.1 h" in ui.overloadLabel.text()
    assert "张师傅 9.1/8 h ⚠ · 机修一组" in table.cellWidget(1, TECHNICIAN).currentText()
    qtbot.waitUntil(lambda: ui.allTechCombo.width() >= ui.allTechCombo.sizeHint().width())
    assert table.columnWidth(TECHNICIAN) >= table.cellWidget(1, TECHNICIAN).sizeHint().width()
    keys(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.allBayCombo
    keys(Qt.Key.Key_Down, ui.allBayCombo.findData(shop["A2"].id))
    assert [table.cellWidget(r, BAY).currentData() for r in range(3)] == [shop["A2"].id] * 3
    # Enter: storage refuses the overload, the dialog asks; "no" keeps the dialog and saves no dispatch.
    answers.append(QMessageBox.StandardButton.No)
    keys(Qt.Key.Key_Return)
    assert dialog.isVisible() and "技师 张师傅 今日已排 5.5 小时，再派 3.6 小时共 9.1 小时" in questions[0]
    assert "超过其可用的 8 小时" in ui.errorLabel.text()
    assert fresh(order).handed_over_at is not None  # the hand-over stands on its own (seed 001)
    assert all(line.technician_id is None for line in labour_lines(order))
    # Enter again, "yes": dispatched, and the audit row keeps the confirmed overload.
    answers.append(QMessageBox.StandardButton.Yes)
    keys(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(l.technician_id, l.bay_id) for l in labour_lines(order)] == [(shop["zhang"].id, shop["A2"].id)] * 3
    assert WorkOrder.get_by_id(order.id).bay_id == shop["A2"].id
    row = AuditLog.select().where(AuditLog.action == "workshop.dispatch").order_by(AuditLog.id.desc()).first()
    assert json.loads(row.after)["overload_confirmed"] == [{"technician": "张师傅", "after": "9.1", "available": "8"}]
    # ↓ to the technician, Tab, ↓ to the bay, Enter (twice here: "no", then "yes" to the question).
    assert keys.count == ui.allTechCombo.findData(shop["zhang"].id) + 1 + ui.allBayCombo.findData(shop["A2"].id) + 2


def test_a_dispatch_within_the_day_asks_nothing(qtbot, advisor, dispatcher, shop, asked):
    _answers, questions = asked
    order = make_order(advisor, status="待派工", lines=THREE)
    page = open_workshop_page(qtbot, dispatcher)
    dialog = _dispatch_dialog(qtbot, page, order)
    keys = Keys(qtbot)
    keys(Qt.Key.Key_Down, dialog.ui.allTechCombo.findData(shop["li"].id))
    keys(Qt.Key.Key_Tab)
    keys(Qt.Key.Key_Down, dialog.ui.allBayCombo.findData(shop["A1"].id))
    keys(Qt.Key.Key_Return)
    assert not dialog.isVisible() and not questions and dialog.ui.overloadLabel.text() == ""
    # ↓ as many times as the technician's place in the list, Tab, ↓ to the bay, Enter: with the
    # first technician and the first bay, four keys (was 30).
    assert keys.count == dialog.ui.allTechCombo.findData(shop["li"].id) + 1 + dialog.ui.allBayCombo.findData(shop["A1"].id) + 1
    assert {l.technician_id for l in labour_lines(order)} == {shop["li"].id}
