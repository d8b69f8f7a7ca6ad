"""跟踪服务信函 (seed 001 售后服务管理制度 (三) 6 and 8: 通知信函于两日内向客户寄出; 每次发出的跟踪服务信函
包括通知、邀请函、答复函都要登记入表, 并归档保存): every letter the care desk sends is recorded — to
whom, how and to which address, on which day, about what — and later what came of it. The register
of a period is printed as 跟踪服务信函登记表 (printing.letter_log).

API
    record_letter(user, *, customer_id, subject, kind, method, address="", sent_on=None, vehicle_id=None,
                  complaint_id=None, complaint_number="") -> FollowUpLetter
    record_result(user, letter_id, version, result) -> FollowUpLetter
    letters(user, *, date_from, date_to, after=None, limit=50) -> (rows, cursor)   the screen's list
Read (no user; printed forms mask phone numbers)
    register(date_from, date_to, *, mask) -> list[dict]   every letter of the period, in order sent
    newest_day() -> date | None
"""
import datetime as dt

from peewee import JOIN

from storage.care.common import TOPIC, today
from storage.models import Complaint, Customer, FollowUpLetter, User, Vehicle
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.plumbing.paging import check_limit, keyset_page
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.numbering import next_number
from storage.rules.privacy import phone_on_screen
from storage.rules.validation import clean_text

KINDS = ("通知", "邀请函", "答复函", "其他")
METHODS = ("邮寄", "电子邮件", "短信", "微信")
MAX_DAYS_BACK = 31  # a letter is recorded when it goes out; a month's grace for one entered late


def _sent_on(value) -> dt.date:
    day = value or today()
    if isinstance(day, dt.datetime):
        day = day.date()
    if not isinstance(day, dt.date):
        raise ValidationError("请填写寄出日期。", field="sent_on")
    if day > today():
        raise ValidationError("寄出日期不能晚于今天：信函寄出后再登记。", field="sent_on")
    if (today() - day).days > MAX_DAYS_BACK:
        raise ValidationError(f"寄出日期早于 {MAX_DAYS_BACK} 天前，请核对日期（信函应在寄出当日登记）。", field="sent_on")
    return day


def record_letter(user, *, customer_id: int, subject: str, kind: str, method: str, address: str = "",
                  sent_on: dt.date | None = None, vehicle_id: int | None = None,
                  complaint_id: int | None = None, complaint_number: str = "") -> FollowUpLetter:
    """Register a letter sent. An 答复函 names the complaint it answers (by id, or by the number the
    desk types; it must be the customer's own); a posted or e-mailed letter needs its address."""
    require(user, "care.follow_up")
    typed = (complaint_number or "").strip().upper()
    if complaint_id is None and typed:
        found = Complaint.get_or_none(Complaint.number == typed)
        if found is None:
            raise NotFound(f"找不到投诉单 {typed}。", field="complaint")
        complaint_id = found.id
    if kind not in KINDS:
        raise ValidationError(f"信函类别只能是：{'、'.join(KINDS)}。", field="kind")
    if method not in METHODS:
        raise ValidationError(f"寄送方式只能是：{'、'.join(METHODS)}。", field="method")
    subject = clean_text(subject, "信函内容", max_length=200, field="subject")
    address = clean_text(address, "寄送地址", max_length=200, required=method in ("邮寄", "电子邮件"), field="address")
    day = _sent_on(sent_on)
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id is not None else None
    if customer is None:
        raise ValidationError("请先选择收信的客户。", field="customer")
    if vehicle_id is not None:
        vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
        if vehicle is None:
            raise NotFound("找不到该车辆。")
        if vehicle.owner_id != customer.id:
            raise ValidationError(f"车辆 {vehicle.plate} 不属于该客户。", field="vehicle")
    if complaint_id is not None:
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise NotFound("找不到该投诉。")
        if complaint.customer_id != customer.id:
            raise ValidationError(f"投诉 {complaint.number} 不是该客户的投诉。", field="complaint")
    elif kind == "答复函":
        raise ValidationError("答复函须注明答复的是哪一条投诉。", field="complaint")
    with transaction():
        letter = FollowUpLetter.create(
            number=next_number("letter", day), customer=customer.id, vehicle=vehicle_id, complaint=complaint_id,
            kind=kind, subject=subject, method=method, address=address, sent_on=day, sent_by=user.id,
            updated_by=user.display_name,
        )
        record(user, "letter.record", letter, after={"customer": customer.name, "kind": kind, "subject": subject,
                                                      "method": method, "sent_on": day})
        changes.notify(TOPIC)
    return letter


def record_result(user, letter_id: int, version: int, result: str) -> FollowUpLetter:
    """What came of the letter (the customer came to the event, called back, no answer…)."""
    require(user, "care.follow_up")
    result = clean_text(result, "信函结果", max_length=500, field="result")
    with transaction():
        letter = locked(FollowUpLetter, letter_id, "该信函")
        check_version(letter, version)
        letter = save_versioned(user, letter, version, {"result": result, "result_on": today()},
                                action="letter.result")
        changes.notify(TOPIC)
    return letter


def _base():
    sender = User.alias()
    return (
        FollowUpLetter.select(
            FollowUpLetter.id, FollowUpLetter.version, FollowUpLetter.number, FollowUpLetter.kind,
            FollowUpLetter.subject, FollowUpLetter.method, FollowUpLetter.address, FollowUpLetter.sent_on,
            FollowUpLetter.result, FollowUpLetter.result_on, Customer.name.alias("customer"), Customer.phone,
            Vehicle.plate, Complaint.number.alias("complaint_number"), sender.display_name.alias("sent_by"),
        )
        .join(Customer, on=(FollowUpLetter.customer == Customer.id))
        .switch(FollowUpLetter)
        .join(Vehicle, JOIN.LEFT_OUTER, on=(FollowUpLetter.vehicle == Vehicle.id))
        .switch(FollowUpLetter)
        .join(Complaint, JOIN.LEFT_OUTER, on=(FollowUpLetter.complaint == Complaint.id))
        .switch(FollowUpLetter)
        .join(sender, on=(FollowUpLetter.sent_by == sender.id))
        .dicts()
    )


def _period(date_from: dt.date, date_to: dt.date):
    if date_to < date_from:
        raise ValidationError("结束日期不能早于开始日期。", field="date_to")
    return (FollowUpLetter.sent_on >= date_from) & (FollowUpLetter.sent_on <= date_to)


def letters(user, *, date_from: dt.date, date_to: dt.date, after=None, limit: int = 50):
    """The letters sent in the period, newest first, keyset pages on (sent_on, id)."""
    require(user, "archive.view")
    limit = check_limit(limit)
    rows, after = keyset_page(_base().where(_period(date_from, date_to)), [FollowUpLetter.sent_on, FollowUpLetter.id],
                              after, limit, descending=True)
    for row in rows:
        row["phone"] = phone_on_screen(user, row["phone"])
    return rows, after


def register(date_from: dt.date, date_to: dt.date, *, mask) -> list[dict]:
    """Every letter sent in the period, in the order sent; `mask(phone)` as for paper."""
    rows = list(_base().where(_period(date_from, date_to)).order_by(FollowUpLetter.sent_on, FollowUpLetter.id))
    for row in rows:
        row["phone"] = mask(row["phone"])
    return rows


def newest_day() -> dt.date | None:
    newest = FollowUpLetter.select(FollowUpLetter.sent_on).order_by(FollowUpLetter.sent_on.desc()).first()
    return newest.sent_on if newest else None
