"""The archive look-up (查档案): one box that finds a customer or a car as the advisor types.

API (read-only; for the reception window's search box and the other stations' pickers):
    lookup(user, text, *, limit=20) -> (list[CarHit], has_more)
        Any part of a plate ("2345", "京A2", "A23"), the last digits of a phone ("8000"), a VIN or
        its last 6 characters, or a name ("张", "张三丰"). Each hit is one car with its owner, or a
        customer who has no car yet, with what the results list shows: the car, the owner, the
        last visit, open orders and open complaints.
        Any string at all is taken (storage.rules.validation.searchable: control characters, surrogates
        and noncharacters dropped, 100 characters at most); what matches nothing finds nothing.
    matching_ids(text, want) -> ({vehicle id: matched}, {customer id: matched})
        The cars and customers the same text finds, for other stations' searches (the cashier's).
    add_details(user, hits) -> hits
        The rest of the car's file for the hit(s) shown in full (the window asks for the selected
        one): the last visits, due maintenance, declined work (建议项目表), next appointment
        (storage.reception.lookup_details).
    mask_phone(phone) -> str            "138****8000" for users without phone.unmasked
    INDEX_DDL[dialect] -> list[str]     extra DDL storage.store.schema runs on a fresh database

How it stays fast (under 5 ms a keystroke on 120k cars / 100k customers, also when the file is not
yet in memory): candidates come from indexes only, in phases that stop as soon as `limit` hits are
found: exact value, then "ends with" (the reversed columns Customer.phone_rev / Vehicle.plate_rev
and Vehicle.vin_tail, B-tree prefix ranges), then "contains" (an FTS5 trigram index on SQLite,
pg_trgm GIN indexes on PostgreSQL; 3 characters or more, because a trigram index cannot answer
less). The hits are then read in a fixed number of queries (storage.plumbing.compiled: SQL built once,
tuples back): the car and owner rows, and the open orders and complaints, which are a small set
the status indexes find in pages already in memory. A car's history is scattered over a 3 GB file
(a page read from disk each), so it is read for the selected hit only.
"""
import datetime as dt
import logging
import re
import threading
import time
from dataclasses import dataclass, field

from peewee import JOIN, OP, Expression, Value

from storage.models import ORDER_STATES, Complaint, Customer, Vehicle, VehicleModel, WorkOrder
from storage.plumbing.compiled import Statement
from storage.plumbing.db import database, is_sqlite
from storage.reception.lookup_details import add_details, details
from storage.rules.auth import may, require
from storage.rules.privacy import mask_phone
from storage.rules.validation import PROVINCES, searchable
from storage.rules.vocabulary import ComplaintStatus, OrderStatus

CLOSED_ORDER = (OrderStatus.DELIVERED, OrderStatus.CANCELLED)
OPEN_ORDER = tuple(s for s in ORDER_STATES if s not in CLOSED_ORDER)
OPEN_COMPLAINT = (ComplaintStatus.OPEN, ComplaintStatus.ANSWERED)  # storage.care.complaints.STATES but 已关闭

TRIGRAM_INDEXES = (("vehicle_plate_trgm", "vehicle", "plate"), ("vehicle_vin_trgm", "vehicle", "vin"),
                   ("customer_name_trgm", "customer", "name"))
# Version 4 (issue 24, storage.store.schema.v4_postgresql_lookup_indexes): the trigram indexes of an
# older database without the pending list (see INDEX_DDL), and what a bulk load left in it merged.
LOOKUP_INDEXES_V4 = [
    *(f"ALTER INDEX {name} SET (fastupdate = off)" for name, _table, _column in TRIGRAM_INDEXES),
    *(f"SELECT gin_clean_pending_list('{name}'::regclass)" for name, _table, _column in TRIGRAM_INDEXES),
]

