"""One day of the workshop after another: who comes in and when, comebacks, today's showcase of
every order state, and the appointments around them."""
import datetime as dt

from storage.demo.catalogue import MODELS
from storage.demo.common import DAY, OPEN_AT, SHOWCASE_BY, SHOWCASE_FROM
from storage.demo.orders import WORDS
from storage.models import ORDER_STATES, Appointment, Payment
from storage.rules.errors import DomainError
from storage.rules.vocabulary import AppointmentStatus, JobType, OrderStatus, PaymentMethod

JOBS, JOB_WEIGHTS = (JobType.MAINTENANCE, JobType.GENERAL, JobType.ACCIDENT, JobType.WARRANTY,
                     JobType.INTERNAL), (56, 82, 91, 96, 97.5)  # cumulative


class Days:
    """Part of _Generator: the day loop, arrivals and appointments."""

    def run_days(self) -> None:
        p = self.p
        weekday = (1.0, 0.95, 0.95, 0.95, 1.0, 1.15, 1.0)
        # One order in each state: made today once the morning is behind us, otherwise yesterday (its
        # cars stay overnight); either way it stands in its state since no later than SHOWCASE_BY.
        showcase = self.last_day - (self.now_at < SHOWCASE_FROM and self.last_day > 0)
        self.showcase_at = min(self.now, showcase * DAY + SHOWCASE_BY)
        for day in range(p.days):
            self.today_index = day
            if self.cancelled():
                raise DomainError("已取消")
            if day % 10 == 0:
                self.progress(0.05 + 0.85 * day / p.days, f"生成 {self._date(day)[:7]} 的工单")
            last = day == self.last_day
            rate = p.orders_per_day * weekday[(self.start + dt.timedelta(days=day)).weekday()]
            rate *= 0.8 + 0.4 * day / max(1, p.days - 1)
            close = self.now_at - 5 if last else 17 * 60 + 30
            if last:  # only the hours already passed: none before the doors open
                rate *= max(0, self.now_at - 8 * 60) / (9.5 * 60)
            count = int(rate) + (self.rng.random() < rate - int(rate))
            fresh = self.schedule.get(day, 0) if close > 8 * 60 else 0
            count = max(count, fresh) if close > 8 * 60 else 0
            minutes = sorted(self._arrival(day, close) for _ in range(count))
            fresh_slots = set(self.rng.sample(range(count), fresh))
            plans = self._forced(day) if day == showcase else []
            for k, minute in enumerate(minutes):
                plan = self._natural(minute, k in fresh_slots)
                if plan is not None:
                    plans.append(plan)
            if close > 8 * 60 and (self.rng.random() < p.comeback_rate * count or (
                    last and self.stats["comebacks"] < p.min_comebacks)):
                for _ in range(max(1, p.min_comebacks - self.stats["comebacks"]) if last else 1):
                    plan = self._comeback(self._arrival(day, close))
                    if plan is not None:
                        plans.append(plan)
            plans.sort(key=lambda plan: plan.opened)
            for plan in plans:
                self._emit(plan)
            self.sink.maybe_flush()
            self._missed_appointments(day, count)
            self.day_po, self.day_docs = {}, {}
            events = self.events.pop(day, [])
            events += self._day_stock_events(day)
            events.sort(key=lambda e: (e[0], e[1]))
            for minute, _seq, kind, data in events:
                if kind == 0:
                    self._issue(minute, *data)
                elif kind == 1:
                    self._qc(minute, *data)
                elif kind == 2:
                    self._settle(minute, *data)
                elif kind == 3:
                    self._delivery(minute, *data)
                else:
                    self._breakage(minute, data)
            if not last and self._date(day + 1).endswith("-01"):
                self._count(day)
        self._future_appointments()

    def _arrival(self, day: int, close: int) -> int:
        rng = self.rng
        if rng.random() < 0.6:
            return day * DAY + self._r(8 * 60, min(close, 11 * 60 + 30))
        return day * DAY + self._r(min(close, 11 * 60 + 30), close)

    def _pick_vehicle(self, minute: int):
        rng, count = self.rng, len(self.v_id)
        for _ in range(10):
            v = rng.randrange(count)
            if self.v_busy[v] < minute - 30 and self.v_owner[v] != 0:
                visit = self.v_visit[v]
                if visit is None or minute - visit > 20 * DAY or rng.random() < 0.1:
                    return v
        return None

    def _natural(self, minute: int, fresh: bool):
        rng = self.rng
        job = self._weighted(JOBS, JOB_WEIGHTS)
        if fresh:
            job = JobType.MAINTENANCE if rng.random() < 0.6 else self._weighted((JobType.GENERAL, JobType.ACCIDENT, JobType.WARRANTY),
                                                                                (6, 9, 10))
            owner = self._new_customer(minute - 12) if rng.random() < self.new_customer_share else None
            v = self._new_vehicle(minute - self._r(3, 10), owner=owner)
        elif job == JobType.INTERNAL:
            v = self._pick(self.store_cars)
            if self.v_busy[v] >= minute - 30:
                return None
        else:
            v = self._pick_vehicle(minute)
            if v is None:
                return None
            if rng.random() < 0.003:
                self._transfer(v, minute)
        if job == JobType.WARRANTY and (minute // DAY - self.v_purchase[v] > 3 * 365 or self.v_km[v][0] > 90000):
            job = JobType.GENERAL
        appointment = not fresh and job in (JobType.MAINTENANCE, JobType.GENERAL) and rng.random() < 0.3
        if appointment:
            minute = max(minute, minute // 30 * 30 + self._r(-5, 15))
        plan = self._plan(minute, v, job)
        if appointment:
            plan.appointment = minute // 30 * 30
        return plan

    def _comeback(self, minute: int):
        """返修: a car back within the guarantee period for the same fault."""
        pool = self.comeback_pool
        while pool and pool[0][0] < minute - 20 * DAY:
            pool.popleft()
        for k in range(len(pool) - 1, -1, -1):
            delivered, order_id, v, code, kind = pool[k]
            if delivered < minute - 60 and self.v_busy[v] < minute - 30:
                del pool[k]
                plan = self._plan(minute, v, JobType.COMEBACK, comeback=(order_id, code))
                plan.kind = kind
                self.stats["comebacks"] += 1
                return plan
        return None

    def _forced(self, day: int):
        """The showcase: at self.showcase_at one order stands in each state (草稿 ... 已取消)."""
        plans = []
        for state in ORDER_STATES:
            v = self._pick_vehicle(day * DAY + 8 * 60)
            if v is None:
                continue
            job = JobType.GENERAL if state == OrderStatus.AWAITING_PARTS else JobType.MAINTENANCE
            plan = self._plan(day * DAY + 8 * 60 + self._r(0, 30), v, job, forced=state)
            plans.append(plan)
        return plans

    def _appointment_for(self, plan) -> int:
        slot = plan.appointment
        made = (slot // DAY - self._r(1, 5)) * DAY + self._r(9 * 60, 17 * 60)
        reminded = (slot // DAY - 1) * DAY + self._r(16 * 60, 18 * 60)
        return self._appointment(plan.vehicle, slot, made, AppointmentStatus.ARRIVED, plan.job, plan.words,
                                 plan.advisor,
                                 reminded if reminded > made else None, plan.team)

    def _appointment(self, v, slot, made, status, job, request, advisor, reminded, team, parts=("", 0)) -> int:
        appointment_id = self._id(Appointment)
        self.w_appointment.add((appointment_id, self._number("appointment", made // DAY), self.c_id[self.v_owner[v]],
                                self.v_id[v], advisor[0], self._pick(self.bays[team]), self._ts(slot),
                                self._ts(slot + self._pick((60, 90, 120))), job, request, status,
                                self._ts(reminded), parts[0], parts[1], parts[1] // 2, self._ts(made),
                                2 if status != AppointmentStatus.BOOKED else 1,
                                self._ts(max(made, min(slot, self.now)) if status != AppointmentStatus.BOOKED else made),
                                advisor[1]))
        return appointment_id

    def _missed_appointments(self, day: int, orders: int) -> None:
        """Some appointments never turn into an order: cancelled, or the customer did not come."""
        rng = self.rng
        rate = orders * 0.04
        for _ in range(int(rate) + (rng.random() < rate - int(rate))):
            v = self._pick_vehicle(day * DAY + 9 * 60)
            if v is None:
                continue
            slot = day * DAY + self._pick(range(OPEN_AT, 16 * 60 + 1, 30))
            if slot > self.now:
                continue
            made = slot - self._r(1, 5) * DAY + self._r(-60, 60)
            self._appointment(v, slot, made, self._pick((AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)), "保养",
                              self._pick(WORDS["保养"]),
                              self._pick(self.advisors), slot - DAY + 16 * 60 if rng.random() < 0.7 else None, "quick")

    def _future_appointments(self) -> None:
        """What reception sees for the rest of today and for tomorrow."""
        rng, day = self.rng, self.last_day
        for offset in (0, 1):
            for k in range(self.p.future_appointments):
                v = self._pick_vehicle(self.now)
                if v is None or (offset == 1 and k == 0 and MODELS[self.v_model[v]][2] == "EV"):
                    continue
                slots = range(max(OPEN_AT, self.now_at + 30), 17 * 60 + 1, 30) if offset == 0 else \
                    range(OPEN_AT, 17 * 60 + 1, 30)
                if not slots:  # the day is over: nothing more is booked for today
                    continue
                slot = (day + offset) * DAY + self._pick(slots)
                made = min(self.now - 30, (day - self._r(0, 3)) * DAY + self._r(9 * 60, 17 * 60))
                reminded = (day - 1) * DAY + self._r(16 * 60, 18 * 60) if offset == 0 else \
                    (day * DAY + self._r(10 * 60, 14 * 60) if rng.random() < 0.5 else None)
                reminded = reminded if reminded is not None and reminded <= self.now else None
                job = self._pick((JobType.MAINTENANCE, JobType.MAINTENANCE, JobType.GENERAL))
                # one car comes for a costly part ordered in advance: half its value paid as a deposit
                parts = ("双离合器总成 ×1（已订货）", 880000) if offset == 1 and k == 0 else ("", 0)
                words = "更换双离合器总成，备件已订，已交定金" if parts[1] else self._pick(WORDS[job])
                job = JobType.GENERAL if parts[1] else job
                advisor = self._pick(self.advisors)
                self.v_busy[v] = slot  # one booking per car
                appointment_id = self._appointment(v, slot, made, AppointmentStatus.BOOKED, job, words, advisor,
                                                   reminded if reminded and reminded > made else None,
                                                   "quick" if job == JobType.MAINTENANCE else "mech", parts)
                if parts[1]:
                    self.w_payment.add((self._id(Payment), None, appointment_id, PaymentMethod.WECHAT, parts[1] // 2, 0,
                                        f"W{appointment_id:08d}", self._ts(made), self._date(made // DAY),
                                        self.cashiers[0][0]))
                    self._paid(made // DAY, self.cashiers[0][1], PaymentMethod.WECHAT, parts[1] // 2)
                    self._figures(made // DAY).deposits[0] += parts[1] // 2
