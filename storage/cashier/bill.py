"""The arithmetic of a settlement (结算单), pure: lines, who pays them, discounts, dues.

No database here, so the window's "explain it line by line" screen, the settlement itself and the
property tests all use exactly the same sums."""
from dataclasses import dataclass, field
from decimal import Decimal

from storage.models import PAYERS
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO, fmt, money

CUSTOMER, INSURER, WARRANTY, INTERNAL = PAYERS
KIND_ORDER = ("工时", "材料", "其他")
SECTION_TITLES = {"工时": "工时费", "材料": "材料费", "其他": "其他费用"}


@dataclass
class DraftLine:
    """One work-order line as it will be charged."""

    order_line_id: int
    kind: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    payer: str = CUSTOMER
    advisor_discount: Decimal = ZERO  # given at reception, on the work order
    cashier_discount: Decimal = ZERO  # given here, line by line (分项优惠)
    bill_share: Decimal = ZERO  # this line's part of the whole-bill discount (整单优惠)
    code: str = ""
    unit: str = ""
    order_position: int = 0
    supplied_by_customer: bool = False
    genuine: bool = True
    guaranteed: bool = True
    guarantee_note: str = ""
    position: int = 0

    @property
    def discount(self) -> Decimal:
        return self.advisor_discount + self.cashier_discount + self.bill_share

    @property
    def net(self) -> Decimal:
        return self.amount - self.discount


@dataclass
class Section:
    kind: str
    title: str
    lines: list
    amount: Decimal
    discount: Decimal
    net: Decimal


@dataclass
class Draft:
    """A settlement before it is saved. `preview` adds the order and what the till needs to know."""

    lines: list
    bill_discount: Decimal = ZERO
    moved_to_internal: list = field(default_factory=list)  # line ids the cashier made 内部
    # Filled by storage.cashier.settle.preview:
    order: object = None
    repair_kind: str = ""
    guarantee: object = None
    approval_reasons: list = field(default_factory=list)
    deposit_available: Decimal = ZERO
    member_balance: Decimal = ZERO
    package_cards: list = field(default_factory=list)  # the customer's package cards usable today

    def _sum(self, attr, kind=None, payer=None) -> Decimal:
        return sum(
            (getattr(ln, attr) for ln in self.lines if (kind is None or ln.kind == kind) and (payer is None or ln.payer == payer)),
            ZERO,
        )

    @property
    def labour_total(self) -> Decimal:
        return self._sum("amount", "工时")

    @property
    def parts_total(self) -> Decimal:
        return self._sum("amount", "材料")

    @property
    def fees_total(self) -> Decimal:
        return self._sum("amount", "其他")

    @property
    def discount_total(self) -> Decimal:
        return self._sum("discount")

    @property
    def total(self) -> Decimal:
        return self._sum("net")

    @property
    def advisor_discount(self) -> Decimal:
        return self._sum("advisor_discount")

    @property
    def cashier_discount(self) -> Decimal:
        """Line discounts given at the till plus the whole-bill discount."""
        return self._sum("cashier_discount") + self.bill_discount

    def due(self, payer: str) -> Decimal:
        return self._sum("net", payer=payer)

    @property
    def customer_due(self) -> Decimal:
        return self.due(CUSTOMER)

    @property
    def insurer_due(self) -> Decimal:
        return self.due(INSURER)

    @property
    def warranty_due(self) -> Decimal:
        return self.due(WARRANTY)

    @property
    def internal_due(self) -> Decimal:
        return self.due(INTERNAL)

    @property
    def deposit_usable(self) -> Decimal:
        return min(self.deposit_available, self.customer_due)

    @property
    def to_collect(self) -> Decimal:
        """What the customer still hands over once the appointment deposit is deducted."""
        return self.customer_due - self.deposit_usable

    def sections(self) -> list[Section]:
        """The lines grouped the way the customer reads them: labour, parts, other fees."""
        result = []
        for kind in dict.fromkeys([*KIND_ORDER, *(ln.kind for ln in self.lines)]):
            lines = [ln for ln in self.lines if ln.kind == kind]
            if lines:
                amounts = (self._sum("amount", kind), self._sum("discount", kind), self._sum("net", kind))
                result.append(Section(kind, SECTION_TITLES.get(kind, kind), lines, *amounts))
        return result


