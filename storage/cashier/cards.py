"""会员卡 / 储值卡 / 套餐卡: member cards and prepaid packages, sold and topped up at the till.

Two kinds of card (CardKind, defined by the manager):
- 储值卡 (stored value): its money is the customer's member balance, the MemberMovement ledger of
  storage.cashier.members (充值 + the bonus rule's 赠送 in, 消费 at a settlement, 退卡 out). It
  pays at settlement as 会员余额, as before.
- 套餐卡 (package): N services of one named item for a price, e.g. 4 × 机油保养. Its remaining
  services are the sum of its CardMovement rows (MemberCard.remaining caches the sum, `check`
  verifies it); at settlement one service pays one matching line in full (method 套餐卡, not takings:
  the money came in with the sale). A service is worth the card's price / services.

Every sale, top-up and refund is one transaction with its CardSale (a receipt of its own), its
Payment rows (so the day-end counts the money), the ledger movement and an audit row.

Expiry. 《单用途商业预付卡管理办法（试行）》(商务部令 2012 年第 9 号) says 记名卡不得设有效期 (registered
cards may carry no expiry; 不记名卡 at least 3 years) and a 记名卡 holds at most 5,000 yuan. Every card
here is registered to a customer, so stored value never expires, and a top-up that would take the
member balance above 5,000 is refused. A package's validity (valid_months) limits when its services can
be used; what is left after it, expired or not, is refunded at its value (退卡, a manager's approval).

Refund (退卡) of stored value pays back the balance less the bonus given with top-ups (a gift, not
the customer's money), never below zero; the whole balance leaves the ledger."""
import calendar
import csv
import datetime as dt
import io
import re
from decimal import ROUND_HALF_UP, Decimal

import peewee

from storage.cashier import members
from storage.cashier.common import CASH, DEPOSIT, MEMBER, ON_ACCOUNT, approver_for, check_sum, clean_tenders, open_day
from storage.models import (
    CARD_TYPES, BonusRule, CardKind, CardMovement, CardSale, Customer, MemberCard, MemberMovement, Payment, User, now,
    summed,
)
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.files import atomic_write_text
from storage.plumbing.locking import save_versioned, stale_message
from storage.plumbing.paging import keyset_page
from storage.rules.auth import require
from storage.rules.errors import NotFound, StaleRecord, ValidationError
from storage.rules.money import ZERO, fmt, money
from storage.rules.numbering import next_number
from storage.rules.vocabulary import CardStatus, CardType

STORED, PACKAGE = CardType.STORED_VALUE, CardType.PACKAGE
STORED_VALUE_LIMIT = Decimal("5000.00")  # 单张记名卡资金限额 (单用途商业预付卡管理办法)
ACTIVE = CardStatus.ACTIVE
REFUNDED = CardStatus.REFUNDED


