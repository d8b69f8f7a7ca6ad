"""投诉 (seed 001 客户的咨询解答与投诉处理; seed 003 客服代表, 快速处理表): a complaint comes from a
follow-up call, the phone or the front desk; it gets an owner and an answer deadline (a setting,
48 hours by default: 不能当时答复的…两日内). The answer and the customer's verdict on it are recorded;
a re-visit some days after the resolution (处理后二次回访) closes it. A complaint without an answer,
or whose answer the customer rejected, cannot be closed. Open complaints show on the car's archive
at reception (storage.reception.search.lookup)."""
import datetime as dt

from peewee import JOIN

from storage.care.common import TOPIC, setting_int, today
from storage.models import Complaint, Customer, FollowUp, User, Vehicle, WorkOrder, now
from storage.plumbing import changes
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.plumbing.paging import check_limit, keyset_page
from storage.rules.auth import PERMISSIONS, may, require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.numbering import next_number
from storage.rules.privacy import phone_on_screen
from storage.rules.validation import clean_text, normalize_phone, normalize_plate, searchable
from storage.rules.vocabulary import ComplaintStatus

SOURCES = ("回访", "电话", "前台")
CATEGORIES = ("服务态度", "维修质量", "价格收费", "交车时间", "环境设施", "其他")
VERDICTS = ("满意", "基本满意", "不满意")
STATES = (ComplaintStatus.OPEN, ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED)
VIEWS = ("open", "overdue", "revisit", "closed", "all")


def owners() -> list[dict]:
    """Who may own a complaint: active users whose role handles complaints."""
    query = User.select(User.id, User.display_name, User.role).where(
        User.active & (User.role << PERMISSIONS["care.complaint"])).order_by(User.role, User.display_name)
    return [{"id": u.id, "name": u.display_name, "role": u.role} for u in query]


def _owner(owner_id, default: User) -> User:
    if owner_id is None:
        return default
    owner = User.get_or_none(User.id == owner_id)
    if owner is None or not may(owner, "care.complaint"):
        raise ValidationError("负责人须是在职的客服专员、服务顾问或服务经理。", field="owner")
    return owner


def raise_complaint(user, *, customer_id: int | None = None, description: str, source: str, vehicle_id: int | None = None,
                    order_id: int | None = None, follow_up_id: int | None = None, category: str = "",
                    owner_id: int | None = None, received_at: dt.datetime | None = None) -> Complaint:
    """Record a complaint. The customer and car come from the order when one is named."""
    require(user, "care.complaint")
    description = clean_text(description, "投诉内容", max_length=1000, field="description")
    if source not in SOURCES:
        raise ValidationError(f"投诉来源只能是：{'、'.join(SOURCES)}。", field="source")
    category = category or ""  # no category chosen (the window may hand None)
    if category and category not in CATEGORIES:
        raise ValidationError(f"投诉类别只能是：{'、'.join(CATEGORIES)}。", field="category")
    moment = now()
    received_at = (received_at or moment).replace(microsecond=0)
    if received_at > moment:
        raise ValidationError("受理时间不能晚于现在。", field="received_at")
    order = None
    if order_id is not None:
        order = WorkOrder.get_or_none(WorkOrder.id == order_id)
        if order is None:
            raise NotFound("找不到该工单。")
        customer_id = customer_id or order.customer_id
        vehicle_id = vehicle_id or order.vehicle_id
    if customer_id is None or Customer.get_or_none(Customer.id == customer_id) is None:
        raise ValidationError("请先选择投诉的客户。", field="customer")
    if vehicle_id is not None:
        vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
        if vehicle is None:
            raise NotFound("找不到该车辆。")
        if order is None and vehicle.owner_id != customer_id:
            raise ValidationError(f"车辆 {vehicle.plate} 不属于该客户。", field="vehicle")
    if follow_up_id is not None and FollowUp.get_or_none(FollowUp.id == follow_up_id) is None:
        raise NotFound("找不到该回访记录。")
    owner = _owner(owner_id, user)
    with transaction():
        complaint = Complaint.create(
            number=next_number("complaint", received_at.date()), customer=customer_id, vehicle=vehicle_id,
            order=order.id if order else None, follow_up=follow_up_id, source=source, category=category,
            description=description, owner=owner.id, received_at=received_at,
            answer_due=received_at + dt.timedelta(hours=setting_int("care.complaint_answer_hours")),
            updated_by=user.display_name,
        )
        changes.notify(TOPIC)
    return complaint


def _complaint(complaint_id: int, version: int) -> Complaint:
    complaint = locked(Complaint, complaint_id, "该投诉")
    check_version(complaint, version)
    if complaint.status == ComplaintStatus.CLOSED:
        raise ValidationError(f"投诉 {complaint.number} 已于 {complaint.revisit_at:%m-%d %H:%M} 关闭，不能再修改。")
    return complaint


def assign(user, complaint_id: int, version: int, owner_id: int) -> Complaint:
    """Hand the complaint to another owner (the manager for an important one)."""
    require(user, "care.complaint")
    owner = _owner(owner_id, user)
    with transaction():
        complaint = _complaint(complaint_id, version)
        complaint = save_versioned(user, complaint, version, {"owner": owner.id}, action="complaint.assign")
        changes.notify(TOPIC)
    return complaint


