"""跟踪服务信函登记表 (seed 001 售后服务管理制度 (三) 8: 每次发出的跟踪服务信函包括通知、邀请函、答复函都要
登记入表，并归档保存; (六): the fourth of its four forms): the letters sent in a day, a week, a month or
a range — to whom, the kind (通知 / 邀请函 / 答复函), what about, how and where it went, who sent it,
and what came of it. Signed by the clerk and the department head (业务主管负责监督检查售后服务工作).

NUMBER is the period (printing.registers); without it, the day of the newest letter. Phone numbers
are masked unless the printing user's role may take them out (phone.export)."""
import datetime as dt

from printing.base import Column, Document, gap, info_grid, items_table, section, signature_lines
from printing.registers import day_text, render_register
from printing.registry import DocumentKind
from storage.care import letters

SIGNATURES = ("登记人", "业务主管审核", "日期")


def latest_number() -> str | None:
    return day_text(letters.newest_day())


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_register(user, number, out, copies=copies, title=DOCUMENT.label, paper=DOCUMENT.paper, newest=letters.newest_day(),
                    nothing="还没有登记任何信函，无法打印跟踪服务信函登记表。", read=letters.register, story=story)


def story(sheet, rows: list, span: str) -> list:
    by_kind = {kind: sum(r["kind"] == kind for r in rows) for kind in letters.KINDS}
    answered = sum(bool(r["result"]) for r in rows)
    flow = [info_grid(sheet, [
        ("登记期间", span), ("信函总数", f"{len(rows)} 封"), ("已有结果", f"{answered} 封"),
        *((kind, f"{count} 封") for kind, count in by_kind.items()),
    ], columns=3)]
    flow.append(section(sheet, "信函登记（类别：通知、邀请函、答复函）"))
    columns = [  # weights in millimetres of the A4 width (180 mm)
        Column("序", 7, "center"), Column("编号 / 寄出日期", 29, "center"), Column("收信客户 / 电话", 23),
        Column("车牌", 18, "center"), Column("类别", 12, "center"), Column("信函内容", 28),
        Column("寄送方式 / 地址", 24), Column("结果（客户反馈）", 27), Column("经办人", 12, "center"),
    ]
    body = [[
        index, f"{r['number']}\n{r['sent_on']:%Y-%m-%d}", f"{r['customer']}\n{r['phone']}", r["plate"] or "",
        r["kind"], r["subject"] + (f"\n（答复投诉 {r['complaint_number']}）" if r["complaint_number"] else ""),
        f"{r['method']}\n{r['address']}" if r["address"] else r["method"],
        (f"{r['result']}\n（{r['result_on']:%m-%d}）" if r["result_on"] else r["result"]) if r["result"] else "",
        r["sent_by"],
    ] for index, r in enumerate(rows, 1)]
    table = items_table(sheet, columns, body, empty="（本期间没有寄出信函）")
    flow += [table, gap(6), signature_lines(sheet, SIGNATURES)]  # the pipeline keeps them together
    return flow


def sample(lines: int) -> Document:
    """The log with `lines` invented letters (layout checks; no database)."""
    day = dt.date(2026, 11, 24)
    rows = [{
        "number": f"XH20261124-{i:04d}", "sent_on": day, "customer": "王小明", "phone": "139****1234",
        "plate": f"京N{i:05d}", "kind": letters.KINDS[i % 3], "subject": "冬季免费检测周邀请：12 月 1 日至 7 日到店免费检测" * (1 + i % 2),
        "complaint_number": f"TS20261120-{i:04d}" if i % 3 == 2 else "", "method": "邮寄",
        "address": "北京市朝阳区红旗路 88 号 3 单元 502", "result": "客户来电确认参加" if i % 2 else "",
        "result_on": day if i % 2 else None, "sent_by": "赵客服",
    } for i in range(1, lines + 1)]
    return Document(title=DOCUMENT.label, number="2026-11-24", number_label="登记期间", paper=DOCUMENT.paper, barcode=False,
                    store={"name": "示例汽车销售服务有限公司"}, story=lambda sheet: story(sheet, rows, "2026-11-24"))


DOCUMENT = DocumentKind(kind="letter-log", label="跟踪服务信函登记表", paper="a4", render=render)