# -- what the manager sets -------------------------------------------------------------------------
def define_kind(user, *, name: str, card_type: str, price, service_name: str = "", service_code: str = "",
                services: int = 0, valid_months: int = 0, active: bool = True,
                kind_id: int | None = None, expected_version: int | None = None) -> CardKind:
    """Add a card kind, or change one (`kind_id` and its `expected_version`). Sold cards keep their
    own price, services and expiry: a change applies to cards sold from now on."""
    require(user, "cards.define")
    name = (name or "").strip()
    if not name or len(name) > 40:
        raise ValidationError("请填写卡种名称（最多 40 个字）。", field="name")
    if card_type not in CARD_TYPES:
        raise ValidationError(f"卡的类型应为：{'、'.join(CARD_TYPES)}。", field="card_type")
    price = money(price, field="价格")
    if price < 0:
        raise ValidationError("价格不能为负数。", field="price")
    service_name, service_code = (service_name or "").strip(), (service_code or "").strip()
    try:
        services, valid_months = int(services or 0), int(valid_months or 0)
    except (TypeError, ValueError):
        raise ValidationError("次数和有效期（月）必须是整数。", field="services") from None
    if valid_months < 0 or valid_months > 120:
        raise ValidationError("有效期应为 0（不限）到 120 个月。", field="valid_months")
    if card_type == PACKAGE:
        if not service_name:
            raise ValidationError("套餐卡请填写服务项目名称，例如“机油保养”。", field="service_name")
        if not 1 <= services <= 100:
            raise ValidationError("套餐卡的次数应为 1 到 100。", field="services")
        if price <= 0:
            raise ValidationError("套餐卡的价格必须大于 0。", field="price")
    else:
        if price > STORED_VALUE_LIMIT:
            raise ValidationError(f"储值卡首充不能超过 {fmt(STORED_VALUE_LIMIT)}（记名预付卡限额）。", field="price")
        service_name, service_code, services, valid_months = "", "", 0, 0  # stored value never expires
    values = {"name": name, "card_type": card_type, "price": price, "service_name": service_name[:60],
              "service_code": service_code[:40], "services": services, "valid_months": valid_months,
              "active": bool(active)}
    with transaction():
        clash = CardKind.get_or_none((CardKind.name == name) & (CardKind.id != (kind_id or 0)))
        if clash:
            raise ValidationError(f"已有名为“{name}”的卡种。", field="name")
        if kind_id is None:
            kind = CardKind.create(**values, updated_by=user.display_name)
            record(user, "card_kind.create", kind, after=values)
        else:
            kind = CardKind.get_or_none(CardKind.id == kind_id)
            if kind is None:
                raise NotFound("找不到该卡种。")
            kind = save_versioned(user, kind, expected_version, values, action="card_kind.edit")
        changes.notify("cashier")
    return kind


def kinds(*, active_only: bool = True) -> list[CardKind]:
    query = CardKind.select().order_by(CardKind.card_type, CardKind.name)
    return list(query.where(CardKind.active == True) if active_only else query)  # noqa: E712 (SQL)


def kinds_page(text: str = "", *, after=None, limit: int = 50) -> tuple[list[dict], object]:
    """系统管理's list of card kinds, active and stopped, by name; `text` finds a name or a service."""
    query = CardKind.select()
    text = (text or "").strip()
    if text:
        query = query.where(CardKind.name.contains(text) | CardKind.service_name.contains(text))
    rows, cursor = keyset_page(query, [CardKind.name], after, limit)
    return [{"id": k.id, "version": k.version, "name": k.name, "card_type": k.card_type, "price": k.price,
             "service_name": k.service_name, "service_code": k.service_code, "services": k.services,
             "valid_months": k.valid_months, "active": k.active} for k in rows], cursor


def set_kind_active(user, kind_id: int, expected_version: int, active: bool) -> CardKind:
    """停用 / 启用 a card kind: a stopped kind is no longer sold; cards sold from it go on as they are."""
    kind = CardKind.get_or_none(CardKind.id == kind_id)
    if kind is None:
        raise NotFound("找不到该卡种。")
    return define_kind(user, name=kind.name, card_type=kind.card_type, price=kind.price,
                       service_name=kind.service_name, service_code=kind.service_code, services=kind.services,
                       valid_months=kind.valid_months, active=active, kind_id=kind.id,
                       expected_version=expected_version)


def parse_bonus_rules(text: str) -> list[tuple[Decimal, Decimal]]:
    """The bonus rules as the manager types them: "充1000送100，充2000送300" (充 may be left out, and
    "1000+100" is the same; commas, semicolons or spaces between rules); an empty text is no rules."""
    rules = []
    for part in re.split(r"[,，;；、\s]+", (text or "").strip()):
        if not part:
            continue
        found = re.fullmatch(r"充?(\d+(?:\.\d{1,2})?)[送+](\d+(?:\.\d{1,2})?)", part)
        if not found:
            raise ValidationError(f"“{part}”看不懂：请写成“充1000送100”，多条用逗号隔开。", field="rules")
        rules.append((money(found[1]), money(found[2])))
    return rules


