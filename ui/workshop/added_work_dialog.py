"""追加项目 (增项): work found on the car, with the suggested labour and parts. Saving sends it to
reception at once (storage.workshop.raise_added_work); its lines cannot start until reception has
recorded the customer's yes.

Labour comes from the labour-time table (工时定额): Ctrl+L (or the button) opens reception's
picker (ui.reception.picker) and puts the item in the next empty row with its hours and price; a
name typed by hand still goes, at the hours typed. Tab leaves each table for the next field (arrows
move between cells)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from storage import workshop
from storage.models import PAYERS
from storage.parts.catalogue import search_parts
from storage.rules.errors import DomainError, ValidationError
from ui.forms.ui_workshop_added_work import Ui_AddedWorkDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.dialogs import run_dialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.format import money_text, number_text
from ui.reception.picker import PickerDialog

ROWS = 4
LABOUR_ITEM = Qt.ItemDataRole.UserRole  # on a labour row's name: the labour item it was picked from


def filled_rows(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The table rows the user typed something into, stripped."""
    return [(a.strip(), b.strip()) for a, b in rows if a.strip() or b.strip()]


class AddedWorkDialog(ConfirmsDiscard, PreservingDialog):
    def __init__(self, *, user, order_id: int, parent=None):
        super().__init__(parent)
        self.user = user
        self.order_id = order_id
        self.ui = Ui_AddedWorkDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        detail = workshop.order_detail(order_id)
        self.version = detail["order"].version
        self.vehicle_id = detail["order"].vehicle_id
        self.ui.orderLabel.setText(f"{detail['order'].number}　{detail['plate']}　{detail['order'].status}")
        for table, heads in ((self.ui.labourTable, (self.tr("工时项目名称"), self.tr("工时"), self.tr("工时费（定额）"))),
                             (self.ui.partsTable, (self.tr("备件号或名称"), self.tr("数量")))):
            table.setColumnCount(len(heads))
            table.setRowCount(ROWS)
            table.setHorizontalHeaderLabels(list(heads))
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, len(heads)):
                table.setColumnWidth(column, 110)
        self.ui.labourTable.itemChanged.connect(self._labour_edited)
        self.ui.pickLabourButton.clicked.connect(self.pick_labour)
        QShortcut(QKeySequence("Ctrl+L"), self, self.pick_labour)  # as in the order editor
        for payer in PAYERS:
            self.ui.payerCombo.addItem(payer)
        self.guard_discard(self.ui.buttonBox, self.ui.descriptionEdit, self.ui.labourTable, self.ui.partsTable,
                           self.ui.delaySpin, self.ui.payerCombo)
        self.ui.descriptionEdit.setFocus()

    @staticmethod
    def _rows(table) -> list[tuple[str, str]]:
        def cell(r, c):
            item = table.item(r, c)
            return item.text() if item else ""
        return filled_rows([(cell(r, 0), cell(r, 1)) for r in range(table.rowCount())])

    def set_row(self, table, row: int, first: str, second: str) -> None:
        table.setItem(row, 0, QTableWidgetItem(first))
        table.setItem(row, 1, QTableWidgetItem(second))

    def pick_labour(self) -> None:
        """A labour item from the labour-time table into the next empty row: name, hours, price."""
        picker = PickerDialog(kind="labour", vehicle_id=self.vehicle_id, order_id=self.order_id, parent=self)
        if not run_dialog(picker):
            return
        chosen, table = picker.chosen, self.ui.labourTable
        row = next((r for r in range(table.rowCount())
                    if not any(table.item(r, c) and table.item(r, c).text().strip() for c in (0, 1))), None)
        if row is None:
            row = table.rowCount()
            table.setRowCount(row + 1)
        table.blockSignals(True)
        name = QTableWidgetItem(chosen["name"])
        name.setData(LABOUR_ITEM, chosen["id"])
        table.setItem(row, 0, name)
        table.setItem(row, 1, QTableWidgetItem(number_text(chosen["hours"])))
        price = QTableWidgetItem(money_text(chosen["price"]))
        price.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, 2, price)
        table.blockSignals(False)
        table.setCurrentCell(row, 1)
        table.setFocus()

    def _labour_edited(self, item: QTableWidgetItem) -> None:
        """Hours typed over the table's: the price shown is the table's no more (storage prices it)."""
        table = self.ui.labourTable
        if item.column() == 1 and table.item(item.row(), 2) is not None:
            table.item(item.row(), 2).setText("")
        elif item.column() == 0 and item.data(LABOUR_ITEM) is not None and not item.text().strip():
            item.setData(LABOUR_ITEM, None)

    def _labour(self) -> list[dict]:
        table, labour = self.ui.labourTable, []
        for r in range(table.rowCount()):
            name, hours = (table.item(r, c).text().strip() if table.item(r, c) else "" for c in (0, 1))
            if not (name or hours):
                continue
            picked = table.item(r, 0).data(LABOUR_ITEM) if table.item(r, 0) else None
            labour.append({"labour_item": picked, "description": name, "hours": hours} if picked is not None
                          else {"description": name, "hours": hours})
        return labour

    def _part(self, typed: str) -> int:
        """The one active part the typed number or name means."""
        found, _more = search_parts(typed, limit=2)
        exact = [p for p in found if p.number == typed.upper().replace(" ", "")]
        if exact:
            return exact[0].id
        if len(found) == 1:
            return found[0].id
        raise ValidationError(self.tr("备件“{typed}”不唯一或不存在，请输入完整的备件号。").format(typed=typed))

    def accept(self) -> None:
        self.ui.errorLabel.clear()
        try:
            labour = self._labour()
            parts = [{"part": self._part(number), "quantity": quantity or "1"}
                     for number, quantity in self._rows(self.ui.partsTable)]
            self.work = workshop.raise_added_work(
                self.user, self.order_id, self.version, self.ui.descriptionEdit.toPlainText(), labour=labour,
                parts=parts, delay_minutes=self.ui.delaySpin.value(), payer=self.ui.payerCombo.currentText())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
