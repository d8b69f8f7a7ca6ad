"""The benchmark's PostgreSQL dataset copied from its SQLite file (bench.postgres): the same rows and
sums on both, the indexes and statistics in place, the ids going on after the copied ones."""
import datetime as dt
import sqlite3

import pytest

import storage
from bench.postgres import copy_from_sqlite
from storage import demo
from storage.models import ALL_MODELS, User
from storage.plumbing import planner
from storage.plumbing.db import close_database, database
from storage.reception import search
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason="copies into PostgreSQL")


def _figures(execute, table: str, columns: dict[str, str]) -> dict:
    """Rows, and per column: non-null values, the sum of integers, true booleans, text lengths."""
    parts = ["COUNT(*)"]
    for name, kind in columns.items():
        col = f'"{name}"'
        parts.append(f"COUNT({col})")
        if kind == "int":
            parts.append(f"SUM({col})")
        elif kind == "bool":
            parts.append(f"SUM(CASE WHEN {col} THEN 1 ELSE 0 END)")
        elif kind == "text":
            parts.append(f"SUM(LENGTH({col}))")
    values = execute(f'SELECT {", ".join(parts)} FROM "{table}"')
    return {"table": table, "values": [None if v is None else int(v) for v in values]}


def _kinds(model) -> dict[str, str]:
    from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, TextField

    kinds = {}
    for field in model._meta.sorted_fields:
        if isinstance(field, BooleanField):
            kinds[field.column_name] = "bool"
        elif isinstance(field, (IntegerField, ForeignKeyField)):
            kinds[field.column_name] = "int"
        elif isinstance(field, (CharField, TextField)):
            kinds[field.column_name] = "text"
        else:
            kinds[field.column_name] = "other"
    return kinds


def test_the_copy_has_the_same_rows_and_sums_indexes_statistics_and_ids(db, tmp_path):
    close_database()
    source = tmp_path / "busy.db"
    storage.open_store(f"sqlite:///{source.as_posix()}")
    demo.generate(0.002, today=dt.date.today())
    close_database()

    result = copy_from_sqlite(source, PG_URL, log=lambda message: None)

    con = sqlite3.connect(source)
    expected = {m._meta.table_name: _figures(lambda sql: con.execute(sql).fetchone(), m._meta.table_name, _kinds(m))
                for m in ALL_MODELS}
    con.close()
    assert result["rows"]["work_order"] == expected["work_order"]["values"][0] > 0
    storage.open_store(PG_URL)
    found = {m._meta.table_name: _figures(lambda sql: database.obj.execute_sql(sql).fetchone(), m._meta.table_name,
                                          _kinds(m)) for m in ALL_MODELS}
    assert found == expected
    # Every index the schema makes is there again, and the planner has its statistics.
    names = {r[0] for r in database.obj.execute_sql(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()").fetchall()}
    assert {"vehicle_plate_trgm", "customer_phone_rev_prefix", "vehicle_plate_rev_prefix"} <= names
    assert planner.tables_without_statistics(min_rows=100) == []
    # The look-up answers from the copy (its indexes rebuilt), and new rows get new ids.
    plate, phone = database.obj.execute_sql(
        "SELECT v.plate, c.phone FROM vehicle v JOIN customer c ON c.id = v.owner_id ORDER BY v.id LIMIT 1").fetchone()
    advisor = User.get(User.username == "advisor1")
    hits, _more = search.lookup(advisor, plate[2:6])
    assert plate in [hit.plate for hit in hits]
    hits, _more = search.lookup(advisor, phone[-4:])
    assert hits
    top = database.obj.execute_sql("SELECT MAX(id) FROM work_order").fetchone()[0]
    assert database.obj.execute_sql("SELECT nextval(pg_get_serial_sequence('work_order', 'id'))").fetchone()[0] > top
