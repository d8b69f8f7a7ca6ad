"""The daily actions, each through the storage functions its window calls, and (where there is one) the
same question asked in plain SQL with Python's sqlite3 on the same file.

Every action is a function `(ctx) -> callable`; the callable runs the action once and returns either
None (the whole call is timed) or the milliseconds of its core (write actions time the storage call,
not the untimed setup inside the same rolled-back transaction; with ctx.keep they commit, and the
commit is timed: the durability rows, on a throwaway copy). RAW maps a name to `(ctx, con) -> callable`
over a sqlite3 connection."""
import datetime as dt
import random
from contextlib import contextmanager
from dataclasses import dataclass, field

from bench import timing
from bench.probes import bare_page
from bench.timing import timed
from printing.base import render_to_bytes
from storage import cashier, reports, workshop
from storage.demo import DEMO_PASSWORD
from storage.models import User, WorkOrder
from storage.parts import catalogue, reads, stock
from storage.plumbing.db import database, is_sqlite
from storage.reception import checkin, documents, estimate, search
from storage.rules import auth
from storage.rules.vocabulary import PaymentMethod

KEPT_RUNS = 200  # at most this many committed runs (warm-up included) of a write action on one copy


@dataclass
class Context:
    """What the actions need, picked once per run from the dataset with a fixed seed."""
    today: dt.date
    users: dict
    plates: list = field(default_factory=list)
    phones: list = field(default_factory=list)
    vins: list = field(default_factory=list)
    order_ids: list = field(default_factory=list)
    busiest_part: int = 0
    last_cursors: dict = field(default_factory=dict)
    turn: int = 0
    keep: bool = False  # write actions commit (and the commit is timed) instead of rolling back

    def next(self, values: list):
        """A different sample each run (the look-up is not answered from one warm row)."""
        self.turn += 1
        return values[self.turn % len(values)]


def _scalar(sql, *params):
    row = database.obj.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def _rows(sql, *params):
    return list(database.obj.execute_sql(sql, params).fetchall())


def _ph(sql: str) -> str:
    """sqlite3 placeholders ("?") as the open database wants them (psycopg uses %s)."""
    return sql if is_sqlite() else sql.replace("?", "%s")


def make_context(today: dt.date) -> Context:
    users = {}
    for role, name in (("advisor", "advisor1"), ("parts", "parts1"), ("cashier", "cashier1"),
                       ("manager", "manager1"), ("dispatch", "dispatch1")):
        users[role] = User.get(User.username == name)
    rng = random.Random(8)
    max_vehicle = _scalar("SELECT MAX(id) FROM vehicle")
    max_order = _scalar("SELECT MAX(id) FROM work_order")
    ctx = Context(today=today, users=users)
    for vid in rng.sample(range(1, max_vehicle + 1), min(40, max_vehicle)):
        row = _rows(_ph("SELECT v.plate, v.vin, c.phone FROM vehicle v JOIN customer c ON c.id = v.owner_id WHERE v.id = ?"), vid)
        if not row:
            continue
        plate, vin, phone = row[0]
        ctx.plates.append(plate[2:6])        # any part of a plate: four characters from its middle
        ctx.vins.append(vin[-6:])            # the last 6 of the VIN
        ctx.phones.append(phone[-4:])        # the last 4 digits of the phone
    ctx.order_ids = rng.sample(range(1, max_order + 1), min(40, max_order))
    ctx.busiest_part = _scalar("SELECT part_id FROM stock_movement GROUP BY part_id ORDER BY COUNT(*) DESC LIMIT 1")
    # The end page of each keyset list: the cursor the view would hold after scrolling to the end.
    ctx.last_cursors = {
        "orders": _scalar("SELECT id FROM work_order ORDER BY id LIMIT 1 OFFSET 50"),
        "parts": _scalar("SELECT number FROM part WHERE active ORDER BY number DESC LIMIT 1 OFFSET 60"),
        "movements": tuple(_rows(_ph("SELECT at, id FROM stock_movement WHERE part_id = ? ORDER BY at, id LIMIT 1 OFFSET 100"),
                                 ctx.busiest_part)[0]),
        "settlements": _scalar("SELECT id FROM settlement ORDER BY id LIMIT 1 OFFSET 50"),
    }
    return ctx


