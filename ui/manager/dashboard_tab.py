"""看板 tab: the headline tiles and four charts (revenue and cars in per day, the job-type mix, each
advisor's output) over the last 30 days or a chosen month. The figures are read off the GUI thread
when the tab is first shown, on F5, on a new period, and a little after another PC settles or opens
an order (changes are gathered for RELOAD_AFTER_MS, so a busy store does not reload every second)."""
import datetime as dt

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from storage import reports
from storage.models import now
from storage.rules.errors import DomainError
from ui.forms.ui_manager_dashboard import Ui_ManagerDashboardTab
from ui.kit.format import NOTHING, money_text, period_text
from ui.kit.style import TILE_STYLE, tile_html
from ui.kit.tasks import run_task
from ui.manager.charts import PALETTE, plain_number

LAST_30_DAYS, BY_MONTH = 0, 1
RELOAD_AFTER_MS = 15000
TOPICS = {"orders", "cashier", "care"}


def _yuan(value: float) -> str:
    return f"¥{value:,.0f}"


class DashboardTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ManagerDashboardTab()
        self.ui.setupUi(self)
        self.user, self.changes, self.local = user, changes, local
        self.data = None
        self.loading = None
        self.loaded_once = False
        self.ui.busyBar.hide()
        for tile in self._tiles():
            tile.setStyleSheet(TILE_STYLE)
            tile.setTextFormat(Qt.TextFormat.RichText)
        today = now().date()
        self.ui.monthEdit.setDate(QDate(today.year, today.month, 1))
        self.ui.revenueChart.set_title(self.tr("每日营业收入（元，已扣冲销）"), self.tr("本期没有结算"))
        self.ui.carsChart.set_title(self.tr("每日进厂台次"), self.tr("本期没有进厂车辆"))
        self.ui.mixChart.set_title(self.tr("进厂业务类别"), self.tr("本期没有进厂车辆"))
        self.ui.advisorChart.set_title(self.tr("服务顾问产值（元）"), self.tr("本期没有结算"))
        self.ui.periodCombo.currentIndexChanged.connect(lambda _i: self._period_mode_changed())
        self.ui.monthEdit.dateChanged.connect(lambda _d: self.load())
        self.ui.prevButton.clicked.connect(lambda: self.step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.refreshButton.clicked.connect(self.load)
        for key, slot in ((QKeySequence(Qt.Key.Key_F5), self.load), (QKeySequence("Alt+Left"), lambda: self.step(-1)),
                          (QKeySequence("Alt+Right"), lambda: self.step(1))):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.reload_timer = QTimer(self, singleShot=True, interval=RELOAD_AFTER_MS)
        self.reload_timer.timeout.connect(self._reload_if_shown)
        if changes is not None:
            changes.changed.connect(self._on_changes)
        self._period_mode_changed(load=False)

    def _tiles(self):
        ui = self.ui
        return (ui.carsTile, ui.revenueTile, ui.ticketTile, ui.todayTile, ui.workshopTile, ui.complaintsTile, ui.receivablesTile)

    # -- the period -------------------------------------------------------------------------------
    def period(self):
        """None: the last 30 days (storage's default); else the month chosen."""
        if self.ui.periodCombo.currentIndex() == LAST_30_DAYS:
            return None
        chosen = self.ui.monthEdit.date().toPython()
        return reports.month(chosen.year, chosen.month)

    def _period_mode_changed(self, load: bool = True) -> None:
        by_month = self.ui.periodCombo.currentIndex() == BY_MONTH
        for widget in (self.ui.monthEdit, self.ui.prevButton, self.ui.nextButton):
            widget.setEnabled(by_month)
        if load:
            self.load()

    def step(self, steps: int) -> None:
        """上月 / 下月 (Alt+← / Alt+→); from the last-30-days view the first press shows the month chosen."""
        if self.ui.periodCombo.currentIndex() == LAST_30_DAYS:
            self.ui.periodCombo.setCurrentIndex(BY_MONTH)
            return
        self.ui.monthEdit.setDate(self.ui.monthEdit.date().addMonths(steps))

    # -- loading ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded_once:
            self.load()

    def _on_changes(self, topics) -> None:
        if TOPICS & set(topics) and not self.reload_timer.isActive():
            self.reload_timer.start()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.load()
        else:
            self.loaded_once = False  # the next time the tab is shown

    def load(self):
        period = self.period()
        self.loaded_once = True
        self.ui.busyBar.show()
        self.ui.statusLabel.setText(self.tr("正在统计…"))
        started = dt.datetime.now()
        user = self.user
        self.loading = run_task(self, lambda cancel: reports.dashboard(user, period),
                                on_done=lambda data: self.show_dashboard(data, period, started),
                                on_error=self.show_refusal)
        return self.loading

    def show_refusal(self, exc: DomainError) -> None:
        if not shiboken6.isValid(self.ui.statusLabel):
            return
        self.ui.busyBar.hide()
        self.ui.statusLabel.setText(exc.message)

    def show_dashboard(self, data: dict, period, started: dt.datetime) -> None:
        if not shiboken6.isValid(self.ui.statusLabel):
            return  # the window was closed while the figures were read
        if period != self.period():
            return  # another period was chosen meanwhile; its own load is on the way
        self.data = data
        self.ui.busyBar.hide()
        took = (dt.datetime.now() - started).total_seconds() * 1000
        self.ui.statusLabel.setText(self.tr("{period}　更新于 {time}（{ms} 毫秒）").format(
            period=period_text(data["period"]), time=f"{dt.datetime.now():%H:%M:%S}", ms=f"{took:.0f}"))
        h = data["headline"]
        ui = self.ui
        ui.carsTile.setText(tile_html(self.tr("进厂台次"), str(h["cars_in"]),
                                      self.tr("结算 {count} 台").format(count=h["settlements"])))
        ui.revenueTile.setText(tile_html(self.tr("营业收入"), money_text(h["revenue"], blank=NOTHING), self.tr("已扣冲销")))
        ui.ticketTile.setText(tile_html(self.tr("单车产值"), money_text(h["average_ticket"], blank=NOTHING)))
        ui.todayTile.setText(tile_html(self.tr("今日"), self.tr("{cars} 台").format(cars=h["today_cars_in"]),
                                       self.tr("收入 {amount}").format(amount=money_text(h["today_revenue"], blank=NOTHING))))
        ui.workshopTile.setText(tile_html(self.tr("在厂车辆"), str(h["in_workshop"])))
        ui.complaintsTile.setText(tile_html(self.tr("未结投诉"), str(h["open_complaints"]),
                                            self.tr("超时未答复 {count}").format(count=h["overdue_complaints"])))
        owed = h["card_liabilities"]  # 预收卡款: stored value + unused package services at their price
        ui.receivablesTile.setText(tile_html(self.tr("挂账未收"), money_text(h["receivables_outstanding"]),
                                             self.tr("卡预收 {amount}").format(amount=money_text(owed["total"]))))
        ui.receivablesTile.setToolTip(self.tr("会员卡预收：储值余额 {stored}，未用套餐 {services} 次 {value}").format(
            stored=money_text(owed["stored_value"]), services=owed["package_services"] + owed["expired_services"],
            value=money_text(owed["package_value"] + owed["expired_value"])))
        days = [f"{row['day']:%m-%d}" for row in data["trend"]]
        ui.revenueChart.set_data(days, [row["revenue"] for row in data["trend"]], value_text=_yuan, colour=PALETTE[0])
        ui.carsChart.set_data(days, [row["cars_in"] for row in data["trend"]], value_text=plain_number, colour=PALETTE[1])
        ui.mixChart.set_data([row["job_type"] for row in data["job_mix"]], [row["count"] for row in data["job_mix"]],
                             value_text=plain_number)
        ui.advisorChart.set_data([a["advisor"] for a in data["advisors"]], [a["total"] for a in data["advisors"]],
                                 value_text=_yuan, colour=PALETTE[2])