INDEX_DDL = {
    "sqlite": [
        # External-content FTS5 tables: the text lives in vehicle/customer, the index beside it.
        "CREATE VIRTUAL TABLE vehicle_search USING fts5("
        "plate, vin, content='vehicle', content_rowid='id', tokenize='trigram')",
        "CREATE TRIGGER vehicle_search_ai AFTER INSERT ON vehicle BEGIN "
        "INSERT INTO vehicle_search(rowid, plate, vin) VALUES (new.id, new.plate, new.vin); END",
        "CREATE TRIGGER vehicle_search_ad AFTER DELETE ON vehicle BEGIN "
        "INSERT INTO vehicle_search(vehicle_search, rowid, plate, vin) VALUES ('delete', old.id, old.plate, old.vin); END",
        "CREATE TRIGGER vehicle_search_au AFTER UPDATE OF plate, vin ON vehicle BEGIN "
        "INSERT INTO vehicle_search(vehicle_search, rowid, plate, vin) VALUES ('delete', old.id, old.plate, old.vin); "
        "INSERT INTO vehicle_search(rowid, plate, vin) VALUES (new.id, new.plate, new.vin); END",
        # Phones are found by their last digits (Customer.phone_rev), so only names need trigrams.
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "name, content='customer', content_rowid='id', tokenize='trigram')",
        "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN "
        "INSERT INTO customer_search(rowid, name) VALUES (new.id, new.name); END",
        "CREATE TRIGGER customer_search_ad AFTER DELETE ON customer BEGIN "
        "INSERT INTO customer_search(customer_search, rowid, name) VALUES ('delete', old.id, old.name); END",
        "CREATE TRIGGER customer_search_au AFTER UPDATE OF name ON customer BEGIN "
        "INSERT INTO customer_search(customer_search, rowid, name) VALUES ('delete', old.id, old.name); "
        "INSERT INTO customer_search(rowid, name) VALUES (new.id, new.name); END",
    ],
    "postgresql": [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        # fastupdate off (since version 4): a new car goes into the index at once, instead of into a
        # pending list that every keystroke would read through until a VACUUM (storage.plumbing.planner).
        *(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops) WITH (fastupdate = off)"
          for name, table, column in TRIGRAM_INDEXES),
        # LIKE 'abc%' can use a plain B-tree only under the C collation; these serve any collation.
        "CREATE INDEX customer_phone_rev_prefix ON customer (phone_rev varchar_pattern_ops)",
        "CREATE INDEX customer_name_prefix ON customer (name varchar_pattern_ops)",
        "CREATE INDEX vehicle_plate_rev_prefix ON vehicle (plate_rev varchar_pattern_ops)",
        "CREATE INDEX vehicle_plate_prefix ON vehicle (plate varchar_pattern_ops)",
    ],
}


@dataclass
class CarHit:
    """One line of the look-up: a car and its owner, or a customer with no car (vehicle_id None)."""

    customer_id: int
    owner: str
    phone: str
    matched: str  # 车牌 / 车架号 / 电话 / 姓名
    vehicle_id: int | None = None
    plate: str = ""
    vin: str = ""
    model: str = ""
    colour: str = ""
    last_mileage: int = 0
    last_visit_at: dt.datetime | None = None
    # Filled by lookup():
    open_orders: list = field(default_factory=list)  # newest first: number, status, promised_at
    complaints: list = field(default_factory=list)  # 未结投诉, newest first: number, status, description, answer_due
    # Filled by add_details():
    visits: list = field(default_factory=list)  # newest first: number, opened_at, job_type, status, mileage, estimate
    due_maintenance: dict | None = None  # due_on, due_km, state (已到期 / 即将到期 / 未到期), source
    declined: list = field(default_factory=list)  # 建议项目, newest first: id, description, created_at, order
    next_appointment: dict | None = None  # number, starts_at, job_type
    detailed: bool = False  # visits, due_maintenance, declined, next_appointment filled (add_details)


# ---------------------------------------------------------------- finding candidates


