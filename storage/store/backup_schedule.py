"""Scheduled backups (定时备份) of a SQLite store: when one is due, where it goes, which are kept,
and each one checked after it is written. No Qt: the GUI's timer (ui/shell/backup_scheduler.py) calls
due() and run_scheduled() off the GUI thread while the stations keep working.

    BackupPolicy(enabled, folder, interval_hours, keep_daily, keep_weekly)
        .from_local(local) / .checked(**values) (refuses bad values) / .to_local(local)
        .folder_path(db=None) -> Path    the folder chosen, or `backups` beside the database file
    backups_in(folder, stem) -> [(taken_at, path)]   oldest first; only files this schedule wrote
    due(policy, now=None) -> bool
    to_remove(stamps, now, keep_daily, keep_weekly) -> set[datetime]    the rotation, as a pure rule
    run_scheduled(policy, now=None) -> BackupReport   back up, verify, rotate
    back_up_now(user, policy) -> BackupReport          立即备份 (permission "backup")
    usable_folder(folder) -> Path                       a folder typed on the settings page, checked
    last_backup(policy) -> (taken_at, path) | None

Rotation: every backup of today is kept; then the newest backup of each of the last `keep_daily`
days that have one, and the newest of each of the last `keep_weekly` weeks that have one; the very
newest backup is never removed. Only files named by this schedule are ever removed
(<stem>-auto-YYYYMMDD-HHMMSS.db), never a backup taken by hand or before an upgrade.

PostgreSQL stores are backed up on the server with pg_dump (README): the schedule stays off there.
"""
import datetime as dt
import errno
import os
import re
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from storage.plumbing.db import database, is_sqlite
from storage.plumbing.files import fsync_folder
from storage.rules.auth import require
from storage.rules.errors import DatabaseProblem, ValidationError
from storage.store import backup_restore

LOCAL_KEY = "backup"  # the key of this PC's settings file (storage.plumbing.config.LocalSettings)
LOCK_NAME = ".backup.lock"
STALE_LOCK = dt.timedelta(hours=2)  # a lock left by a program that died mid-backup


@dataclass(frozen=True)
class BackupPolicy:
    enabled: bool = True
    folder: str = ""  # empty: a `backups` folder beside the database file
    interval_hours: int = 4
    keep_daily: int = 7
    keep_weekly: int = 4

    LIMITS = {"interval_hours": (1, 168, "备份间隔（小时）"), "keep_daily": (1, 365, "按天保留的份数"),
              "keep_weekly": (0, 520, "按周保留的份数")}

    @classmethod
    def checked(cls, **values) -> "BackupPolicy":
        """A policy from typed values, or ValidationError saying which value is wrong and why."""
        clean = {}
        for key, (low, high, label) in cls.LIMITS.items():
            if key not in values:
                continue
            raw = values[key]
            try:
                number = int(str(raw).strip()) if not isinstance(raw, bool) else None
            except ValueError:
                number = None
            if number is None:
                raise ValidationError(f"{label}必须是整数（现在是“{raw}”）。", field=key)
            if not low <= number <= high:
                raise ValidationError(f"{label}应在 {low} 到 {high} 之间（现在是 {number}）。", field=key)
            clean[key] = number
        if "folder" in values:
            clean["folder"] = str(values["folder"] or "").strip()
        if "enabled" in values:
            clean["enabled"] = bool(values["enabled"])
        return replace(cls(), **clean)

    @classmethod
    def from_local(cls, local) -> "BackupPolicy":
        """This PC's policy; a value damaged by hand falls back to its default, the others stay."""
        stored = local.get(LOCAL_KEY) or {}
        policy = cls()
        if not isinstance(stored, dict):
            return policy
        for key in asdict(policy):
            if key in stored:
                try:
                    policy = replace(policy, **{key: getattr(cls.checked(**{key: stored[key]}), key)})
                except ValidationError:
                    pass
        return policy

    def to_local(self, local) -> None:
        local.set(LOCAL_KEY, asdict(self))

    def folder_path(self, db=None) -> Path:
        if self.folder:
            return Path(self.folder).expanduser()
        db = db or database.obj
        return Path(db.database).resolve().parent / "backups"


@dataclass
class BackupReport:
    path: Path
    taken_at: dt.datetime
    seconds: float
    size: int
    problems: list = field(default_factory=list)  # maintenance.Problem found in the copy
    removed: list = field(default_factory=list)  # older backups the rotation removed

    @property
    def sound(self) -> bool:
        return not self.problems


def _stem(db=None) -> str:
    db = db or database.obj
    return Path(db.database).stem


def _pattern(stem: str) -> re.Pattern:
    return re.compile(rf"^{re.escape(stem)}-auto-(\d{{8}}-\d{{6}})(?:-\d+)?\.db$")


def backups_in(folder: Path, stem: str) -> list[tuple[dt.datetime, Path]]:
    """The backups this schedule wrote into `folder`, oldest first (the time is in the name)."""
    if not folder.is_dir():
        return []
    found = []
    pattern = _pattern(stem)
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match:
            found.append((dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), path))
    return sorted(found)


def _usable(db=None) -> bool:
    db = db or database.obj
    return db is not None and is_sqlite(db) and db.database != ":memory:"


def due(policy: BackupPolicy, now: dt.datetime | None = None) -> bool:
    if not policy.enabled or not _usable():
        return False
    now = now or dt.datetime.now()
    taken = backups_in(policy.folder_path(), _stem())
    return not taken or now - taken[-1][0] >= dt.timedelta(hours=policy.interval_hours)


