"""A list set up one way on every station: the view over a PagedTableModel (no row numbers, read-only,
columns the user may drag, the last one taking the rest), columns fitted to what they show, the
selected rows, and the small read-only tables a report fills."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

from ui.kit.paged_model import ROW_ROLE

NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROW_HEIGHT = 26


def single_page(rows_function):
    """A fetch for PagedTableModel over a short list that comes whole (an order's part lines)."""
    return lambda cursor, limit: (rows_function(), None)


def paged(function, **params):
    """A fetch for PagedTableModel over a storage list function taking after=/limit=."""
    return lambda cursor, limit: function(after=cursor, limit=limit, **params)


def set_up_view(view: QTableView, model) -> None:
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for index, column in enumerate(getattr(model, "columns", [])):
        if column.width:
            view.setColumnWidth(index, column.width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def fit_columns(view, widest: int = 280, samples: dict | None = None) -> None:
    """Columns as wide as their loaded contents need (never wider than `widest`); the user may drag.
    `samples` {column key: widest text it may show}: a column that later pages may fill wider (amounts)
    is made wide enough for it now, so "¥14,770.00" is never cut to "¥14,77…" (issue 19 defect 11)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for index in range(header.count()):
        if header.sectionSize(index) > widest:
            header.resizeSection(index, widest)
    columns = getattr(view.model(), "columns", [])
    for index, column in enumerate(columns):
        sample = (samples or {}).get(column.key) if isinstance(column.key, str) else None
        if sample:
            needed = view.fontMetrics().horizontalAdvance(sample) + 2 * view.style().pixelMetric(
                view.style().PixelMetric.PM_HeaderMargin) + 8
            header.resizeSection(index, max(header.sectionSize(index), needed))


def selected_row(view):
    """The row dict under the view's current index, or None."""
    index = view.currentIndex()
    if not index.isValid() or index.row() >= view.model().rowCount():
        return None
    return view.model().row(index.row())


def selected_rows(view: QTableView) -> list:
    model = view.model()
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [model.data(model.index(r, 0), ROW_ROLE) for r in rows]


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


def fill_table(table: QTableWidget, headers: list[str], rows: list[list], *, numeric: set[int] = frozenset(),
               numeric_from: int | None = None, bold_rows: set[int] = frozenset(), stretch: int = 0) -> None:
    """A small read-only table: every cell a string, `numeric` columns (or every column from
    `numeric_from` on) right-aligned, the `stretch`
    column (the names, or a long text; negative counts from the end) taking the rest of the width;
    `bold_rows` (negative counts from the end) are totals."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    bold = {r if r >= 0 else len(rows) + r for r in bold_rows}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in numeric or (numeric_from is not None and c >= numeric_from):
                item.setTextAlignment(NUMERIC)
            if r in bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch if stretch >= 0 else len(headers) + stretch, QHeaderView.ResizeMode.Stretch)


def no_rows(cursor, limit):
    """The fetch of a list with nothing to show yet (no order, no count chosen)."""
    return [], None


def set_up_fitted_view(view: QTableView, model) -> None:
    """A list whose columns are always as wide as their contents (the last one taking the rest): the
    front desk's and the cashier's short lists."""
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
