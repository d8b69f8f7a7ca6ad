"""The schema's version and the program's identity in a database: what version a database is at,
the stamp in a SQLite file's header, and a look at a database on a private handle. No steps here
(storage.store.schema) and no upgrading (storage.store.upgrade)."""
import sqlite3

import peewee
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from storage.models.base import BaseModel, now
from storage.plumbing.db import database, first_line, is_sqlite, make_database, redact
from storage.rules.errors import DatabaseProblem


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()
    applied_at = peewee.DateTimeField(default=now)
    program = peewee.CharField(max_length=32, default="")


# The identity of the program's SQLite files, in the header (PRAGMA application_id, bytes 68-71):
# "4SSV" read as a big-endian 32-bit number. PRAGMA user_version (bytes 60-63) mirrors the schema
# version. Set when a database is created, after every migration step, and on a file an earlier
# build wrote (stamp_identity at each open), so that a restore can tell our files from any other.
APPLICATION_ID = int.from_bytes(b"4SSV", "big")
# The tables every version of the program has: a file without the identity (written before it
# existed) is ours only if it has them all.
CORE_MODELS = ("User", "Customer", "Vehicle", "WorkOrder", "Part", "StockMovement",
               "Settlement", "DocumentCounter", "AuditLog")


def current_version(db=None) -> int | None:
    """The database's schema version, or None for an empty database."""
    db = db or database.obj
    if not db.table_exists(SchemaVersion._meta.table_name):
        if db.get_tables():
            raise DatabaseProblem("数据库中已有其他程序的数据表，但没有版本记录：请使用一个空的数据库。")
        return None
    # On `db` itself: the model would ask the shared handle, which may be another database (a
    # private handle testing a connection, or the wizard looking at a server before joining it).
    table = SchemaVersion._meta.table_name
    version = db.execute_sql(f'SELECT MAX(version) FROM "{table}"').fetchone()[0]
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
        # SQLite keeps whatever was written into an INTEGER column: not a file of ours, or one altered by hand.
        raise DatabaseProblem(f"数据库的版本记录不是数字（“{version}”）：这不是本程序写的数据库，或已被改动过，本程序不会打开它。")
    return version


def stamp_identity(db, version: int) -> None:
    """Write the program's identity and the schema version into a SQLite file's header (no-op on
    PostgreSQL and when already there). Inside the caller's transaction when there is one."""
    if not is_sqlite(db) or db.database == ":memory:":
        return
    have = (db.execute_sql("PRAGMA application_id").fetchone()[0], db.execute_sql("PRAGMA user_version").fetchone()[0])
    if have != (APPLICATION_ID, version):
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
        db.execute_sql(f"PRAGMA user_version = {int(version):d}")


def migrator_for(db):
    return SqliteMigrator(db) if is_sqlite(db) else PostgresqlMigrator(db)


def check_database(url: str) -> int | None:
    """Connect to `url` on a private handle (the shared one is untouched) and return its schema
    version (None for an empty database). Raises DatabaseProblem with the same words as opening."""
    db = make_database(url)
    try:
        db.connect()
        db.execute_sql("SELECT 1")
        return current_version(db)
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
        raise DatabaseProblem(f"无法连接数据库“{redact(url)}”：{first_line(exc)}") from exc
    finally:
        if not db.is_closed():
            db.close()
