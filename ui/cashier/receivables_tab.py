"""挂账 tab: what insurers and the manufacturer owe, by age, and the remittances matched against it."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from storage import cashier
from storage.rules.money import ZERO, fmt
from ui.cashier.remittance_dialog import RemittanceDialog
from ui.forms.ui_cashier_receivables import Ui_CashierReceivablesTab
from ui.kit.operations import run_op
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.tables import set_up_fitted_view

KINDS = ("", "保险公司", "厂家索赔")


def _age_colour(row):
    return QColor("#c62828") if row["age_days"] > 90 else (QColor("#e65100") if row["age_days"] > 60 else None)


class ReceivablesTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierReceivablesTab()
        self.ui.setupUi(self)
        self.user, self.changes = user, changes
        for kind in KINDS:
            self.ui.kindCombo.addItem(self.tr(kind) if kind else self.tr("全部"), kind)
        self.model = PagedTableModel(columns=[
            Column("debtor", self.tr("挂账方")), Column("claim_number", self.tr("理赔/索赔单号")),
            Column("settlement_number", self.tr("结算单号")), Column("plate", self.tr("车牌号")),
            Column("customer", self.tr("客户")), Column("opened_at", self.tr("挂账日期"), fmt=lambda v: f"{v:%Y-%m-%d}"),
            Column("age_days", self.tr("账龄(天)"), align=RIGHT, colour=_age_colour),
            Column("amount", self.tr("挂账金额"), align=RIGHT, fmt=fmt), Column("collected", self.tr("已收"), align=RIGHT, fmt=fmt),
            Column("outstanding", self.tr("未收"), align=RIGHT, fmt=fmt),
        ], fetch=self._fetch)
        view = self.ui.itemsView
        set_up_fitted_view(view, self.model)
        view.selectionModel().selectionChanged.connect(lambda *_: self._show_selection())
        view.activated.connect(lambda _i: self.collect())
        self.ui.kindCombo.activated.connect(lambda _i: self.reload())
        self.ui.debtorEdit.returnPressed.connect(self.reload)
        self.ui.claimEdit.returnPressed.connect(self.reload)
        self.ui.collectButton.clicked.connect(self.collect)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.collect)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        table = self.ui.agingTable
        table.verticalHeader().hide()
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if "cashier" in topics else None)
        self.reload()

    def _fetch(self, cursor, limit):
        return cashier.open_items(debtor_kind=self.ui.kindCombo.currentData() or None,
                                  debtor=self.ui.debtorEdit.text().strip() or None,
                                  claim_number=self.ui.claimEdit.text().strip() or None, after=cursor, limit=limit)

    def reload(self) -> None:
        self.model.reload()
        self._fill_aging(cashier.aging())
        self._show_selection()

    def _fill_aging(self, rows: list[dict]) -> None:
        table = self.ui.agingTable
        buckets = list(rows[0]["buckets"]) if rows else ["0-30天", "31-60天", "61-90天", "90天以上"]
        headers = [self.tr("类别"), self.tr("挂账方"), self.tr("笔数"), self.tr("未收合计"), *buckets]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [self.tr(row["debtor_kind"]), row["debtor"], str(row["count"]), fmt(row["outstanding"]),
                      *(fmt(row["buckets"][b]) for b in buckets)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def selected(self) -> list[dict]:
        rows = sorted({index.row() for index in self.ui.itemsView.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def _show_selection(self) -> None:
        items = self.selected()
        if items:
            total = sum((i["outstanding"] for i in items), ZERO)
            self.ui.selectionLabel.setText(self.tr("已选 {0} 笔，未收合计 {1}").format(len(items), fmt(total)))
        else:
            self.ui.selectionLabel.setText(self.tr("选择同一挂账方的一笔或多笔挂账，登记回款并核销"))
        self.ui.collectButton.setEnabled(bool(items))

    def collect(self):
        items = self.selected()
        if not items:
            return None
        dialog = RemittanceDialog(user=self.user, items=items, parent=self)
        run_op(dialog.exec, changes=self.changes, refresh=lambda _topics: self.reload())
        return dialog.collections
