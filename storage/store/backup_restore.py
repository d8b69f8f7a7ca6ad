"""Backup, restore and the integrity check (`main.py backup|restore|check`). No Qt.

SQLite backups use sqlite3's online backup API from a connection that holds one read transaction
for the whole copy: in WAL mode the other stations keep writing, and the copy is the snapshot taken
when the backup started. PostgreSQL backups are `pg_dump -Fc` archives (restore with pg_restore).

    backup(dest, *, progress=None) -> Path     verified (integrity, version) before it gets its name
    verify_backup(path) -> [Problem]           a SQLite copy opened read-only and checked like the live one
    restore(src, target_url) -> Path | None    the safety copy of what it replaced
    check(db=None) -> [Problem]                the open database, or `db` (a handle of its own)
    statistics_warnings(db=None) -> [str]      large tables without planner statistics (check prints them)
Scheduled backups and their rotation: storage.store.backup_schedule.
"""
import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

import peewee

from storage import models
from storage.models import (
    ALL_MODELS, CardMovement, Customer, DailyFigure, DocumentCounter, MemberCard, MemberMovement, Part, Payment,
    Receivable, Settlement, SettlementLine, StockMovement, WorkOrderLine,
)
from storage.parts.ledger import fmt_qty
from storage.plumbing import daily, planner, stations
from storage.plumbing.db import (
    StoreSqliteDatabase, database, driver_error, first_line, is_damaged_file, is_sqlite, sqlite_path,
)
from storage.plumbing.files import replace_synced
from storage.plumbing.tools import postgres_tool
from storage.rules.errors import DatabaseProblem
from storage.rules.vocabulary import SettlementStatus
from storage.store.schema import LATEST
from storage.store.versions import APPLICATION_ID, CORE_MODELS, SchemaVersion

log = logging.getLogger("fours.maintenance")

STEP_PAGES = 1024  # pages copied per backup step (4 MiB at the default page size)
MAX_PER_CHECK = 200  # a systematic fault would otherwise list millions of rows
SQLITE_MAGIC = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database while it works
LIVE = SettlementStatus.VALID


@dataclass(frozen=True)
class Problem:
    area: str  # 库存 结算 引用 数据库
    record: str  # e.g. "备件 P-001", "结算单 ST20261124-0001", "vehicle #12"
    message: str

    def __str__(self) -> str:
        return f"[{self.area}] {self.record}：{self.message}"


def _stamped(folder: Path, stem: str, suffix: str = "") -> Path:
    """folder/stem-YYYYMMDD-HHMMSS<suffix>, never the name of a file already there."""
    base = f"{stem}-{dt.datetime.now():%Y%m%d-%H%M%S}"
    path, n = folder / f"{base}{suffix}", 1
    while path.exists():
        path, n = folder / f"{base}-{n}{suffix}", n + 1
    return path


# ---------------------------------------------------------------- backup


def backup(dest_path, *, progress=None) -> Path:
    """Write a consistent copy of the open database to dest_path (a file, or a folder to put
    service-YYYYMMDD-HHMMSS.db in), verified before it gets its name; return the path written.
    progress(fraction) is called as pages are copied. Raises DatabaseProblem."""
    db = database.obj
    if db is None:
        raise DatabaseProblem("没有打开的数据库，无法备份。")
    if not is_sqlite(db):
        return _pg_dump(db, Path(dest_path), progress)
    if db.database == ":memory:":
        raise DatabaseProblem("内存数据库无法备份。")
    live = Path(db.database)
    _refuse_live(live, Path(dest_path))
    final = _destination(Path(dest_path), ".db")
    _refuse_live(live, final)
    return _sqlite_backup(live, final, progress)


