"""新建档案: a new customer and their car. Plate, VIN and phone are checked as typed (storage's own
normalisers, so the message is the one storage would give); the save is one storage action."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QInputDialog

from storage.reception import archive
from storage.rules.errors import DomainError
from storage.rules.validation import normalize_phone, normalize_plate, normalize_vin
from ui.forms.ui_reception_new_customer import Ui_ReceptionNewCustomer
from ui.kit.dialog_base import PreservingDialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.keys import EnterMovesOn
from ui.kit.messages import show_refusal
from ui.kit.style import ERROR_STYLE, OK_STYLE


def field_feedback(check, text: str, *, optional: bool = False) -> tuple[bool, str]:
    """(valid, message) for a typed value: the normalised form when valid, storage's refusal when not."""
    if not text.strip():
        return optional, ""
    try:
        return True, "✓ " + check(text)
    except DomainError as exc:
        return False, exc.message


class NewCustomerDialog(ConfirmsDiscard, PreservingDialog):
    def __init__(self, *, user, plate: str = "", parent=None):
        super().__init__(parent)
        self.user = user
        self.customer = self.vehicle = None
        self.ui = Ui_ReceptionNewCustomer()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.catalogue = archive.vehicle_models()
        self.models = {str(m): m.id for m in self.catalogue}
        self.unknown_told = None  # the model text not in the catalogue the user was told about at OK
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
        self.ui.modelEdit.textChanged.connect(lambda _text: self.check_model())
        self.ui.nameEditHint.hide()
        self.ui.formLayout.setRowStretch(self.ui.formLayout.rowCount(), 1)
        self.fields = [self.ui.nameEdit, self.ui.phoneEdit, self.ui.plateEdit, self.ui.vinEdit, self.ui.modelEdit,
                       self.ui.colourEdit]
        self.enter = EnterMovesOn(self.fields, self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.plateEdit.setText(plate)  # the plate the look-up found nothing for: not typed twice
        self.guard_discard(self.ui.buttonBox, *self.fields)
        self.ui.nameEdit.setFocus()

    def check_field(self, edit) -> bool:
        check, hint, optional = self.checks[edit]
        valid, message = field_feedback(check, edit.text(), optional=optional)
        hint.setText(message)
        hint.setStyleSheet(OK_STYLE if valid else ERROR_STYLE)
        return valid

    def check_model(self):
        """The typed model against the catalogue, said under the field: (model, candidates) as
        storage.reception.archive.resolve_model reads it."""
        text = self.ui.modelEdit.text().strip()
        model, candidates = archive.resolve_model(text, self.catalogue)
        if not text:
            message, style = "", OK_STYLE
        elif model is not None:
            message, style = "✓ " + str(model), OK_STYLE
        elif candidates:
            message = self.tr("可能是：{models}。确定时请从列表中选择。").format(
                models="、".join(str(m) for m in candidates[:5]) + ("……" if len(candidates) > 5 else ""))
            style = ERROR_STYLE
        else:
            message, style = self.tr("目录中没有此车型：将只记下文字，不会推荐保养套餐。"), ERROR_STYLE
        self.ui.modelEditHint.setText(message)
        self.ui.modelEditHint.setStyleSheet(style)
        return model, candidates

    def choose_model(self):
        """The catalogue model for the typed text: found, chosen from a list when it could be several,
        or None (the text alone, after the user was told once that no packages follow)."""
        text = self.ui.modelEdit.text().strip()
        model, candidates = self.check_model()
        if model is not None or not text:
            return model, True
        if candidates:
            names = [str(m) for m in candidates]
            name, chosen = QInputDialog.getItem(self, self.tr("选择车型"), self.tr("“{text}”可能是以下车型，请选择：").format(
                text=text), names, 0, False)
            if not chosen:
                self.ui.modelEdit.setFocus()
                return None, False
            self.ui.modelEdit.setText(name)
            return candidates[names.index(name)], True
        if self.unknown_told != text:
            self.unknown_told = text
            self.ui.errorLabel.setText(self.tr("车型“{text}”不在车型目录中，保存后不会推荐保养套餐。请从列表中选择车型，"
                                               "或再按一次确定按文字保存。").format(text=text))
            self.ui.errorLabel.show()
            self.ui.modelEdit.setFocus()
            self.ui.modelEdit.selectAll()
            return None, False
        return None, True

    def accept(self) -> None:
        model, go_on = self.choose_model()
        if not go_on:
            return
        model_text = self.ui.modelEdit.text().strip()
        vehicle = {"plate": self.ui.plateEdit.text(), "vin": self.ui.vinEdit.text().strip() or None,
                   "colour": self.ui.colourEdit.text().strip()}
        if model is not None:
            vehicle["model"] = model.id
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
