"""How a station learns, within a second or two, that another PC changed something (变更通知),
without reloading everything on a timer.

API
    notify(*topics)                       call inside a storage action's transaction: "this changed"
    collect() -> OpChanges                context manager: the topics this thread's commits named
                                          while it was open (Anki's OpChanges); a rollback adds none
    add_listener(fn, db=None)             fn(topics) after every commit that named topics, in the
                                          committing thread; held weakly (a bound method dies with
                                          its window). This PC's own pages hear of its commits here.
    ChangeWatcher(topics, db=None)        one per open station window (or per board)
        .poll() -> set[str]               cheap; call every second from a timer. Empty set: nothing new
        .wait(timeout, interval=0.2)      poll until something arrives or the timeout passes (scripts, tests)
        .close()                          also a context manager

Topics are short lower-case names; the stations use TOPICS below. A window reloads only what the
topics it got back concern.

SQLite: `PRAGMA data_version` on a connection of its own changes whenever any other connection
commits to the file (another PC, or this program's worker threads). It cannot say what changed, so
poll() returns every watched topic after any commit. A rolled-back transaction changes nothing.

PostgreSQL: LISTEN on a dedicated autocommit connection; notify() issues pg_notify in the caller's
transaction, so the message is delivered at commit and never for a rolled-back action, and poll()
returns exactly the topics that were announced. If the listening connection drops, the watcher
reconnects and reports every topic once, since it may have missed messages meanwhile.

This PC's own commits (变更回声). The transaction collects the topics its actions name
(storage.plumbing.db's transaction) and, after the commit, hands them to the listeners: the pages of this
program hear of it at once, from storage, not from the window that acted. A watcher made with
drop_own=True (the UI's, which has such a listener) then drops the echo of the same commit:
- PostgreSQL: every NOTIFY carries the database handle's origin as its payload; the watcher drops
  the ones with its own handle's origin. Exact: another PC's commit is never dropped.
- SQLite: data_version cannot say who committed. Just before our COMMIT (we hold the write lock,
  so nobody else can commit until it is done) the watcher reads data_version; just after, again.
  Only when the first reading still equals the one of its last poll (nothing else committed since)
  is the second taken as the new baseline, i.e. the echo dropped. Otherwise the next poll reports
  every topic as always: a page may then reload twice, but never misses another PC's commit.
"""
import re
import sqlite3
import threading
import time
import uuid
import weakref
from contextlib import contextmanager

import psycopg2

from storage.plumbing import db as _db
from storage.plumbing.db import database, is_sqlite

# What the stations announce. Free-form names are allowed (same pattern) for later stations.
TOPICS = {
    "orders": "工单的状态、明细、交接（所有工作站都关心）",
    "workshop": "车间看板：派工、工位、开工/暂停/完工、追加项目、质检、打卡",
    "parts": "备件仓库：领料申请、出入库",
    "cashier": "结算收银",
    "care": "客服回访",
    "appointments": "维修预约：预约、改约、定金、取消",
    "archive": "客户与车辆档案",
    "settings": "门店设置、班组、技师、工位",
    "loaners": "代步车：车队、借出、归还、逾期",
}
CHANNEL_PREFIX = "fours_"
_TOPIC_RE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def _channel(topic: str) -> str:
    if not _TOPIC_RE.match(topic):
        raise ValueError(f"bad change topic {topic!r}: lower-case letters, digits and _ only")
    if topic not in TOPICS:  # a topic no window watches would be announced into the void
        raise ValueError(f"unknown change topic {topic!r}: add it to storage.plumbing.changes.TOPICS")
    return CHANNEL_PREFIX + topic


def origin(db) -> str:
    """Who committed, as the NOTIFY payload says it: one token per database handle of this process."""
    token = db.__dict__.get("_change_origin")
    if token is None:
        token = db.__dict__["_change_origin"] = uuid.uuid4().hex
    return token


def notify(*topics: str) -> None:
    """Announce that data under these topics changed. Call inside the action's transaction: the
    transaction collects them and, once committed, hands them to this program's listeners (a
    rolled-back one hands on nothing). On PostgreSQL the message for other PCs leaves at commit too
    (and is dropped on rollback); on SQLite the commit itself is their signal."""
    channels = [_channel(t) for t in topics]
    db = database.obj
    if db is None or not channels:
        return
    if not is_sqlite(db):  # one statement for all of them
        db.execute_sql("SELECT " + ", ".join(["pg_notify(%s, %s)"] * len(channels)),
                       [p for c in channels for p in (c, origin(db))])
    if db.in_transaction():
        db.named_topics().extend(topics)
    else:  # autocommit: the statement before this call is already committed
        _after_commit(db, frozenset(topics))


# -- what this program's own commits changed ---------------------------------------------------
class OpChanges(frozenset):
    """The topics an operation's commits named (Anki's OpChanges): a page asks `touches(...)`."""

    def touches(self, *topics: str) -> bool:
        return not self.isdisjoint(topics)


class _Collector:
    def __init__(self):
        self.topics = set()

    @property
    def changes(self) -> OpChanges:
        return OpChanges(self.topics)


_collecting = threading.local()
_listeners = []  # (weak reference to the callable, the database handle it listens to or None)
_listeners_lock = threading.Lock()
_watchers = weakref.WeakSet()  # the drop_own watchers of this process, told of our own commits


@contextmanager
def collect():
    """`with collect() as op: ...` then `op.changes`: the topics this thread's commits named inside."""
    collector = _Collector()
    stack = _collecting.__dict__.setdefault("stack", [])
    stack.append(collector)
    try:
        yield collector
    finally:
        stack.remove(collector)


