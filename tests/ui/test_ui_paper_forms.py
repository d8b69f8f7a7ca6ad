"""Issue 18's screens through their real widgets: the appointment register from the appointment board
(Ctrl+P), the 信函 tab at the care desk (F10: a letter recorded from the keyboard, its result, the
log printed), a complaint's cause and measures (F4) and its 快速处理表 (Ctrl+P), the manager's
业务分析报告 (figures, comment kept, printed) and 市场情况报告 (written, kept, printed). Each printout
is checked in the preview the station opens, by its text."""
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from storage.care import complaints
from storage.models import AnalysisComment, Complaint, FollowUpLetter, MarketReport
from storage.reception import appointments
from storage.reports import analysis, market
from storage.rules import auth
from tests.factories import make_car
from tests.pdftext import pdftotext
from tests.reception_ui_helpers import type_text
from tests.ui.test_ui_care import open_care_page, run_care_dialog, save_care_box
from ui.kit.print_preview import PrintPreviewDialog

FRONT_DESK = (1093, 614)


@pytest.fixture
def previews(monkeypatch):
    """Every preview a station opens, not shown: its title, pages and text are what the test reads."""
    opened = []
    monkeypatch.setattr(PrintPreviewDialog, "open", lambda self: opened.append(self))
    return opened


def preview_text(qtbot, previews, count=1) -> str:
    qtbot.waitUntil(lambda: len(previews) >= count, timeout=15000)
    return pdftotext(previews[count - 1].pdf_bytes)


def key(qtbot, widget, key_, modifier=Qt.KeyboardModifier.NoModifier):
    widget.setFocus()
    qtbot.keyClick(widget, key_, modifier)


