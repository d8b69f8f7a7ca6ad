"""接车派工: receive the car from reception (receiver and time, to ten minutes) and give each labour
line to a team or technician and a bay, with every technician's load today in view. Refusals
(two cars in one bay, an order changed meanwhile, a line the customer has not agreed to) show in
the red line under the table; the dialog stays open and nothing is saved by a refused dispatch.

By keyboard, in reading order: the focus starts on 全部项目同一技师 (one technician for every line,
↓ to choose), Tab to 同一工位, then Tab through each line's team, technician and bay, then 确定;
Enter dispatches. Each technician's hours for today stand next to his name and count the lines
this dialog gives him; one booked beyond his day is warned in orange, and storage's refusal
(TechnicianOverloaded) is put to the dispatcher as a question before it goes through anyway."""
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from storage import workshop
from storage.rules.errors import DomainError
from storage.rules.vocabulary import AddedWorkAnswer, LineStatus
from ui.forms.ui_workshop_dispatch import Ui_DispatchDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import number_text

DISPATCHABLE = (LineStatus.AWAITING_DISPATCH, LineStatus.PAUSED)
TEAM, TECHNICIAN, BAY = 3, 4, 5


def dispatchable(line: dict) -> bool:
    """A labour line the dispatcher may (re)assign now: open, and agreed if it is added work."""
    if line["kind"] != "工时" or line["status"] not in DISPATCHABLE:
        return False
    return not line["added_work_id"] or line["answer"] == AddedWorkAnswer.AGREED


def load_text(load: dict, hours=None) -> str:
    """张师傅 2.5/8 h：today's booked hours (open plus finished) against the hours he has."""
    booked = load["load_hours"] if hours is None else hours
    return f"{number_text(booked)}/{number_text(load['hours_per_day'])} h"


