"""Start the GUI: application, font, language, database, first-run wizard, login, main window.

    run_gui(args) -> exit code; args as main.py parses them: .database, .demo, .screenshot, .size, .lang, .settings
"""
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import storage
from storage.plumbing.config import LocalSettings, default_database_url
from storage.plumbing.db import redact, sqlite_path
from storage.reception.search import warm_up_quietly
from storage.rules.errors import DatabaseProblem, DomainError
from ui.kit.resources import FONT_PATH, icon
from ui.kit.tasks import run_task
from ui.shell.backup_scheduler import BackupScheduler
from ui.shell.error_report import install_error_handlers, set_context
from ui.shell.first_run_wizard import FirstRunWizard
from ui.shell.i18n import DEFAULT_LANGUAGE, install_translators
from ui.shell.login_dialog import ask_login
from ui.shell.upgrade_progress import open_store_at_start

# The main window and every station it holds, the settings and the first-run wizard are imported when
# they are first needed, not on the way to the login window (a second of imports on a 2-core PC; issue
# 21 item 7). While the login window waits for the password they are imported a module at a time
# (preload_after_login_shows), so the main window still opens at once after 登录.


def _preload_steps():
    """What the main window imports, in pieces of some tens of ms each (written as imports, not names,
    so that a module moved elsewhere takes its preload with it)."""
    def printing_base():
        from printing import base  # noqa: F401  (preload: ReportLab's platypus with it)

    def storage_areas():
        from storage import care, cashier  # noqa: F401  (preload)

    def settings_pages():
        from ui.shell import settings_pages  # noqa: F401  (preload)

    def stations():
        from ui.shell import stations  # noqa: F401  (preload)

    def main_window():
        from ui.shell import main_window  # noqa: F401  (preload)
    return [printing_base, storage_areas, settings_pages, stations, main_window]

APP_NAME = "FourS-Service"
ORGANIZATION = "FourS"
FONT_POINT_SIZE = 10
_font_family: str | None = None
_preloaded = False
log = logging.getLogger("fours.app")


def run_gui(args) -> int:
    local = LocalSettings(getattr(args, "settings", None))
    language = getattr(args, "lang", None) or local.get("language") or DEFAULT_LANGUAGE
    app = create_application()
    translators = install_translators(app, language)
    try:
        url = getattr(args, "database", None) or local.database_url
        if getattr(args, "demo", False):  # the demo's own database, never the store's (storage.demo)
            # lazy: the demo generator adds about 230 ms to a store's start
            from storage.demo import demo_database_url

            url = demo_database_url(getattr(args, "database", None))
        if getattr(args, "screenshot", None):
            # lazy: every station (about 1.5 s), only for --screenshot
            from ui.shell.screenshots import take_screenshots

            return take_screenshots(url=url, local=local, demo=bool(args.demo), out_dir=Path(args.screenshot),
                                    size=getattr(args, "size", None) or (1366, 768))
        uninstall = install_error_handlers()
        # No --database and nothing saved: the wizard may still ask where this PC's data lives.
        may_choose = not getattr(args, "database", None) and not local.get("database_url")
        try:
            return _run_interactive(app, url, local, demo=bool(getattr(args, "demo", False)), may_choose=may_choose)
        finally:
            uninstall()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def create_application() -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt) with our name and CJK font."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setWindowIcon(icon("app"))
    family = register_font()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    return app