def _prefix_args(prefix: str) -> tuple[str, str, str]:
    """(lower, upper, pattern) for a 'starts with' test answered by an index on both databases."""
    return prefix, _after_prefix(prefix), prefix + "%"


def _after_prefix(prefix: str) -> str:
    """The least string above every string that starts with `prefix`, in code-point (UTF-8 byte)
    order: its last character one higher. The top code point has no successor, so the one before it
    goes up instead; surrogates (no UTF-8 form) are jumped over. All top code points: nothing is
    above, and the empty range finds nothing (searchable() has dropped U+10FFFF before this)."""
    stem = prefix
    while stem:
        code = ord(stem[-1]) + 1
        if code <= 0x10FFFF:
            return stem[:-1] + chr(0xE000 if 0xD800 <= code <= 0xDFFF else code)
        stem = stem[:-1]
    return prefix


def _starts_with(column, lower, upper, pattern):
    if is_sqlite():
        # Binary collation: the strings starting with p are exactly those in [p, p with its last char + 1).
        return (column >= lower) & (column < upper)
    return Expression(column, OP.LIKE, pattern)


def _id_query(model, condition):
    return lambda *a: model.select(model.id).where(condition(*a[:-1])).limit(a[-1])


_PHONE_IS = Statement(_id_query(Customer, lambda v: Customer.phone == v))
_PHONE_ENDS = Statement(_id_query(Customer, lambda *p: _starts_with(Customer.phone_rev, *p)))
_PLATE_IS = Statement(_id_query(Vehicle, lambda v: Vehicle.plate == v))
_PLATE_STARTS = Statement(_id_query(Vehicle, lambda *p: _starts_with(Vehicle.plate, *p)))
_PLATE_ENDS = Statement(_id_query(Vehicle, lambda *p: _starts_with(Vehicle.plate_rev, *p)))
_VIN_IS = Statement(_id_query(Vehicle, lambda v: Vehicle.vin == v))
_VIN_ENDS = Statement(_id_query(Vehicle, lambda v: Vehicle.vin_tail == v))
_NAME_IS = Statement(_id_query(Customer, lambda v: Customer.name == v))
_NAME_STARTS = Statement(_id_query(Customer, lambda *p: _starts_with(Customer.name, *p)))
# PostgreSQL only (SQLite asks its FTS5 tables): pg_trgm answers LIKE '%abc%' from its GIN indexes.
_PG_VEHICLE_HAS = Statement(
    _id_query(Vehicle, lambda p: Expression(Vehicle.plate, OP.LIKE, p) | Expression(Vehicle.vin, OP.LIKE, p))
)
_PG_PLATE_HAS = Statement(_id_query(Vehicle, lambda p: Expression(Vehicle.plate, OP.LIKE, p)))
_PG_NAME_HAS = Statement(_id_query(Customer, lambda p: Expression(Customer.name, OP.ILIKE, p)))
# A plate that ends with the digits, then one that has them in the middle, in one round trip (a plate
# that ends with them has them too; the few that do are sorted, not read one index at a time).
_PG_PLATE_ENDS_OR_HAS = Statement(
    lambda ends, has, want: Vehicle.select(Vehicle.id).where(Expression(Vehicle.plate, OP.LIKE, has))
    .order_by(Expression(Vehicle.plate, OP.LIKE, ends).desc(), Vehicle.plate_rev).limit(want)
)


# ---------------------------------------------------------------- reading the query


@dataclass
class _Query:
    compact: str  # upper-case, no spaces or separators: what plates, VINs and phones are compared with
    name: str  # as typed (trimmed): what names are compared with
    digits: bool
    plate_like: bool  # starts with a province character
    alnum: bool


