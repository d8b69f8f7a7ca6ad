"""The workshop station's later additions, driven through the real widgets: the technicians'
clock-on panel for the shared workshop PC, moving a car to another bay, a manual parts request and
sending an order to QC from the page, the QC history with its certificate reprint and the added work
waiting for the customer, and a pause reason that is not written twice on a card."""
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QToolButton

from storage import workshop
from storage.models import Clocking, PickRequest, WorkOrderLine
from tests.factories import dispatched_order, fresh, labour_lines, make_part, qc_all_ok, run_through
from tests.ui.test_ui_workshop import open_workshop_page
from ui.workshop import history_dialog
from ui.workshop.cards import notes, waiting_text
from ui.workshop.clock_panel import ClockPanel
from ui.workshop.history_dialog import WorkshopHistoryDialog, waited_text


@pytest.fixture(autouse=True)
def no_popups(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)


def active(qtbot, window):
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_clocks(_page=None):
    return list(Clocking.select().where(Clocking.ended_at.is_null()))


# -- pure helpers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("reasons, text", [
    ("", "待料"), ("待料", "待料"), ("等前刹车片到货", "待料：等前刹车片到货"),
    ("待料；等前刹车片到货", "待料：等前刹车片到货"), ("等机油；等滤芯", "待料：等机油；等滤芯"),
])
def test_a_pause_reason_equal_to_the_state_is_not_repeated(reasons, text):
    assert waiting_text(reasons) == text


def test_card_notes_with_a_bare_pause_reason():
    card = SimpleNamespace(lines_total=2, lines_done=1, waiting_for_parts="待料", awaiting_answer=0, rework_count=0,
                           overdue=False, progress_check=False, progress_checked=False, loan_overdue=False)
    assert notes(card) == ["完成 1/2", "待料"]


@pytest.mark.parametrize("minutes, text", [(0, "0分"), (35, "35分"), (125, "2时05分"), (27 * 60, "1天3时")])
def test_waited_text(minutes, text):
    start = dt.datetime(2026, 3, 2, 9, 0)
    assert waited_text(start, start + dt.timedelta(minutes=minutes)) == text


# -- the clock-on panel ---------------------------------------------------------------------------------
def _select(listing, data) -> None:
    rows = [r for r in range(listing.count()) if listing.item(r).data(Qt.ItemDataRole.UserRole) == data]
    listing.setCurrentRow(rows[0])


