"""会员余额: what each member still had on their card on the day the store leaves the old system.
Each row becomes one 期初 movement of the member-balance ledger (storage.cashier.members), so the
balance is the sum of its movements from day one and the till spends it as usual. The customer must
be in the archive already (import customers first: their kind has ORDER 10, this one 50)."""
from storage.cashier import members
from storage.golive import opening
from storage.models import MemberMovement
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import fmt, money
from storage.rules.validation import clean_text
from storage.rules.vocabulary import MemberMovementKind

KIND = "balances"
LABEL = "会员余额"
ORDER = 50
FIELDS = {
    "phone": ("手机号", "手机", "联系电话", "电话", "会员手机", "phone", "mobile"),
    "name": ("会员姓名", "客户名称", "姓名", "客户", "会员", "name", "customer"),
    "card": ("会员卡号", "卡号", "会员编号", "card", "cardno"),
    "balance": ("卡内余额", "会员余额", "储值余额", "余额", "balance", "amount"),
    "remark": ("备注", "说明", "remark", "note"),
}
REQUIRED = ("phone", "balance")


def check(row: dict, seen: dict) -> dict:
    phone = opening.phone_or_empty(row.get("phone", ""))
    if not phone:
        raise ValidationError("请填写会员的手机号（用来找到客户档案）。", field="phone")
    name = clean_text(row.get("name"), "会员姓名", max_length=64, required=False, field="name")
    card = clean_text(row.get("card"), "会员卡号", max_length=40, required=False, field="card")
    remark = clean_text(row.get("remark"), "备注", max_length=150, required=False, field="remark")
    balance = money(row.get("balance"), field="会员余额")
    if balance < 0:
        raise ValidationError(f"会员余额不能为负数（{fmt(balance)}）。", field="balance")
    key = ("balance", phone, name)
    if key in seen:
        raise ValidationError(f"会员 {name or phone} 在文件中出现了两次：余额只能有一个。")
    seen[key] = True
    customer = opening.find_customer(phone, name)
    if customer is None:
        raise ValidationError(f"客户档案中没有手机号为 {phone} 的客户{f'（{name}）' if name else ''}：请先导入客户。")
    if name and name not in (customer.name, customer.company):
        raise ValidationError(f"手机号 {phone} 的客户是“{customer.name}”，与文件中的“{name}”不符。")
    earlier = _opening(customer.id)
    if earlier is not None and earlier.amount != balance:
        raise ValidationError(f"{customer.name} 已导入过期初余额 {fmt(earlier.amount)}，与本行 {fmt(balance)} 不同；"
                              "差额不能再用导入改，请核对。")
    return {"phone": phone, "name": name, "card": card, "balance": balance, "remark": remark, "customer": customer.id}


def _opening(customer_id: int):
    return MemberMovement.get_or_none((MemberMovement.customer == customer_id) & (MemberMovement.kind == MemberMovementKind.OPENING))


def apply(user, rows: list) -> dict:
    """Inside the machinery's transaction: one 期初 movement per member (with its audit row)."""
    require(user, "golive.opening")
    counts = {"新建": 0, "已存在，未重复": 0, "余额为零，未记": 0}
    for row in rows:
        customer = opening.find_customer(row["phone"], row["name"])
        if customer is None:  # checked already; gone since (another PC)
            raise ValidationError(f"客户档案中没有手机号为 {row['phone']} 的客户。")
        if _opening(customer.id) is not None:
            counts["已存在，未重复"] += 1
            continue
        if row["balance"] == 0:
            counts["余额为零，未记"] += 1
            continue
        reason = "期初余额导入" + (f"：{row['remark']}" if row["remark"] else "")
        members.move(user, customer.id, "期初", row["balance"], document=row["card"], reason=reason)
        counts["新建"] += 1
    return counts
