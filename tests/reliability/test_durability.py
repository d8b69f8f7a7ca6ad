"""What reaches the disk before the program says it is done (issue 23): the database's own setting on
both backends, the README's server settings, and every file the program writes that matters, which
goes through storage.plumbing.files (temporary name, fsync, rename, folder fsync). The power-cut test
(test_power_cut.py) shows what the database setting buys."""
import datetime as dt
import os
import re
from pathlib import Path

import pytest

from storage import cashier, reports
from storage.care import exports as care_exports
from storage.parts import reads as parts_reports
from storage.plumbing import files, logs
from storage.plumbing.config import LocalSettings
from storage.plumbing.db import is_sqlite
from storage.rules import auth
from storage.store import backup_restore
from storage.workshop import wages
from tests.conftest import PG_URL

ROOT = Path(__file__).resolve().parents[2]


def test_the_program_session_never_runs_without_durable_commits(db):
    """SQLite: synchronous=FULL (2) in WAL mode. PostgreSQL: the session's synchronous_commit is not
    off, even on a server set to off (CI's and the developers' test clusters are, for speed)."""
    for _ in range(2):  # the first connection and a new one
        if is_sqlite(db):
            assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
        else:
            assert db.execute_sql("SHOW synchronous_commit").fetchone()[0] != "off"
        db.close()
        db.connect()


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL's own setting")
def test_a_server_stronger_than_on_is_left_as_it_is(db):
    with db.atomic():
        db.execute_sql("SET LOCAL synchronous_commit = remote_apply")
        db._initialize_connection(db.connection())
        assert db.execute_sql("SHOW synchronous_commit").fetchone()[0] == "remote_apply"


def test_the_readme_never_suggests_weakening_a_server():
    readme = (ROOT / "README.md").read_text("utf-8")
    for weakening in ("fsync\\s*=\\s*off", "synchronous_commit\\s*=\\s*(off|local)", "full_page_writes\\s*=\\s*off",
                      "synchronous\\s*=\\s*(off|0)\\b"):
        assert not re.search(weakening, readme, re.IGNORECASE), weakening


# ---------------------------------------------------------------- files


@pytest.fixture
def disk_calls(monkeypatch):
    """Every fsync (by the path of the file or folder synced) and every rename, in order."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name a synced file descriptor")
    calls = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        calls.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def replace(src, dst, **kwargs):
        calls.append(("replace", str(Path(src).resolve()), str(Path(dst).resolve())))
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return calls


def assert_written_durably(calls, final: Path):
    """The file was synced under a temporary name, renamed to `final`, and its folder synced after."""
    final = final.resolve()
    renames = [c for c in calls if c[0] == "replace" and c[2] == str(final)]
    assert renames, f"{final.name} was not renamed into place: {calls}"
    rename = calls.index(renames[-1])
    tmp = renames[-1][1]
    assert Path(tmp).parent == final.parent and tmp != str(final)
    assert ("fsync", tmp) in calls[:rename], f"{final.name} was renamed before its bytes were synced: {calls}"
    assert ("fsync", str(final.parent)) in calls[rename + 1:], f"the folder of {final.name} was not synced: {calls}"
    assert final.is_file() and final.stat().st_size > 0
    assert not [p for p in final.parent.iterdir() if "partial" in p.name or p.name.endswith((".part", ".tmp"))]


def test_settings_json_is_synced_renamed_and_private(tmp_path, disk_calls):
    local = LocalSettings(tmp_path / "pc" / "settings.json")
    local.set("database_url", "postgresql://fours:secret@server/fours")
    local.save()
    assert_written_durably(disk_calls, local.path)
    if os.name == "posix":
        assert local.path.stat().st_mode & 0o777 == 0o600


def test_the_log_zip_is_synced_then_named(tmp_path, disk_calls):
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / logs.LOG_FILE).write_text("一行日志\n", "utf-8")
    written = logs.export_logs(tmp_path / "fours-log.zip", folder=folder)
    assert_written_durably(disk_calls, written)


def test_a_saved_pdf_is_synced_then_named(tmp_path, disk_calls):
    from ui.kit.printers import save_pdf

    written = save_pdf(b"%PDF-1.4\n%%EOF\n", tmp_path / "工单")
    assert_written_durably(disk_calls, Path(written))


def test_every_excel_export_is_synced_then_named(db, users, tmp_path, disk_calls):
    manager, care = users[auth.MANAGER], users[auth.CARE]
    today = dt.date.today()
    targets = []

    def export(name, write):
        path = tmp_path / name
        write(path)
        targets.append(path)

    export("parts.xlsx", lambda p: parts_reports.export_xlsx(p, [("零件号", "number")], [{"number": "P-1"}]))
    export("day-end.xlsx", lambda p: cashier.export_xlsx(cashier.day_report(), p))
    export("report.xlsx", lambda p: reports.export_xlsx(manager, reports.report(manager, reports.month_of(today)), p))
    export("wages.xlsx", lambda p: wages.export_wages_xlsx(wages.piece_wages(manager, today, today), p))
    export("due-calls.xlsx", lambda p: care_exports.export_due_calls(care, p))
    export("call-log.xlsx", lambda p: care_exports.export_call_log(care, p, date_from=today, date_to=today))
    for path in targets:
        assert_written_durably(disk_calls, path)


@pytest.mark.skipif(bool(PG_URL), reason="a SQLite backup (PostgreSQL's is pg_dump's file, named the same way)")
def test_a_backup_is_synced_then_named(db, tmp_path, disk_calls):
    written = backup_restore.backup(tmp_path / "backups" / "copy.db")
    assert_written_durably(disk_calls, written)


def test_a_write_cut_short_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the old report")
    with pytest.raises(OSError):
        with files.atomic_writer(target) as handle:
            handle.write(b"half of the new")
            raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"the old report"
    assert not files.partial_path(target).exists()
    files.atomic_write_bytes(target, b"the new report")
    assert target.read_bytes() == b"the new report"
