"""Small things the reception tabs and dialogs share: Enter moves on, time and money text."""
import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from storage.money import fmt


def when(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%m-%d %H:%M}"
    return f"{value:%Y-%m-%d}"


def money_text(value) -> str:
    return "" if value is None else fmt(value)


def km_text(value) -> str:
    return f"{value:,} km" if value else ""


class EnterMovesOn(QObject):
    """Enter in a field goes to the next field, like Tab (the paper form's order); Shift+Enter keeps
    a new line in a multi-line field. On the last field, `on_last` runs (the dialog's OK)."""

    def __init__(self, fields: list[QWidget], on_last, parent=None):
        super().__init__(parent)
        self.fields = fields
        self.on_last = on_last
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if isinstance(watched, QPlainTextEdit) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        index = self.fields.index(watched)
        if index + 1 < len(self.fields):
            nxt = self.fields[index + 1]
            nxt.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(nxt, (QLineEdit, QSpinBox)):
                nxt.selectAll()
        else:
            self.on_last()
        return True


def show_refusal(label, exc, fields: dict) -> None:
    """A storage refusal in the dialog's red line, and the cursor on the field it is about."""
    label.setText(exc.message)
    label.show()
    target = fields.get(exc.field)
    if target is not None:
        target.setFocus()
        target.selectAll()


def chain_tab_order(widgets: list[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def is_button(widget) -> bool:
    return isinstance(widget, QAbstractButton)


def shortcut(key: str, parent: QWidget, slot, *, local: bool = False) -> QShortcut:
    """A keyboard shortcut; `local` keeps it to the widget and its children (a tab's own keys)."""
    sc = QShortcut(QKeySequence(key), parent)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut if local else Qt.ShortcutContext.WindowShortcut)
    sc.activated.connect(slot)
    return sc


def run_dialog(dialog) -> bool:
    """exec() a dialog made for one action, then let Qt free it (what it saved stays on the Python side)."""
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()
