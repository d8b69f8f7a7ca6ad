"""Whole-database operations done the way a careless or hostile hand would (issue 14, items 1-3 and 8):
a restore while another PC still has the store open, a backup written over the live database, a
damaged file under `check`, backups that are cut short, foreign or odd, and who may read the files.
Every refusal is exit code 2 with a Chinese reason, and the live database's bytes are unchanged."""
import hashlib
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import storage
from storage.models import Part, Settlement, WorkOrder
from storage.parts import stock
from storage.plumbing import stations
from storage.plumbing.db import close_database, database
from storage.rules import auth
from storage.rules.errors import DatabaseProblem
from storage.store import backup_restore
from storage.store.schema import LATEST, MIGRATIONS
from storage.store.upgrade import ensure_schema
from storage.store.versions import APPLICATION_ID, current_version
from tests.conftest import PG_URL
from tests.factories import first_version_file
from tests.reliability import scene
from tests.reliability.helpers import reopen, run_main, url_of, worker_command, worker_env

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="the program backs up and restores SQLite files itself")
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's (Windows: the user's profile)")


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def start_station(url, tmp_path, name="station"):
    """A second program on this store, as another PC would have it: a real process."""
    ready = tmp_path / f"{name}.ready"
    proc = subprocess.Popen(worker_command("station", url, ready), env=worker_env(), stdin=subprocess.PIPE,
                            stderr=open(tmp_path / f"{name}.err", "w"))
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / f"{name}.err").read_text()
        time.sleep(0.02)
    return proc


def a_settlement(users, rng):
    order = scene.new_order(users, rng)
    line = scene.unissued_line(rng)
    stock.issue(users[auth.STOREKEEPER], line.order_id, [{"line": line.id, "quantity": str(line.quantity)}])
    settlement, _ = scene.settle(users, scene.finish(users, WorkOrder.get_by_id(order.id)), rng)
    return settlement.number


# ---------------------------------------------------------------- 1. restore while a station works


