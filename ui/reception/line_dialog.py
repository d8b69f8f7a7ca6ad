"""改数量 / 付费方: a draft line's quantity (parts only: labour goes by the labour-time table, fees by
their amount) and who pays it, changed in place instead of removed and added again. The save is
storage's update_line with the order's version this window read; a part now short is offered as
待订货, as when it was added."""
from PySide6.QtWidgets import QMessageBox

from storage.models import PAYERS
from storage.reception import estimate
from storage.rules.errors import DomainError
from ui.forms.ui_reception_line import Ui_ReceptionLine
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import money_text, number_text
from ui.kit.keys import EnterMovesOn


class LineDialog(PreservingDialog):
    def __init__(self, *, user, order_id: int, version: int, line: dict, parent=None):
        super().__init__(parent)
        self.user, self.order_id, self.version, self.line = user, order_id, version, line
        self.change = None
        self.ui = Ui_ReceptionLine()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.infoLabel.setText(self.tr("{kind}：{description}　单价 {price}　金额 {amount}").format(
            kind=line["kind"], description=line["description"], price=money_text(line["unit_price"]),
            amount=money_text(line["amount"])))
        self.ui.quantityEdit.setText(number_text(line["quantity"]))
        self.by_quantity = line["kind"] == "材料"
        self.ui.quantityEdit.setEnabled(self.by_quantity)
        if not self.by_quantity:
            self.ui.quantityEdit.setToolTip(self.tr("工时按定额计，其他费用按金额计：只有材料可以改数量。"))
        self.ui.payerCombo.addItems(list(PAYERS))
        self.ui.payerCombo.setCurrentText(line["payer"])
        fields = ([self.ui.quantityEdit] if self.by_quantity else []) + [self.ui.payerCombo]
        self.enter = EnterMovesOn(fields, self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        fields[0].setFocus()
        if self.by_quantity:
            self.ui.quantityEdit.selectAll()

    def changes(self) -> dict:
        values = {}
        quantity = self.ui.quantityEdit.text().strip()
        if self.by_quantity and quantity != number_text(self.line["quantity"]):
            values["quantity"] = quantity
        if self.ui.payerCombo.currentText() != self.line["payer"]:
            values["payer"] = self.ui.payerCombo.currentText()
        return values

    def save(self, **extra):
        return estimate.update_line(self.user, self.order_id, self.version, self.line["id"], **self.changes(), **extra)

    def accept(self) -> None:
        if not self.changes():
            self.reject()
            return
        try:
            try:
                self.change = self.save()
            except estimate.PartShort as exc:
                answer = QMessageBox.question(self, self.tr("库存不足"), exc.message + "\n\n" + self.tr("按“待订货”改数量吗？"))
                if answer != QMessageBox.StandardButton.Yes:
                    raise
                self.change = self.save(to_order=True)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()
