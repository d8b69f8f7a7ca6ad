"""Driving modal dialogs from pytest-qt: a dialog opened with exec() blocks the test until it
closes, so its steps are scheduled first and run once the dialog is the active modal window.
A failure inside the steps is kept, every open dialog is closed (so exec() returns), and the
test raises it with `check()` — an exception escaping into Qt's event loop would abort the run."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


class Scheduled:
    def __init__(self, cls, steps, tries):
        self.cls, self.steps, self.left = cls, steps, tries
        self.error: BaseException | None = None
        self.ran = False
        QTimer.singleShot(0, self.attempt)

    def attempt(self):
        widget = QApplication.activeModalWidget()
        if isinstance(widget, self.cls) and widget.isVisible():
            self.ran = True
            try:
                self.steps(widget)
            except BaseException as exc:  # noqa: BLE001 — handed to the test by check()
                self.error = exc
                while isinstance(QApplication.activeModalWidget(), QDialog):
                    QApplication.activeModalWidget().reject()
            return
        self.left -= 1
        if self.left > 0:
            QTimer.singleShot(20, self.attempt)

    def check(self):
        if self.error is not None:
            raise self.error
        assert self.ran, f"{self.cls.__name__} never showed"


def when_shown(cls, steps, *, tries: int = 200) -> Scheduled:
    """Run steps(dialog) as soon as a modal `cls` is showing (polls every 20 ms, up to 4 s)."""
    return Scheduled(cls, steps, tries)


def shown(qtbot, widget):
    """`widget` shown and active, closed with the test (pytest-qt's addWidget)."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def type_text(qtbot, widget, text: str) -> None:
    """Type like the user: ASCII through QTest's key clicks; Chinese as the input method commits
    it (a key event carrying the text — QTest itself accepts only ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def page_for(qtbot, user):
    """The reception page at the front desk's size, shown and active, the look-up box focused."""
    from ui.reception.page import ReceptionPage

    page = ReceptionPage(user=user)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.ui.searchEdit.setFocus()
    return page
