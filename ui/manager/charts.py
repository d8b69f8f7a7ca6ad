"""Small charts drawn with QPainter (PySide6-Essentials has no QtCharts): vertical bars and a line
over days, horizontal bars per person, and a ring with its legend for a mix. Each takes its data
through set_data() and keeps it (labels, values) so a test can read what is drawn.

Values arrive as Decimal or int; they turn into float only here, for pixel positions.
"""
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#4f7cac", "#e08a3c", "#5aa469", "#c8553d", "#8e6fb5", "#3fa7a3", "#b5a642", "#8a8a8a")
AXIS = QColor("#6b7785")
GRID = QColor("#e3e7ec")
TEXT = QColor("#1d2733")
MUTED = QColor("#7a8591")


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^n) that covers `top` in about `ticks` steps."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def plain_number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:,.1f}"


class Chart(QWidget):
    """What every chart shares: a title, a plot area, the text shown when there is nothing to draw."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.labels: list[str] = []
        self.values: list = []
        self.value_text = plain_number  # how a value reads on an axis or beside a bar
        self.colour = QColor(PALETTE[0])
        self.setMinimumSize(260, 160)  # two rows of charts under the tiles in 614 px (1366×768 at 125 %)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_title(self, title: str, empty_text: str = "") -> None:
        self.title, self.empty_text = title, empty_text
        self.update()

    def set_data(self, labels: list[str], values: list, *, value_text=None, colour: str | None = None) -> None:
        self.labels, self.values = list(labels), list(values)
        if value_text is not None:
            self.value_text = value_text
        if colour is not None:
            self.colour = QColor(colour)
        self.setToolTip("\n".join(f"{label}: {self.value_text(float(v))}" for label, v in zip(self.labels, self.values))
                        if len(self.labels) <= 40 else "")
        self.update()

    def has_data(self) -> bool:
        return any(float(v) for v in self.values)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QColor("#d5dbe2"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        title_h = QFontMetrics(title_font).height() + 8
        painter.drawText(QRectF(10, 4, self.width() - 20, title_h), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        area = QRectF(10, title_h + 4, self.width() - 20, self.height() - title_h - 12)
        if not self.has_data():
            painter.setPen(MUTED)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        else:
            self.draw(painter, area)
        painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError


class _DayAxes(Chart):
    """A value axis on the left with round ticks and grid lines, categories (days) along the bottom,
    every n-th labelled so the labels never overlap."""

    def _frame(self, painter: QPainter, area: QRectF) -> tuple[QRectF, float]:
        metrics = QFontMetrics(self.font())
        top = max(float(v) for v in self.values)
        step = nice_step(top)
        ceiling = step * math.ceil(top / step) if top > 0 else step
        ticks = [step * i for i in range(int(round(ceiling / step)) + 1)]
        left = max(metrics.horizontalAdvance(self.value_text(t)) for t in ticks) + 8
        plot = QRectF(area.left() + left, area.top() + 4, area.width() - left - 4, area.height() - metrics.height() - 10)
        painter.setPen(QPen(GRID, 1))
        for tick in ticks:
            y = plot.bottom() - tick / ceiling * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS)
            painter.drawText(QRectF(area.left(), y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.value_text(tick))
            painter.setPen(QPen(GRID, 1))
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        slot = plot.width() / max(1, len(self.labels))
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + 8
        every = max(1, math.ceil(widest / slot))
        for i, label in enumerate(self.labels):
            if i % every:
                continue
            centre = plot.left() + slot * (i + 0.5)
            painter.drawText(QRectF(centre - widest / 2, plot.bottom() + 4, widest, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, label)
        return plot, ceiling


class BarChart(_DayAxes):
    """One bar per category (a day), e.g. revenue per day."""

    def draw(self, painter: QPainter, area: QRectF) -> None:
        plot, ceiling = self._frame(painter, area)
        slot = plot.width() / len(self.values)
        bar = max(1.0, slot * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        for i, value in enumerate(self.values):
            height = max(0.0, float(value)) / ceiling * plot.height()
            painter.drawRect(QRectF(plot.left() + slot * i + (slot - bar) / 2, plot.bottom() - height, bar, height))


class LineChart(_DayAxes):
    """A line through one point per category (a day), e.g. cars in per day."""

    def draw(self, painter: QPainter, area: QRectF) -> None:
        plot, ceiling = self._frame(painter, area)
        slot = plot.width() / len(self.values)
        points = [QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - max(0.0, float(v)) / ceiling * plot.height())
                  for i, v in enumerate(self.values)]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(self.colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(self.colour)
        for point in points if len(points) <= 62 else []:
            painter.drawEllipse(point, 2.5, 2.5)


class HorizontalBarChart(Chart):
    """One bar per person (name on the left, the value at the bar's end), biggest first as given."""

    def draw(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        rows = len(self.values)
        row_h = min(area.height() / rows, metrics.height() * 2.2)
        name_w = min(area.width() * 0.3, max(metrics.horizontalAdvance(label) for label in self.labels) + 10)
        value_w = max(metrics.horizontalAdvance(self.value_text(float(v))) for v in self.values) + 10
        room = area.width() - name_w - value_w
        top = max(float(v) for v in self.values) or 1.0
        for i, (label, value) in enumerate(zip(self.labels, self.values)):
            y = area.top() + row_h * i
            painter.setPen(TEXT)
            painter.drawText(QRectF(area.left(), y, name_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(name_w - 8)))
            width = max(0.0, float(value)) / top * room
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawRect(QRectF(area.left() + name_w, y + row_h * 0.2, width, row_h * 0.6))
            painter.setPen(AXIS)
            painter.drawText(QRectF(area.left() + name_w + width + 6, y, value_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                             self.value_text(float(value)))


class RingChart(Chart):
    """A mix as a ring (donut) with a legend: name, count and share."""

    def draw(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        total = sum(float(v) for v in self.values)
        size = min(area.height(), area.width() * 0.45)
        ring = QRectF(area.left() + 6, area.top() + (area.height() - size) / 2, size, size)
        start = 90 * 16
        painter.setPen(QPen(QColor("white"), 2))
        for i, value in enumerate(self.values):
            span = -round(float(value) / total * 360 * 16)
            painter.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            painter.drawPie(ring, start, span)
            start += span
        hole = ring.adjusted(size * 0.22, size * 0.22, -size * 0.22, -size * 0.22)
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(hole)
        painter.setPen(TEXT)
        painter.drawText(hole, Qt.AlignmentFlag.AlignCenter, self.value_text(total))
        x = ring.right() + 16
        line_h = metrics.height() + 6
        y = area.top() + max(0.0, (area.height() - line_h * len(self.values)) / 2)
        for i, (label, value) in enumerate(zip(self.labels, self.values)):
            painter.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(x, y + (line_h - 10) / 2, 10, 10))
            painter.setPen(TEXT)
            share = float(value) / total * 100
            painter.drawText(QRectF(x + 16, y, area.right() - x - 16, line_h), Qt.AlignmentFlag.AlignVCenter,
                             f"{label}  {self.value_text(float(value))} ({share:.1f}%)")
            y += line_h
