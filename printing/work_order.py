"""进厂维修单 / 任务委托书: the work order on A4 with a QR code of its number (seed 003), the
customer's and the car's details, the check-in facts, the lines with who pays, the remarks the
seeds require (no guarantee on customer-supplied or insisted aftermarket parts...) and the
signatures. The estimate (printing/estimate.py) prints the same body in two copies.

NUMBER is the order number (GD…); without it, the newest order."""
import json

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.registry import DocumentKind
from storage.models import WorkOrder
from storage.reception import documents
from storage.rules.errors import NotFound
from storage.rules.money import fmt
from storage.rules.vocabulary import LineStatus


def latest_number() -> str | None:
    newest = WorkOrder.select(WorkOrder.number).order_by(WorkOrder.id.desc()).first()
    return newest.number if newest else None


def find_order(number: str | None) -> WorkOrder:
    typed = (number or "").strip().upper() or latest_number()
    if not typed:
        raise NotFound("还没有任何工单，无法打印。")
    order = WorkOrder.get_or_none(WorkOrder.number == typed)
    if order is None:
        raise NotFound(f"找不到工单“{typed}”。")
    return order


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    order = find_order(number)
    data = documents.work_order_sheet(order.id)
    doc = Document(title=data["title"], number=order.number, number_label="工单号", paper=DOCUMENT.paper, qr=data["qr_text"],
                   story=lambda sheet: story(sheet, data, signature=SIGNATURES))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _km(value) -> str:
    return f"{value:,} km" if value else ""


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _qty(line) -> str:
    return f"{line['quantity'].normalize():f} {line['unit']}".strip()


def _note(line) -> str:
    notes = []
    if line["status"] == LineStatus.TO_CONFIRM:
        notes.append("待客户确认")
    if line["to_order"]:
        notes.append("待订货")
    if line["supplied_by_customer"]:
        notes.append("客户自带")
    elif line["kind"] == "材料":
        notes.append("原厂件" if line["genuine"] else "副厂件")
    if line["added_work_id"] and line["status"] != LineStatus.TO_CONFIRM:
        notes.append("追加")
    return "、".join(notes)


def brought_by(order) -> str:
    """送修人: who brought the car when not its owner, with the phone to reach them."""
    return "　".join(x for x in (order.brought_by, order.brought_by_phone) if x) + "（非车主本人送修）"


def walk_around(order) -> str:
    """What the walk-around at check-in found on the body (the damage marks of the check-in sheet)."""
    try:
        marks = json.loads(order.damage or "[]")
    except ValueError:
        marks = []
    if not marks:
        return "外观未见损伤"
    return "；".join(f"{i}. {m.get('note') or ''}{m.get('kind') or ''}" for i, m in enumerate(marks, 1)) + "（详见接车单）"


# The work order's signatures: the customer's at check-in, the workshop's receiver when the car goes
# in (with the time), and the customer's again when the car is collected.
SIGNATURES = ("客户签字", "服务顾问", "日期")
WORKSHOP_SIGNATURES = ("车间接车人", "接车时间")
COLLECTION_SIGNATURES = ("客户提车签字", "提车时间")


def story(sheet, data: dict, *, signature, more=(WORKSHOP_SIGNATURES, COLLECTION_SIGNATURES)) -> list:
    order, customer, car = data["order"], data["customer"], data["vehicle"]
    flags = "；".join(x for x in (
        "客户自带配件" if order.parts_by_customer else f"本店供应配件，客户选用{order.parts_quality}配件",
        "客户坚持使用副厂件" if order.aftermarket_insisted else "",
        "旧件交还客户" if order.return_old_parts else "旧件不交还",
        "洗车" if order.wash else "不洗车") if x)
    flow = [section(sheet, "客户与车辆"), info_grid(sheet, [
        ("客户", customer.name), ("联系电话", customer.phone), ("服务顾问", data["advisor"]),
        ("车牌号", car.plate), ("车型", data["model"]), ("颜色", car.colour),
        ("车架号", car.vin or "", 2), ("发动机号", car.engine_no),
        *([("送修人", brought_by(order), 3)] if order.brought_by else []),
    ], columns=3)]
    flow += [section(sheet, "进厂信息"), info_grid(sheet, [
        ("进厂时间", _when(order.opened_at)), ("进厂里程", _km(order.mileage)), ("燃油", f"{order.fuel_level}%"),
        ("业务类型", order.job_type + (f"（原工单 {data['comeback_of']}）" if data["comeback_of"] else "")),
        ("估价方式", order.estimate_mode), ("预计交车", _when(order.promised_at)),
        ("钥匙柜编号", order.key_number), ("约定事项", flags, 2),
        ("客户描述", order.customer_words, 3), ("初步检查", order.findings, 3),
        ("环车检查", walk_around(order), 3),
        ("车间接车", " ".join(x for x in (order.handed_over_to, _when(order.handed_over_at)) if x) or "", 3),
    ], columns=3)]
    columns = [Column("序", 6, "center"), Column("类别", 9, "center"), Column("项目 / 备件", 43),
               Column("零件号", 25), Column("数量", 13, "right"), Column("单价", 16, "money"),
               Column("金额", 18, "money"), Column("付费方", 11, "center"), Column("说明", 23, "center")]
    lines = [x for x in data["lines"] if x["status"] != LineStatus.CANCELLED]
    rows = [[i, x["kind"], x["description"], x["part_number"], _qty(x), x["unit_price"], x["amount"], x["payer"], _note(x)]
            for i, x in enumerate(lines, 1)]
    totals = data["totals"]
    total = ["", "", "合计", "", "", None, totals["total"], "", ""]
    flow += [section(sheet, "维修项目与估价"), items_table(sheet, columns, rows, total=total, empty="（尚无维修项目）"),
             para(f"其中：工时 {fmt(totals['工时'])}；材料 {fmt(totals['材料'])}；其他 {fmt(totals['其他'])}。", sheet.styles.body)]
    if order.signed_at and data["estimate_change"]:
        flow.append(para(f"客户签字时估价 {fmt(data['signed_estimate'])}；经客户同意的追加项目后为 {fmt(order.estimate_total)}。",
                         sheet.styles.body))
    remarks = list(data["remarks"]) + ["估价为预计金额，实际以结算单为准；超出估价的项目须经客户同意后施工。",
                                       "客户签字即表示同意以上维修项目、估价及约定事项。"]
    flow += [section(sheet, "说明"), *[para(f"{i}. {text(r)}", sheet.styles.body) for i, r in enumerate(remarks, 1)]]
    flow += [gap(6), signature_lines(sheet, signature), *(signature_lines(sheet, labels) for labels in more)]
    return flow


DOCUMENT = DocumentKind(kind="work-order", label="进厂维修单", paper="a4", render=render)
