"""Money: settlements as storage.cashier.settle makes them, payments, receivables and their
collection, and the day-end sheets (日结) of every business day before today."""
import datetime as dt
from collections import Counter
from decimal import Decimal

from storage.cashier import day_end
from storage.cashier.common import NOT_TAKINGS
from storage.demo.common import DAY, _work
from storage.models import PAYMENT_METHODS, Collection, DayClose, Payment, Receivable, Settlement, SettlementLine
from storage.rules import guarantee
from storage.rules.vocabulary import CustomerKind, LineStatus, PaymentMethod, ReceivableStatus, SettlementStatus


def _allocate(total: int, weights: list) -> list:
    """storage.cashier.bill.allocate in fen: largest remainder, ties to the earlier line."""
    whole = sum(weights)
    if total == 0 or whole == 0:
        return [0] * len(weights)
    shares = [total * w // whole for w in weights]
    remainders = [(total * w % whole, -i) for i, w in enumerate(weights)]
    for _rest, neg_index in sorted(remainders, reverse=True)[: total - sum(shares)]:
        shares[-neg_index] += 1
    return shares


class _DayFigures:
    """What the day-end sheet of one business day adds up, gathered as the rows are written."""

    __slots__ = ("settled", "methods", "method_count", "cashiers", "deposits", "opened", "opened_count",
                 "collected", "collected_count", "discounts", "voids")

    def __init__(self):
        self.settled, self.methods, self.method_count = Counter(), Counter(), Counter()
        self.opened, self.opened_count, self.collected, self.collected_count = Counter(), Counter(), Counter(), Counter()
        self.cashiers, self.deposits, self.discounts, self.voids = {}, [0, 0], [], []


class Money:
    """Part of _Generator: settlements, payments, receivables, collections and day closes."""

    def _settle(self, minute: int, plan, k: int) -> None:
        """结算 as storage.cashier.settle makes it (k = 1 after a reversal of settlement 0)."""
        rng, now, ts = self.rng, self.now, self._ts
        _at, cashier, back = plan.settles[k]
        day = minute // DAY
        lines = [line for line in plan.lines if line.status not in (LineStatus.CANCELLED, LineStatus.TO_CONFIRM)]
        customer = [line for line in lines if line.payer == "客户"]
        bill = 0
        if customer and rng.random() < 0.08:  # 抹零: the odd yuan under ten off the customer's bill
            bill = sum(line.amount - line.disc for line in customer) % 1000
        shares = dict(zip(map(id, customer), _allocate(bill, [line.amount - line.disc for line in customer])))
        totals, dues = Counter(), Counter()
        for line in lines:
            totals[line.kind] += line.amount
            discount = line.disc + shares.get(id(line), 0)
            totals["discount"] += discount
            totals["advisor"] += line.disc
            dues[line.payer] += line.amount - discount
        total = sum(dues.values())
        live = back is None or back > now
        settlement_id = self._id(Settlement)
        days, km = self.periods[plan.kind]
        number = self._number("settlement", day)
        self.w_settlement.add((
            settlement_id, number, plan.id, SettlementStatus.VALID if live else SettlementStatus.REVERSED, totals["工时"],
            totals["材料"], totals["其他"], totals["discount"], bill, total, dues["客户"], dues["保险公司"],
            dues["厂家索赔"], dues["内部"], cashier[0], self.manager[0] if totals["advisor"] > 10000 else None,
            plan.kind, days, km, ts(minute), self._date(day), None if live else cashier[0],
            None if live else self.manager[0], None if live else ts(back),
            "" if live else "结算项目有误，重新结算", plan.id if live else None,
            1 if live else 2, ts(minute if live else back), cashier[1]))
        f = self._figures(day)
        for key, value in (("count", 1), ("total", total), ("labour", totals["工时"]), ("parts", totals["材料"]),
                           ("fees", totals["其他"]), ("discount", totals["discount"]), ("customer", dues["客户"]),
                           ("insurer", dues["保险公司"]), ("warranty", dues["厂家索赔"]), ("internal", dues["内部"])):
            f.settled[key] += value
        if totals["discount"] > 0:
            f.discounts.append((settlement_id, number, totals["discount"], bill, cashier[1],
                                self.manager[1] if totals["advisor"] > 10000 else ""))
        if not live:
            self._figures(back // DAY).voids.append((back, settlement_id, number, total, dues["客户"],
                                                     "结算项目有误，重新结算", ts(back), cashier[1], self.manager[1]))
        order = {"工时": 0, "材料": 1, "其他": 2}
        for position, line in enumerate(sorted(lines, key=lambda ln: order[ln.kind]), 1):
            by_customer = line.kind == "材料" and line.by_customer
            code = self.p_number[line.part] if line.part is not None else self.labour_code.get(line.labour, "")
            unit = self.p_unit[line.part] if line.part is not None else "小时" if line.kind == "工时" else "项"
            share = shares.get(id(line), 0)
            self.w_settlement_line.add((self._id(SettlementLine), settlement_id, position, line.id, line.kind, code,
                                        line.desc, line.qty, unit, line.price, line.amount, line.disc + share, share,
                                        line.payer, not by_customer, guarantee.CUSTOMER_SUPPLIED if by_customer else ""))
        paid = self._payments(settlement_id, minute, dues["客户"], plan, cashier, None)
        if not live:
            self._payments(settlement_id, back, dues["客户"], plan, cashier, paid)
            return
        if dues["保险公司"]:
            collected = _work(minute + self._r(20, 75) * DAY, self._r(0, 400))
            self._receivable(settlement_id, minute, "保险公司", plan.insurer, plan.claim, dues["保险公司"], collected)
        if dues["厂家索赔"]:
            self._receivable(settlement_id, minute, "厂家索赔", self.brand, plan.claim, dues["厂家索赔"], plan.repaid)

    def _payments(self, settlement_id, minute, due, plan, cashier, refund):
        """Take (or, for a reversal, give back) the customer's share; sometimes split over two methods."""
        if due <= 0:
            return []
        rng = self.rng
        if refund is None:
            if self.c_kind[plan.customer] == CustomerKind.COMPANY and rng.random() < 0.7:
                parts = [(PaymentMethod.TRANSFER, due)]
            elif due > 50000 and rng.random() < 0.12:
                cash = min(due - 100, self._pick((20000, 30000, 50000)))
                parts = [(PaymentMethod.CASH, cash),
                         (self._pick((PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.CARD)), due - cash)]
            else:
                parts = [(self._weighted((PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.CARD, PaymentMethod.CASH), (45, 65, 90, 100)),
                          due)]
            parts = [(method, amount, "" if method == PaymentMethod.CASH else f"{method[:1]}{settlement_id:08d}{n}")
                     for n, (method, amount) in enumerate(parts)]
        else:
            parts = [(method, -amount, reference) for method, amount, reference in refund]
        day = minute // DAY
        for method, amount, reference in parts:
            tendered = -(-amount // 10000) * 10000 if method == PaymentMethod.CASH and amount > 0 else 0
            self.w_payment.add((self._id(Payment), settlement_id, None, method, amount, tendered, reference,
                                self._ts(minute), self._date(day), cashier[0]))
            self._paid(day, cashier[1], method, amount)
        return parts

    def _receivable(self, settlement_id, minute, kind, debtor, claim, amount, paid) -> None:
        """挂账, collected (回款) when the insurer or the manufacturer paid before today."""
        receivable_id = self._id(Receivable)
        collected = paid is not None and paid <= self.now
        self.w_receivable.add((receivable_id, settlement_id, kind, debtor, claim, amount,
                               amount if collected else 0,
                               ReceivableStatus.COLLECTED if collected else ReceivableStatus.OPEN, self._ts(minute),
                               2 if collected else 1, self._ts(paid if collected else minute), self.cashiers[0][1]))
        f = self._figures(minute // DAY)
        f.opened[kind] += amount
        f.opened_count[kind] += 1
        if collected:
            self.w_collection.add((self._id(Collection), receivable_id, amount, self._ts(paid),
                                   self._date(paid // DAY), f"回款 {claim}", self.cashiers[0][0]))
            f = self._figures(paid // DAY)
            f.collected[kind] += amount
            f.collected_count[kind] += 1

    def _paid(self, day: int, cashier: str, method: str, amount: int) -> None:
        f = self._figures(day)
        f.methods[method] += amount
        f.method_count[method] += 1
        f.cashiers.setdefault(cashier, Counter())[method] += amount

    def _day_closes(self) -> None:
        """日结: every business day before today was closed at 19:00, its summary the figures
        storage.cashier.day_end.day_figures gives (tests compare them), counted as rows were written
        rather than queried back 3,650 times."""
        money = lambda fen: Decimal(fen).scaleb(-2)  # noqa: E731
        zero = money(0)
        for day in range(self.last_day):
            f = self.figures.get(day) or _DayFigures()
            methods = [{"method": m, "amount": money(f.methods[m]), "count": f.method_count[m]}
                       for m in sorted(f.methods, key=lambda m: PAYMENT_METHODS.index(m))]
            cashiers = []
            for name in sorted(f.cashiers):
                paid = f.cashiers[name]
                cashiers.append({"cashier": name, "methods": {m: money(a) for m, a in paid.items()},
                                 "takings": sum((money(a) for m, a in paid.items() if m not in NOT_TAKINGS), zero)})
            discounts = [{"number": n, "discount": money(d), "bill_discount": money(b), "cashier": c, "approved_by": a}
                         for _id, n, d, b, c, a in sorted(f.discounts)]
            figures = {
                "day": self.start + dt.timedelta(days=day),
                "settlements": {key: (f.settled[key] if key == "count" else money(f.settled[key])) for key in
                                ("count", "total", "labour", "parts", "fees", "discount", "customer", "insurer",
                                 "warranty", "internal")},
                "methods": methods,
                "takings": sum((m["amount"] for m in methods if m["method"] not in NOT_TAKINGS), zero),
                "cashiers": cashiers,
                "deposits": {"received": money(f.deposits[0]), "refunded": money(f.deposits[1])},
                "receivables_opened": [{"debtor_kind": k, "amount": money(a), "count": f.opened_count[k]}
                                       for k, a in sorted(f.opened.items())],
                "receivables_collected": [{"debtor_kind": k, "amount": money(a), "count": f.collected_count[k]}
                                          for k, a in sorted(f.collected.items())],
                "discounts": discounts,
                "discount_total": sum((d["discount"] for d in discounts), zero),
                "voids": [{"number": n, "total": money(t), "customer_due": money(c), "reason": r, "reversed_at": at,
                           "reversed_by": by, "approved_by": a} for _m, _id, n, t, c, r, at, by, a in sorted(f.voids)],
            }
            self.w_dayclose.add((self._id(DayClose), self._date(day), self._ts(day * DAY + 19 * 60),
                                 self.cashiers[day % len(self.cashiers)][0], day_end.to_json(figures)))
        self.sink.flush()

    def _figures(self, day: int) -> "_DayFigures":
        figures = self.figures.get(day)
        if figures is None:
            figures = self.figures[day] = _DayFigures()
        return figures
