"""查档案: the look-up results under the search box — plate, model, owner, phone (masked unless the
user may see it: storage decides), last visit, open order and open complaints — with the selected
car's file beside: its last visits, open orders, due maintenance, declined work (建议项目) and open
complaints, and the actions that start from a car. The look-up runs on every pause in typing, so
the list carries only what storage reads cheaply for twenty hits; the car's history is read for the
selected hit as the selection moves (storage.reception.search.add_details)."""
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from storage.reception import checkin, documents, search
from storage.rules import auth
from storage.rules.errors import DomainError, ValidationError
from storage.rules.validation import normalize_plate
from storage.rules.vocabulary import JobType, OrderStatus
from ui.care.sanbao_note import sanbao_note_html
from ui.forms.ui_reception_lookup import Ui_ReceptionLookup
from ui.kit.dialogs import run_dialog
from ui.kit.errors import show_error
from ui.kit.format import km_text, money_text, when
from ui.kit.operations import Operations
from ui.kit.paged_model import Column, PagedTableModel
from ui.reception.appointment_dialog import BookDialog
from ui.reception.archive_dialog import ArchiveDialog, ChangeOwnerDialog
from ui.reception.checkin_dialog import CheckInDialog
from ui.reception.new_customer_dialog import NewCustomerDialog
from ui.reception.order_editor import OrderEditor

DUE_COLOURS = {"已到期": QColor("#c62828"), "即将到期": QColor("#b26a00")}



def open_order_text(hit) -> str:
    return "、".join(f"{o['number']}（{o['status']}）" for o in hit.open_orders)


def due_text(hit) -> str:
    due = hit.due_maintenance
    if not due:
        return ""
    km = f" / {due['due_km']:,} km" if due.get("due_km") else ""
    return f"{due['state']} {due['due_on']:%Y-%m-%d}{km}"


def columns() -> list[Column]:
    return [
        Column("plate", QCoreApplication.translate("ReceptionLookup", "车牌"), width=85),
        Column("model", QCoreApplication.translate("ReceptionLookup", "车型"), width=100),
        Column("owner", QCoreApplication.translate("ReceptionLookup", "车主"), width=75),
        Column("phone", QCoreApplication.translate("ReceptionLookup", "电话"), width=100),
        Column("last_visit_at", QCoreApplication.translate("ReceptionLookup", "上次进厂"), fmt=when, width=80),
        Column(open_order_text, QCoreApplication.translate("ReceptionLookup", "在修工单"), width=120),
        Column(lambda h: len(h.complaints) or "", QCoreApplication.translate("ReceptionLookup", "未结投诉"), colour=lambda h: QColor("#c62828") if h.complaints else None, width=60),
        Column("matched", QCoreApplication.translate("ReceptionLookup", "匹配"), width=45),
    ]


MAX_COLUMN_WIDTH = 260  # a long open-order list does not push the rest out of sight


def fit_columns(view, columns: list[Column]) -> None:
    """Each column at least its default width (readable headers before any search), wider when the
    results need it, never wider than MAX_COLUMN_WIDTH; the user may still drag them."""
    header = view.horizontalHeader()
    for index, column in enumerate(columns):
        wanted = max(column.width or 0, header.sectionSizeHint(index), view.sizeHintForColumn(index))
        header.resizeSection(index, min(wanted, MAX_COLUMN_WIDTH))


def visit_cells(visit: dict) -> str:
    """One row of the visits table; a comeback (返修) stands out in red, as the rework it is."""
    e = escape
    style = " style='color:#c62828;font-weight:bold'" if visit["job_type"] == JobType.COMEBACK else ""
    return (f"<tr{style}><td nowrap>{e(visit['number'])}</td><td nowrap>{e(when(visit['opened_at']))}</td><td nowrap>{e(visit['job_type'])}</td>"
            f"<td>{e(visit['status'])}</td><td align='right'>{e(km_text(visit['mileage']))}</td>"
            f"<td align='right'>{e(money_text(visit['estimate']))}</td></tr>")


