"""Unexpected errors in the running program: written to this PC's log with their traceback and
context, and told to the user in plain words; and 导出日志, the file the user can attach.

    install_error_handlers()        at the start of an interactive run (ui/shell/app.py); returns the undo
    set_context(**values)           what the log should say about the moment (the signed-in user)
    export_logs_interactively(w)    帮助 → 导出日志…: ask where, write the zip off the GUI thread

A DomainError that escapes a slot is still a refusal: its message is shown as it is. Anything else
is a programming error: it is not hidden (it is in the log, in full), but the front desk sees a
short message and the program keeps running instead of vanishing.
"""
import datetime as dt
import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QThread, QtMsgType, qInstallMessageHandler, qVersion
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from storage.plumbing import logs
from storage.rules.errors import DomainError
from ui.kit.errors import show_error
from ui.kit.tasks import run_task

log = logging.getLogger("fours.ui")
qt_log = logging.getLogger("fours.qt")

_context: dict[str, str] = {}
_showing = threading.Lock()  # one message at a time: an error in a timer must not stack up boxes

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def set_context(**values) -> None:
    _context.update({k: str(v) for k, v in values.items() if v is not None})


def install_error_handlers():
    """Route uncaught errors and Qt's own messages here; returns a function that puts back what was
    there before (run_gui calls it on the way out)."""
    previous = sys.excepthook, threading.excepthook
    sys.excepthook = handle_uncaught
    threading.excepthook = lambda hook_args: handle_uncaught(hook_args.exc_type, hook_args.exc_value,
                                                             hook_args.exc_traceback)
    previous_qt = qInstallMessageHandler(_qt_message)

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous
        qInstallMessageHandler(previous_qt)

    return uninstall


def _qt_message(kind, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def handle_uncaught(exc_type, exc, tb) -> None:
    if isinstance(exc, DomainError):
        log.warning("未处理的拒绝：%s", exc.message)
    else:
        described = "，".join(f"{k}={v}" for k, v in _context.items())
        log.critical("未处理的异常（%s）", described or "无上下文", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None or QThread.currentThread() is not QApplication.instance().thread():
        return  # a worker thread: logged; its task hands errors to the GUI thread itself
    if not _showing.acquire(blocking=False):
        return
    try:
        parent = QApplication.activeWindow()
        if isinstance(exc, DomainError):
            show_error(parent, exc)
        else:
            _show_unexpected(parent, exc)
    finally:
        _showing.release()


def _show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    text = translate("ErrorReport", "程序遇到了一个意外错误，刚才的操作可能没有完成。\n\n"
                                    "错误的详细情况已记录在这台电脑的日志中。请点“导出日志…”保存日志文件，发给负责维护的同事。")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorReport", "程序出错"), text, parent=parent)
    box.setDetailedText(logs.redact(f"{type(exc).__name__}: {exc}"))
    export = box.addButton(translate("ErrorReport", "导出日志…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is export:
        export_logs_interactively(parent)


def default_export_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation) or str(Path.home())
    return Path(folder) / f"fours-log-{dt.datetime.now():%Y%m%d-%H%M}.zip"


def export_logs_interactively(parent: QWidget | None):
    """Ask where to save, then write the zip in the background and say where it went."""
    path, _filter = QFileDialog.getSaveFileName(parent, translate("ErrorReport", "导出日志"),
                                                str(default_export_path()), translate("ErrorReport", "压缩文件 (*.zip)"))
    if not path:
        return None
    extra = {"Qt": qVersion(), **{f"上下文 {k}": v for k, v in _context.items()}}

    return run_task(parent, lambda cancel: logs.export_logs(path, extra=extra), uses_database=False,
                    on_done=lambda written: _exported(parent, written), on_error=lambda exc: show_error(parent, exc))


def _exported(parent: QWidget | None, written: Path) -> None:
    text = translate("ErrorReport", "日志已保存为：\n{path}\n\n可以把这个文件通过邮件或聊天软件发给维护人员。"
                                    "其中不含密码，电话和证件号码只保留首尾几位。")
    QMessageBox.information(parent, translate("ErrorReport", "导出日志"), text.format(path=str(written)))
