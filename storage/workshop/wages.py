"""计件工资: the technicians' piece-rate wages for a period, and its Excel sheet for the wage office.
Reached through storage.workshop.

The rule (the store's; seeds 002/003 pay the workshop by output and hold the technician who did a
job responsible when it has to be redone):
- 计件工时: the labour-time-table hours (工时定额) of the labour lines finished in the period,
  credited to the line's technician (and team). Hours, not the amount charged: a discount given
  at the counter does not cut the technician's pay.
- 计件工资 = 计件工时 × the store's piece rate (setting `workshop.piece_rate`, 元 per hour sold).
- 返修 (a car back for the same fault after delivery, storage.reception.checkin.open_comeback):
  the work on the comeback earns no piece pay (it is the store's own redo, 返修不计工时), and when
  the comeback is opened, the hours of the original order's labour lines are taken back (返修扣回)
  from the technicians who did them. The store cannot tell which line failed, so every finished
  labour line of the original counts.
- Lines dispatched to a team without a technician stay with the team (未指定技师) for the team
  leader to share out.
Money is Decimal, rounded half-up to the fen once per technician; everything is aggregated in SQL
over indexed time ranges (finished lines by finished_at, comebacks by opened_at).
"""
import datetime as dt
from decimal import Decimal

from peewee import Case, fn

from storage.models import Team, Technician, Vehicle, WorkOrder, WorkOrderLine, summed
from storage.plumbing.files import atomic_writer
from storage.rules import settings
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO, money, parse_decimal
from storage.rules.vocabulary import JobType, LineStatus, OrderStatus
from storage.workshop.common import LABOUR, NO_HOURS
from storage.workshop.day_report import _period

RATE_KEY = "workshop.piece_rate"
COMEBACK = JobType.COMEBACK
NO_TECHNICIAN = "（未指定技师）"
MAX_RATE = Decimal("10000")


def piece_rate() -> Decimal:
    return money(settings.get(RATE_KEY))


def set_piece_rate(user, rate) -> Decimal:
    """The manager sets the piece rate (元 per hour sold); audited as a setting change."""
    require(user, "workshop.wage_rate")
    value = parse_decimal(rate, label="计件单价", field="rate", what="金额")
    if value <= 0 or value >= MAX_RATE:
        raise ValidationError(f"计件单价必须大于 0 且小于 {MAX_RATE:,.0f} 元/工时。", field="rate")
    value = money(value, field="计件单价")
    settings.put(user, RATE_KEY, str(value), check_permission=False)
    return value


def piece_wages(user, start: dt.date, end: dt.date) -> dict:
    """计件工资 for the days start..end (inclusive): per technician, per team, the total, and the
    comebacks that took hours back. Two queries and the technicians' names."""
    require(user, "workshop.wages")
    t0, t1, days = _period(start, end)
    rate = piece_rate()
    comeback = WorkOrder.job_type == COMEBACK
    hours = WorkOrderLine.quantity
    sold = (
        WorkOrderLine.select(
            WorkOrderLine.team, WorkOrderLine.technician,
            fn.SUM(Case(None, [(comeback, 0)], 1)),
            summed(Case(None, [(comeback, 0)], hours), hours),
            fn.SUM(Case(None, [(comeback, 1)], 0)),
            summed(Case(None, [(comeback, hours)], 0), hours),
        )
        .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
        .where((WorkOrderLine.finished_at >= t0) & (WorkOrderLine.finished_at < t1) & (WorkOrderLine.kind == LABOUR)
               & (WorkOrderLine.status != LineStatus.CANCELLED) & (WorkOrder.status != OrderStatus.CANCELLED))
        .group_by(WorkOrderLine.team, WorkOrderLine.technician)
        .tuples()
    )
    original = WorkOrder.alias()
    taken_back = (
        WorkOrder.select(
            WorkOrder.id, WorkOrder.number, WorkOrder.opened_at, original.number, Vehicle.plate,
            WorkOrderLine.team, WorkOrderLine.technician, fn.COUNT(WorkOrderLine.id), summed(hours, hours),
        )
        .join(original, on=(WorkOrder.comeback_of == original.id))
        .join(WorkOrderLine, on=(WorkOrderLine.order == original.id))
        .switch(WorkOrder).join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .where((WorkOrder.opened_at >= t0) & (WorkOrder.opened_at < t1) & WorkOrder.comeback_of.is_null(False)
               & (WorkOrder.status != OrderStatus.CANCELLED) & (WorkOrderLine.kind == LABOUR) & (WorkOrderLine.status == LineStatus.DONE))
        .group_by(WorkOrder.id, WorkOrder.number, WorkOrder.opened_at, original.number, Vehicle.plate,
                  WorkOrderLine.team, WorkOrderLine.technician)
        .order_by(WorkOrder.opened_at, WorkOrder.id)
        .tuples()
    )
    sold, taken_back = list(sold), list(taken_back)
    return _report(start, end, days, rate, sold, taken_back)


