"""接车单: the check-in sheet the customer signs at the car — mileage, fuel, key number, the
damage marked on the car outline (numbered as on the screen), the belongings list (随车物品清单),
the customer's words and the first findings. NUMBER is the order number; without it, the newest."""
from dataclasses import replace

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines
from printing.fonts import register_reportlab_font
from printing.registry import DocumentKind
from printing.work_order import (  # noqa: F401  (latest_number: the registry's contract)
    brought_by, find_order, latest_number,
)
from storage.reception import documents

ASPECT = 2.1  # the outline's proportions, as on the screen (ui/reception/car_outline.py)


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    order = find_order(number)
    data = documents.check_in_sheet(order.id)
    doc = Document(title=data["title"], number=order.number, number_label="工单号", paper=DOCUMENT.paper, qr=data["qr_text"],
                   story=lambda sheet: _story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def outline_drawing(marks, width: float) -> Drawing:
    """The car from above (nose on the left) with the numbered damage marks."""
    height = width / ASPECT
    font = register_reportlab_font()
    d = Drawing(width, height + 6)
    grey = colors.HexColor("#455A64")
    body_y, body_h = height * 0.08, height * 0.84
    d.add(Rect(0, body_y, width, body_h, rx=height * 0.3, ry=height * 0.3, strokeColor=grey, fillColor=None, strokeWidth=1))
    cabin_x, cabin_w, cabin_y, cabin_h = width * 0.30, width * 0.42, height * 0.2, height * 0.6
    d.add(Rect(cabin_x, cabin_y, cabin_w, cabin_h, rx=height * 0.12, ry=height * 0.12, strokeColor=grey, fillColor=None))
    d.add(Line(cabin_x + cabin_w * 0.18, cabin_y, cabin_x + cabin_w * 0.18, cabin_y + cabin_h, strokeColor=grey))
    d.add(Line(cabin_x + cabin_w * 0.88, cabin_y, cabin_x + cabin_w * 0.88, cabin_y + cabin_h, strokeColor=grey))
    for fx in (0.2, 0.78):
        for y in (0, height * 0.9):
            d.add(Rect(width * (fx - 0.07), y, width * 0.14, height * 0.1, rx=2, ry=2, strokeColor=grey, fillColor=None))
    # Nose on the left: the car's right side is at the top of the drawing, its left side at the bottom.
    d.add(String(2, height - 2, "车头", fontName=font, fontSize=7, fillColor=grey))
    d.add(String(width - 2, height - 2, "车尾", fontName=font, fontSize=7, fillColor=grey, textAnchor="end"))
    d.add(String(width / 2, height + 1, "右侧", fontName=font, fontSize=7, fillColor=grey, textAnchor="middle"))
    d.add(String(width / 2, 1, "左侧", fontName=font, fontSize=7, fillColor=grey, textAnchor="middle"))
    for index, mark in enumerate(marks, 1):
        x, y = mark["x"] * width, height - mark["y"] * height  # screen y runs down, the page's up
        d.add(Circle(x, y, 3.2 * mm, strokeColor=colors.HexColor("#C62828"), fillColor=colors.HexColor("#FFEBEE")))
        d.add(String(x, y - 1.2 * mm, str(index), fontName=font, fontSize=8, textAnchor="middle",
                     fillColor=colors.HexColor("#C62828")))
    return d


def _story(sheet, data: dict) -> list:
    order, customer, car = data["order"], data["customer"], data["vehicle"]
    flow = [section(sheet, "客户与车辆"), info_grid(sheet, [
        ("客户", customer.name), ("联系电话", customer.phone), ("服务顾问", data["advisor"]),
        ("车牌号", car.plate), ("车型", data["model"]), ("车架号", car.vin or ""),
        ("进厂时间", f"{data['opened_at']:%Y-%m-%d %H:%M}"), ("进厂里程", f"{data['mileage']:,} km"),
        ("燃油", f"{data['fuel_level']}%"), ("钥匙柜编号", data["key_number"]), ("业务类型", order.job_type),
        *([("送修人", brought_by(order), 3)] if order.brought_by else []),
    ], columns=3)]
    damage = data["damage"]
    drawing = outline_drawing(damage, sheet.width * 0.55)
    marks = [[i, m["kind"], m.get("note", "")] for i, m in enumerate(damage, 1)]
    marks_table = items_table(replace(sheet, width=sheet.width * 0.42), [Column("序", 8, "center"), Column("损伤", 14, "center"),
                                                     Column("说明", 30)], marks, empty="（未发现外观损伤）")
    side = Table([[drawing, marks_table]], colWidths=[sheet.width * 0.57, sheet.width * 0.43])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    flow += [section(sheet, "外观检查（图中编号为损伤位置）"), side]
    belongings = [[i, item, count] for i, (item, count) in enumerate(data["belongings"], 1)]
    flow += [section(sheet, "随车物品清单"), items_table(sheet, [Column("序", 8, "center"), Column("物品", 70),
                                                          Column("数量", 16, "center")], belongings, empty="（无）")]
    flow += [section(sheet, "客户描述与初步检查"), info_grid(sheet, [
        ("客户描述", data["customer_words"] or "", 1), ("初步检查", data["findings"] or "", 1)], columns=1)]
    flow += [gap(2), para(data["reminder"], sheet.styles.body), gap(6),
             para("客户签字确认以上车况及随车物品。", sheet.styles.body), signature_lines(sheet, ("客户签字", "接车人", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="check-in", label="接车单", paper="a4", render=render)
