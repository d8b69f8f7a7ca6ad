"""A form the user has typed into is not thrown away by a stray key: Esc, 取消 or the window's close
button on an edited form asks "放弃已填写的内容？" (放弃 / 继续填写, 继续填写 the default); an
untouched form closes at once. "Edited" means the form's values differ from when it opened, so
typing and taking it back again counts as untouched.

Mix into a dialog before its QDialog base and call `guard_discard()` at the end of __init__:

    class CheckInDialog(ConfirmsDiscard, PreservingDialog):
        ...
        self.guard_discard(self.ui.buttonBox, self.ui.mileageEdit, ..., lambda: self.outline.marks)

Only what the user does asks; reject() and close() called by the program still close at once."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QTableWidget, QTextEdit,
    QWidget,
)


def form_value(source):
    """What a field holds now, comparable with what it held before; a callable is asked for its value."""
    if isinstance(source, QLineEdit):
        return source.text()
    if isinstance(source, (QPlainTextEdit, QTextEdit)):
        return source.toPlainText()
    if isinstance(source, QAbstractSpinBox):
        return source.text()
    if isinstance(source, QComboBox):
        return source.currentText()
    if isinstance(source, QAbstractButton):
        return source.isChecked()
    if isinstance(source, QTableWidget):
        return [source.item(r, c).text() if source.item(r, c) else ""
                for r in range(source.rowCount()) for c in range(source.columnCount())]
    if isinstance(source, QWidget):
        raise TypeError(f"no value to compare for {type(source).__name__}")
    return repr(source())


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed; True only for 放弃."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(),
                      QCoreApplication.translate("DiscardGuard", "放弃已填写的内容？"), parent=parent)
    discard = box.addButton(QCoreApplication.translate("DiscardGuard", "放弃"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("DiscardGuard", "继续填写"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class ConfirmsDiscard:
    """The question before an edited form is thrown away (see the module's docstring)."""

    _discard_sources: tuple = ()
    _discard_opened_with: list | None = None

    def guard_discard(self, button_box, *sources) -> None:
        """`sources`: the form's fields (or callables returning a value); their values now are "untouched".
        The button box's 取消 asks too (connect its `rejected` here, not to reject)."""
        self._discard_sources = sources
        self._discard_opened_with = self._form_values()
        button_box.rejected.connect(self.cancel)

    def _form_values(self) -> list:
        return [form_value(source) for source in self._discard_sources]

    def form_edited(self) -> bool:
        return self._discard_opened_with is not None and self._form_values() != self._discard_opened_with

    def may_discard(self) -> bool:
        """True when nothing typed would be lost, or the user chose 放弃."""
        return not self.form_edited() or confirm_discard(self)

    def cancel(self) -> None:
        """取消: close, asking first when the form was edited."""
        if self.may_discard():
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers() and not self.may_discard():
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        # spontaneous: the window's close button (or Alt+F4), not the program closing it.
        if event.spontaneous() and self.isVisible() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)
