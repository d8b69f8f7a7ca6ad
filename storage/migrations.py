"""Schema versions. A fresh database is created at the newest version; an older one is migrated step
by step, each step in its own transaction together with the version bump; a newer one is refused.

To change the schema: change the models, append a function to MIGRATIONS that brings a database of
the previous version to the new one (playhouse.migrate, new non-null columns with a default), and
add the previous version's schema dump to tests/data/ so the upgrade test covers it.
"""
import peewee
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from .db import database, is_sqlite
from .errors import DatabaseProblem
from .models import ALL_MODELS
from .models.base import BaseModel, now


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()
    applied_at = peewee.DateTimeField(default=now)
    program = peewee.CharField(max_length=32, default="")


# MIGRATIONS[i] takes a database at version i+1 to version i+2. Version 1 is the first release.
MIGRATIONS: list = []
LATEST = 1 + len(MIGRATIONS)


def current_version(db=None) -> int | None:
    """The database's schema version, or None for an empty database."""
    db = db or database.obj
    if not db.table_exists(SchemaVersion._meta.table_name):
        if db.get_tables():
            raise DatabaseProblem("数据库中已有其他程序的数据表，但没有版本记录：请使用一个空的数据库。")
        return None
    row = SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar()
    return row


def extra_ddl(db) -> list[str]:
    """Statements the models cannot declare (full-text and trigram indexes and the triggers that
    keep them in sync), for this database's dialect. A fresh database runs them right after
    create_tables in the same transaction; a migration that needs more adds its own step."""
    from .search import INDEX_DDL

    return list(INDEX_DDL["sqlite" if is_sqlite(db) else "postgresql"])


def migrator_for(db):
    return SqliteMigrator(db) if is_sqlite(db) else PostgresqlMigrator(db)


def ensure_schema(program_version: str = "", migrations=None) -> int:
    """Create or upgrade the schema; return the version now in force.

    `migrations` lets tests run a hypothetical future list; the program always uses MIGRATIONS.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    latest = 1 + len(migrations)
    db = database.obj
    version = current_version(db)
    if version is None:
        try:
            with db.atomic():
                db.create_tables([SchemaVersion, *ALL_MODELS])
                for statement in extra_ddl(db):
                    db.execute_sql(statement)
                SchemaVersion.create(version=latest, program=program_version)
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
    migrator = migrator_for(db)
    while version < latest:
        step = migrations[version - 1]
        try:
            with db.atomic():
                step(migrator, db)
                SchemaVersion.create(version=version + 1, program=program_version)
        except Exception as exc:
            raise DatabaseProblem(
                f"数据库从版本 {version} 升级到 {version + 1} 失败，已撤销本次升级，数据库保持原样：{exc}"
            ) from exc
        version += 1
    return version
