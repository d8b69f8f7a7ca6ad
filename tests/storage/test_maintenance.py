"""Backup, restore and the integrity check (storage.store.backup_restore, `main.py backup|restore|check`)."""
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

import storage
from storage.models import (
    Customer, DailyFigure, Part, Payment, Receivable, Settlement, SettlementLine, StockMovement, Vehicle, WorkOrder,
)
from storage.plumbing import daily
from storage.plumbing.db import close_database, database, transaction
from storage.plumbing.tools import missing_tool_message, postgres_tool
from storage.rules.errors import DatabaseProblem
from storage.store import backup_restore
from storage.store.schema import LATEST
from tests.conftest import PG_URL

ROOT = Path(__file__).resolve().parents[2]
PG = bool(PG_URL)
sqlite_only = pytest.mark.skipif(PG, reason="SQLite file backup and restore; PostgreSQL uses pg_dump/pg_restore")
D = Decimal


def url_of(db) -> str:
    return PG_URL or f"sqlite:///{db.database}"


def part_with_moves(user, number, *quantities):
    """A part whose on_hand and balances agree with its ledger."""
    part = Part.create(number=number, name=f"备件{number}", price=D("45.00"))
    balance = D("0")
    for quantity in quantities:
        balance += D(quantity)
        StockMovement.create(part=part, kind="入库" if D(quantity) > 0 else "出库", quantity=D(quantity),
                             balance_after=balance, user=user)
    Part.update(on_hand=balance).where(Part.id == part.id).execute()
    daily.rebuild()  # the ledger rows went in past post(), which keeps the report summary
    return Part.get_by_id(part.id)


def make_settlement(user, number="ST20261124-0001", plate="京A12345"):
    """A settlement of 290.00: 190.00 paid by the customer by WeChat, 100.00 on the insurer's account."""
    customer = Customer.create(name="张三", phone="13800138000")
    vehicle = Vehicle.create(plate=plate, owner=customer)
    order = WorkOrder.create(number="WO" + number[2:], customer=customer, vehicle=vehicle, advisor=user, status="已结算")
    today = dt.date.today()
    settlement = Settlement.create(
        number=number, order=order, labour_total=D("100.00"), parts_total=D("200.00"), discount_total=D("10.00"),
        total=D("290.00"), customer_due=D("190.00"), insurer_due=D("100.00"), cashier=user, business_day=today,
        live_order=order.id,
    )
    SettlementLine.create(settlement=settlement, kind="工时", description="更换机油", quantity=D("1"),
                          unit_price=D("100.00"), amount=D("100.00"), payer="保险公司")
    SettlementLine.create(settlement=settlement, kind="材料", description="机油 4L", quantity=D("4"),
                          unit_price=D("50.00"), amount=D("200.00"), discount=D("10.00"), payer="客户")
    Payment.create(settlement=settlement, method="微信", amount=D("190.00"), business_day=today, cashier=user)
    Receivable.create(settlement=settlement, debtor_kind="保险公司", debtor="中国人保", amount=D("100.00"))
    daily.rebuild()  # likewise past settle()
    return settlement


def snapshot():
    parts = [(p.number, p.on_hand) for p in Part.select().order_by(Part.number)]
    return parts, StockMovement.select().count(), Settlement.select().count()


@pytest.fixture
def store(admin):
    part_with_moves(admin, "P-001", "10", "-3")
    part_with_moves(admin, "P-002", "5.5")
    make_settlement(admin)
    assert backup_restore.check() == []
    return admin


def by_area(problems):
    """(the other problems, the report summary's): a row changed behind the writers' backs also
    leaves the per-day summary disagreeing with it."""
    return [p for p in problems if p.area != "报表汇总"], [p for p in problems if p.area == "报表汇总"]


def add_movement(user, number, quantity):
    with transaction():
        part = Part.get(Part.number == number)
        balance = part.on_hand + D(quantity)
        moved = StockMovement.create(part=part, kind="调整", quantity=D(quantity), balance_after=balance, user=user)
        daily.movement(moved)  # as storage.parts.ledger.post does
        Part.update(on_hand=balance).where(Part.id == part.id).execute()


# ---------------------------------------------------------------- backup and restore


