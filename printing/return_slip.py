"""退库单 / 退货单 / 库存调整单: parts brought back from the workshop, sent back to a supplier, or
corrected by the warehouse (with the reason and who approved it). One layout; the title says which.
NUMBER is the slip number (TK…, TH…, TZ…); without it, the newest of the three."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, signature_lines, text
from printing.registry import DocumentKind
from printing.stock_slips import latest_document, slip_number
from storage.parts.reads import return_slip
from storage.rules.vocabulary import MovementKind

KINDS = (MovementKind.RETURNED, MovementKind.SENT_BACK, MovementKind.ADJUSTED)
SIGNERS = {
    "退库": ("退料技工签字", "仓库员签字", "日期"),
    "退货": ("供应商签收", "仓库员签字", "日期"),
}


def latest_number() -> str | None:
    return latest_document(KINDS)


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    slip = return_slip(slip_number(number, KINDS, DOCUMENT.label))
    labels = ["第一联 仓库存根", "第二联 财务联"][:copies] if copies > 1 else None
    doc = Document(title=slip["title"], number=slip["number"], number_label="单号", paper=DOCUMENT.paper,
                   story=lambda sheet: _story(sheet, slip))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies, copy_labels=labels)


def _story(sheet, slip: dict) -> list:
    facts = [("时间", text(slip["at"])), ("仓库员", slip["user"]), ("批准人", slip["approved_by"] or "—")]
    if slip["kind"] == MovementKind.RETURNED:
        facts.insert(0, ("工单号", slip["order_number"] or "—"))
    elif slip["kind"] == MovementKind.SENT_BACK:
        facts.insert(0, ("供应商", slip["supplier"] or "—"))
    facts.append(("原因", slip["reason"] or "", 3))
    columns = [Column("序", 6, "center"), Column("零件号", 24), Column("名称 / 规格", 40), Column("货位", 14, "center"),
               Column("方向", 8, "center"), Column("数量", 12, "right"), Column("单位", 8, "center"),
               Column("成本单价", 20, "money"), Column("成本金额", 22, "money")]
    rows = [[i, line["part_number"], " ".join(x for x in (line["name"], line["spec"]) if x), line["bin"],
             line["direction"], line["quantity"], line["unit"], line["unit_cost"], line["value"]]
            for i, line in enumerate(slip["lines"], 1)]
    total = ["", "合计", f"{len(rows)} 项", "", "", "", "", "", slip["total_value"]]
    return [info_grid(sheet, facts, columns=3), gap(2), items_table(sheet, columns, rows, total=total), gap(3),
            signature_lines(sheet, SIGNERS.get(slip["kind"], ("经办人签字", "批准人签字", "日期")))]


DOCUMENT = DocumentKind(kind="return-slip", label="退库 / 退货 / 调整单", paper="a5", render=render)
