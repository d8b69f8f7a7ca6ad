"""首次使用: the wizard shown while this PC has no database chosen or the database has no user yet.

Pages: 欢迎 (this PC only, or the store's server) → 门店服务器 (address, user, password, 测试连接)
→ either 已连接到门店数据库 (another PC set the store up: nothing to create, log in) or 门店信息 →
管理员账号 → 完成. Opening the chosen database (created, or backed up and upgraded) runs off the GUI
thread (storage.store.connection.join); the choice is written to this PC's settings only when the wizard
finishes. Each page checks its fields with storage's validators before letting the user go on; the
last page calls storage.first_run_setup, which saves everything in one transaction (or nothing).
"""
from html import escape

from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget, QWizard

import storage
from storage.models import User
from storage.plumbing.config import LocalSettings, default_database_url
from storage.plumbing.db import redact, sqlite_path
from storage.rules import auth, settings
from storage.rules.errors import DomainError, ValidationError
from storage.store import connection
from storage.store.schema import LATEST
from storage.store.upgrade import UpgradeNeedsConfirmation
from ui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from ui.kit.screen_fit import fit_window
from ui.kit.style import GREEN_HEX, GREY_HEX, RED_HEX
from ui.kit.tasks import run_task

# storage field name -> the page whose fields it names (errors from the final save go back there).
_FIELD_PAGES = {"store_name": "storePage", "phone": "storePage", "address": "storePage",
                "username": "adminPage", "display_name": "adminPage", "password": "adminPage", "role": "adminPage"}
_OK, _BAD, _BUSY = GREEN_HEX, RED_HEX, GREY_HEX


