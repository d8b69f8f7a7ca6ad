"""The shape of an action a 服务经理 signs off at the till (冲销, 退卡, 红冲): a reason, and unless the
user may approve it themselves (cashier.approve), a supervisor's name and password typed here for a
one-use approval (storage.rules.auth.approve). Enter moves from the reason to the name to the
password and then acts; a refusal shows under the form, the password cleared, and nothing closes."""
from PySide6.QtWidgets import QDialogButtonBox

from storage.rules.auth import approve, may
from storage.rules.errors import DomainError
from ui.kit.dialog_base import PreservingDialog


class SupervisedDialog(PreservingDialog):
    """A subclass sets up its form (which has reasonEdit, supervisorBox, usernameEdit, passwordEdit,
    errorLabel and buttonBox), calls `supervise(purpose, ok_text)` and implements act(reason, approver)."""

    def supervise(self, purpose: str, ok_text: str, *, enter_after_reason: bool = True) -> None:
        """`enter_after_reason`: Enter in the reason acts (or moves to the supervisor's name); off where
        a field between them still wants an answer (退卡's refund method)."""
        self.purpose = purpose
        self.self_approves = may(self.user, "cashier.approve")
        self.ui.supervisorBox.setVisible(not self.self_approves)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if enter_after_reason:
            self.ui.reasonEdit.returnPressed.connect(self.accept if self.self_approves else self.ui.usernameEdit.setFocus)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        self.ui.passwordEdit.returnPressed.connect(self.accept)
        self.ui.reasonEdit.setFocus()

    def act(self, reason: str, approver) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        reason = self.ui.reasonEdit.text()
        try:
            approver = None
            # Without a reason or a supervisor name, storage's own refusal says what is missing.
            if not self.self_approves and reason.strip() and self.ui.usernameEdit.text().strip():
                approver = approve(self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), self.purpose,
                                   for_user=self.user)
            self.act(reason, approver)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            self.ui.passwordEdit.clear()
            return
        super().accept()
