"""What "fits the screen" means, checked on a shown window (tests/ui/test_screen_fit.py):

- the window with its frame (ui.kit.screen_fit.frame_margins) lies inside the screen's free area;
- every widget our layouts place lies inside its parent, overlaps none of its siblings, and is at
  least as large as its smallest readable size (minimumSizeHint: a button's whole text, a table's
  frame and a row) — unless the layout can only ever give it less (a designed maximum);
- a station page fits its window without a horizontal scroll bar, and without a vertical one;
  a dialog's form may scroll upwards and downwards (ui.kit.screen_fit.scroll_if_needed), never sideways.

Widgets a Qt widget places itself (a scroll area's bars, a table's headers) are Qt's business."""
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QLayout, QScrollArea, QSizePolicy, QWidget

from ui.kit import screen_fit


def layout_widgets(layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(layout_widgets(item.layout()))
    return found


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def window_problems(window: QWidget, *, page: QScrollArea | None = None) -> list[str]:
    """Everything that does not fit in `window` (shown), as readable lines; [] when it all fits.
    `page`: the main window's scroll area of the station shown, which must not scroll at all."""
    problems = []
    area = screen_fit.available_geometry(window)
    frame = window.geometry().marginsAdded(screen_fit.frame_margins(window))
    if frame.width() > area.width() or frame.height() > area.height():
        problems.append(f"{window.windowTitle() or _name(window)}: {frame.width()}×{frame.height()} with its frame, "
                        f"larger than the screen's {area.width()}×{area.height()}")
    problems += widget_problems(window, page)
    if page is not None:
        problems += _scroll_problems(page, vertical=True)
    return problems


def widget_problems(top: QWidget, page: QScrollArea | None = None) -> list[str]:
    problems = []
    stack = [top]
    while stack:
        widget = stack.pop()
        stack.extend(child for child in widget.findChildren(QWidget, options=_direct()) if child.isVisible())
        if isinstance(widget, QScrollArea) and widget.widget() is not None and widget is not page:
            problems += _scroll_problems(widget)
        layout = widget.layout()
        if layout is None:
            continue
        placed = [w for w in layout_widgets(layout) if w.isVisible() and w.parentWidget() is widget]
        inside = widget.rect()
        for child in placed:
            geometry = child.geometry()
            if not inside.contains(geometry):
                problems.append(f"{_name(child)} {_rect(geometry)} sticks out of {_name(widget)} {_rect(inside)}")
            problems += _too_small(child)
        for i, first in enumerate(placed):
            for second in placed[i + 1:]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 0 and overlap.height() > 0:
                    problems.append(f"{_name(first)} overlaps {_name(second)} in {_name(widget)} by {_rect(overlap)}")
    return problems


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"


def _too_small(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractScrollArea):
        return []  # a list or a text box shows what it has room for and scrolls the rest
    hint, size, policy = widget.minimumSizeHint(), widget.size(), widget.sizePolicy()
    wanted_w = min(hint.width(), widget.maximumWidth())
    wanted_h = min(hint.height(), widget.maximumHeight())
    problems = []
    if policy.horizontalPolicy() != QSizePolicy.Policy.Ignored and size.width() < wanted_w:
        problems.append(f"{_name(widget)} is {size.width()} px wide, clipped: it needs {wanted_w}")
    if policy.verticalPolicy() != QSizePolicy.Policy.Ignored and size.height() < wanted_h:
        problems.append(f"{_name(widget)} is {size.height()} px high, clipped: it needs {wanted_h}")
    return problems


def _scroll_problems(area: QScrollArea, *, vertical: bool = False) -> list[str]:
    """A scroll area that sizes its widget (a page, a dialog's form): never sideways; with `vertical`,
    not at all."""
    if not area.widgetResizable() and not isinstance(area, screen_fit.FitScrollArea):
        return []  # a real scrolled document (the print preview's pages)
    inner, viewport = area.widget(), area.viewport()
    problems = []
    if inner.width() > viewport.width():
        problems.append(f"{_name(inner)} is {inner.width()} px wide, scrolls sideways in {viewport.width()}")
    if vertical and inner.height() > viewport.height():
        problems.append(f"{_name(inner)} is {inner.height()} px high, scrolls in {viewport.height()}")
    return problems
