"""Write the SQLite schema of a fresh database at the current version to stdout.

Used once per release: `python tests/data/dump_schema.py > tests/data/schema_vN.sqlite.sql`,
so the upgrade test can start from that version for ever after."""
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import storage  # noqa: E402
from storage.store.schema import LATEST

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "schema.db"
    storage.open_store(f"sqlite:///{path.as_posix()}")
    storage.close_database()
    con = sqlite3.connect(path)
    # A full-text table creates its own shadow tables: replaying their CREATE would fail.
    shadow = {row[1] for row in con.execute("PRAGMA table_list") if row[2] == "shadow"}
    rows = [
        (sql,)
        for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid"
        )
        if name not in shadow
    ]
    con.close()
print(f"-- Schema version {LATEST}, as created by storage.store.schema on SQLite.")
print("-- Kept so the upgrade test always starts from this version. Do not edit.")
for (sql,) in rows:
    print(sql.strip() + ";")
