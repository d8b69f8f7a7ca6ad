"""Customer care after delivery: follow-up calls, complaints, and the service, insurance and
inspection reminders."""
import json

from storage.demo.common import DAY, _work
from storage.models import Complaint, FollowUp, Reminder
from storage.rules.vocabulary import ComplaintStatus, FollowUpStatus

COMPLAINTS = (("交车时间", "交车时间比承诺晚了两个小时，也没有提前通知"), ("环境设施", "保养后车内有油污，座椅被弄脏"),
              ("价格收费", "结算金额比估价高，没有事先说明"), ("维修质量", "刹车异响修理后仍然存在"),
              ("服务态度", "服务顾问态度冷淡，电话不接"), ("价格收费", "追加项目没有经过我同意就做了"),
              ("环境设施", "洗车没洗干净"), ("交车时间", "等待时间太长，休息区没有座位"))
ANSWERS_GIVEN = ("已向客户致歉，免费复检并赠送一次保养工时", "已核实并退还多收费用", "已安排技师免费返修",
                 "已对相关人员进行培训并向客户说明")
REVISITS = ("复检正常，客户认可处理结果", "客户表示问题已解决", "客户对处理结果满意，感谢回访")
# The script of storage.care.follow_ups (速度 价格 员工 质量 清洁 总体), scored 1–5: the overall score
# with speed and price sometimes a point lower.
ANSWERS = {(score, a, b): json.dumps({"速度": max(1, score - a), "价格": max(1, score - b), "员工": score, "质量": score,
                                      "清洁": max(1, score - (a and b)), "总体": score}, ensure_ascii=False)
           for score in range(1, 6) for a in (False, True) for b in (False, True)}


