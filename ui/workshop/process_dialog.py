"""过程检验: the inspector at the car while the work is under way. Pick the job (工序) or the whole
car, set each item's result with the space bar (合格 / 不合格 / 不适用 / not checked this round), write
what must be put right for a failed item (F2 on its note), save the round, print the 过程检验单.
Every rule is storage.workshop.process_checks's; this window shows and asks."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem

from storage import workshop
from storage.rules.vocabulary import LineStatus, ProcessCheckResult
from storage.workshop import process_checks
from ui.forms.ui_workshop_process import Ui_ProcessCheckDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.keys import shortcut
from ui.kit.operations import Operations
from ui.kit.print_actions import preview_document

CYCLE = ("", *process_checks.RESULTS)
RESULT, NOTE = 1, 2


class ProcessCheckDialog(ConfirmsDiscard, PreservingDialog):
    def __init__(self, *, user, order_id: int, local=None, ops=None, parent=None):
        super().__init__(parent)
        self.user, self.order_id, self.local = user, order_id, local
        self.ops = ops or Operations()  # its writes (ui.kit.operations)
        self.saved = []
        self.ui = Ui_ProcessCheckDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        detail = workshop.order_detail(order_id)
        order = detail["order"]
        self.number = order.number
        self.ui.orderLabel.setText(self.tr("{number}　{plate}　{job}　当前：{status}").format(
            number=order.number, plate=detail["plate"], job=order.job_type, status=order.status))
        self.ui.lineCombo.addItem(self.tr("整车"), None)
        for line in detail["lines"]:
            if line["kind"] == "工时" and line["status"] != LineStatus.CANCELLED:
                who = "，".join(x for x in (line["team"], line["technician"]) if x)
                self.ui.lineCombo.addItem(line["description"] + (f"（{who}）" if who else ""), line["id"])
        table = self.ui.checkTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("检验项目"), self.tr("结果"), self.tr("整改要求 / 备注")])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.show_recorded()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.allOkButton.clicked.connect(self.all_ok)
        self.ui.printButton.clicked.connect(self.print_sheet)
        for key, slot in (("Ctrl+S", self.save), ("Ctrl+P", self.print_sheet), ("Ctrl+Shift+A", self.all_ok)):
            shortcut(key, self, slot)
        shortcut("Space", table, self.cycle, local=True)
        self.guard_discard(self.ui.buttonBox, table)
        table.setFocus()
        table.setCurrentCell(0, RESULT)

    def _fill(self) -> None:
        table = self.ui.checkTable
        table.setRowCount(len(process_checks.PROCESS_ITEMS))
        for row, item in enumerate(process_checks.PROCESS_ITEMS):
            label = QTableWidgetItem(item)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            result = QTableWidgetItem("")
            result.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, 0, label)
            table.setItem(row, RESULT, result)
            table.setItem(row, NOTE, QTableWidgetItem(""))

    def show_recorded(self) -> None:
        sheet = process_checks.process_sheet(self.order_id)
        self.ui.recordedLabel.setText(self.tr("本工单已记录 {n} 项过程检验，其中不合格 {failed} 项。").format(
            n=len(sheet["checks"]), failed=sheet["failed"]))

    def cycle(self) -> None:
        """Space: the current row's result moves on 未检 → 合格 → 不合格 → 不适用 → 未检."""
        row = self.ui.checkTable.currentRow()
        if row < 0:
            return
        cell = self.ui.checkTable.item(row, RESULT)
        cell.setText(CYCLE[(CYCLE.index(cell.text()) + 1) % len(CYCLE)])
        cell.setForeground(Qt.GlobalColor.red if cell.text() == "不合格" else Qt.GlobalColor.black)

    def all_ok(self) -> None:
        table = self.ui.checkTable
        for row in range(table.rowCount()):
            if not table.item(row, RESULT).text():
                table.item(row, RESULT).setText(ProcessCheckResult.PASS)

    def results(self) -> list[dict]:
        table = self.ui.checkTable
        return [{"item": table.item(r, 0).text(), "result": table.item(r, RESULT).text(), "note": table.item(r, NOTE).text()}
                for r in range(table.rowCount())]

    def write(self) -> bool:
        done = self.ops.run(lambda: process_checks.record_process_checks(
            self.user, self.order_id, self.results(), line_id=self.ui.lineCombo.currentData()), line=self.ui.errorLabel)
        if not done:
            return False
        self.saved = done.value
        self.ui.errorLabel.hide()
        self._fill()
        self._discard_opened_with = self._form_values()
        self.show_recorded()
        return True

    def save(self) -> None:
        if self.write():
            self.accept()

    def print_sheet(self) -> None:
        """What is filled in is saved first, so the paper shows it."""
        if any(r["result"] for r in self.results()) and not self.write():
            return
        preview_document(self, "process-check", self.number, user=self.user, local=self.local)
