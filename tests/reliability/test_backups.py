"""Backups while the stations work, kept by the rotation, each verified after it is written; a
restore of any of them is a database that passes `check` and holds every change committed up to
the backup's moment, and nothing after it. PostgreSQL: pg_dump, pg_restore, then `check` there."""
import datetime as dt
import errno
import json
import os
import sqlite3
import subprocess
import time

import pytest

import storage
from storage.models import Customer, Part, Settlement, StockCount, StockMovement, WorkOrder
from storage.plumbing.db import close_database
from storage.plumbing.tools import missing_tool_message, postgres_tool
from storage.rules.errors import DatabaseProblem, ValidationError
from storage.store import backup_restore, backup_schedule
from tests.conftest import PG_URL
from tests.reliability import scene
from tests.reliability.helpers import reopen, url_of, verify_committed, worker_command, worker_env

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="the program backs up SQLite itself; PostgreSQL uses pg_dump")
T = dt.datetime


def at(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- the rotation rule


ROTATION = [
    # (backups taken, now, keep_daily, keep_weekly, removed)
    ([], "2026-11-24 12:00", 7, 4, []),
    (["2026-11-24 08:00", "2026-11-24 12:00"], "2026-11-24 13:00", 1, 0, []),  # today's are all kept
    (["2026-11-23 08:00", "2026-11-23 12:00", "2026-11-23 16:00", "2026-11-24 08:00"], "2026-11-24 09:00", 7, 0,
     ["2026-11-23 08:00", "2026-11-23 12:00"]),  # an earlier day keeps its newest
    ([f"2026-11-{d:02d} 20:00" for d in range(10, 25)], "2026-11-24 21:00", 3, 0,
     [f"2026-11-{d:02d} 20:00" for d in range(10, 22)]),  # only the last three days
    ([f"2026-11-{d:02d} 20:00" for d in range(1, 25)], "2026-11-24 21:00", 2, 2,
     # weeks of 2026-11-16..22 and 11-23..29 keep their newest (22nd, 24th); days keep 23rd, 24th
     [f"2026-11-{d:02d} 20:00" for d in range(1, 22)]),
    (["2026-10-01 20:00", "2026-11-24 08:00"], "2026-11-24 09:00", 1, 0, ["2026-10-01 20:00"]),
    (["2026-10-01 20:00"], "2026-11-24 09:00", 1, 0, []),  # the newest is never removed
    (["2026-09-01 20:00", "2026-10-01 20:00", "2026-11-01 20:00"], "2026-11-24 09:00", 1, 2, ["2026-09-01 20:00"]),
]


@pytest.mark.parametrize("taken, now, daily, weekly, removed", ROTATION)
def test_rotation_keeps_today_the_last_days_and_the_last_weeks(taken, now, daily, weekly, removed):
    assert backup_schedule.to_remove([at(t) for t in taken], at(now), daily, weekly) == {at(t) for t in removed}


@pytest.mark.parametrize("values, words", [
    ({"interval_hours": "0"}, "备份间隔（小时）应在 1 到 168 之间"),
    ({"interval_hours": "每天"}, "备份间隔（小时）必须是整数"),
    ({"keep_daily": "-1"}, "按天保留的份数应在 1 到 365 之间"),
    ({"keep_weekly": "9999"}, "按周保留的份数应在 0 到 520 之间"),
    ({"keep_daily": None}, "必须是整数"),
    ({"keep_daily": True}, "必须是整数"),
])
def test_a_policy_with_bad_values_is_refused(values, words):
    with pytest.raises(ValidationError, match=words):
        backup_schedule.BackupPolicy.checked(**values)


def test_a_hand_damaged_setting_falls_back_to_its_default_only():
    class Local(dict):
        def get(self, key, default=None):
            return super().get(key, default)

    policy = backup_schedule.BackupPolicy.from_local(Local(backup={"interval_hours": "x", "keep_daily": 3, "folder": " D:/备份 "}))
    assert policy == backup_schedule.BackupPolicy(interval_hours=4, keep_daily=3, folder="D:/备份")
    assert backup_schedule.BackupPolicy.from_local(Local(backup="junk")) == backup_schedule.BackupPolicy()


@pytest.mark.parametrize("error, words", [
    (OSError(errno.ENOSPC, "No space left on device"), "所在磁盘已满"),
    (OSError(errno.EACCES, "Permission denied"), "没有写入权限"),
    (OSError(errno.EROFS, "Read-only file system"), "磁盘只读"),
])
def test_a_backup_folder_that_cannot_take_the_file_is_said_in_chinese(error, words, tmp_path):
    assert words in backup_restore._backup_failed(error, tmp_path / "x.db").message


# ---------------------------------------------------------------- scheduled, while a station writes


def present(record) -> bool:
    """Is this logged action in the open database?"""
    op = record["op"]
    if op == "settle":
        return Settlement.select().where(Settlement.number == record["number"]).exists()
    if op in ("issue", "receive"):
        return StockMovement.select().where(StockMovement.document == record["number"]).exists()
    if op == "count":
        return StockCount.select().where((StockCount.number == record["number"]) & (StockCount.status == "已过账")).exists()
    if op == "order":
        return WorkOrder.select().where(WorkOrder.id == record["order"]).exists()
    return WorkOrder.select().where((WorkOrder.id == record["order"]) & (WorkOrder.status != "维修中")).exists()


@sqlite_only
def test_scheduled_backups_while_a_station_writes_restore_to_their_moment(db, users, tmp_path):
    url = url_of(db)
    scene.build_store(users)
    log = tmp_path / "ops.jsonl"
    writer = subprocess.Popen(worker_command("write", url, log, 3, 8), env=worker_env(),
                              stderr=open(tmp_path / "writer.err", "w"))
    policy = backup_schedule.BackupPolicy(folder=str(tmp_path / "backups"), interval_hours=4, keep_daily=2, keep_weekly=1)
    taken = []
    try:
        deadline = time.monotonic() + 60
        while len(scene.read_log(log)[0]) < 5:  # the station is at work
            assert time.monotonic() < deadline and writer.poll() is None, (tmp_path / "writer.err").read_text()
            time.sleep(0.05)
        # Four runs of the schedule over three days, as the timer would make them.
        for now in (at("2026-11-22 20:00"), at("2026-11-23 12:00"), at("2026-11-23 20:00"), at("2026-11-24 09:00")):
            assert backup_schedule.due(policy, now)
            before = len(scene.read_log(log)[0])
            report = backup_schedule.run_scheduled(policy, now)
            after = len(scene.read_log(log)[0])
            assert report.sound, [str(p) for p in report.problems]
            assert not backup_schedule.due(policy, now + dt.timedelta(hours=1))
            taken.append((report, before, after))
    finally:
        assert writer.wait(120) == 0, (tmp_path / "writer.err").read_text()
    kept = [path.name for _, path in backup_schedule.backups_in(policy.folder_path(), "service")]
    # 11-22 is beyond the two days kept (and its week is not the newest one); 11-23 keeps its newest.
    assert kept == ["service-auto-20261123-200000.db", "service-auto-20261124-090000.db"]
    assert [p.name for r, _, _ in taken for p in r.removed] == ["service-auto-20261122-200000.db",
                                                                "service-auto-20261123-120000.db"]
    done, _ = scene.read_log(log)
    assert len(done) > taken[-1][2], "the station kept working after the last backup"
    restored = 0
    for report, before, after in taken:
        if not report.path.exists():  # removed by the rotation
            continue
        restored += 1
        target = tmp_path / f"restored-{report.path.stem}.db"
        close_database()
        assert backup_restore.restore(report.path, f"sqlite:///{target.as_posix()}") is None
        reopen(f"sqlite:///{target.as_posix()}")
        assert backup_restore.check() == []
        held = [present(r) for r in done]
        k = held.index(False) if False in held else len(held)
        assert held == [True] * k + [False] * (len(held) - k), "the backup is not one moment of the database"
        assert before <= k <= after + 1, (before, k, after)
        truncated = tmp_path / f"ops-{k}.jsonl"
        truncated.write_text("".join(json.dumps({"t": "done", **r}, ensure_ascii=False) + "\n"
                                     for r in done[:k]), "utf-8")
        verify_committed(truncated)  # whole, and nothing the log did not name by then
    assert restored == 2
    reopen(url)


@sqlite_only
def test_verification_finds_what_is_wrong_in_a_copy(db, users, tmp_path):
    scene.build_store(users)
    good = backup_restore.backup(tmp_path / "good.db")
    assert backup_restore.verify_backup(good) == []
    con = sqlite3.connect(good)
    con.execute("UPDATE part SET on_hand = on_hand + 1000 WHERE number = 'REL-01'")  # a ledger that no longer adds up
    con.commit()
    con.close()
    problems = backup_restore.verify_backup(good)
    assert problems and all(p.record == "备件 REL-01" for p in problems)
    cut = tmp_path / "cut.db"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    (problem,) = backup_restore.verify_backup(cut)
    assert problem.area == "数据库" and "损坏" in problem.message


@sqlite_only
def test_a_backup_folder_that_is_a_file_is_refused_without_a_traceback(db, users, tmp_path):
    (tmp_path / "blocked").write_text("not a folder")
    policy = backup_schedule.BackupPolicy(folder=str(tmp_path / "blocked" / "backups"))
    with pytest.raises(DatabaseProblem, match="无法创建备份文件夹"):
        backup_schedule.run_scheduled(policy)


@sqlite_only
def test_two_backups_at_once_into_one_folder_the_second_steps_aside(db, users, tmp_path):
    policy = backup_schedule.BackupPolicy(folder=str(tmp_path / "b"))
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / backup_schedule.LOCK_NAME).write_text(str(os.getpid()))  # a program that is running
    with pytest.raises(DatabaseProblem, match="另一个备份正在进行"):
        backup_schedule.run_scheduled(policy)
    old = time.time() - 3 * 3600  # a lock this old is left over: not waited for
    os.utime(tmp_path / "b" / backup_schedule.LOCK_NAME, (old, old))
    assert backup_schedule.run_scheduled(policy).sound
    assert not (tmp_path / "b" / backup_schedule.LOCK_NAME).exists()
    if os.name == "posix":  # nor is one whose program is gone (killed in the middle of a backup)
        gone = subprocess.Popen(["true"])
        gone.wait()
        (tmp_path / "b" / backup_schedule.LOCK_NAME).write_text(str(gone.pid))
        assert backup_schedule.run_scheduled(policy, at("2026-11-25 09:00")).sound