def answer(user, complaint_id: int, version: int, *, text: str, verdict: str) -> Complaint:
    """The answer given to the customer and their verdict on it. Satisfied (or nearly): 已答复, and the
    re-visit is planned; not satisfied: the complaint stays 处理中 for a better answer."""
    require(user, "care.complaint")
    text = clean_text(text, "答复内容", max_length=1000, field="answer")
    if verdict not in VERDICTS:
        raise ValidationError(f"请选择客户对答复的意见：{'、'.join(VERDICTS)}。", field="verdict")
    with transaction():
        complaint = _complaint(complaint_id, version)
        resolved = verdict != "不满意"
        revisit = today() + dt.timedelta(days=setting_int("care.complaint_revisit_days")) if resolved else None
        complaint = save_versioned(user, complaint, version, {
            "answer": text, "verdict": verdict, "answered_at": now(), "answered_by": user.display_name,
            "status": ComplaintStatus.ANSWERED if resolved else ComplaintStatus.OPEN, "revisit_due": revisit,
        }, action="complaint.answer")
        changes.notify(TOPIC)
    return complaint


def close(user, complaint_id: int, version: int, *, note: str, verdict: str) -> Complaint:
    """The re-visit after the resolution: what the customer said now; closes the complaint. Refused
    when there is no answer yet, when the customer rejected it, or when they are still unhappy."""
    require(user, "care.complaint")
    note = clean_text(note, "回访情况", max_length=500, field="note")
    if verdict not in VERDICTS:
        raise ValidationError(f"请选择客户回访时的意见：{'、'.join(VERDICTS)}。", field="verdict")
    with transaction():
        complaint = _complaint(complaint_id, version)
        if not complaint.answer.strip():
            raise ValidationError(f"投诉 {complaint.number} 还没有答复客户，不能关闭：请先登记答复内容和客户意见。",
                                  field="answer")
        if complaint.status == ComplaintStatus.OPEN:
            raise ValidationError(f"客户对投诉 {complaint.number} 的答复不满意，请重新答复，客户认可后再回访关闭。",
                                  field="answer")
        if verdict == "不满意":
            raise ValidationError("回访时客户仍不满意，投诉不能关闭：请重新答复（或转交服务经理）后再回访。", field="verdict")
        complaint = save_versioned(user, complaint, version, {
            "status": ComplaintStatus.CLOSED, "revisit_at": now(), "revisit_note": note, "revisit_verdict": verdict,
            "revisited_by": user.display_name,
        }, action="complaint.close")
        changes.notify(TOPIC)
    return complaint


def _base():
    owner = User.alias()
    return (
        Complaint.select(
            Complaint.id, Complaint.version, Complaint.number, Complaint.source, Complaint.category,
            Complaint.description, Complaint.received_at, Complaint.answer_due, Complaint.answer,
            Complaint.answered_at, Complaint.answered_by, Complaint.verdict, Complaint.status, Complaint.revisit_due,
            Complaint.revisit_at, Complaint.revisit_note, Complaint.revisit_verdict, Complaint.cause, Complaint.measures,
            Complaint.order.alias("order_id"),
            Complaint.follow_up.alias("follow_up_id"), Customer.id.alias("customer_id"),
            Customer.name.alias("customer"), Customer.phone, Vehicle.plate, WorkOrder.number.alias("order_number"),
            owner.display_name.alias("owner"), owner.id.alias("owner_id"),
        )
        .join(Customer, on=(Complaint.customer == Customer.id))
        .switch(Complaint)
        .join(Vehicle, JOIN.LEFT_OUTER, on=(Complaint.vehicle == Vehicle.id))
        .switch(Complaint)
        .join(WorkOrder, JOIN.LEFT_OUTER, on=(Complaint.order == WorkOrder.id))
        .switch(Complaint)
        .join(owner, JOIN.LEFT_OUTER, on=(Complaint.owner == owner.id))
        .dicts()
    )


def _rows(user, query) -> list[dict]:
    moment = now()
    rows = list(query)
    for row in rows:
        row["phone"] = phone_on_screen(user, row["phone"])
        row["overdue"] = row["status"] == ComplaintStatus.OPEN and row["answer_due"] < moment
    return rows


def complaints(user, *, view: str = "open", text: str | None = None, after=None, limit: int = 50):
    """The complaints list, newest first: open (not closed), overdue (not answered by the deadline),
    revisit (answered, re-visit due), closed, or all; `text` is a number, plate or name prefix.
    Keyset paging on (received time, id)."""
    require(user, "archive.view")
    if view not in VIEWS:
        raise ValueError(f"unknown complaints view {view!r}")
    limit = check_limit(limit)
    query = _base()
    moment = now()
    if view == "open":
        query = query.where(Complaint.status != ComplaintStatus.CLOSED)
    elif view == "overdue":
        query = query.where((Complaint.status == ComplaintStatus.OPEN) & (Complaint.answer_due < moment))
    elif view == "revisit":
        query = query.where((Complaint.status == ComplaintStatus.ANSWERED) & (Complaint.revisit_due <= today()))
    elif view == "closed":
        query = query.where(Complaint.status == ComplaintStatus.CLOSED)
    text = searchable(text).upper()
    if text:
        query = query.where(Complaint.number.startswith(text) | Vehicle.plate.startswith(text)
                            | Customer.name.startswith(text))
    found, after = keyset_page(query, [Complaint.received_at, Complaint.id], after, limit, descending=True)
    return _rows(user, found), after


