"""A busy, a full and a read-only database. A station waits for a busy database within a bound
(SQLite: busy_timeout with BEGIN IMMEDIATE; PostgreSQL: lock_timeout) and, past the bound, says so
in Chinese (数据库正忙…) instead of "database is locked". A full or read-only database refuses the
change with a message that says what to do; nothing of the refused change is saved and nothing
already committed is lost."""
import json
import shutil
import sqlite3
import subprocess
import threading
import time

import psycopg2
import pytest

import storage
from storage import cashier
from storage.models import Customer, Part, WorkOrder
from storage.parts import stock
from storage.plumbing.db import DatabaseBusy, DiskFull, ReadOnlyDatabase
from storage.reception import archive, checkin, search
from storage.rules import auth
from storage.rules.errors import DatabaseProblem
from storage.store import backup_restore
from tests.conftest import PG_URL
from tests.factories import PASSWORD, in_other_station, make_order, order_ready_to_settle
from tests.reliability import scene
from tests.reliability.fuzz import table_counts
from tests.reliability.helpers import reopen, url_of, worker_command, worker_env

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="SQLite's file lock, page limit and file system")
pg_only = pytest.mark.skipif(not PG_URL, reason="PostgreSQL's row locks and read-only sessions")


@pytest.fixture
def busy_store(users):
    scene.build_store(users)
    return {"order": order_ready_to_settle(users[auth.ADVISOR]), "part": Part.select().order_by(Part.id).first(),
            "draft": make_order(users[auth.ADVISOR], status="草稿")}


# Writing actions of four stations, each as its window calls it. login writes outside a
# transaction (the failed-login counter, the last login time): the autocommit path is covered too.
ACTIONS = {
    "create_customer": lambda u, s: archive.create_customer(u[auth.ADVISOR], name="新客户", phone="13912345678"),
    "receive": lambda u, s: stock.receive(u[auth.STOREKEEPER], [{"part": s["part"].id, "quantity": "3", "unit_cost": "40"}]),
    "settle": lambda u, s: cashier.settle(u[auth.CASHIER], s["order"].id, WorkOrder.get_by_id(s["order"].id).version,
                                          payments=[("现金", cashier.preview(s["order"].id).customer_due)]),
    "set_terms": lambda u, s: checkin.set_terms(u[auth.ADVISOR], s["draft"].id, WorkOrder.get_by_id(s["draft"].id).version,
                                                note="客户要求洗车"),
    "login": lambda u, s: auth.login(u[auth.CASHIER].username, PASSWORD),
}


def snapshot():
    """Every table's row count and every part's stock: what a refused change must leave as it was."""
    return table_counts(), list(Part.select(Part.number, Part.on_hand, Part.stock_value).order_by(Part.id).tuples())


class SqliteWriter:
    """Another station holding the SQLite write lock (BEGIN IMMEDIATE) until released."""

    def __init__(self, path, hold: float | None = None):
        self.path, self.hold = path, hold
        self.locked, self.release = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run)

    def _run(self):
        con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            con.execute("BEGIN IMMEDIATE")
            self.locked.set()
            self.release.wait(self.hold if self.hold is not None else 60)
            con.execute("COMMIT")
        finally:
            con.close()

    def __enter__(self):
        self.thread.start()
        assert self.locked.wait(10)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.thread.join(30)


# ---------------------------------------------------------------- busy


@sqlite_only
@pytest.mark.parametrize("name", ACTIONS)
def test_a_busy_database_is_waited_for_then_the_change_is_saved(db, users, busy_store, name):
    before = snapshot()
    with SqliteWriter(db.database, hold=1.0):
        started = time.monotonic()
        ACTIONS[name](users, busy_store)
        waited = time.monotonic() - started
    assert waited >= 0.8, f"{name} did not wait for the other station ({waited:.2f} s)"
    assert snapshot() != before or name == "login"


@sqlite_only
@pytest.mark.parametrize("name", ACTIONS)
def test_a_lock_held_past_the_bound_is_refused_in_chinese(db, users, busy_store, name, monkeypatch):
    from storage.plumbing import db as db_module

    monkeypatch.setitem(db_module.SQLITE_PRAGMAS, "busy_timeout", 300)  # the bound, shortened for the test
    reopen(url_of(db))
    before = snapshot()
    with SqliteWriter(db.database):
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as refused:
            ACTIONS[name](users, busy_store)
        waited = time.monotonic() - started
        assert snapshot() == before
    assert 0.25 <= waited < 5
    assert refused.value.message.startswith("数据库正忙") and "0.3 秒" in refused.value.message
    assert "locked" not in refused.value.message
    ACTIONS[name](users, busy_store)  # the lock gone, the same action goes through


