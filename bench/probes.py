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
    page by page to the end as the view's fetchMore does, within limit_s seconds."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication, QTableView

    import storage
    from storage.models import WorkOrderLine
    from ui.paged_model import Column, PagedTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    storage.open_store(url)
    before = _rss_mb()[0]
    w = WorkOrderLine

    def fetch(cursor, limit):
        query = (w.select(w.id, w.order, w.kind, w.description, w.quantity, w.unit_price, w.amount, w.payer, w.status)
                 .order_by(w.id).limit(limit + 1))
        if cursor is not None:
            query = query.where(w.id > cursor)
        rows = list(query.dicts())
        more = len(rows) > limit
        rows = rows[:limit]
        return rows, (rows[-1]["id"] if more else None)

    columns = [Column(k, k) for k in ("id", "order", "kind", "description", "quantity", "unit_price", "amount",
                                      "payer", "status")]
    model = PagedTableModel(columns=columns, fetch=fetch, page_size=100)
    view = QTableView()
    view.resize(1366, 768)
    view.setModel(model)
    view.show()
    app.processEvents()
    first = _rss_mb()[0]
    # PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to None in each of beginInsertRows
    # and endInsertRows (so each fetchMore), and the process aborts ("deallocating None") once None's
    # count reaches zero: measured here, then made up for by holding references, so the probe can
    # reach the end and measure the memory (the program itself has no such crutch).
    keep = []
    refs = sys.getrefcount(None)
    for _ in range(20):
        model.beginInsertRows(QModelIndex(), 0, -1)
        model.endInsertRows()
    lost_per_page = (refs - sys.getrefcount(None)) / 20
    refs_at_start = sys.getrefcount(None)
    started = time.perf_counter()
    pages = 0
    while model.canFetchMore() and time.perf_counter() - started < limit_s:
        model.fetchMore()
        keep.extend((None, None))
        pages += 1
        if pages % 200 == 0:
            app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    rss, peak = _rss_mb()
    total = w.select().count()
    print(json.dumps({"rows_loaded": model.rows_loaded(), "rows_total": total, "reached_end": not model.canFetchMore(),
                      "seconds": round(time.perf_counter() - started, 1), "rss_before_mb": round(before, 1),
                      "rss_first_page_mb": round(first, 1), "pages": pages,
                      "none_refs_lost_per_page": lost_per_page, "none_refs_at_start": refs_at_start,
                      "pages_until_crash": int(refs_at_start / lost_per_page) if lost_per_page > 0 else None, "rss_mb": round(rss, 1), "peak_mb": round(peak, 1)}),
          flush=True)


if __name__ == "__main__":
    kind, url, *rest = sys.argv[1:]
    {"startup": lambda: _child_startup(url), "pdf_cold": lambda: _child_pdf(url),
     "memory": lambda: _child_memory(url, float(rest[0]) if rest else 120.0)}[kind]()