def allocate(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split `total` over `weights` in proportion, to the fen, summing exactly to `total`
    (largest remainder; ties go to the earlier line). No share exceeds its weight when total <= sum."""
    whole = sum(weights, ZERO)
    if total == 0 or whole == 0:
        return [ZERO for _ in weights]
    total_fen = int(total * 100)
    weight_fen = [int(w * 100) for w in weights]
    whole_fen = sum(weight_fen)
    shares = [total_fen * w // whole_fen for w in weight_fen]
    remainders = [(total_fen * w % whole_fen, -i) for i, w in enumerate(weight_fen)]
    for _, neg_index in sorted(remainders, reverse=True)[: total_fen - sum(shares)]:
        shares[-neg_index] += 1
    return [Decimal(s).scaleb(-2) for s in shares]


def compute(lines: list[DraftLine], *, line_discounts=None, bill_discount=None, payers=None) -> Draft:
    """Apply the cashier's payer changes, line discounts and whole-bill discount to the order's lines.

    line_discounts: {order_line_id: amount} on top of the advisor's; payers: {order_line_id: payer}.
    The whole-bill discount goes only to the customer's lines, in proportion to what each still
    costs: an insurer or the manufacturer pays its assessed amount whatever the customer is given."""
    by_id = {ln.order_line_id: ln for ln in lines}
    for line_id in [*(line_discounts or {}), *(payers or {})]:
        if line_id not in by_id:
            raise ValidationError(f"工单中没有第 {line_id} 号明细（可能已被删除），请刷新后重试。")
    moved = []
    for line_id, payer in (payers or {}).items():
        if payer not in PAYERS:
            raise ValidationError(f"未知的付款方“{payer}”，应为：{'、'.join(PAYERS)}。", field="payer")
        line = by_id[line_id]
        if payer == INTERNAL and line.payer != INTERNAL:
            moved.append(line_id)
        line.payer = payer
    for line_id, value in (line_discounts or {}).items():
        line = by_id[line_id]
        amount = money(value, field="优惠金额")
        if amount < 0:
            raise ValidationError(f"“{line.description}”的优惠不能为负数。", field="discount")
        if line.advisor_discount + amount > line.amount:
            raise ValidationError(
                f"“{line.description}”的优惠合计 {fmt(line.advisor_discount + amount)} 超过了该项金额 {fmt(line.amount)}。",
                field="discount",
            )
        line.cashier_discount = amount
    bill = money(bill_discount, field="整单优惠")
    if bill < 0:
        raise ValidationError("整单优惠不能为负数。", field="bill_discount")
    customer_lines = [ln for ln in lines if ln.payer == CUSTOMER]
    base = sum((ln.net for ln in customer_lines), ZERO)
    if bill > base:
        if not customer_lines:
            raise ValidationError("本单没有客户自付的项目，不能给整单优惠。", field="bill_discount")
        raise ValidationError(f"整单优惠 {fmt(bill)} 超过了客户自付金额 {fmt(base)}。", field="bill_discount")
    for line, share in zip(customer_lines, allocate(bill, [ln.net for ln in customer_lines])):
        line.bill_share = share
    ordered = sorted(
        lines,
        key=lambda ln: (KIND_ORDER.index(ln.kind) if ln.kind in KIND_ORDER else len(KIND_ORDER), ln.order_position, ln.order_line_id),
    )
    for position, line in enumerate(ordered, 1):
        line.position = position
    return Draft(lines=ordered, bill_discount=bill, moved_to_internal=moved)


def approval_reasons(draft: Draft, *, advisor_name: str, advisor_limit, advisor_may_approve: bool, cashier_limit) -> list[str]:
    """What in this settlement is beyond the authority of the people who gave it."""
    reasons = []
    if draft.advisor_discount > advisor_limit and not advisor_may_approve:
        reasons.append(f"服务顾问 {advisor_name} 在工单上给的优惠 {fmt(draft.advisor_discount)} 超出其限额 {fmt(advisor_limit)}")
    if draft.cashier_discount > cashier_limit:
        reasons.append(f"收银优惠 {fmt(draft.cashier_discount)} 超出您的限额 {fmt(cashier_limit)}")
    if draft.moved_to_internal:
        moved = [ln for ln in draft.lines if ln.order_line_id in draft.moved_to_internal]
        reasons.append(f"{len(moved)} 项（{fmt(sum((ln.net for ln in moved), ZERO))}）改由内部承担")
    return reasons
