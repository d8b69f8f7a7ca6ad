"""车间日报: the dispatcher's day: cars in and out, lines finished and hours sold per team against
the hours available, technicians' efficiency (sold / clocked, the piece-rate base) and QC. The
figures are computed off the GUI thread (ui.kit.tasks.run_task)."""
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from storage import workshop
from storage.models import now
from storage.rules.money import fmt
from ui.forms.ui_workshop_day import Ui_WorkshopDayDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import number_text as h
from ui.kit.tasks import run_task
from ui.workshop.board_view import column_heading


def percent_text(ratio) -> str:
    """1.25 → "125%"; None (nothing to divide by) → "—"."""
    return "—" if ratio is None else f"{ratio * 100:.0f}%"


class WorkshopDayDialog(PreservingDialog):
    def __init__(self, *, user, day: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.user = user
        self.figures = None
        self.ui = Ui_WorkshopDayDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.dayEdit.setDate(QDate(day or now().date()))
        self.ui.dayEdit.dateChanged.connect(lambda _d: self.load())
        self.load()

    def load(self) -> None:
        day = self.ui.dayEdit.date().toPython()
        self.ui.summaryLabel.setText(self.tr("正在统计…"))
        self.task = run_task(self, lambda cancel: workshop.day_figures(self.user, day), on_done=self.show_figures)

    def show_figures(self, f: dict) -> None:
        self.figures = f
        waiting = "　".join(f"{column_heading(status)} {n}" for status, n in f["in_workshop"].items() if n)
        self.ui.summaryLabel.setText(self.tr(
            "<b>进厂（接车）</b> {cars_in} 台　<b>完工出车间</b> {cars_out} 台　<b>交车</b> {delivered} 台<br>"
            "<b>售出工时</b> {sold} h / <b>可用工时</b> {available} h（{ratio}）　<b>打卡工时</b> {clocked} h　"
            "<b>效率</b> {efficiency}<br><b>质检</b> 合格 {passed} 次，返工 {failed} 次　<b>在厂</b> {waiting}"
        ).format(cars_in=f["cars_in"], cars_out=f["cars_out"], delivered=f["delivered"], sold=h(f["hours_sold"]),
                 available=h(f["hours_available"]), ratio=percent_text(f["sold_vs_available"]), clocked=h(f["hours_clocked"]),
                 efficiency=percent_text(f["efficiency"]), passed=f["qc_passed"], failed=f["qc_failed"], waiting=waiting or "—"))
        self._table(self.ui.teamsTable,
                    [self.tr("班组"), self.tr("完工项目"), self.tr("售出工时"), self.tr("可用工时"), self.tr("工时占比"),
                     self.tr("效率"), self.tr("工时金额")],
                    [(t["name"], t["lines"], h(t["sold_hours"]), h(t["available_hours"]), percent_text(t["sold_vs_available"]),
                      percent_text(t["efficiency"]), fmt(t["labour_amount"])) for t in f["teams"]])
        self._table(self.ui.techniciansTable,
                    [self.tr("技师"), self.tr("班组"), self.tr("完工项目"), self.tr("售出工时"), self.tr("打卡工时"),
                     self.tr("效率"), self.tr("工时金额（计件）")],
                    [(t["name"], t["team"], t["lines"], h(t["sold_hours"]), h(t["clocked_hours"]), percent_text(t["efficiency"]),
                      fmt(t["labour_amount"])) for t in f["technicians"]])

    def _table(self, table, heads, rows) -> None:
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(rows))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c >= 2 or (c == 1 and isinstance(value, int)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
