"""进销对账 (parts bought against parts used): per day over a chosen range, what was received (and of
it, against purchase orders), what was issued, what came back from the workshop, what went back to
suppliers and what was adjusted, at cost; below, per part, for the day picked above or the whole
range. Both export to Excel. The figures are storage.parts.reads.parts_flow / parts_flow_detail."""
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from storage.parts import reads
from ui.forms.ui_parts_flow import Ui_PartsFlow
from ui.kit.format import money_text, number_text
from ui.kit.keys import shortcut
from ui.kit.messages import say
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.tables import no_rows, set_up_view, single_page
from ui.kit.tasks import run_task


def flow_totals(days: list) -> dict:
    """The range's totals of the per-day figures the page shows under the dates."""
    keys = ("received_value", "received_po_value", "issued_value", "returned_value", "used_value",
            "sent_back_value", "adjusted_value", "counted_value")
    return {key: sum((day[key] for day in days), reads.ZERO) for key in keys}


class FlowTab(QWidget):
    def __init__(self, *, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartsFlow()
        self.ui.setupUi(self)
        self.user = user
        self.days_model = PagedTableModel(columns=[
            Column("day", self.tr("日期"), width=92),
            Column("received_value", self.tr("入库金额"), align=RIGHT, fmt=money_text, width=100),
            Column("received_po_value", self.tr("其中按采购单"), align=RIGHT, fmt=money_text, width=100),
            Column("received_documents", self.tr("入库单"), align=RIGHT, width=56),
            Column("issued_quantity", self.tr("出库数量"), align=RIGHT, fmt=number_text, width=70),
            Column("issued_value", self.tr("出库金额"), align=RIGHT, fmt=money_text, width=100),
            Column("issued_documents", self.tr("出库单"), align=RIGHT, width=56),
            Column("returned_quantity", self.tr("退库数量"), align=RIGHT, fmt=number_text, width=70),
            Column("returned_value", self.tr("退库金额"), align=RIGHT, fmt=money_text, width=90),
            Column("used_value", self.tr("净耗用金额"), align=RIGHT, fmt=money_text, width=100),
            Column("sent_back_value", self.tr("退货金额"), align=RIGHT, fmt=money_text, width=90),
            Column(lambda d: d["adjusted_value"] + d["counted_value"], self.tr("调整/盘点"), align=RIGHT, fmt=money_text),
        ], fetch=no_rows)
        set_up_view(self.ui.daysView, self.days_model)
        self.parts_model = PagedTableModel(columns=[
            Column("number", self.tr("零件号"), width=120),
            Column("name", self.tr("名称"), width=180),
            Column("unit", self.tr("单位"), width=44),
            Column("received", self.tr("入库"), align=RIGHT, fmt=number_text, width=70),
            Column("issued", self.tr("出库"), align=RIGHT, fmt=number_text, width=70),
            Column("returned", self.tr("退库"), align=RIGHT, fmt=number_text, width=70),
            Column("used", self.tr("净耗用"), align=RIGHT, fmt=number_text),
        ], fetch=no_rows, page_size=200)
        set_up_view(self.ui.partsView, self.parts_model)
        # The name takes the spare width, so the quantities sit together on the left.
        self.ui.partsView.horizontalHeader().setStretchLastSection(False)
        self.ui.partsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setSizes([300, 260])
        today = QDate.currentDate()
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.setMaximumDate(today)
        self.ui.fromDate.setDate(today.addDays(-today.day() + 1))  # the month so far
        self.ui.toDate.setDate(today)
        self.ui.messageLabel.clear()
        self.days: list = []
        self.ui.showButton.clicked.connect(self.show_range)
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.editingFinished.connect(self.show_range)
        self.ui.daysView.selectionModel().currentRowChanged.connect(lambda current, _: self.show_parts(current.row()))
        self.ui.exportDaysButton.clicked.connect(lambda: self.export("parts_flow"))
        self.ui.exportPartsButton.clicked.connect(lambda: self.export("parts_flow_detail"))
        shortcut("F5", self, self.show_range)
        self.shown = None  # the period on screen; counted the first time the tab is shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.shown is None:
            self.show_range()

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
        return (end, start) if start > end else (start, end)

    def refresh(self) -> None:
        self.shown = None
        if self.isVisible():
            self.show_range()

    def show_range(self) -> None:
        period = self.period()
        if period == self.shown:  # editingFinished and the button both fire on Enter
            return
        self.shown = period
        run_task(self, lambda cancel: reads.parts_flow(*period), on_done=lambda days: self._show_days(period, days),
                 progress=self.tr("正在统计进销数据…"))

    def _show_days(self, period, days: list) -> None:
        if period != self.period():
            return  # the dates changed while this was counted; a newer answer is on its way
        self.days = days
        self.days_model.reload(single_page(lambda: days))
        t = flow_totals(days)
        self.ui.totalsLabel.setText(self.tr(
            "{start} 至 {end}：入库 <b>{received}</b>（其中按采购单 {po}）　出库 <b>{issued}</b>　退库 {returned}　"
            "净耗用 <b>{used}</b>　退货 {sent_back}　调整/盘点 {adjusted}").format(
            start=period[0].isoformat(), end=period[1].isoformat(), received=money_text(t["received_value"]),
            po=money_text(t["received_po_value"]), issued=money_text(t["issued_value"]), returned=money_text(t["returned_value"]),
            used=money_text(t["used_value"]), sent_back=money_text(t["sent_back_value"]),
            adjusted=money_text(t["adjusted_value"] + t["counted_value"])))
        self.show_parts(-1)

    def detail_period(self) -> tuple[dt.date, dt.date]:
        """The day picked in the upper table, else the whole range."""
        row = self.ui.daysView.currentIndex().row()
        if 0 <= row < len(self.days):
            return self.days[row]["day"], self.days[row]["day"]
        return self.period()

    def show_parts(self, row: int) -> None:
        if 0 <= row < len(self.days):
            day = self.days[row]["day"]
            start = end = day
            self.ui.detailLabel.setText(self.tr("按备件：{day}").format(day=day.isoformat()))
        else:
            start, end = self.period()
            self.ui.detailLabel.setText(self.tr("按备件：{start} 至 {end}（在上表选一天只看当天）").format(
                start=start.isoformat(), end=end.isoformat()))
        self.parts_model.reload(lambda cursor, limit: reads.parts_flow_detail(start, end, after=cursor, limit=limit))

    def export(self, kind: str, path: str | None = None) -> None:
        start, end = self.period() if kind == "parts_flow" else self.detail_period()
        if not path:
            name = self.tr("进销对账") if kind == "parts_flow" else self.tr("备件进销明细")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), f"{name}_{start}_{end}.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        run_task(self, lambda cancel: reads.export_list(kind, path, date_from=start, date_to=end),
                 on_done=lambda n: say(self.ui.messageLabel, self.tr("已导出 {n} 行到 {path}").format(n=n, path=path), ok=True),
                 progress=self.tr("正在导出…"))