@contextmanager
def rolled_back(ctx):
    """A write action's own transaction(s) run as savepoints inside this one, which is rolled back.
    With ctx.keep they run as they do at a station: each its own transaction, committed."""
    if ctx.keep:
        yield
        return
    db = database.obj
    with db.atomic() as txn:
        try:
            yield
        finally:
            txn.rollback()


# ------------------------------------------------------------------------------------ look-up
def _keystroke(ctx, samples):
    """What the reception window does when the advisor pauses in typing: the look-up, then the file
    of the first hit, which it selects at once (storage.reception.search.add_details)."""
    advisor = ctx.users["advisor"]

    def once():
        hits, _more = search.lookup(advisor, ctx.next(samples))
        search.add_details(advisor, hits[:1])
    return once


def lookup_plate(ctx):
    return _keystroke(ctx, ctx.plates)


def lookup_phone(ctx):
    return _keystroke(ctx, ctx.phones)


def lookup_vin(ctx):
    return _keystroke(ctx, ctx.vins)


# ------------------------------------------------------------------------------------ orders
def open_work_order(ctx):
    return lambda: documents.order_detail(ctx.next(ctx.order_ids))


# Each big list: (first page, end page) through the function its window's PagedTableModel calls, with
# that window's page size.
def _lists(ctx):
    c = ctx.last_cursors
    return {
        "orders": (lambda: documents.orders_page(limit=50),
                   lambda: documents.orders_page(after=c["orders"], limit=50)),
        "parts": (lambda: catalogue.search_parts("", limit=60),
                  lambda: catalogue.search_parts("", after=c["parts"], limit=60)),
        "movements": (lambda: reads.ledger_card(ctx.busiest_part, limit=50),
                      lambda: reads.ledger_card(ctx.busiest_part, after=c["movements"], limit=50)),
        "settlements": (lambda: cashier.settlements(limit=50),
                        lambda: cashier.settlements(after=c["settlements"], limit=50)),
    }


# ------------------------------------------------------------------------------------ writes
def _free_cars_and_items(cars: int = 40):
    """Cars with no open order (so they can be checked in), their next mileage, 5 labour items, 5 parts in stock.
    Runs that commit (ctx.keep) need one car each: they ask for more."""
    closed = "('已交车', '已取消')"
    vehicles = [r[0] for r in _rows(
        f"SELECT id FROM vehicle v WHERE NOT EXISTS (SELECT 1 FROM work_order o WHERE o.vehicle_id = v.id "
        f"AND o.status NOT IN {closed}) ORDER BY id DESC LIMIT {int(cars)}")]
    labour = [r[0] for r in _rows("SELECT id FROM labour_item WHERE active ORDER BY id LIMIT 5")]
    parts = [r[0] for r in _rows("SELECT id FROM part WHERE active AND NOT special AND whole_units "
                                 "AND on_hand >= 2000 ORDER BY on_hand DESC, id LIMIT 5")]
    mileage = {v: (_scalar(_ph("SELECT last_mileage FROM vehicle WHERE id = ?"), v) or 0) + 800 for v in vehicles}
    return vehicles, mileage, labour, parts


def stock_up(ctx, quantity: str = "100") -> None:
    """Before committed runs (ctx.keep): the parts the write actions take, received (untimed), so a
    small dataset never runs short of them."""
    _, _, _, parts = _free_cars_and_items()
    stock.receive(ctx.users["parts"], [{"part": part, "quantity": quantity, "unit_cost": "10.00"} for part in parts],
                  note="基准测试")