def get(user, complaint_id: int) -> dict:
    require(user, "archive.view")
    rows = _rows(user, _base().where(Complaint.id == complaint_id))
    if not rows:
        raise NotFound("找不到该投诉。")
    return rows[0]


def counts() -> dict:
    """Open, overdue and re-visit-due complaints (the tab's title)."""
    moment = now()
    open_ = Complaint.select().where(Complaint.status != ComplaintStatus.CLOSED)
    return {"open": open_.count(),
            "overdue": open_.where((Complaint.status == ComplaintStatus.OPEN) & (Complaint.answer_due < moment)).count(),
            
            "revisit": open_.where((Complaint.status == ComplaintStatus.ANSWERED) & (Complaint.revisit_due <= today())).count()}


def received_by_phone(date_from: dt.date, date_to: dt.date, *, mask) -> list[dict]:
    """Complaints the customers phoned in during the period (they belong in the call log too, seed
    001: 包括客户打入本公司的咨询电话或投诉电话), in time order; `mask(phone)` as for paper."""
    start = dt.datetime.combine(date_from, dt.time())
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
    rows = list(_base().where((Complaint.source == "电话") & (Complaint.received_at >= start) & (Complaint.received_at < end))
                .order_by(Complaint.received_at, Complaint.id))
    for row in rows:
        row["phone"] = mask(row["phone"])
    return rows


def find_complainant(user, text: str) -> dict:
    """Who is complaining, as the desk types it: an order number, a plate or a phone number. Returns
    customer_id, vehicle_id, order_id (the car's latest order for a plate) and how to show them."""
    require(user, "archive.view")

    typed = searchable(text).upper()
    if not typed:
        raise ValidationError("请输入车牌号、手机号或工单号。", field="find")
    order = WorkOrder.get_or_none(WorkOrder.number == typed)
    vehicle = customer = None
    if order is not None:
        vehicle, customer = Vehicle.get_by_id(order.vehicle_id), Customer.get_by_id(order.customer_id)
    else:
        try:
            vehicle = Vehicle.get_or_none(Vehicle.plate == normalize_plate(typed))
        except ValidationError:
            vehicle = None
        if vehicle is not None:
            customer = Customer.get_by_id(vehicle.owner_id)
            order = (WorkOrder.select().where(WorkOrder.vehicle == vehicle.id)
                     .order_by(WorkOrder.opened_at.desc(), WorkOrder.id.desc()).first())
        else:
            try:
                phone = normalize_phone(typed)
            except ValidationError:
                phone = None
            customer = (Customer.select().where(Customer.phone == phone).order_by(Customer.id.desc()).first()
                        if phone else None)
            if customer is not None:
                vehicle = Vehicle.select().where(Vehicle.owner == customer.id).order_by(Vehicle.id).first()
    if customer is None:
        raise NotFound(f"找不到“{text.strip()}”：请输入车牌号、手机号或工单号。", field="find")
    return {"customer_id": customer.id, "vehicle_id": vehicle.id if vehicle else None,
            "order_id": order.id if order else None, "customer": customer.name,
            "phone": phone_on_screen(user, customer.phone), "plate": vehicle.plate if vehicle else "",
            "order_number": order.number if order else ""}


def record_handling(user, complaint_id: int, version: int, *, cause: str, measures: str) -> Complaint:
    """快速处理表 (seed 003: 有问题的客户填写《快速处理表》…负责人签字确定解决问题的时间): why it happened
    and what the owner does about it, by the complaint's answer deadline. Both are needed."""
    require(user, "care.complaint")
    cause = clean_text(cause, "原因分析", max_length=1000, field="cause")
    measures = clean_text(measures, "处理措施", max_length=1000, field="measures")
    with transaction():
        complaint = _complaint(complaint_id, version)
        complaint = save_versioned(user, complaint, version, {"cause": cause, "measures": measures},
                                   action="complaint.handling")
        changes.notify(TOPIC)
    return complaint


def quick_handling(number: str, *, mask) -> dict:
    """One complaint as the 快速处理表 prints it (no user: `mask(phone)` as for paper)."""
    typed = searchable(number).upper()
    rows = list(_base().where(Complaint.number == typed))
    if not rows:
        raise NotFound(f"找不到投诉单 {typed}。")
    row = rows[0]
    row["phone"] = mask(row["phone"])
    row["overdue"] = row["status"] == ComplaintStatus.OPEN and row["answer_due"] < now()
    return row


def newest_number() -> str | None:
    newest = Complaint.select(Complaint.number).order_by(Complaint.received_at.desc(), Complaint.id.desc()).first()
    return newest.number if newest else None
