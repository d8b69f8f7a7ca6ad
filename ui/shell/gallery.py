"""Every dialog of the program, opened on the demo store as a station opens it, for the screenshots
(`--screenshot DIR`) and the test that every window fits the screen (tests/ui/test_screen_fit.py).

    for shot in dialogs(context):          # Shot(name, cls, open): open() -> the dialog, not yet shown
        dialog = shot.open()

Dialogs that act on a row of a station's list get the row the station itself would hand them: the
tab is loaded and its first row chosen, and its own opener builds the dialog (`exec` and `open` are
caught, so nothing waits for input). A shot whose record the store does not have (an empty store)
opens nothing (None)."""
import contextlib
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from printing.base import render_to_bytes
from printing.registry import DOCUMENTS
from storage.demo import showcase
from storage.models import MemberCard, Settlement, User
from storage.plumbing.config import LocalSettings
from storage.reception import loaners
from storage.rules import auth
from storage.rules.vocabulary import InvoiceKind, OrderStatus, SettlementStatus
from ui.admin.record_dialog import RecordDialog
from ui.admin.users_tab import UsersTab
from ui.care.call_dialog import CallDialog
from ui.care.complaint_dialog import ComplaintDialog
from ui.care.complaints_tab import ComplaintsTab
from ui.care.follow_up_tab import FollowUpTab
from ui.care.handling_dialog import HandlingDialog
from ui.care.letter_dialog import LetterDialog
from ui.care.note_dialog import NoteDialog, NoteForm
from ui.cashier.card_refund_dialog import CardRefundDialog
from ui.cashier.card_sale_dialog import CardSaleDialog
from ui.cashier.history_tab import HistoryTab
from ui.cashier.invoice_dialog import InvoiceDialog
from ui.cashier.receivables_tab import ReceivablesTab
from ui.cashier.red_letter_dialog import RedLetterDialog
from ui.cashier.remittance_dialog import RemittanceDialog
from ui.cashier.reverse_dialog import ReverseDialog
from ui.cashier.supervisor_dialog import SupervisorDialog
from ui.kit.operations import Operations
from ui.kit.print_preview import PrintPreviewDialog
from ui.parts.approval_dialog import ApprovalDialog
from ui.parts.import_dialog import ImportDialog
from ui.parts.part_dialog import PartDialog
from ui.parts.purchase_lines_dialog import PurchaseLinesDialog
from ui.parts.stock_move_dialog import ADJUST, RETURN, StockMoveDialog
from ui.parts.supplier_dialog import SupplierDialog
from ui.reception.appointment_dialog import BookDialog, DepositDialog
from ui.reception.appointments import AppointmentsTab
from ui.reception.archive_dialog import ArchiveDialog, ChangeOwnerDialog
from ui.reception.checkin_dialog import CheckInDialog
from ui.reception.diagnosis_dialog import DiagnosisDialog
from ui.reception.line_dialog import LineDialog
from ui.reception.loan_out_dialog import LoanOutDialog
from ui.reception.loan_return_dialog import LoanReturnDialog
from ui.reception.loaner_car_dialog import LoanerCarDialog
from ui.reception.manager_override import ManagerOverrideDialog
from ui.reception.new_customer_dialog import NewCustomerDialog
from ui.reception.order_editor import OrderEditor
from ui.reception.picker import PickerDialog
from ui.reception.today import DelayDialog, TodayTab
from ui.shell.first_run_wizard import FirstRunWizard
from ui.shell.login_dialog import LoginDialog
from ui.shell.new_password_dialog import NewPasswordDialog
from ui.shell.settings_dialog import SettingsDialog
from ui.workshop.added_work_dialog import AddedWorkDialog
from ui.workshop.clock_panel import ClockPanel
from ui.workshop.day_dialog import WorkshopDayDialog
from ui.workshop.dispatch_dialog import DispatchDialog
from ui.workshop.history_dialog import WorkshopHistoryDialog
from ui.workshop.process_dialog import ProcessCheckDialog
from ui.workshop.qc_dialog import QcDialog
from ui.workshop.setup_dialog import WorkshopSetupDialog
from ui.workshop.wages_dialog import WorkshopWagesDialog


