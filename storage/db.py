"""The one database handle every model uses, opened from a URL: a SQLite file (default) or PostgreSQL."""
import os
import sqlite3
from pathlib import Path
from urllib.parse import urlparse

import peewee
from playhouse.db_url import connect as url_connect

from .errors import DatabaseProblem

database = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    # Several stations share one file: a busy database waits this long before giving up.
    "busy_timeout": 10000,
    "cache_size": -32000,
}


def is_sqlite(db=None) -> bool:
    db = db or database.obj
    return isinstance(db, peewee.SqliteDatabase)


def sqlite_path(url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else parsed.path
    return Path(path)


def make_database(url: str) -> peewee.Database:
    """Build (not yet connect) the database object for a URL; refuse URLs we cannot serve."""
    scheme = urlparse(url).scheme
    if scheme == "sqlite":
        path = sqlite_path(url)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() and not os.access(path, os.W_OK):
                raise DatabaseProblem(f"数据库文件“{path}”是只读的，程序无法保存任何数据。请检查文件权限。")
        return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=10)
    if scheme in ("postgres", "postgresql"):
        return url_connect(url, autoconnect=True, autorollback=False)
    raise DatabaseProblem(f"不支持的数据库地址“{redact(url)}”：请使用 sqlite:///文件路径 或 postgresql://用户@服务器/数据库")


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url


def open_database(url: str) -> peewee.Database:
    """Point the shared proxy at the database the URL names and check it answers."""
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT 1")
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
        raise DatabaseProblem(f"无法连接数据库“{redact(url)}”：{first_line(exc)}") from exc
    database.initialize(db)
    return db


def check_database(url: str) -> int | None:
    """Connect to `url` on a private handle (the shared one is untouched) and return its schema
    version (None for an empty database). Raises DatabaseProblem with the same words as opening."""
    from .migrations import current_version

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


def close_database() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def transaction():
    """The transaction every money or stock action runs in.

    On SQLite it takes the write lock at once (BEGIN IMMEDIATE) so two stations never deadlock
    upgrading a read lock; the busy timeout makes the second one wait instead of failing.
    """
    db = database.obj
    if is_sqlite(db) and not db.in_transaction():
        return db.atomic("IMMEDIATE")
    return db.atomic()
