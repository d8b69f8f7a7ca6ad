"""退卡: what is left on a card paid back, with a reason and a 服务经理's approval typed here (a manager
at the till approves it themselves). The amount is storage's (cards.refund_quote), shown before."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from storage.cashier import cards
from storage.rules import settings
from storage.rules.money import fmt
from storage.rules.vocabulary import PaymentMethod
from ui.forms.ui_cashier_card_refund import Ui_CashierCardRefundDialog
from ui.kit.supervised import SupervisedDialog

NOT_FOR_REFUNDS = (PaymentMethod.MEMBER, PaymentMethod.DEPOSIT, PaymentMethod.ON_ACCOUNT)


class CardRefundDialog(SupervisedDialog):
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
        self.supervise("card_refund", self.tr("退卡"), enter_after_reason=False)

    def act(self, reason: str, approver) -> None:
        self.sale = cards.refund(self.user, self.card.id, self.card.version, reason=reason,
                                 method=self.ui.methodCombo.currentData(), approver=approver)
