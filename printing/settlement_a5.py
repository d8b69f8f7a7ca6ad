"""维修结算单 on A5 (landscape, half an A4): the same facts as printing.settlement, laid out for the
half sheet — one table of every line with its kind, the totals in one grid, the payments and the
amounts on account in a sentence each — so that an ordinary visit (up to about eight lines) fits on
one page for the customer's signature."""
from printing import settlement
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, signature_lines, text
from printing.registry import DocumentKind
from storage import cashier
from storage.rules.money import fmt, in_capitals
from storage.rules.vocabulary import PaymentMethod, SettlementStatus

latest_number = settlement.latest_number


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    data = cashier.settlement_document(number=settlement.settlement_number(number))
    title = settlement.DOCUMENT.label + ("（已冲销）" if data["status"] == SettlementStatus.REVERSED else "")
    doc = Document(title=title, number=data["number"], number_label="结算单号", paper=DOCUMENT.paper,
                   story=lambda sheet: story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _next_service(due) -> str:
    return f"{due['on']:%Y-%m-%d}" + (f" / {due['km']:,} km" if due.get("km") else "") if due else ""


def story(sheet, data: dict) -> list:
    order, vehicle, customer = data["order"], data["vehicle"], data["customer"]
    flow = [info_grid(sheet, [
        ("客户", customer.name), ("电话", customer.phone), ("车牌号", vehicle.plate), ("车型", data["model_name"]),
        ("工单号", order.number), ("维修类别", data["settlement"].repair_kind or order.job_type),
        ("结算时间", data["at"]),
        ("进出厂里程", f"{order.mileage:,}→{order.mileage_out if order.mileage_out is not None else order.mileage:,} km"),
    ], columns=4), gap(1.5)]
    columns = [Column("序", 5, "center"), Column("类别", 9, "center"), Column("项目", 27), Column("零件号", 21),
               Column("数量", 14, "right"),
               Column("单价", 16, "money"), Column("金额", 17, "money"), Column("优惠", 14, "money"),
               Column("应付", 17, "money"), Column("付款方", 13, "center")]
    rows = []
    for sec in data["sections"]:
        kind = sec.title.removesuffix("费用").removesuffix("费")
        for ln in sec.lines:
            note = f"（{ln.guarantee_note}）" if not ln.guaranteed and ln.guarantee_note else ""
            rows.append([ln.position, kind, ln.description + note, ln.code, text(ln.quantity) + (ln.unit or ""), ln.unit_price,
                         ln.amount, ln.discount or "", ln.amount - ln.discount, ln.payer])
    amount = sum((sec.amount for sec in data["sections"]), 0)
    discount = sum((sec.discount for sec in data["sections"]), 0)
    net = sum((sec.net for sec in data["sections"]), 0)
    flow.append(items_table(sheet, columns, rows, total=["", "", f"合计 {len(rows)} 项", "", "", "", amount,
                                                           discount or "", net, ""]))
    t = data["totals"]
    pairs = [("工时费", fmt(t["labour"])), ("材料费", fmt(t["parts"])), ("其他费用", fmt(t["fees"])),
             ("优惠", fmt(t["line_discount"] + t["bill_discount"])), ("结算合计", f"{fmt(t['total'])}（大写 {in_capitals(t['total'])}）", 2)]
    pairs += [(f"{payer}承担" if payer != "客户" else "客户应付", fmt(due)) for payer, due in data["dues"].items()
              if due or payer == "客户"]
    if data["discount_approved_by"]:
        pairs.append(("优惠授权", data["discount_approved_by"]))
    flow += [gap(1.5), info_grid(sheet, pairs, columns=4)]
    notes = ["；".join(x for x in (
        f"出厂合格证 {data['certificate_number']}" if data.get("certificate_number") else "",
        f"下次保养 {_next_service(data['next_service'])}（以先到者为准）" if data.get("next_service") else "") if x)]
    notes = [n + "。" for n in notes if n]
    if data["payments"]:
        paid = []
        for p in data["payments"]:
            change = f"，实收 {fmt(p['tendered'])} 找零 {fmt(p['change'])}" if p["method"] == PaymentMethod.CASH and p["change"] else ""
            reference = f"（{p['reference']}）" if p["reference"] else ""
            paid.append(f"{p['method']} {fmt(p['amount'])}{change}{reference}")
        notes.append("收款：" + "；".join(paid) + "。")
    if data["receivables"]:
        notes.append("挂账：" + "；".join(f"{r.debtor}（{r.debtor_kind}，{r.claim_number or '无单号'}）{fmt(r.amount)}"
                                         for r in data["receivables"]) + "。")
    if data["reversal"]:
        rv = data["reversal"]
        notes.append(f"本结算单已于 {text(rv['at'])} 冲销，原因：{rv['reason']}；经办：{rv['by']}，授权：{rv['approved_by']}。")
    flow += [gap(1.5)] + [para(line, sheet.styles.body) for line in notes]
    flow += [gap(2), signature_lines(sheet, ("客户签字", "收银员", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="settlement-a5", label="维修结算单（A5）", paper="a5", render=render)
