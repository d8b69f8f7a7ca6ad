"""Issue 18's five kinds with short and long content (1 and 40 lines, tests/print_samples_issue18.py):
each prints, runs over as many pages as its content needs, and its signatures are on the last page
together with the end of what they sign (never a page of signatures alone)."""
from functools import cached_property

import pytest

from printing.cli import print_document
from printing.registry import DOCUMENTS
from storage.models import VehicleModel
from storage.reception import archive
from storage.rules import auth
from tests.pdftext import pdf_pages, pdftotext
from tests.print_samples_issue18 import SAMPLES_ISSUE18

# kind -> (words only on the last page with the signatures, a signature label)
LAST_PAGE = {
    "diagnosis-report": ("诊断费与检测人员", "门卫放行"),
    "added-work": ("客户同意的项目追加到本工单施工", "客户签字"),
    "suggestions": ("由此产生的后果由客户自行承担", "客户确认签字"),
    "service-card": ("下次保养", "发卡日期"),
    "process-check": ("复检合格方可进入下道工序", "车间主管"),
}

# kind -> the 40th row's own words, on the page of the signatures
LAST_ROW = {"diagnosis-report": "（第40项）", "added-work": "追加项目40：", "suggestions": "建议项目40："}


class Scene:
    """What the samples need: the users, the number of lines, a car, a block of text."""

    def __init__(self, users: dict, lines: int):
        self.lines = lines
        self.advisor, self.dispatcher = users[auth.ADVISOR], users[auth.DISPATCHER]
        self.inspector = users[auth.INSPECTOR]

    def text(self, what: str) -> str:
        return "\n".join(f"{what}第 {i} 行：客户反映冷车启动时发动机抖动。" for i in range(1, self.lines + 1))

    @cached_property
    def car(self):
        customer = archive.create_customer(self.advisor, name="欧阳建国", phone="13800138000")
        model = VehicleModel.create(brand="一汽大众", name="迈腾 380TSI DSG 旗舰型", service_km=7500, service_months=6)
        return archive.create_vehicle(self.advisor, customer.id, plate="京N8K2L9", model=model.id)


def page_texts(path) -> list[str]:
    return ["".join(pdftotext(path, layout=False, page=page).split()) for page in range(1, pdf_pages(path) + 1)]


def test_every_issue18_kind_has_a_sample():
    assert set(SAMPLES_ISSUE18) <= set(DOCUMENTS) and set(SAMPLES_ISSUE18) == set(LAST_PAGE)


@pytest.mark.parametrize("lines, pages", [(1, {"diagnosis-report": 1, "added-work": 1, "suggestions": 1, "service-card": 1,
                                                "process-check": 1}),
                                          (40, {"diagnosis-report": 5, "added-work": 9, "suggestions": 5, "service-card": 1,
                                                "process-check": 4})])
def test_short_and_long_content(users, tmp_path, lines, pages):
    scene = Scene(users, lines)
    counted = {}
    for kind, sample in SAMPLES_ISSUE18.items():
        texts = page_texts(print_document(kind, sample(scene), tmp_path / f"{kind}.pdf"))
        counted[kind] = len(texts)
        words, signature = LAST_PAGE[kind]
        assert words in texts[-1] and signature in texts[-1], kind
        if lines == 40 and kind in LAST_ROW:
            assert LAST_ROW[kind] in texts[-1], kind  # the last row is on the signed page
    assert counted == pages
