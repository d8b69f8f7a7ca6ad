"""进厂维修单 / 任务委托书: the work order agreed with the customer. Terms (job type, estimate mode,
promised time, parts supplied by the customer, aftermarket insisted, old parts, wash) are saved as
they change; lines come from the labour-time table, the warehouse (live stock; 待订货 when short),
whole-job prices, fees and maintenance packages in a keystroke; F2 changes a line's quantity or
payer in place. Ctrl+Enter: the customer signed
the estimate and the car goes to the workshop. Every change is one storage action carrying the
version this window read, so an order changed meanwhile at another station is refused, not
overwritten."""
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMenu, QMessageBox

from storage.models import JOB_TYPES, PARTS_QUALITY
from storage.reception import checkin, documents, estimate, forms, packages
from storage.reception.checkin import ESTIMATE_MODES
from storage.rules.errors import DomainError, StaleRecord
from storage.rules.vocabulary import LineStatus, OrderStatus
from ui.forms.ui_reception_order import Ui_ReceptionOrder
from ui.kit.dialog_base import PreservingDialog
from ui.kit.dialogs import run_dialog
from ui.kit.format import km_text, money_text, when
from ui.kit.keys import shortcut
from ui.kit.operations import Operations
from ui.kit.paged_model import RIGHT, Column, PagedTableModel
from ui.kit.print_actions import preview_document
from ui.kit.shortcuts import key
from ui.reception.diagnosis_dialog import DiagnosisDialog
from ui.reception.line_dialog import LineDialog
from ui.reception.picker import PickerDialog

GREY = QColor("#9e9e9e")


def line_state(line: dict) -> str:
    if line["status"] == LineStatus.TO_CONFIRM:
        return "待客户确认"
    if line["status"] == LineStatus.CANCELLED:
        return LineStatus.CANCELLED
    if line["to_order"]:
        return "待订货"
    if line["supplied_by_customer"]:
        return "客户自带"
    return "" if line["kind"] != "材料" else ("原厂件" if line["genuine"] else "副厂件")


def line_columns() -> list[Column]:
    grey = lambda x: GREY if x["status"] in (LineStatus.CANCELLED,
                                             LineStatus.TO_CONFIRM) else (QColor("#b26a00") if x["to_order"] else None)  # noqa: E731
    return [
        Column("kind", QCoreApplication.translate("OrderEditor", "类别")),
        Column("part_number", QCoreApplication.translate("OrderEditor", "零件号")),
        Column("description", QCoreApplication.translate("OrderEditor", "项目 / 备件"), colour=grey),
        Column(lambda x: f"{x['quantity'].normalize():f} {x['unit']}", QCoreApplication.translate("OrderEditor", "数量"),
               align=RIGHT),
        Column("unit_price", QCoreApplication.translate("OrderEditor", "单价"), align=RIGHT, fmt=money_text),
        Column("amount", QCoreApplication.translate("OrderEditor", "金额"), align=RIGHT, fmt=money_text),
        Column("payer", QCoreApplication.translate("OrderEditor", "付费方")),
        Column(line_state, QCoreApplication.translate("OrderEditor", "说明"), colour=grey),
    ]


