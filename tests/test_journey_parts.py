"""The journey's parts, at the warehouse window: the workshop asks for the order's parts, the clerk
issues them from the pick queue with the keyboard, the outbound slip is printed for the technician,
and one part comes back (退库). (To be merged into tests/test_journey.py by the lead.)"""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from printing.base import render_to_bytes
from storage import auth
from storage.models import Part, PickRequest, StockMovement, WorkOrderLine
from storage.parts import catalogue, stock
from storage.workshop import jobs
from tests.factories import add_part_line, make_car, make_order
from tests.test_ui_parts import open_page, press
from ui.parts import issue_tab

D = Decimal


@pytest.fixture
def printed(monkeypatch):
    """The preview would open a window: render the real PDF instead and keep it."""
    pdfs = []
    monkeypatch.setattr(issue_tab, "preview_document",
                        lambda parent, kind, number, **kw: pdfs.append((kind, number, render_to_bytes(kind, number))))
    return pdfs


def test_the_orders_parts_are_picked_issued_with_a_slip_and_one_returned(qtbot, users, printed):
    keeper, advisor = users[auth.STOREKEEPER], users[auth.ADVISOR]
    filter_ = catalogue.create_part(keeper, number="06L115562", name="机油滤清器", bin="A-01-1", price="68.00")
    plug = catalogue.create_part(keeper, number="101905601F", name="火花塞", bin="A-02-1", price="95.00")
    stock.receive(keeper, [{"part": filter_.id, "quantity": "10", "unit_cost": "38.50"},
                           {"part": plug.id, "quantity": "20", "unit_cost": "48.00"}])
    order = make_order(advisor, vehicle=make_car(advisor, plate="京N8M266"), status="维修中")
    lines = [add_part_line(order, filter_, "1"), add_part_line(order, plug, "4")]
    assert jobs.request_parts(users[auth.DISPATCHER], order.id) == 2  # the workshop's pick requests

    page = open_page(qtbot, keeper)
    page.show_tab("issue")
    tab = page.issue
    for _ in range(2):  # oldest pick first, Enter opens it, Enter on the quantity issues it
        tab.ui.pickView.selectRow(0)
        press(qtbot, tab.ui.pickView, Qt.Key.Key_Return)
        assert tab.focusWidget() is tab.ui.quantityEdit
        qtbot.keyClick(tab.ui.quantityEdit, Qt.Key.Key_Return)
        assert "已出库" in tab.ui.messageLabel.text()
    assert tab.picks.rowCount() == 0
    assert PickRequest.select().where(PickRequest.status == "已发料").count() == 2
    assert [WorkOrderLine.get_by_id(line.id).issued for line in lines] == [D(1), D(4)]
    kinds = [(kind, number) for kind, number, _ in printed]
    assert [kind for kind, _ in kinds] == ["outbound-slip", "outbound-slip"]
    assert all(pdf.startswith(b"%PDF") for _, _, pdf in printed)

    # One spark plug comes back: select its line, type 1 and the reason, Enter.
    qtbot.keyClicks(tab.ui.scanEdit, "101905601F")
    qtbot.keyClick(tab.ui.scanEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.ui.quantityEdit, "1")
    tab.ui.reasonEdit.setText("多领一只")  # Chinese comes from the input method, not QTest keys
    qtbot.keyClick(tab.ui.reasonEdit, Qt.Key.Key_Return)
    assert "已退库" in tab.ui.messageLabel.text()
    assert WorkOrderLine.get_by_id(lines[1].id).issued == D(3)
    assert Part.get_by_id(plug.id).on_hand == D(17)
    back = StockMovement.select().where(StockMovement.kind == "退库").get()
    assert (back.quantity, back.value, back.reason) == (D(1), D("48.00"), "多领一只")
    for part in (filter_, plug):
        moved = sum((m.quantity for m in StockMovement.select().where(StockMovement.part == part.id)), D(0))
        assert Part.get_by_id(part.id).on_hand == moved
    assert table_row(tab, "101905601F")["issued"] == D(3)  # the screen shows it too


def table_row(tab, number):
    return next(tab.lines.row(r) for r in range(tab.lines.rowCount()) if tab.lines.row(r)["part_number"] == number)
