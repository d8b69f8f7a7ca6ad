"""追加项目: items the workshop raised, waiting for the customer's answer. The advisor calls, then
records who answered, how and the answer: a yes puts the lines on the order (new estimate and
promised time), a no sends the item to 建议项目表 for the next visit."""
from html import escape

from PySide6.QtCore import Signal

from PySide6.QtWidgets import QHeaderView, QWidget

from storage.errors import DomainError
from storage.reception import documents, progress
from storage.reception.progress import ANSWER_VIA

from ..forms.ui_reception_added import Ui_ReceptionAddedWork
from ..paged_model import RIGHT, Column, PagedTableModel
from .common import money_text, shortcut, when


class AddedWorkTab(QWidget):
    count_changed = Signal(int)

    def __init__(self, *, user, local=None, announce=None, parent=None):
        super().__init__(parent)
        self.user, self.local = user, local
        self.announce = announce or (lambda *topics: None)
        self.rows: list[dict] = []
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
        self.ui.workView.setModel(self.model)
        self.ui.workView.verticalHeader().hide()
        self.ui.workView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.workView.horizontalHeader().setStretchLastSection(True)
        self.ui.workView.selectionModel().currentRowChanged.connect(self.show_lines)
        self.ui.acceptButton.clicked.connect(lambda: self.answer(True))
        self.ui.declineButton.clicked.connect(lambda: self.answer(False))
        for key, button in (("Ctrl+Shift+Y", self.ui.acceptButton), ("Ctrl+Shift+N", self.ui.declineButton)):
            shortcut(key, self, button.click, local=True)
        self.ui.answeredByEdit.returnPressed.connect(self.ui.viaCombo.setFocus)
        self.ui.toldEdit.returnPressed.connect(self.ui.acceptButton.setFocus)

    def reload(self) -> None:
        """Pending items are few (answered within the hour): the list is one short query."""
        selected = self.current()
        self.rows = progress.pending_added_work()
        self.model.reload()
        row = next((i for i, r in enumerate(self.rows) if selected and r["id"] == selected["id"]), 0)
        if self.rows:
            self.ui.workView.selectRow(row)
        self.show_lines()
        self.count_changed.emit(len(self.rows))

    def current(self):
        index = self.ui.workView.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def show_lines(self, *_args) -> None:
        item = self.current()
        enabled = item is not None
        self.ui.acceptButton.setEnabled(enabled)
        self.ui.declineButton.setEnabled(enabled)
        if item is None:
            self.ui.linesLabel.setText(self.tr("没有待答复的追加项目。"))
            return
        detail = documents.order_detail(item["order_id"])
        lines = next((w["lines"] for w in detail["added_work"] if w["id"] == item["id"]), [])
        listed = "".join(f"<li>{escape(x['description'])}　{x['quantity'].normalize():f}{escape(x['unit'])}　"
                         f"{escape(money_text(x['amount']))}</li>" for x in lines)
        self.ui.linesLabel.setText(
            self.tr("<b>{order}</b> 现估价 {now}（签字时 {signed}），预计交车 {promised}").format(
                order=escape(item["order"]), now=money_text(detail["order"].estimate_total),
                signed=money_text(detail["signed_estimate"]), promised=when(item["promised_at"])) + f"<ul>{listed}</ul>")

    def answer(self, accepted: bool) -> None:
        item = self.current()
        if item is None:
            return
        try:
            progress.answer_added_work(self.user, item["id"], item["version"], accepted=accepted,
                                       answered_by=self.ui.answeredByEdit.text(), via=self.ui.viaCombo.currentText(),
                                       told_workshop_to=self.ui.toldEdit.text())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        self.ui.errorLabel.hide()
        self.ui.answeredByEdit.clear()
        self.ui.toldEdit.clear()
        self.announce("orders", "workshop")
        self.reload()