class FirstRunWizard(QWizard):
    """exec() == Accepted leaves the chosen database open, its URL in `self.database_url`, and the new
    administrator in `self.admin` (None when this PC joined a store another PC had set up).

    database_url None: nothing is open yet and this PC chooses where its data lives. A URL: that
    database is open; `may_choose` still offers the choice (this PC's default file, still empty).
    """

    def __init__(self, *, local: LocalSettings | None = None, database_url: str | None = None, may_choose: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.local = local or LocalSettings()
        self.admin: User | None = None
        self.database_url = database_url  # the database open now (None: none yet)
        self.may_choose = database_url is None or may_choose
        self.joined: connection.Probe | None = None  # what the last connection found
        self.task = None  # the background test or connection, while it runs
        self.upgrade_without_backup = False
        self._ids = {self.page(page_id): page_id for page_id in self.pageIds()}
        self._show_database_choice(database_url)
        for label in (self.ui.welcomeError, self.ui.storeError, self.ui.adminError, self.ui.finishError):
            label.hide()
        self.ui.testButton.clicked.connect(self.test_connection)
        for edit in (self.ui.hostEdit, self.ui.databaseNameEdit, self.ui.dbUserEdit, self.ui.dbPasswordEdit):
            edit.textEdited.connect(self._server_fields_changed)
        self.ui.portSpin.valueChanged.connect(self._server_fields_changed)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))

    def showEvent(self, event) -> None:
        fit_window(self, scroll=False)  # a wizard's pages are its own; it is only kept on the screen
        super().showEvent(event)

    def _show_database_choice(self, database_url: str | None) -> None:
        choosing = self.may_choose
        for widget in (self.ui.localRadio, self.ui.localNote, self.ui.serverRadio, self.ui.serverNote):
            widget.setVisible(choosing)
        for widget in (self.ui.databaseLabel, self.ui.databaseEdit, self.ui.databaseNote):
            widget.setVisible(not choosing)
        if choosing:
            self.ui.localNote.setText(self.tr("数据保存在这台电脑的数据文件夹中：{path}").format(
                path=str(sqlite_path(default_database_url()))))
            self.ui.localRadio.setFocus()
        else:
            self.ui.welcomeText.setText(self.tr(
                "这台电脑连接的数据库中还没有任何账号。接下来只需两步：填写门店信息，创建系统管理员账号。"
                "完成后用这个账号登录，再为服务顾问、车间、备件仓库、收银和客服的同事创建各自的账号。"))
            self.ui.databaseEdit.setText(redact(database_url or ""))
            self.ui.databaseEdit.setCursorPosition(0)

    # -- which page follows ------------------------------------------------------------------------
    def nextId(self) -> int:
        page, ui = self.currentPage(), self.ui
        if page is ui.welcomePage:
            return self._ids[ui.serverPage if self.may_choose and ui.serverRadio.isChecked() else ui.storePage]
        if page is ui.serverPage:
            return self._ids[ui.joinedPage if self.joined and self.joined.has_users else ui.storePage]
        if page in (ui.finishPage, ui.joinedPage):
            return -1
        return super().nextId()

    # -- the pages' checks -------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page, ui = self.currentPage(), self.ui
        if self.task is not None:
            return False  # a connection is still being made
        if page is ui.welcomePage:
            if self.may_choose and ui.localRadio.isChecked():
                return self._connect(default_database_url(), ui.welcomeError)
            return True
        if page is ui.serverPage:
            try:
                url = self.server_url()
            except ValidationError as exc:
                self._show_test_result(exc.message, _BAD)
                return False
            return self._connect(url, ui.testResult)
        checks = {ui.storePage: self._check_store, ui.adminPage: self._check_admin, ui.finishPage: self._save}
        check = checks.get(page)
        if check is None:
            return super().validateCurrentPage()
        error_label = self._error_label(page)
        try:
            check()
        except DomainError as exc:
            self._show_on_page(exc)
            return False
        error_label.hide()
        return super().validateCurrentPage()

    def _check_store(self) -> None:
        settings.clean_store_detail("store.name", self.ui.storeNameEdit.text())
        self.ui.phoneEdit.setText(settings.clean_store_detail("store.phone", self.ui.phoneEdit.text()))

    def _check_admin(self) -> None:
        password = self.ui.passwordEdit.text()
        auth.validate_new_user(self.ui.usernameEdit.text(), self.ui.displayNameEdit.text(), auth.ADMIN, password)
        if password != self.ui.confirmEdit.text():
            self.ui.confirmEdit.clear()
            raise ValidationError(self.tr("两次输入的密码不一致，请重新输入确认密码。"), field="password")

    def _save(self) -> None:
        self.admin = storage.first_run_setup(
            store_name=self.ui.storeNameEdit.text(),
            address=self.ui.addressEdit.text(),
            phone=self.ui.phoneEdit.text(),
            admin_username=self.ui.usernameEdit.text().strip(),
            admin_name=self.ui.displayNameEdit.text(),
            admin_password=self.ui.passwordEdit.text(),
        )

    def _error_label(self, page):
        return {self.ui.storePage: self.ui.storeError, self.ui.adminPage: self.ui.adminError}.get(page, self.ui.finishError)

    def _show_on_page(self, exc: DomainError) -> None:
        """Show the message on the page that owns the field; from the last page, go back there first."""
        page = self.currentPage()
        owner = getattr(self.ui, _FIELD_PAGES.get(exc.field or "", ""), None)
        if page is self.ui.finishPage and owner is not None:
            while self.currentPage() is not owner:
                self.back()
            page = owner
        label = self._error_label(page)
        label.setText(exc.message)
        label.show()

    # -- the store's server ------------------------------------------------------------------------
    def server_url(self) -> str:
        ui = self.ui
        return connection.server_url(host=ui.hostEdit.text(), port=ui.portSpin.value(), database=ui.databaseNameEdit.text(),
                                     user=ui.dbUserEdit.text(), password=ui.dbPasswordEdit.text())

    def _server_fields_changed(self, *_args) -> None:
        self.ui.testResult.clear()

    def test_connection(self) -> None:
        """测试连接: look at the server without changing anything, off the GUI thread."""
        try:
            url = self.server_url()
        except ValidationError as exc:
            self._show_test_result(exc.message, _BAD)
            self._focus_field(exc.field)
            return
        self.ui.testButton.setEnabled(False)
        self._show_test_result(self.tr("正在连接…"), _BUSY)
        self.task = run_task(self, lambda cancel: connection.probe(url), uses_database=False,
                             on_done=self._tested, on_error=self._test_failed)

    def _tested(self, found: connection.Probe) -> None:
        self.task = None
        self.ui.testButton.setEnabled(True)
        if found.version is None:
            text, colour = self.tr("连接成功。这是一个空数据库：点“下一步”在其中建立门店的数据。"), _OK
        elif found.version > LATEST:
            text, colour = self.tr("连接成功，但这个数据库来自更新版本的程序（版本 {v}）：请先在这台电脑上安装新版本。").format(
                v=found.version), _BAD
        elif found.has_users:
            text, colour = self.tr("连接成功：门店“{store}”的数据库。点“下一步”加入，与其他电脑共用数据。").format(
                store=found.store_name or self.tr("（未设置店名）")), _OK
        else:
            text, colour = self.tr("连接成功。数据库中还没有门店：点“下一步”设置门店和管理员。"), _OK
        self._show_test_result(text, colour)

    def _test_failed(self, exc: DomainError) -> None:
        self.task = None
        self.ui.testButton.setEnabled(True)
        self._show_test_result(exc.message, _BAD)

    def _show_test_result(self, text: str, colour: str) -> None:
        self.ui.testResult.setStyleSheet(f"color: {colour};")
        self.ui.testResult.setText(text)

    def _focus_field(self, field: str | None) -> None:
        edits = {"host": self.ui.hostEdit, "port": self.ui.portSpin, "database": self.ui.databaseNameEdit,
                 "user": self.ui.dbUserEdit, "password": self.ui.dbPasswordEdit}
        if field in edits:
            edits[field].setFocus()
            if isinstance(edits[field], QLineEdit):
                edits[field].selectAll()

    # -- opening the chosen database ---------------------------------------------------------------
    def _connect(self, url: str, error_label) -> bool:
        """True when `url` is the open database; otherwise start opening it and stay on the page:
        when it is open, the wizard moves on by itself."""
        if url == self.database_url and (self.joined is not None or not self.ui.serverRadio.isChecked()):
            return True
        storage.close_database()  # this thread's connection to the database chosen before, if any
        self.database_url, self.joined = None, None
        error_label.setStyleSheet(f"color: {_BUSY};")
        error_label.setText(self.tr("正在打开数据库…"))
        error_label.show()
        self._set_buttons_enabled(False)
        without_backup = self.upgrade_without_backup
        self.task = run_task(self, lambda cancel: connection.join(url, upgrade_without_backup=without_backup),
                             uses_database=False,
                             on_done=lambda found: self._connected(url, found, error_label),
                             on_error=lambda exc: self._connect_failed(url, exc, error_label))
        return False

    def _connected(self, url: str, found: connection.Probe, error_label) -> None:
        self.task = None
        self._set_buttons_enabled(True)
        self.database_url, self.joined = url, found
        error_label.clear()
        if error_label is not self.ui.testResult:
            error_label.hide()
        self.next()

    def _connect_failed(self, url: str, exc: DomainError, error_label) -> None:
        self.task = None
        self._set_buttons_enabled(True)
        if isinstance(exc, UpgradeNeedsConfirmation) and not self.upgrade_without_backup:
            answer = QMessageBox.question(self, self.tr("升级数据库"), exc.message + "\n\n" + self.tr("仍要升级吗？"))
            if answer == QMessageBox.StandardButton.Yes:
                self.upgrade_without_backup = True
                self.next()
                return
        error_label.setStyleSheet(f"color: {_BAD};")
        error_label.setText(exc.message)
        error_label.show()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton):
            self.button(which).setEnabled(enabled)
        self.ui.testButton.setEnabled(enabled)

    def accept(self) -> None:
        if self.may_choose:  # this PC's choice, kept for the next start
            self.local.set("database_url", "" if self.database_url == default_database_url() else self.database_url)
            self.local.save()
        super().accept()

    # -- the summaries -----------------------------------------------------------------------------
    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        page = self.page(page_id)
        if page is self.ui.finishPage:
            self.ui.finishError.hide()
            self.ui.summaryLabel.setText(_table([
                (self.tr("店名"), self.ui.storeNameEdit.text().strip()),
                (self.tr("地址"), self.ui.addressEdit.text().strip() or self.tr("（未填写）")),
                (self.tr("服务电话"), self.ui.phoneEdit.text()),
                (self.tr("管理员"), f"{self.ui.displayNameEdit.text().strip()}（{self.ui.usernameEdit.text().strip()}）"),
                (self.tr("数据库"), redact(self.database_url or "")),
            ]))
        elif page is self.ui.joinedPage and self.joined is not None:
            self.ui.joinedSummary.setText(_table([
                (self.tr("门店"), self.joined.store_name or self.tr("（未设置店名）")),
                (self.tr("数据库"), redact(self.database_url or "")),
                (self.tr("数据库版本"), str(self.joined.version)),
            ]))


def _table(rows) -> str:
    html = "".join(
        f"<tr><td style='padding:4px 16px 4px 0; color:#666666'>{escape(k)}</td><td style='padding:4px 0'>{escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{html}</table>"
