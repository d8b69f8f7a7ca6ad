"""The look-up's archive actions, driving the real widgets: a car passed to another customer on file
(Ctrl+O) or to a new one, its history kept and shown; the owner's and the car's details edited
(Ctrl+E), a stale copy refused with who changed it; and the look-up table's readable empty state."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage.models import Customer, Ownership, Vehicle
from storage.reception import archive
from tests.reception_ui_helpers import page_for, shown, type_text, when_shown
from ui.reception.archive_dialog import ArchiveDialog, ChangeOwnerDialog, changed
from ui.reception.lookup import LookupTab

CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot, window):
    """A closed modal dialog hands the activation back asynchronously: wait for it, as the user would."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def find(qtbot, page, text):
    type_text(qtbot, page.ui.searchEdit, text)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed, saved, expected", [
    ({"name": "王建国", "phone": "139"}, {"name": "王建国", "phone": "139"}, {}),
    ({"name": "王建华", "address": ""}, {"name": "王建国", "address": None}, {"name": "王建华"}),
    ({"vin": ""}, {"vin": "LSVAB"}, {"vin": ""}),
])
def test_only_what_changed_is_saved(typed, saved, expected):
    assert changed(typed, saved) == expected


def test_a_car_passes_to_a_customer_on_file_with_its_history_kept(qtbot, advisor, car):  # noqa: F811
    buyer = archive.create_customer(advisor, name="李娜", phone="13800001111")
    page = page_for(qtbot, advisor)
    find(qtbot, page, "8K2L9")
    assert page.lookup.current().owner == "王建国"

    def pick_buyer(dialog):
        assert "王建国" in dialog.ui.infoLabel.text()
        type_text(qtbot, dialog.ui.searchEdit, "1111")
        qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)
        assert dialog.model.data(dialog.model.index(0, 0)) == "李娜"
        qtbot.keyClick(dialog.ui.customersView, Qt.Key.Key_Return)

    scheduled = when_shown(ChangeOwnerDialog, pick_buyer)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_O, CTRL)
    scheduled.check()
    assert Vehicle.get_by_id(car.id).owner_id == buyer.id
    periods = list(Ownership.select().where(Ownership.vehicle == car.id).order_by(Ownership.id))
    assert [p.customer.name for p in periods] == ["王建国", "李娜"]
    assert periods[0].until is not None and periods[1].until is None
    assert page.lookup.current().owner == "李娜"  # the look-up shows the car under its new owner

    def read_history(dialog):
        history = dialog.ui.historyLabel.text()
        assert "李娜" in history and "王建国" in history and "现车主" in history
        dialog.reject()

    scheduled = when_shown(ArchiveDialog, read_history)
    activate(qtbot, page)
    qtbot.keyClick(page.lookup.ui.resultsView, Qt.Key.Key_E, CTRL)
    scheduled.check()


def test_a_new_owner_is_created_with_the_change_or_not_at_all(qtbot, advisor, car):  # noqa: F811
    dialog = shown(qtbot, ChangeOwnerDialog(user=advisor, vehicle_id=car.id))
    dialog.ui.newGroup.setChecked(True)
    assert dialog.ui.nameEdit.hasFocus() and not dialog.ui.existingGroup.isEnabled()
    type_text(qtbot, dialog.ui.nameEdit, "赵六")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.ui.phoneEdit, "12345")
    assert dialog.ui.phoneEditHint.text()  # refused as typed
    qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.errorLabel.text()
    assert Customer.select().where(Customer.name == "赵六").count() == 0
    assert Vehicle.get_by_id(car.id).owner.name == "王建国"  # nothing half-saved
    dialog.ui.phoneEdit.clear()
    type_text(qtbot, dialog.ui.phoneEdit, "13700002222")
    qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Vehicle.get_by_id(car.id).owner.name == "赵六"
    assert Ownership.select().where(Ownership.vehicle == car.id).count() == 2


