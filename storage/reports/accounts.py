"""Money owed and money in stock: receivables from insurers and the manufacturer (挂账 opened in
the period, collected in it, and still open now, from the cashier's own aging), and the parts side
(what came in, went out and came back in the period, from the warehouse's own flow figures, and
the stock value now by category)."""
from peewee import fn

from storage.cashier import aging
from storage.models import Collection, Receivable, summed
from storage.parts.reads import stock_value_by
from storage.reports.figures import flow_totals, receivables_opened
from storage.reports.periods import Period
from storage.rules.money import ZERO
from storage.rules.vocabulary import DebtorKind

DEBTOR_ORDER = (DebtorKind.INSURER, DebtorKind.WARRANTY, DebtorKind.COMPANY,
                DebtorKind.PERSON)  # 个人: opening receivables (期初应收) only


def _entry(table: dict, kind: str, debtor: str) -> dict:
    return table.setdefault((kind, debtor), {"debtor_kind": kind, "debtor": debtor, "opened_count": 0, "opened": ZERO,
                                             "collected_count": 0, "collected": ZERO, "open_count": 0, "outstanding": ZERO})


def receivables(period: Period) -> dict:
    """Per debtor: receivables opened with the period's settlements (net of reversals), the
    collections booked in the period, and what is outstanding now (挂账 / 回款 / 未收)."""
    table = {}
    for kind, debtor, count, amount in receivables_opened(period):
        entry = _entry(table, kind, debtor)
        entry["opened_count"] += int(count or 0)
        entry["opened"] += amount
    collected = (Collection.select(Receivable.debtor_kind, Receivable.debtor, fn.COUNT(Collection.id),
                                   summed(Collection.amount, Collection.amount))
                 .join(Receivable, on=(Collection.receivable == Receivable.id))
                 .where((Collection.business_day >= period.start) & (Collection.business_day <= period.end))
                 .group_by(Receivable.debtor_kind, Receivable.debtor).tuples())
    for kind, debtor, count, amount in collected:
        entry = _entry(table, kind, debtor)
        entry["collected_count"] += count
        entry["collected"] += amount
    for row in aging():
        entry = _entry(table, row["debtor_kind"], row["debtor"])
        entry["open_count"] = row["count"]
        entry["outstanding"] = row["outstanding"]
    rows = [r for r in table.values() if r["opened_count"] or r["collected_count"] or r["outstanding"]]
    rows.sort(key=lambda r: (DEBTOR_ORDER.index(r["debtor_kind"]) if r["debtor_kind"] in DEBTOR_ORDER else 9,
                             -r["outstanding"], r["debtor"]))
    kinds = {}
    for row in rows:
        total = kinds.setdefault(row["debtor_kind"], {"debtor_kind": row["debtor_kind"], "opened": ZERO,
                                                      "collected": ZERO, "outstanding": ZERO})
        for key in ("opened", "collected", "outstanding"):
            total[key] += row[key]
    return {"debtors": rows, "by_kind": list(kinds.values()),
            "opened": sum((r["opened"] for r in rows), ZERO), "collected": sum((r["collected"] for r in rows), ZERO),
            "outstanding": sum((r["outstanding"] for r in rows), ZERO)}


def parts(period: Period) -> dict:
    """The warehouse in the period (at cost): received, issued to orders, returned from the
    workshop, net used; and the stock value now, by category."""
    totals = flow_totals(period)
    categories = stock_value_by("category")
    totals["stock_value"] = sum((c["value"] for c in categories), ZERO)
    totals["stock_parts"] = sum(c["parts"] for c in categories)
    totals["stock_by_category"] = categories
    return totals
