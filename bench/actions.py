"""The daily actions, each through the storage functions its window calls, and (where there is one) the
same question asked in plain SQL with Python's sqlite3 on the same file.

Every action is a function `(ctx) -> callable`; the callable runs the action once and returns either
None (the whole call is timed) or the milliseconds of its core (write actions time the storage call,
not the untimed setup inside the same rolled-back transaction). RAW maps a name to `(ctx, con) -> callable`
over a sqlite3 connection."""
import datetime as dt
import random
from contextlib import contextmanager
from dataclasses import dataclass, field

from .timing import timed


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

    def next(self, values: list):
        """A different sample each run (the look-up is not answered from one warm row)."""
        self.turn += 1
        return values[self.turn % len(values)]


def _scalar(sql, *params):
    from storage.db import database

    row = database.obj.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def _rows(sql, *params):
    from storage.db import database

    return list(database.obj.execute_sql(sql, params).fetchall())


def _ph(sql: str) -> str:
    """sqlite3 placeholders ("?") as the open database wants them (psycopg uses %s)."""
    from storage.db import is_sqlite

    return sql if is_sqlite() else sql.replace("?", "%s")


def make_context(today: dt.date) -> Context:
    from storage.models import User

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
def rolled_back():
    """A write action's own transaction(s) run as savepoints inside this one, which is rolled back."""
    from storage.db import database

    db = database.obj
    with db.atomic() as txn:
        try:
            yield
        finally:
            txn.rollback()


# ------------------------------------------------------------------------------------ look-up
def lookup_plate(ctx):
    from storage import search
    return lambda: search.lookup(ctx.users["advisor"], ctx.next(ctx.plates))


def lookup_phone(ctx):
    from storage import search
    return lambda: search.lookup(ctx.users["advisor"], ctx.next(ctx.phones))


def lookup_vin(ctx):
    from storage import search
    return lambda: search.lookup(ctx.users["advisor"], ctx.next(ctx.vins))


# ------------------------------------------------------------------------------------ orders
def open_work_order(ctx):
    from storage.reception import documents
    return lambda: documents.order_detail(ctx.next(ctx.order_ids))


# Each big list: (first page, end page) through the function its window's PagedTableModel calls, with
# that window's page size.
def _lists(ctx):
    from storage import cashier
    from storage.parts import catalogue, reports
    from storage.reception import documents

    c = ctx.last_cursors
    return {
        "orders": (lambda: documents.orders_page(limit=50),
                   lambda: documents.orders_page(cursor=c["orders"], limit=50)),
        "parts": (lambda: catalogue.search_parts("", limit=60),
                  lambda: catalogue.search_parts("", after=c["parts"], limit=60)),
        "movements": (lambda: reports.ledger_card(ctx.busiest_part, limit=50),
                      lambda: reports.ledger_card(ctx.busiest_part, after=c["movements"], limit=50)),
        "settlements": (lambda: cashier.settlements(limit=50),
                        lambda: cashier.settlements(cursor=c["settlements"], limit=50)),
    }


# ------------------------------------------------------------------------------------ writes
def _free_cars_and_items():
    """Cars with no open order (so they can be checked in), their next mileage, 5 labour items, 5 parts in stock."""
    closed = "('已交车', '已取消')"
    vehicles = [r[0] for r in _rows(
        f"SELECT id FROM vehicle v WHERE NOT EXISTS (SELECT 1 FROM work_order o WHERE o.vehicle_id = v.id "
        f"AND o.status NOT IN {closed}) ORDER BY id DESC LIMIT 40")]
    labour = [r[0] for r in _rows("SELECT id FROM labour_item WHERE active ORDER BY id LIMIT 5")]
    parts = [r[0] for r in _rows("SELECT id FROM part WHERE active AND NOT special AND whole_units "
                                 "AND on_hand >= 2000 ORDER BY on_hand DESC, id LIMIT 5")]
    mileage = {v: (_scalar(_ph("SELECT last_mileage FROM vehicle WHERE id = ?"), v) or 0) + 800 for v in vehicles}
    return vehicles, mileage, labour, parts


