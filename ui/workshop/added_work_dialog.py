"""追加项目 (增项): work found on the car, with the suggested labour and parts. Saving sends it to
reception at once (storage.workshop.raise_added_work); its lines cannot start until reception has
recorded the customer's yes."""
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from storage import workshop
from storage.errors import DomainError, ValidationError
from storage.models import PAYERS
from storage.parts.catalogue import search_parts

from ..dialog_base import PreservingDialog
from ..discard_guard import ConfirmsDiscard
from ..forms.ui_workshop_added_work import Ui_AddedWorkDialog

ROWS = 4


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
        self.ui.orderLabel.setText(f"{detail['order'].number}　{detail['plate']}　{detail['order'].status}")
        for table, heads in ((self.ui.labourTable, (self.tr("工时项目名称"), self.tr("工时"))),
                             (self.ui.partsTable, (self.tr("备件号或名称"), self.tr("数量")))):
            table.setColumnCount(2)
            table.setRowCount(ROWS)
            table.setHorizontalHeaderLabels(list(heads))
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setColumnWidth(1, 90)
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
            labour = [{"description": name, "hours": hours} for name, hours in self._rows(self.ui.labourTable)]
            parts = [{"part": self._part(number), "quantity": quantity or "1"}
                     for number, quantity in self._rows(self.ui.partsTable)]
            self.work = workshop.raise_added_work(
                self.user, self.order_id, self.version, self.ui.descriptionEdit.toPlainText(), labour=labour,
                parts=parts, delay_minutes=self.ui.delaySpin.value(), payer=self.ui.payerCombo.currentText())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
