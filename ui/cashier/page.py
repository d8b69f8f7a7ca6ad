"""结算收银: the cashier's station, one tab per job: 结算 (settle and print), 结算记录 (reprints and
冲销), 挂账 (receivables and remittances), 会员卡 (member cards and packages), 发票 (the invoices
recorded, for finance), 日结 (day-end)."""
from PySide6.QtWidgets import QWidget

from storage.models import User
from ui.cashier.cards_tab import CardsTab
from ui.cashier.day_end_tab import DayEndTab
from ui.cashier.history_tab import HistoryTab
from ui.cashier.invoices_tab import InvoicesTab
from ui.cashier.receivables_tab import ReceivablesTab
from ui.cashier.settle_tab import SettleTab
from ui.forms.ui_cashier_page import Ui_CashierPage
from ui.kit.header import fill_header


class CashierPage(QWidget):
    NAME = "cashier"

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_CashierPage()
        self.ui.setupUi(self)
        fill_header(self)
        shared = {"user": user, "changes": changes, "local": local}
        self.settle = SettleTab(**shared)
        self.history = HistoryTab(**shared)
        self.receivables = ReceivablesTab(**shared)
        self.day_end = DayEndTab(**shared)
        self.cards = CardsTab(**shared)
        self.invoices = InvoicesTab(**shared)
        self.ui.tabs.addTab(self.settle, self.tr("结算收款"))
        self.ui.tabs.addTab(self.history, self.tr("结算记录 / 冲销"))
        self.ui.tabs.addTab(self.receivables, self.tr("挂账回款"))
        self.ui.tabs.addTab(self.cards, self.tr("会员卡"))
        self.ui.tabs.addTab(self.invoices, self.tr("发票"))
        self.ui.tabs.addTab(self.day_end, self.tr("日结"))

    def focus_main_input(self) -> None:
        """After login the keyboard starts in the till's search box: part of a plate, Enter."""
        self.settle.ui.searchEdit.setFocus()

    def title(self) -> str:
        return self.tr("结算收银")
