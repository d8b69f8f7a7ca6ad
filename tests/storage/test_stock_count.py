"""Stock counts (盘点): freeze, count tick by tick, variances with value, post after approval."""
import datetime as dt
from decimal import Decimal

import pytest

from storage.models import Bin, Part, StockCount, StockMovement
from storage.parts import catalogue
from storage.parts import count as stock_count
from storage.parts import stock
from storage.rules import auth
from storage.rules.errors import NotFound, PermissionDenied, ValidationError
from tests.factories import PASSWORD, add_part_line, make_order
from tests.storage.test_stock import assert_ledger

D = Decimal


@pytest.fixture
def shelf(keeper):
    """Three parts in bin A-01, one in B-01, with stock at known costs."""
    parts = {}
    for number, bin_code, qty, cost in (("P-1", "A-01", "10", "5"), ("P-2", "A-01", "4", "20"),
                                        ("P-3", "A-01", "0", "9"), ("P-4", "B-01", "7", "3")):
        part = catalogue.create_part(keeper, number=number, name=f"备件{number}", bin=bin_code)
        if qty != "0":
            stock.receive(keeper, [{"part": part.id, "quantity": qty, "unit_cost": cost}])
        parts[number] = part
    return parts


def count_of(numbers_by_bin):
    return [(r["bin"], r["number"]) for r in numbers_by_bin]


def test_freeze_by_bin_and_count_tick_by_tick(keeper, shelf):
    count = stock_count.start_count(keeper, bins=["a-01"])
    assert count.number.startswith("PD") and count.scope == "货位 A-01"
    rows, cursor = stock_count.count_lines(count.id, limit=2)
    more, end = stock_count.count_lines(count.id, limit=2, after=cursor)
    assert count_of(rows + more) == [("A-01", "P-1"), ("A-01", "P-2"), ("A-01", "P-3")] and end is None
    assert [r["expected"] for r in rows] == [D(10), D(4)]
    row = stock_count.enter_count(keeper, rows[0]["id"], "9")
    assert (row["counted"], row["difference"], row["value"], row["counted_by"]) == (D(9), D(-1), D("-5.00"), keeper.display_name)
    assert stock_count.count_progress(count.id) == {"lines": 3, "counted": 1, "left": 2}
    assert count_of(stock_count.count_lines(count.id, uncounted_only=True)[0]) == [("A-01", "P-2"), ("A-01", "P-3")]
    stock_count.enter_count_by_number(keeper, count.id, "p-2", "5")
    with pytest.raises(NotFound, match="P-4 不在本盘点单中"):
        stock_count.enter_count_by_number(keeper, count.id, "P-4", "1")


def test_bad_counts(keeper, shelf):
    count = stock_count.start_count(keeper, bins=["A-01"])
    line = stock_count.count_lines(count.id)[0][0]
    for bad, message in (("1.5", "整数"), ("-1", "负数"), ("x", "有效的数字")):
        with pytest.raises(ValidationError, match=message):
            stock_count.enter_count(keeper, line["id"], bad)
    assert stock_count.count_progress(count.id)["counted"] == 0


def test_variances_and_posting_need_the_manager(keeper, manager, shelf):
    count = stock_count.start_count(keeper, bins=["A-01"])
    lines = {r["number"]: r for r in stock_count.count_lines(count.id)[0]}
    stock_count.enter_count(keeper, lines["P-1"]["id"], "8")   # two lost, 2 x 5.00
    stock_count.enter_count(keeper, lines["P-2"]["id"], "4")   # right
    with pytest.raises(ValidationError, match="还有 1 种备件未录入"):
        stock_count.submit_count(keeper, count.id, count.version)
    stock_count.enter_count(keeper, lines["P-3"]["id"], "1")   # one found, at its catalogue cost 0
    count = stock_count.submit_count(keeper, count.id, count.version)
    report = stock_count.variances(count.id)
    assert [(r["number"], r["difference"]) for r in report["lines"]] == [("P-1", D(-2)), ("P-3", D(1))]
    assert (report["loss_value"], report["gain_value"], report["net_value"]) == (D("10.00"), D("0.00"), D("-10.00"))
    with pytest.raises(ValidationError, match="不能再录入"):
        stock_count.enter_count(keeper, lines["P-1"]["id"], "9")
    with pytest.raises(PermissionDenied, match="服务经理"):
        stock_count.post_count(keeper, count.id, count.version)
    result = stock_count.post_count(keeper, count.id, count.version, approver=auth.approve(manager.username, PASSWORD, "stock_count", for_user=keeper))
    assert (result["adjusted"], result["loss_value"]) == (2, D("10.00"))
    assert [Part.get(Part.number == n).on_hand for n in ("P-1", "P-2", "P-3")] == [D(8), D(4), D(1)]
    moves = list(StockMovement.select().where(StockMovement.kind == "盘点"))
    assert {m.document for m in moves} == {count.number} and {m.approved_by_id for m in moves} == {manager.id}
    posted = StockCount.get_by_id(count.id)
    assert (posted.status, posted.approved_by_id) == ("已过账", manager.id)
    assert Part.get(Part.number == "P-2").last_counted_at is not None
    assert Part.get(Part.number == "P-4").last_counted_at is None
    assert Bin.get(Bin.code == "A-01").last_counted_at is not None
    for part in shelf.values():
        assert_ledger(part.id)


