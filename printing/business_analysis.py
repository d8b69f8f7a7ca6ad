"""公司业务状况分析报告表 (seed 001 (17); seed 003 服务站站长: 定期掌握和分析售后服务各项业务数据，及时制订
相应的服务促销方案和工作改进计划): the period's figures against the period before (环比) and the same
period a year earlier (同比) — the figures storage.reports.analysis takes from the manager's own
statistics — and the manager's comment, kept with the period. Signed by the clerk who drew it up,
the service manager and the general manager.

NUMBER is the period (2026-11, 2026-W48, 2026-11-24 or a range); without it, this month."""
import datetime as dt
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.blocks import GRID, Grid
from printing.registry import DocumentKind
from storage import reports
from storage.reports import analysis
from storage.rules.money import fmt

SIGNATURES = ("制表（业务部）", "服务经理", "总经理")


def latest_number() -> str | None:
    return analysis.default_period().key()


def period_for(number: str | None):
    typed = (number or "").strip()
    return reports.parse(typed) if typed else analysis.default_period()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    period = period_for(number)
    data = analysis.analysis(period)
    doc = Document(title=DOCUMENT.label, number=period.key(), number_label="分析期间", paper=DOCUMENT.paper, barcode=False,
                   story=lambda sheet: story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def value_text(value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "元":
        return fmt(value)
    if unit == "%":
        return f"{value}%"
    return text(value)


def change_text(value, how: str) -> str:
    if value is None:
        return "—"
    sign = "+" if value > 0 else ""
    if how == "ratio":
        return f"{sign}{value}%"
    if how == "points":
        return f"{sign}{value} 个百分点"
    return f"{sign}{value}"


def _comment_box(sheet, comment: dict) -> Grid:
    """The manager's comment in a ruled box; blank (room to write by hand) when none was kept."""
    st = sheet.styles
    body = comment["comment"] or ""
    rows = [[para(line, st.cell)] for line in body.split("\n")] if body else [[""]]
    if comment["written_by"]:
        rows.append([para(f"{comment['written_by']}　{text(comment['written_at'])}", st.cell_right)])
    table = Grid(rows, colWidths=[sheet.width], rowHeights=None if body else [40 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName), ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def story(sheet, data: dict) -> list:
    p = data["periods"]
    flow = [info_grid(sheet, [
        ("本期", p["current"].label()), ("上期（环比）", p["previous"].label()),
        ("去年同期（同比）", p["last_year"].label()), ("制表时间", text(data["generated_at"])),
    ], columns=2)]
    flow.append(section(sheet, "主要业务数据（收入为实收，冲销在冲销当日扣回；环比、同比为本期较上期、较去年同期的增减）"))
    columns = [Column("项目", 38), Column("单位", 12, "center"), Column("本期", 26, "right"), Column("上期", 26, "right"),
               Column("去年同期", 26, "right"), Column("环比", 26, "right"), Column("同比", 26, "right")]
    body = [[r["label"], r["unit"], value_text(r["current"], r["unit"]), value_text(r["previous"], r["unit"]),
             value_text(r["last_year"], r["unit"]), change_text(r["vs_previous"], r["how"]),
             change_text(r["vs_last_year"], r["how"])] for r in data["rows"]]
    flow.append(items_table(sheet, columns, body))
    flow += [section(sheet, "经营分析与改进措施（服务经理）"), _comment_box(sheet, data["comment"]),
             gap(8), signature_lines(sheet, SIGNATURES)]
    return flow


def sample(lines: int) -> Document:
    """The form with a comment of `lines` lines (layout checks; no database)."""
    rows = [{"label": label, "unit": unit, "how": how, "current": Decimal("123456.78") if unit == "元" else Decimal("12.5"),
             "previous": Decimal("100000.00") if unit == "元" else Decimal("10.0"), "last_year": None,
             "vs_previous": Decimal("23.5"), "vs_last_year": None} for _key, label, unit, how in analysis.ROWS]
    comment = {"comment": "\n".join(f"{i}. 本月进厂台次较上月增加，主要来自冬季检测活动；配件毛利率下降，需核查采购价格。"
                                    for i in range(1, lines + 1)), "written_by": "王经理",
               "written_at": dt.datetime(2026, 11, 30, 17, 0)}
    periods = {"current": reports.month(2026, 11), "previous": reports.month(2026, 10), "last_year": reports.month(2025, 11)}
    data = {"periods": periods, "rows": rows, "generated_at": dt.datetime(2026, 11, 30, 17, 5), "comment": comment}
    return Document(title=DOCUMENT.label, number="2026-11", number_label="分析期间", paper=DOCUMENT.paper, barcode=False,
                    store={"name": "示例汽车销售服务有限公司"}, story=lambda sheet: story(sheet, data))


DOCUMENT = DocumentKind(kind="business-analysis", label="公司业务状况分析报告表", paper="a4", render=render)
