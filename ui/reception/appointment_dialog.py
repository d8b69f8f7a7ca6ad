"""维修预约 and 预约定金: book a slot (it holds its bay) and take a deposit for costly parts."""
import datetime as dt

from PySide6.QtCore import QDateTime

from storage.models import JOB_TYPES
from storage.reception import appointments
from storage.reception.appointments import DEPOSIT_METHODS
from storage.rules.errors import DomainError
from storage.rules.vocabulary import JobType
from storage.workshop import setup
from ui.forms.ui_reception_book import Ui_ReceptionBook
from ui.forms.ui_reception_deposit import Ui_ReceptionDeposit
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import money_text, when
from ui.kit.keys import EnterMovesOn


def next_slot(now: dt.datetime) -> dt.datetime:
    """Tomorrow at 9:00: most bookings are for the next day; the advisor moves it from there."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9, 0))


class BookDialog(PreservingDialog):
    def __init__(self, *, user, vehicle_id: int, title: str = "", starts_at: dt.datetime | None = None, parent=None):
        super().__init__(parent)
        self.user, self.vehicle_id = user, vehicle_id
        self.appointment = None
        self.ui = Ui_ReceptionBook()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.vehicleLabel.setText(title)
        self.ui.startEdit.setDateTime(QDateTime(starts_at or next_slot(dt.datetime.now())))
        self.ui.bayCombo.addItem(self.tr("（不指定）"), None)
        for bay in setup.bays():
            self.ui.bayCombo.addItem(f"{bay['name']}（{bay['kind']}）", bay["id"])
        for advisor in appointments.advisors():
            self.ui.advisorCombo.addItem(advisor["name"], advisor["id"])
        mine = self.ui.advisorCombo.findData(user.id)
        if mine >= 0:
            self.ui.advisorCombo.setCurrentIndex(mine)
        self.ui.jobCombo.addItems([j for j in JOB_TYPES if j != JobType.COMEBACK])
        fields = [self.ui.startEdit, self.ui.minutesSpin, self.ui.bayCombo, self.ui.advisorCombo, self.ui.jobCombo,
                  self.ui.requestEdit, self.ui.partsNoteEdit, self.ui.partsValueEdit]
        self.enter = EnterMovesOn(fields, self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.startEdit.setFocus()

    def accept(self) -> None:
        try:
            self.appointment = appointments.book(
                self.user, vehicle_id=self.vehicle_id, starts_at=self.ui.startEdit.dateTime().toPython().replace(second=0),
                minutes=self.ui.minutesSpin.value(), bay_id=self.ui.bayCombo.currentData(),
                advisor_id=self.ui.advisorCombo.currentData(), job_type=self.ui.jobCombo.currentText(),
                request=self.ui.requestEdit.text(), parts_note=self.ui.partsNoteEdit.text(),
                parts_value=self.ui.partsValueEdit.text().strip() or 0)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()


class DepositDialog(PreservingDialog):
    def __init__(self, *, user, row: dict, minimum, parent=None):
        super().__init__(parent)
        self.user, self.row = user, row
        self.ui = Ui_ReceptionDeposit()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.infoLabel.setText(self.tr("{number} {plate} {when}：备件 {parts}（{value}），定金至少 {minimum}").format(
            number=row["number"], plate=row["plate"], when=when(row["starts_at"]), parts=row["parts_note"] or "—",
            value=money_text(row["parts_value"]), minimum=money_text(minimum)))
        self.ui.amountEdit.setText(str(minimum) if minimum else "")
        self.ui.methodCombo.addItems(list(DEPOSIT_METHODS))
        self.enter = EnterMovesOn([self.ui.amountEdit, self.ui.methodCombo, self.ui.referenceEdit], self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        try:
            appointments.record_deposit(self.user, self.row["id"], self.row["version"], self.ui.amountEdit.text(),
                                        self.ui.methodCombo.currentText(), reference=self.ui.referenceEdit.text())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()