def add_listener(fn, db=None):
    """Call fn(topics: OpChanges) after each commit on `db` (any handle when None) that named topics.
    Held weakly; returns fn so remove_listener can take it."""
    ref = weakref.WeakMethod(fn) if hasattr(fn, "__self__") else weakref.ref(fn)
    with _listeners_lock:
        _listeners.append((ref, db))
    return fn


def remove_listener(fn) -> None:
    with _listeners_lock:
        _listeners[:] = [(ref, db) for ref, db in _listeners if ref() is not None and ref() != fn]


def _before_commit(db) -> None:
    for watcher in list(_watchers):
        watcher._before_own_commit(db)


def _after_commit(db, topics) -> None:
    for watcher in list(_watchers):
        watcher._after_own_commit(db, topics is not None)
    if not topics:
        return
    changes = OpChanges(topics)
    for collector in getattr(_collecting, "stack", ()):
        collector.topics |= changes
    with _listeners_lock:
        listening = [(ref(), handle) for ref, handle in _listeners]
    for fn, handle in listening:
        if fn is not None and (handle is None or handle is db):
            fn(changes)


_db.COMMIT_HOOKS.update(before=_before_commit, after=_after_commit)


class ChangeWatcher:
    """Watches the database for commits made elsewhere. Plain Python, no Qt: the window's QTimer
    calls poll(). Uses its own connection, so it never disturbs the station's own transactions."""

    def __init__(self, topics, db=None, *, drop_own: bool = False):
        """drop_own: leave out the echoes of commits made through `db` by this program, whose
        listeners (add_listener) already heard of them; see the module's note for the rule."""
        self.topics = frozenset(topics)
        for topic in self.topics:
            _channel(topic)
        db = db or database.obj
        if db is None:
            raise RuntimeError("open the database before watching it")
        self._db = db
        self._origin = origin(db) if drop_own else None
        self._lock = threading.RLock()  # poll() on the GUI thread, own commits on any thread
        self._before = threading.local()
        self._sqlite = is_sqlite(db)
        if self._sqlite:
            if db.database in ("", ":memory:"):
                raise ValueError("an in-memory SQLite database cannot be watched from another connection")
            self._path = db.database
        else:
            self._params = {"dbname": db.database, **db.connect_params}
        self._conn = None
        self._last_version = None
        self._connect()
        if drop_own:
            _watchers.add(self)

    # -- connection -------------------------------------------------------------------------
    def _connect(self) -> None:
        if self._sqlite:
            conn = sqlite3.connect(self._path, timeout=5, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA query_only = 1")
            self._last_version = conn.execute("PRAGMA data_version").fetchone()[0]
        else:
            conn = psycopg2.connect(**self._params)
            conn.set_session(autocommit=True)
            with conn.cursor() as cur:
                for topic in sorted(self.topics):
                    cur.execute(f'LISTEN "{_channel(topic)}"')
        self._conn = conn

    def _reconnect(self) -> bool:
        self._drop()
        try:
            self._connect()
        except (sqlite3.Error, psycopg2.Error):
            self._conn = None
            return False
        return True

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except (sqlite3.Error, psycopg2.Error):
                pass
        self._conn = None

    # -- polling ----------------------------------------------------------------------------
    def poll(self) -> set[str]:
        """The watched topics changed since the last poll (empty when nothing did)."""
        with self._lock:
            return self._poll()

    def _poll(self) -> set[str]:
        if self._conn is None:
            # Lost earlier and not back yet: once it is, anything may have changed meanwhile.
            return set(self.topics) if self._reconnect() else set()
        try:
            return self._poll_sqlite() if self._sqlite else self._poll_postgres()
        except (sqlite3.Error, psycopg2.Error):
            return set(self.topics) if self._reconnect() else set()

    def _poll_sqlite(self) -> set[str]:
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        if version == self._last_version:
            return set()
        self._last_version = version
        return set(self.topics)

    def _poll_postgres(self) -> set[str]:
        self._conn.poll()
        seen = {n.channel[len(CHANNEL_PREFIX):] for n in self._conn.notifies
                if self._origin is None or n.payload != self._origin}
        self._conn.notifies.clear()
        return seen & self.topics

    # -- this program's own commits (SQLite; PostgreSQL tells them by their payload) -----------
    def _before_own_commit(self, db) -> None:
        """Just before our COMMIT, with the write lock held: has anything else committed since the
        last poll? (A transaction that wrote nothing holds no lock: it is left to poll().)"""
        self._before.version = None
        if self._origin is None or not self._sqlite or db is not self._db or self._conn is None:
            return
        conn = db._state.conn
        if conn is None or conn.total_changes == getattr(db._state, "changes_at_begin", conn.total_changes):
            return
        with self._lock:
            try:
                version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return
            if version == self._last_version:
                self._before.version = version

    def _after_own_commit(self, db, committed: bool) -> None:
        before = getattr(self._before, "version", None)
        self._before.version = None
        if before is None or not committed or db is not self._db:
            return
        with self._lock:
            if self._conn is None or self._last_version != before:
                return  # polled meanwhile (it saw our commit): nothing to drop any more
            try:
                self._last_version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                pass

    def wait(self, timeout: float, interval: float = 0.2) -> set[str]:
        """Poll until something changes or `timeout` seconds pass."""
        deadline = time.monotonic() + timeout
        while True:
            changed = self.poll()
            if changed or time.monotonic() >= deadline:
                return changed
            time.sleep(interval)

    def close(self) -> None:
        _watchers.discard(self)
        with self._lock:
            self._drop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
