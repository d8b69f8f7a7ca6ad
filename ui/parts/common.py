"""Small helpers every warehouse tab shares: how quantities and money read, list models over a
storage page function, the selected rows of a view, and a red/green message line."""
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView

from storage.money import fmt
from ui.dialog_base import PreservingDialog
from ui.paged_model import ROW_ROLE, Column, PagedTableModel

RED = "#c0392b"
GREEN = "#1e7e34"


def qty(value) -> str:
    """3.000 -> '3', 2.500 -> '2.5'; None stays blank."""
    if value is None:
        return ""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(value) -> str:
    """¥1,234.50; a loss reads -¥38.50."""
    if value is None:
        return ""
    return "-" + fmt(-value) if value < 0 else fmt(value)


def when(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value)


def single_page(rows_function):
    """A fetch for PagedTableModel over a short list that comes whole (an order's part lines)."""
    return lambda cursor, limit: (rows_function(), None)


def paged(function, **params):
    """A fetch for PagedTableModel over a storage list function taking after=/limit=."""
    return lambda cursor, limit: function(after=cursor, limit=limit, **params)


def setup_view(view: QTableView, model: PagedTableModel) -> None:
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for index, column in enumerate(model.columns):
        if column.width:
            view.setColumnWidth(index, column.width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def selected_rows(view: QTableView) -> list:
    model = view.model()
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [model.data(model.index(r, 0), ROW_ROLE) for r in rows]


def current_row(view: QTableView):
    rows = selected_rows(view)
    return rows[0] if rows else None


def select_where(view: QTableView, predicate) -> bool:
    """Select the first loaded row the predicate accepts (loading further pages as needed)."""
    model = view.model()
    start = 0
    while True:
        for r in range(start, model.rowCount()):
            if predicate(model.row(r)):
                view.selectRow(r)
                view.scrollTo(model.index(r, 0))
                return True
        if not model.canFetchMore():
            return False
        start = model.rowCount()
        model.fetchMore()


def say(label: QLabel, message: str, *, ok: bool = False) -> None:
    label.setStyleSheet(f"color: {GREEN if ok else RED};")
    label.setText(message)


def shortcut(widget, keys: str, slot) -> QShortcut:
    """A key for a tab's main action, live while the tab is shown: wherever the focus is in the
    window (the station list, the tab bar), not only inside the tab. Qt skips a shortcut whose
    widget is hidden, so the keys of the tabs and station pages not on screen never compete."""
    sc = QShortcut(QKeySequence(keys), widget)
    sc.setContext(Qt.ShortcutContext.WindowShortcut)
    sc.activated.connect(slot)
    return sc


def red_when_short(row) -> QColor | None:
    on_hand = row["on_hand"] if isinstance(row, dict) else row.on_hand
    safety = row["safety_stock"] if isinstance(row, dict) else row.safety_stock
    return QColor(RED) if safety and on_hand < safety else None


class FieldDialog(PreservingDialog):
    """A warehouse dialog whose line edits own the Enter key (a scanner ends with Enter; on the paper
    form Enter moves on): QDialog would also press the default button and save half a form."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QLineEdit):
            event.accept()
            return
        super().keyPressEvent(event)


__all__ = ["FieldDialog", "Column", "PagedTableModel", "ROW_ROLE", "qty", "money", "when", "paged", "single_page", "setup_view",
           "selected_rows", "current_row", "select_where", "say", "shortcut", "red_when_short"]
