"""The 客服回访 station driven through its real widgets: the call list and the call dialog from the
keyboard, a poor call turned into a complaint, a complaint refused closing without an answer, the
printed and exported log, reminders, claims, 三包 (also on reception's look-up)."""
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from storage.care import complaints, sanbao
from storage.models import Complaint, FollowUp, Reminder, Vehicle, WarrantyClaim
from storage.rules import auth
from tests.factories import (
    ALL_FIVES, delivered_order, family_car, follow_ups_of, make_car, make_follow_up_due, order_ready_to_settle, pay,
    quality_repair,
)
from tests.reception_ui_helpers import type_text


def run_care_dialog(monkeypatch, cls, script, qtbot=None):
    """cls.exec shows the real dialog (the active window, for its shortcuts) and lets `script(dialog)`
    work it; its own accept() decides."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        dialog.remember_geometry = False
        if qtbot is None:
            dialog.show()
        else:
            with qtbot.waitActive(dialog):
                dialog.show()
                dialog.activateWindow()
        script(dialog)
        accepted = dialog.result() == cls.DialogCode.Accepted
        dialog.close()
        return cls.DialogCode.Accepted if accepted else cls.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", run)
    return seen


def save_care_box(qtbot, box) -> None:
    """Click the dialog's OK / 保存 button."""
    from PySide6.QtWidgets import QDialogButtonBox

    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_care_page(qtbot, user):
    from ui.care.page import CarePage

    page = CarePage(user=user)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    with qtbot.waitActive(page):  # the station's keys are window shortcuts
        page.show()
        page.activateWindow()
    return page


def score_all(qtbot, dialog, scores: str) -> None:
    """Type each question's score with its number key, Enter moving to the next question."""
    for combo, key in zip(dialog.combos.values(), scores):
        combo.setFocus()
        qtbot.keyClicks(combo, key)
        qtbot.keyClick(combo, Qt.Key.Key_Return)


@pytest.fixture
def care(users):
    return users[auth.CARE]


def test_the_station_has_its_six_tabs_on_f5_to_f10(qtbot, care):
    page = open_care_page(qtbot, care)
    titles = [page.ui.tabs.tabText(i) for i in range(page.ui.tabs.count())]
    assert titles == ["回访 (F5)", "提醒 (F6)", "投诉 (F7)", "索赔 / 旧件 (F8)", "三包 (F9)", "信函 (F10)"]
    for key, index in ((Qt.Key.Key_F7, 2), (Qt.Key.Key_F9, 4), (Qt.Key.Key_F10, 5), (Qt.Key.Key_F5, 0)):
        qtbot.keyClick(page, key)
        assert page.ui.tabs.currentIndex() == index


def test_a_due_call_is_answered_from_the_keyboard_and_leaves_the_list(qtbot, users, care, monkeypatch):
    from ui.care.call_dialog import CallDialog

    order = delivered_order(users, vehicle=make_car(users[auth.ADVISOR], name="周八", phone="13912345678"))
    make_follow_up_due(follow_ups_of(order)[0], 1)
    page = open_care_page(qtbot, care)
    tab = page.follow_ups
    assert tab.model.rowCount() == 1 and "今日待回访 <b>1</b> 个" in tab.ui.summaryLabel.text()
    row = tab.model.row(0)
    assert (row["order_number"], row["phone"], row["overdue_days"]) == (order.number, "13912345678", 1)

    def answer(dialog):
        assert "周八" in dialog.ui.infoLabel.text() and order.number in dialog.ui.infoLabel.text()
        score_all(qtbot, dialog, "543545")
        type_text(qtbot, dialog.ui.remarkEdit, "工时费略高")
        assert not dialog.ui.complaintBox.isChecked()  # nothing poor: no complaint offered
        save_care_box(qtbot, dialog.ui.buttonBox)

    seen = run_care_dialog(monkeypatch, CallDialog, answer, qtbot)
    tab.ui.callsView.setFocus()
    tab.ui.callsView.selectRow(0)
    qtbot.keyClick(tab.ui.callsView, Qt.Key.Key_Return)
    assert len(seen) == 1
    done = FollowUp.get_by_id(row["id"])
    assert (done.status, done.satisfaction, done.remark) == ("已回访", 5, "工时费略高")
    assert tab.model.rowCount() == 0 and "今日待回访 <b>0</b> 个" in tab.ui.summaryLabel.text()

    # a second PC still showing the call cannot record it again
    stale = CallDialog(user=care, row=row)
    qtbot.addWidget(stale)
    stale.remember_geometry = False
    stale.show()
    score_all(qtbot, stale, "111111")
    stale.accept()
    assert stale.isVisible() and "不能重复登记" in stale.ui.errorLabel.text()
    assert FollowUp.get_by_id(row["id"]).satisfaction == 5


