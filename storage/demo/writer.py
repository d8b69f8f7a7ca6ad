"""The bulk writer: rows already in their columns' stored form go to the database in big batches
(executemany on SQLite, execute_values on PostgreSQL), with SQLite's secondary indexes dropped
while it loads and rebuilt before the commit. In a worker process (storage.demo.parallel) the
batches go down a pipe instead, to the process that owns the connection."""
from collections import Counter

from psycopg2.extras import execute_batch, execute_values

from storage.models import ALL_MODELS, DocumentCounter, Setting, User
from storage.plumbing.db import is_sqlite

BIG_SQLITE_ROWS = 50000  # rows held before they are written


class _Buffer:
    """Rows of one table waiting for a bulk insert. Columns not named get the model's constant default."""

    def __init__(self, sink, model, columns):
        self.sink, self.model, self.columns = sink, model, tuple(columns)
        fields = model._meta.fields
        rest = [name for name in fields if name not in self.columns]
        defaults = []
        for name in rest:
            field = fields[name]
            if callable(field.default) or (field.default is None and not field.null):
                raise AssertionError(f"{model.__name__}.{name} needs an explicit value")
            defaults.append(field.db_value(field.default))
        self.all_columns = self.columns + tuple(rest)
        self.defaults = tuple(defaults)
        self.fields = [fields[name] for name in self.all_columns]
        names = ", ".join(f'"{f.column_name}"' for f in self.fields)
        values = ", ".join("?" * len(self.fields)) if sink.sqlite else "%s"
        self.sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({values})' if sink.sqlite else \
            f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES %s'
        self.rows = []
        self.add = self.rows.append  # the sink flushes between days, when enough is waiting

    def flush(self):
        rows = self.rows
        if not rows:
            return
        if self.defaults:
            extra = self.defaults
            rows = [row + extra for row in rows]
        else:
            rows = rows[:]
        del self.rows[:]
        self.sink.write(self, rows)


class _Sink:
    """Bulk writer of rows already in the columns' stored form: executemany on SQLite, multi-row
    VALUES (psycopg2's execute_values) on PostgreSQL. Peewee's insert_many would convert every value
    through Field.db_value again, which both costs most of the time and would re-scale our ints."""

    def __init__(self, db):
        self.db = db
        self.sqlite = is_sqlite(db)
        self.buffers = {}
        self.channel = None  # in a worker process: where the rows go instead
        self.written = Counter()  # rows per table, counted where they are written

    def table(self, model, columns) -> _Buffer:
        buffer = self.buffers[model] = _Buffer(self, model, columns)
        return buffer

    def write(self, buffer, rows):
        table = buffer.model._meta.table_name
        if self.channel is not None:
            self.channel.send("rows", table, buffer.sql, len(buffer.fields), rows)
        else:
            self.insert(table, buffer.sql, len(buffer.fields), rows)

    def insert(self, table: str, sql: str, width: int, rows: list) -> None:
        self.written[table] += len(rows)
        if self.sqlite:
            self.db.cursor().executemany(sql, rows)
        else:
            execute_values(self.db.cursor(), sql, rows, page_size=max(1, 20000 // width))

    def flush(self):
        for model in ALL_MODELS:  # parents before children, so a foreign key always finds its row
            if model in self.buffers:
                self.buffers[model].flush()

    def maybe_flush(self):
        if sum(len(buffer.rows) for buffer in self.buffers.values()) >= BIG_SQLITE_ROWS:
            self.flush()

    def execute_many(self, sql: str, rows) -> None:
        if self.channel is not None:
            self.channel.send("exec", sql, list(rows))
            return
        cursor = self.db.cursor()
        if self.sqlite:
            cursor.executemany(sql, rows)
        else:  # many statements per round trip
            execute_batch(cursor, sql, rows, page_size=1000)

    def reset_sequences(self) -> None:
        """PostgreSQL: the rows came with their ids, so each table's id sequence carries on after them."""
        if self.sqlite:
            return
        for table in self.written:
            self.db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                f"(SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))")

    def counts(self) -> dict:
        return {table: count for table, count in self.written.items() if count}


def drop_indexes(db) -> list:
    """SQLite builds an index from sorted rows far faster than it keeps one up to date row by row:
    the secondary indexes of the tables we fill go now and come back (unique ones re-checked) before
    the commit. DDL is transactional, so a cancelled or failed run gets them back with the rollback."""
    tables = tuple({model._meta.table_name for model in ALL_MODELS} - {User._meta.table_name, Setting._meta.table_name,
                                                                        DocumentCounter._meta.table_name, "audit_log"})
    rows = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(tables))}) ORDER BY name", tables).fetchall()
    for name, _sql in rows:
        db.execute_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]
