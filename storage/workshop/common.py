"""Pieces the workshop station's modules share (车间调度): states, row locks, the bay rule, the
rule that keeps an order's workshop status in step with its lines, portable time arithmetic in SQL.
Windows use storage.workshop; other storage modules may use the helpers (locked, check_version...)."""
import datetime as dt
from decimal import Decimal

from peewee import JOIN, fn

from storage.models import AddedWork, Bay, Vehicle, WorkOrder, WorkOrderLine
from storage.plumbing.db import is_sqlite
from storage.plumbing.locking import locked
from storage.rules import orders
from storage.rules.errors import ValidationError
from storage.rules.vocabulary import AddedWorkAnswer, LineKind, LineStatus, OrderStatus

LABOUR = LineKind.LABOUR
PARTS = LineKind.PARTS
# Line states (WorkOrderLine.status). 待确认: proposed added work; 暂停: waiting for parts.
LINE_OPEN = (LineStatus.TO_CONFIRM, LineStatus.AWAITING_DISPATCH, LineStatus.IN_REPAIR, LineStatus.PAUSED)
# Order states in which the car stands in the workshop and holds its bay. A car that passed QC
# (完工) has been driven out to be washed and parked, so it holds no bay.
HOLDS_BAY = (OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
             OrderStatus.AWAITING_CUSTOMER, OrderStatus.QC, OrderStatus.REWORK)
# Order states in which a line may be started.
STARTABLE = (OrderStatus.AWAITING_DISPATCH, OrderStatus.IN_REPAIR, OrderStatus.AWAITING_PARTS,
             OrderStatus.AWAITING_CUSTOMER, OrderStatus.REWORK)
# What the board and its neighbours listen to (storage.plumbing.changes).
BOARD_TOPICS = ("workshop", "orders")
NO_HOURS = Decimal("0.00")


def plate_of(order: WorkOrder) -> str:
    return Vehicle.select(Vehicle.plate).where(Vehicle.id == order.vehicle_id).scalar() or ""


