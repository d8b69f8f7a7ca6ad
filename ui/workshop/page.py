"""车间调度: the job board, the selected car's lines (start / pause for parts / finish, the
technicians' clock), and the doors to dispatch, added work, QC, the wall display, the day's figures
and the manager's set-up. Every rule is storage.workshop's; this page shows and asks."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMenu, QTableWidgetItem, QToolButton, QWidget

from storage import workshop
from storage.models import User, now
from storage.rules.auth import may
from storage.rules.vocabulary import AddedWorkAnswer, LineStatus
from ui.forms.ui_workshop_page import Ui_WorkshopPage
from ui.kit.format import number_text
from ui.kit.labels import label
from ui.kit.operations import Operations, run_op
from ui.kit.print_actions import preview_document
from ui.workshop.added_work_dialog import AddedWorkDialog
from ui.workshop.board_view import BoardView
from ui.workshop.cards import waiting_text
from ui.workshop.clock_panel import ClockPanel
from ui.workshop.day_dialog import WorkshopDayDialog
from ui.workshop.dispatch_dialog import DispatchDialog
from ui.workshop.history_dialog import WorkshopHistoryDialog
from ui.workshop.process_dialog import ProcessCheckDialog
from ui.workshop.qc_dialog import QcDialog
from ui.workshop.setup_dialog import WorkshopSetupDialog
from ui.workshop.wages_dialog import WorkshopWagesDialog
from ui.workshop.wall import WallBoard

BOARD_TOPICS = {"orders", "workshop"}
LINE_COLUMNS = ("项目", "工时", "班组", "技师", "工位", "状态", "计时中")


def line_status_text(line: dict) -> str:
    """A line's state as the dispatcher reads it: the customer's answer on added work first."""
    if line["added_work_id"] and line["answer"] in (AddedWorkAnswer.PENDING, ""):
        return QCoreApplication.translate("WorkshopPage", "增项待客户答复")
    if line["added_work_id"] and line["answer"] == AddedWorkAnswer.REFUSED:
        return QCoreApplication.translate("WorkshopPage", "客户拒绝")
    if line["status"] == LineStatus.PAUSED:
        return waiting_text(line["pause_reason"])
    return label(line["status"])


class WorkshopPage(QWidget):
    NAME = "workshop"

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.changes = changes
        self.local = local
        self.ui = Ui_WorkshopPage()
        self.ui.setupUi(self)
        self.board = BoardView(workshop.BOARD_COLUMNS, self.ui.boardContents)
        self.ui.boardLayout.addWidget(self.board)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([490, 230])
        self.detail = None
        self.wall = None
        self._setup_lines_table()
        self._wire()
        self._apply_permissions()
        self.reload_technicians()
        self.reload_board()
        self.show_detail(0)
        if changes is not None:
            changes.changed.connect(self.on_changed)

    def focus_main_input(self) -> None:
        """After login the keyboard starts on the board, a card picked: ↑ ↓ ← → and F2 at once."""
        column = next((c for c in self.board.columns if c.list.count()), self.board.columns[0])
        column.list.setFocus()

    def title(self) -> str:
        return self.tr("车间调度")

    # -- set-up ------------------------------------------------------------------------------------
    def _setup_lines_table(self) -> None:
        table = self.ui.linesTable
        table.setColumnCount(len(LINE_COLUMNS))
        table.setHorizontalHeaderLabels([
            self.tr("项目"), self.tr("工时"), self.tr("班组"), self.tr("技师"), self.tr("工位"), self.tr("状态"), self.tr("计时中"),
        ])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(LINE_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)

    def _wire(self) -> None:
        ui = self.ui
        self.board.selected.connect(self.show_detail)
        self.board.activated.connect(lambda _order: self.open_dispatch())
        ui.dispatchButton.clicked.connect(self.open_dispatch)
        ui.addedWorkButton.clicked.connect(self.open_added_work)
        ui.qcButton.clicked.connect(self.open_qc)
        ui.processButton.clicked.connect(self.open_process_check)
        ui.ticketButton.clicked.connect(self.print_ticket)
        ui.wallButton.clicked.connect(self.open_wall)
        ui.setupButton.clicked.connect(self.open_setup)
        ui.dayButton.clicked.connect(self.open_day)
        ui.wagesButton.clicked.connect(self.open_wages)
        ui.startButton.clicked.connect(self.start_line)
        ui.pauseButton.clicked.connect(self.pause_line)
        ui.finishButton.clicked.connect(self.finish_line)
        ui.clockOnButton.clicked.connect(self.clock_on)
        ui.clockOffButton.clicked.connect(self.clock_off)
        ui.clockPanelButton.clicked.connect(self.open_clock_panel)
        ui.historyButton.clicked.connect(self.open_history)
        ui.moveButton.clicked.connect(self.move_car)
        ui.partsButton.clicked.connect(self.request_parts)
        ui.submitQcButton.clicked.connect(self.submit_for_qc)
        for keys, slot in (("F2", self.open_dispatch), ("F3", self.open_added_work), ("F4", self.open_qc), ("F10", self.open_process_check),
                           ("Ctrl+P", self.print_ticket), ("F11", self.open_wall), ("F5", self.reload_board),
                           ("Ctrl+S", self.start_line), ("Ctrl+W", self.pause_line), ("Ctrl+D", self.finish_line),
                           ("F6", self.move_car), ("F7", self.open_clock_panel), ("F8", self.request_parts),
                           ("F9", self.submit_for_qc), ("Ctrl+H", self.open_history), ("Ctrl+J", self.open_wages)):
            QShortcut(QKeySequence(keys), self, activated=slot)

    def _apply_permissions(self) -> None:
        ui, user = self.ui, self.user
        dispatcher = may(user, "order.dispatch")
        progress = may(user, "workshop.progress")
        ui.dispatchButton.setVisible(dispatcher)
        ui.moveButton.setVisible(dispatcher)
        ui.partsButton.setVisible(dispatcher)
        ui.submitQcButton.setVisible(progress)
        ui.clockPanelButton.setVisible(progress)
        ui.ticketButton.setVisible(dispatcher)
        ui.addedWorkButton.setVisible(may(user, "order.added_work.raise"))
        ui.qcButton.setVisible(may(user, "order.qc"))
        ui.processButton.setVisible(may(user, "order.qc"))
        ui.setupButton.setVisible(may(user, "workshop.setup"))
        ui.dayButton.setVisible(may(user, "workshop.figures"))
        ui.wagesButton.setVisible(may(user, "workshop.wages"))
        for widget in (ui.startButton, ui.pauseButton, ui.finishButton, ui.technicianLabel, ui.technicianCombo,
                       ui.clockOnButton, ui.clockOffButton):
            widget.setVisible(progress)
        self._fold_into_more_menu((ui.clockPanelButton, ui.historyButton, ui.dayButton, ui.wagesButton, ui.setupButton))

    def _fold_into_more_menu(self, buttons) -> None:
        """The occasional actions go under one 更多 button, so the toolbar fits a 1366-pixel screen;
        their keyboard shortcuts stay as they are."""
        menu = QMenu(self)
        for button in buttons:
            if button.isVisibleTo(self):
                menu.addAction(button.text(), button.click)
            button.setVisible(False)
        more = QToolButton(self)
        more.setObjectName("moreButton")
        more.setText(self.tr("更多"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(menu)
        more.setVisible(not menu.isEmpty())
        layout = self.ui.toolbarLayout
        layout.insertWidget(layout.indexOf(self.ui.wallButton), more)

    # -- what others changed -------------------------------------------------------------------------
    def on_changed(self, topics: set) -> None:
        if topics & BOARD_TOPICS:
            self.reload_board()
            self.show_detail(self.board.current_order)
        if "settings" in topics:
            self.reload_technicians()

    def reload_board(self) -> None:
        cards = workshop.board(user=self.user)
        self.board.show_cards(cards, now().date())
        late = sum(1 for c in cards if c.overdue)
        self.ui.countsLabel.setText(
            self.tr("在厂 {n} 台，超时 {late} 台 · 刷新于 {at}").format(n=len(cards), late=late, at=now().strftime("%H:%M:%S"))
        )

    def reload_technicians(self) -> None:
        combo = self.ui.technicianCombo
        keep = combo.currentData()
        combo.clear()
        for tech in workshop.technicians():
            combo.addItem(f"{tech['name']}（{tech['team']}）", tech["id"])
        if keep is not None and combo.findData(keep) >= 0:
            combo.setCurrentIndex(combo.findData(keep))

    # -- the selected car -----------------------------------------------------------------------------
    def show_detail(self, order_id: int) -> None:
        table = self.ui.linesTable
        keep = self.current_line()
        self.detail = workshop.order_detail(order_id) if order_id else None
        if self.detail is None:
            table.setRowCount(0)
            self.ui.detailLabel.setText(self.tr("在看板上选择一辆车（方向键移动，回车打开接车派工）。"))
            return
        order = self.detail["order"]
        self.ui.detailLabel.setText(self.tr("{number} · {plate} · {job} · {status} · 顾问 {advisor}").format(
            number=order.number, plate=self.detail["plate"], job=order.job_type, status=order.status,
            advisor=self.detail["advisor"]))
        lines = [l for l in self.detail["lines"] if l["kind"] == "工时" and l["status"] != LineStatus.CANCELLED]
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            clock = "、".join(f"{c['technician']} {c['since']:%H:%M}" for c in line["on_clock"])
            values = (line["description"], number_text(line["quantity"]), line["team"], line["technician"], line["bay"],
                      line_status_text(line), clock)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line["status"] == LineStatus.PAUSED or (line["added_work_id"] and line["answer"] != AddedWorkAnswer.AGREED):
                    item.setForeground(QBrush(QColor("#b45309")))
                table.setItem(row, column, item)
        rows = [r for r in range(len(lines)) if lines[r]["id"] == (keep or {}).get("id")]
        table.selectRow(rows[0] if rows else 0)

    def current_line(self) -> dict | None:
        row = self.ui.linesTable.currentRow()
        item = self.ui.linesTable.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected_order(self):
        if self.detail is None:
            self.ui.errorLabel.setText(self.tr("请先在看板上选择一辆车。"))
            return None
        return self.detail["order"]

    def _act(self, action) -> bool:
        """Run a storage action; a refusal shows in the red line and nothing else changes."""
        self.ui.errorLabel.clear()
        self.ui.noticeLabel.clear()
        return bool(run_op(action, changes=self.changes, line=self.ui.errorLabel, refresh=self.on_changed))

    def _line_action(self, action) -> None:
        line = self.current_line()
        if line is None:
            self.ui.errorLabel.setText(self.tr("请先选择一个维修项目。"))
            return
        self._act(lambda: action(line))

    def start_line(self) -> None:
        self._line_action(lambda line: workshop.start_line(self.user, line["id"], line["version"]))

    def pause_line(self, reason: str | None = None) -> None:
        line = self.current_line()
        if line is None:
            self.ui.errorLabel.setText(self.tr("请先选择一个维修项目。"))
            return
        if not isinstance(reason, str):
            reason, ok = QInputDialog.getText(self, self.tr("待料暂停"), self.tr("等待什么备件（待料原因）："))
            if not ok:
                return
        self._act(lambda: workshop.pause_line(self.user, line["id"], line["version"], reason))

    def finish_line(self) -> None:
        self._line_action(lambda line: workshop.finish_line(self.user, line["id"], line["version"]))

    def clock_on(self) -> None:
        technician = self.ui.technicianCombo.currentData()
        self._line_action(lambda line: workshop.clock_on(self.user, technician, line["id"]))

    def clock_off(self) -> None:
        technician = self.ui.technicianCombo.currentData()
        self._act(lambda: workshop.clock_off(self.user, technician))

    # -- the car as a whole ------------------------------------------------------------------------------
    def move_car(self, bay_id: int | None | bool = False) -> None:
        """换工位: pick another bay, or none (the car waits in the car park); storage refuses a
        taken bay. `bay_id` skips the question (tests and callers that know)."""
        order = self._selected_order()
        if order is None or not may(self.user, "order.dispatch"):
            return
        if bay_id is False:
            choices = [(self.tr("不占工位（移到停车区）"), None)]
            for bay in workshop.bays():
                taken = bay["order_id"] and bay["order_id"] != order.id
                note = self.tr("占用：{plate}").format(plate=bay["plate"]) if taken else self.tr("空闲")
                if bay["order_id"] == order.id:
                    note = self.tr("当前")
                choices.append((f"{bay['name']}（{bay['kind']}，{note}）", bay["id"]))
            labels = [label for label, _ in choices]
            current = next((i for i, (_l, bid) in enumerate(choices) if bid == order.bay_id), 0)
            label, ok = QInputDialog.getItem(self, self.tr("换工位"), self.tr("{plate} 移到：").format(
                plate=self.detail["plate"]), labels, current, False)
            if not ok:
                return
            bay_id = choices[labels.index(label)][1]
        self._act(lambda: workshop.move_car(self.user, order.id, order.version, bay_id))

    def request_parts(self) -> None:
        """补发领料单: part lines added at reception since dispatch go to the warehouse too."""
        order = self._selected_order()
        if order is None or not may(self.user, "order.dispatch"):
            return
        count = []
        if self._act(lambda: count.append(workshop.request_parts(self.user, order.id))):
            if count[0]:
                self.ui.noticeLabel.setText(self.tr("已向仓库发出 {n} 条领料申请。").format(n=count[0]))
            else:
                self.ui.noticeLabel.setText(self.tr("没有需要补发的领料：备件都已申请过。"))

    def submit_for_qc(self) -> None:
        """报检: the order goes to the inspector (storage refuses while a line is unfinished)."""
        order = self._selected_order()
        if order is None or not may(self.user, "workshop.progress"):
            return
        self._act(lambda: workshop.submit_for_qc(self.user, order.id, order.version))

    # -- dialogs and windows --------------------------------------------------------------------------
    def _after_dialog(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.changes is None:  # a page on its own: with a notifier the dialog's commits reach it from storage
            dialog.finished.connect(lambda _result: self.on_changed(set(BOARD_TOPICS)))
        dialog.open()

    def open_dispatch(self):
        order = self._selected_order()
        if order is None or not may(self.user, "order.dispatch"):
            return None
        dialog = DispatchDialog(user=self.user, order_id=order.id, parent=self)
        self._after_dialog(dialog)
        return dialog

    def open_added_work(self):
        order = self._selected_order()
        if order is None or not may(self.user, "order.added_work.raise"):
            return None
        dialog = AddedWorkDialog(user=self.user, order_id=order.id, parent=self)
        self._after_dialog(dialog)
        return dialog

    def open_qc(self):
        order = self._selected_order()
        if order is None or not may(self.user, "order.qc"):
            return None
        dialog = QcDialog(user=self.user, order_id=order.id, local=self.local, parent=self)
        self._after_dialog(dialog)
        return dialog

    def open_process_check(self):
        """过程检验 (F10): the inspector's checks while the selected car is being worked on."""
        order = self._selected_order()
        if order is None or not may(self.user, "order.qc"):
            return None
        dialog = ProcessCheckDialog(user=self.user, order_id=order.id, local=self.local, parent=self,
                                    ops=Operations(changes=self.changes, refresh=self.on_changed))
        self._after_dialog(dialog)
        return dialog

    def open_clock_panel(self):
        if not may(self.user, "workshop.progress"):
            return None
        dialog = ClockPanel(user=self.user, changes=self.changes, parent=self)
        self._after_dialog(dialog)
        return dialog

    def open_history(self):
        dialog = WorkshopHistoryDialog(user=self.user, changes=self.changes, local=self.local, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_setup(self):
        dialog = WorkshopSetupDialog(user=self.user, parent=self)
        dialog.finished.connect(lambda _result: self.reload_technicians())
        dialog.open()
        return dialog

    def open_day(self):
        dialog = WorkshopDayDialog(user=self.user, parent=self)
        dialog.open()
        return dialog

    def open_wages(self):
        """计件工资 for the workshop head and the manager (storage refuses anyone else)."""
        if not may(self.user, "workshop.wages"):
            return None
        dialog = WorkshopWagesDialog(user=self.user, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_wall(self, *, full_screen: bool = True):
        if self.wall is None:
            self.wall = WallBoard(changes=self.changes)
            self.wall.destroyed.connect(lambda *_: setattr(self, "wall", None))
        if full_screen:
            self.wall.showFullScreen()
        else:
            self.wall.show()
        self.wall.raise_()
        return self.wall

    def print_ticket(self):
        order = self._selected_order()
        if order is None:
            return None
        return preview_document(self, "job-ticket", order.number, user=self.user, local=self.local)
