"""The board on the dispatcher's page: one column per workshop state, one card per car. A board
holds the few dozen cars in the workshop, never a table, so it is rebuilt from storage's
board() in one go; the selection is kept by order id across refreshes."""
import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStyledItemDelegate, QVBoxLayout,
    QWidget,
)

from storage.rules.vocabulary import OrderStatus
from ui.workshop.cards import TONES, by_column, card_lines, tone

translate = QCoreApplication.translate

ORDER_ROLE = Qt.ItemDataRole.UserRole + 1


def column_heading(status: str) -> str:
    """The column headings, spelled out for lupdate (storage names the states)."""
    return {
        OrderStatus.AWAITING_DISPATCH: translate("WorkshopBoard", "待派工"),
        OrderStatus.IN_REPAIR: translate("WorkshopBoard", "维修中"),
        OrderStatus.AWAITING_PARTS: translate("WorkshopBoard", "待料"),
        OrderStatus.AWAITING_CUSTOMER: translate("WorkshopBoard", "待客户确认"),
        OrderStatus.QC: translate("WorkshopBoard", "待质检"), OrderStatus.REWORK: translate("WorkshopBoard", "返工"),
        OrderStatus.DONE: translate("WorkshopBoard", "待交车"),
    }.get(status, status)


class CardDelegate(QStyledItemDelegate):
    """Measures a card by wrapping its text to the column's width (the default measure misses a
    line now and then once the item's border and padding take their share)."""

    PADDING = 14  # border, padding and the text margins, both sides

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        width = max(60, view.viewport().width() - 2 * view.spacing() - self.PADDING)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, bounds.height() + 8)


class BoardColumn(QFrame):
    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"column_{status}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("BoardColumn { background: #eef1f5; border-radius: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrapped cards re-measure with the column
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget { background: transparent; border: none; }"
                                "QListWidget::item { border: 1px solid #c9d1db; border-radius: 4px; padding: 0px 6px 2px 0px; }"
                                "QListWidget::item:selected { border: 2px solid #1565c0; background: #dbe9fb; color: #0d2f5e; }")
        layout.addWidget(self.list)
        self.setMinimumWidth(120)  # seven columns side by side in 1093 px (1366×768 at 125 %)

    def fill(self, cards, today) -> None:
        title = column_heading(self.status)
        self.heading.setText(translate("WorkshopBoard", "{title}（{n}）").format(title=title, n=len(cards)))
        self.list.clear()
        for card in cards:
            lines = card_lines(card, today)
            item = QListWidgetItem("\n".join(lines))
            background, foreground = TONES[tone(card)]
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            item.setData(ORDER_ROLE, card.order_id)
            item.setToolTip(f"{card.number}\n" + "\n".join(lines))
            self.list.addItem(item)


class BoardView(QWidget):
    """The columns, side by side. `selected(order_id)` when the dispatcher picks a card (0: none),
    `activated(order_id)` on Enter or a double click (the page opens dispatch)."""

    selected = Signal(int)
    activated = Signal(int)

    def __init__(self, columns, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.columns = [BoardColumn(status, self) for status, _ in columns]
        self._statuses = columns
        for column in self.columns:
            layout.addWidget(column)
            column.list.itemSelectionChanged.connect(lambda c=column: self._picked(c))
            column.list.itemActivated.connect(lambda item: self.activated.emit(item.data(ORDER_ROLE)))
            column.list.installEventFilter(self)
        self.cards = []
        self.current_order = 0

    def show_cards(self, cards, today: dt.date) -> None:
        self.cards = cards
        keep = self.current_order
        grouped = by_column(cards, self._statuses)
        for column in self.columns:
            column.list.blockSignals(True)
            column.fill(grouped.get(column.status, []), today)
            column.list.blockSignals(False)
        if keep and not self.select_order(keep):
            self.current_order = 0
            self.selected.emit(0)

    def eventFilter(self, watched, event) -> bool:
        """← / → move to the nearest column with cars on that side, at about the same height (the hint
        under the board says so; a list of one column would take them for nothing)."""
        if event.type() == QEvent.Type.FocusIn and watched.count() and not watched.selectedItems():
            # Tab onto the board picks a card at once: one card alone could not be picked by ↑ / ↓.
            column = next((c for c in self.columns if c.list is watched), None)
            if column is not None:
                watched.setCurrentRow(max(watched.currentRow(), 0))
                self._picked(column)
        arrows = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if (event.type() == QEvent.Type.KeyPress and event.key() in arrows
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            here = next((i for i, c in enumerate(self.columns) if c.list is watched), None)
            if here is not None:
                self.step_column(here, arrows[event.key()])
                return True
        return super().eventFilter(watched, event)

    def step_column(self, here: int, step: int) -> bool:
        row = max(self.columns[here].list.currentRow(), 0)
        index = here + step
        while 0 <= index < len(self.columns):
            target = self.columns[index].list
            if target.count():
                target.setCurrentRow(min(row, target.count() - 1))
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                self._picked(self.columns[index])
                return True
            index += step
        return False  # no cars that way: the selection stays

    def card(self, order_id: int):
        return next((c for c in self.cards if c.order_id == order_id), None)

    def select_order(self, order_id: int) -> bool:
        for column in self.columns:
            for row in range(column.list.count()):
                item = column.list.item(row)
                if item.data(ORDER_ROLE) == order_id:
                    column.list.setCurrentItem(item)
                    self._picked(column)
                    return True
        return False

    def _picked(self, column: BoardColumn) -> None:
        items = column.list.selectedItems()
        if not items:
            return
        for other in self.columns:
            if other is not column:
                other.list.blockSignals(True)
                other.list.clearSelection()
                other.list.blockSignals(False)
        order_id = items[0].data(ORDER_ROLE)
        changed = order_id != self.current_order
        self.current_order = order_id
        if changed:
            self.selected.emit(order_id)
