"""The statistics the query planner needs, after every bulk load.

A PostgreSQL database fresh from a bulk load has none: autovacuum gets to a table some time later
(until then its planner guesses, and the hottest screens can take a second and a half instead of a
few ms: issue 24). So every bulk load the program does ends here: the demo and the benchmark's
generation (storage.demo), the parts import (storage.parts.importer), an upgrade (storage.store.upgrade);
an importer added later calls it the same way, after its transaction committed. A pg_restore is
the server's: `python main.py analyze` afterwards (README), and `check` says when it is missing.

    refresh_statistics(tables=None, db=None) -> list[str]
        PostgreSQL: ANALYZE of the tables named (model classes or table names; None: every table of
        the program), and their GIN indexes' pending lists merged; returns the tables analysed.
        SQLite: nothing, on purpose (returns []): the program's SQLite queries are shaped for a
        planner without statistics, and SQLite's would change their plans (see the function).
        Call it after the load's commit: ANALYZE inside it would see the loading transaction's view.
    tables_without_statistics(db=None, min_rows=LARGE_TABLE_ROWS) -> list[str]
        PostgreSQL: the program's tables with at least min_rows rows and no statistics (`check`
        warns about them). SQLite: none, by design.
"""
from storage.models import ALL_MODELS
from storage.plumbing.db import database, is_sqlite

LARGE_TABLE_ROWS = 10_000  # a table smaller than this is read whole in a few ms: statistics or not


def _table_names(tables) -> list[str]:
    if tables is None:
        tables = ALL_MODELS
    names = []
    for table in tables:
        name = table if isinstance(table, str) else table._meta.table_name
        if name not in names:
            names.append(name)
    return names


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def refresh_statistics(tables=None, db=None) -> list[str]:
    """ANALYZE what a bulk load touched (see the module docstring). Tables that do not exist (yet)
    are left out."""
    db = db or database.obj
    present = set(db.get_tables())
    names = [name for name in _table_names(tables) if name in present]
    if not names:
        return []
    if is_sqlite(db):
        # Nothing, on purpose. The program's SQLite queries are shaped for a planner without
        # statistics (storage/workshop/board.py), and SQLite's (sqlite_stat1: no histograms) change
        # 9 of the benchmark's 78 read plans at scale 0.25, among them the settlements list (a scan of
        # the users and a sort: 375 ms instead of 2) and the look-up's open complaints (a scan of the
        # table). PRAGMA optimize is no way out: it analyses whichever tables the connection's
        # queries touched (after a parts import: part), with the same effect.
        return []
    db.execute_sql("ANALYZE " + ", ".join(_quoted(name) for name in names))
    # A GIN index (the look-up's trigram indexes) written in bulk keeps the new entries in a pending
    # list that every search reads through, page by page, until a VACUUM merges it: after a bulk
    # insert of 120,000 plates 350 pages a keystroke instead of 17 (issue 24). Merged here.
    db.execute_sql(
        "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = c.relam JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE a.amname = 'gin' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(%s)",
        (names,))
    return names


def has_statistics(table: str, db=None) -> bool:
    """Whether the planner has statistics for this table (SQLite: sqlite_stat1; PostgreSQL: pg_stats)."""
    db = db or database.obj
    if is_sqlite(db):
        if "sqlite_stat1" not in {r[0] for r in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").fetchall()}:
            return False
        return db.execute_sql("SELECT 1 FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", (table,)).fetchone() is not None
    return db.execute_sql("SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND tablename = %s LIMIT 1",
                          (table,)).fetchone() is not None


def _at_least(db, table: str, rows: int) -> bool:
    """The table holds `rows` rows or more (reads at most that many)."""
    cursor = db.execute_sql(f"SELECT 1 FROM {_quoted(table)} LIMIT 1 OFFSET {max(0, int(rows) - 1):d}")
    return cursor.fetchone() is not None


def tables_without_statistics(db=None, min_rows: int | None = None) -> list[str]:
    db = db or database.obj
    if is_sqlite(db):
        return []  # by design (see refresh_statistics): SQLite's planner works without them here
    min_rows = LARGE_TABLE_ROWS if min_rows is None else min_rows
    present = set(db.get_tables())
    missing = []
    for name in _table_names(None):
        if name in present and not has_statistics(name, db) and _at_least(db, name, min_rows):
            missing.append(name)
    return missing


__all__ = ["LARGE_TABLE_ROWS", "has_statistics", "refresh_statistics", "tables_without_statistics"]
