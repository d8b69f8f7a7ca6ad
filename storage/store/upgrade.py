"""Upgrading a database an older build wrote: a backup first, then the steps; if a step fails, the
database is put back as it was, and the message says so. No Qt.

    upgrade(db, version, migrations, program_version, *, without_backup=False) -> Path | None

SQLite: the backup is a verified copy (storage.store.backup_restore.backup) in a `backups` folder next to the
database file, named <file>-v<old>-before-upgrade-<time>.db. Each step runs in its own transaction;
if one fails, maintenance.restore puts the backup back, so the steps before it are undone too.

PostgreSQL: `pg_dump -Fc` first when this PC has pg_dump (storage.plumbing.tools.postgres_tool) (same folder rule as SQLite, next to
the data folder's database file: <data folder>/backups/). Restoring a dump is a job for the server
(pg_restore), so every step runs inside ONE transaction instead: PostgreSQL's DDL is transactional,
and a failure leaves the database exactly as it was. A front-desk PC rarely has pg_dump: then the
upgrade is refused with UpgradeNeedsConfirmation, and the GUI asks the user whether to upgrade
without a backup of its own (the all-or-nothing transaction still protects the data).
"""
import contextlib
import datetime as dt
import logging
from pathlib import Path

import peewee

from storage.models import ALL_MODELS
from storage.plumbing import stations
from storage.plumbing.config import data_dir
from storage.plumbing.db import database, is_sqlite
from storage.plumbing.planner import refresh_statistics
from storage.plumbing.tools import postgres_tool
from storage.rules.errors import DatabaseProblem
from storage.store import backup_restore, schema
from storage.store.versions import SchemaVersion, current_version, migrator_for, stamp_identity

log = logging.getLogger("fours.upgrade")

BACKUP_FOLDER = "backups"


class UpgradeNeedsConfirmation(DatabaseProblem):
    """The database needs upgrading but no backup can be taken here: ask before going on."""


def backup_folder(db) -> Path:
    """Where the pre-upgrade backup goes: next to the SQLite file, or in this PC's data folder."""
    if is_sqlite(db):
        return Path(db.database).resolve().parent / BACKUP_FOLDER

    return data_dir() / BACKUP_FOLDER


def take_backup(db, version: int) -> Path | None:
    """The verified backup of the database at `version`, before anything changes; None for an
    in-memory database (nothing to keep). Raises DatabaseProblem when the backup fails."""
    if is_sqlite(db) and db.database == ":memory:":
        return None
    folder = backup_folder(db)
    suffix = ".db" if is_sqlite(db) else ".dump"
    stem = Path(db.database).stem if is_sqlite(db) else db.database
    name = f"{stem}-v{version}-before-upgrade-{_stamp()}{suffix}"
    try:
        return backup_restore.backup(folder / name)
    except DatabaseProblem as exc:
        raise DatabaseProblem(f"升级数据库之前的备份没有成功，数据库未做任何改动：{exc.message}") from exc


def _stamp() -> str:
    return f"{dt.datetime.now():%Y%m%d-%H%M%S}"


def upgrade(db, version: int, migrations: list, program_version: str, *, without_backup: bool = False) -> Path | None:
    """Bring the open database from `version` to 1 + len(migrations). Returns the backup taken.

    Raises DatabaseProblem: the backup failed (nothing changed), or a step failed (the database is
    back at `version`: restored from the backup on SQLite, rolled back whole on PostgreSQL), or
    UpgradeNeedsConfirmation (PostgreSQL without pg_dump, and without_backup not given)."""
    latest = 1 + len(migrations)
    sqlite = is_sqlite(db)
    if not sqlite and not without_backup and postgres_tool("pg_dump") is None:
        raise UpgradeNeedsConfirmation(
            f"数据库需要从版本 {version} 升级到 {latest}。这台电脑上没有 pg_dump，无法先做备份。"
            "升级在一个事务中完成，失败会整个撤销；建议先在服务器上备份（见 README）。"
        )
    # The other stations would work on a schema they do not know, and a failed step on SQLite puts
    # the backup back under them: refused while any other PC has the store open, and (SQLite) no
    # PC may open it until the upgrade is done.
    with stations.exclusive(db, f"数据库升级（版本 {version} → {latest}）"):
        return _upgrade(db, version, migrations, program_version, without_backup=without_backup)


