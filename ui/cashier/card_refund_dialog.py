"""退卡: what is left on a card paid back, with a reason and a 服务经理's approval typed here (a manager
at the till approves it themselves). The amount is storage's (cards.refund_quote), shown before."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from storage.cashier import cards
from storage.rules import settings
from storage.rules.auth import approve, may
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from storage.rules.vocabulary import PaymentMethod
from ui.forms.ui_cashier_card_refund import Ui_CashierCardRefundDialog
from ui.kit.dialog_base import PreservingDialog

NOT_FOR_REFUNDS = (PaymentMethod.MEMBER, PaymentMethod.DEPOSIT, PaymentMethod.ON_ACCOUNT)


class CardRefundDialog(PreservingDialog):
    """exec() == Accepted leaves the refund's CardSale in `self.sale`."""

    def __init__(self, *, user, card_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierCardRefundDialog()
        self.ui.setupUi(self)
        self.user, self.sale = user, None
        quote = cards.refund_quote(card_id)
        self.card = quote["card"]
        self.ui.quoteLabel.setText(self.tr("会员卡 <b>{number}</b>（{kind}）退卡：{explain}。<br>应退 <b>{refund}</b>，退卡后此卡停用。").format(
            number=self.card.number, kind=self.card.kind.name, explain=quote["explain"], refund=fmt(quote["refund"])))
        for method in settings.payment_methods():
            if method not in NOT_FOR_REFUNDS:
                self.ui.methodCombo.addItem(QCoreApplication.translate("CardData", method), method)
        self.self_approves = may(user, "cashier.approve")
        self.ui.supervisorBox.setVisible(not self.self_approves)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("退卡"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.passwordEdit.returnPressed.connect(self.accept)
        self.ui.reasonEdit.setFocus()

    def accept(self) -> None:
        reason = self.ui.reasonEdit.text()
        try:
            approver = None
            if not self.self_approves and reason.strip() and self.ui.usernameEdit.text().strip():
                approver = approve(self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), "card_refund",
                                   for_user=self.user)
            self.sale = cards.refund(self.user, self.card.id, self.card.version, reason=reason,
                                     method=self.ui.methodCombo.currentData(), approver=approver)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            self.ui.passwordEdit.clear()
            return
        super().accept()