@dataclass
class Context:
    local: LocalSettings
    database_url: str
    users: dict  # role -> the first active user with that role
    keep: list = field(default_factory=list)  # station tabs a dialog was opened from: they outlive the call

    @classmethod
    def for_store(cls, local: LocalSettings, database_url: str) -> "Context":
        users = {role: auth.first_active_user(role) for role in auth.ROLES}
        return cls(local=local, database_url=database_url, users={r: u for r, u in users.items() if u is not None})

    def user(self, role: str) -> User | None:
        return self.users.get(role) or self.users.get(auth.MANAGER)


@dataclass
class Shot:
    name: str  # the PNG's name: dialog-<name>.png
    cls: type
    open: Callable[[], QWidget | None]


def settle() -> None:
    """Let background queries finish and their results reach the widgets."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):
        QApplication.processEvents()
        pool.waitForDone(30000)
        QApplication.processEvents()


@contextlib.contextmanager
def caught_dialogs():
    """While inside: a dialog's exec() or open() only records the dialog (exec answers Rejected)."""
    caught: list[QDialog] = []

    def exec_(self, *args):
        caught.append(self)
        return QDialog.DialogCode.Rejected.value

    def open_(self, *args):
        caught.append(self)

    saved = QDialog.exec, QDialog.open
    QDialog.exec, QDialog.open = exec_, open_
    try:
        yield caught
    finally:
        QDialog.exec, QDialog.open = saved


def opened_by(action: Callable[[], object], cls: type):
    """The `cls` dialog that `action` (a station's own opener) builds, caught before it waits for input."""
    with caught_dialogs() as caught:
        action()
    found = [d for d in caught if isinstance(d, cls)]
    return found[-1] if found else None


def _first_row(view) -> bool:
    settle()
    model = view.model()
    if model is None or model.rowCount() == 0:
        return False
    view.setCurrentIndex(model.index(0, 0))
    return True


