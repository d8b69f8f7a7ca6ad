"""维修结算单: the settlement as the customer reads it — labour, parts, other fees, each line's
discount and who pays it, the totals, the payments (cash with change), the amounts on account with
their claim numbers, the discount and who approved it, and a reversal when there was one.

NUMBER is the settlement number (JS…); without it, the newest. A4 here; printing.settlement_a5
prints the same on A5."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.registry import DocumentKind
from storage import cashier
from storage.rules.errors import NotFound
from storage.rules.money import fmt, in_capitals
from storage.rules.vocabulary import PaymentMethod, SettlementStatus


def latest_number() -> str | None:
    return cashier.latest_number()


def settlement_number(number: str | None) -> str:
    typed = (number or "").strip().upper() or latest_number()
    if not typed:
        raise NotFound("还没有结算单。")
    return typed


def render(user, number: str | None, out, *, copies: int = 1, paper: str | None = None) -> None:
    paper = paper or DOCUMENT.paper
    data = cashier.settlement_document(number=settlement_number(number))
    title = DOCUMENT.label + ("（已冲销）" if data["status"] == SettlementStatus.REVERSED else "")
    doc = Document(title=title, number=data["number"], number_label="结算单号", paper=paper,
                   story=lambda sheet: story(sheet, data))
    build_pdf(doc, paper, out, copies=copies)


def _km(value) -> str:
    return f"{value:,} km" if value else ""


def header_pairs(data: dict) -> list:
    order, vehicle, customer = data["order"], data["vehicle"], data["customer"]
    return [
        ("客户", customer.name), ("联系电话", customer.phone), ("车牌号", vehicle.plate),
        ("车型", data["model_name"]), ("车架号", vehicle.vin or ""), ("进厂里程", _km(order.mileage)),
        ("工单号", order.number), ("业务类型", order.job_type), ("结算时间", data["at"]),
        ("服务顾问", data["advisor"]), ("收银员", data["cashier"]), ("维修类别", data["settlement"].repair_kind),
        ("出厂里程", _km(order.mileage_out if order.mileage_out is not None else order.mileage)),
        ("配件类别", f"{order.parts_quality}配件"), ("旧件", "交还客户" if order.return_old_parts else "不交还"),
        ("合格证号", data.get("certificate_number") or ""), ("下次保养", next_service(data.get("next_service"))),
    ]


def next_service(due) -> str:
    if not due:
        return ""
    return f"{due['on']:%Y-%m-%d}" + (f" 或 {due['km']:,} km" if due.get("km") else "") + "（以先到者为准）"


def capitals_line(sheet, data: dict):
    """结算合计 in figures and in capitals (人民币大写), as a settlement is read and signed."""
    total = data["totals"]["total"]
    return para(f"结算合计（人民币大写）：{in_capitals(total)}　　（小写）{fmt(total)}", sheet.styles.body)


def story(sheet, data: dict) -> list:
    flow = [info_grid(sheet, header_pairs(data), columns=3)]
    columns = [
        Column("序", 6, "center"), Column("项目", 38), Column("零件号 / 工时代码", 20), Column("数量", 15, "right"),
        Column("单价", 17, "money"), Column("金额", 18, "money"), Column("优惠", 16, "money"), Column("应付", 18, "money"),
        Column("付款方", 13, "center"),
    ]
    for sec in data["sections"]:
        flow.append(section(sheet, f"{sec.title}（{len(sec.lines)} 项）"))
        rows = [[ln.position, ln.description + (f"（{ln.guarantee_note}）" if not ln.guaranteed and ln.guarantee_note else ""),
                 ln.code, text(ln.quantity) + (ln.unit or ""), ln.unit_price, ln.amount, ln.discount or "",
                 ln.amount - ln.discount, ln.payer]
                for ln in sec.lines]
        flow.append(items_table(sheet, columns, rows, total=["", f"{sec.title}小计", "", "", "", sec.amount, sec.discount or "",
                                                               sec.net, ""]))
    t = data["totals"]
    flow.append(section(sheet, "结算金额"))
    pairs = [("工时费", _yuan(t["labour"])), ("材料费", _yuan(t["parts"])), ("其他费用", _yuan(t["fees"])),
             ("分项优惠", _yuan(t["line_discount"])), ("整单优惠", _yuan(t["bill_discount"])), ("结算合计", _yuan(t["total"]))]
    pairs += [(f"{payer}承担" if payer != "客户" else "客户应付", _yuan(amount)) for payer, amount in data["dues"].items()
              if amount or payer == "客户"]
    if data["discount_approved_by"]:
        pairs.append(("优惠授权", data["discount_approved_by"]))
    flow += [info_grid(sheet, pairs, columns=3), capitals_line(sheet, data)]
    if data["payments"]:
        flow.append(section(sheet, "收款"))
        flow.append(items_table(sheet, [Column("收款方式", 20), Column("金额", 20, "money"), Column("实收", 20, "money"),
                                        Column("找零", 20, "money"), Column("交易流水号", 40), Column("时间", 25, "center")],
                                [[p["method"], p["amount"], p["tendered"] if p["method"] == PaymentMethod.CASH else "",
                                  p["change"] or "",
                                  p["reference"], f"{p['at']:%m-%d %H:%M}"] for p in data["payments"]]))
    if data["receivables"]:
        flow.append(section(sheet, "挂账"))
        flow.append(items_table(sheet, [Column("挂账方", 40), Column("类别", 20, "center"), Column("理赔/索赔单号", 45),
                                        Column("金额", 25, "money")],
                                [[r.debtor, r.debtor_kind, r.claim_number, r.amount] for r in data["receivables"]]))
    if data.get("sanbao_record"):
        flow += sanbao_record(sheet, data["sanbao_record"])
    if data["reversal"]:
        rv = data["reversal"]
        flow.append(section(sheet, "冲销"))
        flow.append(para(f"本结算单已于 {text(rv['at'])} 冲销，原因：{rv['reason']}；经办：{rv['by']}，授权：{rv['approved_by']}。",
                         sheet.styles.body))
    flow += [gap(3), para("请核对以上项目和金额。保险公司、厂家索赔承担部分由本店挂账结算。", sheet.styles.small), gap(2),
             signature_lines(sheet, ("客户签字", "收银员", "日期"))]
    return flow


def sanbao_record(sheet, r: dict) -> list:
    """三包修理记录 (家用汽车产品修理更换退货责任规定 第十七条: the repairer keeps a record of each repair and
    gives the consumer a copy), on the consumer's copy of the settlement."""
    when = (lambda t: f"{t:%Y-%m-%d %H:%M}" if t else "")
    pairs = [("送修时间", when(r["opened_at"])), ("交车时间", when(r["delivered_at"]) or "（交车时填写）"),
             ("修理天数", f"{r['days']} 日" if r["days"] else ""),
             ("进厂里程", _km(r["mileage_in"])), ("出厂里程", _km(r["mileage_out"])),
             ("备用车/交通补偿", r["mobility"] or "未发生（单次修理未超过 5 日）" if r["days"] and r["days"] <= 5 else r["mobility"]),
             ("质量问题陈述", r["complaint"], 3), ("检查结果", r["findings"], 3),
             ("三包故障", r["faults"] or "无", 3),
             ("修理项目", "、".join(r["work"]) or "", 3)]
    flow = [section(sheet, "三包修理记录（第十七条，消费者留存）"), info_grid(sheet, pairs, columns=3)]
    if r["parts"]:
        flow.append(items_table(sheet, [Column("零件号", 40), Column("更换零部件", 90), Column("数量", 20, "right")],
                                [[number, name, text(qty)] for number, name, qty in r["parts"]]))
    return flow


def _yuan(amount) -> str:
    return fmt(amount)


DOCUMENT = DocumentKind(kind="settlement", label="维修结算单", paper="a4", render=render)
