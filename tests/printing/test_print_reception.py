"""The reception's printed documents, rendered through the `print` task's own function: work
order (A4, QR of its number), estimate (two copies), check-in sheet (belongings, damage marks)
and appointment slip; the Chinese text must come out of the PDF as text."""
import pytest

from printing.cli import print_document
from printing.registry import DOCUMENTS
from storage.rules.errors import NotFound
from tests.pdftext import pdf_pages, pdftotext
from tests.reception_scene import build


@pytest.fixture
def scene(users):
    return build(users)


@pytest.mark.parametrize("kind, expected, pages", [
    ("work-order", ["进厂维修单（任务委托书）", "京N8K2L9", "更换机油机滤", "更换前刹车片", "待客户确认", "旧件交还客户", "客户选用原厂配件", "客户签字"], 1),
    ("estimate", ["维修估价单", "第一联 客户联", "第二联 存根联", "四轮定位检测"], 2),
    ("check-in", ["接车单", "随车物品清单", "行车记录仪", "雨伞", "划痕", "凹陷", "38,650 km", "A-07"], 1),
])
def test_order_documents(scene, tmp_path, kind, expected, pages):
    out = print_document(kind, scene["signed"].number, tmp_path / f"{kind}.pdf")
    text = pdftotext(out)
    for word in expected:
        assert word in text, word
    assert pdf_pages(out) == pages


def test_draft_prints_its_no_guarantee_remarks_and_the_part_to_order(scene, tmp_path):
    text = pdftotext(print_document("work-order", scene["draft"].number, tmp_path / "draft.pdf"))
    assert "客户自购配件（客户自购刹车油 1L），本店对其质量不作担保" in text
    assert "待订货" in text


def test_appointment_slip_and_newest_by_default(scene, tmp_path):
    text = pdftotext(print_document("appointment", scene["appointment"].number, tmp_path / "slip.pdf"))
    for word in ("维修预约单", scene["appointment"].number, "京QD12345", "前刹车片 1 套", "420.00", "1号工位"):
        assert word in text, word
    assert "复查刹车" in pdftotext(print_document("appointment", None, tmp_path / "newest.pdf"))
    assert DOCUMENTS["appointment"].paper == "a5"


def test_unknown_number_is_refused_in_chinese_and_leaves_no_file(scene, tmp_path):
    with pytest.raises(NotFound, match="找不到工单"):
        print_document("work-order", "GD-NOPE", tmp_path / "out" / "x.pdf")
    assert not list((tmp_path / "out").iterdir())
