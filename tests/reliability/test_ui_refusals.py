"""The same hostile values typed into real fields, and a busy, read-only or full database under a
real dialog: each time the window shows storage's Chinese message and nothing is saved. Then the
scheduled backup in the running program, and its settings page."""
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLineEdit, QMainWindow, QMessageBox

from storage.models import Customer, Settlement, Vehicle, WorkOrder
from storage.plumbing.config import LocalSettings
from storage.plumbing.db import database
from storage.reception import archive
from storage.rules import auth
from storage.store import backup_restore, backup_schedule
from tests.conftest import PG_URL
from tests.factories import order_ready_to_settle
from tests.reception_ui_helpers import shown, type_text
from tests.reliability.fuzz import CJK
from tests.reliability.helpers import reopen, url_of
from ui.cashier.page import CashierPage
from ui.reception.checkin_dialog import CheckInDialog
from ui.reception.new_customer_dialog import NewCustomerDialog
from ui.shell.backup_scheduler import BackupScheduler
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.settings_pages.backup import BackupPage

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="the SQLite file's lock, size limit and backups")


def paste(qtbot, widget, text: str) -> None:
    """What Ctrl+V does with text copied from elsewhere (typing 10,000 characters key by key is slow)."""
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def ok_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


# ---------------------------------------------------------------- 新建档案


HOSTILE_CUSTOMERS = [
    # (name, phone, plate, words in the message)
    ("", "13912345678", "京A12345", "请填写客户姓名"),
    ("王五", "NaN", "京A12345", "电话"),
    ("王五", "'; DROP TABLE customer; --", "京A12345", "电话"),
    ("王五", "13912345678", "😀🚗", "车牌"),
    ("王五", "13912345678", "1e309", "车牌"),
    ("王五", "+86-139-1234-567", "京A12345", "11 位"),
    ("王五" * 40, "13912345678", "京A12345", "最多 64 个字"),
    ("王五", "1" * 10_000, "京A12345", "手机号"),
]


@pytest.mark.parametrize("name, phone, plate, words", HOSTILE_CUSTOMERS)
def test_new_customer_dialog_refuses_hostile_values(qtbot, advisor, name, phone, plate, words):
    dialog = shown(qtbot, NewCustomerDialog(user=advisor))
    for edit, text in ((dialog.ui.nameEdit, name), (dialog.ui.phoneEdit, phone), (dialog.ui.plateEdit, plate)):
        if len(text) > 200:
            paste(qtbot, edit, text)
        else:
            type_text(qtbot, edit, text)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "the dialog closed on a refused value"
    message = dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisible() and CJK.search(message) and words in message, message
    assert Customer.select().count() == 0 and Vehicle.select().count() == 0


def test_sql_in_a_name_is_kept_as_text(qtbot, advisor):
    dialog = shown(qtbot, NewCustomerDialog(user=advisor))
    name = "Robert'); DROP TABLE customer;--"
    type_text(qtbot, dialog.ui.nameEdit, name)
    type_text(qtbot, dialog.ui.phoneEdit, "１３９１２３４５６７８")  # full-width digits from an input method
    dialog.ui.plateEdit.setText("京")
    type_text(qtbot, dialog.ui.plateEdit, "a 12345")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    customer = Customer.get()
    assert (customer.name, customer.phone, Vehicle.get().plate) == (name, "13912345678", "京A12345")
    assert backup_restore.check() == []


# ---------------------------------------------------------------- the cashier's amounts


