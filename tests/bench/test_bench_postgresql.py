"""The benchmark's PostgreSQL half: the read actions beside their own statements replayed with psycopg2
(the raw column), on a database the generator left analysed."""
import datetime as dt

import pytest

from bench import actions
from bench.__main__ import run_engine, table
from storage import demo
from storage.plumbing import planner
from storage.plumbing.db import close_database
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason="PostgreSQL's raw column")


def test_each_read_action_has_its_statements_replayed_beside_it(db):
    demo.generate(0.002, today=dt.date.today())
    assert planner.tables_without_statistics(min_rows=100) == []  # generate ended with ANALYZE
    close_database()
    result = run_engine(PG_URL, dt.date.today(), 2, log=lambda message: None)
    for name in actions.RAW:
        action = result["actions"][name]
        assert not action.get("failed"), (name, action.get("failed"))
        assert action["raw_sql_ms"] > 0 and action["ratio_to_sqlite"] > 0, name
        assert action["baseline_ms"] == action["raw_sql_ms"] and action["baseline"] == "its statements replayed, psycopg2"
    for which in ("first", "last"):
        assert result["actions"][f"list_{which}_page"]["raw_sql_ms"] > 0
    text = table(result["actions"], "PostgreSQL", ratio_rule=False)
    assert "lookup_plate" in text and "baseline ms" in text  # its statements replayed, psycopg2


def test_the_replay_runs_what_the_action_sent(db):
    demo.generate(0.002, today=dt.date.today())
    ctx = actions.make_context(dt.date.today())
    recorded = actions.record_statements(actions.ACTIONS["lookup_phone"](ctx), samples=3)
    assert len(recorded) == 3 and all(recorded)
    assert any("phone_rev" in sql for sql, _params in recorded[0])  # the look-up's own SQL, as sent
