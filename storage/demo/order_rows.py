"""Writing one planned order: the work order, its lines and status changes, added work, clockings,
pick requests, parts issues, QC records, warranty claim and the suggestions a declined item leaves."""
import json

from storage.cashier.receivables import receivable_reference
from storage.demo.common import DAY, _work
from storage.models import (
    AddedWork, Clocking, Diagnosis, MileageReading, PickRequest, ProcessCheck, QualityCheck, StatusChange, Suggestion,
    WarrantyClaim, WorkOrder, WorkOrderLine,
)
from storage.rules import guarantee
from storage.rules.vocabulary import (
    AddedWorkAnswer, ClaimStatus, JobType, LineStatus, OldPartStatus, OrderStatus, Payer, PickStatus,
)
from storage.workshop.process_checks import PROCESS_ITEMS

BELONGINGS = ('[["行驶证", 1]]', '[["行驶证", 1], ["雨伞", 1]]', '[["行驶证", 1], ["儿童座椅", 1]]',
              '[["行驶证", 1], ["行车记录仪", 1]]', '[["行驶证", 1], ["备用钥匙", 1], ["雨伞", 1]]', "[]")
QC_CHECKLIST = json.dumps({"外观清洁": True, "灯光": True, "制动": True, "油液液位": True, "轮胎气压": True,
                           "故障码": True, "随车物品": True}, ensure_ascii=False)


