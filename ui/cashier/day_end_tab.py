"""日结 tab: the day's takings by method and by cashier, receivables opened and collected, discounts
and voids; printed, exported to Excel, and closed (after which storage refuses any change dated it)."""
import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from storage import cashier
from storage.rules.money import fmt
from ui.forms.ui_cashier_day_end import Ui_CashierDayEndTab
from ui.kit.operations import run_op
from ui.kit.print_actions import preview_document
from ui.kit.tables import fill_table
from ui.kit.tasks import run_task


class DayEndTab(QWidget):
    def __init__(self, *, user, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierDayEndTab()
        self.ui.setupUi(self)
        self.user, self.changes, self.local = user, changes, local
        self.report = None
        self.loading = None
        self.ui.dayEdit.setDate(QDate.currentDate())
        self.ui.dayEdit.setMaximumDate(QDate.currentDate())
        self.ui.dayEdit.dateChanged.connect(lambda _d: self.load())
        self.ui.refreshButton.clicked.connect(self.load)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.closeButton.clicked.connect(self.close_day)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.load)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.close_day)
        if changes is not None:
            changes.changed.connect(lambda topics: self.load() if "cashier" in topics else None)
        self.load()

    def day(self) -> dt.date:
        return self.ui.dayEdit.date().toPython()

    def load(self):
        """The figures are a report: read off the GUI thread."""
        day = self.day()
        self.loading = run_task(self, lambda cancel: cashier.day_report(day), on_done=self.show_report)
        return self.loading

    def show_report(self, report: dict) -> None:
        if not shiboken6.isValid(self.ui.dayEdit):
            return  # the window was closed while the figures were read
        if report["day"] != self.day():
            return  # the user moved on to another day meanwhile
        self.report = report
        s = report["settlements"]
        if report["closed"]:
            self.ui.statusLabel.setText(self.tr("已日结（{by} {at}）").format(by=report["closed_by"], at=f"{report['closed_at']:%H:%M}"))
            self.ui.statusLabel.setStyleSheet("font-weight: 600; color: #2e7d32;")
        else:
            self.ui.statusLabel.setText(self.tr("未日结"))
            self.ui.statusLabel.setStyleSheet("font-weight: 600; color: #e65100;")
        self.ui.closeButton.setEnabled(not report["closed"])
        pairs = [
            (self.tr("结算单数"), str(s["count"]), False), (self.tr("结算合计"), fmt(s["total"]), True),
            (self.tr("工时费"), fmt(s["labour"]), False), (self.tr("材料费"), fmt(s["parts"]), False),
            (self.tr("其他费用"), fmt(s["fees"]), False), (self.tr("优惠合计"), fmt(s["discount"]), False),
            (self.tr("客户自付"), fmt(s["customer"]), False), (self.tr("保险公司挂账"), fmt(s["insurer"]), False),
            (self.tr("厂家索赔挂账"), fmt(s["warranty"]), False), (self.tr("内部承担"), fmt(s["internal"]), False),
            (self.tr("实收合计（不含定金抵扣、会员余额）"), fmt(report["takings"]), True),
            (self.tr("收取定金 / 退还定金"), f"{fmt(report['deposits']['received'])} / {fmt(report['deposits']['refunded'])}", False),
        ]
        self.ui.summaryLabel.setText("<table style='font-size:13px'>" + "".join(
            f"<tr><td style='padding:2px 14px 2px 0'>{'<b>' if b else ''}{label}{'</b>' if b else ''}</td>"
            f"<td align='right'>{'<b>' if b else ''}{value}{'</b>' if b else ''}</td></tr>" for label, value, b in pairs) + "</table>")
        fill_table(self.ui.methodsTable, [self.tr("收款方式"), self.tr("笔数"), self.tr("金额")],
                   [[self.tr(m["method"]), m["count"], fmt(m["amount"])] for m in report["methods"]], numeric_from=1, stretch=-1)
        methods = [m["method"] for m in report["methods"]]
        fill_table(self.ui.cashiersTable, [self.tr("收银员"), *[self.tr(m) for m in methods], self.tr("实收")],
                   [[c["cashier"], *(fmt(c["methods"].get(m, 0)) for m in methods), fmt(c["takings"])]
                    for c in report["cashiers"]], numeric_from=1, stretch=-1)
        fill_table(self.ui.receivablesTable, [self.tr("类别"), self.tr("挂账方"), self.tr("笔数"), self.tr("金额")],
                   [[self.tr("新增挂账"), self.tr(r["debtor_kind"]), r["count"], fmt(r["amount"])] for r in report["receivables_opened"]]
                   + [[self.tr("回款"), self.tr(r["debtor_kind"]), r["count"], fmt(r["amount"])] for r in report["receivables_collected"]], numeric_from=2, stretch=-1)
        fill_table(self.ui.discountsTable, [self.tr("结算单号"), self.tr("收银员"), self.tr("授权人"), self.tr("优惠"), self.tr("其中整单")],
                   [[d["number"], d["cashier"], d["approved_by"], fmt(d["discount"]), fmt(d["bill_discount"])]
                    for d in report["discounts"]], numeric_from=3, stretch=-1)
        fill_table(self.ui.voidsTable, [self.tr("结算单号"), self.tr("原因"), self.tr("经办 / 授权"), self.tr("客户实付")],
                   [[v["number"], v["reason"], f"{v['reversed_by']} / {v['approved_by']}", fmt(v["customer_due"])]
                    for v in report["voids"]], numeric_from=3, stretch=-1)

    def print_report(self):
        return preview_document(self, "day-end", self.day().isoformat(), user=self.user, local=self.local)

    def export(self, path: str | None = None):
        if self.report is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出日结单"), str(Path.home() / f"日结-{self.day():%Y%m%d}.xlsx"),
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        report = self.report
        return run_task(self, lambda cancel: cashier.export_xlsx(report, path), uses_database=False,
                        progress=self.tr("正在导出日结单…"))

    def close_day(self):
        if self.report is None or self.report["closed"]:
            return None
        day = self.day()
        answer = QMessageBox.question(
            self, self.tr("日结"),
            self.tr("确定日结 {day}？实收合计 {takings}，结算 {count} 单。日结后当天的收款、结算、冲销和回款都不能再更改。").format(
                day=f"{day:%Y-%m-%d}", takings=fmt(self.report["takings"]), count=self.report["settlements"]["count"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        done = run_op(lambda: cashier.close_day(self.user, day), changes=self.changes,
                      line=lambda exc: QMessageBox.warning(self, self.tr("无法完成"), exc.message),
                      refresh=lambda _topics: self.load())
        return done.value
