"""发票 tab (for finance): the invoices issued in a period, by kind and status, with their totals
(those in force, those red-lettered), 红冲 of the one chosen, and the list exported to Excel."""
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QWidget

from storage.cashier import invoices
from storage.models import now
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from storage.rules.vocabulary import InvoiceKind, InvoiceStatus
from ui.cashier.red_letter_dialog import RedLetterDialog
from ui.forms.ui_cashier_invoices import Ui_CashierInvoicesTab
from ui.kit.keys import shortcut
from ui.kit.labels import choices, label
from ui.kit.messages import say
from ui.kit.operations import run_op
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.style import RED
from ui.kit.tables import selected_row, set_up_fitted_view
from ui.kit.tasks import run_task


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _status_colour(row):
    return RED if row["status"] == InvoiceStatus.RED_LETTERED else None


class InvoicesTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierInvoicesTab()
        self.ui.setupUi(self)
        self.user, self.changes, self.local = user, changes, local
        today = now().date()
        self.ui.fromEdit.setDate(_qdate(today.replace(day=1)))
        self.ui.toEdit.setDate(_qdate(today))
        for text, value in choices(InvoiceKind, blank=self.tr("全部")):
            self.ui.kindCombo.addItem(text, value)
        for text, value in choices(InvoiceStatus, blank=self.tr("全部")):
            self.ui.statusCombo.addItem(text, value)
        self.totals, self.problem = None, ""
        self.model = PagedTableModel(columns=[
            Column("issued_on", self.tr("开票日期"), fmt=lambda v: f"{v:%Y-%m-%d}"),
            Column("kind", self.tr("种类"), fmt=label), Column("code", self.tr("发票代码")),
            Column("number", self.tr("发票号码")), Column("buyer_title", self.tr("购买方名称")),
            Column("buyer_tax_number", self.tr("纳税人识别号")), Column("amount", self.tr("金额"), align=RIGHT, fmt=fmt),
            Column("settlement", self.tr("结算单号")), Column("recorded_by", self.tr("登记人")),
            Column("status", self.tr("状态"), fmt=label, colour=_status_colour),
            Column("red_reason", self.tr("红冲原因")),
        ], fetch=self._fetch)
        view = self.ui.invoicesView
        set_up_fitted_view(view, self.model)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.ui.queryButton.clicked.connect(self.reload)
        self.ui.kindCombo.activated.connect(lambda _i: self.reload())
        self.ui.statusCombo.activated.connect(lambda _i: self.reload())
        self.ui.fromEdit.editingFinished.connect(self.reload)
        self.ui.toEdit.editingFinished.connect(self.reload)
        self.ui.redLetterButton.clicked.connect(self.red_letter)
        self.ui.exportButton.clicked.connect(lambda: self.export())
        for key, slot in (("F5", self.reload), ("Ctrl+R", self.red_letter), ("Ctrl+E", self.export)):
            shortcut(key, self, slot)
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if "cashier" in topics else None)
        self.reload()

    def filters(self) -> dict:
        return {"date_from": self.ui.fromEdit.date().toPython(), "date_to": self.ui.toEdit.date().toPython(),
                "kind": self.ui.kindCombo.currentData() or None, "status": self.ui.statusCombo.currentData() or None}

    def _fetch(self, cursor, limit):
        try:
            rows, after, totals = invoices.invoices(self.user, **self.filters(), after=cursor, limit=limit)
        except DomainError as exc:  # a period the wrong way round: an empty list and storage's words
            self.problem = exc.message
            return [], None
        if cursor is None:
            self.totals = totals
        return rows, after

    def reload(self) -> None:
        self.totals, self.problem = None, ""
        self.model.reload()
        if self.problem:
            say(self.ui.totalsLabel, self.problem)
        elif self.totals is not None:
            t = self.totals
            self.ui.totalsLabel.setText(self.tr(
                "正常 {count} 张，合计 <b>{amount}</b>；已红冲 {red_count} 张，{red_amount}").format(
                count=t["count"], amount=fmt(t["amount"]), red_count=t["red_count"], red_amount=fmt(t["red_amount"])))
        self._enable()

    def current(self) -> dict | None:
        return selected_row(self.ui.invoicesView)

    def _enable(self) -> None:
        row = self.current()
        self.ui.redLetterButton.setEnabled(row is not None and row["status"] == InvoiceStatus.NORMAL)

    def red_letter(self):
        row = self.current()
        if row is None or row["status"] != InvoiceStatus.NORMAL:
            return None
        dialog = RedLetterDialog(user=self.user, invoice=row, parent=self)
        run_op(dialog.exec, changes=self.changes, refresh=lambda _topics: self.reload())
        return dialog.red

    def export(self, path: str | None = None):
        filters = self.filters()
        if path is None:
            name = self.tr("发票清单_{start}-{end}").format(start=f"{filters['date_from']:%Y%m%d}",
                                                        end=f"{filters['date_to']:%Y%m%d}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), str(Path.home() / f"{name}.xlsx"),
                                                  self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
        user = self.user
        return run_task(self, lambda cancel: invoices.export_invoices(user, path, **filters),
                        progress=self.tr("正在导出…"), on_error=lambda exc: say(self.ui.totalsLabel, exc.message),
                        on_done=lambda n: say(self.ui.totalsLabel, self.tr("已导出 {n} 张发票到 {path}").format(
                            n=n, path=path), ok=True))
