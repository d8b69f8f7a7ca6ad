"""回访 tab: today's calls (due today or overdue, the longest overdue first, high-value repairs
marked), the call dialog with the script, and the call log (跟踪服务电话登记表) of a period on
screen, on paper and in Excel (phones masked unless the role may take them out)."""
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from storage.care import exports, follow_ups
from storage.rules import auth
from storage.rules.vocabulary import FollowUpStatus
from ui.care.call_dialog import CallDialog
from ui.forms.ui_care_follow_ups import Ui_CareFollowUps
from ui.kit.dialogs import run_dialog
from ui.kit.format import money_text, when
from ui.kit.keys import shortcut
from ui.kit.labels import data_text
from ui.kit.messages import say
from ui.kit.operations import run_op
from ui.kit.paged_model import CENTER, RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.style import AMBER, GREEN, RED
from ui.kit.tables import fit_columns, selected_row, set_up_view
from ui.kit.tasks import run_task

DUE, LOG = "due", "log"


def _overdue_colour(row):
    return RED if row["overdue_days"] >= 2 else AMBER if row["overdue_days"] == 1 else None


def _result_colour(row):
    if row["status"] == FollowUpStatus.DONE:
        return RED if (row["satisfaction"] or 5) <= follow_ups.POOR else GREEN
    return AMBER


class FollowUpTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent=None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_CareFollowUps()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.viewCombo.addItem(self.tr("待回访（今日及逾期）"), DUE)
        self.ui.viewCombo.addItem(self.tr("回访记录（登记表期间）"), LOG)
        today = QDate.currentDate()
        self.ui.fromEdit.setDate(today)  # the log is kept day by day; widen the period for a week or a month
        self.ui.toEdit.setDate(today)
        self.due_columns = [
            Column("due_on", self.tr("应回访日"), fmt=when), Column("overdue_days", self.tr("逾期(天)"), align=RIGHT,
                                                                 colour=_overdue_colour),
            Column(lambda r: data_text(r["round_name"]), self.tr("次别")), Column(lambda r: data_text(r["status"]), self.tr("状态")),
            Column("attempts", self.tr("已拨"), align=RIGHT), Column(lambda r: "★" if r["high_value"] else "", self.tr("高额"),
                                                                    align=CENTER, colour=lambda r: RED),
            Column("customer", self.tr("客户")), Column("phone", self.tr("电话")), Column("plate", self.tr("车牌")),
            Column("model", self.tr("车型")), Column("order_number", self.tr("工单号")),
            Column("delivered_at", self.tr("交车"), fmt=when), Column("amount", self.tr("结算金额"), align=RIGHT, fmt=money_text),
            Column("advisor", self.tr("服务顾问")),
        ]
        self.log_columns = [
            Column("called_at", self.tr("回访时间"), fmt=when), Column(lambda r: data_text(r["round_name"]), self.tr("次别")),
            Column(lambda r: data_text(r["status"]), self.tr("结果"), colour=_result_colour),
            Column("satisfaction", self.tr("总体满意度"), align=RIGHT, colour=_result_colour),
            Column("customer", self.tr("客户")), Column("phone", self.tr("电话")), Column("plate", self.tr("车牌")),
            Column("order_number", self.tr("工单号")), Column("remark", self.tr("客户意见")), Column("called_by", self.tr("回访人")),
        ]
        self.model = PagedTableModel(columns=self.due_columns, fetch=self._fetch_due, page_size=50, parent=self)
        set_up_view(self.ui.callsView, self.model)
        self.ui.callsView.activated.connect(lambda _i: self.call())
        self.ui.callButton.clicked.connect(self.call)
        self.ui.noAnswerButton.clicked.connect(self.no_answer)
        self.ui.printButton.clicked.connect(lambda: self.print_log())
        self.ui.exportButton.clicked.connect(lambda: self.export())
        self.ui.viewCombo.activated.connect(lambda _i: self.reload())
        self.ui.highValueCheck.toggled.connect(lambda _on: self.reload())
        self.ui.fromEdit.dateChanged.connect(lambda _d: self._period_changed())
        self.ui.toEdit.dateChanged.connect(lambda _d: self._period_changed())
        for key, slot in (("F3", self.no_answer), ("Ctrl+P", self.print_log), ("Ctrl+E", self.export),
                          ("Ctrl+F", lambda: (self.ui.searchEdit.setFocus(), self.ui.searchEdit.selectAll()))):
            shortcut(key, self, slot, local=True)
        # 查找: the list narrows to the cars typed, as the reception look-up finds them (issue 19 defect 11).
        self.search_timer = QTimer(self, singleShot=True, interval=300)
        self.search_timer.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self._search_now)
        may_call = auth.may(user, "care.follow_up")
        self.ui.callButton.setEnabled(may_call)
        self.ui.noAnswerButton.setEnabled(may_call)
        if changes is not None:
            changes.changed.connect(lambda topics: self.reload() if topics & {"care", "orders"} else None)
        self.preview = None
        self.reload()

    # -- the lists ----------------------------------------------------------------------------------
    def view(self) -> str:
        return self.ui.viewCombo.currentData()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.reload()
        self.ui.callsView.setFocus()  # Enter again calls the first car found

    def _fetch_due(self, cursor, limit):
        return follow_ups.due_calls(self.user, high_value_only=self.ui.highValueCheck.isChecked(),
                                    text=self.ui.searchEdit.text(), after=cursor, limit=limit)

    def _fetch_log(self, cursor, limit):
        first, last = self.period()
        if last < first:
            return [], None
        return follow_ups.call_log(self.user, date_from=first, date_to=last, text=self.ui.searchEdit.text(), after=cursor,
                                   limit=limit)

    def _period_changed(self) -> None:
        if self.view() == LOG:
            self.reload()

    def reload(self) -> None:
        due = self.view() == DUE
        self.ui.highValueCheck.setEnabled(due)
        self.model.beginResetModel()
        self.model.columns = self.due_columns if due else self.log_columns
        self.model.endResetModel()
        self.model.reload(self._fetch_due if due else self._fetch_log)
        fit_columns(self.ui.callsView, samples={"amount": "¥9,999,999.99"})
        if self.model.rowCount():
            self.ui.callsView.selectRow(0)
        counts = follow_ups.count_due()
        self.ui.summaryLabel.setText(self.tr("今日待回访 <b>{due}</b> 个，其中逾期 <b style='color:#c62828'>{overdue}</b> 个").format(
            due=counts["due"], overdue=counts["overdue"]))
        self.ui.callButton.setEnabled(due and auth.may(self.user, "care.follow_up"))
        self.ui.noAnswerButton.setEnabled(due and auth.may(self.user, "care.follow_up"))

    # -- calling -------------------------------------------------------------------------------------
    def _run(self, action, line=None):
        """An operation of this tab (ui.kit.operations): what it changed reloads the pages once."""
        return run_op(action, changes=self.changes, line=line, refresh=lambda _topics: self.reload())

    def call(self):
        row = selected_row(self.ui.callsView)
        if row is None or self.view() != DUE or not auth.may(self.user, "care.follow_up"):
            return None
        dialog = CallDialog(user=self.user, row=row, parent=self)
        saved = self._run(lambda: run_dialog(dialog)).value
        if saved:
            if dialog.complaint is not None:
                say(self.ui.errorLabel, self.tr("已登记投诉 {number}，请在“投诉”页跟进。").format(number=dialog.complaint.number), ok=True)
        return dialog if saved else None

    def no_answer(self) -> None:
        row = selected_row(self.ui.callsView)
        if row is None or self.view() != DUE or not auth.may(self.user, "care.follow_up"):
            return
        done = self._run(lambda: follow_ups.record_no_answer(self.user, row["id"], row["version"]),
                         line=lambda exc: say(self.ui.errorLabel, exc.message))
        if not done:
            return
        follow_up = done.value
        text = (self.tr("{customer} 已拨打 {n} 次未接通，放弃回访。") if follow_up.status == FollowUpStatus.GIVEN_UP
                else self.tr("{customer} 未接通（第 {n} 次），明天再拨。"))
        say(self.ui.errorLabel, text.format(customer=row["customer"], n=follow_up.attempts), ok=True)

    # -- paper and Excel -----------------------------------------------------------------------------
    def print_log(self):
        first, last = self.period()

        def shown(dialog) -> None:
            self.preview = dialog

        return preview_document(self, "follow-up-log", f"{first:%Y-%m-%d}..{last:%Y-%m-%d}", user=self.user,
                                local=self.local, on_shown=shown, on_error=lambda exc: say(self.ui.errorLabel, exc.message),
                                progress=self.tr("正在生成跟踪服务电话登记表…"))

    def export(self, path: str | None = None):
        due = self.view() == DUE
        first, last = self.period()
        if path is None:
            name = self.tr("待回访名单") if due else self.tr("跟踪服务电话登记表")
            suffix = f"{dt.date.today():%Y%m%d}" if due else f"{first:%Y%m%d}-{last:%Y%m%d}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), str(Path.home() / f"{name}_{suffix}.xlsx"),
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        user = self.user
        if due:
            work = lambda cancel: exports.export_due_calls(user, path)  # noqa: E731
        else:
            work = lambda cancel: exports.export_call_log(user, path, date_from=first, date_to=last)  # noqa: E731
        return run_task(self, work, progress=self.tr("正在导出…"), on_error=lambda exc: say(self.ui.errorLabel, exc.message),
                        on_done=lambda n: say(self.ui.errorLabel, self.tr("已导出 {n} 行到 {path}").format(n=n, path=path), ok=True))
