"""The warehouse's stock actions: receiving, issuing, returns, adjustments, and the ledger behind them."""
import datetime as dt
from decimal import Decimal

import pytest

from storage.models import AuditLog, Part, PickRequest, PurchaseOrder, StockMovement, User, WorkOrder, WorkOrderLine
from storage.parts import catalogue, purchasing
from storage.parts import reads as stock_reports
from storage.parts import stock
from storage.parts.ledger import InsufficientStock
from storage.rules import auth, orders
from storage.rules.errors import NotFound, PermissionDenied, ValidationError
from tests.factories import PASSWORD, add_part_line, fresh, make_order

D = Decimal


@pytest.fixture
def part(keeper):
    return catalogue.create_part(keeper, number="06L115562", name="机油滤清器", price="68.00", bin="A-01-1",
                                 safety_stock="5", reorder_qty="10", brand="大众", category="滤清器")


@pytest.fixture
def supplier(keeper):
    return catalogue.create_supplier(keeper, "一汽-大众备件中心", is_manufacturer=True)


def receive_at_cost(user, part, qty, cost, **kw):
    return stock.receive(user, [{"part": part.id, "quantity": qty, "unit_cost": cost}], **kw)


def assert_ledger(part_id):
    """What storage.store.backup_restore's check verifies, and what this station adds (value)."""
    part = Part.get_by_id(part_id)
    moves = list(StockMovement.select().where(StockMovement.part == part_id).order_by(StockMovement.id))
    running = D(0)
    for move in moves:
        running += move.quantity
        assert move.balance_after == running
        assert running >= 0
    assert part.on_hand == running
    assert part.stock_value == sum((m.value for m in moves), D("0.00"))
    assert part.stock_value >= 0
    if part.on_hand == 0:
        assert part.stock_value == 0


def manager_login(manager, for_user=None, purpose="special_parts"):
    """The manager's name and password typed at the storekeeper's PC: a one-use approval."""
    return auth.approve(manager.username, PASSWORD, purpose, for_user=for_user)


# ---------------------------------------------------------------- receiving

def test_receiving_without_an_order_sets_the_moving_average(keeper, part, supplier):
    slip = receive_at_cost(keeper, part, "10", "40.00", supplier_id=supplier.id)
    receive_at_cost(keeper, part, "10", "50.00", supplier_id=supplier.id)
    after = fresh(part)
    assert (after.on_hand, after.stock_value, after.cost) == (D("20"), D("900.00"), D("45.0000"))
    assert slip["number"].startswith("RK") and slip["supplier"] == supplier.name
    assert slip["lines"][0] | {} == slip["lines"][0]
    assert (slip["lines"][0]["quantity"], slip["lines"][0]["value"]) == (D("10"), D("400.00"))
    assert [m.balance_after for m in StockMovement.select().order_by(StockMovement.id)] == [D(10), D(20)]
    assert AuditLog.select().where(AuditLog.action == "stock.receive").count() == 2
    assert_ledger(part.id)


def test_unit_cost_defaults_to_the_suppliers_last_price(keeper, part, supplier):
    receive_at_cost(keeper, part, "2", "41.50", supplier_id=supplier.id)
    stock.receive(keeper, [{"part": part.id, "quantity": "2"}], supplier_id=supplier.id)
    assert StockMovement.select().order_by(StockMovement.id.desc()).first().unit_cost == D("41.5")


@pytest.mark.parametrize("qty, message", [
    ("1.5", "整数计量"), ("-2", "不能为负数"), ("0", "必须大于 0"), ("abc", "不是有效的数字"), ("", "请输入"),
])
def test_bad_receiving_quantities_change_nothing(keeper, part, qty, message):
    with pytest.raises(ValidationError, match=message):
        receive_at_cost(keeper, part, qty, "40")
    assert fresh(part).on_hand == 0 and StockMovement.select().count() == 0


def test_litres_may_be_fractional(keeper):
    oil = catalogue.create_part(keeper, number="G052195M4", name="机油 5W-30", unit="升", price="88.15")
    assert oil.whole_units is False
    receive_at_cost(keeper, oil, "20.5", "50")
    assert fresh(oil).on_hand == D("20.5")
    with pytest.raises(ValidationError, match="三位小数"):
        receive_at_cost(keeper, oil, "1.2345", "50")


def test_only_the_warehouse_receives(advisor, part):
    with pytest.raises(PermissionDenied):
        receive_at_cost(advisor, part, "1", "40")


