"""How a station learns, within a second or two, that another PC changed something (变更通知),
without reloading everything on a timer.

API
    notify(*topics)                       call inside a storage action's transaction: "this changed"
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
"""
import re
import sqlite3
import time

import psycopg2

from .db import database, is_sqlite

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
}
CHANNEL_PREFIX = "fours_"
_TOPIC_RE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def _channel(topic: str) -> str:
    if not _TOPIC_RE.match(topic):
        raise ValueError(f"bad change topic {topic!r}: lower-case letters, digits and _ only")
    if topic not in TOPICS:  # a topic no window watches would be announced into the void
        raise ValueError(f"unknown change topic {topic!r}: add it to storage.changes.TOPICS")
    return CHANNEL_PREFIX + topic


def notify(*topics: str) -> None:
    """Announce that data under these topics changed. Call inside the action's transaction: on
    PostgreSQL the message leaves at commit (and is dropped on rollback); on SQLite the commit itself
    is the signal, so this does nothing there."""
    channels = [_channel(t) for t in topics]
    db = database.obj
    if db is None or is_sqlite(db):
        return
    if channels:  # one statement for all of them
        db.execute_sql("SELECT " + ", ".join(["pg_notify(%s, '')"] * len(channels)), channels)


class ChangeWatcher:
    """Watches the database for commits made elsewhere. Plain Python, no Qt: the window's QTimer
    calls poll(). Uses its own connection, so it never disturbs the station's own transactions."""

    def __init__(self, topics, db=None):
        self.topics = frozenset(topics)
        for topic in self.topics:
            _channel(topic)
        db = db or database.obj
        if db is None:
            raise RuntimeError("open the database before watching it")
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
        seen = {n.channel[len(CHANNEL_PREFIX):] for n in self._conn.notifies}
        self._conn.notifies.clear()
        return seen & self.topics

    def wait(self, timeout: float, interval: float = 0.2) -> set[str]:
        """Poll until something changes or `timeout` seconds pass."""
        deadline = time.monotonic() + timeout
        while True:
            changed = self.poll()
            if changed or time.monotonic() >= deadline:
                return changed
            time.sleep(interval)

    def close(self) -> None:
        self._drop()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
