"""Workshop dispatch (车间调度): the job board, teams and bays, dispatch, added work found on the
car, quality inspection and the dispatcher's figures. The one module the workshop window, the wall
board and the job-ticket / certificate prints import; the work is split over the modules of this package.

Seeds: 001 车间调度管理制度 (hand-over signed with the time to ten minutes, progress checks, added
work through reception, inspector told as soon as a job is done) and 003 (车间调度员, 班组长, 质检员,
维修技工). Actions take the acting user first, check the permission, run in one transaction,
refuse with a Chinese DomainError and announce the change (storage.plumbing.changes topics "workshop",
"orders", "parts", "settings"). Order-level actions take the order `version` the screen shows and
refuse a stale one (StaleRecord names who changed it); line actions take the line's `version`.

API
Set-up (manager, workshop.setup)
    create_team(user, name, *, leader="") -> Team
    update_team(user, team_id, **{name, leader, active}) -> Team        refuses to retire a team with open jobs
    teams(*, include_inactive=False) -> [dict]                           with number of members
    create_technician(user, name, team_id, *, grade="", hours_per_day="8", user_id=None) -> Technician
    update_technician(user, technician_id, **{name, team, grade, hours_per_day, active, user}) -> Technician
    technicians(*, team_id=None, include_inactive=False) -> [dict]
    create_bay(user, name, *, kind="机修") -> Bay;  update_bay(user, bay_id, **{name, kind, active}) -> Bay
    bays(*, include_inactive=False) -> [dict]                            with the car standing in each
Dispatch (order.dispatch)
    receive_car(user, order_id, version, *, receiver=None, at=None) -> WorkOrder     接车, time to 10 min
    dispatch(user, order_id, version, [{"line", "team", "technician", "bay"}], *, allow_overload=False) -> WorkOrder
        a technician booked beyond his hours today raises TechnicianOverloaded unless allow_overload
    projected_load([{"line", "technician"}]) -> {technician id: {name, booked, adding, after, available, over}}
    dispatch_line(user, order_id, version, line_id, *, team=None, technician=None, bay=None) -> WorkOrder
    move_car(user, order_id, version, bay_id | None) -> WorkOrder
    request_parts(user, order_id) -> int                                 pick requests not yet made
Progress and clock (workshop.progress)
    start_line(user, line_id, line_version) -> WorkOrderLine             also resumes after 待料
    pause_line(user, line_id, line_version, reason) -> WorkOrderLine     待料 with the reason
    finish_line(user, line_id, line_version) -> WorkOrderLine            last one sends the order to 质检
    submit_for_qc(user, order_id, version) -> WorkOrder                  报检 by hand
    clock_on(user, technician_id, line_id) -> Clocking;  clock_off(user, technician_id) -> Clocking
Added work (order.added_work.raise)
    raise_added_work(user, order_id, version, description, *, labour=[{description, hours | labour_item}],
                     parts=[{part, quantity}], delay_minutes=0, payer="客户") -> AddedWork
    after_customer_answer(user, order_id) -> WorkOrder                   reception calls it after recording an answer
Quality inspection (order.qc)
    qc_checklist(order_id) -> [{"key", "label", "kind", "team", "technician"}]
    pass_qc(user, order_id, version, {key: True}, *, note="") -> QualityCheck        完工 + certificate number
    fail_qc(user, order_id, version, reason, *, results=None, rework_lines=None) -> QualityCheck   返工
    completion_certificate(number) -> dict;  latest_certificate_number() -> str | None
    quality_checks(*, passed=None, after=None, limit=50) -> (rows, next_cursor)
Reading (no permission needed)
    board(at=None) -> [BoardCard]  (BOARD_COLUMNS: status, heading);  board_counts() -> {status: n}
    order_detail(order_id) -> dict;  technician_load(day=None, *, at=None) -> [dict]
    technician_lines(technician_id=None, *, team_id=None) -> [dict]
    job_ticket(order_id=None, *, number=None, team_id=None) -> dict;  latest_job_ticket_number() -> str | None
    waiting_added_work(*, after=None, limit=50) -> (rows, next_cursor)
    clockings(*, technician_id=None, day=None, after=None, limit=100) -> (rows, next_cursor)
Figures (workshop.figures)
    day_figures(user, day=None) -> dict;  labour_hours(user, start, end) -> dict;  qc_rates(user, start, end) -> dict
Piece-rate wages (计件工资; workshop.wages, the rate workshop.wage_rate)
    piece_wages(user, start, end) -> dict   per technician and team: hours × rate, comebacks (返修) taken back
    piece_rate() -> Decimal;  set_piece_rate(user, rate) -> Decimal;  export_wages_xlsx(report, path) -> str
Helpers
    round_to_ten_minutes(moment) -> datetime;  CHECKLISTS (job type -> checks);  BAY_KINDS;  GRADES

Bays: a bay holds one car (WorkOrder.bay) while the order is in the workshop and not yet passed
QC; putting a second car in is refused with a message naming the car there. Assigning a line to
a bay reserves nothing: the car moves to a line's bay when that line starts.
"""
from storage.workshop.board import (
    BOARD_COLUMNS, BoardCard, board, board_counts, clockings, job_ticket, latest_job_ticket_number, order_detail,
    technician_lines, technician_load, waiting_added_work,
)
from storage.workshop.common import BOARD_TOPICS, HOLDS_BAY
from storage.workshop.day_report import day_figures, labour_hours, qc_rates
from storage.workshop.jobs import (
    TechnicianOverloaded, after_customer_answer, clock_off, clock_on, dispatch, dispatch_line, finish_line, move_car,
    pause_line, projected_load, raise_added_work, receive_car, request_parts, round_to_ten_minutes, start_line,
)
from storage.workshop.qc import (
    CHECKLISTS, completion_certificate, fail_qc, latest_certificate_number, pass_qc, qc_checklist, quality_checks,
    submit_for_qc,
)
from storage.workshop.setup import (
    BAY_KINDS, GRADES, bays, create_bay, create_team, create_technician, teams, technicians, update_bay, update_team,
    update_technician,
)
from storage.workshop.wages import export_wages_xlsx, piece_rate, piece_wages, set_piece_rate

__all__ = [
    "BOARD_COLUMNS", "BOARD_TOPICS", "BAY_KINDS", "CHECKLISTS", "GRADES", "HOLDS_BAY", "BoardCard",
    "TechnicianOverloaded", "projected_load",
    "after_customer_answer", "bays", "board", "board_counts", "clock_off", "clock_on", "clockings",
    "completion_certificate", "create_bay", "create_team", "create_technician", "day_figures", "dispatch",
    "dispatch_line", "fail_qc", "finish_line", "job_ticket", "labour_hours", "latest_certificate_number",
    "latest_job_ticket_number", "move_car", "order_detail", "pass_qc", "pause_line", "qc_checklist",
    "quality_checks", "raise_added_work", "receive_car", "request_parts", "qc_rates", "round_to_ten_minutes",
    "start_line", "submit_for_qc", "teams", "technician_lines", "technician_load", "technicians", "update_bay",
    "update_team", "update_technician", "waiting_added_work",
    "export_wages_xlsx", "piece_rate", "piece_wages", "set_piece_rate",
]