def to_remove(stamps, now: dt.datetime, keep_daily: int, keep_weekly: int) -> set:
    """Which of the backups taken at `stamps` the rotation removes (see the module docstring)."""
    stamps = sorted(set(stamps))
    if not stamps:
        return set()
    keep = {stamps[-1]} | {s for s in stamps if s.date() == now.date()}
    newest_per_day, newest_per_week = {}, {}
    for stamp in stamps:  # oldest first: the last one written per key is the newest
        newest_per_day[stamp.date()] = stamp
        newest_per_week[stamp.isocalendar()[:2]] = stamp
    keep |= {newest_per_day[d] for d in sorted(newest_per_day)[-keep_daily:]} if keep_daily else set()
    keep |= {newest_per_week[w] for w in sorted(newest_per_week)[-keep_weekly:]} if keep_weekly else set()
    return set(stamps) - keep


_WHY = {errno.ENOENT: "路径不存在", errno.ENOTDIR: "路径中有同名的文件", errno.EACCES: "没有写入权限",
        errno.EPERM: "没有写入权限", errno.EROFS: "磁盘是只读的", errno.ENOSPC: "磁盘已满"}


def _why(exc: OSError) -> str:
    """An OS error in words (the system's own text when it is not one of the usual ones)."""
    return _WHY.get(exc.errno) or exc.strerror or str(exc)


class _FolderLock:
    """One backup at a time per folder, even from two programs: a lock file made with O_EXCL."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME

    def _stale(self) -> bool:
        """Left by a program that is gone: its process no longer runs (POSIX), or it is old."""
        try:
            age = dt.datetime.now() - dt.datetime.fromtimestamp(self.path.stat().st_mtime)
            pid = int(self.path.read_text().strip() or 0)
        except FileNotFoundError:
            return False
        except (OSError, ValueError):
            pid = 0
        if age > STALE_LOCK:
            return True
        if os.name == "posix" and pid > 0:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return True
            except PermissionError:
                return False
        return False

    def __enter__(self):
        if self._stale():
            self.path.unlink(missing_ok=True)
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            raise DatabaseProblem("另一个备份正在进行，本次定时备份跳过。") from None
        except OSError as exc:
            raise DatabaseProblem(f"无法在备份文件夹“{self.path.parent}”中写入（{_why(exc)}），备份没有进行。") from exc
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        return self

    def __exit__(self, *exc):
        self.path.unlink(missing_ok=True)


def run_scheduled(policy: BackupPolicy, now: dt.datetime | None = None, *, progress=None) -> BackupReport:
    """Take a backup into the policy's folder, verify it (integrity and `check` on the copy), then
    apply the rotation. A copy that fails verification is still kept: it is as good as the live
    database it came from, and the report's problems say what `check` found. Raises DatabaseProblem
    when no backup could be written (full disk, no permission...)."""
    if not _usable():
        raise DatabaseProblem("只有本机 SQLite 数据库由程序定时备份；PostgreSQL 请在服务器上用 pg_dump 备份（见 README）。")
    now = now or dt.datetime.now()
    folder, stem = policy.folder_path(), _stem()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(f"无法创建备份文件夹“{folder}”（{_why(exc)}），备份没有进行。") from exc
    with _FolderLock(folder):
        base = f"{stem}-auto-{now:%Y%m%d-%H%M%S}"
        target, n = folder / f"{base}.db", 1
        while target.exists():
            target, n = folder / f"{base}-{n}.db", n + 1
        started = time.monotonic()
        written = backup_restore.backup(target, progress=progress)
        problems = backup_restore.verify_backup(written)
        removed = []
        doomed = to_remove([taken for taken, _ in backups_in(folder, stem)], now, policy.keep_daily, policy.keep_weekly)
        for taken, path in backups_in(folder, stem):
            if taken in doomed and path != written:
                path.unlink(missing_ok=True)
                removed.append(path)
        if removed:
            fsync_folder(folder)  # the rotation's deletions are on disk too, not only in the cache
        return BackupReport(path=written, taken_at=now, seconds=time.monotonic() - started,
                            size=written.stat().st_size, problems=problems, removed=removed)


def back_up_now(user, policy: BackupPolicy, *, progress=None) -> BackupReport:
    """立即备份 from the settings page: the same backup, verification and rotation, asked for by a
    user who may (the scheduled one needs no user: the program takes it)."""
    require(user, "backup")
    return run_scheduled(policy, progress=progress)


def usable_folder(folder: str) -> Path:
    """The folder typed on the settings page, made if need be and written to once; ValidationError
    saying why when it cannot hold backups."""
    path = Path(folder).expanduser()
    if not path.is_absolute():
        raise ValidationError(f"备份文件夹“{folder}”请填写完整路径，如 D:\\4S备份 或 /media/usb/4S备份。", field="folder")
    probe = path / ".write-test"
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise ValidationError(f"无法在“{folder}”中保存备份（{_why(exc)}）：请换一个有写入权限的文件夹。",
                              field="folder") from None
    return path


def last_backup(policy: BackupPolicy) -> tuple[dt.datetime, Path] | None:
    """The newest scheduled backup in the policy's folder, for the status bar."""
    if not _usable():
        return None
    taken = backups_in(policy.folder_path(), _stem())
    return taken[-1] if taken else None
