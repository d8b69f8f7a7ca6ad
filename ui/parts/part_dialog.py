"""备件档案: create or edit one part. The catalogue's rules (number format, whole units, who may change
a price, cost after the first movement) are storage.parts.catalogue's; refusals show in red here."""
from PySide6.QtWidgets import QLineEdit, QWidget

from storage.errors import DomainError
from storage.parts import catalogue
from ui.dialog_base import PreservingDialog
from ui.forms.ui_parts_part_dialog import Ui_PartDialog

from .common import qty

TEXT_FIELDS = {"number": "numberEdit", "name": "nameEdit", "spec": "specEdit", "unit": "unitEdit", "brand": "brandEdit",
               "category": "categoryEdit", "models": "modelsEdit", "bin": "binEdit", "cost": "costEdit",
               "price": "priceEdit", "safety_stock": "safetyEdit", "reorder_qty": "reorderEdit"}
FLAGS = {"whole_units": "wholeCheck", "genuine": "genuineCheck", "special": "specialCheck", "active": "activeCheck"}


class PartDialog(PreservingDialog):
    """New part when part_id is None; `self.part` is the saved Part after Accepted."""

    def __init__(self, *, user, part_id: int | None = None, number: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartDialog()
        self.ui.setupUi(self)
        self.user = user
        self.part = None
        self.part_id = part_id
        self.ui.errorLabel.setVisible(False)
        self.ui.supplierCombo.addItem(self.tr("（不指定）"), None)
        for supplier in catalogue.list_suppliers():
            self.ui.supplierCombo.addItem(supplier.name, supplier.id)
        self._initial = {}
        self._initial_supplier = None
        if part_id is None:
            self.setWindowTitle(self.tr("新建备件"))
            self.ui.numberEdit.setText(number)
            self.ui.unitEdit.setText("个")
            for name in ("wholeCheck", "genuineCheck", "activeCheck"):
                getattr(self.ui, name).setChecked(True)
        else:
            self._load(part_id)
        # A scanner ends with Enter: in a line edit it moves on instead of saving half a form.
        for edit in self.findChildren(QLineEdit):
            edit.returnPressed.connect(self.focusNextChild)
        (self.ui.nameEdit if number else self.ui.numberEdit).setFocus()

    def _load(self, part_id: int) -> None:
        detail = catalogue.part_detail(part_id)
        part = detail["part"]
        self.version = part.version
        self.setWindowTitle(self.tr("修改备件 {number}").format(number=part.number))
        values = {"number": part.number, "name": part.name, "spec": part.spec, "unit": part.unit, "brand": part.brand,
                  "category": part.category, "models": part.models, "bin": detail["bin"], "cost": f"{part.cost:.2f}",
                  "price": f"{part.price:.2f}", "safety_stock": qty(part.safety_stock), "reorder_qty": qty(part.reorder_qty)}
        for key, widget in TEXT_FIELDS.items():
            getattr(self.ui, widget).setText(values[key])
        for key, widget in FLAGS.items():
            getattr(self.ui, widget).setChecked(bool(getattr(part, key)))
        if detail["suppliers"]:
            self._initial_supplier = detail["suppliers"][0]["supplier_id"]
            self.ui.supplierCombo.setCurrentIndex(max(0, self.ui.supplierCombo.findData(self._initial_supplier)))
        self._initial = self.values()

    def values(self) -> dict:
        values = {key: getattr(self.ui, widget).text().strip() for key, widget in TEXT_FIELDS.items()}
        values.update({key: getattr(self.ui, widget).isChecked() for key, widget in FLAGS.items()})
        return values

    def accept(self) -> None:
        values = self.values()
        try:
            if self.part_id is None:
                if not values["cost"]:
                    values.pop("cost")
                self.part = catalogue.create_part(self.user, **values)
            else:
                changes = {k: v for k, v in values.items() if self._initial.get(k) != v}
                self.part = catalogue.update_part(self.user, self.part_id, self.version, **changes)
            supplier_id = self.ui.supplierCombo.currentData()
            if supplier_id and supplier_id != self._initial_supplier:
                catalogue.set_part_supplier(self.user, self.part.id, supplier_id)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.setVisible(True)
            return
        super().accept()
