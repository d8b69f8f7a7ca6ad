"""维修预约: the appointment book as a grid — a day by hour, or a week by day — against bays or
advisors; booking, deposit, the appointment slip, no-show and cancel; tomorrow's reminder list; and
the arrival of a booked customer, which is the check-in in one action."""
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QInputDialog, QMessageBox, QTableWidgetItem, QWidget

from storage.reception import appointments
from storage.rules.errors import DomainError
from storage.rules.vocabulary import AppointmentStatus, PaymentMethod
from storage.workshop import setup
from ui.forms.ui_reception_appointments import Ui_ReceptionAppointments
from ui.kit.dialogs import run_dialog
from ui.kit.format import money_text, when
from ui.kit.keys import shortcut
from ui.kit.labels import label
from ui.kit.operations import Operations
from ui.kit.paged_model import Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.tables import set_up_fitted_view
from ui.reception.appointment_dialog import DepositDialog
from ui.reception.checkin_dialog import CheckInDialog

HOURS = range(8, 19)  # the store's working day, one row an hour in the day view
ID_ROLE = Qt.ItemDataRole.UserRole + 7
STATUS_COLOURS = {AppointmentStatus.BOOKED: "#e3f2fd", AppointmentStatus.ARRIVED: "#e8f5e9",
                  AppointmentStatus.NO_SHOW: "#fff3e0", AppointmentStatus.CANCELLED: "#eeeeee"}


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def cell_key(row: dict, *, by: str, week: bool):
    """Where an appointment sits in the grid: (row key, column key)."""
    lane = row["bay_id"] if by == "bay" else row["advisor_id"]
    return (lane, row["starts_at"].date()) if week else (row["starts_at"].hour, lane)


def cell_text(row: dict) -> str:
    deposit = f" 定金{money_text(row['deposit'])}" if row["deposit"] else ""
    return f"{row['starts_at']:%H:%M}\n{row['plate']}\n{row['job_type']}{deposit}"  # a plate on a line of its own, never cut