@sqlite_only
def test_restore_is_refused_while_another_station_has_the_store_open(db, users, tmp_path):
    url = url_of(db)
    scene.build_store(users)
    backup = backup_restore.backup(tmp_path / "b.db")
    Part.update(name="备份之后改的").where(Part.number == "REL-01").execute()
    live = Path(db.database)
    station = start_station(url, tmp_path)
    try:
        before = digest(live)
        with pytest.raises(DatabaseProblem) as err:
            backup_restore.restore(backup, url)
        message = err.value.message
        assert socket.gethostname() in message and str(station.pid) in message, message
        assert "仍在使用" in message and "未做任何改动" in message
        assert digest(live) == before
        assert not list(live.parent.glob("*before-restore*"))
        assert Part.get(Part.number == "REL-01").name == "备份之后改的"
        # The command line says the same, with exit code 2.
        close_database()
        stations.leave()  # this test process is a station too; only the worker stays
        refused = run_main("--database", url, "restore", backup, data_dir=tmp_path / "data")
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert socket.gethostname() in refused.stderr and "Traceback" not in refused.stderr
        assert digest(live) == before
    finally:
        station.stdin.close()
        assert station.wait(60) == 0, (tmp_path / "station.err").read_text()
    # Once the other PC has closed the program, the restore goes ahead.
    done = run_main("--database", url, "restore", backup, data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    reopen(url)
    assert Part.get(Part.number == "REL-01").name == "备件REL-01"


@sqlite_only
def test_the_gui_is_a_station_while_it_has_the_store_open_and_not_after(qapp, tmp_path, monkeypatch):
    import argparse

    from ui.shell import screenshots
    from ui.shell.app import run_gui

    path = tmp_path / "gui.db"
    mine = stations.folder_of(path.resolve()) / f"{socket.gethostname()}-{os.getpid()}.station"
    seen = []

    def shoot(url, local, out_dir, screen):  # the windows, while the program runs on the store
        seen.append(mine.exists())
        return [], True

    monkeypatch.setattr(screenshots, "_shoot_all", shoot)
    args = argparse.Namespace(database=f"sqlite:///{path.as_posix()}", demo=False, screenshot=str(tmp_path / "shots"),
                              lang=None, settings=str(tmp_path / "settings.json"))
    assert run_gui(args) == 0
    assert seen == [True] and not mine.exists()


@sqlite_only
def test_a_station_killed_without_closing_does_not_block_restore_for_ever(db, users, tmp_path):
    url = url_of(db)
    scene.build_store(users)
    backup = backup_restore.backup(tmp_path / "b.db")
    station = start_station(url, tmp_path)
    with pytest.raises(DatabaseProblem, match="仍在使用"):
        backup_restore.restore(backup, url)
    os.kill(station.pid, signal.SIGKILL)  # a power cut at the front desk
    station.wait(30)
    assert backup_restore.restore(backup, url) is not None


@sqlite_only
def test_a_station_that_starts_during_a_restore_waits_for_it_then_is_refused(db, tmp_path, monkeypatch):
    monkeypatch.setattr(stations, "GATE_WAIT", 0.3)
    stations.leave()
    with stations.exclusive(Path(db.database), "恢复数据库"):
        started = time.monotonic()
        with pytest.raises(DatabaseProblem, match="正在被恢复或升级"):
            stations.join(db)
        assert time.monotonic() - started >= 0.3
        backup = backup_restore.backup(tmp_path / "b.db")
        second = run_main("--database", url_of(db), "restore", backup, data_dir=tmp_path / "data")
        assert second.returncode == 2 and "另一个恢复或升级正在这个数据库上进行" in second.stderr, second.stderr
    stations.join(db)  # once it is done, the station opens as usual
    assert stations.others(url_of(db)) == []


@sqlite_only
def test_a_settlement_number_issued_before_a_restore_is_never_issued_again(db, users, tmp_path):
    url = url_of(db)
    scene.build_store(users)
    rng = scene.random.Random(7)
    first = a_settlement(users, rng)
    backup = backup_restore.backup(tmp_path / "b.db")
    second = a_settlement(users, rng)  # handed to a customer, then the database is put back
    assert second != first
    backup_restore.restore(backup, url)
    reopen(url)
    assert not Settlement.select().where(Settlement.number == second).exists()
    third = a_settlement(users, rng)
    assert third not in (first, second)
    assert third > second  # the running numbers of the day keep rising


def test_an_upgrade_is_refused_while_another_station_has_the_store_open(db, users, tmp_path):
    """Both databases: SQLite by the station files, PostgreSQL by the server's pg_stat_activity."""
    url = url_of(db)
    station = start_station(url, tmp_path)
    try:
        found = stations.others(url)
        assert [(s.host, s.pid) for s in found] == [(socket.gethostname(), station.pid)], found
        with pytest.raises(DatabaseProblem) as err:
            ensure_schema("9.9", migrations=[*MIGRATIONS, lambda migrator, db: None], upgrade_without_backup=True)
        assert socket.gethostname() in err.value.message and str(station.pid) in err.value.message
        assert "数据库升级" in err.value.message and "未做任何改动" in err.value.message
        assert current_version(db) == LATEST
    finally:
        station.stdin.close()
        assert station.wait(60) == 0, (tmp_path / "station.err").read_text()
    deadline = time.monotonic() + 10  # PostgreSQL ends the closed session's backend a moment later
    while stations.others(url) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert stations.others(url) == []


# ---------------------------------------------------------------- 2. backup onto the live database; check on damage


@sqlite_only
def test_backup_refuses_the_live_database_and_its_companion_files(db, users, tmp_path):
    scene.build_store(users)
    live = Path(db.database)
    assert Path(f"{live}-wal").exists() and Path(f"{live}-shm").exists()
    (tmp_path / "link.db").symlink_to(live)
    (tmp_path / "wal-link").symlink_to(f"{live}-wal")
    (tmp_path / "sub").mkdir()
    targets = [live, Path(f"{live}-wal"), Path(f"{live}-shm"), Path(f"{live}-journal"), tmp_path / "link.db",
               tmp_path / "wal-link", tmp_path / "sub" / ".." / live.name, Path(os.path.relpath(live))]
    hardlink = tmp_path / "hard.db"
    os.link(live, hardlink)
    targets.append(hardlink)
    for target in targets:
        before = digest(live)
        with pytest.raises(DatabaseProblem) as err:
            backup_restore.backup(target)
        assert "正在使用的数据库" in err.value.message, target
        assert digest(live) == before, target
    assert not Path(f"{live}-journal").exists()
    assert backup_restore.check() == []
    close_database()
    refused = run_main("--database", url_of(db), "backup", tmp_path / "link.db", data_dir=tmp_path / "data")
    assert refused.returncode == 2 and "正在使用的数据库" in refused.stderr
    reopen(url_of(db))
    assert backup_restore.check() == []


def damage_the_last_pages(path: Path, pages=4) -> None:
    """Overwrite a few leaf pages at the end of the file: the schema still opens, a scan fails."""
    data = bytearray(path.read_bytes())
    size = 4096
    count = len(data) // size
    for page in range(count - pages - 1, count - 1):
        data[page * size:(page + 1) * size] = b"\x0d" + b"\xee" * (size - 1)
    path.write_bytes(bytes(data))


@sqlite_only
def test_check_on_a_damaged_file_exits_2_with_its_message_never_a_traceback(tmp_path):
    path = tmp_path / "service.db"
    url = f"sqlite:///{path.as_posix()}"
    assert run_main("--database", url, "check", data_dir=tmp_path / "data").returncode == 0
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO document_counter (kind, day, last) VALUES (?, '20261124', 1)",
                    [(f"k{i}",) for i in range(3000)])
    con.commit()
    con.close()
    damage_the_last_pages(path)
    checked = run_main("--database", url, "check", data_dir=tmp_path / "data")
    assert checked.returncode == 2, checked.stdout + checked.stderr
    assert "Traceback" not in checked.stderr and "损坏" in checked.stderr, checked.stderr
    with pytest.raises(DatabaseProblem, match="损坏"):
        storage.open_store(url)
        backup_restore.check()
    close_database()


