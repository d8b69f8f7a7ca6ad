"""购卡 / 充值 at the till: a card kind (selling) or an amount (topping up), the bonus the manager's rule
gives, how the customer pays. The storage action makes the sale, its payments and its receipt."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from storage.cashier import cards
from storage.cashier.common import CASH
from storage.rules import settings
from storage.rules.errors import DomainError, ValidationError
from storage.rules.money import fmt
from storage.rules.vocabulary import PaymentMethod
from ui.forms.ui_cashier_card_sale import Ui_CashierCardSaleDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import amount_or_none

NOT_FOR_CARDS = (PaymentMethod.MEMBER, PaymentMethod.DEPOSIT, PaymentMethod.ON_ACCOUNT)


class CardSaleDialog(PreservingDialog):
    """exec() == Accepted leaves the CardSale in `self.sale`. `top_up=True`: 充值 onto the member
    balance; otherwise 购卡 of a kind chosen here."""

    def __init__(self, *, user, customer_id: int, customer_name: str, top_up: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierCardSaleDialog()
        self.ui.setupUi(self)
        self.user, self.customer_id, self.top_up, self.sale = user, customer_id, top_up, None
        self.setWindowTitle(self.tr("充值") if top_up else self.tr("购卡"))
        self.ui.customerLabel.setText(self.tr("客户：{name}").format(name=customer_name))
        self.ui.kindCaption.setVisible(not top_up)
        self.ui.kindCombo.setVisible(not top_up)
        for kind in ([] if top_up else cards.kinds()):
            label = (f"{kind.name}（{kind.service_name} × {kind.services}，{fmt(kind.price)}）"
                     if kind.card_type == cards.PACKAGE else f"{kind.name}（储值，首充至少 {fmt(kind.price)}）")
            self.ui.kindCombo.addItem(label, kind)
        for method in settings.payment_methods():
            if method not in NOT_FOR_CARDS:
                self.ui.methodCombo.addItem(QCoreApplication.translate("CardData", method), method)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("收款"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.amountEdit.textChanged.connect(lambda _t: self._show_bonus())
        self.ui.methodCombo.currentIndexChanged.connect(
            lambda _i: self.ui.tenderedEdit.setEnabled(self.ui.methodCombo.currentData() == CASH))
        self._kind_changed()
        self.ui.amountEdit.setFocus()

    def _kind_changed(self) -> None:
        kind = self.ui.kindCombo.currentData()
        package = kind is not None and kind.card_type == cards.PACKAGE
        if kind is not None:
            self.ui.amountEdit.setText(str(kind.price))
        self.ui.amountEdit.setReadOnly(package)  # a package costs its price
        self._show_bonus()

    def _show_bonus(self) -> None:
        kind = self.ui.kindCombo.currentData()
        amount = amount_or_none(self.ui.amountEdit.text())
        if (kind is not None and kind.card_type == cards.PACKAGE) or not amount:
            self.ui.bonusLabel.setText("—")
            return
        bonus = cards.bonus_for(amount)
        self.ui.bonusLabel.setText(self.tr("送 {bonus}，到账 {total}").format(bonus=fmt(bonus), total=fmt(amount + bonus)))

    def accept(self) -> None:
        amount = self.ui.amountEdit.text().strip()
        tender = {"method": self.ui.methodCombo.currentData(), "amount": amount or "0",
                  "tendered": self.ui.tenderedEdit.text().strip() or None}
        try:
            if self.top_up:
                self.sale = cards.top_up(self.user, self.customer_id, amount or "0", payments=[tender])
            else:
                kind = self.ui.kindCombo.currentData()
                if kind is None:
                    raise ValidationError("还没有可售的卡种，请服务经理先设置卡种。", field="kind")
                self.sale = cards.sell(self.user, self.customer_id, kind.id, payments=[tender], amount=amount or None)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()

