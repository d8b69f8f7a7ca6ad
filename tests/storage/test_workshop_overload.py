"""Issue 19 defect 4, the storage rule: a dispatch that books a technician beyond his hours for the
day (open jobs assigned to him plus jobs he finished today, technician_load) is refused naming
him and the hours, unless the dispatcher confirmed (allow_overload), which the audit row keeps."""
import json
from decimal import Decimal

import pytest

from storage import workshop
from storage.models import AuditLog, WorkOrderLine
from tests.factories import dispatched_order, fresh, labour_lines, order_in_workshop

D = Decimal
BIG = (("工时", "更换正时皮带", "4.5", "120.00"), ("工时", "清洗节气门", "1.0", "120.00"))


def test_booked_hours_count_and_an_overload_needs_the_dispatchers_yes(advisor, dispatcher, shop):
    zhang = shop["zhang"]
    dispatched_order(advisor, dispatcher, shop, lines=BIG)  # 5.5 h on 张师傅 (8 h a day)
    order = order_in_workshop(advisor, dispatcher, lines=(("工时", "更换离合器", "3.0", "120.00"), ("工时", "四轮定位", "0.6", "120.00")))
    items = [{"line": line.id, "technician": zhang.id, "bay": shop["A2"].id} for line in labour_lines(order)]
    projected = workshop.projected_load(items)[zhang.id]
    assert (projected["booked"], projected["adding"], projected["after"], projected["available"], projected["over"]) == (
        D("5.5"), D("3.6"), D("9.1"), D("8"), True)
    with pytest.raises(workshop.TechnicianOverloaded) as refused:
        workshop.dispatch(dispatcher, order.id, order.version, items)
    assert refused.value.message.startswith("技师 张师傅 今日已排 5.5 小时，再派 3.6 小时共 9.1 小时，超过其可用的 8 小时")
    assert [o["name"] for o in refused.value.overloads] == ["张师傅"]
    assert all(fresh(line).technician_id is None for line in labour_lines(order))  # nothing half saved
    # Within his day: one line only goes through without a question.
    small = [items[1]]
    assert workshop.projected_load(small)[zhang.id]["over"] is False
    order = workshop.dispatch(dispatcher, order.id, fresh(order).version, small)
    # The other line to 李师傅 (7.5 h, free) is fine; to 张师傅 it needs the yes, and the audit says so.
    assert workshop.projected_load([items[0]])[zhang.id]["booked"] == D("6.1")
    order = workshop.dispatch(dispatcher, order.id, order.version, [items[0]], allow_overload=True)
    assert WorkOrderLine.get_by_id(items[0]["line"]).technician_id == zhang.id
    row = AuditLog.select().where(AuditLog.action == "workshop.dispatch").order_by(AuditLog.id.desc()).first()
    assert json.loads(row.after)["overload_confirmed"] == [{"technician": "张师傅", "after": "9.1", "available": "8"}]


def test_lines_he_has_already_and_a_team_only_dispatch_add_nothing(advisor, dispatcher, shop):
    order = dispatched_order(advisor, dispatcher, shop, lines=(("工时", "大修发动机", "7.5", "120.00"),))
    line = labour_lines(order)[0]
    # Re-dispatching his own line (another bay) books nothing new: no question.
    again = [{"line": line.id, "technician": shop["zhang"].id, "bay": shop["A2"].id}]
    assert workshop.projected_load(again)[shop["zhang"].id]["adding"] == 0
    workshop.dispatch(dispatcher, order.id, fresh(order).version, again)
    # A line given to a team with no technician books nobody.
    other = order_in_workshop(advisor, dispatcher, lines=(("工时", "钣金修复", "12", "120.00"),))
    assert workshop.projected_load([{"line": labour_lines(other)[0].id, "team": shop["team2"].id, "technician": None}]) == {}
    workshop.dispatch(dispatcher, other.id, other.version, [{"line": labour_lines(other)[0].id, "team": shop["team2"].id}])
