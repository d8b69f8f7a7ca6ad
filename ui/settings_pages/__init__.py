"""The settings dialog's pages, one concern each, in the order the dialog lists them."""
from .database import DatabasePage
from .language import LanguagePage
from .printers import PrintersPage
from .store import StorePage

PAGES = (StorePage, DatabasePage, PrintersPage, LanguagePage)

__all__ = ["PAGES", "DatabasePage", "LanguagePage", "PrintersPage", "StorePage"]