def describe_bonus_rules() -> str:
    """The rules in the form parse_bonus_rules reads: what the manager's box shows before a change."""
    return "，".join(f"充{_plain(r.threshold)}送{_plain(r.bonus)}" for r in bonus_rules())


def _plain(amount: Decimal) -> str:
    return f"{amount:f}".rstrip("0").rstrip(".") if "." in f"{amount:f}" else f"{amount:f}"


def set_bonus_rules(user, rules) -> list[BonusRule]:
    """Replace the top-up bonus rules (充值赠送): [(threshold, bonus)], e.g. [(1000, 100), (2000, 300)]."""
    require(user, "cards.define")
    cleaned = {}
    for threshold, bonus in rules:
        threshold, bonus = money(threshold, field="充值门槛"), money(bonus, field="赠送金额")
        if threshold <= 0 or bonus <= 0:
            raise ValidationError("充值门槛和赠送金额都必须大于 0。", field="bonus")
        if bonus >= threshold:
            raise ValidationError(f"充 {fmt(threshold)} 送 {fmt(bonus)}：赠送金额应小于充值金额。", field="bonus")
        if threshold in cleaned:
            raise ValidationError(f"充值门槛 {fmt(threshold)} 重复了。", field="threshold")
        cleaned[threshold] = bonus
    with transaction():
        before = [(r.threshold, r.bonus) for r in BonusRule.select().order_by(BonusRule.threshold)]
        BonusRule.delete().execute()
        made = [BonusRule.create(threshold=t, bonus=b) for t, b in sorted(cleaned.items())]
        record(user, "card.bonus_rules", ("bonus_rule", 0), before={"rules": str(before)},
               after={"rules": str(sorted(cleaned.items()))})
        changes.notify("cashier")
    return made


def bonus_rules() -> list[BonusRule]:
    return list(BonusRule.select().where(BonusRule.active == True).order_by(BonusRule.threshold))  # noqa: E712


def bonus_for(amount: Decimal) -> Decimal:
    """The bonus of the highest rule the top-up reaches (rules do not add up)."""
    rule = (BonusRule.select(BonusRule.bonus).where((BonusRule.active == True) & (BonusRule.threshold <= amount))  # noqa: E712
            .order_by(BonusRule.threshold.desc()).first())
    return rule.bonus if rule else ZERO


# -- at the till -----------------------------------------------------------------------------------
def sell(user, customer_id: int, kind_id: int, *, payments, amount=None) -> CardSale:
    """购卡: a new card for the customer, paid by `payments` (tenders as at settlement; not 会员余额).
    A package card costs its price; a stored-value card's first load is `amount` (at least the
    kind's price), with the bonus rule's 赠送 on top."""
    require(user, "cards.sell")
    tenders = _tenders(payments)
    with transaction():
        day = open_day()
        customer = _customer(customer_id)
        kind = CardKind.get_or_none(CardKind.id == kind_id)
        if kind is None or not kind.active:
            raise ValidationError("该卡种不存在或已停售。", field="kind")
        moment = now()
        if kind.card_type == PACKAGE:
            paid, bonus = kind.price, ZERO
        else:
            held = (MemberCard.select(MemberCard.number).join(CardKind)
                    .where((MemberCard.customer == customer.id) & (MemberCard.status == ACTIVE)
                           & (CardKind.card_type == STORED)).scalar())
            if held:
                raise ValidationError(f"{customer.name} 已有储值卡 {held}，请直接充值。", field="kind")
            paid = money(amount if amount not in (None, "") else kind.price, field="充值金额")
            if paid <= 0 or paid < kind.price:
                raise ValidationError(f"{kind.name} 首次充值至少 {fmt(max(kind.price, Decimal('0.01')))}。", field="amount")
            bonus = bonus_for(paid)
            _within_limit(customer, paid + bonus)
        check_sum(tenders, paid, "应收")
        card = MemberCard.create(
            number=next_number("member_card", day), kind=kind.id, customer=customer.id,
            price=kind.price if kind.card_type == PACKAGE else ZERO, services=kind.services, remaining=0,
            sold_at=moment, expires_on=_add_months(moment.date(), kind.valid_months) if kind.valid_months else None,
            updated_by=user.display_name)
        sale = _sale(user, "购卡", customer, card, paid, bonus, day, moment, tenders)
        if kind.card_type == PACKAGE:
            _move_services(user, card, "购卡", kind.services, sale.number, f"购卡 {kind.name}")
        else:
            _load(user, customer, paid, bonus, sale.number)
        record(user, "card.sell", card, after={"kind": kind.name, "customer": customer.name, "paid": paid,
                                               "bonus": bonus, "sale": sale.number, "payments": _said(tenders)})
        changes.notify("cashier")
    return sale