class OrderEditor(PreservingDialog):
    def __init__(self, *, user, order_id: int, local=None, ops=None, parent=None):
        super().__init__(parent)
        self.user = user
        self.order_id = order_id
        self.local = local
        self.ops = ops or Operations()
        self.detail = None
        self.ui = Ui_ReceptionOrder()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.ui.jobCombo.addItems(list(JOB_TYPES))
        self.ui.modeCombo.addItems(list(ESTIMATE_MODES))
        self.model = PagedTableModel(columns=line_columns(), fetch=lambda c, n: (self.detail["lines"], None), parent=self)
        self.ui.linesView.setModel(self.model)
        self.ui.linesView.verticalHeader().hide()
        header = self.ui.linesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.labourButton.clicked.connect(self.add_labour)
        self.ui.partButton.clicked.connect(self.add_part)
        self.ui.customerPartButton.clicked.connect(self.add_customer_part)
        self.ui.pricedButton.clicked.connect(self.add_priced)
        self.ui.feeButton.clicked.connect(self.add_fee)
        self.ui.packageButton.clicked.connect(self.add_package)
        self.ui.removeButton.clicked.connect(self.remove_line)
        self.ui.editLineButton.clicked.connect(self.edit_line)
        self.ui.linesView.doubleClicked.connect(lambda _index: self.edit_line())
        self.ui.signButton.clicked.connect(self.sign)
        self.ui.printWorkOrderButton.clicked.connect(lambda: self.print_document("work-order"))
        self.ui.printEstimateButton.clicked.connect(lambda: self.print_document("estimate", copies=2))
        self.ui.printCheckInButton.clicked.connect(lambda: self.print_document("check-in"))
        self.ui.formsButton.setMenu(self._forms_menu())
        self.ui.diagnosisButton.clicked.connect(self.open_diagnosis)
        self.ui.takeUpButton.clicked.connect(self.take_up_suggestion)
        # The keys are in ui/kit/shortcuts.py's table: Ctrl+P prints here as everywhere (issue 19 defect 9).
        for action, slot in (("add labour", self.add_labour), ("add a part", self.add_part),
                             ("add a whole-job price", self.add_priced), ("add a fee", self.add_fee),
                             ("add a maintenance package", self.add_package), ("signed: to the workshop", self.sign),
                             ("signed (keypad Enter)", self.sign), ("change quantity / payer", self.edit_line),
                             ("print the work order", self.ui.printWorkOrderButton.click),
                             ("print the estimate (two copies)", self.ui.printEstimateButton.click),
                             ("print the check-in sheet", self.ui.printCheckInButton.click),
                             ("other forms (menu)", self.ui.formsButton.showMenu), ("diagnosis", self.open_diagnosis),
                             ("take up a declined item", self.take_up_suggestion)):
            shortcut(key("OrderEditor", action), self, slot)
        shortcut(key("OrderEditor", "remove the line (in the lines)"), self.ui.linesView, self.remove_line, local=True)
        self.ui.jobCombo.activated.connect(lambda _i: self.set_term(job_type=self.ui.jobCombo.currentText()))
        self.ui.modeCombo.activated.connect(lambda _i: self.set_term(estimate_mode=self.ui.modeCombo.currentText()))
        for quality in PARTS_QUALITY:
            self.ui.qualityCombo.addItem(quality, quality)
        self.ui.qualityCombo.activated.connect(lambda _i: self.set_term(parts_quality=self.ui.qualityCombo.currentData()))
        self.ui.promisedEdit.editingFinished.connect(self.save_promised)
        for box, name in ((self.ui.partsByCustomerCheck, "parts_by_customer"), (self.ui.aftermarketCheck, "aftermarket_insisted"),
                          (self.ui.oldPartsCheck, "return_old_parts"), (self.ui.washCheck, "wash")):
            box.clicked.connect(lambda checked, n=name: self.set_term(**{n: checked}))
        self.load()
        self.ui.promisedEdit.setFocus() if self.order.promised_at is None and self.draft else self.ui.labourButton.setFocus()

    # -- reading ------------------------------------------------------------------------------------
    @property
    def order(self):
        return self.detail["order"]

    @property
    def draft(self) -> bool:
        return self.order.status == OrderStatus.DRAFT

    def load(self) -> None:
        self.detail = documents.order_detail(self.order_id)
        o, car, customer = self.order, self.detail["vehicle"], self.detail["customer"]
        self.setWindowTitle(self.tr("进厂维修单 {number}（{status}）").format(number=o.number, status=o.status))
        comeback = self.tr("　返修，原工单 {n}").format(n=self.detail["comeback_of"]) if self.detail["comeback_of"] else ""
        facts = self.tr("进厂 {opened}　{km}　燃油 {fuel}%　钥匙 {key}　接待 {advisor}").format(
            opened=when(o.opened_at), km=km_text(o.mileage), fuel=o.fuel_level, key=o.key_number, advisor=self.detail["advisor"])
        self.ui.infoLabel.setText(f"<b>{o.number}</b>　{car.plate}　{self.detail['model']}　{customer.name} {customer.phone}　"
                                  f"{facts}　<b>{o.status}</b>{comeback}")
        for widget, value in ((self.ui.jobCombo, o.job_type), (self.ui.modeCombo, o.estimate_mode)):
            widget.setCurrentText(value)
        self.ui.qualityCombo.setCurrentIndex(max(0, self.ui.qualityCombo.findData(o.parts_quality)))
        for box, value in ((self.ui.partsByCustomerCheck, o.parts_by_customer), (self.ui.aftermarketCheck, o.aftermarket_insisted),
                           (self.ui.oldPartsCheck, o.return_old_parts), (self.ui.washCheck, o.wash)):
            box.setChecked(bool(value))
        promised = o.promised_at or (dt.datetime.now() + dt.timedelta(hours=4)).replace(minute=0, second=0, microsecond=0)
        self.ui.promisedEdit.setDateTime(QDateTime(promised))
        self.model.reload()
        totals = self.detail["totals"]
        text = self.tr("工时 {l}　材料 {p}　其他 {f}<br><b>估价合计 {t}</b>").format(
            l=money_text(totals["工时"]), p=money_text(totals["材料"]), f=money_text(totals["其他"]), t=money_text(totals["total"]))
        if o.signed_at:
            text += "<br>" + self.tr("签字时 {s}，变化 {d}").format(
                s=money_text(self.detail["signed_estimate"]), d=money_text(self.detail["estimate_change"]))
            if self.detail["added_delay_minutes"]:
                text += "<br>" + self.tr("追加项目延时 {m} 分钟").format(m=self.detail["added_delay_minutes"])
        self.ui.totalLabel.setText(text)
        self.ui.remarksLabel.setText("\n".join(self.detail["remarks"]))
        self.open_suggestions = forms.open_suggestions(o.vehicle_id)
        self.ui.suggestionsLabel.setText(self.tr("建议项目（上次未做）：{items}").format(
            items="；".join(f"{x['description']}（{x['created_at']:%Y-%m-%d}）" for x in self.open_suggestions))
            if self.open_suggestions else "")
        self.ui.suggestionsLabel.setVisible(bool(self.open_suggestions))
        self.ui.takeUpButton.setVisible(bool(self.open_suggestions))
        self.ui.takeUpButton.setEnabled(self.draft)
        self.ui.packageCombo.clear()
        suggested = packages.suggest_package(o.vehicle_id, o.mileage) if self.draft else None
        combo = self.ui.packageCombo
        for package in packages.packages_for(o.vehicle_id) if self.draft else []:
            # The price first: a narrow box cuts the end of the name, never the price (issue 19 defect 11).
            text = f"{money_text(package['total'])}　{package['name']}"
            combo.addItem(text, package["id"])
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            if suggested and suggested["id"] == package["id"]:
                combo.setCurrentIndex(combo.count() - 1)
        combo.setToolTip(combo.currentText())
        if combo.count():  # the open list is as wide as its longest line
            combo.view().setMinimumWidth(max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                                             for i in range(combo.count())) + 40)
        for widget in (self.ui.jobCombo, self.ui.modeCombo, self.ui.qualityCombo, self.ui.promisedEdit, self.ui.partsByCustomerCheck,
                       self.ui.aftermarketCheck, self.ui.oldPartsCheck, self.ui.washCheck, self.ui.labourButton,
                       self.ui.partButton, self.ui.customerPartButton, self.ui.pricedButton, self.ui.feeButton,
                       self.ui.packageCombo, self.ui.packageButton, self.ui.editLineButton, self.ui.removeButton, self.ui.signButton):
            widget.setEnabled(self.draft)
        self.ui.packageButton.setEnabled(self.draft and self.ui.packageCombo.count() > 0)

    # -- every change: one storage action with the version read ----------------------------------------
    def act(self, action) -> bool:
        done = self.ops.run(lambda: action(self.order.version), line=self.refuse)
        if not done:
            if isinstance(done.error, StaleRecord):
                self.load()  # the copy on screen is out of date: show what the other station saved
            return False
        self.ui.errorLabel.hide()
        self.load()
        return True

    def refuse(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()

    def set_term(self, **term) -> None:
        if not self.act(lambda v: checkin.set_terms(self.user, self.order_id, v, **term)):
            self.load()  # the refused choice goes back to what is saved

    def save_promised(self) -> None:
        value = self.ui.promisedEdit.dateTime().toPython().replace(second=0, microsecond=0)
        if self.draft and value != self.order.promised_at:
            self.set_term(promised_at=value)

    def add_labour(self) -> None:
        if not self.draft:
            return
        picker = PickerDialog(kind="labour", vehicle_id=self.order.vehicle_id, order_id=self.order_id, parent=self)
        if run_dialog(picker):
            self.act(lambda v: estimate.add_labour_line(self.user, self.order_id, v, picker.chosen["id"]))

    def add_part(self) -> None:
        if not self.draft:
            return
        picker = PickerDialog(kind="part", vehicle_id=self.order.vehicle_id, order_id=self.order_id, parent=self)
        if not run_dialog(picker):
            return
        part, quantity = picker.chosen, picker.quantity
        self._offer_to_order(
            lambda version, to_order: estimate.add_part_line(
                self.user, self.order_id, version, part.id, quantity, to_order=to_order),
            self.tr("按“待订货”添加吗？"))

    def _offer_to_order(self, action, question: str) -> None:
        """Run action(version, to_order); when storage says the stock is short, ask whether to write
        the parts as 待订货 (to order) instead."""
        short = []

        def refused(exc):
            if isinstance(exc, estimate.PartShort):
                short.append(exc)
            else:
                self.refuse(exc)

        if self.ops.run(lambda: action(self.order.version, False), line=refused):
            self.load()
        elif short:
            answer = QMessageBox.question(self, self.tr("库存不足"), short[0].message + "\n\n" + question)
            if answer == QMessageBox.StandardButton.Yes:
                self.act(lambda version: action(version, True))
            else:
                self.refuse(short[0])

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok and text.strip() else None

    def add_customer_part(self) -> None:
        name = self.draft and self._ask(self.tr("客户自带配件"), self.tr("配件名称："))
        if name:
            quantity = self._ask(self.tr("客户自带配件"), self.tr("数量：")) or "1"
            self.act(lambda v: estimate.add_customer_part(self.user, self.order_id, v, name, quantity))

    def add_priced(self) -> None:
        name = self.draft and self._ask(self.tr("整项定价"), self.tr("项目（如：排除怠速抖动）："))
        amount = name and self._ask(self.tr("整项定价"), self.tr("价格（元）："))
        if amount:
            self.act(lambda v: estimate.add_priced_item(self.user, self.order_id, v, name, amount))

    def add_fee(self) -> None:
        name = self.draft and self._ask(self.tr("其他费用"), self.tr("费用名称（如：拖车费）："))
        amount = name and self._ask(self.tr("其他费用"), self.tr("金额（元）："))
        if amount:
            self.act(lambda v: estimate.add_fee_line(self.user, self.order_id, v, name, amount))

    def add_package(self) -> None:
        package_id = self.ui.packageCombo.currentData()
        if not self.draft or package_id is None:
            return
        self._offer_to_order(
            lambda version, to_order: estimate.apply_package(
                self.user, self.order_id, version, package_id, to_order=to_order),
            self.tr("缺货的备件按“待订货”添加吗？"))

    def edit_line(self) -> None:
        """F2 / double-click: the selected line's quantity and payer, saved in place."""
        index = self.ui.linesView.currentIndex()
        if not self.draft or not index.isValid():
            return

        row = index.row()
        saved = self.ops.run(lambda: run_dialog(LineDialog(user=self.user, order_id=self.order_id, version=self.order.version,
                                                           line=self.model.row(row), parent=self))).value
        self.load()  # saved, or refused because the order changed meanwhile: show what is saved now
        if row < self.model.rowCount():
            self.ui.linesView.selectRow(row)
        if saved:
            self.ui.errorLabel.hide()

    def remove_line(self) -> None:
        index = self.ui.linesView.currentIndex()
        if self.draft and index.isValid():
            line = self.model.row(index.row())
            self.act(lambda v: estimate.remove_line(self.user, self.order_id, v, line["id"]))

    def sign(self) -> None:
        if not self.draft:
            return
        self.save_promised()
        if self.act(lambda v: checkin.sign_estimate(self.user, self.order_id, v)):
            self.ui.buttonBox.setFocus()

    def _forms_menu(self) -> QMenu:
        """The forms printed less often, under one button: the diagnosis report, the added-work form,
        the declined work, the service card and the in-process inspection."""
        menu = QMenu(self)
        for kind, label in (("diagnosis-report", self.tr("汽车检测诊断报告单")), ("added-work", self.tr("维修追加项目单")),
                            ("suggestions", self.tr("建议项目表")), ("service-card", self.tr("售后服务卡")),
                            ("process-check", self.tr("过程检验单"))):
            action = menu.addAction(label, lambda k=kind: self.print_document(k))
            action.setObjectName(kind)
        return menu

    def open_diagnosis(self) -> None:
        """检测诊断 (Ctrl+Shift+D): the tests, the conclusion, the fee; or 诊断未修 and release."""
        dialog = DiagnosisDialog(user=self.user, order_id=self.order_id, local=self.local, ops=self.ops, parent=self)
        run_dialog(dialog)
        self.load()

    def take_up_suggestion(self) -> None:
        """The customer now agrees to work declined last time: it leaves the car's list (the lines are added as usual)."""
        if not self.draft or not self.open_suggestions:
            return
        labels = [f"{x['description']}（{x['created_at']:%Y-%m-%d} {x['order']}）" for x in self.open_suggestions]
        chosen, ok = QInputDialog.getItem(self, self.tr("上次建议本次做"), self.tr("客户本次同意做的建议项目："), labels, 0, False)
        if ok:
            suggestion = self.open_suggestions[labels.index(chosen)]
            self.act(lambda v: checkin.take_up_suggestion(self.user, self.order_id, v, suggestion["id"]))

    def print_document(self, kind: str, *, copies: int = 1) -> None:
        preview_document(self, kind, self.order.number, copies=copies, user=self.user, local=self.local)