class DispatchDialog(PreservingDialog):
    def __init__(self, *, user, order_id: int, parent=None):
        super().__init__(parent)
        self.user = user
        self.order_id = order_id
        self.ui = Ui_DispatchDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.teams = workshop.teams()
        self.technicians = workshop.technicians()
        self.bays = workshop.bays()
        self.loads = {row["id"]: row for row in workshop.technician_load()}
        self.projected: dict[int, dict] = {}
        self._load_order()
        self._fill_load()
        self._fill_all_combos()
        self._chain_tabs()
        self.ui.allTechCombo.setFocus()

    # -- showing -----------------------------------------------------------------------------------
    def _load_order(self) -> None:
        detail = workshop.order_detail(self.order_id)
        order = detail["order"]
        self.version = order.version
        self.received = order.handed_over_at is not None
        promised = f"{order.promised_at:%m-%d %H:%M}" if order.promised_at else self.tr("未约定")
        self.ui.orderLabel.setText(self.tr("{number}　{plate}　{job}　顾问 {advisor}　承诺交车 {promised}").format(
            number=order.number, plate=detail["plate"], job=order.job_type, advisor=detail["advisor"], promised=promised))
        ui = self.ui
        if self.received:
            ui.receiverEdit.setText(order.handed_over_to)
            ui.receivedAtEdit.setDateTime(QDateTime(order.handed_over_at))
            ui.receivedLabel.setText(self.tr("已接车"))
        else:
            ui.receiverEdit.setText(self.user.display_name)
            ui.receivedAtEdit.setDateTime(QDateTime.currentDateTime())
            ui.receivedLabel.setText(self.tr("保存时按 10 分钟取整"))
        ui.receiverEdit.setEnabled(not self.received)
        ui.receivedAtEdit.setEnabled(not self.received)
        self.lines = [l for l in detail["lines"] if l["kind"] == "工时" and l["status"] != LineStatus.CANCELLED]
        self._fill_lines()

    def _fill_lines(self) -> None:
        table = self.ui.linesTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("工时"), self.tr("状态"), self.tr("班组"),
                                         self.tr("技师（今日负荷）"), self.tr("工位")])
        table.setRowCount(len(self.lines))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (TEAM, BAY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, 130)
        header.setSectionResizeMode(TECHNICIAN, QHeaderView.ResizeMode.ResizeToContents)  # names never clipped
        for row, line in enumerate(self.lines):
            status = line["status"]
            if line["added_work_id"] and line["answer"] != AddedWorkAnswer.AGREED:
                status = self.tr("增项：{answer}").format(answer=line["answer"] or self.tr("待答复"))
            for column, value in enumerate((line["description"], number_text(line["quantity"]), status)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
            enabled = dispatchable(line)
            team = self._combo([(t["id"], t["name"]) for t in self.teams], line["team_id"], enabled)
            tech = self._combo([(t["id"], self._tech_text(t)) for t in self.technicians], line["technician_id"], enabled)
            tech.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bay = self._combo([(b["id"], self._bay_text(b)) for b in self.bays], line["bay_id"], enabled)
            tech.currentIndexChanged.connect(lambda _i, t=tech, tm=team: self._team_follows(t, tm))
            tech.currentIndexChanged.connect(self._show_projected)
            table.setCellWidget(row, TEAM, team)
            table.setCellWidget(row, TECHNICIAN, tech)
            table.setCellWidget(row, BAY, bay)
        table.resizeRowsToContents()

    def _combo(self, choices, current, enabled: bool) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", None)
        for value, text in choices:
            combo.addItem(text, value)
        if current is not None and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        combo.setEnabled(enabled)
        return combo

    def _tech_text(self, technician: dict) -> str:
        """张师傅 2.5/8 h · 机修一组: the load right after the name, with what this dispatch adds."""
        load = self.loads.get(technician["id"])
        if load is None:
            return f"{technician['name']} · {technician['team']}"
        projected = self.projected.get(technician["id"])
        text = load_text(load, projected["after"] if projected else None)
        if projected and projected["over"]:
            text += " ⚠"
        return f"{technician['name']} {text} · {technician['team']}"

    def _fill_all_combos(self) -> None:
        """全部项目同一技师 / 同一工位: a choice here is copied to every line that can be dispatched."""
        ui = self.ui
        ui.allTechCombo.addItem(self.tr("（逐项选择）"), None)
        for technician in self.technicians:
            ui.allTechCombo.addItem(self._tech_text(technician), technician["id"])
        ui.allBayCombo.addItem(self.tr("（逐项选择）"), None)
        for bay in self.bays:
            ui.allBayCombo.addItem(self._bay_text(bay), bay["id"])
        ui.allTechCombo.currentIndexChanged.connect(lambda _i: self._copy_to_lines(TECHNICIAN, ui.allTechCombo))
        ui.allBayCombo.currentIndexChanged.connect(lambda _i: self._copy_to_lines(BAY, ui.allBayCombo))
        enabled = any(dispatchable(line) for line in self.lines)
        ui.allTechCombo.setEnabled(enabled)
        ui.allBayCombo.setEnabled(enabled)

    def _copy_to_lines(self, column: int, source: QComboBox) -> None:
        value = source.currentData()
        if value is None:
            return
        for row, line in enumerate(self.lines):
            combo = self.ui.linesTable.cellWidget(row, column)
            if dispatchable(line):
                combo.setCurrentIndex(max(0, combo.findData(value)))

    def _chain_tabs(self) -> None:
        """Tab in reading order: the hand-over, the choices for every line, each line's team,
        technician and bay, then the buttons (the table's own widgets would otherwise come last)."""
        ui, table = self.ui, self.ui.linesTable
        chain: list[QWidget] = [ui.receiverEdit, ui.receivedAtEdit, ui.allTechCombo, ui.allBayCombo]
        for row in range(table.rowCount()):
            chain += [table.cellWidget(row, column) for column in (TEAM, TECHNICIAN, BAY)]
        chain.append(ui.buttonBox)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _show_projected(self, *_args) -> None:
        """Each technician's hours today with what this dialog gives him (storage.workshop.projected_load)."""
        table = self.ui.linesTable
        chosen = [{"line": line["id"], "technician": table.cellWidget(row, TECHNICIAN).currentData()}
                  for row, line in enumerate(self.lines) if dispatchable(line)]
        self.projected = workshop.projected_load([c for c in chosen if c["technician"] is not None])
        for combo in [self.ui.allTechCombo] + [table.cellWidget(r, TECHNICIAN) for r in range(table.rowCount())]:
            for index in range(combo.count()):
                technician = next((t for t in self.technicians if t["id"] == combo.itemData(index)), None)
                if technician is not None:
                    combo.setItemText(index, self._tech_text(technician))
        table.resizeColumnToContents(TECHNICIAN)  # the longer text (⚠) is not clipped either
        for row, load in enumerate(self.loads.values()):  # 负荷/可用 below counts this dispatch too
            projected = self.projected.get(load["id"])
            text = load_text(load, projected["after"] if projected else None)
            self.ui.loadTable.item(row, 4).setText(text + (" ⚠" if projected and projected["over"] else ""))
        over = [p for p in self.projected.values() if p["over"]]
        self.ui.overloadLabel.setText("　".join(
            self.tr("⚠ {name} 今日将排 {after}/{available} h，超出 {extra} h").format(
                name=p["name"], after=number_text(p["after"]), available=number_text(p["available"]),
                extra=number_text(p["after"] - p["available"])) for p in over))

    def _bay_text(self, bay: dict) -> str:
        holder = bay["plate"] if bay["order_id"] and bay["order_id"] != self.order_id else None
        return self.tr("{name}（{kind}，有车 {plate}）").format(name=bay["name"], kind=bay["kind"], plate=holder) if holder \
            else self.tr("{name}（{kind}，空）").format(name=bay["name"], kind=bay["kind"])

    def _team_follows(self, tech: QComboBox, team: QComboBox) -> None:
        chosen = next((t for t in self.technicians if t["id"] == tech.currentData()), None)
        if chosen is not None:
            team.setCurrentIndex(max(0, team.findData(chosen["team_id"])))

    def _fill_load(self) -> None:
        table = self.ui.loadTable
        rows = list(self.loads.values())
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([self.tr("技师"), self.tr("班组"), self.tr("已派未完"), self.tr("今日完工"),
                                         self.tr("负荷/可用"), self.tr("正在做")])
        table.setRowCount(len(rows))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, load in enumerate(rows):
            on = load["on"]
            doing = f"{on['plate']} {on['line']}" if on else ""
            values = (load["name"], load["team"], f"{number_text(load['assigned_hours'])} h（{load['assigned_lines']} 项）",
                      f"{number_text(load['finished_hours'])} h", load_text(load), doing)
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    # -- saving ------------------------------------------------------------------------------------
    def assignments(self) -> list[dict]:
        table, chosen = self.ui.linesTable, []
        for row, line in enumerate(self.lines):
            if not dispatchable(line):
                continue
            team, tech, bay = (table.cellWidget(row, c).currentData() for c in (TEAM, TECHNICIAN, BAY))
            if team is None and tech is None:
                continue
            if (team, tech, bay) == (line["team_id"], line["technician_id"], line["bay_id"]):
                continue  # unchanged: not sent, so an earlier dispatch is not rewritten
            chosen.append({"line": line["id"], "team": team, "technician": tech, "bay": bay})
        return chosen

    def accept(self) -> None:
        self.ui.errorLabel.clear()
        try:
            if not self.received:
                order = workshop.receive_car(self.user, self.order_id, self.version, receiver=self.ui.receiverEdit.text(),
                                             at=self.ui.receivedAtEdit.dateTime().toPython().replace(second=0, microsecond=0))
                # The hand-over is its own record (seed 001): it stands even if the dispatch below is refused.
                self.version, self.received = order.version, True
                self.ui.receiverEdit.setEnabled(False)
                self.ui.receivedAtEdit.setEnabled(False)
                self.ui.receivedAtEdit.setDateTime(QDateTime(order.handed_over_at))
                self.ui.receivedLabel.setText(self.tr("已接车"))
            chosen = self.assignments()
            if chosen:
                try:
                    workshop.dispatch(self.user, self.order_id, self.version, chosen)
                except workshop.TechnicianOverloaded as exc:
                    answer = QMessageBox.question(
                        self, self.tr("技师超负荷"), exc.message + "\n\n" + self.tr("仍要派给他吗？"),
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                    if answer != QMessageBox.StandardButton.Yes:
                        raise
                    workshop.dispatch(self.user, self.order_id, self.version, chosen, allow_overload=True)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
