"""代步车交接单 on A5: a loaner car handed out against a work order and taken back. The car, the
customer and the order; mileage, fuel (eighths) and damage out and in; the deposit taken, refunded or
kept with its reason; the 三包 spare-car record when the loan is one (第二十一条); signatures for both
hand-overs. Printed at the hand-out (the return half blank, to fill in by hand if need be) and again
at the return.

NUMBER is the loan's number (DJ…); without it, the newest."""
import datetime as dt
from decimal import Decimal

from printing.base import Document, build_pdf, gap, info_grid, para, section, signature_lines, text
from printing.registry import DocumentKind
from storage.reception import loaners
from storage.rules.errors import ValidationError
from storage.rules.money import fmt
from storage.rules.privacy import phone_on_paper
from storage.rules.vocabulary import PaymentMethod


def latest_number() -> str | None:
    return loaners.latest_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    number = (number or "").strip() or latest_number()
    if not number:
        raise ValidationError("还没有代步车借用单，无法打印交接单。")
    data = loaners.sheet(number)
    data["phone"] = phone_on_paper(user, data["phone"])
    build_pdf(document(data), DOCUMENT.paper, out, copies=copies)


def document(data: dict, store=None) -> Document:
    return Document(title=DOCUMENT.label, number=data["number"], number_label="借用单号", paper=DOCUMENT.paper,
                    store=store, story=lambda sheet: story(sheet, data))


def _km(value) -> str:
    return f"{value:,} km" if value is not None else ""


def story(sheet, data: dict) -> list:
    st = sheet.styles
    returned = data["in_at"] is not None
    flow = [info_grid(sheet, [
        ("代步车", data["car_plate"]), ("车型", data["car_model"]), ("颜色", data["car_colour"] or "—"),
        ("客户", data["customer"]), ("联系电话", data["phone"]), ("工单号", data["order_number"]),
        ("送修车辆", data["order_plate"]), ("押金", fmt(data["deposit"]) if data["deposit"] else "无"),
        ("收款方式", data["deposit_method"] if data["deposit"] else "—"),
    ], columns=3), gap(1)]
    if data["mobility"].startswith(loaners.MOBILITY_KIND):
        flow.append(para(f"三包（第二十一条）：{data['mobility']}", st.small))
    flow += [para("借用期间遵守交通法规，违章及事故责任由借用人承担；请按约定时间、油量归还。", st.small),
             gap(1), section(sheet, "借出")]
    flow.append(info_grid(sheet, [
        ("借出时间", text(data["out_at"])), ("约定归还", text(data["due_at"])), ("经办", data["out_by"]),
        ("出车里程", _km(data["mileage_out"])), ("出车油量", loaners.fuel_text(data["fuel_out"])),
        ("已有损伤", data["damage_out"] or "无", 3),
    ], columns=3))
    flow += [gap(1), signature_lines(sheet, ("经办人", "客户签字"), space=6 * 2.83), gap(1), section(sheet, "归还")]
    if returned:
        kept = (f"扣留 {fmt(data['deposit_kept'])}（{data['kept_reason']}）" if data["deposit_kept"] else "全额退还")
        pairs = [("归还时间", text(data["in_at"])), ("还车里程", _km(data["mileage_in"])),
                 ("行驶", _km(data["driven"])), ("还车油量", loaners.fuel_text(data["fuel_in"])), ("经办", data["in_by"]),
                 ("退还押金", fmt(data["deposit_refunded"])), ("押金处理", kept, 3),
                 ("新增损伤", data["damage_in"] or "无", 3)]
    else:
        pairs = [("归还时间", ""), ("还车里程", ""), ("还车油量", ""), ("新增损伤", "", 3), ("押金处理", "", 3)]
    flow += [info_grid(sheet, pairs, columns=3), gap(1), signature_lines(sheet, ("经办人", "客户签字"), space=6 * 2.83)]
    return flow


def sample(lines: int) -> Document:
    """A returned loan (layout checks; no database); `lines` repeats the damage notes."""
    out_at = dt.datetime(2026, 11, 24, 9, 30)
    data = {"number": "DJ20261124-0001", "status": "已还", "car_plate": "京AD0001", "car_model": "大众 朗逸",
            "car_colour": "白", "order_number": "WO20261124-0003", "order_plate": "京A12345", "customer": "王小明",
            "phone": "138****5678", "out_at": out_at, "out_by": "李顾问", "due_at": out_at + dt.timedelta(days=3),
            "mileage_out": 12050, "fuel_out": 6, "damage_out": "；".join(["左后门划痕"] * lines),
            "deposit": Decimal(2000), "deposit_method": PaymentMethod.WECHAT, "in_at": out_at + dt.timedelta(days=6),
            "in_by": "李顾问", "mileage_in": 12380, "fuel_in": 3, "damage_in": "；".join(["前保险杠擦伤"] * lines),
            "driven": 330, "deposit_refunded": Decimal(1700), "deposit_kept": Decimal(300), "kept_reason": "前保险杠擦伤修复费",
            "mobility": "备用车：京AD0001（DJ20261124-0001，2026-11-24 至 2026-11-30，共 6 日）"}
    return document(data, store={"name": "示例汽车销售服务有限公司"})


DOCUMENT = DocumentKind(kind="loaner-sheet", label="代步车交接单", paper="a5", render=render)
