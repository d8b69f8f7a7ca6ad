"""入库单: what came into the warehouse, at what cost; against a purchase order also what was
ordered, what has arrived in all, what is still outstanding and what came over. NUMBER is the slip
number (RK…); without it, the newest."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, signature_lines, text
from printing.registry import DocumentKind
from printing.stock_slips import latest_document, slip_number
from storage.parts.reads import receiving_slip


def latest_number() -> str | None:
    return latest_document("入库")


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    slip = receiving_slip(slip_number(number, "入库", DOCUMENT.label))
    labels = ["第一联 仓库存根", "第二联 财务联", "第三联 供应商联"][:copies] if copies > 1 else None
    doc = Document(title=DOCUMENT.label, number=slip["number"], number_label="入库单号", paper=DOCUMENT.paper,
                   story=lambda sheet: _story(sheet, slip))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies, copy_labels=labels)


def _story(sheet, slip: dict) -> list:
    flow = [info_grid(sheet, [
        ("供应商", slip["supplier"] or "（无）"), ("采购单号", slip["purchase_order"] or "（无采购单）"),
        ("入库时间", text(slip["at"])), ("仓库员", slip["user"]), ("备注", slip["reason"] or "", 2),
    ], columns=3), gap(2)]
    against_order = bool(slip["purchase_order"])
    columns = [Column("序", 6, "center"), Column("零件号", 22), Column("名称 / 规格", 28), Column("货位", 13, "center"),
               Column("本次数量", 16, "right"), Column("单位", 8, "center"), Column("进价", 17, "money"),
               Column("金额", 20, "money")]
    if against_order:
        columns += [Column("订购", 11, "right"), Column("累计到货", 16, "right"), Column("未到", 11, "right"),
                    Column("超收", 11, "right")]
    rows = []
    for i, line in enumerate(slip["lines"], 1):
        row = [i, line["part_number"], " ".join(x for x in (line["name"], line["spec"]) if x), line["bin"],
               line["quantity"], line["unit"], line["unit_cost"], line["value"]]
        if against_order:
            row += [line.get("ordered"), line.get("received_total"), line.get("outstanding") or "",
                    line.get("over") or ""]
        rows.append(row)
    # Pieces and litres do not add up: the total is the value.
    total = ["", "合计", f"{len(rows)} 项", "", "", "", "", slip["total_value"]]
    if against_order:
        total += ["", "", "", ""]
    flow += [items_table(sheet, columns, rows, total=total), gap(3),
             signature_lines(sheet, ("送货人", "验收人", "仓库员", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="receiving-slip", label="入库单", paper="a5", render=render)
