"""接车单: the check-in of a walk-in, an appointment or a comeback, in the paper form's order —
mileage, fuel, key number, job type, belongings, the customer's words, first findings — with damage
marked on the car outline. Enter moves on; Enter on the last field saves. A reading below the last
one needs a manager's second login; an implausible jump asks the advisor to confirm."""
import re
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from storage.models import JOB_TYPES
from storage.reception import archive, checkin, forms, mileage
from storage.reception.checkin import DAMAGE_KINDS
from storage.rules.errors import DomainError
from storage.rules.vocabulary import JobType
from ui.forms.ui_reception_checkin import Ui_ReceptionCheckIn
from ui.kit.dialog_base import PreservingDialog
from ui.kit.dialogs import run_dialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.keys import EnterMovesOn, shortcut
from ui.kit.style import ERROR_STYLE
from ui.reception.car_outline import ZONES, CarOutline, zone_label
from ui.reception.manager_override import ManagerOverrideDialog

COUNT = re.compile(r"^(.*?)\s*[x×*X]\s*(\d+)$")


def parse_belongings(text: str) -> list[tuple[str, int]]:
    """'备胎、行车记录仪、雨伞×2' → [('备胎', 1), ('行车记录仪', 1), ('雨伞', 2)]; storage checks the rest."""
    items = []
    for piece in re.split(r"[、，,;；\n]+", text or ""):
        piece = piece.strip()
        if not piece:
            continue
        match = COUNT.match(piece)
        items.append((match.group(1).strip(), int(match.group(2))) if match else (piece, 1))
    return items


def mileage_hint(check) -> tuple[str, str]:
    """(text, colour) beside the mileage field, from storage's assessment of the typed reading."""
    if check is None:
        return "", ""
    last = QCoreApplication.translate("CheckIn", "上次 {km:,} km").format(km=check.last_km)
    last += f"（{check.last_at:%Y-%m-%d}）" if check.last_at else ""
    if check.state == "低于上次":
        return last + QCoreApplication.translate("CheckIn", "，低于上次记录：需服务经理授权"), "#c62828"
    if check.state == "跳变过大":
        text = QCoreApplication.translate("CheckIn", "，比平时多很多（一般不超过 {km:,} km），请核对")
        return last + text.format(km=check.allowed_max), "#b26a00"
    return last + QCoreApplication.translate("CheckIn", "，日均约 {km} km").format(km=check.daily_km), "#2e7d32"


