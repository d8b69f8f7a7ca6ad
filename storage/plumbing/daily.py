"""每日汇总 (daily_figure): the manager's report figures kept per day, so a report over ten years
reads a few thousand summary rows instead of millions of raw ones (issue 21 item 4).

One row per (figure, day, k1, k2, k3) with a count `n`, up to nine sums `v1`..`v9` and `events`, the
raw rows that made it (unsigned), all whole numbers in the raw columns' own units (fen, thousandths),
so they add up exactly on every database:

    cars       DATE(opened_at) × advisor (k1) × job type (k2): orders opened, not cancelled (n);
               of them comebacks (v1)                                          进厂台次, 返修
    delivered  DATE(delivered_at): cars delivered (n)                                   返修率
    settled    day × advisor of the order (k1): settlements (n) and their SETTLEMENT_SUMS (v1..v9)
    lines      day × team of the labour line (k1, 0 none) × kind (k2): amount, discount,
               quantity, quantity outside comebacks (v1..v4)
    cost       day: the order's issue movements (出库, 退库) value (v1)                 parts cost
    opened     day × debtor kind (k2) × debtor (k3): receivables (n) and amount (v1)      挂账
    flow       DATE(at) × movement kind (k2): slips (n), quantity, value, value on purchase
               orders (v1..v3)                                                       进销存
    calls      DATE(called_at) × follow-up status (k2) × score (k3, "" none): calls (n)     回访满意度

The settlement figures are counted the way the day-end sheet counts them (storage.reports.figures):
a settlement adds on its business day, and the same amounts are taken off on the day it was
reversed; every figure of a settlement is computed from its rows as they are now (the order's
advisor and job type, the lines' teams, the order's issue movements).

Kept exact in the writer's own transaction:
  - `tracking(order_id)` around every change to an order's settlements, their lines' teams, its
    issue movements or its job type: the order's contributions are taken off before the change and
    added back after it (the settle, the reversal, a dispatch, an issue or a return, a job-type edit);
    nested calls for the same order do nothing more.
  - `order_row(before, after)` for the order row's own figures (cars, delivered): check-in, every
    status change (cancel, delivery).
  - `movement(m)` for each stock movement (storage.parts.ledger.post: receipts, issues, returns,
    counts, adjustments, returns to suppliers).
Every change is an upsert that adds to the row (INSERT … ON CONFLICT DO UPDATE SET n = n + …), so two
stations writing the same day's row at once both count.

`rebuild()` recomputes the whole table from the raw rows (the migration, demo generation and any
bulk load call it); `differences()` compares the table with the raw rows for `check`.
"""
import contextlib
import contextvars
import datetime as dt

import peewee
from peewee import EXCLUDED, fn

from storage.models import (
    DailyFigure, FollowUp, Receivable, Settlement, SettlementLine, StockMovement, WorkOrder, WorkOrderLine,
)
from storage.plumbing.db import transaction
from storage.rules.vocabulary import JobType, LineKind, MovementKind, OrderStatus

VALUES = ("n", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "events")
WIDTH = len(VALUES)
SETTLEMENT_SUMS = ("total", "labour_total", "parts_total", "fees_total", "discount_total",
                   "customer_due", "insurer_due", "warranty_due", "internal_due")
LABOUR, COMEBACK, CANCELLED = LineKind.LABOUR, JobType.COMEBACK, OrderStatus.CANCELLED
ISSUES = (MovementKind.ISSUED, MovementKind.RETURNED)
FIGURES = ("cars", "delivered", "settled", "lines", "cost", "opened", "flow", "calls")
BATCH = 500
MONTH = "m:"  # a month's row: the figure's days added up, on the month's first day

_tracked: contextvars.ContextVar = contextvars.ContextVar("daily_tracked", default=frozenset())


def as_day(value) -> dt.date:
    """DATE(...) comes back as text on SQLite and as a date on PostgreSQL."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _on(query, db=None):
    """The query's rows, run on `db` when given (without rebinding the models: other threads use them)."""
    return query if db is None else query.execute(db)


def _raw(expr):
    """An aggregate as the raw integer (fen, thousandths), not converted by its column's field."""
    return fn.COALESCE(expr, 0).coerce(False)


def _add(into: dict, key: tuple, values, sign: int = 1, events: int = 0) -> None:
    """Add `values` (n, v1, …) times `sign` to the key's row; `events` raw rows made it (never signed:
    a settlement made and reversed in one period is still a row the period looked at)."""
    row = into.setdefault(key, [0] * WIDTH)
    for i, value in enumerate(values):
        row[i] += sign * int(value or 0)
    row[-1] += events