@sqlite_only
def test_backup_and_restore_round_trip(db, store, tmp_path):
    progress = []
    written = backup_restore.backup(tmp_path / "backups", progress=progress.append)
    assert written.parent == tmp_path / "backups" and written.name.startswith("service-") and written.suffix == ".db"
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)
    assert not list(written.parent.glob(".*partial*"))
    assert backup_restore.backup(tmp_path / "backups") != written  # same second, still a new file
    at_backup = snapshot()

    add_movement(store, "P-001", "-2")
    Part.create(number="P-003", name="新备件")
    assert snapshot() != at_backup

    safety = backup_restore.restore(written, url_of(db))
    assert snapshot() == at_backup
    assert backup_restore.check() == []
    assert safety.name.startswith("service.db.before-restore-") and safety.parent == Path(db.database).parent
    # The safety copy holds the state that was replaced.
    close_database()
    storage.open_store(f"sqlite:///{safety}")
    assert Part.select().where(Part.number == "P-003").exists()


@sqlite_only
def test_backup_while_another_station_writes_is_consistent(db, store, tmp_path, monkeypatch):
    for index in range(300):  # enough pages that a one-page-a-step backup takes a while
        Customer.create(name=f"客户{index}", phone="13800138000", note="备注" * 200)
    monkeypatch.setattr(backup_restore, "STEP_PAGES", 1)
    stop, started, writes = threading.Event(), threading.Event(), [0]

    def other_station():
        try:
            while not stop.is_set():
                add_movement(store, "P-002", "1")
                writes[0] += 1
                started.set()
        finally:
            database.obj.close()  # this thread's own connection

    writer = threading.Thread(target=other_station)
    writer.start()
    try:
        assert started.wait(10)
        before = writes[0]
        written = backup_restore.backup(tmp_path / "copy.db", progress=lambda fraction: time.sleep(0.002))
        during = writes[0] - before
    finally:
        stop.set()
        writer.join(30)
    assert during > 0, "the writer should have kept writing while the backup ran"
    close_database()
    storage.open_store(f"sqlite:///{written}")
    assert backup_restore.check() == []
    assert Customer.select().count() == 301


@sqlite_only
def test_restore_takes_the_wal_of_a_copied_live_database(db, store, tmp_path):
    live = backup_restore.backup(tmp_path / "live.db")
    con = sqlite3.connect(live)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE part SET name = '只在日志里' WHERE number = 'P-001'")
    con.commit()
    assert Path(f"{live}-wal").stat().st_size > 0
    shutil.copyfile(live, tmp_path / "copied.db")  # copied while open, as a careless hand would
    shutil.copyfile(f"{live}-wal", tmp_path / "copied.db-wal")
    con.close()
    backup_restore.restore(tmp_path / "copied.db", url_of(db))
    assert Part.get(Part.number == "P-001").name == "只在日志里"
    assert backup_restore.check() == []


def _refused(db, path, words):
    before = snapshot()
    with pytest.raises(DatabaseProblem) as err:
        backup_restore.restore(path, url_of(db))
    assert words in err.value.message and "未做任何改动" in err.value.message
    assert snapshot() == before
    folder = Path(db.database).parent
    assert not list(folder.glob("*before-restore*")) and not list(folder.glob(".*restore*"))
    return err.value.message


