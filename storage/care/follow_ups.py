"""跟踪服务 (follow-up calls, seed 001 and seed 003 客服代表): every delivered car gets two calls, the
first 2–3 days after delivery (72 h), the second about a week after the first. The care desk asks
the script's six questions (速度、价格、员工、质量、清洁、总体, scored 1–5), notes what the customer
said, and raises a complaint straight from a poor answer. A customer who does not answer is tried
again the next day, and given up after the set number of attempts. A call is recorded once.

Calls are planned by reception's hand-back (storage.reception.progress.deliver calls
schedule_after_delivery in the same transaction), so a delivered order always has them.
"""
import datetime as dt
import json

from peewee import JOIN, fn

from storage.care.common import TOPIC, setting_int, setting_money, today
from storage.care.complaints import raise_complaint
from storage.models import Customer, FollowUp, Settlement, User, Vehicle, VehicleModel, WorkOrder, now
from storage.plumbing import changes
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.plumbing.paging import check_limit, keyset_page
from storage.reception.search import matching_ids
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.numbering import PREFIXES
from storage.rules.privacy import phone_on_paper, phone_on_screen
from storage.rules.validation import clean_text, searchable
from storage.rules.vocabulary import FollowUpStatus, JobType

# The script (seed 003 售后信息员: 速度、价格、员工服务、维修质量与清洁、总体评价); the key is stored.
QUESTIONS = (
    ("速度", "接待、维修、结账的速度您满意吗？"),
    ("价格", "配件价格和工时费您觉得合理吗？"),
    ("员工", "接待时是否主动报价、完工后是否逐项讲解？对服务人员满意吗？"),
    ("质量", "维修质量怎么样？故障是否已经排除？"),
    ("清洁", "交车时车辆内外是否干净？"),
    ("总体", "对本次服务的总体评价？"),
)
QUESTION_KEYS = tuple(key for key, _ in QUESTIONS)
SCORES = {5: "非常满意", 4: "满意", 3: "一般", 2: "不满意", 1: "很不满意"}
POOR = 2  # an answer at or below this is a poor one: the window offers a complaint
OPEN = (FollowUpStatus.DUE, FollowUpStatus.NO_ANSWER)
ROUNDS = {1: "首次回访", 2: "二次回访"}
NO_CALL_JOBS = (JobType.INTERNAL,)  # the store's own cars: nobody to call

SEARCH_CANDIDATES = 200  # cars and customers a search looks at: the reception look-up's best matches


def schedule_after_delivery(user, order: WorkOrder) -> list[FollowUp]:
    """The two calls for a delivered order; call inside the hand-back's transaction. An internal
    order gets none; planning twice changes nothing."""
    if order.job_type in NO_CALL_JOBS or order.delivered_at is None:
        return []
    delivered = order.delivered_at.date()
    first = delivered + dt.timedelta(days=setting_int("care.first_call_days"))
    second = first + dt.timedelta(days=setting_int("care.second_call_days"))
    total = Settlement.select(Settlement.total).where(Settlement.live_order == order.id).scalar()
    amount = total if total is not None else order.estimate_total
    high = amount >= setting_money("care.high_value_amount")
    FollowUp.insert_many([
        {"order": order.id, "round": number, "due_on": due, "high_value": high, "updated_by": user.display_name}
        for number, due in ((1, first), (2, second))
    ]).on_conflict_ignore().execute()
    changes.notify(TOPIC)
    return list(FollowUp.select().where(FollowUp.order == order.id).order_by(FollowUp.round))


def _listing(query, mask):
    return _shown(list(_listing_query(query)), mask)


def _listing_query(query):
    return (
        query.select(
            FollowUp.id, FollowUp.version, FollowUp.round, FollowUp.due_on, FollowUp.status, FollowUp.attempts,
            FollowUp.high_value, FollowUp.answers, FollowUp.satisfaction, FollowUp.remark, FollowUp.called_at,
            WorkOrder.id.alias("order_id"), WorkOrder.number.alias("order_number"), WorkOrder.job_type,
            WorkOrder.delivered_at, WorkOrder.mileage, Vehicle.id.alias("vehicle_id"), Vehicle.plate,
            Vehicle.model_text, VehicleModel.brand, VehicleModel.name.alias("model_name"),
            Customer.id.alias("customer_id"), Customer.name.alias("customer"), Customer.phone,
            User.display_name.alias("advisor"), Settlement.total.alias("amount"),
        )
        .join(WorkOrder, on=(FollowUp.order == WorkOrder.id))
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .switch(WorkOrder)
        .join(Customer, on=(WorkOrder.customer == Customer.id))
        .switch(WorkOrder)
        .join(User, on=(WorkOrder.advisor == User.id))
        .switch(WorkOrder)
        .join(Settlement, JOIN.LEFT_OUTER, on=(Settlement.live_order == WorkOrder.id))
        .dicts()
    )


