"""One page per station (storage.rules.auth.STATIONS), each in its own module; the main window shows the
ones the signed-in user's role opens."""
from ui.admin.page import AdminPage
from ui.care.page import CarePage
from ui.cashier.page import CashierPage
from ui.manager.page import ManagerPage
from ui.parts.page import PartsPage
from ui.reception.page import ReceptionPage
from ui.workshop.page import WorkshopPage

PAGES = {page.NAME: page for page in (ReceptionPage, WorkshopPage, PartsPage, CashierPage, CarePage, ManagerPage, AdminPage)}

__all__ = ["PAGES", "AdminPage", "CashierPage", "CarePage", "ManagerPage", "PartsPage", "ReceptionPage", "WorkshopPage"]