def _same_file(a: Path, b: Path) -> bool:
    """The same file, whatever the spelling: symlinks, "..", another case on Windows, a hard link."""
    try:
        if os.path.samefile(a, b):  # st_dev and st_ino (the file index on Windows)
            return True
    except OSError:
        pass  # one of them does not exist (yet): compare where the names lead
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _refuse_live(live: Path, dest: Path) -> None:
    """A backup written over the database it copies, or over one of its companion files, would
    destroy it while the stations work: refused."""
    for suffix in ("", *COMPANIONS):
        if _same_file(dest, Path(f"{live}{suffix}")):
            raise DatabaseProblem(
                f"备份目标“{dest}”就是正在使用的数据库{'的附属文件' if suffix else ''}（“{live}{suffix}”），"
                "不能备份到这里：数据库未做任何改动。请选择另一个文件夹，最好是另一块磁盘或 U 盘。"
            )


def _destination(dest: Path, suffix: str) -> Path:
    """A folder (existing, ending in a separator, or a new name without an extension) gets a
    time-stamped file inside it; anything else is the file name itself."""
    try:
        if dest.is_dir() or str(dest).endswith(("/", os.sep)) or (not dest.exists() and not dest.suffix):
            dest.mkdir(parents=True, exist_ok=True)
            return _stamped(dest, "service", suffix)
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _backup_failed(exc, dest) from exc
    return dest


def _backup_failed(exc: Exception, dest: Path) -> DatabaseProblem:
    """Why a backup could not be written, in words the user can act on; the database is untouched."""
    folder = dest if dest.is_dir() else dest.parent
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    errno_ = getattr(exc, "errno", None)
    if code in (10, 13) or errno_ in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):  # SQLITE_IOERR, SQLITE_FULL
        return DatabaseProblem(f"备份文件夹“{folder}”所在磁盘已满或出错，备份没有完成；数据库本身未受影响。请清理空间或换一个文件夹。")
    if code in (8, 14, 23) or errno_ in (errno.EACCES, errno.EPERM, errno.EROFS):  # READONLY, CANTOPEN, AUTH
        return DatabaseProblem(f"无法在“{folder}”中写入备份文件（没有写入权限或磁盘只读），备份没有完成。请换一个文件夹。")
    return DatabaseProblem(f"备份失败：{exc}")


def _sqlite_backup(source: Path, final: Path, progress=None) -> Path:
    tmp = final.with_name(f".{final.name}.partial")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(str(source), isolation_level=None, timeout=30)
        try:
            src.execute("BEGIN")  # one read transaction: every step copies the same snapshot
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlite3.connect(str(tmp))
            try:
                def step(_status, remaining, total):
                    if progress and total:  # the copy is 90 %; verifying the copy the rest
                        progress(0.9 * (total - remaining) / total)

                src.backup(dst, pages=STEP_PAGES, progress=step)
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        problem = _sqlite_file_problem(tmp)
        if problem:
            raise DatabaseProblem(f"备份文件校验失败，未保存：{problem}")
        replace_synced(tmp, final)
    except (sqlite3.Error, OSError) as exc:
        raise _backup_failed(exc, final) from exc
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(1.0)
    return final


