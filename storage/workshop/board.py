"""What the workshop station shows (车间看板): the board, one order's detail, technicians' load and
lines, the job ticket's data (派工单), added work waiting for answers, clock history. Read-only;
reached through storage.workshop."""
import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from storage.models import (
    AddedWork, Bay, Clocking, Loan, PickRequest, QualityCheck, Team, Technician, User, Vehicle, VehicleModel, WorkOrder,
    WorkOrderLine, now, summed,
)
from storage.plumbing.compiled import Statement
from storage.plumbing.paging import keyset_page
from storage.rules import settings
from storage.rules.errors import NotFound
from storage.rules.orders import IN_WORKSHOP, PROGRESS_CHECK_AT, get_order
from storage.rules.vocabulary import AddedWorkAnswer, LineStatus, LoanStatus, OrderStatus, PickStatus
from storage.workshop.common import LABOUR, NO_HOURS, PARTS, day_range, hours_from_seconds, seconds_between, sql_time

# Board columns in the order the wall shows them: (order status, heading).
BOARD_COLUMNS = (
    (OrderStatus.AWAITING_DISPATCH, OrderStatus.AWAITING_DISPATCH), (OrderStatus.IN_REPAIR, OrderStatus.IN_REPAIR),
    (OrderStatus.AWAITING_PARTS, OrderStatus.AWAITING_PARTS),
    (OrderStatus.AWAITING_CUSTOMER, OrderStatus.AWAITING_CUSTOMER),
    (OrderStatus.QC, "待质检"), (OrderStatus.REWORK, OrderStatus.REWORK), (OrderStatus.DONE, "待交车"),
)
_COLUMN_ORDER = {status: i for i, (status, _) in enumerate(BOARD_COLUMNS)}


@dataclass(frozen=True)
class BoardCard:
    """One car on the board."""

    order_id: int
    number: str
    version: int
    status: str
    plate: str
    model: str
    job_type: str
    advisor: str
    bay: str
    teams: tuple[str, ...]
    technicians: tuple[str, ...]
    received_at: dt.datetime | None  # hand-over to the workshop; None: not yet received
    promised_at: dt.datetime | None
    minutes_left: int | None  # negative when late
    overdue: bool
    progress_check: bool  # 70 % of the time from signature to promise has passed: check progress (seed 001)
    progress_checked: bool  # reception has recorded a check since that point
    lines_total: int
    lines_done: int
    lines_in_work: int
    waiting_for_parts: str  # the pause reasons, when some line waits for parts
    awaiting_answer: int  # added work waiting for the customer's answer
    rework_count: int
    loan_overdue: bool = False  # the customer's loaner car (代步车) is out past its promised return


