"""A newer build on an older database: a backup first, then the steps; a failed step puts the backup
back and says so; an older build on a newer database refuses to start, also from the GUI's start."""
import argparse
import sqlite3
from pathlib import Path

import peewee
import pytest
from playhouse.migrate import migrate
from PySide6.QtWidgets import QMessageBox

import storage
from storage.plumbing.db import close_database, database, open_database
from storage.plumbing.tools import missing_tool_message
from storage.rules.errors import DatabaseProblem
from storage.store import upgrade as upgrade_module
from storage.store.schema import LATEST, MIGRATIONS
from storage.store.upgrade import ensure_schema
from storage.store.versions import SchemaVersion, current_version
from tests.conftest import PG_URL
from tests.factories import first_version_file

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="the v1 snapshot and the backup file are SQLite's")
postgres_only = pytest.mark.skipif(not PG_URL, reason="PostgreSQL's all-or-nothing upgrade")


def add_level(migrator, db):
    """A hypothetical second version: a new non-null column with a default."""
    migrate(migrator.add_column("customer", "level", peewee.CharField(max_length=8, default="普通")))


def add_tag(migrator, db):
    migrate(migrator.add_column("customer", "tag", peewee.CharField(max_length=8, default="")))


def break_midway(migrator, db):
    """A step that changes something, then fails (a disk error, a bad statement)."""
    migrate(migrator.add_column("vehicle", "colour_code", peewee.CharField(max_length=8, default="")))
    db.execute_sql("UPDATE customer SET name = '改坏了'")
    raise RuntimeError("磁盘出错（模拟）")


def columns(db, table):
    return sorted(c.name for c in db.get_columns(table))


def version_in_file(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    finally:
        con.close()


@sqlite_only
def test_upgrade_from_the_first_version_backs_up_first_and_keeps_the_data(tmp_path):
    path = first_version_file(tmp_path)
    db = open_database(f"sqlite:///{path.as_posix()}")
    assert ensure_schema("0.2.0", migrations=[add_level]) == 2
    assert current_version(db) == 2
    assert db.execute_sql("SELECT name, level FROM customer").fetchall() == [("第一版客户", "普通")]
    close_database()
    backups = list((path.parent / "backups").glob("service-v1-before-upgrade-*.db"))
    assert len(backups) == 1, "one verified backup next to the data, named for the version it holds"
    assert version_in_file(backups[0]) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT name FROM customer").fetchall() == [("第一版客户",)]
    assert "level" not in [row[1] for row in con.execute("PRAGMA table_info(customer)")]
    con.close()


@sqlite_only
def test_a_failed_step_restores_the_backup_and_says_so(tmp_path, monkeypatch):
    from storage.store import backup_restore

    # The build under test knows three versions: its backup checks must accept the half-way file.
    monkeypatch.setattr(backup_restore, "LATEST", 3)
    path = first_version_file(tmp_path)
    db = open_database(f"sqlite:///{path.as_posix()}")
    with pytest.raises(DatabaseProblem) as err:
        ensure_schema("0.3.0", migrations=[add_level, break_midway])
    message = err.value.message
    assert "从版本 2 升级到 3 失败" in message and "磁盘出错" in message
    assert "已从升级前的备份恢复" in message and "保持为版本 1" in message
    backup = next((path.parent / "backups").glob("service-v1-before-upgrade-*.db"))
    assert str(backup) in message
    # The first step, already committed, is undone too: the file is the first version again.
    assert version_in_file(path) == 1
    db.connect(reuse_if_open=True)
    assert current_version(db) == 1
    assert "level" not in columns(db, "customer") and "colour_code" not in columns(db, "vehicle")
    assert db.execute_sql("SELECT name FROM customer").fetchall() == [("第一版客户",)]  # not 改坏了
    close_database()
    # The program of the first version (no migrations to run) opens it as before.
    monkeypatch.setattr(storage.store.schema, "MIGRATIONS", [])
    db = storage.open_store(f"sqlite:///{path.as_posix()}")
    assert current_version(db) == 1
    close_database()


@sqlite_only
def test_a_backup_that_cannot_be_written_leaves_the_database_untouched(tmp_path, monkeypatch):
    path = first_version_file(tmp_path)
    (path.parent / "backups").write_text("a file where the folder should be")
    db = open_database(f"sqlite:///{path.as_posix()}")
    with pytest.raises(DatabaseProblem, match="升级数据库之前的备份没有成功，数据库未做任何改动"):
        ensure_schema("0.2.0", migrations=[add_level])
    assert current_version(db) == 1 and "level" not in columns(db, "customer")
    close_database()


@postgres_only
def test_postgresql_upgrades_all_or_nothing(db, admin, tmp_path, monkeypatch):
    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path))
    before = columns(db, "customer")
    with pytest.raises(DatabaseProblem) as err:
        ensure_schema("0.3.0", migrations=[*MIGRATIONS, add_level, break_midway])
    assert f"已撤销整个升级，数据库保持为版本 {LATEST}" in err.value.message
    assert current_version(db) == LATEST and columns(db, "customer") == before
    assert "colour_code" not in columns(db, "vehicle")
    assert ensure_schema("0.3.0", migrations=[*MIGRATIONS, add_level, add_tag]) == LATEST + 2
    assert {"level", "tag"} <= set(columns(db, "customer"))
    assert upgrade_module.postgres_tool("pg_dump"), missing_tool_message("pg_dump")
    assert list((tmp_path / "backups").glob(f"*-v{LATEST}-before-upgrade-*.dump"))


