"""备件档案: create or edit one part, and its suppliers (pick one, with its own part number; create or
edit a supplier on the spot; take a supplier off the part). The catalogue's rules (number format,
whole units, who may change a price, cost after the first movement) are storage.parts.catalogue's;
refusals show in red here."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QWidget

from storage.care import main_parts
from storage.parts import catalogue
from storage.rules.errors import DomainError
from ui.forms.ui_parts_part_dialog import Ui_PartDialog
from ui.kit.dialogs import FieldDialog
from ui.kit.format import money_text, number_text
from ui.parts.supplier_dialog import SupplierDialog

TEXT_FIELDS = {"number": "numberEdit", "name": "nameEdit", "spec": "specEdit", "unit": "unitEdit", "brand": "brandEdit",
               "category": "categoryEdit", "models": "modelsEdit", "bin": "binEdit", "cost": "costEdit",
               "price": "priceEdit", "safety_stock": "safetyEdit", "reorder_qty": "reorderEdit"}
FLAGS = {"whole_units": "wholeCheck", "genuine": "genuineCheck", "special": "specialCheck", "active": "activeCheck"}


class PartDialog(FieldDialog):
    """New part when part_id is None; `self.part` is the saved Part after Accepted."""

    def __init__(self, *, user, part_id: int | None = None, number: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PartDialog()
        self.ui.setupUi(self)
        self.user = user
        self.part = None
        self.part_id = part_id
        self.ui.errorLabel.setVisible(False)
        self.suppliers = {}  # id -> Supplier, the active ones in the combo
        self.links = {}  # supplier id -> the part's link as part_detail gives it
        self.removed: set[int] = set()
        self.ui.sanbaoCombo.addItem(self.tr("（不是三包主要零部件）"), "")
        for category in main_parts.CATEGORIES:
            self.ui.sanbaoCombo.addItem(category.replace("/", " · "), category)
        self._fill_suppliers()
        self._initial = {}
        self._initial_supplier = None
        self._initial_supplier_number = ""
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
        self.ui.supplierCombo.currentIndexChanged.connect(lambda _: self._supplier_chosen())
        self.ui.newSupplierButton.clicked.connect(self.new_supplier)
        self.ui.editSupplierButton.clicked.connect(self.edit_supplier)
        self.ui.removeSupplierButton.clicked.connect(self.remove_supplier)
        self._supplier_chosen()
        (self.ui.nameEdit if number else self.ui.numberEdit).setFocus()

    def _load(self, part_id: int) -> None:
        detail = catalogue.part_detail(part_id)
        part = detail["part"]
        self.version = part.version
        self.setWindowTitle(self.tr("修改备件 {number}").format(number=part.number))
        values = {"number": part.number, "name": part.name, "spec": part.spec, "unit": part.unit, "brand": part.brand,
                  "category": part.category, "models": part.models, "bin": detail["bin"], "cost": f"{part.cost:.2f}",
                  "price": f"{part.price:.2f}", "safety_stock": number_text(part.safety_stock), "reorder_qty": number_text(part.reorder_qty)}
        for key, widget in TEXT_FIELDS.items():
            getattr(self.ui, widget).setText(values[key])
        for key, widget in FLAGS.items():
            getattr(self.ui, widget).setChecked(bool(getattr(part, key)))
        self.ui.sanbaoCombo.setCurrentIndex(max(0, self.ui.sanbaoCombo.findData(part.sanbao_category or "")))
        self.links = {link["supplier_id"]: link for link in detail["suppliers"]}
        for link in detail["suppliers"]:
            text = link["name"] + (f"　{link['supplier_number']}" if link["supplier_number"] else "")
            if link["last_cost"]:
                text += self.tr("　上次进价 {cost}").format(cost=money_text(link["last_cost"]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, link["supplier_id"])
            self.ui.partSuppliersList.addItem(item)
        if detail["suppliers"]:
            self._initial_supplier = detail["suppliers"][0]["supplier_id"]
            self._initial_supplier_number = detail["suppliers"][0]["supplier_number"]
            self.ui.supplierCombo.setCurrentIndex(max(0, self.ui.supplierCombo.findData(self._initial_supplier)))
        self._initial = self.values()

    # -- suppliers -------------------------------------------------------------------------------
    def _fill_suppliers(self, select: int | None = None) -> None:
        combo = self.ui.supplierCombo
        keep = select if select is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（不指定）"), None)
        self.suppliers = {s.id: s for s in catalogue.list_suppliers()}
        for supplier in self.suppliers.values():
            combo.addItem(supplier.name, supplier.id)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)
        self._supplier_chosen()

    def _supplier_chosen(self) -> None:
        supplier_id = self.ui.supplierCombo.currentData()
        self.ui.editSupplierButton.setEnabled(supplier_id is not None)
        self.ui.supplierNumberEdit.setEnabled(supplier_id is not None)
        link = self.links.get(supplier_id)
        self.ui.supplierNumberEdit.setText(link["supplier_number"] if link else "")

    def new_supplier(self) -> None:
        dialog = SupplierDialog(user=self.user, parent=self)
        if dialog.exec() == SupplierDialog.DialogCode.Accepted:
            self._fill_suppliers(select=dialog.supplier.id)

    def edit_supplier(self) -> None:
        supplier = self.suppliers.get(self.ui.supplierCombo.currentData())
        if supplier is None:
            return
        dialog = SupplierDialog(user=self.user, supplier=supplier, parent=self)
        if dialog.exec() == SupplierDialog.DialogCode.Accepted:
            self._fill_suppliers(select=dialog.supplier.id if dialog.supplier.active else None)

    def remove_supplier(self) -> None:
        """Take the highlighted supplier off the part (saved with the part)."""
        row = self.ui.partSuppliersList.currentRow()
        if row < 0:
            return
        item = self.ui.partSuppliersList.takeItem(row)
        supplier_id = item.data(Qt.ItemDataRole.UserRole)
        self.removed.add(supplier_id)
        if self.ui.supplierCombo.currentData() == supplier_id:
            self.ui.supplierCombo.setCurrentIndex(0)

    # -- saving ----------------------------------------------------------------------------------
    def values(self) -> dict:
        values = {key: getattr(self.ui, widget).text().strip() for key, widget in TEXT_FIELDS.items()}
        values.update({key: getattr(self.ui, widget).isChecked() for key, widget in FLAGS.items()})
        values["sanbao_category"] = self.ui.sanbaoCombo.currentData() or ""
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
            # Saved: a refusal below leaves the dialog open on an existing part, not a second new one.
            self.part_id, self.version, self._initial = self.part.id, self.part.version, self.values()
            for supplier_id in sorted(self.removed):
                catalogue.remove_part_supplier(self.user, self.part.id, supplier_id)
                self.links.pop(supplier_id, None)
                self.removed.discard(supplier_id)
            supplier_id = self.ui.supplierCombo.currentData()
            number = self.ui.supplierNumberEdit.text().strip()
            link = self.links.get(supplier_id)
            if supplier_id and (link is None or number != link["supplier_number"]):
                catalogue.set_part_supplier(self.user, self.part.id, supplier_id, supplier_number=number)
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.setVisible(True)
            return
        super().accept()
