"""Issue 19 defect 11, the smaller ones, each driven through the real window: the workshop board's
←/→ move between columns as its hint says; the appointment board reads at 1366×768; the care list
finds a customer and shows whole amounts; the package list shows whole prices; the check-in dialog
names the car; a click just outside the car outline is said, not ignored; damage marked by keyboard."""
import datetime as dt
import json

from PySide6.QtCore import QPoint, Qt

from storage import workshop
from storage.models import WorkOrder
from storage.reception import appointments
from storage.rules import auth
from tests.factories import check_in_car, make_order
from tests.reception_ui_helpers import page_for, shown, when_shown
from tests.ui.test_ui_workshop import open_workshop_page
from ui.kit.format import money_text
from ui.reception.car_outline import SNAP, outline_rect
from ui.reception.checkin_dialog import CheckInDialog


# ---------------------------------------------------------------- the workshop board's arrows
def test_left_and_right_move_between_the_board_columns(qtbot, advisor, dispatcher):  # noqa: F811
    waiting = make_order(advisor, status="待派工")
    in_work = make_order(advisor, status="维修中")
    qc = make_order(advisor, status="质检")
    page = open_workshop_page(qtbot, dispatcher)
    assert "方向键" in page.ui.detailLabel.text()  # the hint promises it
    page.board.select_order(waiting.id)
    first = next(c for c in page.board.columns if c.list.count() and c.status == "待派工").list
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert page.board.current_order == in_work.id
    focused = page.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Right)  # skips the empty columns between
    assert page.board.current_order == qc.id
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Right)  # nothing further right: stays
    assert page.board.current_order == qc.id
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Left)
    assert page.board.current_order == waiting.id
    selected = [c.status for c in page.board.columns if c.list.selectedItems()]
    assert selected == ["待派工"]  # one card selected on the whole board


# ---------------------------------------------------------------- the check-in dialog
def open_check_in(qtbot, advisor, car):  # noqa: F811
    dialog = shown(qtbot, CheckInDialog(user=advisor, vehicle_id=car.id))
    dialog.resize(900, 560)
    return dialog


def test_the_check_in_dialog_names_the_car_and_its_owner(qtbot, advisor, car):  # noqa: F811
    check_in_car(advisor, car, mileage=18000)
    WorkOrder.update(status="已交车").execute()  # an earlier visit, over
    dialog = open_check_in(qtbot, advisor, car)
    label = dialog.ui.vehicleLabel
    assert label.isVisible()
    for text in ("京N8K2L9", "大众 迈腾", "王建国", "13912345678", "18,000"):
        assert text in label.text(), (text, label.text())


def click(qtbot, outline, x, y):
    qtbot.mouseClick(outline, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))


def test_a_click_just_outside_the_outline_goes_to_its_edge_and_one_far_off_is_said(qtbot, advisor, car):  # noqa: F811
    dialog = open_check_in(qtbot, advisor, car)
    outline = dialog.outline
    r = outline_rect(outline.width(), outline.height())
    click(qtbot, outline, r.center().x(), r.top() - 10)  # 10 px above the roof line: the edge
    assert [(m["x"], m["y"]) for m in outline.marks] == [(0.5, 0.0)]
    if r.left() > SNAP + 4:  # room at the side for a click well outside
        click(qtbot, outline, r.left() - SNAP - 3, r.center().y())
        assert len(outline.marks) == 1
        assert "车身外" in dialog.ui.damageList.text()
    else:  # the drawing fills the width: far off above or below, then
        assert r.top() > SNAP + 4, "no room outside the drawing to click"
        click(qtbot, outline, r.center().x(), r.top() - SNAP - 3)
        assert len(outline.marks) == 1 and "车身外" in dialog.ui.damageList.text()
    click(qtbot, outline, r.center().x(), r.center().y())
    assert len(outline.marks) == 2 and "车身外" not in dialog.ui.damageList.text()


