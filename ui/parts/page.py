"""备件仓库: the warehouse clerk's window — catalogue, issuing to work orders, receiving and
purchasing, stock counts, lists and parts bought against parts used (进销对账), one tab each (ui/parts/). Changes from this PC or another
reload the tabs they concern: the one on screen at once, the others when they are next shown."""
from PySide6.QtWidgets import QWidget

from storage.models import User
from storage.parts import reads
from ui.forms.ui_parts_page import Ui_PartsPage
from ui.kit.format import money_text
from ui.kit.keys import shortcut
from ui.kit.operations import Operations
from ui.parts.catalogue_tab import CatalogueTab
from ui.parts.count_tab import CountTab
from ui.parts.flow_tab import FlowTab
from ui.parts.issue_tab import IssueTab
from ui.parts.lists_tab import ListsTab
from ui.parts.receiving_tab import ReceivingTab

# Which tabs a change topic concerns (storage.plumbing.changes topics).
CONCERNS = {"parts": {"catalogue", "issue", "receiving", "count", "lists", "flow"}, "orders": {"issue"}}


class PartsPage(QWidget):
    NAME = "parts"

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.changes = changes
        self.local = local
        self.ui = Ui_PartsPage()
        self.ui.setupUi(self)
        ops = Operations(changes=changes, refresh=self.on_changes)  # the tabs' writes (ui.kit.operations)
        self.catalogue = CatalogueTab(user=user, ops=ops, local=local)
        self.issue = IssueTab(user=user, ops=ops, local=local)
        self.receiving = ReceivingTab(user=user, ops=ops, local=local)
        self.count = CountTab(user=user, ops=ops, local=local)
        self.lists = ListsTab(user=user)
        self.flow = FlowTab(user=user)
        self.tabs = {"catalogue": self.catalogue, "issue": self.issue, "receiving": self.receiving,
                     "count": self.count, "lists": self.lists, "flow": self.flow}
        for widget, label in ((self.catalogue, self.tr("备件目录")), (self.issue, self.tr("领料出库 / 退库")),
                              (self.receiving, self.tr("入库 / 采购")), (self.count, self.tr("盘点")),
                              (self.lists, self.tr("清单")), (self.flow, self.tr("进销对账"))):
            self.ui.tabs.addTab(widget, label)
        self.stale: set[str] = set()
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        for index, key in enumerate(("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6")):
            shortcut(key, self, lambda i=index: self.ui.tabs.setCurrentIndex(i))
        if changes is not None:
            changes.changed.connect(self.on_changes)
        self.show_figures()

    def title(self) -> str:
        return self.tr("备件仓库")

    def show_tab(self, name: str) -> None:
        self.ui.tabs.setCurrentWidget(self.tabs[name])

    def show_figures(self) -> None:
        f = reads.day_figures()
        self.ui.figuresLabel.setText(self.tr(
            "今日 入库 {receipts} 单 · 出库 {issues} 单 · 退库 {returns} 单　|　待发料 {picks} · 低于安全库存 {below} · "
            "在途采购单 {pos} · 库存金额 {value}").format(
            receipts=f["receipts"], issues=f["issues"], returns=f["returns"], picks=f["picks_waiting"],
            below=f["below_safety"], pos=f["open_purchase_orders"], value=money_text(f["stock_value"])))

    def on_changes(self, topics: set) -> None:
        concerned = set().union(*(CONCERNS.get(topic, set()) for topic in topics))
        if not concerned:
            return
        self.stale |= concerned
        self._refresh_current()
        self.show_figures()

    def _tab_shown(self, _index: int) -> None:
        self._refresh_current()

    def _refresh_current(self) -> None:
        current = self.ui.tabs.currentWidget()
        for name, tab in self.tabs.items():
            if tab is current and name in self.stale:
                self.stale.discard(name)
                tab.refresh()