def _read(text: str) -> _Query | None:
    raw = searchable(text)
    # LIKE wildcards and FTS syntax characters are never part of a plate, phone or name.
    raw = re.sub(r"[%_\\\"*^]", "", raw)
    compact = re.sub(r"[\s·•.\-()（）+]", "", raw).upper()
    if not compact:
        return None
    return _Query(
        compact=compact,
        name=raw,
        digits=compact.isdigit(),
        plate_like=compact[0] in PROVINCES and bool(re.fullmatch(r"[A-Z0-9]*", compact[1:])),
        alnum=bool(re.fullmatch(r"[A-Z0-9]+", compact)),
    )


def _fts_ids(table: str, columns: str, text: str, limit: int) -> list[int]:
    phrase = '"' + text.replace('"', '""') + '"'
    cursor = database.execute_sql(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?", (f"{{{columns}}}: {phrase}", limit)
    )
    return [row[0] for row in cursor.fetchall()]


def _ids(statement: Statement, *args) -> list[int]:
    return [row[0] for row in statement.rows(*args)]


def _contains_vehicles(text: str, want: int) -> list[int]:
    if is_sqlite():
        return _fts_ids("vehicle_search", "plate vin", text, want)
    return _ids(_PG_VEHICLE_HAS, f"%{text}%", want)


def _contains_plates(text: str, want: int) -> list[int]:
    if is_sqlite():
        return _fts_ids("vehicle_search", "plate", text, want)
    return _ids(_PG_PLATE_HAS, f"%{text}%", want)


def _contains_names(text: str, want: int) -> list[int]:
    if is_sqlite():
        return _fts_ids("customer_search", "name", text, want)
    return _ids(_PG_NAME_HAS, f"%{text}%", want)


def _candidates(q: _Query, want: int, found=lambda: 0):
    """Yield (kind, ids, matched) best first: exact, then 'ends with' / 'starts with', then 'contains'.
    A generator, so the caller stops asking as soon as it has enough; found() is how many it has."""
    c = q.compact
    if q.digits:
        whole_mobile = len(c) == 11 and c.startswith("1")
        if len(c) >= 7:
            yield "customer", _ids(_PHONE_IS, c, want), "电话"
        if not whole_mobile:  # a whole mobile number's "ends with" is its exact match
            yield "customer", _ids(_PHONE_ENDS, *_prefix_args(c[::-1]), want), "电话"
        if 3 <= len(c) <= 5 and not is_sqlite():
            # PostgreSQL: the end of a plate and its middle (below) in one statement, ends first.
            yield "vehicle", _ids(_PG_PLATE_ENDS_OR_HAS, f"%{c}", f"%{c}%", want), "车牌"
        elif len(c) <= 6:  # a plate has at most six characters after its letter
            yield "vehicle", _ids(_PLATE_ENDS, *_prefix_args(c[::-1]), want), "车牌"
        if len(c) == 6:
            yield "vehicle", _ids(_VIN_ENDS, c, want), "车架号"
        if 3 <= len(c) <= 5:
            # The middle of a plate (five digits in a row at most), in the plate column only: four
            # digits turn up in the middle of hundreds of VINs, noise that would push the phones and
            # plates meant off the list, and cost a cold page read per noise car. (PostgreSQL: above.)
            if is_sqlite():
                yield "vehicle", _contains_plates(c, want), "车牌"
        elif len(c) <= 17 and not found():
            # Six digits or more that are no phone and no VIN's end: perhaps the middle of a VIN.
            yield "vehicle", _contains_vehicles(c, want), "车架号"
        return
    if q.plate_like:
        # The province character only ever starts a plate, so "contains" is "starts with" here.
        yield "vehicle", _ids(_PLATE_IS, c, want), "车牌"
        yield "vehicle", _ids(_PLATE_STARTS, *_prefix_args(c), want), "车牌"
        return
    if q.alnum:
        if len(c) == 17:
            yield "vehicle", _ids(_VIN_IS, c, want), "车架号"
        if len(c) == 6:
            yield "vehicle", _ids(_VIN_ENDS, c, want), "车架号"
        yield "vehicle", _ids(_PLATE_ENDS, *_prefix_args(c[::-1]), want), "车牌"
        if len(c) >= 3:
            yield "vehicle", _contains_vehicles(c, want), "车牌"
    # Names: the start of the name is indexed for any length; the middle from 3 characters on.
    yield "customer", _ids(_NAME_IS, q.name, want), "姓名"
    yield "customer", _ids(_NAME_STARTS, *_prefix_args(q.name), want), "姓名"
    if len(q.name) >= 3:
        yield "customer", _contains_names(q.name, want), "姓名"


