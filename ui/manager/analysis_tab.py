"""分析报告 tab: 公司业务状况分析报告表 on screen — the month (or week) chosen, its figures against the
period before (环比) and the same period a year earlier (同比), read off the GUI thread from
storage.reports.analysis (the same statistics the 统计报表 tab shows), and the manager's comment,
saved with the period and printed with the figures."""
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from printing.business_analysis import change_text, value_text
from storage import reports
from storage.reports import analysis
from storage.rules.errors import DomainError
from ui.forms.ui_manager_analysis import Ui_ManagerAnalysisTab
from ui.kit.discard_guard import confirm_discard
from ui.kit.print_actions import preview_document
from ui.kit.style import ERROR_STYLE as RED_STYLE
from ui.kit.style import OK_STYLE
from ui.kit.tasks import run_task

KINDS = ("month", "week")
ERROR_STYLE = RED_STYLE + " font-weight: 600;"


class AnalysisTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_ManagerAnalysisTab()
        self.ui.setupUi(self)
        self.data = None
        self.current = None
        self.loading = None
        self.ui.kindCombo.addItem(self.tr("月"), "month")
        self.ui.kindCombo.addItem(self.tr("周"), "week")
        self.ui.dateEdit.setDate(QDate.currentDate())
        headers = (self.tr("项目"), self.tr("单位"), self.tr("本期"), self.tr("上期"), self.tr("去年同期"), self.tr("环比"),
                   self.tr("同比"))
        table = self.ui.figuresTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setSizes([640, 400])
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self.load())
        self.ui.dateEdit.dateChanged.connect(lambda _d: self.load())
        self.ui.prevButton.clicked.connect(lambda: self.step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.saveButton.clicked.connect(lambda: self.save())
        self.ui.printButton.clicked.connect(lambda: self.print_form())
        for key, slot in ((QKeySequence("Ctrl+S"), self.save), (QKeySequence("Ctrl+P"), self.print_form),
                          (QKeySequence("Alt+Left"), lambda: self.step(-1)), (QKeySequence("Alt+Right"), lambda: self.step(1))):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._set_ready(False)

    def period(self):
        return reports.containing(self.ui.kindCombo.currentData(), self.ui.dateEdit.date().toPython())

    def step(self, steps: int) -> None:
        moved = self.period().shifted(steps)
        self.ui.dateEdit.setDate(QDate(moved.start))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current is None:
            self.load()

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.ui.saveButton, self.ui.printButton, self.ui.commentEdit):
            widget.setEnabled(ready)

    def _say(self, text: str, ok: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.ui.messageLabel.setText(text)

    def comment_edited(self) -> bool:
        return self.data is not None and self.ui.commentEdit.toPlainText().strip() != self.data["comment"]["comment"]

    def _stay(self) -> None:
        """Back to the period on screen, without loading it again."""
        for widget in (self.ui.kindCombo, self.ui.dateEdit):
            widget.blockSignals(True)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(self.current.kind))
        self.ui.dateEdit.setDate(QDate(self.current.start))
        for widget in (self.ui.kindCombo, self.ui.dateEdit):
            widget.blockSignals(False)

    def load(self):
        period = self.period()
        if period == self.current and self.data is not None:
            return None
        if self.comment_edited() and not confirm_discard(self):  # an unsaved comment is not lost to a stray key
            self._stay()
            return None
        self.current, self.data = period, None
        self._set_ready(False)
        self._say("")
        self.ui.periodsLabel.setText(self.tr("正在统计…"))
        user = self.user
        self.loading = run_task(self, lambda cancel: analysis.view(user, period),
                                on_done=lambda data: self.show_analysis(data, period), on_error=self._refused)
        return self.loading

    def _refused(self, exc: DomainError) -> None:
        if shiboken6.isValid(self.ui.messageLabel):
            self._say(exc.message)

    def show_analysis(self, data: dict, period) -> None:
        if not shiboken6.isValid(self.ui.figuresTable) or period != self.current:
            return
        self.data = data
        p = data["periods"]
        self.ui.periodsLabel.setText(self.tr("本期 {current}　上期 {previous}　去年同期 {last_year}").format(
            current=p["current"].label(), previous=p["previous"].label(), last_year=p["last_year"].label()))
        table = self.ui.figuresTable
        table.setRowCount(len(data["rows"]))
        for r, row in enumerate(data["rows"]):
            cells = (row["label"], row["unit"], value_text(row["current"], row["unit"]), value_text(row["previous"], row["unit"]),
                     value_text(row["last_year"], row["unit"]), change_text(row["vs_previous"], row["how"]),
                     change_text(row["vs_last_year"], row["how"]))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        comment = data["comment"]
        self.ui.commentEdit.setPlainText(comment["comment"])
        self.ui.writtenLabel.setText(self.tr("{who} 写于 {when}").format(who=comment["written_by"], when=f"{comment['written_at']:%Y-%m-%d %H:%M}")
                                     if comment["written_at"] else self.tr("本期还没有分析意见"))
        self._set_ready(True)

    def save(self):
        if self.data is None:
            return None
        try:
            saved = analysis.save_comment(self.user, self.current, self.data["comment"]["version"],
                                          self.ui.commentEdit.toPlainText())
        except DomainError as exc:
            self._say(exc.message)
            self.ui.commentEdit.setFocus()
            return None
        self.data["comment"] = analysis.comment_for(self.current)
        self.ui.writtenLabel.setText(self.tr("{who} 写于 {when}").format(who=saved.written_by, when=f"{saved.written_at:%Y-%m-%d %H:%M}"))
        self._say(self.tr("已保存 {period} 的分析意见。").format(period=self.current.label()), ok=True)
        return saved

    def print_form(self):
        if self.data is None:
            return None
        if self.ui.commentEdit.toPlainText().strip() != self.data["comment"]["comment"] and self.save() is None:
            return None  # what is printed is what is kept
        return preview_document(self, "business-analysis", self.current.key(), user=self.user, local=self.local)
