"""回访登记: one follow-up call. The six questions of the script are scored with the number keys; a
poor score opens the 转为投诉 box with what the customer said, so the complaint is raised with the
call. 未接通 (F3) records an unanswered attempt instead."""
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox

from storage.care import complaints, follow_ups
from storage.rules.errors import DomainError
from ui.forms.ui_care_call import Ui_CareCall
from ui.kit.dialog_base import PreservingDialog
from ui.kit.format import money_text, when
from ui.kit.labels import data_text, score_text

# The complaint category a poor answer points to.
CATEGORY_OF = {"速度": "交车时间", "价格": "价格收费", "员工": "服务态度", "质量": "维修质量", "清洁": "环境设施", "总体": "其他"}


class CallDialog(PreservingDialog):
    def __init__(self, *, user, row: dict, parent=None):
        super().__init__(parent)
        self.user, self.row = user, row
        self.follow_up = self.complaint = None
        self.ui = Ui_CareCall()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.combos = dict(zip(follow_ups.QUESTION_KEYS, (
            self.ui.speedCombo, self.ui.priceCombo, self.ui.staffCombo, self.ui.qualityCombo, self.ui.cleanCombo,
            self.ui.overallCombo)))
        for combo in self.combos.values():
            combo.addItem(self.tr("（请选择）"), None)
            for score in sorted(follow_ups.SCORES, reverse=True):
                combo.addItem(score_text(score), score)
            combo.currentIndexChanged.connect(self._offer_complaint)
        for category in complaints.CATEGORIES:
            self.ui.categoryCombo.addItem(data_text(category), category)
        for owner in complaints.owners():
            self.ui.ownerCombo.addItem(owner["name"], owner["id"])
        self.ui.ownerCombo.setCurrentIndex(max(0, self.ui.ownerCombo.findData(user.id)))
        self.mirrored = ""
        self.ui.remarkEdit.textChanged.connect(self._mirror_remark)
        self.ui.infoLabel.setText(self._info(row))
        self.setWindowTitle(self.tr("回访登记 — {plate} {customer}").format(plate=row["plate"], customer=row["customer"]))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存 (Ctrl+S)"))
        self.ui.noAnswerButton.clicked.connect(self.no_answer)
        QShortcut(QKeySequence("F3"), self, self.no_answer)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)
        self.ui.speedCombo.setFocus()

    def _info(self, row: dict) -> str:
        T = {  # labels outside the f-strings, where lupdate sees them
            "高额维修": self.tr("高额维修"),
        }
        e = escape
        flags = []
        if row["high_value"]:
            flags.append(f"<span style='color:#c62828'>{e(T['高额维修'])}</span>")
        if row["attempts"]:
            flags.append(e(self.tr("已拨打 {n} 次").format(n=row["attempts"])))
        lines = [
            f"<b>{e(row['customer'])}</b>　{e(row['phone'])}　{e(row['plate'])} {e(row['model'] or '')}",
            e(self.tr("{round}　工单 {number}（{job}）　交车 {delivered}　结算 {amount}　服务顾问 {advisor}").format(
                round=data_text(row["round_name"]), number=row["order_number"], job=data_text(row["job_type"]),
                delivered=when(row["delivered_at"]), amount=money_text(row["amount"]), advisor=row["advisor"])),
        ]
        if flags:
            lines.append("　".join(flags))
        return "<br>".join(lines)

    def answers(self) -> dict:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def _offer_complaint(self) -> None:
        """A poor score suggests a complaint about what was scored (the desk can still untick it)."""
        poor = follow_ups.poor_answers(self.answers())
        if poor and not self.ui.complaintBox.isChecked():
            self.ui.complaintBox.setChecked(True)
            self.ui.categoryCombo.setCurrentIndex(max(0, self.ui.categoryCombo.findData(CATEGORY_OF[poor[0]])))
            self._mirror_remark()

    def _mirror_remark(self) -> None:
        """What the customer said is the complaint's text until the desk writes something else there."""
        current = self.ui.complaintEdit.toPlainText().strip()
        if self.ui.complaintBox.isChecked() and current in ("", self.mirrored):
            self.mirrored = self.ui.remarkEdit.toPlainText().strip()
            self.ui.complaintEdit.setPlainText(self.mirrored)

    def _refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()
        field = self.combos.get(exc.field)
        if field is not None:
            field.setFocus()

    def accept(self) -> None:
        complaint = None
        if self.ui.complaintBox.isChecked():
            complaint = self.ui.complaintEdit.toPlainText() or self.ui.remarkEdit.toPlainText()
        try:
            self.follow_up, self.complaint = follow_ups.complete_call(
                self.user, self.row["id"], self.row["version"], answers=self.answers(),
                remark=self.ui.remarkEdit.toPlainText(), complaint=complaint,
                complaint_category=self.ui.categoryCombo.currentData() if complaint is not None else "",
                complaint_owner_id=self.ui.ownerCombo.currentData() if complaint is not None else None)
        except DomainError as exc:
            self._refuse(exc)
            return
        super().accept()

    def no_answer(self) -> None:
        try:
            self.follow_up = follow_ups.record_no_answer(self.user, self.row["id"], self.row["version"],
                                                         note=self.ui.remarkEdit.toPlainText())
        except DomainError as exc:
            self._refuse(exc)
            return
        super().accept()

    def keyPressEvent(self, event) -> None:
        # Enter in a score moves to the next question instead of saving half a call.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in self.combos.values():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