def detail_html(hit) -> str:
    """The car's file at a glance: owner, car, visits, open orders, due service, 建议项目, complaints."""
    e = escape
    t = {
        "no_car": QCoreApplication.translate("ReceptionLookup", "（无车辆）"),
        "owner": QCoreApplication.translate("ReceptionLookup", "车主"),
        "vin": QCoreApplication.translate("ReceptionLookup", "车架号"),
        "colour": QCoreApplication.translate("ReceptionLookup", "颜色"),
        "km": QCoreApplication.translate("ReceptionLookup", "上次里程"),
        "booked": QCoreApplication.translate("ReceptionLookup", "已预约"),
        "open": QCoreApplication.translate("ReceptionLookup", "在修工单"),
        "due": QCoreApplication.translate("ReceptionLookup", "保养"),
        "visits": QCoreApplication.translate("ReceptionLookup", "最近进厂"),
        "declined": QCoreApplication.translate("ReceptionLookup", "建议项目（上次未做）"),
        "complaints": QCoreApplication.translate("ReceptionLookup", "未结投诉"),
    }
    parts = [f"<h3>{e(hit.plate or t['no_car'])} {e(hit.model or '')}</h3>",
             f"<p>{e(t['owner'])}：{e(hit.owner)}　{e(hit.phone)}<br>"]
    if hit.vehicle_id:
        parts.append(f"{e(t['vin'])}：{e(hit.vin or '—')}　{e(t['colour'])}：{e(hit.colour or '—')}<br>"
                     f"{e(t['km'])}：{e(km_text(hit.last_mileage) or '—')}</p>")
    else:
        parts.append("</p>")
    if hit.next_appointment:
        a = hit.next_appointment
        parts.append(f"<p><b>{e(t['booked'])}</b>：{e(a['number'])} {e(when(a['starts_at']))} {e(a['job_type'])}</p>")
    if hit.open_orders:
        parts.append(f"<p><b>{e(t['open'])}</b>：{e(open_order_text(hit))}</p>")
    if hit.due_maintenance:
        colour = DUE_COLOURS.get(hit.due_maintenance["state"], QColor("#2e7d32")).name()
        parts.append(f"<p><b>{e(t['due'])}</b>：<span style='color:{colour}'>{e(due_text(hit))}</span></p>")
    if hit.visits:
        rows = "".join(visit_cells(v) for v in hit.visits)
        parts.append(f"<p><b>{e(t['visits'])}</b></p><table cellspacing='0' cellpadding='3'>{rows}</table>")
    if hit.declined:
        items = "".join(f"<li>{e(d['description'])}（{e(when(d['created_at']))} {e(d['order'])}）</li>" for d in hit.declined)
        parts.append(f"<p><b>{e(t['declined'])}</b></p><ul>{items}</ul>")
    if hit.complaints:
        items = "".join(f"<li style='color:#c62828'>{e(c['number'])} {e(c['status'])}：{e(c['description'])}</li>"
                        for c in hit.complaints)
        parts.append(f"<p><b>{e(t['complaints'])}</b></p><ul>{items}</ul>")
    return "".join(parts)


