"""Customer care (客服回访): follow-up calls, reminders, complaints, warranty claims and old parts.
The rules that use these tables are in storage/care/."""
import peewee

from storage.models.base import BaseModel, MoneyField, VersionedModel, now
from storage.models.customers import Customer, Vehicle
from storage.models.people import User
from storage.models.workshop import WorkOrder, WorkOrderLine
from storage.rules.vocabulary import ClaimStatus, ComplaintStatus, FollowUpStatus


class FollowUp(VersionedModel):
    """跟踪服务电话: one planned call about one delivered order (round 1 or 2)."""

    LABEL = "回访"
    order = peewee.ForeignKeyField(WorkOrder, backref="follow_ups", on_delete="CASCADE")
    round = peewee.IntegerField(default=1)  # 1: 2-3 days after delivery, 2: about a week later
    due_on = peewee.DateField(index=True)  # moves to the next day after an unanswered attempt
    status = peewee.CharField(max_length=6, default=FollowUpStatus.DUE, index=True)  # 待回访 未接通 已回访 放弃
    attempts = peewee.IntegerField(default=0)
    high_value = peewee.BooleanField(default=False)
    answers = peewee.TextField(default="")  # JSON {question: score 1..5}, the script of storage.care.follow_ups
    satisfaction = peewee.IntegerField(null=True)  # 1..5: the 总体 answer
    remark = peewee.TextField(default="")
    called_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    called_at = peewee.DateTimeField(null=True, index=True)  # the last attempt; the call log is by it

    class Meta:
        indexes = ((("order", "round"), True), (("status", "due_on"), False))


class Reminder(BaseModel):
    """A reminder the care desk owes or gave: 保养 (computed from the car's history), 保险到期 and 年审
    (dates on the vehicle), 流失 (a customer who stopped coming). `stage` counts the calls made for
    this due date: 1 two weeks ahead, 2 near the date."""

    vehicle = peewee.ForeignKeyField(Vehicle, backref="reminders", on_delete="CASCADE")
    kind = peewee.CharField(max_length=8)  # 保养 保险到期 年审 流失
    due_on = peewee.DateField(index=True)
    due_km = peewee.IntegerField(null=True)
    stage = peewee.IntegerField(default=0)  # 0 none sent, 1 two weeks ahead, 2 near the date
    last_reminded_at = peewee.DateTimeField(null=True)
    done = peewee.BooleanField(default=False)
    note = peewee.TextField(default="")  # what the customer said (a lost customer's reason)
    reminded_by = peewee.CharField(max_length=32, default="")

    class Meta:
        indexes = ((("kind", "done", "due_on"), False), (("vehicle", "kind", "due_on"), False))


class Complaint(VersionedModel):
    """投诉: received from a call, the phone or the desk; an owner answers by the deadline, the
    customer's verdict is recorded, and a re-visit after the resolution closes it."""

    LABEL = "投诉"
    number = peewee.CharField(max_length=20, unique=True)
    customer = peewee.ForeignKeyField(Customer, backref="complaints", on_delete="RESTRICT")
    vehicle = peewee.ForeignKeyField(Vehicle, null=True, backref="complaints", on_delete="SET NULL")
    order = peewee.ForeignKeyField(WorkOrder, null=True, on_delete="SET NULL")
    follow_up = peewee.ForeignKeyField(FollowUp, null=True, backref="complaints", on_delete="SET NULL")
    source = peewee.CharField(max_length=8, default="电话")  # 回访 电话 前台
    category = peewee.CharField(max_length=8, default="")  # 服务态度 维修质量 价格收费 交车时间 环境设施 其他
    description = peewee.TextField()
    owner = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    received_at = peewee.DateTimeField(default=now)
    answer_due = peewee.DateTimeField()
    answer = peewee.TextField(default="")
    answered_at = peewee.DateTimeField(null=True)
    answered_by = peewee.CharField(max_length=32, default="")
    verdict = peewee.CharField(max_length=8, default="")  # the customer on the answer: 满意 基本满意 不满意
    status = peewee.CharField(max_length=6, default=ComplaintStatus.OPEN, index=True)  # 处理中 已答复 已关闭
    revisit_due = peewee.DateField(null=True)  # the re-visit after the resolution (二次回访)
    revisit_at = peewee.DateTimeField(null=True)
    revisit_note = peewee.TextField(default="")
    revisit_verdict = peewee.CharField(max_length=8, default="")
    revisited_by = peewee.CharField(max_length=32, default="")
    # 快速处理表 (seed 003): why it happened and what the owner does about it, besides the answer.
    cause = peewee.TextField(default="")
    measures = peewee.TextField(default="")

    class Meta:
        indexes = ((("status", "answer_due"), False), (("received_at", "id"), False))


class WarrantyClaim(VersionedModel):
    """保修索赔单: one per warranty line (payer 厂家索赔). The failed part it replaced is kept in the
    old-parts store under a tag number (旧件编号) until the manufacturer asks for it."""

    LABEL = "索赔单"
    number = peewee.CharField(max_length=20, unique=True)
    line = peewee.ForeignKeyField(WorkOrderLine, backref="claims", on_delete="RESTRICT", unique=True)
    fault = peewee.CharField(max_length=200, default="")  # 故障描述 / 故障代码 as the manufacturer wants it
    old_part_number = peewee.CharField(max_length=24, default="")  # 旧件编号 on the tag
    old_part_status = peewee.CharField(max_length=4, default="")  # "" (none) 在库 已返厂 已报废
    old_part_moved_at = peewee.DateTimeField(null=True)
    status = peewee.CharField(max_length=6, default=ClaimStatus.TO_SUBMIT, index=True)  # 待提交 已提交 已批准 已拒绝 已回款
    amount = MoneyField()  # claimed: the line's amount less its discount
    approved_amount = MoneyField()
    paid = MoneyField()
    submitted_at = peewee.DateTimeField(null=True)
    approved_at = peewee.DateTimeField(null=True)
    paid_at = peewee.DateTimeField(null=True)
    reject_reason = peewee.TextField(default="")
    note = peewee.TextField(default="")
    opened_at = peewee.DateTimeField(null=True, index=True)

    class Meta:
        indexes = ((("old_part_status", "old_part_number"), False),)


class FollowUpLetter(VersionedModel):
    """跟踪服务信函 (seed 001: 每次发出的跟踪服务信函包括通知、邀请函、答复函都要登记入表): one letter sent
    to a customer — to whom, how and where, when, what about — and what came of it."""

    LABEL = "信函"
    number = peewee.CharField(max_length=20, unique=True)
    customer = peewee.ForeignKeyField(Customer, backref="letters", on_delete="RESTRICT")
    vehicle = peewee.ForeignKeyField(Vehicle, null=True, on_delete="SET NULL")
    complaint = peewee.ForeignKeyField(Complaint, null=True, backref="letters", on_delete="SET NULL")
    kind = peewee.CharField(max_length=8)  # 通知 邀请函 答复函 其他
    subject = peewee.CharField(max_length=200)
    method = peewee.CharField(max_length=8)  # 邮寄 电子邮件 短信 微信
    address = peewee.CharField(max_length=200, default="")
    sent_on = peewee.DateField(index=True)
    sent_by = peewee.ForeignKeyField(User, on_delete="RESTRICT")
    result = peewee.TextField(default="")  # what the customer answered or did
    result_on = peewee.DateField(null=True)
    created_at = peewee.DateTimeField(default=now)

    class Meta:
        indexes = ((("sent_on", "id"), False),)