def test_a_poor_score_offers_a_complaint_and_raises_it_with_the_call(qtbot, users, care, monkeypatch):
    from ui.care.call_dialog import CallDialog

    order = delivered_order(users)
    make_follow_up_due(follow_ups_of(order)[0])
    page = open_care_page(qtbot, care)

    def poor_call(dialog):
        type_text(qtbot, dialog.ui.remarkEdit, "刹车还有异响")
        score_all(qtbot, dialog, "554144")  # 质量 1
        assert dialog.ui.complaintBox.isChecked()
        assert dialog.ui.complaintEdit.toPlainText() == "刹车还有异响"
        assert dialog.ui.categoryCombo.currentData() == "维修质量"  # what the poor answer was about
        type_text(qtbot, dialog.ui.remarkEdit, "，换过刹车片")
        assert dialog.ui.complaintEdit.toPlainText() == "刹车还有异响，换过刹车片"  # follows the remark
        save_care_box(qtbot, dialog.ui.buttonBox)

    run_care_dialog(monkeypatch, CallDialog, poor_call, qtbot)
    page.follow_ups.call()
    (complaint,) = Complaint.select()
    assert (complaint.source, complaint.category, complaint.description, complaint.order_id) == (
        "回访", "维修质量", "刹车还有异响，换过刹车片", order.id)
    assert complaint.number in page.follow_ups.ui.errorLabel.text()
    page.complaints.reload()
    assert page.complaints.model.row(0)["number"] == complaint.number
    assert "刹车还有异响，换过刹车片" in page.complaints.ui.detailBrowser.toPlainText()


def test_an_unreachable_customer_is_marked_with_f3(qtbot, users, care):
    make_follow_up_due(follow_ups_of(delivered_order(users))[0])
    page = open_care_page(qtbot, care)
    tab = page.follow_ups
    tab.ui.callsView.setFocus()
    tab.ui.callsView.selectRow(0)
    qtbot.keyClick(tab.ui.callsView, Qt.Key.Key_F3)
    assert FollowUp.get(FollowUp.round == 1).status == "未接通"
    assert "未接通（第 1 次），明天再拨" in tab.ui.errorLabel.text() and tab.model.rowCount() == 0


def test_an_advisor_sees_the_calls_but_cannot_record_them(qtbot, users):
    make_follow_up_due(follow_ups_of(delivered_order(users))[0])
    page = open_care_page(qtbot, users[auth.ADVISOR])
    assert page.follow_ups.model.rowCount() == 1
    assert not page.follow_ups.ui.callButton.isEnabled() and not page.follow_ups.ui.noAnswerButton.isEnabled()


def test_the_log_is_printed_and_exported_with_masked_phones(qtbot, users, care, tmp_path):
    from storage.care import follow_ups

    order = delivered_order(users, vehicle=make_car(users[auth.ADVISOR], phone="13912345678"))
    first = make_follow_up_due(follow_ups_of(order)[0])
    follow_ups.complete_call(care, first.id, first.version, answers=ALL_FIVES)
    page = open_care_page(qtbot, care)
    tab = page.follow_ups
    tab.ui.viewCombo.setCurrentIndex(1)
    tab.reload()
    assert tab.model.rowCount() == 1 and tab.model.row(0)["phone"] == "13912345678"  # on screen: the caller's
    path = tmp_path / "log.xlsx"
    tab.export(str(path))
    qtbot.waitUntil(lambda: "已导出 1 行" in tab.ui.errorLabel.text(), timeout=10000)
    assert openpyxl.load_workbook(path).active.cell(2, 5).value == "139****5678"
    tab.print_log()
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=15000)
    assert tab.preview.page_count == 1 and tab.preview.title == "跟踪服务电话登记表"
    tab.preview.close()


def _complaint(care, car):
    return complaints.raise_complaint(care, customer_id=car.owner_id, vehicle_id=car.id, source="电话",
                                      description="交车晚了两个小时")