# ---------------------------------------------------------------- contributions from the raw rows

def _order_scope(model_order_field, order_id):
    return True if order_id is None else (model_order_field == order_id)


def _cars(into: dict, order_id=None, db=None) -> None:
    o = WorkOrder
    day = fn.DATE(o.opened_at)
    comeback = fn.SUM(peewee.Case(None, [(o.comeback_of.is_null(False), 1)], 0))
    rows = (o.select(day, o.advisor, o.job_type, fn.COUNT(o.id), comeback)
            .where((o.status != CANCELLED) & o.opened_at.is_null(False) & _order_scope(o.id, order_id))
            .group_by(day, o.advisor, o.job_type).tuples())
    for d, advisor, job, count, comebacks in _on(rows, db):
        _add(into, ("cars", as_day(d), advisor or 0, job or "", ""), (count, comebacks), events=count)
    day = fn.DATE(o.delivered_at)
    rows = (o.select(day, fn.COUNT(o.id)).where(o.delivered_at.is_null(False) & _order_scope(o.id, order_id))
            .group_by(day).tuples())
    for d, count in _on(rows, db):
        _add(into, ("delivered", as_day(d), 0, "", ""), (count,), events=count)


def _halves():
    """(day expression, condition, sign): a settlement counts +1 on its business day and -1 on the
    day it was reversed."""
    s = Settlement
    return ((s.business_day, True, 1), (fn.DATE(s.reversed_at), s.reversed_at.is_null(False), -1))


def _settlements(into: dict, order_id=None, db=None) -> None:
    s, o = Settlement, WorkOrder
    for day, condition, sign in _halves():
        scope = condition & _order_scope(s.order, order_id)
        rows = (s.select(day, o.advisor, fn.COUNT(s.id), *[_raw(fn.SUM(getattr(s, n))) for n in SETTLEMENT_SUMS])
                .join(o, on=(s.order == o.id)).where(scope).group_by(day, o.advisor).tuples())
        for d, advisor, *values in _on(rows, db):
            _add(into, ("settled", as_day(d), advisor or 0, "", ""), values, sign, events=values[0])
        line = SettlementLine
        team_line = WorkOrderLine.alias("team_line")
        paid = peewee.Case(None, [(o.job_type == COMEBACK, 0)], line.quantity)
        rows = (line.select(day, line.kind, team_line.team, fn.COUNT(line.id), _raw(fn.SUM(line.amount)),
                            _raw(fn.SUM(line.discount)), _raw(fn.SUM(line.quantity)), _raw(fn.SUM(paid)))
                .join(s, on=(line.settlement == s.id))
                .join(o, on=(s.order == o.id))
                .switch(line)
                .join(team_line, peewee.JOIN.LEFT_OUTER, on=((line.order_line == team_line.id) & (line.kind == LABOUR)))
                .where(scope).group_by(day, line.kind, team_line.team).tuples())
        for d, kind, team, count, *values in _on(rows, db):
            _add(into, ("lines", as_day(d), team or 0, kind, ""), (0, *values), sign, events=count)
        m = StockMovement
        rows = (m.select(day, fn.COUNT(m.id), _raw(fn.SUM(m.value))).join(s, on=(m.order == s.order))
                .where(scope & (m.kind << ISSUES)).group_by(day).tuples())
        for d, count, value in _on(rows, db):
            _add(into, ("cost", as_day(d), 0, "", ""), (0, value), sign, events=count)
        r = Receivable
        rows = (r.select(day, r.debtor_kind, r.debtor, fn.COUNT(r.id), _raw(fn.SUM(r.amount)))
                .join(s, on=(r.settlement == s.id)).where(scope)
                .group_by(day, r.debtor_kind, r.debtor).tuples())
        for d, kind, debtor, count, amount in _on(rows, db):
            _add(into, ("opened", as_day(d), 0, kind, debtor), (count, amount), sign, events=count)


def _flow(into: dict, db=None) -> None:
    m = StockMovement
    day = fn.DATE(m.at)
    with_po = peewee.Case(None, [(m.purchase_line.is_null(False), m.value)], 0)
    rows = (m.select(day, m.kind, fn.COUNT(m.id), fn.COUNT(fn.DISTINCT(m.document)), _raw(fn.SUM(m.quantity)),
                     _raw(fn.SUM(m.value)), _raw(fn.SUM(with_po)))
            .group_by(day, m.kind).tuples())
    for d, kind, count, documents, *values in _on(rows, db):
        _add(into, ("flow", as_day(d), 0, kind, ""), (documents, *values), events=count)


