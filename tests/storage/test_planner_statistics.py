"""Every bulk load ends with the statistics the query planner needs (storage.plumbing.planner, issue 24), and
`check` says when a large table has none: the generator, the demo, the parts import, an upgrade.
On PostgreSQL that is ANALYZE of what the load touched; on SQLite, PRAGMA optimize and no forced
ANALYZE (its queries are shaped for a planner without statistics: the program's tables stay so)."""
import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import storage
from storage import demo
from storage.models import Customer, OpeningStock, Part, Setting, StockMovement
from storage.parts import importer
from storage.parts import opening as opening_stock
from storage.plumbing import planner
from storage.plumbing.db import close_database, database, is_sqlite
from storage.store import backup_restore
from tests.conftest import PG_URL
from tests.factories import first_version_file
from tests.storage.test_parts_import import ROWS, write_csv

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 24)


def server_now():
    """The moment on the database's clock (PostgreSQL stamps its ANALYZE with it)."""
    if is_sqlite():
        return None
    with database.obj.atomic():
        return database.obj.execute_sql("SELECT clock_timestamp()").fetchone()[0]


def analysed_since(table: str, moment) -> bool:
    """PostgreSQL: the planner has statistics for `table`, gathered after `moment`. SQLite: the
    program's table has none, as its queries expect (a forced ANALYZE would change their plans)."""
    db = database.obj
    if is_sqlite(db):
        return not planner.has_statistics(table)
    with db.atomic():  # a new transaction: the server's statistics as they are now, not a cached view
        row = db.execute_sql("SELECT GREATEST(last_analyze, last_autoanalyze) FROM pg_stat_user_tables "
                             "WHERE relname = %s AND schemaname = current_schema()", (table,)).fetchone()
    return row is not None and row[0] is not None and row[0] >= moment and planner.has_statistics(table)


def test_sqlite_never_warns_and_keeps_its_plans(tmp_path):
    """On SQLite the check has nothing to say about statistics, whatever the size."""
    if PG_URL:
        pytest.skip("SQLite's rule")
    storage.open_store(f"sqlite:///{(tmp_path / 's.db').as_posix()}")
    try:
        Customer.insert_many([{"name": f"客户{i}", "phone": f"1380000{i:04d}", "phone_rev": f"1380000{i:04d}"[::-1]}
                              for i in range(60)]).execute()
        assert planner.tables_without_statistics(min_rows=10) == [] and backup_restore.statistics_warnings() == []
        planner.refresh_statistics()
        assert not planner.has_statistics("customer")
    finally:
        close_database()


def test_a_fresh_store_has_no_statistics_yet(db):
    """What the tests below start from: nothing analysed (SQLite: no sqlite_stat1 at all)."""
    if is_sqlite():
        assert not planner.has_statistics("work_order")
        assert "sqlite_stat1" not in database.obj.get_tables()
    assert planner.tables_without_statistics() == []  # empty tables are no one's worry


def test_generating_leaves_every_table_it_filled_analysed(db):
    started = server_now()
    counts = demo.generate(0.002, today=TODAY)
    filled = [table for table, rows in counts.items() if rows]
    assert {"work_order", "work_order_line", "customer", "vehicle", "stock_movement", "settlement_line"} <= set(filled)
    assert [t for t in filled if not analysed_since(t, started)] == []
    assert planner.tables_without_statistics(min_rows=1) == []


def test_the_demo_leaves_its_tables_analysed(db):
    started = server_now()
    assert demo.populate_if_empty(today=TODAY)
    for table in ("work_order", "work_order_line", "customer", "vehicle", "part", "stock_movement", "audit_log"):
        assert analysed_since(table, started), table


