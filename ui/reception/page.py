"""业务接待: the service advisor's desk. The look-up box sits on top of every tab (查档案 as the
customer walks in); the tabs are the advisor's day: the look-up results, today's cars, added work
waiting for the customer's answer, and the appointment book. Each tab is its own widget in
ui/reception/.

Added work raised in the workshop is not left to a number in a tab title: a banner above the tabs
names the car, the customer and the item, the 追加项目 tab flashes until it is opened, the main
window's status line says it and the taskbar entry asks for attention (QApplication.alert)."""
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from storage.models import User
from ui.forms.ui_reception_page import Ui_ReceptionPage
from ui.kit.format import money_text
from ui.kit.header import user_line
from ui.kit.keys import shortcut
from ui.kit.operations import Operations
from ui.kit.style import RED
from ui.reception.added_work import AddedWorkTab
from ui.reception.appointments import AppointmentsTab
from ui.reception.loaners import LoanersTab
from ui.reception.lookup import LookupTab
from ui.reception.today import TodayTab

SEARCH_DELAY_MS = 150  # debounce: the look-up runs when the advisor pauses, not on every key
FLASH_MS = 600  # the 追加项目 tab's title blinks at this pace until the advisor opens it
ALERT = QColor("#e65100")
ADDED_TAB = 2


class ReceptionPage(QWidget):
    NAME = "reception"

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.changes = changes
        self.local = local
        self.ui = Ui_ReceptionPage()
        self.ui.setupUi(self)
        self.ui.userLabel.setText(user_line(user))
        context = {"user": user, "local": local, "ops": Operations(changes=changes, refresh=self.on_changed)}
        self.lookup = LookupTab(**context)
        self.today = TodayTab(**context)
        self.added = AddedWorkTab(**context)
        self.appointments = AppointmentsTab(**context)
        self.loaners = LoanersTab(**context, selected_order=self.today.current)
        self.lookup.wants_vehicle_lookup.connect(self.find)
        self.appointments.lookup = self.lookup
        self.ui.tabs.addTab(self.lookup, self.tr("查档案 (F5)"))
        self.ui.tabs.addTab(self.today, self.tr("今日车辆 (F6)"))
        self.ui.tabs.addTab(self.added, self.tr("追加项目 (F7)"))
        self.ui.tabs.addTab(self.appointments, self.tr("维修预约 (F8)"))
        self.ui.tabs.addTab(self.loaners, self.tr("代步车 (F9)"))
        self.ui.tabs.setCurrentIndex(0)
        for index, key in enumerate(("F5", "F6", "F7", "F8")):
            shortcut(key, self, lambda i=index: self.ui.tabs.setCurrentIndex(i))
        shortcut("F9", self, self.show_loaners)
        self.loaners.overdue_changed.connect(self.show_overdue_loans)
        shortcut("Ctrl+F", self, self.focus_search)
        # The main actions work wherever the focus is on the page (the search box included).
        for key, slot in (("Ctrl+N", self.lookup.new_customer), ("F2", self.check_in), ("F3", self.lookup.book),
                          ("F4", self.lookup.open_order), ("Ctrl+E", self.lookup.edit_archive),
                          ("Ctrl+O", self.lookup.change_owner)):
            shortcut(key, self, slot)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textChanged.connect(self.search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.search_now)
        self.lookup.searched.connect(self.show_count)
        self.added.count_changed.connect(self.show_pending)
        self.added.arrived.connect(self.alert_added_work)
        self.ui.addedAlert.hide()
        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)
        self.flash_on = False
        self.alert_id = None
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        if changes is not None:
            changes.changed.connect(self.on_changed)
        self.added.reload()

    def show_loaners(self) -> None:
        self.ui.tabs.setCurrentWidget(self.loaners)
        self.loaners.focus_main_input()

    def show_overdue_loans(self, count: int) -> None:
        """The 代步车 tab's title counts the cars overdue, in red: seen from every tab."""
        index = self.ui.tabs.indexOf(self.loaners)
        self.ui.tabs.setTabText(index, self.tr("代步车 (F9)") + (f" · {self.tr('逾期')} {count}" if count else ""))
        self.ui.tabs.tabBar().setTabTextColor(index, RED if count else QColor())

    def check_in(self) -> None:
        """F2: the booked car selected in the appointment book, otherwise the car found in the look-up."""
        if self.ui.tabs.currentWidget() is self.appointments:
            self.appointments.check_in()
        else:
            self.lookup.check_in()

    def title(self) -> str:
        return self.tr("业务接待")

    # -- the look-up box ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    focus_main_input = focus_search  # where the main window puts the keyboard after login

    def find(self, text: str) -> None:
        self.ui.searchEdit.setText(text)
        self.search_now()

    def search_now(self) -> None:
        self.search_timer.stop()
        self.run_search()
        self.lookup.focus_results()

    def run_search(self) -> None:
        self.ui.tabs.setCurrentWidget(self.lookup)
        self.lookup.search(self.ui.searchEdit.text())

    def show_count(self, count: int, more: bool) -> None:
        text = self.ui.searchEdit.text().strip()
        if not text:
            self.ui.countLabel.setText("")
        elif count == 0:
            self.ui.countLabel.setText(self.tr("没有找到"))
        else:
            self.ui.countLabel.setText(self.tr("找到 {n} 条{more}").format(n=count, more=self.tr("（还有更多，请多输几位）") if more else ""))

    def show_pending(self, count: int) -> None:
        self.ui.tabs.setTabText(ADDED_TAB, self.tr("追加项目 (F7)") + (f" · {count}" if count else ""))
        if not self.added.known or self.alert_id not in self.added.known:  # answered (here or elsewhere)
            self.ui.addedAlert.hide()
            self.stop_flash()

    # -- added work from the workshop ---------------------------------------------------------------
    def alert_added_work(self, items: list) -> None:
        first = items[0]
        self.alert_id = first["id"]
        text = self.tr("【新追加项目】车间刚提出：{plate}　{customer}　“{description}”　{amount}（{by}）。按 F7 联系客户答复。").format(
            plate=first["plate"], customer=first["customer"], description=first["description"],
            amount=money_text(first["amount"]), by=first["raised_by"])
        if len(items) > 1:
            text += self.tr("（另有 {n} 项新提出）").format(n=len(items) - 1)
        self.ui.addedAlert.setText(text)
        self.ui.addedAlert.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 60_000)
        QApplication.alert(window)
        if self.ui.tabs.currentIndex() != ADDED_TAB:
            self.flash_timer.start()

    def _flash(self) -> None:
        self.flash_on = not self.flash_on
        self.ui.tabs.tabBar().setTabTextColor(ADDED_TAB, ALERT if self.flash_on else QColor())

    def stop_flash(self) -> None:
        self.flash_timer.stop()
        self.flash_on = False
        self.ui.tabs.tabBar().setTabTextColor(ADDED_TAB, QColor())

    def _tab_shown(self, index: int) -> None:
        if index == ADDED_TAB:
            self.stop_flash()
            self.ui.addedAlert.hide()
        elif self.ui.tabs.widget(index) is self.loaners:  # a loan turns overdue by the clock alone
            self.loaners.reload()

    # -- changes made here or on other PCs ----------------------------------------------------------
    def on_changed(self, topics: set) -> None:
        if topics & {"orders", "workshop"}:
            self.today.reload()
            self.added.reload()
        if topics & {"orders", "archive", "care"}:
            self.lookup.refresh()
        if "appointments" in topics:
            self.appointments.reload()
        if topics & {"loaners", "orders"}:
            self.loaners.reload()
