"""跟踪服务电话登记表 on paper: a day, a month or a range; the script's scores and the complaints
phoned in; phone numbers masked unless the printing user may take them out; `main.py print` too."""
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from printing import follow_up_log
from printing.cli import print_document
from printing.registry import render_kind
from storage.care import complaints, follow_ups
from storage.rules import auth
from storage.rules.errors import NotFound, ValidationError
from tests.factories import ALL_FIVES, delivered_order, follow_ups_of, make_car, make_follow_up_due
from tests.pdftext import pdftotext

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _today_is_the_day_the_test_starts():
    """A run that crosses midnight: TODAY is each test's own day, not the day the module was loaded."""
    global TODAY
    TODAY = dt.date.today()
ROOT = Path(__file__).resolve().parents[2]
pdf_text = pdftotext


@pytest.fixture
def logged(users):
    care, advisor = users[auth.CARE], users[auth.ADVISOR]
    car = make_car(advisor, name="钱七", phone="13912345678", plate="京C66666")
    order = delivered_order(users, vehicle=car)
    first = make_follow_up_due(follow_ups_of(order)[0])
    follow_ups.complete_call(care, first.id, first.version, answers={**ALL_FIVES, "价格": 3}, remark="希望工时费再优惠些")
    other = make_follow_up_due(follow_ups_of(delivered_order(users, vehicle=make_car(advisor, name="孙八", phone="13700001111")))[0])
    follow_ups.record_no_answer(care, other.id, other.version)
    complaints.raise_complaint(care, customer_id=car.owner_id, vehicle_id=car.id, source="电话", description="刹车仍有异响")
    return order


@pytest.mark.parametrize("number, expected", [
    ("2026-11-24", (dt.date(2026, 11, 24), dt.date(2026, 11, 24))),
    ("20261124", (dt.date(2026, 11, 24), dt.date(2026, 11, 24))),
    ("2026-02", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("2026-11-01..2026-11-24", (dt.date(2026, 11, 1), dt.date(2026, 11, 24))),
    ("2026-11-01 至 2026-11-24", (dt.date(2026, 11, 1), dt.date(2026, 11, 24))),
])
def test_the_number_is_a_day_a_month_or_a_range(number, expected):
    assert follow_up_log.period(number) == expected


@pytest.mark.parametrize("number, message", [
    ("2026-13", "不是有效的月份"), ("2026-11-31", "不是有效的日期"), ("上个月", "不是有效的日期"),
    ("2026-11-24..2026-11-01", "结束日期不能早于开始日期"), ("2020-01-01..2026-01-01", "最多打印一年"),
])
def test_a_bad_period_is_refused_in_chinese(number, message):
    with pytest.raises(ValidationError, match=message):
        follow_up_log.period(number)


def test_nothing_to_print_before_the_first_call(db, tmp_path):
    with pytest.raises(NotFound, match="还没有回访记录"):
        print_document("follow-up-log", None, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_log_prints_the_calls_scores_and_phoned_complaints_with_masked_phones(logged, tmp_path):
    text = pdf_text(print_document("follow-up-log", None, tmp_path / "log.pdf"))
    for word in ("跟踪服务电话登记表", f"登记期间：{TODAY:%Y-%m-%d}", "钱七", "139****5678", "京C66666", logged.number,
                 "希望工时费再优惠些", "未接通", "137****1111", "客户来电投诉登记", "刹车仍有异响", "总体满意度",
                 "5.00 分", "业务主管审核"):
        assert word in text, word
    assert "13912345678" not in text


def test_a_user_allowed_to_export_phones_prints_them_in_full(logged, users, tmp_path):
    out = tmp_path / "full.pdf"
    render_kind("follow-up-log", f"{TODAY:%Y-%m}", out, user=users[auth.MANAGER])
    text = pdf_text(out)
    assert "13912345678" in text and "13700001111" in text
    render_kind("follow-up-log", f"{TODAY:%Y-%m}", out, user=users[auth.CARE])
    assert "13912345678" not in pdf_text(out)


def test_main_py_print_writes_the_log(logged, db_url_of_test, tmp_path):
    out = tmp_path / "cli.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--database", db_url_of_test, "print", "follow-up-log",
                             f"{TODAY:%Y-%m-%d}", "--out", str(out)], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "139****5678" in pdf_text(out)
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--database", db_url_of_test, "print", "follow-up-log",
                          "2026-13", "--out", str(tmp_path / "bad.pdf")], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=120)
    assert bad.returncode != 0 and "不是有效的月份" in bad.stderr and not (tmp_path / "bad.pdf").exists()


@pytest.fixture
def db_url_of_test(db):
    """The URL of the test's database, for a second process (committed data only)."""
    from storage.plumbing.db import database, is_sqlite
    from tests.conftest import PG_URL

    return f"sqlite:///{database.obj.database}" if is_sqlite() else PG_URL
