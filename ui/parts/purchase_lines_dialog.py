"""修改采购单明细: before a draft purchase order (草稿) is placed, change its quantities and prices, add
parts (scanned or typed) and drop lines. Saving replaces the lines in one go
(storage.parts.purchasing.set_purchase_lines); a refusal shows in red and nothing is saved."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from storage.parts import catalogue, purchasing
from storage.rules.errors import DomainError
from ui.forms.ui_parts_po_lines import Ui_PurchaseLinesDialog
from ui.kit.dialogs import FieldDialog
from ui.kit.format import number_text

NUMBER, NAME, QUANTITY, UNIT, COST = range(5)
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class PurchaseLinesDialog(FieldDialog):
    """After Accepted `self.order` is the saved PurchaseOrder."""

    def __init__(self, *, user, po_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PurchaseLinesDialog()
        self.ui.setupUi(self)
        self.user = user
        self.po_id = po_id
        self.order = None
        self.part_ids: list[int] = []  # one per table row
        detail = purchasing.purchase_order_detail(po_id)
        self.version = detail["order"].version
        self.setWindowTitle(self.tr("修改采购单明细 {number}").format(number=detail["order"].number))
        self.ui.infoLabel.setText(self.tr("{number}　{supplier}　草稿：数量和进价可直接在表中修改，保存后再下单。").format(
            number=detail["order"].number, supplier=detail["supplier"]))
        table = self.ui.linesTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("零件号"), self.tr("名称"), self.tr("数量"), self.tr("单位"), self.tr("进价")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for line in detail["lines"]:
            self._add_row(line["part"], line["part_number"], line["name"], number_text(line["quantity"]), line["unit"],
                          f"{line['unit_cost']:.2f}")
        self.ui.errorLabel.setVisible(False)
        self.ui.partEdit.returnPressed.connect(self._part_entered)
        self.ui.quantityEdit.returnPressed.connect(self.ui.costEdit.setFocus)
        self.ui.costEdit.returnPressed.connect(self.add_line)
        self.ui.addButton.clicked.connect(self.add_line)
        self.ui.removeButton.clicked.connect(self.remove_line)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_line)
        self.ui.partEdit.setFocus()

    def _add_row(self, part_id, number, name, quantity, unit, cost) -> None:
        table = self.ui.linesTable
        r = table.rowCount()
        table.insertRow(r)
        for c, value in enumerate((number, name, quantity, unit, cost)):
            item = QTableWidgetItem(str(value))
            if c in (QUANTITY, COST):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setFlags(READ_ONLY)
            table.setItem(r, c, item)
        self.part_ids.append(part_id)

    def _refuse(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)

    def _part_entered(self) -> None:
        try:
            part = catalogue.find_by_number(self.ui.partEdit.text())
        except DomainError as exc:
            self._refuse(exc.message)
            self.ui.partEdit.selectAll()
            return
        self.ui.partEdit.setText(part.number)
        self.ui.errorLabel.setVisible(False)
        self.ui.quantityEdit.setFocus()

    def add_line(self) -> None:
        """The part typed below joins the order; a part already on it only has its row selected."""
        try:
            part = catalogue.find_by_number(self.ui.partEdit.text())
        except DomainError as exc:
            self._refuse(exc.message)
            self.ui.partEdit.setFocus()
            return
        if part.id in self.part_ids:
            self.ui.linesTable.selectRow(self.part_ids.index(part.id))
            self._refuse(self.tr("{number} 已在采购单中，请直接修改该行数量。").format(number=part.number))
            return
        self._add_row(part.id, part.number, part.name, self.ui.quantityEdit.text().strip() or number_text(part.reorder_qty) or "1",
                      part.unit, self.ui.costEdit.text().strip() or f"{part.cost:.2f}")
        for edit in (self.ui.partEdit, self.ui.quantityEdit, self.ui.costEdit):
            edit.clear()
        self.ui.errorLabel.setVisible(False)
        self.ui.partEdit.setFocus()

    def remove_line(self) -> None:
        row = self.ui.linesTable.currentRow()
        if 0 <= row < len(self.part_ids):
            self.ui.linesTable.removeRow(row)
            self.part_ids.pop(row)

    def lines(self) -> list[dict]:
        table = self.ui.linesTable
        return [{"part": part_id, "quantity": table.item(r, QUANTITY).text().strip(),
                 "unit_cost": table.item(r, COST).text().strip()} for r, part_id in enumerate(self.part_ids)]

    def accept(self) -> None:
        try:
            self.order = purchasing.set_purchase_lines(self.user, self.po_id, self.version, self.lines())
        except DomainError as exc:
            self._refuse(exc.message)
            return
        super().accept()
