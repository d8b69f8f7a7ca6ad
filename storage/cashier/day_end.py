"""日结: the day's figures (takings by method and by cashier, receivables opened and collected,
discounts, voids, deposits), closing the day, and the Excel export.

The figures read only rows dated the day (business_day, reversed_at), never a row's current
status, so they come out the same whenever they are computed; the close keeps them as printed."""
import datetime as dt
import json
from decimal import Decimal

import peewee

from storage.cashier.common import NOT_TAKINGS, DayClosed, lock_day, today
from storage.models import PAYMENT_METHODS, Collection, DayClose, Payment, Receivable, Settlement, User, summed
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.files import atomic_writer
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.money import ZERO

Approver = User.alias("approver")


def day_figures(day: dt.date) -> dict:
    """Everything the day-end sheet shows, as plain data (Decimal money), in a fixed number of queries."""
    s = Settlement
    made = (
        s.select(
            peewee.fn.COUNT(s.id),
            summed(s.total, s.total), summed(s.labour_total, s.total), summed(s.parts_total, s.total),
            summed(s.fees_total, s.total), summed(s.discount_total, s.total), summed(s.customer_due, s.total),
            summed(s.insurer_due, s.total), summed(s.warranty_due, s.total), summed(s.internal_due, s.total),
        )
        .where(s.business_day == day)
        .tuples()
        .first()
    )
    keys = ("count", "total", "labour", "parts", "fees", "discount", "customer", "insurer", "warranty", "internal")
    settlements = dict(zip(keys, made))

    by_method = list(
        Payment.select(Payment.method, summed(Payment.amount, Payment.amount), peewee.fn.COUNT(Payment.id))
        .where(Payment.business_day == day)
        .group_by(Payment.method)
        .tuples()
    )
    methods = [{"method": m, "amount": a, "count": c} for m, a, c in sorted(by_method, key=_method_order)]
    takings = sum((m["amount"] for m in methods if m["method"] not in NOT_TAKINGS), ZERO)

    by_cashier = {}
    for user_id, name, method, amount in (
        Payment.select(User.id, User.display_name, Payment.method, summed(Payment.amount, Payment.amount))
        .join(User, on=(Payment.cashier == User.id))
        .where(Payment.business_day == day)
        .group_by(User.id, User.display_name, Payment.method)
        .tuples()
    ):
        entry = by_cashier.setdefault(user_id, {"cashier": name, "methods": {}, "takings": ZERO})
        entry["methods"][method] = amount
        if method not in NOT_TAKINGS:
            entry["takings"] += amount

    deposits = (
        Payment.select(
            summed(peewee.Case(None, [(Payment.settlement.is_null() & (Payment.amount > 0), Payment.amount)], 0), Payment.amount),
            summed(peewee.Case(None, [(Payment.settlement.is_null() & (Payment.amount < 0), 0 - Payment.amount)], 0), Payment.amount),
        )
        .where((Payment.business_day == day) & Payment.appointment.is_null(False))
        .tuples()
        .first()
    )

    opened = (
        Receivable.select(Receivable.debtor_kind, summed(Receivable.amount, Receivable.amount), peewee.fn.COUNT(Receivable.id))
        .join(Settlement, on=(Receivable.settlement == Settlement.id))
        .where(Settlement.business_day == day)
        .group_by(Receivable.debtor_kind)
        .tuples()
    )
    collected = (
        Collection.select(Receivable.debtor_kind, summed(Collection.amount, Collection.amount), peewee.fn.COUNT(Collection.id))
        .join(Receivable, on=(Collection.receivable == Receivable.id))
        .where(Collection.business_day == day)
        .group_by(Receivable.debtor_kind)
        .tuples()
    )

    discounts = [
        {"number": n, "discount": d, "bill_discount": b, "cashier": c, "approved_by": a or ""}
        for n, d, b, c, a in (
            s.select(s.number, s.discount_total, s.bill_discount, User.display_name, Approver.display_name)
            .join(User, on=(s.cashier == User.id))
            .switch(s)
            .join(Approver, peewee.JOIN.LEFT_OUTER, on=(s.discount_approved_by == Approver.id))
            .where((s.business_day == day) & (s.discount_total > 0))
            .order_by(s.id)
            .tuples()
        )
    ]
    start = dt.datetime.combine(day, dt.time.min)
    voids = [
        {"number": n, "total": t, "customer_due": c, "reason": r, "reversed_at": at, "reversed_by": by, "approved_by": a or ""}
        for n, t, c, r, at, by, a in (
            s.select(s.number, s.total, s.customer_due, s.reversal_reason, s.reversed_at, User.display_name, Approver.display_name)
            .join(User, on=(s.reversed_by == User.id))
            .switch(s)
            .join(Approver, peewee.JOIN.LEFT_OUTER, on=(s.reversal_approved_by == Approver.id))
            .where((s.reversed_at >= start) & (s.reversed_at < start + dt.timedelta(days=1)))
            .order_by(s.reversed_at, s.id)
            .tuples()
        )
    ]
    return {
        "day": day,
        "settlements": settlements,
        "methods": methods,
        "takings": takings,
        "cashiers": sorted(by_cashier.values(), key=lambda e: e["cashier"]),
        "deposits": {"received": deposits[0], "refunded": deposits[1]},
        "receivables_opened": [{"debtor_kind": k, "amount": a, "count": c} for k, a, c in opened],
        "receivables_collected": [{"debtor_kind": k, "amount": a, "count": c} for k, a, c in collected],
        "discounts": discounts,
        "discount_total": sum((d["discount"] for d in discounts), ZERO),
        "voids": voids,
    }


