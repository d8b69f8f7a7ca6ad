"""Which database this PC uses, as the first-run wizard asks it: this PC only (the SQLite file in the
data folder) or the store's PostgreSQL server. No Qt.

    server_url(host=, port=, database=, user=, password=) -> str   the URL, or ValidationError naming the field
    server_fields(url) -> dict                                     the fields back from a saved URL
    probe(url) -> Probe                                            look without changing anything (测试连接)
    join(url, *, upgrade_without_backup=False) -> Probe            open (create or upgrade) it as the shared handle

The password ends up in this PC's settings file as part of the URL (storage.plumbing.config.LocalSettings,
which only the PC's user can read); logs and the status bar show the URL with *** instead.
"""
import json
import sqlite3
from dataclasses import dataclass
from urllib.parse import urlparse

import peewee

import storage
from storage.models import Setting, User
from storage.plumbing.db import first_line, make_database, redact
from storage.rules import settings
from storage.rules.errors import DatabaseProblem, ValidationError
from storage.store.versions import current_version

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "fours"


@dataclass(frozen=True)
class Probe:
    version: int | None  # the schema version; None: an empty database
    store_name: str  # "" when the store is not set up yet
    has_users: bool  # False: the first-run wizard creates the store and its administrator

    @property
    def joins_a_store(self) -> bool:
        return self.has_users


def server_url(*, host: str, port, database: str, user: str, password: str) -> str:
    """postgresql://user:password@host:port/database with user and password quoted for a URL."""
    host = (host or "").strip()
    if not host:
        raise ValidationError("请填写门店服务器的地址（计算机名或 IP，如 192.168.1.10）。", field="host")
    if any(ch in host for ch in "/@: \t"):
        raise ValidationError(f"服务器地址“{host}”不对：只填计算机名或 IP 地址，不要带端口或斜杠。", field="host")
    try:
        port = int(port)
    except (TypeError, ValueError):
        port = 0
    if not 1 <= port <= 65535:
        raise ValidationError("端口应为 1 到 65535 之间的数字（PostgreSQL 默认 5432）。", field="port")
    database = (database or "").strip()
    if not database:
        raise ValidationError("请填写数据库名（如 fours）。", field="database")
    user = (user or "").strip()
    if not user:
        raise ValidationError("请填写数据库用户名。", field="user")
    # Not %-quoted: storage.plumbing.db reads user and password from the URL as they stand (urlparse splits
    # at the last @ and the first colon), so only the characters that end the address are refused.
    if any(ch in user for ch in "@:/?# \t"):
        raise ValidationError("数据库用户名中不能有 @ : / ? # 或空格。", field="user")
    if any(ch in (password or "") for ch in "/?#"):
        raise ValidationError("数据库密码中含有 / ? # 这几个字符，程序无法使用：请管理员换一个密码。", field="password")
    if any(ch in database for ch in "/?# \t"):
        raise ValidationError("数据库名中不能有 / ? # 或空格。", field="database")
    credentials = user + (f":{password}" if password else "")
    return f"postgresql://{credentials}@{host}:{port}/{database}"


def server_fields(url: str) -> dict:
    """The wizard's fields for a postgresql:// URL (empty ones for anything else)."""
    parsed = urlparse(url or "")
    if parsed.scheme not in ("postgres", "postgresql"):
        return {"host": "", "port": DEFAULT_PORT, "database": DEFAULT_DATABASE, "user": "", "password": ""}
    return {
        "host": parsed.hostname or "",
        "port": parsed.port or DEFAULT_PORT,
        "database": parsed.path.lstrip("/") or DEFAULT_DATABASE,
        "user": parsed.username or "",
        "password": parsed.password or "",
    }


def probe(url: str) -> Probe:
    """Connect on a private handle (the shared one is untouched) and tell what is there."""
    db = make_database(url)
    try:
        db.connect()
        version = current_version(db)
        if version is None:
            return Probe(None, "", False)
        # Plain SQL on the private handle: binding the models to it would move every thread's queries.
        users, settings = User._meta.table_name, Setting._meta.table_name
        has_users = db.execute_sql(f'SELECT 1 FROM "{users}" LIMIT 1').fetchone() is not None
        row = db.execute_sql(f'SELECT value FROM "{settings}" WHERE key = {db.param}', ("store.name",)).fetchone()
        return Probe(version, json.loads(row[0]) if row else "", has_users)
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.Error) as exc:
        raise DatabaseProblem(f"无法连接数据库“{redact(url)}”：{first_line(exc)}") from exc
    finally:
        if not db.is_closed():
            db.close()


def join(url: str, *, upgrade_without_backup: bool = False) -> Probe:
    """Make `url` the shared database (created at the newest version when empty, upgraded with a
    backup when older) and tell what is there. Run off the GUI thread: it closes this thread's
    connection when done, and the GUI thread opens its own on first use."""
    storage.open_store(url, upgrade_without_backup=upgrade_without_backup)
    try:
        return Probe(current_version(), settings.get("store.name") or "", not storage.is_first_run())
    finally:
        storage.close_database()
