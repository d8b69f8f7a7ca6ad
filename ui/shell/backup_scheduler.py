"""定时备份 while the program runs: a timer asks storage.store.backup_schedule every few minutes whether a backup is
due and, when it is, takes it off the GUI thread (ui.kit.tasks.run_task); the stations keep working.
The result goes to a label in the main window's status bar; a failed backup (a full or missing
backup disk, no permission) also says so once in a message box that does not block the work.

    scheduler = BackupScheduler(local=local, parent=app); scheduler.start()
    scheduler.attach(main_window)        the status-bar label of the window now shown
"""
from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from storage.plumbing.config import LocalSettings
from storage.rules.errors import DomainError
from storage.store import backup_schedule
from ui.kit.style import ERROR_STYLE, OK_STYLE
from ui.kit.tasks import run_task

CHECK_EVERY_MS = 5 * 60_000  # a schedule in hours needs no finer look than this
FIRST_CHECK_MS = 60_000  # not during the rush of opening windows at start


class BackupScheduler(QObject):
    reported = Signal(str, bool)  # message, ok

    def __init__(self, *, local: LocalSettings, parent: QObject | None = None, check_every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.local = local
        self.timer = QTimer(self, interval=check_every_ms)
        self.timer.timeout.connect(self.tick)
        self.task = None
        self.last_message: tuple[str, bool] | None = None
        self.warned: set[str] = set()
        self.window: QMainWindow | None = None

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self.tick)

    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def tick(self) -> None:
        """Take a backup if one is due (the check is a folder listing: quick on the GUI thread)."""
        if self.running():
            return
        try:
            policy = backup_schedule.BackupPolicy.from_local(self.local)
            if not backup_schedule.due(policy):
                return
        except DomainError as exc:
            self._failed(exc)
            return

        self.task = run_task(None, lambda cancel: backup_schedule.run_scheduled(policy), on_done=self._done, on_error=self._failed)

    def _done(self, report: backup_schedule.BackupReport) -> None:
        # lazy: the settings pages, about 300 ms at start-up otherwise
        from ui.shell.settings_pages.backup import describe

        self._report(describe(report), report.sound)

    def _failed(self, exc: DomainError) -> None:
        self._report(QCoreApplication.translate("BackupScheduler", "定时备份失败：{message}").format(message=exc.message),
                     False)
        if exc.message not in self.warned and self.window is not None and self.window.isVisible():
            self.warned.add(exc.message)  # once per kind of failure: the label keeps showing it
            text = QCoreApplication.translate(
                "BackupScheduler", "{message}\n\n之前的备份和数据库本身不受影响；请尽快处理，程序会按间隔再试。")
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("BackupScheduler", "定时备份失败"),
                              text.format(message=exc.message), QMessageBox.StandardButton.Ok, self.window)
            box.setModal(False)
            box.show()

    def _report(self, message: str, ok: bool) -> None:
        self.last_message = (message, ok)
        self.reported.emit(message, ok)

    def attach(self, window: QMainWindow) -> "BackupStatusLabel":
        """Show the backups' state in `window`'s status bar (the window of the user signed in now)."""
        self.window = window
        label = BackupStatusLabel(self, window)
        window.statusBar().addPermanentWidget(label)
        return label


class BackupStatusLabel(QLabel):
    """备份 ✓ 14:05 in grey, or 备份失败 in red; the whole message as the tooltip."""

    def __init__(self, scheduler: BackupScheduler, parent=None):
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.setContentsMargins(6, 0, 12, 0)
        scheduler.reported.connect(self.show_report)
        if scheduler.last_message:
            self.show_report(*scheduler.last_message)
        else:
            self.show_last(scheduler)

    def show_last(self, scheduler: BackupScheduler) -> None:
        try:
            last = backup_schedule.last_backup(backup_schedule.BackupPolicy.from_local(scheduler.local))
        except DomainError:
            last = None
        if last is not None:
            self.setText(self.tr("备份 ✓ {when}").format(when=f"{last[0]:%m-%d %H:%M}"))
            self.setToolTip(str(last[1]))

    def show_report(self, message: str, ok: bool) -> None:
        if ok:
            self.setText(self.tr("备份 ✓ {when}").format(when=_now()))
            self.setStyleSheet(OK_STYLE)
        else:
            self.setText(self.tr("备份失败 ✗"))
            self.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.setToolTip(message)


def _now() -> str:
    return QTime.currentTime().toString("HH:mm")