def test_issues_during_a_count_are_not_differences(keeper, advisor, manager, shelf):
    """The workshop draws two units after the list is frozen; the shelf, counted after, holds 8."""
    count = stock_count.start_count(keeper, bins=["A-01"])
    order = make_order(advisor, status="维修中")
    line = add_part_line(order, shelf["P-1"], "2")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "2"}])
    for row in stock_count.count_lines(count.id)[0]:
        stock_count.enter_count(keeper, row["id"], {"P-1": "8", "P-2": "4", "P-3": "0"}[row["number"]])
    count = stock_count.submit_count(keeper, count.id, count.version)
    assert stock_count.variances(count.id)["lines"] == []
    assert stock_count.post_count(manager, count.id, count.version)["adjusted"] == 0
    assert Part.get(Part.number == "P-1").on_hand == 8


def test_a_count_that_would_go_negative_is_refused(keeper, advisor, manager, shelf):
    count = stock_count.start_count(keeper, bins=["B-01"])
    stock_count.enter_count(keeper, stock_count.count_lines(count.id)[0][0]["id"], "1")  # book 7, shelf 1
    order = make_order(advisor, status="维修中")
    line = add_part_line(order, shelf["P-4"], "7")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "5"}])  # book 2: shelf would be -4
    count = stock_count.submit_count(keeper, count.id, count.version)
    with pytest.raises(ValidationError, match="复盘"):
        stock_count.post_count(manager, count.id, count.version)
    assert StockCount.get_by_id(count.id).status == "待审批" and Part.get(Part.number == "P-4").on_hand == 2


def test_rolling_counts_skip_parts_counted_lately_or_on_an_open_count(keeper, manager, shelf):
    first = stock_count.start_count(keeper, bins=["B-01"])
    stock_count.enter_count(keeper, stock_count.count_lines(first.id)[0][0]["id"], "7")
    first = stock_count.submit_count(keeper, first.id, first.version)
    busy = stock_count.start_count(keeper, bins=["A-01"], part_ids=[shelf["P-1"].id])
    whole = stock_count.start_count(keeper, not_counted_days=30)
    assert "超过 30 天未盘" in whole.scope
    assert {r["number"] for r in stock_count.count_lines(whole.id)[0]} == {"P-2", "P-3"}  # P-1, P-4 are busy
    stock_count.cancel_count(keeper, whole.id, whole.version)
    stock_count.cancel_count(keeper, busy.id, busy.version)
    stock_count.post_count(manager, first.id, first.version)
    again = stock_count.start_count(keeper, not_counted_days=30)
    assert {r["number"] for r in stock_count.count_lines(again.id)[0]} == {"P-1", "P-2", "P-3"}
    Part.update(last_counted_at=dt.datetime.now() - dt.timedelta(days=40)).where(Part.number == "P-4").execute()
    stock_count.cancel_count(keeper, again.id, again.version)
    assert "P-4" in {r["number"] for r in stock_count.count_lines(stock_count.start_count(keeper, not_counted_days=30).id)[0]}


def test_dropping_uncounted_lines_and_an_empty_selection(keeper, shelf):
    with pytest.raises(ValidationError, match="没有符合条件"):
        stock_count.start_count(keeper, bins=["Z-99"])
    assert StockCount.select().count() == 0
    count = stock_count.start_count(keeper, bins=["A-01"])
    stock_count.enter_count_by_number(keeper, count.id, "P-1", "10")
    count = stock_count.submit_count(keeper, count.id, count.version, drop_uncounted=True)
    assert stock_count.count_progress(count.id) == {"lines": 1, "counted": 1, "left": 0}


def test_count_sheet_and_list(keeper, shelf):
    count = stock_count.start_count(keeper)
    sheet = stock_count.count_sheet(count.id)
    assert sheet["scope"] == "全盘" and sheet["total_lines"] == 4
    assert [line["bin"] for line in sheet["lines"]] == ["A-01", "A-01", "A-01", "B-01"]
    rows, _ = stock_count.list_counts(status="盘点中")
    assert [c.id for c in rows] == [count.id]
