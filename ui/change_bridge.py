"""Carries storage.changes to the open windows: one timer polls the database's change signal
(SQLite's data_version, PostgreSQL's LISTEN) and emits `changed(topics)`; each station decides for
itself what to reload. Windows never poll each other and never reload everything on a timer."""
from PySide6.QtCore import QObject, QTimer, Signal

from storage.changes import TOPICS, ChangeWatcher


class ChangeNotifier(QObject):
    changed = Signal(set)

    def __init__(self, *, topics=tuple(TOPICS), interval_ms: int = 1000, parent=None):
        super().__init__(parent)
        self.watcher = ChangeWatcher(list(topics))
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> set:
        topics = self.watcher.poll()
        if topics:
            self.changed.emit(set(topics))
        return topics

    def announce(self, *topics: str) -> None:
        """This window's own change: tell the other pages of this PC at once, without waiting."""
        self.changed.emit(set(topics))

    def close(self) -> None:
        self.timer.stop()
        self.watcher.close()
