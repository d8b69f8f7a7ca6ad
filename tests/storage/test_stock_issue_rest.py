"""Issue 19 defect 5, the storage rule: a whole pick issued at once (issue_the_rest) leaves out the
lines that cannot go — issued already, short on the shelf, cancelled — names them with the reason,
and issues the rest on one slip in one transaction; with nothing left, the reasons are the refusal.
Without the flag a slip stays all or nothing (tests/storage/test_stock.py)."""
import json
from decimal import Decimal

import pytest

from storage.models import AuditLog, StockMovement, WorkOrderLine
from storage.parts import catalogue, stock
from storage.rules.errors import ValidationError
from tests.factories import add_part_line, fresh, make_order
from tests.storage.test_stock import assert_ledger, part, receive_at_cost  # noqa: F401 (fixtures)

D = Decimal


def test_the_rest_of_a_pick_goes_out_on_one_slip_and_what_cannot_go_is_named(keeper, advisor, part):
    disc = catalogue.create_part(keeper, number="5Q0615301", name="前刹车盘")
    plug = catalogue.create_part(keeper, number="101905601F", name="火花塞")
    wiper = catalogue.create_part(keeper, number="5QD955427", name="雨刮片")
    receive_at_cost(keeper, part, "5", "40")
    receive_at_cost(keeper, disc, "1", "300")  # one on the shelf, two asked for
    receive_at_cost(keeper, plug, "8", "48")
    receive_at_cost(keeper, wiper, "2", "78")
    order = make_order(advisor, status="维修中")
    done, short, plugs, dropped = (add_part_line(order, part, "1"), add_part_line(order, disc, "2"),
                                   add_part_line(order, plug, "4"), add_part_line(order, wiper, "1"))
    stock.issue(keeper, order.id, [{"line": done.id, "quantity": "1"}])
    WorkOrderLine.update(status="已取消").where(WorkOrderLine.id == dropped.id).execute()
    items = [{"line": line.id, "quantity": str(line.quantity)} for line in (done, short, plugs, dropped)]
    # Without the flag: refused whole, as before.
    with pytest.raises(ValidationError, match="超过工单尚需数量 0"):
        stock.issue(keeper, order.id, items)
    moves = StockMovement.select().count()
    slip = stock.issue(keeper, order.id, items, issue_the_rest=True)
    assert [(line["part_number"], line["quantity"]) for line in slip["lines"]] == [("101905601F", D(4))]
    assert StockMovement.select().count() == moves + 1
    assert [(s["line"], s["part_number"]) for s in slip["skipped"]] == [
        (done.id, "06L115562"), (short.id, "5Q0615301"), (dropped.id, "5QD955427")]
    reasons = [s["reason"] for s in slip["skipped"]]
    assert "已全部发料（已发 1）" in reasons[0]
    assert reasons[1] == "备件 5Q0615301 前刹车盘 库存不足：现有 1 个，需要 2 个。"
    assert "已取消" in reasons[2]
    assert WorkOrderLine.get_by_id(plugs.id).issued == 4 and WorkOrderLine.get_by_id(short.id).issued == 0
    assert fresh(disc).on_hand == 1 and fresh(plug).on_hand == 4
    audit = AuditLog.select().where(AuditLog.action == "stock.issue.skipped").get()
    assert json.loads(audit.after)["document"] == slip["number"]
    for p in (part, disc, plug, wiper):
        assert_ledger(p.id)
    # Nothing left that can go: refused with every reason, nothing moves.
    moves = StockMovement.select().count()
    with pytest.raises(ValidationError, match="没有可以出库的备件：备件 06L115562 机油滤清器 已全部发料.*5Q0615301 前刹车盘 库存不足"):
        stock.issue(keeper, order.id, items, issue_the_rest=True)
    assert StockMovement.select().count() == moves