# ---------------------------------------------------------------- the look-up


def lookup(user, text: str, *, limit: int = 20) -> tuple[list[CarHit], bool]:
    """The archive look-up as the advisor types. Returns (hits, has_more); an empty query finds nothing.
    The hits carry what the results list shows; add_details() adds the rest for the hit(s) shown in full."""
    require(user, "archive.view")
    want = limit + 1
    vehicle_ids, customer_ids = matching_ids(text, want)
    if not vehicle_ids and not customer_ids:
        return [], False
    ranked = _ranked(vehicle_ids, customer_ids, want)
    hits = _hits(ranked[:limit])
    _fill_open(hits)
    if not may(user, "phone.unmasked"):
        for hit in hits:
            hit.phone = mask_phone(hit.phone)
    return hits, len(ranked) > limit


def matching_ids(text: str, want: int) -> tuple[dict[int, str], dict[int, str]]:
    """The cars and customers `text` finds as lookup() reads it (any part of a plate, a phone's end, a
    VIN or its end, a name), best first: ({vehicle id: what matched}, {customer id: ...}), `want` ids
    together at most. Indexes only, as above; no permission check (the caller's read decides what it
    shows: lookup, the cashier's search)."""
    q = _read(text)
    vehicle_ids: dict[int, str] = {}  # insertion order is the ranking
    customer_ids: dict[int, str] = {}
    if q is None:
        return vehicle_ids, customer_ids
    for kind, ids, matched in _candidates(q, want, lambda: len(vehicle_ids) + len(customer_ids)):
        target = vehicle_ids if kind == "vehicle" else customer_ids
        for i in ids:
            target.setdefault(i, matched)
        if len(vehicle_ids) + len(customer_ids) >= want:
            break
    return vehicle_ids, customer_ids


_OWNED = Statement(
    lambda owners, want: Vehicle.select(Vehicle.id, Vehicle.owner)
    .where(Vehicle.owner.in_(owners))
    .order_by(Vehicle.owner, Vehicle.id)
    .limit(want),
    convert=False,
)


def _ranked(vehicle_ids: dict, customer_ids: dict, want: int) -> list[tuple[str, int, str]]:
    """(kind, id, matched), best first: cars found directly, then the cars of the customers found
    (a company may have many: capped), then customers without a car."""
    lonely = []
    if customer_ids:
        with_car = set()
        for vehicle_id, owner_id in _OWNED.rows(list(customer_ids), want):
            vehicle_ids.setdefault(vehicle_id, customer_ids[owner_id])
            with_car.add(owner_id)
        lonely = [("customer", c, m) for c, m in customer_ids.items() if c not in with_car]
    return ([("vehicle", v, m) for v, m in vehicle_ids.items()] + lonely)[:want]


# Only what the list shows, from the car's and the owner's rows: a keystroke reads two rows per hit.
_CARS = Statement(
    lambda ids: Vehicle.select(
        Vehicle.id, Vehicle.plate, Vehicle.vin, Vehicle.colour, Vehicle.last_mileage, Vehicle.last_visit_at,
        Vehicle.model_text, VehicleModel.brand, VehicleModel.name, Customer.id, Customer.name, Customer.phone,
    )
    .join(Customer, on=(Vehicle.owner == Customer.id))
    .switch(Vehicle)
    .join(VehicleModel, JOIN.LEFT_OUTER)
    .where(Vehicle.id.in_(ids))
)
_CUSTOMERS = Statement(
    lambda ids: Customer.select(Customer.id, Customer.name, Customer.phone).where(Customer.id.in_(ids)), convert=False,
)


