"""质量保证卡: the completion guarantee of a settled repair — its kind, the period in days or
kilometres (whichever first) from the delivery day and mileage, the legal minimum it meets, the
work it covers, and the parts the store does not guarantee (customer-supplied, or aftermarket at
the customer's insistence) with why.

NUMBER is the settlement number; without it, the newest settlement."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.registry import DocumentKind
from printing.settlement import latest_number, settlement_number  # noqa: F401  (latest_number: the registry's contract)
from storage import cashier


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    data = cashier.guarantee_card(number=settlement_number(number))
    doc = Document(title=DOCUMENT.label, number=data["number"], number_label="结算单号", paper=DOCUMENT.paper,
                   story=lambda sheet: story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def story(sheet, data: dict) -> list:
    order, vehicle, customer, terms = data["order"], data["vehicle"], data["customer"], data["terms"]
    minimum_days, minimum_km = data["legal_minimum"]
    flow = [info_grid(sheet, [
        ("车牌号", vehicle.plate), ("车型", data["model_name"]), ("车架号", vehicle.vin or ""),
        ("客户", customer.name), ("联系电话", customer.phone), ("工单号", order.number),
        ("维修类别", terms.kind), ("保证期", f"{terms.days} 天或 {terms.km:,} 公里，以先到者为准"),
        ("法定最低", f"{minimum_days} 天或 {minimum_km:,} 公里"),
        ("起始日期", text(terms.starts_on)), ("截止日期", text(terms.ends_on)),
        ("里程范围", f"{terms.start_km:,} – {terms.end_km:,} km"),
    ], columns=3)]
    flow += [gap(1.5), para(data["statement"], sheet.styles.body), para(data["regulation"], sheet.styles.small)]
    flow.append(section(sheet, "保证范围（本次维修项目）"))
    flow.append(items_table(sheet, [Column("序", 8, "center"), Column("项目", 70), Column("类别", 14, "center")],
                            [[ln.position, ln.description, ln.kind] for ln in data["covered"]], empty="（无）"))
    if data["excluded"]:
        flow.append(section(sheet, "本店不予保修的配件"))
        flow.append(items_table(sheet, [Column("序", 8, "center"), Column("配件", 56), Column("原因", 28)],
                                [[ln.position, ln.description, ln.guarantee_note] for ln in data["excluded"]]))
    flow += [para("保证期内因维修质量造成的故障，凭本卡和结算单到本店免费返修。人为损坏、事故、改装及未按规定保养造成的故障不在保证范围内。",
                  sheet.styles.small), gap(2), signature_lines(sheet, ("客户签收", "经办人", "日期"))]
    return flow


DOCUMENT = DocumentKind(kind="guarantee-card", label="质量保证卡", paper="a5", render=render)
