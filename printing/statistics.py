"""业务统计表: the daily, weekly and monthly statistics forms (seed 001 item 17: 日报表当日下班前、周报表
周六下班前、月报表月末一天下班前完成, for finance, the department head and the manager), grouped as the
seeds list the figures: cars in by kind of repair, revenue and margin, output per advisor and team,
quality and satisfaction, what is still owed (欠收), parts. The weekly and monthly forms add a chart
of revenue and cars in per day.

The kinds daily-statistics, weekly-statistics and monthly-statistics (their modules beside this one)
differ only in the period they take; printed without a login, customers' phone numbers are masked.
"""
from dataclasses import replace

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.fonts import register_reportlab_font
from storage import reports
from storage.models import now
from storage.rules.errors import ValidationError
from storage.rules.money import fmt

TITLES = {"day": "业务统计表（日报）", "week": "业务统计表（周报）", "month": "业务统计表（月报）"}
EXAMPLES = {"day": "2026-11-24", "week": "2026-W48", "month": "2026-11"}
BAR = colors.HexColor("#4f7cac")
BAR_CARS = colors.HexColor("#e08a3c")


def period_for(kind: str, number: str | None):
    """The period a form's NUMBER names (default: the one holding today); another kind of period is
    refused with the example of the right one."""
    if not (number or "").strip():
        return reports.containing(kind, now().date())
    period = reports.parse(number)
    if period.kind != kind:
        raise ValidationError(f"{TITLES[kind]}需要{'日期' if kind == 'day' else '周' if kind == 'week' else '月份'}，"
                              f"如 {EXAMPLES[kind]}；“{number.strip()}”是{reports.KIND_NAMES[period.kind]}的期间。")
    return period


def render_period(kind: str, number: str | None, out, *, copies: int = 1) -> None:
    period = period_for(kind, number)
    figures = reports.statistics(period)
    trend = reports.daily_trend(period) if period.days > 1 else []
    doc = Document(title=TITLES[kind], number=period.key(), number_label="统计期间", paper="a4", barcode=False,
                   story=lambda sheet: story(sheet, figures, trend))
    build_pdf(doc, "a4", out, copies=copies)


def _pct(value) -> str:
    return "—" if value is None else f"{value}%"


def _amount(value) -> str:
    return "—" if value is None else fmt(value)


