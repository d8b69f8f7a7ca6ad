"""结算 tab: the orders that passed QC, the settlement explained line by line, the payment split
across methods, and the four documents printed once the order is settled."""
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from storage import cashier
from storage.cashier import cards
from storage.cashier.common import CASH
from storage.models import PAYMENT_METHODS, User
from storage.reception import diagnosis
from storage.rules import guarantee, settings
from storage.rules.auth import may
from storage.rules.errors import DomainError, PermissionDenied, ValidationError
from storage.rules.money import ZERO, fmt
from storage.rules.vocabulary import PaymentMethod
from ui.cashier.bill_table import BillTable, totals_html
from ui.cashier.invoice_dialog import InvoiceDialog
from ui.cashier.supervisor_dialog import ask_supervisor
from ui.forms.ui_cashier_settle import Ui_CashierSettleTab
from ui.kit.format import amount_or_none, when
from ui.kit.operations import run_op
from ui.kit.paged_model import Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.tables import set_up_fitted_view

AFTER_SETTLING = ("settlement", "receipt", "release-notice", "guarantee-card")
# 诊断未修 (storage.reception.diagnosis): the diagnosis fee alone; the signed diagnosis report is the release.
AFTER_SETTLING_UNREPAIRED = ("settlement", "receipt")
P_METHOD, P_AMOUNT, P_TENDERED, P_REFERENCE = range(4)



@dataclass(frozen=True)
class PaymentSummary:
    paid: Decimal
    remaining: Decimal  # > 0: still to take; < 0: too much entered
    change: Decimal  # cash handed back
    valid: bool  # every amount readable and positive

    @property
    def adds_up(self) -> bool:
        return self.valid and self.remaining == ZERO


def summarize(due: Decimal, rows) -> PaymentSummary:
    """rows: (method, amount_text, tendered_text). What has been entered against `due` (only what the screen
    shows: storage.cashier.settle checks the tenders again)."""
    paid, change, valid = ZERO, ZERO, True
    for method, amount_text, tendered_text in rows:
        amount = amount_or_none(amount_text)
        if amount is None or amount <= 0:
            valid = False
            continue
        paid += amount
        if method == CASH and (tendered_text or "").strip():
            tendered = amount_or_none(tendered_text)
            if tendered is None or tendered < amount:
                valid = False
            else:
                change += tendered - amount
    return PaymentSummary(paid, due - paid, change, valid)

