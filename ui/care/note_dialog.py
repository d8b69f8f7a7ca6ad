"""The care desk's small one-step dialogs (a reminder given, a complaint answered or re-visited, a
claim submitted, approved, rejected or paid): a line of context, a text, optionally a choice and an
amount, and the storage action that saves them. A refusal stays in the dialog, in red."""
from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QKeySequence, QShortcut

from storage.rules.errors import DomainError
from ui.forms.ui_care_note import Ui_CareNote
from ui.kit.dialog_base import PreservingDialog


@dataclass
class NoteForm:
    """What one dialog asks. `save(text, choice, amount)` calls storage and returns what it saved."""

    title: str
    info: str
    save: Callable
    text_label: str = ""
    text: str = ""
    choice_label: str = ""
    choices: tuple = ()  # (shown, value) pairs
    amount_label: str = ""
    amount: str = ""


class NoteDialog(PreservingDialog):
    def __init__(self, *, form: NoteForm, parent=None):
        super().__init__(parent)
        self.form = form
        self.saved = None
        self.ui = Ui_CareNote()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.setWindowTitle(form.title)
        self.ui.infoLabel.setText(form.info)
        rows = ((self.ui.textLabel, self.ui.textEdit, form.text_label), (self.ui.choiceLabel, self.ui.choiceCombo, form.choice_label),
                (self.ui.amountLabel, self.ui.amountEdit, form.amount_label))
        for label, field, caption in rows:
            label.setText(caption)
            label.setVisible(bool(caption))
            field.setVisible(bool(caption))
        self.ui.textEdit.setPlainText(form.text)
        for shown, value in form.choices:
            self.ui.choiceCombo.addItem(shown, value)
        self.ui.amountEdit.setText(form.amount)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        first = next((field for _label, field, caption in rows if caption), None)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        try:
            self.saved = self.form.save(self.ui.textEdit.toPlainText(), self.ui.choiceCombo.currentData(),
                                        self.ui.amountEdit.text().strip())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            return
        super().accept()