@pytest.fixture
def placed_order(keeper, part, supplier):
    po = purchasing.create_purchase_order(keeper, supplier.id, [{"part": part.id, "quantity": "10", "unit_cost": "38"}])
    return purchasing.place_order(keeper, po.id, po.version)


def test_partial_deliveries_against_an_order(keeper, part, placed_order):
    line = purchasing.purchase_order_detail(placed_order.id)["lines"][0]
    slip = stock.receive(keeper, [{"purchase_line": line["id"], "quantity": "4"}], purchase_order_id=placed_order.id)
    assert slip["purchase_order"] == placed_order.number
    assert (slip["lines"][0]["outstanding"], slip["lines"][0]["unit_cost"]) == (D("6"), D("38"))
    assert PurchaseOrder.get_by_id(placed_order.id).status == "部分到货"
    stock.receive(keeper, [{"part": part.id, "quantity": "6"}], purchase_order_id=placed_order.id)
    assert PurchaseOrder.get_by_id(placed_order.id).status == "已完成"
    with pytest.raises(ValidationError, match="已完成"):
        stock.receive(keeper, [{"part": part.id, "quantity": "1"}], purchase_order_id=placed_order.id)
    assert fresh(part).on_hand == 10


def test_over_delivery_needs_confirmation_and_is_shown(keeper, part, placed_order):
    with pytest.raises(ValidationError, match="超收 2"):
        stock.receive(keeper, [{"part": part.id, "quantity": "12"}], purchase_order_id=placed_order.id)
    assert fresh(part).on_hand == 0
    slip = stock.receive(keeper, [{"part": part.id, "quantity": "12"}], purchase_order_id=placed_order.id, allow_over=True)
    assert (slip["lines"][0]["over"], slip["lines"][0]["outstanding"]) == (D("2"), D("0"))
    assert purchasing.purchase_order_detail(placed_order.id)["lines"][0]["over"] == D("2")


def test_under_delivery_then_closing_the_order(keeper, manager, part, placed_order):
    stock.receive(keeper, [{"part": part.id, "quantity": "7"}], purchase_order_id=placed_order.id)
    po = PurchaseOrder.get_by_id(placed_order.id)
    closed = purchasing.close_order(keeper, po.id, po.version, reason="厂家缺货")
    detail = purchasing.purchase_order_detail(po.id)
    assert closed.status == "已关闭" and detail["lines"][0]["short"] == D("3") and detail["lines"][0]["outstanding"] == 0
    with pytest.raises(ValidationError, match="已关闭"):
        stock.receive(keeper, [{"part": part.id, "quantity": "3"}], purchase_order_id=po.id)


def test_a_draft_order_cannot_be_received_and_a_foreign_part_is_refused(keeper, part, supplier):
    po = purchasing.create_purchase_order(keeper, supplier.id, [{"part": part.id, "quantity": "1"}])
    with pytest.raises(ValidationError, match="请先下单"):
        stock.receive(keeper, [{"part": part.id, "quantity": "1"}], purchase_order_id=po.id)
    po = purchasing.place_order(keeper, po.id, po.version)
    other = catalogue.create_part(keeper, number="1K0698151", name="前刹车片")
    with pytest.raises(ValidationError, match="采购单 .* 中没有"):
        stock.receive(keeper, [{"part": other.id, "quantity": "1"}], purchase_order_id=po.id)


# ---------------------------------------------------------------- issuing

@pytest.fixture
def job(advisor, part):
    order = make_order(advisor, status="维修中")
    line = add_part_line(order, part, "2")
    return order, line


def test_issue_partial_then_the_rest(keeper, part, job):
    order, line = job
    receive_at_cost(keeper, part, "5", "40")
    slip = stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])
    assert slip["number"].startswith("CK") and slip["order_number"] == order.number
    assert slip["plate"] == order.vehicle.plate
    assert (slip["lines"][0]["quantity"], slip["lines"][0]["unit_price"], slip["lines"][0]["bin"]) == (D(1), D("68.00"), "A-01-1")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])
    assert WorkOrderLine.get_by_id(line.id).issued == 2 and fresh(part).on_hand == 3
    with pytest.raises(ValidationError, match="超过工单尚需数量 0"):
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])
    move = StockMovement.select().where(StockMovement.kind == "出库").first()
    assert (move.order_id, move.order_line_id, move.quantity, move.value) == (order.id, line.id, D(-1), D("-40.00"))
    assert_ledger(part.id)