def test_the_schedule_stays_off_for_postgresql_and_memory(tmp_path, monkeypatch):
    from storage.plumbing import db as db_module

    class Pg:
        database = "fours"

    monkeypatch.setattr(db_module.database, "obj", Pg())
    assert not backup_schedule.due(backup_schedule.BackupPolicy(folder=str(tmp_path)))
    with pytest.raises(DatabaseProblem, match="pg_dump"):
        backup_schedule.run_scheduled(backup_schedule.BackupPolicy(folder=str(tmp_path)))


# ---------------------------------------------------------------- PostgreSQL


@pytest.mark.skipif(not PG_URL, reason="pg_dump and pg_restore for PostgreSQL")
def test_postgresql_pg_dump_restores_to_a_database_that_passes_check(db, users, tmp_path):
    pg_restore = postgres_tool("pg_restore")  # found as the program finds pg_dump: not by PATH alone
    assert pg_restore and postgres_tool("pg_dump"), missing_tool_message("pg_restore")
    import psycopg2

    url_of(db)  # opened again below, as a copy
    scene.build_store(users)
    rng = scene.random.Random(5)
    for _ in range(3):
        order = scene.new_order(users, rng)
        line = scene.unissued_line(rng)
        from storage.parts import stock
        from storage.rules import auth

        stock.issue(users[auth.STOREKEEPER], line.order_id, [{"line": line.id, "quantity": str(line.quantity)}])
        scene.settle(users, scene.finish(users, WorkOrder.get_by_id(order.id)), rng)
    counts = (Customer.select().count(), Settlement.select().count(), StockMovement.select().count(),
              [(p.number, p.on_hand) for p in Part.select().order_by(Part.number)])
    dump = backup_restore.backup(tmp_path)
    assert dump.read_bytes()[:5] == b"PGDMP"

    base, _, name = PG_URL.rpartition("/")
    copy = f"{name}_restored"
    admin = psycopg2.connect(f"{base}/postgres")
    admin.autocommit = True
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{copy}"')
    admin.cursor().execute(f'CREATE DATABASE "{copy}"')
    try:
        restored = subprocess.run([pg_restore, "--no-owner", "-d", f"{base}/{copy}", str(dump)],
                                  capture_output=True, text=True)
        assert restored.returncode == 0, restored.stderr
        close_database()
        storage.open_store(f"{base}/{copy}")
        assert backup_restore.check() == []
        assert (Customer.select().count(), Settlement.select().count(), StockMovement.select().count(),
                [(p.number, p.on_hand) for p in Part.select().order_by(Part.number)]) == counts
        close_database()
    finally:
        close_database()
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        admin.close()
        reopen(PG_URL)
