"""首次使用: the wizard shown while the database has no user yet: store details, then the administrator.

Each page checks its fields with storage's validators before letting the user go on; the last page
calls storage.first_run_setup, which saves everything in one transaction (or nothing).
"""
from html import escape

from PySide6.QtWidgets import QWizard, QWidget

import storage
from storage import auth, settings
from storage.db import redact
from storage.errors import DomainError, ValidationError
from storage.models import User

from .forms.ui_first_run_wizard import Ui_FirstRunWizard

# storage field name -> the page whose fields it names (errors from the final save go back there).
_FIELD_PAGES = {"store_name": "storePage", "phone": "storePage", "address": "storePage",
                "username": "adminPage", "display_name": "adminPage", "password": "adminPage", "role": "adminPage"}


class FirstRunWizard(QWizard):
    """exec() == Accepted leaves the new administrator in `self.admin`."""

    def __init__(self, *, database_url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.admin: User | None = None
        self.ui.databaseEdit.setText(redact(database_url))
        self.ui.databaseEdit.setCursorPosition(0)
        for label in (self.ui.storeError, self.ui.adminError, self.ui.finishError):
            label.hide()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))

    # -- the pages' checks -------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        checks = {self.ui.storePage: self._check_store, self.ui.adminPage: self._check_admin,
                  self.ui.finishPage: self._save}
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

    # -- the summary on the last page --------------------------------------------------------------
    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if self.page(page_id) is self.ui.finishPage:
            self.ui.finishError.hide()
            rows = [
                (self.tr("店名"), self.ui.storeNameEdit.text().strip()),
                (self.tr("地址"), self.ui.addressEdit.text().strip() or self.tr("（未填写）")),
                (self.tr("服务电话"), self.ui.phoneEdit.text()),
                (self.tr("管理员"), f"{self.ui.displayNameEdit.text().strip()}（{self.ui.usernameEdit.text().strip()}）"),
            ]
            html = "".join(
                f"<tr><td style='padding:4px 16px 4px 0; color:#666666'>{k}</td><td style='padding:4px 0'>{escape(v)}</td></tr>"
                for k, v in rows
            )
            self.ui.summaryLabel.setText(f"<table>{html}</table>")

