"""代步车 tab at reception: the fleet with each car's status (空闲 / 借出 / 逾期 in red / 停用), a car
handed out for the order selected in 今日车辆 (or any open order typed in), taken back, and its
hand-out/return sheet printed. The manager keeps the fleet here too (新增 / 修改 / 停用; retired cars are
listed for the manager only). Keyboard: Ctrl+L 借出, Ctrl+R 归还, Ctrl+P 打印交接单, Ctrl+Shift+A 新增代步车,
Ctrl+Shift+E 修改 / 停用."""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from storage.reception import loaners
from storage.rules.auth import may
from storage.rules.money import fmt
from ui.forms.ui_reception_loaners import Ui_ReceptionLoanersTab
from ui.kit.dialogs import run_dialog
from ui.kit.keys import shortcut
from ui.kit.messages import say
from ui.kit.print_actions import preview_document
from ui.kit.style import RED
from ui.kit.tables import fill_table
from ui.reception.loan_out_dialog import LoanOutDialog
from ui.reception.loan_return_dialog import LoanReturnDialog
from ui.reception.loaner_car_dialog import LoanerCarDialog

# The fleet's status words (storage.reception.loaners): lupdate sees them here.
_STATUS_WORDS = (QT_TRANSLATE_NOOP("LoanerData", "空闲"), QT_TRANSLATE_NOOP("LoanerData", "借出"),
                 QT_TRANSLATE_NOOP("LoanerData", "逾期"), QT_TRANSLATE_NOOP("LoanerData", "停用"))


def status_word(text: str) -> str:
    return QCoreApplication.translate("LoanerData", text)


