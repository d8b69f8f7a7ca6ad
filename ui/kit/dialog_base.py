"""The base of every dialog: it reopens where and as large as the user left it (Picard's PreserveGeometry),
and never larger than the screen it opens on (ui.kit.screen_fit: a form too tall for it scrolls)."""
from PySide6.QtWidgets import QDialog, QWidget

from ui.kit.resources import window_state
from ui.kit.screen_fit import fit_window


def restore_geometry(widget: QWidget, key: str) -> bool:
    saved = window_state().value(f"geometry/{key}")
    return bool(saved) and widget.restoreGeometry(saved)


def save_geometry(widget: QWidget, key: str) -> None:
    window_state().setValue(f"geometry/{key}", widget.saveGeometry())


class PreservingDialog(QDialog):
    """Size and position are kept per class name in the window-state file, for every PC separately;
    each time it is shown it is fitted to the screen's free area (ui.kit.screen_fit.fit_window).

    Set `remember_geometry = False` on an instance to neither restore nor save (screenshots do).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.remember_geometry = True
        self._geometry_restored = False

    @property
    def geometry_key(self) -> str:
        return type(self).__name__

    def showEvent(self, event):
        if self.remember_geometry and not self._geometry_restored:
            self._geometry_restored = True
            restore_geometry(self, self.geometry_key)
        fit_window(self)
        super().showEvent(event)

    def done(self, result: int) -> None:
        if self.remember_geometry:
            save_geometry(self, self.geometry_key)
        super().done(result)
