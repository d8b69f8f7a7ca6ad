"""The benchmark's dataset: storage.demo.generate's "ten busy years" × scale, built once into a SQLite
file under bench/cache/ and reused while the scale, the seed, the schema and the generator's source
stay the same. The run
works on that file itself: reads change nothing and every write action is rolled back."""
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import storage
import storage.demo
from storage import demo
from storage.models import ALL_MODELS
from storage.plumbing.db import close_database, database
from storage.reception.search import INDEX_DDL
from storage.store.schema import LATEST

# FOURS_BENCH_CACHE: another folder (the test suite gives each run its own, so two runs at once never share
# a file they write).
CACHE = Path(os.environ.get("FOURS_BENCH_CACHE") or Path(__file__).resolve().parent / "cache")


def schema_fingerprint() -> str:
    """The schema version plus a hash of every table's columns, indexes and the extra DDL: a model
    changed during development without a migration still invalidates the cache."""
    parts = []
    for model in ALL_MODELS:
        meta = model._meta
        parts.append(meta.table_name)
        parts.extend(f"{f.column_name}:{type(f).__name__}" for f in meta.sorted_fields)
        parts.extend(repr(index) for index in meta.indexes)
        parts.extend(f"idx:{f.column_name}" for f in meta.sorted_fields if f.index or f.unique)
    parts.extend(INDEX_DDL["sqlite"])
    digest = hashlib.sha1("\n".join(parts).encode()).hexdigest()[:10]
    return f"v{LATEST}-{digest}"


def generator_fingerprint() -> str:
    """A hash of storage.demo's source: a change to what the generator makes is a new dataset."""
    digest = hashlib.sha1()
    for path in sorted(Path(storage.demo.__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def cache_path(scale: float, seed: int) -> Path:
    return CACHE / f"busy-s{scale:g}-seed{seed}-{schema_fingerprint()}-g{generator_fingerprint()}.db"


def _progress(prefix):
    last = [0.0]

    def report(fraction, message):
        now = time.monotonic()
        if now - last[0] > 5 or fraction >= 1.0:
            last[0] = now
            print(f"{prefix} {fraction * 100:5.1f}%  {message}", file=sys.stderr, flush=True)
    return report


def build(url: str, scale: float, seed: int) -> dict:
    """Create the schema at `url` (which must be empty) and generate into it. Returns counts and timing."""
    started = time.perf_counter()
    storage.open_store(url)
    try:
        if url.startswith("sqlite"):
            # A new file that is thrown away if anything fails: written once, straight into place,
            # without the write-ahead log the program keeps (and its copy back into the file).

            database.obj.execute_sql("PRAGMA journal_mode = OFF")
            database.obj.execute_sql("PRAGMA synchronous = OFF")
        counts = demo.generate(scale=scale, seed=seed, progress=_progress("generate"))
    finally:
        close_database()
    return {"counts": counts, "generated_in_s": round(time.perf_counter() - started, 1),
            "today": dt.date.today().isoformat()}


def sqlite_dataset(scale: float, seed: int, *, rebuild: bool = False) -> tuple[Path, dict]:
    """The cached SQLite file for (scale, seed, schema) and its metadata, generated when missing."""
    path = cache_path(scale, seed)
    meta_path = path.with_suffix(".json")
    CACHE.mkdir(parents=True, exist_ok=True)
    # Two runs at once (CI runs the SQLite and the PostgreSQL suites side by side) build one file: the
    # second waits for the first and then reads its cache.
    with open(CACHE / "generating.lock", "a+") as lock:
        _wait_for(lock)
        if path.exists() and meta_path.exists() and not rebuild:
            meta = json.loads(meta_path.read_text())
            meta["cached"] = True
            return path, meta
        return _generate(path, meta_path, scale, seed)


def _wait_for(lock) -> None:
    """An exclusive lock on the open file, waiting for it (a developer's tool: no lock on Windows)."""
    if os.name != "nt":
        import fcntl  # POSIX only: this module is imported on Windows too

        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)


def _generate(path: Path, meta_path: Path, scale: float, seed: int) -> tuple[Path, dict]:
    for stale in CACHE.glob(f"busy-s{scale:g}-seed{seed}-*"):  # an older schema's or generator's: never used again
        if not stale.name.startswith(path.stem):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink(missing_ok=True)  # .stations is a folder
    tmp = path.with_suffix(".tmp.db")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        if p.exists():
            p.unlink()
    print(f"generating scale {scale:g} (seed {seed}) into {path.name} ...", file=sys.stderr, flush=True)
    meta = build(f"sqlite:///{tmp.as_posix()}", scale, seed)
    _checkpoint(tmp)
    os.replace(tmp, path)
    meta.update({"scale": scale, "seed": seed, "schema": schema_fingerprint(), "generator": generator_fingerprint(),
                 "file": path.name})
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1))
    meta["cached"] = False
    return path, meta


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so it can be copied and renamed alone. No ANALYZE: the program never
    runs it on SQLite (storage.plumbing.planner), so the planner sees what a store's file has
    (storage/workshop/board.py explains why)."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            extra.unlink()


if __name__ == "__main__":  # python -m bench.dataset SCALE: build the cache alone
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    from storage.demo import DEFAULT_SEED

    print(sqlite_dataset(scale, DEFAULT_SEED))
