"""领料出库: the workshop's pick requests, oldest first, and a work order's part lines. The clerk
issues what was picked (partial issues allowed), a special part asks for the manager's own login, the
outbound slip is printed for the technician's signature; returns from the workshop (退库) go back
here too. Quantities, stock and approvals are checked by storage.parts.stock."""

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget

from storage.parts import catalogue, reads, stock
from storage.rules.auth import may
from storage.rules.errors import DomainError
from storage.rules.orders import get_order
from ui.forms.ui_parts_issue import Ui_PartsIssue
from ui.kit.format import money_text, number_text, when
from ui.kit.keys import shortcut
from ui.kit.messages import say
from ui.kit.operations import Operations
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.tables import paged, select_where, selected_rows, set_up_view, single_page
from ui.parts.approval_dialog import ask_approval

NO_ORDER = lambda cursor, limit: ([], None)  # noqa: E731


def special_mark(row) -> str:
    return "特殊" if row["special"] else ""


class IssueTab(QWidget):
    def __init__(self, *, user, ops=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsIssue()
        self.ui.setupUi(self)
        self.user = user
        self.ops = ops or Operations()  # runs the tab's writes (ui.kit.operations)
        self.local = local
        self.order = None
        self.last_slip = None
        self.picks = PagedTableModel(columns=[
            Column("requested_at", self.tr("申请时间"), fmt=when, width=118),
            Column("order_number", self.tr("工单号"), width=140),
            Column("plate", self.tr("车牌"), width=80),
            Column("part_number", self.tr("零件号"), width=110),
            Column("name", self.tr("名称"), width=130),
            Column("bin", self.tr("货位"), width=70),
            Column("outstanding", self.tr("待发"), align=RIGHT, fmt=number_text, width=50),
            Column("on_hand", self.tr("库存"), align=RIGHT, fmt=number_text, width=50),
            Column("unit", self.tr("单位"), width=40),
            Column(special_mark, self.tr("特殊件"), width=50),
            Column("requested_by", self.tr("申请人")),
        ], fetch=paged(reads.pick_queue), page_size=50)
        set_up_view(self.ui.pickView, self.picks)
        self.picks.fetchMore()
        self.lines = PagedTableModel(columns=[
            Column("part_number", self.tr("零件号"), width=110),
            Column("name", self.tr("名称"), width=140),
            Column("bin", self.tr("货位"), width=70),
            Column("quantity", self.tr("需用"), align=RIGHT, fmt=number_text, width=50),
            Column("issued", self.tr("已发"), align=RIGHT, fmt=number_text, width=50),
            Column("outstanding", self.tr("未发"), align=RIGHT, fmt=number_text, width=50),
            Column("waiting", self.tr("车间申领"), align=RIGHT, fmt=number_text, width=64),
            Column("on_hand", self.tr("库存"), align=RIGHT, fmt=number_text, width=50),
            Column("unit", self.tr("单位"), width=40),
            Column("unit_price", self.tr("单价"), align=RIGHT, fmt=money_text, width=80),
            Column(special_mark, self.tr("特殊件"), width=50),
            Column("status", self.tr("状态")),
        ], fetch=NO_ORDER)
        set_up_view(self.ui.linesView, self.lines)
        self.ui.splitter.setSizes([230, 380])
        self.ui.messageLabel.clear()

        self.ui.pickView.activated.connect(lambda index: self.open_pick(self.picks.row(index.row())))
        self.ui.orderEdit.returnPressed.connect(self.find_order)
        self.ui.scanEdit.returnPressed.connect(self.scan_part)
        self.ui.quantityEdit.returnPressed.connect(self.issue)
        self.ui.reasonEdit.returnPressed.connect(self.give_back)
        self.ui.issueButton.clicked.connect(self.issue)
        self.ui.returnButton.clicked.connect(self.give_back)
        self.ui.printButton.clicked.connect(self.print_slip)
        self.ui.linesView.selectionModel().selectionChanged.connect(lambda *_: self.ui.quantityEdit.clear())
        shortcut("F9", self, self.issue)
        shortcut("F10", self, self.give_back)
        shortcut("Ctrl+P", self, self.print_slip)
        self.ui.printButton.setEnabled(False)
        self._enable()

    # -- finding the order -----------------------------------------------------------------------
    def open_pick(self, pick: dict) -> None:
        """The workshop's request for a car: every line of the order it asks for is selected, so F9
        (or Enter) issues them together on one slip. A request for one part opens with its quantity."""
        self.open_order(pick["order"])
        view, wanted = self.ui.linesView, []
        for r in range(self.lines.rowCount()):
            line = self.lines.row(r)
            if line["line"] == pick["line"] or (line["waiting"] and line["outstanding"] > 0):
                wanted.append(r)
        selection, flags = view.selectionModel(), QItemSelectionModel.SelectionFlag
        selection.clearSelection()
        if wanted:
            selection.setCurrentIndex(self.lines.index(wanted[0], 0), flags.NoUpdate)
        for r in wanted:
            selection.select(self.lines.index(r, 0), flags.Select | flags.Rows)
        if len(wanted) == 1:
            self.ui.quantityEdit.setText(number_text(pick["outstanding"]))
        self.ui.quantityEdit.setFocus()
        self.ui.quantityEdit.selectAll()

    def find_order(self) -> None:
        typed = self.ui.orderEdit.text().strip().upper()
        if not typed:
            return
        try:
            order = get_order(number=typed)
        except DomainError as exc:
            say(self.ui.messageLabel, exc.message)
            return
        self.open_order(order.id)
        self.ui.scanEdit.setFocus()

    def open_order(self, order_id: int) -> None:
        order = get_order(order_id)
        self.order = order
        self.ui.orderEdit.setText(order.number)
        self.ui.orderLabel.setText(self.tr("{number}　{plate}　{status}").format(
            number=order.number, plate=order.vehicle.plate, status=order.status))
        self.lines.reload(single_page(lambda: reads.order_part_lines(order_id)))
        self.ui.messageLabel.clear()
        self._enable()

    def scan_part(self) -> None:
        """A scanned part number selects its line on the open order."""
        typed = self.ui.scanEdit.text()
        if not typed.strip():
            return
        number = catalogue.normalize_part_number(typed)
        self.ui.scanEdit.clear()
        if select_where(self.ui.linesView, lambda line: line["part_number"] == number):
            self.ui.quantityEdit.setFocus()
        else:
            say(self.ui.messageLabel, self.tr("本工单没有零件号 {number} 的备件明细。").format(number=number))

    def refresh(self) -> None:
        """Stock or orders changed (here or on another PC): reload the queue and the open order."""
        self.picks.reload()
        if self.order is not None:
            keep = {line["line"] for line in selected_rows(self.ui.linesView)}
            self.lines.reload()
            selection, flags = self.ui.linesView.selectionModel(), QItemSelectionModel.SelectionFlag
            for r in range(self.lines.rowCount()):
                if self.lines.row(r)["line"] in keep:  # every line that was selected stays so
                    selection.select(self.lines.index(r, 0), flags.Select | flags.Rows)
        self._enable()

    def _enable(self) -> None:
        allowed = may(self.user, "parts.stock")
        has_order = self.order is not None
        for widget in (self.ui.issueButton, self.ui.returnButton, self.ui.quantityEdit, self.ui.reasonEdit,
                       self.ui.scanEdit):
            widget.setEnabled(allowed and has_order)

    # -- issuing and returns ---------------------------------------------------------------------
    def _chosen(self):
        rows = selected_rows(self.ui.linesView)
        if not rows:
            say(self.ui.messageLabel, self.tr("请先选择备件明细。"))
        return rows

    def _pick_for(self, line_id: int):
        for r in range(self.picks.rowCount()):
            pick = self.picks.row(r)
            if pick["line"] == line_id:
                return pick
        return None

    def issue(self) -> None:
        if self.order is None or not self.ui.issueButton.isEnabled():
            return
        rows = self._chosen()
        if not rows:
            return
        typed = self.ui.quantityEdit.text().strip()
        several = len(rows) > 1
        items = []
        for row in rows:
            quantity = typed if typed and not several else row["outstanding"]
            pick = self._pick_for(row["line"])
            try:
                within_pick = pick is not None and catalogue.quantity(quantity, row["whole_units"]) <= pick["outstanding"]
            except DomainError:
                within_pick = False  # storage says what is wrong with the quantity below
            items.append({"pick_request": pick["id"], "quantity": quantity} if within_pick
                         else {"line": row["line"], "quantity": quantity})
        approver = None
        # A special part already issued is not asked for again (storage skips it).
        specials = [row["part_number"] for row in rows if row["special"] and (row["outstanding"] > 0 or not several)]
        if specials and not may(self.user, "parts.approve_special"):
            approver = ask_approval(self, self.tr("特殊件 {parts} 出库").format(parts="、".join(specials)),
                                    "special_parts", self.user)
            if approver is None:
                say(self.ui.messageLabel, self.tr("特殊件未经经理批准，未出库。"))
                return
        # Several lines are a whole pick: what cannot go is left out and said, the rest goes on one slip.
        done = self.ops.run(lambda: stock.issue(self.user, self.order.id, items, approver=approver, issue_the_rest=several),
                            line=self.refuse)
        if not done:
            return
        slip = done.value
        self.last_slip = slip["number"]
        self.ui.printButton.setEnabled(True)
        message = self.tr("已出库，出库单 {number}：{count} 项，金额 {value}。请技工在出库单上签字。").format(
            number=slip["number"], count=len(slip["lines"]), value=money_text(slip["total_value"]))
        if slip["skipped"]:
            message += self.tr("未出库 {count} 项：{which}").format(
                count=len(slip["skipped"]), which="".join(s["reason"] for s in slip["skipped"]))
        say(self.ui.messageLabel, message, ok=True)
        self.ui.quantityEdit.clear()
        self.print_slip()

    def give_back(self) -> None:
        """退库: the selected lines come back from the workshop (the typed quantity for one line,
        else everything issued), with the reason."""
        if self.order is None or not self.ui.returnButton.isEnabled():
            return
        rows = self._chosen()
        if not rows:
            return
        typed = self.ui.quantityEdit.text().strip()
        items = [{"line": row["line"], "quantity": typed if typed and len(rows) == 1 else row["issued"]} for row in rows]
        done = self.ops.run(lambda: stock.return_from_workshop(self.user, self.order.id, items, reason=self.ui.reasonEdit.text()),
                            line=self.refuse)
        if not done:
            return
        slip = done.value
        say(self.ui.messageLabel, self.tr("已退库，退库单 {number}：{count} 项，金额 {value}。").format(
            number=slip["number"], count=len(slip["lines"]), value=money_text(slip["total_value"])), ok=True)
        self.ui.quantityEdit.clear()
        self.ui.reasonEdit.clear()
        preview_document(self, "return-slip", slip["number"], user=self.user, local=self.local)  # signed by the technician

    def print_slip(self) -> None:
        if self.last_slip:
            preview_document(self, "outbound-slip", self.last_slip, user=self.user, local=self.local)

    def refuse(self, exc) -> None:
        """A refusal from storage in the message line."""
        say(self.ui.messageLabel, exc.message)