def test_a_complaint_cannot_be_closed_before_it_is_answered(qtbot, users, care, monkeypatch):
    from ui.care.note_dialog import NoteDialog

    complaint = _complaint(care, make_car(users[auth.ADVISOR]))
    page = open_care_page(qtbot, care)
    qtbot.keyClick(page, Qt.Key.Key_F7)
    tab = page.complaints
    assert tab.model.rowCount() == 1 and tab.ui.closeButton.isEnabled()
    refused = []

    def close_too_early(dialog):
        type_text(qtbot, dialog.ui.textEdit, "客户满意")
        save_care_box(qtbot, dialog.ui.buttonBox)
        refused.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()

    run_care_dialog(monkeypatch, NoteDialog, close_too_early, qtbot)
    tab.ui.complaintsView.setFocus()
    qtbot.keyClick(tab.ui.complaintsView, Qt.Key.Key_F3)
    assert refused == [f"投诉 {complaint.number} 还没有答复客户，不能关闭：请先登记答复内容和客户意见。"]
    assert Complaint.get_by_id(complaint.id).status == "处理中"

    def answer(dialog):
        type_text(qtbot, dialog.ui.textEdit, "已致歉并赠送保养工时")
        dialog.ui.choiceCombo.setCurrentIndex(dialog.ui.choiceCombo.findData("满意"))
        save_care_box(qtbot, dialog.ui.buttonBox)

    run_care_dialog(monkeypatch, NoteDialog, answer, qtbot)
    qtbot.keyClick(tab.ui.complaintsView, Qt.Key.Key_F2)
    assert Complaint.get_by_id(complaint.id).status == "已答复"
    assert "已致歉并赠送保养工时" in tab.ui.detailBrowser.toPlainText()
    run_care_dialog(monkeypatch, NoteDialog, answer, qtbot)
    qtbot.keyClick(tab.ui.complaintsView, Qt.Key.Key_F3)
    assert Complaint.get_by_id(complaint.id).status == "已关闭" and tab.model.rowCount() == 0


