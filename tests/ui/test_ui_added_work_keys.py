"""Issue 19 defect 7, added work (增项) through the real windows. The workshop's dialog: Tab leaves
each table for the next field, and labour is picked from the labour-time table (Ctrl+L, reception's
picker) with its hours and price, not typed by hand. Reception: a new item is announced (a banner
naming the car and the customer, the 追加项目 tab flashing until it is opened), the selection
follows it unless an answer is being typed for another, and every answer is put to the advisor
naming the car and the customer it goes to."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage import workshop
from storage.models import AddedWork, LabourItem, WorkOrderLine
from tests.factories import dispatched_order, fresh, labour_lines, make_car, make_order
from tests.reception_ui_helpers import page_for, type_text, when_shown
from tests.ui.test_ui_workshop import open_workshop_page
from ui.reception.page import ADDED_TAB, ALERT
from ui.reception.picker import PickerDialog
from ui.workshop.added_work_dialog import AddedWorkDialog

D = Decimal


def focused():
    return QApplication.focusWidget()


def test_the_workshop_picks_labour_from_the_table_and_tab_leaves_the_tables(qtbot, advisor, dispatcher, shop):
    LabourItem.create(code="ZD-101", name="更换前刹车片", system="制动", hours=D("1.2"))
    order = dispatched_order(advisor, dispatcher, shop)
    page = open_workshop_page(qtbot, dispatcher)
    page.board.select_order(order.id)
    keys = 0
    qtbot.keyClick(page.board.columns[0].list, Qt.Key.Key_F3)
    keys += 1
    dialog = next(d for d in page.findChildren(AddedWorkDialog) if d.isVisible())
    qtbot.waitUntil(dialog.isActiveWindow)
    ui = dialog.ui
    assert focused() is ui.descriptionEdit
    type_text(qtbot, ui.descriptionEdit, "前刹车片磨损到极限")
    # Tab in reading order, out of each table (was: Tab went round the labour table's cells for ever).
    order_seen = []
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        order_seen.append(focused())
    assert order_seen == [ui.pickLabourButton, ui.labourTable, ui.partsTable, ui.delaySpin, ui.payerCombo]
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is ui.pickLabourButton

    def pick(picker):
        assert picker.windowTitle().startswith("选择工时项目")
        qtbot.keyClicks(picker.ui.searchEdit, "ZD")
        qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)  # into the results
        assert picker.focusWidget() is picker.ui.resultsView
        qtbot.keyClick(picker.ui.resultsView, Qt.Key.Key_Return)  # take the highlighted item

    picked = when_shown(PickerDialog, pick)
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    picked.check()
    keys += 1 + 2 + 2  # Ctrl+L, "ZD", Enter, Enter
    table = ui.labourTable
    assert [table.item(0, c).text() for c in range(3)] == ["更换前刹车片", "1.2", "¥144.00"]
    dialog.activateWindow()  # (the offscreen platform does not hand activation back by itself)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is table  # back in the labour table, on the hours to type over if need be
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter saves (OK is the default)
    keys += 1
    assert not dialog.isVisible(), ui.errorLabel.text()
    work = AddedWork.get(AddedWork.order == order.id)
    [line] = WorkOrderLine.select().where(WorkOrderLine.added_work == work.id)
    assert (line.description, line.quantity, line.labour_id, line.amount) == (
        "更换前刹车片", D("1.2"), LabourItem.get(LabourItem.code == "ZD-101").id, D("144.00"))
    assert keys == 7  # besides the words of the description: F3, Ctrl+L, Z, D, Enter, Enter, Enter


@pytest.fixture
def cars(advisor, dispatcher, shop):
    """Three cars of three customers in the workshop."""
    made = []
    for name, phone, plate, bay in (("王建国", "13911110001", "京N1A111", "A1"), ("李红", "13911110002", "京N2B222", "A2"),
                                    ("赵立新", "13911110003", "京N3C333", "B1")):
        vehicle = make_car(advisor, name=name, phone=phone, plate=plate)
        order = make_order(advisor, vehicle=vehicle, status="待派工")
        order = workshop.receive_car(dispatcher, order.id, order.version)
        items = [{"line": line.id, "technician": shop["zhang"].id, "bay": shop[bay].id} for line in labour_lines(order)]
        made.append(workshop.dispatch(dispatcher, order.id, order.version, items, allow_overload=True))
    return made


def raise_on(dispatcher, order, what: str) -> AddedWork:
    return workshop.raise_added_work(dispatcher, order.id, fresh(order).version, what,
                                     labour=[{"description": what, "hours": "1"}])


@pytest.fixture
def asked(monkeypatch):
    answers, questions = [], []

    def question(parent, title, text, *args, **kwargs):
        questions.append(text)
        return answers.pop(0)
    monkeypatch.setattr(QMessageBox, "question", question)
    return answers, questions


def test_reception_is_alerted_and_answers_the_item_it_sees(qtbot, advisor, dispatcher, cars, asked):
    answers, questions = asked
    first, second, third = cars
    older = raise_on(dispatcher, first, "空调滤芯脏")
    page = page_for(qtbot, advisor)
    added = page.added
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F7)
    assert added.current()["id"] == older.id and not page.ui.addedAlert.isVisible()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F6)  # the advisor is on today's cars
    # The workshop raises an item on 李红's car; the change reaches the desk.
    new = raise_on(dispatcher, second, "前刹车片磨损")
    page.on_changed({"workshop"})
    assert page.ui.addedAlert.isVisible()
    alert = page.ui.addedAlert.text()
    assert "京N2B222" in alert and "李红" in alert and "前刹车片磨损" in alert
    bar = page.ui.tabs.tabBar()
    assert page.flash_timer.isActive()
    qtbot.waitUntil(lambda: bar.tabTextColor(ADDED_TAB) == ALERT, timeout=3000)
    # The selection went to the new item, and the answer fields say whose car it is.
    assert added.current()["id"] == new.id
    assert "京N2B222" in added.ui.answerHeading.text() and "李红" in added.ui.answerHeading.text()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F7)  # opening the tab ends the alert
    assert not page.flash_timer.isActive() and not page.ui.addedAlert.isVisible()
    assert not bar.tabTextColor(ADDED_TAB).isValid() or bar.tabTextColor(ADDED_TAB) != ALERT

    # The advisor starts answering the older item (王建国)...
    added.ui.workView.setFocus()
    qtbot.keyClick(added.ui.workView, Qt.Key.Key_Up)
    assert added.current()["id"] == older.id
    type_text(qtbot, added.ui.answeredByEdit, "王建国本人")
    # ...when another item arrives: it is announced, but the one being answered keeps the selection.
    newest = raise_on(dispatcher, third, "雨刮片老化")
    page.on_changed({"workshop"})
    assert "京N3C333" in page.ui.addedAlert.text() and added.current()["id"] == older.id
    assert "京N1A111" in added.ui.answerHeading.text() and "王建国" in added.ui.answerHeading.text()
    # Ctrl+Shift+Y: the question names the car and the customer the answer goes to; "no" records nothing.
    answers.append(QMessageBox.StandardButton.No)
    qtbot.keyClick(added.ui.answeredByEdit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "同意" in questions[-1] and "京N1A111" in questions[-1] and "王建国" in questions[-1]
    assert AddedWork.get_by_id(older.id).answer == "待答复"
    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(added.ui.answeredByEdit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [AddedWork.get_by_id(w.id).answer for w in (older, new, newest)] == ["同意", "待答复", "待答复"]
    assert AddedWork.get_by_id(older.id).answered_by == "王建国本人"
    assert page.ui.tabs.tabText(ADDED_TAB).endswith("· 2")


def test_an_answer_to_an_item_changed_meanwhile_is_refused(qtbot, advisor, dispatcher, cars, asked):
    answers, _questions = asked
    work = raise_on(dispatcher, cars[0], "空调滤芯脏")
    page = page_for(qtbot, advisor)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F7)
    AddedWork.update(version=AddedWork.version + 1).where(AddedWork.id == work.id).execute()  # another desk
    qtbot.keyClick(page.added, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # 客户答复人(&B)
    assert focused() is page.added.ui.answeredByEdit
    type_text(qtbot, page.added.ui.answeredByEdit, "王建国")
    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.added.ui.answeredByEdit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.added.ui.errorLabel.isVisible() and AddedWork.get_by_id(work.id).answer == "待答复"