class LoanersTab(QWidget):
    overdue_changed = Signal(int)

    def __init__(self, *, user, ops, local=None, selected_order=None, parent: QWidget | None = None):
        """`selected_order()` gives the order selected elsewhere at reception (今日车辆), a dict with
        "number", or None: the hand-out starts from it."""
        super().__init__(parent)
        self.ui = Ui_ReceptionLoanersTab()
        self.ui.setupUi(self)
        self.user, self.ops, self.local = user, ops, local
        self.selected_order = selected_order or (lambda: None)
        self.cars: list[dict] = []
        table = self.ui.fleetTable
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.itemSelectionChanged.connect(self._enable)
        self.ui.handOutButton.clicked.connect(lambda: self.hand_out())
        self.ui.returnButton.clicked.connect(lambda: self.take_back())
        self.ui.printButton.clicked.connect(lambda: self.print_sheet())
        self.ui.addCarButton.clicked.connect(lambda: self.edit_car(new=True))
        self.ui.editCarButton.clicked.connect(lambda: self.edit_car())
        self.keeps_fleet = may(user, "loaners.fleet")
        for button in (self.ui.addCarButton, self.ui.editCarButton):
            button.setVisible(self.keeps_fleet)
        for key, button in (("Ctrl+L", self.ui.handOutButton), ("Ctrl+R", self.ui.returnButton),
                            ("Ctrl+P", self.ui.printButton), ("Ctrl+Shift+A", self.ui.addCarButton),
                            ("Ctrl+Shift+E", self.ui.editCarButton)):
            shortcut(key, self, button.click, local=True)
        self.ui.errorLabel.hide()
        self.reload()

    def focus_main_input(self) -> None:
        self.ui.fleetTable.setFocus()
        if self.ui.fleetTable.currentRow() < 0 and self.cars:
            self.ui.fleetTable.selectRow(0)

    def reload(self) -> None:
        chosen = self.current()
        self.cars = loaners.fleet(include_retired=self.keeps_fleet)
        rows = []
        for car in self.cars:
            loan = car["loan"]
            rows.append([car["plate"], car["model"], car["colour"], status_word(car["status"]), f"{car['mileage']:,}",
                         loaners.fuel_text(car["fuel"]), loan["order_number"] if loan else "",
                         loan["customer"] if loan else "", f"{loan['due_at']:%m-%d %H:%M}" if loan else "",
                         fmt(loan["deposit"]) if loan and loan["deposit"] else ""])
        fill_table(self.ui.fleetTable, [self.tr("车牌"), self.tr("车型"), self.tr("颜色"), self.tr("状态"),
                                        self.tr("里程 km"), self.tr("油量"), self.tr("工单"), self.tr("客户"),
                                        self.tr("约定归还"), self.tr("押金")], rows, numeric={4, 9}, stretch=7)
        late = [car for car in self.cars if car["status"] == loaners.OVERDUE]
        for r, car in enumerate(self.cars):
            if car["status"] == loaners.OVERDUE:
                for c in range(self.ui.fleetTable.columnCount()):
                    self.ui.fleetTable.item(r, c).setForeground(RED)
        self.ui.overdueLabel.setText(self.tr("逾期未还 {n} 辆：{cars}").format(
            n=len(late), cars="、".join(f"{c['plate']}（{c['loan']['customer']}，约定 {c['loan']['due_at']:%m-%d %H:%M}）"
                                        for c in late)) if late else "")
        self.ui.overdueLabel.setVisible(bool(late))
        for r, car in enumerate(self.cars):
            if chosen and car["id"] == chosen["id"]:
                self.ui.fleetTable.selectRow(r)
        self._enable()
        self.overdue_changed.emit(len(late))

    def current(self) -> dict | None:
        row = self.ui.fleetTable.currentRow()
        return self.cars[row] if 0 <= row < len(self.cars) else None

    def _enable(self) -> None:
        car = self.current()
        self.ui.handOutButton.setEnabled(any(c["loan"] is None and c["active"] for c in self.cars))
        self.ui.returnButton.setEnabled(bool(car and car["loan"]))
        self.ui.printButton.setEnabled(bool(car and (car["loan"] or loaners.latest_number())))
        self.ui.editCarButton.setEnabled(car is not None)

    def _done(self, text: str) -> None:
        say(self.ui.errorLabel, text, ok=True)
        self.reload()

    # -- acting ------------------------------------------------------------------------------------
    def hand_out(self, *, dialog_factory=LoanOutDialog):
        car = self.current()
        order = self.selected_order()
        dialog = dialog_factory(user=self.user, ops=self.ops, cars=[c for c in self.cars if c["status"] == loaners.FREE],
                                car_id=car["id"] if car else None, order_number=order["number"] if order else "",
                                parent=self)
        if not run_dialog(dialog):
            return None
        loan = dialog.loan
        self._done(self.tr("已借出：{plate}，借用单 {number}。").format(plate=dialog.car_plate, number=loan.number))
        return preview_document(self, "loaner-sheet", loan.number, user=self.user, local=self.local)

    def take_back(self, *, dialog_factory=LoanReturnDialog):
        car = self.current()
        if not car or not car["loan"]:
            return None
        dialog = dialog_factory(user=self.user, ops=self.ops, car=car, parent=self)
        if not run_dialog(dialog):
            return None
        loan = dialog.loan
        self._done(self.tr("已归还：{plate}，退还押金 {refund}。").format(plate=car["plate"], refund=fmt(loan.deposit_refunded)))
        return preview_document(self, "loaner-sheet", loan.number, user=self.user, local=self.local)

    def edit_car(self, *, new: bool = False, dialog_factory=LoanerCarDialog):
        """The manager's: a car added to the fleet, or the selected one changed or retired."""
        car = None if new else self.current()
        if not self.keeps_fleet or (not new and car is None):
            return None
        dialog = dialog_factory(user=self.user, ops=self.ops, car=car, parent=self)
        if not run_dialog(dialog):
            return None
        self._done(self.tr("已保存代步车 {plate}。").format(plate=dialog.car_saved.plate))
        return dialog.car_saved

    def print_sheet(self):
        car = self.current()
        number = (car["loan"]["number"] if car and car["loan"] else None) or loaners.latest_number()
        return preview_document(self, "loaner-sheet", number, user=self.user, local=self.local) if number else None
