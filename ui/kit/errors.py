"""The one place a refusal from storage reaches the user: its Chinese message, shown as it is."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.plumbing import session
from storage.rules.errors import DomainError, SessionEnded


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show a DomainError's message. Anything else is a programming error: raised again, never hidden."""
    if not isinstance(exc, DomainError):
        raise exc
    if isinstance(exc, SessionEnded) and session.watched():
        return  # the main window says it, on the login dialog it signs out to (ui.shell.main_window)
    title = QCoreApplication.translate("Errors", "无法完成")
    QMessageBox.warning(parent, title, exc.message)
