"""结算记录 tab: the settlements made (today's first), reprints, 开票 / 红冲 (InvoiceDialog), and 冲销 with
a supervisor (refused while an invoice is in force: red-letter it first)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from storage import cashier
from storage.rules.money import fmt
from storage.rules.vocabulary import SettlementStatus
from ui.cashier.invoice_dialog import InvoiceDialog
from ui.cashier.reverse_dialog import ReverseDialog
from ui.forms.ui_cashier_history import Ui_CashierHistoryTab
from ui.kit.operations import run_op
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.tables import set_up_fitted_view

STATUSES = ("", SettlementStatus.VALID, SettlementStatus.REVERSED)


def _status_colour(row):
    return QColor("#c62828") if row["status"] == SettlementStatus.REVERSED else None


class HistoryTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierHistoryTab()
        self.ui.setupUi(self)
        self.user, self.changes, self.local = user, changes, local
        for status in STATUSES:
            self.ui.statusCombo.addItem(self.tr(status) if status else self.tr("全部"), status)
        self.model = PagedTableModel(columns=[
            Column("number", self.tr("结算单号")), Column("at", self.tr("结算时间"), fmt=lambda v: f"{v:%Y-%m-%d %H:%M}"),
            Column("plate", self.tr("车牌号")), Column("order_number", self.tr("工单号")), Column("customer", self.tr("客户")),
            Column("total", self.tr("结算合计"), align=RIGHT, fmt=fmt), Column("customer_due", self.tr("客户实付"), align=RIGHT, fmt=fmt),
            Column(lambda r: r["insurer_due"] + r["warranty_due"], self.tr("挂账"), align=RIGHT, fmt=fmt),
            Column("cashier", self.tr("收银员")), Column("status", self.tr("状态"), colour=_status_colour),
        ], fetch=self._fetch)
        view = self.ui.settlementsView
        set_up_fitted_view(view, self.model)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.ui.searchEdit.returnPressed.connect(self.reload)
        self.ui.statusCombo.activated.connect(lambda _i: self.reload())
        self.ui.printSettlementButton.clicked.connect(lambda: self.print_kind("settlement"))
        self.ui.printReceiptButton.clicked.connect(lambda: self.print_kind("receipt"))
        self.ui.printReleaseButton.clicked.connect(lambda: self.print_kind("release-notice"))
        self.ui.printGuaranteeButton.clicked.connect(lambda: self.print_kind("guarantee-card"))
        self.ui.reverseButton.clicked.connect(self.reverse)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reverse)
        self.ui.invoiceButton.clicked.connect(self.invoice)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.invoice)
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if "cashier" in topics else None)
        self.model.fetchMore()
        self._enable()

    def _fetch(self, cursor, limit):
        return cashier.settlements(text=self.ui.searchEdit.text().strip() or None,
                                   status=self.ui.statusCombo.currentData() or None, after=cursor, limit=limit)

    def reload(self) -> None:
        self.model.reload()
        self._enable()

    def current(self) -> dict | None:
        index = self.ui.settlementsView.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        row = self.current()
        live = row is not None and row["status"] == SettlementStatus.VALID
        self.ui.printSettlementButton.setEnabled(row is not None)
        self.ui.printReceiptButton.setEnabled(row is not None)
        for button in (self.ui.printReleaseButton, self.ui.printGuaranteeButton, self.ui.reverseButton,
                       self.ui.invoiceButton):
            button.setEnabled(live)

    def print_kind(self, kind: str):
        row = self.current()
        return preview_document(self, kind, row["number"], user=self.user, local=self.local) if row else None

    def reverse(self):
        row = self.current()
        if row is None or row["status"] != SettlementStatus.VALID:
            return None
        dialog = ReverseDialog(user=self.user, settlement=row, parent=self)
        run_op(dialog.exec, changes=self.changes, refresh=lambda _topics: self.reload())
        return dialog.reversed

    def invoice(self):
        """开票 for the chosen live settlement; its invoices so far are listed there, and red-lettered from there."""
        row = self.current()
        if row is None or row["status"] != SettlementStatus.VALID:
            return None
        dialog = InvoiceDialog(user=self.user, settlement_id=row["id"], changes=self.changes, parent=self)
        run_op(dialog.exec, changes=self.changes, refresh=lambda _topics: self.reload())
        return dialog.recorded
