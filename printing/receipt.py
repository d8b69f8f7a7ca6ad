"""收款小票 on the 80 mm roll: what was charged, how it was paid, the change, what is on account."""
from printing.base import Column, Document, build_pdf, gap, items_table, para, signature_lines
from printing.registry import DocumentKind
from printing.settlement import latest_number, settlement_number  # noqa: F401  (latest_number: the registry's contract)
from storage import cashier
from storage.rules.money import fmt
from storage.rules.vocabulary import PaymentMethod, SettlementStatus


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    data = cashier.settlement_document(number=settlement_number(number))
    doc = Document(title=DOCUMENT.label + ("（已冲销）" if data["status"] == SettlementStatus.REVERSED else ""), number=data["number"],
                   number_label="结算单号", paper=DOCUMENT.paper, story=lambda sheet: story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def story(sheet, data: dict) -> list:
    st = sheet.styles
    order, vehicle = data["order"], data["vehicle"]
    flow = [para(f"车牌：{vehicle.plate}　工单：{order.number}", st.body),
            para(f"客户：{data['customer'].name}　收银员：{data['cashier']}", st.body), gap(1.5)]
    rows = []
    for sec in data["sections"]:
        rows.append([f"【{sec.title}】", ""])
        rows += [[ln.description + ("" if ln.payer == "客户" else f"（{ln.payer}）"), fmt(ln.amount - ln.discount)] for ln in sec.lines]
    flow.append(items_table(sheet, [Column("项目", 62), Column("应付", 28, "right")], rows))
    t = data["totals"]
    lines = [("合计", t["amount"]), ("优惠", -t["discount"]), ("结算合计", t["total"])]
    lines += [(f"{payer}承担", amount) for payer, amount in data["dues"].items() if amount and payer != "客户"]
    lines.append(("客户应付", data["dues"]["客户"]))
    lines += [(p["method"], p["amount"]) for p in data["payments"]]
    cash = [p for p in data["payments"] if p["method"] == PaymentMethod.CASH and p["change"]]
    if cash:
        lines += [("现金实收", cash[0]["tendered"]), ("找零", data["change"])]
    flow.append(gap(1.5))
    flow.append(items_table(sheet, [Column("", 55), Column("", 35, "right")],
                            [[label, fmt(amount) if amount >= 0 else "-" + fmt(-amount)] for label, amount in lines]))
    for r in data["receivables"]:
        flow.append(para(f"挂账：{r.debtor} {r.claim_number} {fmt(r.amount)}", st.small))
    if data["discount_approved_by"]:
        flow.append(para(f"优惠授权：{data['discount_approved_by']}", st.small))
    flow += [gap(2), signature_lines(sheet, ("客户签字",), space=8 * 2.83), gap(1), para("谢谢惠顾，欢迎再次光临！", st.body)]
    return flow


DOCUMENT = DocumentKind(kind="receipt", label="收款小票", paper="roll80", render=render)
