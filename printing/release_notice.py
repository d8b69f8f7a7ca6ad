"""出厂通知单: lets a settled car through the gate. Names the car, the settlement and the QC
certificate, what is on account, and the keys and belongings handed back, with signatures.

NUMBER is the settlement number; without it, the newest settlement."""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.registry import DocumentKind
from printing.settlement import latest_number, settlement_number  # noqa: F401  (latest_number: the registry's contract)
from storage import cashier
from storage.rules.money import fmt


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    data = cashier.release_notice(number=settlement_number(number))
    doc = Document(title=DOCUMENT.label, number=data["number"], number_label="结算单号", paper=DOCUMENT.paper,
                   story=lambda sheet: story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def story(sheet, data: dict) -> list:
    order, vehicle, customer = data["order"], data["vehicle"], data["customer"]
    flow = [info_grid(sheet, [
        ("车牌号", vehicle.plate), ("车型", data["model_name"]), ("车架号", vehicle.vin or ""),
        ("客户", customer.name), ("联系电话", customer.phone), ("工单号", order.number),
        ("质检合格", text(data["qc_passed_at"])), ("合格证号", data["certificate_number"]), ("结算时间", text(data["settled_at"])),
        ("客户实付", fmt(data["customer_due"])), ("挂账金额", fmt(data["on_account"]) if data["on_account"] else "—"),
        ("钥匙号", data["key_number"] or "—"),
        ("服务顾问", data["advisor"]), ("收银员", data["cashier"]), ("出厂里程", f"{order.mileage:,} km" if order.mileage else ""),
    ], columns=3)]
    flow += [gap(2.5), para(f"兹有上述车辆已完工、经质检合格并已结清费用（结算单 {data['number']}），准予出厂。",
                            sheet.styles.body), gap(1.5)]
    if data["belongings"]:
        flow.append(section(sheet, "随车物品交还"))
        flow.append(items_table(sheet, [Column("物品", 70), Column("数量", 15, "center"), Column("已交还", 15, "center")],
                                [[item, count, "□"] for item, count in data["belongings"]]))
    flow += [gap(3), signature_lines(sheet, ("收银员", "客户签收", "门卫放行"))]
    return flow


DOCUMENT = DocumentKind(kind="release-notice", label="出厂通知单", paper="a5", render=render)
