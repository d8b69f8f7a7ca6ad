"""计件工资: the technicians' piece-rate wages for a period — per technician, per team, and the
comebacks (返修) taken back — with the manager's piece rate and the Excel sheet for the wage office.
Every rule and figure is storage.workshop's (piece_wages, set_piece_rate, export_wages_xlsx); the
report is computed off the GUI thread."""
import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QHeaderView, QTableWidgetItem

from storage import workshop
from storage.models import now
from storage.rules.auth import may
from storage.rules.errors import DomainError
from storage.rules.money import fmt
from ui.forms.ui_workshop_wages import Ui_WorkshopWagesDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import number_text
from ui.kit.style import RED
from ui.kit.tasks import run_task


def month_of(day: dt.date, back: int = 0) -> tuple[dt.date, dt.date]:
    """The month `back` months before the one `day` is in: (first day, last day)."""
    first = day.replace(day=1)
    for _ in range(back):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def h(value) -> str:
    return number_text(value) if value else "—"


def money_or_dash(value) -> str:
    return fmt(value) if value else "—"


class WorkshopWagesDialog(PreservingDialog):
    def __init__(self, *, user, start: dt.date | None = None, end: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.user = user
        self.report = None
        self.task = None
        self.ui = Ui_WorkshopWagesDialog()
        self.ui.setupUi(self)
        today = now().date()
        first, _ = month_of(today)
        self.ui.startEdit.setDate(QDate(start or first))
        self.ui.endEdit.setDate(QDate(end or today))
        manager = may(user, "workshop.wage_rate")
        self.ui.rateEdit.setReadOnly(not manager)
        self.ui.saveRateButton.setVisible(manager)
        self.ui.rateEdit.setText(f"{workshop.piece_rate():.2f}")
        self.ui.buttonBox.rejected.connect(self.reject)
        # Enter in the rate box saves the rate; it must not also press 关闭 (Esc closes).
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        self.ui.startEdit.dateChanged.connect(lambda _d: self.load())
        self.ui.endEdit.dateChanged.connect(lambda _d: self.load())
        self.ui.thisMonthButton.clicked.connect(lambda: self.set_period(*month_of(now().date())))
        self.ui.lastMonthButton.clicked.connect(lambda: self.set_period(*month_of(now().date(), 1)))
        self.ui.saveRateButton.clicked.connect(self.save_rate)
        self.ui.rateEdit.returnPressed.connect(self.save_rate)
        self.ui.exportButton.clicked.connect(lambda: self.export())
        QShortcut(QKeySequence("Ctrl+E"), self, activated=lambda: self.export())
        QShortcut(QKeySequence("F5"), self, activated=self.load)
        self.load()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.startEdit.date().toPython(), self.ui.endEdit.date().toPython()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.ui.startEdit, start), (self.ui.endEdit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
        self.load()

    # -- the report ---------------------------------------------------------------------------------
    def load(self) -> None:
        start, end = self.period()
        user = self.user
        self.ui.errorLabel.clear()
        self.ui.summaryLabel.setText(self.tr("正在计算…"))
        self.ui.exportButton.setEnabled(False)
        if self.task is not None and not self.task.done:
            self.task.cancel.set()  # a newer period replaces it: its answer is not shown
        self.task = run_task(self, lambda cancel: workshop.piece_wages(user, start, end), on_done=self.show_report,
                             on_error=self.refuse)

    def refuse(self, exc: DomainError) -> None:
        self.report = None
        self.ui.summaryLabel.clear()
        self.ui.errorLabel.setText(exc.message)

    def show_report(self, report: dict) -> None:
        self.report = report
        total = report["total"]
        self.ui.exportButton.setEnabled(True)
        self.ui.summaryLabel.setText(self.tr(
            "<b>{start} 至 {end}</b>（{days} 天）　计件单价 {rate} 元/工时　<b>计件工时</b> {hours} h　"
            "<b>计件工资</b> {pay}　<b>返修</b> {comebacks} 次，扣回 {deducted} h / {deduction}　<b>应发合计</b> {net}"
        ).format(start=f"{report['start']:%Y-%m-%d}", end=f"{report['end']:%Y-%m-%d}", days=report["days"],
                 rate=f"{report['rate']:.2f}", hours=number_text(total["hours"]), pay=fmt(total["pay"]),
                 comebacks=total["comebacks"], deducted=number_text(total["deducted_hours"]),
                 deduction=fmt(total["deduction"]), net=fmt(total["net"])))
        self._fill(self.ui.techniciansTable,
                   [self.tr("班组"), self.tr("技师"), self.tr("等级"), self.tr("完工项目"), self.tr("计件工时"),
                    self.tr("计件工资"), self.tr("返修工时（不计件）"), self.tr("返修次数"), self.tr("扣回工时"),
                    self.tr("返修扣款"), self.tr("应发计件工资")],
                   [(t["team"], self._name(t), t["grade"], t["lines"] or "—", h(t["hours"]), money_or_dash(t["pay"]),
                     h(t["comeback_hours"]), t["comebacks"] or "—", h(t["deducted_hours"]), money_or_dash(t["deduction"]),
                     fmt(t["net"])) for t in report["technicians"]],
                   first_number=3, stretch=1, red=lambda r: report["technicians"][r]["net"] < 0)
        self._fill(self.ui.teamsTable,
                   [self.tr("班组"), self.tr("完工项目"), self.tr("计件工时"), self.tr("计件工资"), self.tr("返修工时（不计件）"),
                    self.tr("返修次数"), self.tr("扣回工时"), self.tr("返修扣款"), self.tr("应发计件工资")],
                   [(t["name"], t["lines"] or "—", h(t["hours"]), money_or_dash(t["pay"]), h(t["comeback_hours"]),
                     t["comebacks"] or "—", h(t["deducted_hours"]), money_or_dash(t["deduction"]), fmt(t["net"]))
                    for t in report["teams"]]
                   + [(self.tr("合计"), total["lines"], h(total["hours"]), fmt(total["pay"]), h(total["comeback_hours"]),
                       total["comebacks"], h(total["deducted_hours"]), fmt(total["deduction"]), fmt(total["net"]))],
                   first_number=1)
        self._fill(self.ui.comebacksTable,
                   [self.tr("返修工单"), self.tr("开单时间"), self.tr("原工单"), self.tr("车牌"), self.tr("班组"), self.tr("技师"),
                    self.tr("扣回工时"), self.tr("扣款")],
                   [(c["number"], f"{c['opened_at']:%Y-%m-%d %H:%M}", c["original"], c["plate"], c["team"],
                     self._name(c["technician"]), h(c["hours"]), fmt(c["deduction"])) for c in report["comebacks"]],
                   first_number=6, stretch=5)
        self.ui.tabs.setTabText(2, self.tr("返修扣回") + (f" · {total['comebacks']}" if total["comebacks"] else ""))

    def _name(self, row) -> str:
        name = row["name"] if isinstance(row, dict) else row
        if name == workshop.wages.NO_TECHNICIAN:
            return self.tr("（未指定技师）")
        if isinstance(row, dict) and not row.get("active", True):
            return self.tr("{name}（已停用）").format(name=name)
        return name

    def _fill(self, table, heads, rows, *, first_number: int, stretch: int = 0, red=None) -> None:
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(rows))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the spare width goes to the names
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c >= first_number:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if red is not None and red(r):
                    item.setForeground(QBrush(RED))
                table.setItem(r, c, item)

    # -- the manager's rate and the export ----------------------------------------------------------
    def save_rate(self) -> None:
        if not may(self.user, "workshop.wage_rate"):
            return
        self.ui.errorLabel.clear()
        try:
            rate = workshop.set_piece_rate(self.user, self.ui.rateEdit.text())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.rateEdit.setFocus()
            self.ui.rateEdit.selectAll()
            return
        self.ui.rateEdit.setText(f"{rate:.2f}")
        self.load()

    def export(self, path: str | None = None):
        if self.report is None:
            return None
        report = self.report
        if not path:
            suggested = Path.home() / self.tr("计件工资_{start}_{end}.xlsx").format(
                start=f"{report['start']:%Y%m%d}", end=f"{report['end']:%Y%m%d}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出计件工资"), str(suggested), self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        return run_task(self, lambda cancel: workshop.export_wages_xlsx(report, path), uses_database=False,
                        on_done=lambda saved: self.ui.summaryLabel.setText(
                            self.ui.summaryLabel.text() + "<br>" + self.tr("已导出到 {path}").format(path=escape(str(saved)))),
                        progress=self.tr("正在导出计件工资…"))
