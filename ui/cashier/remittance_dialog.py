"""登记回款与核销: one remittance from an insurer or the manufacturer matched against the selected
receivables; each line's amount defaults to what is still owed and can be lowered (partial)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from storage import cashier
from storage.rules.errors import DomainError
from storage.rules.money import ZERO, fmt
from ui.forms.ui_cashier_remittance import Ui_CashierRemittanceDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import amount_or_none

AMOUNT_COLUMN = 5


class RemittanceDialog(PreservingDialog):
    """exec() == Accepted leaves the Collection rows in `self.collections`."""

    def __init__(self, *, user, items: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierRemittanceDialog()
        self.ui.setupUi(self)
        self.user, self.items, self.collections = user, items, []
        first = items[0]
        self.ui.debtorLabel.setText(self.tr("挂账方：<b>{debtor}</b>（{kind}），共 {count} 笔").format(
            debtor=first["debtor"], kind=self.tr(first["debtor_kind"]), count=len(items)))
        table = self.ui.allocationsTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([self.tr("结算单号"), self.tr("车牌号"), self.tr("理赔/索赔单号"),
                                         self.tr("挂账金额"), self.tr("未收"), self.tr("本次核销")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (item["settlement_number"], item["plate"], item["claim_number"], fmt(item["amount"]),
                      fmt(item["outstanding"]), f"{item['outstanding']}")
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column != AMOUNT_COLUMN:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column >= 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
        self.ui.totalEdit.setText(f"{sum((i['outstanding'] for i in items), ZERO)}")
        table.itemChanged.connect(lambda _item: self._show_sum())
        self.ui.totalEdit.textChanged.connect(lambda _t: self._show_sum())
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("核销"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.totalEdit.returnPressed.connect(self.ui.referenceEdit.setFocus)
        self.ui.referenceEdit.returnPressed.connect(self.accept)
        self._show_sum()
        self.ui.referenceEdit.setFocus()

    def allocations(self) -> list:
        table = self.ui.allocationsTable
        return [(item["id"], item["version"], table.item(row, AMOUNT_COLUMN).text().strip())
                for row, item in enumerate(self.items)]

    def _show_sum(self) -> None:
        amounts = [amount_or_none(a) for _, _, a in self.allocations()]
        if any(a is None for a in amounts):
            self.ui.sumLabel.setText(self.tr("本次核销中有金额无法识别"))
            return
        self.ui.sumLabel.setText(self.tr("本次核销合计 {0}").format(fmt(sum(amounts, ZERO))))

    def accept(self) -> None:
        first = self.items[0]
        try:
            self.collections = cashier.match_remittance(
                self.user, debtor_kind=first["debtor_kind"], debtor=first["debtor"], total=self.ui.totalEdit.text(),
                reference=self.ui.referenceEdit.text(), allocations=self.allocations())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()
