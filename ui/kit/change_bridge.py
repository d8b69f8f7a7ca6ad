"""Carries storage.plumbing.changes to the open windows and emits `changed(topics)`; each station decides for
itself what to reload. Windows never poll each other, never reload everything on a timer, and never
announce a change by hand: storage names what changed.

Two sources, one signal:
- this program's own commits: storage hands the topics a transaction named to our listener after
  its commit (any thread). An operation run through ui.kit.operations (`batch()`) emits them once
  when it is done; a commit outside one (a background task) is emitted on the next turn of the
  event loop, pooled with any others.
- other PCs: one timer polls the database's change signal (SQLite's data_version, PostgreSQL's
  LISTEN). The watcher drops the echoes of our own commits (storage.plumbing.changes explains the rule), so
  a page reloads once after its own write, and never misses another PC's.
"""
import threading
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

from storage.plumbing import changes as store_changes
from storage.plumbing.changes import TOPICS, ChangeWatcher


class ChangeNotifier(QObject):
    changed = Signal(set)
    _committed_elsewhere = Signal()  # a commit on another thread of this program: flush on ours

    def __init__(self, *, topics=tuple(TOPICS), interval_ms: int = 1000, parent=None):
        super().__init__(parent)
        self.watcher = ChangeWatcher(list(topics), drop_own=True)
        self._pending: set = set()
        self._lock = threading.Lock()  # the listener may run on a worker thread
        self._batches = 0
        self._flush_queued = False
        self._committed_elsewhere.connect(self._flush, Qt.ConnectionType.QueuedConnection)
        store_changes.add_listener(self._committed, db=self.watcher._db)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> set:
        topics = self.watcher.poll()
        if topics:
            self.changed.emit(set(topics))
        return topics

    # -- this program's own commits -----------------------------------------------------------
    def _committed(self, topics) -> None:
        """storage.plumbing.changes' listener: runs in the committing thread, right after the commit."""
        if not shiboken6.isValid(self):  # its window is gone (Qt deleted it) before Python let go of it
            store_changes.remove_listener(self._committed)
            return
        with self._lock:
            self._pending |= set(topics) & self.watcher.topics
            if self._batches and QThread.currentThread() is self.thread():
                return  # the operation's end emits them
            if self._flush_queued:
                return
            self._flush_queued = True
        self._committed_elsewhere.emit()

    def _flush(self) -> None:
        with self._lock:
            self._flush_queued = False
            if self._batches:
                return  # an operation is running: its end emits everything pending
            topics, self._pending = self._pending, set()
        if topics:
            self.changed.emit(topics)

    @contextmanager
    def batch(self):
        """Everything committed inside reaches the pages once, at the end (ui.kit.operations)."""
        self._batches += 1
        try:
            yield self
        finally:
            self._batches -= 1
            if not self._batches:
                self._flush()

    def close(self) -> None:
        store_changes.remove_listener(self._committed)
        self.timer.stop()
        self.watcher.close()
