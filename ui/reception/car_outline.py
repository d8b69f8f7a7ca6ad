"""The car seen from above, where the advisor marks damage found on the walk-around: a click adds a
numbered mark at that point (stored as x, y from 0 to 1 across the drawing, as storage keeps it).
A click just outside the drawing is taken to its nearest edge; one further away is said, not ignored.
Without the mouse a mark goes on one of the ZONES (the check-in dialog's 部位 list)."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# The outline's proportions (a saloon seen from above, nose on the left); the print uses the same.
ASPECT = 2.1
# How far outside the drawing (pixels) a click still counts, taken to the nearest edge.
SNAP = 24


def zone_label(name: str) -> str:
    return QCoreApplication.translate("CarOutline", name)


# The body's panels, where a mark goes when chosen by keyboard: (name, x, y) across the drawing. Nose on
# the left, seen from above: the car's right side is the top edge, its left side the bottom.
ZONES = (
    (QT_TRANSLATE_NOOP("CarOutline", "前保险杠"), 0.03, 0.5),
    (QT_TRANSLATE_NOOP("CarOutline", "发动机盖"), 0.17, 0.5),
    (QT_TRANSLATE_NOOP("CarOutline", "车顶"), 0.5, 0.5),
    (QT_TRANSLATE_NOOP("CarOutline", "行李箱盖"), 0.86, 0.5),
    (QT_TRANSLATE_NOOP("CarOutline", "后保险杠"), 0.97, 0.5),
    (QT_TRANSLATE_NOOP("CarOutline", "左前翼子板"), 0.18, 0.9),
    (QT_TRANSLATE_NOOP("CarOutline", "左前门"), 0.42, 0.9),
    (QT_TRANSLATE_NOOP("CarOutline", "左后门"), 0.6, 0.9),
    (QT_TRANSLATE_NOOP("CarOutline", "左后翼子板"), 0.82, 0.9),
    (QT_TRANSLATE_NOOP("CarOutline", "右前翼子板"), 0.18, 0.1),
    (QT_TRANSLATE_NOOP("CarOutline", "右前门"), 0.42, 0.1),
    (QT_TRANSLATE_NOOP("CarOutline", "右后门"), 0.6, 0.1),
    (QT_TRANSLATE_NOOP("CarOutline", "右后翼子板"), 0.82, 0.1),
)


def outline_rect(width: float, height: float, margin: float = 8) -> QRectF:
    w, h = width - 2 * margin, height - 2 * margin
    if w / h > ASPECT:
        w = h * ASPECT
    else:
        h = w / ASPECT
    return QRectF((width - w) / 2, (height - h) / 2, w, h)


def car_path(r: QRectF) -> QPainterPath:
    """Body, cabin and wheels, in the rectangle r."""
    path = QPainterPath()
    path.addRoundedRect(r.adjusted(0, r.height() * 0.08, 0, -r.height() * 0.08), r.height() * 0.35, r.height() * 0.3)
    cabin = QRectF(r.left() + r.width() * 0.30, r.top() + r.height() * 0.2, r.width() * 0.42, r.height() * 0.6)
    path.addRoundedRect(cabin, r.height() * 0.12, r.height() * 0.12)
    path.moveTo(cabin.left() + cabin.width() * 0.18, cabin.top())
    path.lineTo(cabin.left() + cabin.width() * 0.18, cabin.bottom())  # windscreen
    path.moveTo(cabin.right() - cabin.width() * 0.12, cabin.top())
    path.lineTo(cabin.right() - cabin.width() * 0.12, cabin.bottom())  # rear window
    for fx in (0.2, 0.78):
        for top in (True, False):
            wheel = QRectF(r.left() + r.width() * (fx - 0.07), r.top() if top else r.bottom() - r.height() * 0.1,
                           r.width() * 0.14, r.height() * 0.1)
            path.addRoundedRect(wheel, 3, 3)
    return path


class CarOutline(QWidget):
    marks_changed = Signal()
    missed = Signal()  # a click too far outside the car: nothing marked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.marks: list[dict] = []  # {"x", "y", "kind", "note"}
        self.kind = "划痕"
        self.setMinimumSize(300, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("点击车身标记损伤；Backspace 删除最后一处"))

    def add_mark(self, x: float, y: float, kind: str | None = None, note: str = "") -> None:
        self.marks.append({"x": round(x, 3), "y": round(y, 3), "kind": kind or self.kind, "note": note})
        self.update()
        self.marks_changed.emit()

    def remove_last(self) -> None:
        if self.marks:
            self.marks.pop()
            self.update()
            self.marks_changed.emit()

    def mousePressEvent(self, event) -> None:
        r = outline_rect(self.width(), self.height())
        p = event.position()
        if r.adjusted(-SNAP, -SNAP, SNAP, SNAP).contains(p):
            x = min(max(p.x(), r.left()), r.right())  # just outside: the nearest edge
            y = min(max(p.y(), r.top()), r.bottom())
            self.add_mark((x - r.left()) / r.width(), (y - r.top()) / r.height())
        else:
            self.missed.emit()
        super().mousePressEvent(event)

    def mark_zone(self, index: int) -> None:
        name, x, y = ZONES[index]
        self.add_mark(x, y, note=name)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove_last()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        r = outline_rect(self.width(), self.height())
        painter.setPen(QPen(QColor("#455a64"), 1.6))
        painter.drawPath(car_path(r))
        painter.setPen(QColor("#78909c"))
        painter.drawText(QRectF(r.left(), r.top() - 2, r.width() * 0.25, 16), Qt.AlignmentFlag.AlignLeft, self.tr("车头"))
        # Nose on the left: the car's right side at the top, its left side at the bottom.
        painter.drawText(QRectF(r.right() - r.width() * 0.25, r.top() - 2, r.width() * 0.25, 16), Qt.AlignmentFlag.AlignRight,
                         self.tr("车尾"))
        painter.drawText(QRectF(r.left(), r.top() - 2, r.width(), 16), Qt.AlignmentFlag.AlignHCenter, self.tr("右侧"))
        painter.drawText(QRectF(r.left(), r.bottom() - 14, r.width(), 16), Qt.AlignmentFlag.AlignHCenter, self.tr("左侧"))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1976d2"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        for number, mark in enumerate(self.marks, 1):
            centre = QPointF(r.left() + mark["x"] * r.width(), r.top() + mark["y"] * r.height())
            painter.setPen(QPen(QColor("#c62828"), 1.5))
            painter.setBrush(QColor(255, 235, 238))
            painter.drawEllipse(centre, 10, 10)
            painter.drawText(QRectF(centre.x() - 10, centre.y() - 10, 20, 20), Qt.AlignmentFlag.AlignCenter, str(number))
        painter.end()