def test_issuing_more_than_on_hand_changes_nothing(keeper, part, job):
    order, line = job
    receive_at_cost(keeper, part, "1", "40")
    with pytest.raises(InsufficientStock, match="现有 1 个，需要 2 个"):
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": "2"}])
    assert WorkOrderLine.get_by_id(line.id).issued == 0 and fresh(part).on_hand == 1
    assert StockMovement.select().count() == 1


def test_a_slip_is_all_or_nothing(keeper, advisor, part, job):
    order, line = job
    short = catalogue.create_part(keeper, number="5Q0615301", name="前刹车盘")
    second = add_part_line(order, short, "1")
    receive_at_cost(keeper, part, "5", "40")
    with pytest.raises(InsufficientStock):
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": "2"}, {"line": second.id, "quantity": "1"}])
    assert fresh(part).on_hand == 5 and WorkOrderLine.get_by_id(line.id).issued == 0
    assert AuditLog.select().where(AuditLog.action == "stock.issue").count() == 0


@pytest.mark.parametrize("status", ["草稿", "已结算", "已交车", "已取消"])
def test_no_issue_to_an_order_outside_the_workshop(keeper, advisor, part, status):
    order = make_order(advisor, status=status)
    line = add_part_line(order, part, "1")
    receive_at_cost(keeper, part, "1", "40")
    with pytest.raises(ValidationError, match="不能领料出库"):
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])


@pytest.mark.parametrize("make_line, message", [
    (lambda order, part: add_part_line(order, part, "1", supplied_by_customer=True), "客户自带"),
    (lambda order, part: WorkOrderLine.get(WorkOrderLine.order == order.id), "不是备件明细"),
    (lambda order, part: add_part_line(order, part, "1", status="待确认"), "待确认"),
    (lambda order, part: add_part_line(make_order(order.advisor, status="维修中"), part, "1"), "不属于工单"),
])
def test_lines_the_warehouse_does_not_issue(keeper, part, job, make_line, message):
    order, _ = job
    receive_at_cost(keeper, part, "5", "40")
    line = make_line(order, part)
    with pytest.raises(ValidationError, match=message):
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])


def test_fractional_issue_of_a_whole_unit_part(keeper, part, job):
    order, line = job
    receive_at_cost(keeper, part, "5", "40")
    for qty in ("0.5", "-1"):
        with pytest.raises(ValidationError):
            stock.issue(keeper, order.id, [{"line": line.id, "quantity": qty}])
    assert fresh(part).on_hand == 5


@pytest.fixture
def special_job(keeper, advisor):
    ecu = catalogue.create_part(keeper, number="03C906024", name="发动机电脑", price="6800", special=True)
    receive_at_cost(keeper, ecu, "2", "5000")
    order = make_order(advisor, status="维修中")
    return ecu, order, add_part_line(order, ecu, "1")


def test_a_special_part_needs_the_managers_login(keeper, manager, special_job):
    ecu, order, line = special_job
    with pytest.raises(PermissionDenied, match="服务经理输入账号和密码授权"):
        stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])
    approval = manager_login(manager, keeper)
    slip = stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}], approver=approval)
    assert slip["approved_by"] == manager.display_name
    assert StockMovement.get(StockMovement.kind == "出库").approved_by_id == manager.id
    used = AuditLog.get(AuditLog.action == "approval.use")
    assert (used.username, used.entity_id) == (keeper.username, str(approval.id))
    assert '"approved_by": "%s"' % manager.username in used.after and "03C906024" in used.after


@pytest.mark.parametrize("who", ["record without login", "advisor login", "stale login", "used twice", "other purpose"])
def test_what_does_not_count_as_approval(keeper, manager, users, special_job, who, monkeypatch):
    ecu, order, line = special_job
    issue = lambda approver: stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}], approver=approver)  # noqa: E731
    with pytest.raises(PermissionDenied) as refused:
        if who == "record without login":
            issue(User.get_by_id(manager.id))
        elif who == "advisor login":
            issue(auth.approve(users[auth.ADVISOR].username, PASSWORD, "special_parts"))
        elif who == "stale login":
            approval = manager_login(manager, keeper)
            later = auth.now() + auth.APPROVAL_VALID + dt.timedelta(seconds=1)
            monkeypatch.setattr(auth, "now", lambda: later)
            issue(approval)
        elif who == "used twice":
            approval = manager_login(manager, keeper)
            second = add_part_line(order, ecu, "1")
            issue(approval)
            stock.issue(keeper, order.id, [{"line": second.id, "quantity": "1"}], approver=approval)
        else:
            issue(manager_login(manager, keeper, purpose="stock_count"))
    message = {"record without login": "输入自己的账号和密码", "advisor login": "无权授权", "stale login": "有效时间",
               "used twice": "只能用一次", "other purpose": "盘点差异过账"}[who]
    assert message in refused.value.message
    assert fresh(ecu).on_hand == (1 if who == "used twice" else 2)


