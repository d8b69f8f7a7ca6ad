"""Schema versions: created at the newest, upgraded step by step in a transaction, newer refused."""
from pathlib import Path

import peewee
import pytest
from playhouse.migrate import migrate

import storage
from storage.models import ALL_MODELS, Customer
from storage.plumbing.db import close_database, database, open_database
from storage.rules.errors import DatabaseProblem
from storage.store.schema import LATEST, MIGRATIONS
from storage.store.upgrade import ensure_schema
from storage.store.versions import SchemaVersion, current_version
from tests.conftest import PG_URL
from tests.factories import first_version_file

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="the v1 snapshot and file checks are SQLite's")


def columns(db):
    return {t: sorted(c.name for c in db.get_columns(t)) for t in db.get_tables()}


def test_fresh_database_is_created_at_the_newest_version(db_url):
    db = storage.open_store(db_url)
    assert current_version(db) == LATEST
    tables = set(db.get_tables())
    assert {m._meta.table_name for m in ALL_MODELS} <= tables
    close_database()


def add_customer_level(migrator, db):
    """A hypothetical next migration: a new non-null column with a default."""
    migrate(migrator.add_column("customer", "level", peewee.CharField(max_length=8, default="普通")))


def broken_step(migrator, db):
    migrate(migrator.add_column("customer", "level", peewee.CharField(max_length=8, default="普通")))
    raise RuntimeError("磁盘出错（模拟）")


def test_upgrade_runs_each_step_and_keeps_data(db, admin):
    from storage.reception import archive
    from storage.rules import auth

    advisor = auth.create_user(admin, "adv", "顾问", auth.ADVISOR, "secret-123")
    archive.create_customer(advisor, name="老客户", phone="13800138000")
    assert ensure_schema(migrations=[*MIGRATIONS, add_customer_level]) == LATEST + 1
    assert "level" in [c.name for c in db.get_columns("customer")]
    assert db.execute_sql("SELECT name, level FROM customer").fetchall() == [("老客户", "普通")]
    assert current_version(db) == LATEST + 1


def test_failed_step_is_rolled_back_whole(db, admin):
    with pytest.raises(DatabaseProblem) as err:
        ensure_schema(migrations=[*MIGRATIONS, broken_step])
    assert "已撤销" in err.value.message
    assert current_version(db) == LATEST
    assert "level" not in [c.name for c in db.get_columns("customer")]


def test_database_from_a_newer_program_is_refused_untouched(db_url):
    db = storage.open_store(db_url)
    SchemaVersion.create(version=LATEST + 1, program="9.9")
    before = columns(db)
    close_database()
    with pytest.raises(DatabaseProblem) as err:
        storage.open_store(db_url)
    assert "更新版本" in err.value.message
    assert columns(database.obj) == before
    assert current_version(database.obj) == LATEST + 1
    close_database()


def test_foreign_database_is_refused(db_url):
    db = open_database(db_url)
    db.execute_sql("CREATE TABLE other_program (x INTEGER)")
    with pytest.raises(DatabaseProblem, match="其他程序"):
        ensure_schema()
    close_database()


@sqlite_only
def test_upgrade_from_the_first_version(tmp_path):
    path = first_version_file(tmp_path)
    db = storage.open_store(f"sqlite:///{path.as_posix()}")
    assert current_version(db) == LATEST
    assert Customer.get().name == "第一版客户"
    upgraded = columns(db)
    close_database()
    fresh = storage.open_store(f"sqlite:///{(tmp_path / 'fresh.db').as_posix()}")
    assert upgraded == columns(fresh)
    close_database()
    assert len(MIGRATIONS) == LATEST - 1


@sqlite_only
def test_read_only_database_file_is_refused(tmp_path):
    import os

    path = tmp_path / "ro.db"
    storage.open_store(f"sqlite:///{path.as_posix()}")
    close_database()
    for extra in ("", "-wal", "-shm"):
        target = Path(str(path) + extra)
        if target.exists():
            target.chmod(0o444)
    if os.access(path, os.W_OK):
        pytest.skip("running as a user who can write read-only files (root)")
    with pytest.raises(DatabaseProblem, match="只读"):
        storage.open_store(f"sqlite:///{path.as_posix()}")


def test_unreachable_server_gives_a_chinese_message():
    with pytest.raises(DatabaseProblem) as err:
        storage.open_store("postgresql://nobody:pw@127.0.0.1:1/none")
    assert "无法连接数据库" in err.value.message and "pw" not in err.value.message


def test_unknown_url_scheme_is_refused():
    with pytest.raises(DatabaseProblem, match="不支持"):
        storage.open_store("mysql://x@y/z")


@sqlite_only
def test_read_only_file_message_when_permissions_say_so(tmp_path, monkeypatch):
    """Root can write a 0444 file, so CI also checks the refusal by making os.access say no."""
    import storage.plumbing.db as dbmod

    path = tmp_path / "ro.db"
    storage.open_store(f"sqlite:///{path.as_posix()}")
    close_database()
    before = path.read_bytes()
    monkeypatch.setattr(dbmod.os, "access", lambda p, mode: False)
    with pytest.raises(DatabaseProblem, match="只读"):
        storage.open_store(f"sqlite:///{path.as_posix()}")
    assert path.read_bytes() == before


def test_check_database_reports_version_without_touching_the_shared_handle(db, tmp_path):
    from storage.store.versions import check_database

    other = f"sqlite:///{(tmp_path / 'other.db').as_posix()}"
    assert check_database(other) is None  # an empty database: checking creates no tables
    assert database.obj is db
    with pytest.raises(DatabaseProblem, match="无法连接"):
        check_database("postgresql://nobody:pw@127.0.0.1:1/none")
