"""红冲: an invoice recorded in error (wrong title, wrong amount, a settlement to reverse) is marked
red-lettered, with a reason and a 服务经理's one-use approval typed here (a manager at the till
approves it themselves). The red-letter invoice itself is issued in the tax system."""
from PySide6.QtWidgets import QWidget

from storage.cashier import invoices
from storage.rules.money import fmt
from ui.forms.ui_cashier_red_letter import Ui_CashierRedLetterDialog
from ui.kit.supervised import SupervisedDialog
from ui.kit.labels import label


class RedLetterDialog(SupervisedDialog):
    """exec() == Accepted leaves the red-lettered Invoice in `self.red`. `invoice`: a row of
    storage.cashier.invoices.invoices() or an Invoice's fields (id, version, kind, code, number, amount, buyer_title)."""

    def __init__(self, *, user, invoice: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierRedLetterDialog()
        self.ui.setupUi(self)
        self.user, self.invoice, self.red = user, invoice, None
        number = f"{invoice['code']}-{invoice['number']}" if invoice["code"] else invoice["number"]
        self.ui.invoiceLabel.setText(self.tr(
            "红冲{kind} <b>{number}</b>（{title}，{amount}）。请先在开票系统开具红字发票，再在这里登记；"
            "红冲后该结算单可重新开票或冲销。").format(kind=label(invoice["kind"]), number=number,
                                             title=invoice["buyer_title"], amount=fmt(invoice["amount"])))
        self.supervise("red_letter", self.tr("红冲"))

    def act(self, reason: str, approver) -> None:
        self.red = invoices.red_letter(self.user, self.invoice["id"], self.invoice["version"], reason, approver=approver)
