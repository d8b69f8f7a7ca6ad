"""What has to happen in a fresh process: the program's start, the first PDF, and the memory of a big
list scrolled to its end. `python -m bench.probes KIND URL [ARGS]` prints one JSON line."""
import io
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import storage
from printing.base import render_to_bytes
from printing.fonts import FONT_PATH
from storage.models import User
from storage.plumbing.config import LocalSettings
from storage.plumbing.db import database, sqlite_path
from storage.reception import documents, search
from ui.kit.paged_model import Column, PagedTableModel
from ui.shell.app import Shell, create_application
from ui.shell.i18n import DEFAULT_LANGUAGE, install_translators
from ui.shell.login_dialog import LoginDialog

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["FOURS_DATA_DIR"] = env.get("FOURS_BENCH_DATA_DIR") or tempfile.mkdtemp(prefix="fours-bench-")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _spawn(args: list[str], timeout: float) -> tuple[float, dict]:
    """Wall milliseconds from spawning `python -m bench.probes ...` to its JSON line, and the line."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.probes", *args], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if not line.strip():
        raise RuntimeError(f"probe {args[0]} failed: {proc.stderr.read()[-2000:]}")
    return elapsed, json.loads(line)


def startup(url: str, runs: int) -> list[float]:
    """A cold process to a usable login window: interpreter, imports (ui.shell.app as main.py loads it),
    the application with its font and translators, the store opened, the login dialog shown."""
    return [_spawn(["startup", url], 60)[0] for _ in range(runs)]


def pdf_cold(url: str, runs: int) -> list[float]:
    """The first work-order PDF of a fresh process with the store open (printing imported, the font
    registered, ReportLab's caches filled on the way): the probe times it itself. One untimed run first:
    the processes share a data folder, as a PC's do, and the first one ever keeps the parsed font there
    (printing.fonts.parsed_font)."""
    _spawn(["pdf_cold", url], 60)
    return [_spawn(["pdf_cold", url], 60)[1]["ms"] for _ in range(runs)]


def memory(url: str, limit_s: float) -> dict:
    return _spawn(["memory", url, str(limit_s)], limit_s + 300)[1]


def bare_window(runs: int) -> list[float]:
    """startup's baseline: a fresh process that shows a bare PySide6 dialog (two line edits and a
    button, the login's size) and nothing of the program."""
    return [_spawn(["bare_window", "-"], 60)[0] for _ in range(runs)]


def bare_pdf(runs: int) -> list[float]:
    """pdf_work_order_cold's baseline: a fresh process draws one A4 page of Chinese text with ReportLab,
    the same font embedded (parsed from the file, subset written): timed from importing ReportLab."""
    return [_spawn(["bare_pdf", "-"], 60)[1]["ms"] for _ in range(runs)]


# ------------------------------------------------------------------------------------ cold mornings
def database_files(url: str) -> list[Path]:
    path = sqlite_path(url)
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def drop_from_cache(files: list[Path]) -> None:
    """The files' clean pages out of the operating system's page cache (POSIX_FADV_DONTNEED: as root,
    or as the files' owner, the kernel drops them), as on a PC switched on in the morning."""
    for path in files:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def drop_check(url: str, pages: int = 400) -> dict:
    """That dropping works here: `pages` 4 KiB pages read all over the file right after dropping it
    from the cache, then the same pages again (cached): the cold read must be clearly slower."""
    files = database_files(url)
    path = files[0]
    size = path.stat().st_size
    rng = random.Random(8)
    offsets = [rng.randrange(0, max(1, size // 4096)) * 4096 for _ in range(pages)]

    def read_all() -> float:
        fd = os.open(path, os.O_RDONLY)
        try:
            started = time.perf_counter()
            for offset in offsets:
                os.pread(fd, 4096, offset)
            return (time.perf_counter() - started) * 1000
        finally:
            os.close(fd)
    drop_from_cache(files)
    cold = read_all()
    warm = read_all()
    drop_from_cache(files)
    return {"pages": pages, "cold_read_ms": round(cold, 2), "cached_read_ms": round(warm, 2),
            "dropped": cold > 3 * warm}


def cold(kind: str, url: str, sample: str, *, raw: bool = False, drop: bool = True) -> tuple[float, dict]:
    """The first `kind` action of a fresh process on a database file dropped from the page cache:
    (its milliseconds as the child timed them, the child's line). raw: the same question with sqlite3.
    drop=False: the file left in the cache (what the first call costs a fresh process by itself)."""
    if drop:
        drop_from_cache(database_files(url))
    _, line = _spawn(["cold_raw" if raw else "cold", url, kind, sample], 60)
    return line["ms"], line


# ------------------------------------------------------------------------------------ in the child
def _rss_mb() -> tuple[float, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _child_startup(url: str) -> None:
    app = create_application()
    install_translators(app, DEFAULT_LANGUAGE)
    storage.open_store(url)
    storage.is_first_run()
    Shell(app, local=LocalSettings(), database_url=url)  # and its backup schedule, before the login, as run_gui
    dialog = LoginDialog()
    dialog.show()
    app.processEvents()
    print(json.dumps({"ready": True}), flush=True)


def _child_pdf(url: str) -> None:
    storage.open_store(url)
    number = database.obj.execute_sql("SELECT number FROM work_order ORDER BY id DESC LIMIT 1").fetchone()[0]
    started = time.perf_counter()

    data = render_to_bytes("work-order", number)
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000, "bytes": len(data)}), flush=True)


def _child_memory(url: str, limit_s: float) -> None:
    """Every work-order line (the biggest table) in a PagedTableModel shown in a QTableView, scrolled
    page by page to the end as the view's fetchMore does, within limit_s seconds; then the view jumps
    to rows all over the list (each jump shows a page the model had let go: one keyset query) and
    back to the end. RSS after each step; the model's own count of the rows it holds."""

    from PySide6.QtWidgets import QApplication, QTableView


    app = QApplication.instance() or QApplication(sys.argv[:1])
    storage.open_store(url)
    before = _rss_mb()[0]
    db = database.obj
    names = ("id", "order_id", "kind", "description", "quantity", "unit_price", "amount", "payer", "status")
    # Keyset pages of dict rows as a storage list function returns them, read with plain SQL: walking
    # 4M rows through the ORM's per-value conversion would take minutes and measure the ORM, not the
    # model, which is what holds (or lets go of) the rows.
    sql = (f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM work_order_line WHERE id > {db.param} "
           f"ORDER BY id LIMIT {db.param}")

    def fetch(cursor, limit):
        rows = [dict(zip(names, row)) for row in db.execute_sql(sql, (cursor or 0, limit + 1)).fetchall()]
        more = len(rows) > limit
        rows = rows[:limit]
        return rows, (rows[-1]["id"] if more else None)

    columns = [Column(k, k) for k in names]
    model = PagedTableModel(columns=columns, fetch=fetch, page_size=100)
    view = QTableView()
    view.resize(1366, 768)
    view.setModel(model)
    view.show()
    app.processEvents()
    first = _rss_mb()[0]
    started = time.perf_counter()
    pages, page_ms = 0, 0.0
    while model.canFetchMore() and time.perf_counter() - started < limit_s:
        t0 = time.perf_counter()
        model.fetchMore()
        page_ms = (time.perf_counter() - t0) * 1000  # the last one: the end page
        pages += 1
        if pages % 200 == 0:
            app.processEvents()
    seconds = time.perf_counter() - started
    view.scrollToBottom()
    app.processEvents()
    at_end = _rss_mb()[0]
    rng = random.Random(8)
    jumps = []
    for _ in range(30):
        row = rng.randrange(model.rowCount())
        t0 = time.perf_counter()
        view.scrollTo(model.index(row, 0))
        view.viewport().repaint()  # paints the rows now: data() fetches the page again
        jumps.append((time.perf_counter() - t0) * 1000)
        if model.index(row, 0).data() != str(model.row(row)["id"]):
            raise AssertionError(f"row {row} shows the wrong line")
    view.scrollToBottom()
    app.processEvents()
    rss, peak = _rss_mb()
    total = db.execute_sql("SELECT COUNT(*) FROM work_order_line").fetchone()[0]
    print(json.dumps({"rows_loaded": model.rows_loaded(), "rows_total": total, "reached_end": not model.canFetchMore(),
                      "rows_cached": model.rows_cached(), "seconds": round(seconds, 1), "pages": pages,
                      "end_page_ms": round(page_ms, 2), "jump_ms": round(statistics.median(jumps), 2),
                      "rss_before_mb": round(before, 1), "rss_first_page_mb": round(first, 1),
                      "rss_at_end_mb": round(at_end, 1), "rss_mb": round(rss, 1), "peak_mb": round(peak, 1)}),
          flush=True)


def _child_bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit, QPushButton

    app = QApplication(sys.argv[:1])
    dialog = QDialog()
    form = QFormLayout(dialog)
    form.addRow("用户名", QLineEdit())
    form.addRow("密码", QLineEdit())
    form.addRow(QPushButton("登录"))
    dialog.show()
    app.processEvents()
    print(json.dumps({"ready": True}), flush=True)


BARE_TEXT = "维修工单 车牌 京A12345 客户 张先生 保养 更换机油 机油滤清器 空气滤清器 工时费 材料费 合计 ¥1,234.50"


def bare_page() -> bytes:
    """One A4 page of 40 lines of Chinese in the program's font (parsed from its file on the first call
    of a process, as ReportLab alone would), the used glyphs embedded as a subset."""

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas


    if "BARE" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BARE", str(FONT_PATH), subfontIndex=0))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("BARE", 10)
    for row in range(40):
        canvas.drawString(40, 800 - row * 18, f"{row + 1:02d} {BARE_TEXT}")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _child_bare_pdf() -> None:
    started = time.perf_counter()
    data = bare_page()
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000, "bytes": len(data)}), flush=True)


