"""开票登记: after issuing the invoice in the tax system the cashier records it against the settlement:
its kind, code and number, the buyer's title and tax number (the customer's remembered ones offered),
the amount (what is left of what the customer paid) and the date. The invoices recorded so far are
listed above; a wrong one is red-lettered from here (红冲, RedLetterDialog)."""
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem, QWidget

from storage.cashier import invoices
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from storage.rules.vocabulary import InvoiceKind, InvoiceStatus
from ui.cashier.red_letter_dialog import RedLetterDialog
from ui.forms.ui_cashier_invoice import Ui_CashierInvoiceDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.keys import EnterMovesOn
from ui.kit.labels import choices, label
from ui.kit.operations import run_op

RED_LETTER_FIELDS = ("id", "version", "kind", "code", "number", "amount", "buyer_title")


class InvoiceDialog(PreservingDialog):
    """exec() == Accepted leaves the recorded Invoice in `self.recorded`."""

    def __init__(self, *, user, settlement_id: int, changes=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierInvoiceDialog()
        self.ui.setupUi(self)
        self.user, self.settlement_id, self.changes, self.recorded = user, settlement_id, changes, None
        for text, value in choices(InvoiceKind):
            self.ui.kindCombo.addItem(text, value)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(InvoiceKind.DIGITAL))
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        table = self.ui.invoicesTable
        headers = [self.tr("种类"), self.tr("发票代码"), self.tr("发票号码"), self.tr("购买方"), self.tr("金额"),
                   self.tr("开票日期"), self.tr("状态")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._enable)
        self.ui.redLetterButton.clicked.connect(self.red_letter)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.enter = EnterMovesOn([self.ui.kindCombo, self.ui.codeEdit, self.ui.numberEdit, self.ui.titleEdit,
                                   self.ui.taxEdit, self.ui.amountEdit, self.ui.dateEdit], self.accept, self)
        self.load()
        self._kind_changed()
        self.ui.numberEdit.setFocus()

    def load(self) -> None:
        self.defaults = data = invoices.invoice_defaults(self.settlement_id)
        self.ui.settlementLabel.setText(self.tr(
            "结算单 <b>{number}</b>　客户 {customer}　客户实付 {due}　已开票 {invoiced}　可开 <b>{left}</b>").format(
            number=data["settlement"], customer=data["customer"], due=fmt(data["customer_due"]),
            invoiced=fmt(data["invoiced"]), left=fmt(data["amount"])))
        self.ui.titleEdit.setText(data["title"])
        self.ui.taxEdit.setText(data["tax_number"])
        self.ui.amountEdit.setText(f"{data['amount']:.2f}")
        today = data["issued_on"]
        self.ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.rows = data["invoices"]
        table = self.ui.invoicesTable
        table.setRowCount(len(self.rows))
        for r, invoice in enumerate(self.rows):
            for c, text in enumerate((label(invoice.kind), invoice.code, invoice.number, invoice.buyer_title,
                                      fmt(invoice.amount), f"{invoice.issued_on:%Y-%m-%d}", label(invoice.status))):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setVisible(bool(self.rows))
        self.ui.redLetterButton.setVisible(bool(self.rows))
        self._enable()

    def _kind_changed(self) -> None:
        paper = self.ui.kindCombo.currentData() != InvoiceKind.DIGITAL
        self.ui.codeEdit.setEnabled(paper)
        if not paper:
            self.ui.codeEdit.clear()

    def selected(self):
        row = self.ui.invoicesTable.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.ui.invoicesTable.selectedItems() else None

    def _enable(self) -> None:
        invoice = self.selected()
        self.ui.redLetterButton.setEnabled(invoice is not None and invoice.status == InvoiceStatus.NORMAL)

    def red_letter(self):
        invoice = self.selected()
        if invoice is None or invoice.status != InvoiceStatus.NORMAL:
            return None
        dialog = RedLetterDialog(user=self.user, invoice={key: getattr(invoice, key) for key in RED_LETTER_FIELDS}, parent=self)
        run_op(dialog.exec, changes=self.changes)
        if dialog.red is not None:
            self.load()
        return dialog.red

    def accept(self) -> None:
        try:
            self.recorded = invoices.record_invoice(
                self.user, self.settlement_id, kind=self.ui.kindCombo.currentData(), code=self.ui.codeEdit.text(),
                number=self.ui.numberEdit.text(), buyer_title=self.ui.titleEdit.text(),
                buyer_tax_number=self.ui.taxEdit.text(), amount=self.ui.amountEdit.text().strip() or None,
                issued_on=self.ui.dateEdit.date().toPython())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()
