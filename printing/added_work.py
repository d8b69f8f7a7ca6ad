"""维修追加项目单 (seed 001's form 2): the work the workshop found on the car while repairing it,
with its lines and amount, the delay it brings, and the customer's answer — agreed, refused, or
still to sign (□ 同意 □ 不同意) — for the customer's signature. Refused items go on to 建议项目表.

NUMBER is the work order number; without it, the newest order with added work."""
from printing.base import Column, info_grid, items_table, section, text
from printing.order_forms import render_order_form, sign_off
from printing.registry import DocumentKind
from storage.reception import forms
from storage.rules.money import fmt
from storage.rules.vocabulary import AddedWorkAnswer


def latest_number() -> str | None:
    return forms.latest_added_work_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_order_form(number, out, copies=copies, label=DOCUMENT.label, paper=DOCUMENT.paper, latest=latest_number,
                      sheet=forms.added_work_sheet, story=story,
                      none="还没有任何追加项目，无法打印维修追加项目单。")


def _lines(work: dict) -> str:
    return "\n".join(f"{x['description']} {x['quantity'].normalize():f}{x['unit']} {fmt(x['amount'])}" for x in work["lines"])


def _answer(work: dict) -> str:
    if work["answer"] == AddedWorkAnswer.PENDING:
        return "□ 同意\n□ 不同意"
    who = "，".join(x for x in (work["answered_by"], work["via"], text(work["answered_at"])) if x)
    return f"{work['answer']}\n{who}"


def story(sheet, data: dict) -> list:
    order, customer, car = data["order"], data["customer"], data["vehicle"]
    flow = [info_grid(sheet, [
        ("车牌号", car.plate), ("车型", data["model"]), ("客户", customer.name),
        ("联系电话", customer.phone), ("服务顾问", data["advisor"]), ("预计交车", text(order.promised_at)),
        ("签字时估价", fmt(data["signed_estimate"])), ("现估价", fmt(order.estimate_total)),
        ("同意追加", fmt(data["accepted_total"])),
    ], columns=3)]
    rows = [[i, w["description"], _lines(w), w["amount"],
             f"{w['delay_minutes']} 分钟" if w["delay_minutes"] else "—", _answer(w), w["raised_by"]]
            for i, w in enumerate(data["items"], 1)]
    flow += [section(sheet, "追加项目"), items_table(sheet, [
        Column("序", 5, "center"), Column("追加项目（原因）", 26), Column("明细", 32), Column("金额", 14, "money"),
        Column("延时", 9, "center"), Column("客户意见", 18, "center"), Column("提出人", 10, "center")], rows,
        empty="（本工单没有追加项目）")]
    statement = ("以上项目系车间在维修中发现，服务顾问已向客户说明原因、费用及对交车时间的影响。"
                 "客户同意的项目追加到本工单施工；不同意的项目不施工，列入建议项目表，下次进厂时再作提示。")
    flow.append(sign_off(sheet, ("客户签字", "服务顾问", "日期"), statement=statement))
    return flow


DOCUMENT = DocumentKind(kind="added-work", label="维修追加项目单", paper="a5", render=render)
