"""The benchmark harness runs end to end on a tiny dataset and writes every action the issue names."""
import json
import subprocess
import sys
from pathlib import Path

from bench.__main__ import NAMES
from ui.paged_model import CACHE_ROWS

ROOT = Path(__file__).resolve().parent.parent


def test_the_harness_writes_every_action_with_a_number(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--scale", "0.002", "--runs", "1", "--memory-seconds", "5", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(result["actions"]) == set(NAMES)
    for name in NAMES:
        action = result["actions"][name]
        assert isinstance(action["median_ms"], float) and action["median_ms"] > 0, name
        assert isinstance(action["spread_ms"], float), name
        assert action["ratio_to_sqlite"] is None or action["ratio_to_sqlite"] > 0, name
    assert result["actions"]["lookup_plate"]["ratio_to_sqlite"] > 0
    assert result["dataset"]["rows"]["work_order"] > 0
    memory = result["memory"]
    assert memory["rss_mb"] > 0 and memory["reached_end"]
    assert memory["rows_loaded"] == memory["rows_total"] == result["dataset"]["rows"]["work_order_line"]
    assert memory["rows_cached"] <= CACHE_ROWS < memory["rows_total"]  # the model let go of pages on the way
    assert memory["end_page_ms"] > 0 and memory["jump_ms"] > 0
    assert "load_average" in result["machine"]
    assert "lookup_plate" in done.stdout
