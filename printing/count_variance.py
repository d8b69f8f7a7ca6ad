"""盘点差异表: the counted lines that differ from the book, with their value at average cost, gains
and losses totalled, for the manager's approval and finance. NUMBER is the count number (PD…)."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, signature_lines, text
from printing.count_sheet import count_id, latest_number  # noqa: F401  (latest_number: the registry's contract)
from printing.registry import DocumentKind
from storage.parts.count import variances


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    found = variances(count_id(number))
    doc = Document(title=DOCUMENT.label, number=found["count"].number, number_label="盘点单号", paper=DOCUMENT.paper,
                   story=lambda sheet: _story(sheet, found))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _story(sheet, found: dict) -> list:
    count, progress = found["count"], found["progress"]
    flow = [info_grid(sheet, [
        ("范围", count.scope), ("状态", count.status), ("冻结时间", text(count.frozen_at)),
        ("已盘 / 品种", f"{progress['counted']} / {progress['lines']}"), ("盘盈金额", f"¥{found['gain_value']:,.2f}"),
        ("盘亏金额", f"¥{found['loss_value']:,.2f}"),
    ], columns=3), gap(2)]
    columns = [Column("序", 7, "center"), Column("货位", 16, "center"), Column("零件号", 26), Column("名称", 40),
               Column("单位", 9, "center"), Column("账面", 14, "right"), Column("实盘", 14, "right"),
               Column("差异", 14, "right"), Column("成本", 18, "money"), Column("差异金额", 22, "money")]
    rows = [[i, line["bin"], line["number"], line["name"], line["unit"], line["expected"], line["counted"],
             line["difference"], line["cost"], line["value"]] for i, line in enumerate(found["lines"], 1)]
    total = ["", "净额", "", "", "", "", "", "", "", found["net_value"]]
    flow += [items_table(sheet, columns, rows, total=total, empty="（没有差异）"), gap(4),
             signature_lines(sheet, ("仓库员", "财务", "服务经理批准", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="count-variance", label="盘点差异表", paper="a4", render=render)
