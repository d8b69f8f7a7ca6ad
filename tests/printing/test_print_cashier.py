"""The cashier's settlement on the half sheet (settlement-a5): an ordinary visit with an insurer's
share fits on one page for the customer's signature, and says everything the A4 one says."""

import pytest

from printing.cli import print_document
from storage import cashier
from storage.cashier import Tender
from storage.rules import auth
from storage.rules.money import money
from tests.factories import order_ready_to_settle
from tests.pdftext import pdftotext


def pdf(path) -> tuple[str, int]:
    text = pdftotext(path)
    return text, text.count("\f")


def test_an_eight_line_visit_prints_on_one_a5_page(users, advisor, tmp_path):
    lines = [("工时", f"检修项目{i}", "0.5", "120.00") for i in range(1, 5)]
    lines += [("材料", f"配件{i}", "1", "50.00") for i in range(1, 4)]
    lines += [("工时", "钣金喷漆", "1", "800.00", "保险公司")]
    order = order_ready_to_settle(advisor, job_type="事故车", insurer="中国人保财险", claim_number="RB-88", lines=lines)
    # 4 × 60 + 3 × 50 = 390.00 the customer's; 800.00 the insurer's on account.
    settlement = cashier.settle(users[auth.CASHIER], order.id, order.version,
                                payments=[Tender("现金", money("390.00"), tendered=money("400.00"))])
    out = tmp_path / "a5.pdf"
    print_document("settlement-a5", settlement.number, out)
    text, pages = pdf(out)
    assert pages == 1, text
    for words in (settlement.number, order.number, "检修项目4", "配件3", "钣金喷漆", "合计 8 项", "¥1,190.00",
                  "客户应付", "¥390.00", "保险公司承担", "¥800.00", "现金 ¥390.00，实收 ¥400.00 找零 ¥10.00",
                  "中国人保财险", "RB-88", "客户签字"):
        assert words in text, words
