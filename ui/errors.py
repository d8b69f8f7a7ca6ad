"""The one place a refusal from storage reaches the user: its Chinese message, shown as it is."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.errors import DomainError


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show a DomainError's message. Anything else is a programming error: raised again, never hidden."""
    if not isinstance(exc, DomainError):
        raise exc
    title = QCoreApplication.translate("Errors", "无法完成")
    QMessageBox.warning(parent, title, exc.message)
