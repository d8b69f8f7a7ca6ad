"""The shell every station lives in: the stations the user's role opens on the left, the page on the right.

It is also the one place a station learns that its account was disabled or changed meanwhile: any
storage action refused with SessionEnded (storage.plumbing.session), on this thread or a worker's, makes
the window emit `session_ended(message)` once, and the app signs the user out to the login dialog."""
import logging
from html import escape

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QScrollArea, QWidget

import storage
from storage.models import User
from storage.plumbing.config import LocalSettings
from storage.plumbing.db import redact
from storage.rules import auth, settings
from storage.rules.errors import SessionEnded
from ui.forms.ui_main_window import Ui_MainWindow
from ui.kit.change_bridge import ChangeNotifier
from ui.kit.dialog_base import restore_geometry, save_geometry
from ui.kit.resources import icon
from ui.kit.screen_fit import fit_window, scrolling
from ui.shell.error_report import export_logs_interactively
from ui.shell.i18n import role_label
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.stations import PAGES

STATION_ROLE = Qt.ItemDataRole.UserRole
NAV_WIDE, NAV_NARROW, WIDE_WINDOW = 200, 150, 1240
SHORT_WINDOW = 680  # below this a page's header (icon, title, user: all said beside it already) gives way
log = logging.getLogger("fours.app")


