"""The report figures as storage.reports.figures computed them before issue 21 (straight from the raw rows),
kept as the reference the per-day summary (storage.plumbing.daily) is compared with.

The figures the settlements and the work orders give: cars in (进厂台次) by job type and advisor,
revenue after discounts by kind and by payer, output per advisor and per team, hours sold, the cost
of the parts issued to the settled orders, and the same per day for the trend charts.

Revenue is counted the way the day-end sheet (日结) counts it, so a month is the sum of its days and a
closed period never changes afterwards: a settlement adds on its business day, and a reversal (冲销)
takes the same settlement off again on the day it was reversed. Each query weighs a settlement by
that sign (+1 made in the period, -1 reversed in it, 0 both) in one pass over the business-day and
reversal indexes.
"""
import datetime as dt

import peewee
from peewee import fn

from storage.models import (
    JOB_TYPES, Settlement, SettlementLine, StockMovement, Team, User, WorkOrder, WorkOrderLine, summed,
)
from storage.reports.periods import Period
from storage.rules.money import ZERO

LABOUR, PARTS, FEES = "工时", "材料", "其他"
COMEBACK = "返修"
ISSUES = ("出库", "退库")  # the movements that carry a settled order's parts cost
HOURS_ZERO = WorkOrderLine.quantity.python_value(0)
NO_TEAM = "（未派工）"


def as_day(value) -> dt.date:
    """DATE(...) comes back as text on SQLite and as a date on PostgreSQL."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _made(period: Period):
    return (Settlement.business_day >= period.start) & (Settlement.business_day <= period.end)


def _reversed(period: Period):
    start, end = period.bounds()
    return (Settlement.reversed_at >= start) & (Settlement.reversed_at < end)


def sign(period: Period):
    """+1 for a settlement made in the period, -1 for one reversed in it (0 when both)."""
    return peewee.Case(None, [(_made(period), 1)], 0) - peewee.Case(None, [(_reversed(period), 1)], 0)


def counted(period: Period):
    """The settlements a period's money figures look at (made or reversed in it)."""
    return _made(period) | _reversed(period)


def _signed(period: Period, column, field):
    return summed(sign(period) * column, field)


def cars_in(period: Period) -> dict:
    """进厂台次: work orders opened in the period (cancelled ones not counted), by job type and by
    advisor, in one grouped query. Every job type is listed, a quiet one with 0."""
    start, end = period.bounds()
    rows = (WorkOrder.select(WorkOrder.job_type, WorkOrder.advisor, User.display_name, fn.COUNT(WorkOrder.id))
            .join(User, on=(WorkOrder.advisor == User.id))
            .where((WorkOrder.opened_at >= start) & (WorkOrder.opened_at < end) & (WorkOrder.status != "已取消"))
            .group_by(WorkOrder.job_type, WorkOrder.advisor, User.display_name).tuples())
    by_job = dict.fromkeys(JOB_TYPES, 0)
    by_advisor = {}
    for job_type, advisor_id, name, count in rows:
        by_job[job_type] = by_job.get(job_type, 0) + count
        entry = by_advisor.setdefault(advisor_id, {"advisor": name, "cars_in": 0})
        entry["cars_in"] += count
    total = sum(by_job.values())
    return {"total": total, "by_job": [{"job_type": k, "count": v} for k, v in by_job.items()],
            "by_advisor": by_advisor}


SETTLEMENT_SUMS = ("total", "labour_total", "parts_total", "fees_total", "discount_total",
                   "customer_due", "insurer_due", "warranty_due", "internal_due")


def settled_by_advisor(period: Period) -> dict:
    """Settlement totals per advisor of the order (产值), net of reversals: {advisor_id: {...}}."""
    s = Settlement
    columns = [_signed(period, getattr(s, name), s.total).alias(name) for name in SETTLEMENT_SUMS]
    rows = (s.select(WorkOrder.advisor.alias("advisor_id"), User.display_name.alias("advisor"),
                     fn.SUM(sign(period)).alias("count"), *columns)
            .join(WorkOrder, on=(s.order == WorkOrder.id))
            .join(User, on=(WorkOrder.advisor == User.id))
            .where(counted(period))
            .group_by(WorkOrder.advisor, User.display_name).dicts())
    result = {}
    for row in rows:
        row["count"] = int(row["count"] or 0)
        result[row.pop("advisor_id")] = row
    return result


