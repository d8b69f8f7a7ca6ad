"""The figures the settlements and the work orders give: cars in (进厂台次) by job type and advisor,
revenue after discounts by kind and by payer, output per advisor and per team, hours sold, the cost
of the parts issued to the settled orders, and the same per day for the trend charts.

Revenue is counted the way the day-end sheet (日结) counts it, so a month is the sum of its days and a
closed period never changes afterwards: a settlement adds on its business day, and a reversal (冲销)
takes the same settlement off again on the day it was reversed. Each query weighs a settlement by
that sign (+1 made in the period, -1 reversed in it, 0 both).

Every figure here is read from the per-day summary (storage.plumbing.daily, table daily_figure), kept in the
same transaction as the writes that move it: a period of ten years sums a few thousand rows of it.
The summary gives exactly what the same questions asked of the raw rows give (tests/report_rows.py
keeps that computation; the tests compare both, and `check` compares the table with the raw rows).
"""
import datetime as dt
from decimal import Decimal

from storage.models import JOB_TYPES, Settlement, Team, User, WorkOrderLine
from storage.parts.reads import FLOW_KINDS
from storage.plumbing import daily
from storage.reports.periods import Period
from storage.rules.money import ZERO

LABOUR, PARTS, FEES = "工时", "材料", "其他"
HOURS_ZERO = WorkOrderLine.quantity.python_value(0)
NO_TEAM = "（未派工）"


def _names(model, ids) -> dict:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(model.select(model.id, model.display_name if model is User else model.name)
                .where(model.id << list(ids)).tuples())


def _money(value) -> Decimal:
    return Settlement.total.python_value(value)


def _hours(value) -> Decimal:
    return WorkOrderLine.quantity.python_value(value)


def cars_in(period: Period) -> dict:
    """进厂台次: work orders opened in the period (cancelled ones not counted), by job type and by
    advisor. Every job type is listed, a quiet one with 0."""
    rows = daily.summed("cars", period.start, period.end, by=("k1", "k2"))
    names = _names(User, (r[0] for r in rows))
    by_job = dict.fromkeys(JOB_TYPES, 0)
    by_advisor = {}
    for advisor_id, job_type, count, *_ in rows:
        count = int(count)  # SUM gives a Decimal on PostgreSQL
        if not count:  # every order of that advisor and job type then was cancelled
            continue
        by_job[job_type] = by_job.get(job_type, 0) + count
        entry = by_advisor.setdefault(advisor_id, {"advisor": names.get(advisor_id), "cars_in": 0})
        entry["cars_in"] += count
    total = sum(by_job.values())
    return {"total": total, "by_job": [{"job_type": k, "count": v} for k, v in by_job.items()],
            "by_advisor": by_advisor}


SETTLEMENT_SUMS = daily.SETTLEMENT_SUMS


def settled_by_advisor(period: Period) -> dict:
    """Settlement totals per advisor of the order (产值), net of reversals: {advisor_id: {...}}."""
    rows = daily.summed("settled", period.start, period.end, by=("k1",))
    names = _names(User, (r[0] for r in rows))
    result = {}
    for advisor_id, count, *values in rows:
        if not values[-1]:  # no settlement made or reversed in the period
            continue
        row = {"advisor": names.get(advisor_id), "count": int(count)}
        row.update({name: _money(value) for name, value in zip(SETTLEMENT_SUMS, values)})
        result[advisor_id] = row
    return result


