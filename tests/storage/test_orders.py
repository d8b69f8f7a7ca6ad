"""The work order's state machine and its sums."""
from decimal import Decimal

import pytest

from storage.models import StatusChange, WorkOrder
from storage.rules import orders
from storage.rules.errors import StaleRecord, ValidationError
from tests.factories import PATHS, make_order


@pytest.mark.parametrize("status", list(PATHS))
def test_every_state_is_reachable_and_leaves_history(advisor, status):
    order = make_order(advisor, status=status)
    assert order.status == status
    history = [c.to_status for c in StatusChange.select().where(StatusChange.order == order.id).order_by(StatusChange.id)]
    assert history == PATHS[status]


def test_a_jump_the_rules_do_not_allow_is_refused(advisor):
    order = make_order(advisor, status="维修中")
    with pytest.raises(ValidationError, match="不能直接转为“已结算”"):
        orders.move(advisor, order, "已结算")
    assert WorkOrder.get_by_id(order.id).status == "维修中"


def test_settled_order_is_frozen(advisor):
    order = make_order(advisor, status="已结算")
    with pytest.raises(ValidationError, match="冲销"):
        orders.ensure_editable(order)


def test_a_move_from_a_stale_copy_is_refused(advisor, manager):
    order = make_order(advisor, status="待派工")
    orders.move(manager, WorkOrder.get_by_id(order.id), "维修中")
    with pytest.raises(StaleRecord, match=manager.display_name):
        orders.move(advisor, order, "草稿")


def test_timestamps_are_stamped_once(advisor):
    order = make_order(advisor, status="完工")
    assert order.signed_at and order.finished_at and order.qc_passed_at and not order.settled_at


def test_totals_by_kind_and_payer_round_half_up(advisor):
    order = make_order(
        advisor,
        lines=[
            ("工时", "钣金修复", "1.5", "120.00", "保险公司"),
            ("材料", "前保险杠", "1", "1380.00", "保险公司"),
            ("材料", "机油 5W-30", "4.3", "88.15"),  # 379.045 -> 379.05
            ("其他", "洗车", "1", "30.00"),
        ],
    )
    sums = orders.totals(order.id)
    assert sums["工时"] == Decimal("180.00")
    assert sums["材料"] == Decimal("1759.05")
    assert sums["其他"] == Decimal("30.00")
    assert sums["total"] == Decimal("1969.05")
    assert sums["by_payer"] == {"保险公司": Decimal("1560.00"), "客户": Decimal("409.05")}
    assert WorkOrder.get_by_id(order.id).estimate_total == Decimal("1969.05")
