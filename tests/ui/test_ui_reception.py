"""The reception window's refusals and safeguards, driving the real widgets: the mileage below the
last reading (a manager's second login), an implausible jump (confirmed), a part with no stock
(only as 待订货), an order changed meanwhile at another station, a signed order, phones masked for
roles that may not see them; and the pure helpers, table-driven."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from storage.models import MileageReading, WorkOrder, WorkOrderLine
from storage.reception import checkin, estimate
from storage.reception.mileage import MileageCheck
from storage.rules import auth
from storage.rules.errors import DomainError
from storage.rules.validation import normalize_phone, normalize_plate
from tests.factories import PASSWORD, check_in_car, promise_order
from tests.reception_ui_helpers import shown, type_text, when_shown
from ui.reception.checkin_dialog import CheckInDialog, mileage_hint, parse_belongings
from ui.reception.lookup import LookupTab
from ui.reception.manager_override import ManagerOverrideDialog
from ui.reception.new_customer_dialog import field_feedback
from ui.reception.order_editor import OrderEditor, line_state
from ui.reception.picker import PickerDialog
from ui.reception.today import warning


@pytest.mark.parametrize("typed, items", [
    ("备胎、行车记录仪、雨伞×2", [("备胎", 1), ("行车记录仪", 1), ("雨伞", 2)]),
    ("充电枪, 三角警示牌 x1；雨伞*3", [("充电枪", 1), ("三角警示牌", 1), ("雨伞", 3)]),
    ("", []),
    ("  、 ", []),
])
def test_parse_belongings(typed, items):
    assert parse_belongings(typed) == items


@pytest.mark.parametrize("state, colour, words", [
    ("正常", "#2e7d32", "日均约 40 km"),
    ("低于上次", "#c62828", "需服务经理授权"),
    ("跳变过大", "#b26a00", "请核对"),
])
def test_mileage_hint(state, colour, words):
    check = MileageCheck(20000, dt.datetime(2026, 1, 5), "WO1", 40, 26000, state)
    text, shown = mileage_hint(check)
    assert shown == colour and words in text and "上次 20,000 km" in text
    assert mileage_hint(None) == ("", "")


@pytest.mark.parametrize("check, typed, optional, valid, message", [
    (normalize_plate, "京a 12345", False, True, "✓ 京A12345"),
    (normalize_plate, "京A1234", False, False, "现在是 4 位"),
    (normalize_phone, "+86 139 1234 5678", False, True, "✓ 13912345678"),
    (normalize_phone, "", False, False, ""),
    (normalize_phone, "", True, True, ""),
])
def test_field_feedback(check, typed, optional, valid, message):
    ok, text = field_feedback(check, typed, optional=optional)
    assert ok is valid and message in text


@pytest.mark.parametrize("flags, expected", [
    ({"late": True, "delay_unannounced": True}, "已超时，尚未通知客户"),
    ({"late": True}, "已超时（已通知）"),
    ({"pending_answers": 2}, "追加项目待答复 2"),
    ({"progress_due": True}, "已过 70%，请询问进度"),
    ({"call_due": True, "ready": True}, "请通知客户取车"),
    ({"ready": True}, "完工"),
    ({}, ""),
])
def test_today_warning(flags, expected):
    row = {"late": False, "delay_unannounced": False, "pending_answers": 0, "progress_due": False, "call_due": False,
           "ready": False, "cashier_handover_at": None, "customer_notified_at": None, **flags}
    assert warning(row) == expected


@pytest.mark.parametrize("line, expected", [
    ({"status": "待确认", "to_order": False, "supplied_by_customer": False, "kind": "材料", "genuine": True}, "待客户确认"),
    ({"status": "待派工", "to_order": True, "supplied_by_customer": False, "kind": "材料", "genuine": True}, "待订货"),
    ({"status": "草稿", "to_order": False, "supplied_by_customer": True, "kind": "材料", "genuine": False}, "客户自带"),
    ({"status": "草稿", "to_order": False, "supplied_by_customer": False, "kind": "材料", "genuine": False}, "副厂件"),
    ({"status": "草稿", "to_order": False, "supplied_by_customer": False, "kind": "工时", "genuine": False}, ""),
])
def test_line_state(line, expected):
    assert line_state(line) == expected


def fill(qtbot, dialog, mileage):
    dialog.ui.mileageEdit.setFocus()
    type_text(qtbot, dialog.ui.mileageEdit, mileage)
    for _ in range(2):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    type_text(qtbot, dialog.ui.keyEdit, "B-02")


def test_mileage_below_last_needs_a_managers_login(qtbot, advisor, manager, car):  # noqa: F811
    first = check_in_car(advisor, car, mileage=30000)
    checkin.cancel_order(advisor, first.id, first.version, "客户改天再来")
    dialog = shown(qtbot, CheckInDialog(user=advisor, vehicle_id=car.id))
    fill(qtbot, dialog, "3000")
    assert "低于上次记录" in dialog.ui.mileageEditHint.text()

    def advisor_tries_then_manager(override):
        assert "低于上次记录的 30,000 公里" in override.ui.subtitleLabel.text()
        override.ui.usernameEdit.setText(manager.username)
        type_text(qtbot, override.ui.passwordEdit, "wrong")
        qtbot.keyClick(override.ui.passwordEdit, Qt.Key.Key_Return)
        assert override.isVisible() and "不正确" in override.ui.errorLabel.text()
        type_text(qtbot, override.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(override.ui.passwordEdit, Qt.Key.Key_Return)

    signed_in = when_shown(ManagerOverrideDialog, advisor_tries_then_manager)
    qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    signed_in.check()
    order = dialog.order
    assert order.mileage == 3000
    assert MileageReading.get(MileageReading.source == order.number).overridden_by == manager.display_name


def test_an_advisors_login_does_not_override_and_nothing_is_saved(qtbot, advisor, users, car):  # noqa: F811
    first = check_in_car(advisor, car, mileage=30000)
    checkin.cancel_order(advisor, first.id, first.version, "客户改天再来")
    dialog = shown(qtbot, CheckInDialog(user=advisor, vehicle_id=car.id))
    fill(qtbot, dialog, "3000")
    other = users[auth.CASHIER]

    def cashier_signs_in(override):
        override.ui.usernameEdit.setText(other.username)
        type_text(qtbot, override.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(override.ui.passwordEdit, Qt.Key.Key_Return)
        assert override.isVisible() and "无权授权里程低于上次记录，需要服务经理" in override.ui.errorLabel.text()
        qtbot.keyClick(override.ui.passwordEdit, Qt.Key.Key_Escape)

    tried = when_shown(ManagerOverrideDialog, cashier_signs_in)
    dialog.accept()
    tried.check()
    assert "需服务经理登录授权" in dialog.ui.errorLabel.text()
    assert dialog.isVisible() and dialog.order is None
    assert WorkOrder.select().where(WorkOrder.status != "已取消").count() == 0


def test_an_implausible_jump_is_saved_only_once_confirmed(qtbot, advisor, car, monkeypatch):  # noqa: F811
    first = check_in_car(advisor, car, mileage=20000)
    checkin.cancel_order(advisor, first.id, first.version, "改期")
    MileageReading.update(at=dt.datetime.now() - dt.timedelta(days=10)).execute()
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: answers.append(text) or QMessageBox.StandardButton.No)
    dialog = shown(qtbot, CheckInDialog(user=advisor, vehicle_id=car.id))
    fill(qtbot, dialog, "200000")
    dialog.accept()
    assert "多出 180,000 公里" in answers[0] and dialog.order is None
    assert "明显偏大" in dialog.ui.errorLabel.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert dialog.order.mileage == 200000


def test_part_without_stock_goes_on_only_as_to_order(qtbot, advisor, car, keeper, monkeypatch):  # noqa: F811
    from storage.parts import catalogue

    catalogue.create_part(keeper, number="1K0698151", name="前刹车片", price="420.00", cost="300.00")
    order = check_in_car(advisor, car)
    editor = shown(qtbot, OrderEditor(user=advisor, order_id=order.id))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)

    def pick(picker):
        type_text(qtbot, picker.ui.searchEdit, "1K0698")
        qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)
        assert "可用 0" in picker.ui.stockLabel.text()
        qtbot.keyClick(picker.ui.quantityEdit, Qt.Key.Key_Return)

    picked = when_shown(PickerDialog, pick)
    editor.add_part()
    picked.check()
    assert "库存不足" in asked[0] and "库存不足" in editor.ui.errorLabel.text()
    assert WorkOrderLine.select().count() == 0  # nothing half-saved
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    picked = when_shown(PickerDialog, pick)
    editor.add_part()
    picked.check()
    line = WorkOrderLine.get()
    assert line.to_order and editor.model.data(editor.model.index(0, 7)) == "待订货"


def test_an_order_changed_elsewhere_is_refused_then_shown_as_saved(qtbot, advisor, manager, car, labour):  # noqa: F811
    order = check_in_car(advisor, car)
    editor = shown(qtbot, OrderEditor(user=advisor, order_id=order.id))
    estimate.add_labour_line(manager, order.id, order.version, labour.id)  # another PC, meanwhile
    editor.ui.oldPartsCheck.click()
    assert editor.ui.errorLabel.isVisible() and editor.ui.errorLabel.text()
    assert WorkOrder.get_by_id(order.id).return_old_parts is True  # the default: old parts go back
    assert editor.ui.oldPartsCheck.isChecked()
    assert [x["description"] for x in editor.detail["lines"]] == ["更换机油机滤"]  # reloaded: the other change shows


def test_a_signed_order_takes_no_new_lines(qtbot, advisor, car, labour):  # noqa: F811
    order = check_in_car(advisor, car)
    order = promise_order(advisor, estimate.add_labour_line(advisor, order.id, order.version, labour.id).order)
    order = checkin.sign_estimate(advisor, order.id, order.version)
    editor = shown(qtbot, OrderEditor(user=advisor, order_id=order.id))
    assert not editor.ui.labourButton.isEnabled() and not editor.ui.signButton.isEnabled()
    with pytest.raises(DomainError):
        estimate.add_fee_line(advisor, order.id, editor.order.version, "拖车费", "100")
    assert "待派工" in editor.windowTitle()


def test_lookup_masks_phones_for_roles_that_may_not_see_them(qtbot, users, advisor, car):  # noqa: F811
    for user, phone in ((advisor, "13912345678"), (users[auth.DISPATCHER], "139****5678")):
        tab = LookupTab(user=user)
        qtbot.addWidget(tab)
        tab.search("5678")
        assert tab.model.data(tab.model.index(0, 3)) == phone
        assert tab.model.data(tab.model.index(0, 0)) == "京N8K2L9"


def test_the_customer_chooses_the_class_of_parts_by_keyboard(qtbot, advisor, car):  # noqa: F811
    """Issue 17 C: 原厂 / 同质 / 修复 / 副厂 parts, chosen by the customer at check-in (Alt+Q)."""
    order = check_in_car(advisor, car)
    editor = shown(qtbot, OrderEditor(user=advisor, order_id=order.id))
    combo = editor.ui.qualityCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["原厂", "同质", "修复", "副厂"]
    assert combo.currentData() == "原厂" and editor.ui.oldPartsCheck.isChecked()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    combo.activated.emit(combo.currentIndex())
    assert WorkOrder.get_by_id(order.id).parts_quality == "同质"


def test_the_person_who_brings_the_car_is_written_on_the_order_and_printed(qtbot, advisor, car, tmp_path):  # noqa: F811
    """送修人: typed at check-in when someone other than the owner brings the car; the phone is
    normalised, a phone without a name is refused; the work order and the check-in sheet print it."""
    from printing.cli import print_document
    from tests.pdftext import pdftotext

    dialog = shown(qtbot, CheckInDialog(user=advisor, vehicle_id=car.id))
    fill(qtbot, dialog, "20500")
    dialog.ui.findingsEdit.setFocus()
    qtbot.keyClick(dialog.ui.findingsEdit, Qt.Key.Key_Tab)  # Tab from the findings reaches 送修人
    assert dialog.focusWidget() is dialog.ui.broughtByEdit
    qtbot.keyClick(dialog.ui.broughtByEdit, Qt.Key.Key_Return)  # Enter goes on to the phone
    assert dialog.focusWidget() is dialog.ui.broughtPhoneEdit
    type_text(qtbot, dialog.ui.broughtPhoneEdit, "139 1234 5678")
    qtbot.keyClick(dialog.ui.broughtPhoneEdit, Qt.Key.Key_Return)  # and then saves: refused without a name
    assert dialog.order is None and "送修人姓名" in dialog.ui.errorLabel.text()
    type_text(qtbot, dialog.ui.broughtByEdit, "李司机")
    qtbot.keyClick(dialog.ui.broughtByEdit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.ui.broughtPhoneEdit, Qt.Key.Key_Return)
    order = dialog.order
    assert (order.brought_by, order.brought_by_phone) == ("李司机", "13912345678")
    for kind in ("work-order", "check-in"):
        text = "".join(pdftotext(print_document(kind, order.number, tmp_path / f"{kind}.pdf")).split())
        assert "送修人" in text and "李司机" in text and "13912345678" in text, kind
