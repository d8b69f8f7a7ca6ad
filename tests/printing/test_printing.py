"""The print pipeline (printing/), the customer archive sheet, and the preview and printer side (ui/)."""
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from printing import base, customer_archive
from printing.base import Column, Document, build_pdf, info_grid, items_table, section, signature_lines
from printing.cli import print_document
from printing.registry import DOCUMENTS, PAPER_CLASSES, DocumentKind, document
from storage.models import Reminder, VehicleModel
from storage.reception import archive
from storage.rules.errors import DomainError, NotFound, ValidationError
from storage.rules.validation import vin_check_digit
from tests.factories import make_order
from tests.pdftext import pdf_words

STORE = "红旗路一汽大众4S店"


def valid_vin(body: str) -> str:
    """A 17-character VIN whose 9th character is the right check digit."""
    blank = body[:8] + "0" + body[9:]
    return blank[:8] + vin_check_digit(blank) + blank[9:]


VIN_1 = valid_vin("LFV3A23C0H3012345")
VIN_2 = valid_vin("LFVBA24G0N3098765")


def has(text: str, *expected: str) -> bool:
    missing = [e for e in expected if "".join(e.split()) not in text]
    assert not missing, f"not on paper: {missing}"
    return True


def pages_of(data: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(data)
    try:
        return [tuple(page.get_size()) for page in document]
    finally:
        document.close()


@pytest.fixture
def customer(advisor):
    """张建国 with two cars and two visits, built through the storage actions."""
    person = archive.create_customer(
        advisor, name="张建国", phone="138 0013 8000", address="北京市朝阳区望京西园三区 312 号楼 2 单元 1501 室",
        company="北京恒远物流有限公司", source="本店购车", note="只用原厂机油 <重要客户> & 周六来店",
    )
    model = VehicleModel.create(brand="一汽大众", name="迈腾 2.0T", service_km=7500, service_months=6)
    first = archive.create_vehicle(
        advisor, person.id, plate="京a n2345", vin=VIN_1, engine_no="CUF123456", model=model.id, colour="星光蓝",
        purchase_date="2021-05-18", insurance_due="2027-05-17", inspection_due="2027-05-31",
    )
    second = archive.create_vehicle(advisor, person.id, plate="京AD12345", vin=VIN_2, model_text="ID.4 CROZZ", colour="极地白")
    Reminder.create(vehicle=first, kind="保养", due_on=dt.date(2027, 4, 12), due_km=55700)
    make_order(advisor, vehicle=first, mileage=48210)
    make_order(advisor, vehicle=second, job_type="一般维修", mileage=21877,
               lines=(("工时", "更换刹车片", "1.0", "120.00"), ("材料", "前刹车片", "1", "680.00")))
    return person


# -- the customer archive sheet -------------------------------------------------------------

def test_archive_sheet_prints_the_customer_the_cars_and_the_visits(customer, tmp_path):
    path = print_document("customer-archive", str(customer.id), tmp_path / "archive.pdf")
    text = pdf_words(path)
    has(text, STORE, "客户档案资料表", "张建国", "13800138000", "北京恒远物流有限公司", "京AN2345", "京AD12345",
        VIN_1, VIN_2, "CUF123456", "一汽大众迈腾", "星光蓝", "2027-04-12", "第 1 页 / 共 1 页",
        "<重要客户> & 周六来店", "客户确认签字", "48,210 km", *[order.number for order in customer.orders])
    assert "更换刹车片" not in text  # visits are listed, not their lines


def test_the_font_is_embedded_as_a_subset(customer):
    data = base.render_to_bytes("customer-archive", str(customer.id))
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data and b"WenQuanYiMicroHei" in data
    assert b"/Helvetica" not in data  # every glyph comes from the embedded CJK font


@pytest.mark.parametrize("typed", ["京A N2345", "jing", "13800138000", "customer:{id}", "{id}", None])
def test_the_sheet_is_found_by_id_plate_phone_or_its_qr_code(customer, typed):
    if typed == "jing":
        with pytest.raises(NotFound, match="找不到客户“jing”"):
            customer_archive.find_customer(typed)
        return
    typed = typed.format(id=customer.id) if typed else typed
    assert customer_archive.find_customer(typed).id == customer.id


def test_latest_number_is_the_newest_customer(customer, advisor):
    assert customer_archive.latest_number() == str(customer.id)
    newer = archive.create_customer(advisor, name="李四", phone="13900139000")
    assert customer_archive.latest_number() == str(newer.id)
    has(pdf_words(base.render_to_bytes("customer-archive", None)), "李四")


def test_a_customer_without_cars_or_visits_still_prints(advisor):
    person = archive.create_customer(advisor, name="王五", phone="010-88886666")
    text = pdf_words(base.render_to_bytes("customer-archive", str(person.id)))
    has(text, "王五", "该客户名下暂无车辆", "暂无进厂记录")


def test_unknown_kind_and_unknown_number_are_refused_in_chinese(db, admin, tmp_path):
    folder = tmp_path / "out"
    out = folder / "x.pdf"
    with pytest.raises(DomainError, match="未知的单据种类“work-ordr”"):
        print_document("work-ordr", None, out)
    with pytest.raises(DomainError, match="还没有客户"):
        print_document("customer-archive", None, out)
    with pytest.raises(NotFound, match="找不到客户“999”"):
        print_document("customer-archive", "999", out)
    assert not folder.exists() or list(folder.iterdir()) == []  # nothing half-written is left behind


def test_copies_of_the_archive_sheet(customer):
    data = base.render_to_bytes("customer-archive", str(customer.id), copies=2)
    assert len(pages_of(data)) == 2
    text = pdf_words(data)
    has(text, "第 1 份", "第 2 份")


def test_every_registered_document_is_declared_once_by_its_module_on_a_known_paper():
    import importlib
    import inspect
    import pkgutil

    import printing

    assert set(base.PAPERS) == set(PAPER_CLASSES)
    declared = {}
    for info in pkgutil.iter_modules(printing.__path__):
        module = importlib.import_module(f"printing.{info.name}")
        if isinstance(getattr(module, "DOCUMENT", None), DocumentKind):
            declared[module.DOCUMENT.kind] = module.DOCUMENT
    assert declared == dict(DOCUMENTS)  # every module's declaration is registered, and nothing else
    for kind, declared_kind in DOCUMENTS.items():
        assert declared_kind.kind == kind and declared_kind.label and declared_kind.paper in base.PAPERS
        assert list(inspect.signature(declared_kind.render).parameters)[:3] == ["user", "number", "out"]
    assert "no-such-kind" not in DOCUMENTS
    with pytest.raises(ValidationError, match="未知的单据种类"):
        document("no-such-kind")


# -- the pipeline on every paper ------------------------------------------------------------

def sample(lines: int) -> Document:
    def story(sheet):
        columns = [Column("序", 6, "center"), Column("项目", 40), Column("数量", 10, "right"), Column("金额", 16, "money")]
        rows = [[i, f"更换机油机滤（第 {i} 项）", Decimal("1.5"), Decimal("1234.5")] for i in range(1, lines + 1)]
        return [
            section(sheet, "客户资料"),
            info_grid(sheet, [("客户名称", "张三"), ("联系电话", "13800138000"), ("地址", "北京市朝阳区红旗路 88 号", 2)]),
            section(sheet, "维修项目"),
            items_table(sheet, columns, rows, total=["", "合计", "", Decimal("1234.5") * lines]),
            signature_lines(sheet),
        ]

    return Document(title="维修结算单", number="JS20261124-0001", story=story,
                    store={"name": STORE, "address": "北京市朝阳区红旗路 88 号", "phone": "010-88886666"})


@pytest.mark.parametrize("paper, size_mm", [("a4", (210, 297)), ("a5", (210, 148)), ("continuous241", (241, 279.4))])
def test_sheet_papers_have_their_size_header_and_page_numbers(paper, size_mm):
    out = io.BytesIO()
    build_pdf(sample(3), paper, out)
    (width, height), = pages_of(out.getvalue())
    assert (round(width / 72 * 25.4, 1), round(height / 72 * 25.4, 1)) == size_mm
    text = pdf_words(out.getvalue())
    has(text, STORE, "维修结算单", "单号：JS20261124-0001", "打印时间：", "第 1 页 / 共 1 页", "¥1,234.50", "客户签字")


def test_the_roll_is_one_page_as_long_as_its_content():
    short, long = io.BytesIO(), io.BytesIO()
    build_pdf(sample(2), "roll80", short)
    build_pdf(sample(60), "roll80", long)
    (short_w, short_h), = pages_of(short.getvalue())
    (long_w, long_h), = pages_of(long.getvalue())
    assert round(short_w / 72 * 25.4) == round(long_w / 72 * 25.4) == 80
    assert short_h < 297 / 25.4 * 72 < long_h
    text = pdf_words(long.getvalue())
    has(text, "第 60 项", "客户签字")
    assert "页/共" not in text


def test_continuous_multi_part_paper_prints_each_set_once_naming_all_its_parts():
    """241 mm carbonless paper: one printing makes the three parts, so there are no per-copy labels;
    every page names the parts down its right edge; three sets are three printings."""
    out = io.BytesIO()
    build_pdf(sample(45), "continuous241", out, copies=3)
    pages = pages_of(out.getvalue())
    assert len(pages) == 6  # two pages a set
    text = pdf_words(out.getvalue())
    assert text.count("第一联客户") == text.count("第三联存根") == 6
    assert "客户联" not in text and "存根联" not in text
    assert text.count("第2页/共2页") == 3
    single = io.BytesIO()
    build_pdf(sample(1), "continuous241", single, copies=1)
    assert pdf_words(single.getvalue()).count("第二联财务") == 1


def test_copy_labels_can_be_named_and_a_bare_story_builds():
    out = io.BytesIO()
    build_pdf(sample(1), "a5", out, copies=2, copy_labels=["存根", "客户"])
    has(pdf_words(out.getvalue()), "存根", "客户")
    assert len(pages_of(out.getvalue())) == 2
    bare = io.BytesIO()
    build_pdf(lambda sheet: [section(sheet, "只有正文")], "a4", bare)
    has(pdf_words(bare.getvalue()), "只有正文")


def test_unknown_paper_is_refused():
    with pytest.raises(DomainError, match="未知的纸张"):
        build_pdf(sample(1), "letter", io.BytesIO())


def test_blocks_format_values_for_paper():
    assert base.text(None) == "" and base.text(Decimal("1.500")) == "1.5" and base.text(dt.date(2026, 1, 31)) == "2026-01-31"
    assert base.money(Decimal("1234.5")) == "¥1,234.50" and base.money(None) == ""


# -- Qt: printing and the preview dialog ----------------------------------------------------

def test_print_pdf_paints_every_page_on_the_printer(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.kit.printers import print_pdf

    source = io.BytesIO()
    build_pdf(sample(45), "a4", source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(source.getvalue(), printer=printer) == 2
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed.startswith(b"%PDF")
    sizes = pages_of(printed)
    assert len(sizes) == 2 and round(sizes[0][0] / 72 * 25.4) == 210


def test_print_pdf_refuses_a_printer_that_is_not_there(qapp):
    from ui.kit.printers import print_pdf

    with pytest.raises(DomainError, match="打印机"):
        print_pdf(b"%PDF", "不存在的打印机")


def test_printer_per_paper_class_is_remembered(tmp_path, monkeypatch):
    from storage.plumbing.config import LocalSettings
    from ui.kit import printers

    local = LocalSettings(tmp_path / "settings.json")
    monkeypatch.setattr(printers, "available_printers", lambda: ["前台激光", "收银小票"])
    printers.set_printer_for_paper(local, "roll80", "收银小票")
    printers.set_printer_for_paper(local, "a4", "已拆除的打印机")
    assert printers.printer_for_paper(local, "roll80") == "收银小票"
    assert printers.printer_for_paper(local, "a4") is None  # no longer installed: ask
    printers.set_printer_for_paper(local, "roll80", None)
    assert printers.printer_for_paper(local, "roll80") is None


def test_preview_shows_the_pages_zooms_and_saves(customer, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.kit.print_preview import PrintPreviewDialog

    data = base.render_to_bytes("customer-archive", str(customer.id), copies=2)
    dialog = PrintPreviewDialog(pdf_bytes=data, title="客户档案资料表", paper="a4")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count == 2 and "共 2 页" in dialog.ui.pageCountLabel.text()
    assert "客户档案资料表" in dialog.windowTitle() and "未设置" in dialog.ui.printerLabel.text()
    dialog.set_zoom(1.0)
    width = dialog._page_labels[0].width()
    dialog.zoom_in()
    assert dialog.zoom > 1.0 and dialog._page_labels[0].width() > width
    dialog.fit_width()
    assert dialog._page_labels[0].width() <= dialog.ui.scrollArea.viewport().width()

    target = tmp_path / "存档" / "archive"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF 文件 (*.pdf)"))
    dialog.ui.saveButton.click()
    saved = target.with_name("archive.pdf")
    assert dialog.saved_path == str(saved) and saved.read_bytes() == data
    dialog.ui.closeButton.click()
    assert not dialog.isVisible()


def test_preview_prints_to_the_printer_of_its_paper(customer, qtbot, monkeypatch):
    from ui.kit import print_preview

    sent = []
    monkeypatch.setattr(print_preview, "print_pdf", lambda data, name, **kw: sent.append((name, kw["title"])) or 1)
    data = base.render_to_bytes("customer-archive", str(customer.id))
    dialog = print_preview.PrintPreviewDialog(pdf_bytes=data, title="客户档案资料表", paper="a4", printer_name="前台激光")
    qtbot.addWidget(dialog)
    assert "前台激光" in dialog.ui.printerLabel.text()
    dialog.ui.printButton.click()
    assert sent == [("前台激光", "客户档案资料表")] and dialog.result() == dialog.DialogCode.Accepted



def test_the_parsed_font_is_kept_and_read_back_the_same(tmp_path, monkeypatch):
    """ReportLab's parse of the 5 MB font is kept in the data folder; a later process reads it back
    (printing.fonts.parsed_font) and gets the same metrics and the same embedded subset."""
    from printing import fonts

    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path))
    parsed = fonts.parsed_font()
    path = fonts.font_cache_path()
    assert path.parent == tmp_path / "cache" and path.stat().st_size > 1_000_000
    kept = fonts.parsed_font()
    assert kept.face is not parsed.face
    for name in ("charToGlyph", "charWidths", "glyphPos", "ascent", "descent", "bbox", "unitsPerEm", "name"):
        assert getattr(kept.face, name) == getattr(parsed.face, name), name
    assert kept.face.name.ustr == parsed.face.name.ustr
    used = list(range(32)) + [ord(c) for c in "维修工单京A12345¥"]
    assert kept.face.makeSubset(used) == parsed.face.makeSubset(used)
    assert kept.stringWidth("维修工单 ABC", 10) == parsed.stringWidth("维修工单 ABC", 10)


def test_a_broken_font_cache_is_parsed_again(tmp_path, monkeypatch):
    from printing import fonts

    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path))
    path = fonts.font_cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal")
    font = fonts.parsed_font()
    assert font.face.charToGlyph[ord("维")]
    assert path.stat().st_size > 1_000_000  # written again
    assert fonts.parsed_font().face.charWidths == font.face.charWidths
