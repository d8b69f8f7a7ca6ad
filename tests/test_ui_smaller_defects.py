"""Issue 19 defect 11, the smaller ones, each driven through the real window: the workshop board's
←/→ move between columns as its hint says; the appointment board reads at 1366×768; the care list
finds a customer and shows whole amounts; the package list shows whole prices; the check-in dialog
names the car; a click just outside the car outline is said, not ignored; damage marked by keyboard."""
import json

from PySide6.QtCore import QPoint, Qt

from storage.models import WorkOrder
from tests.factories import make_order
from tests.reception_helpers import car, check_in, model  # noqa: F401 (fixtures)
from tests.reception_ui_helpers import shown
from tests.test_ui_workshop import open_page as open_workshop_page
from tests.workshop_helpers import dispatcher, shop  # noqa: F401 (fixtures)
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
    check_in(advisor, car, mileage=18000)
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
