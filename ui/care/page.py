"""客服回访: the customer-care desk, one tab per job: 回访 (the calls due and the call log), 提醒
(service, insurance, inspection, tomorrow's appointments, lost customers), 投诉 (complaints), 索赔
(warranty claims and old parts), 三包 (cars near a statutory limit) and 信函 (the letters sent). F5–F10
go to the tabs. Each
tab is its own widget in ui/care/ and reloads when another PC announces a change it cares about."""
from PySide6.QtWidgets import QWidget

from storage.models import User
from ui.care.claims_tab import ClaimsTab
from ui.care.complaints_tab import ComplaintsTab
from ui.care.follow_up_tab import FollowUpTab
from ui.care.letters_tab import LettersTab
from ui.care.reminders_tab import RemindersTab
from ui.care.sanbao_tab import SanbaoTab
from ui.forms.ui_care_page import Ui_CarePage
from ui.kit.header import fill_header
from ui.kit.keys import shortcut


class CarePage(QWidget):
    NAME = "care"

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_CarePage()
        self.ui.setupUi(self)
        fill_header(self)
        shared = {"user": user, "changes": changes, "local": local}
        self.follow_ups = FollowUpTab(**shared)
        self.reminders = RemindersTab(**shared)
        self.complaints = ComplaintsTab(**shared)
        self.claims = ClaimsTab(**shared)
        self.sanbao = SanbaoTab(**shared)
        self.letters = LettersTab(**shared)
        for tab, title in ((self.follow_ups, self.tr("回访 (F5)")), (self.reminders, self.tr("提醒 (F6)")),
                           (self.complaints, self.tr("投诉 (F7)")), (self.claims, self.tr("索赔 / 旧件 (F8)")),
                           (self.sanbao, self.tr("三包 (F9)")), (self.letters, self.tr("信函 (F10)"))):
            self.ui.tabs.addTab(tab, title)
        for index, key in enumerate(("F5", "F6", "F7", "F8", "F9", "F10")):
            shortcut(key, self, lambda i=index: self.ui.tabs.setCurrentIndex(i))

    def focus_main_input(self) -> None:
        """After login the keyboard starts in today's calls: Enter calls the first, Ctrl+F finds a car."""
        self.follow_ups.ui.callsView.setFocus()

    def title(self) -> str:
        return self.tr("客服回访")
