"""维修预约单: the appointment slip given to the customer — time, bay, advisor, the car, the work
asked for, the parts prepared and the deposit taken (at least half their price, seed 001).
NUMBER is the appointment number; without it, the newest appointment."""
from printing.base import Document, build_pdf, gap, info_grid, para, section, signature_lines
from printing.registry import DocumentKind
from storage.models import Appointment
from storage.reception import appointments
from storage.rules.errors import NotFound
from storage.rules.money import fmt


def latest_number() -> str | None:
    newest = Appointment.select(Appointment.number).order_by(Appointment.id.desc()).first()
    return newest.number if newest else None


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    typed = (number or "").strip().upper() or latest_number()
    if not typed:
        raise NotFound("还没有任何预约，无法打印预约单。")
    appointment = Appointment.get_or_none(Appointment.number == typed)
    if appointment is None:
        raise NotFound(f"找不到预约“{typed}”。")
    slip = appointments.appointment_slip(appointment.id)
    doc = Document(title=DOCUMENT.label, number=slip["number"], number_label="预约号", paper=DOCUMENT.paper, qr=slip["number"],
                   story=lambda sheet: _story(sheet, slip))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _story(sheet, slip: dict) -> list:
    starts, ends = slip["starts_at"], slip["ends_at"]
    deposit = fmt(slip["deposit"]) if slip["deposit"] else "未收"
    flow = [section(sheet, "预约信息"), info_grid(sheet, [
        ("预约时间", f"{starts:%Y-%m-%d %H:%M}–{ends:%H:%M}"), ("状态", slip["status"]),
        ("工位", slip["bay"] or "到店安排"), ("服务顾问", slip["advisor"] or "到店安排"),
        ("客户", slip["customer"]), ("联系电话", slip["phone"]),
        ("车牌号", slip["plate"]), ("车型", slip["model"]),
        ("业务类型", slip["job_type"]), ("登记时间", f"{slip['created_at']:%Y-%m-%d %H:%M}"),
    ], columns=2)]
    # The request as text under the grid: a long one flows on to the next page line by line.
    flow += [section(sheet, "预约内容"), para(slip["request"] or "（到店后确定）", sheet.styles.body)]
    if slip["parts_note"] or slip["parts_value"]:
        flow += [section(sheet, "预订备件与定金"), info_grid(sheet, [
            ("需准备备件", slip["parts_note"] or "", 2), ("备件金额", fmt(slip["parts_value"])),
            ("最低定金", fmt(slip["minimum_deposit"])), ("已收定金", deposit),
        ], columns=2)]
    flow += [gap(2), para(slip["remark"], slip_style(sheet)), gap(4), signature_lines(sheet, ("客户签字", "服务顾问"))]
    return flow


def slip_style(sheet):
    return sheet.styles.body


DOCUMENT = DocumentKind(kind="appointment", label="维修预约单", paper="a5", render=render)