def create_work_order(ctx):
    """接车 and ten lines (5 labour, 5 parts in stock): the check-in dialog, then the order editor."""
    advisor = ctx.users["advisor"]
    vehicles, mileage, labour, parts = _free_cars_and_items(KEPT_RUNS if ctx.keep else 40)

    def once():
        vehicle = ctx.next(vehicles)
        with rolled_back(ctx):
            def act():
                order = checkin.check_in(advisor, vehicle_id=vehicle, mileage=mileage[vehicle], fuel_level=50,
                                         key_number=f"BC-{ctx.turn}", customer_words="保养", confirm_jump=True)
                version = order.version
                for labour_id in labour:
                    version = estimate.add_labour_line(advisor, order.id, version, labour_id).order.version
                for part_id in parts:
                    version = estimate.add_part_line(advisor, order.id, version, part_id, 1).order.version
            return timed(act)
    return once


def issue_part(ctx):
    """发料: one part to a signed order (checked in, one part line, signed: untimed, in the same
    rolled-back transaction), the way the parts window issues against an order in the workshop."""
    keeper, advisor = ctx.users["parts"], ctx.users["advisor"]
    vehicles, mileage, _, parts = _free_cars_and_items(KEPT_RUNS if ctx.keep else 40)

    def once():
        vehicle = ctx.next(vehicles)
        with rolled_back(ctx):
            order = checkin.check_in(advisor, vehicle_id=vehicle, mileage=mileage[vehicle], fuel_level=50,
                                     key_number=f"BI-{ctx.turn}", customer_words="换件", confirm_jump=True)
            change = estimate.add_part_line(advisor, order.id, order.version, parts[0], 1)
            promised = dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=4)
            order = checkin.set_terms(advisor, order.id, change.order.version, promised_at=promised)
            checkin.sign_estimate(advisor, order.id, order.version)
            line_id = change.line.id
            return timed(lambda: stock.issue(keeper, order.id, [{"line": line_id, "quantity": "1"}]))
    return once


def settle(ctx):
    """结算: the bill as the cashier window shows it (preview, untimed), then settle with cash."""
    user, manager = ctx.users["cashier"], ctx.users["manager"]
    ready, _ = cashier.ready_to_settle(limit=20)

    def once():
        row = ctx.next(ready)
        with rolled_back(ctx):
            # Committed (ctx.keep), a small dataset has few orders ready: each is settled, then the
            # manager reverses it (untimed), and it is ready again at its new version.
            version = WorkOrder.get_by_id(row["id"]).version if ctx.keep else row["version"]
            bill = cashier.preview(row["id"], user=user)
            due = bill.customer_due
            payments = [(PaymentMethod.CASH,
                         due)] if due > 0 else []  # insurer or warranty pays it all: nothing at the till
            # A discount beyond the advisor's or the cashier's limit: the manager types name and password
            # at the till, as the window asks (untimed, like the preview).
            approval = (auth.approve(manager.username, DEMO_PASSWORD, "discount", for_user=user)
                        if bill.approval_reasons else None)
            settled = []
            ms = timed(lambda: settled.append(cashier.settle(user, row["id"], version, payments=payments,
                                                             approver=approval)))
            if ctx.keep:
                cashier.reverse(manager, settled[0].id, settled[0].version, reason="基准测试：撤回重结")
            return ms
    return once


# ------------------------------------------------------------------------------------ screens
def board_refresh(ctx):
    return lambda: (workshop.board(), workshop.board_counts())


def _month(ctx):
    first_this = ctx.today.replace(day=1)
    last = first_this - dt.timedelta(days=1)
    return last.replace(day=1), last


def monthly_report(ctx):
    """统计报表 for the last full month, as the manager's window asks for it (storage.reports.report)."""
    manager = ctx.users["manager"]
    start, _end = _month(ctx)
    period = reports.month(start.year, start.month)
    return lambda: reports.report(manager, period)


def _ten_years(ctx):
    return ctx.today.replace(year=ctx.today.year - 10) + dt.timedelta(days=1), ctx.today