def test_damage_is_marked_by_keyboard_alone(qtbot, advisor, car):  # noqa: F811
    dialog = open_check_in(qtbot, advisor, car)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)  # 部位(&Z)
    assert dialog.focusWidget() is dialog.ui.zoneCombo
    zone = dialog.ui.zoneCombo
    target = zone.findData("左前门")
    for _ in range(target):
        qtbot.keyClick(zone, Qt.Key.Key_Down)
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # 损伤类型(&D)
    kind = dialog.ui.damageKindCombo
    assert dialog.focusWidget() is kind
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    chosen = kind.currentText()
    assert chosen != "划痕"
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is zone
    qtbot.keyClick(zone, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter marked, it did not save the check-in
    (mark,) = dialog.outline.marks
    assert (mark["kind"], mark["note"]) == (chosen, "左前门") and mark["y"] > 0.5  # the left side: the drawing's bottom
    assert "左前门" in dialog.ui.damageList.text()
    qtbot.keyClick(zone, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.markZoneButton
    qtbot.keyClick(dialog.ui.markZoneButton, Qt.Key.Key_Space)
    assert len(dialog.outline.marks) == 2
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # 进厂里程(&M)
    qtbot.keyClicks(dialog.ui.mileageEdit, "20000")
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # 钥匙柜编号(&K)
    qtbot.keyClicks(dialog.ui.keyEdit, "A-07")
    qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    order = WorkOrder.get(WorkOrder.vehicle == car.id)
    assert [(m["kind"], m["note"]) for m in json.loads(order.damage)] == [(chosen, "左前门"), (chosen, "左前门")]


# ---------------------------------------------------------------- the appointment board at 1366×768
DEMO_BAYS = [f"机修{i}" for i in range(1, 9)] + ["钣金1", "钣金2", "喷漆房", "快保1", "快保2", "洗车位"]


def fits(view, text: str, width: int) -> bool:
    return all(view.fontMetrics().horizontalAdvance(line) <= width for line in text.split("\n"))


def test_the_appointment_board_has_one_lane_a_bay_and_nothing_cut(qtbot, advisor, manager, car):  # noqa: F811
    bays = {name: workshop.create_bay(manager, name) for name in DEMO_BAYS}
    for _ in range(3):  # three cars standing in 快保2: storage lists the bay once per car
        order = make_order(advisor, status="维修中")
        WorkOrder.update(bay=bays["快保2"].id).where(WorkOrder.id == order.id).execute()
    at = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10, 30))
    appointments.book(advisor, vehicle_id=car.id, starts_at=at, bay_id=bays["快保1"].id, job_type="一般维修")
    page = page_for(qtbot, advisor)
    page.resize(1366, 768)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_F8)
    tab = page.appointments
    assert page.ui.tabs.currentWidget() is tab
    tab.ui.gridTable.setFocus()
    qtbot.keyClick(tab.ui.gridTable, Qt.Key.Key_PageDown)  # tomorrow
    assert tab.ui.dayEdit.date().toPython() == at.date()
    grid = tab.ui.gridTable
    header = grid.horizontalHeader()
    labels = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    assert len(labels) == len(set(labels)) == len(DEMO_BAYS) + 1, labels
    margin = 2 * grid.style().pixelMetric(grid.style().PixelMetric.PM_HeaderMargin)
    for column, label in enumerate(labels):
        assert fits(grid, label, header.sectionSize(column) - margin), (label, header.sectionSize(column))
    column = labels.index("快保1")
    item = grid.item(10 - 8, column)
    assert item is not None and "京N8K2L9" in item.text()
    assert fits(grid, item.text(), header.sectionSize(column) - 6), (item.text(), header.sectionSize(column))


