"""业务统计表: every figure of one period in one dict, as the manager's screen, the Excel export and
the printed daily, weekly and monthly forms show it (seed 001 item 17: cars by type and kind of
repair, revenue and what is still owed; seed 003: 进厂台次、营业额、毛利、毛利率、单台产值、工时收入、
配件收入、返修率、保险收入、保修收入、客户满意度).

A fixed number of grouped queries whatever the period's length, each over an indexed date column.
"""
import datetime as dt
from decimal import Decimal

from storage.models import now
from storage.reports import accounts, figures, quality
from storage.reports.figures import FEES, LABOUR, PARTS
from storage.reports.periods import Period
from storage.reports.quality import percent
from storage.rules.money import ZERO, money
from storage.rules.privacy import mask_phone
from storage.rules.vocabulary import Payer
from storage.workshop import piece_rate

PAYERS = (("customer_due", "客户自付"), ("insurer_due", Payer.INSURER), ("warranty_due", Payer.WARRANTY),
          ("internal_due", Payer.INTERNAL))
MONEY_ZERO = {name: ZERO for name in figures.SETTLEMENT_SUMS}


def per_advisor(cars: dict, settled: dict) -> list[dict]:
    advisors = {}
    for advisor_id, entry in cars["by_advisor"].items():
        advisors[advisor_id] = {"advisor": entry["advisor"], "cars_in": entry["cars_in"], "settlements": 0, **MONEY_ZERO}
    for advisor_id, row in settled.items():
        entry = advisors.setdefault(advisor_id, {"advisor": row["advisor"], "cars_in": 0, "settlements": 0, **MONEY_ZERO})
        entry["settlements"] = row["count"]
        for name in figures.SETTLEMENT_SUMS:
            entry[name] = row[name]
    for entry in advisors.values():
        entry["average"] = average(entry["total"], entry["settlements"])
    return sorted(advisors.values(), key=lambda e: (-e["total"], e["advisor"]))


def average(amount: Decimal, count: int) -> Decimal | None:
    """单车产值: revenue per settled car, to the fen; None without settlements."""
    if count <= 0:
        return None
    return (amount / count).quantize(Decimal("0.01"))


def statistics(period: Period, *, phone=mask_phone, moment: dt.datetime | None = None) -> dict:
    """The figures of `period` (storage.reports.periods). `phone(number)` renders the customers'
    numbers in the overdue complaints: masked by default (printed forms have no user); the
    manager's screen passes the role's own rule (storage.reports.report)."""
    moment = moment or now()
    cars = figures.cars_in(period)
    by_advisor = figures.settled_by_advisor(period)
    lines = figures.settled_lines(period)
    cost = figures.parts_cost(period)
    totals = dict(MONEY_ZERO)
    count = 0
    for row in by_advisor.values():
        count += row["count"]
        for name in figures.SETTLEMENT_SUMS:
            totals[name] += row[name]
    kinds = lines["kinds"]
    parts_net = kinds[PARTS]["net"]
    revenue = {
        "labour": kinds[LABOUR]["net"], "parts": parts_net, "fees": kinds[FEES]["net"], "total": totals["total"],
        "gross": totals["labour_total"] + totals["parts_total"] + totals["fees_total"],
        "discount": totals["discount_total"],
        "kinds": [{"kind": kind, "title": title, **kinds[kind]} for kind, title in
                  ((LABOUR, "工时费"), (PARTS, "材料费"), (FEES, "其他费用"))],
        "by_payer": [{"payer": label, "amount": totals[key]} for key, label in PAYERS],
        "settlements": count, "average_ticket": average(totals["total"], count),
    }
    parts_margin = parts_net - cost
    rate = piece_rate()
    # The technicians' piece pay for the hours sold, at the workshop's rate (计件单价) as set now;
    # the wage sheet itself counts by the day a line was finished (storage.workshop.wages).
    labour_cost = money(lines["paid_hours"] * rate)
    labour_margin = revenue["labour"] - labour_cost
    gross_margin = revenue["total"] - cost - labour_cost
    margin = {
        "parts_revenue": parts_net, "parts_cost": cost, "parts_margin": parts_margin,
        "parts_margin_percent": percent(parts_margin, parts_net) if parts_net > 0 else None,
        "labour_revenue": revenue["labour"], "piece_rate": rate, "paid_hours": lines["paid_hours"],
        "labour_cost": labour_cost, "labour_margin": labour_margin,
        "labour_margin_percent": percent(labour_margin, revenue["labour"]) if revenue["labour"] > 0 else None,
        "fees": revenue["fees"], "cost": cost + labour_cost,
        "gross_margin": gross_margin,
        "gross_margin_percent": percent(gross_margin, revenue["total"]) if revenue["total"] > 0 else None,
    }
    rework = quality.rework(period)
    return {
        "period": period, "generated_at": moment,
        "cars": {"in": cars["total"], "by_job": [dict(row, percent=percent(row["count"], cars["total"]))
                                                 for row in cars["by_job"]],
                 "delivered": rework["delivered"], "settled": count},
        "revenue": revenue, "margin": margin,
        "hours_sold": lines["hours_sold"],
        "advisors": per_advisor(cars, by_advisor),
        "teams": lines["teams"],
        "rework": rework,
        "satisfaction": quality.satisfaction(period),
        "complaints": quality.complaints(period, phone=phone, moment=moment),
        "receivables": accounts.receivables(period),
        "parts": {**accounts.parts(period), "sales": parts_net, "cost_of_sales": cost},
    }