def _when(value) -> dt.datetime | None:
    """A timestamp as the driver gives it: PostgreSQL datetimes, SQLite the ISO text Peewee stored."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _model_name(brand, name, text) -> str:
    return f"{brand} {name}" if brand else (text or "")


def _in_workshop():
    """`id IN (SELECT id ... WHERE status IN ...)` reads the ids from the status index and then
    looks rows up by key. A plain `status IN (...)` leaves the plan to the statistics, and SQLite's
    (no histograms) cannot tell that the workshop states are a few hundred rows among 400,000:
    after ANALYZE it scans the whole table, or starts a join from a busy advisor or a fleet car and
    reads every order."""
    return WorkOrder.select(WorkOrder.id).where(WorkOrder.status.in_(IN_WORKSHOP))


def _board_orders():
    waiting, failed = AddedWork.alias(), QualityCheck.alias()
    return (
        WorkOrder.select(
            WorkOrder.id, WorkOrder.number, WorkOrder.version, WorkOrder.status, WorkOrder.job_type,
            WorkOrder.promised_at, WorkOrder.opened_at, WorkOrder.signed_at, WorkOrder.handed_over_at,
            WorkOrder.progress_checked_at, Vehicle.plate, Vehicle.model_text, VehicleModel.brand, VehicleModel.name,
            User.display_name, Bay.name,
            waiting.select(fn.COUNT(waiting.id)).where((waiting.order == WorkOrder.id) & (waiting.answer == AddedWorkAnswer.PENDING)),
            
            failed.select(fn.COUNT(failed.id)).where((failed.order == WorkOrder.id) & (failed.passed == False)),  # noqa: E712
            # the promised return of the customer's loaner car still out (代步车; one open loan per order)
            Loan.select(fn.MIN(Loan.due_at)).where((Loan.order == WorkOrder.id) & (Loan.status == LoanStatus.OUT)),
        )
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .join(VehicleModel, JOIN.LEFT_OUTER, on=(Vehicle.model == VehicleModel.id))
        .switch(WorkOrder).join(User, on=(WorkOrder.advisor == User.id))
        .switch(WorkOrder).join(Bay, JOIN.LEFT_OUTER, on=(WorkOrder.bay == Bay.id))
        .where(WorkOrder.id.in_(_in_workshop()))
    )


def _board_lines():
    return (
        WorkOrderLine.select(WorkOrderLine.order, WorkOrderLine.status, WorkOrderLine.pause_reason, Team.name,
                             Technician.name, AddedWork.answer)
        .join(Team, JOIN.LEFT_OUTER, on=(WorkOrderLine.team == Team.id))
        .switch(WorkOrderLine).join(Technician, JOIN.LEFT_OUTER, on=(WorkOrderLine.technician == Technician.id))
        .switch(WorkOrderLine).join(AddedWork, JOIN.LEFT_OUTER, on=(WorkOrderLine.added_work == AddedWork.id))
        .where(WorkOrderLine.order.in_(_in_workshop()) & (WorkOrderLine.kind == LABOUR)
               & (WorkOrderLine.status != LineStatus.CANCELLED))
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
    )


# The board refreshes every few seconds on every wall screen: its SQL is built once and its rows
# come back as the driver gives them (Peewee's per-column conversion of a thousand rows would cost
# more than the queries).
_ORDERS = Statement(_board_orders, convert=False)
_LINES = Statement(_board_lines, convert=False)
_COUNTS = Statement(
    lambda: WorkOrder.select(WorkOrder.status, fn.COUNT(WorkOrder.id)).where(WorkOrder.status.in_(IN_WORKSHOP))
    .group_by(WorkOrder.status),
    convert=False,
)


def board(at: dt.datetime | None = None, *, user=None) -> list[BoardCard]:
    """Every car in the workshop (orders in storage.rules.orders.IN_WORKSHOP), by column then promised
    time. Two queries whatever the number of cars: the orders (with the added work waiting and
    the failed checks counted per order by key), and their labour lines. With `user`, a
    dispatcher limited to some teams (系统管理 → 用户, User.team_ids) sees the cars not yet given to
    any team and those with work for one of theirs."""
    at = at or now()
    # order id -> [total, done, in work, {team}, {technician}, {pause reason}] (dicts keep the order)
    jobs: dict[int, list] = {}
    for order_id, status, reason, team, technician, answer in _LINES.rows():
        if answer in (AddedWorkAnswer.REFUSED,
                      AddedWorkAnswer.PENDING) or (answer is None and status == LineStatus.TO_CONFIRM):
            continue  # not (yet) part of the job
        job = jobs.get(order_id)
        if job is None:
            job = jobs[order_id] = [0, 0, 0, {}, {}, {}]
        job[0] += 1
        if status == LineStatus.DONE:
            job[1] += 1
        elif status == LineStatus.IN_REPAIR:
            job[2] += 1
        elif status == LineStatus.PAUSED and reason:
            job[5][reason] = None
        if team:
            job[3][team] = None
        if technician:
            job[4][technician] = None
    none = (0, 0, 0, {}, {}, {})
    cards = []
    for (order_id, number, version, status, job_type, promised, opened, signed, received, checked,
         plate, model_text, brand, model_name, advisor, bay, awaiting, reworks, loan_due) in _ORDERS.rows():
        promised, received = _when(promised), _when(received)
        minutes_left, overdue, progress, checked_since = None, False, False, False
        if promised is not None:
            minutes_left = int((promised - at).total_seconds() // 60)
            overdue = status != OrderStatus.DONE and at > promised
            # Measured from the signature, when the time was promised (as reception measures it).
            start = _when(signed) or _when(opened)
            span = (promised - start).total_seconds()
            check_point = start + dt.timedelta(seconds=float(PROGRESS_CHECK_AT) * span)
            progress = status != OrderStatus.DONE and not overdue and span > 0 and at >= check_point
            checked_since = checked is not None and _when(checked) >= check_point
        total, done, in_work, teams, technicians, reasons = jobs.get(order_id, none)
        cards.append(BoardCard(
            order_id=order_id, number=number, version=version, status=status, plate=plate,
            model=_model_name(brand, model_name, model_text), job_type=job_type, advisor=advisor, bay=bay or "",
            teams=tuple(teams), technicians=tuple(technicians), received_at=received, promised_at=promised,
            minutes_left=minutes_left, overdue=overdue, progress_check=progress, progress_checked=checked_since,
            lines_total=total, lines_done=done, lines_in_work=in_work, waiting_for_parts="；".join(reasons),
            awaiting_answer=awaiting, rework_count=reworks,
            loan_overdue=loan_due is not None and _when(loan_due) < at,
        ))
    far = dt.datetime.max
    cards.sort(key=lambda c: (_COLUMN_ORDER[c.status], c.promised_at or far, c.number))
    mine = _visible_teams(user)
    if mine is not None:
        cards = [c for c in cards if not c.teams or mine & set(c.teams)]
    return cards


def _visible_teams(user) -> set[str] | None:
    """The names of the teams `user` sees, or None for every team."""
    ids = [int(x) for x in (getattr(user, "team_ids", "") or "").split(",") if x.strip().isdigit()]
    if not ids:
        return None
    return {name for (name,) in Team.select(Team.name).where(Team.id.in_(ids)).tuples()}


def board_counts() -> dict[str, int]:
    """Cars per workshop state, for the board's headings and the day figures."""
    found = dict(_COUNTS.rows())
    return {status: found.get(status, 0) for status, _ in BOARD_COLUMNS}


