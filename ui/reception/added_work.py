"""追加项目: items the workshop raised, waiting for the customer's answer. The advisor calls, then
records who answered, how and the answer: a yes puts the lines on the order (new estimate and
promised time), a no sends the item to 建议项目表 for the next visit.

The answer goes to the item the advisor sees: its car and customer head the answer fields, and the
answer (button or Ctrl+Shift+Y / Ctrl+Shift+N) is put to the advisor once more naming them. A new item
from the workshop takes the selection (and `arrived` tells the page to alert), unless the advisor
has started typing an answer: the item being answered keeps it. Storage refuses an answer to an
item changed since the list was read (its version)."""
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.reception import documents, progress
from storage.reception.progress import ANSWER_VIA
from ui.forms.ui_reception_added import Ui_ReceptionAddedWork
from ui.kit.format import money_text, when
from ui.kit.keys import shortcut
from ui.kit.operations import Operations
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.tables import set_up_fitted_view


class AddedWorkTab(QWidget):
    count_changed = Signal(int)
    arrived = Signal(list)  # items raised since the list was last read (not on the first reading)

    def __init__(self, *, user, local=None, ops=None, parent=None):
        super().__init__(parent)
        self.user, self.local = user, local
        self.ops = ops or Operations(refresh=lambda topics: self.reload())  # standing alone: reload itself
        self.rows: list[dict] = []
        self.known: set[int] | None = None  # ids seen so far; None before the first reading
        self.pinned: int | None = None  # the item whose answer the advisor has started typing
        self._reloading = False
        self.ui = Ui_ReceptionAddedWork()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.viaCombo.addItems(list(ANSWER_VIA))
        self.model = PagedTableModel(columns=[
            Column("raised_at", self.tr("提出时间"), fmt=when), Column("order", self.tr("工单号")),
            Column("plate", self.tr("车牌")), Column("customer", self.tr("客户")), Column("phone", self.tr("电话")),
            Column("description", self.tr("追加项目")), Column("amount", self.tr("金额"), align=RIGHT, fmt=money_text),
            Column(lambda r: self.tr("{m} 分钟").format(m=r["delay_minutes"]) if r["delay_minutes"] else "", self.tr("延时")),
            Column("raised_by", self.tr("提出人")),
        ], fetch=lambda cursor, limit: (self.rows, None), parent=self)
        set_up_fitted_view(self.ui.workView, self.model)
        self.ui.workView.selectionModel().currentRowChanged.connect(self.show_lines)
        self.ui.acceptButton.clicked.connect(lambda: self.answer(True))
        self.ui.declineButton.clicked.connect(lambda: self.answer(False))
        self.ui.printButton.clicked.connect(self.print_form)
        for key, button in (("Ctrl+Shift+Y", self.ui.acceptButton), ("Ctrl+Shift+N", self.ui.declineButton),
                            ("Ctrl+P", self.ui.printButton)):
            shortcut(key, self, button.click, local=True)
        self.ui.answeredByEdit.returnPressed.connect(self.ui.viaCombo.setFocus)
        for edit in (self.ui.answeredByEdit, self.ui.toldEdit):
            edit.textEdited.connect(self._pin)
        self.ui.toldEdit.returnPressed.connect(self.ui.acceptButton.setFocus)

    def reload(self) -> None:
        """Pending items are few (answered within the hour): the list is one short query."""
        selected = self.current()
        self.rows = progress.pending_added_work()
        ids = [r["id"] for r in self.rows]
        new = [r for r in self.rows if self.known is not None and r["id"] not in self.known]
        self.known = set(ids)
        if self.pinned not in ids:
            self.pinned = None
        if self.pinned is not None:
            keep = self.pinned  # an answer is being typed for it: it keeps the selection
        elif new:
            keep = new[0]["id"]  # the item just raised (the first of them) is the one to call about
        else:
            keep = selected["id"] if selected else None
        self._reloading = True
        try:
            self.model.reload()
            row = ids.index(keep) if keep in ids else 0
            if self.rows:
                self.ui.workView.selectRow(row)
        finally:
            self._reloading = False
        self.show_lines()
        self.count_changed.emit(len(self.rows))
        if new:
            self.arrived.emit(new)

    def _pin(self, *_args) -> None:
        item = self.current()
        typed = self.ui.answeredByEdit.text().strip() or self.ui.toldEdit.text().strip()
        self.pinned = item["id"] if item is not None and typed else None

    def current(self):
        index = self.ui.workView.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def show_lines(self, *_args) -> None:
        item = self.current()
        enabled = item is not None
        self.ui.acceptButton.setEnabled(enabled)
        self.ui.declineButton.setEnabled(enabled)
        self.ui.printButton.setEnabled(enabled)
        if item is None:
            self.ui.linesLabel.setText(self.tr("没有待答复的追加项目。"))
            self.ui.answerHeading.setText("")
            return
        if not self._reloading and self.pinned is not None and self.pinned != item["id"]:
            self._pin()  # the advisor moved on to another item: the answer typed goes with it
        self.ui.answerHeading.setText(self.tr("答复：{plate}　{customer}　{phone}　“{description}”").format(
            plate=item["plate"], customer=item["customer"], phone=item["phone"], description=item["description"]))
        detail = documents.order_detail(item["order_id"])
        lines = next((w["lines"] for w in detail["added_work"] if w["id"] == item["id"]), [])
        listed = "".join(f"<li>{escape(x['description'])}　{x['quantity'].normalize():f}{escape(x['unit'])}　"
                         f"{escape(money_text(x['amount']))}</li>" for x in lines)
        self.ui.linesLabel.setText(
            self.tr("<b>{order}</b> 现估价 {now}（签字时 {signed}），预计交车 {promised}").format(
                order=escape(item["order"]), now=money_text(detail["order"].estimate_total),
                signed=money_text(detail["signed_estimate"]), promised=when(item["promised_at"])) + f"<ul>{listed}</ul>")

    def print_form(self) -> None:
        """维修追加项目单 of the selected item's order, for the customer to sign 同意 or 不同意."""
        item = self.current()
        if item is not None:
            preview_document(self, "added-work", item["order"], user=self.user, local=self.local)

    def answer(self, accepted: bool) -> None:
        item = self.current()
        if item is None:
            return
        question = self.tr("记录客户答复：{answer}\n\n车辆 {plate}　客户 {customer}\n工单 {order}\n追加项目“{description}”　{amount}").format(
            answer=self.tr("同意") if accepted else self.tr("拒绝"), plate=item["plate"], customer=item["customer"],
            order=item["order"], description=item["description"], amount=money_text(item["amount"]))
        if QMessageBox.question(self, self.tr("记录客户答复"), question) != QMessageBox.StandardButton.Yes:
            return
        if not self.ops.run(lambda: progress.answer_added_work(
                self.user, item["id"], item["version"], accepted=accepted, answered_by=self.ui.answeredByEdit.text(),
                via=self.ui.viaCombo.currentText(), told_workshop_to=self.ui.toldEdit.text()), line=self.ui.errorLabel):
            return
        self.ui.errorLabel.hide()
        self.ui.answeredByEdit.clear()
        self.ui.toldEdit.clear()
        self.pinned = None  # the answer's changes reload the list (the station's on_changed)