def test_a_parts_import_and_its_approval_leave_what_they_wrote_analysed(users, tmp_path):
    keeper = users["备件仓库员"]
    started = server_now()
    report = importer.import_parts(keeper, write_csv(tmp_path / "parts.csv", ROWS))
    assert report.applied and report.created == 3
    for model in (Part, OpeningStock):  # the opening stock waits for the manager's approval
        assert analysed_since(model._meta.table_name, started), model
    started = server_now()
    opening_stock.approve(users["服务经理"])  # 审核入账 books every part's 期初 movement in bulk
    for model in (Part, StockMovement):
        assert analysed_since(model._meta.table_name, started), model


@pytest.mark.skipif(not PG_URL, reason="SQLite's tables keep no statistics by design: nothing to warn about")
def test_check_warns_of_a_large_table_without_statistics_until_analysed(db_url, monkeypatch, capsys):
    """Rows written by anything but the program's bulk loads (a pg_restore, a script): `check` names
    the table; `python main.py analyze` (refresh_statistics) settles it."""
    storage.open_store(db_url)
    try:
        monkeypatch.setattr(planner, "LARGE_TABLE_ROWS", 40)
        Customer.insert_many([{"name": f"客户{i}", "phone": f"1380000{i:04d}", "phone_rev": f"1380000{i:04d}"[::-1]}
                              for i in range(60)]).execute()
        assert Customer.select().count() == 60
        assert planner.tables_without_statistics() == ["customer"]
        warnings = backup_restore.statistics_warnings()
        assert len(warnings) == 1 and "customer" in warnings[0] and "python main.py analyze" in warnings[0]
        assert backup_restore.check() == []  # a warning, not a problem with the data
        started = server_now()
        assert "customer" in planner.refresh_statistics()
        assert analysed_since("customer", started)
        assert planner.tables_without_statistics() == [] and backup_restore.statistics_warnings() == []
    finally:
        close_database()


def run_main(*args, tmp_path):
    env = dict(os.environ, FOURS_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not PG_URL, reason="SQLite's tables keep no statistics by design: nothing to warn about")