def _report(start, end, days, rate, sold, taken_back) -> dict:
    involved = {row[1] for row in sold if row[1]} | {row[6] for row in taken_back if row[6]}
    techs = (
        Technician.select(Technician.id, Technician.name, Technician.grade, Technician.active, Team.id, Team.name)
        .join(Team)
        .where((Technician.active == True) | Technician.id.in_(list(involved) or [0]))  # noqa: E712
        .order_by(Team.name, Technician.name)
        .tuples()
    )
    team_names = dict(Team.select(Team.id, Team.name).tuples())
    people: dict = {}  # technician id, or ("team", team id) for lines without a technician

    def person(tech_id, team_id):
        key = tech_id if tech_id else ("team", team_id)
        if key not in people:
            people[key] = _blank(id=None, name=NO_TECHNICIAN, grade="", active=True, team_id=team_id,
                                 team=team_names.get(team_id, "（未分班组）"))
        return people[key]

    for tech_id, name, grade, active, team_id, team_name in techs:
        people[tech_id] = _blank(id=tech_id, name=name, grade=grade, active=active, team_id=team_id, team=team_name)
    teams: dict = {}

    def team(team_id):
        if team_id not in teams:
            teams[team_id] = _blank(id=team_id, name=team_names.get(team_id, "（未分班组）"))
        return teams[team_id]

    for team_id, tech_id, lines, paid, comeback_lines, comeback_hours in sold:
        lines, comeback_lines = int(lines), int(comeback_lines)  # PostgreSQL sums integers as numeric
        for row in (person(tech_id, team_id), team(team_id)):
            row["lines"] += lines
            row["hours"] += paid
            row["comeback_lines"] += comeback_lines
            row["comeback_hours"] += comeback_hours
    comebacks = []
    for _cid, number, opened_at, original, plate, team_id, tech_id, lines, hours in taken_back:
        owner = person(tech_id, team_id)
        for row in (owner, team(team_id)):
            row["deducted_hours"] += hours
        owner["comebacks"].add(number)
        team(team_id)["comebacks"].add(number)
        comebacks.append({"number": number, "opened_at": opened_at, "original": original, "plate": plate,
                          "technician": owner["name"], "team": owner["team"], "lines": lines, "hours": hours,
                          "deduction": money(hours * rate)})
    total = _blank(name="合计")
    for row in list(people.values()) + list(teams.values()):
        _pay(row, rate)
    for row in teams.values():
        for key in ("lines", "hours", "comeback_lines", "comeback_hours", "deducted_hours", "pay", "deduction", "net"):
            total[key] += row[key]
        total["comebacks"] |= row["comebacks"]
    for row in [*people.values(), *teams.values(), total]:
        row["comebacks"] = len(row["comebacks"])
    technicians = sorted(people.values(), key=lambda r: (r["team"], r["id"] is None, r["name"]))
    return {"start": start, "end": end, "days": days, "rate": rate, "technicians": technicians,
            "teams": sorted(teams.values(), key=lambda r: r["name"]), "comebacks": comebacks, "total": total}