class AppointmentsTab(QWidget):
    def __init__(self, *, user, local=None, ops=None, parent=None):
        super().__init__(parent)
        self.user, self.local = user, local
        self.ops = ops or Operations()
        self.lookup = None  # the look-up tab, for booking the car found there
        self.rows: dict[int, dict] = {}
        self.selected_id = None
        self.ui = Ui_ReceptionAppointments()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.rangeCombo.addItem(self.tr("日视图"), "day")
        self.ui.rangeCombo.addItem(self.tr("周视图"), "week")
        self.ui.byCombo.addItem(self.tr("按工位"), "bay")
        self.ui.byCombo.addItem(self.tr("按服务顾问"), "advisor")
        self.ui.dayEdit.setDate(QDate.currentDate())
        grid = self.ui.gridTable
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setWordWrap(True)
        # Lanes share the width but never shrink below a plate's width: past that the grid scrolls
        # sideways instead of cutting names and plates to "京JR4…" (1366×768, issue 19 defect 11).
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setMinimumSectionSize(grid.fontMetrics().horizontalAdvance("京AD12345") + 16)  # a new-energy plate
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.currentCellChanged.connect(self.show_cell)
        grid.cellActivated.connect(lambda *_: self.check_in())
        self.reminders: list[dict] = []
        self.reminder_model = PagedTableModel(columns=[
            Column("starts_at", self.tr("时间"), fmt=when), Column("plate", self.tr("车牌")),
            Column("customer", self.tr("客户")), Column("phone", self.tr("电话")),
            Column(lambda r: self.tr("已提醒") if r["reminded_at"] else "", self.tr("提醒")),
        ], fetch=lambda cursor, limit: (self.reminders, None), parent=self)
        set_up_fitted_view(self.ui.reminderView, self.reminder_model)
        self.ui.splitter.setSizes([820, 360])
        self.ui.prevButton.clicked.connect(lambda: self.step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.todayButton.clicked.connect(lambda: self.ui.dayEdit.setDate(QDate.currentDate()))
        self.ui.dayEdit.dateChanged.connect(lambda _d: self.reload())
        self.ui.rangeCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.byCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.checkInButton.clicked.connect(self.check_in)
        self.ui.depositButton.clicked.connect(self.deposit)
        self.ui.slipButton.clicked.connect(self.print_slip)
        self.ui.registerButton.clicked.connect(lambda: self.print_register())
        self.ui.noShowButton.clicked.connect(lambda: self.act(appointments.mark_no_show))
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.remindedButton.clicked.connect(self.reminded)
        for key, slot in (("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)),
                          ("Ctrl+R", self.reminded), ("Ctrl+P", self.print_register)):
            shortcut(key, self, slot, local=True)
        self.reload()

    # -- the grid -----------------------------------------------------------------------------------
    @property
    def week(self) -> bool:
        return self.ui.rangeCombo.currentData() == "week"

    def step(self, direction: int) -> None:
        self.ui.dayEdit.setDate(self.ui.dayEdit.date().addDays(direction * (7 if self.week else 1)))

    def lanes(self, by: str) -> list[tuple]:
        """One lane per bay or advisor: setup.bays() lists a bay once per car standing in it."""
        if by == "bay":
            found = [(b["id"], b["name"]) for b in setup.bays()]
        else:
            found = [(a["id"], a["name"]) for a in appointments.advisors()]
        return list(dict.fromkeys(found)) + [(None, self.tr("未指定"))]

    def reload(self) -> None:
        day = self.ui.dayEdit.date().toPython()
        by = self.ui.byCombo.currentData()
        first, last = (week_start(day), week_start(day) + dt.timedelta(days=6)) if self.week else (day, day)
        listed = appointments.schedule(first, last, include_cancelled=False)
        self.rows = {r["id"]: r for r in listed}
        lanes = self.lanes(by)
        if self.week:
            rows = lanes
            columns = [(first + dt.timedelta(days=i), f"{first + dt.timedelta(days=i):%m-%d} "
                        + "一二三四五六日"[i]) for i in range(7)]
        else:
            rows = [(h, f"{h:02d}:00") for h in HOURS]
            columns = lanes
        grid = self.ui.gridTable
        grid.clear()
        grid.setRowCount(len(rows))
        grid.setColumnCount(len(columns))
        grid.setVerticalHeaderLabels([label for _key, label in rows])
        grid.setHorizontalHeaderLabels([label for _key, label in columns])
        cells: dict[tuple, list] = {}
        for r in listed:
            key = cell_key(r, by=by, week=self.week)
            if not self.week:  # before or after opening hours: the first or the last row
                key = (min(max(key[0], HOURS[0]), HOURS[-1]), key[1])
            cells.setdefault(key, []).append(r)
        row_index = {key: i for i, (key, _l) in enumerate(rows)}
        column_index = {key: i for i, (key, _l) in enumerate(columns)}
        for (row_key, column_key), found in cells.items():
            if row_key not in row_index or column_key not in column_index:
                continue
            item = QTableWidgetItem("\n".join(cell_text(r) for r in found))
            item.setData(ID_ROLE, found[0]["id"])
            item.setBackground(QBrush(QColor(STATUS_COLOURS.get(found[0]["status"], "#ffffff"))))
            item.setToolTip("\n".join(f"{r['number']} {r['customer']} {r['request']}" for r in found))
            grid.setItem(row_index[row_key], column_index[column_key], item)
        self.reminders = appointments.reminder_list()
        self.reminder_model.reload()
        self.show_cell(grid.currentRow(), grid.currentColumn())

    def show_cell(self, row: int, column: int, *_args) -> None:
        item = self.ui.gridTable.item(row, column) if row >= 0 and column >= 0 else None
        self.selected_id = item.data(ID_ROLE) if item is not None else None
        a = self.rows.get(self.selected_id)
        enabled = a is not None and a["status"] == AppointmentStatus.BOOKED
        for button in (self.ui.checkInButton, self.ui.depositButton, self.ui.noShowButton, self.ui.cancelButton):
            button.setEnabled(enabled)
        self.ui.slipButton.setEnabled(a is not None)
        if a is None:
            self.ui.detailLabel.setText(self.tr("选中格子查看预约；在“查档案”中选车后按 F3 预约。"))
            return
        self.ui.detailLabel.setText(self.tr(
            "<b>{number}</b>（{status}）<br>{start}–{end:%H:%M}　{bay}　{advisor}<br>{plate} {model}<br>{customer} {phone}<br>"
            "{job}：{request}<br>备件：{parts}　定金 {deposit}").format(
            number=a["number"], status=label(a["status"]), start=when(a["starts_at"]), end=a["ends_at"],
            bay=a["bay"] or "—",
            advisor=a["advisor"] or "—", plate=a["plate"], model=a["model"], customer=a["customer"], phone=a["phone"],
            job=label(a["job_type"]), request=a["request"] or "—", parts=a["parts_note"] or "—",
            deposit=money_text(a["deposit"])))

    def current(self):
        return self.rows.get(self.selected_id)

    # -- actions ------------------------------------------------------------------------------------
    def refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()

    def run(self, action):
        """An operation of this tab: a refusal in the red line; what it changed reloads the pages."""
        done = self.ops.run(action, line=self.refuse)
        if done:
            self.ui.errorLabel.hide()
        return done

    def act(self, action, *args, **kwargs) -> None:
        a = self.current()
        if a is None:
            return
        self.run(lambda: action(self.user, a["id"], a["version"], *args, **kwargs))

    def check_in(self) -> None:
        a = self.current()
        if a is None or a["status"] != AppointmentStatus.BOOKED:
            return

        dialog = CheckInDialog(user=self.user, appointment_id=a["id"], vehicle_id=a["vehicle_id"],
                               title=f"{a['number']}　{a['plate']} {a['model']}　{a['customer']}", parent=self)
        if self.run(lambda: run_dialog(dialog)).value:
            if self.lookup is not None:
                self.lookup.open_order_id(dialog.order.id)

    def deposit(self) -> None:
        a = self.current()
        if a is None:
            return

        minimum = appointments.appointment_slip(a["id"])["minimum_deposit"]
        self.run(lambda: run_dialog(DepositDialog(user=self.user, row=a, minimum=minimum, parent=self)))

    def cancel(self) -> None:
        a = self.current()
        if a is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("取消预约"), self.tr("取消原因："))
        if not ok:
            return
        refund = None
        if a["deposit"]:
            answer = QMessageBox.question(self, self.tr("预约定金"), self.tr("定金 {d} 退还客户（现金）吗？选“否”则按约定不退。").format(
                d=money_text(a["deposit"])))
            refund = PaymentMethod.CASH if answer == QMessageBox.StandardButton.Yes else None
        self.act(appointments.cancel, reason, refund_method=refund, keep_deposit=bool(a["deposit"]) and refund is None)

    def reminded(self) -> None:
        index = self.ui.reminderView.currentIndex()
        if not index.isValid():
            return
        r = self.reminder_model.row(index.row())
        self.run(lambda: appointments.mark_reminded(self.user, r["id"], r["version"]))

    def shown_period(self) -> str:
        """The day or week on the board, as the register's NUMBER (2026-11-24 or 2026-W48)."""
        day = self.ui.dayEdit.date().toPython()
        if self.week:
            year, number, _ = day.isocalendar()
            return f"{year}-W{number:02d}"
        return f"{day:%Y-%m-%d}"

    def print_register(self):
        """维修预约登记表 of the day or the week shown."""
        return preview_document(self, "appointment-register", self.shown_period(), user=self.user, local=self.local,
                                on_error=self.refuse)

    def print_slip(self) -> None:
        a = self.current()
        if a is not None:
            preview_document(self, "appointment", a["number"], user=self.user, local=self.local)