@postgres_only
def test_postgresql_without_pg_dump_asks_first(db, admin, monkeypatch, tmp_path):
    monkeypatch.setattr(upgrade_module, "postgres_tool", lambda name: None)
    with pytest.raises(upgrade_module.UpgradeNeedsConfirmation, match="没有 pg_dump"):
        ensure_schema("0.2.0", migrations=[*MIGRATIONS, add_level])
    assert current_version(db) == LATEST
    assert ensure_schema("0.2.0", migrations=[*MIGRATIONS, add_level], upgrade_without_backup=True) == LATEST + 1


def make_newer(url: str) -> None:
    storage.open_store(url)
    SchemaVersion.create(version=LATEST + 1, program="9.9")
    close_database()


def test_a_newer_database_is_refused_untouched(db_url):
    make_newer(db_url)
    with pytest.raises(DatabaseProblem) as err:
        storage.open_store(db_url)
    assert "来自更新版本的程序" in err.value.message and "请安装新版本" in err.value.message
    assert current_version(database.obj) == LATEST + 1
    close_database()


def test_the_gui_start_refuses_a_newer_database_with_its_message(qapp, db_url, tmp_path, monkeypatch):
    """From run_gui, as a front-desk PC starts: the message box says why, and 退出 ends with code 2."""
    from ui.shell.app import run_gui

    make_newer(db_url)
    shown = []

    def exec_box(box):
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0  # closed without choosing 更改数据库设置…

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    args = argparse.Namespace(database=db_url, demo=False, screenshot=None, lang=None,
                              settings=str(tmp_path / "settings.json"))
    assert run_gui(args) == 2
    assert len(shown) == 1
    title, text, buttons = shown[0]
    assert title == "无法打开数据库"
    assert f"数据库版本 {LATEST + 1}，本程序支持到 {LATEST}" in text and "请安装新版本的程序" in text
    assert "更改数据库设置…" in buttons and "退出" in buttons
    storage.open_database(db_url)
    assert current_version(database.obj) == LATEST + 1  # refused, never touched
    close_database()


@pytest.fixture
def gui_start(qapp, tmp_path, monkeypatch):
    """run_gui on a given database, as a PC starts: message boxes and progress windows recorded,
    the first-run wizard closed at once (the snapshot has no user)."""
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from ui.shell import app as app_module
    from ui.shell.first_run_wizard import FirstRunWizard

    seen = {"boxes": [], "progress": []}

    def exec_box(box):
        seen["boxes"].append(box.text())
        return 0

    original_show = QProgressDialog.show

    def show_progress(dialog):
        seen["progress"].append(dialog.labelText())
        original_show(dialog)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QProgressDialog, "show", show_progress)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: QDialog.DialogCode.Rejected)

    def start(url):
        args = argparse.Namespace(database=url, demo=False, screenshot=None, lang=None,
                                  settings=str(tmp_path / "settings.json"))
        return app_module.run_gui(args)

    yield start, seen
    close_database()


