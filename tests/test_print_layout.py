"""The layout self-check (printing.layout_check) over every registered document kind, with short
(1 line) and long (40 lines) content from tests/print_samples.py: no page holding only signatures,
no text outside its cell, no column narrower than two characters, no split table without its
header. Set PRINT_LAYOUT_PNG=folder to get every page as PNG (pdftoppm) to look at."""
import os
import subprocess
from pathlib import Path

import pytest

from printing import layout_check
from printing.registry import DOCUMENTS, PAPER_CHOICES
from tests.print_samples import SAMPLES, Scene


def test_every_registered_kind_has_a_sample():
    missing = sorted(set(DOCUMENTS) - set(SAMPLES))
    assert not missing, f"no layout sample for {missing}: add one to tests/print_samples.py"


def _papers(kind):
    return [None] + [p for p in PAPER_CHOICES.get(kind, ()) if p != DOCUMENTS[kind][1]]


@pytest.mark.parametrize("lines", [1, 40])
def test_every_kind_lays_out_cleanly(users, lines, tmp_path):
    scene = Scene(users, lines)
    reports, failures = [], []
    for kind in DOCUMENTS:
        if kind not in SAMPLES:
            continue
        number = SAMPLES[kind](scene)
        for paper in _papers(kind):
            report = layout_check.check(kind, number, paper=paper)
            name = kind + (f"@{paper}" if paper else "")
            reports.append(f"{name}: {report.pages}")
            if report.problems:
                failures.append(f"{name} ({lines} 行)：" + "；".join(report.problems))
            folder = os.environ.get("PRINT_LAYOUT_PNG")
            if folder:
                out = Path(folder) / f"{lines:02d}-{name}"
                out.parent.mkdir(parents=True, exist_ok=True)
                pdf = tmp_path / f"{name}.pdf"
                pdf.write_bytes(report.pdf)
                subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out)], check=True)
    print(f"pages at {lines} lines: " + ", ".join(reports))
    assert not failures, "\n".join(failures)
