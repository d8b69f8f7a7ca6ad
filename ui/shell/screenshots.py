"""--screenshot DIR [--size WxH]: render the login, wizard, every station of a manager, the settings and
every dialog (ui.shell.gallery) to PNG files.

Nothing waits for input. The screen is WxH physical pixels (default 1366×768, a common front-desk
monitor); with QT_SCALE_FACTOR=1.25 that is 1093×614 logical pixels, the room every window gets
(ui.kit.screen_fit). Each window is drawn at its own size with a title bar, centred on a backdrop of the
screen's size (a main window fills it, as maximised), so every PNG is WxH.
"""
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

import storage
from storage.demo import check_demo_database, populate_if_empty
from storage.models import Customer, MemberCard
from storage.plumbing.config import LocalSettings
from storage.rules import auth
from storage.rules.errors import DatabaseProblem, DomainError
from ui.kit.screen_fit import FRAME, set_available_geometry
from ui.shell import gallery
from ui.shell.first_run_wizard import FirstRunWizard
from ui.shell.login_dialog import LoginDialog
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog

SCREEN = (1366, 768)
TITLE_BAR = FRAME.top()


def take_screenshots(*, url: str, local: LocalSettings, demo: bool, out_dir: Path,
                     size: tuple[int, int] = SCREEN) -> int:
    try:
        storage.open_store(url)
    except DatabaseProblem as exc:
        print(exc.message, file=sys.stderr)
        return 2
    try:
        if demo:
            try:
                check_demo_database()
                populate_if_empty()
            except DomainError as exc:
                print(exc.message, file=sys.stderr)
                return 2
        out_dir.mkdir(parents=True, exist_ok=True)
        screen = Screen(size)
        set_available_geometry(QRect(QPoint(0, 0), screen.logical))
        try:
            files, complete = _shoot_all(url, local, out_dir, screen)
        finally:
            set_available_geometry(None)
    finally:
        storage.close_store()
    for path in files:
        print(path)
    return 0 if complete else 2


class Screen:
    """The screen drawn on: `physical` pixels, the application's scale factor, `logical` = physical / scale."""

    def __init__(self, physical: tuple[int, int]):
        primary = QApplication.primaryScreen()
        self.ratio = primary.devicePixelRatio() if primary is not None else 1.0
        self.physical = QSize(*physical)
        self.logical = QSize(round(physical[0] / self.ratio), round(physical[1] / self.ratio))


def _shoot_all(url: str, local: LocalSettings, out_dir: Path, screen: Screen) -> tuple[list[Path], bool]:
    files = []

    def shoot(widget: QWidget, name: str) -> None:
        files.append(_save(_on_screen(widget, screen), out_dir / f"{name}.png"))

    login = LoginDialog(username="")
    shoot(login, "login")
    chooser = FirstRunWizard(local=local, database_url=None)  # a fresh PC: where does its data live?
    shoot(chooser, "wizard")
    chooser.ui.serverRadio.setChecked(True)
    chooser.next()  # to the server page; nothing is connected until its 下一步
    chooser.ui.hostEdit.setText("192.168.1.10")
    chooser.ui.dbUserEdit.setText("fours")
    shoot(chooser, "wizard-server")
    chooser.hide()
    wizard = FirstRunWizard(local=local, database_url=url)
    wizard.next()
    shoot(wizard, "wizard-store")
    wizard.hide()

    manager = auth.first_active_user(auth.MANAGER)
    if manager is None:
        print("数据库中没有启用的服务经理账号，无法渲染工作站窗口。请先建立一个服务经理账号，或加 --demo。", file=sys.stderr)
        return files, False

    window = MainWindow(user=manager, local=local, database_url=url)
    _prepare(window)  # as large as the screen's free area allows (ui.kit.screen_fit)
    for name in window.stations:
        window.show_station(name)
        _settle()
        shoot(window, f"main-{name}")
        if name == "cashier":  # 结算: the first car waiting, its bill and payments filled in
            settle = window.current_page().settle
            if settle.model.rowCount():
                settle.ui.readyView.setCurrentIndex(settle.model.index(0, 0))
                _settle()
                shoot(window, "main-cashier-settle")
            _shoot_cards(window.current_page(), lambda: shoot(window, "main-cashier-cards"))
    admin = window.current_page() if window.stations and window.stations[-1] == "admin" else None
    for key in getattr(admin, "tabs", {}):  # 系统管理: every tab
        admin.show_tab(key)
        _settle()
        shoot(window, f"main-admin-{key}")
    window.hide()
    window.deleteLater()

    dialog = SettingsDialog(local=local, user=manager, database_url=url)
    shoot(dialog, "settings")
    for page in dialog.pages[1:]:
        dialog.show_page(page)
        name = type(page).__name__.removesuffix("Page").lower()
        shoot(dialog, f"settings-{name}")
    dialog.hide()

    context = gallery.Context.for_store(local, url)
    for shot in gallery.dialogs(context):
        opened = shot.open()
        if opened is None:
            print(f"没有可用的数据，跳过 {shot.name}", file=sys.stderr)
            continue
        shoot(opened, f"dialog-{shot.name}")
        opened.hide()
        opened.deleteLater()
    return files, True


def _shoot_cards(page, shoot) -> None:
    """会员卡: the first customer who holds a card, their cards and the newest card's ledger."""
    holder = (Customer.select(Customer.name).join(MemberCard, on=(MemberCard.customer == Customer.id))
              .order_by(MemberCard.id).scalar())
    if holder is None:
        return
    page.ui.tabs.setCurrentWidget(page.cards)
    page.cards.find(holder)
    _settle()
    shoot()
    page.ui.tabs.setCurrentWidget(page.settle)


def _settle() -> None:
    """Let a station's background queries finish and their results reach the screen, so the picture
    shows the figures and not the busy bar."""
    gallery.settle()


def _prepare(widget: QWidget) -> None:
    if hasattr(widget, "remember_geometry"):
        widget.remember_geometry = False
    widget.show()
    _settle()


def _on_screen(window: QWidget, screen: Screen) -> QPixmap:
    """The window centred on a plain desktop of the screen's size, under a title bar that shows its
    window title; drawn in logical pixels on a canvas of the screen's physical pixels."""
    if not window.isVisible():
        _prepare(window)
    QApplication.processEvents()
    shot = window.grab()
    width, height = window.width(), window.height()  # logical; the grab has the scale's pixels
    canvas = QPixmap(screen.physical)
    canvas.setDevicePixelRatio(screen.ratio)
    canvas.fill(QColor("#4a5866"))
    logical = screen.logical
    x = max(0, (logical.width() - width) // 2)
    y = max(0, (logical.height() - height - TITLE_BAR) // 2)
    painter = QPainter(canvas)
    frame = QRect(x - 1, y - 1, width + 1, height + TITLE_BAR + 1)
    painter.fillRect(frame.adjusted(4, 4, 4, 4), QColor(0, 0, 0, 60))  # a soft shadow
    painter.fillRect(QRect(x, y, width, TITLE_BAR), QColor("#e4e9ef"))
    painter.setPen(QColor("#8a96a3"))
    painter.drawRect(frame)
    painter.setFont(QFont(QApplication.font()))
    painter.setPen(QColor("#1d2733"))
    painter.drawText(QRect(x + 12, y, width - 24, TITLE_BAR), Qt.AlignmentFlag.AlignVCenter, window.windowTitle())
    painter.drawPixmap(QPoint(x, y + TITLE_BAR), shot)
    painter.end()
    return canvas


def _save(pixmap: QPixmap, path: Path) -> Path:
    if not pixmap.save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
