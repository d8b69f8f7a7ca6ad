"""经理批准: the manager types their own user name and password at the warehouse PC. The dialog only
signs them in (storage.auth.login); whether they may approve is storage's decision when the action runs."""
from PySide6.QtWidgets import QWidget

from storage import auth
from storage.errors import DomainError
from storage.models import User
from ui.dialog_base import PreservingDialog
from ui.forms.ui_parts_approval import Ui_ApprovalDialog


class ApprovalDialog(PreservingDialog):
    """exec() == Accepted leaves the freshly signed-in manager in `self.approver`."""

    def __init__(self, *, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ApprovalDialog()
        self.ui.setupUi(self)
        self.approver: User | None = None
        self.ui.infoLabel.setText(self.tr("{what}需要服务经理批准：请经理本人输入用户名和密码。").format(what=what))
        self.ui.errorLabel.setVisible(False)
        self.ui.usernameEdit.setFocus()

    def accept(self) -> None:
        try:
            approver = auth.login(self.ui.usernameEdit.text(), self.ui.passwordEdit.text())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.setVisible(True)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.approver = approver
        super().accept()


def ask_approval(parent: QWidget, what: str) -> User | None:
    dialog = ApprovalDialog(what=what, parent=parent)
    return dialog.approver if dialog.exec() == ApprovalDialog.DialogCode.Accepted else None