class LookupTab(QWidget):
    searched = Signal(int, bool)  # hits shown, more exist
    wants_vehicle_lookup = Signal(str)  # show this plate in the look-up (after creating it)

    def __init__(self, *, user, local=None, ops=None, parent=None):
        super().__init__(parent)
        self.user = user
        self.local = local
        self.ops = ops or Operations()
        self.ui = Ui_ReceptionLookup()
        self.ui.setupUi(self)
        self.text = ""
        self.hits: list = []
        self.more = False
        self.columns = columns()
        self.model = PagedTableModel(columns=self.columns, fetch=self._fetch, parent=self)
        self.ui.resultsView.setModel(self.model)
        header = self.ui.resultsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_columns(self.ui.resultsView, self.columns)
        self.ui.resultsView.verticalHeader().hide()
        self.ui.splitter.setSizes([720, 360])
        self.ui.resultsView.selectionModel().currentRowChanged.connect(self.show_detail)
        self.ui.resultsView.activated.connect(lambda _index: self.check_in())
        self.ui.newButton.clicked.connect(self.new_customer)
        self.ui.checkInButton.clicked.connect(self.check_in)
        self.ui.openOrderButton.clicked.connect(self.open_order)
        self.ui.bookButton.clicked.connect(self.book)
        self.ui.comebackButton.clicked.connect(self.comeback)
        self.ui.editButton.clicked.connect(self.edit_archive)
        self.ui.ownerButton.clicked.connect(self.change_owner)
        self.show_detail()

    # -- searching --------------------------------------------------------------------------------
    def _fetch(self, cursor, limit):
        return list(self.hits), None

    def search(self, text: str) -> None:
        self.text = text
        try:
            self.hits, self.more = search.lookup(self.user, text) if text.strip() else ([], False)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.model.reload()
        fit_columns(self.ui.resultsView, self.columns)
        if self.hits:
            self.ui.resultsView.selectRow(0)
        self.show_detail()
        self.searched.emit(len(self.hits), self.more)

    def refresh(self) -> None:
        """Data changed (here or on another PC): run the same look-up again, keeping the selected car."""
        if not self.text.strip():
            return
        current = self.current()
        self.search(self.text)
        if current is not None:
            for row, hit in enumerate(self.hits):
                if (hit.vehicle_id, hit.customer_id) == (current.vehicle_id, current.customer_id):
                    self.ui.resultsView.selectRow(row)

    def focus_results(self) -> None:
        if self.hits:
            self.ui.resultsView.setFocus()

    def current(self):
        index = self.ui.resultsView.currentIndex()
        return self.hits[index.row()] if index.isValid() and index.row() < len(self.hits) else None

    def show_detail(self, *_args) -> None:
        hit = self.current()
        if hit is not None and not hit.detailed:
            try:
                search.add_details(self.user, [hit])
            except DomainError as exc:
                show_error(self, exc)
                return
        hint = self.tr("输入车牌、电话尾号、车架号或姓名查找档案；找不到时按 Ctrl+N 新建。")
        if hit:
            self.ui.detailBrowser.setHtml(sanbao_note_html(self.user, hit.vehicle_id) + detail_html(hit))
        else:
            self.ui.detailBrowser.setHtml(f"<p style='color:#666'>{escape(hint)}</p>")
        has_car = bool(hit and hit.vehicle_id)
        self.ui.checkInButton.setEnabled(has_car and not hit.open_orders)
        self.ui.openOrderButton.setEnabled(bool(hit and hit.open_orders))
        self.ui.bookButton.setEnabled(has_car)
        self.ui.comebackButton.setEnabled(has_car and any(v["status"] == OrderStatus.DELIVERED for v in hit.visits))
        may_edit = auth.may(self.user, "archive.edit")
        self.ui.editButton.setEnabled(bool(hit) and may_edit)
        self.ui.ownerButton.setEnabled(has_car and may_edit)

    # -- actions ------------------------------------------------------------------------------------
    def new_customer(self) -> None:
        try:  # the look-up typed a whole plate and found nothing: the new car is that one
            plate = normalize_plate(self.text) if self.text.strip() else ""
        except ValidationError:
            plate = ""
        dialog = NewCustomerDialog(user=self.user, plate=plate, parent=self)
        if self.ops.run(lambda: run_dialog(dialog)).value:
            self.wants_vehicle_lookup.emit(dialog.vehicle.plate)

    def edit_archive(self) -> None:
        hit = self.current()
        if hit is None or not auth.may(self.user, "archive.edit"):
            return

        self.ops.run(lambda: run_dialog(ArchiveDialog(user=self.user, customer_id=hit.customer_id, vehicle_id=hit.vehicle_id,
                                                      parent=self)))

    def change_owner(self) -> None:
        hit = self.current()
        if hit is None or not hit.vehicle_id or not auth.may(self.user, "archive.edit"):
            return

        dialog = ChangeOwnerDialog(user=self.user, vehicle_id=hit.vehicle_id, parent=self)
        if self.ops.run(lambda: run_dialog(dialog)).value:
            self.wants_vehicle_lookup.emit(dialog.vehicle.plate)

    def check_in(self, *, comeback_of: int | None = None) -> None:
        hit = self.current()
        if hit is None or not hit.vehicle_id:
            return
        if hit.open_orders:
            self.open_order()
            return

        dialog = CheckInDialog(user=self.user, vehicle_id=hit.vehicle_id, comeback_of=comeback_of, parent=self)
        if self.ops.run(lambda: run_dialog(dialog)).value:
            self.open_order_id(dialog.order.id)

    def comeback(self) -> None:
        hit = self.current()
        if hit is None or not hit.vehicle_id:
            return
        rows, _ = documents.orders_page(vehicle_id=hit.vehicle_id, status=OrderStatus.DELIVERED, limit=1)
        if rows:
            self.check_in(comeback_of=rows[0]["id"])

    def open_order(self) -> None:
        hit = self.current()
        if hit is None or not hit.vehicle_id:
            return
        order = checkin.open_order_of(hit.vehicle_id)
        if order is not None:
            self.open_order_id(order.id)

    def open_order_id(self, order_id: int) -> None:
        run_dialog(OrderEditor(user=self.user, order_id=order_id, local=self.local, ops=self.ops, parent=self))
        self.refresh()

    def book(self) -> None:
        hit = self.current()
        if hit is None or not hit.vehicle_id:
            return

        dialog = BookDialog(user=self.user, vehicle_id=hit.vehicle_id, title=f"{hit.plate} {hit.owner}", parent=self)
        if self.ops.run(lambda: run_dialog(dialog)).value:
            self.refresh()
