"""代步车 of the fleet, added or changed by the manager (storage.reception.loaners.save_car): plate,
model, colour, mileage and fuel as now read, in use or retired (停用). A stale edit is refused."""
from PySide6.QtWidgets import QWidget

from storage.reception import loaners
from storage.rules.errors import DomainError
from ui.forms.ui_reception_loaner_car import Ui_ReceptionLoanerCarDialog
from ui.kit.dialog_base import PreservingDialog
from ui.kit.keys import EnterMovesOn
from ui.kit.messages import say


class LoanerCarDialog(PreservingDialog):
    """`car` is a row of loaners.fleet() to change, None for a new car. exec() == Accepted leaves the
    saved LoanerCar in `self.car_saved`."""

    def __init__(self, *, user, ops, car: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReceptionLoanerCarDialog()
        self.ui.setupUi(self)
        self.user, self.ops, self.car, self.car_saved = user, ops, car, None
        if car is not None:
            self.setWindowTitle(self.tr("修改代步车 {plate}").format(plate=car["plate"]))
            self.ui.plateEdit.setText(car["plate"])
            self.ui.modelEdit.setText(car["model"])
            self.ui.colourEdit.setText(car["colour"])
            self.ui.mileageSpin.setValue(car["mileage"])
            self.ui.fuelSpin.setValue(car["fuel"])
            self.ui.activeCheck.setChecked(car["active"])
        else:
            self.setWindowTitle(self.tr("新增代步车"))
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.fields = {"plate": self.ui.plateEdit, "model": self.ui.modelEdit, "colour": self.ui.colourEdit,
                       "mileage": self.ui.mileageSpin, "fuel": self.ui.fuelSpin, "active": self.ui.activeCheck}
        self.enter = EnterMovesOn([self.ui.plateEdit, self.ui.modelEdit, self.ui.colourEdit, self.ui.mileageSpin,
                                   self.ui.fuelSpin, self.ui.activeCheck], self.accept, self)
        self.ui.plateEdit.setFocus()

    def accept(self) -> None:
        car = self.car
        done = self.ops.run(lambda: loaners.save_car(
            self.user, plate=self.ui.plateEdit.text(), model=self.ui.modelEdit.text(), colour=self.ui.colourEdit.text(),
            mileage=self.ui.mileageSpin.value(), fuel=self.ui.fuelSpin.value(), active=self.ui.activeCheck.isChecked(),
            car_id=car["id"] if car else None, expected_version=car["version"] if car else None), line=self._refused)
        if not done:
            return
        self.car_saved = done.value
        super().accept()

    def _refused(self, exc: DomainError) -> None:
        say(self.ui.errorLabel, exc.message)
        target = self.fields.get(exc.field)
        if target is not None:
            target.setFocus()
