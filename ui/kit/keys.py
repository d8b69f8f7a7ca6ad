"""Binding a key (every key is also a row of ui/kit/shortcuts.py's table), and Enter moving on through a
form's fields as on the paper form."""
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget


def shortcut(key: str, parent: QWidget, slot, *, local: bool = False) -> QShortcut:
    """A key live while `parent` is shown, wherever the focus is in the window (the station list, the
    tab bar); `local` keeps it to the widget and its children (a table's own keys). Qt skips a shortcut
    whose widget is hidden, so the keys of the tabs and station pages not on screen never compete."""
    sc = QShortcut(QKeySequence(key), parent)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut if local else Qt.ShortcutContext.WindowShortcut)
    sc.activated.connect(slot)
    return sc


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
