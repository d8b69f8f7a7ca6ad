"""技师打卡: the big-button panel for the shared workshop PC. The technician picks himself, then
one of his jobs (his own lines first, then his team's), and clocks on or off (storage.workshop
clock_on / clock_off: one line at a time, a line that may not start is refused there)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem

from storage import workshop
from storage.models import now
from ui.forms.ui_workshop_clock import Ui_ClockPanel
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import number_text
from ui.kit.operations import run_op

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
TOPICS = {"orders", "workshop", "settings"}


def lines_for(technician: dict) -> list[dict]:
    """The technician's own open lines, then his team's that nobody in particular has, once each."""
    own = workshop.technician_lines(technician["id"])
    seen = {line["line_id"] for line in own}
    team = [line for line in workshop.technician_lines(team_id=technician["team_id"]) if line["line_id"] not in seen]
    return own + team


class ClockPanel(PreservingDialog):
    def __init__(self, *, user, changes=None, parent=None):
        super().__init__(parent)
        self.user = user
        self.changes = changes
        self.ui = Ui_ClockPanel()
        self.ui.setupUi(self)
        self.teams = {t["id"]: t["team_id"] for t in workshop.technicians()}
        for listing in (self.ui.technicianList, self.ui.lineList):
            listing.setWordWrap(True)  # a long job name wraps rather than hiding behind a scroll bar
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.technicianList.currentItemChanged.connect(lambda *_: self.reload_lines())
        self.ui.technicianList.itemActivated.connect(lambda _item: self.ui.lineList.setFocus())
        self.ui.lineList.itemActivated.connect(lambda _item: self.clock_on())
        self.ui.clockOnButton.clicked.connect(self.clock_on)
        self.ui.clockOffButton.clicked.connect(self.clock_off)
        self.ui.closeButton.clicked.connect(self.reject)
        for button in (self.ui.clockOnButton, self.ui.clockOffButton, self.ui.closeButton):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("F8"), self, activated=self.clock_on)
        QShortcut(QKeySequence("F9"), self, activated=self.clock_off)
        self.reload_technicians()
        self.ui.technicianList.setFocus()
        if changes is not None:
            changes.changed.connect(self.on_changed)

    def on_changed(self, topics: set) -> None:
        if topics & TOPICS:
            self.reload_technicians()

    # -- the two lists --------------------------------------------------------------------------------
    def reload_technicians(self) -> None:
        listing = self.ui.technicianList
        keep = self.current_technician()
        listing.blockSignals(True)
        listing.clear()
        for tech in workshop.technician_load():
            on = tech["on"]
            if on:
                text = self.tr("{name}（{team}）　计时中：{plate} {line}，自 {since}").format(
                    name=tech["name"], team=tech["team"], plate=on["plate"], line=on["line"], since=on["since"].strftime("%H:%M"))
            else:
                text = self.tr("{name}（{team}）　未计时").format(name=tech["name"], team=tech["team"])
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, tech["id"])
            item.setData(ROW_ROLE, {**tech, "team_id": self.teams.get(tech["id"])})
            if on:
                item.setForeground(QBrush(QColor("#1b5e20")))
            listing.addItem(item)
        rows = [r for r in range(listing.count()) if listing.item(r).data(ID_ROLE) == keep]
        listing.setCurrentRow(rows[0] if rows else 0)
        listing.blockSignals(False)
        self.reload_lines()

    def reload_lines(self) -> None:
        listing = self.ui.lineList
        keep = self.current_line()
        listing.clear()
        item = self.ui.technicianList.currentItem()
        if item is None:
            return
        for line in lines_for(item.data(ROW_ROLE)):
            text = self.tr("{plate}　{description}　{hours} 工时　{status}").format(
                plate=line["plate"], description=line["description"], hours=number_text(line["hours"]), status=line["status"])
            if not line["may_start"]:
                text += self.tr("（增项待客户答复）")
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, line["line_id"])
            entry.setData(ROW_ROLE, line)
            if not line["may_start"]:
                entry.setForeground(QBrush(QColor("#9e9e9e")))
            listing.addItem(entry)
        rows = [r for r in range(listing.count()) if listing.item(r).data(ID_ROLE) == keep]
        listing.setCurrentRow(rows[0] if rows else 0)

    def current_technician(self) -> int | None:
        item = self.ui.technicianList.currentItem()
        return item.data(ID_ROLE) if item else None

    def current_line(self) -> int | None:
        item = self.ui.lineList.currentItem()
        return item.data(ID_ROLE) if item else None

    # -- 上工 / 下工 ------------------------------------------------------------------------------------
    def _act(self, action, done: str) -> bool:
        self.ui.errorLabel.clear()
        self.ui.statusLabel.clear()
        if not run_op(action, changes=self.changes, line=self.ui.errorLabel, refresh=self.on_changed):
            return False
        self.ui.statusLabel.setText(done)
        return True

    def clock_on(self) -> bool:
        technician, line = self.current_technician(), self.current_line()
        if technician is None or line is None:
            self.ui.errorLabel.setText(self.tr("请先选择技师和要做的项目。"))
            return False
        line_row = self.ui.lineList.currentItem().data(ROW_ROLE)
        name = f"{line_row['plate']} {line_row['description']}"
        return self._act(lambda: workshop.clock_on(self.user, technician, line),
                         self.tr("{at} 已上工：{line}").format(at=now().strftime("%H:%M"), line=name))

    def clock_off(self) -> bool:
        technician = self.current_technician()
        if technician is None:
            self.ui.errorLabel.setText(self.tr("请先选择技师。"))
            return False
        return self._act(lambda: workshop.clock_off(self.user, technician),
                         self.tr("{at} 已下工。").format(at=now().strftime("%H:%M")))