def test_main_check_warns_and_analyze_settles_it(db_url, tmp_path):
    """The warning from the command line, with exit code 0 (the data is sound), then `analyze`."""
    storage.open_store(db_url)
    try:
        with database.obj.atomic():
            for start in range(0, 10000, 500):
                Setting.insert_many([{"key": f"k{i}", "value": ""} for i in range(start, start + 500)]).execute()
    finally:
        close_database()
    url = db_url
    assert planner.LARGE_TABLE_ROWS == 10_000
    warned = run_main("--database", url, "check", tmp_path=tmp_path)
    assert warned.returncode == 0, warned.stderr
    assert "setting" in warned.stdout and "python main.py analyze" in warned.stdout
    assert warned.stdout.strip().splitlines()[-1] == "检查完成：未发现问题"
    done = run_main("--database", url, "analyze", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "查询统计信息" in done.stdout
    clean = run_main("--database", url, "check", tmp_path=tmp_path)
    assert clean.returncode == 0 and "提示" not in clean.stdout, clean.stdout


@pytest.mark.skipif(bool(PG_URL), reason="the first version's snapshot is a SQLite file")
def test_an_upgrade_leaves_the_tables_analysed(tmp_path):
    path = first_version_file(tmp_path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 0
    con.close()
    storage.open_store(f"sqlite:///{path.as_posix()}")
    try:
        assert not planner.has_statistics("customer")  # SQLite: PRAGMA optimize, no forced ANALYZE
    finally:
        close_database()


# ---------------------------------------------------------------- the look-up's indexes (version 4)
V3_SCHEMA = Path(__file__).parent.parent / "data" / "schema_v3.sqlite.sql"


def index_names(db) -> set[str]:
    if is_sqlite(db):
        return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    return {r[0] for r in db.execute_sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()").fetchall()}


@pytest.mark.skipif(bool(PG_URL), reason="the version 3 snapshot is a SQLite file")
def test_a_version_3_file_upgrades_to_the_fresh_schema_and_is_analysed(tmp_path):
    from storage.store.schema import LATEST
    from storage.store.versions import current_version

    path = tmp_path / "data" / "service.db"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.executescript(V3_SCHEMA.read_text("utf-8"))
    con.execute("INSERT INTO schema_version (version, applied_at, program) VALUES (3, '2026-12-01 08:00:00', '0.1.0')")
    con.execute(
        "INSERT INTO customer (name, kind, phone, phone_rev, phone2, address, company, id_number, source, "
        "member_balance, credit_limit, note, created_at, created_by, version, updated_at, updated_by) VALUES "
        "('第三版客户', '个人', '13800138000', '00083100831', '', '', '', '', '', 0, 0, '', '2026-12-01', '', 1, '2026-12-01', '')"
    )
    con.commit()
    con.close()
    db = storage.open_store(f"sqlite:///{path.as_posix()}")
    try:
        assert current_version(db) == LATEST >= 4
        upgraded = index_names(db)
        assert not planner.has_statistics("customer")
    finally:
        close_database()
    fresh = storage.open_store(f"sqlite:///{(tmp_path / 'fresh.db').as_posix()}")
    try:
        assert upgraded == index_names(fresh)
    finally:
        close_database()


def gin_options(db) -> dict:
    return dict(db.execute_sql(
        "SELECT c.relname, COALESCE(array_to_string(c.reloptions, ','), '') FROM pg_class c JOIN pg_am a ON a.oid = c.relam "
        "WHERE a.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace").fetchall())


def pending_pages(db, index: str) -> int:
    db.execute_sql("CREATE EXTENSION IF NOT EXISTS pgstattuple")
    return db.execute_sql("SELECT pending_pages FROM pgstatginindex(%s::regclass)", (index,)).fetchone()[0]


@pytest.mark.skipif(not PG_URL, reason="the look-up's trigram indexes are PostgreSQL's")
def test_postgresql_trigram_indexes_keep_no_pending_list(db):
    """A fresh database's trigram indexes write through (fastupdate off); older ones (the pending list
    on, filled by a bulk insert) get them so, and merged, by the migration step (called by its name:
    its number is the merger's)."""
    from storage.reception.search import TRIGRAM_INDEXES
    from storage.store.schema import v8_postgresql_lookup_indexes
    from storage.store.versions import migrator_for

    names = {name for name, _table, _column in TRIGRAM_INDEXES}
    assert {name: gin_options(db)[name] for name in names} == {name: "fastupdate=off" for name in names}
    for name in names:
        db.execute_sql(f'ALTER INDEX "{name}" RESET (fastupdate)')  # as the versions before made them
    Customer.insert_many([{"name": f"客户{i}号", "phone": f"1380000{i:04d}", "phone_rev": f"1380000{i:04d}"[::-1]}
                          for i in range(2000)]).execute()
    assert pending_pages(db, "customer_name_trgm") > 0  # what a bulk load leaves: every search reads it
    with db.atomic():
        v8_postgresql_lookup_indexes(migrator_for(db), db)
    assert {name: gin_options(db)[name] for name in names} == {name: "fastupdate=off" for name in names}
    assert pending_pages(db, "customer_name_trgm") == 0


@pytest.mark.skipif(not PG_URL, reason="GIN pending lists are PostgreSQL's")
def test_refresh_statistics_merges_a_gin_pending_list(db):
    db.execute_sql('ALTER INDEX "customer_name_trgm" SET (fastupdate = on)')
    try:
        Customer.insert_many([{"name": f"客户{i}号", "phone": f"1390000{i:04d}", "phone_rev": f"1390000{i:04d}"[::-1]}
                              for i in range(2000)]).execute()
        assert pending_pages(db, "customer_name_trgm") > 0
        planner.refresh_statistics([Customer])
        assert pending_pages(db, "customer_name_trgm") == 0
    finally:
        db.execute_sql('ALTER INDEX "customer_name_trgm" SET (fastupdate = off)')
