"""登记投诉: a complaint taken on the phone or at the desk. The customer is found by plate, phone
or order number (Enter); then the source, what it is about, who owns it and what was said."""
from PySide6.QtGui import QKeySequence, QShortcut

from storage.care import complaints
from storage.rules.errors import DomainError
from ui.forms.ui_care_complaint import Ui_CareComplaint
from ui.kit.dialog_base import PreservingDialog
from ui.kit.labels import data_text


class ComplaintDialog(PreservingDialog):
    def __init__(self, *, user, source: str = "电话", parent=None):
        super().__init__(parent)
        self.user = user
        self.found = None
        self.complaint = None
        self.ui = Ui_CareComplaint()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        for value in complaints.SOURCES:
            self.ui.sourceCombo.addItem(data_text(value), value)
        self.ui.sourceCombo.setCurrentIndex(self.ui.sourceCombo.findData(source))
        self.ui.categoryCombo.addItem(self.tr("（未分类）"), "")
        for value in complaints.CATEGORIES:
            self.ui.categoryCombo.addItem(data_text(value), value)
        for owner in complaints.owners():
            self.ui.ownerCombo.addItem(owner["name"], owner["id"])
        self.ui.ownerCombo.setCurrentIndex(max(0, self.ui.ownerCombo.findData(user.id)))
        self.ui.findEdit.returnPressed.connect(self.find)
        self.ui.findEdit.textEdited.connect(self._forget)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        self.ui.findEdit.setFocus()

    def _refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()
        if exc.field in ("find", "customer", "vehicle"):
            self.ui.findEdit.setFocus()
            self.ui.findEdit.selectAll()
        elif exc.field == "description":
            self.ui.descriptionEdit.setFocus()

    def _forget(self, _text: str) -> None:
        self.found = None
        self.ui.foundLabel.clear()

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
        order = self.tr("　最近工单 {number}").format(number=f["order_number"]) if f["order_number"] else ""
        self.ui.foundLabel.setText(f"{f['customer']}　{f['phone']}　{f['plate']}{order}")
        self.ui.sourceCombo.setFocus()
        return True

    def accept(self) -> None:
        if self.found is None and not self.find():
            return
        try:
            self.complaint = complaints.raise_complaint(
                self.user, customer_id=self.found["customer_id"], vehicle_id=self.found["vehicle_id"],
                order_id=self.found["order_id"], source=self.ui.sourceCombo.currentData(),
                category=self.ui.categoryCombo.currentData(), owner_id=self.ui.ownerCombo.currentData(),
                description=self.ui.descriptionEdit.toPlainText())
        except DomainError as exc:
            self._refuse(exc)
            return
        super().accept()
