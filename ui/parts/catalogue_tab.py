"""目录: search the catalogue as you type (number, name or bin), a scanned number opens the part at
once, and the part's card shows its details, its ledger (paged, newest first) and its stock on any
past date. From here a part goes back to its supplier (退货) or a manager corrects its stock (调整)."""
from html import escape

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QWidget

from storage.parts import catalogue, reads
from storage.rules.auth import may
from storage.rules.errors import DomainError, NotFound
from ui.forms.ui_parts_catalogue import Ui_PartsCatalogue
from ui.kit.errors import show_error
from ui.kit.format import money_text, number_text, when
from ui.kit.keys import shortcut
from ui.kit.messages import say
from ui.kit.operations import Operations
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.style import RED
from ui.kit.tables import set_up_view
from ui.parts.import_dialog import ImportDialog
from ui.parts.part_dialog import PartDialog
from ui.parts.stock_move_dialog import ADJUST, RETURN, StockMoveDialog


def red_when_short(row):
    """The on-hand figure in red while it is below the safety stock."""
    on_hand = row["on_hand"] if isinstance(row, dict) else row.on_hand
    safety = row["safety_stock"] if isinstance(row, dict) else row.safety_stock
    return RED if safety and on_hand < safety else None


class CatalogueTab(QWidget):
    def __init__(self, *, user, ops=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsCatalogue()
        self.ui.setupUi(self)
        self.user = user
        self.local = local  # this PC's printers
        self.ops = ops or Operations()  # runs the tab's writes (ui.kit.operations)
        self.ui.messageLabel.clear()
        self.part_id = None
        self.parts = PagedTableModel(columns=[
            Column("number", self.tr("零件号"), width=110),
            Column("name", self.tr("名称"), width=130),
            Column("spec", self.tr("规格"), width=90),
            Column(lambda p: p.bin.code if p.bin_id else "", self.tr("货位"), width=70),
            Column("on_hand", self.tr("库存"), align=RIGHT, fmt=number_text, width=55, colour=red_when_short),
            Column("unit", self.tr("单位"), width=40),
            Column("price", self.tr("零售价"), align=RIGHT, fmt=money_text, width=80),
            Column(lambda p: self.tr("特殊") if p.special else "", self.tr("特殊件"), width=50),
        ], fetch=self._fetch_parts, page_size=60)
        set_up_view(self.ui.partsView, self.parts)
        self.ledger = PagedTableModel(columns=[
            Column("at", self.tr("时间"), fmt=when, width=112),
            Column("kind", self.tr("类别"), width=44),
            Column("quantity", self.tr("数量"), align=RIGHT, fmt=number_text, width=52),
            Column("balance_after", self.tr("结存"), align=RIGHT, fmt=number_text, width=52),
            Column("value", self.tr("金额"), align=RIGHT, fmt=money_text, width=84),
            Column("document", self.tr("单据"), width=136),
            Column(lambda r: r["order_number"] or r["supplier"], self.tr("工单/供应商"), width=110),
            Column("user", self.tr("经办"), width=60),
            Column(lambda r: " ".join(x for x in (r["reason"], r["approved_by"] and self.tr("批准：") + r["approved_by"]) if x),
                   self.tr("原因/批准")),
        ], fetch=lambda cursor, limit: ([], None), page_size=50)
        set_up_view(self.ui.ledgerView, self.ledger)
        self.ui.splitter.setSizes([560, 640])
        self.ui.asOfDate.setDate(QDate.currentDate())
        self.ui.asOfDate.setMaximumDate(QDate.currentDate())

        # Typing searches after a short pause; Enter (what a scanner sends) goes straight to the part.
        self.search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.search)
        self.ui.searchEdit.textChanged.connect(lambda _: self.search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self.scanned)
        self.ui.partsView.selectionModel().currentRowChanged.connect(lambda current, _: self.show_card_at(current.row()))
        self.ui.partsView.doubleClicked.connect(lambda _: self.edit_part())
        self.ui.newButton.clicked.connect(self.new_part)
        self.ui.editButton.clicked.connect(self.edit_part)
        self.ui.importButton.clicked.connect(self.open_import)
        self.ui.returnButton.clicked.connect(lambda: self.move_stock(RETURN))
        self.ui.adjustButton.clicked.connect(lambda: self.move_stock(ADJUST))
        self.ui.asOfButton.clicked.connect(self.show_stock_at)
        self.ui.asOfDate.editingFinished.connect(self.show_stock_at)
        shortcut("Ctrl+N", self, self.new_part)
        shortcut("F2", self, self.edit_part)
        shortcut("F7", self, lambda: self.move_stock(RETURN))
        shortcut("F8", self, lambda: self.move_stock(ADJUST))
        shortcut("Ctrl+F", self, lambda: (self.ui.searchEdit.setFocus(), self.ui.searchEdit.selectAll()))
        can_edit = may(user, "parts.catalogue")
        for button in (self.ui.newButton, self.ui.editButton, self.ui.importButton):
            button.setEnabled(can_edit)
        self.ui.returnButton.setEnabled(may(user, "parts.stock"))
        self.ui.adjustButton.setEnabled(may(user, "parts.adjust"))
        self.search()

    # -- the list --------------------------------------------------------------------------------
    def _fetch_parts(self, cursor, limit):
        return catalogue.search_parts(self.ui.searchEdit.text(), after=cursor, limit=limit)

    def search(self) -> None:
        self.search_timer.stop()
        self.parts.reload()
        if self.parts.rowCount():
            self.ui.partsView.selectRow(0)
        else:
            self.show_card(None)

    def scanned(self) -> None:
        """Enter in the search field: an exact part number opens that part; anything else searches."""
        typed = self.ui.searchEdit.text().strip()
        if not typed:
            return
        try:
            part = catalogue.find_by_number(typed)
        except (NotFound, DomainError):
            self.search()
            return
        self.ui.searchEdit.setText(part.number)
        self.search()
        self.ui.searchEdit.selectAll()  # the next scan replaces it

    def refresh(self) -> None:
        """Data changed elsewhere: reload the list, keep the part on the card."""
        keep = self.part_id
        self.parts.reload()
        for r in range(self.parts.rowCount()):
            if self.parts.row(r).id == keep:
                self.ui.partsView.selectRow(r)
                return
        self.show_card(keep)

    # -- the card --------------------------------------------------------------------------------
    def show_card_at(self, row: int) -> None:
        self.show_card(self.parts.row(row).id if 0 <= row < self.parts.rowCount() else None)

    def show_card(self, part_id: int | None) -> None:
        self.part_id = part_id
        self.ui.asOfResult.clear()
        if part_id is None:
            self.ui.cardLabel.setText(self.tr("没有符合条件的备件。"))
            self.ledger.reload(lambda cursor, limit: ([], None))
            return
        try:
            detail = catalogue.part_detail(part_id)
        except NotFound:
            self.show_card(None)
            return
        part = detail["part"]
        suppliers = "、".join(s["name"] for s in detail["suppliers"]) or self.tr("（未指定）")
        flags = [self.tr("原厂件") if part.genuine else self.tr("副厂件")]
        if part.special:
            flags.append(self.tr("<b style='color:#c62828'>特殊件：出库须经理批准</b>"))
        if not part.active:
            flags.append(self.tr("已停用"))
        rows = [
            (self.tr("零件号"), f"<b>{escape(part.number)}</b>　{escape(part.name)}　{escape(part.spec)}"),
            (self.tr("品牌 / 类别"), f"{escape(part.brand)} / {escape(part.category)}　" + "　".join(flags)),
            (self.tr("适用车型"), escape(part.models)),
            (self.tr("货位"), escape(detail["bin"])),
            (self.tr("库存"), f"<b>{number_text(part.on_hand)}</b> {escape(part.unit)}　" + self.tr("安全库存 {s}，订货量 {r}").format(
                s=number_text(part.safety_stock), r=number_text(part.reorder_qty))),
            (self.tr("成本 / 零售价"), f"{money_text(part.cost)} / {money_text(part.price)}　" + self.tr("库存金额 {v}").format(
                v=money_text(part.stock_value))),
            (self.tr("供应商"), escape(suppliers)),
            (self.tr("最后盘点"), when(part.last_counted_at) or self.tr("从未盘点")),
        ]
        self.ui.cardLabel.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#666;padding-right:8px'>{label}</td><td>{value}</td></tr>" for label, value in rows)
            + "</table>")
        self.ledger.reload(lambda cursor, limit: reads.ledger_card(part_id, after=cursor, limit=limit))

    def show_stock_at(self) -> None:
        if self.part_id is None:
            return
        day = self.ui.asOfDate.date().toPython()
        found = reads.stock_at(self.part_id, day)
        self.ui.asOfResult.setText(self.tr("{day} 日终：{qty}，金额 {value}").format(
            day=day.isoformat(), qty=number_text(found["on_hand"]), value=money_text(found["value"])))

    # -- actions ---------------------------------------------------------------------------------
    def new_part(self) -> None:
        if not self.ui.newButton.isEnabled():
            return
        typed = self.ui.searchEdit.text().strip()
        number = typed if typed and not self.parts.rowCount() else ""
        dialog = PartDialog(user=self.user, number=number, parent=self)
        if self.ops.run(dialog.exec).value == PartDialog.DialogCode.Accepted:
            self.ui.searchEdit.setText(dialog.part.number)
            self.search()

    def edit_part(self) -> None:
        if self.part_id is None or not self.ui.editButton.isEnabled():
            return
        dialog = PartDialog(user=self.user, part_id=self.part_id, parent=self)
        if self.ops.run(dialog.exec).value == PartDialog.DialogCode.Accepted:
            self.refresh()

    def move_stock(self, mode: str) -> None:
        """退货 (F7) or 调整 (F8) for the part on the card (another part can be scanned in the dialog)."""
        button = self.ui.returnButton if mode == RETURN else self.ui.adjustButton
        if not button.isEnabled():
            return
        dialog = StockMoveDialog(user=self.user, mode=mode, part_id=self.part_id, parent=self)
        if self.ops.run(dialog.exec).value != StockMoveDialog.DialogCode.Accepted:
            return
        slip = dialog.slip
        say(self.ui.messageLabel, self.tr("{title} {number} 已保存：{count} 项，金额 {value}，原因：{reason}").format(
            title=slip["title"], number=slip["number"], count=len(slip["lines"]), value=money_text(slip["total_value"]),
            reason=slip["reason"]), ok=True)
        self.refresh()
        preview_document(self, "return-slip", slip["number"], user=self.user, local=self.local)

    def open_import(self) -> None:
        try:
            ImportDialog(user=self.user, parent=self).exec()
        except DomainError as exc:
            show_error(self, exc)
        self.search()
