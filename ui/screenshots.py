"""--screenshot DIR: render the login, wizard, every station of a manager and the settings to PNG files.

Nothing waits for input. Main windows are 1366×768, a common front-desk monitor; dialogs are drawn at
their own size, centred on a 1366×768 backdrop with a title bar, as they would appear on that screen.
"""
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

import storage
from storage import auth
from storage.config import LocalSettings
from storage.errors import DatabaseProblem

from .first_run_wizard import FirstRunWizard
from .login_dialog import LoginDialog
from .main_window import MainWindow
from .settings_dialog import SettingsDialog

SCREEN = (1366, 768)
TITLE_BAR = 30


def take_screenshots(*, url: str, local: LocalSettings, demo: bool, out_dir: Path) -> int:
    try:
        storage.open_store(url)
    except DatabaseProblem as exc:
        print(exc.message, file=sys.stderr)
        return 2
    try:
        if demo:
            from storage.demo import check_demo_database, populate_if_empty
            from storage.errors import DomainError

            try:
                check_demo_database()
                populate_if_empty()
            except DomainError as exc:
                print(exc.message, file=sys.stderr)
                return 2
        out_dir.mkdir(parents=True, exist_ok=True)
        files, complete = _shoot_all(url, local, out_dir)
    finally:
        storage.close_store()
    for path in files:
        print(path)
    return 0 if complete else 2


def _shoot_all(url: str, local: LocalSettings, out_dir: Path) -> tuple[list[Path], bool]:
    files = []
    login = LoginDialog(username="")
    files.append(_save(_on_screen(login), out_dir / "login.png"))
    chooser = FirstRunWizard(local=local, database_url=None)  # a fresh PC: where does its data live?
    files.append(_save(_on_screen(chooser), out_dir / "wizard.png"))
    chooser.ui.serverRadio.setChecked(True)
    chooser.next()  # to the server page; nothing is connected until its 下一步
    chooser.ui.hostEdit.setText("192.168.1.10")
    chooser.ui.dbUserEdit.setText("fours")
    files.append(_save(_on_screen(chooser), out_dir / "wizard-server.png"))
    chooser.hide()
    wizard = FirstRunWizard(local=local, database_url=url)
    wizard.next()
    files.append(_save(_on_screen(wizard), out_dir / "wizard-store.png"))

    manager = auth.first_active_user(auth.MANAGER)
    if manager is None:
        print("数据库中没有启用的服务经理账号，无法渲染工作站窗口。请先建立一个服务经理账号，或加 --demo。", file=sys.stderr)
        return files, False

    window = MainWindow(user=manager, local=local, database_url=url)
    window.resize(*SCREEN)
    _prepare(window)
    for name in window.stations:
        window.show_station(name)
        _settle()
        files.append(_save(window.grab(), out_dir / f"main-{name}.png"))
    admin = window.current_page() if window.stations and window.stations[-1] == "admin" else None
    for key in getattr(admin, "tabs", {}):  # 系统管理: every tab
        admin.show_tab(key)
        _settle()
        files.append(_save(window.grab(), out_dir / f"main-admin-{key}.png"))
    window.hide()
    window.deleteLater()

    dialog = SettingsDialog(local=local, user=manager, database_url=url)
    files.append(_save(_on_screen(dialog), out_dir / "settings.png"))
    for page in dialog.pages[1:]:
        dialog.show_page(page)
        name = type(page).__name__.removesuffix("Page").lower()
        files.append(_save(_on_screen(dialog), out_dir / f"settings-{name}.png"))
    return files, True


def _settle() -> None:
    """Let a station's background queries finish and their results reach the screen, so the picture
    shows the figures and not the busy bar."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):  # a finished query may start the next one (a page, then its details)
        QApplication.processEvents()
        pool.waitForDone(30000)
        QApplication.processEvents()


def _prepare(widget: QWidget) -> None:
    if hasattr(widget, "remember_geometry"):
        widget.remember_geometry = False
    widget.show()
    QApplication.processEvents()


def _on_screen(dialog: QWidget) -> QPixmap:
    """The dialog centred on a plain 1366×768 desktop, under a title bar that shows its window title."""
    if not dialog.isVisible():
        _prepare(dialog)
    QApplication.processEvents()
    shot = dialog.grab()
    canvas = QPixmap(*SCREEN)
    canvas.fill(QColor("#4a5866"))
    x = (SCREEN[0] - shot.width()) // 2
    y = max(0, (SCREEN[1] - shot.height() - TITLE_BAR) // 2)
    painter = QPainter(canvas)
    frame = QRect(x - 1, y - 1, shot.width() + 1, shot.height() + TITLE_BAR + 1)
    painter.fillRect(frame.adjusted(4, 4, 4, 4), QColor(0, 0, 0, 60))  # a soft shadow
    painter.fillRect(QRect(x, y, shot.width(), TITLE_BAR), QColor("#e4e9ef"))
    painter.setPen(QColor("#8a96a3"))
    painter.drawRect(frame)
    font = QFont(QApplication.font())
    painter.setFont(font)
    painter.setPen(QColor("#1d2733"))
    painter.drawText(QRect(x + 12, y, shot.width() - 24, TITLE_BAR), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle())
    painter.drawPixmap(QPoint(x, y + TITLE_BAR), shot)
    painter.end()
    return canvas


def _save(pixmap: QPixmap, path: Path) -> Path:
    if not pixmap.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
