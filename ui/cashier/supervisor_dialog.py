"""主管授权: a 服务经理 types their own name and password at the cashier's PC to approve what is beyond
the cashier's authority (a discount above the limit, a line moved to 内部): a one-use approval
(storage.rules.auth.approve) that the settlement uses up."""
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from storage.rules import auth
from storage.rules.errors import DomainError
from ui.forms.ui_cashier_supervisor import Ui_CashierSupervisorDialog
from ui.kit.dialog_base import PreservingDialog


class SupervisorDialog(PreservingDialog):
    """exec() == Accepted leaves the manager's one-use approval in `self.approver`."""

    def __init__(self, *, reasons: list[str], user, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierSupervisorDialog()
        self.ui.setupUi(self)
        self.user = user
        self.approver = None
        lines = "".join(f"<li>{reason}</li>" for reason in reasons)
        self.ui.reasonsLabel.setText(self.tr("以下内容需要服务经理授权：") + f"<ul>{lines}</ul>")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("授权"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.usernameEdit.setFocus()

    def accept(self) -> None:
        try:
            self.approver = auth.approve(self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), "discount",
                                         for_user=self.user)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        super().accept()


def ask_supervisor(parent: QWidget, reasons: list[str], user):
    """The manager's approval (storage.models.Approval) at `user`'s till, or None when the cashier cancelled."""
    dialog = SupervisorDialog(reasons=reasons, user=user, parent=parent)
    return dialog.approver if dialog.exec() == SupervisorDialog.DialogCode.Accepted else None
