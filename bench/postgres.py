"""The benchmark's dataset on PostgreSQL, fast: the cached SQLite file copied in with COPY.

Generating ten busy years straight into PostgreSQL takes over an hour on a 2-core VM (every row an
INSERT through Peewee, every index kept up to date). The SQLite file holds the very same rows, so
the PostgreSQL run fills its database from it instead:

    copy_from_sqlite(sqlite_path, url, log=print) -> dict
        `url` must name an empty database (or one holding only a schema): its schema is created or
        migrated by storage.open_store, every program table emptied, its secondary indexes dropped,
        each table filled with one COPY (the text lines made by SQLite itself, streamed), the indexes
        built again from the sorted rows, the id sequences set past the copied ids, all in one
        transaction; then ANALYZE (storage.plumbing.planner.refresh_statistics), as after every bulk load.
        Returns {"rows": {table: n}, "seconds": {...}}.

Foreign keys are not checked row by row during the copy (session_replication_role = replica): the
rows come from a store `check` keeps consistent, and they are copied whole.
"""
import sqlite3
import time
from urllib.parse import urlparse

import psycopg2
from peewee import sort_models
from playhouse.db_url import parseresult_to_dict

import storage
from storage.models import ALL_MODELS
from storage.plumbing import planner
from storage.plumbing.db import close_database

CHUNK_ROWS = 5000
MAINTENANCE_WORK_MEM = "512MB"  # index builds sort in memory: one at a time, so this is all they take


def _pg_connect(url: str):
    return psycopg2.connect(**parseresult_to_dict(urlparse(url)))


def _sqlite_columns(con, table: str) -> list[tuple[str, str]]:
    return [(row[1], (row[2] or "").upper()) for row in con.execute(f'PRAGMA table_info("{table}")')]


def _pg_columns(cur, table: str) -> dict[str, str]:
    cur.execute("SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s", (table,))
    return dict(cur.fetchall())


def _line_sql(table: str, columns: list[tuple[str, str]], pg_types: dict[str, str]) -> str:
    """A SELECT that makes COPY's text format line by line in SQLite: tab between fields, \\N for NULL,
    backslash, tab, newline and carriage return escaped in text, booleans as t/f."""
    fields = []
    for name, declared in columns:
        col = f'"{name}"'
        pg_type = pg_types[name]
        if pg_type == "boolean":
            expr = f"CASE WHEN {col} IS NULL THEN '\\N' WHEN {col} THEN 't' ELSE 'f' END"
        elif pg_type in ("integer", "bigint", "smallint") and "INT" in declared:
            expr = f"COALESCE(CAST({col} AS TEXT), '\\N')"
        else:
            text = f"CAST({col} AS TEXT)"
            for plain, escaped in (("'\\'", "'\\\\'"), ("char(9)", "'\\t'"), ("char(10)", "'\\n'"),
                                   ("char(13)", "'\\r'")):
                text = f"replace({text}, {plain}, {escaped})"
            expr = f"COALESCE({text}, '\\N')"
        fields.append(expr)
    return f"SELECT {' || char(9) || '.join(fields)} FROM \"{table}\""


class _Lines:
    """A file-like object over a SQLite cursor's lines, for psycopg2's copy_expert."""

    def __init__(self, cursor):
        self.cursor = cursor
        self.buffer = b""
        self.rows = 0
        self.done = False

    def read(self, size: int = -1) -> bytes:
        while not self.done and (size < 0 or len(self.buffer) < size):
            batch = self.cursor.fetchmany(CHUNK_ROWS)
            if not batch:
                self.done = True
                break
            self.rows += len(batch)
            self.buffer += ("\n".join(row[0] for row in batch) + "\n").encode("utf-8")
        if size < 0:
            size = len(self.buffer)
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    readline = read


def _secondary_indexes(cur, tables: list[str]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of every index on these tables that no constraint owns (primary keys
    and unique constraints stay: they are built as the rows come, and other code relies on them)."""
    cur.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
        "AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
        "WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)",
        (tables,))
    return cur.fetchall()


def copy_from_sqlite(sqlite_path, url: str, log=print) -> dict:


    started = time.perf_counter()
    storage.open_store(url)  # the schema, created or migrated as the program does it
    close_database()
    tables = [model._meta.table_name for model in sort_models(ALL_MODELS)]
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    source.execute("PRAGMA cache_size = -262144")
    pg = _pg_connect(url)
    seconds, rows = {}, {}
    try:
        with pg:  # one transaction: all of it or nothing
            cur = pg.cursor()
            cur.execute("SET LOCAL session_replication_role = replica")
            cur.execute(f"SET LOCAL maintenance_work_mem = '{MAINTENANCE_WORK_MEM}'")
            cur.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables))
            indexes = _secondary_indexes(cur, tables)
            for name, _ddl in indexes:
                cur.execute(f'DROP INDEX "{name}"')
            present = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for table in tables:
                if table not in present:
                    continue
                pg_types = _pg_columns(cur, table)
                columns = [(n, t) for n, t in _sqlite_columns(source, table) if n in pg_types]
                lines = _Lines(source.execute(_line_sql(table, columns, pg_types)))
                at = time.perf_counter()
                names = ", ".join(f'"{n}"' for n, _t in columns)
                cur.copy_expert(f'COPY "{table}" ({names}) FROM STDIN', lines, size=1 << 20)
                rows[table] = lines.rows
                seconds[table] = round(time.perf_counter() - at, 1)
                if lines.rows >= 100_000:
                    log(f"  {table}: {lines.rows:,} rows in {seconds[table]} s")
            at = time.perf_counter()
            for _name, ddl in indexes:
                cur.execute(ddl)
            seconds["indexes"] = round(time.perf_counter() - at, 1)
            log(f"  {len(indexes)} indexes built again in {seconds['indexes']} s")
            for table in tables:
                if "id" in _pg_columns(cur, table):
                    cur.execute(f"SELECT setval(pg_get_serial_sequence(%s, 'id'), COALESCE(MAX(id), 0) + 1, false) "
                                f'FROM "{table}"', (f'"{table}"',))
    finally:
        pg.close()
        source.close()
    at = time.perf_counter()
    storage.open_store(url)
    try:
        planner.refresh_statistics()  # a bulk load ends with the planner's statistics
    finally:
        close_database()
    seconds["analyze"] = round(time.perf_counter() - at, 1)
    seconds["total"] = round(time.perf_counter() - started, 1)
    log(f"  copied {sum(rows.values()):,} rows into PostgreSQL in {seconds['total']} s (ANALYZE {seconds['analyze']} s)")
    return {"rows": rows, "seconds": seconds}


if __name__ == "__main__":  # python -m bench.postgres SQLITE_FILE URL
    import sys

    print(copy_from_sqlite(sys.argv[1], sys.argv[2]))
