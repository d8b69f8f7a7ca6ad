"""What has to happen in a fresh process: the program's start, the first PDF, and the memory of a big
list scrolled to its end. `python -m bench.probes KIND URL [ARGS]` prints one JSON line."""
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
    """A cold process to a usable login window: interpreter, imports (ui.app as main.py loads it),
    the application with its font and translators, the store opened, the login dialog shown."""
    return [_spawn(["startup", url], 60)[0] for _ in range(runs)]


def pdf_cold(url: str, runs: int) -> list[float]:
    """The first work-order PDF of a fresh process with the store open (printing imported, the font
    registered, ReportLab's caches filled on the way): the probe times it itself."""
    return [_spawn(["pdf_cold", url], 60)[1]["ms"] for _ in range(runs)]


def memory(url: str, limit_s: float) -> dict:
    return _spawn(["memory", url, str(limit_s)], limit_s + 300)[1]


# ------------------------------------------------------------------------------------ in the child
def _rss_mb() -> tuple[float, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _child_startup(url: str) -> None:
    from ui.app import create_application  # what main.py's run_gui imports, with the main window
    from ui.i18n import DEFAULT_LANGUAGE, install_translators
    from ui.login_dialog import LoginDialog

    import storage

    app = create_application()
    install_translators(app, DEFAULT_LANGUAGE)
    storage.open_store(url)
    storage.is_first_run()
    dialog = LoginDialog()
    dialog.show()
    app.processEvents()
    print(json.dumps({"ready": True}), flush=True)


def _child_pdf(url: str) -> None:
    import storage
    from storage.db import database

    storage.open_store(url)
    number = database.obj.execute_sql("SELECT number FROM work_order ORDER BY id DESC LIMIT 1").fetchone()[0]
    started = time.perf_counter()
    from printing.base import render_to_bytes

    data = render_to_bytes("work-order", number)
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000, "bytes": len(data)}), flush=True)


def _child_memory(url: str, limit_s: float) -> None:
    """Every work-order line (the biggest table) in a PagedTableModel shown in a QTableView, scrolled
    page by page to the end as the view's fetchMore does, within limit_s seconds; then the view jumps
    to rows all over the list (each jump shows a page the model had let go: one keyset query) and
    back to the end. RSS after each step; the model's own count of the rows it holds."""
    import random
    import statistics

    from PySide6.QtWidgets import QApplication, QTableView

    import storage
    from storage.db import database
    from ui.paged_model import Column, PagedTableModel

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


if __name__ == "__main__":
    kind, url, *rest = sys.argv[1:]
    {"startup": lambda: _child_startup(url), "pdf_cold": lambda: _child_pdf(url),
     "memory": lambda: _child_memory(url, float(rest[0]) if rest else 120.0)}[kind]()
