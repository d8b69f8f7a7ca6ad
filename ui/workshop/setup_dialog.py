"""班组、技师与工位: the manager sets up the workshop. Three short lists (a store has a handful of
teams and bays, a few dozen technicians), each with an add row and a retire / bring back button;
storage refuses what it must (retiring a team with open jobs, a duplicate name)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from storage import workshop
from storage.rules.errors import DomainError
from ui.forms.ui_workshop_setup import Ui_WorkshopSetupDialog
from ui.kit.dialog_base import PreservingDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WorkshopSetupDialog(PreservingDialog):
    def __init__(self, *, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.ui = Ui_WorkshopSetupDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.rejected.connect(self.reject)
        ui.techGradeCombo.addItems(list(workshop.GRADES))
        ui.bayKindCombo.addItems(list(workshop.BAY_KINDS))
        ui.teamAddButton.clicked.connect(self.add_team)
        ui.technicianAddButton.clicked.connect(self.add_technician)
        ui.bayAddButton.clicked.connect(self.add_bay)
        ui.teamToggleButton.clicked.connect(lambda: self.toggle(ui.teamTable, workshop.update_team))
        ui.technicianToggleButton.clicked.connect(lambda: self.toggle(ui.technicianTable, workshop.update_technician))
        ui.bayToggleButton.clicked.connect(lambda: self.toggle(ui.bayTable, workshop.update_bay))
        for edit, slot in ((ui.teamLeaderEdit, self.add_team), (ui.techHoursEdit, self.add_technician),
                           (ui.bayNameEdit, self.add_bay)):
            edit.returnPressed.connect(slot)
        self.reload()

    def _fill(self, table, heads, rows) -> None:
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(rows))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, (row_id, active, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(ID_ROLE, (row_id, active))
                if not active:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(r, c, item)

    def reload(self) -> None:
        ui, yes, no = self.ui, self.tr("在用"), self.tr("停用")
        teams = workshop.teams(include_inactive=True)
        self._fill(ui.teamTable, [self.tr("班组"), self.tr("班组长"), self.tr("在岗技师"), self.tr("状态")],
                   [(t["id"], t["active"], (t["name"], t["leader"], t["members"], yes if t["active"] else no)) for t in teams])
        self._fill(ui.technicianTable, [self.tr("姓名"), self.tr("班组"), self.tr("等级"), self.tr("每日工时"), self.tr("状态")],
                   [(t["id"], t["active"], (t["name"], t["team"], t["grade"], t["hours_per_day"], yes if t["active"] else no))
                    for t in workshop.technicians(include_inactive=True)])
        self._fill(ui.bayTable, [self.tr("工位"), self.tr("类型"), self.tr("当前车辆"), self.tr("状态")],
                   [(b["id"], b["active"], (b["name"], b["kind"], b["plate"] or "", yes if b["active"] else no))
                    for b in workshop.bays(include_inactive=True)])
        keep = ui.techTeamCombo.currentData()
        ui.techTeamCombo.clear()
        for team in teams:
            if team["active"]:
                ui.techTeamCombo.addItem(team["name"], team["id"])
        if keep is not None and ui.techTeamCombo.findData(keep) >= 0:
            ui.techTeamCombo.setCurrentIndex(ui.techTeamCombo.findData(keep))

    def _do(self, action, *clear) -> bool:
        self.ui.errorLabel.clear()
        try:
            action()
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            return False
        for edit in clear:
            edit.clear()
        self.reload()
        return True

    def add_team(self) -> None:
        ui = self.ui
        if self._do(lambda: workshop.create_team(self.user, ui.teamNameEdit.text(), leader=ui.teamLeaderEdit.text()),
                    ui.teamNameEdit, ui.teamLeaderEdit):
            ui.teamNameEdit.setFocus()

    def add_technician(self) -> None:
        ui = self.ui
        team = ui.techTeamCombo.currentData()
        if self._do(lambda: workshop.create_technician(self.user, ui.techNameEdit.text(), team,
                                                       grade=ui.techGradeCombo.currentText(),
                                                       hours_per_day=ui.techHoursEdit.text() or "8"),
                    ui.techNameEdit):
            ui.techNameEdit.setFocus()

    def add_bay(self) -> None:
        ui = self.ui
        if self._do(lambda: workshop.create_bay(self.user, ui.bayNameEdit.text(), kind=ui.bayKindCombo.currentText()),
                    ui.bayNameEdit):
            ui.bayNameEdit.setFocus()

    def toggle(self, table, update) -> None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is None:
            self.ui.errorLabel.setText(self.tr("请先在列表中选择一行。"))
            return
        row_id, active = item.data(ID_ROLE)
        self._do(lambda: update(self.user, row_id, active=not active))
