"""建议项目表 (seed 003, 服务顾问工作流程 12: 若客户表示不同意更换则开具《建议项目表》请客户确认签字):
the work the customer declined on this visit, and what is still open from earlier visits, signed by
the customer and kept for the next visit, when reception shows it again at check-in.

NUMBER is the work order number; without it, the newest order with declined work."""
from printing.base import Column, info_grid, items_table, section, text
from printing.order_forms import render_order_form, sign_off
from printing.registry import DocumentKind
from storage.reception import forms

COLUMNS = (Column("序", 6, "center"), Column("建议项目", 62), Column("提出工单", 18, "center"), Column("日期", 14, "center"))


def latest_number() -> str | None:
    return forms.latest_suggestions_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_order_form(number, out, copies=copies, label=DOCUMENT.label, paper=DOCUMENT.paper, latest=latest_number,
                      sheet=forms.suggestions_sheet, story=story,
                      none="还没有任何建议项目，无法打印建议项目表。")


def _rows(items) -> list:
    return [[i, s["description"], s["order"], f"{s['created_at']:%Y-%m-%d}"] for i, s in enumerate(items, 1)]


def story(sheet, data: dict) -> list:
    order, customer, car = data["order"], data["customer"], data["vehicle"]
    flow = [info_grid(sheet, [
        ("车牌号", car.plate), ("车型", data["model"]), ("客户", customer.name),
        ("联系电话", customer.phone), ("服务顾问", data["advisor"]), ("进厂里程", f"{order.mileage:,} km" if order.mileage else ""),
        ("进厂时间", text(order.opened_at)),
    ], columns=3)]
    flow += [section(sheet, "本次建议项目（客户暂不维修）"), items_table(sheet, list(COLUMNS), _rows(data["declined"]),
                                                           empty="（本次没有客户暂不维修的项目）")]
    if data["earlier"]:
        flow += [section(sheet, "以往建议、尚未维修的项目"), items_table(sheet, list(COLUMNS), _rows(data["earlier"]))]
    statement = ("以上项目经本店检查建议维修，客户本次决定暂不维修。未及时维修可能影响行车安全或使故障扩大，"
                 "由此产生的后果由客户自行承担。本表由本店存档，客户下次进厂时服务顾问将再次提示。")
    flow.append(sign_off(sheet, ("客户确认签字", "服务顾问", "日期"), statement=statement))
    return flow


DOCUMENT = DocumentKind(kind="suggestions", label="建议项目表", paper="a5", render=render)