@sqlite_only
def test_restore_refuses_a_file_that_is_not_a_database(db, store, tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("这不是数据库\n" * 100, "utf-8")
    _refused(db, text, "不是 SQLite 数据库")
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    _refused(db, empty, "不是 SQLite 数据库")


@sqlite_only
def test_restore_refuses_a_truncated_backup(db, store, tmp_path):
    for index in range(200):
        Customer.create(name=f"客户{index}", phone="13800138000", note="备注" * 200)
    whole = backup_restore.backup(tmp_path / "whole.db")
    truncated = tmp_path / "truncated.db"
    data = whole.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    _refused(db, truncated, "损坏")


@sqlite_only
def test_restore_refuses_a_database_of_another_program(db, store, tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    _refused(db, other, "版本记录")


@sqlite_only
def test_restore_refuses_a_backup_from_a_newer_program(db, store, tmp_path):
    newer = backup_restore.backup(tmp_path / "newer.db")
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO schema_version (version, applied_at, program) VALUES (?, '2030-01-01 00:00:00', '9.0')",
                (LATEST + 1,))
    con.commit()
    con.close()
    message = _refused(db, newer, "更新版本")
    assert str(LATEST + 1) in message


def test_restore_into_postgresql_points_at_pg_restore(tmp_path):
    backup_file = tmp_path / "x.dump"
    backup_file.write_bytes(b"PGDMP")
    with pytest.raises(DatabaseProblem) as err:
        backup_restore.restore(backup_file, "postgresql://postgres@127.0.0.1:5432/fours")
    assert "pg_restore" in err.value.message


@pytest.mark.skipif(not PG, reason="pg_dump archive only for PostgreSQL")
def test_postgresql_backup_is_a_pg_dump_archive(db, store, tmp_path):
    assert postgres_tool("pg_dump"), missing_tool_message("pg_dump")
    written = backup_restore.backup(tmp_path)
    assert written.suffix == ".dump" and written.name.startswith("service-")
    assert written.read_bytes()[:5] == b"PGDMP"


# ---------------------------------------------------------------- check


def areas_and_messages(problems):
    return [(p.area, p.record, p.message) for p in problems]


def test_check_finds_on_hand_that_disagrees_with_the_ledger(db, store):
    Part.update(on_hand=D("99")).where(Part.number == "P-001").execute()
    problems = backup_restore.check()
    assert problems and all(p.area == "库存" and p.record == "备件 P-001" for p in problems)
    assert any("台账" in p.message and "99" in p.message for p in problems)
    assert any("结存" in p.message for p in problems)


def test_check_finds_negative_stock(db, store):
    part_with_moves(store, "P-NEG", "2", "-4")
    problems = backup_restore.check()
    assert [(p.area, p.record) for p in problems] == [("库存", "备件 P-NEG")]
    assert "负数" in problems[0].message


def test_check_finds_a_last_balance_that_disagrees(db, store):
    last = StockMovement.select().join(Part).where(Part.number == "P-002").order_by(StockMovement.id.desc()).get()
    StockMovement.update(balance_after=D("4")).where(StockMovement.id == last.id).execute()
    problems = backup_restore.check()
    assert len(problems) == 1 and "结存" in problems[0].message


def test_check_finds_settlement_lines_that_do_not_add_up(db, store):
    SettlementLine.update(amount=D("150.00")).where(SettlementLine.kind == "工时").execute()
    problems, summary = by_area(backup_restore.check())
    # The report summary no longer matches the changed line either: check says so too.
    today = dt.date.today()
    assert sorted(p.record for p in summary) == sorted([f"{today:%Y-%m-%d} 结算明细 工时", f"{today:%Y-%m} 结算明细（月合计） 工时"])
    assert "15000" in summary[0].message and "10000" in summary[0].message
    assert len(problems) == 1
    assert problems[0].record == "结算单 ST20261124-0001" and "明细" in problems[0].message


def test_check_finds_totals_that_do_not_add_up(db, store):
    Settlement.update(total=D("300.00")).execute()
    messages = " ".join(p.message for p in backup_restore.check())
    assert "工时+材料+其他-优惠" in messages and "各付款方" in messages and "明细" in messages


def test_check_finds_a_missing_payment_and_receivable(db, store):
    Payment.delete().execute()
    Receivable.delete().execute()
    problems, summary = by_area(backup_restore.check())
    today = dt.date.today()
    assert sorted(p.record for p in summary) == sorted([f"{today:%Y-%m-%d} 挂账 保险公司 中国人保",
                                                        f"{today:%Y-%m} 挂账（月合计） 保险公司 中国人保"])
    assert len(problems) == 2
    assert "已收款合计 0" in problems[0].message and "挂账合计 0" in problems[1].message


def test_check_ignores_reversed_settlements(db, store):
    Payment.delete().execute()
    Settlement.update(status="已冲销", live_order=None).execute()
    assert backup_restore.check() == []


def test_check_finds_two_live_settlements_for_one_order(db, store):
    first = Settlement.get()
    Settlement.create(number="ST20261124-0002", order=first.order, cashier=store, business_day=dt.date.today())
    problems, _summary = by_area(backup_restore.check())
    assert [p.record for p in problems] == [f"工单 #{first.order_id}"]


@pytest.mark.skipif(PG, reason="PostgreSQL always enforces foreign keys")
def test_check_finds_a_dangling_reference(db, store):
    db.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        Vehicle.insert(plate="京B99999", owner=9999).execute()
    finally:
        db.execute_sql("PRAGMA foreign_keys=ON")
    problems = backup_restore.check()
    assert len(problems) == 1
    vehicle = Vehicle.get(Vehicle.plate == "京B99999")
    assert problems[0].area == "引用" and problems[0].record == f"vehicle #{vehicle.id}"
    assert "owner_id = 9999" in problems[0].message


def test_check_lists_at_most_a_bounded_number_per_kind(db, store, monkeypatch):
    monkeypatch.setattr(backup_restore, "MAX_PER_CHECK", 2)
    for index in range(4):
        part_with_moves(store, f"N-{index}", "-1")
    problems = backup_restore.check()
    assert len(problems) == 3 and "超过 2 条" in problems[-1].message


# ---------------------------------------------------------------- main.py


def run_main(*args, tmp_path):
    env = dict(os.environ, FOURS_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_main_check_exit_codes(db, store, tmp_path):
    clean = run_main("--database", url_of(db), "check", tmp_path=tmp_path)
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.strip().splitlines()[-1] == "检查完成：未发现问题"

    Payment.delete().execute()
    dirty = run_main("--database", url_of(db), "check", tmp_path=tmp_path)
    assert dirty.returncode == 1, dirty.stderr
    lines = dirty.stdout.strip().splitlines()
    assert lines[-1] == "检查完成：1 个问题"
    assert "ST20261124-0001" in lines[0]


def test_main_check_rebuild_figures_puts_the_report_summary_back(db, store, tmp_path):
    DailyFigure.update(v1=DailyFigure.v1 + 1).where(DailyFigure.figure == "settled").execute()
    dirty = run_main("--database", url_of(db), "check", tmp_path=tmp_path)
    assert dirty.returncode == 1 and "报表汇总" in dirty.stdout and "--rebuild-figures" in dirty.stdout
    repaired = run_main("--database", url_of(db), "check", "--rebuild-figures", tmp_path=tmp_path)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "报表每日汇总已按明细重建" in repaired.stdout and repaired.stdout.strip().endswith("检查完成：未发现问题")
    assert daily.differences() == []


def test_main_refuses_an_unusable_database(tmp_path):
    refused = run_main("--database", "mysql://root@localhost/x", "check", tmp_path=tmp_path)
    assert refused.returncode == 2
    assert "不支持的数据库地址" in refused.stderr


@sqlite_only
def test_main_backup_and_restore(db, store, tmp_path):
    done = run_main("--database", url_of(db), "backup", str(tmp_path / "backups"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip())
    assert written.is_file() and written.parent == tmp_path / "backups"
    con = sqlite3.connect(written)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM part").fetchone()[0] == 2
    con.close()

    Part.create(number="P-LATER", name="备份之后")
    storage.close_store()  # restore waits for every station, this test's process too, to close the store
    restored = run_main("--database", url_of(db), "restore", str(written), tmp_path=tmp_path)
    assert restored.returncode == 0, restored.stderr
    storage.open_store(url_of(db))
    assert not Part.select().where(Part.number == "P-LATER").exists()

    junk = tmp_path / "junk.db"
    junk.write_text("junk")
    refused = run_main("--database", url_of(db), "restore", str(junk), tmp_path=tmp_path)
    assert refused.returncode == 2 and "不是 SQLite 数据库" in refused.stderr


def test_check_reads_fractional_quantities_and_stock_value(db, store):
    part_with_moves(store, "OIL-5W30", "20.4", "-4.2", "-0.1")
    assert backup_restore.check() == []
    Part.update(on_hand=D("16.0"), stock_value=D("12.34")).where(Part.number == "OIL-5W30").execute()
    problems = backup_restore.check()
    ledger = [p.message for p in problems if "台账" in p.message]
    assert ledger == ["库存数 16.000 与出入库台账合计 16.100 不一致；库存金额 12.34 与台账金额合计 0.00 不一致"]