def test_clock_panel_on_and_off_with_big_buttons_and_the_keyboard(qtbot, advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    oil, brakes = labour_lines(order)
    page = open_workshop_page(qtbot, dispatcher)
    qtbot.keyClick(page.board, Qt.Key.Key_F7)
    panel = active(qtbot, next(d for d in page.findChildren(ClockPanel) if d.isVisible()))
    assert panel.ui.technicianList.count() == 3

    # 李师傅 has no line of his own but sees his team's (the lines went to 张师傅 of 机修一组).
    _select(panel.ui.technicianList, shop["li"].id)
    assert panel.ui.lineList.count() == 2
    _select(panel.ui.technicianList, shop["wang"].id)
    assert panel.ui.lineList.count() == 0
    qtbot.mouseClick(panel.ui.clockOnButton, Qt.MouseButton.LeftButton)
    assert panel.ui.errorLabel.text() == "请先选择技师和要做的项目。" and not open_clocks(page)

    _select(panel.ui.technicianList, shop["zhang"].id)
    assert [panel.ui.lineList.item(r).text() for r in range(2)][0].endswith("更换机油机滤　0.5 工时　待派工")
    qtbot.keyClick(panel.ui.technicianList, Qt.Key.Key_Return)  # Enter moves on to the jobs
    assert panel.ui.lineList.hasFocus()
    qtbot.keyClick(panel, Qt.Key.Key_F8)
    assert fresh(oil).status == "维修中" and [c.line_id for c in open_clocks(page)] == [oil.id]
    assert "已上工" in panel.ui.statusLabel.text() and panel.ui.errorLabel.text() == ""
    assert "计时中" in panel.ui.technicianList.currentItem().text()
    # One line at a time: Enter on the second job is refused, nothing changes.
    panel.ui.lineList.setCurrentRow(1)
    qtbot.keyClick(panel.ui.lineList, Qt.Key.Key_Return)
    assert "请先下工" in panel.ui.errorLabel.text()
    assert fresh(brakes).status == "待派工" and len(open_clocks(page)) == 1

    qtbot.mouseClick(panel.ui.clockOffButton, Qt.MouseButton.LeftButton)
    assert "已下工" in panel.ui.statusLabel.text() and not open_clocks(page)
    qtbot.keyClick(panel, Qt.Key.Key_F9)
    assert "当前没有在计时的项目" in panel.ui.errorLabel.text()
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert page.board.card(order.id).status == "维修中"  # the page reloads when the panel closes


def test_a_line_awaiting_the_customers_answer_is_greyed_and_refused(qtbot, advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop)
    workshop.raise_added_work(dispatcher, order.id, fresh(order).version, "雨刮老化",
                              labour=[{"description": "更换雨刮片", "hours": "0.3"}])
    added = WorkOrderLine.get(WorkOrderLine.description == "更换雨刮片")
    workshop.dispatch_line(dispatcher, order.id, fresh(order).version, added.id, technician=shop["zhang"].id)
    panel = ClockPanel(user=dispatcher)
    qtbot.addWidget(panel)
    panel.show()
    _select(panel.ui.technicianList, shop["zhang"].id)
    _select(panel.ui.lineList, added.id)
    assert panel.ui.lineList.currentItem().text().endswith("（增项待客户答复）")
    qtbot.mouseClick(panel.ui.clockOnButton, Qt.MouseButton.LeftButton)
    assert "还没有得到客户同意" in panel.ui.errorLabel.text() and not Clocking.select().exists()


# -- the car as a whole: bay, parts, QC ----------------------------------------------------------------
def test_move_car_request_parts_and_submit_for_qc_from_the_page(qtbot, advisor, dispatcher, shop, monkeypatch):
    order = dispatched_order(advisor, dispatcher, shop, bay="A1")
    other = dispatched_order(advisor, dispatcher, shop, bay="B1", plate="粤B22222")
    workshop.start_line(dispatcher, labour_lines(other)[0].id, labour_lines(other)[0].version)  # the car stands in B1
    page = open_workshop_page(qtbot, dispatcher)
    page.board.select_order(order.id)
    offered = []

    def choose(bay_name):
        def get_item(parent, title, label, items, current, editable):
            offered[:] = items
            return next(i for i in items if i.startswith(bay_name)), True
        return get_item

    monkeypatch.setattr(QInputDialog, "getItem", choose("A2"))
    qtbot.keyClick(page.board, Qt.Key.Key_F6)
    assert fresh(order).bay_id == shop["A2"].id and page.ui.errorLabel.text() == ""
    assert offered[0].startswith("不占工位") and any(i.startswith("B1") and "粤B22222" in i for i in offered)
    assert page.board.card(order.id).bay == "A2"

    monkeypatch.setattr(QInputDialog, "getItem", choose("B1"))  # taken: refused, the car stays in A2
    qtbot.mouseClick(page.ui.moveButton, Qt.MouseButton.LeftButton)
    assert "B1" in page.ui.errorLabel.text() and fresh(order).bay_id == shop["A2"].id

    # A part line added at reception after dispatch: F8 sends it to the warehouse, once.
    part = make_part()
    WorkOrderLine.create(order=order.id, kind="材料", position=9, part=part.id, description=part.name,
                         quantity=Decimal("1"), unit_price=part.price, amount=part.price)
    qtbot.keyClick(page.board, Qt.Key.Key_F8)
    assert page.ui.noticeLabel.text() == "已向仓库发出 1 条领料申请。" and PickRequest.select().count() == 1
    qtbot.mouseClick(page.ui.partsButton, Qt.MouseButton.LeftButton)
    assert "没有需要补发的领料" in page.ui.noticeLabel.text() and PickRequest.select().count() == 1

    # 报检 with a line still open is refused; once reception has cancelled it, F9 sends the car to QC.
    oil, brakes = labour_lines(order)
    workshop.finish_line(dispatcher, oil.id, workshop.start_line(dispatcher, oil.id, oil.version).version)
    page.on_changed({"orders"})  # what the change notifier does when another station acts
    qtbot.keyClick(page.board, Qt.Key.Key_F9)
    assert "还有 1 个项目未完工：检查制动系统" in page.ui.errorLabel.text() and fresh(order).status == "维修中"
    WorkOrderLine.update(status="已取消").where(WorkOrderLine.id == brakes.id).execute()
    page.on_changed({"orders"})
    qtbot.mouseClick(page.ui.submitQcButton, Qt.MouseButton.LeftButton)
    assert fresh(order).status == "质检" and page.board.card(order.id).status == "质检"
    qtbot.keyClick(page.board, Qt.Key.Key_F9)
    assert "已在等待质检" in page.ui.errorLabel.text()


def test_the_buttons_follow_the_permissions(qtbot, inspector):
    page = open_workshop_page(qtbot, inspector)
    for button in (page.ui.moveButton, page.ui.partsButton, page.ui.submitQcButton):
        assert not button.isVisible()
    more = page.findChild(QToolButton, "moreButton")
    offered = [action.text() for action in more.menu().actions()]
    assert offered == [page.ui.historyButton.text()]  # no clock panel, day report or set-up for QC
    assert page.open_clock_panel() is None


# -- the lists ----------------------------------------------------------------------------------------
def test_qc_history_with_reprint_and_added_work_waiting(qtbot, advisor, dispatcher, inspector, manager, shop, monkeypatch):
    printed = []
    monkeypatch.setattr(history_dialog, "preview_document", lambda parent, kind, number, **kw: printed.append((kind, number)))
    order = run_through(dispatcher, dispatched_order(advisor, dispatcher, shop))
    workshop.fail_qc(inspector, order.id, order.version, "制动踏板偏软", results={**qc_all_ok(order), "line:%d" % labour_lines(order)[1].id: False})
    order = run_through(dispatcher, fresh(order))
    check = workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order))
    waiting = dispatched_order(advisor, dispatcher, shop, bay="A2", plate="粤B33333")
    workshop.raise_added_work(dispatcher, waiting.id, waiting.version, "雨刮老化",
                              labour=[{"description": "更换雨刮片", "hours": "0.5"}])

    page = open_workshop_page(qtbot, manager)
    qtbot.keyClick(page.board, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, next(d for d in page.findChildren(WorkshopHistoryDialog) if d.isVisible()))
    model = dialog.qc_model
    cells = lambda r: [model.index(r, c).data() for c in range(model.columnCount())]  # noqa: E731
    assert model.rowCount() == 2
    assert cells(0)[3:] == ["合格", inspector.display_name, "", check.certificate_number]
    assert cells(1)[3:6] == ["返工", inspector.display_name, "制动踏板偏软"]
    assert "返修率 100.0%" in dialog.ui.rateLabel.text()

    # Only reworks; a rework has no certificate to reprint.
    dialog.ui.filterCombo.setCurrentIndex(2)
    assert model.rowCount() == 1 and cells(0)[3] == "返工"
    qtbot.keyClick(dialog.ui.qcView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.errorLabel.text() == "这是一次返工记录，没有出厂合格证。" and printed == []
    dialog.ui.filterCombo.setCurrentIndex(0)
    dialog.ui.qcView.selectRow(0)
    qtbot.mouseClick(dialog.ui.reprintButton, Qt.MouseButton.LeftButton)
    assert printed == [("completion-certificate", check.certificate_number)] and dialog.ui.errorLabel.text() == ""

    # Pages: one row at a time, the next only when the view asks.
    model.page_size = 1
    model.reload()
    assert model.rowCount() == 1 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2

    assert dialog.ui.tabs.tabText(1) == "增项待客户答复（1）"
    dialog.ui.tabs.setCurrentIndex(1)
    added = dialog.added_model
    assert [added.index(0, c).data() for c in (1, 2, 3, 4, 5)] == [
        waiting.number, "粤B33333", "雨刮老化", "¥60.00", dispatcher.display_name]
    dialog.ui.buttonBox.rejected.emit()
    assert not dialog.isVisible()
