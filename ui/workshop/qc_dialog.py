"""质检: the inspector ticks the order's job lines and the job type's checklist, then passes it
(signs the completion certificate, printed at once, and reception hears the car is ready) or sends
it back to rework with the reason (the unticked job lines are redone; each counts for 返修率)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from storage import workshop
from storage.care import sanbao
from storage.rules.errors import DomainError
from ui.forms.ui_workshop_qc import Ui_QcDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.print_actions import preview_document

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class QcDialog(PreservingDialog):
    def __init__(self, *, user, order_id: int, local=None, print_certificate: bool = True, parent=None):
        super().__init__(parent)
        self.user = user
        self.order_id = order_id
        self.local = local
        self.print_certificate = print_certificate
        self.check = None
        self.ui = Ui_QcDialog()
        self.ui.setupUi(self)
        detail = workshop.order_detail(order_id)
        order = detail["order"]
        self.version = order.version
        reworks = sum(1 for c in detail["quality_checks"] if not c["passed"])
        self.ui.orderLabel.setText(self.tr("{number}　{plate}　{job}　当前：{status}　已返工 {n} 次").format(
            number=order.number, plate=detail["plate"], job=order.job_type, status=order.status, n=reworks))
        self._fill(workshop.qc_checklist(order_id))
        self.ui.mileageEdit.setPlaceholderText(f"{order.mileage}")
        self.ui.faultCombo.addItem(self.tr("（无）"), "")
        for fault in sanbao.FAULTS:
            self.ui.faultCombo.addItem(fault, fault)
        self.initial_fault = order.sanbao_faults.split("、")[0] if order.sanbao_faults else ""
        self.ui.faultCombo.setCurrentIndex(max(0, self.ui.faultCombo.findData(self.initial_fault)))
        self.ui.allOkButton.clicked.connect(self.tick_all)
        self.ui.passButton.clicked.connect(self.accept)
        self.ui.reworkButton.clicked.connect(self.rework)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.passButton.setDefault(True)
        self.ui.checkTable.setFocus()

    def _fill(self, items) -> None:
        table = self.ui.checkTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("合格"), self.tr("检查项目"), self.tr("班组"), self.tr("技师")])
        table.setRowCount(len(items))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(items):
            box = QTableWidgetItem(self.tr("工时项目") if item["kind"] == "项目" else self.tr("检查"))
            box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            box.setCheckState(Qt.CheckState.Unchecked)
            box.setData(KEY_ROLE, item["key"])
            table.setItem(row, 0, box)
            for column, value in enumerate((item["label"], item["team"], item["technician"]), 1):
                table.setItem(row, column, QTableWidgetItem(value))
        if items:
            table.setCurrentCell(0, 0)

    def tick_all(self) -> None:
        for row in range(self.ui.checkTable.rowCount()):
            self.ui.checkTable.item(row, 0).setCheckState(Qt.CheckState.Checked)

    def results(self) -> dict:
        table = self.ui.checkTable
        return {table.item(r, 0).data(KEY_ROLE): table.item(r, 0).checkState() == Qt.CheckState.Checked
                for r in range(table.rowCount())}

    def accept(self) -> None:
        """合格: every item must be ticked (storage says which are not)."""
        self.ui.errorLabel.clear()
        try:
            fault = self.ui.faultCombo.currentData()
            self.check = workshop.pass_qc(self.user, self.order_id, self.version, self.results(), note=self.ui.noteEdit.text(),
                                          mileage_out=self.ui.mileageEdit.text().strip() or None,
                                          sanbao_faults=None if fault == self.initial_fault else [fault] if fault else [])
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        if self.print_certificate:
            preview_document(self.parentWidget() or self, "completion-certificate", self.check.certificate_number,
                             user=self.user, local=self.local)
        super().accept()

    def rework(self) -> None:
        """返工: the reason is the note; the unticked job lines go back to be redone."""
        self.ui.errorLabel.clear()
        try:
            self.check = workshop.fail_qc(self.user, self.order_id, self.version, self.ui.noteEdit.text(),
                                          results=self.results())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
