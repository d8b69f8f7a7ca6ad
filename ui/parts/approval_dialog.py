"""经理批准: the manager types their own user name and password at the warehouse PC, for one purpose
(storage.rules.auth.approve); the one-use approval it gives is used up by the action it was asked for."""
from PySide6.QtWidgets import QWidget

from storage.models import Approval, User
from storage.rules import auth
from storage.rules.errors import DomainError
from ui.forms.ui_parts_approval import Ui_ApprovalDialog
from ui.kit.dialog_base import PreservingDialog


class ApprovalDialog(PreservingDialog):
    """exec() == Accepted leaves the manager's one-use approval for `purpose` in `self.approver`."""

    def __init__(self, *, what: str, purpose: str, user: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ApprovalDialog()
        self.ui.setupUi(self)
        self.purpose, self.user = purpose, user
        self.approver: Approval | None = None
        self.ui.infoLabel.setText(self.tr("{what}需要服务经理批准：请经理本人输入用户名和密码。").format(what=what))
        self.ui.errorLabel.setVisible(False)
        self.ui.usernameEdit.setFocus()

    def accept(self) -> None:
        try:
            approver = auth.approve(self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), self.purpose,
                                    for_user=self.user)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.setVisible(True)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.approver = approver
        super().accept()


def ask_approval(parent: QWidget, what: str, purpose: str, user: User) -> Approval | None:
    """The manager's approval of `what` for `purpose` at `user`'s station, or None when cancelled."""
    dialog = ApprovalDialog(what=what, purpose=purpose, user=user, parent=parent)
    return dialog.approver if dialog.exec() == ApprovalDialog.DialogCode.Accepted else None
