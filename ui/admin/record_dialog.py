"""One dialog for every small master record of 系统管理 (a user, a vehicle model, a labour item, a
package...): the tab names the fields, the dialog lays them out in its form (ui/forms/admin_record.ui),
and 保存 calls the tab's storage action with the values. A refusal is shown in red under the form,
the field it names gets the focus, and nothing closes; Esc on an edited form asks first."""
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget,
)

from storage.rules.errors import DomainError
from ui.forms.ui_admin_record import Ui_AdminRecord
from ui.kit.dialog_base import PreservingDialog
from ui.kit.discard_guard import ConfirmsDiscard
from ui.kit.style import ERROR_STYLE


@dataclass
class Field:
    key: str
    label: str
    kind: str = "text"  # text, password, combo, int, check, checks
    value: object = ""
    options: list = field(default_factory=list)  # [(label, value)] for combo and checks
    minimum: int = 0
    maximum: int = 1_000_000
    placeholder: str = ""
    enabled: bool = True


class RecordDialog(ConfirmsDiscard, PreservingDialog):
    """exec() == Accepted when `save(values)` succeeded; its result is in `self.result_value`."""

    def __init__(self, *, title: str, fields: list[Field], save, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AdminRecord()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.fields = fields
        self.save = save
        self.result_value = None
        self.widgets: dict[str, QWidget] = {}
        for spec in fields:
            widget = self._widget(spec)
            widget.setObjectName(f"{spec.key}Field")
            widget.setEnabled(spec.enabled)
            self.widgets[spec.key] = widget
            self.ui.form.addRow(spec.label + "：", widget)
        box = self.ui.buttonBox
        box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        box.accepted.connect(self.accept)
        sources = [w if not isinstance(w, QListWidget) else (lambda w=w: self._checked(w)) for w in self.widgets.values()]
        self.guard_discard(box, *sources)
        chain = [*self.widgets.values(), *box.buttons()]  # Tab goes down the form, then to 保存 and 取消
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)
        hint = self.sizeHint()
        self.resize(max(480, hint.width()), hint.height())
        first = next((w for w in self.widgets.values() if w.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def _widget(self, spec: Field) -> QWidget:
        if spec.kind in ("text", "password"):
            w = QLineEdit(str(spec.value or ""))
            w.setPlaceholderText(spec.placeholder)
            if spec.kind == "password":
                w.setEchoMode(QLineEdit.EchoMode.Password)
            w.returnPressed.connect(self.accept)
            return w
        if spec.kind == "combo":
            w = QComboBox()
            for label, value in spec.options:
                w.addItem(label, value)
            index = next((i for i, (_l, v) in enumerate(spec.options) if v == spec.value), 0)
            w.setCurrentIndex(index)
            return w
        if spec.kind == "int":
            w = QSpinBox()
            w.setRange(spec.minimum, spec.maximum)
            w.setValue(int(spec.value or 0))
            w.setGroupSeparatorShown(True)
            return w
        if spec.kind == "check":
            w = QCheckBox()
            w.setChecked(bool(spec.value))
            return w
        if spec.kind == "checks":
            w = QListWidget()
            w.setMaximumHeight(150)
            chosen = set(spec.value or ())
            for label, value in spec.options:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
                w.addItem(item)
            return w
        raise ValueError(spec.kind)

    @staticmethod
    def _checked(w: QListWidget) -> list:
        return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict:
        out = {}
        for spec in self.fields:
            w = self.widgets[spec.key]
            if isinstance(w, QLineEdit):
                out[spec.key] = w.text()
            elif isinstance(w, QComboBox):
                out[spec.key] = w.currentData()
            elif isinstance(w, QSpinBox):
                out[spec.key] = w.value()
            elif isinstance(w, QCheckBox):
                out[spec.key] = w.isChecked()
            else:
                out[spec.key] = self._checked(w)
        return out

    def set_value(self, key: str, value) -> None:
        """For tests and callers: put a value in a field as the user would."""
        w = self.widgets[key]
        if isinstance(w, QLineEdit):
            w.setText(str(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(w.findData(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        else:
            wanted = set(value)
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                                   else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        try:
            self.result_value = self.save(self.values())
        except DomainError as exc:
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.setText(exc.message)
            target = self.widgets.get(exc.field or "")
            if target is not None:
                target.setFocus()
            return
        super().accept()
