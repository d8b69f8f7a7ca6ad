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
from storage import workshop
from tests.pdftext import pdftotext, poppler
from tests.print_samples import SAMPLES, Scene


def test_every_registered_kind_has_a_sample():
    missing = sorted(set(DOCUMENTS) - set(SAMPLES))
    assert not missing, f"no layout sample for {missing}: add one to tests/print_samples.py"


def _papers(kind):
    return [None] + [p for p in PAPER_CHOICES.get(kind, ()) if p != DOCUMENTS[kind].paper]


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
                subprocess.run([poppler("pdftoppm"), "-r", "50", "-png", str(pdf), str(out)], check=True)
    print(f"pages at {lines} lines: " + ", ".join(reports))
    assert not failures, "\n".join(failures)


# -- the detectors themselves: each one fails on the fault it is for ---------------------------

def _probe(story, paper="a4"):
    import io as _io

    from printing import base
    from printing.base import Document, build_pdf

    probe = layout_check.Probe()
    token = base.LAYOUT_PROBE.set(probe)
    try:
        build_pdf(Document(title="测试", story=story, barcode=False, store={}), paper, _io.BytesIO())
    finally:
        base.LAYOUT_PROBE.reset(token)
    return probe.finish()


def _rows(n):
    from decimal import Decimal

    return [[i, f"更换机油机滤 {i}", Decimal("1.5"), Decimal("120")] for i in range(1, n + 1)]


def _columns(first=8):
    from printing.base import Column

    return [Column("序", first, "center"), Column("项目", 60), Column("数量", 12, "right"), Column("金额", 20, "money")]


def test_a_signature_alone_on_a_page_is_found_and_the_pipeline_prevents_it():
    from reportlab.platypus import PageBreak

    from printing.base import items_table, signature_lines

    alone = _probe(lambda sheet: [items_table(sheet, _columns(), _rows(3)), PageBreak(), signature_lines(sheet)])
    assert any("签字栏单独在一页" in p for p in alone), alone
    # 52 rows end just at the foot of the first A4 page: without keeping, the signature would go alone.
    for n in range(40, 70):
        assert not _probe(lambda sheet: [items_table(sheet, _columns(), _rows(n)), signature_lines(sheet)]), n


def test_text_outside_its_cell_is_found():
    from reportlab.platypus import Table

    from printing.base import para

    def story(sheet):
        table = Table([[para("¥1,234,567,890.00", sheet.styles.amount), "x"]], colWidths=[50, 60])  # an amount never breaks
        plain = Table([["这一行纯文字写得太长放不下", "y"]], colWidths=[40, 60])
        return [table, plain]

    found = _probe(story)
    assert sum("文字超出单元格" in p for p in found) == 2, found


def test_a_column_narrower_than_two_characters_is_found_and_items_tables_never_have_one():
    from reportlab.platypus import Table

    from printing.base import items_table

    found = _probe(lambda sheet: [Table([["序号", "项目"]], colWidths=[12, 200])])
    assert any("不足两个字" in p for p in found), found
    assert not _probe(lambda sheet: [items_table(sheet, _columns(first=1), _rows(2))])


def test_a_table_split_without_its_header_is_found():
    from reportlab.platypus import Table

    from printing.base import items_table

    def story(sheet):
        bare = Table([[f"第 {i} 行", "内容"] for i in range(120)], colWidths=[80, 80])
        return [bare]

    found = _probe(story)
    assert any("表格续页第一行不是表头" in p for p in found), found
    assert not _probe(lambda sheet: [items_table(sheet, _columns(), _rows(150))])


# -- the store's printers ----------------------------------------------------------------------

def test_the_thermal_receipt_is_black_on_white_and_ends_under_its_last_line(users):
    """Rasterised as the head prints it (203 dpi, no smoothing): every dot black or white, no grey
    fill or grey text; the page ends a few millimetres under the last dark row (the cut)."""
    import pypdfium2 as pdfium

    scene = Scene(users, 3)
    report = layout_check.check("receipt", SAMPLES["receipt"](scene))
    assert report.pages == 1 and not report.problems
    document = pdfium.PdfDocument(report.pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=203 / 72, grayscale=True, no_smoothtext=True, no_smoothpath=True,
                             no_smoothimage=True)
        image = bitmap.to_pil()
    finally:
        document.close()
    pixels = image.tobytes()  # one byte a dot, row after row
    assert set(pixels) <= {0, 255}, sorted(set(pixels))[:10]
    dark_rows = [y for y in range(image.height) if 0 in pixels[y * image.width:(y + 1) * image.width]]
    below = (image.height - 1 - dark_rows[-1]) / 203 * 25.4
    assert below < 6, f"{below:.1f} mm of blank paper after the last line"


