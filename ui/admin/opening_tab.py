"""系统管理 → 开账: the opening stock waiting for the service manager (with its totals: kinds of
part, quantity, value at cost) and 审核入账, which books one 期初 movement per part
(storage.parts.opening.approve); and, for the opening receivables and member balances the import
brings in, how many there are, or the confirmation that the old system had none
(storage.golive.opening.confirm_none)."""
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.golive import opening
from storage.parts import opening as opening_stock
from storage.parts.ledger import fmt_qty
from storage.rules import auth
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from ui.forms.ui_admin_opening import Ui_AdminOpening
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.tables import set_up_fitted_view
from ui.kit.tasks import run_task


class OpeningTab(QWidget):
    changed = Signal()  # something was booked or confirmed: the checklist recounts

    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.ui = Ui_AdminOpening()
        self.ui.setupUi(self)
        self.model = PagedTableModel(columns=[
            Column("number", self.tr("零件号")), Column("name", self.tr("名称")), Column("spec", self.tr("规格")),
            Column("bin", self.tr("货位")), Column("quantity", self.tr("数量"), align=RIGHT, fmt=fmt_qty),
            Column("unit", self.tr("单位")), Column("unit_cost", self.tr("成本价"), align=RIGHT, fmt=lambda v: f"{v:,.2f}"),
            Column("value", self.tr("金额"), align=RIGHT, fmt=fmt), Column("source", self.tr("来源")),
        ], fetch=lambda cursor, limit: opening_stock.pending(after=cursor, limit=limit))
        view = self.ui.stockView
        set_up_fitted_view(view, self.model)
        self.ui.approveButton.setEnabled(auth.may(user, "parts.opening.approve"))
        if not auth.may(user, "parts.opening.approve"):
            self.ui.approveButton.setToolTip(self.tr("期初库存由服务经理审核入账"))
        may_confirm = auth.may(user, "golive.opening")
        self.ui.noReceivablesButton.setEnabled(may_confirm)
        self.ui.noBalancesButton.setEnabled(may_confirm)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.noReceivablesButton.clicked.connect(lambda: self.confirm_none("receivables"))
        self.ui.noBalancesButton.clicked.connect(lambda: self.confirm_none("balances"))
        self.ui.refreshButton.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        totals = opening_stock.totals()
        if totals["lines"]:
            text = self.tr("待审核 {lines} 种，数量合计 {quantity}，成本金额 {value}").format(
                lines=totals["lines"], quantity=fmt_qty(totals["quantity"]), value=fmt(totals["value"]))
        else:
            text = self.tr("没有待审核的期初库存")
        if totals["approved_lines"]:
            text += self.tr("；已入账 {lines} 种，成本金额 {value}").format(
                lines=totals["approved_lines"], value=fmt(totals["approved_value"]))
        self.ui.totalsLabel.setText(text)
        self.ui.approveButton.setEnabled(bool(totals["lines"]) and auth.may(self.user, "parts.opening.approve"))
        state = opening.status()
        self.ui.receivablesLabel.setText(
            self.tr("期初应收：已录入 {n} 笔").format(n=state["receivables"]) if state["receivables"]
            else self.tr("期初应收：已确认没有") if state["receivables_none"] else self.tr("期初应收：还没有录入"))
        self.ui.balancesLabel.setText(
            self.tr("会员余额：已录入 {n} 位会员").format(n=state["balances"]) if state["balances"]
            else self.tr("会员余额：已确认没有") if state["balances_none"] else self.tr("会员余额：还没有录入"))
        self.ui.noReceivablesButton.setVisible(not state["receivables"] and not state["receivables_none"])
        self.ui.noBalancesButton.setVisible(not state["balances"] and not state["balances_none"])

    def approve(self) -> None:
        totals = opening_stock.totals()
        if not totals["lines"]:
            return
        answer = QMessageBox.question(self, self.tr("审核入账"), self.tr(
            "将 {lines} 种备件的期初库存（数量合计 {quantity}，成本金额 {value}）记入库存台账，每种一笔期初入库。"
            "入账后不能再导入期初库存，差异只能盘点调整。确定入账吗？").format(
            lines=totals["lines"], quantity=fmt_qty(totals["quantity"]), value=fmt(totals["value"])))
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Thousands of parts take seconds (20,000: about 8 s): off the GUI thread, with a progress dialog.
        user = self.user
        self.ui.approveButton.setEnabled(False)
        run_task(self, lambda cancel: opening_stock.approve(user), on_done=self._approved,
                 on_error=self._approve_failed, progress=self.tr("期初库存入账中…"))

    def _approved(self, result: dict) -> None:
        self.ui.messageLabel.setText(self.tr("已入账 {lines} 种期初库存，成本金额 {value}（单号 {document}）。").format(
            lines=result["lines"], value=fmt(result["value"]), document=result["document"]))
        self.reload()
        self.changed.emit()

    def _approve_failed(self, exc: DomainError) -> None:
        self.ui.messageLabel.setText(exc.message)
        self.reload()

    def confirm_none(self, kind: str) -> None:
        try:
            opening.confirm_none(self.user, kind)
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.ui.messageLabel.setText(self.tr("已确认。"))
        self.reload()
        self.changed.emit()
