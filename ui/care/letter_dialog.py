"""登记跟踪服务信函: a letter sent — the customer found by plate, phone or order number (Enter), its
kind (an 答复函 names the complaint it answers), what it is about, how and where it went, the day.
Ctrl+S saves; Esc on an edited form asks before throwing it away."""
from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut

from storage.care import complaints, letters
from storage.rules.errors import DomainError
from ui.forms.ui_care_letter import Ui_CareLetter
from ui.kit.dialog_base import PreservingDialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.labels import data_text


class LetterDialog(ConfirmsDiscard, PreservingDialog):
    def __init__(self, *, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.found = None
        self.letter = None
        self.ui = Ui_CareLetter()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        for value in letters.KINDS:
            self.ui.kindCombo.addItem(data_text(value), value)
        for value in letters.METHODS:
            self.ui.methodCombo.addItem(data_text(value), value)
        self.ui.sentEdit.setDate(QDate.currentDate())
        self.ui.sentEdit.setMaximumDate(QDate.currentDate())
        self.ui.findEdit.returnPressed.connect(self._find_on_enter)
        self._finding = False
        self.ui.findEdit.textEdited.connect(self._forget)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.buttonBox.accepted.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        self._kind_changed()
        self.ui.findEdit.setFocus()
        self.guard_discard(self.ui.buttonBox, self.ui.findEdit, self.ui.kindCombo, self.ui.complaintEdit,
                           self.ui.subjectEdit, self.ui.methodCombo, self.ui.addressEdit, self.ui.sentEdit)

    def _kind_changed(self) -> None:
        reply = self.ui.kindCombo.currentData() == "答复函"
        self.ui.complaintLabel.setEnabled(reply)
        self.ui.complaintEdit.setEnabled(reply)

    def _forget(self, _text: str) -> None:
        self.found = None
        self.ui.foundLabel.clear()

    def _refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()
        focus = {"find": self.ui.findEdit, "customer": self.ui.findEdit, "vehicle": self.ui.findEdit,
                 "complaint": self.ui.complaintEdit, "subject": self.ui.subjectEdit, "address": self.ui.addressEdit,
                 "sent_on": self.ui.sentEdit}.get(exc.field)
        if focus is not None:
            focus.setFocus()

    def _find_on_enter(self) -> None:
        """Enter in the search box finds the customer; the same key must not also save the letter
        (the dialog's default button)."""
        self._finding = True
        self.find()

    def find(self) -> bool:
        try:
            self.found = complaints.find_complainant(self.user, self.ui.findEdit.text())
        except DomainError as exc:
            self.found = None
            self.ui.foundLabel.clear()
            self._refuse(exc)
            return False
        self.ui.errorLabel.hide()
        f = self.found
        self.ui.foundLabel.setText(f"{f['customer']}　{f['phone']}　{f['plate']}")
        self.ui.kindCombo.setFocus()
        return True

    def accept(self) -> None:
        if self._finding:
            self._finding = False
            return
        if self.found is None and not self.find():
            return
        reply = self.ui.kindCombo.currentData() == "答复函"
        try:
            self.letter = letters.record_letter(
                self.user, customer_id=self.found["customer_id"], vehicle_id=self.found["vehicle_id"],
                kind=self.ui.kindCombo.currentData(), subject=self.ui.subjectEdit.text(),
                method=self.ui.methodCombo.currentData(), address=self.ui.addressEdit.text(),
                sent_on=self.ui.sentEdit.date().toPython(),
                complaint_number=self.ui.complaintEdit.text() if reply else "")
        except DomainError as exc:
            self._refuse(exc)
            return
        super().accept()
