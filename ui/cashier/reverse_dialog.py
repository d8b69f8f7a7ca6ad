"""冲销: a settled order is never edited; the cashier reverses it with a reason and a 服务经理's one-use
approval, their name and password typed here (a manager at the till approves it themselves), then
settles the order again."""
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from storage import cashier
from storage.rules.auth import approve, may
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from ui.forms.ui_cashier_reverse import Ui_CashierReverseDialog
from ui.kit.dialog_base import PreservingDialog


class ReverseDialog(PreservingDialog):
    """exec() == Accepted leaves the reversed Settlement in `self.reversed`."""

    def __init__(self, *, user, settlement: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierReverseDialog()
        self.ui.setupUi(self)
        self.user, self.settlement, self.reversed = user, settlement, None
        self.ui.settlementLabel.setText(self.tr(
            "冲销结算单 <b>{number}</b>（{plate}，合计 {total}，客户实付 {due}）。收款按原方式退回，挂账作废，"
            "工单退回“完工”后可重新结算。").format(number=settlement["number"], plate=settlement["plate"],
                                             total=fmt(settlement["total"]), due=fmt(settlement["customer_due"])))
        self.self_approves = may(user, "cashier.approve")
        self.ui.supervisorBox.setVisible(not self.self_approves)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("冲销"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.returnPressed.connect(
            self.accept if self.self_approves else self.ui.usernameEdit.setFocus)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.passwordEdit.returnPressed.connect(self.accept)
        self.ui.reasonEdit.setFocus()

    def _problem(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def accept(self) -> None:
        reason = self.ui.reasonEdit.text()
        try:
            approver = None
            # Without a reason or a supervisor name, storage's own refusal says what is missing.
            if not self.self_approves and reason.strip() and self.ui.usernameEdit.text().strip():
                approver = approve(self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), "reversal",
                                   for_user=self.user)
            self.reversed = cashier.reverse(self.user, self.settlement["id"], self.settlement["version"],
                                            reason=reason, approver=approver)
        except DomainError as exc:
            self._problem(exc.message)
            self.ui.passwordEdit.clear()
            return
        super().accept()
