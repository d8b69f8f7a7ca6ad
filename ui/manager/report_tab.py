"""统计报表 tab: the period picker (日报, 周报, 月报 or a custom range, with 上一期 / 下一期), the
figures of that period in a summary and eight tables, the Excel export and the printed statistics
form. The figures are read off the GUI thread; storage refuses a range that ends before it starts or
spans more than ten years, and the refusal is shown as it is, in place of the figures."""
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from storage import reports
from storage.rules.errors import DomainError
from ui.forms.ui_manager_report import Ui_ManagerReportTab
from ui.kit.format import period_text
from ui.kit.print_actions import preview_document
from ui.kit.style import ERROR_STYLE as RED_STYLE
from ui.kit.tasks import run_task
from ui.manager.report_tables import ReportTables

KINDS = ("day", "week", "month", "range")
PRINT_KINDS = {"day": "daily-statistics", "week": "weekly-statistics", "month": "monthly-statistics"}
SETTLE_MS = 250  # typing a date: wait for the last keystroke before counting
ERROR_STYLE = RED_STYLE + " font-weight: 600;"
NOTE_STYLE = "color: #6b7785;"


class ReportTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ManagerReportTab()
        self.ui.setupUi(self)
        self.user, self.changes, self.local = user, changes, local
        self.report = None
        self.loading = None
        self.exporting = None
        self.current = None  # the period last asked for
        self.tables = ReportTables(self.ui, parent=self)
        self.ui.busyBar.hide()
        today = QDate.currentDate()
        self.ui.kindCombo.setCurrentIndex(KINDS.index("month"))
        self.ui.startEdit.setDate(today)
        self.ui.endEdit.setDate(today)
        self.settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle_timer.timeout.connect(self.load)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.startEdit.dateChanged.connect(lambda _d: self.settle_timer.start())
        self.ui.endEdit.dateChanged.connect(lambda _d: self.settle_timer.start())
        self.ui.prevButton.clicked.connect(lambda: self.step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.refreshButton.clicked.connect(self.load)
        self.ui.exportButton.clicked.connect(lambda: self.export())
        self.ui.printButton.clicked.connect(self.print_form)
        for key, slot in ((QKeySequence(Qt.Key.Key_F5), self.load), (QKeySequence("Alt+Left"), lambda: self.step(-1)),
                          (QKeySequence("Alt+Right"), lambda: self.step(1)), (QKeySequence("Ctrl+E"), self.export),
                          (QKeySequence("Ctrl+P"), self.print_form)):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._kind_changed(load=False)
        self._set_ready(False)

    # -- the period -------------------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[self.ui.kindCombo.currentIndex()]

    def period(self):
        """The period chosen; a custom range is checked by storage (DomainError when refused)."""
        start = self.ui.startEdit.date().toPython()
        if self.kind() == "range":
            return reports.between(start, self.ui.endEdit.date().toPython())
        return reports.containing(self.kind(), start)

    def _kind_changed(self, load: bool = True) -> None:
        is_range = self.kind() == "range"
        self.ui.endCaption.setVisible(is_range)
        self.ui.endEdit.setVisible(is_range)
        self.ui.startCaption.setText(self.tr("从(&D)") if is_range else self.tr("日期(&D)"))
        if is_range and self.current is not None:
            # A range starts from the period on screen, so "this month but to the 15th" is two keystrokes.
            self._set_dates(self.current.start, self.current.end)
        if load:
            self.settle_timer.stop()
            self.load()

    def step(self, steps: int) -> None:
        """上一期 / 下一期: the same kind and length of period, earlier or later."""
        try:
            moved = self.period().shifted(steps)
        except DomainError as exc:
            self._refused(exc)
            return
        self._set_dates(moved.start, moved.end)
        self.settle_timer.stop()
        self.load()

    def _set_dates(self, start, end) -> None:
        """Move both date boxes without each move asking for figures of its own."""
        for edit, value in ((self.ui.startEdit, start), (self.ui.endEdit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value))
            edit.blockSignals(False)

    # -- loading ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current is None:
            self.load()

    def load(self):
        try:
            period = self.period()
        except DomainError as exc:
            self._refused(exc)
            return None
        self.current = period
        self.ui.periodLabel.setText(period_text(period))
        self.ui.statusLabel.setStyleSheet(NOTE_STYLE)
        self.ui.statusLabel.setText(self.tr("正在统计…"))
        self.ui.busyBar.show()
        user = self.user
        self.loading = run_task(self, lambda cancel: reports.report(user, period),
                                on_done=lambda report: self.show_report(report, period), on_error=self._refused)
        return self.loading

    def _refused(self, exc: DomainError) -> None:
        if not shiboken6.isValid(self.ui.statusLabel):
            return
        self.ui.busyBar.hide()
        self.report = None
        self._set_ready(False)
        self.ui.statusLabel.setStyleSheet(ERROR_STYLE)
        self.ui.statusLabel.setText(exc.message)

    def _set_ready(self, ready: bool) -> None:
        self.ui.exportButton.setEnabled(ready)
        printable = ready and self.current is not None and self.current.kind in PRINT_KINDS
        self.ui.printButton.setEnabled(printable)
        self.ui.printButton.setToolTip("" if printable or not ready else self.tr("统计表按日、周、月打印；自定义区间请导出 Excel。"))

    def show_report(self, report: dict, period) -> None:
        if not shiboken6.isValid(self.ui.statusLabel):
            return  # the window was closed while the figures were read
        if period != self.current:
            return  # the user moved on to another period meanwhile
        self.report = report
        self.ui.busyBar.hide()
        self.ui.statusLabel.setStyleSheet(NOTE_STYLE)
        self.ui.statusLabel.setText(self.tr("统计于 {time}").format(time=f"{report['generated_at']:%Y-%m-%d %H:%M:%S}"))
        self.tables.show(report)
        self._set_ready(True)

    # -- export and print -------------------------------------------------------------------------
    def export(self, path: str | None = None):
        if self.report is None:
            return None
        report = self.report
        if path is None:
            title = self.tr("业务统计表")
            suggested = Path.home() / f"{title}-{report['period'].key().replace('~', '_')}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出统计报表"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        user = self.user
        self.exporting = run_task(self, lambda cancel: reports.export_xlsx(user, report, path), uses_database=False,
                                  progress=self.tr("正在导出统计报表…"), on_done=self._exported)
        return self.exporting

    def _exported(self, path: str) -> None:
        if shiboken6.isValid(self.ui.statusLabel):
            self.ui.statusLabel.setStyleSheet(NOTE_STYLE)
            self.ui.statusLabel.setText(self.tr("已导出：{path}").format(path=path))

    def print_form(self):
        if self.report is None or self.report["period"].kind not in PRINT_KINDS:
            return None
        period = self.report["period"]
        return preview_document(self, PRINT_KINDS[period.kind], period.key(), user=self.user, local=self.local)