def test_a_complaint_at_the_desk_finds_the_customer_by_plate(qtbot, users, care, monkeypatch):
    from ui.care.complaint_dialog import ComplaintDialog

    car = make_car(users[auth.ADVISOR], name="吴九", plate="京B77777")
    page = open_care_page(qtbot, care)

    def record(dialog):
        qtbot.keyClicks(dialog.ui.findEdit, "jing")  # not a plate, phone or order
        qtbot.keyClick(dialog.ui.findEdit, Qt.Key.Key_Return)
        assert "找不到“jing”" in dialog.ui.errorLabel.text()
        dialog.ui.findEdit.clear()
        type_text(qtbot, dialog.ui.findEdit, "京b77777")
        qtbot.keyClick(dialog.ui.findEdit, Qt.Key.Key_Return)
        assert "吴九" in dialog.ui.foundLabel.text()
        dialog.ui.sourceCombo.setCurrentIndex(dialog.ui.sourceCombo.findData("前台"))
        type_text(qtbot, dialog.ui.descriptionEdit, "洗车没洗干净")
        save_care_box(qtbot, dialog.ui.buttonBox)

    run_care_dialog(monkeypatch, ComplaintDialog, record, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_F7)
    page.complaints.ui.complaintsView.setFocus()
    qtbot.keyClick(page.complaints.ui.complaintsView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (complaint,) = Complaint.select()
    assert (complaint.vehicle_id, complaint.source, complaint.description) == (car.id, "前台", "洗车没洗干净")


def test_a_reminder_is_recorded_and_leaves_the_list(qtbot, users, care, monkeypatch):
    from ui.care.note_dialog import NoteDialog

    car = make_car(users[auth.ADVISOR])
    Vehicle.update(insurance_due=dt.date.today() + dt.timedelta(days=10)).where(Vehicle.id == car.id).execute()
    page = open_care_page(qtbot, care)
    qtbot.keyClick(page, Qt.Key.Key_F6)
    tab = page.reminders
    tab.ui.kindCombo.setCurrentIndex(1)  # 保险到期
    tab.reload()
    assert tab.model.rowCount() == 1 and tab.model.row(0)["reminder"] == "两周提醒"

    def note(dialog):
        type_text(qtbot, dialog.ui.textEdit, "下周续保")
        save_care_box(qtbot, dialog.ui.buttonBox)

    run_care_dialog(monkeypatch, NoteDialog, note, qtbot)
    tab.ui.remindersView.setFocus()
    qtbot.keyClick(tab.ui.remindersView, Qt.Key.Key_Return)
    reminder = Reminder.get(Reminder.vehicle == car.id)
    assert (reminder.kind, reminder.stage, reminder.note) == ("保险到期", 1, "下周续保") and tab.model.rowCount() == 0


def test_claims_are_opened_submitted_approved_and_paid_from_the_tab(qtbot, users, monkeypatch):
    from ui.care.note_dialog import NoteDialog

    manager = users[auth.MANAGER]
    order = order_ready_to_settle(users[auth.ADVISOR], job_type="保修索赔", lines=(("工时", "更换水泵", "1.5", "120.00", "厂家索赔"),))
    page = open_care_page(qtbot, manager)
    qtbot.keyClick(page, Qt.Key.Key_F8)
    tab = page.claims
    tab.ui.viewCombo.setCurrentIndex(1)  # the warranty lines waiting for a claim
    tab._view_changed()
    tab.ui.claimsView.setFocus()
    tab.ui.claimsView.selectRow(0)
    qtbot.keyClick(tab.ui.claimsView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (claim,) = WarrantyClaim.select()
    assert claim.number in tab.ui.messageLabel.text()
    pay(users[auth.CASHIER], order)  # settled: the manufacturer's share on account under the claim's number
    tab.ui.viewCombo.setCurrentIndex(0)
    tab._view_changed()
    steps = iter([
        lambda d: (type_text(qtbot, d.ui.textEdit, "水泵漏水"), d.accept()),
        lambda d: (d.ui.amountEdit.setText("170"), d.accept()),
        lambda d: (qtbot.keyClicks(d.ui.textEdit, "BANK-0098"), d.accept()),
    ])
    run_care_dialog(monkeypatch, NoteDialog, lambda dialog: next(steps)(dialog), qtbot)
    for key, state in ((Qt.Key.Key_F2, "已提交"), (Qt.Key.Key_F3, "已批准")):
        assert tab.selected()[0]["id"] == claim.id  # the list selects its first row on every reload
        qtbot.keyClick(tab.ui.claimsView, key)
        assert WarrantyClaim.get_by_id(claim.id).status == state
    qtbot.keyClick(tab.ui.claimsView, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    claim = WarrantyClaim.get_by_id(claim.id)
    assert (claim.status, claim.approved_amount, claim.paid) == ("已回款", Decimal("170.00"), Decimal("170.00"))


def test_sanbao_cars_are_listed_and_reception_sees_the_warning(qtbot, users):
    advisor = users[auth.ADVISOR]
    vehicle = family_car(advisor, plate="京D88888")
    for days_ago in (120, 30):
        quality_repair(advisor, vehicle, system="制动", opened_days_ago=days_ago, faults=("制动系统失效",))
    page = open_care_page(qtbot, users[auth.MANAGER])
    tab = page.sanbao
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert tab.model.row(0)["level"] == sanbao.REACHED
    assert "严重安全性能故障已累计修理 2 次" in tab.ui.detailBrowser.toPlainText()

    from ui.reception.lookup import LookupTab

    lookup = LookupTab(user=advisor)
    qtbot.addWidget(lookup)
    lookup.search("京D88888")
    text = lookup.ui.detailBrowser.toPlainText()
    assert "三包预警" in text and "严重安全性能故障已累计修理 2 次" in text and "第二十四条第一款第一项" in text



def test_the_spare_car_is_recorded_from_the_sanbao_tab(qtbot, users, monkeypatch):
    """Issue 17 D, 第二十一条: a repair in its 7th day; the manager records the spare car given from day 6."""
    from PySide6.QtWidgets import QInputDialog

    from storage.models import WorkOrder

    manager = users[auth.MANAGER]
    vehicle = family_car(users[auth.ADVISOR], plate="京D66666")
    order = quality_repair(users[auth.ADVISOR], vehicle, system="电气", opened_days_ago=7, delivered=False)
    page = open_care_page(qtbot, manager)
    tab = page.sanbao
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert tab.ui.mobilityButton.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("备用车", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("京A12345，自第 6 日起", True))
    qtbot.mouseClick(tab.ui.mobilityButton, Qt.MouseButton.LeftButton)
    assert WorkOrder.get_by_id(order.id).mobility == "备用车：京A12345，自第 6 日起"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row(0)["level"] == sanbao.NOTICE, timeout=10000)
