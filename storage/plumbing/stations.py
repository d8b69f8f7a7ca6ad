"""Which PCs have the store open, so that a whole-database operation (restore, an upgrade that may
have to put a backup back) is refused while another station works on it. No Qt.

    join(db)                  this process has the store open (storage.open_store calls it)
    leave()                   it closed it (storage.close_store; also at exit)
    others(db_or_url) -> [Station]    the stations other than this process that have it open now
    refuse_while_others(db_or_url, what)    DatabaseProblem naming them, when there are any
    exclusive(db_or_path, what)   a context manager for a whole-database operation: refused while
                                  others have the store open; no station may join while it runs

SQLite: a folder beside the database file (`service.db.stations/`) holds one small file per station
(host name, user, process id, since when) that the station keeps locked (flock on POSIX, a byte-range
lock on Windows) for as long as it has the store open. The operating system drops the lock when the
process ends in any way, so a PC that crashed or lost power is not counted: a file nobody holds is
left over and removed. A whole-database operation holds the folder's `.gate` lock while it runs;
a station that starts meanwhile waits for it (up to GATE_WAIT seconds), then is refused.

PostgreSQL: the server's own view, pg_stat_activity; every connection of the program names its PC in
`application_name` (storage.plumbing.db.make_database: "fours:<host>:<pid>").
"""
import atexit
import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from storage.plumbing.db import APP_PREFIX, application_name, is_sqlite, make_database, sqlite_path
from storage.rules.errors import DatabaseProblem

log = logging.getLogger("fours.stations")

GATE_WAIT = 10.0  # seconds a station starting during a restore waits before it is refused


@dataclass(frozen=True)
class Station:
    host: str
    user: str
    pid: int
    since: str = ""

    def __str__(self) -> str:
        who = f"，用户 {self.user}" if self.user else ""
        since = f"，{self.since} 起" if self.since else ""
        return f"{self.host}（进程 {self.pid}{who}{since}）"


def _me() -> Station:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account): the host still says who
        user = ""
    return Station(socket.gethostname(), user, os.getpid(), f"{dt.datetime.now():%Y-%m-%d %H:%M:%S}")


# ---------------------------------------------------------------- OS locks