def _lines_with_names(where):
    return (
        WorkOrderLine.select(WorkOrderLine, Team.name.alias("team_name"), Technician.name.alias("technician_name"),
                             Bay.name.alias("bay_name"), AddedWork.answer.alias("answer"))
        .join(Team, JOIN.LEFT_OUTER, on=(WorkOrderLine.team == Team.id))
        .switch(WorkOrderLine).join(Technician, JOIN.LEFT_OUTER, on=(WorkOrderLine.technician == Technician.id))
        .switch(WorkOrderLine).join(Bay, JOIN.LEFT_OUTER, on=(WorkOrderLine.bay == Bay.id))
        .switch(WorkOrderLine).join(AddedWork, JOIN.LEFT_OUTER, on=(WorkOrderLine.added_work == AddedWork.id))
        .where(where)
        .order_by(WorkOrderLine.position, WorkOrderLine.id)
        .objects()
    )


def order_detail(order_id: int) -> dict:
    """One order as the dispatcher works on it: the order (with its version), its lines with team,
    technician, bay and the customer's answer, added work, QC history, who is clocked on, and the
    parts requests. Seven queries."""
    order = (
        WorkOrder.select(WorkOrder, Vehicle, User.display_name.alias("advisor_name"), Bay.name.alias("bay_name"))
        .join(Vehicle, on=(WorkOrder.vehicle == Vehicle.id))
        .switch(WorkOrder).join(User, on=(WorkOrder.advisor == User.id))
        .switch(WorkOrder).join(Bay, JOIN.LEFT_OUTER, on=(WorkOrder.bay == Bay.id))
        .where(WorkOrder.id == order_id)
        .objects().first()
    )
    if order is None:
        raise NotFound("找不到该工单。")
    lines = list(_lines_with_names(WorkOrderLine.order == order_id))
    on_clock = {}
    for line_id, name, since in (
        Clocking.select(Clocking.line, Technician.name, Clocking.started_at).join(Technician)
        .where(Clocking.line.in_([l.id for l in lines] or [0]) & Clocking.ended_at.is_null()).tuples()
    ):
        on_clock.setdefault(line_id, []).append({"technician": name, "since": since})
    picks = {}
    for line_id, quantity, issued, status in (
        PickRequest.select(PickRequest.line, PickRequest.quantity, PickRequest.issued, PickRequest.status)
        .where(PickRequest.line.in_([l.id for l in lines] or [0]) & (PickRequest.status != PickStatus.CANCELLED)).tuples()
    ):
        picks[line_id] = {"quantity": quantity, "issued": issued, "status": status}
    added = list(
        AddedWork.select(AddedWork, User.display_name.alias("raised_by_name"))
        .join(User, on=(AddedWork.raised_by == User.id))
        .where(AddedWork.order == order_id).order_by(AddedWork.id).objects()
    )
    checks = list(
        QualityCheck.select(QualityCheck, User.display_name.alias("inspector_name"))
        .join(User, on=(QualityCheck.inspector == User.id))
        .where(QualityCheck.order == order_id).order_by(QualityCheck.id).objects()
    )
    return {
        "order": order,
        "plate": order.vehicle.plate,
        "advisor": order.advisor_name,
        "bay": order.bay_name or "",
        "lines": [
            {"id": l.id, "version": l.version, "kind": l.kind, "description": l.description, "quantity": l.quantity,
             "status": l.status, "pause_reason": l.pause_reason, "team_id": l.team_id, "team": l.team_name or "",
             "technician_id": l.technician_id, "technician": l.technician_name or "", "bay_id": l.bay_id,
             "bay": l.bay_name or "", "added_work_id": l.added_work_id, "answer": l.answer or "",
             "started_at": l.started_at, "finished_at": l.finished_at, "dispatched_at": l.dispatched_at,
             "dispatched_by": l.dispatched_by,
             "on_clock": on_clock.get(l.id, []), "pick": picks.get(l.id)}
            for l in lines
        ],
        "added_work": [
            {"id": a.id, "version": a.version, "description": a.description, "raised_by": a.raised_by_name,
             "raised_at": a.raised_at, "answer": a.answer, "answered_by": a.answered_by, "answer_at": a.answer_at,
             "delay_minutes": a.delay_minutes}
            for a in added
        ],
        "quality_checks": [
            {"id": c.id, "at": c.at, "passed": c.passed, "inspector": c.inspector_name, "reason": c.reason,
             "certificate_number": c.certificate_number}
            for c in checks
        ],
    }


