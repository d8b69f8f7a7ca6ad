"""入库: receiving against a purchase order (each line shows ordered, received so far, outstanding and
over-delivered), receiving without one (a scanner types the part number), and the reorder list from
which purchase orders are drafted; a draft's lines are edited (修改明细) before it is placed. The receiving slip (入库单) prints after each receipt."""
from PySide6.QtWidgets import QInputDialog, QTableWidgetItem, QWidget

from storage.parts import catalogue, purchasing, stock
from storage.rules.auth import may
from storage.rules.errors import DomainError
from storage.rules.vocabulary import PurchaseOrderStatus
from ui.forms.ui_parts_receiving import Ui_PartsReceiving
from ui.kit.format import money_text, number_text, when
from ui.kit.keys import shortcut
from ui.kit.messages import say
from ui.kit.operations import Operations
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.tables import no_rows, paged, selected_rows, set_up_view, single_page
from ui.parts.purchase_lines_dialog import PurchaseLinesDialog

OPEN_STATUSES = (PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.PLACED, PurchaseOrderStatus.PARTLY_RECEIVED)


class ReceivingTab(QWidget):
    def __init__(self, *, user, ops=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsReceiving()
        self.ui.setupUi(self)
        self.user = user
        self.ops = ops or Operations()  # runs the tab's writes (ui.kit.operations)
        self.local = local
        self.po_id = None
        self.po_version = None
        self.last_slip = None
        self.free_lines: list[dict] = []
        self.pending_part = None
        self.orders = PagedTableModel(columns=[
            Column("number", self.tr("采购单号"), width=136),
            Column(lambda po: po.supplier.name, self.tr("供应商"), width=150),
            Column("status", self.tr("状态"), width=64),
            Column(lambda po: when(po.ordered_at or po.created_at), self.tr("日期")),
        ], fetch=paged(purchasing.list_purchase_orders, status=OPEN_STATUSES), page_size=50)
        set_up_view(self.ui.poView, self.orders)
        self.orders.fetchMore()
        self.po_lines = PagedTableModel(columns=[
            Column("part_number", self.tr("零件号"), width=110),
            Column("name", self.tr("名称"), width=130),
            Column("quantity", self.tr("订购"), align=RIGHT, fmt=number_text, width=50),
            Column("received", self.tr("已到"), align=RIGHT, fmt=number_text, width=50),
            Column("outstanding", self.tr("未到"), align=RIGHT, fmt=number_text, width=50),
            Column("over", self.tr("超收"), align=RIGHT, fmt=number_text, width=50),
            Column("unit", self.tr("单位"), width=40),
            Column("unit_cost", self.tr("进价"), align=RIGHT, fmt=money_text, width=80),
            Column("amount", self.tr("金额"), align=RIGHT, fmt=money_text),
        ], fetch=no_rows)
        set_up_view(self.ui.poLinesView, self.po_lines)
        self.reorder = PagedTableModel(columns=[
            Column("number", self.tr("零件号"), width=110),
            Column("name", self.tr("名称"), width=150),
            Column("bin", self.tr("货位"), width=70),
            Column("on_hand", self.tr("库存"), align=RIGHT, fmt=number_text, width=55),
            Column("on_order", self.tr("在途"), align=RIGHT, fmt=number_text, width=55),
            Column("safety_stock", self.tr("安全库存"), align=RIGHT, fmt=number_text, width=64),
            Column("suggested", self.tr("建议订货"), align=RIGHT, fmt=number_text, width=64),
            Column("unit", self.tr("单位"), width=40),
            Column("cost", self.tr("成本"), align=RIGHT, fmt=money_text),
        ], fetch=paged(purchasing.reorder_list), page_size=100)
        set_up_view(self.ui.reorderView, self.reorder)
        self.reorder.fetchMore()
        self.ui.poSplitter.setSizes([420, 700])
        table = self.ui.freeLinesTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([self.tr("零件号"), self.tr("名称"), self.tr("货位"), self.tr("数量"),
                                         self.tr("单位"), self.tr("进价")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self._fill_suppliers()
        self.ui.messageLabel.clear()

        self.ui.poView.selectionModel().currentRowChanged.connect(lambda current, _: self.show_order(current.row()))
        self.ui.poQuantityEdit.returnPressed.connect(self.receive_against_order)
        self.ui.poReceiveButton.clicked.connect(self.receive_against_order)
        self.ui.placeButton.clicked.connect(self.place)
        self.ui.editLinesButton.clicked.connect(self.edit_lines)
        self.ui.closeOrderButton.clicked.connect(self.close_order)
        self.ui.partEdit.returnPressed.connect(self.part_scanned)
        self.ui.freeQuantityEdit.returnPressed.connect(lambda: self.ui.costEdit.setFocus())
        self.ui.costEdit.returnPressed.connect(self.add_line)
        self.ui.addLineButton.clicked.connect(self.add_line)
        self.ui.removeLineButton.clicked.connect(self.remove_line)
        self.ui.freeReceiveButton.clicked.connect(self.receive_without_order)
        self.ui.createPoButton.clicked.connect(self.create_order)
        self.ui.printButton.clicked.connect(self.print_slip)
        shortcut("F9", self, self.receive)
        shortcut("Ctrl+P", self, self.print_slip)
        self.ui.printButton.setEnabled(False)
        allowed = may(user, "parts.stock")
        for widget in (self.ui.poReceiveButton, self.ui.freeReceiveButton, self.ui.addLineButton):
            widget.setEnabled(allowed)
        for widget in (self.ui.placeButton, self.ui.editLinesButton, self.ui.closeOrderButton, self.ui.createPoButton):
            widget.setEnabled(may(user, "parts.purchase"))

    def _fill_suppliers(self) -> None:
        for combo in (self.ui.supplierCombo, self.ui.reorderSupplierCombo):
            keep = combo.currentData()
            combo.clear()
            if combo is self.ui.supplierCombo:
                combo.addItem(self.tr("（无供应商）"), None)
            for supplier in catalogue.list_suppliers():
                combo.addItem(supplier.name, supplier.id)
            if keep is not None:
                combo.setCurrentIndex(max(0, combo.findData(keep)))

    def refresh(self) -> None:
        keep = self.po_id
        self.orders.reload()
        self.reorder.reload()
        self._fill_suppliers()
        self.po_id = None
        for r in range(self.orders.rowCount()):
            if self.orders.row(r).id == keep:
                self.ui.poView.selectRow(r)
                return
        self.show_order(-1)

    # -- against a purchase order ----------------------------------------------------------------
    def show_order(self, row: int) -> None:
        if not 0 <= row < self.orders.rowCount():
            self.po_id = None
            self.ui.poLabel.setText(self.tr("请选择采购单。"))
            self.po_lines.reload(no_rows)
            return
        po_id = self.orders.row(row).id
        detail = purchasing.purchase_order_detail(po_id)
        order = detail["order"]
        self.po_id, self.po_version = po_id, order.version
        self.ui.poLabel.setText(self.tr("<b>{number}</b>　{supplier}　{status}　合计 {total}").format(
            number=order.number, supplier=detail["supplier"], status=order.status, total=money_text(detail["total"])))
        self.po_lines.reload(single_page(lambda: purchasing.purchase_order_detail(po_id)["lines"]))
        self.ui.placeButton.setVisible(order.status == PurchaseOrderStatus.DRAFT)
        self.ui.editLinesButton.setVisible(order.status == PurchaseOrderStatus.DRAFT)

    def receive_against_order(self) -> None:
        if self.po_id is None or not self.ui.poReceiveButton.isEnabled():
            return
        rows = selected_rows(self.ui.poLinesView) or [self.po_lines.row(r) for r in range(self.po_lines.rowCount())
                                                      if self.po_lines.row(r)["outstanding"] > 0]
        typed = self.ui.poQuantityEdit.text().strip()
        lines = [{"purchase_line": row["id"], "quantity": typed if typed and len(rows) == 1 else row["outstanding"]}
                 for row in rows]
        if self._receive(lines, purchase_order_id=self.po_id, allow_over=self.ui.allowOverCheck.isChecked()):
            self.ui.poQuantityEdit.clear()
            self.ui.allowOverCheck.setChecked(False)

    def place(self) -> None:
        if self.po_id is None:
            return
        done = self.ops.run(lambda: purchasing.place_order(self.user, self.po_id, self.po_version), line=self.refuse)
        if not done:
            return
        say(self.ui.messageLabel, self.tr("已下单。"), ok=True)

    def edit_lines(self) -> None:
        """修改明细: a draft's quantities, prices and parts, before it is placed."""
        if self.po_id is None or not self.ui.editLinesButton.isEnabled():
            return
        dialog = PurchaseLinesDialog(user=self.user, po_id=self.po_id, parent=self)
        if self.ops.run(dialog.exec).value == PurchaseLinesDialog.DialogCode.Accepted:
            say(self.ui.messageLabel, self.tr("采购单 {number} 明细已保存。").format(number=dialog.order.number), ok=True)

    def close_order(self) -> None:
        if self.po_id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("关闭采购单"), self.tr("关闭原因（未到的货不再等）："))
        if not ok:
            return
        done = self.ops.run(lambda: purchasing.close_order(self.user, self.po_id, self.po_version, reason=reason),
                            line=self.refuse)
        if not done:
            return
        say(self.ui.messageLabel, self.tr("采购单已关闭。"), ok=True)

    # -- without an order ------------------------------------------------------------------------
    def part_scanned(self) -> None:
        try:
            part = catalogue.find_by_number(self.ui.partEdit.text())
        except DomainError as exc:
            say(self.ui.messageLabel, exc.message)
            self.ui.partEdit.selectAll()
            return
        self.pending_part = part
        self.ui.partEdit.setText(part.number)
        self.ui.partInfoLabel.setText(self.tr("{name} {spec}　货位 {bin}　库存 {qty} {unit}　成本 {cost}").format(
            name=part.name, spec=part.spec, bin=part.bin.code if part.bin_id else "", qty=number_text(part.on_hand),
            unit=part.unit, cost=money_text(part.cost)))
        self.ui.messageLabel.clear()
        self.ui.freeQuantityEdit.setFocus()
        self.ui.freeQuantityEdit.selectAll()

    def add_line(self) -> None:
        if self.pending_part is None or self.pending_part.number != catalogue.normalize_part_number(self.ui.partEdit.text()):
            self.part_scanned()
            if self.pending_part is None:
                return
        part = self.pending_part
        line = {"part": part.id, "quantity": self.ui.freeQuantityEdit.text().strip() or "1"}
        if self.ui.costEdit.text().strip():
            line["unit_cost"] = self.ui.costEdit.text().strip()
        self.free_lines.append(line)
        table = self.ui.freeLinesTable
        r = table.rowCount()
        table.insertRow(r)
        for c, value in enumerate((part.number, part.name, part.bin.code if part.bin_id else "", line["quantity"],
                                   part.unit, line.get("unit_cost", self.tr("上次进价")))):
            table.setItem(r, c, QTableWidgetItem(str(value)))
        self.pending_part = None
        for edit in (self.ui.partEdit, self.ui.freeQuantityEdit, self.ui.costEdit):
            edit.clear()
        self.ui.partInfoLabel.clear()
        self.ui.partEdit.setFocus()

    def remove_line(self) -> None:
        row = self.ui.freeLinesTable.currentRow()
        if 0 <= row < len(self.free_lines):
            self.free_lines.pop(row)
            self.ui.freeLinesTable.removeRow(row)

    def receive_without_order(self) -> None:
        if not self.free_lines:
            say(self.ui.messageLabel, self.tr("请先扫码或输入零件号加入入库明细。"))
            return
        if self._receive(list(self.free_lines), supplier_id=self.ui.supplierCombo.currentData()):
            self.free_lines.clear()
            self.ui.freeLinesTable.setRowCount(0)

    def receive(self) -> None:
        if self.ui.modeTabs.currentWidget() is self.ui.freePage:
            self.receive_without_order()
        elif self.ui.modeTabs.currentWidget() is self.ui.poPage:
            self.receive_against_order()

    def _receive(self, lines, **kw) -> bool:
        done = self.ops.run(lambda: stock.receive(self.user, lines, **kw), line=self.refuse)
        if not done:
            return False
        slip = done.value
        self.last_slip = slip["number"]
        self.ui.printButton.setEnabled(True)
        over = [line for line in slip["lines"] if line.get("over")]
        short = [line for line in slip["lines"] if line.get("outstanding")]
        note = ""
        if over:
            note += self.tr("　超收：") + "、".join(f"{line['part_number']} {number_text(line['over'])}" for line in over)
        if short:
            note += self.tr("　仍欠：") + "、".join(f"{line['part_number']} {number_text(line['outstanding'])}" for line in short)
        say(self.ui.messageLabel, self.tr("已入库，入库单 {number}：{count} 项，金额 {value}。").format(
            number=slip["number"], count=len(slip["lines"]), value=money_text(slip["total_value"])) + note, ok=True)
        self.print_slip()
        return True

    # -- reorder list ----------------------------------------------------------------------------
    def create_order(self) -> None:
        supplier_id = self.ui.reorderSupplierCombo.currentData()
        part_ids = [row["id"] for row in selected_rows(self.ui.reorderView)]
        if supplier_id is None:
            say(self.ui.messageLabel, self.tr("请选择供应商。"))
            return
        done = self.ops.run(lambda: purchasing.purchase_order_from_reorder_list(self.user, supplier_id, part_ids),
                            line=self.refuse)
        if not done:
            return
        po = done.value
        say(self.ui.messageLabel, self.tr("已生成采购单 {number}（草稿），请在“按采购单入库”中核对后下单。").format(
            number=po.number), ok=True)

    def print_slip(self) -> None:
        if self.last_slip:
            preview_document(self, "receiving-slip", self.last_slip, user=self.user, local=self.local)

    def refuse(self, exc) -> None:
        """A refusal from storage in the message line."""
        say(self.ui.messageLabel, exc.message)