def top_up(user, customer_id: int, amount, *, payments) -> CardSale:
    """充值: money onto the member balance of a customer who holds a stored-value card, with the bonus
    rule's 赠送."""
    require(user, "cards.sell")
    tenders = _tenders(payments)
    amount = money(amount, field="充值金额")
    if amount <= 0:
        raise ValidationError("充值金额必须大于 0。", field="amount")
    with transaction():
        day = open_day()
        customer = _customer(customer_id)
        card = (MemberCard.select().join(CardKind)
                .where((MemberCard.customer == customer.id) & (MemberCard.status == ACTIVE) & (CardKind.card_type == STORED))
                .order_by(MemberCard.id).first())
        if card is None:
            raise ValidationError(f"{customer.name} 没有有效的储值卡，请先购卡。", field="customer")
        check_sum(tenders, amount, "充值金额")
        bonus = bonus_for(amount)
        _within_limit(customer, amount + bonus)
        moment = now()
        sale = _sale(user, "充值", customer, card, amount, bonus, day, moment, tenders)
        _load(user, customer, amount, bonus, sale.number)
        record(user, "card.top_up", card, after={"customer": customer.name, "paid": amount, "bonus": bonus,
                                                 "sale": sale.number, "payments": _said(tenders)})
        changes.notify("cashier")
    return sale


def refund_quote(card_id: int) -> dict:
    """What 退卡 of this card would pay back, and why (shown before the manager approves)."""
    card = _card(card_id)
    if card.kind.card_type == PACKAGE:
        value = service_value(card, card.remaining)
        return {"card": card, "refund": value, "forfeited": ZERO,
                "explain": f"剩余 {card.remaining}/{card.services} 次，按购卡价 {fmt(card.price)} 折算退 {fmt(value)}"}
    balance = Customer.select(Customer.member_balance).where(Customer.id == card.customer_id).scalar()
    bonus = _bonus_given(card.customer_id)
    refund = max(balance - bonus, ZERO)
    return {"card": card, "refund": refund, "forfeited": balance - refund,
            "explain": f"余额 {fmt(balance)}，扣除充值赠送 {fmt(min(bonus, balance))}，退 {fmt(refund)}"}


