"""汽车检测诊断: the advisor (with the technician who tested the car) writes down each test and its
result, the conclusion and the advice, and the diagnosis fee; Ctrl+S saves it on the work order,
Ctrl+P prints the report for the customer. When the customer will not have the car repaired here,
Ctrl+U closes the order as 诊断未修: only the fee stays, to be paid at the till, and the car is released.
Every rule is storage.reception.diagnosis's; this window shows and asks."""
import json

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QMessageBox, QTableWidgetItem

from storage.reception import diagnosis, documents
from storage.rules.errors import DomainError
from ui.forms.ui_reception_diagnosis import Ui_ReceptionDiagnosis
from ui.kit.dialog_base import PreservingDialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.format import money_text
from ui.kit.keys import shortcut
from ui.kit.operations import Operations
from ui.kit.print_actions import preview_document

STARTER_ROWS = ("读取故障码（诊断仪）", "数据流 / 波形检测", "路试 / 现象确认")


class DiagnosisDialog(ConfirmsDiscard, PreservingDialog):
    """exec() closes after a save or a close; `self.saved` says whether anything was written."""

    def __init__(self, *, user, order_id: int, local=None, ops=None, parent=None):
        super().__init__(parent)
        self.user, self.order_id, self.local = user, order_id, local
        self.ops = ops or Operations()
        self.saved = False
        self.ui = Ui_ReceptionDiagnosis()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        table = self.ui.itemsTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("检测项目（仪器 / 方法）"), self.tr("检测结果 / 数据 / 故障码")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.load()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.unrepairedButton.clicked.connect(self.close_unrepaired)
        for key, slot in (("Ctrl+S", self.save), ("Ctrl+P", self.print_report), ("Ctrl+U", self.close_unrepaired),
                          ("Ctrl+N", self.add_row)):
            shortcut(key, self, slot)
        shortcut("Ctrl+Delete", table, self.remove_row, local=True)
        self.setTabOrder(table, self.ui.conclusionEdit)
        self.guard_discard(self.ui.buttonBox, table, self.ui.conclusionEdit, self.ui.adviceEdit, self.ui.technicianEdit,
                           self.ui.feeEdit, self.ui.reasonEdit)
        table.setFocus()
        table.setCurrentCell(0, 1 if table.item(0, 0) and table.item(0, 0).text() else 0)

    # -- reading ------------------------------------------------------------------------------------
    def load(self) -> None:
        detail = documents.order_detail(self.order_id)
        order, car = detail["order"], detail["vehicle"]
        self.version = order.version
        found = diagnosis.diagnosis_of(self.order_id)
        closed = bool(found and found.outcome)
        state = self.tr("已按“{outcome}”关闭，{at} 放行").format(outcome=found.outcome, at=f"{found.released_at:%m-%d %H:%M}") \
            if closed else order.status
        self.ui.infoLabel.setText(self.tr("<b>{number}</b>　{plate}　{model}　{customer}　客户描述：{words}　<b>{state}</b>").format(
            number=order.number, plate=car.plate, model=detail["model"], customer=detail["customer"].name,
            words=order.customer_words or "—", state=state))
        rows = json.loads(found.items or "[]") if found else [[item, ""] for item in STARTER_ROWS]
        table = self.ui.itemsTable
        table.setRowCount(0)
        for item, result in rows:
            self._append(item, result)
        self._append("", "")
        self.ui.conclusionEdit.setPlainText(found.conclusion if found else "")
        self.ui.adviceEdit.setPlainText(found.advice if found else "")
        self.ui.technicianEdit.setText(found.technician if found else "")
        self.ui.feeEdit.setText(f"{found.fee:f}" if found else "")
        if closed:  # otherwise what the advisor typed stays: it is no part of the saved diagnosis
            self.ui.reasonEdit.setText(found.release_reason)
        for widget in (table, self.ui.conclusionEdit, self.ui.adviceEdit, self.ui.technicianEdit, self.ui.feeEdit,
                       self.ui.reasonEdit, self.ui.unrepairedButton, self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)):
            widget.setEnabled(not closed)

    def _append(self, item: str, result: str) -> None:
        table = self.ui.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(item))
        table.setItem(row, 1, QTableWidgetItem(result))

    def add_row(self) -> None:
        self._append("", "")
        self.ui.itemsTable.setCurrentCell(self.ui.itemsTable.rowCount() - 1, 0)
        self.ui.itemsTable.setFocus()

    def remove_row(self) -> None:
        row = self.ui.itemsTable.currentRow()
        if row >= 0:
            self.ui.itemsTable.removeRow(row)

    def items(self) -> list:
        table = self.ui.itemsTable
        return [(table.item(r, 0).text() if table.item(r, 0) else "", table.item(r, 1).text() if table.item(r, 1) else "")
                for r in range(table.rowCount())]

    # -- actions ------------------------------------------------------------------------------------
    def refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()
        target = {"conclusion": self.ui.conclusionEdit, "advice": self.ui.adviceEdit, "technician": self.ui.technicianEdit,
                  "fee": self.ui.feeEdit, "reason": self.ui.reasonEdit, "items": self.ui.itemsTable}.get(exc.field)
        if target is not None:
            target.setFocus()

    def write(self) -> bool:
        if not self.ops.run(lambda: diagnosis.record_diagnosis(
                self.user, self.order_id, self.version, items=self.items(), conclusion=self.ui.conclusionEdit.toPlainText(),
                advice=self.ui.adviceEdit.toPlainText(), technician=self.ui.technicianEdit.text(), fee=self.ui.feeEdit.text()),
                line=self.refuse):
            return False
        self.saved = True
        self.ui.errorLabel.hide()
        self.load()
        self._discard_opened_with = self._form_values()  # what is saved now is "untouched"
        return True

    def save(self) -> None:
        if self.ui.conclusionEdit.isEnabled() and self.write():
            self.accept()

    def print_report(self) -> None:
        """Saved first when edited, so the paper says what is stored."""
        if self.form_edited() and not self.write():
            return
        number = documents.order_detail(self.order_id)["order"].number
        preview_document(self, "diagnosis-report", number, user=self.user, local=self.local)

    def close_unrepaired(self) -> None:
        if not self.ui.unrepairedButton.isEnabled():
            return
        if self.form_edited() and not self.write():
            return
        found = diagnosis.diagnosis_of(self.order_id)
        fee = money_text(found.fee) if found else "—"
        question = self.tr("客户不在本店维修，按“诊断未修”关闭工单？\n其他项目全部取消，只保留诊断费 {fee}，由收银台结算后放行。").format(fee=fee)
        if QMessageBox.question(self, self.tr("诊断未修"), question) != QMessageBox.StandardButton.Yes:
            return
        if not self.ops.run(lambda: diagnosis.close_unrepaired(self.user, self.order_id, self.version,
                                                              reason=self.ui.reasonEdit.text()), line=self.refuse):
            return
        self.saved = True
        self.ui.errorLabel.hide()
        self.load()
        self._discard_opened_with = self._form_values()  # what is saved now is "untouched"
        self.print_report()
