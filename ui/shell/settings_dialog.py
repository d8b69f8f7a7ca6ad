"""设置: a list of small pages (store, database, printers, language); 确定 saves every page."""
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from storage.models import User
from storage.plumbing.config import LocalSettings
from storage.rules.errors import DomainError
from ui.forms.ui_settings_dialog import Ui_SettingsDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.errors import show_error
from ui.shell.settings_pages import PAGES


class SettingsDialog(PreservingDialog):
    """Per-PC settings go to `local` (written once, on 确定); store-wide ones through storage.rules.settings."""

    def __init__(
        self,
        *,
        local: LocalSettings,
        user: User | None = None,
        database_url: str | None = None,
        restart_notices: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.local = local
        # False when the program applies the change at once (the database prompt at start-up).
        self.restart_notices = restart_notices
        self.pages = [page(local=local, user=user, database_url=database_url) for page in PAGES if page.available_to(user)]
        for page in self.pages:
            self.ui.pageStack.addWidget(page)
            self.ui.pageList.addItem(QListWidgetItem(page.title()))
        self.ui.pageList.currentRowChanged.connect(self.ui.pageStack.setCurrentIndex)
        self.ui.pageList.setCurrentRow(0)

    def page(self, page_class):
        return next((p for p in self.pages if isinstance(p, page_class)), None)

    def show_page(self, page) -> None:
        self.ui.pageList.setCurrentRow(self.pages.index(page))

    def accept(self) -> None:
        notices = []
        for page in self.pages:
            try:
                notices += page.save()
            except DomainError as exc:
                self.show_page(page)
                show_error(self, exc)
                return
        self.local.save()
        if notices and self.restart_notices:
            QMessageBox.information(self, self.tr("设置已保存"), "\n".join(notices))
        super().accept()