def refund(user, card_id: int, expected_version: int, *, reason: str, method: str = CASH, approver=None) -> CardSale:
    """退卡: pay back what is left on the card (refund_quote) by `method` and close it, with a 服务经理's
    approval (storage.rules.auth.approve(..., "card_refund"); a manager at the till approves themselves)."""
    require(user, "cards.sell")
    reason = (reason or "").strip()
    if not reason or len(reason) > 200:
        raise ValidationError("请填写退卡原因（最多 200 个字）。", field="reason")
    if method in NOT_MONEY:
        raise ValidationError(f"退卡款不能退到“{method}”，请选择现金或原支付方式。", field="method")
    with transaction():
        day = open_day()
        card = _card(card_id)
        if card.version != expected_version:
            raise StaleRecord(stale_message(card))
        if card.status != ACTIVE:
            raise ValidationError(f"会员卡 {card.number} 已退卡。", field="card")
        quote = refund_quote(card_id)
        approved_by = approver_for(user, approver, [f"会员卡 {card.number} 退卡退款 {fmt(quote['refund'])}"], "card_refund")
        customer = Customer.get_by_id(card.customer_id)
        moment = now()
        tenders = clean_tenders([(method, quote["refund"])]) if quote["refund"] > 0 else []
        sale = _sale(user, "退卡", customer, card, -quote["refund"], ZERO, day, moment, tenders, sign=-1,
                     approved_by=approved_by, note=reason)
        if card.kind.card_type == PACKAGE:
            if card.remaining:
                _move_services(user, card, "退卡", -card.remaining, sale.number, reason)
            closing = [card]
        else:
            if customer.member_balance:
                members.move(user, customer.id, "退卡", -customer.member_balance, document=sale.number, reason=reason)
            closing = list(MemberCard.select().join(CardKind).where(
                (MemberCard.customer == customer.id) & (MemberCard.status == ACTIVE) & (CardKind.card_type == STORED)))
        for each in closing:
            save_versioned(user, each, expected_version if each.id == card.id else each.version,
                           {"status": REFUNDED}, action="card.refund")
        record(user, "card.refund", card, after={"refund": quote["refund"], "forfeited": quote["forfeited"],
                                                 "method": method, "approved_by": approved_by.username,
                                                 "sale": sale.number}, note=reason)
        changes.notify("cashier")
    return sale


# -- package services at settlement ----------------------------------------------------------------
def matches(card: MemberCard, *, code: str, description: str) -> bool:
    """Whether a settlement line is the card's service: the labour code when the kind names one,
    else the line's description containing the service name."""
    kind = card.kind
    if kind.service_code:
        return code == kind.service_code
    return bool(kind.service_name) and kind.service_name in description


def usable_cards(customer_id: int, day: dt.date | None = None) -> list[MemberCard]:
    """The customer's package cards that can pay a line today: live, services left, not expired."""
    day = day or now().date()
    return list(
        MemberCard.select(MemberCard, CardKind).join(CardKind)
        .where((MemberCard.customer == customer_id) & (MemberCard.status == ACTIVE) & (CardKind.card_type == PACKAGE)
               & (MemberCard.remaining > 0) & (MemberCard.expires_on.is_null() | (MemberCard.expires_on >= day)))
        .order_by(MemberCard.expires_on, MemberCard.id)
    )


def package_tenders(customer_id: int, lines, uses: dict, day: dt.date) -> list[tuple]:
    """Check `uses` ({order_line_id: card_id}) against the draft's `lines`: each a line the customer
    pays, with something to pay, the card the customer's, live, unexpired and matching. Returns
    [(card, line)]. Changes nothing; `use_services` writes them."""
    by_line = {ln.order_line_id: ln for ln in lines}
    picked = []
    wanted = {}
    for line_id, card_id in (uses or {}).items():
        line = by_line.get(line_id)
        if line is None:
            raise ValidationError("套餐卡抵扣的项目不在本工单上。", field="package")
        card = MemberCard.select(MemberCard, CardKind).join(CardKind).where(MemberCard.id == card_id).first()
        if card is None or card.customer_id != customer_id or card.kind.card_type != PACKAGE:
            raise ValidationError("该套餐卡不属于本工单的客户。", field="package")
        if card.status != ACTIVE:
            raise ValidationError(f"套餐卡 {card.number} 已退卡，不能使用。", field="package")
        if card.expires_on is not None and card.expires_on < day:
            raise ValidationError(f"套餐卡 {card.number} 已于 {card.expires_on:%Y-%m-%d} 过期，不能再抵扣。", field="package")
        if line.payer != "客户" or line.net <= 0:
            raise ValidationError(f"“{line.description}”不由客户付费，不能用套餐卡抵扣。", field="package")
        if not matches(card, code=line.code, description=line.description):
            raise ValidationError(f"“{line.description}”不是套餐卡 {card.number} 的项目（{card.kind.service_name}）。",
                                  field="package")
        wanted[card.id] = wanted.get(card.id, 0) + 1
        if wanted[card.id] > card.remaining:
            raise ValidationError(f"套餐卡 {card.number} 只剩 {card.remaining} 次。", field="package")
        picked.append((card, line))
    return picked


