"""信函 tab: the follow-up letters sent in a period (seed 001: 通知、邀请函、答复函 都要登记入表), newest
first; a new letter, what came of one, and the 跟踪服务信函登记表 of the period on paper (phones
masked unless the role may take them out)."""
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QWidget

from storage.care import letters
from storage.rules import auth
from ui.care.letter_dialog import LetterDialog
from ui.care.note_dialog import NoteDialog, NoteForm
from ui.forms.ui_care_letters import Ui_CareLetters
from ui.kit.dialogs import run_dialog
from ui.kit.format import when
from ui.kit.keys import shortcut
from ui.kit.labels import data_text
from ui.kit.messages import say
from ui.kit.operations import run_op
from ui.kit.paged_model import Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.tables import fit_columns, selected_row, set_up_view

# The letters' kinds and ways (storage keeps them in Chinese), for data_text in English.
_LETTER_DATA = (
    QT_TRANSLATE_NOOP("CareData", "通知"), QT_TRANSLATE_NOOP("CareData", "邀请函"), QT_TRANSLATE_NOOP("CareData", "答复函"),
    QT_TRANSLATE_NOOP("CareData", "邮寄"), QT_TRANSLATE_NOOP("CareData", "电子邮件"), QT_TRANSLATE_NOOP("CareData", "短信"),
    QT_TRANSLATE_NOOP("CareData", "微信"),
)


class LettersTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent=None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_CareLetters()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        today = QDate.currentDate()
        self.ui.fromEdit.setDate(today.addDays(1 - today.day()))  # this month so far
        self.ui.toEdit.setDate(today)
        self.model = PagedTableModel(columns=[
            Column("sent_on", self.tr("寄出日期"), fmt=when), Column("number", self.tr("编号")),
            Column(lambda r: data_text(r["kind"]), self.tr("类别")), Column("customer", self.tr("客户")),
            Column("phone", self.tr("电话")), Column("plate", self.tr("车牌")), Column("subject", self.tr("信函内容")),
            Column(lambda r: data_text(r["method"]), self.tr("寄送方式")), Column("address", self.tr("地址")),
            Column("complaint_number", self.tr("答复投诉")), Column("result", self.tr("结果")),
            Column("sent_by", self.tr("经办人")),
        ], fetch=self._fetch, page_size=50, parent=self)
        set_up_view(self.ui.lettersView, self.model)
        self.ui.lettersView.activated.connect(lambda _i: self.record_result())
        self.ui.fromEdit.dateChanged.connect(lambda _d: self.reload())
        self.ui.toEdit.dateChanged.connect(lambda _d: self.reload())
        self.ui.newButton.clicked.connect(lambda: self.new_letter())
        self.ui.resultButton.clicked.connect(lambda: self.record_result())
        self.ui.printButton.clicked.connect(lambda: self.print_log())
        for key, slot in (("Ctrl+N", self.new_letter), ("F2", self.record_result), ("Ctrl+P", self.print_log)):
            shortcut(key, self, slot, local=True)
        may = auth.may(user, "care.follow_up")
        self.ui.newButton.setEnabled(may)
        self.ui.resultButton.setEnabled(may)
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if "care" in topics else None)
        self.reload()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def _fetch(self, cursor, limit):
        first, last = self.period()
        if last < first:
            return [], None
        return letters.letters(self.user, date_from=first, date_to=last, after=cursor, limit=limit)

    def reload(self) -> None:
        first, last = self.period()
        if last < first:
            say(self.ui.messageLabel, self.tr("结束日期不能早于开始日期。"))
        self.model.reload(self._fetch)
        fit_columns(self.ui.lettersView)
        if self.model.rowCount():
            self.ui.lettersView.selectRow(0)
        self.ui.summaryLabel.setText(self.tr("本期间的信函（最新在前），双击登记结果"))

    def _run(self, action, line=None):
        """An operation of this tab (ui.kit.operations): what it changed reloads the pages once."""
        return run_op(action, changes=self.changes, line=line, refresh=lambda _topics: self.reload())

    def new_letter(self):
        if not auth.may(self.user, "care.follow_up"):
            return None
        dialog = LetterDialog(user=self.user, parent=self)
        if self._run(lambda: run_dialog(dialog)).value:
            letter = dialog.letter
            say(self.ui.messageLabel, self.tr("已登记信函 {number}。").format(number=letter.number), ok=True)
            if not (self.period()[0] <= letter.sent_on <= self.period()[1]):
                self.ui.toEdit.setDate(QDate(letter.sent_on))
            return letter
        return None

    def record_result(self):
        row = selected_row(self.ui.lettersView)
        if row is None or not auth.may(self.user, "care.follow_up"):
            return None
        user = self.user
        info = f"<b>{row['number']}</b>　{row['customer']}　{data_text(row['kind'])}<br>{row['subject']}"
        dialog = NoteDialog(form=NoteForm(
            title=self.tr("登记信函结果"), info=info, text_label=self.tr("结果（客户反馈）："), text=row["result"] or "",
            save=lambda text, _choice, _amount: letters.record_result(user, row["id"], row["version"], text)), parent=self)
        if self._run(lambda: run_dialog(dialog)).value:
            return dialog.saved
        return None

    def print_log(self):
        first, last = self.period()
        return preview_document(self, "letter-log", f"{first:%Y-%m-%d}~{last:%Y-%m-%d}", user=self.user, local=self.local,
                                on_error=lambda exc: say(self.ui.messageLabel, exc.message))