def test_the_paper_of_a_document_is_chosen_in_settings_and_used_by_the_preview(qtbot, users, tmp_path):
    """设置 → 打印机 → 单据用纸: the outbound slip on 241 mm multi-part paper; the preview then shows
    it 241 mm wide, once, with the three parts named; a paper a document cannot use is refused."""
    import pypdfium2 as pdfium
    from reportlab.lib.units import mm

    from printing.registry import paper_of, set_paper_of
    from storage.plumbing.config import LocalSettings
    from storage.rules.errors import ValidationError
    from ui.kit.print_actions import preview_document
    from ui.shell.settings_dialog import SettingsDialog
    from ui.shell.settings_pages import PrintersPage

    local = LocalSettings(tmp_path / "settings.json")
    dialog = SettingsDialog(local=local, user=users[auth_admin()])
    qtbot.addWidget(dialog)
    page = dialog.page(PrintersPage)
    combo = page.paper_combos["outbound-slip"]
    assert combo.currentData() == "a5"
    combo.setCurrentIndex(combo.findData("continuous241"))
    page.save()
    local.save()
    again = LocalSettings(tmp_path / "settings.json")
    assert paper_of("outbound-slip", again) == "continuous241" and paper_of("settlement", again) == "a4"
    with pytest.raises(ValidationError, match="不能用"):
        set_paper_of(again, "receipt", "a4")

    number = SAMPLES["outbound-slip"](Scene(users, 2))
    shown = []
    task = preview_document(dialog, "outbound-slip", number, user=None, local=again, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    preview = shown[0]
    assert preview.paper == "continuous241"
    document = pdfium.PdfDocument(preview.pdf_bytes)
    try:
        width, _ = document[0].get_size()
        assert abs(width - 241 * mm) < 1 and len(document) == 1
    finally:
        document.close()
    preview.reject()
    assert task is not None


def auth_admin():
    from storage.rules import auth

    return auth.ADMIN


# -- what the forms say -------------------------------------------------------------------------

@pytest.mark.parametrize("amount, words", [
    ("1234.50", "壹仟贰佰叁拾肆元伍角整"), ("1005.07", "壹仟零伍元零柒分"), ("100000001", "壹亿零壹元整"),
    ("60300", "陆万零叁佰元整"), ("100010", "壹拾万零壹拾元整"), ("0.5", "伍角整"), ("0", "零元整"),
    ("20000000", "贰仟万元整"), ("-3.05", "负叁元零伍分"), ("1010.10", "壹仟零壹拾元壹角整"),
])
def test_amounts_in_capitals(amount, words):
    from storage.rules.money import in_capitals

    assert in_capitals(amount) == words


def _text(kind, number, **kw):
    return "".join(pdftotext(layout_check.check(kind, number, **kw).pdf).split())


def test_the_settlement_says_its_amount_in_capitals_and_what_the_seeds_ask(users):
    from storage.rules.money import in_capitals

    scene = Scene(users, 2)
    settlement = scene.settlement
    for kind in ("settlement", "settlement-a5"):
        text = _text(kind, settlement.number)
        for words in (in_capitals(settlement.total), "维修类别", "出厂里程" if kind == "settlement" else "进出厂里程",
                      "48,222", scene.parts(2)[0].number, "合格证"):
            assert words in text, (kind, words)
        assert "保修类别" not in text
    cert = workshop.latest_certificate_number()
    assert cert and cert in _text("settlement", settlement.number)


def test_the_outbound_slip_names_the_technicians_and_the_whole_model(users):
    scene = Scene(users, 2)
    number = SAMPLES["outbound-slip"](scene)
    text = _text("outbound-slip", number)
    assert "张师傅、李师傅" in text and "迈腾380TSIDSG旗舰" in text  # the whole model (it may wrap)
    multi = _text("outbound-slip", number, paper="continuous241")
    assert "第一联仓库存根" in multi and "第三联财务" in multi


def test_a_section_title_left_at_the_foot_of_a_page_is_found_and_kept_with_its_content():
    from reportlab.platypus import Paragraph, Spacer

    from printing import base
    from printing.base import items_table, section

    def story(sheet):
        return [Spacer(1, 640), section(sheet, "挂账与回款"), items_table(sheet, _columns(), _rows(3))]

    assert not _probe(story)  # the pipeline starts a new page for the title
    plain = base._titles_with_content
    try:
        base._titles_with_content = lambda story, sheet, room: story
        found = _probe(story)
    finally:
        base._titles_with_content = plain
    assert any("小标题落在页底" in p for p in found), found