def suggest(lines, usable) -> dict:
    """{order_line_id: card_id}: each line the customer pays that one of the `usable` cards
    (usable_cards) covers, soonest-expiring card first, as many as the cards have services. Pure:
    the till offers it, `settle(package_uses=...)` checks it again."""
    left = {card.id: card.remaining for card in usable}
    uses = {}
    for line in lines:
        if line.payer != "客户" or line.net <= 0:
            continue
        card = next((c for c in usable if left[c.id] > 0 and matches(c, code=line.code, description=line.description)), None)
        if card is not None:
            uses[line.order_line_id] = card.id
            left[card.id] -= 1
    return uses


def use_services(user, picked, document: str) -> None:
    """One 使用 movement per line a package pays (in the settlement's transaction). The UPDATE …
    WHERE remaining >= 1 keeps two PCs from using the last service twice."""
    for card, line in picked:
        _move_services(user, card, "使用", -1, document, f"结算 {document}：{line.description}"[:200])


def give_back(user, document: str) -> int:
    """A reversed settlement gives back the services it used (冲销退回). Returns how many."""
    used = list(CardMovement.select().where((CardMovement.document == document) & (CardMovement.kind == "使用")))
    for movement in used:
        card = MemberCard.get_by_id(movement.card_id)
        if card.status != ACTIVE:  # its remaining value was paid back: the service cannot return to it
            raise ValidationError(f"结算单 {document} 用了套餐卡 {card.number} 的服务，该卡已退卡，不能冲销。"
                                  "请与客户另行协商。", field="card")
        _move_services(user, card, "冲销退回", -movement.services, document, f"冲销 {document}")
    return len(used)


# -- reading ---------------------------------------------------------------------------------------
def service_value(card: MemberCard, services: int) -> Decimal:
    """What the card's last `services` are worth at its price. Used services are priced first, so
    the values of all the card's services add up to its price exactly."""
    return _worth_left(card, services)


def _worth_left(card: MemberCard, services: int) -> Decimal:
    """Value of the last `services` of the card: price less the value of the ones before them."""
    if not card.services:
        return ZERO
    taken = card.services - services
    return card.price - (card.price * taken / card.services).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def card_id_of(number: str) -> int:
    """The card with this number (a statement asked for by number)."""
    card_id = MemberCard.select(MemberCard.id).where(MemberCard.number == (number or "").strip()).scalar()
    if card_id is None:
        raise NotFound(f"找不到会员卡 {number}。")
    return card_id


def latest_card_number() -> str | None:
    return MemberCard.select(MemberCard.number).order_by(MemberCard.id.desc()).scalar()


def sale_id_of(number: str) -> int:
    sale_id = CardSale.select(CardSale.id).where(CardSale.number == (number or "").strip()).scalar()
    if sale_id is None:
        raise NotFound(f"找不到会员卡单据 {number}。")
    return sale_id


def latest_sale_number() -> str | None:
    return CardSale.select(CardSale.number).order_by(CardSale.id.desc()).scalar()


def customer_cards(customer_id: int) -> list[MemberCard]:
    return list(MemberCard.select(MemberCard, CardKind).join(CardKind)
                .where(MemberCard.customer == customer_id).order_by(MemberCard.id))


