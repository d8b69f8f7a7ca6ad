"""The workshop's prints: 派工单 (job-ticket) and 竣工检验单 / 出厂合格证 (completion-certificate),
through `main.py print` and printing.cli, read back with pdftotext."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from printing.cli import print_document
from storage import workshop
from storage.models import QualityCheck
from storage.rules.errors import NotFound
from tests.factories import dispatched_order, fresh, labour_lines, order_in_workshop, qc_all_ok, run_through
from tests.pdftext import pdf_words

ROOT = Path(__file__).resolve().parents[2]


def test_job_ticket_lists_each_teams_lines_the_hand_over_and_the_parts(advisor, dispatcher, shop, tmp_path):
    order = order_in_workshop(advisor, dispatcher, promised_in_hours=4)
    oil, brakes = labour_lines(order)
    workshop.dispatch(dispatcher, order.id, order.version, [
        {"line": oil.id, "technician": shop["zhang"].id, "bay": shop["A1"].id},
        {"line": brakes.id, "technician": shop["wang"].id},
    ])
    path = print_document("job-ticket", order.number, tmp_path / "ticket.pdf")
    text = pdf_words(path)
    for expected in ("派工单", order.number, "班组：机修一组", "班组：钣喷组", "更换机油机滤", "张师傅", "王师傅", "A1",
                     "接车人", "赵调度", "所需备件", "本单无备件", "调度员", "班组长"):
        assert expected in text, expected
    received = fresh(order).handed_over_at
    assert f"{received:%Y-%m-%d%H:%M}" in text  # the hand-over time, to ten minutes


def test_completion_certificate_after_a_pass_through_main_print(advisor, dispatcher, inspector, shop, tmp_path, db):
    order = run_through(dispatcher, dispatched_order(advisor, dispatcher, shop))
    fail = {key: True for key in qc_all_ok(order)}
    workshop.fail_qc(inspector, order.id, order.version, "制动踏板偏软", results={**fail, f"line:{labour_lines(order)[1].id}": False})
    order = run_through(dispatcher, fresh(order))
    number = workshop.pass_qc(inspector, order.id, order.version, qc_all_ok(order), note="路试正常").certificate_number
    out = tmp_path / "cert.pdf"
    if os.environ.get("TEST_DATABASE_URL"):  # the same path in-process; the subprocess below needs a file it can open
        path = print_document("completion-certificate", None, out)
    else:
        result = subprocess.run([sys.executable, "main.py", "--database", f"sqlite:///{db.database}", "print",
                                 "completion-certificate", "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        path = out
    text = pdf_words(path)
    for expected in ("竣工检验单", "出厂合格证", number, order.number, "更换机油机滤", "检查制动系统", "张师傅",
                     "轮胎气压及螺栓力矩符合标准", "合格", "返工1次", "路试正常", "质量保证期", "机动车维修管理规定", "质检员"):
        assert expected in text, expected
    assert QualityCheck.select().count() == 2


def test_nothing_to_print_yet_is_told_in_chinese(db, admin, tmp_path):
    for kind in ("job-ticket", "completion-certificate"):
        with pytest.raises(NotFound):
            print_document(kind, None, tmp_path / f"{kind}.pdf")
        assert not (tmp_path / f"{kind}.pdf").exists()