def _calls(into: dict, db=None) -> None:
    f = FollowUp
    day = fn.DATE(f.called_at)
    rows = (f.select(day, f.status, f.satisfaction, fn.COUNT(f.id)).where(f.called_at.is_null(False))
            .group_by(day, f.status, f.satisfaction).tuples())
    for d, status, score, count in _on(rows, db):
        _add(into, ("calls", as_day(d), 0, status, "" if score is None else str(score)), (count,), events=count)


def computed(db=None) -> dict:
    """Every figure of every day, from the raw rows: {(figure, day, k1, k2, k3): [n, v1..v9, events]}.
    `db`: a handle of its own (check on a backup); the models stay bound where they are."""
    into: dict = {}
    _cars(into, db=db)
    _settlements(into, db=db)
    _flow(into, db=db)
    _calls(into, db=db)
    return _nonzero(_with_months(into))


def _nonzero(rows: dict) -> dict:
    return {key: values for key, values in rows.items() if any(values)}


# ---------------------------------------------------------------- the table

def _rows_of(changes: dict) -> list[dict]:
    return [{"figure": f, "day": d, "k1": k1, "k2": k2, "k3": k3, **dict(zip(VALUES, values))}
            for (f, d, k1, k2, k3), values in changes.items() if any(values)]


def _with_months(changes: dict) -> dict:
    """The day rows and, for each, its month's row (MONTH + figure, the month's first day)."""
    out = {key: list(values) for key, values in changes.items()}
    for (figure, day, k1, k2, k3), values in changes.items():
        if not figure.startswith(MONTH):
            _add(out, (MONTH + figure, day.replace(day=1), k1, k2, k3), values[:-1], events=values[-1])
    return out


def apply(changes: dict, sign: int = 1) -> None:
    """Add `changes` ({key: [n, v1..v9, events]}, day rows) to the table and to their months' rows,
    times `sign`; rows are created as needed."""
    if sign != 1:
        changes = {key: [sign * v for v in values] for key, values in changes.items()}
    rows = _rows_of(_with_months(changes))
    if not rows:
        return
    d = DailyFigure
    update = {getattr(d, name): getattr(d, name) + getattr(EXCLUDED, name) for name in VALUES}
    for start in range(0, len(rows), BATCH):
        (d.insert_many(rows[start:start + BATCH])
         .on_conflict(conflict_target=[d.figure, d.day, d.k1, d.k2, d.k3], update=update).execute())


def stored(db=None) -> dict:
    """The table as it is, rows of all zeros left out."""
    d = DailyFigure
    rows = _on(d.select(d.figure, d.day, d.k1, d.k2, d.k3, *[getattr(d, n) for n in VALUES]).tuples(), db)
    return _nonzero({(f, as_day(day), k1, k2, k3): list(values) for f, day, k1, k2, k3, *values in rows})


def rebuild() -> int:
    """Recompute the whole table from the raw rows (in the caller's transaction when there is one).
    Returns the number of rows written."""
    with transaction():
        DailyFigure.delete().execute()
        rows = _rows_of(computed())
        for start in range(0, len(rows), BATCH):
            DailyFigure.insert_many(rows[start:start + BATCH]).execute()
    return len(rows)


def differences(limit: int = 50, db=None) -> list[tuple]:
    """(key, stored values, computed values) wherever the table disagrees with the raw rows."""
    have, want = stored(db), computed(db)
    found = []
    for key in sorted(set(have) | set(want), key=lambda k: (k[0], k[1], k[2], k[3], k[4])):
        if have.get(key) != want.get(key):
            found.append((key, have.get(key), want.get(key)))
            if len(found) > limit:
                break
    return found


# ---------------------------------------------------------------- the writers' hooks

def _order_contributions(order_id: int) -> dict:
    into: dict = {}
    _settlements(into, order_id)
    return into


@contextlib.contextmanager
def tracking(order_id: int):
    """Around a change to the order's settlements (made, reversed), its lines' teams, its issue
    movements or its job type: its settlement figures are taken off before and added after, in the
    caller's transaction. Nested for the same order, only the outermost counts."""
    if order_id is None or order_id in _tracked.get():
        yield
        return
    token = _tracked.set(_tracked.get() | {order_id})
    try:
        settled = Settlement.select().where(Settlement.order == order_id)
        before = _order_contributions(order_id) if settled.exists() else {}
        yield
        after = _order_contributions(order_id) if before or settled.exists() else {}
        changes = dict(after)
        for key, values in before.items():
            _add(changes, key, values, -1)
        apply(changes)
    finally:
        _tracked.reset(token)


