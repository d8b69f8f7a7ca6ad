"""Run work off the GUI thread and hand its result, or its error, back to the GUI thread.

    run_task(self, lambda cancel: reports.month(2026, 11), on_done=self.show_month,
             progress=self.tr("正在统计本月数据…"))

The work function gets a threading.Event that is set when the user presses 取消; long loops should
look at it and stop. It must not touch widgets. Peewee keeps one connection per thread, so the task
opens its own connection before the work and closes it after. A DomainError raised by the work goes
to on_error (default: ui.kit.errors.show_error); any other exception is raised again on the GUI thread,
so a programming error is never swallowed.
"""
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from storage.plumbing.db import database
from storage.rules.errors import DomainError
from ui.kit.errors import show_error

# Tasks still running: keeps their Python objects alive until the result is delivered.
_ACTIVE: set["BackgroundTask"] = set()


class BackgroundTask(QObject):
    """One piece of work; lives on the GUI thread, its work runs on the global thread pool."""

    _succeeded = Signal(object)
    _failed = Signal(object)

    def __init__(self, parent, work, on_done, on_error, progress, uses_database):
        super().__init__(None)
        self.parent_widget = parent
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.uses_database = uses_database
        self.cancel = threading.Event()
        self.done = False
        self._succeeded.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        self.progress_dialog = None
        if progress:
            dialog = QProgressDialog(progress, QCoreApplication.translate("Tasks", "取消"), 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)  # quick work never flashes a dialog
            dialog.canceled.connect(self.cancel.set)
            self.progress_dialog = dialog

    def run_in_worker(self) -> None:
        try:
            result = self._run_with_connection()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    def _run_with_connection(self):
        db = database.obj if self.uses_database else None
        if db is None:
            return self.work(self.cancel)
        db.connect(reuse_if_open=True)
        try:
            return self.work(self.cancel)
        finally:
            if not db.is_closed():
                db.close()

    def _finish(self) -> None:
        self.done = True
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel.set)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        _ACTIVE.discard(self)

    @Slot(object)
    def _deliver_result(self, result) -> None:
        self._finish()
        if not self.cancel.is_set() and self.on_done is not None:
            self.on_done(result)

    @Slot(object)
    def _deliver_error(self, exc) -> None:
        self._finish()
        if not isinstance(exc, DomainError):
            raise exc
        if self.cancel.is_set():
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            show_error(self.parent_widget, exc)


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run_in_worker()


def run_task(
    parent: QWidget | None,
    work: Callable[[threading.Event], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[DomainError], None] | None = None,
    progress: str | None = None,
    uses_database: bool = True,
) -> BackgroundTask:
    """Start `work(cancel)` on the thread pool; on the GUI thread call on_done(result) or on_error(exc).

    progress: a label for a QProgressDialog with a 取消 button (shown only if the work takes a while).
    uses_database: False for work that does not touch the shared database (e.g. testing another URL).
    """
    task = BackgroundTask(parent, work, on_done, on_error, progress, uses_database)
    _ACTIVE.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task