def settled_lines(period: Period) -> dict:
    """Settled lines by kind (原价, 优惠, 实收, quantity) and the labour by the team that did it,
    net of reversals, in one query. Hours sold (售出工时) are the labour lines' quantity; `paid_hours`
    leave out the work on comebacks (返修), which earns the technicians no piece pay."""
    line = SettlementLine
    team_line = WorkOrderLine.alias("team_line")
    paid = peewee.Case(None, [(WorkOrder.job_type == COMEBACK, 0)], sign(period) * line.quantity)
    rows = (line.select(line.kind, team_line.team, Team.name,
                        _signed(period, line.amount, line.amount), _signed(period, line.discount, line.amount),
                        summed(sign(period) * line.quantity, line.quantity), summed(paid, line.quantity))
            .join(Settlement, on=(line.settlement == Settlement.id))
            .join(WorkOrder, on=(Settlement.order == WorkOrder.id))
            .switch(line)
            .join(team_line, peewee.JOIN.LEFT_OUTER, on=((line.order_line == team_line.id) & (line.kind == LABOUR)))
            .join(Team, peewee.JOIN.LEFT_OUTER, on=(team_line.team == Team.id))
            .where(counted(period))
            .group_by(line.kind, team_line.team, Team.name).tuples())
    kinds = {kind: {"amount": ZERO, "discount": ZERO, "net": ZERO, "quantity": HOURS_ZERO} for kind in (LABOUR, PARTS, FEES)}
    teams = {}
    paid_hours = HOURS_ZERO
    for kind, team_id, team_name, amount, discount, quantity, paid_quantity in rows:
        entry = kinds.setdefault(kind, {"amount": ZERO, "discount": ZERO, "net": ZERO, "quantity": HOURS_ZERO})
        entry["amount"] += amount
        entry["discount"] += discount
        entry["net"] += amount - discount
        entry["quantity"] += quantity
        if kind == LABOUR:
            team = teams.setdefault(team_id, {"team": team_name or NO_TEAM, "hours": HOURS_ZERO, "labour": ZERO})
            team["hours"] += quantity
            team["labour"] += amount - discount
            paid_hours += paid_quantity
    ordered = sorted(teams.values(), key=lambda t: (t["team"] == NO_TEAM, t["team"]))
    return {"kinds": kinds, "teams": ordered, "hours_sold": kinds[LABOUR]["quantity"], "paid_hours": paid_hours}


def parts_cost(period: Period):
    """What the parts issued to the settled orders cost (出库 less 退库, at the moving-average cost
    the ledger recorded), net of reversals: the cost side of the parts margin."""
    value = (StockMovement.select(_signed(period, StockMovement.value, StockMovement.value))
             .join(Settlement, on=(StockMovement.order == Settlement.order))
             .where(counted(period) & (StockMovement.kind << ISSUES)).scalar())
    return -(value or ZERO)


def daily_trend(period: Period) -> list[dict]:
    """Per day of the period: cars in, settlements and revenue (net of reversals). Three grouped
    queries; days without business are listed with zeros so a chart has every day."""
    start, end = period.bounds()
    opened = fn.DATE(WorkOrder.opened_at)
    cars = {as_day(d): n for d, n in
            WorkOrder.select(opened, fn.COUNT(WorkOrder.id))
            .where((WorkOrder.opened_at >= start) & (WorkOrder.opened_at < end) & (WorkOrder.status != "已取消"))
            .group_by(opened).tuples()}
    made = {as_day(d): (n, t) for d, n, t in
            Settlement.select(Settlement.business_day, fn.COUNT(Settlement.id), summed(Settlement.total, Settlement.total))
            .where(_made(period)).group_by(Settlement.business_day).tuples()}
    undone_day = fn.DATE(Settlement.reversed_at)
    undone = {as_day(d): (n, t) for d, n, t in
              Settlement.select(undone_day, fn.COUNT(Settlement.id), summed(Settlement.total, Settlement.total))
              .where(_reversed(period)).group_by(undone_day).tuples()}
    days = []
    for offset in range(period.days):
        day = period.start + dt.timedelta(days=offset)
        count, total = made.get(day, (0, ZERO))
        back_count, back_total = undone.get(day, (0, ZERO))
        days.append({"day": day, "cars_in": cars.get(day, 0), "settlements": count - back_count,
                     "revenue": total - back_total})
    return days


def receivables_opened(period: Period) -> list[tuple]:
    """(debtor kind, debtor, count, amount) of the receivables opened with the period's settlements,
    net of reversals (storage.reports.accounts before issue 21)."""
    from storage.models import Receivable

    return [(kind, debtor, int(count or 0), amount) for kind, debtor, count, amount in
            Receivable.select(Receivable.debtor_kind, Receivable.debtor, fn.SUM(sign(period)),
                              summed(sign(period) * Receivable.amount, Receivable.amount))
            .join(Settlement, on=(Receivable.settlement == Settlement.id))
            .where(counted(period))
            .group_by(Receivable.debtor_kind, Receivable.debtor).tuples()]


def satisfaction(period: Period) -> dict:
    """storage.reports.quality.satisfaction before issue 21: the follow-up calls from their rows."""
    from decimal import ROUND_HALF_UP, Decimal

    from storage.models import FollowUp
    from storage.reports.quality import REACHED, SATISFIED_FROM, percent

    start, end = period.bounds()
    rows = (FollowUp.select(FollowUp.status, FollowUp.satisfaction, fn.COUNT(FollowUp.id))
            .where((FollowUp.called_at >= start) & (FollowUp.called_at < end))
            .group_by(FollowUp.status, FollowUp.satisfaction).tuples())
    calls, reached, scores = 0, 0, dict.fromkeys(range(1, 6), 0)
    for status, score, count in rows:
        calls += count
        if status == REACHED:
            reached += count
            if score in scores:
                scores[score] += count
    scored = sum(scores.values())
    average = (Decimal(sum(s * n for s, n in scores.items())) / scored).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) \
        if scored else None
    satisfied = sum(n for s, n in scores.items() if s >= SATISFIED_FROM)
    return {"calls": calls, "reached": reached, "reached_percent": percent(reached, calls), "scored": scored,
            "scores": scores, "average": average, "satisfied": satisfied, "satisfied_percent": percent(satisfied, scored)}


def flow_totals(period: Period) -> dict:
    """storage.reports.accounts.parts' flow figures before issue 21: the parts flow per day, added up."""
    from storage.parts.reads import parts_flow
    from storage.reports.figures import FLOW_TOTALS

    flow = parts_flow(period.start, period.end)
    return {key: sum((day[key] for day in flow), ZERO) for key in FLOW_TOTALS}