def day_range(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


# -- bays -----------------------------------------------------------------------------------
def bay_holder(bay_id: int, *, other_than: int | None = None) -> WorkOrder | None:
    query = WorkOrder.select().where((WorkOrder.bay == bay_id) & WorkOrder.status.in_(HOLDS_BAY))
    if other_than is not None:
        query = query.where(WorkOrder.id != other_than)
    return query.first()


def claim_bay(order: WorkOrder, bay_id: int) -> Bay:
    """Check that no other car stands in the bay. The bay row is locked first, so two PCs putting
    two cars into one bay at the same moment are serialised and the second is refused."""
    bay = locked(Bay, bay_id, "该工位")
    if not bay.active:
        raise ValidationError(f"工位“{bay.name}”已停用。", field="bay")
    other = bay_holder(bay.id, other_than=order.id)
    if other is not None:
        raise ValidationError(
            f"工位“{bay.name}”已停着车辆 {plate_of(other)}（工单 {other.number}，{other.status}），"
            "一个工位同一时间只能停一辆车。请先移出该车或另选工位。",
            field="bay",
        )
    return bay


# -- the order's workshop status follows its lines ---------------------------------------------
def labour_lines(order_id: int) -> list[tuple[int, str, str]]:
    """(line id, effective state, description) of the order's labour lines that still count.

    The customer's answer to added work is the truth, whatever the line's own status says: a
    declined item no longer counts, one still waiting is 待确认, an agreed one is at least 待派工."""
    rows = (
        WorkOrderLine.select(WorkOrderLine.id, WorkOrderLine.status, WorkOrderLine.description, AddedWork.answer)
        .join(AddedWork, JOIN.LEFT_OUTER, on=(WorkOrderLine.added_work == AddedWork.id))
        .where((WorkOrderLine.order == order_id) & (WorkOrderLine.kind == LABOUR) & (WorkOrderLine.status != LineStatus.CANCELLED))
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .tuples()
    )
    result = []
    for line_id, status, description, answer in rows:
        if answer == AddedWorkAnswer.REFUSED:
            continue
        if answer == AddedWorkAnswer.PENDING:
            status = LineStatus.TO_CONFIRM
        elif status == LineStatus.TO_CONFIRM and answer == AddedWorkAnswer.AGREED:
            status = LineStatus.AWAITING_DISPATCH  # agreed, but reception left the line as proposed
        result.append((line_id, status, description))
    return result


def pending_added_work(order_id: int) -> int:
    return AddedWork.select().where((AddedWork.order == order_id) & (AddedWork.answer == AddedWorkAnswer.PENDING)).count()


def unfinished_message(order: WorkOrder) -> str | None:
    """Why the order cannot go to QC yet, or None when every item is done."""
    waiting = pending_added_work(order.id)
    if waiting:
        return f"工单 {order.number} 还有 {waiting} 个追加项目等待客户答复，不能质检。"
    open_lines = [d for _, state, d in labour_lines(order.id) if state != LineStatus.DONE]
    if open_lines:
        shown = "、".join(open_lines[:5]) + ("等" if len(open_lines) > 5 else "")
        return f"工单 {order.number} 还有 {len(open_lines)} 个项目未完工：{shown}。请全部完工后再质检。"
    return None


def target_status(order: WorkOrder) -> str:
    """The workshop status the order's lines call for."""
    if pending_added_work(order.id):
        return OrderStatus.AWAITING_CUSTOMER
    states = {state for _, state, _ in labour_lines(order.id)}
    if LineStatus.IN_REPAIR in states:
        return OrderStatus.IN_REPAIR
    if LineStatus.PAUSED in states:
        return OrderStatus.AWAITING_PARTS
    if states and states == {LineStatus.DONE}:
        return OrderStatus.QC
    if order.status == OrderStatus.REWORK:
        return OrderStatus.REWORK  # rework stays visible as such until a line is actually back in work
    if LineStatus.DONE in states:
        return OrderStatus.IN_REPAIR
    if order.status == OrderStatus.AWAITING_CUSTOMER:
        return OrderStatus.AWAITING_DISPATCH
    return order.status


def move_along(user, order: WorkOrder, target: str, *, note: str = "") -> WorkOrder:
    """Move the order to `target`, through 维修中 when the state machine has no direct step (e.g.
    返工 → 待客户确认 when rework turns up more work). Does nothing when already there."""
    if order.status == target:
        return order
    allowed = orders.TRANSITIONS.get(order.status, set())
    if target not in allowed and OrderStatus.IN_REPAIR in allowed and target in orders.TRANSITIONS[OrderStatus.IN_REPAIR]:
        order = orders.move(user, order, OrderStatus.IN_REPAIR, note=note)
    return orders.move(user, order, target, note=note)


def follow_lines(user, order: WorkOrder, *, note: str = "") -> WorkOrder:
    """After a line changed: bring the order's status in line, if its state allows that at all."""
    if order.status not in STARTABLE:
        return order
    target = target_status(order)
    if target == order.status:
        return order
    allowed = orders.TRANSITIONS[order.status]
    reachable = target in allowed or (OrderStatus.IN_REPAIR in allowed and target in orders.TRANSITIONS[OrderStatus.IN_REPAIR])
    return move_along(user, order, target, note=note) if reachable else order


# -- portable time arithmetic in SQL -----------------------------------------------------------
def sql_time(moment: dt.datetime):
    """A timestamp parameter as each database compares it with a DateTimeField column."""
    return moment.strftime("%Y-%m-%d %H:%M:%S") if is_sqlite() else moment


def seconds_between(start, end):
    """SQL expression: whole seconds from `start` to `end` (both timestamps)."""
    if is_sqlite():
        return fn.strftime("%s", end).cast("INTEGER") - fn.strftime("%s", start).cast("INTEGER")
    return fn.date_part("epoch", end - start).cast("BIGINT")


def hours_from_seconds(seconds) -> Decimal:
    """Clocked time in hours to the hundredth (seconds from SQL may be int, float or None)."""
    return (Decimal(int(seconds or 0)) / 3600).quantize(Decimal("0.01"))
