"""维修预约登记表 (seed 001 (12); 预约: 预约决定后，要填写"预约统计表"；要于当日内通知车间主管以利到时留出
工位; 预约时间临近时应提前半天或一天通知客户): the appointments of a day, a week, a month or a range of
days as a register — when booked, the customer and car, the time and bay, the work and the parts to
prepare with the deposit, who took it, whether the customer was reminded, and how it ended (the work
order it became, no-show, cancelled). Signed by the clerk, the workshop head (the bays are held)
and the department head.

NUMBER is the period (printing.registers); without it, the day of the newest booking. Phone numbers
are masked unless the printing user's role may take them out (phone.export)."""
import datetime as dt
from decimal import Decimal

from printing.base import Column, Document, gap, info_grid, items_table, section, signature_lines
from printing.registers import day_text, render_register
from printing.registry import DocumentKind
from storage.reception import appointments
from storage.rules.money import fmt
from storage.rules.vocabulary import AppointmentStatus, JobType

SIGNATURES = ("登记人", "车间主管（工位已留）", "业务主管审核")


def latest_number() -> str | None:
    return day_text(appointments.newest_day())


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_register(user, number, out, copies=copies, title=DOCUMENT.label, paper=DOCUMENT.paper, newest=appointments.newest_day(),
                    nothing="还没有任何预约，无法打印维修预约登记表。", read=appointments.register, story=story)


def _numbers(row) -> str:
    lines = [row["number"]]
    if row["booked_at"]:
        lines.append(f"登记 {row['booked_at']:%m-%d %H:%M}")
    if row["order_number"]:
        lines.append(row["order_number"])
    return "\n".join(lines)


def _work(row) -> str:
    return f"{row['job_type']}：{row['request']}" if row["request"] else row["job_type"]


def _parts(row) -> str:
    lines = []
    if row["parts_note"]:
        lines.append(row["parts_note"])
    if row["parts_value"]:
        lines.append(f"价值 {fmt(row['parts_value'])}")
    if row["deposit"]:
        lines.append(f"定金 {fmt(row['deposit'])}")
    return "\n".join(lines)


def story(sheet, data: dict, span: str) -> list:
    counts = data["counts"]
    flow = [info_grid(sheet, [
        ("登记期间", span), ("预约总数", f"{data['total']} 个"), ("已收定金", fmt(data["deposits"])),
        (AppointmentStatus.ARRIVED, f"{counts['已到店']} 个"), (AppointmentStatus.NO_SHOW, f"{counts['未到']} 个"),
        (AppointmentStatus.CANCELLED, f"{counts['已取消']} 个"),
        ("待到店", f"{counts['已预约']} 个"),
    ], columns=3)]
    flow.append(section(sheet, "预约登记（按预约时间）"))
    columns = [  # weights in millimetres of the A4 width (180 mm)
        Column("序", 6, "center"), Column("预约号 / 登记时间 / 工单", 30, "center"), Column("客户 / 电话", 22),
        Column("车牌 / 车型", 19), Column("预约时间", 20, "center"), Column("工位", 11, "center"),
        Column("维修内容", 20), Column("备件 / 定金", 25), Column("接待人", 14, "center"), Column("结果", 13, "center"),
    ]
    body = [[
        index, _numbers(r), f"{r['customer']}\n{r['phone']}", f"{r['plate']}\n{r['model'] or ''}",
        r["starts_at"].strftime("%m-%d\n%H:%M") + f"–{r['ends_at']:%H:%M}", r["bay"] or "—", _work(r), _parts(r),
        r["advisor"] or "",
        r["status"] + ("\n已提醒" if r["reminded_at"] and r["status"] == AppointmentStatus.BOOKED else ""),
    ] for index, r in enumerate(data["rows"], 1)]
    table = items_table(sheet, columns, body, empty="（本期间没有预约）")
    flow += [table, gap(6), signature_lines(sheet, SIGNATURES)]  # the pipeline keeps them together
    return flow


def sample(lines: int) -> Document:
    """The register with `lines` invented appointments (layout checks; no database)."""
    start = dt.datetime(2026, 11, 24, 8, 30)
    rows = [{
        "number": f"YY20261124-{i:04d}", "booked_at": start - dt.timedelta(days=2), "customer": "张三丰",
        "phone": "138****5678", "plate": f"京N{i:05d}", "model": "一汽-大众 迈腾 2.0T",
        "starts_at": start + dt.timedelta(minutes=30 * i), "ends_at": start + dt.timedelta(minutes=30 * i + 60),
        "bay": "3号工位", "job_type": JobType.MAINTENANCE, "request": "4万公里保养，检查前刹车片异响" * (1 + i % 2),
        "parts_note": "前刹车片 1 套", "parts_value": Decimal("420.00"), "deposit": Decimal("210.00"),
        "advisor": "李服务", "reminded_at": start if i % 2 else None,
        "status": (AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED, AppointmentStatus.BOOKED)[i % 4],
        "order_number": f"WO20261124-{i:04d}" if i % 4 == 1 else "",
    } for i in range(1, lines + 1)]
    counts = {s: sum(r["status"] == s for r in rows) for s in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED,
                                                               AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)}
    data = {"rows": rows, "counts": counts, "total": lines, "deposits": sum((r["deposit"] for r in rows), Decimal(0))}
    return Document(title=DOCUMENT.label, number="2026-11-24", number_label="登记期间", paper=DOCUMENT.paper, barcode=False,
                    store={"name": "示例汽车销售服务有限公司"}, story=lambda sheet: story(sheet, data, "2026-11-24"))


DOCUMENT = DocumentKind(kind="appointment-register", label="维修预约登记表", paper="a4", render=render)