def _header_problem(path: Path) -> str | None:
    """The file's first 100 bytes against its size (SQLite's file format, "The Database Header":
    page size at offset 16, 2 bytes big-endian, 1 meaning 65536; the in-header database size in pages
    at offset 28, valid when non-zero and the change counter at 24 equals the version-valid-for
    number at 92). A copy cut short ends before the last page the header counts."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return f"无法读取文件（{exc.strerror or exc}）"
    if header[:16] != SQLITE_MAGIC or len(header) < 100:
        return "这不是 SQLite 数据库文件"
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "文件头已损坏（页大小不对）"
    pages, changed, valid_for = (struct.unpack(">I", header[o:o + 4])[0] for o in (28, 24, 92))
    if size % page_size:
        return f"文件已损坏或不完整（{size} 字节不是整页数，页大小 {page_size}），可能复制或下载时被截断"
    if pages and changed == valid_for and size < pages * page_size:
        return f"文件已损坏或不完整（文件头记载 {pages} 页，应有 {pages * page_size} 字节，实际只有 {size} 字节），可能复制或下载时被截断"
    return None


def _sqlite_file_problem(path: Path) -> str | None:
    """Why this file is not a usable backup of ours (Chinese), or None when it is: the header against
    the file's size, the program's identity, integrity_check, a version this program knows."""
    problem = _header_problem(path)
    if problem:
        return problem
    not_ours = "不是本程序的数据库（可能是其他程序的文件）"
    try:
        con = sqlite3.connect(str(path))
        try:
            app_id, user_version = (con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
            if app_id not in (0, APPLICATION_ID):
                return not_ours
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                return "文件已损坏（" + "；".join(str(r) for r in rows[:3]) + "）"
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            table = SchemaVersion._meta.table_name
            if table not in tables:
                return "文件中没有本程序的版本记录，不是本程序的数据库"
            if app_id == 0:  # written before the identity existed: ours only with every table we always had
                core = {getattr(models, name)._meta.table_name for name in CORE_MODELS}
                if not core <= tables:
                    return not_ours
            versions = [r[0] for r in con.execute(f'SELECT DISTINCT version FROM "{table}"')]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"文件已损坏或不是数据库（{exc}）"
    if not versions:
        return "文件中的版本记录为空"
    if any(not isinstance(v, int) or isinstance(v, bool) for v in versions):
        odd = next(v for v in versions if not isinstance(v, int))
        return f"文件中的版本记录不是数字（“{odd}”），不是本程序写的版本记录"
    version = max(versions)
    if version > LATEST:
        return f"文件来自更新版本的程序（数据库版本 {version}，本程序支持到 {LATEST}），请先安装新版本的程序"
    if app_id == APPLICATION_ID and user_version not in (0, version):
        return f"文件头记载的版本 {user_version} 与版本记录 {version} 不一致"
    return None


def verify_backup(path) -> list[Problem]:
    """Open a SQLite backup just written on a private, read-only handle and check it as `check`
    checks the live database (the file's integrity, stock ledgers, settlements, references).
    [] when the copy is sound and consistent."""
    path = Path(path)
    problem = _sqlite_file_problem(path)
    if problem:
        return [Problem("数据库", path.name, problem)]
    copy = StoreSqliteDatabase(str(path), pragmas={"query_only": 1, "foreign_keys": 1})
    try:
        copy.connect()
        return check(copy)
    except DatabaseProblem as exc:
        return [Problem("数据库", path.name, exc.message)]
    finally:
        copy.close()


def _pg_dump(db, dest: Path, progress=None) -> Path:
    """pg_dump's custom format: compressed, consistent (one snapshot), restorable with pg_restore."""
    exe = postgres_tool("pg_dump")
    if exe is None:
        raise DatabaseProblem(
            "PostgreSQL 数据库请在服务器上用 pg_dump 备份（pg_dump -Fc -f 备份文件 库名，见 README），"
            "本机未找到 pg_dump 命令。"
        )
    final = _destination(dest, ".dump")
    tmp = final.with_name(f".{final.name}.partial")
    params = db.connect_params
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    cmd = [exe, "-Fc", "--no-owner", "-f", str(tmp), "-d", db.database]
    for flag, key in (("-h", "host"), ("-p", "port"), ("-U", "user")):
        if params.get(key):
            cmd += [flag, str(params[key])]
    if progress:
        progress(0.0)
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise DatabaseProblem(f"pg_dump 备份失败：{(done.stderr.strip() or '未知错误').splitlines()[0]}")
        pg_restore = postgres_tool("pg_restore")
        listed = pg_restore and subprocess.run([pg_restore, "--list", str(tmp)], capture_output=True, text=True)
        if listed and listed.returncode != 0:
            raise DatabaseProblem("备份文件校验失败（pg_restore --list 无法读取），未保存。")
        replace_synced(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(1.0)
    return final


# ---------------------------------------------------------------- restore


def restore(src_path, target_url: str) -> Path | None:
    """Replace the database at target_url by the backup src_path; return the safety copy made of the
    database it replaced (None if there was none). Refuses (DatabaseProblem) without changing
    anything while another station has the database open (storage.plumbing.stations), and when the file is
    not a sound backup of this program's data: its header against its size, the program's identity,
    integrity_check, its version, then the full check() — all on a private copy, before anything is
    swapped. The document counters of the database it replaces are carried into the restored one,
    so a number handed out before the restore is never handed out again."""
    target = sqlite_path(target_url)
    if target is None:
        raise DatabaseProblem(
            "PostgreSQL 数据库不能在程序里恢复：请由管理员在服务器上用 pg_restore 恢复"
            "（pg_restore --clean --if-exists -d 库名 备份文件，见 README）。"
        )
    if str(target) == ":memory:":
        raise DatabaseProblem("内存数据库无法恢复。")
    src = Path(src_path)
    if not src.is_file():
        raise DatabaseProblem(f"找不到备份文件“{src}”。")
    if _same_file(src, target):
        raise DatabaseProblem(f"“{src}”就是要恢复的数据库本身，不能用它恢复自己。当前数据库未做任何改动。")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Check a private copy, so neither the backup file nor the current database is touched yet.
    staged = _stamped(target.parent, f".{target.name}.restore")
    try:
        shutil.copyfile(src, staged)
        if Path(f"{src}-wal").is_file():  # a copy of a live database: its WAL holds recent pages
            shutil.copyfile(f"{src}-wal", f"{staged}-wal")
        problem = _sqlite_file_problem(staged) or _content_problem(staged)
        if problem:
            raise DatabaseProblem(f"不能从“{src.name}”恢复：{problem}。当前数据库未做任何改动。")
        with stations.exclusive(target, "恢复数据库"):  # from here on no other station has it open
            return _swap(staged, target)
    finally:
        for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            leftover.unlink(missing_ok=True)


def _swap(staged: Path, target: Path) -> Path | None:
    """Put the checked copy in place of the target (its counters carried forward, a safety copy of
    it kept first); return the safety copy."""
    _carry_counters(target, staged)
    safety = None
    if target.exists():
        safety = _sqlite_backup(target, _stamped(target.parent, f"{target.name}.before-restore"))
    try:
        source, dest = sqlite3.connect(str(staged)), sqlite3.connect(str(target), timeout=30)
        try:
            source.backup(dest)  # writes through the target's own WAL and locks
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            source.close()
            dest.close()
    except sqlite3.Error as exc:
        raise DatabaseProblem(f"恢复失败：{exc}。{_kept(safety)}") from exc
    if not ok:
        raise DatabaseProblem(f"恢复后的数据库校验失败。{_kept(safety)}")
    return safety


def _content_problem(staged: Path) -> str | None:
    """check() on the candidate, on a handle of its own; None when it passes. A backup of an older
    version is checked after its upgrade, at the first start on it (this build's queries name the
    newest schema's columns)."""
    con = sqlite3.connect(str(staged))
    try:
        version = con.execute(f'SELECT MAX(version) FROM "{SchemaVersion._meta.table_name}"').fetchone()[0]
    finally:
        con.close()
    if version != LATEST:
        return None
    copy = StoreSqliteDatabase(str(staged), pragmas={"foreign_keys": 1})
    try:
        copy.connect()
        found = check(copy)
    except DatabaseProblem as exc:
        return exc.message
    finally:
        copy.close()
    if not found:
        return None
    shown = "；".join(str(p) for p in found[:3]) + ("……" if len(found) > 3 else "")
    return f"备份中的数据检查未通过（{len(found)} 个问题：{shown}）"


def _carry_counters(target: Path, staged: Path) -> None:
    """Each running number of the database being replaced that is ahead of the backup's moves the
    backup's forward, so numbers keep rising: a settlement number handed to a customer after the
    backup was taken is never handed out again. A database too damaged to read its counters is
    replaced without them (logged)."""
    if not target.exists():
        return
    table = DocumentCounter._meta.table_name
    try:
        old = sqlite3.connect(str(target), timeout=30)
        try:
            counters = old.execute(f'SELECT kind, day, last FROM "{table}"').fetchall()
        finally:
            old.close()
    except sqlite3.Error:
        log.warning("恢复：无法读取被替换数据库的单据编号计数器", exc_info=True)
        return
    con = sqlite3.connect(str(staged))
    try:
        with con:
            con.executemany(
                f'INSERT INTO "{table}" (kind, day, last) VALUES (?, ?, ?) '
                f'ON CONFLICT (kind, day) DO UPDATE SET last = MAX(last, excluded.last)', counters)
    finally:
        con.close()


def _kept(safety: Path | None) -> str:
    return f"恢复前的数据库已保存为“{safety}”。" if safety else ""


# ---------------------------------------------------------------- check


def check(db=None) -> list[Problem]:
    """Every inconsistency found in the open database (or in `db`, a handle of its own, such as a
    backup just written): stock ledger, settlements, references, and on SQLite the file itself.
    Aggregates in SQL; reads at most MAX_PER_CHECK rows per check.

    A damaged SQLite file (integrity_check fails, or a page cannot be read) raises DatabaseProblem
    saying so, instead of a driver error: its rows cannot be trusted to be checked."""
    db = db or database.obj
    problems: list[Problem] = []
    try:
        if is_sqlite(db):
            problems += _sqlite_checks(db)
        problems += _stock_checks(db)
        problems += _settlement_checks(db)
        problems += _member_checks(db)
        problems += _card_checks(db)
        problems += _issued_parts_checks(db)
        problems += _reference_checks(db)
        problems += _daily_checks(db)
    except (sqlite3.DatabaseError, peewee.DatabaseError, DatabaseProblem) as exc:
        if not is_damaged_file(exc):
            raise
        raise _damaged(db, first_line(driver_error(exc))) from exc
    return problems


def statistics_warnings(db=None) -> list[str]:
    """What `check` says beside its problems (not a problem with the data, so not in check()'s list):
    the large tables the query planner has no statistics for (storage.plumbing.planner), which a bulk load
    left behind, or a PostgreSQL pg_restore (it restores no statistics)."""
    missing = planner.tables_without_statistics(db or database.obj)  # PostgreSQL only (see there)
    if not missing:
        return []
    return [f"提示：数据表 {'、'.join(missing)} 有 {planner.LARGE_TABLE_ROWS:,} 行以上，但没有查询统计信息，"
            "查询和查档案可能很慢。请运行 python main.py analyze，或在服务器上对这个数据库运行 ANALYZE。"]


def _damaged(db, detail: str) -> DatabaseProblem:
    where = f"“{db.database}”" if is_sqlite(db) else ""
    return DatabaseProblem(
        f"数据库文件{where}已损坏，检查无法完成（{detail}）。请从备份恢复：python main.py restore 备份文件"
        "（见 README“备份与恢复”），恢复前的数据库会另存一份。"
    )


def _capped(db, query, area, describe) -> list[Problem]:
    # execute(db): the models' queries, run on whichever database is being checked.
    rows = list(query.limit(MAX_PER_CHECK + 1).tuples().execute(db))
    found = [Problem(area, *describe(*row)) for row in rows[:MAX_PER_CHECK]]
    if len(rows) > MAX_PER_CHECK:
        found.append(Problem(area, "……", f"同类问题超过 {MAX_PER_CHECK} 条，其余未列出"))
    return found


def _as(expr, field):
    """An SQL value in a fixed-point field's unit (money in fen, quantities in thousandths; exact
    integers on every database), read back as a Decimal; NULL counts as 0."""
    return peewee.fn.COALESCE(expr, 0).python_value(field.python_value)


def _stock_checks(db) -> list[Problem]:
    fn, S = peewee.fn, StockMovement
    sums = (S.select(S.part.alias("pid"), fn.SUM(S.quantity).alias("qty"), fn.SUM(S.value).alias("val"))
            .group_by(S.part).alias("sums"))
    qty, val = _as(sums.c.qty, Part.on_hand), _as(sums.c.val, Part.stock_value)
    q1 = (Part.select(Part.number, Part.on_hand, qty, Part.stock_value, val)
          .join(sums, peewee.JOIN.LEFT_OUTER, on=(sums.c.pid == Part.id))
          .where((Part.on_hand != qty) | (Part.stock_value != val)).order_by(Part.id))
    q2 = Part.select(Part.number, Part.on_hand).where(Part.on_hand < 0).order_by(Part.id)
    last = S.select(S.part.alias("pid"), fn.MAX(S.id).alias("mid")).group_by(S.part).alias("last")
    M = S.alias("m")
    q3 = (Part.select(Part.number, Part.on_hand, M.balance_after)
          .join(last, on=(last.c.pid == Part.id))
          .join(M, on=(M.id == last.c.mid))
          .where(M.balance_after != Part.on_hand).order_by(Part.id))

    def ledger(number, on_hand, qty, value, val):
        said = [f"库存数 {on_hand} 与出入库台账合计 {qty} 不一致"] if on_hand != qty else []
        said += [f"库存金额 {value} 与台账金额合计 {val} 不一致"] if value != val else []
        return f"备件 {number}", "；".join(said)

    return (
        _capped(db, q1, "库存", ledger)
        + _capped(db, q2, "库存", lambda n, oh: (f"备件 {n}", f"库存数为负数：{oh}"))
        + _capped(db, q3, "库存", lambda n, oh, b: (f"备件 {n}", f"最后一笔出入库后的结存 {b} 与库存数 {oh} 不一致"))
    )


def _settlement_checks(db) -> list[Problem]:
    fn, T = peewee.fn, Settlement
    live = T.status == LIVE

    def summed(model, value):
        sub = model.select(model.settlement.alias("sid"), fn.SUM(value).alias("v")).group_by(model.settlement)
        sub = sub.alias(f"sum_{model._meta.table_name}")
        return sub, _as(sub.c.v, T.total)

    def against(sub, left, right):
        return (T.select(T.number, left, right).join(sub, peewee.JOIN.LEFT_OUTER, on=(sub.c.sid == T.id))
                .where(live & (left != right)).order_by(T.id))

    total = T.total
    parts = _as(T.labour_total + T.parts_total + T.fees_total - T.discount_total, T.total)
    dues = _as(T.customer_due + T.insurer_due + T.warranty_due + T.internal_due, T.total)
    on_account = _as(T.insurer_due + T.warranty_due, T.total)
    lines, lines_total = summed(SettlementLine, SettlementLine.amount - SettlementLine.discount)
    pays, paid = summed(Payment, Payment.amount)
    recs, owed = summed(Receivable, Receivable.amount)
    twice = T.select(T.order, fn.COUNT(T.id)).where(live).group_by(T.order).having(fn.COUNT(T.id) > 1)
    checks = [
        (T.select(T.number, total, parts).where(live & (total != parts)).order_by(T.id), "合计 {} ≠ 工时+材料+其他-优惠 {}"),
        (against(lines, total, lines_total), "合计 {} ≠ 明细金额减优惠之和 {}"),
        (T.select(T.number, total, dues).where(live & (total != dues)).order_by(T.id), "合计 {} ≠ 各付款方应付之和 {}"),
        (against(pays, T.customer_due, paid), "客户应付 {} ≠ 已收款合计 {}"),
        (against(recs, on_account, owed), "保险/索赔应付 {} ≠ 挂账合计 {}"),
    ]
    found = []
    for query, text in checks:
        found += _capped(db, query, "结算", lambda n, a, b, text=text: (f"结算单 {n}", text.format(a, b)))
    return found + _capped(db, twice.order_by(T.order), "结算", lambda o, c: (f"工单 #{o}", f"有 {c} 张有效结算单（只允许一张）"))


def _member_checks(db) -> list[Problem]:
    """会员余额: every customer's balance equals the sum of their MemberMovement rows, is never
    negative, and is the last movement's balance_after (storage.cashier.members)."""
    fn, M, C = peewee.fn, MemberMovement, Customer
    sums = M.select(M.customer.alias("cid"), fn.SUM(M.amount).alias("total")).group_by(M.customer).alias("msums")
    total = _as(sums.c.total, C.member_balance)
    q1 = (C.select(C.name, C.phone, C.member_balance, total)
          .join(sums, peewee.JOIN.LEFT_OUTER, on=(sums.c.cid == C.id))
          .where(C.member_balance != total).order_by(C.id))
    q2 = C.select(C.name, C.phone, C.member_balance).where(C.member_balance < 0).order_by(C.id)
    last = M.select(M.customer.alias("cid"), fn.MAX(M.id).alias("mid")).group_by(M.customer).alias("mlast")
    L = M.alias("ml")
    q3 = (C.select(C.name, C.phone, C.member_balance, L.balance_after)
          .join(last, on=(last.c.cid == C.id)).join(L, on=(L.id == last.c.mid))
          .where(L.balance_after != C.member_balance).order_by(C.id))
    return (
        _capped(db, q1, "会员余额", lambda n, p, b, t: (f"客户 {n} {p}", f"会员余额 {b} 与余额台账合计 {t} 不一致"))
        + _capped(db, q2, "会员余额", lambda n, p, b: (f"客户 {n} {p}", f"会员余额为负数：{b}"))
        + _capped(db, q3, "会员余额", lambda n, p, b, a: (f"客户 {n} {p}", f"最后一笔余额变动后的余额 {a} 与会员余额 {b} 不一致"))
    )


def _card_checks(db) -> list[Problem]:
    """套餐卡: every package card's remaining services equal the sum of its CardMovement rows and its
    last movement's remaining_after, within 0 and the services bought (storage.cashier.cards)."""
    fn, M, C = peewee.fn, CardMovement, MemberCard
    sums = M.select(M.card.alias("cid"), fn.SUM(M.services).alias("total")).group_by(M.card).alias("csums")
    total = fn.COALESCE(sums.c.total, 0)
    q1 = (C.select(C.number, C.remaining, total).join(sums, peewee.JOIN.LEFT_OUTER, on=(sums.c.cid == C.id))
          .where(C.remaining != total).order_by(C.id))
    last = M.select(M.card.alias("cid"), fn.MAX(M.id).alias("mid")).group_by(M.card).alias("clast")
    L = M.alias("cl")
    q2 = (C.select(C.number, C.remaining, L.remaining_after).join(last, on=(last.c.cid == C.id))
          .join(L, on=(L.id == last.c.mid)).where(L.remaining_after != C.remaining).order_by(C.id))
    q3 = C.select(C.number, C.remaining, C.services).where((C.remaining < 0) | (C.remaining > C.services)).order_by(C.id)
    return (
        _capped(db, q1, "会员卡", lambda n, r, t: (f"套餐卡 {n}", f"剩余 {r} 次，与台账合计 {t} 次不符"))
        + _capped(db, q2, "会员卡", lambda n, r, a: (f"套餐卡 {n}", f"剩余 {r} 次，与最后一笔台账的结余 {a} 次不符"))
        + _capped(db, q3, "会员卡", lambda n, r, t: (f"套餐卡 {n}", f"剩余 {r} 次超出 0～{t}"))
    )


def _issued_parts_checks(db) -> list[Problem]:
    """Live settlements whose store-supplied part lines bill another quantity than the warehouse gave
    out for them (出库 less 退库 on the line), either way round: parts paid for but still on the
    shelf, or parts gone to the order and not billed. One query: the billed and the issued
    quantities as one UNION ALL, summed per settlement and order line."""
    fn, L, M, T, W = peewee.fn, SettlementLine, StockMovement, Settlement, WorkOrderLine
    zero = peewee.Value(0)
    billed = (L.select(L.settlement.alias("sid"), L.order_line.alias("lid"), L.quantity.alias("billed"),
                       zero.alias("issued"))
              .join(T, on=(L.settlement == T.id))
              .join(W, on=(L.order_line == W.id))
              .where((T.status == LIVE) & (L.kind == "材料") & W.part.is_null(False)
                     & (W.supplied_by_customer == False)))  # noqa: E712 (SQL, not Python)
    issued = (M.select(T.id.alias("sid"), M.order_line.alias("lid"), zero.alias("billed"),
                       (zero - M.quantity).alias("issued"))
              .join(T, on=(T.live_order == M.order))
              .where(M.order_line.is_null(False)))
    both = (billed + issued).alias("both")  # + is UNION ALL
    per_line = (T.select(both.c.sid.alias("sid"), both.c.lid.alias("lid"), fn.SUM(both.c.billed).alias("b"),
                         fn.SUM(both.c.issued).alias("i"))
                .from_(both).group_by(both.c.sid, both.c.lid)
                .having(fn.SUM(both.c.billed) != fn.SUM(both.c.issued)).alias("per_line"))
    query = (T.select(T.number, Part.number, Part.name, _as(per_line.c.b, W.quantity), _as(per_line.c.i, W.quantity))
             .join(per_line, on=(per_line.c.sid == T.id))
             .join(W, on=(W.id == per_line.c.lid))
             .join(Part, peewee.JOIN.LEFT_OUTER, on=(W.part == Part.id))
             .order_by(T.id, W.id))
    return _capped(db, query, "结算", lambda settlement, number, name, billed, issued: (
        f"结算单 {settlement}", f"备件 {number or ''} {name or ''}：结算数量 {fmt_qty(billed)} 与仓库净发料数量 {fmt_qty(issued)} 不一致"))


DAILY_NAMES = {"cars": "进厂台次", "delivered": "交车台次", "settled": "结算", "lines": "结算明细", "cost": "发料成本",
               "opened": "挂账", "flow": "出入库", "calls": "回访"}


def _daily_checks(db) -> list[Problem]:
    """The per-day report summary (storage.plumbing.daily) against the raw rows it sums: every day's every
    figure must be what the settlements, the orders and the stock ledger give."""
    if not db.table_exists(DailyFigure._meta.table_name):
        return []  # a database from before the summary (an old backup): nothing to compare
    found = daily.differences(MAX_PER_CHECK, db=db)
    problems = []
    for (figure, day, k1, k2, k3), have, want in found[:MAX_PER_CHECK]:
        month = figure.startswith(daily.MONTH)
        name = DAILY_NAMES.get(figure.removeprefix(daily.MONTH), figure) + ("（月合计）" if month else "")
        where = f"{day:%Y-%m} {name}" if month else f"{day:%Y-%m-%d} {name}"
        where += " " + " ".join(str(k) for k in (k1 or "", k2, k3) if k)
        problems.append(Problem("报表汇总", where.strip(),
                                f"汇总 {have or '无'} 与明细重算 {want or '无'} 不一致（python main.py check --rebuild-figures 可按明细重建）"))
    if len(found) > MAX_PER_CHECK:
        problems.append(Problem("报表汇总", "……", f"同类问题超过 {MAX_PER_CHECK} 条，其余未列出"))
    return problems


def _reference_checks(db) -> list[Problem]:
    """Rows whose foreign key names a row that does not exist (SQLite may have had foreign_keys off)."""
    found = []
    for model in ALL_MODELS:
        for fk in model._meta.sorted_fields:
            if not isinstance(fk, peewee.ForeignKeyField):
                continue
            parent = fk.rel_model.alias("parent")
            target = getattr(parent, fk.rel_field.name)
            query = (model.select(model._meta.primary_key, fk)
                     .join(parent, peewee.JOIN.LEFT_OUTER, on=(fk == target))
                     .where(fk.is_null(False) & target.is_null(True)).order_by(model._meta.primary_key))
            table, ref = model._meta.table_name, fk.rel_model._meta.table_name
            found += _capped(db, query, "引用", lambda pk, value, t=table, c=fk.column_name, r=ref: (
                f"{t} #{pk}", f"{c} = {value} 指向不存在的 {r} 记录"))
    return found


def _sqlite_checks(db) -> list[Problem]:
    rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        raise _damaged(db, "完整性检查：" + "；".join(str(r) for r in rows[:3]))
    found = []
    # foreign_key_check also covers tables outside the models; the anti-joins above name model rows.
    ours = {m._meta.table_name for m in ALL_MODELS}
    for table, rowid, parent, _fkid in db.execute_sql("PRAGMA foreign_key_check").fetchmany(MAX_PER_CHECK):
        if table not in ours:
            found.append(Problem("引用", f"{table} #{rowid}", f"外键指向不存在的 {parent} 记录"))
    return found