class SettleTab(QWidget):
    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierSettleTab()
        self.ui.setupUi(self)
        self.user, self.changes, self.local = user, changes, local
        self.order = None  # the ready_to_settle row being settled
        self.draft = None
        self.line_discounts: dict[int, Decimal] = {}
        self.payers: dict[int, str] = {}
        self.approver = None
        self.package_uses: dict[int, int] = {}  # order line id -> package card paying it (套餐卡抵扣)
        self.settled = None  # the Settlement just made, for the prints
        self._busy = False
        self._text = ""

        self.model = PagedTableModel(columns=[
            Column("plate", self.tr("车牌号")), Column("number", self.tr("工单号")),
            Column("customer", self.tr("客户")), Column("job_type", self.tr("业务")),
            Column("qc_passed_at", self.tr("质检通过"), fmt=when),
        ], fetch=lambda cursor, limit: cashier.ready_to_settle(text=self._text or None, after=cursor, limit=limit))
        set_up_fitted_view(self.ui.readyView, self.model)
        self.ui.readyView.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.ui.readyView.activated.connect(lambda _index: self.ui.paymentsTable.setFocus())
        self.ui.searchEdit.returnPressed.connect(self.search)
        self.ui.searchEdit.setMaximumWidth(400)
        # The lines are what the customer reads: they get the height. The totals label is as wide as its
        # amounts (rich text, no wrapping); on a short screen it scrolls inside its box.
        self.ui.paymentsTable.setMaximumHeight(150)

        self.bill = BillTable(self.ui.linesTable, on_payer=self._payer_changed, on_discount=self._discount_changed)
        for kind in guarantee.KINDS:
            self.ui.kindCombo.addItem(self.tr(kind), kind)
        self.ui.kindCombo.activated.connect(lambda _i: self.refresh_preview())
        self.ui.packageCheck.hide()
        self.ui.packageCheck.toggled.connect(self._package_toggled)
        self.ui.billDiscountEdit.editingFinished.connect(self._bill_discount_changed)
        self.ui.billDiscountEdit.returnPressed.connect(self.ui.paymentsTable.setFocus)

        table = self.ui.paymentsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("收款方式"), self.tr("金额"), self.tr("实收（现金）"), self.tr("交易流水号")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(lambda _item: self.update_payment_state())
        self.ui.addPaymentButton.clicked.connect(lambda: self.add_payment(PaymentMethod.WECHAT))
        self.ui.removePaymentButton.clicked.connect(self.remove_payment)
        self.ui.settleButton.clicked.connect(self.settle)
        self.ui.printSettlementButton.clicked.connect(lambda: self.print_kind("settlement"))
        self.ui.printSettlementA5Button.clicked.connect(lambda: self.print_kind("settlement-a5"))
        self.ui.printReceiptButton.clicked.connect(lambda: self.print_kind("receipt"))
        self.ui.printReleaseButton.clicked.connect(lambda: self.print_kind("release-notice"))
        self.ui.printGuaranteeButton.clicked.connect(lambda: self.print_kind("guarantee-card"))
        self.ui.printAllButton.clicked.connect(self.print_all)
        self.ui.invoiceButton.clicked.connect(self.invoice)
        # F9 tries even when the button is greyed: storage then says exactly what does not add up.
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.settle)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.add_payment(PaymentMethod.WECHAT))
        QShortcut(QKeySequence("Ctrl+Delete"), self, self.remove_payment)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_all)
        QShortcut(QKeySequence("Ctrl+F"), self, self.ui.searchEdit.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload_list)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, self.invoice)
        if changes is not None:
            changes.changed.connect(self.on_changes)
        self._show_bill(None)
        self.model.fetchMore()

    # -- the list of orders waiting ------------------------------------------------------------------
    def search(self) -> None:
        self._text = self.ui.searchEdit.text().strip()
        self.reload_list()
        if self.model.rowCount() >= 1:
            self.ui.readyView.setCurrentIndex(self.model.index(0, 0))
            self.ui.readyView.setFocus()

    def reload_list(self) -> None:
        self.model.reload()

    def resizeEvent(self, event) -> None:
        # On a short screen (614 px at 125 %) the bill's lines keep a share of the height: the totals
        # and the payments take at most two fifths of it, the totals scrolling in their box.
        cap = max(self.ui.paymentBox.minimumSizeHint().height(), event.size().height() * 2 // 5)
        self.ui.totalsBox.setMaximumHeight(cap)
        self.ui.paymentBox.setMaximumHeight(cap)
        super().resizeEvent(event)

    def on_changes(self, topics: set) -> None:
        if topics & {"orders", "cashier"}:
            self.reload_list()

    def _row_chosen(self, current, _previous) -> None:
        if current.isValid():
            self.load_order(self.model.row(current.row()))

    def load_order(self, row: dict) -> None:
        """Start a settlement of the ready_to_settle `row`: the order's own payers and discounts."""
        self.order, self.settled, self.approver = row, None, None
        self.line_discounts, self.payers, self.package_uses = {}, {}, {}
        self.ui.packageCheck.blockSignals(True)
        self.ui.packageCheck.setChecked(False)
        self.ui.packageCheck.blockSignals(False)
        self.ui.billDiscountEdit.clear()
        self.ui.kindCombo.setProperty("chosen", False)
        self.ui.errorLabel.clear()
        draft = self.refresh_preview(first=True)
        if draft is None:
            return
        order = draft.order
        self.ui.insurerEdit.setText(order.insurer or "")
        self.ui.claimEdit.setText(order.claim_number or "")
        self.ui.warrantyClaimEdit.clear()
        self._prefill_payments(draft)

    # -- the bill ------------------------------------------------------------------------------------
    def refresh_preview(self, *, first: bool = False):
        if self.order is None:
            return None
        kind = None if first else self.ui.kindCombo.currentData()
        try:
            draft = cashier.preview(
                self.order["id"], user=self.user, line_discounts=self.line_discounts,
                bill_discount=self.ui.billDiscountEdit.text().strip() or None, payers=self.payers, repair_kind=kind)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            if self.draft is None or first:
                self._show_bill(None)
            return None
        self.ui.errorLabel.clear()
        self.draft = draft
        self._offer_packages(draft)
        self._show_bill(draft)
        return draft

    # -- 套餐卡抵扣: a package card's service pays its line ----------------------------------------------
    def _offer_packages(self, draft) -> None:
        offer = cards.suggest(draft.lines, draft.package_cards)
        check = self.ui.packageCheck
        check.setVisible(bool(offer))
        if offer:
            covered = sum((ln.net for ln in draft.lines if ln.order_line_id in offer), ZERO)
            check.setText(self.tr("套餐卡抵扣 {count} 项 {amount}").format(count=len(offer), amount=fmt(covered)))
        self.package_uses = offer if (offer and check.isChecked()) else {}

    def _package_toggled(self, on: bool) -> None:
        if self.draft is None:
            return
        self.package_uses = cards.suggest(self.draft.lines, self.draft.package_cards) if on else {}
        self.ui.totalsLabel.setText(totals_html(self.draft, self.draft.customer_due - self.due()))
        self._prefill_payments(self.draft)

    def due(self) -> Decimal:
        """What the payments must add up to: the customer's due less the lines package cards pay."""
        covered = sum((ln.net for ln in self.draft.lines if ln.order_line_id in self.package_uses), ZERO)
        return self.draft.customer_due - covered

    def _show_bill(self, draft) -> None:
        has = draft is not None
        for widget in (self.ui.linesTable, self.ui.billDiscountEdit, self.ui.kindCombo, self.ui.insurerEdit,
                       self.ui.claimEdit, self.ui.warrantyClaimEdit, self.ui.paymentsTable,
                       self.ui.addPaymentButton, self.ui.removePaymentButton, self.ui.packageCheck):
            widget.setEnabled(has and self.settled is None)
        self._enable_prints(self.settled is not None)
        if not has:
            self.draft = None
            self.ui.packageCheck.hide()
            self.bill.clear()
            self.ui.paymentsTable.setRowCount(0)
            self.ui.totalsLabel.setText("")
            self.ui.approvalLabel.clear()
            self.ui.orderLabel.setText(self.tr("从左侧选择一张质检合格的工单开始结算（回车查找车牌号或工单号）。"))
            self.ui.limitLabel.clear()
            self.update_payment_state()
            return
        order = draft.order
        self.ui.orderLabel.setText(self.tr(
            "<b style='font-size:15px'>{plate}</b>　工单 {number}　{job}　客户 {customer} {phone}　服务顾问 {advisor}"
        ).format(plate=self.order["plate"], number=order.number, job=self.tr(order.job_type), customer=self.order["customer"],
                 phone=self.order["phone"] or "", advisor=self.order["advisor"]))
        self.bill.fill(draft)
        index = self.ui.kindCombo.findData(draft.repair_kind)
        self.ui.kindCombo.setCurrentIndex(index)
        self.ui.totalsLabel.setText(totals_html(draft, draft.customer_due - self.due()))
        # Never narrower than its amounts: only the height scrolls (a short screen).
        bar = self.ui.totalsScroll.verticalScrollBar().sizeHint().width()
        self.ui.totalsScroll.setMinimumWidth(self.ui.totalsLabel.sizeHint().width() + bar)
        if may(self.user, "cashier.approve"):
            self.ui.limitLabel.setText(self.tr("服务经理：优惠由您直接授权"))
        else:
            self.ui.limitLabel.setText(self.tr("您的收银优惠限额 {0}，超出需服务经理授权").format(fmt(self.user.discount_limit)))
        reasons = draft.approval_reasons
        if reasons and self.approver is None:
            self.ui.approvalLabel.setText(self.tr("需服务经理授权：") + "；".join(reasons))
        elif reasons:
            self.ui.approvalLabel.setText(self.tr("已由 {0} 授权：").format(self.approver.approver_name) + "；".join(reasons))
        else:
            self.ui.approvalLabel.clear()
        self.update_payment_state()

    def _payer_changed(self, line_id: int, payer: str) -> None:
        self.payers[line_id] = payer
        self.refresh_preview()

    def _discount_changed(self, line_id: int, text: str) -> None:
        self.line_discounts[line_id] = text.strip() or "0"
        if self.refresh_preview() is None:
            self.line_discounts.pop(line_id, None)  # refused: the message stays, the bill does not change
            message = self.ui.errorLabel.text()
            self.refresh_preview()
            self.ui.errorLabel.setText(message)

    def _bill_discount_changed(self) -> None:
        if self.draft is not None and self.ui.billDiscountEdit.text().strip() != f"{self.draft.bill_discount or ''}":
            if self.refresh_preview() is None:
                message = self.ui.errorLabel.text()
                self.ui.billDiscountEdit.setText(f"{self.draft.bill_discount}" if self.draft.bill_discount else "")
                self.refresh_preview()
                self.ui.errorLabel.setText(message)

    # -- the payment ---------------------------------------------------------------------------------
    def _prefill_payments(self, draft) -> None:
        self.ui.paymentsTable.setRowCount(0)
        due = self.due()
        deposit = min(draft.deposit_usable, due)
        if deposit:
            self.add_payment(PaymentMethod.DEPOSIT, deposit)
        if due - deposit > ZERO:
            self.add_payment(PaymentMethod.CASH, due - deposit)
        self.update_payment_state()

    def add_payment(self, method: str, amount: Decimal | None = None) -> None:
        if self.draft is None or self.settled is not None:
            return
        table = self.ui.paymentsTable
        if amount is None:
            remaining = summarize(self.due(), [(m, a, t) for m, a, t, _ in self.payment_rows()]).remaining
            amount = remaining if remaining > ZERO else None
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        offered = settings.payment_methods()  # 系统管理 may retire some; one already chosen stays shown
        for name in PAYMENT_METHODS:
            if name in offered or name == method:
                combo.addItem(self.tr(name), name)
        combo.setCurrentIndex(combo.findData(method))
        combo.currentIndexChanged.connect(lambda _i: self.update_payment_state())
        table.setCellWidget(row, P_METHOD, combo)
        for column, value in ((P_AMOUNT, f"{amount}" if amount else ""), (P_TENDERED, ""), (P_REFERENCE, "")):
            item = QTableWidgetItem(value)
            if column != P_REFERENCE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        table.blockSignals(False)
        table.setCurrentCell(row, P_AMOUNT)
        self.update_payment_state()

    def remove_payment(self) -> None:
        row = self.ui.paymentsTable.currentRow()
        if row >= 0 and self.settled is None:
            self.ui.paymentsTable.removeRow(row)
            self.update_payment_state()

    def payment_rows(self) -> list[tuple[str, str, str, str]]:
        table, rows = self.ui.paymentsTable, []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, P_METHOD)
            texts = [(table.item(row, c).text() if table.item(row, c) else "") for c in (P_AMOUNT, P_TENDERED, P_REFERENCE)]
            rows.append((combo.currentData(), *texts))
        return rows

    def set_payment(self, row: int, *, method: str | None = None, amount: str | None = None,
                    tendered: str | None = None, reference: str | None = None) -> None:
        """Fill one payment row (what typing into the cells does; also for tests and scanners)."""
        table = self.ui.paymentsTable
        if method is not None:
            combo = table.cellWidget(row, P_METHOD)
            combo.setCurrentIndex(combo.findData(method))
        for column, value in ((P_AMOUNT, amount), (P_TENDERED, tendered), (P_REFERENCE, reference)):
            if value is not None:
                table.item(row, column).setText(value)

    def update_payment_state(self) -> None:
        if self.draft is None or self.settled is not None:
            self.ui.remainingLabel.setText("")
            self.ui.changeLabel.setText("")
            self.ui.settleButton.setEnabled(False)
            return
        summary = summarize(self.due(), [(m, a, t) for m, a, t, _ in self.payment_rows()])
        if not summary.valid:
            text, colour = self.tr("有金额无法识别"), "#c62828"
        elif summary.remaining > ZERO:
            text, colour = self.tr("还差 {0}").format(fmt(summary.remaining)), "#c62828"
        elif summary.remaining < ZERO:
            text, colour = self.tr("多收 {0}").format(fmt(-summary.remaining)), "#c62828"
        else:
            text, colour = self.tr("已收齐 {0}").format(fmt(summary.paid)), "#2e7d32"
        self.ui.remainingLabel.setText(text)
        self.ui.remainingLabel.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {colour};")
        self.ui.changeLabel.setText(self.tr("找零 {0}").format(fmt(summary.change)) if summary.change else "")
        self.ui.settleButton.setEnabled(summary.adds_up and not self._busy)

    # -- settling ------------------------------------------------------------------------------------
    def settle(self) -> None:
        """收款结算: storage decides; a refusal shows its message and changes nothing on screen."""
        if self._busy or self.draft is None or self.settled is not None:
            return
        # One operation: the settlement's changes reach the pages once, after the bill shows as settled.
        run_op(self._settle, changes=self.changes, line=self.ui.errorLabel, refresh=self.on_changes)

    def _settle(self) -> None:
        self._busy = True
        self.ui.settleButton.setEnabled(False)
        try:
            self.settled = self._settle_once()
        finally:
            self._busy = False
        if self.settled is None:
            self.update_payment_state()
            return
        self._after_settling()

    def _settle_once(self):
        payments = [cashier.Tender(m, amount_or_none(a) if amount_or_none(a) is not None else a,
                                   tendered=t.strip() or None, reference=r)
                    for m, a, t, r in self.payment_rows()]
        kind_reason = ""
        while True:
            try:
                return cashier.settle(
                    self.user, self.order["id"], self.order["version"], payments=payments,
                    line_discounts=self.line_discounts, bill_discount=self.ui.billDiscountEdit.text().strip() or None,
                    payers=self.payers, approver=self.approver, repair_kind=self.ui.kindCombo.currentData(),
                    insurer=self.ui.insurerEdit.text().strip() or None, insurer_claim=self.ui.claimEdit.text().strip() or None,
                    warranty_claim=self.ui.warrantyClaimEdit.text().strip() or None, kind_reason=kind_reason,
                    package_uses=self.package_uses)
            except ValidationError as exc:
                if exc.field != "kind_reason":
                    self.ui.errorLabel.setText(exc.message)
                    return None
                # A shorter guarantee than QC's kind of repair: why (audited), then a manager's approval.
                kind_reason, ok = QInputDialog.getText(self, self.tr("降低维修类别"), exc.message)
                if not ok or not kind_reason.strip():
                    self.ui.errorLabel.setText(exc.message)
                    return None
            except cashier.ApprovalRequired as exc:
                approver = ask_supervisor(self, exc.reasons, self.user)
                if approver is None:
                    self.ui.errorLabel.setText(exc.message)
                    return None
                self.approver = approver
            except DomainError as exc:
                if isinstance(exc, PermissionDenied):  # an approval refused (expired, used) is asked for again
                    self.approver = None
                self.ui.errorLabel.setText(exc.message)
                return None

    def _after_settling(self) -> None:
        s = self.settled
        document = cashier.settlement_document(s.id)
        change = document["change"]
        self.ui.errorLabel.clear()
        self.ui.orderLabel.setText(self.tr(
            "<b style='font-size:15px;color:#2e7d32'>已结算：结算单 {number}</b>　{plate}　合计 {total}　客户实付 {due}{change}"
            "　请打印结算单、小票、出厂通知单和质量保证卡（Ctrl+P 全部打印）。"
        ).format(number=s.number, plate=self.order["plate"], total=fmt(s.total), due=fmt(s.customer_due),
                 change=self.tr("　找零 {0}").format(fmt(change)) if change else ""))
        self._show_bill_frozen()
        self.ui.printAllButton.setFocus()

    def _show_bill_frozen(self) -> None:
        for widget in (self.ui.linesTable, self.ui.billDiscountEdit, self.ui.kindCombo, self.ui.insurerEdit,
                       self.ui.claimEdit, self.ui.warrantyClaimEdit, self.ui.paymentsTable,
                       self.ui.addPaymentButton, self.ui.removePaymentButton, self.ui.settleButton):
            widget.setEnabled(False)
        self.ui.remainingLabel.setText("")
        self._enable_prints(True)

    # -- printing ------------------------------------------------------------------------------------
    def _enable_prints(self, on: bool) -> None:
        for button in (self.ui.printSettlementButton, self.ui.printSettlementA5Button, self.ui.printReceiptButton,
                       self.ui.printReleaseButton, self.ui.printGuaranteeButton, self.ui.printAllButton,
                       self.ui.invoiceButton):
            button.setEnabled(on)

    def print_kind(self, kind: str):
        if self.settled is not None:
            return preview_document(self, kind, self.settled.number, user=self.user, local=self.local)
        return None

    def invoice(self):
        """开票 for the settlement just made (the customer's remembered title offered)."""
        if self.settled is None:
            return None
        dialog = InvoiceDialog(user=self.user, settlement_id=self.settled.id, changes=self.changes, parent=self)
        run_op(dialog.exec, changes=self.changes)
        return dialog.recorded

    def print_all(self) -> list:
        """结算单, 小票, 出厂通知单, 质量保证卡: each rendered off the GUI thread into its preview. A car
        diagnosed and taken away unrepaired gets the bill, the receipt and its diagnosis report (the release)."""
        if self.settled is None:
            return []

        if diagnosis.unrepaired(self.settled.order_id):
            return [self.print_kind(kind) for kind in AFTER_SETTLING_UNREPAIRED] + [
                preview_document(self, "diagnosis-report", self.order["number"], user=self.user, local=self.local)]
        return [self.print_kind(kind) for kind in AFTER_SETTLING]