@pg_only
def test_a_row_lock_is_waited_for_then_refused_past_the_bound(db, users, busy_store):
    draft = busy_store["draft"]
    holder = psycopg2.connect(PG_URL)
    try:
        cur = holder.cursor()
        cur.execute("SELECT id FROM work_order WHERE id = %s FOR UPDATE", (draft.id,))

        def release_later():
            time.sleep(1.0)
            holder.rollback()

        threading.Thread(target=release_later).start()
        started = time.monotonic()
        ACTIONS["set_terms"](users, busy_store)  # waits for the other station's transaction, then saves
        assert time.monotonic() - started >= 0.8
        assert WorkOrder.get_by_id(draft.id).note == "客户要求洗车"

        cur.execute("SELECT id FROM work_order WHERE id = %s FOR UPDATE", (draft.id,))
        db.execute_sql("SET lock_timeout = 300")  # the bound, shortened for the test
        before = snapshot()
        for name in ("set_terms", "settle"):
            if name == "settle":
                cur.execute("SELECT id FROM work_order WHERE id = %s FOR UPDATE", (busy_store["order"].id,))
            with pytest.raises(DatabaseBusy) as refused:
                ACTIONS[name](users, busy_store)
            assert refused.value.message.startswith("数据库正忙") and snapshot() == before
    finally:
        holder.close()
        db.execute_sql("SET lock_timeout = 10000")


# ---------------------------------------------------------------- full


@sqlite_only
def test_a_disk_that_fills_up_refuses_the_change_and_keeps_every_commit(db, users, busy_store, tmp_path):
    """The station's process may not write past a little more than the database has now
    (RLIMIT_FSIZE): the write that would is refused as on a full disk."""
    url = url_of(db)
    storage.close_database()
    done = subprocess.run(worker_command("fill", url), env=worker_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    said = [json.loads(line) for line in done.stdout.splitlines()]
    committed = [r["committed"] for r in said if r["op"] == "customer" and "committed" in r]
    refusals = [r for r in said if "refused" in r]
    assert committed and len(refusals) == 3, said
    for refusal in refusals:  # the customer, the receipt and the settlement
        assert refusal["refused"] == DiskFull.__name__ and "本次操作没有保存" in refusal["message"], refusal
    reopen(url)
    assert backup_restore.check() == []
    names = {c.name for c in Customer.select().where(Customer.name.startswith("满盘客户"))}
    assert names == {f"满盘客户{i}" for i in committed}, "a committed customer was lost, or a refused one saved"
    assert WorkOrder.get_by_id(busy_store["order"].id).status == "完工"
    ACTIONS["settle"](users, busy_store)  # room again: business goes on
    assert backup_restore.check() == []


@sqlite_only
def test_a_database_at_its_size_limit_refuses_and_keeps_everything(db, users, busy_store):
    assert db.execute_sql("PRAGMA freelist_count").fetchone()[0] == 0
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    before = snapshot()
    with pytest.raises(DiskFull) as refused:  # a note this long needs new pages
        archive.create_customer(users[auth.ADVISOR], name="新客户", phone="13912345678", note="长备注" * 3000)
    assert refused.value.message.startswith("磁盘已满") and "之前保存的数据不受影响" in refused.value.message
    assert snapshot() == before and backup_restore.check() == []
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    archive.create_customer(users[auth.ADVISOR], name="新客户", phone="13912345678", note="长备注" * 3000)


# ---------------------------------------------------------------- read-only


def make_read_only(db, on: bool) -> None:
    if PG_URL:  # what a standby server or a read-only role gives: SQLSTATE 25006
        db.execute_sql(f"SET default_transaction_read_only = {'on' if on else 'off'}")
    else:
        db.execute_sql(f"PRAGMA query_only = {1 if on else 0}")


@pytest.mark.parametrize("name", [n for n in ACTIONS if n != "login"])
def test_a_read_only_database_refuses_changes_and_still_reads(db, users, busy_store, name):
    make_read_only(db, True)
    try:
        before = snapshot()
        with pytest.raises(ReadOnlyDatabase) as refused:
            ACTIONS[name](users, busy_store)
        assert refused.value.message.startswith("数据库是只读的") and snapshot() == before
        hits, _ = search.lookup(users[auth.ADVISOR], "京A8")  # the stations can still look things up
        assert hits and cashier.preview(busy_store["order"].id).total > 0
    finally:
        make_read_only(db, False)
    ACTIONS[name](users, busy_store)


@sqlite_only
def test_a_database_file_made_read_only_while_stations_work(db, users, busy_store):
    """chattr +i: read-only even for root. A station already running keeps what it has written; a
    station connecting now gets a clear refusal, and so does the next start of the program."""
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", db.database]).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root and an ext2/3/4-like file system)")
    try:
        before = snapshot()
        with pytest.raises(ReadOnlyDatabase):
            in_other_station(lambda: ACTIONS["create_customer"](users, busy_store))
        assert snapshot() == before
        with pytest.raises(DatabaseProblem, match="只读"):
            storage.open_store(url_of(db))
    finally:
        subprocess.run(["chattr", "-i", db.database], check=True)
    reopen(url_of(db))
    assert snapshot() == before and backup_restore.check() == []
    in_other_station(lambda: ACTIONS["create_customer"](users, busy_store))