def _shown(rows: list[dict], mask) -> list[dict]:
    result = []
    for row in rows:
        brand, name = row.pop("brand"), row.pop("model_name")
        row["model"] = f"{brand} {name}" if brand else row.pop("model_text")
        row.pop("model_text", None)
        row["round_name"] = ROUNDS.get(row["round"], str(row["round"]))
        row["answers"] = json.loads(row["answers"]) if row["answers"] else {}
        row["phone"] = mask(row["phone"])
        result.append(row)
    return result


def _mask(user, paper: bool):
    """How phone numbers appear: on screen (phone.unmasked) or on paper and in files (phone.export)."""
    return (lambda phone: phone_on_paper(user, phone)) if paper else (lambda phone: phone_on_screen(user, phone))


def _of_cars_found(query, text: str):
    """Only the follow-ups of the cars and customers `text` finds, as the reception look-up reads it
    (any part of a plate, a phone's last digits, a name; or a work order number). Indexes only: the
    look-up's candidates become a list of orders, never LIKEs over the joined tables."""
    text = searchable(text).upper()
    if not text:
        return query
    if text.startswith(PREFIXES["work_order"]):
        orders = WorkOrder.select(WorkOrder.id).where(WorkOrder.number == text)
    else:
        cars, customers = matching_ids(text, SEARCH_CANDIDATES)
        if not cars and not customers:
            return query.where(FollowUp.id.is_null())  # nothing found: an empty list, said as such
        orders = WorkOrder.select(WorkOrder.id).where(WorkOrder.vehicle.in_(list(cars)) | WorkOrder.customer.in_(list(customers)))
    return query.where(FollowUp.order << orders)


def due_calls(user, *, as_of: dt.date | None = None, high_value_only: bool = False, text: str = "", after=None,
              limit: int = 50, paper: bool = False) -> tuple[list[dict], object]:
    """The calls to make: open ones due on or before `as_of` (today), the longest overdue first, each
    with its days overdue; `text` keeps those of the cars it finds (_of_cars_found). Keyset paging on
    (due date, id). `paper`: phones as a printed or exported list may carry them."""
    require(user, "archive.view")
    limit, as_of = check_limit(limit), as_of or today()
    query = _of_cars_found(FollowUp.select().where((FollowUp.status << OPEN) & (FollowUp.due_on <= as_of)), text)
    if high_value_only:
        query = query.where(FollowUp.high_value == True)  # noqa: E712
    found, after = keyset_page(_listing_query(query), [FollowUp.due_on, FollowUp.id], after, limit)
    rows = _shown(found, _mask(user, paper))
    for row in rows:
        row["overdue_days"] = (as_of - row["due_on"]).days
    return rows, after


def count_due(as_of: dt.date | None = None) -> dict:
    """How many calls are due and how many of them are overdue (the tab's title)."""
    as_of = as_of or today()
    due = FollowUp.select().where((FollowUp.status << OPEN) & (FollowUp.due_on <= as_of))
    return {"due": due.count(), "overdue": due.where(FollowUp.due_on < as_of).count()}


def call_log(user, *, date_from: dt.date, date_to: dt.date, text: str = "", after=None, limit: int = 100,
             paper: bool = False):
    """跟踪服务电话登记表: the calls made from `date_from` to `date_to` (the last attempt of each
    follow-up), in time order; `text` as in due_calls. Keyset paging on (call time, id)."""
    require(user, "archive.view")
    return log_page(date_from, date_to, text=text, after=after, limit=limit, mask=_mask(user, paper))


def _period(date_from: dt.date, date_to: dt.date):
    if date_to < date_from:
        raise ValidationError("结束日期不能早于开始日期。", field="date_to")
    return dt.datetime.combine(date_from, dt.time()), dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())


def log_page(date_from: dt.date, date_to: dt.date, *, text: str = "", after=None, limit: int = 100, mask=None):
    """call_log without the permission check, for the printed log (main.py print has no login):
    `mask(phone)` decides how numbers appear; by default every number is masked."""
    limit = check_limit(limit)
    mask = mask or (lambda phone: phone_on_paper(None, phone))
    start, end = _period(date_from, date_to)
    called_by = User.alias()
    query = _of_cars_found(FollowUp.select().where((FollowUp.called_at >= start) & (FollowUp.called_at < end)), text)
    found, after = keyset_page(_listing_query(query), [FollowUp.called_at, FollowUp.id], after, limit)
    rows = _shown(found, mask)
    if rows:
        names = dict(FollowUp.select(FollowUp.id, called_by.display_name)
                     .join(called_by, on=(FollowUp.called_by == called_by.id))
                     .where(FollowUp.id << [r["id"] for r in rows]).tuples())
        for row in rows:
            row["called_by"] = names.get(row["id"], "")
    return rows, after