COLD_RAW = {
    # The same questions as bench.actions' plain SQL (_raw_lookup_*, _raw_open_work_order, RAW_LISTS["orders"]).
    "plate": [("SELECT v.id, v.plate, v.vin, c.name, c.phone FROM vehicle_search s JOIN vehicle v ON v.id = s.rowid "
               "JOIN customer c ON c.id = v.owner_id WHERE vehicle_search MATCH ? LIMIT 21", lambda q: ('"' + q + '"',))],
    "phone": [("SELECT c.id, c.name, c.phone, v.plate FROM customer c LEFT JOIN vehicle v ON v.owner_id = c.id "
               "WHERE c.phone_rev >= ? AND c.phone_rev < ? LIMIT 21", lambda q: (q[::-1], q[::-1] + "\uffff"))],
    "vin": [("SELECT v.id, v.plate, v.vin, c.name, c.phone FROM vehicle v JOIN customer c ON c.id = v.owner_id "
             "WHERE v.vin_tail = ? LIMIT 21", lambda q: (q,))],
    "order": [("SELECT o.*, v.plate, c.name, c.phone FROM work_order o JOIN vehicle v ON v.id = o.vehicle_id "
               "JOIN customer c ON c.id = o.customer_id WHERE o.id = ?", lambda q: (int(q),)),
              ("SELECT * FROM work_order_line WHERE order_id = ? ORDER BY position", lambda q: (int(q),))],
    "list": [("SELECT o.id, o.number, o.status, o.opened_at, v.plate, c.name FROM work_order o "
              "JOIN vehicle v ON v.id = o.vehicle_id JOIN customer c ON c.id = o.customer_id ORDER BY o.id DESC LIMIT 51",
              lambda q: ())],
}


