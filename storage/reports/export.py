"""The statistics as an Excel workbook for finance and the head office: a summary sheet, then one
sheet per table. Amounts stay numbers (Decimal, shown to the fen) so the workbook can sum them."""
import datetime as dt
from decimal import Decimal

from storage.plumbing.files import atomic_writer
from storage.rules.privacy import mask_phone


def _plain(value):
    if value is None:
        return ""
    return value


def _append(sheet, row, bold=None):
    sheet.append([_plain(v) for v in row])
    if bold is not None:
        for cell in sheet[sheet.max_row]:
            cell.font = bold


def _table(book, title: str, header: tuple, rows: list, bold, widths=None) -> None:
    sheet = book.create_sheet(title)
    _append(sheet, header, bold)
    for row in rows:
        _append(sheet, row)
    for index, width in enumerate(widths or [], 1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width


def summary_rows(r: dict) -> list[tuple]:
    """The headline figures as (label, value) pairs: the summary sheet, the screen and the print share them."""
    revenue, margin, sat, comp, rework = r["revenue"], r["margin"], r["satisfaction"], r["complaints"], r["rework"]
    return [
        ("进厂台次", r["cars"]["in"]), ("结算台次（已扣冲销）", revenue["settlements"]), ("交车台次", r["cars"]["delivered"]),
        ("营业收入（实收）", revenue["total"]), ("工时收入", revenue["labour"]), ("材料收入", revenue["parts"]),
        ("其他收入", revenue["fees"]), ("优惠合计", revenue["discount"]), ("单车产值", revenue["average_ticket"]),
        ("售出工时", r["hours_sold"]), ("材料成本", margin["parts_cost"]), ("技师计件工资", margin["labour_cost"]),
        ("毛利", margin["gross_margin"]),
        ("毛利率 %", margin["gross_margin_percent"]), ("材料毛利率 %", margin["parts_margin_percent"]),
        ("返修率 %", rework["rate_percent"]), ("回访满意度（5 分制）", sat["average"]), ("满意率 %", sat["satisfied_percent"]),
        ("新增投诉", comp["received"]), ("未结投诉（当前）", comp["open"]), ("超时未答复投诉（当前）", comp["overdue"]),
        ("新增挂账", r["receivables"]["opened"]), ("挂账回款", r["receivables"]["collected"]),
        ("挂账未收（当前）", r["receivables"]["outstanding"]), ("当前库存金额", r["parts"]["stock_value"]),
    ]


def write_xlsx(r: dict, path, *, phone=mask_phone) -> str:
    # lazy: openpyxl adds about 200 ms to the program's start (measured with the start-up set loaded)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    bold = Font(bold=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "概要"
    period = r["period"]
    _append(sheet, ("业务统计表", period.label()), bold)
    _append(sheet, ("统计期间", f"{period.start:%Y-%m-%d} 至 {period.end:%Y-%m-%d}"))
    _append(sheet, ("生成时间", r["generated_at"]))
    for row in summary_rows(r):
        _append(sheet, row)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 30

    _table(book, "进厂台次", ("维修类别", "台次", "占比 %"),
           [(row["job_type"], row["count"], row["percent"]) for row in r["cars"]["by_job"]]
           + [("合计", r["cars"]["in"], None)], bold, [16, 10, 10])
    revenue = r["revenue"]
    _table(book, "营业收入", ("项目", "原价", "优惠", "实收", "数量"),
           [(k["title"], k["amount"], k["discount"], k["net"], k["quantity"]) for k in revenue["kinds"]]
           + [("合计", revenue["gross"], revenue["discount"], revenue["total"], None), (), ("付款方", "实收")]
           + [(p["payer"], p["amount"]) for p in revenue["by_payer"]], bold, [14, 16, 16, 16, 12])
    m = r["margin"]
    _table(book, "毛利", ("项目", "金额"),
           [("材料收入（实收）", m["parts_revenue"]), ("材料成本（出库成本）", m["parts_cost"]), ("材料毛利", m["parts_margin"]),
            ("材料毛利率 %", m["parts_margin_percent"]), ("工时收入（实收）", m["labour_revenue"]),
            ("计件工时（返修除外）", m["paid_hours"]), ("计件单价（元/工时）", m["piece_rate"]), ("技师计件工资", m["labour_cost"]),
            ("工时毛利", m["labour_margin"]), ("工时毛利率 %", m["labour_margin_percent"]), ("其他收入", m["fees"]),
            ("成本合计", m["cost"]), ("毛利合计", m["gross_margin"]), ("毛利率 %", m["gross_margin_percent"])], bold, [28, 16])
    _table(book, "服务顾问产值", ("服务顾问", "进厂台次", "结算台次", "工时费", "材料费", "其他费用", "优惠", "产值（实收）", "单车产值"),
           [(a["advisor"], a["cars_in"], a["settlements"], a["labour_total"], a["parts_total"], a["fees_total"],
             a["discount_total"], a["total"], a["average"]) for a in r["advisors"]], bold, [14] + [12] * 8)
    _table(book, "班组产值", ("班组", "售出工时", "工时产值（实收）"),
           [(t["team"], t["hours"], t["labour"]) for t in r["teams"]], bold, [16, 12, 18])
    sat, comp, rework = r["satisfaction"], r["complaints"], r["rework"]
    _table(book, "质量与满意度", ("项目", "数值"), [
        ("返修（返修工单数）", rework["comebacks"]), ("交车台次", rework["delivered"]), ("返修率 %", rework["rate_percent"]),
        ("回访次数", sat["calls"]), ("接通", sat["reached"]), ("接通率 %", sat["reached_percent"]),
        ("评分人数", sat["scored"]), *[(f"{score} 分", n) for score, n in sorted(sat["scores"].items(), reverse=True)],
        ("平均分", sat["average"]), ("满意率 %（4 分及以上）", sat["satisfied_percent"]),
        ("新增投诉", comp["received"]), *[(f"  来源：{k}", n) for k, n in comp["by_source"].items()],
        *[(f"  现状：{k}", n) for k, n in comp["by_status"].items()],
        *[(f"  客户评价：{k}", n) for k, n in comp["verdicts"].items()],
        ("未结投诉（当前）", comp["open"]), ("超时未答复（当前）", comp["overdue"]),
    ], bold, [26, 12])
    _table(book, "超时未答复投诉", ("投诉单号", "客户", "电话", "受理时间", "答复期限", "超时（小时）", "负责人", "来源", "内容"),
           [(c["number"], c["customer"], phone(c["phone"]), c["received_at"], c["answer_due"], c["hours_late"], c["owner"],
             c["source"], c["description"]) for c in comp["overdue_list"]], bold, [18, 10, 14, 18, 18, 12, 10, 8, 40])
    rec = r["receivables"]
    _table(book, "挂账", ("类别", "挂账方", "新增笔数", "新增挂账", "回款笔数", "回款", "未收笔数（当前）", "未收（当前）"),
           [(d["debtor_kind"], d["debtor"], d["opened_count"], d["opened"], d["collected_count"], d["collected"],
             d["open_count"], d["outstanding"]) for d in rec["debtors"]]
           + [("合计", "", None, rec["opened"], None, rec["collected"], None, rec["outstanding"])], bold,
           [10, 24, 10, 14, 10, 14, 14, 14])
    p = r["parts"]
    _table(book, "备件", ("项目", "金额"), [
        ("材料销售（实收）", p["sales"]), ("销售成本", p["cost_of_sales"]), ("入库金额", p["received_value"]),
        ("  其中按采购单", p["received_po_value"]), ("出库金额", p["issued_value"]), ("退库金额", p["returned_value"]),
        ("净耗用金额", p["used_value"]), ("退货金额", p["sent_back_value"]), ("调整金额", p["adjusted_value"]),
        ("盘点差异金额", p["counted_value"]), ("当前库存金额", p["stock_value"]), ("当前有库存品种", p["stock_parts"]),
        (), ("库存金额按类别", ""), *[(c["key"], c["value"]) for c in p["stock_by_category"]],
    ], bold, [24, 16])
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, Decimal):
                    cell.number_format = "#,##0.00" if cell.value.as_tuple().exponent == -2 else "#,##0.0##"
                elif isinstance(cell.value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
    with atomic_writer(path) as handle:
        book.save(handle)
    return str(path)
