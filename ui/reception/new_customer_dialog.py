"""新建档案: a new customer and their car. Plate, VIN and phone are checked as typed (storage's own
normalisers, so the message is the one storage would give); the save is one storage action."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter

from storage import archive
from storage.errors import DomainError
from storage.validation import normalize_phone, normalize_plate, normalize_vin

from ..dialog_base import PreservingDialog
from ..discard_guard import ConfirmsDiscard
from ..forms.ui_reception_new_customer import Ui_ReceptionNewCustomer
from .common import EnterMovesOn, show_refusal

OK_STYLE = "color: #2e7d32;"
BAD_STYLE = "color: #c62828;"


def field_feedback(check, text: str, *, optional: bool = False) -> tuple[bool, str]:
    """(valid, message) for a typed value: the normalised form when valid, storage's refusal when not."""
    if not text.strip():
        return optional, ""
    try:
        return True, "✓ " + check(text)
    except DomainError as exc:
        return False, exc.message


class NewCustomerDialog(ConfirmsDiscard, PreservingDialog):
    def __init__(self, *, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.customer = self.vehicle = None
        self.ui = Ui_ReceptionNewCustomer()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.models = {str(m): m.id for m in archive.vehicle_models()}
        completer = QCompleter(sorted(self.models), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.modelEdit.setCompleter(completer)
        self.checks = {
            self.ui.phoneEdit: (normalize_phone, self.ui.phoneEditHint, False),
            self.ui.plateEdit: (normalize_plate, self.ui.plateEditHint, False),
            self.ui.vinEdit: (normalize_vin, self.ui.vinEditHint, True),
        }
        for edit in self.checks:
            edit.textChanged.connect(lambda _text, e=edit: self.check_field(e))
        self.ui.nameEditHint.hide()
        self.ui.formLayout.setRowStretch(self.ui.formLayout.rowCount(), 1)
        self.fields = [self.ui.nameEdit, self.ui.phoneEdit, self.ui.plateEdit, self.ui.vinEdit, self.ui.modelEdit,
                       self.ui.colourEdit]
        self.enter = EnterMovesOn(self.fields, self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.guard_discard(self.ui.buttonBox, *self.fields)
        self.ui.nameEdit.setFocus()

    def check_field(self, edit) -> bool:
        check, hint, optional = self.checks[edit]
        valid, message = field_feedback(check, edit.text(), optional=optional)
        hint.setText(message)
        hint.setStyleSheet(OK_STYLE if valid else BAD_STYLE)
        return valid

    def accept(self) -> None:
        model_text = self.ui.modelEdit.text().strip()
        vehicle = {"plate": self.ui.plateEdit.text(), "vin": self.ui.vinEdit.text().strip() or None,
                   "colour": self.ui.colourEdit.text().strip()}
        if model_text in self.models:
            vehicle["model"] = self.models[model_text]
        else:
            vehicle["model_text"] = model_text
        try:
            self.customer, self.vehicle = archive.register(
                self.user, customer={"name": self.ui.nameEdit.text(), "phone": self.ui.phoneEdit.text()}, vehicle=vehicle)
        except DomainError as exc:
            show_refusal(self.ui.errorLabel, exc, {"name": self.ui.nameEdit, "phone": self.ui.phoneEdit,
                                                   "plate": self.ui.plateEdit, "vin": self.ui.vinEdit})
            return
        super().accept()
