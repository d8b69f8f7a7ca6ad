"""出库单: the parts that left the warehouse for one work order, with bin, quantity, cost and retail
amount, signed by the technician who took them and the storekeeper (seed 003, 出库 rules). NUMBER
is the slip number (CK…); without it, the newest."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, signature_lines, text
from printing.registry import DocumentKind
from printing.stock_slips import latest_document, slip_number
from storage.parts.reads import outbound_slip


def latest_number() -> str | None:
    return latest_document("出库")


PARTS = ("第一联 仓库存根", "第二联 车间", "第三联 财务")


def render(user, number: str | None, out, *, copies: int = 1, paper: str | None = None) -> None:
    """On A5 each copy is printed with its label; on 241 mm multi-part paper (paper="continuous241")
    one printing makes all three parts."""
    paper = paper or DOCUMENT.paper
    slip = outbound_slip(slip_number(number, "出库", DOCUMENT.label))
    labels = [f"{x}联" for x in PARTS][:copies] if copies > 1 else None
    doc = Document(title=DOCUMENT.label, number=slip["number"], number_label="出库单号", paper=paper, parts=PARTS,
                   story=lambda sheet: _story(sheet, slip))
    build_pdf(doc, paper, out, copies=copies, copy_labels=labels)


def _story(sheet, slip: dict) -> list:
    flow = [info_grid(sheet, [
        ("工单号", slip["order_number"]), ("车牌号", slip["plate"]), ("车型", slip["vehicle"]),
        ("客户", slip["customer"]), ("出库时间", text(slip["at"])), ("仓库员", slip["user"]),
        ("维修技工", slip["technicians"]), ("特殊件批准", slip["approved_by"] or "—"), ("备注", slip["reason"] or ""),
    ], columns=3), gap(2)]
    columns = [Column("序", 6, "center"), Column("零件号", 22), Column("名称 / 规格", 34), Column("货位", 13, "center"),
               Column("数量", 10, "right"), Column("单位", 8, "center"), Column("成本金额", 20, "money"),
               Column("零售单价", 18, "money"), Column("零售金额", 20, "money")]
    rows = [[i, line["part_number"], " ".join(x for x in (line["name"], line["spec"]) if x), line["bin"],
             line["quantity"], line["unit"], line["value"], line["unit_price"], line["amount"]]
            for i, line in enumerate(slip["lines"], 1)]
    retail = sum((line["amount"] for line in slip["lines"]), 0)
    # Pieces and litres do not add up: the totals are the values.
    total = ["", "合计", f"{len(rows)} 项", "", "", "", slip["total_value"], "", retail]
    flow += [items_table(sheet, columns, rows, total=total), gap(3),
             signature_lines(sheet, ("领料技工签字", "仓库员签字", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="outbound-slip", label="出库单", paper="a5", render=render)
