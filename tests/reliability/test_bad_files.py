"""The parts importer fed broken files: truncated or damaged Excel files, binary junk, wrong
columns, huge cells, the wrong encoding, random bytes. Each file is refused whole with a Chinese
message (ImportRefused) or imported row by row with the bad rows listed; nothing crashes and nothing
is half-written."""
import csv
import datetime as dt
import io
import os
import zipfile
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from storage.models import AuditLog, OpeningStock, Part, StockMovement
from storage.parts import importer
from storage.parts.importer import ImportRefused
from tests.reliability.fuzz import CJK, FUZZ


def xlsx(path, rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD = [["零件号", "名称", "零售价", "库存", "成本"], ["06L115562", "机油滤清器", 68, 10, "40.00"],
        ["1K0698151", "前刹车片", "420.00", 4, 250]]


def state():
    return (Part.select().count(), StockMovement.select().count(), AuditLog.select().count(),
            list(Part.select(Part.number, Part.name, Part.price, Part.on_hand).order_by(Part.number).tuples()))


def refused(keeper, path, words=""):
    """The import refuses the file with a Chinese message and nothing changes; the preview either
    refuses it the same way or shows it (it proposes columns, it does not judge rows)."""
    before = state()
    try:
        importer.preview(path)
    except ImportRefused as exc:
        assert CJK.search(exc.message), exc.message
    with pytest.raises(ImportRefused) as exc:
        importer.import_parts(keeper, path)
    assert CJK.search(exc.value.message) and words in exc.value.message, exc.value.message
    assert state() == before


def damaged_member(source, target, member, keep):
    """A copy of the xlsx (a zip) with one member cut to its first `keep` bytes."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[:keep] if item.filename == member else data)
    return target


def test_an_excel_file_cut_short_is_refused(keeper, tmp_path):
    whole = xlsx(tmp_path / "whole.xlsx", GOOD + [[f"P-{i}", f"备件{i}", "1.00", 1] for i in range(500)])
    data = whole.read_bytes()
    for share in (0, 0.1, 0.5, 0.9, 0.99):
        cut = tmp_path / f"cut-{share}.xlsx"
        cut.write_bytes(data[: int(len(data) * share)])
        refused(keeper, cut, "Excel")


@pytest.mark.parametrize("member, keep", [("xl/worksheets/sheet1.xml", 300), ("xl/worksheets/sheet1.xml", 0),
                                          ("xl/sharedStrings.xml", 40), ("xl/workbook.xml", 10),
                                          ("[Content_Types].xml", 5)])
def test_an_excel_file_with_a_damaged_part_is_refused(keeper, tmp_path, member, keep):
    whole = xlsx(tmp_path / "whole.xlsx", GOOD + [[f"P-{i}", f"备件{i}", "1.00", 1] for i in range(50)])
    with zipfile.ZipFile(whole) as zin:
        if member not in zin.namelist():
            pytest.skip(f"openpyxl wrote no {member}")
    refused(keeper, damaged_member(whole, tmp_path / "damaged.xlsx", member, keep), "Excel")


@pytest.mark.parametrize("name, data, words", [
    ("junk.xlsx", os.urandom(4096), "Excel"),
    ("junk.csv", b"\x00\x01\x02" + os.urandom(4096), ""),
    ("empty.csv", b"", "空"),
    ("empty.xlsx", b"", "Excel"),
    ("text.xlsx", "零件号,名称\n1,2\n".encode(), "Excel"),
    ("parts.xls", b"\xd0\xcf\x11\xe0" + os.urandom(512), ".xls"),
    ("parts.pdf", b"%PDF-1.4", "不支持"),
])
def test_junk_is_refused(keeper, tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    refused(keeper, path, words)


@pytest.mark.parametrize("rows, words", [
    ([["名称", "零售价"], ["机油滤清器", "68"]], "零件号"),  # no part-number column
    ([["零件号"], ["06L115562"]], "除零件号外"),  # nothing else to import
    ([["编号", "编号"], ["A", "B"]], ""),
    ([[None, None], [None, None]], "空"),
])
def test_wrong_columns_refuse_the_file(keeper, tmp_path, rows, words):
    refused(keeper, xlsx(tmp_path / "wrong.xlsx", rows), words)


def test_huge_cells_are_refused_row_by_row_or_whole(keeper, tmp_path):
    rows = [GOOD[0], ["H-1", "长" * 20_000, "10", 1, 5], ["H-2", "正常名称", "9" * 300, 1, 5],
            ["H-3", "正常名称", "12.50", "9" * 50, 5], ["H-4" * 5_000, "名称", "1", 1, 5], ["H-5", "好备件", "8.00", 2, 5]]
    report = importer.import_parts(keeper, xlsx(tmp_path / "huge.xlsx", rows))
    assert [r[1][:3] for r in report.refused] == ["H-1", "H-2", "H-3", "H-4"]
    assert all(CJK.search(r[2]) for r in report.refused)
    # the opening stock waits for the manager's approval (issue 16): entered, not yet on hand
    assert OpeningStock.get(OpeningStock.part == Part.get(Part.number == "H-5").id).quantity == Decimal(2)
    assert Part.select().count() == 1
    # A CSV cell beyond the csv module's field limit refuses the file, not the program.
    big = tmp_path / "big.csv"
    big.write_text("零件号,名称\nB-1," + "长" * 200_000 + "\n", "utf-8")
    refused(keeper, big, "CSV")


def test_a_file_in_another_encoding_part_way_through(keeper, tmp_path):
    path = tmp_path / "mixed.csv"
    head = "零件号,名称,零售价\n" + "".join(f"M-{i},备件{i},1.00\n" for i in range(5000))
    path.write_bytes(head.encode("utf-8") + "M-X,乱码,1.00\n".encode("utf-16") + b"\xff\xfe\xfd\n")
    refused(keeper, path, "编码")


def test_excel_error_values_and_dates_in_number_columns(keeper, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["零件号", "名称", "零售价", "库存", "成本"])
    sheet.append(["E-1", "公式错误", "#DIV/0!", 1, 3])
    sheet.append(["E-2", "日期当价格", None, 1, 3])
    sheet["C3"] = dt.datetime(2026, 1, 1)
    sheet.append(["E-3", "负库存", "5.00", -3, 3])
    sheet.append(["E-4", "正常", "5.00", 3, 3])
    book.save(tmp_path / "errors.xlsx")
    report = importer.import_parts(keeper, tmp_path / "errors.xlsx")
    assert sorted(r[1] for r in report.refused) == ["E-1", "E-2", "E-3"]
    assert [p.number for p in Part.select()] == ["E-4"]


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes(keeper, tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("junk") / f"random{suffix}"
    path.write_bytes(data)
    before = state()
    try:
        report = importer.import_parts(keeper, path)
    except ImportRefused as exc:
        assert CJK.search(exc.message)
        assert state() == before
        return
    assert report.applied and Part.select().count() == before[0] + report.created


@FUZZ
@given(rows=st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=6), max_size=12))
def test_random_csv_tables(keeper, tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("csv") / "random.csv"
    out = io.StringIO()
    csv.writer(out).writerows([["零件号", "名称", "零售价", "库存"], *rows])
    path.write_text(out.getvalue(), "utf-8")
    before = state()
    try:
        report = importer.import_parts(keeper, path)
    except ImportRefused as exc:
        assert CJK.search(exc.message) and state() == before
        return
    for _, _, reason in report.refused:
        assert CJK.search(reason)
    assert Part.select().count() == before[0] + report.created
    for part in Part.select():
        assert part.on_hand >= 0 and part.price >= 0