def test_the_appointment_board_prints_the_register_of_the_day_shown(qtbot, users, previews):
    from ui.reception.appointments import AppointmentsTab

    advisor = users[auth.ADVISOR]
    car = make_car(advisor, name="张三", phone="13800138000", plate="京N8K2L9")
    booked = appointments.book(advisor, vehicle_id=car.id, request="一万公里保养",
                               starts_at=dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9)))
    tab = AppointmentsTab(user=advisor)
    qtbot.addWidget(tab)
    tab.resize(*FRONT_DESK)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    tab.ui.dayEdit.setDate(QDate.currentDate().addDays(1))
    key(qtbot, tab.ui.gridTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = preview_text(qtbot, previews)
    assert previews[0].title == "维修预约登记表" and previews[0].paper == "a4"
    for word in ("维修预约登记表", booked.number, "京N8K2L9", "138****8000", "登记人"):
        assert word in text, word
    tab.ui.rangeCombo.setCurrentIndex(tab.ui.rangeCombo.findData("week"))
    qtbot.mouseClick(tab.ui.registerButton, Qt.MouseButton.LeftButton)
    week = preview_text(qtbot, previews, 2)
    monday = dt.date.today() + dt.timedelta(days=1)
    monday -= dt.timedelta(days=monday.weekday())
    assert f"{monday:%Y-%m-%d} 至 {monday + dt.timedelta(days=6):%Y-%m-%d}" in week and booked.number in week


def test_a_letter_is_recorded_from_the_keyboard_then_its_result_and_the_log_printed(qtbot, users, monkeypatch, previews):
    from ui.care.letter_dialog import LetterDialog
    from ui.care.note_dialog import NoteDialog

    care = users[auth.CARE]
    car = make_car(users[auth.ADVISOR], name="王小明", phone="13912341234", plate="京N5M8K2")
    complaint = complaints.raise_complaint(care, customer_id=car.owner_id, description="等待太久", source="电话")
    page = open_care_page(qtbot, care)
    qtbot.keyClick(page, Qt.Key.Key_F10)
    tab = page.letters
    assert page.ui.tabs.currentWidget() is tab and tab.model.rowCount() == 0

    def record(dialog):
        w, h = dialog.sizeHint().width(), dialog.sizeHint().height()
        assert w <= FRONT_DESK[0] and h <= FRONT_DESK[1]
        type_text(qtbot, dialog.ui.findEdit, "京n5m8k2")
        qtbot.keyClick(dialog.ui.findEdit, Qt.Key.Key_Return)
        assert "王小明" in dialog.ui.foundLabel.text() and dialog.focusWidget() is dialog.ui.kindCombo
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("答复函"))
        assert dialog.ui.complaintEdit.isEnabled()
        type_text(qtbot, dialog.ui.subjectEdit, "关于等待时间的答复")
        dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("邮寄"))
        save_care_box(qtbot, dialog.ui.buttonBox)  # neither the address nor the complaint yet: refused, in the dialog
        assert "请填写寄送地址" in dialog.ui.errorLabel.text() and dialog.focusWidget() is dialog.ui.addressEdit
        type_text(qtbot, dialog.ui.addressEdit, "北京市朝阳区红旗路 88 号")
        save_care_box(qtbot, dialog.ui.buttonBox)
        assert "答复函须注明" in dialog.ui.errorLabel.text() and dialog.isVisible()
        type_text(qtbot, dialog.ui.complaintEdit, complaint.number.lower())
        save_care_box(qtbot, dialog.ui.buttonBox)

    run_care_dialog(monkeypatch, LetterDialog, record, qtbot)
    key(qtbot, tab.ui.lettersView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (letter,) = FollowUpLetter.select()
    assert (letter.kind, letter.complaint_id, letter.method, letter.sent_by_id) == ("答复函", complaint.id, "邮寄", care.id)
    assert tab.model.rowCount() == 1 and letter.number in tab.ui.messageLabel.text()

    def result(dialog):
        type_text(qtbot, dialog.ui.textEdit, "客户来电表示收到")
        save_care_box(qtbot, dialog.ui.buttonBox)

    run_care_dialog(monkeypatch, NoteDialog, result, qtbot)
    tab.ui.lettersView.selectRow(0)
    key(qtbot, tab.ui.lettersView, Qt.Key.Key_F2)
    assert FollowUpLetter.get_by_id(letter.id).result == "客户来电表示收到"

    key(qtbot, tab.ui.lettersView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = preview_text(qtbot, previews)
    assert previews[0].title == "跟踪服务信函登记表"
    for word in (letter.number, "王小明", "139****1234", "答复函", "答复投诉", "客户来电表"):  # (a cell wraps after its first words)
        assert word in text.replace("\n", ""), word


def test_an_edited_letter_is_not_thrown_away_by_esc(qtbot, users, monkeypatch):
    from ui.care.letter_dialog import LetterDialog

    dialog = LetterDialog(user=users[auth.CARE])
    qtbot.addWidget(dialog)
    dialog.remember_geometry = False
    dialog.show()
    asked = []
    monkeypatch.setattr("ui.kit.discard_guard.confirm_discard", lambda parent: asked.append(parent) or False)
    type_text(qtbot, dialog.ui.subjectEdit, "邀请函")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()


def test_a_complaints_cause_and_measures_then_its_quick_handling_form(qtbot, users, monkeypatch, previews):
    from ui.care.handling_dialog import HandlingDialog

    care = users[auth.CARE]
    car = make_car(users[auth.ADVISOR], name="吴九", phone="13612345678", plate="京B77777")
    complaint = complaints.raise_complaint(care, customer_id=car.owner_id, vehicle_id=car.id, source="回访",
                                           description="刹车仍有异响", category="维修质量")
    page = open_care_page(qtbot, care)
    qtbot.keyClick(page, Qt.Key.Key_F7)
    tab = page.complaints

    def handle(dialog):
        assert complaint.number in dialog.ui.infoLabel.text() and dialog.focusWidget() is dialog.ui.causeEdit
        type_text(qtbot, dialog.ui.causeEdit, "刹车片安装后未做磨合")
        save_care_box(qtbot, dialog.ui.buttonBox)
        assert "请填写处理措施" in dialog.ui.errorLabel.text() and dialog.focusWidget() is dialog.ui.measuresEdit
        type_text(qtbot, dialog.ui.measuresEdit, "通知客户回厂免费检查")
        save_care_box(qtbot, dialog.ui.buttonBox)

    run_care_dialog(monkeypatch, HandlingDialog, handle, qtbot)
    key(qtbot, tab.ui.complaintsView, Qt.Key.Key_F4)
    saved = Complaint.get_by_id(complaint.id)
    assert (saved.cause, saved.measures) == ("刹车片安装后未做磨合", "通知客户回厂免费检查")
    assert "通知客户回厂免费检查" in tab.ui.detailBrowser.toPlainText()
    key(qtbot, tab.ui.complaintsView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = preview_text(qtbot, previews)
    assert previews[0].title == "快速处理表" and previews[0].page_count == 1
    for word in ("快速处理表", complaint.number, "吴九", "136****5678", "刹车仍有异响", "刹车片安装后未做磨合",
                 "通知客户回厂免费检查", "负责人（确认解决期限）"):
        assert word in text, word


@pytest.fixture
def manager_page(qtbot, users):
    from ui.manager.page import ManagerPage

    page = ManagerPage(user=users[auth.MANAGER])
    qtbot.addWidget(page)
    page.resize(1150, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_the_business_analysis_shows_the_figures_keeps_the_comment_and_prints(qtbot, users, manager_page, previews):
    from tests.factories import delivered_order

    delivered_order(users)
    page = manager_page
    page.ui.tabs.setCurrentWidget(page.analysis)
    tab = page.analysis
    qtbot.waitUntil(lambda: tab.data is not None, timeout=15000)
    month = analysis.default_period()
    assert tab.current == month and month.label() in tab.ui.periodsLabel.text()
    table = tab.ui.figuresTable
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert labels == [label for _k, label, _u, _h in analysis.ROWS]
    settled = labels.index("结算台次")
    assert (table.item(settled, 2).text(), table.item(settled, 3).text()) == ("1", "0")
    type_text(qtbot, tab.ui.commentEdit, "本月首单结算，下月推广冬季检测。")
    key(qtbot, tab.ui.commentEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (kept,) = AnalysisComment.select()
    assert (kept.period_key, kept.comment) == (month.key(), "本月首单结算，下月推广冬季检测。")
    assert "已保存" in tab.ui.messageLabel.text()
    key(qtbot, tab.ui.commentEdit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = preview_text(qtbot, previews)
    assert previews[0].title == "公司业务状况分析报告表"
    for word in ("本月首单结算，下月推广冬季检测。", "结算台次", "去年同期", "总经理"):
        assert word in text, word
    key(qtbot, tab.ui.figuresTable, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # 上一期: its own, empty comment
    qtbot.waitUntil(lambda: tab.data is not None and tab.current == month.shifted(-1), timeout=15000)
    assert tab.ui.commentEdit.toPlainText() == ""


def test_the_market_report_is_written_kept_and_printed(qtbot, users, manager_page, previews):
    page = manager_page
    page.ui.tabs.setCurrentWidget(page.market)
    tab = page.market
    assert tab.size().width() <= 1150 and not tab.ui.printButton.isEnabled()
    key(qtbot, tab.ui.overviewEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "请填写市场概况" in tab.ui.messageLabel.text() and MarketReport.select().count() == 0
    type_text(qtbot, tab.ui.overviewEdit, "本区保有量约 12 万辆")
    type_text(qtbot, tab.ui.suggestionsEdit, "推出冬季免费检测周")
    table = tab.ui.competitorsTable
    from PySide6.QtWidgets import QTableWidgetItem
    for column, value in ((0, "城东快修"), (2, "80"), (3, "399"), (4, "冬季套餐 299 元")):
        table.setItem(0, column, QTableWidgetItem(value))
    table.cellWidget(0, 1).setCurrentIndex(table.cellWidget(0, 1).findData("连锁快修"))
    key(qtbot, tab.ui.overviewEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    month = f"{dt.date.today():%Y-%m}"
    kept = market.get_report(month)
    assert kept["competitors"][0]["name"] == "城东快修" and kept["competitors"][0]["service_price"] == "399.00"
    assert tab.ui.printButton.isEnabled()
    key(qtbot, tab.ui.overviewEdit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = preview_text(qtbot, previews)
    assert previews[0].title == "行业相关市场情况报告表"
    for word in ("本区保有量约 12 万辆", "城东快修", "连锁快修", "¥399.00", "推出冬季免费检测周", "填报人"):
        assert word in text, word
    tab.ui.overviewEdit.setPlainText("改过的概况")
    key(qtbot, tab.ui.overviewEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the kept report, changed
    assert MarketReport.select().count() == 1 and market.get_report(month)["overview"] == "改过的概况"


def test_an_unsaved_comment_or_report_is_not_lost_to_another_period(qtbot, manager_page, monkeypatch):
    from ui.manager import analysis_tab, market_tab

    asked = []
    monkeypatch.setattr(analysis_tab, "confirm_discard", lambda parent: asked.append("analysis") or False)
    monkeypatch.setattr(market_tab, "confirm_discard", lambda parent: asked.append("market") or False)
    page = manager_page
    page.ui.tabs.setCurrentWidget(page.analysis)
    tab = page.analysis
    qtbot.waitUntil(lambda: tab.data is not None, timeout=15000)
    month = tab.current
    type_text(qtbot, tab.ui.commentEdit, "写了一半")
    key(qtbot, tab.ui.figuresTable, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert asked == ["analysis"] and tab.current == month and tab.period() == month
    assert tab.ui.commentEdit.toPlainText() == "写了一半" and AnalysisComment.select().count() == 0

    page.ui.tabs.setCurrentWidget(page.market)
    market_page = page.market
    type_text(qtbot, market_page.ui.overviewEdit, "写了一半的概况")
    market_page.ui.monthEdit.setDate(market_page.ui.monthEdit.date().addMonths(-1))
    assert asked == ["analysis", "market"] and market_page.month_key() == f"{dt.date.today():%Y-%m}"
    assert market_page.ui.overviewEdit.toPlainText() == "写了一半的概况"