# ---------------------------------------------------------------- the care list: search, whole amounts
def test_the_follow_up_list_finds_a_car_and_shows_whole_amounts(qtbot, users):
    from storage.care import follow_ups
    from tests.factories import delivered_order, follow_ups_of, make_car, make_follow_up_due
    from ui.care.page import CarePage

    advisor = users[auth.ADVISOR]
    big = (("工时", "发动机大修", "1", "14770.00"),)
    rich = delivered_order(users, lines=big, vehicle=make_car(advisor, name="赵立新", phone="13912345678", plate="京N8K2L9"))
    small = [delivered_order(users, vehicle=make_car(advisor, name=f"客户{i}", phone=f"1370000{i:04d}")) for i in range(3)]
    for order in small:
        make_follow_up_due(follow_ups_of(order)[0], 3)  # the small ones first: the big amount is further down the list
    make_follow_up_due(follow_ups_of(rich)[0], 0)
    page = shown(qtbot, CarePage(user=users[auth.CARE]))
    page.resize(1366, 768)
    tab = page.follow_ups
    view = tab.ui.callsView
    amount = next(c for c in range(tab.model.columnCount()) if tab.model.headerData(c, Qt.Orientation.Horizontal) == "结算金额")
    width = view.horizontalHeader().sectionSize(amount)
    assert fits(view, "¥14,770.00", width - 12), width  # wide enough before the row is even in view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.focusWidget() is tab.ui.searchEdit
    qtbot.keyClicks(tab.ui.searchEdit, "8k2")
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1 and tab.model.row(0)["order_number"] == rich.number
    assert tab.focusWidget() is view  # Enter again opens the call
    text = tab.model.data(tab.model.index(0, amount))
    assert text == "¥14,770.00" and fits(view, text, view.horizontalHeader().sectionSize(amount) - 12)
    assert follow_ups.count_due()["due"] == 4  # the summary still counts every call due


# ---------------------------------------------------------------- the package list
def test_the_package_list_shows_every_price_whole(qtbot, advisor, manager, car, model, labour, oil_filter):  # noqa: F811
    from storage.reception import packages as package_store
    from ui.reception.order_editor import OrderEditor

    for km in (10000, 20000):
        package_store.define_package(manager, name=f"迈腾 {km // 10000} 万公里常规保养（含机油机滤及全车检查）", model_id=model.id,
                                     interval_km=km, items=[{"labour": labour.id}, {"part": oil_filter.id, "quantity": "1"}])
    order = check_in_car(advisor, car)
    offered = package_store.packages_for(car.id)
    editor = shown(qtbot, OrderEditor(user=advisor, order_id=order.id))
    combo = editor.ui.packageCombo
    assert combo.count() == len(offered) == 2
    for index, package in enumerate(offered):
        text = combo.itemText(index)
        assert text.startswith(money_text(package["total"])), text  # the price first: a narrow box cuts the name
        assert combo.view().minimumWidth() >= combo.fontMetrics().horizontalAdvance(text)


# ---------------------------------------------------------------- found driving the day: the plate typed twice
def test_a_plate_the_look_up_did_not_find_is_the_new_cars_plate(qtbot, advisor):
    from ui.reception.new_customer_dialog import NewCustomerDialog

    page = page_for(qtbot, advisor)
    seen = {}

    def look(dialog):
        seen["plate"] = dialog.ui.plateEdit.text()
        seen["focus"] = dialog.focusWidget() is dialog.ui.nameEdit
        dialog.reject()  # untouched but for what it was given: closes without asking
        seen["closed"] = not dialog.isVisible()

    for typed, expected in (("京n 8k2l9", "京N8K2L9"), ("8K2", "")):
        page.ui.searchEdit.clear()
        qtbot.keyClicks(page.ui.searchEdit, typed[1:] if typed[0] == "京" else typed)
        if typed[0] == "京":
            page.ui.searchEdit.setText(typed)  # the province comes from the input method
        qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
        opened = when_shown(NewCustomerDialog, look)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        opened.check()
        assert seen == {"plate": expected, "focus": True, "closed": True}, typed
