"""客服回访 (customer care): the department's memory after the car has left. Plain Python, no Qt.

Every action takes the acting user first, checks a permission (care.follow_up, care.complaint,
care.claim; the manufacturer's payment cashier.receivables), runs in one transaction, announces the
"care" change topic, and refuses bad input with a DomainError in Chinese. Lists return
(rows, next_cursor) for keyset paging; phone numbers are masked on screen for roles without
phone.unmasked and on paper / in files for roles without phone.export.

Follow-up calls (follow_ups.py)
  QUESTIONS, SCORES, POOR, ROUNDS                       the script: 速度 价格 员工 质量 清洁 总体, 1–5
  schedule_after_delivery(user, order) -> [FollowUp]     called by reception.progress.deliver
  due_calls(user, *, as_of=None, high_value_only=False, after=None, limit=50, paper=False) -> (rows, cursor)
  count_due(as_of=None) -> {"due", "overdue"}
  call_log(user, *, date_from, date_to, after=None, limit=100, paper=False) -> (rows, cursor)
  log_page(date_from, date_to, *, after=None, limit=100, mask=None)  the same without a login (print)
  log_summary(date_from, date_to) -> {"calls", "reached", "unreachable", "given_up", "satisfaction"}
  record_no_answer(user, follow_up_id, version, *, note="") -> FollowUp        未接通 → tomorrow / 放弃
  complete_call(user, follow_up_id, version, *, answers, remark="", complaint=None, complaint_category="",
                complaint_owner_id=None) -> (FollowUp, Complaint | None)      a second recording is refused
  check_answers(answers) -> dict;  poor_answers(answers) -> [question];  get_follow_up(user, id) -> dict
Reminders (reminders.py)
  service_due(user, *, as_of=None, after=None, limit=50)            保养 by date and mileage
  dated_due(user, kind, *, as_of=None, after=None, limit=50)        kind 保险到期 / 年审
  lost_customers(user, *, as_of=None, include_contacted=False, after=None, limit=50)
  tomorrow_appointments(user, day=None) -> (rows, None);  remind_appointment(user, appointment_id, version)
  record_reminder(user, *, vehicle_id, kind, due_on=None, note="") -> Reminder  (stage 1 two weeks ahead, 2 near)
  refresh_service_reminders(vehicle_ids) -> int    (inside a transaction; delivery calls it)
  refresh_all_service_reminders(user, *, batch=500, cancel=None, progress=None) -> int
  next_service(...), daily_km(...)                  the arithmetic, for tests
Complaints (complaints.py)
  raise_complaint(user, *, customer_id=None, description, source, vehicle_id=None, order_id=None,
                  follow_up_id=None, category="", owner_id=None, received_at=None) -> Complaint
  assign(user, complaint_id, version, owner_id);  answer(user, complaint_id, version, *, text, verdict)
  close(user, complaint_id, version, *, note, verdict)     the re-visit; refused without an accepted answer
  complaints(user, *, view="open"|"overdue"|"revisit"|"closed"|"all", text=None, after=None, limit=50)
  get(user, complaint_id) -> dict;  counts() -> {"open", "overdue", "revisit"};  owners() -> [dict]
  find_complainant(user, text) -> dict        by order number, plate or phone
  received_by_phone(date_from, date_to, *, mask) -> [dict]   for the printed call log
  record_handling(user, complaint_id, version, *, cause, measures);  quick_handling(number, *, mask) -> dict
                                                         the 快速处理表 (issue 18)
Warranty claims and old parts (claims.py)
  awaiting(user, *, after=None, limit=50)               warranty lines with no claim yet
  open_claims(user, order_id, *, fault="") -> [WarrantyClaim]   one per warranty line, old-part tags
  submit(user, claim_id, version, *, fault);  approve(user, claim_id, version, *, amount=None)
  reject(user, claim_id, version, *, reason)
  record_payments(user, *, reference, allocations=[(claim_id, version, amount)]) -> [Collection]
  move_old_parts(user, claim_ids, to_status)             在库 → 已返厂 / 已报废
  claims(user, *, status=None, text=None, after=None, limit=50);  old_parts(user, *, status="在库", ...)
  summary() -> [{status, count, amount, approved, paid}];  get(user, claim_id);  receivable_for(claim)
三包 (sanbao.py; the rules chosen are in its docstring)
  vehicle_status(user, vehicle_id, *, moment=None) -> dict | None    for reception's look-up
  warnings_for_vehicle(user, vehicle_id) -> [warning]
  cars_near_limits(user, *, level=None, after=None, limit=50) -> (rows, cursor)
  evaluate(car, repairs, limits, moment) -> dict;  repair_days(opened_at, ended_at) -> int
  (the statute's numbers and check_statutory, read by storage.rules.settings.put: storage/rules/sanbao_law.py)
Follow-up letters (letters.py, 跟踪服务信函登记表)
  record_letter(user, *, customer_id, subject, kind, method, address="", sent_on=None, vehicle_id=None,
                complaint_id=None, complaint_number="");  record_result(user, letter_id, version, result)
  letters(user, *, date_from, date_to, after=None, limit=50);  register(date_from, date_to, *, mask)
Exports (exports.py)
  export_call_log(user, path, *, date_from, date_to) -> int;  export_due_calls(user, path, *, as_of=None) -> int
"""
from storage.care import claims, complaints, exports, follow_ups, letters, reminders, sanbao

__all__ = ["claims", "complaints", "exports", "follow_ups", "letters", "reminders", "sanbao"]
