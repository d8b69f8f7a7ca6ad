"""What the manager's tabs share: how a period, a percentage, money and hours read on screen, the
small read-only tables the report fills, and a headline tile."""
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from storage.money import fmt

NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NOTHING = "—"


def period_text(period) -> str:
    """The period as the screen names it (storage's own label is the Chinese of the printed form)."""
    if period.kind == "day":
        return QCoreApplication.translate("ManagerFigures", "{day}（{weekday}）").format(
            day=f"{period.start:%Y-%m-%d}", weekday=weekday_name(period.start.weekday()))
    if period.kind == "week":
        year, number, _ = period.start.isocalendar()
        return QCoreApplication.translate("ManagerFigures", "{year} 年第 {week} 周（{start} 至 {end}）").format(
            year=year, week=number, start=f"{period.start:%m-%d}", end=f"{period.end:%m-%d}")
    if period.kind == "month":
        return QCoreApplication.translate("ManagerFigures", "{year} 年 {month} 月").format(
            year=period.start.year, month=period.start.month)
    return QCoreApplication.translate("ManagerFigures", "{start} 至 {end}（{days} 天）").format(
        start=f"{period.start:%Y-%m-%d}", end=f"{period.end:%Y-%m-%d}", days=period.days)


def weekday_name(index: int) -> str:
    names = (QCoreApplication.translate("ManagerFigures", "星期一"), QCoreApplication.translate("ManagerFigures", "星期二"),
             QCoreApplication.translate("ManagerFigures", "星期三"), QCoreApplication.translate("ManagerFigures", "星期四"),
             QCoreApplication.translate("ManagerFigures", "星期五"), QCoreApplication.translate("ManagerFigures", "星期六"),
             QCoreApplication.translate("ManagerFigures", "星期日"))
    return names[index]


def percent_text(value) -> str:
    return NOTHING if value is None else f"{value}%"


def money_text(value) -> str:
    return NOTHING if value is None else fmt(value)


def hours_text(value) -> str:
    """585.900 → 585.9; 12.000 → 12."""
    plain = f"{value.normalize():f}"
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


def fill_table(table: QTableWidget, headers: list[str], rows: list[list], *, numeric: set[int] = frozenset(),
               bold_rows: set[int] = frozenset(), stretch: int = 0) -> None:
    """A small read-only table: every cell a string, numeric columns right-aligned beside each other,
    the `stretch` column (the names, or a long text) taking the rest of the width; `bold_rows`
    (negative counts from the end) are totals."""
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
            if c in numeric:
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


def tile_html(caption: str, value: str, note: str = "") -> str:
    """A headline tile: a small caption over a big figure, an optional grey note under it."""
    note_html = f"<div style='color:#7a8591; font-size:11px'>{escape(note)}</div>" if note else ""
    return (f"<div style='color:#5b6673; font-size:12px'>{escape(caption)}</div>"
            f"<div style='font-size:20px; font-weight:600; color:#1d2733'>{escape(value)}</div>{note_html}")


TILE_STYLE = "QLabel { background: white; border: 1px solid #d5dbe2; border-radius: 4px; padding: 6px 10px; }"
