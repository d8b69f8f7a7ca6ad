"""Every window fits the screen it opens on: 1366×768 at 100 % and 125 % (1093×614 logical pixels
usable) and 1920×1080 at 150 % (1280×720).

    fit_window(dialog)        # in showEvent: at most the screen's free area, inside it
    scroll_if_needed(dialog)  # its form in a scroll area when the form is taller or wider than that

`PreservingDialog`, the first-run wizard and the main window call these when they are shown, so a
dialog drawn for a large screen still opens whole on a small one: its buttons row stays at the
bottom, the form above it scrolls. The screen's free area is the platform's `availableGeometry`
(the desktop without the task bar), minus the title bar and border the window manager adds; the
screenshots and the tests set it with `set_available_geometry` to the screens named above."""
from PySide6.QtCore import QEvent, QMargins, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton, QBoxLayout, QDialogButtonBox, QFrame, QLayout, QScrollArea, QSizePolicy, QStyle, QVBoxLayout,
    QWidget,
)

# What the window manager adds around a window before it has shown the real frame (Windows 10/11 at
# 100 %: a title bar of about 30 px and a 1 px border); the screenshots draw the same title bar.
FRAME = QMargins(1, 30, 1, 1)
_override: QRect | None = None


def set_available_geometry(rect: QRect | None) -> None:
    """Pretend the screen's free area is `rect` (logical pixels), or None for the real screen again."""
    global _override
    _override = QRect(rect) if rect is not None else None


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The free area of the screen `widget` is on (the primary screen when none), logical pixels."""
    if _override is not None:
        return QRect(_override)
    # The screen under the window's centre, asked of the application. Not QWidget.screen() nor
    # QWindow.screen(): with those, a later QWidget() crashed in QScreen::virtualSiblings (a deleted
    # screen; seen under pytest-qt with PySide6 6.x offscreen, most likely shiboken's return-value
    # heuristic tying the screen's wrapper to the widget that was then deleted).
    screen = QGuiApplication.screenAt(widget.window().geometry().center()) if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around `window`: the one the platform reports once it knows it, at
    least FRAME (before a window is first shown, most platforms report none)."""
    outer, inner = window.frameGeometry(), window.geometry()
    return QMargins(max(FRAME.left(), inner.left() - outer.left()), max(FRAME.top(), inner.top() - outer.top()),
                    max(FRAME.right(), outer.right() - inner.right()), max(FRAME.bottom(), outer.bottom() - inner.bottom()))


def room(window: QWidget) -> QSize:
    """The largest client area `window` may have: the screen's free area less its frame."""
    return available_geometry(window).marginsRemoved(frame_margins(window)).size()


def fit_window(window: QWidget, *, scroll: bool = True) -> None:
    """Size `window` to at most the screen's free area and move it inside that area. With `scroll`,
    a form that cannot shrink that far is first put in a scroll area (scroll_if_needed)."""
    limit = room(window)
    if scroll and scroll_if_needed(window, limit) is not None:
        window.layout().activate()  # the window's minimum is now the scrolled form's
    wanted = window.size()
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):  # never sized by the program: its own wish
        wanted = wanted.expandedTo(window.sizeHint())
    size = wanted.boundedTo(limit).expandedTo(window.minimumSize())
    if size != window.size():
        centre = window.geometry().center()
        window.resize(size)
        window.move(window.pos() + centre - window.geometry().center())  # where it was placed, only smaller
    _move_inside(window)


def _move_inside(window: QWidget) -> None:
    area = available_geometry(window).marginsRemoved(frame_margins(window))
    geometry = window.geometry()
    x = min(max(geometry.x(), area.left()), max(area.left(), area.right() + 1 - geometry.width()))
    y = min(max(geometry.y(), area.top()), max(area.top(), area.bottom() + 1 - geometry.height()))
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x + window.x() - geometry.x(), y + window.y() - geometry.y())