class OrderRows:
    """Part of _Generator: one planned order's rows, and the events (issues, QC, settlement) it leaves
    for the day they happen."""

    def _emit(self, plan) -> None:
        rng, now, ts = self.rng, self.now, self._ts
        day = plan.opened // DAY
        order_id = plan.id = self._id(WorkOrder)
        number = plan.number = self._number("work_order", day)
        v, state = plan.vehicle, plan.state
        vehicle_id, customer_id = self.v_id[v], self.c_id[plan.customer]
        first = {}
        for to_state, minute, _user, _note in plan.trans:
            first.setdefault(to_state, minute)
        dispatched = OrderStatus.IN_REPAIR in first
        past_qc = OrderStatus.DONE in first
        crews = {}

        def crew(kind):
            if kind not in crews:
                crews[kind] = self._pick(self.crews[kind])
            return crews[kind]

        main = crew(plan.team)
        added = plan.added
        raised = added is not None and added[3] is not None and added[3] <= now
        answered = raised and added[4] is not None and added[4] <= now
        agreed = answered and added[2] is not False
        lines = []
        for line in plan.lines:
            if line.added and not raised:
                line.status = LineStatus.CANCELLED  # not found yet at the data's moment: no line on the order
            else:
                self._line_state(plan, line, answered, agreed, dispatched, past_qc, crew, state != LineStatus.CANCELLED)
                lines.append(line)
        active = [line for line in lines if line.status not in (LineStatus.CANCELLED, LineStatus.TO_CONFIRM)]
        estimate = sum(line.amount - line.disc for line in active)
        signed = sum(line.amount - line.disc for line in lines if not line.added) if OrderStatus.AWAITING_DISPATCH in first else 0
        claimed = []  # a claim per warranty line (storage.care.claims), numbered when QC passed
        if plan.job == JobType.WARRANTY and past_qc:
            claimed = [(line,
                        self._number("claim", first[OrderStatus.DONE] // DAY)) for line in active if line.payer == Payer.WARRANTY]
            plan.claim = receivable_reference([number for _, number in claimed]) if claimed else ""
        appointment_id = self._appointment_for(plan) if plan.appointment is not None else None
        settled = plan.settles[-1][0] if state in (OrderStatus.SETTLED, OrderStatus.DELIVERED) else None
        checked = plan.opened + (plan.promised - plan.opened) * 3 // 4
        finish = first.get(OrderStatus.QC)
        checked = checked if checked <= now and (finish is None or checked < finish) else None
        late = (finish if finish is not None else now) > plan.promised
        delay_reason = ("等待备件到货" if plan.wait else "客户同意追加项目" if agreed else "维修工作量超出预估") if late else ""
        delay_told = max(plan.opened + 30, plan.promised - self._r(30, 90)) if late else None
        notified = first[OrderStatus.DONE] + self._r(5, 30) if past_qc else None
        handover = settled - self._r(2, 8) if settled else None
        last_user = plan.trans[-1][2] if plan.trans else plan.advisor
        updated = plan.trans[-1][1] if plan.trans else plan.opened
        self.w_order.add((
            order_id, number, customer_id, vehicle_id, plan.advisor[0], appointment_id, plan.comeback_of, plan.job,
            state,
            "项目定价" if plan.job in (JobType.MAINTENANCE, JobType.INTERNAL) else "系统估价" if plan.job == JobType.ACCIDENT else self._pick(("项目定价", "现象估价")),
            
            plan.mileage, rng.randrange(10, 101, 5), f"K{order_id % 80 + 1:02d}",
            self._pick(BELONGINGS), plan.damage or "[]", plan.words, self._findings(plan),
            any(line.by_customer for line in lines), rng.random() < 0.15, rng.random() < 0.8,
            ts(plan.promised), estimate, signed, ts(plan.opened), ts(first.get(OrderStatus.AWAITING_DISPATCH)),
            ts(plan.handed) if dispatched else None, main[1] if dispatched else "", ts(finish),
            ts(first.get(OrderStatus.DONE)), ts(settled), ts(plan.delivered),
            self._pick(self.bays[plan.team]) if dispatched else None,
            plan.insurer, plan.claim, ts(checked), delay_reason, ts(delay_told if delay_told and delay_told <= now else None),
            ts(notified if notified and notified <= now else None), ts(handover), len(plan.trans) + 1, ts(updated),
            last_user[1]))
        previous = OrderStatus.DRAFT
        for to_state, minute, user, note in plan.trans:
            self.w_status.add((self._id(StatusChange), order_id, previous, to_state, ts(minute), user[0], note))
            previous = to_state
        self.w_mileage.add((self._id(MileageReading), vehicle_id, plan.mileage, ts(plan.opened), number))
        self._resolve_suggestions(v, order_id)
        added_id = None
        if raised:
            added_id = self._id(AddedWork)
            raiser = next(t[2] for t in plan.trans if t[0] == OrderStatus.AWAITING_CUSTOMER)
            self.w_added.add((added_id, order_id, added[1], raiser[0], ts(added[3]), self._pick((20, 30, 45, 60, 90)),
                              (AddedWorkAnswer.AGREED if agreed else AddedWorkAnswer.REFUSED) if answered else AddedWorkAnswer.PENDING,
                              
                              self.c_name[plan.customer] if answered else "", self._pick(("电话", "微信", "当面")) if answered else "",
                              ts(added[4]) if answered else None, plan.advisor[0] if answered else None,
                              main[1] if answered else "", 2 if answered else 1, ts(added[4] if answered else added[3]),
                              plan.advisor[1] if answered else raiser[1]))
            if answered and not agreed:
                self._suggest(v, order_id, added[1], added[4])
        for position, line in enumerate(lines, 1):
            self._write_line(plan, line, position, order_id, added_id)
        self._inspection_papers(plan, order_id, first, active, main)
        if claimed:
            self._warranty_claims(plan, first[OrderStatus.DONE], claimed)
        for minute, passed, reason, inspector in plan.qcs:
            self._event(minute, 1, (order_id, passed, reason, inspector))
        for k in range(len(plan.settles)):
            self._event(plan.settles[k][0], 2, (plan, k))
        if state == OrderStatus.AWAITING_PARTS:
            self._open_purchase(plan)
        plan.kind = guarantee.suggest_kind(plan.job, [line.desc for line in active if line.kind == "工时"],
                                           redone_kind=plan.kind or None)
        if state == OrderStatus.DELIVERED:
            if plan.job != JobType.INTERNAL:
                self._follow_ups(plan, estimate)
            self.delivered.append((plan.delivered, order_id, plan.customer, v))
            if len(self.delivered) > 400:
                del self.delivered[:200]
            if plan.job in (JobType.GENERAL, JobType.WARRANTY):
                main_labour = next((line for line in lines if line.kind == "工时" and line.labour), None)
                if main_labour is not None:
                    self.comeback_pool.append((plan.delivered, order_id, v, self.labour_code[main_labour.labour],
                                               plan.kind))

    def _line_state(self, plan, line, answered, agreed, dispatched, past_qc, crew, live) -> None:
        """Where the line stands at the data's moment (self.now): status, who has it, what was issued to it."""
        now = self.now
        line.tech = line.bay = line.team_id = line.started = line.finished = None
        line.pause, line.issued = "", 0
        if not live or (line.added and answered and not agreed):
            status = LineStatus.CANCELLED
        elif line.added and not answered:
            status = LineStatus.TO_CONFIRM
        elif not dispatched:
            status = LineStatus.AWAITING_DISPATCH
        elif line.kind == "工时":
            team_id, _leader, techs = crew(line.team)
            line.team_id, line.tech, line.bay = team_id, self._pick(techs), self._pick(self.bays[line.team])
            if line.start is not None and line.start <= now:
                line.started = line.start
                line.finished = line.finish if line.finish <= now else None
            if past_qc or line.finished is not None:
                status = LineStatus.DONE
            elif line.started is not None:
                status = LineStatus.IN_REPAIR
            elif plan.wait and line is plan.wait[0] and plan.state == OrderStatus.AWAITING_PARTS:
                status, line.pause = LineStatus.PAUSED, f"等{plan.wait[1].desc}到货"
            else:
                status = LineStatus.AWAITING_DISPATCH
        elif line.kind == "材料" and not line.by_customer:
            if line.issue_at is not None and line.issue_at <= now:
                line.issued, status = line.qty, LineStatus.DONE
            else:
                status = LineStatus.AWAITING_DISPATCH
        else:
            status = LineStatus.DONE if past_qc else LineStatus.IN_REPAIR
        line.status = status

    def _write_line(self, plan, line, position, order_id, added_id) -> None:
        ts = self._ts
        line.id = self._id(WorkOrderLine)
        started, finished = line.started, line.finished
        dispatched = None
        if line.team_id is not None:
            dispatched = min(line.start, (plan.added[4] if line.added else plan.handed) + self._r(1, 10))
        version = 1 + (dispatched is not None) + (started is not None) + (finished is not None)
        updated = finished or started or (line.issue_at if line.issued else None) or dispatched or plan.opened
        self.w_line.add((line.id, order_id, line.kind, position, line.labour,
                         self.p_id[line.part] if line.part is not None else None, line.desc, line.qty, line.price,
                         line.amount, line.disc, line.payer, line.by_customer, line.genuine, line.to_order,
                         added_id if line.added else None, line.status, line.pause, line.team_id, line.tech, line.bay,
                         line.issued, ts(dispatched), self._pick(self.dispatchers)[1] if dispatched else "", ts(started),
                         ts(finished), version, ts(updated), plan.advisor[1]))
        if started is not None:
            self.w_clock.add((self._id(Clocking), line.id, line.tech, ts(started), ts(finished)))
        if line.issued:
            self._schedule_issue(line, order_id)
        elif line.kind == "材料" and line.status == LineStatus.AWAITING_DISPATCH and plan.handed is not None and LineStatus.IN_REPAIR in \
                (t[0] for t in plan.trans) and not line.by_customer:
            requested = min(self.now, line.issue_at or (plan.wait[0].start if plan.wait else None) or plan.handed)
            self.w_pick.add((self._id(PickRequest), line.id, line.qty, self._pick(self.dispatchers)[0], ts(requested),
                             PickStatus.WAITING))

    def _schedule_issue(self, line, order_id) -> None:
        """The line's parts leave the warehouse: mostly at once; sometimes in two goes, or one too many
        taken and brought back (退库)."""
        rng, now = self.rng, self.now
        whole = self.p_whole[line.part]
        ordered = line.to_order
        if whole and line.qty >= 2000 and rng.random() < 0.12 and line.issue_at + 60 <= now:
            self._event(line.issue_at, 0, (order_id, line.id, line.part, line.qty - 1000, ordered))
            self._event(line.issue_at + self._r(10, 60), 0, (order_id, line.id, line.part, 1000, False))
        elif whole and not ordered and rng.random() < 0.04 and line.issue_at + 120 <= now:
            self.issued_value[line.id] = None
            self._event(line.issue_at, 0, (order_id, line.id, line.part, line.qty + 1000, False))
            self._event(line.issue_at + self._r(20, 120), 0, (order_id, line.id, line.part, -1000, False))
        else:
            self._event(line.issue_at, 0, (order_id, line.id, line.part, line.qty, ordered))

    def _warranty_claims(self, plan, passed: int, claimed) -> None:
        """索赔单 to the manufacturer, one per warranty line, opened soon after QC; a replaced part's
        old part is tagged and kept until the manufacturer has paid, then sent back."""
        now, ts = self.now, self._ts
        opened = _work(passed, self._r(10, 50))
        submitted = _work(passed, self._r(60, 1200))
        approved, repaid = submitted + self._r(5, 15) * DAY, submitted + self._r(30, 90) * DAY
        status = ClaimStatus.PAID if repaid <= now else ClaimStatus.APPROVED if approved <= now else ClaimStatus.SUBMITTED if submitted <= now else ClaimStatus.TO_SUBMIT
        version = {ClaimStatus.TO_SUBMIT: 1, ClaimStatus.SUBMITTED: 2, ClaimStatus.APPROVED: 3,
                   ClaimStatus.PAID: 4}[status]
        for line, number in claimed:
            amount = line.amount - line.disc
            tagged = line.kind == "材料"
            self.w_claim.add((
                self._id(WarrantyClaim), number, line.id, plan.words if status != ClaimStatus.TO_SUBMIT else "",
                self._number("old_part", opened // DAY) if tagged else "",
                (OldPartStatus.RETURNED if status == ClaimStatus.PAID else OldPartStatus.IN_STORE) if tagged else "",
                ts(repaid if status == ClaimStatus.PAID else opened) if tagged else None, status, amount,
                amount if status in (ClaimStatus.APPROVED, ClaimStatus.PAID) else 0,
                amount if status == ClaimStatus.PAID else 0,
                ts(submitted) if submitted <= now else None, ts(approved) if approved <= now else None,
                ts(repaid) if repaid <= now else None, ts(min(now, opened)),
                version, ts(min(now, max(opened, submitted))), self.carers[0][1]))
        plan.repaid = repaid

    def _inspection_papers(self, plan, order_id: int, first: dict, active: list, main) -> None:
        """Issue 18's records on some orders: the diagnosis written at reception for a repair whose
        cause had to be found (a quarter of them), and a round of the inspector's in-process checks
        on a third of the jobs the workshop worked on. Chosen by the order's id, not the shared
        random stream, so the rest of the demo stays as it was."""
        now, ts = self.now, self._ts
        if plan.job in (JobType.GENERAL, JobType.COMEBACK) and order_id % 4 == 0 and plan.opened + 20 <= now:
            jobs = [line.desc for line in active if line.kind == "工时"][:2]
            items = [["读取故障码（诊断仪）", "无当前故障码" if order_id % 8 else "存有历史故障码，已记录后清除"],
                     ["路试 / 现象确认", f"{plan.words}，故障现象可重现"]]
            conclusion = f"经检测，需{'、'.join(jobs)}" if jobs else "经检测，未发现异常"
            self.w_diagnosis.add((self._id(Diagnosis), order_id, json.dumps(items, ensure_ascii=False), conclusion,
                                  "建议按估价单维修", main[1], 10000, plan.advisor[0], ts(plan.opened + 20), 1,
                                  ts(plan.opened + 20), plan.advisor[1]))
        started = first.get(OrderStatus.IN_REPAIR)
        if started is None or order_id % 3:
            return
        end = first.get(OrderStatus.QC, now)
        at = min(now, started + max(1, (end - started) // 2))
        inspector = self.inspectors[order_id % len(self.inspectors)]
        line = next((line.id for line in active if line.kind == "工时"), None)
        for k, item in enumerate(PROCESS_ITEMS[:4] + PROCESS_ITEMS[6:8]):
            failed = k == 2 and order_id % 9 == 0
            self.w_process.add((self._id(ProcessCheck), order_id, line if k < 4 else None, item,
                                "不合格" if failed else "合格", "螺栓未按对角顺序拧紧，已责令重新按力矩拧紧" if failed else "",
                                inspector[0], ts(at)))

    def _findings(self, plan) -> str:
        if plan.job == JobType.ACCIDENT:
            return f"{plan.insurer}已定损，按定损单维修"
        if plan.job == JobType.MAINTENANCE:
            return f"里程 {plan.mileage} 公里，按保养手册进行保养"
        names = [line.desc for line in plan.lines if line.kind == "工时" and not line.added][:2]
        return "检查后需" + "、".join(names) if names else ""

    def _suggest(self, v: int, order_id: int, text: str, minute: int) -> None:
        self.suggestions.setdefault(v, []).append((self._id(Suggestion), self.v_id[v], order_id, text, self._ts(minute)))

    def _resolve_suggestions(self, v: int, order_id: int) -> None:
        """A declined item is often done on the next visit."""
        for row in self.suggestions.pop(v, ()):
            self.w_suggestion.add(row + (order_id if self.rng.random() < 0.5 else None,))

    def _qc(self, minute: int, order_id: int, passed: bool, reason: str, inspector: int) -> None:
        day = minute // DAY
        self.w_qc.add((self._id(QualityCheck), order_id, inspector, self._ts(minute), passed,
                       QC_CHECKLIST, reason, self._number("certificate", day) if passed else ""))
