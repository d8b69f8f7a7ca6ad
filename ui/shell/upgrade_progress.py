"""Opening the database at start, when a newer build finds an older database: the backup and the
upgrade (storage.store.upgrade) run off the GUI thread behind a progress window that says what is
happening, and the program waits for them before the login. A failure comes back as the
DatabaseProblem storage raised (its message says whether the backup was put back).

    open_store_at_start(url)    storage.open_store, with the progress window and the pg_dump question
"""
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

import storage
from storage.rules.errors import DatabaseProblem
from storage.store import connection, schema
from storage.store.upgrade import UpgradeNeedsConfirmation
from storage.store.versions import check_database
from ui.kit.tasks import run_task

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def open_store_at_start(url: str) -> None:
    """Open the store the URL names; an upgrade first, in the background, if it needs one."""
    version = check_database(url)  # a private look: raises the same DatabaseProblem opening would
    if version is not None and version < 1 + len(schema.MIGRATIONS):
        try:
            _upgrade_behind_progress(url, without_backup=False)
        except UpgradeNeedsConfirmation as exc:
            answer = QMessageBox.question(None, translate("Upgrade", "升级数据库"),
                                          exc.message + "\n\n" + translate("Upgrade", "仍要升级吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                raise DatabaseProblem(translate("Upgrade", "数据库没有升级，本程序无法使用它。")) from exc
            _upgrade_behind_progress(url, without_backup=True)
    storage.open_store(url)


def _upgrade_behind_progress(url: str, *, without_backup: bool) -> None:
    dialog = QProgressDialog(translate("Upgrade", "正在备份并升级数据库，请稍候……\n请不要关闭程序或电脑。"), "", 0, 0)
    dialog.setWindowTitle(translate("Upgrade", "升级数据库"))
    dialog.setCancelButton(None)  # half an upgrade cannot be walked away from
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop, outcome = QEventLoop(), {}

    def work(_cancel):
        try:  # everything comes back as a value: the loop below must always end
            return "done", connection.join(url, upgrade_without_backup=without_backup)
        except BaseException as exc:  # noqa: BLE001 (re-raised on the GUI thread below)
            return "failed", exc

    def finished(result):
        outcome["result"] = result
        loop.quit()


    run_task(None, work, on_done=finished, uses_database=False)
    if "result" not in outcome:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    kind, value = outcome["result"]
    if kind == "failed":
        raise value
