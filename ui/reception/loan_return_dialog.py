"""归还代步车: the car back with its mileage (not below the mileage out), fuel and any new damage; the
deposit refunded, less what is kept with its reason (storage.reception.loaners.return_loan)."""
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from storage.reception import loaners
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from ui.forms.ui_reception_loan_return import Ui_ReceptionLoanReturnDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.keys import EnterMovesOn
from ui.kit.messages import say


class LoanReturnDialog(PreservingDialog):
    """`car` is a row of loaners.fleet() with its open loan. exec() == Accepted leaves the Loan in `self.loan`."""

    def __init__(self, *, user, ops, car: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReceptionLoanReturnDialog()
        self.ui.setupUi(self)
        self.user, self.ops, self.loan = user, ops, None
        self.car, self.open = car, car["loan"]
        deposit = self.open["deposit"]
        self.ui.loanLabel.setText(self.tr(
            "<b>{plate}</b>（{model}）借用单 {number}：工单 {order}，客户 {customer}；出车 {mileage:,} km、油量 {fuel}，"
            "约定 {due} 归还；押金 {deposit}。").format(
            plate=car["plate"], model=car["model"], number=self.open["number"], order=self.open["order_number"],
            customer=self.open["customer"], mileage=self.open["mileage_out"], fuel=loaners.fuel_text(self.open["fuel_out"]),
            due=f"{self.open['due_at']:%Y-%m-%d %H:%M}", deposit=fmt(deposit) if deposit else self.tr("无")))
        self.ui.mileageSpin.setValue(self.open["mileage_out"])
        self.ui.fuelSpin.setValue(self.open["fuel_out"])
        self.ui.keepEdit.setText("0")
        for widget in (self.ui.keepEdit, self.ui.reasonEdit, self.ui.keepCaption, self.ui.reasonCaption):
            widget.setEnabled(bool(deposit))
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("归还"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.fields = [self.ui.mileageSpin, self.ui.fuelSpin, self.ui.damageEdit, self.ui.keepEdit, self.ui.reasonEdit]
        self.enter = EnterMovesOn(self.fields, self.accept, self)
        self.ui.mileageSpin.setFocus()
        self.ui.mileageSpin.selectAll()

    def accept(self) -> None:
        fields = {"mileage_in": self.ui.mileageSpin, "fuel_in": self.ui.fuelSpin, "damage_in": self.ui.damageEdit,
                  "keep": self.ui.keepEdit, "kept_reason": self.ui.reasonEdit}
        done = self.ops.run(lambda: loaners.return_loan(
            self.user, self.open["id"], self.open["version"], mileage_in=self.ui.mileageSpin.value(),
            fuel_in=self.ui.fuelSpin.value(), damage=self.ui.damageEdit.text(), keep=self.ui.keepEdit.text() or "0",
            kept_reason=self.ui.reasonEdit.text()), line=lambda exc: self._refused(exc, fields))
        if not done:
            return
        self.loan = done.value
        super().accept()

    def _refused(self, exc: DomainError, fields: dict) -> None:
        say(self.ui.errorLabel, exc.message)
        target = fields.get(exc.field)
        if target is not None:
            target.setFocus()
            target.selectAll()
