"""Every figure of the manager's statistics and dashboard (storage.reports), checked against sums made
here in plain Python over the raw rows of a generated store (storage.demo.generate, ten busy years at
scale 0.01: about 4,000 orders, reversals, collections, complaints), for a day, a week, a month, a
range, the whole ten years and a future month. Read-only: the store is generated once per module."""
import datetime as dt
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest

import storage
from storage import reports
from storage.demo import generate
from storage.models import JOB_TYPES, User
from storage.plumbing.db import close_database, database
from storage.rules import settings
from tests.conftest import PG_URL
from tests.conftest import _reset_postgres as reset_postgres

TODAY = dt.date(2026, 11, 24)
MOMENT = dt.datetime(2026, 11, 24, 16, 0)


def _day(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _time(value):
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _fen(value) -> Decimal:
    return Decimal(int(value or 0)).scaleb(-2)


def _select(sql: str) -> list[tuple]:
    return database.obj.execute_sql(sql).fetchall()


class Raw:
    """The rows the figures come from, as plain tuples: nothing of storage.reports is used."""

    def __init__(self):
        self.orders = {oid: dict(job=job, advisor=adv, status=status, opened=_time(op), delivered=_time(dl), comeback=cb)
                       for oid, job, adv, status, op, dl, cb in _select(
                           'SELECT id, job_type, advisor_id, status, opened_at, delivered_at, comeback_of_id FROM work_order')}
        self.settlements = {sid: dict(order=o, day=_day(d), reversed=_time(r), total=t, labour=lt, parts=pt, fees=ft,
                                      discount=dc, customer=cu, insurer=ins, warranty=wa, internal=it)
                            for sid, o, d, r, t, lt, pt, ft, dc, cu, ins, wa, it in _select(
                                'SELECT id, order_id, business_day, reversed_at, total, labour_total, parts_total, '
                                'fees_total, discount_total, customer_due, insurer_due, warranty_due, internal_due FROM settlement')}
        self.lines = _select('SELECT settlement_id, kind, amount, discount, quantity, order_line_id FROM settlement_line')
        self.line_team = dict(_select('SELECT id, team_id FROM work_order_line'))
        self.teams = dict(_select('SELECT id, name FROM team'))
        self.users = dict(_select('SELECT id, display_name FROM "user"'))
        self.movements = [(o, k, v, _time(at)) for o, k, v, at in
                          _select('SELECT order_id, kind, value, at FROM stock_movement')]
        self.follow_ups = [(s, score, _time(at)) for s, score, at in
                           _select('SELECT status, satisfaction, called_at FROM follow_up')]
        self.complaints = [(_time(r), src, status, verdict, _time(due)) for r, src, status, verdict, due in
                           _select('SELECT received_at, source, status, verdict, answer_due FROM complaint')]
        self.receivables = {rid: dict(settlement=s, kind=k, debtor=d, amount=a, collected=c, status=st)
                            for rid, s, k, d, a, c, st in _select(
                                'SELECT id, settlement_id, debtor_kind, debtor, amount, collected, status FROM receivable')}
        self.collections = [(r, a, _day(d)) for r, a, d in _select('SELECT receivable_id, amount, business_day FROM collection')]
        self.parts = _select('SELECT on_hand, stock_value FROM part')

    def sign(self, sid, period) -> int:
        s = self.settlements[sid]
        start, end = period.bounds()
        return int(period.start <= s["day"] <= period.end) - int(s["reversed"] is not None and start <= s["reversed"] < end)


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    if PG_URL:
        reset_postgres()
    else:
        storage.open_store(f"sqlite:///{(tmp_path_factory.mktemp('reports') / 'busy.db').as_posix()}")
    generate(scale=0.01, today=TODAY)
    yield Raw()
    close_database()


def _reversal_day(raw) -> dt.date:
    """A day with a reversal (the generator reverses and settles again the same day; a reversal on a
    later day is tested in test_reports.py)."""
    days = sorted(s["reversed"].date() for s in raw.settlements.values() if s["reversed"])
    assert days, "the generated store has no reversal"
    return days[-1]


PERIODS = {
    "today": lambda raw: reports.day(TODAY),
    "reversal day": lambda raw: reports.day(_reversal_day(raw)),
    "ISO week": lambda raw: reports.week(dt.date(2026, 11, 18)),
    "month": lambda raw: reports.month(2026, 10),
    "range over a year end": lambda raw: reports.between(dt.date(2024, 12, 10), dt.date(2025, 8, 20)),
    "the whole ten years": lambda raw: reports.between(dt.date(2016, 11, 25), TODAY),
    "a future month": lambda raw: reports.month(2027, 1),
}


@pytest.fixture(params=list(PERIODS), ids=list(PERIODS))
def case(request, raw):
    period = PERIODS[request.param](raw)
    return raw, period, reports.statistics(period, moment=MOMENT)


def _in(period, moment) -> bool:
    start, end = period.bounds()
    return moment is not None and start <= moment < end


def test_cars_in_by_job_type_and_advisor(case):
    raw, period, r = case
    opened = [o for o in raw.orders.values() if _in(period, o["opened"]) and o["status"] != "已取消"]
    jobs = Counter(o["job"] for o in opened)
    assert r["cars"]["in"] == len(opened)
    assert {row["job_type"]: row["count"] for row in r["cars"]["by_job"]} == {job: jobs.get(job, 0) for job in JOB_TYPES}
    advisors = Counter(raw.users[o["advisor"]] for o in opened)
    assert {a["advisor"]: a["cars_in"] for a in r["advisors"] if a["cars_in"]} == dict(advisors)


def test_revenue_by_kind_and_payer_net_of_discounts_and_reversals(case):
    raw, period, r = case
    sums, count = Counter(), 0
    for sid, s in raw.settlements.items():
        w = raw.sign(sid, period)
        count += w
        for key in ("total", "labour", "parts", "fees", "discount", "customer", "insurer", "warranty", "internal"):
            sums[key] += w * s[key]
    net, gross, discount, hours = Counter(), Counter(), Counter(), 0
    for sid, kind, amount, disc, quantity, _line in raw.lines:
        w = raw.sign(sid, period)
        net[kind] += w * (amount - disc)
        gross[kind] += w * amount
        discount[kind] += w * disc
        if kind == "工时":
            hours += w * quantity
    revenue = r["revenue"]
    assert revenue["settlements"] == r["cars"]["settled"] == count
    assert revenue["total"] == _fen(sums["total"]) == _fen(sum(net.values()))
    assert (revenue["labour"], revenue["parts"], revenue["fees"]) == (_fen(net["工时"]), _fen(net["材料"]), _fen(net["其他"]))
    assert revenue["gross"] == _fen(sums["labour"] + sums["parts"] + sums["fees"])
    assert revenue["discount"] == _fen(sums["discount"])
    assert {k["kind"]: (k["amount"], k["discount"]) for k in revenue["kinds"]} == {
        kind: (_fen(gross[kind]), _fen(discount[kind])) for kind in ("工时", "材料", "其他")}
    assert [p["amount"] for p in revenue["by_payer"]] == [_fen(sums[k]) for k in ("customer", "insurer", "warranty", "internal")]
    assert r["hours_sold"] == Decimal(hours).scaleb(-3)
    expected_ticket = (_fen(sums["total"]) / count).quantize(Decimal("0.01")) if count > 0 else None
    assert revenue["average_ticket"] == expected_ticket


def test_gross_margin_from_the_issue_movements_cost(case):
    raw, period, r = case
    by_order = defaultdict(list)
    for sid, s in raw.settlements.items():
        by_order[s["order"]].append(sid)
    cost = 0
    for order_id, kind, value, _at in raw.movements:
        if kind in ("出库", "退库") and order_id is not None:
            cost -= sum(raw.sign(sid, period) * value for sid in by_order.get(order_id, ()))
    parts_net = sum(raw.sign(sid, period) * (amount - disc) for sid, kind, amount, disc, _q, _l in raw.lines if kind == "材料")
    labour_net = sum(raw.sign(sid, period) * (amount - disc) for sid, kind, amount, disc, _q, _l in raw.lines if kind == "工时")
    paid_hours = sum(raw.sign(sid, period) * quantity for sid, kind, _a, _d, quantity, _l in raw.lines
                     if kind == "工时" and raw.orders[raw.settlements[sid]["order"]]["job"] != "返修")
    rate = settings.get_money("workshop.piece_rate")
    wages = (Decimal(paid_hours).scaleb(-3) * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total = sum(raw.sign(sid, period) * s["total"] for sid, s in raw.settlements.items())
    m = r["margin"]
    assert m["parts_cost"] == _fen(cost)
    assert m["parts_margin"] == _fen(parts_net - cost)
    assert (m["paid_hours"], m["labour_cost"]) == (Decimal(paid_hours).scaleb(-3), wages)
    assert m["labour_margin"] == _fen(labour_net) - wages
    assert m["gross_margin"] == _fen(total - cost) - wages
    if total > 0:
        expected = (_fen(total - cost) - wages) * 100 / _fen(total)
        assert m["gross_margin_percent"] == expected.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    else:
        assert m["gross_margin_percent"] is None


def test_output_per_advisor_and_per_team(case):
    raw, period, r = case
    output, settled = Counter(), Counter()
    for sid, s in raw.settlements.items():
        name = raw.users[raw.orders[s["order"]]["advisor"]]
        output[name] += raw.sign(sid, period) * s["total"]
        settled[name] += raw.sign(sid, period)
    shown = {a["advisor"]: (a["settlements"], a["total"]) for a in r["advisors"] if a["settlements"] or a["total"]}
    assert shown == {name: (settled[name], _fen(output[name])) for name in output if settled[name] or output[name]}
    hours, labour = Counter(), Counter()
    for sid, kind, amount, disc, quantity, line in raw.lines:
        if kind == "工时":
            team = raw.teams.get(raw.line_team.get(line), "（未派工）")
            hours[team] += raw.sign(sid, period) * quantity
            labour[team] += raw.sign(sid, period) * (amount - disc)
    teams = {t["team"]: (t["hours"], t["labour"]) for t in r["teams"] if t["hours"] or t["labour"]}
    assert teams == {team: (Decimal(hours[team]).scaleb(-3), _fen(labour[team])) for team in hours if hours[team] or labour[team]}


def test_rework_satisfaction_and_complaints(case):
    raw, period, r = case
    comebacks = sum(1 for o in raw.orders.values() if o["comeback"] and o["status"] != "已取消" and _in(period, o["opened"]))
    delivered = sum(1 for o in raw.orders.values() if _in(period, o["delivered"]))
    assert (r["rework"]["comebacks"], r["rework"]["delivered"]) == (comebacks, delivered)
    assert r["cars"]["delivered"] == delivered
    calls = [(status, score) for status, score, at in raw.follow_ups if _in(period, at)]
    scores = Counter(score for status, score in calls if status == "已回访" and score)
    s = r["satisfaction"]
    assert (s["calls"], s["reached"]) == (len(calls), sum(1 for status, _ in calls if status == "已回访"))
    assert s["scores"] == {n: scores.get(n, 0) for n in range(1, 6)}
    if scores:
        average = Decimal(sum(k * v for k, v in scores.items())) / sum(scores.values())
        assert s["average"] == average.quantize(Decimal("0.01"))
        satisfied = scores[4] + scores[5]
        assert s["satisfied_percent"] == (Decimal(satisfied) * 100 / sum(scores.values())).quantize(Decimal("0.1"))
    else:
        assert s["average"] is None and s["satisfied_percent"] is None
    received = [c for c in raw.complaints if _in(period, c[0])]
    c = r["complaints"]
    assert c["received"] == len(received)
    assert c["by_source"] == dict(Counter(x[1] for x in received))
    assert c["open"] == sum(1 for x in raw.complaints if x[2] in ("处理中", "已答复"))
    assert c["overdue"] == sum(1 for x in raw.complaints if x[2] == "处理中" and x[4] < MOMENT)


def test_receivables_by_debtor(case):
    raw, period, r = case
    opened, collected, outstanding = Counter(), Counter(), Counter()
    for rec in raw.receivables.values():
        key = (rec["kind"], rec["debtor"])
        opened[key] += raw.sign(rec["settlement"], period) * rec["amount"]
        if rec["status"] in ("未收", "部分"):
            outstanding[key] += rec["amount"] - rec["collected"]
    for rid, amount, day in raw.collections:
        if period.contains(day):
            rec = raw.receivables[rid]
            collected[(rec["kind"], rec["debtor"])] += amount
    rows = {(d["debtor_kind"], d["debtor"]): (d["opened"], d["collected"], d["outstanding"]) for d in r["receivables"]["debtors"]}
    keys = {k for k in set(opened) | set(collected) | set(outstanding) if opened[k] or collected[k] or outstanding[k]}
    assert set(rows) <= keys | {k for k in rows if rows[k] == (0, 0, 0)}
    for key in keys:
        assert rows.get(key, (0, 0, 0)) == (_fen(opened[key]), _fen(collected[key]), _fen(outstanding[key])), key
    rec = r["receivables"]
    assert (rec["opened"], rec["collected"], rec["outstanding"]) == (
        _fen(sum(opened.values())), _fen(sum(collected.values())), _fen(sum(outstanding.values())))


def test_parts_flow_and_stock_value(case):
    raw, period, r = case
    start = dt.datetime.combine(period.start, dt.time())
    last = dt.datetime.combine(period.end, dt.time(23, 59, 59))
    flow = Counter()
    for _order, kind, value, at in raw.movements:
        if start <= at <= last:
            flow[kind] += value
    p = r["parts"]
    assert p["received_value"] == _fen(flow["入库"])
    assert p["issued_value"] == _fen(-flow["出库"])
    assert p["returned_value"] == _fen(flow["退库"])
    assert p["stock_value"] == _fen(sum(v for on_hand, v in raw.parts if on_hand > 0))
    assert p["sales"] == r["revenue"]["parts"] and p["cost_of_sales"] == r["margin"]["parts_cost"]


def test_a_future_month_is_empty_and_the_ten_years_hold_everything(raw):
    future = reports.statistics(reports.month(2027, 1), moment=MOMENT)
    assert future["cars"]["in"] == 0 and future["revenue"]["total"] == 0 and future["revenue"]["average_ticket"] is None
    assert future["satisfaction"]["calls"] == 0 and future["advisors"] == []
    everything = reports.statistics(reports.between(dt.date(2016, 11, 25), TODAY), moment=MOMENT)
    live = sum(s["total"] for s in raw.settlements.values() if s["reversed"] is None)
    assert everything["revenue"]["total"] == _fen(live)  # every reversal inside the ten years cancels its settlement


def test_the_days_of_a_month_add_up_to_the_month(raw):
    month = reports.month(2026, 10)
    whole = reports.statistics(month, moment=MOMENT)
    days = reports.daily_trend(month)
    assert [d["day"] for d in days] == [month.start + dt.timedelta(days=i) for i in range(31)]
    assert sum(d["cars_in"] for d in days) == whole["cars"]["in"]
    assert sum(d["settlements"] for d in days) == whole["revenue"]["settlements"]
    assert sum((d["revenue"] for d in days), Decimal(0)) == whole["revenue"]["total"]
    for d in days[:5]:
        one = reports.statistics(reports.day(d["day"]), moment=MOMENT)
        assert (d["cars_in"], d["revenue"]) == (one["cars"]["in"], one["revenue"]["total"])


def test_the_dashboard_matches_the_raw_rows(raw):
    manager = User.get(User.username == "manager1")
    board = reports.dashboard(manager, reports.month(2026, 11))
    start = dt.datetime(2026, 11, 1)
    per_day_cars = Counter(o["opened"].date() for o in raw.orders.values()
                           if o["opened"] >= start and o["status"] != "已取消")
    per_day_money = Counter()
    for s in raw.settlements.values():
        if s["day"] >= start.date():
            per_day_money[s["day"]] += s["total"]
        if s["reversed"] and s["reversed"] >= start:
            per_day_money[s["reversed"].date()] -= s["total"]
    assert len(board["trend"]) == 30
    for row in board["trend"]:
        assert (row["cars_in"], row["revenue"]) == (per_day_cars.get(row["day"], 0), _fen(per_day_money.get(row["day"], 0)))
    mix = Counter(o["job"] for o in raw.orders.values() if o["opened"] >= start and o["status"] != "已取消")
    assert {m["job_type"]: m["count"] for m in board["job_mix"]} == dict(mix)
    headline = board["headline"]
    assert headline["cars_in"] == sum(per_day_cars.values())
    assert headline["revenue"] == _fen(sum(per_day_money.values()))
    in_workshop = sum(1 for o in raw.orders.values() if o["status"] in ("待派工", "维修中", "待料", "待客户确认", "质检", "返工", "完工"))
    assert headline["in_workshop"] == in_workshop
    outstanding = sum(x["amount"] - x["collected"] for x in raw.receivables.values() if x["status"] in ("未收", "部分"))
    assert headline["receivables_outstanding"] == _fen(outstanding)
