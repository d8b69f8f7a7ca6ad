"""大屏看板: the workshop board for the wall display. Large type, nothing to click, pages of cards
that turn by themselves every few seconds. It redraws when the change notifier says orders or the
workshop changed (another station's action shows within the notifier's poll, a second or two),
and once a minute so the time left counts down; it never reloads on a fast timer."""
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from storage import workshop
from storage.models import now
from ui.forms.ui_workshop_wall import Ui_WallBoard
from ui.kit.change_bridge import ChangeNotifier
from ui.workshop.board_view import column_heading
from ui.workshop.cards import WALL_TONES, by_column, card_lines, page_count, tone

translate = QCoreApplication.translate

BOARD_TOPICS = {"orders", "workshop"}
# The wall has room for the first four card lines in large type; flags (parts, rework) follow.
WALL_LINES = 5


class WallBoard(QWidget):
    def __init__(self, *, changes=None, per_page: int = 3, page_seconds: int = 10, parent=None):
        super().__init__(parent)
        self.ui = Ui_WallBoard()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.per_page = per_page
        self.page = 0
        self.pages = 1
        self.grouped = {}
        self.own_changes = changes is None
        self.changes = changes or ChangeNotifier(parent=self)
        self.changes.changed.connect(self.on_changed)
        self.columns = {}
        for status, _ in workshop.BOARD_COLUMNS:
            self.columns[status] = self._column(status)
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(page_seconds * 1000)
        self.page_timer.timeout.connect(self.next_page)
        self.page_timer.start()
        self.minute_timer = QTimer(self)
        self.minute_timer.setInterval(60_000)
        self.minute_timer.timeout.connect(self.refresh)
        self.minute_timer.start()
        self.refresh()

    def _column(self, status: str) -> dict:
        frame = QFrame(self)
        frame.setStyleSheet("QFrame#wallColumn { background: #18212c; border-radius: 6px; }")
        frame.setObjectName("wallColumn")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        heading = QLabel(frame)
        heading.setFont(QFont(heading.font().family(), 20, QFont.Weight.Bold))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        slots = []
        for _ in range(self.per_page):
            label = QLabel(frame)
            label.setFont(QFont(label.font().family(), 13))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            layout.addWidget(label, 1)
            slots.append(label)
        self.ui.columnsLayout.addWidget(frame, 1)
        return {"frame": frame, "heading": heading, "slots": slots}

    def on_changed(self, topics: set) -> None:
        if topics & BOARD_TOPICS:
            self.refresh()

    def refresh(self) -> None:
        self.cards = workshop.board()
        self.grouped = by_column(self.cards, workshop.BOARD_COLUMNS)
        self.pages = page_count(self.grouped, self.per_page)
        self.page = min(self.page, self.pages - 1)
        self.ui.clockLabel.setText(now().strftime("%H:%M"))
        self.show_page()

    def next_page(self) -> None:
        self.page = (self.page + 1) % self.pages
        self.ui.clockLabel.setText(now().strftime("%H:%M"))
        self.show_page()

    def show_page(self) -> None:
        today = now().date()
        late = sum(1 for c in self.cards if c.overdue)
        self.ui.titleLabel.setText(
            translate("WallBoard", "车间看板　在厂 {n} 台　超时 {late} 台").format(n=len(self.cards), late=late))
        self.ui.pageLabel.setText(
            translate("WallBoard", "第 {page}/{pages} 页").format(page=self.page + 1, pages=self.pages))
        first = self.page * self.per_page
        for status, column in self.columns.items():
            cards = self.grouped.get(status, [])
            title = column_heading(status)
            column["heading"].setText(translate("WallBoard", "{title} {n}").format(title=title, n=len(cards)))
            shown = cards[first:first + self.per_page]
            for index, label in enumerate(column["slots"]):
                if index < len(shown):
                    card = shown[index]
                    background, colour = WALL_TONES[tone(card)]
                    lines = card_lines(card, today)[:WALL_LINES]
                    body = "<br>".join(_escape(line) for line in [card.model, *lines[1:]] if line)
                    label.setText(f"<div style='font-size:19pt;font-weight:bold;white-space:nowrap'>{_escape(card.plate)}</div>"
                                  f"<div>{body}</div>")
                    label.setStyleSheet(f"background: {background}; color: {colour}; border-radius: 6px; padding: 6px;")
                else:
                    label.clear()
                    label.setStyleSheet("background: transparent;")

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.page_timer.stop()
        self.minute_timer.stop()
        if self.own_changes:
            self.changes.close()
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