def _upgrade(db, version: int, migrations: list, program_version: str, *, without_backup: bool) -> Path | None:
    latest = 1 + len(migrations)
    sqlite = is_sqlite(db)
    backup = None if without_backup and not sqlite else take_backup(db, version)
    log.info("数据库升级：版本 %s → %s，升级前备份：%s", version, latest, backup or "（无）")
    migrator = migrator_for(db)
    start = version
    if sqlite:
        # SQLite adds a NOT NULL column by rebuilding the table (playhouse.migrate: copy, drop, rename);
        # dropping a table other rows point at fails while foreign keys are enforced. So, as SQLite's
        # "ALTER TABLE" page prescribes: checks off for the steps (the pragma is a no-op inside a
        # transaction), each step's rows checked with PRAGMA foreign_key_check before it commits.
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        # PostgreSQL: one transaction over every step (each step's atomic() becomes a savepoint).
        with contextlib.nullcontext() if sqlite else db.atomic():
            while version < latest:
                with db.atomic():
                    migrations[version - 1](migrator, db)
                    if sqlite and (broken := db.execute_sql("PRAGMA foreign_key_check").fetchall()):
                        raise DatabaseProblem(f"升级后有 {len(broken)} 行引用了不存在的记录（{broken[0][0]} 表）")
                    SchemaVersion.create(version=version + 1, program=program_version)
                    stamp_identity(db, version + 1)
                version += 1
    except Exception as exc:
        log.error("数据库从版本 %s 升级到 %s 失败", version, version + 1, exc_info=True)
        failed = f"数据库从版本 {version} 升级到 {version + 1} 失败（{type(exc).__name__}: {exc}）"
        if not sqlite:
            raise DatabaseProblem(
                f"{failed}，已撤销整个升级，数据库保持为版本 {start}，数据未受影响。"
                + (f"升级前的备份：{backup}" if backup else "")
            ) from exc
        raise DatabaseProblem(_restore(db, backup, failed, start)) from exc
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys = ON")
    # The steps may have rebuilt tables or added indexes the planner knows nothing of yet; and a store
    # that never had statistics gets them here (storage.plumbing.planner).
    refresh_statistics(db=db)
    log.info("数据库已升级到版本 %s", latest)
    return backup


def _restore(db, backup: Path | None, failed: str, start: int) -> str:
    """Put the SQLite backup back; the message for the user either way."""
    if backup is None:  # an in-memory database: each step's transaction is all there is
        return f"{failed}，已撤销失败的这一步。"
    target = Path(db.database)
    db.close()  # restore writes the file through a connection of its own
    try:
        backup_restore.restore(backup, f"sqlite:///{target.as_posix()}")
        db.connect(reuse_if_open=True)
        back_at = current_version(db)
    except DatabaseProblem as exc:
        log.critical("升级失败后的自动恢复也失败", exc_info=True)
        return (f"{failed}，自动恢复也没有成功（{exc.message}）。请用升级前的备份“{backup}”恢复"
                f"（fours restore 备份文件），或联系维护人员。")
    log.warning("已从升级前的备份恢复：%s（数据库版本 %s）", backup, back_at)
    return (f"{failed}，已撤销：数据库已从升级前的备份恢复，保持为版本 {back_at}，数据未受影响。"
            f"备份文件：{backup}。请联系维护人员。")


def ensure_schema(program_version: str = "", migrations=None, *, upgrade_without_backup: bool = False) -> int:
    """Create or upgrade the schema; return the version now in force.

    An upgrade takes a backup first and puts it back if a step fails (storage.store.upgrade). On
    PostgreSQL without pg_dump it raises storage.store.upgrade.UpgradeNeedsConfirmation unless
    `upgrade_without_backup` says the user agreed. `migrations` lets tests run a hypothetical future
    list; the program always uses storage.store.schema.MIGRATIONS.
    """
    migrations = schema.MIGRATIONS if migrations is None else migrations
    latest = 1 + len(migrations)
    db = database.obj
    version = current_version(db)
    if version is None:
        try:
            with db.atomic():
                db.create_tables([SchemaVersion, *ALL_MODELS])
                for statement in schema.extra_ddl(db):
                    db.execute_sql(statement)
                SchemaVersion.create(version=latest, program=program_version)
                stamp_identity(db, latest)
        except peewee.DatabaseError as exc:
            raise DatabaseProblem(
                f"新建数据库失败，已撤销，数据库保持为空：{exc}"
                "（PostgreSQL 上本程序需要启用 pg_trgm 扩展，请确认数据库用户有此权限）"
            ) from exc
        return latest
    if version > latest:
        raise DatabaseProblem(
            f"这个数据库来自更新版本的程序（数据库版本 {version}，本程序支持到 {latest}）。"
            "为保护数据，本程序不会打开它：请安装新版本的程序。"
        )
    if version < latest:
        upgrade(db, version, migrations, program_version, without_backup=upgrade_without_backup)
    else:
        stamp_identity(db, latest)  # a file an earlier build wrote gets the identity it lacks
    return latest