def test_the_manager_issuing_is_the_approval(manager, special_job):
    ecu, order, line = special_job
    stock.issue(manager, order.id, [{"line": line.id, "quantity": "1"}])
    assert StockMovement.get(StockMovement.kind == "出库").approved_by_id == manager.id


def test_issue_against_pick_requests(keeper, users, part, job):
    order, line = job
    receive_at_cost(keeper, part, "5", "40")
    pick = PickRequest.create(line=line.id, quantity=D(2), requested_by=users[auth.DISPATCHER])
    rows, _ = stock_reports.pick_queue()
    assert [(r["id"], r["outstanding"], r["plate"]) for r in rows] == [(pick.id, D(2), order.vehicle.plate)]
    stock.issue(keeper, order.id, [{"pick_request": pick.id, "quantity": "1"}])
    assert PickRequest.get_by_id(pick.id).status == "部分发料"
    stock.issue(keeper, order.id, [{"pick_request": pick.id, "quantity": "1"}])
    assert (PickRequest.get_by_id(pick.id).status, PickRequest.get_by_id(pick.id).issued) == ("已发料", D(2))
    assert stock_reports.pick_queue()[0] == []
    with pytest.raises(ValidationError, match="已发料"):
        stock.issue(keeper, order.id, [{"pick_request": pick.id, "quantity": "1"}])


def test_order_part_lines_for_the_issue_screen(keeper, users, part, job):
    order, line = job
    receive_at_cost(keeper, part, "5", "40")
    PickRequest.create(line=line.id, quantity=D(2), requested_by=users[auth.DISPATCHER])
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])
    (row,) = stock_reports.order_part_lines(order.id)
    # Issued by its line, the part still meets the workshop's request as far as it goes (issue 19 defect 5).
    assert (row["line"], row["issued"], row["outstanding"], row["on_hand"], row["bin"], row["waiting"]) == (
        line.id, D(1), D(1), D(4), "A-01-1", D(1))
    assert PickRequest.get(PickRequest.line == line.id).status == "部分发料"


# ---------------------------------------------------------------- returns and adjustments

def test_a_return_goes_back_at_the_cost_it_left_with(keeper, part, job):
    order, line = job
    receive_at_cost(keeper, part, "2", "40")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "2"}])
    receive_at_cost(keeper, part, "1", "70")  # average now 70; the returned unit is still worth 40
    slip = stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": "1"}], reason="多领")
    assert slip["number"].startswith("TK") and slip["lines"][0]["value"] == D("40.00")
    after = fresh(part)
    assert (after.on_hand, after.stock_value, after.cost) == (D(2), D("110.00"), D("55.0000"))
    assert WorkOrderLine.get_by_id(line.id).issued == 1
    assert_ledger(part.id)


def test_a_returned_part_comes_off_the_bill(keeper, part, job):
    order, line = job  # 2 oil filters at 68.00 planned
    receive_at_cost(keeper, part, "2", "40")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "2"}])
    before = orders.refresh_estimate(order)  # labour plus both filters
    stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": "1"}], reason="多领")
    returned = WorkOrderLine.get_by_id(line.id)
    assert (returned.quantity, returned.amount, returned.status != "已取消") == (D(1), D("68.00"), True)
    assert WorkOrder.get_by_id(order.id).estimate_total == before - D("68.00")
    stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": "1"}], reason="不需要了")
    gone = WorkOrderLine.get_by_id(line.id)
    assert (gone.quantity, gone.amount, gone.status) == (D(0), D("0.00"), "已取消")
    assert WorkOrder.get_by_id(order.id).estimate_total == before - D("136.00")


