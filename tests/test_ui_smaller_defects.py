"""Issue 19 defect 11, the smaller ones, each driven through the real window: the workshop board's
←/→ move between columns as its hint says; the appointment board reads at 1366×768; the care list
finds a customer and shows whole amounts; the package list shows whole prices; the check-in dialog
names the car; a click just outside the car outline is said, not ignored; damage marked by keyboard."""
from PySide6.QtCore import Qt

from tests.factories import make_order
from tests.reception_helpers import car, model  # noqa: F401 (fixtures)
from tests.test_ui_workshop import open_page as open_workshop_page
from tests.workshop_helpers import dispatcher, shop  # noqa: F401 (fixtures)


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