def _try_lock(handle) -> bool:
    """An exclusive lock on the open file, without waiting; False when another process holds it."""
    if os.name == "nt":
        import msvcrt  # Windows only

        handle.seek(1 << 30)  # a byte past any content, so the station's details stay readable
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl  # POSIX only

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle) -> None:
    if os.name == "nt":
        import msvcrt  # Windows only

        handle.seek(1 << 30)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl  # POSIX only

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def folder_of(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.stations")


@contextlib.contextmanager
def _gate(folder: Path, wait: float, busy: str):
    """The folder's gate, held while a station joins or a whole-database operation runs."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / ".gate", "a+b")
    except OSError as exc:
        raise DatabaseProblem(f"无法在“{folder.parent}”中登记数据库的使用（{exc.strerror or exc}）：请检查该文件夹的写入权限。") from exc
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise DatabaseProblem(busy)
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


# ---------------------------------------------------------------- this process

_joined: dict = {}  # path: the database; file: its station file; handle: that file, open and locked; pid: ours


def join(db) -> None:
    """Register this process as a station of the open store `db` (idempotent; a SQLite file only:
    on PostgreSQL the server knows its connections)."""
    if not is_sqlite(db) or db.database == ":memory:":
        return
    path = Path(db.database).resolve()
    if _joined.get("path") == path:
        return
    leave()
    folder = folder_of(path)
    if not os.access(path.parent, os.W_OK):
        # A database in a folder this user cannot write (a read-only disk or share) can only be read
        # here; nothing can be registered, and nothing here can restore over it either.
        log.warning("数据库所在文件夹不可写，本机未登记为工作站：%s", path.parent)
        return
    me = _me()
    busy = f"数据库“{path}”正在被恢复或升级，请等它完成后再打开程序。"
    with _gate(folder, GATE_WAIT, busy):
        station_file = folder / f"{me.host}-{me.pid}.station"
        try:
            handle = open(station_file, "w+b")
        except OSError as exc:
            raise DatabaseProblem(f"无法在“{folder}”中登记本机对数据库的使用（{exc.strerror or exc}）。") from exc
        if not _try_lock(handle):  # the same name held by another process: never expected
            handle.close()
            raise DatabaseProblem(f"无法登记本机对数据库“{path}”的使用。")
        handle.seek(0)
        handle.write(json.dumps(me.__dict__, ensure_ascii=False).encode("utf-8"))
        handle.flush()
    _joined.update(path=path, file=station_file, handle=handle, pid=os.getpid())


def leave() -> None:
    """This process no longer has the store open."""
    if _joined.get("pid") != os.getpid():
        # A child forked from a station shares its locked file: only the station itself lets go.
        _joined.clear()
        return
    handle, station_file = _joined.pop("handle"), _joined.pop("file")
    _joined.clear()
    with contextlib.suppress(OSError):
        _unlock(handle)
    handle.close()
    with contextlib.suppress(OSError):  # after the close: Windows cannot remove an open file
        station_file.unlink()


atexit.register(leave)


# ---------------------------------------------------------------- the others


def _sqlite_others(path: Path) -> list[Station]:
    folder = folder_of(path.resolve())
    if not folder.is_dir():
        return []
    found = []
    mine = _joined.get("file")
    for station_file in sorted(folder.glob("*.station")):
        if mine is not None and station_file == mine:
            continue
        try:
            handle = open(station_file, "r+b")
        except OSError:
            continue  # removed by its station just now
        try:
            if _try_lock(handle):  # nobody holds it: left by a station that ended without closing
                _unlock(handle)
                handle.close()
                with contextlib.suppress(OSError):
                    station_file.unlink()
                continue
            handle.seek(0)
            try:
                details = json.loads(handle.read(4096).decode("utf-8"))
                found.append(Station(str(details["host"]), str(details.get("user", "")), int(details["pid"]),
                                     str(details.get("since", ""))))
            except (ValueError, KeyError, TypeError):
                host, _, pid = station_file.stem.rpartition("-")
                found.append(Station(host, "", int(pid) if pid.isdigit() else 0))
        finally:
            if not handle.closed:
                handle.close()
    return found


def _postgres_others(db) -> list[Station]:
    rows = db.execute_sql(
        "SELECT application_name, COALESCE(host(client_addr), ''), usename, "
        "to_char(backend_start, 'YYYY-MM-DD HH24:MI:SS') FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
    ).fetchall()
    mine = application_name()
    found = set()
    for app, addr, user, since in rows:
        if app == mine:
            continue  # this process's other connections (another thread's)
        parts = (app or "").split(":")
        if len(parts) == 3 and parts[0] == APP_PREFIX and parts[2].isdigit():
            found.add(Station(parts[1], user or "", int(parts[2]), since or ""))
        else:  # a client that does not name itself (an older build, a tool): the server's address for it
            found.add(Station(f"{addr or '本机'} {app or ''}".strip(), user or "", 0, since or ""))
    return sorted(found, key=lambda s: (s.host, s.pid))


def others(db_or_url) -> list[Station]:
    """The stations other than this process that have the store open now."""
    if isinstance(db_or_url, str):
        path = sqlite_path(db_or_url)
        if path is not None:
            return [] if str(path) == ":memory:" else _sqlite_others(path)
        db = make_database(db_or_url)
        try:
            db.connect()
            return _postgres_others(db)
        finally:
            db.close()
    if is_sqlite(db_or_url):
        return [] if db_or_url.database == ":memory:" else _sqlite_others(Path(db_or_url.database))
    return _postgres_others(db_or_url)


def refusal(stations: list[Station], what: str) -> DatabaseProblem:
    names = "；".join(map(str, stations))
    return DatabaseProblem(
        f"还有 {len(stations)} 台电脑仍在使用这个数据库：{names}。{what}必须在所有电脑都关闭本程序之后进行，"
        "当前数据库未做任何改动。请先在这些电脑上退出程序，再重试。"
    )


def refuse_while_others(db_or_url, what: str) -> None:
    found = others(db_or_url)
    if found:
        raise refusal(found, what)


_gates_held: set = set()  # the gates this process holds now (an upgrade that restores its backup)


@contextlib.contextmanager
def exclusive(db_or_path, what: str):
    """Run a whole-database operation (`what`, e.g. "恢复数据库") on the store: refused
    (DatabaseProblem, naming them) while another station has it open. SQLite: the gate is held
    until the operation is done, so no station joins meanwhile (nested use in one process is the
    same operation). PostgreSQL: the server's sessions are looked at when it starts."""
    if not isinstance(db_or_path, (str, Path)) and not is_sqlite(db_or_path):
        refuse_while_others(db_or_path, what)
        yield
        return
    path = Path(db_or_path if isinstance(db_or_path, (str, Path)) else db_or_path.database)
    if str(path) == ":memory:":
        yield
        return
    folder = folder_of(path.resolve())
    if folder in _gates_held:
        yield
        return
    busy = f"另一个恢复或升级正在这个数据库上进行，{what}没有开始，当前数据库未做任何改动。"
    with _gate(folder, 0, busy):
        _gates_held.add(folder)
        try:
            found = _sqlite_others(path)
            if found:
                raise refusal(found, what)
            yield
        finally:
            _gates_held.discard(folder)
