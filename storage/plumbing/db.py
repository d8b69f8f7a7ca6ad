"""The one database handle every model uses, opened from a URL: a SQLite file (default) or PostgreSQL."""
import os
import socket
import sqlite3
import threading
from pathlib import Path
from urllib.parse import urlparse

import peewee
from playhouse.db_url import parseresult_to_dict

from storage.rules.errors import DatabaseProblem, ValidationError

database = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Every commit the program reports as done is on the disk before it says so (a receipt is printed
    # and the money is in the drawer). SQLite's documentation of PRAGMA synchronous: "In WAL mode when
    # synchronous is NORMAL (1), the WAL file is synchronized before each checkpoint and the database
    # file is synchronized after each completed checkpoint [...] but no sync operations occur during
    # most transactions", and "A transaction committed in WAL mode with synchronous=NORMAL might roll
    # back following a power loss or system crash." Whereas "When synchronous is FULL (2), the SQLite
    # database engine will use the xSync method of the VFS to ensure that all content is safely
    # written to the disk surface prior to continuing"; in WAL mode the WAL is synced at every commit
    # ("Writers sync the WAL on every transaction commit if PRAGMA synchronous is set to FULL but omit
    # this sync if PRAGMA synchronous is set to NORMAL", SQLite's WAL documentation). EXTRA adds
    # only a directory sync after a rollback journal is deleted, which WAL mode does not do.
    # tests/reliability/test_power_cut.py cuts the power under the program and shows both; what it
    # costs a settlement is in the benchmark's durability rows (README "Performance").
    "synchronous": "full",
    # Several stations share one file: a busy database waits this long before giving up.
    "busy_timeout": 10000,
    "cache_size": -32000,
}


APP_PREFIX = "fours"


def application_name() -> str:
    """How this process names itself to a PostgreSQL server, so that pg_stat_activity tells which PC
    has the store open (storage.plumbing.stations): "fours:<host>:<pid>", at most 63 characters."""
    return f"{APP_PREFIX}:{socket.gethostname()}:{os.getpid()}"[:63]


class DatabaseBusy(DatabaseProblem):
    """Another station held the database (SQLite) or the row (PostgreSQL) longer than the bound."""


class DiskFull(DatabaseProblem):
    """The disk under the database has no room: the change was not saved."""


class ReadOnlyDatabase(DatabaseProblem):
    """The database may be read but not written (file permissions, a read-only disk or server)."""


# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF) and PostgreSQL SQLSTATEs a
# user can do something about. Anything else stays the driver's error: a programming error.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _NOTADB = 5, 6, 8, 10, 11, 13, 26
_PG_BUSY = ("55P03", "40P01", "40001")  # lock_timeout, deadlock, serialization failure
_PG_FULL = ("53100",)
_PG_READONLY = ("25006",)


def driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception (with its codes) behind `exc`: peewee re-raises the driver's
    exception as its own with the driver's as the context, and a DatabaseProblem has it as cause."""
    seen, todo = [], [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        if hasattr(current, "sqlite_errorcode") or getattr(current, "pgcode", None):
            return current
        seen.append(current)
        todo += [current.__cause__, current.__context__, *(a for a in current.args if isinstance(a, BaseException))]
    return exc


def is_damaged_file(exc: BaseException) -> bool:
    """Does this error say the SQLite file is damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB)?"""
    code = getattr(driver_error(exc), "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (_CORRUPT, _NOTADB)


def _refusal(db, exc: Exception) -> DatabaseProblem | None:
    """The DatabaseProblem a driver error means for the user, or None when it is not one of ours."""
    cause = driver_error(exc)
    sqlite = isinstance(db, peewee.SqliteDatabase)
    code = getattr(cause, "sqlite_errorcode", None)
    pgcode = getattr(cause, "pgcode", None) or ""
    if code is not None:
        code &= 0xFF
    if code in (_BUSY, _LOCKED) or pgcode in _PG_BUSY:
        if pgcode in ("40P01", "40001"):
            return DatabaseBusy("其他工作站正在同时修改相同的记录，本次操作没有保存。请重试。")
        return DatabaseBusy(
            f"数据库正忙：其他工作站占用数据库已超过 {db.busy_seconds:g} 秒，本次操作没有保存。请稍后重试；"
            "如果一直如此，请检查是否有电脑上的程序卡住（如正在备份、恢复或导入）。"
        )
    if code == _FULL or pgcode in _PG_FULL:
        fix = f"请清理数据库文件“{db.database}”所在磁盘的空间后重试。" if sqlite else "请联系管理员清理数据库服务器的磁盘空间后重试。"
        return DiskFull("磁盘已满，无法写入数据库：本次操作没有保存，之前保存的数据不受影响。" + fix)
    if code == _READONLY or pgcode in _PG_READONLY:
        fix = (f"请检查数据库文件“{db.database}”及所在文件夹的写入权限，或磁盘是否被设为只读。" if sqlite
               else "数据库服务器处于只读状态（如备用服务器或正在维护），请联系管理员。")
        return ReadOnlyDatabase("数据库是只读的，无法写入：本次操作没有保存，之前保存的数据不受影响。" + fix)
    if code == _IOERR:
        return DiskFull("写入数据库时磁盘出错（磁盘可能已满、已断开或损坏）：本次操作没有保存。"
                        f"请检查数据库文件“{db.database}”所在磁盘后重试。")
    if code in (_CORRUPT, _NOTADB):
        return DatabaseProblem(f"数据库文件“{db.database}”已损坏或不是数据库文件：请运行 main.py check 检查，必要时从备份恢复。")
    return None


# What a transaction changed (变更), collected as storage.plumbing.changes.notify() names it and handed on at
# commit: the hooks below are storage.plumbing.changes' (db.py cannot import it, changes.py imports db).
# before(db) runs just before COMMIT, inside the transaction; after(db, topics) just after it.
COMMIT_HOOKS: dict = {"before": None, "after": None}


class _Named(threading.local):
    """This thread's topics named in its open transaction, in order (a savepoint rolled back cuts
    the list back to where it began)."""

    def __init__(self):
        self.topics = []


class _TopicsTransaction(peewee._transaction):
    """The outermost transaction: at commit the topics named inside it go to storage.plumbing.changes; at
    rollback they are dropped, so a rolled-back action changes nothing and announces nothing."""

    def commit(self, begin=True):
        named = self.db.take_named_topics()
        hooks = COMMIT_HOOKS
        if named and hooks["before"]:
            hooks["before"](self.db)
        try:
            super().commit(begin)
        except BaseException:
            if named and hooks["after"]:
                hooks["after"](self.db, None)  # not committed: the hook forgets what before() noted
            raise
        if named and hooks["after"]:
            hooks["after"](self.db, frozenset(named))

    def rollback(self, begin=True):
        self.db.take_named_topics()
        super().rollback(begin)


class _TopicsSavepoint(peewee._savepoint):
    def __enter__(self):
        self._mark = len(self.db.named_topics())
        return super().__enter__()

    def rollback(self, begin=True):
        super().rollback(begin)
        del self.db.named_topics()[self._mark:]


class _Refusals:
    """Every way a statement reaches the driver (connect, BEGIN, a query, COMMIT, ROLLBACK): a busy,
    full or read-only database comes out as the DatabaseProblem above, with a message the stations
    show as it is, instead of "database is locked"."""

    busy_seconds = SQLITE_PRAGMAS["busy_timeout"] / 1000

    # -- the topics a transaction names (storage.plumbing.changes) ---------------------------------------
    def named_topics(self) -> list:
        named = self.__dict__.get("_named")
        if named is None:
            named = self.__dict__["_named"] = _Named()
        return named.topics

    def take_named_topics(self) -> list:
        named = self.named_topics()
        taken = list(named)
        named.clear()
        return taken

    def transaction(self, *args, **kwargs):
        return _TopicsTransaction(self, *args, **kwargs)

    def savepoint(self):
        return _TopicsSavepoint(self)

    def _refused(self, exc):
        refusal = _refusal(self, exc)
        if refusal is None:
            raise exc
        raise refusal from exc

    def connect(self, *args, **kwargs):
        try:
            return super().connect(*args, **kwargs)
        except peewee.DatabaseError as exc:
            self._refused(exc)

    def execute_sql(self, sql, params=None):
        if params and any(isinstance(p, str) and "\x00" in p for p in params):
            # PostgreSQL cannot store it at all, SQLite would keep a string that ends early on screen.
            raise ValidationError("输入的文字中含有不可见的控制字符（NUL），无法保存。请删除后重试。")
        try:
            return super().execute_sql(sql, params)
        except peewee.DatabaseError as exc:
            self._refused(exc)

    def begin(self, *args, **kwargs):
        try:
            return super().begin(*args, **kwargs)
        except peewee.DatabaseError as exc:
            self._refused(exc)

    def commit(self):
        try:
            return super().commit()
        except peewee.DatabaseError as exc:
            self._refused(exc)

    def rollback(self):
        try:
            return super().rollback()
        except peewee.DatabaseError as exc:
            self._refused(exc)


class StoreSqliteDatabase(_Refusals, peewee.SqliteDatabase):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.busy_seconds = dict(self._pragmas).get("busy_timeout", SQLITE_PRAGMAS["busy_timeout"]) / 1000

    # A full disk or an I/O error makes SQLite roll the whole transaction back by itself; the
    # ROLLBACK (or ROLLBACK TO SAVEPOINT) that follows would then fail ("no transaction is active",
    # "no such savepoint") and hide the error the user must see.
    def _rolled_back_already(self) -> bool:
        conn = self._state.conn
        return conn is not None and not conn.in_transaction

    def rollback(self):
        if self._rolled_back_already():
            return None
        return super().rollback()

    def begin(self, *args, **kwargs):
        result = super().begin(*args, **kwargs)
        # Did the transaction write (and so hold the write lock at COMMIT)? storage.plumbing.changes asks.
        self._state.changes_at_begin = self._state.conn.total_changes
        return result

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._rolled_back_already():
            return None
        return super().execute_sql(sql, params)


class StorePostgresqlDatabase(_Refusals, peewee.PostgresqlDatabase):
    def _initialize_connection(self, conn):
        # A commit the server acknowledged is on its disk: a server (or a role, or a database) set to
        # synchronous_commit=off may lose the last commits on a crash of the server's machine, so
        # this session puts it back on. Stronger settings (remote_write, remote_apply, a standby
        # that must confirm) and `local` are kept as the administrator chose them.
        with conn.cursor() as cursor:
            cursor.execute("SELECT set_config('synchronous_commit', 'on', false) "
                           "WHERE current_setting('synchronous_commit') = 'off'")


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
        return StoreSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=SQLITE_PRAGMAS["busy_timeout"] / 1000)
    if scheme in ("postgres", "postgresql"):
        params = parseresult_to_dict(urlparse(url))
        if not params.get("database"):
            raise DatabaseProblem(f"数据库地址“{redact(url)}”缺少库名：应为 postgresql://用户:密码@服务器/库名")
        # A row another station holds is waited for as long as SQLite's busy timeout, not for ever.
        params.setdefault("options", f"-c lock_timeout={SQLITE_PRAGMAS['busy_timeout']}")
        params.setdefault("application_name", application_name())
        return StorePostgresqlDatabase(autoconnect=True, autorollback=False, **params)
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