def technician_load(day: dt.date | None = None, *, at: dt.datetime | None = None) -> list[dict]:
    """Each active technician's day, to choose whom to give a job: hours of open jobs assigned to
    him, hours finished today, hours clocked today, his hours available, and the line he is on."""
    at = at or now()
    day = day or at.date()
    start, end = day_range(day)
    techs = list(
        Technician.select(Technician.id, Technician.name, Technician.hours_per_day, Team.name.alias("team_name"))
        .join(Team).where(Technician.active == True)  # noqa: E712
        .order_by(Team.name, Technician.name).objects()
    )
    open_hours = dict(
        (tid, (hours, count)) for tid, hours, count in
        WorkOrderLine.select(WorkOrderLine.technician, summed(WorkOrderLine.quantity, WorkOrderLine.quantity), fn.COUNT(WorkOrderLine.id))
        .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id))
        .where(WorkOrderLine.status.in_((LineStatus.AWAITING_DISPATCH, LineStatus.IN_REPAIR,
                                         LineStatus.PAUSED)) & WorkOrderLine.technician.is_null(False)
               & (WorkOrderLine.kind == LABOUR) & WorkOrder.status.in_(IN_WORKSHOP))
        .group_by(WorkOrderLine.technician).tuples()
    )
    done_hours = dict(
        WorkOrderLine.select(WorkOrderLine.technician, summed(WorkOrderLine.quantity, WorkOrderLine.quantity))
        .where((WorkOrderLine.finished_at >= start) & (WorkOrderLine.finished_at < end)
               & WorkOrderLine.technician.is_null(False) & (WorkOrderLine.kind == LABOUR))
        .group_by(WorkOrderLine.technician).tuples()
    )
    clocked = dict(
        Clocking.select(Clocking.technician, fn.SUM(seconds_between(Clocking.started_at, fn.COALESCE(Clocking.ended_at, sql_time(at)))))
        .where((Clocking.started_at >= start) & (Clocking.started_at < end))
        .group_by(Clocking.technician).tuples()
    )
    current = {
        tid: {"order_number": number, "plate": plate, "line": description, "since": since}
        for tid, number, plate, description, since in
        Clocking.select(Clocking.technician, WorkOrder.number, Vehicle.plate, WorkOrderLine.description, Clocking.started_at)
        .join(WorkOrderLine).join(WorkOrder).join(Vehicle)
        .where(Clocking.ended_at.is_null()).tuples()
    }
    result = []
    for t in techs:
        assigned, count = open_hours.get(t.id, (NO_HOURS, 0))
        finished = done_hours.get(t.id, NO_HOURS)
        result.append({
            "id": t.id, "name": t.name, "team": t.team_name, "hours_per_day": t.hours_per_day,
            "assigned_hours": assigned, "assigned_lines": count, "finished_hours": finished,
            "clocked_hours": hours_from_seconds(clocked.get(t.id)), "load_hours": assigned + finished,
            "on": current.get(t.id),
        })
    return result