def _hits(ranked: list[tuple[str, int, str]]) -> list[CarHit]:
    vehicles = [i for kind, i, _ in ranked if kind == "vehicle"]
    customers = [i for kind, i, _ in ranked if kind == "customer"]
    cars = {row[0]: row for row in _CARS.rows(vehicles)} if vehicles else {}
    owners = {row[0]: row for row in _CUSTOMERS.rows(customers)} if customers else {}
    hits = []
    for kind, i, matched in ranked:
        if kind == "customer":
            if i in owners:
                _, name, phone = owners[i]
                hits.append(CarHit(customer_id=i, owner=name, phone=phone, matched=matched))
            continue
        row = cars.get(i)
        if row is None:
            continue  # deleted since the index answered
        vehicle_id, plate, vin, colour, km, visit, model_text, brand, model_name, owner_id, owner, phone = row
        hits.append(CarHit(
            customer_id=owner_id, owner=owner, phone=phone, matched=matched, vehicle_id=vehicle_id, plate=plate,
            vin=vin or "", model=f"{brand} {model_name}" if brand else model_text, colour=colour, last_mileage=km,
            last_visit_at=visit,
        ))
    return hits


def _open_things(vehicles, customers):
    """Open orders and open complaints: a few hundred rows among millions, so the status indexes
    find them in pages every look-up has already read. `+ 0` keeps the planner off the vehicle and
    customer indexes, which would read one cold page per hit instead."""
    orders = WorkOrder.select(
        Value("工单"), WorkOrder.vehicle, Value(0), WorkOrder.number, WorkOrder.status, WorkOrder.promised_at,
        Value(""), WorkOrder.id,
    ).where(WorkOrder.status.in_(OPEN_ORDER) & (WorkOrder.vehicle + 0).in_(vehicles))
    complaints = Complaint.select(
        Value("投诉"), Complaint.vehicle, Complaint.customer, Complaint.number, Complaint.status, Complaint.answer_due,
        Complaint.description, Complaint.id,
    ).where(Complaint.status.in_(OPEN_COMPLAINT)
            & ((Complaint.customer + 0).in_(customers) | (Complaint.vehicle + 0).in_(vehicles)))
    return orders.union_all(complaints)


_OPEN = Statement(_open_things)


def _fill_open(hits: list[CarHit]) -> None:
    """Each hit's open orders and open complaints: one query. The UNION's rows are converted by its
    first branch's fields, which fit the second's too (a time, a text)."""
    by_vehicle = {h.vehicle_id: h for h in hits if h.vehicle_id}
    by_customer: dict[int, list] = {}
    for h in hits:
        by_customer.setdefault(h.customer_id, []).append(h)
    if not by_customer:
        return
    rows = sorted(_OPEN.rows(list(by_vehicle), list(by_customer)), key=lambda r: (r[0], -r[7]))  # newest first
    for kind, vehicle_id, customer_id, number, status, at, description, _id in rows:
        if kind == "工单":
            by_vehicle[vehicle_id].open_orders.append({"number": number, "status": status, "promised_at": at})
            continue
        entry = {"number": number, "status": status, "description": description, "answer_due": at}
        for hit in [by_vehicle[vehicle_id]] if vehicle_id in by_vehicle else by_customer.get(customer_id, []):
            hit.complaints.append(entry)


def find_vehicle(*, plate: str | None = None, vin: str | None = None) -> Vehicle | None:
    """The car with exactly this (normalised) plate or VIN, for 'already in the archive?' as typed."""
    if plate:
        return Vehicle.get_or_none(Vehicle.plate == plate)
    if vin:
        return Vehicle.get_or_none(Vehicle.vin == vin)
    return None


__all__ = ["CarHit", "INDEX_DDL", "add_details", "find_vehicle", "lookup", "mask_phone"]


