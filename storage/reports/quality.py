"""What the customers say and how often the work comes back: the rework rate (返修率, reception's own
figure), the follow-up calls' satisfaction (回访满意度) and the complaints (投诉) received, still open,
and past their answer deadline, with the overdue ones listed for the manager to chase."""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from peewee import JOIN, fn

from storage.models import Complaint, Customer, User, now
from storage.plumbing import daily
from storage.reception.progress import rate_of
from storage.reports.figures import comebacks_and_delivered
from storage.reports.periods import Period
from storage.rules.privacy import mask_phone
from storage.rules.vocabulary import ComplaintStatus, FollowUpStatus

REACHED = FollowUpStatus.DONE
SATISFIED_FROM = 4  # 4 and 5 of the five-point scale count as satisfied (满意率)
OPEN_COMPLAINT = (ComplaintStatus.OPEN, ComplaintStatus.ANSWERED)
UNANSWERED = ComplaintStatus.OPEN
OVERDUE_LISTED = 50


def percent(part, whole) -> Decimal | None:
    """part / whole as a percentage to one decimal; None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def rework(period: Period) -> dict:
    """返修率 as reception counts it (storage.reception.progress.rework_rate): comebacks opened in the
    period against cars delivered in it, from the per-day summary."""
    comebacks, delivered = comebacks_and_delivered(period)
    return {"comebacks": comebacks, "delivered": delivered, "rate_percent": rate_of(comebacks, delivered)}


def satisfaction(period: Period) -> dict:
    """The follow-up calls last made in the period (by the time of the call): how many, how many
    reached the customer, the scores given (1-5), the average and the share satisfied (4 or 5)."""
    rows = daily.summed("calls", period.start, period.end, by=("k2", "k3"))  # the per-day summary
    calls, reached, scores = 0, 0, dict.fromkeys(range(1, 6), 0)
    for status, score, count, *_ in rows:
        score, count = int(score) if score else None, int(count)
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


def complaints(period: Period, *, phone=mask_phone, moment: dt.datetime | None = None) -> dict:
    """Complaints received in the period by source and by where they stand now; the customers'
    verdicts on those closed; and, whenever received, how many are open now and how many are past
    their answer deadline without an answer (the first OVERDUE_LISTED of them listed, oldest first,
    each customer's number as `phone(number)` renders it)."""
    moment = moment or now()
    start, end = period.bounds()
    received = list(Complaint.select(Complaint.source, Complaint.status, Complaint.verdict, fn.COUNT(Complaint.id))
                    .where((Complaint.received_at >= start) & (Complaint.received_at < end))
                    .group_by(Complaint.source, Complaint.status, Complaint.verdict).tuples())
    by_source, by_status, verdicts = {}, {}, {}
    for source, status, verdict, count in received:
        by_source[source] = by_source.get(source, 0) + count
        by_status[status] = by_status.get(status, 0) + count
        if verdict:
            verdicts[verdict] = verdicts.get(verdict, 0) + count
    overdue = (Complaint.status == UNANSWERED) & (Complaint.answer_due < moment)
    open_now = Complaint.select().where(Complaint.status << OPEN_COMPLAINT).count()
    owner = User.alias("owner")
    listed = (Complaint.select(Complaint.number, Complaint.received_at, Complaint.answer_due, Complaint.source,
                               Complaint.description, Customer.name.alias("customer"), Customer.phone,
                               owner.display_name.alias("owner"))
              .join(Customer, on=(Complaint.customer == Customer.id))
              .switch(Complaint).join(owner, JOIN.LEFT_OUTER, on=(Complaint.owner == owner.id))
              .where(overdue).order_by(Complaint.answer_due, Complaint.id).limit(OVERDUE_LISTED).dicts())
    overdue_list = []
    for row in listed:
        row["phone"] = phone(row["phone"])
        row["owner"] = row["owner"] or ""
        row["hours_late"] = int((moment - row["answer_due"]).total_seconds() // 3600)
        overdue_list.append(row)
    overdue_now = len(overdue_list)
    if overdue_now == OVERDUE_LISTED:
        overdue_now = Complaint.select().where(overdue).count()
    return {"received": sum(by_source.values()), "by_source": by_source, "by_status": by_status, "verdicts": verdicts,
            "open": open_now, "overdue": overdue_now, "overdue_list": overdue_list}
