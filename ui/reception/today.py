"""今日车辆: every car in the store and those handed back today, by promised time, with the
progress warning at 70–80 % of the promised time (amber), a late car (red, so the customer is told
early), ready after QC (green) and the time to call the customer to collect (1 h or 4 h ahead)."""
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.reception import progress
from storage.rules.errors import DomainError
from storage.rules.vocabulary import OrderStatus
from ui.forms.ui_reception_delay import Ui_ReceptionDelay
from ui.forms.ui_reception_today import Ui_ReceptionToday
from ui.kit.dialog_base import PreservingDialog
from ui.kit.dialogs import run_dialog
from ui.kit.format import money_text, when
from ui.kit.keys import shortcut
from ui.kit.labels import label
from ui.kit.operations import Operations
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.style import AMBER, GREEN, RED
from ui.kit.tables import set_up_fitted_view
from ui.reception.order_editor import OrderEditor


def warning(row: dict) -> str:
    """The flag the advisor acts on, most urgent first; a loaner car overdue (代步车) comes before all."""
    flag = _order_warning(row)
    if row.get("loan_overdue"):
        overdue = QCoreApplication.translate("ReceptionToday", "代步车逾期未还")
        return f"{overdue}；{flag}" if flag else overdue
    return flag


def warning_colour(row: dict):
    return RED if row.get("loan_overdue") else colour(row)


def _order_warning(row: dict) -> str:
    if row["late"]:
        return QCoreApplication.translate("ReceptionToday", "已超时，尚未通知客户") if row["delay_unannounced"] else QCoreApplication.translate("ReceptionToday", "已超时（已通知）")
    if row["pending_answers"]:
        return QCoreApplication.translate("ReceptionToday", "追加项目待答复 {n}").format(n=row["pending_answers"])
    if row["progress_due"]:
        return QCoreApplication.translate("ReceptionToday", "已过 70%，请询问进度")
    if row["call_due"]:
        return QCoreApplication.translate("ReceptionToday", "请通知客户取车")
    if row["ready"] and row["cashier_handover_at"] is None:
        return QCoreApplication.translate("ReceptionToday", "已通知，待结算") if row["customer_notified_at"] else QCoreApplication.translate("ReceptionToday", "完工")
    return ""


def colour(row: dict):
    if row["late"]:
        return RED
    if row["progress_due"] or row["pending_answers"]:
        return AMBER
    if row["ready"] or row["status"] == OrderStatus.SETTLED:
        return GREEN
    return None


def job_text(row: dict) -> str:
    """A comeback (返修: back for the same fault) is marked so it stands out in the list."""
    return f"↩ {label(row['job_type'])}" if row["comeback"] else label(row["job_type"])


def job_colour(row: dict):
    return RED if row["comeback"] else None


def rework_text(figures: dict, today: dt.date) -> str:
    """The month's comeback figures for the tab's header (返修率)."""
    text = QCoreApplication.translate("ReceptionToday", "{month} 月返修率 <b>{rate}%</b>（返修 {comebacks} 台 / 交车 {delivered} 台）")
    return text.format(month=today.month, rate=f"{figures['rate_percent']:f}", comebacks=figures["comebacks"],
                       delivered=figures["delivered"])


def percent(row: dict) -> str:
    fraction = row["fraction"]
    return "" if fraction is None else f"{min(fraction, 9) * 100:.0f}%"


class DelayDialog(PreservingDialog):
    def __init__(self, *, user, row: dict, parent=None):
        super().__init__(parent)
        self.user, self.row = user, row
        self.ui = Ui_ReceptionDelay()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.infoLabel.setText(self.tr("{number} {plate}，原定 {promised}").format(
            number=row["number"], plate=row["plate"], promised=when(row["promised_at"])))
        start = row["promised_at"] or QDateTime.currentDateTime().toPython()
        self.ui.newTimeEdit.setDateTime(QDateTime(start).addSecs(3600))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        try:
            progress.notify_delay(self.user, self.row["id"], self.row["version"], reason=self.ui.reasonEdit.text(),
                                  new_promised_at=self.ui.newTimeEdit.dateTime().toPython())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()


