"""The journey of one car through the real reception window (issue 3): a walk-in is filed as a new
customer and car, checked in without the mouse, its work order written from the labour-time table
and the warehouse and signed; the workshop raises two added items (through storage, as the
workshop window would) and the advisor records one yes and one no."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.models import AddedWork, Customer, LabourItem, Suggestion, Vehicle, WorkOrder, WorkOrderLine
from storage.parts import catalogue, stock
from storage.workshop import jobs as workshop_jobs
from tests.reception_helpers import dispatcher, keeper  # noqa: F401  (fixtures)
from tests.reception_ui_helpers import type_text, when_shown
from ui.reception.checkin_dialog import CheckInDialog
from ui.reception.new_customer_dialog import NewCustomerDialog
from ui.reception.order_editor import OrderEditor
from ui.reception.picker import PickerDialog
from ui.stations.reception import ReceptionPage

VIN = "LSVAM4189C2184820"


@pytest.fixture
def no_popups(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def shop(keeper):  # noqa: F811
    labour = LabourItem.create(code="BY-001", name="更换机油机滤", system="发动机", hours=Decimal("0.5"))
    part = catalogue.create_part(keeper, number="06L115562", name="机油滤清器", price="68.00", cost="40.00")
    stock.receive(keeper, [{"part": part.id, "quantity": "5"}])
    pads = catalogue.create_part(keeper, number="1K0698151", name="前刹车片", price="420.00", cost="300.00")
    stock.receive(keeper, [{"part": pads.id, "quantity": "2"}])
    return {"labour": labour, "part": part, "pads": pads}


def activate(qtbot, window):
    """The offscreen platform does not give the focus back when a dialog closes; a person's click does."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def page_for(qtbot, user):
    page = ReceptionPage(user=user)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.ui.searchEdit.setFocus()
    return page


def fill_new_customer(qtbot, dialog):
    type_text(qtbot, dialog.ui.nameEdit, "赵立新")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.ui.phoneEdit
    type_text(qtbot, dialog.ui.phoneEdit, "139 1234 5")
    assert "11 位" in dialog.ui.phoneEditHint.text()  # told while typing
    type_text(qtbot, dialog.ui.phoneEdit, "678")
    assert dialog.ui.phoneEditHint.text() == "✓ 13912345678"
    qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.ui.plateEdit, "京n 8k2l9")
    assert dialog.ui.plateEditHint.text() == "✓ 京N8K2L9"
    qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.ui.vinEdit, VIN[:8] + "0" + VIN[9:])
    assert "校验位" in dialog.ui.vinEditHint.text()
    dialog.ui.vinEdit.clear()
    type_text(qtbot, dialog.ui.vinEdit, VIN)
    assert dialog.ui.vinEditHint.text() == f"✓ {VIN}"
    for edit, text in ((dialog.ui.vinEdit, ""), (dialog.ui.modelEdit, "迈腾"), (dialog.ui.colourEdit, "白")):
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter on the last field saves


