"""投诉 tab: the complaints (open, overdue, re-visit due, closed, all), newest first, with the one
selected in full beside the list; a new complaint, the answer with the customer's verdict, and the
re-visit that closes it."""
from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from storage.care import complaints
from storage.rules import auth
from storage.rules.vocabulary import ComplaintStatus
from ui.care.complaint_dialog import ComplaintDialog
from ui.care.handling_dialog import HandlingDialog
from ui.care.note_dialog import NoteDialog, NoteForm
from ui.forms.ui_care_complaints import Ui_CareComplaints
from ui.kit.dialogs import run_dialog
from ui.kit.format import when
from ui.kit.keys import shortcut
from ui.kit.labels import data_text
from ui.kit.messages import say
from ui.kit.operations import run_op
from ui.kit.paged_model import Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.style import AMBER, GREEN, RED
from ui.kit.tables import fit_columns, selected_row, set_up_view


def _status_colour(row):
    if row["overdue"]:
        return RED
    return GREEN if row["status"] == ComplaintStatus.CLOSED else AMBER if row["status"] == ComplaintStatus.ANSWERED else None


class ComplaintsTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent=None):
        super().__init__(parent)
        self.user, self.changes = user, changes
        self.ui = Ui_CareComplaints()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        for label, view in ((self.tr("未结投诉"), "open"), (self.tr("超时未答复"), "overdue"), (self.tr("待回访关闭"), "revisit"),
                            (self.tr("已关闭"), "closed"), (self.tr("全部"), "all")):
            self.ui.viewCombo.addItem(label, view)
        self.model = PagedTableModel(columns=[
            Column("number", self.tr("投诉单号")), Column("received_at", self.tr("受理时间"), fmt=when),
            Column(lambda r: data_text(r["source"]), self.tr("来源")), Column(lambda r: data_text(r["category"]), self.tr("类别")),
            Column("customer", self.tr("客户")), Column("plate", self.tr("车牌")),
            Column("description", self.tr("投诉内容")), Column("owner", self.tr("负责人")),
            Column("answer_due", self.tr("答复期限"), fmt=when, colour=lambda r: RED if r["overdue"] else None),
            Column(lambda r: data_text(r["status"]), self.tr("状态"), colour=_status_colour),
            Column(lambda r: data_text(r["verdict"]), self.tr("客户意见")),
        ], fetch=self._fetch, page_size=50, parent=self)
        set_up_view(self.ui.complaintsView, self.model)
        self.ui.splitter.setSizes([860, 300])
        self.ui.complaintsView.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.ui.complaintsView.activated.connect(lambda _i: self.answer())
        self.ui.viewCombo.activated.connect(lambda _i: self.reload())
        self.search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.search_timer.start())
        self.ui.newButton.clicked.connect(lambda: self.new_complaint())
        self.ui.answerButton.clicked.connect(lambda: self.answer())
        self.ui.closeButton.clicked.connect(lambda: self.close_complaint())
        self.ui.handlingButton.clicked.connect(lambda: self.handling())
        self.ui.printButton.clicked.connect(lambda: self.print_form())
        for key, slot in (("Ctrl+N", self.new_complaint), ("F2", self.answer), ("F3", self.close_complaint),
                          ("F4", self.handling), ("Ctrl+P", self.print_form)):
            shortcut(key, self, slot, local=True)
        may = auth.may(user, "care.complaint")
        for button in (self.ui.newButton, self.ui.answerButton, self.ui.closeButton, self.ui.handlingButton):
            button.setEnabled(may)
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if "care" in topics else None)
        self.reload()

    def _fetch(self, cursor, limit):
        return complaints.complaints(self.user, view=self.ui.viewCombo.currentData(), text=self.ui.searchEdit.text(),
                                     after=cursor, limit=limit)

    def reload(self) -> None:
        current = selected_row(self.ui.complaintsView)
        self.model.reload(self._fetch)
        fit_columns(self.ui.complaintsView, widest=170)
        row_number = 0
        if current is not None:
            row_number = next((i for i in range(self.model.rowCount()) if self.model.row(i)["id"] == current["id"]), 0)
        if self.model.rowCount():
            self.ui.complaintsView.selectRow(row_number)
        counts = complaints.counts()
        self.ui.summaryLabel.setText(self.tr("未结 <b>{open}</b>　超时未答复 <b style='color:#c62828'>{overdue}</b>　"
                                             "待回访 <b>{revisit}</b>").format(**counts))
        self.show_detail()

    def show_detail(self) -> None:
        T = {  # labels outside the f-strings, where lupdate sees them
            "没有投诉。": self.tr("没有投诉。"),
            "工单": self.tr("工单"),
            "投诉内容": self.tr("投诉内容"),
            "负责人": self.tr("负责人"),
            "答复期限": self.tr("答复期限"),
            "答复": self.tr("答复"),
            "客户意见": self.tr("客户意见"),
            "回访日期": self.tr("回访日期"),
            "回访": self.tr("回访"),
            "原因分析": self.tr("原因分析"),
            "处理措施": self.tr("处理措施"),
        }
        row = selected_row(self.ui.complaintsView)
        if row is None:
            self.ui.detailBrowser.setHtml(f"<p style='color:#666'>{escape(T['没有投诉。'])}</p>")
            return
        e = escape
        parts = [f"<h3>{e(row['number'])}　<span style='color:#666'>{e(data_text(row['status']))}</span></h3>",
                 f"<p>{e(row['customer'])}　{e(row['phone'])}　{e(row['plate'] or '')}"
                 + (f"<br>{e(T['工单'])} {e(row['order_number'])}" if row["order_number"] else "") + "</p>",
                 f"<p><b>{e(T['投诉内容'])}</b>（{e(data_text(row['source']))} {e(when(row['received_at']))}）<br>"
                 f"{e(row['description'])}</p>",
                 f"<p><b>{e(T['负责人'])}</b>：{e(row['owner'] or '')}　<b>{e(T['答复期限'])}</b>："
                 f"<span style='color:{'#c62828' if row['overdue'] else '#000'}'>{e(when(row['answer_due']))}</span></p>"]
        if row["answer"]:
            parts.append(f"<p><b>{e(T['答复'])}</b>（{e(row['answered_by'])} {e(when(row['answered_at']))}，"
                         f"{e(T['客户意见'])}：{e(data_text(row['verdict']))}）<br>{e(row['answer'])}</p>")
        if row["cause"] or row["measures"]:
            parts.append(f"<p><b>{e(T['原因分析'])}</b>：{e(row['cause'])}<br><b>{e(T['处理措施'])}</b>：{e(row['measures'])}</p>")
        if row["revisit_due"] and not row["revisit_at"]:
            parts.append(f"<p><b>{e(T['回访日期'])}</b>：{e(when(row['revisit_due']))}</p>")
        if row["revisit_at"]:
            parts.append(f"<p><b>{e(T['回访'])}</b>（{e(when(row['revisit_at']))}，{e(T['客户意见'])}："
                         f"{e(data_text(row['revisit_verdict']))}）<br>{e(row['revisit_note'])}</p>")
        self.ui.detailBrowser.setHtml("".join(parts))
        closed = row["status"] == ComplaintStatus.CLOSED
        may = auth.may(self.user, "care.complaint")
        self.ui.answerButton.setEnabled(may and not closed)
        self.ui.closeButton.setEnabled(may and not closed)  # storage says why a complaint cannot close yet
        self.ui.handlingButton.setEnabled(may and not closed)

    def _run(self, action, line=None):
        """An operation of this tab (ui.kit.operations): what it changed reloads the pages once."""
        return run_op(action, changes=self.changes, line=line, refresh=lambda _topics: self.reload())

    def new_complaint(self):
        if not auth.may(self.user, "care.complaint"):
            return None
        dialog = ComplaintDialog(user=self.user, parent=self)
        if self._run(lambda: run_dialog(dialog)).value:
            say(self.ui.messageLabel, self.tr("已登记投诉 {number}，答复期限 {due}。").format(
                number=dialog.complaint.number, due=when(dialog.complaint.answer_due)), ok=True)
            return dialog.complaint
        return None

    def _verdicts(self):
        return tuple((data_text(v), v) for v in complaints.VERDICTS)

    def _reply(self, title: str, text_label: str, choice_label: str, save, row):
        info = f"<b>{escape(row['number'])}</b>　{escape(row['customer'])}　{escape(row['plate'] or '')}<br>{escape(row['description'])}"
        dialog = NoteDialog(form=NoteForm(title=title, info=info, text_label=text_label, choice_label=choice_label,
                                          choices=self._verdicts(), save=save), parent=self)
        if self._run(lambda: run_dialog(dialog)).value:
            return dialog.saved
        return None

    def answer(self):
        row = selected_row(self.ui.complaintsView)
        if row is None or not self.ui.answerButton.isEnabled():
            return None
        user = self.user
        return self._reply(self.tr("答复客户"), self.tr("答复内容："), self.tr("客户意见："),
                           lambda text, verdict, _a: complaints.answer(user, row["id"], row["version"], text=text,
                                                                       verdict=verdict), row)

    def close_complaint(self):
        row = selected_row(self.ui.complaintsView)
        if row is None or not auth.may(self.user, "care.complaint") or row["status"] == ComplaintStatus.CLOSED:
            return None
        user = self.user
        return self._reply(self.tr("投诉回访并关闭"), self.tr("回访情况："), self.tr("客户意见："),
                           lambda text, verdict, _a: complaints.close(user, row["id"], row["version"], note=text,
                                                                      verdict=verdict), row)

    def handling(self):
        """原因与措施: why it happened and what the owner does (the 快速处理表's middle)."""
        row = selected_row(self.ui.complaintsView)
        if row is None or not auth.may(self.user, "care.complaint") or row["status"] == ComplaintStatus.CLOSED:
            return None
        dialog = HandlingDialog(user=self.user, row=row, parent=self)
        if self._run(lambda: run_dialog(dialog)).value:
            return dialog.saved
        return None

    def print_form(self):
        """快速处理表 of the selected complaint, for the owner to sign with the deadline."""
        row = selected_row(self.ui.complaintsView)
        if row is None:
            return None
        return preview_document(self, "complaint-handling", row["number"], user=self.user,
                                on_error=lambda exc: say(self.ui.messageLabel, exc.message))
