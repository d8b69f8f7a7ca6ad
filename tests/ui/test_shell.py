"""The application shell: login, main window per role, first-run wizard, settings, background tasks,
English translation, and run_gui's screenshot mode."""
import argparse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWizard

import storage
from storage.models import Settlement, User
from storage.plumbing.config import LocalSettings
from storage.plumbing.db import close_database
from storage.rules import auth, settings
from storage.rules.errors import ValidationError
from tests.factories import PASSWORD
from ui.kit import tasks
from ui.shell.app import run_gui
from ui.shell.first_run_wizard import FirstRunWizard
from ui.shell.i18n import install_translators
from ui.shell.login_dialog import LoginDialog
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.settings_pages import DatabasePage, LanguagePage, PrintersPage, StorePage
from ui.shell.settings_pages import printers as printers_page
from ui.shell.stations import PAGES


@pytest.fixture
def no_popups(monkeypatch):
    """Fail on any message box the test did not expect (a modal box would hang the test)."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def local(tmp_path):
    return LocalSettings(tmp_path / "settings.json")


def _login_dialog(qtbot, username):
    dialog = LoginDialog(username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_password_and_press_enter(qtbot, dialog, password):
    dialog.ui.passwordEdit.setText(password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)


# -- login ---------------------------------------------------------------------------------------------
def test_login_with_enter_returns_the_user(qtbot, users, no_popups):
    manager = users[auth.MANAGER]
    dialog = _login_dialog(qtbot, manager.username)
    assert dialog.ui.storeLabel.text() == "红旗路一汽大众4S店"
    assert dialog.ui.passwordEdit.echoMode() == dialog.ui.passwordEdit.EchoMode.Password
    _type_password_and_press_enter(qtbot, dialog, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.id == manager.id


def test_wrong_passwords_are_told_in_the_dialog_then_the_account_locks(qtbot, users, no_popups):
    advisor = users[auth.ADVISOR]
    dialog = _login_dialog(qtbot, advisor.username)
    for attempt in range(1, auth.MAX_FAILED_LOGINS):
        _type_password_and_press_enter(qtbot, dialog, "wrong-password")
        assert dialog.isVisible() and dialog.user is None
        assert dialog.ui.errorLabel.text() == f"用户名或密码不正确（还可尝试 {auth.MAX_FAILED_LOGINS - attempt} 次）。"
        assert dialog.ui.passwordEdit.text() == ""
        assert dialog.focusWidget() is dialog.ui.passwordEdit
    _type_password_and_press_enter(qtbot, dialog, "wrong-password")
    assert dialog.ui.errorLabel.text().startswith("密码错误次数过多，账号已锁定到")
    _type_password_and_press_enter(qtbot, dialog, PASSWORD)  # the right password no longer helps
    assert dialog.ui.errorLabel.text().startswith(f"账号已因连续 {auth.MAX_FAILED_LOGINS} 次密码错误被锁定")
    assert dialog.isVisible() and dialog.user is None


# -- main window ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("role", auth.ROLES)
def test_main_window_offers_exactly_the_stations_of_the_role(qtbot, users, local, role):
    expected = [name for name, roles in auth.STATIONS.items() if role in roles]
    window = MainWindow(user=users[role], local=local, database_url="sqlite:///service.db")
    qtbot.addWidget(window)
    assert window.station_names() == expected
    for index, name in enumerate(expected):
        window.show_station(name)
        assert type(window.current_page()) is PAGES[name]
        assert window.ui.stack.currentIndex() == index
    if not expected:
        assert window.current_page().objectName() == "noStationLabel"
    assert "红旗路一汽大众4S店" in window.store_label.text()
    assert f"（{role}）" in window.user_label.text()


def test_status_bar_never_shows_the_database_password(qtbot, users, local):
    window = MainWindow(user=users[auth.CASHIER], local=local, database_url="postgresql://fours:s3cret@10.0.0.5/fours")
    qtbot.addWidget(window)
    assert "s3cret" not in window.database_label.text() + window.database_label.toolTip()
    assert "***" in window.database_label.toolTip()


# -- first-run wizard ------------------------------------------------------------------------------------
def _wizard(qtbot):
    wizard = FirstRunWizard(database_url="sqlite:///service.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # past 欢迎
    assert wizard.currentPage() is wizard.ui.storePage
    return wizard


def _fill_store(wizard, phone="010 8888 6666", name="红旗路一汽大众4S店"):
    wizard.ui.storeNameEdit.setText(name)
    wizard.ui.addressEdit.setText("北京市朝阳区红旗路 88 号")
    wizard.ui.phoneEdit.setText(phone)


def _fill_admin(wizard, confirm="boss-pass-1", password="boss-pass-1"):
    wizard.ui.usernameEdit.setText("boss")
    wizard.ui.displayNameEdit.setText("李站长")
    wizard.ui.passwordEdit.setText(password)
    wizard.ui.confirmEdit.setText(confirm)


def test_wizard_creates_the_administrator_and_the_store(qtbot, db):
    assert storage.is_first_run()
    wizard = _wizard(qtbot)
    _fill_store(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.ui.adminPage
    assert wizard.ui.phoneEdit.text() == "010-88886666"  # normalised where the user can see it
    _fill_admin(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.ui.finishPage
    assert "李站长（boss）" in wizard.ui.summaryLabel.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.admin.username == "boss" and wizard.admin.role == auth.ADMIN
    assert settings.get("store.name") == "红旗路一汽大众4S店"
    assert settings.get("store.phone") == "010-88886666"
    assert auth.login("boss", "boss-pass-1").id == wizard.admin.id


@pytest.mark.parametrize(
    "phone, name, message",
    [
        ("8888 6666", "红旗路店", "电话“8888 6666”无法识别"),
        ("1380013800", "红旗路店", "手机号“1380013800”应为 11 位"),
        ("010-88886666", "  ", "请填写店名。"),
    ],
)
def test_wizard_refuses_bad_store_details_and_stays_on_the_page(qtbot, db, phone, name, message):
    wizard = _wizard(qtbot)
    _fill_store(wizard, phone=phone, name=name)
    wizard.next()
    assert wizard.currentPage() is wizard.ui.storePage
    assert wizard.ui.storeError.isVisible()
    assert wizard.ui.storeError.text().startswith(message)
    assert storage.is_first_run()


@pytest.mark.parametrize(
    "password, confirm, message",
    [("boss-pass-1", "boss-pass-2", "两次输入的密码不一致"), ("12345", "12345", "密码至少需要 6 位。")],
)
def test_wizard_refuses_bad_passwords_and_stays_on_the_page(qtbot, db, password, confirm, message):
    wizard = _wizard(qtbot)
    _fill_store(wizard)
    wizard.next()
    _fill_admin(wizard, password=password, confirm=confirm)
    wizard.next()
    assert wizard.currentPage() is wizard.ui.adminPage
    assert wizard.ui.adminError.text().startswith(message)


# -- settings --------------------------------------------------------------------------------------------
class FakePrinterInfo:
    @staticmethod
    def availablePrinterNames():
        return ["HP LaserJet M1136", "EPSON LQ-630K"]


def _select(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_settings_dialog_saves_printers_language_and_database_url(qtbot, admin, local, tmp_path, monkeypatch, no_popups):
    monkeypatch.setattr(printers_page, "QPrinterInfo", FakePrinterInfo)
    notices = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: notices.append(text))
    dialog = SettingsDialog(local=local, user=admin)
    qtbot.addWidget(dialog)
    printers = dialog.page(PrintersPage)
    _select(printers.combos["a4"], "HP LaserJet M1136")
    _select(printers.combos["continuous241"], "EPSON LQ-630K")
    _select(dialog.page(LanguagePage).ui.languageCombo, "en")
    other = f"sqlite:///{(tmp_path / 'other.db').as_posix()}"
    dialog.page(DatabasePage).ui.urlEdit.setText(other)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    saved = LocalSettings(tmp_path / "settings.json")
    assert saved.get("printers") == {"a4": "HP LaserJet M1136", "continuous241": "EPSON LQ-630K"}
    assert saved.get("language") == "en"
    assert saved.database_url == other
    assert any("重新启动" in text for text in notices)

    # Reopened: the choices are shown again; "每次询问" (no entry) stays the first item.
    again = SettingsDialog(local=saved, user=admin)
    qtbot.addWidget(again)
    assert again.page(PrintersPage).combos["a4"].currentData() == "HP LaserJet M1136"
    assert again.page(PrintersPage).combos["a5"].currentIndex() == 0
    assert again.page(LanguagePage).ui.languageCombo.currentData() == "en"


def test_a_printer_this_pc_cannot_see_is_kept(qtbot, admin, local, monkeypatch, no_popups):
    monkeypatch.setattr(printers_page, "QPrinterInfo", FakePrinterInfo)
    local.set("printers", {"roll80": "XP-80C (前台)"})
    dialog = SettingsDialog(local=local, user=admin)
    qtbot.addWidget(dialog)
    assert dialog.page(PrintersPage).combos["roll80"].currentData() == "XP-80C (前台)"
    dialog.accept()
    assert LocalSettings(local.path).get("printers") == {"roll80": "XP-80C (前台)"}


def test_store_settings_are_for_managers_and_admins_only(qtbot, users, local):
    for role in auth.ROLES:
        dialog = SettingsDialog(local=local, user=users[role])
        qtbot.addWidget(dialog)
        assert (dialog.page(StorePage) is not None) == auth.may(users[role], "settings.store")


def test_store_settings_save_through_storage_and_a_refusal_keeps_the_dialog_open(qtbot, admin, local, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = SettingsDialog(local=local, user=admin)
    qtbot.addWidget(dialog)
    store = dialog.page(StorePage)
    store.ui.nameEdit.setText("长安路丰田4S店")
    store.ui.phoneEdit.setText("12345")
    dialog.page(LanguagePage).ui.languageCombo.setCurrentIndex(1)
    dialog.accept()
    assert shown and shown[0].startswith("手机号“12345”应为 11 位")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.pageStack.currentWidget() is store
    assert not local.path.exists()  # nothing of this PC's settings written while the dialog is refused

    store.ui.phoneEdit.setText("0755 2345 6789")
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get("store.name") == "长安路丰田4S店"
    assert settings.get("store.phone") == "0755-23456789"


@pytest.mark.parametrize(
    "make_url, expected",
    [
        (lambda tmp: f"sqlite:///{(tmp / 'fresh.db').as_posix()}", "连接成功。这是一个空数据库"),
        (lambda tmp: "mysql://root@localhost/fours", "不支持的数据库地址"),
    ],
)
def test_database_test_connection_runs_in_the_background(qtbot, db, local, tmp_path, make_url, expected):
    page = DatabasePage(local=local, user=None)
    qtbot.addWidget(page)
    page.ui.urlEdit.setText(make_url(tmp_path))
    page.ui.testButton.click()
    assert not page.ui.testButton.isEnabled()
    qtbot.waitUntil(lambda: page.ui.testButton.isEnabled(), timeout=5000)
    assert page.ui.testResult.text().startswith(expected)


# -- background tasks -------------------------------------------------------------------------------------
def test_task_hands_result_back_from_its_own_connection(qtbot, users):
    results = []
    tasks.run_task(None, lambda cancel: User.select().count(), on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [len(users)]


def test_task_hands_a_domain_error_to_on_error(qtbot, db):
    errors = []

    def refuse(cancel):
        raise ValidationError("车牌“京A”在字母后应有 5 位")

    tasks.run_task(None, refuse, on_done=lambda result: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors[0].message.startswith("车牌“京A”")


def test_cancelling_the_progress_dialog_sets_the_flag_and_drops_the_result(qtbot, db):
    import threading

    started, results = threading.Event(), []

    def slow(cancel):
        started.set()
        cancel.wait(5)  # a long loop that looks at the flag
        return "finished" if not cancel.is_set() else "stopped"

    task = tasks.run_task(None, slow, on_done=results.append, progress="正在统计…")
    assert started.wait(5)
    task.progress_dialog.findChild(QPushButton).click()  # the user presses 取消
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.cancel.is_set() and results == [] and task.progress_dialog is None


# -- translation -----------------------------------------------------------------------------------------
def test_english_translation_reaches_login_and_main_window(qtbot, qapp, users, local):
    translators = install_translators(qapp, "en")
    try:
        assert translators, "assets/i18n/fours_en.qm missing"
        dialog = LoginDialog(username="")
        qtbot.addWidget(dialog)
        assert dialog.ui.loginButton.text() == "Log in"
        window = MainWindow(user=users[auth.MANAGER], local=local, database_url="sqlite:///service.db")
        qtbot.addWidget(window)
        assert window.ui.menuFile.title() == "&File"
        assert window.ui.navList.item(0).text() == "Reception"
        assert "Service Manager" in window.user_label.text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


# -- run_gui ---------------------------------------------------------------------------------------------
SHOTS = ["login", "wizard", "wizard-store", "main-reception", "main-workshop", "main-parts", "main-cashier",
         "main-care", "main-manager", "settings", "settings-database", "settings-printers", "settings-language"]


def test_run_gui_screenshot_mode_writes_every_window(qapp, tmp_path, capsys):
    url = f"sqlite:///{(tmp_path / 'shots.db').as_posix()}"
    storage.open_store(url)
    admin = storage.first_run_setup(store_name="红旗路一汽大众4S店", address="北京市朝阳区红旗路 88 号",
                                    phone="010-88886666", admin_username="admin", admin_name="系统管理员",
                                    admin_password=PASSWORD)
    auth.create_user(admin, "manager1", "王建国", auth.MANAGER, PASSWORD)
    close_database()
    out = tmp_path / "shots"
    args = argparse.Namespace(database=url, demo=False, screenshot=str(out), lang=None,
                              settings=str(tmp_path / "settings.json"))
    assert run_gui(args) == 0
    printed = capsys.readouterr().out.split()
    for name in SHOTS:
        path = out / f"{name}.png"
        assert str(path) in printed
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), name
        colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 29)}
        assert len(colours) > 3, f"{name}.png looks blank"


def test_run_gui_screenshot_mode_reports_a_bad_database(qapp, tmp_path, capsys):
    args = argparse.Namespace(database="mysql://nowhere/fours", demo=False, screenshot=str(tmp_path / "shots"),
                              lang=None, settings=str(tmp_path / "settings.json"))
    assert run_gui(args) == 2
    assert "不支持的数据库地址" in capsys.readouterr().err


def test_switch_user_replaces_the_main_window(qapp, qtbot, users, local, monkeypatch):
    from ui.shell import app as app_module

    queue = [users[auth.ADVISOR], users[auth.CASHIER]]
    monkeypatch.setattr(app_module, "ask_login", lambda username=None, message="": queue.pop(0))
    shell = app_module.Shell(qapp, local=local, database_url="sqlite:///service.db")
    try:
        assert shell.sign_in()
        first = shell.window
        assert first.station_names() == ["reception", "care"]
        first.ui.actionSwitchUser.trigger()
        assert shell.window is not first and not first.isVisible()
        assert shell.window.station_names() == ["cashier"]
        shell.window.closed.disconnect(qapp.quit)
        shell.window.close()
    finally:
        qapp.setQuitOnLastWindowClosed(True)


def test_a_station_whose_account_was_disabled_signs_out_at_its_next_action(qapp, qtbot, users, local, monkeypatch):
    """Issue 14.4: the manager disables the cashier on another PC; the cashier's next action (收款结算
    on an order) is refused by storage, and the main window signs out to the login dialog, which says why."""
    from tests.factories import order_ready_to_settle
    from tests.ui.test_journey_cashier import open_order_at_till
    from ui.shell import app as app_module

    cashier_user, manager = users[auth.CASHIER], users[auth.MANAGER]
    order = order_ready_to_settle(users[auth.ADVISOR])
    asked = []

    def login(username=None, message=""):
        asked.append((username, message))
        return cashier_user if len(asked) == 1 else manager  # then someone else signs in at this PC

    monkeypatch.setattr(app_module, "ask_login", login)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"a message box instead of the sign-out: {args}"))
    shell = app_module.Shell(qapp, local=local, database_url="sqlite:///service.db")
    try:
        assert shell.sign_in()
        first = shell.window
        tab = open_order_at_till(qtbot, first.current_page(), order)
        tab.set_payment(0, amount="158.00")
        auth.update_user(manager, cashier_user.id, User.get_by_id(cashier_user.id).version, active=False)
        qtbot.mouseClick(tab.ui.settleButton, Qt.MouseButton.LeftButton)
        assert "您的账号已被停用" in tab.ui.errorLabel.text()
        qtbot.waitUntil(lambda: shell.window is not first)
        assert not first.isVisible() and Settlement.select().count() == 0
        assert asked[1][0] == cashier_user.username and "您的账号已被停用" in asked[1][1]
        assert shell.window.user.id == manager.id
        shell.window.closed.disconnect(qapp.quit)
        shell.window.close()
    finally:
        qapp.setQuitOnLastWindowClosed(True)


def test_the_login_dialog_says_why_the_session_ended(qtbot, users):
    dialog = LoginDialog(username="user4", message="您的账号已被停用，无法继续操作。请重新登录，或联系服务经理。")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.errorLabel.isVisible() and "已被停用" in dialog.ui.errorLabel.text()


def test_dialogs_reopen_at_the_size_they_were_left(qtbot, users):
    first = LoginDialog(username="")
    qtbot.addWidget(first)
    first.show()
    first.resize(611, 333)
    first.reject()
    again = LoginDialog(username="")
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (611, 333)
