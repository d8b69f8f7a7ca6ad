"""The settings dialog's pages, one concern each, in the order the dialog lists them."""
from .backup import BackupPage
from .database import DatabasePage
from .language import LanguagePage
from .printers import PrintersPage
from .store import StorePage

PAGES = (StorePage, DatabasePage, BackupPage, PrintersPage, LanguagePage)

__all__ = ["PAGES", "BackupPage", "DatabasePage", "LanguagePage", "PrintersPage", "StorePage"]
