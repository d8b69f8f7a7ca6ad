"""登录: user name and password; a refusal is shown in red inside the dialog, never as a popup.
Enter after the user name moves to the password; an empty password is never tried (it would count
as one of the five wrong passwords before the lock-out)."""
from PySide6.QtWidgets import QWidget

from storage.models import User
from storage.rules import auth, settings
from storage.rules.errors import DomainError
from ui.forms.ui_login import Ui_LoginDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.keys import EnterMovesOn
from ui.kit.resources import window_state
from ui.shell.new_password_dialog import NewPasswordDialog

LAST_USERNAME_KEY = "login/last_username"


class LoginDialog(PreservingDialog):
    """exec() == Accepted leaves the signed-in storage.models.User in `self.user`."""

    def __init__(self, *, parent: QWidget | None = None, username: str | None = None, message: str = ""):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.user: User | None = None
        store_name = settings.get("store.name")
        self.ui.storeLabel.setText(store_name or self.tr("4S 店售后服务"))
        self.show_problem(message)  # e.g. why the last session ended
        remembered = username if username is not None else window_state().value(LAST_USERNAME_KEY, "")
        self.ui.usernameEdit.setText(remembered or "")
        self.enter = EnterMovesOn([self.ui.usernameEdit, self.ui.passwordEdit], self.accept, self)
        # The front desk logs in with the same name all day: start in the password field when it is known.
        (self.ui.passwordEdit if remembered else self.ui.usernameEdit).setFocus()

    def show_problem(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def accept(self) -> None:
        if not self.ui.passwordEdit.text():
            self.show_problem(self.tr("请输入密码。"))
            self.ui.passwordEdit.setFocus()
            return
        try:
            user = auth.login(self.ui.usernameEdit.text(), self.ui.passwordEdit.text())
        except DomainError as exc:
            self.show_problem(exc.message)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        if user.must_change_password:  # a reset password is a temporary one: the person's own first
            asked = NewPasswordDialog(user=user, temporary_password=self.ui.passwordEdit.text(), parent=self)
            if asked.exec() != NewPasswordDialog.DialogCode.Accepted:
                self.show_problem(self.tr("须先设置新密码才能登录。"))
                self.ui.passwordEdit.clear()
                self.ui.passwordEdit.setFocus()
                return
            user = asked.user
        self.user = user
        window_state().setValue(LAST_USERNAME_KEY, user.username)
        super().accept()


def ask_login(parent: QWidget | None = None, *, username: str | None = None, message: str = "") -> User | None:
    """Show the login dialog (with `message` in red, if any); the signed-in user, or None when the user chose 退出."""
    dialog = LoginDialog(parent=parent, username=username, message=message)
    return dialog.user if dialog.exec() == LoginDialog.DialogCode.Accepted else None
