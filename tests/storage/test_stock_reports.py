"""Purchasing from the reorder list, and the warehouse's lists, day figures and Excel exports."""
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from storage.models import Part, PurchaseOrder, StockMovement
from storage.parts import catalogue, purchasing
from storage.parts import reads as stock_reports
from storage.parts import stock
from storage.rules import auth
from storage.rules.errors import PermissionDenied, ValidationError
from tests.factories import add_part_line, make_order

D = Decimal


@pytest.fixture
def supplier(keeper):
    return catalogue.create_supplier(keeper, "华北汽配")


def make(keeper, number, *, on_hand="0", cost="10", **values):
    part = catalogue.create_part(keeper, number=number, name=f"备件{number}", **values)
    if on_hand != "0":
        stock.receive(keeper, [{"part": part.id, "quantity": on_hand, "unit_cost": cost}])
    return Part.get_by_id(part.id)


def test_reorder_list_counts_what_is_on_order(keeper, supplier):
    low = make(keeper, "R-1", on_hand="2", safety_stock="5", reorder_qty="10")
    short = make(keeper, "R-2", on_hand="1", safety_stock="20", reorder_qty="4")
    make(keeper, "R-3", on_hand="9", safety_stock="5")
    make(keeper, "R-4", safety_stock="5", active=False)
    oil = make(keeper, "R-5", on_hand="1.5", safety_stock="8", reorder_qty="2.5", unit="升")
    rows, _ = purchasing.reorder_list()
    assert [(r["number"], r["suggested"]) for r in rows] == [("R-1", D(10)), ("R-2", D(19)), ("R-5", D("6.5"))]
    po = purchasing.purchase_order_from_reorder_list(keeper, supplier.id, [low.id, short.id, oil.id])
    detail = purchasing.purchase_order_detail(po.id)
    assert [(line["part_number"], line["quantity"]) for line in detail["lines"]] == [("R-1", D(10)), ("R-2", D(19)), ("R-5", D("6.5"))]
    # a draft is not yet on order; once placed it is, and the list empties
    assert len(purchasing.reorder_list()[0]) == 3
    purchasing.place_order(keeper, po.id, po.version)
    assert purchasing.reorder_list()[0] == []
    rows, _ = stock_reports.below_safety_stock()
    assert [(r["number"], r["on_order"], r["shortage"]) for r in rows] == [("R-1", D(10), D(3)), ("R-2", D(19), D(19)), ("R-5", D("6.5"), D("6.5"))]


def test_reorder_list_pages_by_number(keeper):
    for n in range(5):
        make(keeper, f"N-{n}", safety_stock="1")
    first, cursor = purchasing.reorder_list(limit=2)
    second, cursor2 = purchasing.reorder_list(limit=2, after=cursor)
    third, end = purchasing.reorder_list(limit=2, after=cursor2)
    assert [r["number"] for r in first + second + third] == [f"N-{n}" for n in range(5)] and end is None


@pytest.mark.parametrize("lines, message", [
    ([], "至少需要一种"),
    ([{"part": "P", "quantity": "1.5"}], "整数"),
    ([{"part": "P", "quantity": "1"}, {"part": "P", "quantity": "2"}], "重复"),
    ([{"part": "P", "quantity": "1", "unit_cost": "-3"}], "负数"),
])
def test_bad_purchase_orders(keeper, supplier, lines, message):
    part = make(keeper, "P-1")
    lines = [{**line, "part": part.id} for line in lines]
    with pytest.raises(ValidationError, match=message):
        purchasing.create_purchase_order(keeper, supplier.id, lines)
    assert PurchaseOrder.select().count() == 0


def test_draft_lines_are_editable_placed_ones_are_not(keeper, supplier, users):
    part = make(keeper, "P-1")
    with pytest.raises(PermissionDenied):
        purchasing.create_purchase_order(users[auth.ADVISOR], supplier.id, [{"part": part.id, "quantity": "1"}])
    po = purchasing.create_purchase_order(keeper, supplier.id, [{"part": part.id, "quantity": "1"}])
    po = purchasing.set_purchase_lines(keeper, po.id, po.version, [{"part": part.id, "quantity": "3", "unit_cost": "12"}])
    assert purchasing.purchase_order_detail(po.id)["total"] == D("36.00")
    po = purchasing.place_order(keeper, po.id, po.version)
    with pytest.raises(ValidationError, match="不能再修改"):
        purchasing.set_purchase_lines(keeper, po.id, po.version, [{"part": part.id, "quantity": "1"}])
    rows, _ = purchasing.list_purchase_orders(status="已下单")
    assert [r.number for r in rows] == [po.number]


def test_slow_movers_and_value_by_brand(keeper):
    make(keeper, "S-1", on_hand="2", cost="100", brand="大众")
    make(keeper, "S-2", on_hand="3", cost="10", brand="博世")
    make(keeper, "S-3", on_hand="1", cost="7", brand="大众")
    make(keeper, "S-4", brand="大众")
    Part.update(last_movement_at=dt.datetime(2024, 1, 5)).where(Part.number.in_(["S-1", "S-4"])).execute()
    rows, _ = stock_reports.slow_movers(6)
    assert [r["number"] for r in rows] == ["S-1"]  # S-4 has nothing on the shelf
    assert stock_reports.stock_value_by("brand") == [
        {"key": "大众", "parts": 2, "value": D("207.00")}, {"key": "博世", "parts": 1, "value": D("30.00")}]
    assert stock_reports.months_before(dt.date(2025, 3, 31), 1) == dt.date(2025, 2, 28)
    assert stock_reports.months_before(dt.date(2025, 1, 15), 13) == dt.date(2023, 12, 15)


def test_parts_bought_against_parts_used_per_day(keeper, advisor):
    part = make(keeper, "F-1", on_hand="10", cost="4")
    order = make_order(advisor, status="维修中")
    line = add_part_line(order, part, "6")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "6"}])
    stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": "1"}], reason="多领")
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    StockMovement.update(at=yesterday).where(StockMovement.kind == "入库").execute()
    today = dt.date.today()
    flows = stock_reports.parts_flow(today - dt.timedelta(days=1), today)
    assert [f["day"] for f in flows] == [yesterday.date(), today]
    assert (flows[0]["received_quantity"], flows[0]["received_value"], flows[0]["received_po_value"]) == (D(10), D("40.00"), D("0.00"))
    assert (flows[1]["issued_quantity"], flows[1]["issued_value"], flows[1]["returned_value"], flows[1]["used_value"]) == (
        D(6), D("24.00"), D("4.00"), D("20.00"))
    rows, _ = stock_reports.parts_flow_detail(today - dt.timedelta(days=1), today)
    assert [(r["number"], r["received"], r["issued"], r["returned"], r["used"]) for r in rows] == [("F-1", D(10), D(6), D(1), D(5))]
    figures = stock_reports.day_figures(today)
    assert (figures["issues"], figures["issued_value"], figures["returns"], figures["stock_value"]) == (1, D("24.00"), 1, D("20.00"))


def test_lists_export_to_excel(keeper, tmp_path):
    for n in range(7):
        make(keeper, f"E-{n}", on_hand="1", safety_stock="3", brand="大众")
    path = tmp_path / "below.xlsx"
    assert stock_reports.export_list("below_safety", path) == 7
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("零件号", "名称", "货位") and [r[0] for r in rows[1:]] == [f"E-{n}" for n in range(7)]
    assert rows[1][4] == 1 and rows[1][6] == 2
    assert stock_reports.export_list("stock_value_by_brand", tmp_path / "value.xlsx") == 1
