"""盘点表: the frozen count list by bin, with the book quantity and room (or, once entered, the
figure) for the counted quantity; signed by the counters and finance (counted monthly with finance).
NUMBER is the count number (PD…); without it, the newest."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, signature_lines, text
from printing.registry import DocumentKind
from storage.models import StockCount
from storage.parts.count import count_sheet
from storage.rules.errors import NotFound


def latest_number() -> str | None:
    newest = StockCount.select(StockCount.number).order_by(StockCount.id.desc()).first()
    return newest.number if newest else None


def count_id(number: str | None) -> int:
    typed = (number or "").strip().upper() or latest_number()
    if not typed:
        raise NotFound("还没有盘点单，无法打印。")
    found = StockCount.get_or_none(StockCount.number == typed)
    if found is None:
        raise NotFound(f"找不到盘点单 {typed}。")
    return found.id


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    sheet_data = count_sheet(count_id(number))
    doc = Document(title=DOCUMENT.label, number=sheet_data["number"], number_label="盘点单号", paper=DOCUMENT.paper,
                   story=lambda sheet: _story(sheet, sheet_data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _story(sheet, data: dict) -> list:
    counted = sum(1 for line in data["lines"] if line["counted"] is not None)
    flow = [info_grid(sheet, [
        ("范围", data["scope"]), ("状态", data["status"]), ("冻结时间", text(data["frozen_at"])),
        ("制单", data["created_by"]), ("品种数", data["total_lines"]), ("已盘", counted),
    ], columns=3), gap(2)]
    columns = [Column("序", 7, "center"), Column("货位", 16, "center"), Column("零件号", 26), Column("名称", 38),
               Column("规格", 24), Column("单位", 9, "center"), Column("账面", 14, "right"), Column("实盘", 14, "right"),
               Column("差异", 14, "right"), Column("盘点人", 16, "center")]
    rows = [[i, line["bin"], line["number"], line["name"], line["spec"], line["unit"], line["expected"],
             line["counted"], line["difference"] if line["difference"] else ("" if line["counted"] is None else "0"),
             line["counted_by"]] for i, line in enumerate(data["lines"], 1)]
    flow += [items_table(sheet, columns, rows, empty="（盘点单中没有备件）"), gap(4),
             signature_lines(sheet, ("盘点人", "复核人", "财务", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="count-sheet", label="盘点表", paper="a4", render=render)
