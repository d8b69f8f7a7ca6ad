"""借出代步车: a free car of the fleet handed to the customer of an open order, with its mileage and
fuel read, the damage already on it, the deposit and the promised return (storage.reception.loaners)."""
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from storage.reception import loaners
from storage.rules import settings
from storage.rules.errors import DomainError
from ui.forms.ui_reception_loan_out import Ui_ReceptionLoanOutDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.keys import EnterMovesOn
from ui.kit.messages import say


class LoanOutDialog(PreservingDialog):
    """exec() == Accepted leaves the Loan in `self.loan` and the car's plate in `self.car_plate`."""

    def __init__(self, *, user, ops, cars: list[dict], car_id: int | None = None, order_number: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReceptionLoanOutDialog()
        self.ui.setupUi(self)
        self.user, self.ops, self.loan, self.car_plate = user, ops, None, ""
        self.cars = {car["id"]: car for car in cars}
        for car in cars:
            self.ui.carCombo.addItem(f"{car['plate']}　{car['model']} {car['colour']}", car["id"])
        if car_id in self.cars:
            self.ui.carCombo.setCurrentIndex(self.ui.carCombo.findData(car_id))
        self.ui.carCombo.currentIndexChanged.connect(lambda _i: self._car_chosen())
        for method in settings.payment_methods():
            if method in loaners.DEPOSIT_METHODS:
                self.ui.methodCombo.addItem(QCoreApplication.translate("CardData", method), method)
        self.ui.carLabel.setText(self.tr("空闲代步车 {n} 辆。押金为 0 表示不收押金。").format(n=len(cars)))
        self.ui.orderEdit.setText(order_number)
        self.ui.dueEdit.setDateTime(QDateTime(dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)))
        self.ui.depositEdit.setText("0")
        self._car_chosen()
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("借出"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.fields = [self.ui.orderEdit, self.ui.carCombo, self.ui.dueEdit, self.ui.mileageSpin, self.ui.fuelSpin,
                       self.ui.damageEdit, self.ui.depositEdit, self.ui.methodCombo]
        self.enter = EnterMovesOn(self.fields, self.accept, self)
        (self.ui.carCombo if order_number else self.ui.orderEdit).setFocus()

    def _car_chosen(self) -> None:
        car = self.cars.get(self.ui.carCombo.currentData())
        if car:
            self.ui.mileageSpin.setValue(car["mileage"])
            self.ui.fuelSpin.setValue(car["fuel"])

    def accept(self) -> None:
        car_id = self.ui.carCombo.currentData()
        if car_id is None:
            say(self.ui.errorLabel, self.tr("没有空闲的代步车。"))
            return
        fields = {"order": self.ui.orderEdit, "car": self.ui.carCombo, "mileage_out": self.ui.mileageSpin,
                  "fuel_out": self.ui.fuelSpin, "damage": self.ui.damageEdit, "deposit": self.ui.depositEdit,
                  "deposit_method": self.ui.methodCombo, "due_at": self.ui.dueEdit}

        def act():
            order = loaners.open_order(self.ui.orderEdit.text())
            return loaners.hand_out(self.user, order.id, car_id, due_at=self.ui.dueEdit.dateTime().toPython(),
                                    mileage_out=self.ui.mileageSpin.value(), fuel_out=self.ui.fuelSpin.value(),
                                    damage=self.ui.damageEdit.text(), deposit=self.ui.depositEdit.text(),
                                    deposit_method=self.ui.methodCombo.currentData())

        done = self.ops.run(act, line=lambda exc: self._refused(exc, fields))
        if not done:
            return
        self.loan, self.car_plate = done.value, self.cars[car_id]["plate"]
        super().accept()

    def _refused(self, exc: DomainError, fields: dict) -> None:
        target = fields.get(exc.field)
        say(self.ui.errorLabel, exc.message)
        if target is not None:
            target.setFocus()
            if hasattr(target, "selectAll"):
                target.selectAll()