def story(sheet, r: dict, trend: list) -> list:
    period, revenue, margin = r["period"], r["revenue"], r["margin"]
    sat, comp, rework = r["satisfaction"], r["complaints"], r["rework"]
    flow = [section(sheet, "经营概况"), info_grid(sheet, [
        ("统计期间", period.label(), 2), ("制表时间", text(r["generated_at"])),
        ("进厂台次", r["cars"]["in"]), ("结算台次", revenue["settlements"]), ("交车台次", r["cars"]["delivered"]),
        ("营业收入", fmt(revenue["total"])), ("单车产值", _amount(revenue["average_ticket"])), ("售出工时", f"{text(r['hours_sold'])} 小时"),
        ("毛利", fmt(margin["gross_margin"])), ("毛利率", _pct(margin["gross_margin_percent"])), ("返修率", _pct(rework["rate_percent"])),
        ("回访满意度", "—" if sat["average"] is None else f"{sat['average']} 分（满意率 {_pct(sat['satisfied_percent'])}）", 2),
        ("新增投诉", comp["received"]),
    ], columns=3)]
    if trend:
        flow += [section(sheet, "每日营业收入与进厂台次"), _trend_charts(sheet, trend)]
    flow += [section(sheet, "进厂台次（按维修类别）与营业收入（按付款方）"), _side_by_side(sheet, lambda half: [
        items_table(half, [Column("维修类别", 40), Column("台次", 25, "right"), Column("占比", 25, "right")],
                    [[j["job_type"], j["count"], _pct(j["percent"])] for j in r["cars"]["by_job"]],
                    total=["合计", r["cars"]["in"], ""]),
        items_table(half, [Column("付款方", 40), Column("实收", 50, "money")],
                    [[p["payer"], p["amount"]] for p in revenue["by_payer"]], total=["合计", revenue["total"]]),
    ])]
    flow += [section(sheet, "营业收入与毛利"), items_table(sheet, [
        Column("项目", 30), Column("原价", 25, "money"), Column("优惠", 20, "money"), Column("实收", 25, "money"),
        Column("成本", 25, "money"), Column("毛利", 25, "money")], [
        ["工时费", *_kind(revenue, "工时"), margin["labour_cost"], margin["labour_margin"]],
        ["材料费", *_kind(revenue, "材料"), margin["parts_cost"], margin["parts_margin"]],
        ["其他费用", *_kind(revenue, "其他"), "", margin["fees"]],
    ], total=["合计", revenue["gross"], revenue["discount"], revenue["total"], margin["cost"], margin["gross_margin"]])]
    flow.append(text_note(sheet, f"材料成本为结算工单领料出库的移动平均成本（已扣退库）；工时成本为技师计件工资：售出工时"
                                 f"（返修工单除外）{text(margin['paid_hours'])} 小时 × 计件单价 {fmt(margin['piece_rate'])}/工时。"
                                 "冲销的结算单在冲销当日扣回。"))
    flow += [section(sheet, "服务顾问产值"), items_table(sheet, [
        Column("服务顾问", 24), Column("进厂台次", 16, "right"), Column("结算台次", 16, "right"), Column("工时费", 22, "money"),
        Column("材料费", 22, "money"), Column("产值（实收）", 26, "money"), Column("单车产值", 22, "money")],
        [[a["advisor"], a["cars_in"], a["settlements"], a["labour_total"], a["parts_total"], a["total"], a["average"]]
         for a in r["advisors"]], empty="（本期无业务）")]
    flow += [section(sheet, "班组产值"), items_table(sheet, [Column("班组", 40), Column("售出工时", 30, "right"),
                                                         Column("工时产值（实收）", 40, "money")],
                                                 [[t["team"], text(t["hours"]), t["labour"]] for t in r["teams"]],
                                                 empty="（本期无工时结算）")]
    flow += [section(sheet, "质量与客户满意"), info_grid(sheet, [
        ("返修台次", rework["comebacks"]), ("交车台次", rework["delivered"]), ("返修率", _pct(rework["rate_percent"])),
        ("回访次数", sat["calls"]), ("接通", f"{sat['reached']}（{_pct(sat['reached_percent'])}）"),
        ("平均分", "—" if sat["average"] is None else f"{sat['average']} / 5"),
        ("评分分布", "；".join(f"{s} 分 {n} 人" for s, n in sorted(sat["scores"].items(), reverse=True)), 2),
        ("满意率", _pct(sat["satisfied_percent"])),
        ("新增投诉", "；".join(f"{k} {n}" for k, n in comp["by_source"].items()) or "0"),
        ("未结投诉（当前）", comp["open"]), ("超时未答复（当前）", comp["overdue"]),
    ], columns=3)]
    if comp["overdue_list"]:
        flow += [section(sheet, "超时未答复的投诉"), items_table(sheet, [
            Column("投诉单号", 24), Column("客户", 14), Column("电话", 20), Column("答复期限", 22, "center"),
            Column("超时", 12, "right"), Column("负责人", 14), Column("内容", 44)],
            [[c["number"], c["customer"], c["phone"], text(c["answer_due"]), f"{c['hours_late']} 小时", c["owner"],
              c["description"]] for c in comp["overdue_list"]])]
    rec = r["receivables"]
    flow += [section(sheet, "挂账与回款（欠收）"), items_table(sheet, [
        Column("类别", 16), Column("挂账方", 30), Column("本期新增", 22, "money"), Column("本期回款", 22, "money"),
        Column("当前未收", 22, "money"), Column("未收笔数", 14, "right")],
        [[d["debtor_kind"], d["debtor"], d["opened"], d["collected"], d["outstanding"], d["open_count"]]
         for d in rec["debtors"]],
        total=["合计", "", rec["opened"], rec["collected"], rec["outstanding"], ""] if rec["debtors"] else None,
        empty="（无挂账）")]
    p = r["parts"]
    flow += [section(sheet, "备件"), info_grid(sheet, [
        ("材料销售（实收）", fmt(p["sales"])), ("销售成本", fmt(p["cost_of_sales"])), ("入库金额", fmt(p["received_value"])),
        ("出库金额", fmt(p["issued_value"])), ("退库金额", fmt(p["returned_value"])), ("净耗用金额", fmt(p["used_value"])),
        ("当前库存金额", fmt(p["stock_value"])), ("有库存品种", p["stock_parts"]), ("盘点差异", fmt(p["counted_value"])),
    ], columns=3)]
    flow += [gap(6), signature_lines(sheet, ("制表（业务部）", "服务经理", "财务部"))]
    return flow


def _kind(revenue: dict, kind: str) -> list:
    row = next(k for k in revenue["kinds"] if k["kind"] == kind)
    return [row["amount"], row["discount"], row["net"]]


def text_note(sheet, note: str):
    return para(note, sheet.styles.small)


def _side_by_side(sheet, make_tables) -> Table:
    """Two tables next to each other, each laid out for half the width."""
    half = replace(sheet, width=(sheet.width - 6 * mm) / 2)
    outer = Table([make_tables(half)], colWidths=[half.width + 6 * mm, half.width])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _bar_chart(width: float, height: float, title: str, labels: list, values: list, colour) -> Drawing:
    font = register_reportlab_font()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 9, title, fontName=font, fontSize=8.5))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 18
    chart.width, chart.height = width - 36, height - 34
    chart.data = [values]
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0.5
    chart.valueAxis.valueMin = 0
    top = max(values) if values and max(values) > 0 else 1
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = _nice_step(top * 1.15)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    every = max(1, len(labels) // 8)
    chart.categoryAxis.categoryNames = [label if i % every == 0 else "" for i, label in enumerate(labels)]
    drawing.add(chart)
    return drawing


def _nice_step(top: float) -> float:
    raw = top / 4
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _trend_charts(sheet, trend: list) -> Table:
    labels = [f"{d['day']:%m-%d}" for d in trend]
    width = (sheet.width - 6 * mm) / 2
    height = 48 * mm
    revenue = _bar_chart(width, height, "每日营业收入（元，实收，已扣冲销）", labels, [int(d["revenue"]) for d in trend], BAR)
    cars = _bar_chart(width, height, "每日进厂台次（台）", labels, [d["cars_in"] for d in trend], BAR_CARS)
    table = Table([[revenue, cars]], colWidths=[width + 6 * mm, width])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table