# ---------------------------------------------------------------- 3. what restore accepts


def a_live_store(tmp_path) -> tuple[str, Path]:
    """A store file no process of this test holds open (made by main.py, which has exited)."""
    path = tmp_path / "live" / "service.db"
    url = f"sqlite:///{path.as_posix()}"
    made = run_main("--database", url, "check", data_dir=tmp_path / "data")
    assert made.returncode == 0, made.stderr
    return url, path


def refused_by_main(tmp_path, url, live, candidate, words):
    before = digest(live)
    done = run_main("--database", url, "restore", candidate, data_dir=tmp_path / "data")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and words in done.stderr and "未做任何改动" in done.stderr, done.stderr
    assert digest(live) == before
    assert sorted(p.name for p in live.parent.iterdir() if not p.name.endswith(".stations")) == ["service.db"]
    return done.stderr


@sqlite_only
def test_restore_refuses_a_backup_cut_short_by_a_few_bytes(db, users, tmp_path):
    scene.build_store(users)
    whole = backup_restore.backup(tmp_path / "whole.db")
    cut = tmp_path / "cut.db"
    cut.write_bytes(whole.read_bytes()[:-5])
    url, live = a_live_store(tmp_path)
    refused_by_main(tmp_path, url, live, cut, "不完整")


@sqlite_only
def test_restore_refuses_another_programs_file_with_a_schema_version_table(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.executescript("CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER, applied_at TEXT, program TEXT);"
                      "INSERT INTO schema_version (version) VALUES (1);"
                      "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER);")
    con.close()
    url, live = a_live_store(tmp_path)
    refused_by_main(tmp_path, url, live, other, "不是本程序的数据库")
    con = sqlite3.connect(other)
    con.execute("PRAGMA application_id = 1179602771")  # another program's own identity
    con.commit()
    con.close()
    refused_by_main(tmp_path, url, live, other, "不是本程序的数据库")


def give_a_text_version(path) -> None:
    """A version row whose version is text (written by hand or by another program)."""
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_version (version, applied_at, program) VALUES ('二', '2026-11-24 08:00:00', 'x')")
    con.commit()
    con.close()


@sqlite_only
def test_restore_refuses_a_schema_version_that_is_text(db, users, tmp_path):
    scene.build_store(users)
    odd = backup_restore.backup(tmp_path / "odd.db")
    give_a_text_version(odd)
    url, live = a_live_store(tmp_path)
    refused_by_main(tmp_path, url, live, odd, "版本记录")


@sqlite_only
def test_a_live_database_whose_version_is_text_is_refused_by_every_command(tmp_path):
    url, live = a_live_store(tmp_path)
    give_a_text_version(live)
    before = digest(live)
    for command in ("check", "backup"):
        done = run_main("--database", url, command, *([tmp_path / "b"] if command == "backup" else []),
                        data_dir=tmp_path / "data")
        assert done.returncode == 2 and "Traceback" not in done.stderr and "版本记录不是数字" in done.stderr, done.stderr
    assert digest(live) == before


@sqlite_only
def test_restore_refuses_a_backup_whose_ledger_does_not_add_up(db, users, tmp_path):
    scene.build_store(users)
    bad = backup_restore.backup(tmp_path / "bad.db")
    con = sqlite3.connect(bad)
    con.execute("UPDATE part SET on_hand = on_hand + 1000 WHERE number = 'REL-01'")
    con.commit()
    con.close()
    url, live = a_live_store(tmp_path)
    message = refused_by_main(tmp_path, url, live, bad, "检查未通过")
    assert "REL-01" in message


@sqlite_only
def test_the_programs_files_carry_its_identity(db, tmp_path):
    assert APPLICATION_ID == int.from_bytes(b"4SSV", "big")
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST
    written = backup_restore.backup(tmp_path / "copy.db")
    con = sqlite3.connect(written)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()
    # A file written before the identity existed gets it at its next open, and its old backups restore.
    close_database()
    old = first_version_file(tmp_path)
    legacy = tmp_path / "legacy.db"
    legacy.write_bytes(old.read_bytes())
    storage.open_store(f"sqlite:///{old.as_posix()}")
    assert database.obj.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert database.obj.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST
    assert backup_restore.restore(legacy, f"sqlite:///{old.as_posix()}") is not None


# ---------------------------------------------------------------- 8. files private on POSIX


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_the_data_folder_and_every_file_the_program_writes_are_private(tmp_path):
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    data.chmod(0o755)
    (data / "logs").chmod(0o755)
    (data / "logs" / "fours.log").write_text("old\n")
    (data / "logs" / "fours.log").chmod(0o644)
    (data / "settings.json").write_text("{}")
    (data / "settings.json").chmod(0o644)
    env = dict(os.environ, FOURS_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    main = [sys.executable, str(Path(__file__).resolve().parents[2] / "main.py")]
    done = subprocess.run([*main, "check"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    backups = data / "backups"
    done = subprocess.run([*main, "backup", str(backups)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    (written,) = backups.iterdir()
    assert mode(data) == 0o700 and mode(data / "logs") == 0o700 and mode(backups) == 0o700
    for path in (data / "service.db", data / "logs" / "fours.log", data / "settings.json", written):
        assert mode(path) == 0o600, (path, oct(mode(path)))
    # The WAL and the shared-memory file a station makes take the database file's mode.
    con = sqlite3.connect(data / "service.db")
    con.execute("PRAGMA journal_mode=wal")
    con.execute("UPDATE setting SET key = key")
    assert mode(data / "service.db-wal") == 0o600 and mode(data / "service.db-shm") == 0o600
    con.close()
    # A database made readable by all (an older build) is private again at the next start.
    (data / "service.db").chmod(0o644)
    done = subprocess.run([*main, "check"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert mode(data / "service.db") == 0o600


@posix_only
def test_what_the_program_exports_after_its_start_is_private(tmp_path):
    """An export (导出日志 here; a PDF or a report the same way) is written by the process main.py
    started: the umask it set makes it its user's only."""
    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys, main\n"
        "from storage.plumbing import logs\n"
        "main.make_files_private(main.build_parser().parse_args([]))\n"
        "logs.setup_logging()\n"
        "logs.log_start('test')\n"
        "print(logs.export_logs(sys.argv[1]))\n"
    )
    env = dict(os.environ, FOURS_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    (tmp_path / "out").mkdir()
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "out" / "logs.zip")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip())
    assert written.is_file() and mode(written) == 0o600
