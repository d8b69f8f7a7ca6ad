"""汽车检测诊断报告单 (seed 001's form 6): the car, what the customer reported, each test and its
result, the conclusion (where the fault is), the advice with the estimate, the diagnosis fee, and
the customer's acknowledgement (知情) — with, for a car taken away unrepaired, the release (放行).
Without a recorded diagnosis it prints the form to fill in by hand.

NUMBER is the work order number; without it, the newest diagnosed order."""
from printing.base import Column, info_grid, items_table, section, text
from printing.order_forms import render_order_form, sign_off
from printing.registry import DocumentKind
from storage.reception import diagnosis
from storage.rules.money import fmt

BLANK_ROWS = 8  # the hand-filled form's empty test rows


def latest_number() -> str | None:
    return diagnosis.latest_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_order_form(number, out, copies=copies, label=DOCUMENT.label, paper=DOCUMENT.paper, latest=latest_number,
                      sheet=diagnosis.diagnosis_sheet, story=story,
                      none="还没有任何工单，无法打印检测诊断报告单。", qr=True)


def _km(value) -> str:
    return f"{value:,} km" if value else ""


def story(sheet, data: dict) -> list:
    order, customer, car, found = data["order"], data["customer"], data["vehicle"], data["diagnosis"]
    flow = [section(sheet, "客户与车辆"), info_grid(sheet, [
        ("客户", customer.name), ("联系电话", customer.phone), ("服务顾问", data["advisor"]),
        ("车牌号", car.plate), ("车型", data["model"]), ("颜色", car.colour),
        ("车架号", car.vin or "", 2), ("进厂里程", _km(order.mileage)),
        ("进厂时间", text(order.opened_at)), ("业务类型", order.job_type), ("燃油", f"{order.fuel_level}%"),
    ], columns=3)]
    flow += [section(sheet, "故障现象"), info_grid(sheet, [
        ("客户描述", order.customer_words or "", 2), ("初步检查", order.findings or "", 2),
    ], columns=2)]
    rows = [[i, item, result] for i, (item, result) in enumerate(data["items"], 1)]
    if found is None:
        rows = [[i, "", ""] for i in range(1, BLANK_ROWS + 1)]
    flow += [section(sheet, "检测项目与结果"), items_table(sheet, [
        Column("序", 6, "center"), Column("检测项目（仪器 / 方法）", 38), Column("检测结果 / 数据 / 故障码", 56)], rows,
        empty="（未记录检测项目）")]
    flow += [section(sheet, "诊断结论与维修建议"), info_grid(sheet, [
        ("诊断结论", found.conclusion if found else "", 2),
        ("维修建议", found.advice if found else "", 2),
    ], columns=2)]
    if data["advised_lines"]:
        lines = [[i, x["kind"], x["description"], x["amount"]] for i, x in enumerate(data["advised_lines"], 1)]
        flow += [section(sheet, "建议维修项目估价"), items_table(sheet, [
            Column("序", 6, "center"), Column("类别", 10, "center"), Column("项目 / 备件", 64), Column("金额", 20, "money")],
            lines, total=["", "", "预计维修费用（以客户签字的进厂维修单为准）", data["advised_total"]])]
    fee = fmt(found.fee) if found else "¥________"
    fees = [section(sheet, "诊断费与检测人员"), info_grid(sheet, [
        ("诊断费", fee), ("检测技师", found.technician if found else ""),
        ("诊断时间", text(found.diagnosed_at) if found else ""), ("记录人", data["diagnosed_by"]),
    ], columns=2)]
    if data["unrepaired"]:
        statement = (f"客户已知悉上述检测诊断结果及维修建议，决定本次不在本店维修（{found.release_reason}）。"
                     f"诊断费 {fmt(found.fee)} 在收银台结算，车辆按进厂时的状况交还客户，准予出厂"
                     f"（放行登记：{text(found.released_at)}）。")
    else:
        statement = (f"以上为本店对该车的检测诊断结果。客户同意维修的，项目及费用以客户签字的进厂维修单为准；"
                     f"客户决定不在本店维修的，交纳诊断费 {fee} 后办理出厂手续，车辆按进厂时的状况交还。")
    flow.append(sign_off(sheet, ("检测技师", "服务顾问", "日期"), ("客户签字（已知悉）", "门卫放行", "日期"),
                         statement=statement, note="本报告一式两联，客户与本店各执一联。", head=fees))
    return flow


DOCUMENT = DocumentKind(kind="diagnosis-report", label="汽车检测诊断报告单", paper="a4", render=render)
