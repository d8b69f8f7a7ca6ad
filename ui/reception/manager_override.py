"""服务经理授权: the manager types their name and password on the advisor's screen to let a refused
reading through: a one-use approval (storage.rules.auth.approve, "mileage") the check-in uses up."""
from PySide6.QtWidgets import QDialog

from storage.rules import auth
from storage.rules.errors import DomainError
from ui.shell.login_dialog import LoginDialog


class ManagerOverrideDialog(LoginDialog):
    """The login form, for a second person; the advisor's own remembered user name is left alone.
    exec() == Accepted leaves the approval in `self.approval`."""

    def __init__(self, *, reason: str, user, parent=None):
        super().__init__(parent=parent, username="")
        self.for_user, self.approval = user, None
        self.setWindowTitle(self.tr("服务经理授权"))
        self.ui.storeLabel.setText(self.tr("服务经理授权"))
        self.ui.subtitleLabel.setText(reason)
        self.ui.subtitleLabel.setWordWrap(True)
        self.ui.usernameEdit.setFocus()

    def accept(self) -> None:
        try:
            self.approval = auth.approve(self.ui.usernameEdit.text(), self.ui.passwordEdit.text(), "mileage",
                                         for_user=self.for_user)
        except DomainError as exc:
            self.show_problem(exc.message)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        QDialog.accept(self)

    def done(self, result: int) -> None:
        self.remember_geometry = False
        super().done(result)