class Care:
    """Part of _Generator: follow-ups, complaints and reminders."""

    def _follow_ups(self, plan, total: int) -> None:
        """Two calls (2 days after delivery, a week after the first); a customer not reached is tried
        the next day, and given up after three attempts (storage.care.follow_ups)."""
        rng = self.rng
        high = total >= 500000  # care.high_value_amount's default, 5,000.00 yuan
        due = plan.delivered // DAY + 2
        for round_ in (1, 2):
            follow_id = self._id(FollowUp)
            if due >= self.last_day or (due >= self.last_day - 2 and rng.random() < 0.3):  # still to call (overdue)
                self.w_followup.add((follow_id, plan.id, round_, self._date(due), FollowUpStatus.DUE, 0, high, "", None,
                                     "", None,
                                     None, 1, self._ts(plan.delivered), plan.advisor[1]))
                due += 7
                continue
            carer = self._pick(self.carers)
            tries = 1 if rng.random() < 0.8 else 2 if rng.random() < 0.6 else 3
            last = due + tries - 1
            if last >= self.last_day:  # still trying: tried on the days before, due again today
                attempts = self.last_day - due
                called = (self.last_day - 1) * DAY + self._r(9 * 60 + 30, 17 * 60 + 30)
                self.w_followup.add((follow_id, plan.id, round_, self._date(self.last_day), FollowUpStatus.NO_ANSWER,
                                     attempts, high,
                                     "", None, f"第 {attempts} 次未接通", carer[0], self._ts(called), 1 + attempts,
                                     self._ts(called), carer[1]))
                due += 7
                continue
            called = last * DAY + self._r(9 * 60 + 30, 17 * 60 + 30)
            if tries < 3 or rng.random() < 0.5:
                score = self._weighted((5, 4, 3, 2, 1), (70, 92, 98, 99.5, 100))
                answers = ANSWERS[(score, rng.random() < 0.2, rng.random() < 0.3)]
                remark = "" if score >= 4 else self._pick(("对等待时间不满意", "觉得价格偏高", "问题未彻底解决"))
                self.w_followup.add((follow_id, plan.id, round_, self._date(due), FollowUpStatus.DONE, tries, high,
                                     answers, score,
                                     remark, carer[0], self._ts(called), 1 + tries, self._ts(called), carer[1]))
                if score <= 2 and rng.random() < self.p.complaint_rate:
                    self._complaint(plan.customer, plan.vehicle, plan.id, called, "回访", follow_id)
                due = last + 7
            else:
                self.w_followup.add((follow_id, plan.id, round_, self._date(last), FollowUpStatus.GIVEN_UP, 3, high, "",
                                     None,
                                     "三次未接通", carer[0], self._ts(called), 4, self._ts(called), carer[1]))
                due += 7
        if rng.random() < 0.002:
            called = _work(plan.delivered, self._r(600, 3000))
            if called <= self.now:
                self._complaint(plan.customer, plan.vehicle, plan.id, called, "电话")

    def _complaint(self, customer: int, v: int, order_id: int, received: int, source: str, follow_id=None) -> None:
        """Answered within the 48 hours, the customer's verdict on the answer, and the re-visit three
        days later that closes it (storage.care.complaints)."""
        now = self.now
        owner = self._pick(self.carers + [self.manager])
        category, description = self._pick(COMPLAINTS)
        answered = received + self._r(120, 2400)
        revisit = (answered // DAY + 3) * DAY + self._r(9 * 60 + 30, 17 * 60)
        answer = verdict = answered_by = note = final = revisited_by = ""
        revisit_due = revisit_at = None
        if answered > now:
            status, answered = ComplaintStatus.OPEN, None
        else:
            answer, verdict, answered_by = self._pick(ANSWERS_GIVEN), self._pick(("满意", "满意", "基本满意")), owner[1]
            revisit_due = self._date(answered // DAY + 3)
            if revisit <= now:
                status, revisit_at = ComplaintStatus.CLOSED, self._ts(revisit)
                note, final = self._pick(REVISITS), self._pick(("满意", "满意", "基本满意"))
                revisited_by = self._pick(self.carers)[1]
            else:
                status = ComplaintStatus.ANSWERED
        self.w_complaint.add((self._id(Complaint), self._number("complaint", received // DAY), self.c_id[customer],
                              self.v_id[v], order_id, source, description, owner[0], self._ts(received),
                              self._ts(received + 2 * DAY), answer, self._ts(answered), verdict, status, revisit_at,
                              follow_id, category, answered_by, revisit_due, note, final, revisited_by,
                              {ComplaintStatus.OPEN: 1, ComplaintStatus.ANSWERED: 2, ComplaintStatus.CLOSED: 3}[status],
                              self._ts(revisit if status == ComplaintStatus.CLOSED else answered or received),
                              owner[1]))
        self.stats["complaints"] += 1
        self.stats["open_complaints"] += status != ComplaintStatus.CLOSED

    def _ensure_complaints(self) -> None:
        """At least the profile's minimum of complaints, and as many still open (the desk's list)."""
        for delivered, order_id, customer, v in reversed(self.delivered[-50:]):
            if min(self.stats["complaints"], self.stats["open_complaints"]) >= self.p.min_complaints:
                break
            received = min(self.now - self._r(10, 600), delivered + self._r(120, 2 * DAY))
            if received > delivered:
                self._complaint(customer, v, order_id, received, self._pick(("电话", "前台")))

    def _reminders(self) -> None:
        """保养 reminders from each car's last service; insurance and inspection when they come near."""
        today = self.last_day
        for v in range(len(self.v_id)):
            if self.v_owner[v] == 0:
                continue
            step_km, months = self.service[self.v_model[v]]
            minute, km = self.v_service[v]
            current, at = self.v_km[v]
            due_km = km + step_km
            due = min(minute // DAY + round(months * 30.4), at // DAY + int(max(0, due_km - current) / self.v_rate[v]))
            self._reminder(v, "保养", due, due_km)
            for kind, date in zip(("保险到期", "年审"), self.v_dues[v]):
                days = (date - self.today).days
                if days <= 30:
                    self._reminder(v, kind, today + days, None)

    def _reminder(self, v, kind, due, due_km) -> None:
        stage, reminded = 0, None
        for number, ahead in ((1, 14), (2, 3)):  # care.remind_ahead_days, care.remind_near_days
            moment = (due - ahead) * DAY + 10 * 60
            if moment <= self.now - 2 * DAY:  # the desk is two days behind: those are still to call
                stage, reminded = number, moment
        self.w_reminder.add((self._id(Reminder), self.v_id[v], kind, self._date(due), due_km, stage,
                             self._ts(reminded), False, self.carers[0][1] if stage else ""))
