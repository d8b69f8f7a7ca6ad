"""One table model for every long list: rows come from a storage function page by page (keyset
paging), as the view scrolls. Nothing loads a whole table, and nothing keeps one either.

    model = PagedTableModel(
        columns=[Column("number", "工单号"), Column("amount", "金额", align=RIGHT, fmt=fmt_money)],
        fetch=lambda cursor, limit: reception.documents.orders_page(after=cursor, limit=limit),
    )
    view.setModel(model)

`fetch(cursor, limit)` returns `(rows, next_cursor)`; `next_cursor` None means the end. A row is a
dict or an object; a column's `key` is looked up as an item or an attribute (or is a callable).

What the model holds, whatever the list's length: for each page fetched so far, where it starts
(row number) and the cursor that fetched it, in two compact arrays (16 bytes a page; a list of 4M
rows in pages of 100 costs 640 kB); and the rows themselves of at most `cache_rows` rows' worth of
pages, the most recently used ones (as Anki's browser keeps row ids and fetches rows lazily). A
page pushed out of that cache is fetched again by its own cursor when the view shows it again: one
keyset query, as fast at the end of the list as at its start. A page fetched again shows the data
as it now is (an edit elsewhere); the stations reload their lists on a change anyway.
"""
from array import array
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Enough rows for several screens either way and for a header sizing its columns to their contents
# (Qt reads up to 1,000 rows for that): a few megabytes of row objects at most.
CACHE_ROWS = 4000


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


class _Cursors:
    """The cursor of every page: 8 bytes each while they are integers (ids, the usual keyset), a
    plain list once one is not (a (date, id) pair, a text key)."""

    def __init__(self):
        self._items = array("q")

    def append(self, cursor) -> None:
        if isinstance(self._items, array):
            if type(cursor) is int and -2**63 <= cursor < 2**63:
                self._items.append(cursor)
                return
            self._items = list(self._items)
        self._items.append(cursor)

    def __getitem__(self, k):
        return self._items[k]

    def __len__(self) -> int:
        return len(self._items)


class PagedTableModel(QAbstractTableModel):
    def __init__(self, *, columns: list[Column], fetch: Callable, page_size: int = 100, parent=None,
                 cache_rows: int = CACHE_ROWS):
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.page_size = page_size
        self.cache_pages = max(3, -(-cache_rows // max(1, page_size)))
        self._clear()

    def _clear(self) -> None:
        self._starts = array("q")    # first row of page k
        self._cursors = _Cursors()   # the cursor page k+1 was fetched with (page 0 has none)
        self._pages: OrderedDict[int, list] = OrderedDict()  # page -> its rows, least recently used first
        self._count = 0
        self._cursor = None
        self._exhausted = False
        self._hot = (0, 0, [])       # (first row, end row, rows) of the page data() read last

    # -- Qt's model interface -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

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
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        r = index.row()
        first, end, rows = self._hot
        if not first <= r < end:
            row = self._row_at(r)
        elif r - first < len(rows):
            row = rows[r - first]
        else:
            row = None
        if row is None:  # the page came back shorter when fetched again (rows gone meanwhile)
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            value = value_of(row, column.key)
            if column.fmt is not None:
                return column.fmt(value) if value is not None else ""
            return "" if value is None else str(value)
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
        used = self._cursor
        rows, cursor = self._fetch(used, self.page_size)
        rows = list(rows)
        self._cursor = cursor
        self._exhausted = cursor is None or not rows
        if not rows:
            return
        first = self._count
        page = len(self._starts)
        self._starts.append(first)
        if page:
            self._cursors.append(used)
        self._keep(page, rows)
        # beginInsertRows takes the last row inclusive.
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._count = first + len(rows)
        self.endInsertRows()

    # -- for the stations ---------------------------------------------------------------------------
    def row(self, index: int):
        """The row object at `index` (fetched again if its page left the cache); None if the list
        has changed so that the page no longer reaches it."""
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._row_at(index)

    def rows_loaded(self) -> int:
        """Rows the list has reached so far (what the view can scroll through)."""
        return self._count

    def rows_cached(self) -> int:
        """Rows held in memory now: never more than about cache_rows, whatever rows_loaded is."""
        return sum(len(rows) for rows in self._pages.values())

    def reload(self, fetch: Callable | None = None) -> None:
        """Start again from the first page (a new filter, or data changed elsewhere)."""
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._clear()
        self.endResetModel()
        self.fetchMore()

    # -- the page cache -----------------------------------------------------------------------------
    def _row_at(self, r: int):
        page = bisect_right(self._starts, r) - 1
        first = self._starts[page]
        end = self._starts[page + 1] if page + 1 < len(self._starts) else self._count
        rows = self._pages.get(page)
        if rows is None:
            rows, _next = self._fetch(self._cursors[page - 1] if page else None, self.page_size)
            rows = list(rows)[: end - first]  # a whole-list fetch returns everything again
            self._keep(page, rows)
        else:
            self._pages.move_to_end(page)
        self._hot = (first, end, rows)
        return rows[r - first] if r - first < len(rows) else None

    def _keep(self, page: int, rows: list) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