@sqlite_only
def test_the_gui_start_upgrades_behind_a_progress_window(gui_start, tmp_path, monkeypatch):
    from storage.store import schema

    start, seen = gui_start
    monkeypatch.setattr(schema, "MIGRATIONS", [add_level])  # this build knows version 2
    path = first_version_file(tmp_path)
    assert start(f"sqlite:///{path.as_posix()}") == 0
    assert seen["progress"] == ["正在备份并升级数据库，请稍候……\n请不要关闭程序或电脑。"]
    assert seen["boxes"] == []
    assert version_in_file(path) == 2
    assert len(list((path.parent / "backups").glob("service-v1-before-upgrade-*.db"))) == 1


@sqlite_only
def test_the_gui_start_tells_that_a_failed_upgrade_was_undone(gui_start, tmp_path, monkeypatch):
    from storage.store import backup_restore, schema

    start, seen = gui_start
    monkeypatch.setattr(schema, "MIGRATIONS", [add_level, break_midway])
    monkeypatch.setattr(backup_restore, "LATEST", 3)
    path = first_version_file(tmp_path)
    assert start(f"sqlite:///{path.as_posix()}") == 2  # 退出 on the message
    assert len(seen["boxes"]) == 1
    assert "从版本 2 升级到 3 失败" in seen["boxes"][0] and "已从升级前的备份恢复" in seen["boxes"][0]
    assert version_in_file(path) == 1


V3_SCHEMA = Path(__file__).parent.parent / "data" / "schema_v3.sqlite.sql"


def _insert(con, table: str, **values) -> int:
    """A row with every NOT NULL column given something of its type, `values` over them."""
    row = {}
    for _cid, name, kind, notnull, _default, pk in con.execute(f'PRAGMA table_info("{table}")'):
        if pk:
            continue
        if notnull:
            kind = kind.upper()
            row[name] = 0 if kind.startswith(("INT", "REAL", "DECIMAL", "NUMERIC")) else (
                "2026-12-01 08:00:00" if kind.startswith(("DATE", "TIME")) else "")
    row.update(values)
    names = ", ".join(f'"{n}"' for n in row)
    return con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})', list(row.values())).lastrowid


@sqlite_only
def test_a_store_with_data_upgrades_through_steps_that_rebuild_referenced_tables(tmp_path):
    """SQLite adds a NOT NULL column by rebuilding the table (playhouse.migrate): with foreign keys on,
    dropping the old "user" or "vehicle_model" while audit rows and cars point at them failed the
    upgrade (version 5 → 6 on a benchmark store). Steps run with the checks off, then checked."""
    path = tmp_path / "data" / "service.db"
    path.parent.mkdir()
    con = sqlite3.connect(path)
    con.executescript(V3_SCHEMA.read_text("utf-8"))
    con.execute("INSERT INTO schema_version (version, applied_at, program) VALUES (3, '2026-12-01 08:00:00', '0.1.0')")
    user = _insert(con, "user", username="advisor9", display_name="王顾问", role="服务顾问", active=1)
    model = _insert(con, "vehicle_model", brand="一汽大众", name="迈腾")
    customer = _insert(con, "customer", name="第三版客户", kind="个人", phone="13800138000")
    _insert(con, "vehicle", plate="京A12345", owner_id=customer, model_id=model)
    _insert(con, "audit_log", user_id=user, username="advisor9", action="login", entity="user", entity_id=str(user))
    con.commit()
    con.close()
    db = storage.open_store(f"sqlite:///{path.as_posix()}")
    try:
        assert current_version(db) == LATEST
        assert db.execute_sql('SELECT "username", "must_change_password" FROM "user"').fetchall() == [("advisor9", 0)]
        assert db.execute_sql('SELECT "model_id" FROM "vehicle"').fetchall() == [(model,)]
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        close_database()
