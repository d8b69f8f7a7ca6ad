"""退货 / 库存调整: send parts back to a supplier, or (a manager) correct the stock outside a count —
damage, loss, a part found. One part per slip, with its reason; the rules (who may adjust, whole
units, never below zero) are storage.parts.stock's, refusals show in red and nothing is saved."""
from PySide6.QtWidgets import QWidget

from storage.parts import catalogue, stock
from storage.rules.errors import DomainError
from ui.forms.ui_parts_stock_move import Ui_StockMoveDialog
from ui.kit.dialogs import FieldDialog
from ui.kit.format import money_text, number_text

RETURN, ADJUST = "return", "adjust"


class StockMoveDialog(FieldDialog):
    """mode RETURN (退货) or ADJUST (调整, signed quantity); after Accepted `self.slip` is the slip dict."""

    def __init__(self, *, user, mode: str, part_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StockMoveDialog()
        self.ui.setupUi(self)
        self.user = user
        self.mode = mode
        self.part = None
        self.slip = None
        self.ui.errorLabel.setVisible(False)
        returning = mode == RETURN
        self.setWindowTitle(self.tr("退货给供应商") if returning else self.tr("库存调整（经理）"))
        self.ui.infoLabel.setText(
            self.tr("退回供应商的备件按平均成本出库，生成退货单。") if returning else
            self.tr("盘点以外的库存更正（损坏、丢失、找到）：正数为增加，负数为减少；仅服务经理可操作。"))
        for widget in (self.ui.supplierLabel, self.ui.supplierCombo):
            widget.setVisible(returning)
        for widget in (self.ui.costLabel, self.ui.costEdit):
            widget.setVisible(not returning)
        if returning:
            for supplier in catalogue.list_suppliers():
                self.ui.supplierCombo.addItem(supplier.name, supplier.id)
        self.ui.reasonEdit.setPlaceholderText(self.tr("例如：质量问题退回") if returning else self.tr("例如：搬运损坏报废"))
        # Enter moves on like on the paper form; on the reason line it confirms.
        self.ui.partEdit.returnPressed.connect(self.part_entered)
        self.ui.quantityEdit.returnPressed.connect(
            lambda: (self.ui.reasonEdit if self.mode == RETURN else self.ui.costEdit).setFocus())
        self.ui.costEdit.returnPressed.connect(self.ui.reasonEdit.setFocus)
        self.ui.reasonEdit.returnPressed.connect(self.accept)
        if part_id is not None:
            self.show_part(catalogue.get_part(part_id))
            self.ui.quantityEdit.setFocus()
        else:
            self.ui.partEdit.setFocus()

    def show_part(self, part) -> None:
        self.part = part
        self.ui.partEdit.setText(part.number)
        self.ui.partInfoLabel.setText(self.tr("{name} {spec}　货位 {bin}　库存 {qty} {unit}　平均成本 {cost}").format(
            name=part.name, spec=part.spec, bin=part.bin.code if part.bin_id else "", qty=number_text(part.on_hand),
            unit=part.unit, cost=money_text(part.cost)))
        if self.mode == RETURN:
            linked = [s["supplier_id"] for s in catalogue.part_detail(part.id)["suppliers"]]
            if linked and self.ui.supplierCombo.currentData() not in linked:
                self.ui.supplierCombo.setCurrentIndex(max(0, self.ui.supplierCombo.findData(linked[0])))

    def part_entered(self) -> None:
        if self._find_part():
            (self.ui.supplierCombo if self.mode == RETURN else self.ui.quantityEdit).setFocus()

    def _find_part(self) -> bool:
        typed = self.ui.partEdit.text()
        if self.part is not None and self.part.number == catalogue.normalize_part_number(typed):
            return True
        try:
            self.show_part(catalogue.find_by_number(typed))
        except DomainError as exc:
            self.part = None
            self.ui.partInfoLabel.clear()
            self._refuse(exc.message)
            self.ui.partEdit.selectAll()
            return False
        self.ui.errorLabel.setVisible(False)
        return True

    def _refuse(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)

    def accept(self) -> None:
        if not self._find_part():
            return
        quantity, reason = self.ui.quantityEdit.text().strip(), self.ui.reasonEdit.text()
        try:
            if self.mode == RETURN:
                self.slip = stock.return_to_supplier(self.user, self.ui.supplierCombo.currentData(),
                                                     [{"part": self.part.id, "quantity": quantity}], reason=reason)
            else:
                self.slip = stock.adjust(self.user, self.part.id, quantity, reason=reason,
                                         unit_cost=self.ui.costEdit.text().strip() or None)
        except DomainError as exc:
            self._refuse(exc.message)
            return
        super().accept()