def statement(card_id: int) -> dict:
    """The card's statement (对账单): for a package card its service ledger, for a stored-value card
    the customer's member-balance ledger. Rows oldest first; the closing figure is the ledger's sum."""
    card = _card(card_id)
    customer = Customer.get_by_id(card.customer_id)
    head = {"number": card.number, "kind": card.kind.name, "card_type": card.kind.card_type,
            "customer": customer.name, "phone": customer.phone, "sold_at": card.sold_at,
            "expires_on": card.expires_on, "status": card.status, "printed_at": now()}
    if card.kind.card_type == PACKAGE:
        rows = [{"at": m.at, "kind": m.kind, "change": f"{m.services:+d} 次", "after": f"{m.remaining_after} 次",
                 "value": m.value, "document": m.document, "reason": m.reason}
                for m in CardMovement.select().where(CardMovement.card == card.id).order_by(CardMovement.id)]
        left = CardMovement.select(peewee.fn.SUM(CardMovement.services)).where(CardMovement.card == card.id).scalar() or 0
        closing = f"剩余 {int(left)}/{card.services} 次（{card.kind.service_name}），价值 {fmt(_worth_left(card, int(left)))}"
    else:
        rows = [{"at": m.at, "kind": m.kind, "change": fmt(m.amount), "after": fmt(m.balance_after), "value": m.amount,
                 "document": m.document, "reason": m.reason}
                for m in MemberMovement.select().where(MemberMovement.customer == customer.id).order_by(MemberMovement.id)]
        closing = f"余额 {fmt(customer.member_balance)}"
    return {**head, "rows": rows, "closing": closing}


STATEMENT_COLUMNS = (("at", "时间"), ("kind", "类别"), ("change", "变动"), ("after", "变动后"),
                     ("document", "单据"), ("reason", "摘要"))


def export_statement_csv(data: dict, path) -> None:
    """The statement as CSV (UTF-8 with BOM, so Excel opens the Chinese right), written safely."""

    handle = io.StringIO()
    out = csv.writer(handle)
    out.writerow(["会员卡", data["number"], data["kind"], data["customer"]])
    out.writerow([label for _, label in STATEMENT_COLUMNS])
    for row in data["rows"]:
        out.writerow([row["at"].strftime("%Y-%m-%d %H:%M") if key == "at" else row[key] for key, _ in STATEMENT_COLUMNS])
    out.writerow(["", "结余", data["closing"]])
    atomic_write_text(path, "\ufeff" + handle.getvalue())


def sale_receipt(sale_id: int) -> dict:
    """The data of a card sale's own receipt (80 mm roll)."""
    sale = CardSale.get_or_none(CardSale.id == sale_id)
    if sale is None:
        raise NotFound("找不到该会员卡单据。")
    card = MemberCard.get_by_id(sale.card_id) if sale.card_id else None
    payments = [(p.method, p.amount) for p in Payment.select().where(Payment.card_sale == sale.id).order_by(Payment.id)]
    customer = Customer.get_by_id(sale.customer_id)
    cashier = User.get_by_id(sale.cashier_id)
    return {"number": sale.number, "action": sale.action, "at": sale.at, "customer": customer.name,
            "card": card.number if card else "", "kind": card.kind.name if card else "", "amount": sale.amount,
            "bonus": sale.bonus, "payments": payments, "cashier": cashier.display_name,
            "balance": customer.member_balance, "remaining": card.remaining if card else 0,
            "expires_on": card.expires_on if card else None}


def liabilities(day: dt.date | None = None) -> dict:
    """The store's card liabilities (预收卡款) now: stored value (every member balance) and the unused
    package services at their card's price, unexpired and expired apart (both still the customer's)."""
    day = day or now().date()
    stored = Customer.select(summed(Customer.member_balance, Customer.member_balance)).scalar() or ZERO
    live = expired = ZERO
    live_n = expired_n = 0
    for card in (MemberCard.select().where((MemberCard.status == ACTIVE) & (MemberCard.remaining > 0)
                                           & (MemberCard.services > 0))):
        value = _worth_left(card, card.remaining)
        if card.expires_on is not None and card.expires_on < day:
            expired, expired_n = expired + value, expired_n + card.remaining
        else:
            live, live_n = live + value, live_n + card.remaining
    return {"stored_value": stored, "package_services": live_n, "package_value": live,
            "expired_services": expired_n, "expired_value": expired, "total": stored + live + expired}


# -- inside ----------------------------------------------------------------------------------------
NOT_MONEY = (MEMBER, DEPOSIT, ON_ACCOUNT)  # a card is bought with money, and paid back in money


def _tenders(payments):
    tenders = clean_tenders(payments, allow_empty=False)
    for t in tenders:
        if t.method in NOT_MONEY:
            raise ValidationError(f"购卡、充值不能用“{t.method}”支付。", field="method")
    return tenders


