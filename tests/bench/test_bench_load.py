"""Stations at once (bench.load): separate processes doing the morning's mix, committed, on the store
under test; percentiles per action, throughput, and no "busy" refusal."""
import datetime as dt

import storage
from bench import load
from storage import demo
from storage.plumbing.db import close_database, database
from tests.conftest import PG_URL


def test_percentile_interpolates_between_ranks():
    assert load.percentile([1.0], 95) == 1.0
    assert load.percentile([10.0, 20.0, 30.0, 40.0, 50.0], 50) == 30.0
    assert load.percentile([0.0, 100.0], 95) == 95.0


def test_three_stations_commit_their_mix_without_a_busy_refusal(db, tmp_path):
    if PG_URL:
        url = PG_URL
    else:
        close_database()
        url = f"sqlite:///{(tmp_path / 'busy.db').as_posix()}"
        storage.open_store(url)
    demo.generate(0.002, today=dt.date.today())
    orders_before = database.obj.execute_sql("SELECT COUNT(*) FROM work_order").fetchone()[0]
    close_database()

    result = load.run_load(url, stations=3, seconds=6, pause=0.0, log=lambda message: None)

    assert result["busy"] == 0 and result["refusals"] == {}, result["refusals"]
    counts = {name: r["count"] for name, r in result["actions"].items()}
    assert sum(counts.values()) >= 5 and result["throughput_per_s"] > 0
    for name, r in result["actions"].items():
        if r["count"]:
            assert 0 < r["p50_ms"] <= r["p95_ms"] <= r["p99_ms"] <= r["max_ms"], name
    # Check-ins and issues were committed by the stations' own connections.
    storage.open_store(url)
    orders_after = database.obj.execute_sql("SELECT COUNT(*) FROM work_order").fetchone()[0]
    assert orders_after - orders_before == counts["create_work_order"] + counts["issue_part"]
    assert "p95 ms" in load.table(result, "load")
