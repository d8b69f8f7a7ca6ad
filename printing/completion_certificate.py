"""竣工检验单 / 出厂合格证: signed by the inspector when the order passes QC (seed 003: 质检员).
The car, the work done and by whom, the checklist as ticked, the rework count, and the legal
minimum quality-guarantee period for the kind of repair (机动车维修管理规定).

NUMBER is the certificate number; without one, the newest certificate.
"""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, para, section, signature_lines, text
from printing.registry import DocumentKind
from storage.rules.errors import NotFound
from storage.workshop import completion_certificate, latest_certificate_number


def latest_number() -> str | None:
    return latest_certificate_number()


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def render(user, number: str | None, out, copies: int = 1) -> None:
    number = (number or "").strip() or latest_number()
    if not number:
        raise NotFound("还没有签发过出厂合格证。")
    data = completion_certificate(number)
    doc = Document(title=DOCUMENT.label, number=data["number"], number_label="合格证号", paper=DOCUMENT.paper,
                   story=lambda sheet: _story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _story(sheet, data: dict) -> list:
    km = f"{data['mileage']:,} km" if data["mileage"] else ""
    out = f"{data['mileage_out']:,} km" if data["mileage_out"] else ""
    flow = [section(sheet, "车辆"), info_grid(sheet, [
        ("车牌号", data["plate"]), ("车型", data["model"]), ("客户", data["customer"]),
        ("车架号", data["vin"]), ("发动机号", data["engine_no"]), ("工单号", data["order_number"]),
        ("进厂里程", km), ("出厂里程", out), ("业务类型", data["job_type"]),
        ("维修类别", data["guarantee"]["kind"]), ("接车时间", _when(data["received_at"])), ("完工时间", _when(data["finished_at"])),
        ("检验时间", _when(data["inspected_at"])), ("检验员", data["inspector"]),
    ], columns=3)]
    labour = [[i, l["description"], text(l["hours"]), l["team"], l["technician"]] for i, l in enumerate(data["labour"], 1)]
    flow += [section(sheet, "维修项目"), items_table(sheet, [
        Column("序", 6, "center"), Column("项目", 60), Column("工时", 10, "right"), Column("班组", 20, "center"),
        Column("技师", 16, "center")], labour)]
    if data["parts"]:
        parts = [[i, p["description"], text(p["quantity"]),
                  "客户自备" if p["supplied_by_customer"] else ("原厂件" if p["genuine"] else "副厂件")]
                 for i, p in enumerate(data["parts"], 1)]
        flow += [section(sheet, "更换备件"), items_table(sheet, [
            Column("序", 6, "center"), Column("备件", 70), Column("数量", 12, "right"), Column("来源", 20, "center")], parts)]
    checks = [[i, label, "合格" if ok else "不合格"] for i, (label, ok) in enumerate(data["checklist"], 1)]
    flow += [section(sheet, "竣工检验"), items_table(sheet, [
        Column("序", 6, "center"), Column("检验项目", 80), Column("结论", 20, "center")], checks)]
    g = data["guarantee"]
    verdict = f"经检验，该车维修项目全部合格，准予出厂。本单返工 {data['rework_count']} 次。"
    if data["note"]:
        verdict += f"备注：{data['note']}"
    flow += [section(sheet, "检验结论与质量保证"), info_grid(sheet, [
        ("检验结论", verdict, 2),
        ("质量保证期", f"{g['kind']}：{g['days']} 天或 {g['km']:,} 公里（以先到者为准）", 2),
    ], columns=2), gap(2), para(g["text"], sheet.styles.small)]
    flow += [gap(4), signature_lines(sheet, ("质检员", "车间主管", "客户"))]
    return flow


DOCUMENT = DocumentKind(kind="completion-certificate", label="竣工检验单（出厂合格证）", paper="a4", render=render)