def settled_lines(period: Period) -> dict:
    """Settled lines by kind (原价, 优惠, 实收, quantity) and the labour by the team that did it,
    net of reversals. Hours sold (售出工时) are the labour lines' quantity; `paid_hours` leave out the
    work on comebacks (返修), which earns the technicians no piece pay."""
    rows = daily.summed("lines", period.start, period.end, by=("k1", "k2"))
    names = _names(Team, (r[0] for r in rows))
    kinds = {kind: {"amount": ZERO, "discount": ZERO, "net": ZERO, "quantity": HOURS_ZERO} for kind in (LABOUR, PARTS, FEES)}
    teams = {}
    paid_hours = HOURS_ZERO
    for team_id, kind, _n, amount, discount, quantity, paid_quantity, *rest in rows:
        if not rest[-1]:  # no line made or reversed in the period
            continue
        amount, discount, quantity = _money(amount), _money(discount), _hours(quantity)
        entry = kinds.setdefault(kind, {"amount": ZERO, "discount": ZERO, "net": ZERO, "quantity": HOURS_ZERO})
        entry["amount"] += amount
        entry["discount"] += discount
        entry["net"] += amount - discount
        entry["quantity"] += quantity
        if kind == LABOUR:
            team_id = team_id or None
            team = teams.setdefault(team_id, {"team": names.get(team_id) or NO_TEAM, "hours": HOURS_ZERO, "labour": ZERO})
            team["hours"] += quantity
            team["labour"] += amount - discount
            paid_hours += _hours(paid_quantity)
    ordered = sorted(teams.values(), key=lambda t: (t["team"] == NO_TEAM, t["team"]))
    return {"kinds": kinds, "teams": ordered, "hours_sold": kinds[LABOUR]["quantity"], "paid_hours": paid_hours}


def parts_cost(period: Period):
    """What the parts issued to the settled orders cost (出库 less 退库, at the moving-average cost
    the ledger recorded), net of reversals: the cost side of the parts margin."""
    rows = daily.summed("cost", period.start, period.end, by=())
    return -_money(rows[0][1] if rows else 0)


def comebacks_and_delivered(period: Period) -> tuple[int, int]:
    """返修率's two counts: comebacks opened in the period (not cancelled), cars delivered in it."""
    cars = daily.summed("cars", period.start, period.end, by=())
    delivered = daily.summed("delivered", period.start, period.end, by=())
    return int(cars[0][1] if cars else 0), int(delivered[0][0] if delivered else 0)


def receivables_opened(period: Period) -> list[tuple]:
    """(debtor kind, debtor, count, amount) of the receivables opened with the period's settlements,
    net of reversals."""
    return [(kind, debtor, int(count), _money(amount))
            for kind, debtor, count, amount, *_ in daily.summed("opened", period.start, period.end, by=("k2", "k3"))
            if count or amount]


def daily_trend(period: Period) -> list[dict]:
    """Per day of the period: cars in, settlements and revenue (net of reversals); days without
    business are listed with zeros so a chart has every day."""
    cars = {daily.as_day(d): n for d, n, *_ in daily.summed("cars", period.start, period.end, by=("day",))}
    settled = {daily.as_day(d): (n, total) for d, n, total, *_ in
               daily.summed("settled", period.start, period.end, by=("day",))}
    days = []
    for offset in range(period.days):
        day = period.start + dt.timedelta(days=offset)
        count, total = settled.get(day, (0, 0))
        days.append({"day": day, "cars_in": int(cars.get(day, 0)), "settlements": int(count),
                     "revenue": _money(total)})
    return days


FLOW_TOTALS = ("received_value", "received_po_value", "issued_value", "returned_value", "used_value", "sent_back_value",
               "adjusted_value", "counted_value")


def flow_totals(period: Period) -> dict:
    """The warehouse's in and out over the period at cost (what the report's parts table shows), summed
    in SQL by movement kind: a handful of rows whatever the period's length."""
    totals = dict.fromkeys(FLOW_TOTALS, ZERO)
    totals.update({f"{name}_value": ZERO for name in FLOW_KINDS.values()})
    for kind, _documents, _quantity, value, po_value, *_ in daily.summed("flow", period.start, period.end, by=("k2",)):
        name = FLOW_KINDS[kind]
        totals[f"{name}_value"] += _money(value) * (-1 if name in ("issued", "sent_back") else 1)
        if name == "received":
            totals["received_po_value"] += _money(po_value)
    totals["used_value"] = totals["issued_value"] - totals["returned_value"]
    return {key: totals[key] for key in FLOW_TOTALS}