def report_ten_years(ctx):
    """统计报表 over the ten years up to the data's last day (the longest range the window allows)."""
    manager = ctx.users["manager"]
    period = reports.between(*_ten_years(ctx))
    return lambda: reports.report(manager, period)


def dashboard(ctx):
    """经理看板 over the 30 days up to the data's last day, as the window opens it (storage.reports.dashboard)."""
    manager = ctx.users["manager"]
    period = reports.between(ctx.today - dt.timedelta(days=29), ctx.today)
    return lambda: reports.dashboard(manager, period)


def pdf_work_order_warm(ctx):
    numbers = [r[0] for r in _rows("SELECT number FROM work_order ORDER BY id DESC LIMIT 10")]
    render_to_bytes("work-order", numbers[0])  # the font and ReportLab's caches, once
    return lambda: render_to_bytes("work-order", ctx.next(numbers))


ACTIONS = {
    "lookup_plate": lookup_plate, "lookup_phone": lookup_phone, "lookup_vin": lookup_vin,
    "open_work_order": open_work_order,
    "create_work_order": create_work_order, "issue_part": issue_part, "settle": settle,
    "board_refresh": board_refresh, "monthly_report": monthly_report, "report_ten_years": report_ten_years,
    "dashboard": dashboard,
    "pdf_work_order_warm": pdf_work_order_warm,
}
WRITES = ("create_work_order", "issue_part", "settle")


# ------------------------------------------------------------------------------------ plain SQL
def _raw_lookup_plate(ctx, con):
    sql = ("SELECT v.id, v.plate, v.vin, c.name, c.phone FROM vehicle_search s JOIN vehicle v ON v.id = s.rowid "
           "JOIN customer c ON c.id = v.owner_id WHERE vehicle_search MATCH ? LIMIT 21")
    return lambda: con.execute(sql, ('"' + ctx.next(ctx.plates) + '"',)).fetchall()


def _raw_lookup_phone(ctx, con):
    sql = ("SELECT c.id, c.name, c.phone, v.plate FROM customer c LEFT JOIN vehicle v ON v.owner_id = c.id "
           "WHERE c.phone_rev >= ? AND c.phone_rev < ? LIMIT 21")

    def once():
        rev = ctx.next(ctx.phones)[::-1]
        return con.execute(sql, (rev, rev + "\uffff")).fetchall()
    return once


def _raw_lookup_vin(ctx, con):
    sql = ("SELECT v.id, v.plate, v.vin, c.name, c.phone FROM vehicle v JOIN customer c ON c.id = v.owner_id "
           "WHERE v.vin_tail = ? LIMIT 21")
    return lambda: con.execute(sql, (ctx.next(ctx.vins),)).fetchall()


def _raw_open_work_order(ctx, con):
    def once():
        oid = ctx.next(ctx.order_ids)
        con.execute("SELECT o.*, v.plate, c.name, c.phone FROM work_order o JOIN vehicle v ON v.id = o.vehicle_id "
                    "JOIN customer c ON c.id = o.customer_id WHERE o.id = ?", (oid,)).fetchall()
        con.execute("SELECT * FROM work_order_line WHERE order_id = ? ORDER BY position", (oid,)).fetchall()
    return once


