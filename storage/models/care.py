"""Customer care (客服回访): follow-up calls, reminders, complaints, warranty claims and old parts."""
import peewee

from .base import BaseModel, MoneyField, VersionedModel, now
from .customers import Customer, Vehicle
from .people import User
from .workshop import WorkOrder, WorkOrderLine


class FollowUp(VersionedModel):
    LABEL = "回访"
    order = peewee.ForeignKeyField(WorkOrder, backref="follow_ups", on_delete="CASCADE")
    round = peewee.IntegerField(default=1)  # 1: 2-3 days after delivery, 2: about a week later
    due_on = peewee.DateField(index=True)
    status = peewee.CharField(max_length=6, default="待回访", index=True)  # 待回访 未接通 已回访 放弃
    attempts = peewee.IntegerField(default=0)
    high_value = peewee.BooleanField(default=False)
    answers = peewee.TextField(default="")  # JSON {question: score}
    satisfaction = peewee.IntegerField(null=True)  # 1..5
    remark = peewee.TextField(default="")
    called_by = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    called_at = peewee.DateTimeField(null=True)


class Reminder(BaseModel):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="reminders", on_delete="CASCADE")
    kind = peewee.CharField(max_length=8)  # 保养 保险到期 年审 预约
    due_on = peewee.DateField(index=True)
    due_km = peewee.IntegerField(null=True)
    stage = peewee.IntegerField(default=0)  # 0 none sent, 1 two weeks ahead, 2 near the date
    last_reminded_at = peewee.DateTimeField(null=True)
    done = peewee.BooleanField(default=False)


class Complaint(VersionedModel):
    LABEL = "投诉"
    number = peewee.CharField(max_length=20, unique=True)
    customer = peewee.ForeignKeyField(Customer, backref="complaints", on_delete="RESTRICT")
    vehicle = peewee.ForeignKeyField(Vehicle, null=True, backref="complaints", on_delete="SET NULL")
    order = peewee.ForeignKeyField(WorkOrder, null=True, on_delete="SET NULL")
    source = peewee.CharField(max_length=8, default="电话")  # 回访 电话 前台
    description = peewee.TextField()
    owner = peewee.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    received_at = peewee.DateTimeField(default=now)
    answer_due = peewee.DateTimeField()
    answer = peewee.TextField(default="")
    answered_at = peewee.DateTimeField(null=True)
    verdict = peewee.CharField(max_length=8, default="")  # 满意 基本满意 不满意
    status = peewee.CharField(max_length=6, default="处理中", index=True)  # 处理中 已答复 已关闭
    revisit_at = peewee.DateTimeField(null=True)


class WarrantyClaim(VersionedModel):
    LABEL = "索赔单"
    number = peewee.CharField(max_length=20, unique=True)
    line = peewee.ForeignKeyField(WorkOrderLine, backref="claims", on_delete="RESTRICT")
    old_part_number = peewee.CharField(max_length=24, default="")  # 旧件编号 on the tag
    status = peewee.CharField(max_length=6, default="待提交")  # 待提交 已提交 已批准 已拒绝 已回款
    amount = MoneyField()
    paid = MoneyField()
    submitted_at = peewee.DateTimeField(null=True)
    note = peewee.TextField(default="")
