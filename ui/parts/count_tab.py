"""盘点: freeze a count list (by bins, or parts not counted for N days), enter what is on the shelf
line by line (scan the number, Enter, type the quantity, Enter: the line is ticked), see the
variances with their value, submit, and post after the manager's approval; print the count sheet
and the variance report."""
import re

from PySide6.QtWidgets import QWidget

from storage.parts import catalogue, count
from storage.rules.auth import may
from storage.rules.errors import DomainError
from storage.rules.vocabulary import StockCountStatus
from ui.forms.ui_parts_count import Ui_PartsCount
from ui.kit.format import money_text, number_text, when
from ui.kit.keys import shortcut
from ui.kit.messages import say
from ui.kit.operations import Operations
from ui.kit.paged_model import CENTER, RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.style import RED
from ui.kit.tables import no_rows, select_where, set_up_view
from ui.parts.approval_dialog import ask_approval


def difference_colour(row):
    diff = row["difference"]
    return RED if diff is not None and diff != 0 else None


class CountTab(QWidget):
    def __init__(self, *, user, ops=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsCount()
        self.ui.setupUi(self)
        self.user = user
        self.ops = ops or Operations()  # runs the tab's writes (ui.kit.operations)
        self.local = local
        self.count = None
        self.lines = PagedTableModel(columns=[
            Column(lambda r: "✔" if r["counted_at"] else "", self.tr("已盘"), align=CENTER, width=40),
            Column("bin", self.tr("货位"), width=70),
            Column("number", self.tr("零件号"), width=110),
            Column("name", self.tr("名称"), width=150),
            Column("spec", self.tr("规格"), width=90),
            Column("unit", self.tr("单位"), width=40),
            Column("expected", self.tr("账面"), align=RIGHT, fmt=number_text, width=60),
            Column("counted", self.tr("实盘"), align=RIGHT, fmt=number_text, width=60),
            Column("difference", self.tr("差异"), align=RIGHT, fmt=number_text, width=60, colour=difference_colour),
            Column("value", self.tr("差异金额"), align=RIGHT, fmt=money_text, width=90, colour=difference_colour),
            Column("counted_by", self.tr("盘点人"), width=70),
            Column("counted_at", self.tr("录入时间"), fmt=when),
        ], fetch=no_rows, page_size=200)
        set_up_view(self.ui.linesView, self.lines)
        self.ui.messageLabel.clear()
        self.ui.countCombo.currentIndexChanged.connect(lambda _: self.show_count(self.ui.countCombo.currentData()))
        self.ui.startButton.clicked.connect(self.start)
        self.ui.numberEdit.returnPressed.connect(self.number_entered)
        self.ui.countedEdit.returnPressed.connect(self.enter)
        self.ui.enterButton.clicked.connect(self.enter)
        self.ui.uncountedCheck.toggled.connect(lambda _: self.show_count(self.count.id if self.count else None))
        self.ui.linesView.activated.connect(self.line_chosen)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.postButton.clicked.connect(self.post)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.printSheetButton.clicked.connect(lambda: self.print_document("count-sheet"))
        self.ui.printVarianceButton.clicked.connect(lambda: self.print_document("count-variance"))
        shortcut("Ctrl+P", self, lambda: self.print_document("count-sheet"))
        self.load_counts()

    # -- which count -----------------------------------------------------------------------------
    def load_counts(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.count.id if self.count else None)
        combo = self.ui.countCombo
        combo.blockSignals(True)
        combo.clear()
        counts, _ = count.list_counts(limit=30)  # the newest; older counts are history, printed
        for c in counts:
            combo.addItem(f"{c.number}　{c.status}　{c.scope}", c.id)
        index = combo.findData(keep) if keep is not None else -1
        if index < 0 and counts:
            open_ones = [i for i,
                         c in enumerate(counts) if c.status in (StockCountStatus.COUNTING, StockCountStatus.AWAITING_APPROVAL)]
            index = open_ones[0] if open_ones else 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self.show_count(combo.currentData())

    def show_count(self, count_id: int | None) -> None:
        if count_id is None:
            self.count = None
            self.lines.reload(no_rows)
            self.ui.progressLabel.clear()
            self.ui.varianceLabel.setText(self.tr("还没有盘点单：选择货位或未盘天数，点“开始盘点”。"))
            self._enable()
            return
        uncounted = self.ui.uncountedCheck.isChecked()
        self.lines.reload(lambda cursor, limit: count.count_lines(count_id, uncounted_only=uncounted, after=cursor,
                                                                  limit=limit))
        self._show_figures(count_id)

    def _show_figures(self, count_id: int) -> None:
        found = count.variances(count_id)
        self.count = found["count"]
        progress = found["progress"]
        self.ui.progressLabel.setText(self.tr("已盘 {counted} / {lines}，剩 {left}").format(**progress))
        self.ui.varianceLabel.setText(self.tr(
            "{number}（{status}，{scope}）　差异 {n} 项：盘盈 {gain}，盘亏 {loss}，净额 {net}").format(
            number=self.count.number, status=self.count.status, scope=self.count.scope, n=len(found["lines"]),
            gain=money_text(found["gain_value"]), loss=money_text(found["loss_value"]), net=money_text(found["net_value"])))
        self._enable()

    def _enable(self) -> None:
        status = self.count.status if self.count else None
        allowed = may(self.user, "parts.stock")
        for widget in (self.ui.numberEdit, self.ui.countedEdit, self.ui.enterButton, self.ui.submitButton,
                       self.ui.dropCheck):
            widget.setEnabled(allowed and status == StockCountStatus.COUNTING)
        self.ui.postButton.setEnabled(allowed and status == StockCountStatus.AWAITING_APPROVAL)
        self.ui.cancelButton.setEnabled(allowed and status in (StockCountStatus.COUNTING,
                                                               StockCountStatus.AWAITING_APPROVAL))
        self.ui.printSheetButton.setEnabled(self.count is not None)
        self.ui.printVarianceButton.setEnabled(self.count is not None)
        self.ui.startButton.setEnabled(allowed)

    def refresh(self) -> None:
        self.load_counts()

    # -- actions ---------------------------------------------------------------------------------
    def start(self) -> None:
        bins = [code for code in re.split(r"[\s,，;；、]+", self.ui.binsEdit.text()) if code]
        days = self.ui.daysSpin.value() or None
        done = self.ops.run(lambda: count.start_count(self.user, bins=bins or None, not_counted_days=days), line=self.refuse)
        if not done:
            return
        started = done.value
        say(self.ui.messageLabel, self.tr("盘点单 {number} 已冻结：请按货位逐项录入实盘数量。").format(
            number=started.number), ok=True)
        self.load_counts(started.id)
        self.ui.numberEdit.setFocus()

    def number_entered(self) -> None:
        typed = self.ui.numberEdit.text()
        if not typed.strip():
            return
        number = catalogue.normalize_part_number(typed)
        self.ui.numberEdit.setText(number)
        select_where(self.ui.linesView, lambda row: row["number"] == number)
        self.ui.countedEdit.setFocus()
        self.ui.countedEdit.selectAll()

    def line_chosen(self, index) -> None:
        row = self.lines.row(index.row())
        self.ui.numberEdit.setText(row["number"])
        self.ui.countedEdit.setText(number_text(row["counted"]))
        self.ui.countedEdit.setFocus()
        self.ui.countedEdit.selectAll()

    def enter(self) -> None:
        if self.count is None or not self.ui.enterButton.isEnabled():
            return
        number = self.ui.numberEdit.text()
        try:
            row = count.enter_count_by_number(self.user, self.count.id, number, self.ui.countedEdit.text())
        except DomainError as exc:
            say(self.ui.messageLabel, exc.message)
            return
        diff = row["difference"]
        say(self.ui.messageLabel, self.tr("{number} {name}：实盘 {counted}，账面 {expected}，差异 {diff}").format(
            number=row["number"], name=row["name"], counted=number_text(row["counted"]), expected=number_text(row["expected"]),
            diff=number_text(diff)), ok=diff == 0)
        self.show_count(self.count.id)
        select_where(self.ui.linesView, lambda r: r["number"] == row["number"])
        self.ui.numberEdit.clear()
        self.ui.countedEdit.clear()
        self.ui.numberEdit.setFocus()

    def submit(self) -> None:
        if self.count is None:
            return
        done = self.ops.run(lambda: count.submit_count(self.user, self.count.id, self.count.version, drop_uncounted=self.ui.dropCheck.isChecked()),
                            line=self.refuse)
        if not done:
            return
        say(self.ui.messageLabel, self.tr("已提交，等待经理审批过账。"), ok=True)
        self.load_counts(self.count.id)

    def post(self) -> None:
        if self.count is None:
            return
        approver = None
        if not may(self.user, "parts.count.approve"):
            approver = ask_approval(self, self.tr("盘点单 {number} 差异过账").format(number=self.count.number),
                                    "stock_count", self.user)
            if approver is None:
                say(self.ui.messageLabel, self.tr("未经经理批准，未过账。"))
                return
        done = self.ops.run(lambda: count.post_count(self.user, self.count.id, self.count.version, approver=approver),
                            line=self.refuse)
        if not done:
            return
        result = done.value
        say(self.ui.messageLabel, self.tr("已过账：调整 {n} 种，盘盈 {gain}，盘亏 {loss}。").format(
            n=result["adjusted"], gain=money_text(result["gain_value"]), loss=money_text(result["loss_value"])), ok=True)
        self.load_counts(self.count.id)

    def cancel(self) -> None:
        if self.count is None:
            return
        done = self.ops.run(lambda: count.cancel_count(self.user, self.count.id, self.count.version), line=self.refuse)
        if not done:
            return
        say(self.ui.messageLabel, self.tr("盘点单已作废。"), ok=True)
        self.load_counts(self.count.id)

    def print_document(self, kind: str) -> None:
        if self.count is not None:
            preview_document(self, kind, self.count.number, user=self.user, local=self.local)

    def refuse(self, exc) -> None:
        """A refusal from storage in the message line."""
        say(self.ui.messageLabel, exc.message)