RAW_LISTS = {
    "orders": ("SELECT o.id, o.number, o.status, o.opened_at, v.plate, c.name FROM work_order o "
               "JOIN vehicle v ON v.id = o.vehicle_id JOIN customer c ON c.id = o.customer_id "
               "{where} ORDER BY o.id DESC LIMIT 51", "WHERE o.id < ?"),
    "parts": ("SELECT p.*, b.code FROM part p LEFT JOIN bin b ON b.id = p.bin_id WHERE p.active {where} "
              "ORDER BY p.number LIMIT 61", "AND p.number > ?"),
    "movements": ("SELECT m.*, u.display_name FROM stock_movement m JOIN user u ON u.id = m.user_id "
                  "WHERE m.part_id = ? {where} ORDER BY m.at DESC, m.id DESC LIMIT 51",
                  "AND (m.at < ? OR (m.at = ? AND m.id < ?))"),
    "settlements": ("SELECT s.id, s.number, s.total, o.number, v.plate, c.name, u.display_name FROM settlement s "
                    "JOIN work_order o ON o.id = s.order_id JOIN vehicle v ON v.id = o.vehicle_id "
                    "JOIN customer c ON c.id = o.customer_id JOIN user u ON u.id = s.cashier_id "
                    "{where} ORDER BY s.id DESC LIMIT 51", "WHERE s.id < ?"),
}


def raw_list(name: str, end: bool):
    def make(ctx, con):
        sql, condition = RAW_LISTS[name]
        sql = sql.format(where=condition if end else "")
        params = []
        if name == "movements":
            params.append(ctx.busiest_part)
        if end:
            cursor = ctx.last_cursors[name]
            if name == "movements":
                at = cursor[0] if isinstance(cursor[0], str) else str(cursor[0])
                params += [at, at, cursor[1]]
            else:
                params.append(cursor)
        return lambda: con.execute(sql, params).fetchall()
    return make


def _raw_board(ctx, con):
    sql = ("SELECT o.id, o.number, o.status, o.promised_at, v.plate, u.display_name, "
           "(SELECT COUNT(*) FROM added_work a WHERE a.order_id = o.id AND a.answer = '待答复') "
           "FROM work_order o JOIN vehicle v ON v.id = o.vehicle_id JOIN user u ON u.id = o.advisor_id "
           "WHERE o.id IN (SELECT id FROM work_order WHERE status IN ('待派工','维修中','待料','待客户确认','质检','返工','完工'))")
    lines = ("SELECT l.order_id, l.description, l.status FROM work_order_line l WHERE l.kind = '工时' AND l.order_id IN "
             "(SELECT id FROM work_order WHERE status IN ('待派工','维修中','待料','待客户确认','质检','返工','完工'))")
    return lambda: (con.execute(sql).fetchall(), con.execute(lines).fetchall())


def _raw_monthly(ctx, con):
    return _raw_report(*_month(ctx), con)


def _raw_ten_years(ctx, con):
    return _raw_report(*_ten_years(ctx), con)