def fill_check_in(qtbot, dialog):
    steps = [(dialog.ui.mileageEdit, "20000"), (dialog.ui.fuelSpin, "40"), (dialog.ui.keyEdit, "a-07"),
             (dialog.ui.jobCombo, ""), (dialog.ui.belongingsEdit, "备胎、行车记录仪、雨伞×2"),
             (dialog.ui.wordsEdit, "冷车启动有异响"), (dialog.ui.findingsEdit, "机油偏黑，左前门轻微划痕")]
    for widget, text in steps:
        assert dialog.focusWidget() is widget
        if text:
            type_text(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_walk_in_to_signed_order_then_one_added_item_accepted_and_one_declined(
        qtbot, advisor, dispatcher, shop, no_popups):  # noqa: F811
    page = page_for(qtbot, advisor)
    # 1. New customer and car, keyboard only; the look-up then shows the car.
    filed = when_shown(NewCustomerDialog, lambda d: fill_new_customer(qtbot, d))
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    filed.check()
    car = Vehicle.get(Vehicle.plate == "京N8K2L9")
    assert car.owner.name == "赵立新" and car.vin == VIN
    assert page.ui.searchEdit.text() == "京N8K2L9"
    assert page.lookup.current().vehicle_id == car.id

    # 2. Check-in with F2 and Enter through the form, then the order: a labour line from the
    #    catalogue (Ctrl+L), a part with stock (Ctrl+P), the promised time, signed with Ctrl+Enter.
    def write_order(editor):
        assert editor.order.status == "草稿"
        activate(qtbot, editor)

        def pick(kind_text, quantity=None):
            def steps(picker):
                type_text(qtbot, picker.ui.searchEdit, kind_text)
                qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)
                if quantity is not None:
                    picker.ui.quantityEdit.setText(quantity)
                    qtbot.keyClick(picker.ui.quantityEdit, Qt.Key.Key_Return)
                else:
                    qtbot.keyClick(picker.ui.resultsView, Qt.Key.Key_Return)
            return steps

        labour = when_shown(PickerDialog, pick("机油机滤"))
        qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        labour.check()
        part = when_shown(PickerDialog, pick("06L115", "1"))
        activate(qtbot, editor)
        qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        part.check()
        assert [x["description"] for x in editor.detail["lines"]] == ["更换机油机滤", "机油滤清器"]
        editor.ui.oldPartsCheck.click()  # the customer wants the old parts back
        promised = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(hours=3)
        editor.ui.promisedEdit.setDateTime(QDateTime(promised))
        activate(qtbot, editor)
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert editor.order.status == "待派工", editor.ui.errorLabel.text()
        editor.reject()

    editor = []

    def check_in(dialog):
        editor.append(when_shown(OrderEditor, write_order))
        fill_check_in(qtbot, dialog)

    checked_in = when_shown(CheckInDialog, check_in)
    activate(qtbot, page)
    qtbot.keyClick(page.lookup.ui.resultsView, Qt.Key.Key_F2)
    checked_in.check()
    editor[0].check()
    order = WorkOrder.get(WorkOrder.vehicle == car.id)
    assert (order.status, order.mileage, order.fuel_level, order.key_number, order.return_old_parts) == ("待派工", 20000, 40, "A-07", True)
    assert order.belongings == '[["备胎", 1], ["行车记录仪", 1], ["雨伞", 2]]'
    assert order.customer_words == "冷车启动有异响"
    signed = order.signed_estimate
    assert signed == order.estimate_total > 0

    # 3. The workshop finds two things; reception sees them at once and records the answers.
    brakes = workshop_jobs.raise_added_work(dispatcher, order.id, order.version, "前刹车片磨损到极限",
                                            parts=[{"part": shop["pads"].id, "quantity": "1"}], delay_minutes=60)
    order = WorkOrder.get_by_id(order.id)
    wipers = workshop_jobs.raise_added_work(dispatcher, order.id, order.version, "雨刮片老化",
                                            labour=[{"description": "更换雨刮片", "hours": "0.2"}])
    page.on_changed({"workshop"})
    activate(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_F7)
    assert page.ui.tabs.currentWidget() is page.added
    assert page.ui.tabs.tabText(2).endswith("· 2")
    assert page.added.current()["id"] == brakes.id
    type_text(qtbot, page.added.ui.answeredByEdit, "赵立新本人")
    qtbot.keyClick(page.added.ui.acceptButton, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert page.added.current()["id"] == wipers.id
    type_text(qtbot, page.added.ui.answeredByEdit, "赵立新")
    qtbot.keyClick(page.added.ui.declineButton, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "车间受话人" in page.added.ui.errorLabel.text()  # a no must say whom the workshop heard it from
    assert AddedWork.get_by_id(wipers.id).answer == "待答复"
    page.added.ui.viaCombo.setCurrentText("当面")
    type_text(qtbot, page.added.ui.toldEdit, "李班长")
    qtbot.keyClick(page.added.ui.declineButton, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert page.added.rows == [] and page.ui.tabs.tabText(2) == "追加项目 (F7)"
    yes, no = AddedWork.get_by_id(brakes.id), AddedWork.get_by_id(wipers.id)
    assert (yes.answer, yes.answered_by, yes.answer_via) == ("同意", "赵立新本人", "电话")
    assert (no.answer, no.answer_via, no.told_workshop_to) == ("拒绝", "当面", "李班长")
    assert {x.status for x in WorkOrderLine.select().where(WorkOrderLine.added_work == brakes.id)} == {"待派工"}
    assert {x.status for x in WorkOrderLine.select().where(WorkOrderLine.added_work == wipers.id)} == {"已取消"}
    assert Suggestion.get(Suggestion.vehicle == car.id).description.startswith("雨刮片老化")
    order = WorkOrder.get_by_id(order.id)
    assert order.estimate_total == signed + Decimal("420.00")
    # The look-up now shows the declined work for next time, and the order on today's list.
    page.find("8K2L9")
    assert [d["description"][:5] for d in page.lookup.current().declined] == ["雨刮片老化"]
    page.today.reload()
    assert page.today.model.row(0)["number"] == order.number
    assert Customer.select().count() == 1