def test_editing_a_file_changed_meanwhile_shows_who_changed_it(qtbot, advisor, manager, car):  # noqa: F811
    dialog = shown(qtbot, ArchiveDialog(user=advisor, customer_id=car.owner_id, vehicle_id=car.id))
    owner = Customer.get_by_id(car.owner_id)
    archive.update_customer(manager, owner.id, owner.version, name="王建国（公司）")  # another PC, meanwhile
    dialog.ui.addressEdit.setFocus()
    type_text(qtbot, dialog.ui.addressEdit, "北京市朝阳区")
    dialog.ui.colourEdit.setFocus()
    type_text(qtbot, dialog.ui.colourEdit, "白")
    qtbot.keyClick(dialog.ui.colourEdit, Qt.Key.Key_Return)  # Enter moves on to the dates
    assert dialog.ui.purchaseEdit.hasFocus()
    qtbot.keyClick(dialog.ui.purchaseEdit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.ui.deliveryEdit, Qt.Key.Key_Return)  # Enter on the last field saves
    assert dialog.isVisible()
    assert manager.display_name in dialog.ui.errorLabel.text() and "修改" in dialog.ui.errorLabel.text()
    saved = Customer.get_by_id(owner.id)
    assert saved.address == "" and Vehicle.get_by_id(car.id).colour == ""  # nothing half-saved
    assert dialog.ui.nameEdit.text() == "王建国（公司）"  # the form shows what the other station saved
    type_text(qtbot, dialog.ui.addressEdit, "北京市朝阳区")
    dialog.ui.plateEdit.setFocus()
    dialog.ui.plateEdit.selectAll()
    type_text(qtbot, dialog.ui.plateEdit, "京A1")
    assert "位" in dialog.ui.plateEditHint.text()
    dialog.accept()
    assert "车牌" in dialog.ui.errorLabel.text() and dialog.ui.plateEdit.hasFocus()
    dialog.ui.plateEdit.setText("京N8K2L9")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Customer.get_by_id(owner.id).address == "北京市朝阳区"
    assert Customer.get_by_id(owner.id).name == "王建国（公司）"


def test_the_empty_look_up_has_readable_columns(qtbot, advisor):
    tab = LookupTab(user=advisor)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    header = tab.ui.resultsView.horizontalHeader()
    for index, column in enumerate(tab.columns[:-1]):
        title_width = header.fontMetrics().horizontalAdvance(column.title)
        assert header.sectionSize(index) >= max(column.width, title_width), column.title


def test_the_manager_signs_a_company_up_for_monthly_accounts(qtbot, advisor, manager, car):  # noqa: F811
    """单位月结: the owner becomes a company with a credit limit the cashier can sign bills against;
    the advisor sees the limit but cannot change it."""
    at_desk = shown(qtbot, ArchiveDialog(user=advisor, customer_id=car.owner_id))
    assert not at_desk.ui.creditEdit.isEnabled() and at_desk.ui.creditEdit.text() == "0"
    at_desk.reject()

    dialog = shown(qtbot, ArchiveDialog(user=manager, customer_id=car.owner_id))
    dialog.ui.kindCombo.setCurrentText("单位")
    dialog.ui.companyEdit.setText("顺达物流有限公司")
    dialog.ui.creditEdit.setFocus()
    dialog.ui.creditEdit.selectAll()
    type_text(qtbot, dialog.ui.creditEdit, "-5")
    dialog.accept()
    assert "额度" in dialog.ui.errorLabel.text() and dialog.isVisible()
    assert Customer.get_by_id(car.owner_id).kind == "个人"  # nothing half-saved
    dialog.ui.creditEdit.selectAll()
    type_text(qtbot, dialog.ui.creditEdit, "5000")
    qtbot.keyClick(dialog.ui.creditEdit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = Customer.get_by_id(car.owner_id)
    assert (saved.kind, saved.company, saved.credit_limit) == ("单位", "顺达物流有限公司", 5000)

    again = shown(qtbot, ArchiveDialog(user=manager, customer_id=car.owner_id))
    assert (again.ui.kindCombo.currentText(), again.ui.creditEdit.text()) == ("单位", "5000")


def test_the_invoice_and_delivery_dates_are_kept_and_start_the_sanbao_periods(qtbot, advisor, car):  # noqa: F811
    """家用汽车产品修理更换退货责任规定 第十八条: "三包有效期和包修期自开具购车发票之日起计算；开具购车发票日期
    与交付家用汽车产品日期不一致的，自交付之日起计算。" The advisor records both in the car's file."""
    from storage.care import sanbao

    dialog = shown(qtbot, ArchiveDialog(user=advisor, customer_id=car.owner_id, vehicle_id=car.id))
    dialog.ui.purchaseEdit.setFocus()
    dialog.ui.purchaseEdit.selectAll()
    type_text(qtbot, dialog.ui.purchaseEdit, "2025-02-30")
    dialog.accept()
    assert "格式不对" in dialog.ui.errorLabel.text() and dialog.ui.purchaseEdit.hasFocus()
    assert Vehicle.get_by_id(car.id).purchase_date == car.purchase_date  # nothing saved
    dialog.ui.purchaseEdit.setText("2025-02-28")
    dialog.ui.deliveryEdit.setText("2025-03-05")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = Vehicle.get_by_id(car.id)
    assert (saved.purchase_date.isoformat(), saved.delivery_date.isoformat()) == ("2025-02-28", "2025-03-05")
    assert sanbao.start_of({"purchase_date": saved.purchase_date, "delivery_date": saved.delivery_date}).isoformat() == "2025-03-05"
    again = shown(qtbot, ArchiveDialog(user=advisor, customer_id=car.owner_id, vehicle_id=car.id))
    assert (again.ui.purchaseEdit.text(), again.ui.deliveryEdit.text()) == ("2025-02-28", "2025-03-05")
