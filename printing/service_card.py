"""售后服务卡 (seed 001's form 8): the card the customer keeps — the store, the advisor and how to
reach them, the service hotline, this visit, and the next service by date and mileage, whichever
comes first (seed 003: 提醒客户下次保养的时间和里程, 递交名片, 告知救援热线, 72 小时内回访).

NUMBER is the work order number of the visit; without it, the newest settled order."""
from printing.base import info_grid, para, section
from printing.order_forms import render_order_form, sign_off
from printing.registry import DocumentKind
from storage.reception import forms


def latest_number() -> str | None:
    return forms.latest_card_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_order_form(number, out, copies=copies, label=DOCUMENT.label, paper=DOCUMENT.paper, latest=latest_number,
                      sheet=forms.service_card, story=story,
                      none="还没有任何工单，无法打印售后服务卡。", barcode=False)


def story(sheet, data: dict) -> list:
    order, customer, car, store, due = data["order"], data["customer"], data["vehicle"], data["store"], data["next_service"]
    flow = [info_grid(sheet, [
        ("门店", store.get("name", ""), 2), ("服务热线", data["hotline"]),
        ("地址", store.get("address", ""), 2), ("救援热线", data["hotline"]),
        ("服务顾问", data["advisor"]), ("顾问电话", data["advisor_phone"]), ("授权品牌", store.get("brand", "")),
    ], columns=3)]
    flow += [section(sheet, "车辆与本次服务"), info_grid(sheet, [
        ("车主", customer.name), ("车牌号", car.plate), ("车型", data["model"]),
        ("车架号", car.vin or "", 2), ("本次日期", f"{data['visit_at']:%Y-%m-%d}"),
        ("本次里程", f"{order.mileage:,} km" if order.mileage else ""), ("业务类型", order.job_type), ("工单号", order.number),
    ], columns=3)]
    if due:
        when, km = f"{due['due_on']:%Y-%m-%d}", f"{due['due_km']:,} km" if due.get("due_km") else "—"
    else:
        when, km = "", ""
    flow += [section(sheet, "下次保养（日期或里程，以先到者为准）"), info_grid(sheet, [
        ("下次保养日期", when), ("下次保养里程", km),
    ], columns=2)]
    notes = [
        f"本店客服将在交车后 {data['follow_up_hours']} 小时内回访，请留意来电；对本次服务有任何意见，请拨打服务热线。",
        "到期前请提前预约进厂，预约可减少等候时间；车辆途中故障请拨打救援热线。",
        "请妥善保管本卡及结算单、质量保证卡，凭卡享受本店售后服务。",
    ]
    flow += [para(f"{i}. {n}", sheet.styles.body) for i, n in enumerate(notes, 1)]
    flow.append(sign_off(sheet, ("服务顾问", "发卡日期")))
    return flow


DOCUMENT = DocumentKind(kind="service-card", label="售后服务卡", paper="a5", render=render)
