"""One page per station (storage.auth.STATIONS), each in its own module; the main window shows the
ones the signed-in user's role opens."""
from .admin import AdminPage
from .cashier import CashierPage
from .care import CarePage
from .manager import ManagerPage
from .parts import PartsPage
from .reception import ReceptionPage
from .workshop import WorkshopPage

PAGES = {page.NAME: page for page in (ReceptionPage, WorkshopPage, PartsPage, CashierPage, CarePage, ManagerPage, AdminPage)}

__all__ = ["PAGES", "AdminPage", "CashierPage", "CarePage", "ManagerPage", "PartsPage", "ReceptionPage", "WorkshopPage"]
