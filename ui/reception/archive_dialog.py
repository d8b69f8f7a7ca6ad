"""编辑档案 and 过户: the owner's and the car's details edited from the look-up, and a car passed to
a new owner (one already on file, or one created on the spot) with its history kept. Every save is
one storage action carrying the versions this window read: a copy changed meanwhile at another
station is refused with who changed it, and the form then shows what was saved."""
from html import escape

from PySide6.QtCore import QCoreApplication, QTimer

from storage.reception import archive, search
from storage.rules.auth import may
from storage.rules.errors import DomainError, StaleRecord
from storage.rules.validation import normalize_phone, normalize_plate, normalize_vin
from storage.rules.vocabulary import CustomerKind
from ui.forms.ui_reception_archive import Ui_ReceptionArchive
from ui.forms.ui_reception_owner import Ui_ReceptionOwner
from ui.kit.dialog_base import PreservingDialog
from ui.kit.keys import EnterMovesOn
from ui.kit.messages import show_refusal
from ui.kit.paged_model import Column, PagedTableModel
from ui.kit.style import ERROR_STYLE, OK_STYLE
from ui.reception.new_customer_dialog import field_feedback

SEARCH_DELAY_MS = 150


def fmt_plain(amount) -> str:
    """A money amount as typed into a field: 3000.00 → "3000", 0 → "0"."""
    return f"{amount.normalize():f}" if amount else "0"


def iso(day) -> str:
    """A date as the form shows and takes it (2026-03-15), or "" when there is none."""
    return day.isoformat() if day else ""


def owners_html(owners: list[dict]) -> str:
    """The car's owners over time, newest first: 车主变更记录."""
    if not owners:
        return ""
    title = QCoreApplication.translate("ReceptionArchive", "车主变更记录")
    current = QCoreApplication.translate("ReceptionArchive", "（现车主）")
    rows = []
    for owner in owners:
        since = f"{owner['since']:%Y-%m-%d}"
        period = f"{since} — {owner['until']:%Y-%m-%d}" if owner["until"] else f"{since} — {current}"
        rows.append(f"<tr><td>{escape(owner['name'])}</td><td>{escape(period)}</td></tr>")
    return f"<b>{escape(title)}</b><table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"


def changed(fields: dict, saved: dict) -> dict:
    """Only what the user changed goes to storage (an untouched field is never re-validated or re-saved)."""
    return {key: value for key, value in fields.items() if (value or "") != (saved.get(key) or "")}


def show_check(check, edit, hint, *, optional: bool = False) -> None:
    valid, message = field_feedback(check, edit.text(), optional=optional)
    hint.setText(message)
    hint.setStyleSheet(OK_STYLE if valid else ERROR_STYLE)
    hint.setVisible(bool(message))