def register_font() -> str | None:
    """文泉驿微米黑 from assets/, so Chinese looks the same on every PC (and offscreen) as on paper."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(FONT_PATH))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = families[0] if families else ""
    return _font_family or None


def open_database_or_ask(url: str, local: LocalSettings) -> str | None:
    """Open the store; when that fails, show why and offer the database settings. None: the user gave up."""
    while True:
        try:
            open_store_at_start(url)  # an older database is backed up and upgraded behind a progress window
            return url
        except DatabaseProblem as exc:
            log.error("无法打开数据库：%s", exc.message)
            box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "无法打开数据库"), exc.message)
            change = box.addButton(QApplication.translate("App", "更改数据库设置…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QApplication.translate("App", "退出"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not change:
                return None
            # lazy: the settings dialog and its pages, about 300 ms
            from ui.shell.settings_dialog import SettingsDialog

            if SettingsDialog(local=local, database_url=url, restart_notices=False).exec() != QDialog.DialogCode.Accepted:
                return None
            url = local.database_url  # the URL just saved replaces a --database given on the command line


def _fresh_pc(url: str, may_choose: bool) -> bool:
    """This PC has never opened a database: no saved choice, and its default file is not there yet."""
    path = sqlite_path(url)
    return may_choose and url == default_database_url() and path is not None and not path.exists()


def _run_interactive(app: QApplication, url: str, local: LocalSettings, *, demo: bool, may_choose: bool = False) -> int:
    if _fresh_pc(url, may_choose) and not demo:
        wizard = FirstRunWizard(local=local, database_url=None)  # it opens the database the user picks
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0
        url = wizard.database_url
        username = wizard.admin.username if wizard.admin else None
    else:
        url = open_database_or_ask(url, local)
        if url is None:
            return 2
        if demo:
            # lazy: the demo generator adds about 230 ms to a store's start
            from storage.demo import check_demo_database, populate_if_empty

            try:
                check_demo_database()
                populate_if_empty()
            except DomainError as exc:
                log.error("演示数据：%s", exc.message)
                QMessageBox.critical(None, QApplication.translate("App", "演示数据"), exc.message)
                storage.close_store()
                return 2
        username = None
        if storage.is_first_run():
            wizard = FirstRunWizard(local=local, database_url=url, may_choose=may_choose and not demo)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return 0
            url = wizard.database_url
            username = wizard.admin.username if wizard.admin else None
    log.info("数据库已打开：%s", redact(url))
    shell = Shell(app, local=local, database_url=url)
    if not shell.sign_in(username=username):
        return 0
    try:
        return app.exec()
    finally:
        storage.close_store()


def preload_after_login_shows() -> None:
    """Import what the main window needs on the GUI thread once the login window is up, one piece per
    turn of the event loop, so the window answers keys while the user types and the main window then
    opens without waiting for them. Meanwhile, in the background: the look-up's warm-up
    (storage.reception.search.warm_up) and ReportLab's font (printing.fonts.preload), so neither the first
    look-up nor the first printout waits for them. Once per process (切换用户 shows the login again)."""
    global _preloaded
    if _preloaded:
        return
    _preloaded = True
    # lazy: ReportLab's font layer, about 65 ms, loaded while the login waits
    from printing.fonts import preload

    # The first look-up of the day: its SQL built and its pages read while the user types the password.
    run_task(None, warm_up_quietly)
    preload()
    pending = _preload_steps()

    def step():
        if pending:
            pending.pop(0)()
            QTimer.singleShot(0, step)
    QTimer.singleShot(0, step)


class Shell:
    """Keeps the one main window; 切换用户 replaces it with a new one for the next user."""

    def __init__(self, app: QApplication, *, local: LocalSettings, database_url: str):
        self.app = app
        self.local = local
        self.database_url = database_url
        self.window = None  # ui.shell.main_window.MainWindow
        # Dialogs come and go between windows (切换用户): quit only when the main window is closed.
        app.setQuitOnLastWindowClosed(False)

        # 定时备份 belongs to the program, not to a user: it runs whoever is signed in.
        self.backups = BackupScheduler(local=local, parent=app)
        self.backups.start()

    def sign_in(self, *, username: str | None = None, message: str = "") -> bool:
        QTimer.singleShot(0, preload_after_login_shows)  # runs once the login window is up
        user = ask_login(username=username, message=message)
        if user is None:
            return False
        # lazy: the main window and its stations, about 1.1 s (preloaded while the login waits)
        from ui.shell.main_window import MainWindow

        set_context(用户=f"{user.username}（{user.role}）")
        log.info("登录：%s（%s）", user.username, user.role)
        self.window = MainWindow(user=user, local=self.local, database_url=self.database_url)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.session_ended.connect(self.sign_out)
        self.window.closed.connect(self.app.quit)
        self.backups.attach(self.window)
        self.window.show()
        return True

    def sign_out(self, message: str) -> None:
        """The account was disabled or changed while signed in: back to the login dialog, saying why."""
        self.switch_user(username=self.window.user.username, message=message)

    def switch_user(self, *, username: str | None = None, message: str = "") -> None:
        old = self.window
        old.hide()
        if not self.sign_in(username=username, message=message):
            old.close()  # 退出 on the login dialog ends the program
            return
        old.closed.disconnect(self.app.quit)
        old.close()
        old.deleteLater()