@pytest.fixture
def till(qtbot, users, tmp_path):
    page = CashierPage(user=users[auth.CASHIER], local=LocalSettings(tmp_path / "settings.json"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    order = order_ready_to_settle(users[auth.ADVISOR])
    tab = page.settle
    plate = Vehicle.get_by_id(order.vehicle_id).plate
    tab.ui.searchEdit.setText(plate[0])
    qtbot.keyClicks(tab.ui.searchEdit, plate[1:].lower())
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert tab.order["id"] == order.id
    return page, tab, order


def type_in_cell(qtbot, table, row, column, text):
    """Click the cell, F2, replace what is there, Enter: as the cashier types."""
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, "the cell did not open for editing"
    editor = editors[0]
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)
    if not text:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the edit from its event queue, then closes (and deletes) the editor.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


@pytest.mark.parametrize("amount", ["abc", "NaN", "Infinity", "-158", "1e309", "99999999999", "158.001x",
                                    "'; DROP TABLE payment; --", "😀", ""])
def test_payment_amount_refuses_hostile_values(qtbot, till, amount):
    _, tab, order = till
    type_in_cell(qtbot, tab.ui.paymentsTable, 0, 1, amount)
    assert tab.payment_rows()[0][1] == amount
    assert not tab.ui.settleButton.isEnabled()
    qtbot.keyClick(tab, Qt.Key.Key_F9)  # asks storage anyway: its refusal is what shows
    message = tab.ui.errorLabel.text()
    assert CJK.search(message) and ("金额" in message or "收款" in message), message
    assert Settlement.select().count() == 0 and WorkOrder.get_by_id(order.id).status == "完工"


@pytest.mark.parametrize("discount", ["NaN", "-20", "1e309", "99999999999", "'; --", "五十", "1000"])
def test_bill_discount_refuses_hostile_values(qtbot, till, discount):
    _, tab, order = till
    due = tab.draft.customer_due
    tab.ui.billDiscountEdit.setFocus()
    if discount.isascii():
        qtbot.keyClicks(tab.ui.billDiscountEdit, discount)
    else:
        tab.ui.billDiscountEdit.insert(discount)
    qtbot.keyClick(tab.ui.billDiscountEdit, Qt.Key.Key_Return)
    message = tab.ui.errorLabel.text()
    assert CJK.search(message) and "优惠" in message, message
    assert tab.draft.customer_due == due and Settlement.select().count() == 0


# ---------------------------------------------------------------- a busy, read-only or full database


@sqlite_only
def test_a_lock_held_past_the_bound_shows_in_the_dialog(qtbot, db, advisor, monkeypatch):
    from storage.plumbing import db as db_module

    monkeypatch.setitem(db_module.SQLITE_PRAGMAS, "busy_timeout", 300)
    reopen(url_of(db))
    dialog = shown(qtbot, NewCustomerDialog(user=advisor))
    type_text(qtbot, dialog.ui.nameEdit, "wang")
    type_text(qtbot, dialog.ui.phoneEdit, "13912345678")
    dialog.ui.plateEdit.setText("京A12345")
    other = sqlite3.connect(database.obj.database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another station in the middle of a long write
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.ui.errorLabel.text().startswith("数据库正忙")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Customer.select().count() == 0
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # the other station is done: OK again
    assert not dialog.isVisible() and Customer.select().count() == 1


def test_a_read_only_database_shows_in_the_dialog_and_at_the_till(qtbot, db, advisor, till):
    page, tab, order = till
    read_only, writable = (("SET default_transaction_read_only = on", "SET default_transaction_read_only = off") if PG_URL
                           else ("PRAGMA query_only = 1", "PRAGMA query_only = 0"))
    db.execute_sql(read_only)
    try:
        dialog = shown(qtbot, NewCustomerDialog(user=advisor))
        type_text(qtbot, dialog.ui.nameEdit, "wang")
        type_text(qtbot, dialog.ui.phoneEdit, "13912345678")
        dialog.ui.plateEdit.setText("京A54321")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.ui.errorLabel.text().startswith("数据库是只读的")
        dialog.reject()
        with qtbot.waitActive(page):
            page.activateWindow()
        qtbot.keyClick(tab, Qt.Key.Key_F9)
        assert tab.ui.errorLabel.text().startswith("数据库是只读的")
        assert Settlement.select().count() == 0 and WorkOrder.get_by_id(order.id).status == "完工"
    finally:
        db.execute_sql(writable)
    assert Customer.select().where(Customer.name == "wang").count() == 0


@sqlite_only
def test_a_full_database_shows_in_the_check_in_dialog_and_keeps_everything(qtbot, db, advisor):
    car = archive.register(advisor, customer={"name": "王五", "phone": "13912345678"}, vehicle={"plate": "京A12345"})[1]
    db.execute_sql("VACUUM")  # no free pages left to fill
    db.execute_sql(f"PRAGMA max_page_count = {db.execute_sql('PRAGMA page_count').fetchone()[0]}")
    try:
        dialog = shown(qtbot, CheckInDialog(user=advisor, vehicle_id=car.id))
        type_text(qtbot, dialog.ui.mileageEdit, "12000")
        type_text(qtbot, dialog.ui.keyEdit, "A-12")
        paste(qtbot, dialog.ui.wordsEdit, "冷车启动异响，" * 280)  # ~6 KB: new pages are needed
        qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        message = dialog.ui.errorLabel.text()
        assert dialog.isVisible() and message.startswith("磁盘已满") and "之前保存的数据不受影响" in message, message
        assert WorkOrder.select().count() == 0 and Customer.select().count() == 1
    finally:
        db.execute_sql("PRAGMA max_page_count = 1073741823")
    qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # room again
    assert not dialog.isVisible() and WorkOrder.select().count() == 1 and backup_restore.check() == []


# ---------------------------------------------------------------- the backup schedule


def local_with(tmp_path, **policy) -> LocalSettings:
    local = LocalSettings(tmp_path / "settings.json")
    backup_schedule.BackupPolicy.checked(**policy).to_local(local)
    return local


@sqlite_only
def test_the_scheduler_backs_up_while_a_station_writes(qtbot, db, users, tmp_path):
    folder = tmp_path / "backups"
    scheduler = BackupScheduler(local=local_with(tmp_path, folder=str(folder), interval_hours=4), check_every_ms=50)
    window = QMainWindow()
    qtbot.addWidget(window)
    label = scheduler.attach(window)
    window.show()
    stop, written = threading.Event(), []

    def other_station():
        try:
            while not stop.is_set():
                written.append(archive.create_customer(users[auth.ADVISOR], name=f"客户{len(written)}", phone="13912345678").id)
        finally:
            database.close()

    writer = threading.Thread(target=other_station)
    writer.start()
    try:
        scheduler.start(first_check_ms=0)  # the timer, not a direct call: the way the program runs it
        qtbot.waitUntil(lambda: backup_schedule.last_backup(backup_schedule.BackupPolicy(folder=str(folder))) is not None, timeout=30_000)
        qtbot.waitUntil(lambda: scheduler.last_message is not None, timeout=30_000)
        during = len(written)
        time.sleep(0.3)
    finally:
        stop.set()
        writer.join(30)
        scheduler.timer.stop()
    assert len(written) > during > 0, "the station kept working while the backup ran"
    message, ok = scheduler.last_message
    assert ok and "已校验" in message and label.text().startswith("备份 ✓") and label.toolTip() == message
    (taken,) = backup_schedule.backups_in(folder, "service")
    assert backup_restore.verify_backup(taken[1]) == []
    scheduler.tick()  # not due again for four hours
    assert not scheduler.running() and len(backup_schedule.backups_in(folder, "service")) == 1


@sqlite_only
def test_a_failed_scheduled_backup_shows_in_red_and_says_so_once(qtbot, db, users, tmp_path):
    (tmp_path / "blocked").write_text("a file where the folder should be")
    scheduler = BackupScheduler(local=local_with(tmp_path, folder=str(tmp_path / "blocked" / "backups")))
    window = QMainWindow()
    qtbot.addWidget(window)
    label = scheduler.attach(window)
    window.show()
    for _ in range(2):
        scheduler.tick()
        qtbot.waitUntil(lambda: not scheduler.running() and scheduler.last_message is not None)
    assert label.text() == "备份失败 ✗" and "无法创建备份文件夹" in label.toolTip()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "无法创建备份文件夹" in boxes[0].text() and not boxes[0].isModal()
    boxes[0].close()


@sqlite_only
def test_the_backup_settings_page(qtbot, db, users, tmp_path, monkeypatch):
    local = LocalSettings(tmp_path / "settings.json")
    assert not any(isinstance(p, BackupPage) for p in SettingsDialog(local=local, user=users[auth.CASHIER],
                                                                      database_url=url_of(db)).pages)
    dialog = shown(qtbot, SettingsDialog(local=local, user=users[auth.MANAGER], database_url=url_of(db)))
    page = dialog.page(BackupPage)
    dialog.show_page(page)
    page.ui.folderEdit.setFocus()
    qtbot.keyClicks(page.ui.folderEdit, str(tmp_path / "usb"))
    page.ui.intervalSpin.setFocus()
    page.ui.intervalSpin.selectAll()
    qtbot.keyClicks(page.ui.intervalSpin, "6")
    qtbot.mouseClick(page.ui.backupNowButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.resultLabel.text().startswith("已备份到"), timeout=30_000)
    assert "已校验" in page.ui.resultLabel.text() and (tmp_path / "usb").is_dir()
    assert page.ui.lastValue.text().endswith(".db")

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    page.ui.folderEdit.clear()
    qtbot.keyClicks(page.ui.folderEdit, "relative/backups")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and warnings and "完整路径" in warnings[0]
    page.ui.folderEdit.clear()
    qtbot.keyClicks(page.ui.folderEdit, str(tmp_path / "usb"))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert LocalSettings(tmp_path / "settings.json").get("backup") == {
        "enabled": True, "folder": str(tmp_path / "usb"), "interval_hours": 6, "keep_daily": 7, "keep_weekly": 4}