def log_summary(date_from: dt.date, date_to: dt.date) -> dict:
    """The period's calls by result and the average overall satisfaction (one grouped query)."""
    start, end = _period(date_from, date_to)
    rows = (FollowUp.select(FollowUp.status, fn.COUNT(FollowUp.id), fn.SUM(FollowUp.satisfaction))
            .where((FollowUp.called_at >= start) & (FollowUp.called_at < end)).group_by(FollowUp.status).tuples())
    by_status = {status: (count, int(total or 0)) for status, count, total in rows}
    reached, points = by_status.get(FollowUpStatus.DONE, (0, 0))
    return {"calls": sum(count for count, _ in by_status.values()), "reached": reached,
            "unreachable": by_status.get(FollowUpStatus.NO_ANSWER, (0, 0))[0],
            "given_up": by_status.get(FollowUpStatus.GIVEN_UP, (0, 0))[0],
            "satisfaction": round(points / reached, 2) if reached else None}


def _open(user, follow_up_id: int, version: int) -> FollowUp:
    """The follow-up, locked, still to be called; a second recording of the same call is refused."""
    follow_up = locked(FollowUp, follow_up_id, "该回访")
    if follow_up.status not in OPEN:
        order = WorkOrder.get_by_id(follow_up.order_id)
        who = follow_up.updated_by or "其他用户"
        when = f"{follow_up.called_at:%m-%d %H:%M}" if follow_up.called_at else f"{follow_up.updated_at:%m-%d %H:%M}"
        raise ValidationError(
            f"工单 {order.number} 的{ROUNDS.get(follow_up.round, '回访')}已于 {when} 由 {who} 登记为“{follow_up.status}”，"
            f"不能重复登记。")
    check_version(follow_up, version)
    return follow_up


def record_no_answer(user, follow_up_id: int, version: int, *, note: str = "") -> FollowUp:
    """未接通: tried again tomorrow; after the set number of attempts the call is given up (放弃)."""
    require(user, "care.follow_up")
    note = clean_text(note, "备注", max_length=200, required=False, field="note")
    with transaction():
        follow_up = _open(user, follow_up_id, version)
        attempts = follow_up.attempts + 1
        give_up = attempts >= setting_int("care.max_call_attempts")
        values = {"attempts": attempts, "status": FollowUpStatus.GIVEN_UP if give_up else FollowUpStatus.NO_ANSWER,
                  "called_by": user.id,
                  "called_at": now(), "remark": note or f"第 {attempts} 次未接通"}
        if not give_up:
            values["due_on"] = today() + dt.timedelta(days=1)
        follow_up = save_versioned(user, follow_up, version, values, audit=False)
        changes.notify(TOPIC)
    return follow_up


def check_answers(answers: dict) -> dict:
    """Every question of the script scored 1–5, nothing else."""
    unknown = set(answers) - set(QUESTION_KEYS)
    if unknown:
        raise ValidationError(f"回访问卷中没有“{'、'.join(sorted(unknown))}”。", field="answers")
    clean = {}
    for key in QUESTION_KEYS:
        score = answers.get(key)
        if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
            raise ValidationError(f"请为“{key}”打分（1–5 分）。", field=key)
        clean[key] = score
    return clean


def poor_answers(answers: dict) -> list[str]:
    """The questions the customer scored poorly (at or below POOR)."""
    return [key for key in QUESTION_KEYS if answers.get(key, 5) <= POOR]


def complete_call(user, follow_up_id: int, version: int, *, answers: dict, remark: str = "",
                  complaint: str | None = None, complaint_category: str = "", complaint_owner_id: int | None = None):
    """已回访: the script's answers and what the customer said; `complaint` (its description) raises a
    complaint from this call in the same transaction. Returns (follow_up, complaint or None)."""
    require(user, "care.follow_up")
    answers = check_answers(answers)
    remark = clean_text(remark, "客户意见", max_length=500, required=False, field="remark")
    with transaction():
        follow_up = _open(user, follow_up_id, version)
        moment = now()
        follow_up = save_versioned(user, follow_up, version, {
            "status": FollowUpStatus.DONE, "answers": json.dumps(answers, ensure_ascii=False),
            "satisfaction": answers["总体"],
            "remark": remark, "attempts": follow_up.attempts + 1, "called_by": user.id, "called_at": moment,
        }, audit=False)
        if follow_up.round == 1:
            # "一周后的7天以内": the second call is a week after the first one as actually made.
            second = moment.date() + dt.timedelta(days=setting_int("care.second_call_days"))
            FollowUp.update(due_on=second).where(
                (FollowUp.order == follow_up.order_id) & (FollowUp.round == 2) & (FollowUp.status << OPEN)).execute()
        raised = None
        if complaint is not None:
            order = WorkOrder.get_by_id(follow_up.order_id)
            raised = raise_complaint(user, customer_id=order.customer_id, vehicle_id=order.vehicle_id,
                                     order_id=order.id, follow_up_id=follow_up.id, source="回访",
                                     description=complaint, category=complaint_category, owner_id=complaint_owner_id)
        changes.notify(TOPIC)
    return follow_up, raised


def get_follow_up(user, follow_up_id: int) -> dict:
    require(user, "archive.view")
    rows = _listing(FollowUp.select().where(FollowUp.id == follow_up_id), _mask(user, False))
    if not rows:
        raise NotFound("找不到该回访记录。")
    return rows[0]