def _blank(**fields) -> dict:
    return {"lines": 0, "hours": NO_HOURS, "comeback_lines": 0, "comeback_hours": NO_HOURS, "comebacks": set(),
            "deducted_hours": NO_HOURS, "pay": ZERO, "deduction": ZERO, "net": ZERO, **fields}


def _pay(row: dict, rate: Decimal) -> None:
    row["pay"] = money(row["hours"] * rate)
    row["deduction"] = money(row["deducted_hours"] * rate)
    row["net"] = row["pay"] - row["deduction"]


# ---------------------------------------------------------------------------------- Excel

TECHNICIAN_COLUMNS = (("班组", "team"), ("技师", "name"), ("等级", "grade"), ("完工项目", "lines"),
                      ("计件工时", "hours"), ("计件工资", "pay"), ("返修项目（不计件）", "comeback_lines"),
                      ("返修工时（不计件）", "comeback_hours"), ("返修次数", "comebacks"), ("扣回工时", "deducted_hours"),
                      ("返修扣款", "deduction"), ("应发计件工资", "net"))
TEAM_COLUMNS = (("班组", "name"), ("完工项目", "lines"), ("计件工时", "hours"), ("计件工资", "pay"),
                ("返修工时（不计件）", "comeback_hours"), ("返修次数", "comebacks"), ("扣回工时", "deducted_hours"),
                ("返修扣款", "deduction"), ("应发计件工资", "net"))
COMEBACK_COLUMNS = (("返修工单", "number"), ("开单时间", "opened_at"), ("原工单", "original"), ("车牌", "plate"),
                    ("班组", "team"), ("技师", "technician"), ("原工单项目", "lines"), ("扣回工时", "hours"),
                    ("扣款", "deduction"))


def export_wages_xlsx(report: dict, path) -> str:
    """The wage report as an Excel workbook: technicians, teams, and the comebacks taken back.
    Hours and money are written as numbers (the wage office adds them up), with their formats."""
    # lazy: openpyxl adds about 200 ms to the program's start (measured with the start-up set loaded)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    bold = Font(bold=True)
    book = Workbook()
    title = f"计件工资 {report['start']:%Y-%m-%d} 至 {report['end']:%Y-%m-%d}　计件单价 {report['rate']:.2f} 元/工时"
    sheets = (("计件工资", TECHNICIAN_COLUMNS, report["technicians"], report["total"]),
              ("班组汇总", TEAM_COLUMNS, report["teams"], report["total"]),
              ("返修扣回", COMEBACK_COLUMNS, report["comebacks"], None))
    for index, (name, columns, rows, total) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = name
        sheet.append([title])
        sheet["A1"].font = bold
        sheet.append([heading for heading, _ in columns])
        for cell in sheet[2]:
            cell.font = bold
        for row in rows:
            sheet.append([_cell(row.get(key)) for _, key in columns])
        if total is not None:
            sheet.append([_cell(total.get(key)) if key not in ("team", "name", "grade") else "" for _, key in columns])
            sheet.cell(row=sheet.max_row, column=1, value="合计")
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        for number, (heading, key) in enumerate(columns, 1):
            money_column = key in ("pay", "deduction", "net")
            for cells in sheet.iter_rows(min_row=3, min_col=number, max_col=number):
                if isinstance(cells[0].value, (int, Decimal)):
                    cells[0].number_format = "#,##0.00" if money_column or "hours" in key else "0"
            sheet.column_dimensions[sheet.cell(row=2, column=number).column_letter].width = max(10, 2 * len(heading) + 2)
    with atomic_writer(path) as handle:
        book.save(handle)
    return str(path)


def _cell(value):
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return value  # Decimal goes in as the exact number it is (openpyxl writes it without float)


__all__ = ["COMEBACK", "RATE_KEY", "export_wages_xlsx", "piece_rate", "piece_wages", "set_piece_rate"]
