"""The dispatcher's figures (车间日报): cars in and out, lines finished per team, hours sold against
hours available and hours clocked (efficiency), labour hours per team and technician for the
piece-rate wage report (班组工时), and the QC rates (返工, 终检合格率). Reached through storage.workshop.
Every figure is aggregated in SQL over an indexed time range."""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from storage.models import Clocking, QualityCheck, Team, Technician, WorkOrder, WorkOrderLine, now, summed
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO
from storage.workshop.board import board_counts
from storage.workshop.common import LABOUR, NO_HOURS, day_range, hours_from_seconds, seconds_between, sql_time

MAX_DAYS = 370


def _ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole to two decimals (1.25 = 125 %), None when there is no whole."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _period(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime, int]:
    if end < start:
        raise ValidationError("结束日期不能早于开始日期。", field="end")
    days = (end - start).days + 1
    if days > MAX_DAYS:
        raise ValidationError(f"统计区间最长 {MAX_DAYS} 天。", field="end")
    return day_range(start)[0], day_range(end)[1], days


def labour_hours(user, start: dt.date, end: dt.date) -> dict:
    """班组工时 / 技师工时 for the days start..end (inclusive), from the labour lines finished then.

    sold_hours: the labour-time-table hours of those lines (工时定额), credited to the line's
    technician and team; labour_amount: what they were charged, after line discounts (the base of
    piece-rate pay); clocked_hours: time clocked on those same lines (efficiency = sold / clocked);
    attended_hours: all time clocked in the period; available_hours: hours per day × days."""
    require(user, "workshop.figures")
    t0, t1, days = _period(start, end)
    moment = min(now(), t1)
    finished = (WorkOrderLine.finished_at >= t0) & (WorkOrderLine.finished_at < t1) & (WorkOrderLine.kind == LABOUR)
    sold = list(
        WorkOrderLine.select(
            WorkOrderLine.team, WorkOrderLine.technician, fn.COUNT(WorkOrderLine.id),
            summed(WorkOrderLine.quantity, WorkOrderLine.quantity),
            summed(WorkOrderLine.amount - WorkOrderLine.discount, WorkOrderLine.amount),
        ).where(finished).group_by(WorkOrderLine.team, WorkOrderLine.technician).tuples()
    )
    on_lines = dict(
        Clocking.select(Clocking.technician, fn.SUM(seconds_between(Clocking.started_at, Clocking.ended_at)))
        .join(WorkOrderLine).where(finished & Clocking.ended_at.is_null(False))
        .group_by(Clocking.technician).tuples()
    )
    attended = dict(
        Clocking.select(Clocking.technician, fn.SUM(seconds_between(Clocking.started_at, fn.COALESCE(Clocking.ended_at, sql_time(moment)))))
        .where((Clocking.started_at >= t0) & (Clocking.started_at < t1))
        .group_by(Clocking.technician).tuples()
    )
    involved = {tid for _, tid, *_ in sold if tid} | set(on_lines) | set(attended)
    techs = list(
        Technician.select(Technician.id, Technician.name, Technician.team, Technician.hours_per_day, Technician.active,
                          Team.name.alias("team_name"))
        .join(Team)
        .where((Technician.active == True) | Technician.id.in_(list(involved) or [0]))  # noqa: E712
        .order_by(Team.name, Technician.name).objects()
    )
    team_names = dict(Team.select(Team.id, Team.name).tuples())
    per_tech = {t.id: {"id": t.id, "name": t.name, "team_id": t.team_id, "team": t.team_name, "lines": 0,
                       "sold_hours": NO_HOURS, "labour_amount": ZERO,
                       "available_hours": t.hours_per_day * days if t.active else NO_HOURS} for t in techs}
    per_team: dict[int, dict] = {}

    def team_row(team_id):
        return per_team.setdefault(team_id, {"id": team_id, "name": team_names.get(team_id, "（未分班组）"), "lines": 0,
                                             "sold_hours": NO_HOURS, "labour_amount": ZERO, "clocked_hours": NO_HOURS,
                                             "attended_hours": NO_HOURS, "available_hours": NO_HOURS})

    for team_id, tech_id, count, hours, amount in sold:
        for row in (team_row(team_id), per_tech.get(tech_id)):
            if row is not None:
                row["lines"] += count
                row["sold_hours"] += hours
                row["labour_amount"] += amount
    for row in per_tech.values():
        row["clocked_hours"] = hours_from_seconds(on_lines.get(row["id"]))
        row["attended_hours"] = hours_from_seconds(attended.get(row["id"]))
        row["efficiency"] = _ratio(row["sold_hours"], row["clocked_hours"])
        row["utilisation"] = _ratio(row["attended_hours"], row["available_hours"])
        team = team_row(row["team_id"])
        for key in ("clocked_hours", "attended_hours", "available_hours"):
            team[key] += row[key]
    for team in per_team.values():
        team["efficiency"] = _ratio(team["sold_hours"], team["clocked_hours"])
        team["sold_vs_available"] = _ratio(team["sold_hours"], team["available_hours"])
    teams = sorted(per_team.values(), key=lambda r: r["name"])
    total = {key: sum((t[key] for t in teams), NO_HOURS) for key in ("sold_hours", "clocked_hours", "attended_hours", "available_hours")}
    total["lines"] = sum(t["lines"] for t in teams)
    total["labour_amount"] = sum((t["labour_amount"] for t in teams), ZERO)
    total["efficiency"] = _ratio(total["sold_hours"], total["clocked_hours"])
    total["sold_vs_available"] = _ratio(total["sold_hours"], total["available_hours"])
    return {"start": start, "end": end, "days": days, "technicians": list(per_tech.values()), "teams": teams, "total": total}


