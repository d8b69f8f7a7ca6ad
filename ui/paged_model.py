"""One table model for every long list: rows come from a storage function page by page (keyset
paging), as the view scrolls. Nothing loads a whole table.

    model = PagedTableModel(
        columns=[Column("number", "工单号"), Column("amount", "金额", align=RIGHT, fmt=fmt_money)],
        fetch=lambda cursor, limit: reception.documents.orders_page(cursor=cursor, limit=limit),
    )
    view.setModel(model)

`fetch(cursor, limit)` returns `(rows, next_cursor)`; `next_cursor` None means the end. A row is a
dict or an object; a column's `key` is looked up as an item or an attribute (or is a callable).
"""
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    key: str | Callable[[Any], Any]
    title: str
    align: Qt.AlignmentFlag = LEFT
    fmt: Callable[[Any], str] | None = None
    width: int | None = None
    colour: Callable[[Any], Any] | None = None  # row -> QColor / None (foreground)


def value_of(row, key):
    if callable(key):
        return key(row)
    if isinstance(row, dict):
        return row.get(key)
    return getattr(row, key, None)


class PagedTableModel(QAbstractTableModel):
    def __init__(self, *, columns: list[Column], fetch: Callable, page_size: int = 100, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.page_size = page_size
        self._rows: list = []
        self._cursor = None
        self._exhausted = False

    # -- Qt's model interface -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = value_of(row, column.key)
            if column.fmt is not None:
                return column.fmt(value) if value is not None else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        if role == ROW_ROLE:
            return row
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        rows, cursor = self._fetch(self._cursor, self.page_size)
        rows = list(rows)
        self._cursor = cursor
        self._exhausted = cursor is None or not rows
        if rows:
            first = len(self._rows)
            # beginInsertRows takes the last row inclusive.
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- for the stations ---------------------------------------------------------------------------
    def row(self, index: int):
        return self._rows[index]

    def rows_loaded(self) -> int:
        return len(self._rows)

    def reload(self, fetch: Callable | None = None) -> None:
        """Start again from the first page (a new filter, or data changed elsewhere)."""
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows, self._cursor, self._exhausted = [], None, False
        self.endResetModel()
        self.fetchMore()