def _raw_report(start, end, con):
    """The same questions storage.reports.statistics asks, one statement each, in plain SQL: cars in by
    job type and advisor; settlements (made in the month +1, reversed in it -1) per advisor, their lines
    by kind and team, their parts cost; comebacks and deliveries; follow-up scores; complaints; receivables
    opened, collected and open now (by age); the parts flow per day; stock value by category."""
    moment = dt.datetime.now().replace(microsecond=0)
    today = moment.date()
    sign = ("(CASE WHEN s.business_day >= :d0 AND s.business_day <= :d1 THEN 1 ELSE 0 END"
            " - CASE WHEN s.reversed_at >= :t0 AND s.reversed_at < :t1 THEN 1 ELSE 0 END)")
    counted = "((s.business_day >= :d0 AND s.business_day <= :d1) OR (s.reversed_at >= :t0 AND s.reversed_at < :t1))"
    sums = ", ".join(f"SUM({sign} * s.{c})" for c in ("total", "labour_total", "parts_total", "fees_total", "discount_total",
                                                      "customer_due", "insurer_due", "warranty_due", "internal_due"))
    aging = ", ".join(f"SUM(CASE WHEN opened_at <= :a{i} AND opened_at >= :b{i} THEN amount - collected ELSE 0 END)"
                      for i in range(3))
    statements = [
        "SELECT o.job_type, o.advisor_id, u.display_name, COUNT(o.id) FROM work_order o JOIN user u ON u.id = o.advisor_id "
        "WHERE o.opened_at >= :t0 AND o.opened_at < :t1 AND o.status != '已取消' GROUP BY 1, 2, 3",
        f"SELECT o.advisor_id, u.display_name, SUM({sign}), {sums} FROM settlement s JOIN work_order o ON o.id = s.order_id "
        f"JOIN user u ON u.id = o.advisor_id WHERE {counted} GROUP BY 1, 2",
        f"SELECT l.kind, w.team_id, t.name, SUM({sign} * l.amount), SUM({sign} * l.discount), SUM({sign} * l.quantity), "
        f"SUM(CASE WHEN o.job_type = '返修' THEN 0 ELSE {sign} * l.quantity END) "
        f"FROM settlement_line l JOIN settlement s ON s.id = l.settlement_id JOIN work_order o ON o.id = s.order_id "
        f"LEFT JOIN work_order_line w ON w.id = l.order_line_id AND l.kind = '工时' LEFT JOIN team t ON t.id = w.team_id "
        f"WHERE {counted} GROUP BY 1, 2, 3",
        f"SELECT SUM({sign} * m.value) FROM stock_movement m JOIN settlement s ON s.order_id = m.order_id "
        f"WHERE {counted} AND m.kind IN ('出库', '退库')",
        "SELECT COUNT(*) FROM work_order WHERE comeback_of_id IS NOT NULL AND opened_at >= :t0 AND opened_at < :t1 "
        "AND status != '已取消'",
        "SELECT COUNT(*) FROM work_order WHERE delivered_at >= :t0 AND delivered_at < :t1",
        "SELECT status, satisfaction, COUNT(id) FROM follow_up WHERE called_at >= :t0 AND called_at < :t1 GROUP BY 1, 2",
        "SELECT source, status, verdict, COUNT(id) FROM complaint WHERE received_at >= :t0 AND received_at < :t1 GROUP BY 1, 2, 3",
        "SELECT COUNT(*) FROM complaint WHERE status IN ('处理中', '已答复')",
        "SELECT c.number, c.received_at, c.answer_due, c.source, c.description, u.name, u.phone, o.display_name "
        "FROM complaint c JOIN customer u ON u.id = c.customer_id LEFT JOIN user o ON o.id = c.owner_id "
        "WHERE c.status = '处理中' AND c.answer_due < :now ORDER BY c.answer_due, c.id LIMIT 50",
        f"SELECT r.debtor_kind, r.debtor, SUM({sign}), SUM({sign} * r.amount) FROM receivable r "
        f"JOIN settlement s ON s.id = r.settlement_id WHERE {counted} GROUP BY 1, 2",
        "SELECT r.debtor_kind, r.debtor, COUNT(c.id), SUM(c.amount) FROM collection c JOIN receivable r ON r.id = c.receivable_id "
        "WHERE c.business_day >= :d0 AND c.business_day <= :d1 GROUP BY 1, 2",
        f"SELECT debtor_kind, debtor, COUNT(id), SUM(amount - collected), {aging}, "
        "SUM(CASE WHEN opened_at <= :a3 THEN amount - collected ELSE 0 END) FROM receivable "
        "WHERE status IN ('未收', '部分') GROUP BY 1, 2 ORDER BY 1, 2",
        "SELECT DATE(at), kind, SUM(quantity), SUM(value), SUM(CASE WHEN purchase_line_id IS NOT NULL THEN value ELSE 0 END), "
        "COUNT(DISTINCT document) FROM stock_movement WHERE at >= :t0 AND at <= :last GROUP BY DATE(at), kind ORDER BY DATE(at)",
        "SELECT category, COUNT(id), SUM(stock_value) AS value FROM part WHERE on_hand > 0 GROUP BY category "
        "ORDER BY value DESC, category",
        "SELECT value FROM setting WHERE key = 'workshop.piece_rate'",
    ]
    args = {"d0": start.isoformat(), "d1": end.isoformat(), "t0": f"{start} 00:00:00",
            "t1": f"{end + dt.timedelta(days=1)} 00:00:00", "last": f"{end} 23:59:59", "now": str(moment)}
    for i, (low, high) in enumerate(((0, 30), (31, 60), (61, 90))):
        args[f"a{i}"] = f"{today - dt.timedelta(days=low)} 23:59:59.999999"
        args[f"b{i}"] = f"{today - dt.timedelta(days=high)} 00:00:00"
    args["a3"] = f"{today - dt.timedelta(days=91)} 23:59:59.999999"
    return lambda: [con.execute(sql, args).fetchall() for sql in statements]


