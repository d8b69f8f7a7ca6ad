"""The settings dialog's pages, one concern each, in the order the dialog lists them."""
from ui.shell.settings_pages.backup import BackupPage
from ui.shell.settings_pages.database import DatabasePage
from ui.shell.settings_pages.language import LanguagePage
from ui.shell.settings_pages.printers import PrintersPage
from ui.shell.settings_pages.store import StorePage

PAGES = (StorePage, DatabasePage, BackupPage, PrintersPage, LanguagePage)

__all__ = ["PAGES", "BackupPage", "DatabasePage", "LanguagePage", "PrintersPage", "StorePage"]
