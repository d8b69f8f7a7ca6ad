"""Pure helpers of the cashier's window: reading typed amounts and summing the payment table.
No Qt, no database: the rules stay in storage.cashier; these only say what the screen shows."""
from dataclasses import dataclass
from decimal import Decimal

from storage.errors import ValidationError
from storage.money import ZERO, money
from storage.rules.vocabulary import PaymentMethod


def amount_or_none(text: str) -> Decimal | None:
    """A typed amount as Decimal (blank is zero); None when it is not an amount at all."""
    try:
        return money(text or "")
    except ValidationError:
        return None


@dataclass(frozen=True)
class PaymentSummary:
    paid: Decimal
    remaining: Decimal  # > 0: still to take; < 0: too much entered
    change: Decimal  # cash handed back
    valid: bool  # every amount readable and positive

    @property
    def adds_up(self) -> bool:
        return self.valid and self.remaining == ZERO


def summarize(due: Decimal, rows) -> PaymentSummary:
    """rows: (method, amount_text, tendered_text). What has been entered against `due`."""
    paid, change, valid = ZERO, ZERO, True
    for method, amount_text, tendered_text in rows:
        amount = amount_or_none(amount_text)
        if amount is None or amount <= 0:
            valid = False
            continue
        paid += amount
        if method == PaymentMethod.CASH and (tendered_text or "").strip():
            tendered = amount_or_none(tendered_text)
            if tendered is None or tendered < amount:
                valid = False
            else:
                change += tendered - amount
    return PaymentSummary(paid, due - paid, change, valid)