class FitScrollArea(QScrollArea):
    """A frameless scroll area that gives its widget all the room there is, never less than the
    widget's minimum size, and scrolls only what does not fit.

    Not QScrollArea's widgetResizable: for a widget with a word-wrapped label that takes the
    preferred height for the width as the least height (Qt's height-for-width), so a page that
    would fit scrolls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def needed(self) -> QSize:
        widget = self.widget()
        return widget.minimumSizeHint().expandedTo(widget.minimumSize()) if widget is not None else QSize()

    def fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        need, room = self.needed(), self.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width, height = room.width(), room.height()
        if need.height() > height:
            width -= bar  # a vertical scroll bar takes its width
        if need.width() > width:
            height -= bar
            if need.height() > height and need.height() <= room.height():
                width -= bar
        widget.resize(max(width, need.width()), max(height, need.height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # once the widget's layout has its new minimum
        return super().eventFilter(watched, event)


def scrolling(page: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`page` in a FitScrollArea: all the room there is, and scrolled only where it does not fit
    (the main window's station pages)."""
    area = FitScrollArea(parent)
    area.setWidget(page)
    return area


def scroll_if_needed(window: QWidget, limit: QSize | None = None) -> QScrollArea | None:
    """When the form's smallest size is larger than `limit` (default: room(window)), move the form into
    a scroll area; a buttons row at the bottom of the form stays outside it, always visible.
    Returns the scroll area (None when the form fits or is already scrolled)."""
    limit = limit or room(window)
    layout = window.layout()
    if layout is None or getattr(window, "_fit_scroll", None) is not None:
        return None
    needed = layout.totalMinimumSize()
    if needed.width() <= limit.width() and needed.height() <= limit.height():
        return None
    wide, tall = needed.width() > limit.width(), needed.height() > limit.height()
    margins = layout.contentsMargins()
    spacing = layout.spacing() if layout.spacing() >= 0 else 6
    buttons = _take_buttons_row(layout)
    area = FitScrollArea(window)  # parented first: the widgets stay in this window, their Tab order with them
    area.setObjectName("fitScrollArea")
    form = QWidget()
    form.setObjectName("fitScrollForm")
    area.setWidget(form)
    form.setLayout(layout)  # takes the layout and its widgets from the window
    if buttons is not None:
        layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, margins.bottom() if buttons is not None else 0)
    outer.setSpacing(spacing)
    outer.addWidget(area, 1)
    if buttons is not None:
        row = QVBoxLayout()
        row.setContentsMargins(margins.left(), 0, margins.right(), 0)
        if isinstance(buttons, QWidget):
            row.addWidget(buttons)
        else:
            row.addLayout(buttons)
        outer.addLayout(row)
    # As wide (or tall) as the form needs where the screen allows it, so only the short side scrolls.
    bar = area.verticalScrollBar().sizeHint().width()
    if not wide:
        area.setMinimumWidth(min(needed.width() + (bar if tall else 0), limit.width()))
    if not tall:
        area.setMinimumHeight(min(needed.height() + (bar if wide else 0), limit.height()))
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    area.fit()
    window._fit_scroll = area
    return area


def _take_buttons_row(layout: QLayout) -> QWidget | QLayout | None:
    """The last item of a vertical layout when it is a button box or a row holding buttons, taken out
    of the layout (the widget or the row's layout); None otherwise."""
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
            QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop) or layout.count() < 2:
        return None
    index = layout.count() - 1
    item = layout.itemAt(index)
    widget = item.widget()
    if isinstance(widget, QDialogButtonBox):
        layout.takeAt(index)
        return widget
    inner = item.layout()
    if isinstance(inner, QBoxLayout) and inner.direction() in (
            QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
        widgets = [inner.itemAt(i).widget() for i in range(inner.count())]
        if any(isinstance(w, (QAbstractButton, QDialogButtonBox)) for w in widgets):
            layout.takeAt(index)
            return inner
    return None
