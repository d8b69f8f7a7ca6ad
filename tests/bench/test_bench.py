"""The benchmark harness runs end to end on a tiny dataset and writes every action the issue names."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import dataset
from bench.__main__ import COLD, DURABLE, NAMES, SYNC_MODES
from ui.kit.paged_model import CACHE_ROWS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    """One run of `python -m bench` on the tiny scale with the default number of runs (7: more orders
    settled than --runs 2 reaches, among them one with a discount that needs the manager's approval):
    (the finished process, its JSON)."""
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--scale", "0.002", "--memory-seconds", "5", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=420)
    assert done.returncode == 0, done.stderr[-3000:]
    return done, json.loads(out.read_text(encoding="utf-8"))


def test_the_harness_writes_every_action_with_a_number(harness):
    done, result = harness
    assert set(result["actions"]) == set(NAMES)
    for name in NAMES:
        action = result["actions"][name]
        assert not action.get("failed"), (name, action.get("failed"))
        assert isinstance(action["median_ms"], float) and action["median_ms"] > 0, name
        assert isinstance(action["spread_ms"], float), name
        assert action["ratio_to_sqlite"] is None or action["ratio_to_sqlite"] > 0, name
    assert result["actions"]["lookup_plate"]["ratio_to_sqlite"] > 0
    for name in NAMES:  # a baseline beside every figure, measured in the same run (issue 21 item 2)
        action = result["actions"][name]
        assert isinstance(action["baseline"], str) and action["baseline"], name
        assert action["baseline_ms"] > 0, name
        assert action["ratio"] == pytest.approx(action["median_ms"] / action["baseline_ms"], rel=0.01, abs=0.006), name
    assert result["actions"]["startup"]["baseline"] == "a bare PySide6 window, fresh process"
    assert "ReportLab" in result["actions"]["pdf_work_order_cold"]["baseline"]
    assert "written in one transaction" in result["actions"]["settle"]["baseline"]
    assert set(COLD) <= set(result["actions"])
    assert result["cold"]["drop_check"]["pages"] > 0 and result["cold"]["drop_check"]["cold_read_ms"] > 0
    assert result["dataset"]["rows"]["work_order"] > 0
    memory = result["memory"]
    assert memory["rss_mb"] > 0 and memory["reached_end"]
    assert memory["rows_loaded"] == memory["rows_total"] == result["dataset"]["rows"]["work_order_line"]
    assert memory["rows_cached"] <= CACHE_ROWS < memory["rows_total"]  # the model let go of pages on the way
    assert memory["end_page_ms"] > 0 and memory["jump_ms"] > 0
    assert "load_average" in result["machine"]
    assert "lookup_plate" in done.stdout and "lookup_vin_cold" in done.stdout and "baseline ms" in done.stdout


def test_durability_rows_time_the_commit_with_full_beside_normal(harness):
    """create, issue and settle committed for real (on throwaway copies) with synchronous=FULL, the
    program's setting, and NORMAL, the old one, in the same run: what durability costs."""
    done, result = harness
    durability = result["durability"]
    runs = result["runs"]  # the default, 7
    assert durability["scale"] == 0.002 and durability["runs"] == runs == 7
    assert set(durability["rows"]) == set(DURABLE)
    for name, row in durability["rows"].items():
        for mode in SYNC_MODES:
            assert row[mode]["runs"] == runs and row[mode]["median_ms"] > 0, (name, mode)
            assert row[mode]["commits"] >= 2 and row[mode]["commit_ms"] > 0, (name, mode)  # committed for real
        assert row["cost_ms"] == pytest.approx(row["full"]["median_ms"] - row["normal"]["median_ms"], abs=0.002)
    assert "Durability: commits timed" in done.stdout and "NORMAL ms" in done.stdout
    assert not list(dataset.CACHE.glob("durability-*")), "the throwaway copies are left behind"