def dialogs(ctx: Context) -> list[Shot]:  # noqa: C901 — one short opener per dialog, on purpose
    advisor, dispatcher = ctx.user(auth.ADVISOR), ctx.user(auth.DISPATCHER)
    inspector, clerk = ctx.user(auth.INSPECTOR), ctx.user(auth.STOREKEEPER)
    cashier, care, manager = ctx.user(auth.CASHIER), ctx.user(auth.CARE), ctx.user(auth.MANAGER)
    keep = ctx.keep

    vehicle = showcase.a_vehicle

    def draft():
        return showcase.busiest_order(OrderStatus.DRAFT, OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR,
                                      OrderStatus.AWAITING_PARTS)

    def tab(cls, view: str, **kw):
        widget = cls(**kw)
        keep.append(widget)
        if not _first_row(getattr(widget.ui, view)):
            return None
        return widget

    def from_tab(cls, view, opener, dialog_cls, **kw):
        def run():
            widget = tab(cls, view, **kw)
            return opened_by(getattr(widget, opener), dialog_cls) if widget is not None else None
        return run

    def keep_tab(widget):
        keep.append(widget)
        return widget

    def new_customer():
        return NewCustomerDialog(user=advisor)

    def check_in():
        car = vehicle()
        return car and CheckInDialog(user=advisor, vehicle_id=car.id, title=f"{car.plate}")

    def order_editor():
        order = draft()
        return order and OrderEditor(user=advisor, order_id=order.id, local=ctx.local)

    def picker(kind):
        def run():
            order = draft()
            return order and PickerDialog(kind=kind, vehicle_id=order.vehicle_id, order_id=order.id)
        return run

    def line():
        order = showcase.busiest_order(OrderStatus.DRAFT)  # a line is changed in place only while the order is a draft
        if order is None:
            return None
        editor = OrderEditor(user=advisor, order_id=order.id, local=ctx.local)
        keep.append(editor)
        if not _first_row(editor.ui.linesView):
            return None
        return opened_by(editor.edit_line, LineDialog)

    def archive():
        car = vehicle()
        return car and ArchiveDialog(user=advisor, customer_id=car.owner_id, vehicle_id=car.id)

    def order_for(*states):
        def run(cls, **kw):
            order = showcase.busiest_order(*states)
            return order and cls(order_id=order.id, **kw)
        return run

    def preview():
        order = showcase.busiest_order(OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS, OrderStatus.QC,
                                       OrderStatus.DONE, OrderStatus.SETTLED, OrderStatus.DELIVERED)
        if order is None:
            return None
        declared = DOCUMENTS["work-order"]
        return PrintPreviewDialog(pdf_bytes=render_to_bytes("work-order", order.number), title=declared.label,
                                  paper=declared.paper)

    def purchase_lines():
        po = showcase.newest_purchase_order()
        return po and PurchaseLinesDialog(user=clerk, po_id=po.id)

    def part(cls, **kw):
        found = showcase.first_part()
        return found and cls(user=clerk, part_id=found.id, **kw)

    def note():
        customer = showcase.first_customer()
        return NoteDialog(form=NoteForm(title="答复投诉", info=f"<b>CP20260001</b>　{customer.name if customer else ''}",
                                        text_label="答复内容", choice_label="处理结论",
                                        choices=(("已解决", "已解决"), ("未解决", "未解决")),
                                        amount_label="补偿金额", save=lambda *a: None))


    def receivables():
        widget = tab(ReceivablesTab, "itemsView", user=cashier)
        return widget and opened_by(widget.collect, RemittanceDialog)

    def deposit():
        widget = AppointmentsTab(user=advisor)
        keep.append(widget)
        settle()
        rows = list(widget.rows.values())
        if not rows:
            return None
        widget.selected_id = rows[0]["id"]
        return opened_by(widget.deposit, DepositDialog)

    shots = [
        Shot("login", LoginDialog, lambda: LoginDialog(username="")),
        Shot("first-run", FirstRunWizard, lambda: FirstRunWizard(local=ctx.local, database_url=None)),
        Shot("settings", SettingsDialog, lambda: SettingsDialog(local=ctx.local, user=manager, database_url=ctx.database_url)),
        Shot("new-customer", NewCustomerDialog, new_customer),
        Shot("check-in", CheckInDialog, check_in),
        Shot("order-editor", OrderEditor, order_editor),
        Shot("part-picker", PickerDialog, picker("part")),
        Shot("labour-picker", PickerDialog, picker("labour")),
        Shot("order-line", LineDialog, line),
        Shot("archive", ArchiveDialog, archive),
        Shot("change-owner", ChangeOwnerDialog, lambda: (car := vehicle()) and ChangeOwnerDialog(user=advisor, vehicle_id=car.id)),
        Shot("book", BookDialog, lambda: (car := vehicle()) and BookDialog(user=advisor, vehicle_id=car.id, title=car.plate,
                                                                             starts_at=dt.datetime.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=1))),
        Shot("deposit", DepositDialog, deposit),
        Shot("delay", DelayDialog, from_tab(TodayTab, "carsView", "delay", DelayDialog, user=advisor)),
        Shot("manager-override", ManagerOverrideDialog, lambda: ManagerOverrideDialog(
            reason="这辆车还有未结清的欠款 ¥1,280.00，需要服务经理同意才能接车。", user=advisor)),
        Shot("dispatch", DispatchDialog, lambda: order_for(OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS)(DispatchDialog, user=dispatcher)),
        
        Shot("added-work", AddedWorkDialog, lambda: order_for(OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS)(AddedWorkDialog, user=dispatcher)),
        
        Shot("qc", QcDialog, lambda: order_for(OrderStatus.QC, OrderStatus.IN_REPAIR)(QcDialog, user=inspector, local=ctx.local)),
        
        Shot("clock-panel", ClockPanel, lambda: ClockPanel(user=dispatcher)),
        Shot("workshop-history", WorkshopHistoryDialog, lambda: WorkshopHistoryDialog(user=dispatcher, local=ctx.local)),
        Shot("workshop-setup", WorkshopSetupDialog, lambda: WorkshopSetupDialog(user=dispatcher)),
        Shot("workshop-day", WorkshopDayDialog, lambda: WorkshopDayDialog(user=dispatcher)),
        Shot("workshop-wages", WorkshopWagesDialog, lambda: WorkshopWagesDialog(user=manager)),
        Shot("print-preview", PrintPreviewDialog, preview),
        Shot("part", PartDialog, lambda: part(PartDialog)),
        Shot("stock-return", StockMoveDialog, lambda: part(StockMoveDialog, mode=RETURN)),
        Shot("stock-adjust", StockMoveDialog, lambda: part(StockMoveDialog, mode=ADJUST)),
        Shot("supplier", SupplierDialog, lambda: SupplierDialog(user=clerk, supplier=showcase.first_supplier())),
        Shot("purchase-lines", PurchaseLinesDialog, purchase_lines),
        Shot("approval", ApprovalDialog, lambda: ApprovalDialog(what="报废 机油滤清器 × 2", purpose="stock.adjust", user=clerk)),
        Shot("import", ImportDialog, lambda: ImportDialog(user=clerk)),
        Shot("supervisor", SupervisorDialog, lambda: SupervisorDialog(
            reasons=["整单优惠 ¥300.00 超过收银员权限 ¥200.00", "挂账给个人客户"], user=cashier)),
        Shot("remittance", RemittanceDialog, receivables),
        Shot("reverse", ReverseDialog, from_tab(HistoryTab, "settlementsView", "reverse", ReverseDialog, user=cashier)),
        Shot("invoice", InvoiceDialog, lambda: (s := Settlement.select().where(Settlement.status == SettlementStatus.VALID)
                                                 .order_by(Settlement.id.desc()).first())
             and InvoiceDialog(user=cashier, settlement_id=s.id)),
        Shot("red-letter", RedLetterDialog, lambda: RedLetterDialog(user=cashier, invoice={
            "id": 0, "version": 1, "kind": InvoiceKind.PLAIN, "code": "035001900111", "number": "00012345",
            "amount": Decimal("1280.00"), "buyer_title": "厦门某某汽车租赁有限公司"})),
        Shot("card-sale", CardSaleDialog, lambda: (c := showcase.first_customer()) and CardSaleDialog(
            user=cashier, customer_id=c.id, customer_name=c.name)),
        Shot("card-refund", CardRefundDialog, lambda: (card := MemberCard.select().order_by(MemberCard.id).first())
             and CardRefundDialog(user=cashier, card_id=card.id)),
        Shot("loan-out", LoanOutDialog, lambda: (order := showcase.busiest_order(OrderStatus.IN_REPAIR, OrderStatus.QC))
             and LoanOutDialog(user=advisor, ops=Operations(), cars=[c for c in loaners.fleet() if c["status"] == loaners.FREE],
                               order_number=order.number)),
        Shot("loan-return", LoanReturnDialog, lambda: (car := next((c for c in loaners.fleet() if c["loan"]), None))
             and LoanReturnDialog(user=advisor, ops=Operations(), car=car)),
        Shot("loaner-car", LoanerCarDialog, lambda: (car := next(iter(loaners.fleet()), None))
             and LoanerCarDialog(user=manager, ops=Operations(), car=car)),
        Shot("complaint", ComplaintDialog, lambda: ComplaintDialog(user=care)),
        Shot("call", CallDialog, from_tab(FollowUpTab, "callsView", "call", CallDialog, user=care)),
        Shot("note", NoteDialog, note),
        Shot("diagnosis", DiagnosisDialog,
             lambda: order_for(OrderStatus.IN_REPAIR, OrderStatus.AWAITING_DISPATCH, OrderStatus.DRAFT)(DiagnosisDialog, user=advisor, local=ctx.local)),
             
        Shot("process-check", ProcessCheckDialog,
             lambda: order_for(OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS)(ProcessCheckDialog, user=inspector, local=ctx.local)),
             
        Shot("admin-new-user", RecordDialog, lambda: opened_by(keep_tab(UsersTab(user=manager)).create, RecordDialog)),
        Shot("new-password", NewPasswordDialog,
             lambda: NewPasswordDialog(user=cashier, temporary_password="temp-0000")),
        Shot("letter", LetterDialog, lambda: LetterDialog(user=care)),
        Shot("complaint-handling", HandlingDialog,
             from_tab(ComplaintsTab, "complaintsView", "handling", HandlingDialog, user=care)),
    ]
    return shots
