"""派工单: the job ticket the dispatcher hands to the team (seed 003: 车间调度员 issues it). One
section per team with its lines, technician and bay; the car, the customer's words, the promised
time and the hand-over (receiver, time to ten minutes); the parts the job needs.

NUMBER is the work order's number (the ticket carries it); without one, the order most recently
received into the workshop.
"""
from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, section, signature_lines, text
from printing.registry import DocumentKind
from storage.rules.errors import NotFound
from storage.workshop import job_ticket, latest_job_ticket_number


def latest_number() -> str | None:
    return latest_job_ticket_number()


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def render(user, number: str | None, out, copies: int = 1) -> None:
    number = (number or "").strip() or latest_number()
    if not number:
        raise NotFound("还没有已接车派工的工单，无法打印派工单。")
    data = job_ticket(number=number)
    doc = Document(title=DOCUMENT.label, number=data["number"], number_label="工单号", paper=DOCUMENT.paper,
                   story=lambda sheet: _story(sheet, data))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def _story(sheet, data: dict) -> list:
    km = f"{data['mileage']:,} km" if data["mileage"] else ""
    flow = [section(sheet, "车辆与工单"), info_grid(sheet, [
        ("车牌号", data["plate"]), ("车型", data["model"]), ("业务类型", data["job_type"]),
        ("车架号", data["vin"]), ("进厂里程", km), ("服务顾问", data["advisor"]),
        ("接车人", data["received_by"]), ("接车时间", _when(data["received_at"])), ("承诺交车", _when(data["promised_at"])),
        ("客户描述", data["customer_words"], 3), ("初步检查", data["findings"], 3),
    ], columns=3)]
    columns = [Column("序", 6, "center"), Column("维修项目", 52), Column("工时", 10, "right"), Column("技师", 16, "center"),
               Column("工位", 12, "center"), Column("派工时间", 22, "center"), Column("完工签字", 18, "center")]
    for team in data["teams"]:
        rows = [[i, line["description"] + ("（追加）" if line["added"] else ""), text(line["hours"]), line["technician"],
                 line["bay"], _when(line["dispatched_at"]), ""] for i, line in enumerate(team["lines"], 1)]
        hours = sum(line["hours"] for line in team["lines"])
        total = ["", "合计", text(hours), "", "", "", ""]
        flow += [section(sheet, f"班组：{team['team']}"), items_table(sheet, columns, rows, total=total)]
    parts = [[i, p["description"], text(p["quantity"]), text(p["issued"]) if p["issued"] else ""]
             for i, p in enumerate(data["parts"], 1)]
    flow += [section(sheet, "所需备件（已通知仓库备料）"),
             items_table(sheet, [Column("序", 6, "center"), Column("备件", 70), Column("数量", 14, "right"),
                                 Column("已领", 14, "right")], parts, empty="（本单无备件）")]
    flow += [gap(4), signature_lines(sheet, ("调度员", "班组长", "质检员"))]
    return flow


DOCUMENT = DocumentKind(kind="job-ticket", label="派工单", paper="a4", render=render)
