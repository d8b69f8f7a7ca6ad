"""供应商: create or edit one supplier (name, contact, phone, address, the brand's own parts centre,
active). Storage checks the rules (unique name, lengths, who may); refusals show in red here."""
from PySide6.QtWidgets import QLineEdit, QWidget

from storage.models import Supplier
from storage.parts import catalogue
from storage.rules.errors import DomainError
from ui.forms.ui_parts_supplier_dialog import Ui_SupplierDialog
from ui.kit.dialogs import FieldDialog

TEXT_FIELDS = {"name": "nameEdit", "contact": "contactEdit", "phone": "phoneEdit", "address": "addressEdit"}
FLAGS = {"is_manufacturer": "manufacturerCheck", "active": "activeCheck"}


class SupplierDialog(FieldDialog):
    """A new supplier when `supplier` is None; after Accepted `self.supplier` is the saved one."""

    def __init__(self, *, user, supplier: Supplier | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SupplierDialog()
        self.ui.setupUi(self)
        self.user = user
        self.supplier = supplier
        self.ui.errorLabel.setVisible(False)
        self._initial = {}
        if supplier is None:
            self.setWindowTitle(self.tr("新建供应商"))
        else:
            self.setWindowTitle(self.tr("修改供应商 {name}").format(name=supplier.name))
            for key, widget in TEXT_FIELDS.items():
                getattr(self.ui, widget).setText(getattr(supplier, key))
            for key, widget in FLAGS.items():
                getattr(self.ui, widget).setChecked(bool(getattr(supplier, key)))
            self._initial = self.values()
        for edit in self.findChildren(QLineEdit):
            edit.returnPressed.connect(self.focusNextChild)
        self.ui.addressEdit.returnPressed.disconnect()
        self.ui.addressEdit.returnPressed.connect(self.accept)  # the last field: Enter saves
        self.ui.nameEdit.setFocus()

    def values(self) -> dict:
        values = {key: getattr(self.ui, widget).text() for key, widget in TEXT_FIELDS.items()}
        values.update({key: getattr(self.ui, widget).isChecked() for key, widget in FLAGS.items()})
        return values

    def accept(self) -> None:
        values = self.values()
        try:
            if self.supplier is None:
                self.supplier = catalogue.create_supplier(self.user, values.pop("name"), **values)
            else:
                changes = {k: v for k, v in values.items() if self._initial.get(k) != v}
                self.supplier = catalogue.update_supplier(self.user, self.supplier.id, self.supplier.version, **changes)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.setVisible(True)
            return
        super().accept()