def _order_row(order) -> dict:
    into: dict = {}
    if order is None:
        return into
    if order.status != CANCELLED and order.opened_at is not None:
        _add(into, ("cars", as_day(order.opened_at), order.advisor_id or 0, order.job_type or "", ""),
             (1, 1 if order.comeback_of_id is not None else 0), events=1)
    if order.delivered_at is not None:
        _add(into, ("delivered", as_day(order.delivered_at), 0, "", ""), (1,), events=1)
    return into


def order_row(before, after) -> None:
    """The order row's own figures (cars in, delivered) after it was created (`before` None) or
    changed (status, job type, advisor, delivery)."""
    changes = _order_row(after)
    for key, values in _order_row(before).items():
        _add(changes, key, values, -1)
    apply(changes)


@contextlib.contextmanager
def order_saving(order_id: int, *, settled: bool = False):
    """Around a save of the order row (storage.plumbing.locking.save_versioned): its own figures as they were
    and as they are; with `settled` (advisor, job type) its settlements' figures too."""
    with tracking(order_id) if settled else contextlib.nullcontext():
        before = WorkOrder.get_or_none(WorkOrder.id == order_id)
        yield
        order_row(before, WorkOrder.get_or_none(WorkOrder.id == order_id))


def _call_row(follow_up) -> dict:
    into: dict = {}
    if follow_up is not None and follow_up.called_at is not None:
        score = "" if follow_up.satisfaction is None else str(follow_up.satisfaction)
        _add(into, ("calls", as_day(follow_up.called_at), 0, follow_up.status, score), (1,), events=1)
    return into


@contextlib.contextmanager
def follow_up_saving(follow_up_id: int):
    """Around a save of a follow-up call (storage.plumbing.locking.save_versioned): its call as it was and is."""
    before = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    yield
    changes = _call_row(FollowUp.get_or_none(FollowUp.id == follow_up_id))
    for key, values in _call_row(before).items():
        _add(changes, key, values, -1)
    apply(changes)


def first_of_slip(at, kind: str, document: str, *, other_than=None) -> bool:
    """No movement of this kind and slip yet on that day: the slip counts once in the day's flow."""
    start = dt.datetime.combine(as_day(at), dt.time())
    s = StockMovement
    query = s.select().where((s.at >= start) & (s.at < start + dt.timedelta(days=1)) & (s.kind == kind)
                             & (s.document == document))
    if other_than is not None:
        query = query.where(s.id != other_than)
    return not query.exists()


def movements_added(at, kind: str, new_slip: bool, *, quantity, value, po_value=0, count: int = 1) -> None:
    """Movements of one kind and slip just written on the day of `at` (Decimal quantity and value)."""
    change: dict = {}
    _add(change, ("flow", as_day(at), 0, kind, ""), (1 if new_slip else 0, StockMovement.quantity.db_value(quantity),
                                                     StockMovement.value.db_value(value),
                                                     StockMovement.value.db_value(po_value)), events=count)
    apply(change)


def movement(m) -> None:
    """A stock movement just written (storage.parts.ledger.post): its day's flow."""
    movements_added(m.at, m.kind, first_of_slip(m.at, m.kind, m.document, other_than=m.id), quantity=m.quantity,
                    value=m.value, po_value=m.value if m.purchase_line_id is not None else 0)


# ---------------------------------------------------------------- reading

def _month_after(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def full_months(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """[first, after): the whole months inside start..end (first == after when there is none)."""
    first = start if start.day == 1 else _month_after(start)
    after = _month_after(end) if _month_after(end) - dt.timedelta(days=1) == end else end.replace(day=1)
    return first, max(first, after)


def summed(figure: str, start: dt.date, end: dt.date, *, by=("k1", "k2", "k3")) -> list[tuple]:
    """SUM of each value of `figure` over the days start..end, grouped by the named key columns
    (and "day": then from the day rows only): tuples of the keys then n, v1..v9, events as raw
    integers. The whole months inside the range are read from their month rows, the days at its
    edges from the day rows: ten years are some 120 month rows per key, not 3,650 day rows."""
    d = DailyFigure
    keys = [getattr(d, name) for name in by]
    days = (d.figure == figure) & (d.day >= start) & (d.day <= end)
    first, after = full_months(start, end)
    if "day" not in by and first < after:
        days = ((d.figure == figure) & (((d.day >= start) & (d.day < first)) | ((d.day >= after) & (d.day <= end)))
                | ((d.figure == MONTH + figure) & (d.day >= first) & (d.day < after)))
    return list(d.select(*keys, *[_raw(fn.SUM(getattr(d, n))) for n in VALUES]).where(days).group_by(*keys).tuples())