# How long the login takes in the cold probe: the program warms the look-up up in the background
# meanwhile (storage.reception.search.warm_up_in_background); a person types a name and a password in more.
LOGIN_SECONDS = 3.0


def _child_cold(url: str, kind: str, sample: str) -> None:
    """As the program starts (storage.open_store, the look-up's warm-up started as ui.shell.app starts it,
    the station's modules imported, the user signed in within LOGIN_SECONDS), then the first `kind`
    action on the cold file, timed. FOURS_BENCH_NO_WARMUP=1: without the warm-up (the figure before it)."""
    storage.open_store(url)
    opened = time.perf_counter()
    warming = None if os.environ.get("FOURS_BENCH_NO_WARMUP") else search.warm_up_in_background()
    user = User.get(User.username == "advisor1")
    if warming is not None:
        warming.join(max(0.0, LOGIN_SECONDS - (time.perf_counter() - opened)))
    started = time.perf_counter()
    if kind == "order":
        documents.order_detail(int(sample))
    elif kind == "list":
        documents.orders_page(limit=50)
    else:
        hits, _more = search.lookup(user, sample)
        search.add_details(user, hits[:1])
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000,
                      "warmed": warming is not None and not warming.is_alive()}), flush=True)


def _child_cold_raw(url: str, kind: str, sample: str) -> None:


    con = sqlite3.connect(sqlite_path(url))
    started = time.perf_counter()
    for sql, params in COLD_RAW[kind]:
        con.execute(sql, params(sample)).fetchall()
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000}), flush=True)


if __name__ == "__main__":
    kind, url, *rest = sys.argv[1:]
    {"startup": lambda: _child_startup(url), "pdf_cold": lambda: _child_pdf(url),
     "memory": lambda: _child_memory(url, float(rest[0]) if rest else 120.0),
     "bare_window": _child_bare_window, "bare_pdf": _child_bare_pdf,
     "cold": lambda: _child_cold(url, *rest), "cold_raw": lambda: _child_cold_raw(url, *rest)}[kind]()
