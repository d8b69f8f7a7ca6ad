"""The workshop's actions on an order (车间调度): receive the car, dispatch lines to teams,
technicians and bays, start / pause (待料) / finish lines, the technicians' clock, added work found
on the car (增项) and the parts requests the warehouse sees. Reached through storage.workshop."""
import datetime as dt
from decimal import Decimal

from peewee import JOIN

from storage.models import (
    PAYERS, AddedWork, Clocking, LabourItem, Part, PickRequest, Team, Technician, WorkOrder, WorkOrderLine, now,
)
from storage.parts.ledger import fmt_qty
from storage.plumbing import changes
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.rules import orders, settings
from storage.rules.auth import may, require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import parse_decimal
from storage.rules.validation import clean_text
from storage.rules.vocabulary import AddedWorkAnswer, LineStatus, OrderStatus, PickStatus
from storage.workshop.board import technician_load
from storage.workshop.common import BOARD_TOPICS, LABOUR, PARTS, STARTABLE, claim_bay, follow_lines, move_along

RECEIVE_SLACK = dt.timedelta(minutes=10)
MAX_DELAY_MINUTES = 14 * 24 * 60
_DONE = {LineStatus.DONE: "已完工", LineStatus.CANCELLED: "已取消"}


def round_to_ten_minutes(moment: dt.datetime) -> dt.datetime:
    """Seed 001: the receiver writes the hand-over time "精确到十分钟": 09:34 → 09:30, 09:35 → 09:40."""
    hour = moment.replace(minute=0, second=0, microsecond=0)
    seconds = (moment - hour).total_seconds()
    return hour + dt.timedelta(seconds=int((seconds + 300) // 600) * 600)


def _order_for_change(order_id: int, expected_version) -> WorkOrder:
    order = locked(WorkOrder, order_id, "该工单")
    check_version(order, expected_version)
    return order


def _line_for_change(line_id: int, expected_version=None) -> tuple[WorkOrder, WorkOrderLine]:
    """Lock the line's order first (every line action may move the order), then read the line."""
    order_id = WorkOrderLine.select(WorkOrderLine.order).where(WorkOrderLine.id == line_id).scalar()
    if order_id is None:
        raise NotFound("找不到该维修项目。")
    order = locked(WorkOrder, order_id, "该工单")
    line = WorkOrderLine.get_by_id(line_id)
    check_version(line, expected_version)
    return order, line


# -- hand-over ------------------------------------------------------------------------------
def receive_car(user, order_id: int, expected_version: int, *, receiver: str | None = None, at: dt.datetime | None = None) -> WorkOrder:
    """接车: the workshop takes the signed work order and the car from reception. The receiver's
    name and the time, to ten minutes, go on the order (seed 001)."""
    require(user, "order.dispatch")
    receiver = clean_text(receiver if receiver is not None else user.display_name, "接车人", max_length=32, field="receiver")
    moment = now()
    at = at or moment
    if at > moment + RECEIVE_SLACK:
        raise ValidationError("接车时间不能晚于现在。", field="at")
    with transaction():
        order = _order_for_change(order_id, expected_version)
        if order.status == OrderStatus.DRAFT:
            raise ValidationError(f"工单 {order.number} 还未经客户签字确认，车间不能接车。")
        if order.handed_over_at is not None:
            raise ValidationError(
                f"工单 {order.number} 已于 {order.handed_over_at:%m-%d %H:%M} 由 {order.handed_over_to} 接车。"
            )
        if order.status != OrderStatus.AWAITING_DISPATCH:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能办理接车。")
        if order.signed_at and at < order.signed_at - RECEIVE_SLACK:
            raise ValidationError(f"接车时间不能早于客户签字时间 {order.signed_at:%m-%d %H:%M}。", field="at")
        order = save_versioned(
            user, order, expected_version, {"handed_over_at": round_to_ten_minutes(at), "handed_over_to": receiver},
            action="workshop.receive",
        )
        changes.notify(*BOARD_TOPICS)
    return order


# -- dispatch -------------------------------------------------------------------------------
class TechnicianOverloaded(ValidationError):
    """The dispatch would book a technician beyond his hours for the day. The dispatcher may still
    do it (a rush job, overtime agreed): the window asks, then passes allow_overload=True."""

    def __init__(self, message: str, overloads: list[dict]):
        super().__init__(message, field="technician")
        self.overloads = overloads


def overload_message(overloads: list[dict]) -> str:
    return "；".join(
        f"技师 {o['name']} 今日已排 {fmt_qty(o['booked'])} 小时，再派 {fmt_qty(o['adding'])} 小时共 {fmt_qty(o['after'])} 小时，"
        f"超过其可用的 {fmt_qty(o['available'])} 小时" for o in overloads) + "。"


def projected_load(assignments, *, at: dt.datetime | None = None) -> dict[int, dict]:
    """What a dispatch would book on each technician it names, for today: the hours booked already
    (technician_load: open jobs assigned to him plus jobs he finished today) and the hours of the
    lines it gives him that are not his yet. {technician id: {"name", "booked", "adding", "after",
    "available", "over"}}. The dispatch dialog shows it as the choices change; dispatch() refuses an
    overload unless told to go ahead."""
    adding: dict[int, Decimal] = {}
    line_ids = [a["line"] for a in assignments if a.get("technician") is not None]
    lines = {l.id: l for l in WorkOrderLine.select(WorkOrderLine.id, WorkOrderLine.quantity, WorkOrderLine.technician,
                                                      WorkOrderLine.kind)
             .where(WorkOrderLine.id.in_(line_ids or [0]))}
    for item in assignments:
        technician, line = item.get("technician"), lines.get(item["line"])
        if technician is None or line is None or line.kind != LABOUR:
            continue
        extra = Decimal(0) if line.technician_id == technician else line.quantity
        adding[technician] = adding.get(technician, Decimal(0)) + extra
    result = {}
    for load in technician_load(at=at):
        if load["id"] in adding:
            after = load["load_hours"] + adding[load["id"]]
            result[load["id"]] = {"name": load["name"], "booked": load["load_hours"], "adding": adding[load["id"]],
                                  "after": after, "available": load["hours_per_day"],
                                  "over": adding[load["id"]] > 0 and after > load["hours_per_day"]}
    return result


def _assignee(line: WorkOrderLine, team_id, technician_id) -> tuple[int, int | None]:
    technician = None
    if technician_id is not None:
        technician = Technician.get_or_none(Technician.id == technician_id)
        if technician is None:
            raise NotFound("找不到该技师。")
        if not technician.active:
            raise ValidationError(f"技师 {technician.name} 已停用。", field="technician")
    if team_id is None:
        if technician is None:
            raise ValidationError(f"请为项目“{line.description}”选择班组或技师。", field="team")
        team_id = technician.team_id
    team = Team.get_or_none(Team.id == team_id)
    if team is None:
        raise NotFound("找不到该班组。")
    if not team.active:
        raise ValidationError(f"班组“{team.name}”已停用。", field="team")
    if technician is not None and technician.team_id != team.id:
        raise ValidationError(f"技师 {technician.name} 不属于“{team.name}”。", field="technician")
    return team.id, technician.id if technician else None


def _check_dispatchable(line: WorkOrderLine) -> None:
    if line.kind != LABOUR:
        raise ValidationError(f"只有工时项目需要派工，“{line.description}”是{line.kind}。")
    if line.added_work_id:
        answer = AddedWork.select(AddedWork.answer).where(AddedWork.id == line.added_work_id).scalar()
        if answer == AddedWorkAnswer.REFUSED:
            raise ValidationError(f"客户已拒绝追加项目“{line.description}”，不能派工。")
    if line.status in (LineStatus.DONE, LineStatus.CANCELLED):
        raise ValidationError(f"项目“{line.description}”{_DONE[line.status]}，不能再派工。")
    if line.status == LineStatus.IN_REPAIR:
        raise ValidationError(f"项目“{line.description}”正在维修中，请先暂停再改派。")


def dispatch(user, order_id: int, expected_version: int, assignments, *, allow_overload: bool = False) -> WorkOrder:
    """派工: assign labour lines to a team and/or technician and a bay, all or nothing.

    A technician booked beyond his hours for the day by this dispatch (projected_load) is refused
    with TechnicianOverloaded, naming him and the hours, unless allow_overload: the dispatcher
    confirmed, and the audit row keeps the overload.

    assignments: [{"line": id, "team": id | None, "technician": id | None, "bay": id | None}].
    A technician alone implies his team. A bay holding another car is refused. The car takes the
    first bay named if it stands in none yet; it moves to a line's bay when that line starts.
    The order's part lines become pick requests at the warehouse."""
    require(user, "order.dispatch")
    assignments = list(assignments)
    if not assignments:
        raise ValidationError("请至少选择一个要派工的项目。")
    line_ids = [a["line"] for a in assignments]
    if len(set(line_ids)) != len(line_ids):
        raise ValidationError("同一个项目在本次派工中出现了两次。")
    with transaction():
        order = _order_for_change(order_id, expected_version)
        if order.status not in STARTABLE:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能派工。")
        if order.handed_over_at is None:
            raise ValidationError(f"工单 {order.number} 还没有办理接车交接：请先记录接车人和接车时间。")
        lines = {
            line.id: line
            for line in WorkOrderLine.select().where((WorkOrderLine.id.in_(line_ids)) & (WorkOrderLine.order == order.id))
        }
        moment, car_bay, done, to_save, done_before_save = now(), order.bay_id, [], [], []
        for item in assignments:
            line = lines.get(item["line"])
            if line is None:
                raise NotFound(f"工单 {order.number} 中没有该项目。")
            _check_dispatchable(line)
            team_id, technician_id = _assignee(line, item.get("team"), item.get("technician"))
            bay_id = item.get("bay")
            if bay_id is not None:
                claim_bay(order, bay_id)
                car_bay = car_bay or bay_id
            values = {"team": team_id, "technician": technician_id, "bay": bay_id,
                      "dispatched_at": moment, "dispatched_by": user.display_name}
            to_save.append((line, values))
            done_before_save.append({"line": line.id, "technician": technician_id})
            done.append({"line": line.id, "description": line.description, "team": team_id, "technician": technician_id, "bay": bay_id})
        # Read before the lines are saved: a line given to him now is not counted as his yet.
        overloads = [o for o in projected_load(done_before_save).values() if o["over"]]
        if overloads and not allow_overload:
            raise TechnicianOverloaded(overload_message(overloads) + "如确需加派，请确认后再派工。", overloads)
        for line, values in to_save:
            save_versioned(user, line, line.version, values, audit=False)
        order = save_versioned(user, order, expected_version, {"bay": car_bay}, audit=False)
        after = {"lines": done}
        if overloads:
            after["overload_confirmed"] = [
                {"technician": o["name"], "after": fmt_qty(o["after"]), "available": fmt_qty(o["available"])} for o in overloads]
        record(user, "workshop.dispatch", order, after=after)
        requested = _request_parts(user, order.id)
        changes.notify(*BOARD_TOPICS, *(("parts",) if requested else ()))
    return order


def dispatch_line(user, order_id: int, expected_version: int, line_id: int, *, team=None, technician=None, bay=None) -> WorkOrder:
    """One line's dispatch: see dispatch()."""
    return dispatch(user, order_id, expected_version, [{"line": line_id, "team": team, "technician": technician, "bay": bay}])


def move_car(user, order_id: int, expected_version: int, bay_id: int | None) -> WorkOrder:
    """Move the car to another bay, or out of its bay (None), e.g. to the car park while parts come."""
    require(user, "order.dispatch")
    with transaction():
        order = _order_for_change(order_id, expected_version)
        if order.status not in STARTABLE + (OrderStatus.QC,):
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，车辆已不在车间工位上。")
        if bay_id is not None:
            claim_bay(order, bay_id)
        order = save_versioned(user, order, expected_version, {"bay": bay_id}, action="workshop.move_car")
        changes.notify(*BOARD_TOPICS)
    return order


def _request_parts(user, order_id: int) -> int:
    """Turn the order's part lines into pick requests for the warehouse, once per line: lines the
    customer agreed to, from stock (not customer-supplied), not yet requested. Returns how many."""
    requested = PickRequest.select(PickRequest.line).where(PickRequest.status != PickStatus.CANCELLED)
    agreed = (WorkOrderLine.added_work.is_null() & (WorkOrderLine.status != LineStatus.TO_CONFIRM)) | (AddedWork.answer == AddedWorkAnswer.AGREED)
    rows = (
        WorkOrderLine.select(WorkOrderLine.id, WorkOrderLine.quantity, WorkOrderLine.issued)
        .join(AddedWork, JOIN.LEFT_OUTER, on=(WorkOrderLine.added_work == AddedWork.id))
        .where(
            (WorkOrderLine.order == order_id)
            & (WorkOrderLine.kind == PARTS)
            & WorkOrderLine.part.is_null(False)
            & (WorkOrderLine.supplied_by_customer == False)  # noqa: E712
            & (WorkOrderLine.status != LineStatus.CANCELLED)
            & agreed
            & WorkOrderLine.id.not_in(requested)
        )
        .tuples()
    )
    moment = now()
    new = [
        {"line": line_id, "quantity": quantity - issued, "requested_by": user.id, "requested_at": moment}
        for line_id, quantity, issued in rows
        if quantity - issued > 0
    ]
    if new:
        PickRequest.insert_many(new).execute()
    return len(new)


def request_parts(user, order_id: int) -> int:
    """Ask the warehouse for any part lines not yet requested (after a change at reception)."""
    require(user, "order.dispatch")
    with transaction():
        locked(WorkOrder, order_id, "该工单")
        count = _request_parts(user, order_id)
        if count:
            changes.notify("parts")
    return count


# -- progress of a line ----------------------------------------------------------------------
def _check_order_in_work(order: WorkOrder) -> None:
    if order.status not in STARTABLE:
        raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，车间不能再改动它的项目。")


def _check_startable(order: WorkOrder, line: WorkOrderLine) -> None:
    if line.kind != LABOUR:
        raise ValidationError(f"“{line.description}”是{line.kind}，不需要开工。")
    if line.added_work_id:
        answer = AddedWork.select(AddedWork.answer).where(AddedWork.id == line.added_work_id).scalar()
        if answer == AddedWorkAnswer.REFUSED:
            raise ValidationError(f"客户已拒绝追加项目“{line.description}”，不能开工。")
        if answer != AddedWorkAnswer.AGREED:
            raise ValidationError(f"追加项目“{line.description}”还没有得到客户同意（业务接待正在联系客户），不能开工。")
    if line.status in (LineStatus.DONE, LineStatus.CANCELLED):
        raise ValidationError(f"项目“{line.description}”{_DONE[line.status]}。")
    if line.status == LineStatus.TO_CONFIRM and not line.added_work_id:
        raise ValidationError(f"项目“{line.description}”尚待客户确认，不能开工。")
    if line.team_id is None and line.technician_id is None:
        raise ValidationError(f"项目“{line.description}”还没有派工（班组或技师），不能开工。")
    if order.status not in STARTABLE:
        raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能开工。")


def _start(user, order: WorkOrder, line: WorkOrderLine) -> tuple[WorkOrder, WorkOrderLine]:
    _check_startable(order, line)
    if line.bay_id is not None and line.bay_id != order.bay_id:
        claim_bay(order, line.bay_id)  # the car moves to where this job is done
        order = save_versioned(user, order, order.version, {"bay": line.bay_id}, audit=False)
    line = save_versioned(
        user, line, line.version,
        {"status": LineStatus.IN_REPAIR, "started_at": line.started_at or now(), "pause_reason": ""}, audit=False
    )
    order = follow_lines(user, order, note=f"开工：{line.description}"[:200])
    _request_parts(user, order.id)
    return order, line


def _close_clockings(user, line: WorkOrderLine, moment: dt.datetime) -> int:
    open_ids = [c.id for c in Clocking.select(Clocking.id).where((Clocking.line == line.id) & Clocking.ended_at.is_null())]
    if open_ids:
        Clocking.update(ended_at=moment).where(Clocking.id.in_(open_ids)).execute()
        record(user, "workshop.clock_off", ("WorkOrderLine", line.id), after={"clockings": open_ids, "ended_at": moment})
    return len(open_ids)


def start_line(user, line_id: int, expected_version: int) -> WorkOrderLine:
    """开工 (or resume after 待料). The order follows: 待派工 / 待料 / 返工 → 维修中."""
    require(user, "workshop.progress")
    with transaction():
        order, line = _line_for_change(line_id, expected_version)
        if line.status == LineStatus.IN_REPAIR:
            raise ValidationError(f"项目“{line.description}”已在维修中。")
        order, line = _start(user, order, line)
        changes.notify(*BOARD_TOPICS)
    return line


def pause_line(user, line_id: int, expected_version: int, reason: str) -> WorkOrderLine:
    """暂停，待料: the job waits for parts; the reason says which. Clocks on the line stop. When no
    other line of the car is in work, the order shows 待料."""
    require(user, "workshop.progress")
    reason = clean_text(reason, "待料原因（缺什么件）", max_length=64, field="reason")
    with transaction():
        order, line = _line_for_change(line_id, expected_version)
        _check_order_in_work(order)
        if line.status != LineStatus.IN_REPAIR:
            raise ValidationError(f"项目“{line.description}”当前为“{line.status}”，只有维修中的项目可以暂停。")
        _close_clockings(user, line, now())
        line = save_versioned(user, line, line.version, {"status": LineStatus.PAUSED, "pause_reason": reason},
                              audit=False)
        follow_lines(user, order, note=f"待料：{reason}")
        changes.notify(*BOARD_TOPICS)
    return line


def finish_line(user, line_id: int, expected_version: int) -> WorkOrderLine:
    """完工 of one line. When every item of the order is done, the order goes to QC (质检) by
    itself, which is how the inspector hears of it (seed 001: 及时通知技术检验员)."""
    require(user, "workshop.progress")
    with transaction():
        order, line = _line_for_change(line_id, expected_version)
        _check_order_in_work(order)
        if line.status != LineStatus.IN_REPAIR:
            hint = "请先恢复开工" if line.status == LineStatus.PAUSED else "还未开工"
            raise ValidationError(f"项目“{line.description}”当前为“{line.status}”，{hint}，不能完工。")
        moment = now()
        _close_clockings(user, line, moment)
        line = save_versioned(user, line, line.version,
                              {"status": LineStatus.DONE, "finished_at": moment, "pause_reason": ""}, audit=False)
        follow_lines(user, order, note=f"完工：{line.description}"[:200])
        changes.notify(*BOARD_TOPICS)
    return line


# -- the technicians' clock -------------------------------------------------------------------
def clock_on(user, technician_id: int, line_id: int) -> Clocking:
    """A technician starts his time on a line (starting the line if it is not in work yet). One
    line at a time: a technician still on another line is refused."""
    require(user, "workshop.progress")
    with transaction():
        technician = locked(Technician, technician_id, "该技师")
        if not technician.active:
            raise ValidationError(f"技师 {technician.name} 已停用。")
        busy = (
            Clocking.select(Clocking, WorkOrderLine.description, WorkOrder.number)
            .join(WorkOrderLine).join(WorkOrder)
            .where((Clocking.technician == technician.id) & Clocking.ended_at.is_null())
            .objects().first()
        )
        if busy is not None:
            raise ValidationError(
                f"技师 {technician.name} 自 {busy.started_at:%H:%M} 起正在工单 {busy.number} 的“{busy.description}”上计时，请先下工。"
            )
        order, line = _line_for_change(line_id)
        _check_order_in_work(order)
        if line.status != LineStatus.IN_REPAIR:
            order, line = _start(user, order, line)
        clocking = Clocking.create(line=line.id, technician=technician.id, started_at=now())
        record(user, "workshop.clock_on", clocking, after={"technician": technician.name, "line": line.id, "order": order.number})
        changes.notify("workshop")
    return clocking


def clock_off(user, technician_id: int) -> Clocking:
    """The technician stops his time on the line he is on."""
    require(user, "workshop.progress")
    with transaction():
        technician = locked(Technician, technician_id, "该技师")
        clocking = Clocking.select().where((Clocking.technician == technician.id) & Clocking.ended_at.is_null()).first()
        if clocking is None:
            raise ValidationError(f"技师 {technician.name} 当前没有在计时的项目。")
        moment = now()
        Clocking.update(ended_at=moment).where(Clocking.id == clocking.id).execute()
        record(user, "workshop.clock_off", clocking, after={"technician": technician.name, "ended_at": moment})
        changes.notify("workshop")
    return Clocking.get_by_id(clocking.id)


# -- added work (增项) -------------------------------------------------------------------------
def _decimal(value, label: str, *, field: str) -> Decimal:
    number = parse_decimal(value, label=label, field=field)
    if number <= 0:
        raise ValidationError(f"{label}必须大于 0。", field=field)
    return number


def _proposed_labour(item: dict, rate: Decimal) -> dict:
    labour_item = None
    if item.get("labour_item") is not None:
        labour_item = LabourItem.get_or_none(LabourItem.id == item["labour_item"])
        if labour_item is None:
            raise NotFound("找不到该工时定额项目。")
    description = clean_text(item.get("description") or (labour_item.name if labour_item else ""), "工时项目名称", max_length=200, field="labour")
    hours_given = item.get("hours")
    if hours_given in (None, "") and labour_item is None:
        raise ValidationError(f"请填写“{description}”的工时。", field="hours")
    hours = _decimal(hours_given, "工时", field="hours") if hours_given not in (None, "") else labour_item.hours
    if hours > 100:
        raise ValidationError(f"“{description}”的工时 {hours} 小时过大，请核对。", field="hours")
    if labour_item is not None and labour_item.system:  # 分系统工时单价 (系统管理 → 工时定额)
        rate = settings.labour_rate(labour_item.system)
    return {"kind": LABOUR, "labour": labour_item.id if labour_item else None, "description": description,
            "quantity": hours, "unit_price": rate, "amount": orders.line_amount(hours, rate)}


def _proposed_part(item: dict) -> dict:
    part = Part.get_or_none(Part.id == item.get("part"))
    if part is None:
        raise NotFound("找不到该备件。")
    if not part.active:
        raise ValidationError(f"{part.label()} 已停用。", field="part")
    quantity = _decimal(item.get("quantity", "1"), "数量", field="quantity")
    if part.whole_units and quantity != quantity.to_integral_value():
        raise ValidationError(f"{part.label()} 以{part.unit}计，数量必须是整数。", field="quantity")
    return {"kind": PARTS, "part": part.id, "description": part.name, "quantity": quantity, "unit_price": part.price,
            "amount": orders.line_amount(quantity, part.price), "genuine": part.genuine}


def raise_added_work(user, order_id: int, expected_version: int, description: str, *, labour=(), parts=(),
                     delay_minutes: int = 0, payer: str = "客户") -> AddedWork:
    """增项: work found on the car. Goes to reception at once (the order shows 待客户确认); its
    proposed lines wait as 待确认 and cannot be started until the customer's yes is recorded.

    labour: [{"description", "hours"} or {"labour_item": id, "hours"?}], priced at the store rate.
    parts: [{"part": id, "quantity"}], priced at the part's retail price."""
    require(user, "order.added_work.raise")
    description = clean_text(description, "追加项目说明（发现的问题）", max_length=500, field="description")
    if not isinstance(delay_minutes, int) or not 0 <= delay_minutes <= MAX_DELAY_MINUTES:
        raise ValidationError("预计延误时间应在 0 到 14 天之间（按分钟填写）。", field="delay_minutes")
    if payer not in PAYERS:
        raise ValidationError(f"付费方只能是：{'、'.join(PAYERS)}。", field="payer")
    rate = settings.get_money("labour.rate")
    proposed = [_proposed_labour(item, rate) for item in labour] + [_proposed_part(item) for item in parts]
    with transaction():
        order = _order_for_change(order_id, expected_version)
        if order.status == OrderStatus.QC:
            raise ValidationError(f"工单 {order.number} 正在质检。如发现新问题，请先判定返工，再提出追加项目。")
        if order.status not in STARTABLE:
            raise ValidationError(f"工单 {order.number} 当前为“{order.status}”，不能追加项目。")
        work = AddedWork.create(order=order.id, description=description, raised_by=user.id, raised_at=now(), delay_minutes=delay_minutes)
        position = WorkOrderLine.select(WorkOrderLine.position).where(WorkOrderLine.order == order.id).order_by(
            WorkOrderLine.position.desc()).scalar() or 0
        for offset, values in enumerate(proposed, 1):
            WorkOrderLine.create(order=order.id, position=position + offset, added_work=work.id,
                                 status=LineStatus.TO_CONFIRM,
                                 payer=payer, updated_by=user.display_name, **values)
        order = save_versioned(user, order, expected_version, {}, audit=False)
        move_along(user, order, OrderStatus.AWAITING_CUSTOMER, note=f"追加项目：{description}"[:200])
        record(user, "order.added_work.raise", work, after={
            "order": order.number, "description": description, "delay_minutes": delay_minutes,
            "lines": [[v["description"], str(v["quantity"]), str(v["unit_price"]), str(v["amount"])] for v in proposed],
            "total": str(sum((v["amount"] for v in proposed), Decimal("0.00"))),
        })
        changes.notify(*BOARD_TOPICS)
    return work


def after_customer_answer(user, order_id: int) -> WorkOrder:
    """Reception calls this (inside its own transaction) once it recorded the customer's answer:
    the order leaves 待客户确认 when nothing is waiting any more, back to the state its lines call
    for, and agreed parts are requested if the job has been dispatched already."""
    if not (may(user, "order.added_work.answer") or may(user, "order.dispatch")):
        require(user, "order.added_work.answer")
    with transaction():
        order = locked(WorkOrder, order_id, "该工单")
        order = follow_lines(user, order, note="客户已答复追加项目")
        dispatched = WorkOrderLine.select().where(
            (WorkOrderLine.order == order.id) & WorkOrderLine.dispatched_at.is_null(False)
        ).exists()
        if dispatched and _request_parts(user, order.id):
            changes.notify("parts")
        changes.notify(*BOARD_TOPICS)
    return order
