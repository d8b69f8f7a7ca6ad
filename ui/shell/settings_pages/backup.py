"""备份: this PC's backup schedule (folder, interval, how many are kept) and 立即备份. The schedule
itself runs in ui/shell/backup_scheduler.py; the rules (due, rotation, verification) are storage.store.backup_schedule'."""
from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QFileDialog

from storage.models import User
from storage.plumbing.db import database, sqlite_path
from storage.rules import auth
from storage.rules.errors import DomainError
from storage.store import backup_schedule
from ui.forms.ui_settings_backup import Ui_BackupPage
from ui.kit.style import GREEN_HEX, GREY_HEX, RED_HEX
from ui.kit.tasks import run_task
from ui.shell.settings_pages.base import SettingsPage

_OK, _BAD, _BUSY = GREEN_HEX, RED_HEX, GREY_HEX


def describe(report: backup_schedule.BackupReport) -> str:
    """What the page and the status bar say about a finished backup."""
    size = f"{report.size / 1_048_576:.1f} MB"
    text = QCoreApplication.translate("BackupReport", "已备份到 {path}（{size}，{seconds} 秒，已校验）").format(
        path=report.path, size=size, seconds=f"{report.seconds:.1f}")
    if report.problems:
        text += QCoreApplication.translate("BackupReport", "；数据检查发现 {n} 个问题，请运行“检查数据”：{first}").format(
            n=len(report.problems), first=report.problems[0])
    if report.removed:
        text += QCoreApplication.translate("BackupReport", "；按保留规则删除了 {n} 份旧备份").format(n=len(report.removed))
    return text


class BackupPage(SettingsPage):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self.local_file = sqlite_path(self.database_url) is not None
        policy = backup_schedule.BackupPolicy.from_local(self.local)
        self.saved = policy
        self.ui.enabledCheck.setChecked(policy.enabled)
        self.ui.folderEdit.setText(policy.folder)
        self.ui.intervalSpin.setValue(policy.interval_hours)
        self.ui.dailySpin.setValue(policy.keep_daily)
        self.ui.weeklySpin.setValue(policy.keep_weekly)
        self.ui.serverNote.setVisible(not self.local_file)
        for widget in (self.ui.enabledCheck, self.ui.folderEdit, self.ui.browseButton, self.ui.intervalSpin,
                       self.ui.dailySpin, self.ui.weeklySpin, self.ui.backupNowButton):
            widget.setEnabled(self.local_file)
        if self.local_file and database.obj is not None:
            self.ui.folderEdit.setPlaceholderText(self.tr("留空 = 数据库旁的 {folder}").format(folder=policy.folder_path()))
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.backupNowButton.clicked.connect(self.back_up_now)
        self.task = None
        self.show_last()

    @classmethod
    def available_to(cls, user: User | None) -> bool:
        return auth.may(user, "backup")

    def title(self) -> str:
        return self.tr("备份")

    def policy(self) -> backup_schedule.BackupPolicy:
        """The schedule as the page shows it now; ValidationError for a value that cannot be."""
        folder = self.ui.folderEdit.text().strip()
        if folder:
            backup_schedule.usable_folder(folder)
        return backup_schedule.BackupPolicy.checked(
            enabled=self.ui.enabledCheck.isChecked(), folder=folder, interval_hours=self.ui.intervalSpin.value(),
            keep_daily=self.ui.dailySpin.value(), keep_weekly=self.ui.weeklySpin.value())

    def show_last(self, policy: backup_schedule.BackupPolicy | None = None) -> None:
        if not self.local_file or database.obj is None:
            self.ui.lastValue.setText(self.tr("—"))
            return
        last = backup_schedule.last_backup(policy or self.saved)
        if last is None:
            self.ui.lastValue.setText(self.tr("还没有定时备份"))
        else:
            taken, path = last
            when = QDateTime(taken).toString("yyyy-MM-dd HH:mm")
            self.ui.lastValue.setText(self.tr("{when}　{name}").format(when=when, name=path.name))

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def back_up_now(self) -> None:
        try:
            policy = self.policy()
        except DomainError as exc:
            self.show_result(exc.message, _BAD)
            return
        self.ui.backupNowButton.setEnabled(False)
        self.show_result(self.tr("正在备份…"), _BUSY)
        self.task = run_task(self, lambda cancel: backup_schedule.back_up_now(self.user, policy),
                             on_done=lambda report: self._done(report, policy), on_error=self._failed,
                             progress=self.tr("正在备份数据库…"))

    def _done(self, report: backup_schedule.BackupReport, policy: backup_schedule.BackupPolicy) -> None:
        self.ui.backupNowButton.setEnabled(True)
        self.show_result(describe(report), _OK if report.sound else _BAD)
        self.show_last(policy)

    def _failed(self, exc: DomainError) -> None:
        self.ui.backupNowButton.setEnabled(True)
        self.show_result(exc.message, _BAD)

    def show_result(self, text: str, colour: str) -> None:
        self.ui.resultLabel.setStyleSheet(f"color: {colour};")
        self.ui.resultLabel.setText(text)

    def save(self) -> list[str]:
        if not self.local_file:
            return []
        policy = self.policy()
        if policy != self.saved:
            policy.to_local(self.local)
            self.saved = policy
        return []
