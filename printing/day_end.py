"""日结单: one business day's takings by method and by cashier, receivables opened and collected,
discounts, voids, and whether (and by whom) the day was closed.

NUMBER is the day, YYYY-MM-DD (or YYYYMMDD); without it, today."""
import datetime as dt

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, section, signature_lines, text
from printing.registry import DocumentKind
from storage import cashier
from storage.models import PAYMENT_METHODS
from storage.rules.errors import ValidationError
from storage.rules.money import fmt


def latest_number() -> str | None:
    return dt.date.today().isoformat()


def parse_day(number: str | None) -> dt.date:
    typed = (number or "").strip() or latest_number()
    for pattern in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(typed, pattern).date()
        except ValueError:
            pass
    raise ValidationError(f"“{typed}”不是日期，请按 2026-11-24 的格式输入营业日。")


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    report = cashier.day_report(parse_day(number))
    doc = Document(title=DOCUMENT.label, number=report["day"].isoformat(), number_label="营业日", paper=DOCUMENT.paper, barcode=False,
                   story=lambda sheet: story(sheet, report))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def story(sheet, r: dict) -> list:
    s = r["settlements"]
    status = f"已日结（{r['closed_by']} {text(r['closed_at'])}）" if r["closed"] else "未日结（数据仍可能变动）"
    flow = [section(sheet, "结算汇总"), info_grid(sheet, [
        ("营业日", text(r["day"])), ("日结状态", status, 2),
        ("结算单数", s["count"]), ("结算合计", fmt(s["total"])), ("优惠合计", fmt(s["discount"])),
        ("工时费", fmt(s["labour"])), ("材料费", fmt(s["parts"])), ("其他费用", fmt(s["fees"])),
        ("客户自付", fmt(s["customer"])), ("保险公司挂账", fmt(s["insurer"])), ("厂家索赔挂账", fmt(s["warranty"])),
        ("内部承担", fmt(s["internal"])), ("收取定金", fmt(r["deposits"]["received"])), ("退还定金", fmt(r["deposits"]["refunded"])),
        ("实收合计（不含定金抵扣、会员余额）", fmt(r["takings"]), 3),
    ], columns=3)]
    flow += [section(sheet, "按收款方式"), items_table(sheet, [Column("收款方式", 40), Column("笔数", 20, "right"), Column("金额", 40, "money")],
                                                  [[m["method"], m["count"], m["amount"]] for m in r["methods"]])]
    methods = [m for m in PAYMENT_METHODS if any(m in c["methods"] for c in r["cashiers"])]
    flow += [section(sheet, "按收银员"), items_table(sheet, [Column("收银员", 22), *[Column(m, 16, "money") for m in methods],
                                                          Column("实收", 20, "money")],
                                                 [[c["cashier"], *(c["methods"].get(m, "") for m in methods), c["takings"]]
                                                  for c in r["cashiers"]])]
    flow += [section(sheet, "挂账新增与回款"), items_table(sheet, [Column("类别", 25), Column("挂账方", 25), Column("笔数", 15, "right"),
                                                            Column("金额", 35, "money")],
                                                    [["新增挂账", x["debtor_kind"], x["count"], x["amount"]] for x in r["receivables_opened"]]
                                                    + [["回款", x["debtor_kind"], x["count"], x["amount"]] for x in r["receivables_collected"]])]
    flow += [section(sheet, "优惠明细"), items_table(sheet, [Column("结算单号", 30), Column("收银员", 18), Column("授权人", 18),
                                                          Column("优惠合计", 18, "money"), Column("其中整单", 18, "money")],
                                                 [[d["number"], d["cashier"], d["approved_by"], d["discount"], d["bill_discount"]]
                                                  for d in r["discounts"]],
                                                 total=["合计", "", "", r["discount_total"], ""] if r["discounts"] else None)]
    flow += [section(sheet, "冲销"), items_table(sheet, [Column("结算单号", 26), Column("原因", 40), Column("经办 / 授权", 22),
                                                      Column("客户实付", 16, "money")],
                                             [[v["number"], v["reason"], f"{v['reversed_by']} / {v['approved_by']}", v["customer_due"]]
                                              for v in r["voids"]])]
    flow += [gap(4), signature_lines(sheet, ("收银员", "财务", "服务经理"))]
    return flow


DOCUMENT = DocumentKind(kind="day-end", label="日结单", paper="a4", render=render)