def _customer(customer_id) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("找不到该客户。")
    return customer


def _card(card_id) -> MemberCard:
    card = MemberCard.select(MemberCard, CardKind).join(CardKind).where(MemberCard.id == card_id).first()
    if card is None:
        raise NotFound("找不到该会员卡。")
    return card


def _within_limit(customer: Customer, adding: Decimal) -> None:
    after = customer.member_balance + adding
    if after > STORED_VALUE_LIMIT:
        raise ValidationError(
            f"充值后余额 {fmt(after)} 将超过记名预付卡限额 {fmt(STORED_VALUE_LIMIT)}（《单用途商业预付卡管理办法》），"
            f"本次最多可充值到余额 {fmt(STORED_VALUE_LIMIT)}。", field="amount")


def _load(user, customer, paid, bonus, document) -> None:
    members.move(user, customer.id, "充值", paid, document=document, reason="充值")
    if bonus:
        members.move(user, customer.id, "赠送", bonus, document=document, reason=f"充 {fmt(paid)} 送 {fmt(bonus)}")


def _bonus_given(customer_id) -> Decimal:
    """Bonus credited since the customer's last 退卡 (an earlier refund settled the earlier ones)."""
    last_out = (MemberMovement.select(MemberMovement.id).where((MemberMovement.customer == customer_id)
                                                              & (MemberMovement.kind == "退卡"))
                .order_by(MemberMovement.id.desc()).scalar()) or 0
    return MemberMovement.select(summed(MemberMovement.amount, MemberMovement.amount)).where(
        (MemberMovement.customer == customer_id) & (MemberMovement.kind == "赠送") & (MemberMovement.id > last_out)
    ).scalar() or ZERO


def _sale(user, action, customer, card, amount, bonus, day, moment, tenders, *, sign=1, approved_by=None,
          note="") -> CardSale:
    sale = CardSale.create(number=next_number("card_sale", day), action=action, customer=customer.id,
                           card=card.id if card else None, amount=amount, bonus=bonus, at=moment, business_day=day,
                           cashier=user.id, approved_by=approved_by.id if approved_by else None, note=note[:200])
    if tenders:
        Payment.insert_many([
            {"card_sale": sale.id, "method": t.method, "amount": sign * t.amount,
             "tendered": t.tendered if (t.tendered is not None and sign > 0) else ZERO, "reference": t.reference,
             "at": moment, "business_day": day, "cashier": user.id}
            for t in tenders
        ]).execute()
    return sale


def _move_services(user, card: MemberCard, kind: str, services: int, document: str, reason: str) -> CardMovement:
    change = MemberCard.update(remaining=MemberCard.remaining + services)
    if services < 0:
        change = change.where((MemberCard.id == card.id) & (MemberCard.remaining >= -services))
    else:
        change = change.where(MemberCard.id == card.id)
    if change.execute() == 0:
        raise ValidationError(f"套餐卡 {card.number} 剩余次数不足。", field="package")
    remaining = MemberCard.select(MemberCard.remaining).where(MemberCard.id == card.id).scalar()
    before = remaining - services
    # the value of the services moved: those between `before` and `remaining` left
    value = _worth_left(card, remaining) - _worth_left(card, before)
    movement = CardMovement.create(card=card.id, kind=kind, services=services, remaining_after=remaining,
                                   value=value, at=now(), user=user.id, document=document[:40], reason=reason[:200])
    record(user, "card.services", card, before={"remaining": before},
           after={"remaining": remaining, "kind": kind, "value": value}, note=document)
    return movement


def _said(tenders) -> str:
    return "；".join(f"{t.method} {t.amount}" for t in tenders)


def _add_months(day: dt.date, months: int) -> dt.date:
    """The last day of validity: the day before the same date `months` later (12 months from
    2026-03-15: up to 2027-03-14); a date the later month lacks clamps to its last day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last)) - dt.timedelta(days=1)