def technician_lines(technician_id: int | None = None, *, team_id: int | None = None) -> list[dict]:
    """Open jobs of a technician or a team, for the clock-on screen of the shared workshop PC."""
    where = WorkOrderLine.status.in_((LineStatus.AWAITING_DISPATCH, LineStatus.IN_REPAIR, LineStatus.PAUSED,
                                      LineStatus.TO_CONFIRM)) & (WorkOrderLine.kind == LABOUR)
    if technician_id is not None:
        where &= WorkOrderLine.technician == technician_id
    if team_id is not None:
        where &= WorkOrderLine.team == team_id
    query = (
        WorkOrderLine.select(WorkOrderLine.id, WorkOrderLine.version, WorkOrderLine.description, WorkOrderLine.status,
                             WorkOrderLine.quantity, WorkOrder.id, WorkOrder.number, Vehicle.plate, AddedWork.answer)
        .join(WorkOrder, on=(WorkOrderLine.order == WorkOrder.id)).join(Vehicle)
        .switch(WorkOrderLine).join(AddedWork, JOIN.LEFT_OUTER, on=(WorkOrderLine.added_work == AddedWork.id))
        .where(where & WorkOrder.status.in_(IN_WORKSHOP))
        .order_by(WorkOrder.promised_at.asc(nulls="LAST"), WorkOrder.id, WorkOrderLine.position)
        .tuples()
    )
    return [
        {"line_id": lid, "version": version, "description": desc, "status": status, "hours": hours, "order_id": oid,
         "order_number": number, "plate": plate,
         "may_start": answer == AddedWorkAnswer.AGREED or (answer is None and status != LineStatus.TO_CONFIRM)}
        for lid, version, desc, status, hours, oid, number, plate, answer in query
    ]


def job_ticket(order_id: int | None = None, *, number: str | None = None, team_id: int | None = None) -> dict:
    """派工单: what the team needs on paper, one section per team (or only the team asked for).
    The ticket carries the order's number; printing finds it by `number`, the window by id."""
    detail = order_detail(get_order(order_id, number=number).id)
    order = detail["order"]
    if order.handed_over_at is None:
        raise NotFound(f"工单 {order.number} 还没有接车派工，没有派工单。")
    vehicle = order.vehicle
    model = VehicleModel.get_or_none(VehicleModel.id == vehicle.model_id) if vehicle.model_id else None
    teams: dict[str, list] = {}
    for line in detail["lines"]:
        if line["kind"] != LABOUR or line["status"] == LineStatus.CANCELLED or not line["team_id"]:
            continue
        if line["answer"] in (AddedWorkAnswer.PENDING,
                              AddedWorkAnswer.REFUSED) or (team_id is not None and line["team_id"] != team_id):
            continue
        teams.setdefault(line["team"], []).append(line)
    if not teams:
        raise NotFound(f"工单 {order.number} 还没有派给{'该班组的' if team_id else ''}项目。")
    return {
        "store": settings.store_header(),
        "number": order.number,
        "plate": vehicle.plate,
        "vin": vehicle.vin or "",
        "model": str(model) if model else vehicle.model_text,
        "mileage": order.mileage,
        "job_type": order.job_type,
        "advisor": detail["advisor"],
        "customer_words": order.customer_words,
        "findings": order.findings,
        "received_at": order.handed_over_at,
        "received_by": order.handed_over_to,
        "promised_at": order.promised_at,
        "bay": detail["bay"],
        "teams": [
            {"team": name, "lines": [
                {"description": l["description"], "hours": l["quantity"], "technician": l["technician"], "bay": l["bay"],
                 "added": bool(l["added_work_id"]), "dispatched_at": l["dispatched_at"]} for l in rows]}
            for name, rows in teams.items()
        ],
        "dispatched_by": max(
            ((l["dispatched_at"], l["dispatched_by"]) for rows in teams.values() for l in rows if l["dispatched_at"]),
            default=(None, ""),
        )[1],
        "parts": [
            {"description": l["description"], "quantity": l["quantity"], "issued": (l["pick"] or {}).get("issued")}
            for l in detail["lines"]
            if l["kind"] == PARTS and l["status"] != LineStatus.CANCELLED and l["answer"] not in (AddedWorkAnswer.PENDING,
                                                                                                  AddedWorkAnswer.REFUSED)
        ],
    }


