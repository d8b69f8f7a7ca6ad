"""Customer care after delivery: follow-up calls, complaints, and the service, insurance and
inspection reminders."""
import json

from ..models import Complaint, FollowUp, Reminder
from .common import DAY, _work

COMPLAINTS = ("交车时间比承诺晚了两个小时，也没有提前通知", "保养后车内有油污，座椅被弄脏",
              "结算金额比估价高，没有事先说明", "刹车异响修理后仍然存在", "服务顾问态度冷淡，电话不接",
              "追加项目没有经过我同意就做了", "洗车没洗干净", "等待时间太长，休息区没有座位")
ANSWERS = {(score, a, b): json.dumps({"服务态度": score, "维修质量": max(1, score - a), "交车准时": max(1, score - b)},
                                     ensure_ascii=False)
           for score in range(1, 6) for a in (False, True) for b in (False, True)}


class Care:
    """Part of _Generator: follow-ups, complaints and reminders."""

    def _follow_ups(self, plan, total: int) -> None:
        rng = self.rng
        due = plan.delivered // DAY + 2
        for round_ in (1, 2):
            follow_id = self._id(FollowUp)
            if due < self.last_day:
                carer = self._pick(self.carers)
                called = due * DAY + self._r(9 * 60 + 30, 17 * 60 + 30)
                draw = rng.random()
                if draw < 0.9:
                    score = self._weighted((5, 4, 3, 2, 1), (70, 92, 98, 99.5, 100))
                    answers = ANSWERS[(score, rng.random() < 0.2, rng.random() < 0.3)]
                    remark = "" if score >= 4 else self._pick(("对等待时间不满意", "觉得价格偏高", "问题未彻底解决"))
                    row = (follow_id, plan.id, round_, self._date(due), "已回访", self._pick((1, 1, 2)),
                           total >= 500000, answers, score, remark, carer[0], self._ts(called))
                    if score <= 2 and rng.random() < self.p.complaint_rate:
                        self._complaint(plan.customer, plan.vehicle, plan.id, called, "回访")
                else:
                    row = (follow_id, plan.id, round_, self._date(due), "未接通" if draw < 0.97 else "放弃", 3,
                           total >= 500000, "", None, "三次未接通", carer[0], self._ts(called))
                self.w_followup.add(row + (2, self._ts(called), carer[1]))
            else:
                self.w_followup.add((follow_id, plan.id, round_, self._date(due), "待回访", 0, total >= 500000, "", None,
                                     "", None, None, 1, self._ts(plan.delivered), plan.advisor[1]))
            due += 7
        if rng.random() < 0.002:
            called = _work(plan.delivered, self._r(600, 3000))
            if called <= self.now:
                self._complaint(plan.customer, plan.vehicle, plan.id, called, "电话")

    def _complaint(self, customer: int, v: int, order_id: int, received: int, source: str) -> None:
        now = self.now
        owner = self._pick(self.carers + [self.manager])
        answered = received + self._r(120, 2400)
        revisit = answered + self._r(1, 4) * DAY
        if answered > now:
            status, answered, revisit, answer, verdict = "处理中", None, None, "", ""
        else:
            answer = self._pick(("已向客户致歉，免费复检并赠送一次保养工时", "已核实并退还多收费用", "已安排技师免费返修",
                                 "已对相关人员进行培训并向客户说明"))
            status, verdict = ("已关闭", self._pick(("满意", "满意", "基本满意", "不满意"))) if revisit <= now else ("已答复", "")
        self.w_complaint.add((self._id(Complaint), self._number("complaint", received // DAY), self.c_id[customer],
                              self.v_id[v], order_id, source, self._pick(COMPLAINTS), owner[0], self._ts(received),
                              self._ts(received + 2 * DAY), answer, self._ts(answered), verdict, status,
                              self._ts(revisit) if revisit is not None and revisit <= now else None,
                              {"处理中": 1, "已答复": 2, "已关闭": 3}[status],
                              self._ts(revisit if status == "已关闭" else answered or received), owner[1]))
        self.stats["complaints"] += 1

    def _ensure_complaints(self) -> None:
        for delivered, order_id, customer, v in reversed(self.delivered[-50:]):
            if self.stats["complaints"] >= self.p.min_complaints:
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
        for number, ahead in ((1, 14), (2, 2)):
            moment = (due - ahead) * DAY + 10 * 60
            if moment <= self.now:
                stage, reminded = number, moment
        self.w_reminder.add((self._id(Reminder), self.v_id[v], kind, self._date(due), due_km, stage,
                             self._ts(reminded), False))
