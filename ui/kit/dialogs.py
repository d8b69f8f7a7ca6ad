"""Running a dialog made for one action, and the dialog whose line edits keep the Enter key."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.kit.dialog_base import PreservingDialog


def run_dialog(dialog) -> bool:
    """exec() a dialog made for one action, then let Qt free it (what it saved stays on the Python side)."""
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


class FieldDialog(PreservingDialog):
    """A dialog whose line edits own the Enter key (a scanner ends with Enter; on the paper form Enter
    moves on): QDialog would also press the default button and save half a form."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QLineEdit):
            event.accept()
            return
        super().keyPressEvent(event)
