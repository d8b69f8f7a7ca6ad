"""系统管理: the administrator's and the service manager's station for setting the store up and keeping
it so — 上线清单 first (what is still missing), then users, role rights, the store, vehicle models,
VIN prefixes, the labour-time table, the service packages, the guarantee, care and 三包 settings, the
member card kinds and top-up bonus (the manager's), and 数据导入 (the old system's data). Ctrl+Tab
moves between the tabs."""
from PySide6.QtWidgets import QWidget

from storage.models import User
from storage.rules import auth
from ui.admin.cards_tab import CardKindsTab
from ui.admin.checklist_tab import ChecklistTab
from ui.admin.documents_tab import DocumentsTab
from ui.admin.import_tab import ImportTab
from ui.admin.labour_tab import LabourTab, PackagesTab
from ui.admin.models_tab import ModelsTab, VinPrefixTab
from ui.admin.opening_tab import OpeningTab
from ui.admin.permissions_tab import PermissionsTab
from ui.admin.rules_tab import RulesTab
from ui.admin.store_tab import StoreTab
from ui.admin.users_tab import UsersTab
from ui.admin.workshop_tab import SuppliersTab, WorkshopTab
from ui.forms.ui_admin_page import Ui_AdminPage
from ui.kit.header import fill_header
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.settings_pages.backup import BackupPage
from ui.shell.settings_pages.printers import PrintersPage


class AdminPage(QWidget):
    NAME = "admin"

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        fill_header(self)
        self.checklist = ChecklistTab(user=user, local=local)
        self.users = UsersTab(user=user)
        self.permissions = PermissionsTab(user=user)
        self.store = StoreTab(user=user)
        self.models = ModelsTab(user=user)
        self.prefixes = VinPrefixTab(user=user)
        self.labour = LabourTab(user=user)
        self.packages = PackagesTab(user=user)
        self.rules = RulesTab(user=user)
        self.workshop = WorkshopTab(user=user)
        self.documents = DocumentsTab(user=user)
        self.opening = OpeningTab(user=user)
        self.tabs = {"checklist": (self.checklist, self.tr("上线清单")), "users": (self.users, self.tr("用户")),
                     "permissions": (self.permissions, self.tr("角色权限")), "store": (self.store, self.tr("门店")),
                     "models": (self.models, self.tr("车型")), "prefixes": (self.prefixes, self.tr("VIN 前缀")),
                     "labour": (self.labour, self.tr("工时定额")), "packages": (self.packages, self.tr("保养套餐")),
                     "workshop": (self.workshop, self.tr("班组工位")), "documents": (self.documents, self.tr("单据与收款")),
                     "rules": (self.rules, self.tr("保证期与三包")), "opening": (self.opening, self.tr("开账"))}
        if auth.may(user, "golive.import"):  # 数据导入: the old system's data, at go-live
            self.importer = ImportTab(user=user)
            self.tabs["import"] = (self.importer, self.tr("数据导入"))
        if auth.may(user, "cards.define"):  # the card kinds the till sells: the manager's
            self.card_kinds = CardKindsTab(user=user)
            self.tabs["card_kinds"] = (self.card_kinds, self.tr("会员卡种"))
        if auth.may(user, "parts.purchase"):  # suppliers are the warehouse's and the manager's
            self.suppliers = SuppliersTab(user=user)
            self.tabs["suppliers"] = (self.suppliers, self.tr("供应商"))
        for widget, label in self.tabs.values():
            self.ui.tabs.addTab(widget, label)
        self.checklist.go_to.connect(self.show_tab)
        self.opening.changed.connect(self.checklist.reload)
        self.ui.tabs.currentChanged.connect(self._tab_changed)

    def title(self) -> str:
        return self.tr("系统管理")

    def show_tab(self, key: str) -> None:
        key = {"opening_stock": "opening", "opening_receivables": "opening", "member_balances": "opening"}.get(key, key)
        if key in self.tabs:
            self.ui.tabs.setCurrentWidget(self.tabs[key][0])
        elif key in ("printers", "backup") and self.local is not None:
            self.open_settings(key)

    def open_settings(self, key: str):
        """This PC's printers and backup place are 设置's pages: open it there, then recount the list."""
        self.settings_dialog = SettingsDialog(local=self.local, user=self.user, parent=self)
        page = self.settings_dialog.page(PrintersPage if key == "printers" else BackupPage)
        if page is not None:
            self.settings_dialog.show_page(page)
        self.settings_dialog.finished.connect(lambda _r: self.checklist.reload())
        self.settings_dialog.open()
        return self.settings_dialog

    def _tab_changed(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.checklist:
            self.checklist.reload()
        elif self.ui.tabs.currentWidget() is self.opening:
            self.opening.reload()

    def focus_main_input(self) -> None:
        self.ui.tabs.setFocus()