class MainWindow(QMainWindow):
    """One per signed-in user. 切换用户 and closing are reported by signals; the app decides what follows."""

    switch_user_requested = Signal()
    session_ended = Signal(str)  # the account changed under this window: sign out, saying why
    closed = Signal()
    _refused = Signal(str)  # storage's SessionEnded, carried to the GUI thread

    def __init__(self, *, user: User, local: LocalSettings, database_url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.user = user
        self.local = local
        self.database_url = database_url
        self.setWindowIcon(icon("app"))
        self.stations = auth.stations_for(user)
        self.changes = ChangeNotifier(parent=self)
        self.pages = []
        for name in self.stations:
            page = PAGES[name](user=user, changes=self.changes, local=local)
            self.pages.append(page)
            self.ui.stack.addWidget(scrolling(page))  # a page larger than the screen scrolls
            item = QListWidgetItem(icon(name), page.title())
            item.setData(STATION_ROLE, name)
            item.setSizeHint(QSize(0, 54))
            self.ui.navList.addItem(item)
        if not self.stations:
            self.ui.stack.addWidget(self._no_station_page())
            self.ui.navCaption.setText(self.tr("本账号没有工作站"))
        self.ui.navList.currentRowChanged.connect(self.ui.stack.setCurrentIndex)
        self.ui.navList.setCurrentRow(0)
        self.focus_station()

        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.actionSwitchUser.triggered.connect(self.switch_user_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.about)
        self.ui.actionExportLogs.triggered.connect(lambda: export_logs_interactively(self))
        self._build_status_bar()
        self.show_store_name()
        restore_geometry(self, type(self).__name__)
        self._ending = False
        self._refused.connect(self._end_session, Qt.ConnectionType.QueuedConnection)
        self._stop_listening = auth.on_session_ended(self._session_refused)

    # -- the account -------------------------------------------------------------------------------
    def _session_refused(self, exc: SessionEnded) -> None:
        """storage.plumbing.session's listener: may run on a worker thread, so only a queued signal here."""
        if getattr(exc, "user_id", None) == self.user.id:
            try:
                self._refused.emit(exc.message)
            except RuntimeError:  # the window is gone already
                pass

    def _end_session(self, message: str) -> None:
        if self._ending:
            return
        self._ending = True
        log.warning("账号已变更或停用，退出登录：%s（%s）", self.user.username, message)
        self.session_ended.emit(message)

    # -- stations ----------------------------------------------------------------------------------
    def station_names(self) -> list[str]:
        return [self.ui.navList.item(row).data(STATION_ROLE) for row in range(self.ui.navList.count())]

    def show_station(self, name: str) -> None:
        self.ui.navList.setCurrentRow(self.stations.index(name))

    def current_page(self) -> QWidget:
        current = self.ui.stack.currentWidget()
        return current.widget() if isinstance(current, QScrollArea) else current

    def focus_station(self) -> None:
        """The keyboard starts in the station's main input (a page's `focus_main_input`, e.g. reception's
        look-up box), not in the station list: the first plate typed after login lands there."""
        focus = getattr(self.current_page(), "focus_main_input", None)
        if focus is not None:
            focus()

    def _no_station_page(self) -> QWidget:
        label = QLabel(
            self.tr(
                "<h2>{name}，您好</h2><p>本账号的角色没有可用的工作站。</p>"
                "<p>本机设置在“文件 → 设置”中修改；账号和权限请联系系统管理员。</p>"
            ).format(name=escape(self.user.display_name))
        )
        label.setObjectName("noStationLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setWordWrap(True)
        label.setContentsMargins(32, 24, 32, 24)
        return label

    # -- status bar --------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.ui.statusbar
        self.store_label = QLabel()
        self.user_label = QLabel(
            self.tr("用户：{name}（{role}）").format(name=self.user.display_name, role=role_label(self.user.role))
        )
        url = redact(self.database_url)
        self.database_label = QLabel(self.tr("数据库：{url}").format(url=_shorten(url, 56)))
        self.database_label.setToolTip(url)
        self.date_label = QLabel()
        for label in (self.store_label, self.user_label, self.database_label):
            label.setContentsMargins(6, 0, 12, 0)
            bar.addWidget(label)
        bar.addPermanentWidget(self.date_label)
        self.show_date()
        # The front desk leaves the program open for days: keep the date right after midnight.
        self.date_timer = QTimer(self, interval=60_000, timeout=self.show_date)
        self.date_timer.start()

    def show_date(self) -> None:
        self.date_label.setText(QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat) + "  ")

    def show_store_name(self) -> None:
        name = settings.get("store.name") or self.tr("（未设置店名）")
        self.ui.storeTitle.setText(name)
        self.store_label.setText(self.tr("门店：{name}").format(name=name))
        title = self.tr("{store} — 4S 店售后服务管理系统").format(store=name)
        if settings.is_demo():  # the demo's database can never be taken for the store's
            title = self.tr("【演示数据】") + title
            self.ui.storeTitle.setText(self.tr("【演示数据】") + name)
        self.setWindowTitle(title)

    # -- menu --------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        SettingsDialog(local=self.local, user=self.user, database_url=self.database_url, parent=self).exec()
        self.show_store_name()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("<h3>4S 店售后服务管理系统</h3><p>版本 {version}</p>"
                    "<p>业务接待、车间调度、备件仓库、结算收银、客服回访和经理看板，共用一个数据库。</p>").format(
                version=storage.PROGRAM_VERSION
            ),
        )

    def resizeEvent(self, event) -> None:
        # A narrow screen (1366×768 at 125 %: 1093 px) gives the page the room a wide station list would take.
        self.ui.navPanel.setFixedWidth(NAV_WIDE if self.width() >= WIDE_WINDOW else NAV_NARROW)
        # A short one (614 px at 125 %) gives the page the height of its header: the station's name is
        # selected in the list on the left and the user is in the status bar.
        short = self.height() < SHORT_WINDOW
        for page in self.pages:
            header = getattr(page.ui, "header", None)  # ui.kit.header.StationHeader
            if header is not None:
                header.setVisible(not short)
        super().resizeEvent(event)

    def showEvent(self, event) -> None:
        if not self.isMaximized() and not self.isFullScreen():
            fit_window(self, scroll=False)  # never larger than the screen; its pages scroll instead
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        self._stop_listening()
        save_geometry(self, type(self).__name__)
        self.changes.close()
        super().closeEvent(event)
        self.closed.emit()


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit // 2 - 1] + "…" + text[-(limit // 2):]
