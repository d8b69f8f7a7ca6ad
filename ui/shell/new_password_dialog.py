"""设置新密码: after the administrator reset an account's password, its next login asks for the
person's own before anything else (storage.admin.users.set_new_password)."""
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from storage.admin.users import set_new_password
from storage.models import User
from storage.rules.errors import DomainError
from ui.forms.ui_login_new_password import Ui_NewPasswordDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.keys import EnterMovesOn


class NewPasswordDialog(PreservingDialog):
    """exec() == Accepted leaves the account as it now is in `self.user`."""

    def __init__(self, *, user: User, temporary_password: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewPasswordDialog()
        self.ui.setupUi(self)
        self.user = user
        self._temporary = temporary_password
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.enter = EnterMovesOn([self.ui.newEdit, self.ui.repeatEdit], self.accept, self)
        self.ui.newEdit.setFocus()

    def accept(self) -> None:
        if self.ui.newEdit.text() != self.ui.repeatEdit.text():
            self.ui.messageLabel.setText(self.tr("两次输入的新密码不一致。"))
            self.ui.repeatEdit.clear()
            self.ui.repeatEdit.setFocus()
            return
        try:
            self.user = set_new_password(self.user, self._temporary, self.ui.newEdit.text())
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            self.ui.newEdit.setFocus()
            return
        super().accept()