def day_report(day: dt.date | None = None) -> dict:
    """The figures plus whether (and by whom) the day is closed: what the day-end screen and print show."""
    day = day or today()
    figures = day_figures(day)
    close = (
        DayClose.select(DayClose, User).join(User, on=(DayClose.closed_by == User.id)).where(DayClose.business_day == day).first()
    )
    figures["closed"] = close is not None
    figures["closed_at"] = close.closed_at if close else None
    figures["closed_by"] = close.closed_by.display_name if close else ""
    return figures


def close_day(user, day: dt.date | None = None) -> DayClose:
    """日结: freeze the day. Afterwards nothing dated that day can be added or changed."""
    require(user, "cashier.day_close")
    day = day or today()
    if day > today():
        raise ValidationError(f"{day:%Y-%m-%d} 还没有到，不能日结。", field="day")
    with transaction():
        lock_day(day)
        done = DayClose.select(DayClose.closed_at).where(DayClose.business_day == day).first()
        if done:
            raise DayClosed(f"{day:%Y-%m-%d} 已于 {done.closed_at:%Y-%m-%d %H:%M} 日结，不能重复日结。")
        figures = day_figures(day)
        summary = to_json(figures)
        close = DayClose.create(business_day=day, closed_by=user.id, summary=summary)
        record(user, "day.close", close, after={"day": day, "takings": figures["takings"],
                                                 "settlements": figures["settlements"]["count"]})
        changes.notify("cashier")
    return close


def to_json(figures: dict) -> str:
    def plain(value):
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
        raise TypeError(type(value))

    return json.dumps(figures, default=plain, ensure_ascii=False, sort_keys=True)


def _method_order(row):
    return PAYMENT_METHODS.index(row[0]) if row[0] in PAYMENT_METHODS else len(PAYMENT_METHODS)


def export_xlsx(figures: dict, path) -> None:
    """The day-end sheet as an Excel workbook (for finance), from day_figures/day_report."""
    # lazy: openpyxl adds about 200 ms to the program's start (measured with the start-up set loaded)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    bold = Font(bold=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "日结汇总"
    s = figures["settlements"]
    rows = [
        ("营业日", figures["day"].isoformat()),
        ("结算单数", s["count"]),
        ("结算总额", s["total"]), ("工时费", s["labour"]), ("材料费", s["parts"]), ("其他费用", s["fees"]),
        ("优惠合计", s["discount"]), ("客户自付", s["customer"]), ("保险公司挂账", s["insurer"]),
        ("厂家索赔挂账", s["warranty"]), ("内部承担", s["internal"]),
        ("实收合计（不含定金抵扣、会员余额）", figures["takings"]),
        ("收取定金", figures["deposits"]["received"]), ("退还定金", figures["deposits"]["refunded"]),
    ]
    if figures.get("closed"):
        rows.append(("日结状态", f"已日结（{figures['closed_by']} {figures['closed_at']:%Y-%m-%d %H:%M}）"))
    elif "closed" in figures:
        rows.append(("日结状态", "未日结"))
    for row in rows:
        sheet.append(row)
    _table(book, "收款方式", ("收款方式", "金额", "笔数"),
           [(m["method"], m["amount"], m["count"]) for m in figures["methods"]], bold)

    _table(book, "收银员", ("收银员", *PAYMENT_METHODS, "实收合计"),
           [(c["cashier"], *(c["methods"].get(m, ZERO) for m in PAYMENT_METHODS), c["takings"]) for c in figures["cashiers"]], bold)
    _table(book, "挂账", ("类别", "挂账方", "金额", "笔数"),
           [("新增挂账", r["debtor_kind"], r["amount"], r["count"]) for r in figures["receivables_opened"]]
           + [("回款", r["debtor_kind"], r["amount"], r["count"]) for r in figures["receivables_collected"]], bold)
    _table(book, "优惠", ("结算单号", "优惠合计", "其中整单优惠", "收银员", "授权人"),
           [(d["number"], d["discount"], d["bill_discount"], d["cashier"], d["approved_by"]) for d in figures["discounts"]], bold)
    _table(book, "冲销", ("结算单号", "结算总额", "客户自付", "原因", "冲销时间", "经办人", "授权人"),
           [(v["number"], v["total"], v["customer_due"], v["reason"], v["reversed_at"], v["reversed_by"], v["approved_by"])
            for v in figures["voids"]], bold)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, Decimal):
                    cell.number_format = "#,##0.00"
        ws.column_dimensions["A"].width = 36 if ws.title == "日结汇总" else 20
    with atomic_writer(path) as handle:
        book.save(handle)


def _table(book, title, header, rows, bold) -> None:
    sheet = book.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = bold
    for row in rows:
        sheet.append(row)
