"""期初应收: who owed the store what, since when, on the day it leaves the old system. Each row
becomes an opening receivable (Receivable.opening) in the same receivables the cashier collects at
the till (storage.cashier.receivables.collect): no settlement behind it, so it is never today's
takings; the manager's figures show it as outstanding (aging) and its collections as 回款."""
from decimal import Decimal

from storage.golive import opening
from storage.models import Receivable, now
from storage.plumbing.audit import record
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import fmt, money
from storage.rules.validation import clean_text
from storage.rules.vocabulary import DebtorKind, ReceivableStatus

KIND = "receivables"
LABEL = "期初应收"
ORDER = 40
FIELDS = {
    "debtor": ("欠款单位/客户", "欠款方", "欠款人", "客户名称", "单位名称", "客户", "往来单位", "debtor", "customer"),
    "phone": ("联系电话", "手机号", "手机", "电话", "phone", "mobile"),
    "debtor_kind": ("欠款类型", "客户类型", "类型", "kind", "type"),
    "amount": ("欠款金额", "应收金额", "未收金额", "应收余额", "欠款", "金额", "amount", "balance"),
    "date": ("欠款日期", "发生日期", "挂账日期", "单据日期", "日期", "date"),
    "old_number": ("原单号", "原单据号", "结算单号", "单据号", "单号", "document", "docno"),
    "remark": ("备注", "说明", "摘要", "remark", "note"),
}
REQUIRED = ("debtor", "amount", "date")
DEBTOR_KINDS = (DebtorKind.PERSON, DebtorKind.COMPANY, DebtorKind.INSURER, DebtorKind.WARRANTY)
_KIND_WORDS = {"个人": "个人", "私人": "个人", "散客": "个人", "单位": "单位", "公司": "单位", "企业": "单位",
               "保险": "保险公司", "保险公司": "保险公司", "厂家": "厂家索赔", "索赔": "厂家索赔", "厂家索赔": "厂家索赔"}


def check(row: dict, seen: dict) -> dict:
    debtor = clean_text(row.get("debtor"), "欠款方", max_length=64, field="debtor")
    amount = money(row.get("amount"), field="欠款金额")
    if amount <= 0:
        raise ValidationError(f"欠款金额须大于 0（现在是 {row.get('amount') or '空'}）。", field="amount")
    day = opening.parse_date(row.get("date"), "欠款日期")
    phone = opening.phone_or_empty(row.get("phone", ""))
    kind_text = (row.get("debtor_kind") or "").strip()
    debtor_kind = ""
    if kind_text:
        debtor_kind = _KIND_WORDS.get(kind_text, "")
        if not debtor_kind:
            raise ValidationError(f"欠款类型“{kind_text}”无法识别，应为：{'、'.join(DEBTOR_KINDS)}。", field="debtor_kind")
    old_number = clean_text(row.get("old_number"), "原单号", max_length=40, required=False, field="old_number")
    remark = clean_text(row.get("remark"), "备注", max_length=200, required=False, field="remark")
    if old_number:
        key = ("receivable", debtor, old_number)
        if key in seen:
            where = f"（第 {seen[key]} 行已有）" if seen[key] else ""
            raise ValidationError(f"{debtor} 的原单号 {old_number} 在文件中重复出现{where}。")
        seen[key] = row.get("_row", "")  # the row number, when the machinery passes it
    return {"debtor": debtor, "phone": phone, "debtor_kind": debtor_kind, "amount": amount, "date": day,
            "old_number": old_number, "remark": remark}


def apply(user, rows: list) -> dict:
    """Inside the machinery's transaction. A row already taken over (same debtor, old number, date and
    amount) is not entered twice."""
    require(user, "golive.opening")
    counts = {"新建": 0, "已存在，未重复": 0}
    moment = now()
    for row in rows:
        customer = opening.find_customer(row["phone"], row["debtor"])
        kind = row["debtor_kind"] or (customer.kind if customer and customer.kind in (DebtorKind.PERSON,
                                                                                      DebtorKind.COMPANY) else DebtorKind.COMPANY)
        debtor = (customer.company or customer.name)[:64] if customer and kind == DebtorKind.COMPANY and customer.company else row["debtor"]
        opened_at = opening.opened_at(row["date"])
        same = Receivable.select().where(
            (Receivable.opening == True) & (Receivable.debtor == debtor)  # noqa: E712 (SQL)
            & (Receivable.old_number == row["old_number"]) & (Receivable.opened_at == opened_at)
            & (Receivable.amount == row["amount"]))
        if same.exists():
            counts["已存在，未重复"] += 1
            continue
        receivable = Receivable.create(
            settlement=None, opening=True, debtor_kind=kind, debtor=debtor, customer=customer.id if customer else None,
            claim_number="", amount=row["amount"], collected=Decimal(0), status=ReceivableStatus.OPEN,
            opened_at=opened_at,
            old_number=row["old_number"], remark=row["remark"], updated_by=user.display_name, updated_at=moment)
        record(user, "receivable.opening", receivable, after={
            "debtor_kind": kind, "debtor": debtor, "amount": row["amount"], "since": row["date"],
            "old_number": row["old_number"], "remark": row["remark"]}, note=f"期初应收 {fmt(row['amount'])}")
        counts["新建"] += 1
    return counts