class CheckInDialog(ConfirmsDiscard, PreservingDialog):
    """exec() == Accepted leaves the new draft order in `self.order`."""

    def __init__(self, *, user, vehicle_id: int | None = None, appointment_id: int | None = None,
                 comeback_of: int | None = None, title: str = "", parent=None):
        super().__init__(parent)
        self.user = user
        self.vehicle_id = vehicle_id
        self.appointment_id = appointment_id
        self.comeback_of = comeback_of
        self.order = None
        self.ui = Ui_ReceptionCheckIn()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        if comeback_of:
            self.setWindowTitle(self.tr("接车单（返修）"))
        # Which car this is, always (issue 19 defect 11): the booking's line, or the car and its owner.
        title = title or self.describe_car(vehicle_id)
        # 建议项目: what the customer declined last time is raised again as the car comes in.
        declined = forms.declined_at_check_in(vehicle_id=vehicle_id, appointment_id=appointment_id, comeback_of=comeback_of)
        if declined:
            items = "；".join(f"{x['description']}（{x['created_at']:%Y-%m-%d}）" for x in declined)
            title = (title + "<br>" if title else "") + "<span style='color:#b26a00'>" + \
                self.tr("建议项目（上次未做，请再次提示客户）：{items}").format(items=escape(items)) + "</span>"
        self.ui.vehicleLabel.setText(title)
        self.ui.vehicleLabel.setVisible(bool(title))
        self.outline = CarOutline(self.ui.outlineHolder)
        QVBoxLayout(self.ui.outlineHolder).addWidget(self.outline)
        self.ui.outlineHolder.layout().setContentsMargins(0, 0, 0, 0)
        self.ui.jobCombo.addItems([j for j in JOB_TYPES if j != JobType.COMEBACK] if not comeback_of else [JobType.COMEBACK])
        self.ui.jobCombo.setCurrentText(JobType.GENERAL)
        self.ui.damageKindCombo.addItems(list(DAMAGE_KINDS))
        self.ui.damageKindCombo.currentTextChanged.connect(lambda kind: setattr(self.outline, "kind", kind))
        self.ui.undoMarkButton.clicked.connect(self.outline.remove_last)
        for name, _x, _y in ZONES:
            self.ui.zoneCombo.addItem(zone_label(name), name)
        self.ui.markZoneButton.clicked.connect(self.mark_zone)
        self.ui.zoneCombo.installEventFilter(self)
        self.outline.missed.connect(lambda: self.say_damage(self.tr("点在车身外，未标记：请点在车身轮廓上，或选部位后回车。")))
        self.outline.marks_changed.connect(self.show_marks)
        self.ui.formLayout.setRowStretch(self.ui.formLayout.rowCount(), 1)  # fields stay together at the top
        self.ui.fuelSpin.setValue(50)
        self.ui.mileageEdit.textChanged.connect(self.show_mileage_hint)
        shortcut("D", self.outline, self.next_damage_kind, local=True)
        shortcut("Ctrl+Return", self, self.accept)
        self.fields = [self.ui.mileageEdit, self.ui.fuelSpin, self.ui.keyEdit, self.ui.jobCombo, self.ui.belongingsEdit,
                       self.ui.wordsEdit, self.ui.findingsEdit]
        # 送修人 is filled only when someone else brings the car: Tab (or Alt+R) reaches it after the
        # findings, Enter there goes on to the phone and then saves; Enter on the findings still saves.
        self.brought = [self.ui.broughtByEdit, self.ui.broughtPhoneEdit]
        chain = self.fields + self.brought + [self.outline, self.ui.damageKindCombo, self.ui.zoneCombo,
                                              self.ui.markZoneButton, self.ui.undoMarkButton]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)
        self.enter = EnterMovesOn(self.fields, self.accept, self)
        self.enter_brought = EnterMovesOn(self.brought, self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        for button in self.ui.buttonBox.buttons():
            button.setAutoDefault(False)
        self.show_marks()
        self.guard_discard(self.ui.buttonBox, *self.fields, *self.brought, lambda: self.outline.marks)
        self.ui.mileageEdit.setFocus()

    def describe_car(self, vehicle_id: int | None) -> str:
        if not vehicle_id:
            return ""
        file = archive.vehicle_file(vehicle_id)
        car, owner = file["vehicle"], file["customer"]
        model = str(car.model) if car.model_id else car.model_text
        last = self.tr("　上次里程 {km} 公里").format(km=f"{car.last_mileage:,}") if car.last_mileage else ""
        return f"<b>{car.plate}</b>　{model}　{owner.name} {owner.phone}{last}"

    def eventFilter(self, watched, event) -> bool:
        """Enter on the 部位 list marks that zone (the list does not open on Enter)."""
        if (watched is self.ui.zoneCombo and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.mark_zone()
            return True
        return super().eventFilter(watched, event)

    def mark_zone(self) -> None:
        self.outline.mark_zone(self.ui.zoneCombo.currentIndex())

    def say_damage(self, text: str) -> None:
        self.ui.damageList.setText(text)
        self.ui.damageList.setStyleSheet(ERROR_STYLE)

    def next_damage_kind(self) -> None:
        combo = self.ui.damageKindCombo
        combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())

    def show_marks(self) -> None:
        marks = self.outline.marks
        self.ui.damageList.setStyleSheet("")
        self.ui.damageList.setText(
            "；".join(f"{i}. {zone_label(m['note']) + ' ' if m.get('note') else ''}{m['kind']}" for i, m in enumerate(marks, 1))
            if marks else self.tr("未标记损伤"))

    def show_mileage_hint(self, text: str) -> None:
        check = mileage.assess_reading(self.vehicle_id, text) if self.vehicle_id else None
        hint, colour = mileage_hint(check)
        self.ui.mileageEditHint.setText(hint)
        self.ui.mileageEditHint.setStyleSheet(f"color: {colour};" if colour else "")

    def values(self) -> dict:
        return {
            "mileage": self.ui.mileageEdit.text(), "fuel_level": self.ui.fuelSpin.value(),
            "key_number": self.ui.keyEdit.text(), "belongings": parse_belongings(self.ui.belongingsEdit.text()),
            "damage": self.outline.marks, "customer_words": self.ui.wordsEdit.toPlainText(),
            "findings": self.ui.findingsEdit.toPlainText(), "job_type": self.ui.jobCombo.currentText(),
            "brought_by": self.ui.broughtByEdit.text(), "brought_by_phone": self.ui.broughtPhoneEdit.text(),
        }

    def save(self, **extra):
        values = {**self.values(), **extra}
        if self.comeback_of:
            values.pop("job_type")
            return checkin.open_comeback(self.user, self.comeback_of, **values)
        return checkin.check_in(self.user, vehicle_id=self.vehicle_id, appointment_id=self.appointment_id, **values)

    def accept(self) -> None:
        extra = {}
        while True:
            try:
                self.order = self.save(**extra)
                break
            except mileage.MileageBelowLast as exc:
                override = ManagerOverrideDialog(reason=exc.message, user=self.user, parent=self)
                if not run_dialog(override):
                    return self.refuse(exc)
                extra["override_by"] = override.approval
            except mileage.MileageJump as exc:
                answer = QMessageBox.question(self, self.tr("核对里程"), exc.message + "\n\n" + self.tr("里程确实无误吗？"))
                if answer != QMessageBox.StandardButton.Yes:
                    return self.refuse(exc)
                extra["confirm_jump"] = True
            except DomainError as exc:
                return self.refuse(exc)
        super().accept()

    def refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()
        target = {"mileage": self.ui.mileageEdit, "fuel_level": self.ui.fuelSpin, "key_number": self.ui.keyEdit,
                  "belongings": self.ui.belongingsEdit, "job_type": self.ui.jobCombo}.get(exc.field)
        if target is not None:
            target.setFocus()