RAW = {
    "lookup_plate": _raw_lookup_plate, "lookup_phone": _raw_lookup_phone, "lookup_vin": _raw_lookup_vin,
    "open_work_order": _raw_open_work_order, "board_refresh": _raw_board, "monthly_report": _raw_monthly,
    "report_ten_years": _raw_ten_years,
}


# ------------------------------------------------------------------------------------ PostgreSQL's raw baseline
# On PostgreSQL the baseline is the app's own statements: each read action (RAW's names and the lists)
# is run through the storage functions a few times with every statement it sends recorded, then those
# statements, with the same parameters, are replayed with psycopg2 on a connection of their own and
# their rows fetched: the database's and the driver's time, without Python's work around them.
REPLAYED_SAMPLES = 8  # different samples recorded per action (the look-ups take a new one each run)


def record_statements(fn, samples: int = REPLAYED_SAMPLES, *, core_only: bool = False) -> list[list[tuple]]:
    """[[(sql, params), ...] for each of `samples` calls of fn()], as the open database received them.
    core_only: only those sent while the action's timed core runs (timing.timed), not its setup."""
    db = database.obj
    plain = db.execute_sql
    recorded = []

    def recording(sql, params=None, *args, **kwargs):
        if not core_only or timing.in_core:
            recorded[-1].append((sql, tuple(params) if params is not None else None))
        return plain(sql, params, *args, **kwargs)

    db.execute_sql = recording
    try:
        for _ in range(samples):
            recorded.append([])
            fn()
    finally:
        db.execute_sql = plain
    return recorded


WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def written_rows(recorded: list[list[tuple]]) -> list[list[tuple]]:
    """Only the statements that write (the same rows inserted and updated): a write action's baseline."""
    return [[(sql, params) for sql, params in call if sql.lstrip().upper().startswith(WRITE_VERBS)] for call in recorded]


def replay_in_transaction(con, recorded: list[list[tuple]]):
    """A callable that writes the next recorded call's rows with sqlite3 in one transaction, rolled
    back (as the benchmark's own write actions are): `con` must be in autocommit mode."""
    turn = [0]

    def once():
        statements = recorded[turn[0] % len(recorded)]
        turn[0] += 1
        con.execute("BEGIN")
        try:
            for sql, params in statements:
                con.execute(sql, params or ())
        finally:
            con.execute("ROLLBACK")
    return once


def bare_page_warm(ctx):
    """pdf_work_order_warm's baseline: the bare ReportLab page (bench.probes.bare_page) with the font
    already parsed, as the warm work-order PDF has it."""
    bare_page()
    return lambda: bare_page()


def replay_sqlite(con, recorded: list[list[tuple]]):
    """replay() on a sqlite3 connection (its execute wants a sequence, never None)."""
    turn = [0]

    def once():
        statements = recorded[turn[0] % len(recorded)]
        turn[0] += 1
        for sql, params in statements:
            con.execute(sql, params or ()).fetchall()
    return once


def replay(con, recorded: list[list[tuple]]):
    """A callable that runs the next recorded call's statements on the psycopg2 connection `con`."""
    turn = [0]
    cursor = con.cursor()

    def once():
        statements = recorded[turn[0] % len(recorded)]
        turn[0] += 1
        for sql, params in statements:
            cursor.execute(sql, params)
            if cursor.description is not None:
                cursor.fetchall()
    return once