def create_work_order(ctx):
    """接车 and ten lines (5 labour, 5 parts in stock): the check-in dialog, then the order editor."""
    from storage.reception import checkin, estimate

    advisor = ctx.users["advisor"]
    vehicles, mileage, labour, parts = _free_cars_and_items()

    def once():
        vehicle = ctx.next(vehicles)
        with rolled_back():
            def act():
                order = checkin.check_in(advisor, vehicle_id=vehicle, mileage=mileage[vehicle], fuel_level=50,
                                         key_number="B-1", customer_words="保养", confirm_jump=True)
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
    from storage.parts import stock
    from storage.reception import checkin, estimate

    keeper, advisor = ctx.users["parts"], ctx.users["advisor"]
    vehicles, mileage, _, parts = _free_cars_and_items()

    def once():
        vehicle = ctx.next(vehicles)
        with rolled_back():
            order = checkin.check_in(advisor, vehicle_id=vehicle, mileage=mileage[vehicle], fuel_level=50,
                                     key_number="B-2", customer_words="换件", confirm_jump=True)
            change = estimate.add_part_line(advisor, order.id, order.version, parts[0], 1)
            promised = dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=4)
            order = checkin.set_terms(advisor, order.id, change.order.version, promised_at=promised)
            checkin.sign_estimate(advisor, order.id, order.version)
            line_id = change.line.id
            return timed(lambda: stock.issue(keeper, order.id, [{"line": line_id, "quantity": "1"}]))
    return once


def settle(ctx):
    """结算: the bill as the cashier window shows it (preview, untimed), then settle with cash."""
    from storage import cashier

    user = ctx.users["cashier"]
    ready, _ = cashier.ready_to_settle(limit=20)

    def once():
        row = ctx.next(ready)
        with rolled_back():
            due = cashier.preview(row["id"], user=user).customer_due
            payments = [("现金", due)] if due > 0 else []  # insurer or warranty pays it all: nothing at the till
            return timed(lambda: cashier.settle(user, row["id"], row["version"], payments=payments))
    return once


# ------------------------------------------------------------------------------------ screens
def board_refresh(ctx):
    from storage import workshop
    return lambda: (workshop.board(), workshop.board_counts())


def _month(ctx):
    first_this = ctx.today.replace(day=1)
    last = first_this - dt.timedelta(days=1)
    return last.replace(day=1), last


def monthly_report(ctx):
    """The month's figures the stations offer today (the manager's own report is still a placeholder):
    labour hours by team and technician, QC rates, comebacks, parts flow, for the last full month."""
    from storage import workshop
    from storage.parts import reports
    from storage.reception import progress

    manager = ctx.users["manager"]
    start, end = _month(ctx)
    return lambda: (workshop.labour_hours(manager, start, end), workshop.qc_rates(manager, start, end),
                    progress.rework_rate(start, end), reports.parts_flow(start, end))


def dashboard(ctx):
    """Today's figures of every station (reception, workshop, parts, cashier) and the board's counts."""
    from storage import cashier, workshop
    from storage.parts import reports
    from storage.reception import progress

    manager, day = ctx.users["manager"], ctx.today
    return lambda: (progress.day_figures(day), workshop.day_figures(manager, day), reports.day_figures(day),
                    cashier.day_figures(day), workshop.board_counts())


def pdf_work_order_warm(ctx):
    from printing.base import render_to_bytes

    numbers = [r[0] for r in _rows("SELECT number FROM work_order ORDER BY id DESC LIMIT 10")]
    render_to_bytes("work-order", numbers[0])  # the font and ReportLab's caches, once
    return lambda: render_to_bytes("work-order", ctx.next(numbers))


ACTIONS = {
    "lookup_plate": lookup_plate, "lookup_phone": lookup_phone, "lookup_vin": lookup_vin,
    "open_work_order": open_work_order,
    "create_work_order": create_work_order, "issue_part": issue_part, "settle": settle,
    "board_refresh": board_refresh, "monthly_report": monthly_report, "dashboard": dashboard,
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
    """The issue's floor: a month's revenue over the work-order lines, by kind, for the orders settled then."""
    start, end = _month(ctx)
    sql = ("SELECT l.kind, SUM(l.amount), COUNT(*) FROM work_order_line l JOIN work_order o ON o.id = l.order_id "
           "WHERE o.settled_at >= ? AND o.settled_at < ? GROUP BY l.kind")
    args = (start.isoformat(), (end + dt.timedelta(days=1)).isoformat())
    return lambda: con.execute(sql, args).fetchall()


RAW = {
    "lookup_plate": _raw_lookup_plate, "lookup_phone": _raw_lookup_phone, "lookup_vin": _raw_lookup_vin,
    "open_work_order": _raw_open_work_order, "board_refresh": _raw_board, "monthly_report": _raw_monthly,
}
