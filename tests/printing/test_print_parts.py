"""The warehouse's printed documents: 出库单 (outbound-slip), 入库单 (receiving-slip), 盘点表
(count-sheet) and 盘点差异表 (count-variance), through the `main.py print` path."""
import subprocess
import sys
from pathlib import Path

import pytest

from printing.cli import print_document
from printing.registry import DOCUMENTS
from storage.models import PickRequest
from storage.parts import count, purchasing, stock
from storage.rules import auth
from storage.rules.errors import DomainError
from tests.conftest import PG_URL
from tests.factories import build_parts_store
from tests.pdftext import pdftotext

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def documents(users):
    return make_documents(users)


def make_documents(users) -> dict:
    """One of each warehouse document, from the shared small store."""
    keeper = users[auth.STOREKEEPER]
    store = build_parts_store(users)
    picks = {p.line_id: p.id for p in PickRequest.select()}
    outbound = stock.issue(keeper, store["order"].id, [{"pick_request": picks[store["lines"][0].id], "quantity": "1"},
                                                       {"pick_request": picks[store["lines"][1].id], "quantity": "4.5"}])
    lines = purchasing.purchase_order_detail(store["po"].id)["lines"]
    receiving = stock.receive(keeper, [{"purchase_line": lines[0]["id"], "quantity": "4"}],
                              purchase_order_id=store["po"].id)
    started = count.start_count(keeper, bins=["A-01-1", "A-01-2", "A-01-3"])
    count.enter_count_by_number(keeper, started.id, "06L115562", "21")
    count.enter_count_by_number(keeper, started.id, "5Q0819653", "7")
    return {"outbound-slip": outbound["number"], "receiving-slip": receiving["number"],
            "count-sheet": started.number, "count-variance": started.number}


def test_the_warehouse_kinds_are_registered():
    for kind in ("outbound-slip", "receiving-slip", "count-sheet", "count-variance"):
        assert kind in DOCUMENTS


def test_each_document_prints_with_its_number_and_without(documents, tmp_path):
    expected = {
        "outbound-slip": ["出库单", "京N8M266", "机油滤清器", "4.5", "领料技工签字", "李明"],
        "receiving-slip": ["入库单", "一汽-大众备件中心", "空调滤清器", "累计到货", "验收人"],
        "count-sheet": ["盘点表", "A-01-3", "空调滤清器", "财务", "实盘"],
        "count-variance": ["盘点差异表", "机油滤清器", "盘亏金额", "服务经理批准"],
    }
    for kind, number in documents.items():
        out = tmp_path / f"{kind}.pdf"
        print_document(kind, number, out)
        text = pdftotext(out)
        for word in expected[kind] + [number]:
            assert word in text, (kind, word)
        newest = tmp_path / f"{kind}-newest.pdf"
        print_document(kind, None, newest)  # without a number: the newest of its kind
        assert number in pdftotext(newest)


def test_an_unknown_slip_number_is_a_chinese_message_and_no_file(documents, tmp_path):
    out = tmp_path / "none.pdf"
    with pytest.raises(DomainError, match="找不到单据 CK19990101-0001"):
        print_document("outbound-slip", "ck19990101-0001", out)
    assert not out.exists()


@pytest.mark.skipif(bool(PG_URL), reason="the subprocess opens the SQLite file of this test")
def test_main_print_task(documents, db, tmp_path):
    out = tmp_path / "slip.pdf"
    url = f"sqlite:///{Path(db.database).as_posix()}"
    result = subprocess.run([sys.executable, "main.py", "--database", url, "print", "outbound-slip", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert documents["outbound-slip"] in pdftotext(out)


def test_returns_and_adjustments_print_under_their_own_titles(users, tmp_path):
    """退库单 after the workshop brings a part back, 退货单 to the supplier, 库存调整单 with its reason
    and approver: one kind (`return-slip`), the title says which."""
    keeper, manager = users[auth.STOREKEEPER], users[auth.MANAGER]
    store = build_parts_store(users)
    picks = {p.line_id: p.id for p in PickRequest.select()}
    line = store["lines"][0]
    stock.issue(keeper, store["order"].id, [{"pick_request": picks[line.id], "quantity": "1"}])
    back = stock.return_from_workshop(keeper, store["order"].id, [{"line": line.id, "quantity": "1"}], reason="客户取消更换")
    sent = stock.return_to_supplier(keeper, store["supplier"].id, [{"part": store["parts"]["5Q0819653"].id, "quantity": "1"}],
                                    reason="包装破损")
    fixed = stock.adjust(manager, store["parts"]["04E906036AR"].id, "-1", reason="搬运摔坏")
    expected = {
        back["number"]: ["退库单", store["order"].number, "客户取消更换", "退料技工签字", "入"],
        sent["number"]: ["退货单", "一汽-大众备件中心", "包装破损", "供应商签收", "出"],
        fixed["number"]: ["库存调整单", "搬运摔坏", manager.display_name, "出"],
    }
    for number, words in expected.items():
        out = tmp_path / f"{number}.pdf"
        print_document("return-slip", number, out)
        text = pdftotext(out)
        for word in words + [number]:
            assert word in text, (number, word)
    newest = tmp_path / "newest.pdf"
    print_document("return-slip", None, newest)
    assert fixed["number"] in pdftotext(newest)
    with pytest.raises(DomainError, match="找不到单据"):
        print_document("return-slip", "TK19990101-0001", tmp_path / "none.pdf")
