"""经理看板: the figures the manager's dashboard draws. The trend of cars in and revenue per day over
the last 30 days (or a chosen month), the mix of job types, each advisor's output, and a headline
row of today and of what is open now. A dozen small grouped queries on indexed dates: it opens in
well under a second on ten busy years."""
import datetime as dt

from peewee import Case, fn

from storage.cashier import aging
from storage.cashier.cards import liabilities as card_liabilities
from storage.models import Complaint, now
from storage.reports import figures
from storage.reports.periods import Period, between, day
from storage.reports.quality import OPEN_COMPLAINT, UNANSWERED
from storage.reports.statistics import average, per_advisor
from storage.rules.money import ZERO
from storage.workshop.board import board_counts

TREND_DAYS = 30


def last_days(today: dt.date, days: int = TREND_DAYS) -> Period:
    return between(today - dt.timedelta(days=days - 1), today)


def dashboard(period: Period | None = None, *, moment: dt.datetime | None = None) -> dict:
    """The dashboard of `period` (default: the last 30 days up to today)."""
    moment = moment or now()
    today = moment.date()
    period = period or last_days(today)
    trend = figures.daily_trend(period)
    cars = figures.cars_in(period)
    advisors = per_advisor(cars, figures.settled_by_advisor(period))
    today_row = next((row for row in trend if row["day"] == today), None) or figures.daily_trend(day(today))[0]
    settlements = sum(row["settlements"] for row in trend)
    revenue = sum((row["revenue"] for row in trend), ZERO)
    open_complaints, overdue = (
        Complaint.select(fn.COUNT(Complaint.id),
                         fn.COALESCE(fn.SUM(Case(None, [((Complaint.status == UNANSWERED) & (Complaint.answer_due < moment), 1)], 0)), 0))
        .where(Complaint.status << OPEN_COMPLAINT).tuples().get())
    return {
        "period": period,
        "trend": trend,
        "job_mix": [row for row in cars["by_job"] if row["count"]],
        "advisors": advisors,
        "headline": {
            "cars_in": cars["total"], "settlements": settlements, "revenue": revenue,
            "average_ticket": average(revenue, settlements),
            "today_cars_in": today_row["cars_in"], "today_revenue": today_row["revenue"],
            "in_workshop": sum(board_counts().values()),
            "open_complaints": open_complaints, "overdue_complaints": int(overdue),
            "receivables_outstanding": sum((row["outstanding"] for row in aging()), ZERO),
            "card_liabilities": card_liabilities(today),
        },
    }