def qc_rates(user, start: dt.date, end: dt.date) -> dict:
    """The inspector's monthly figures (seed 003 质检员: 返修率、终检合格率) for the days start..end:
    of the orders that passed QC then, how many had failed it at least once first (返工, internal
    rework) and how many passed at the first check (终检一次合格率). Cars that come back after
    delivery (返修 proper) are reception's figure: storage.reception.progress.rework_rate."""
    require(user, "workshop.figures")
    t0, t1, _ = _period(start, end)
    passed = QualityCheck.passed == True  # noqa: E712
    in_period = (QualityCheck.at >= t0) & (QualityCheck.at < t1)
    inspected = QualityCheck.select(fn.COUNT(QualityCheck.order.distinct())).where(passed & in_period).scalar() or 0
    failed_before = QualityCheck.select(QualityCheck.order).where(QualityCheck.passed == False)  # noqa: E712
    reworked = (
        QualityCheck.select(fn.COUNT(QualityCheck.order.distinct()))
        .where(passed & in_period & QualityCheck.order.in_(failed_before)).scalar() or 0
    )
    fails = QualityCheck.select().where((QualityCheck.passed == False) & in_period).count()  # noqa: E712
    return {
        "inspected": inspected, "reworked": reworked, "failed_checks": fails,
        "rework_percent": _percent(reworked, inspected), "first_pass_percent": _percent(inspected - reworked, inspected),
    }


def day_figures(user, day: dt.date | None = None) -> dict:
    """车间日报: the dispatcher's day."""
    require(user, "workshop.figures")
    day = day or now().date()
    start, end = day_range(day)

    def count(field):
        return WorkOrder.select().where((field >= start) & (field < end)).count()

    hours = labour_hours(user, day, day)
    checks = dict(
        QualityCheck.select(QualityCheck.passed, fn.COUNT(QualityCheck.id))
        .where((QualityCheck.at >= start) & (QualityCheck.at < end)).group_by(QualityCheck.passed).tuples()
    )
    return {
        "day": day,
        "cars_in": count(WorkOrder.handed_over_at),  # received into the workshop
        "cars_out": count(WorkOrder.qc_passed_at),  # passed QC, ready for the customer
        "delivered": count(WorkOrder.delivered_at),
        "in_workshop": board_counts(),
        "lines_finished": [{"team": t["name"], "lines": t["lines"], "sold_hours": t["sold_hours"]} for t in hours["teams"] if t["lines"]],
        "hours_sold": hours["total"]["sold_hours"],
        "hours_available": hours["total"]["available_hours"],
        "hours_clocked": hours["total"]["attended_hours"],
        "sold_vs_available": hours["total"]["sold_vs_available"],
        "efficiency": hours["total"]["efficiency"],
        "technicians": hours["technicians"],
        "teams": hours["teams"],
        "qc_passed": checks.get(True, 0),
        "qc_failed": checks.get(False, 0),
        "qc": qc_rates(user, day, day),
    }