class TodayTab(QWidget):
    def __init__(self, *, user, local=None, ops=None, parent=None):
        super().__init__(parent)
        self.user, self.local = user, local
        self.ops = ops or Operations()
        self.ui = Ui_ReceptionToday()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.legendLabel.setText(self.tr("红色：已超过预计交车时间；橙色：已过 70% 需询问进度或有追加项目待答复；绿色：完工待交车；"
                                            "↩ 返修：同一故障返厂。取车通知：两天以内的活提前 1 小时，两天以上提前 4 小时。"))
        self.model = PagedTableModel(columns=[
            Column("number", self.tr("工单号")), Column("plate", self.tr("车牌")), Column("model", self.tr("车型")),
            Column("customer", self.tr("客户")), Column(job_text, self.tr("业务"), colour=job_colour),
            Column("status", self.tr("状态"), fmt=label, colour=colour),
            Column("promised_at", self.tr("预计交车"), fmt=when), Column(percent, self.tr("进度"), align=RIGHT, colour=colour),
            Column("call_at", self.tr("通知取车"), fmt=when),
            Column("estimate_total", self.tr("估价"), align=RIGHT, fmt=money_text),
            Column(warning, self.tr("提示"), colour=warning_colour), Column("advisor", self.tr("接待")),
        ], fetch=self._fetch, page_size=50, parent=self)
        set_up_fitted_view(self.ui.carsView, self.model)
        self.ui.carsView.activated.connect(lambda _i: self.open_order())
        self.ui.openButton.clicked.connect(self.open_order)
        self.ui.checkedButton.clicked.connect(lambda: self.act(progress.record_progress_check))
        self.ui.delayButton.clicked.connect(self.delay)
        self.ui.collectButton.clicked.connect(lambda: self.act(progress.notify_collect))
        self.ui.cashierButton.clicked.connect(lambda: self.act(progress.hand_to_cashier))
        self.ui.deliverButton.clicked.connect(self.deliver)
        self.ui.cardButton.clicked.connect(self.print_card)
        for key, button in (("Ctrl+J", self.ui.checkedButton), ("Ctrl+D", self.ui.delayButton),
                            ("Ctrl+T", self.ui.collectButton), ("Ctrl+G", self.ui.cashierButton),
                            ("Ctrl+Shift+J", self.ui.deliverButton), ("Ctrl+Shift+K", self.ui.cardButton)):
            shortcut(key, self, button.click, local=True)
        self.reload()

    def _fetch(self, cursor, limit):
        return progress.today_cars(after=cursor, limit=limit)

    def show_rework_rate(self) -> None:
        today = dt.date.today()
        figures = progress.rework_rate(today.replace(day=1), today)
        self.ui.rateLabel.setText(rework_text(figures, today))

    def reload(self) -> None:
        self.show_rework_rate()
        selected = self.current()
        self.model.reload()
        if selected is not None:
            for row in range(self.model.rows_loaded()):
                if self.model.row(row)["id"] == selected["id"]:
                    self.ui.carsView.selectRow(row)

    def current(self):
        index = self.ui.carsView.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def act(self, action) -> None:
        row = self.current()
        if row is None:
            return
        if self.ops.run(lambda: action(self.user, row["id"], row["version"]), line=self.ui.errorLabel):
            self.ui.errorLabel.hide()

    def deliver(self) -> None:
        """交车 hands the car back for good: the advisor confirms which car and to whom."""
        row = self.current()
        if row is None:
            return
        if row["status"] != OrderStatus.SETTLED:  # not yet: storage's refusal says why, nothing to confirm
            self.act(progress.deliver)
            return
        car = row["plate"] + (f"（{row['model']}）" if row["model"] else "")
        question = self.tr("把 {car} 交给客户 {customer}？\n工单 {number}：钥匙、随车物品和单据已当面交还，客户已验车签字。").format(
            car=car, customer=row["customer"], number=row["number"])
        answer = QMessageBox.question(self, self.tr("交车"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.act(progress.deliver)

    def print_card(self) -> None:
        """售后服务卡 for the selected car, handed over with the keys (next service, hotline, advisor)."""
        row = self.current()
        if row is not None:
            preview_document(self, "service-card", row["number"], user=self.user, local=self.local)

    def delay(self) -> None:
        row = self.current()
        if row is not None:
            self.ops.run(lambda: run_dialog(DelayDialog(user=self.user, row=row, parent=self)))

    def open_order(self) -> None:
        row = self.current()
        if row is None:
            return

        run_dialog(OrderEditor(user=self.user, order_id=row["id"], local=self.local, ops=self.ops, parent=self))