def latest_job_ticket_number() -> str | None:
    """The order most recently received into the workshop (for `main.py print job-ticket`)."""
    return (
        WorkOrder.select(WorkOrder.number).where(WorkOrder.handed_over_at.is_null(False))
        .order_by(WorkOrder.handed_over_at.desc(), WorkOrder.id.desc()).limit(1).scalar()
    )


def waiting_added_work(*, after: int | None = None, limit: int = 50) -> tuple[list[dict], int | None]:
    """Added work waiting for the customer's answer, oldest first (reception calls about these)."""
    amount = summed(WorkOrderLine.amount, WorkOrderLine.amount)
    query = (
        AddedWork.select(AddedWork.id, AddedWork.order, WorkOrder.number, Vehicle.plate, AddedWork.description,
                         User.display_name, AddedWork.raised_at, AddedWork.delay_minutes, amount)
        .join(WorkOrder, on=(AddedWork.order == WorkOrder.id)).join(Vehicle)
        .switch(AddedWork).join(User, on=(AddedWork.raised_by == User.id))
        .switch(AddedWork).join(WorkOrderLine, JOIN.LEFT_OUTER, on=(WorkOrderLine.added_work == AddedWork.id))
        .where(AddedWork.answer == AddedWorkAnswer.PENDING)
        .group_by(AddedWork.id, AddedWork.order, WorkOrder.number, Vehicle.plate, AddedWork.description,
                  User.display_name, AddedWork.raised_at, AddedWork.delay_minutes)
        .tuples()
    )
    found, after = keyset_page(query, [AddedWork.id], after, limit, key=lambda r: r[0])
    return [
        {"id": aid, "order_id": oid, "order_number": number, "plate": plate, "description": desc, "raised_by": who,
         "raised_at": at, "delay_minutes": delay, "amount": total}
        for aid, oid, number, plate, desc, who, at, delay, total in found
    ], after


def clockings(*, technician_id: int | None = None, day: dt.date | None = None, after: int | None = None,
              limit: int = 100) -> tuple[list[dict], int | None]:
    """Clock history, newest first, in pages."""
    query = (
        Clocking.select(Clocking.id, Technician.name, WorkOrder.number, WorkOrderLine.description, Clocking.started_at, Clocking.ended_at)
        .join(Technician).switch(Clocking).join(WorkOrderLine).join(WorkOrder)
        .tuples()
    )
    if technician_id is not None:
        query = query.where(Clocking.technician == technician_id)
    if day is not None:
        start, end = day_range(day)
        query = query.where((Clocking.started_at >= start) & (Clocking.started_at < end))
    found, after = keyset_page(query, [Clocking.id], after, limit, descending=True, key=lambda r: r[0])
    return [
        {"id": cid, "technician": name, "order_number": number, "line": desc, "started_at": s, "ended_at": e}
        for cid, name, number, desc, s, e in found
    ], after

