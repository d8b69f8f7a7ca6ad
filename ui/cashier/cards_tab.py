"""会员卡 tab: find a customer, see their cards and a card's ledger, sell a card or top up, print the
card's statement or export it, reprint a sale's receipt, refund a card (with a manager's approval)."""
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget

from storage.cashier import cards
from storage.models import CardSale, Customer
from storage.reception import search
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from ui.cashier.card_refund_dialog import CardRefundDialog
from ui.cashier.card_sale_dialog import CardSaleDialog
from ui.forms.ui_cashier_cards import Ui_CashierCardsTab
from ui.kit.print_actions import preview_document
from ui.kit.tables import NUMERIC, fill_table

# The stored words this tab shows (card types, states, ledger kinds, payment methods): lupdate sees them here.
_CARD_WORDS = (
    QT_TRANSLATE_NOOP("CardData", "储值卡"), QT_TRANSLATE_NOOP("CardData", "套餐卡"),
    QT_TRANSLATE_NOOP("CardData", "有效"), QT_TRANSLATE_NOOP("CardData", "已退"),
    QT_TRANSLATE_NOOP("CardData", "购卡"), QT_TRANSLATE_NOOP("CardData", "使用"),
    QT_TRANSLATE_NOOP("CardData", "冲销退回"), QT_TRANSLATE_NOOP("CardData", "退卡"),
    QT_TRANSLATE_NOOP("CardData", "期初"), QT_TRANSLATE_NOOP("CardData", "消费"),
    QT_TRANSLATE_NOOP("CardData", "充值"), QT_TRANSLATE_NOOP("CardData", "赠送"),
    QT_TRANSLATE_NOOP("CardData", "现金"), QT_TRANSLATE_NOOP("CardData", "微信"),
    QT_TRANSLATE_NOOP("CardData", "支付宝"), QT_TRANSLATE_NOOP("CardData", "银行卡"),
    QT_TRANSLATE_NOOP("CardData", "转账"),
)


def card_word(text: str) -> str:
    return QCoreApplication.translate("CardData", text)


class CardsTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierCardsTab()
        self.ui.setupUi(self)
        self.user, self.changes, self.local = user, changes, local
        self.cards: list = []
        self.statement: dict | None = None
        self._shown_customer = None
        for table in (self.ui.cardsTable, self.ui.ledgerTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ui.searchEdit.returnPressed.connect(self.find)
        self.ui.customerCombo.currentIndexChanged.connect(lambda _i: self.load_cards())
        self.ui.cardsTable.itemSelectionChanged.connect(self.load_ledger)
        self.ui.sellButton.clicked.connect(lambda: self.sell())
        self.ui.topUpButton.clicked.connect(lambda: self.sell(top_up=True))
        self.ui.printButton.clicked.connect(self.print_statement)
        self.ui.receiptButton.clicked.connect(self.print_receipt)
        self.ui.exportButton.clicked.connect(lambda: self.export())
        self.ui.refundButton.clicked.connect(self.refund)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.load_cards)
        if changes is not None:
            changes.changed.connect(lambda topics: self.load_cards() if "cashier" in topics else None)
        self._enable()

    # -- finding the customer ----------------------------------------------------------------------
    def find(self, text: str | None = None) -> None:
        text = self.ui.searchEdit.text() if text is None else text
        try:
            hits, _more = search.lookup(self.user, text)
        except DomainError as exc:
            self._say(exc.message)
            return
        combo = self.ui.customerCombo
        combo.blockSignals(True)
        combo.clear()
        seen = set()
        for hit in hits:
            if hit.customer_id in seen:
                continue
            seen.add(hit.customer_id)
            combo.addItem(f"{hit.owner} {hit.phone}" + (f"（{hit.plate}）" if hit.plate else ""), hit.customer_id)
        combo.blockSignals(False)
        self._say("" if hits else self.tr("没有找到客户。"))
        self.load_cards()

    def customer_id(self) -> int | None:
        return self.ui.customerCombo.currentData()

    # -- showing -----------------------------------------------------------------------------------
    def load_cards(self) -> None:
        customer_id = self.customer_id()
        self.cards = cards.customer_cards(customer_id) if customer_id else []
        balance = Customer.select(Customer.member_balance).where(Customer.id == customer_id).scalar() if customer_id else None
        self.ui.balanceLabel.setText(self.tr("会员余额：{balance}").format(balance=fmt(balance)) if balance is not None else "")
        rows = []
        for card in self.cards:
            left = (self.tr("{left}/{all} 次").format(left=card.remaining, all=card.services)
                    if card.kind.card_type == cards.PACKAGE else fmt(balance))
            rows.append([card.number, card.kind.name, card_word(card.kind.card_type), left,
                         f"{card.expires_on:%Y-%m-%d}" if card.expires_on else self.tr("不限"), card_word(card.status)])
        fill_table(self.ui.cardsTable, [self.tr("卡号"), self.tr("卡种"), self.tr("类型"), self.tr("剩余"),
                                        self.tr("有效期至"), self.tr("状态")], rows)
        if self.cards:  # the newest card, its ledger read again even when the same row stays selected
            table = self.ui.cardsTable
            same = customer_id == self._shown_customer and 0 <= table.currentRow() < len(self.cards)
            row = table.currentRow() if same else len(self.cards) - 1
            table.blockSignals(True)
            table.selectRow(row)
            table.blockSignals(False)
        self._shown_customer = customer_id
        self.load_ledger()

    def current_card(self):
        row = self.ui.cardsTable.currentRow()
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def load_ledger(self) -> None:
        card = self.current_card()
        self.statement = cards.statement(card.id) if card else None
        rows = [[f"{r['at']:%Y-%m-%d %H:%M}", card_word(r["kind"]), r["change"], r["after"], r["document"], r["reason"]]
                for r in (self.statement["rows"] if self.statement else [])]
        fill_table(self.ui.ledgerTable, [self.tr("时间"), self.tr("类别"), self.tr("变动"), self.tr("变动后"),
                                         self.tr("单据"), self.tr("摘要")], rows)
        for r in range(len(rows)):
            for c in (2, 3):  # the amounts and counts
                self.ui.ledgerTable.item(r, c).setTextAlignment(NUMERIC)
        self.ui.closingLabel.setText(self.statement["closing"] if self.statement else "")
        self._enable()

    def _enable(self) -> None:
        card = self.current_card()
        has_customer = self.customer_id() is not None
        self.ui.sellButton.setEnabled(has_customer)
        self.ui.topUpButton.setEnabled(has_customer)
        for button in (self.ui.printButton, self.ui.exportButton, self.ui.receiptButton):
            button.setEnabled(card is not None)
        self.ui.refundButton.setEnabled(card is not None and card.status == cards.ACTIVE)

    def _say(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    # -- acting ------------------------------------------------------------------------------------
    def sell(self, *, top_up: bool = False, dialog_factory=CardSaleDialog):
        customer_id = self.customer_id()
        if customer_id is None:
            return None
        dialog = dialog_factory(user=self.user, customer_id=customer_id, top_up=top_up,
                                customer_name=self.ui.customerCombo.currentText(), parent=self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        sale = dialog.sale
        self._say(self.tr("{action}完成：单号 {number}。").format(action=card_word(sale.action), number=sale.number))
        self.load_cards()
        return preview_document(self, "card-receipt", sale.number, user=self.user, local=self.local)

    def refund(self, *, dialog_factory=CardRefundDialog):
        card = self.current_card()
        if card is None:
            return None
        dialog = dialog_factory(user=self.user, card_id=card.id, parent=self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        self._say(self.tr("已退卡：单号 {number}，退款 {amount}。").format(number=dialog.sale.number,
                                                                         amount=fmt(-dialog.sale.amount)))
        self.load_cards()
        return preview_document(self, "card-receipt", dialog.sale.number, user=self.user, local=self.local)

    def print_statement(self):
        card = self.current_card()
        return preview_document(self, "card-statement", card.number, user=self.user, local=self.local) if card else None

    def print_receipt(self):
        card = self.current_card()
        if card is None:
            return None
        number = (CardSale.select(CardSale.number).where(CardSale.card == card.id)
                  .order_by(CardSale.id.desc()).scalar())
        return preview_document(self, "card-receipt", number, user=self.user, local=self.local) if number else None

    def export(self, path: str | None = None) -> str | None:
        if self.statement is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出会员卡对账单"),
                                                  str(Path.home() / f"对账单-{self.statement['number']}.csv"),
                                                  self.tr("CSV 文件 (*.csv)"))
            if not path:
                return None
        try:
            cards.export_statement_csv(self.statement, path)
        except (DomainError, OSError) as exc:
            self._say(getattr(exc, "message", str(exc)))
            return None
        self._say(self.tr("已导出：{path}").format(path=path))
        return path