class ArchiveDialog(PreservingDialog):
    """编辑档案: the owner (and the car, when the look-up line is a car)."""

    def __init__(self, *, user, customer_id: int, vehicle_id: int | None = None, parent=None):
        super().__init__(parent)
        self.user, self.customer_id, self.vehicle_id = user, customer_id, vehicle_id
        self.ui = Ui_ReceptionArchive()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.vehicleGroup.setVisible(vehicle_id is not None)
        checks = ((self.ui.phoneEdit, normalize_phone, self.ui.phoneEditHint, False),
                  (self.ui.plateEdit, normalize_plate, self.ui.plateEditHint, False),
                  (self.ui.vinEdit, normalize_vin, self.ui.vinEditHint, True))
        for edit, check, hint, optional in checks:
            edit.textEdited.connect(lambda _t, e=edit, c=check, h=hint, o=optional: show_check(c, e, h, optional=o))
        self.ui.kindCombo.addItems([CustomerKind.PERSON, CustomerKind.COMPANY])
        # 月结额度 is the manager's to set (storage refuses anyone else too).
        self.may_credit = may(user, "customer.credit")
        self.ui.creditEdit.setEnabled(self.may_credit)
        fields = [self.ui.nameEdit, self.ui.phoneEdit, self.ui.addressEdit, self.ui.companyEdit]
        if self.may_credit:
            fields.append(self.ui.creditEdit)
        if vehicle_id is not None:
            fields += [self.ui.plateEdit, self.ui.vinEdit, self.ui.engineEdit, self.ui.colourEdit,
                       self.ui.purchaseEdit, self.ui.deliveryEdit]
        self.enter = EnterMovesOn(fields, self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()
        self.ui.nameEdit.setFocus()

    def load(self) -> None:
        """Fill the form from what is saved, and remember the versions read (the save carries them)."""
        if self.vehicle_id is not None:
            file = archive.vehicle_file(self.vehicle_id)
            self.customer, self.vehicle = file["customer"], file["vehicle"]
            self.customer_id = self.customer.id
            self.ui.historyLabel.setText(owners_html(file["owners"]))
            self.setWindowTitle(self.tr("编辑档案：{plate} {name}").format(plate=self.vehicle.plate, name=self.customer.name))
        else:
            self.customer, self.vehicle = archive.customer_archive(self.customer_id)["customer"], None
            self.setWindowTitle(self.tr("编辑档案：{name}").format(name=self.customer.name))
        self.saved_customer = {"name": self.customer.name, "phone": self.customer.phone, "address": self.customer.address,
                               "kind": self.customer.kind, "company": self.customer.company}
        self.saved_credit = fmt_plain(self.customer.credit_limit)
        self.ui.kindCombo.setCurrentText(self.customer.kind)
        self.ui.creditEdit.setText(self.saved_credit)
        self.saved_vehicle = {} if self.vehicle is None else {
            "plate": self.vehicle.plate, "vin": self.vehicle.vin or "", "engine_no": self.vehicle.engine_no,
            "colour": self.vehicle.colour, "purchase_date": iso(self.vehicle.purchase_date),
            "delivery_date": iso(self.vehicle.delivery_date)}
        for edit, value in ((self.ui.nameEdit, self.customer.name), (self.ui.phoneEdit, self.customer.phone),
                            (self.ui.addressEdit, self.customer.address), (self.ui.companyEdit, self.customer.company),
                            (self.ui.plateEdit, self.saved_vehicle.get("plate")),
                            (self.ui.vinEdit, self.saved_vehicle.get("vin")), (self.ui.engineEdit, self.saved_vehicle.get("engine_no")),
                            (self.ui.colourEdit, self.saved_vehicle.get("colour")),
                            (self.ui.purchaseEdit, self.saved_vehicle.get("purchase_date")),
                            (self.ui.deliveryEdit, self.saved_vehicle.get("delivery_date"))):
            edit.setText(value or "")
        for hint in (self.ui.phoneEditHint, self.ui.plateEditHint, self.ui.vinEditHint):
            hint.setText("")
            hint.hide()

    def typed(self) -> tuple[dict, dict]:
        customer = {"name": self.ui.nameEdit.text().strip(), "phone": self.ui.phoneEdit.text().strip(),
                    "address": self.ui.addressEdit.text().strip(), "kind": self.ui.kindCombo.currentText(),
                    "company": self.ui.companyEdit.text().strip()}
        vehicle = {} if self.vehicle is None else {
            "plate": self.ui.plateEdit.text().strip(), "vin": self.ui.vinEdit.text().strip(),
            "engine_no": self.ui.engineEdit.text().strip(), "colour": self.ui.colourEdit.text().strip(),
            "purchase_date": self.ui.purchaseEdit.text().strip(), "delivery_date": self.ui.deliveryEdit.text().strip()}
        return changed(customer, self.saved_customer), changed(vehicle, self.saved_vehicle)

    def accept(self) -> None:
        customer, vehicle = self.typed()
        if "vin" in vehicle:
            vehicle["vin"] = vehicle["vin"] or None
        credit = self.ui.creditEdit.text().strip() or "0"
        credit = credit if self.may_credit and credit != self.saved_credit else None
        try:
            archive.update_file(
                self.user, customer_id=self.customer.id, customer_version=self.customer.version, customer=customer,
                vehicle_id=self.vehicle_id, vehicle_version=self.vehicle.version if self.vehicle else None, vehicle=vehicle,
                credit_limit=credit)
        except StaleRecord as exc:
            self.refuse(exc)
            self.load()  # the copy on screen is out of date: show what the other station saved
            return
        except DomainError as exc:
            show_refusal(self.ui.errorLabel, exc, {"name": self.ui.nameEdit, "phone": self.ui.phoneEdit,
                                                   "plate": self.ui.plateEdit, "vin": self.ui.vinEdit,
                                                   "credit_limit": self.ui.creditEdit,
                                                   "purchase_date": self.ui.purchaseEdit,
                                                   "delivery_date": self.ui.deliveryEdit})
            return
        super().accept()

    def refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()


def customer_columns() -> list[Column]:
    return [
        Column("owner", QCoreApplication.translate("ReceptionOwner", "姓名 / 单位")),
        Column("phone", QCoreApplication.translate("ReceptionOwner", "电话")),
        Column("plate", QCoreApplication.translate("ReceptionOwner", "名下车辆")),
    ]


class ChangeOwnerDialog(PreservingDialog):
    """过户: the car goes to a customer on file (found by name or phone) or to a new one."""

    def __init__(self, *, user, vehicle_id: int, parent=None):
        super().__init__(parent)
        self.user, self.vehicle_id = user, vehicle_id
        self.vehicle = self.new_owner = None
        self.hits: list = []
        self.ui = Ui_ReceptionOwner()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.phoneEditHint.hide()
        self.model = PagedTableModel(columns=customer_columns(), fetch=lambda c, n: (list(self.hits), None), parent=self)
        self.ui.customersView.setModel(self.model)
        self.ui.customersView.verticalHeader().hide()
        header = self.ui.customersView.horizontalHeader()
        for column, width in enumerate((160, 130)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(self.timer.start)
        self.ui.searchEdit.returnPressed.connect(self.search_now)
        self.ui.customersView.activated.connect(lambda _index: self.accept())
        self.ui.phoneEdit.textEdited.connect(
            lambda _t: show_check(normalize_phone, self.ui.phoneEdit, self.ui.phoneEditHint))
        self.ui.newGroup.toggled.connect(self.new_toggled)
        self.enter = EnterMovesOn([self.ui.nameEdit, self.ui.phoneEdit], self.accept, self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()
        self.ui.searchEdit.setFocus()

    def load(self) -> None:
        file = archive.vehicle_file(self.vehicle_id)
        self.vehicle, self.owner = file["vehicle"], file["customer"]
        self.setWindowTitle(self.tr("过户：{plate}").format(plate=self.vehicle.plate))
        intro = self.tr("车辆 {plate} 现车主 {name}。过户后，原车主的进厂记录仍留在这辆车的档案里。").format(
            plate=escape(self.vehicle.plate), name=escape(self.owner.name))
        self.ui.infoLabel.setText(f"<p>{intro}</p>{owners_html(file['owners'])}")

    def new_toggled(self, on: bool) -> None:
        self.ui.existingGroup.setEnabled(not on)
        (self.ui.nameEdit if on else self.ui.searchEdit).setFocus()

    def search_now(self) -> None:
        self.timer.stop()
        self.search()
        if self.hits:
            self.ui.customersView.setFocus()

    def search(self) -> None:
        text = self.ui.searchEdit.text()
        try:
            found, _more = search.lookup(self.user, text) if text.strip() else ([], False)
        except DomainError as exc:
            self.refuse(exc)
            return
        seen, self.hits = {self.owner.id}, []
        for hit in found:  # one line per customer: the look-up gives one per car
            if hit.customer_id not in seen:
                seen.add(hit.customer_id)
                self.hits.append(hit)
        self.model.reload()
        if self.hits:
            self.ui.customersView.selectRow(0)

    def chosen(self):
        index = self.ui.customersView.currentIndex()
        return self.hits[index.row()] if index.isValid() and index.row() < len(self.hits) else None

    def accept(self) -> None:
        try:
            if self.ui.newGroup.isChecked():
                self.new_owner, self.vehicle = archive.transfer_to_new_owner(
                    self.user, self.vehicle_id, self.vehicle.version,
                    customer={"name": self.ui.nameEdit.text(), "phone": self.ui.phoneEdit.text()})
            else:
                hit = self.chosen()
                if hit is None:
                    self.ui.errorLabel.setText(self.tr("请查找并选中新车主，或勾选“新建车主档案”。"))
                    self.ui.errorLabel.show()
                    self.ui.searchEdit.setFocus()
                    return
                self.vehicle = archive.change_owner(self.user, self.vehicle_id, self.vehicle.version, hit.customer_id)
                self.new_owner = self.vehicle.owner
        except StaleRecord as exc:
            self.refuse(exc)
            self.load()
            return
        except DomainError as exc:
            self.refuse(exc)
            return
        super().accept()

    def refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()
