"""客户档案资料表: the customer archive sheet that goes into the customer's file (seed 001: name,
address, phone, the cars, their maintenance cycle and the store's service record).

NUMBER is the customer id; a plate (its current owner), a phone number or the sheet's own QR code
text ("customer:12") are accepted too.
"""
from decimal import Decimal

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, section, signature_lines, text
from printing.registry import DocumentKind
from storage.models import Customer, Reminder, Settlement, Vehicle, VehicleModel
from storage.reception.archive import customer_archive
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import fmt
from storage.rules.validation import normalize_phone, normalize_plate

QR_PREFIX = "customer:"


def latest_number() -> str | None:
    newest = Customer.select(Customer.id).order_by(Customer.created_at.desc(), Customer.id.desc()).first()
    return str(newest.id) if newest else None


def find_customer(number: str | None) -> Customer:
    """The customer a typed or scanned NUMBER means; NotFound (in Chinese) when there is none."""
    typed = (number or "").strip()
    if not typed:
        typed = latest_number() or ""
        if not typed:
            raise NotFound("档案中还没有客户，无法打印客户档案资料表。")
    if typed.lower().startswith(QR_PREFIX):
        typed = typed[len(QR_PREFIX):].strip()
    if typed.isdigit() and len(typed) <= 9:
        customer = Customer.get_or_none(Customer.id == int(typed))
        if customer:
            return customer
    try:
        vehicle = Vehicle.get_or_none(Vehicle.plate == normalize_plate(typed))
        if vehicle:
            return vehicle.owner
    except ValidationError:
        pass
    try:
        phone = normalize_phone(typed)
    except ValidationError:
        phone = None
    if phone:
        customer = Customer.select().where(Customer.phone == phone).order_by(Customer.id.desc()).first()
        if customer:
            return customer
    raise NotFound(f"找不到客户“{typed}”：请输入客户编号、车牌号或手机号。")


def render(user, number: str | None, out, copies: int = 1) -> None:
    customer = find_customer(number)
    data = customer_archive(customer.id)
    labels = [f"第 {i + 1} 份" for i in range(copies)] if copies > 1 else None
    doc = Document(
        title=DOCUMENT.label, number=str(customer.id), number_label="客户编号", paper=DOCUMENT.paper,
        qr=f"{QR_PREFIX}{customer.id}", barcode=False, story=lambda sheet: _story(sheet, data),
    )
    build_pdf(doc, DOCUMENT.paper, out, copies=copies, copy_labels=labels)


def _km(value) -> str:
    return f"{value:,} km" if value else ""


def _two_dates(first, second) -> str:
    return "" if not (first or second) else f"{text(first) or '—'}\n{text(second) or '—'}"


def _story(sheet, data: dict) -> list:
    customer, vehicles, visits = data["customer"], data["vehicles"], data["visits"]
    flow = [section(sheet, "客户资料"), info_grid(sheet, [
        ("客户名称", customer.name), ("客户类型", customer.kind), ("客户来源", customer.source),
        ("联系电话", customer.phone), ("备用电话", customer.phone2), ("出生日期", customer.birthday),
        ("单位名称", customer.company, 2), ("建档日期", customer.created_at.date()),
        ("联系地址", customer.address, 2), ("建档人", customer.created_by),
    ], columns=3)]
    flow += [section(sheet, f"车辆资料（共 {len(vehicles)} 辆）"), _vehicles_table(sheet, vehicles)]
    flow += [section(sheet, f"维修保养记录（最近 {len(visits)} 次）" if visits else "维修保养记录"),
             _visits_table(sheet, visits, vehicles)]
    flow += [section(sheet, "备注"), info_grid(sheet, [("客户备注", customer.note or "", 1)], columns=1)]
    flow += [gap(4), signature_lines(sheet, ("客户确认签字", "经办人", "日期"))]
    return flow


def _vehicles_table(sheet, vehicles):
    ids = [v.id for v in vehicles]
    models = {m.id: m for m in VehicleModel.select().where(VehicleModel.id.in_([v.model_id for v in vehicles if v.model_id]))}
    next_service = {}
    for reminder in (Reminder.select().where(Reminder.vehicle.in_(ids) & (Reminder.kind == "保养") & ~Reminder.done)
                     .order_by(Reminder.due_on.desc())):
        next_service[reminder.vehicle_id] = reminder  # the earliest open one wins (sorted last)
    # Widths in millimetres of the A4 frame (scaled to other papers): a date, a plate and a VIN
    # each fit on one line.
    columns = [
        Column("序", 7, "center"), Column("车牌号", 19, "center"), Column("车型 / 颜色", 27),
        Column("车架号 / 发动机号", 34), Column("购车日期", 19, "center"), Column("上次进厂 / 里程", 19, "center"),
        Column("保险到期 / 年检到期", 19, "center"), Column("保养周期 / 下次保养", 36, "center"),
    ]
    rows = []
    for index, v in enumerate(vehicles, 1):
        model = models.get(v.model_id)
        cycle = f"每 {model.service_km:,} km 或 {model.service_months} 个月" if model else ""
        due = next_service.get(v.id)
        if due:
            cycle += ("\n" if cycle else "") + f"下次：{due.due_on:%Y-%m-%d}" + (f"\n或 {due.due_km:,} km" if due.due_km else "")
        rows.append([
            index, v.plate,
            "\n".join(x for x in (str(model) if model else v.model_text, v.colour) if x),
            "\n".join(x for x in (v.vin or "", v.engine_no) if x),
            v.purchase_date,
            "\n".join(x for x in (text(v.last_visit_at.date()) if v.last_visit_at else "", _km(v.last_mileage)) if x),
            _two_dates(v.insurance_due, v.inspection_due), cycle,
        ])
    return items_table(sheet, columns, rows, empty="（该客户名下暂无车辆）")


def _visits_table(sheet, visits, vehicles):
    plates = {v.id: v.plate for v in vehicles}
    missing = {o.vehicle_id for o in visits} - set(plates)
    if missing:  # cars the customer has since sold keep their history here
        plates.update({v.id: v.plate for v in Vehicle.select(Vehicle.id, Vehicle.plate).where(Vehicle.id.in_(missing))})
    settled = {s.live_order: s.total for s in
               Settlement.select(Settlement.live_order, Settlement.total)
               .where(Settlement.live_order.in_([o.id for o in visits]))}
    columns = [
        Column("序", 7, "center"), Column("工单号", 31, "center"), Column("进厂日期", 22, "center"),
        Column("车牌号", 22, "center"), Column("业务类型", 19, "center"), Column("进厂里程", 22, "right"),
        Column("状态", 20, "center"), Column("金额", 37, "right"),
    ]
    rows, total = [], Decimal("0.00")
    for index, order in enumerate(visits, 1):
        if order.id in settled:
            amount = fmt(settled[order.id])
            total += settled[order.id]
        elif order.estimate_total:
            amount = f"估 {fmt(order.estimate_total)}"
        else:
            amount = ""
        rows.append([index, order.number, order.opened_at.date(), plates.get(order.vehicle_id, ""),
                     order.job_type, _km(order.mileage), order.status, amount])
    total_row = ["", "已结算合计", "", "", "", "", "", fmt(total)] if settled else None
    return items_table(sheet, columns, rows, total=total_row, empty="（暂无进厂记录）")


DOCUMENT = DocumentKind(kind="customer-archive", label="客户档案资料表", paper="a4", render=render)