@pytest.mark.parametrize("qty, reason, message", [("3", "多领", "超过已发数量 2"), ("1", " ", "请填写退库原因"), ("0.5", "x", "整数")])
def test_bad_returns(keeper, part, job, qty, reason, message):
    order, line = job
    receive_at_cost(keeper, part, "2", "40")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "2"}])
    with pytest.raises(ValidationError, match=message):
        stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": qty}], reason=reason)
    assert fresh(part).on_hand == 0 and WorkOrderLine.get_by_id(line.id).issued == 2


def test_no_return_to_a_settled_order(keeper, advisor, part):
    order = make_order(advisor, status="已结算")
    line = add_part_line(order, part, "1", issued=D(1))
    with pytest.raises(ValidationError, match="冲销"):
        stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": "1"}], reason="退")


def test_an_empty_shelf_is_worth_exactly_nothing(keeper, part, job):
    order, line = job
    WorkOrderLine.update(quantity=D(3)).where(WorkOrderLine.id == line.id).execute()
    receive_at_cost(keeper, part, "3", "33.3333")
    assert fresh(part).stock_value == D("100.00")
    values = [stock.issue(keeper, order.id, [{"line": line.id, "quantity": "1"}])["lines"][0]["value"] for _ in range(3)]
    assert values == [D("33.33"), D("33.34"), D("33.33")]
    assert (fresh(part).on_hand, fresh(part).stock_value) == (0, 0)
    assert fresh(part).cost == D("33.3333")  # the last known cost stays for the catalogue


def test_adjustments_are_the_managers(keeper, manager, part):
    receive_at_cost(keeper, part, "3", "40")
    with pytest.raises(PermissionDenied):
        stock.adjust(keeper, part.id, "-1", reason="损坏")
    with pytest.raises(ValidationError, match="原因"):
        stock.adjust(manager, part.id, "-1", reason="")
    with pytest.raises(InsufficientStock):
        stock.adjust(manager, part.id, "-4", reason="丢失")
    slip = stock.adjust(manager, part.id, "-1", reason="损坏")
    assert slip["title"] == "库存调整单" and slip["lines"][0]["direction"] == "出"
    stock.adjust(manager, part.id, "2", reason="找到", unit_cost="45")
    assert (fresh(part).on_hand, fresh(part).stock_value) == (D(4), D("170.00"))
    assert_ledger(part.id)


def test_return_to_supplier(keeper, part, supplier):
    receive_at_cost(keeper, part, "4", "40", supplier_id=supplier.id)
    slip = stock.return_to_supplier(keeper, supplier.id, [{"part": part.id, "quantity": "1"}], reason="质量问题")
    assert (slip["title"], slip["supplier"], slip["lines"][0]["value"]) == ("退货单", supplier.name, D("40.00"))
    assert fresh(part).on_hand == 3
    with pytest.raises(NotFound):
        stock.return_to_supplier(keeper, 999, [{"part": part.id, "quantity": "1"}], reason="x")


# ---------------------------------------------------------------- the card and the past

def test_stock_at_a_past_date_and_the_card(keeper, part, job):
    order, line = job
    receive_at_cost(keeper, part, "5", "40")
    stock.issue(keeper, order.id, [{"line": line.id, "quantity": "2"}])
    receive_at_cost(keeper, part, "1", "46")
    days = [dt.datetime(2025, 3, 1, 9), dt.datetime(2025, 3, 5, 10), dt.datetime(2025, 3, 9, 11)]
    for move, at in zip(StockMovement.select().order_by(StockMovement.id), days):
        StockMovement.update(at=at).where(StockMovement.id == move.id).execute()
    assert stock_reports.stock_at(part.id, dt.date(2025, 2, 28)) == {"on_hand": 0, "value": 0}
    assert stock_reports.stock_at(part.id, dt.date(2025, 3, 5)) == {"on_hand": D(3), "value": D("120.00")}
    assert stock_reports.stock_at(part.id, dt.date(2025, 3, 9))["on_hand"] == D(4)
    page1, cursor = stock_reports.ledger_card(part.id, limit=2)
    page2, end = stock_reports.ledger_card(part.id, limit=2, after=cursor)
    assert [r["kind"] for r in page1 + page2] == ["入库", "出库", "入库"] and end is None
    assert page1[1]["order_number"] == order.number and page1[1]["user"] == keeper.display_name
    assert [r["kind"] for r in stock_reports.ledger_card(part.id, since=dt.date(2025, 3, 2), until=dt.date(2025, 3, 6))[0]] == ["出库"]