# ---------------------------------------------------------------- the first look-up of the day
# A PC switched on in the morning has none of the database file in memory, and a fresh process has
# built none of the look-up's SQL (storage.plumbing.compiled): the first keystroke would pay for both, 40-100 ms
# instead of 1-2. The program starts warm_up() in the background as soon as the store is open, while
# the login window waits for the password: it runs the look-up's statements once (so their SQL is
# built) and reads what the first look-ups read into the operating system's cache: the look-up's
# indexes and FTS tables, the car and owner rows, and the indexes the selected car's history is read
# by (about 40 MB at 120k cars; the rest of the file, orders and lines, is not touched).
WARM_TABLES = ("vehicle", "customer")
WARM_INDEXED_COLUMNS = {
    "vehicle": ("plate", "plate_rev", "vin", "vin_tail", "owner_id"),
    "customer": ("phone", "phone_rev", "name"),
    "work_order": ("vehicle_id",),
    "reminder": ("vehicle_id",),
    "appointment": ("vehicle_id",),
    "complaint": ("vehicle_id", "customer_id"),
    "suggestion": ("vehicle_id",),
}
WARM_SAMPLES = ("1234", "123456", "13800000000", "京A1", "A12345", "王")
log = logging.getLogger("fours.search")


def warm_up() -> float:
    """Build the look-up's SQL and read its pages (see above) on this thread's connection. Returns its
    milliseconds. (On PostgreSQL only the SQL is built: the server keeps one cache for every station.)"""
    started = time.perf_counter()
    if is_sqlite():
        _read_lookup_pages()
    first_car = None
    for text in WARM_SAMPLES:
        vehicle_ids, customer_ids = matching_ids(text, 21)
        hits = _hits(_ranked(vehicle_ids, customer_ids, 21)[:20])
        _fill_open(hits)
        first_car = first_car or next((h for h in hits if h.vehicle_id), None)
    if first_car is not None:
        details([first_car])
    return round((time.perf_counter() - started) * 1000, 1)


def warm_up_quietly(_cancel=None) -> float | None:
    """warm_up(), a failure logged and never shown: an optimisation only, the look-up works without
    it (it then reads from the disk). The program runs it off the GUI thread (ui.shell.app)."""
    try:
        ms = warm_up()
    except Exception:  # noqa: BLE001
        log.warning("查找预热失败", exc_info=True)
        return None
    log.info("查找预热：%s ms", ms)
    return ms


def warm_up_in_background() -> threading.Thread:
    """warm_up_quietly() on a plain thread of its own (daemon), its connection closed at the end."""
    def run():
        try:
            warm_up_quietly()
        finally:
            database.close()
    thread = threading.Thread(target=run, name="lookup-warm-up", daemon=True)
    thread.start()
    return thread


def _read_lookup_pages() -> None:
    """Every page of WARM_TABLES, their FTS tables and the indexes in WARM_INDEXED_COLUMNS, read once
    (a full scan of each b-tree: the OS keeps the pages in its cache for every connection)."""
    db = database.obj
    for table in WARM_TABLES:
        db.execute_sql(f'SELECT COUNT(*) FROM "{table}" NOT INDEXED WHERE rowid > 0').fetchone()
    for fts in ("vehicle_search", "customer_search"):
        db.execute_sql(f"SELECT SUM(length(block || x'')) FROM {fts}_data").fetchone()
        db.execute_sql(f"SELECT COUNT(*) FROM {fts}_docsize").fetchone()
    for table, columns in WARM_INDEXED_COLUMNS.items():
        for (index,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                                       (table,)).fetchall():
            first = db.execute_sql(f"PRAGMA index_info(\"{index}\")").fetchone()
            if first and first[2] in columns:
                db.execute_sql(f'SELECT COUNT(*) FROM "{table}" INDEXED BY "{index}" '
                               f'WHERE "{first[2]}" IS NOT NULL').fetchone()
