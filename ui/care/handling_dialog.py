"""原因分析与处理措施: what the 快速处理表 carries besides the complaint and its answer — why it
happened and what the owner does about it by the deadline. Ctrl+Return saves; Esc on an edited form
asks before throwing it away."""
from html import escape

from PySide6.QtGui import QKeySequence, QShortcut

from storage.care import complaints
from storage.rules.errors import DomainError
from ui.forms.ui_care_handling import Ui_CareHandling
from ui.kit.dialog_base import PreservingDialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.format import when


class HandlingDialog(ConfirmsDiscard, PreservingDialog):
    def __init__(self, *, user, row: dict, parent=None):
        super().__init__(parent)
        self.user, self.row = user, row
        self.saved = None
        self.ui = Ui_CareHandling()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.infoLabel.setText(
            f"<b>{escape(row['number'])}</b>　{escape(row['customer'])}　{escape(row['plate'] or '')}<br>"
            f"{escape(row['description'])}<br>"
            + self.tr("负责人：{owner}　答复期限：{due}").format(owner=escape(row["owner"] or ""), due=when(row["answer_due"])))
        self.ui.causeEdit.setPlainText(row.get("cause") or "")
        self.ui.measuresEdit.setPlainText(row.get("measures") or "")
        self.ui.buttonBox.accepted.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        self.ui.causeEdit.setFocus()
        self.guard_discard(self.ui.buttonBox, self.ui.causeEdit, self.ui.measuresEdit)

    def accept(self) -> None:
        try:
            self.saved = complaints.record_handling(self.user, self.row["id"], self.row["version"],
                                                    cause=self.ui.causeEdit.toPlainText(),
                                                    measures=self.ui.measuresEdit.toPlainText())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.show()
            if exc.field == "measures":
                self.ui.measuresEdit.setFocus()
            elif exc.field == "cause":
                self.ui.causeEdit.setFocus()
            return
        super().accept()
