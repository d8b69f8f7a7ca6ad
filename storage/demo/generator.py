"""The generator: one object holding the random stream, the clock and every running figure, its steps
in the modules around it (catalogue, identities, stock, days, orders, order_rows, money, care), each
writing its rows through the bulk writer."""
import bisect
import datetime as dt
import itertools
import random
from collections import Counter, defaultdict, deque

import peewee

from storage.demo.care import Care
from storage.demo.catalogue import Catalogue
from storage.demo.common import DAY, TOD
from storage.demo.days import Days
from storage.demo.identities import Identities
from storage.demo.money import Money
from storage.demo.order_rows import OrderRows
from storage.demo.orders import Planning
from storage.demo.profile import DEMO_PASSWORD, MORE_STAFF, STAFF, Profile
from storage.demo.stock import StockLedger
from storage.demo.writer import _Sink
from storage.models import (
    ALL_MODELS, AddedWork, Appointment, Bay, Clocking, Collection, Complaint, Customer, DayClose, Diagnosis,
    DocumentCounter, FollowUp, MileageReading, Ownership, Payment, PickRequest, ProcessCheck, PurchaseOrder,
    PurchaseOrderLine, QualityCheck, Receivable, Reminder, Setting, Settlement, SettlementLine, StatusChange,
    StockCount, StockCountLine, StockMovement, Suggestion, Team, Technician, User, Vehicle, WarrantyClaim, WorkOrder,
    WorkOrderLine,
)
from storage.plumbing.db import database
from storage.rules import auth
from storage.rules.numbering import PREFIXES

STAMP_PAD = 40 * 366  # the archive's history reaches a few years before the first day


class _Generator(Catalogue, Identities, StockLedger, Days, Planning, OrderRows, Money, Care):
    """One run. Its steps live in the mixins and share this object's state: the random stream and the
    clock (here), the tables being filled (self.w_*, _buffers), the staff and workshop (setup_staff,
    setup_workshop), the catalogue (self.p_*, self.labour: Catalogue), the archive (self.c_*, self.v_*:
    Identities), the stock (StockLedger.setup_stock); the labour rate, brand and guarantee periods
    are set by storage.demo._run."""

    def __init__(self, profile: Profile, *, seed: int, moment: dt.datetime, progress=None, cancel=None):
        self.p = profile
        self.rng = random.Random(seed)
        self.today = today = moment.date()
        self.start = today - dt.timedelta(days=profile.days - 1)
        self.last_day = profile.days - 1
        self.now_at = moment.hour * 60 + moment.minute  # the data's clock stops here today (minute of day)
        self.now = self.last_day * DAY + self.now_at
        self.progress = progress or (lambda fraction, message: None)
        self.cancelled = cancel or (lambda: False)
        self.db = database.obj
        self.sink = _Sink(self.db)
        self.ids = {}
        for model in ALL_MODELS:
            if model not in (Setting, DocumentCounter):
                self.ids[model] = itertools.count((model.select(peewee.fn.MAX(model.id)).scalar() or 0) + 1)
        self.counters = Counter()
        for row in DocumentCounter.select():
            self.counters[(row.kind, row.day)] = row.last
        self.iso = {}
        self.day_prefix = [f"{self.start + dt.timedelta(days=day - STAMP_PAD)} " for day in range(STAMP_PAD + profile.days + 800)]
        self.random = self.rng.random
        self.events = defaultdict(list)
        self.seq, self.today_index = 0, 0
        self.stats = Counter()  # what the profile's minimums count (added work, reversals, ...)
        self.comeback_pool = deque()
        self.figures = {}
        self.suggestions = {}
        self.delivered = []  # (delivered minute, order id, customer, vehicle) for late complaints
        self.ownership_ends = []
        self.day_po = {}
        self.day_docs = {}
        self._buffers()

    # -- plumbing ----------------------------------------------------------------------------
    def _id(self, model) -> int:
        return next(self.ids[model])

    def _r(self, low: int, high: int) -> int:
        """randint, without its cost (this runs millions of times)."""
        return low + int(self.random() * (high - low + 1))

    def _pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def _weighted(self, population, cumulative):
        """random.choices(population, cum_weights=cumulative)[0], cheaper."""
        return population[bisect.bisect(cumulative, self.random() * cumulative[-1])]

    def _date(self, day: int) -> str:
        text = self.iso.get(day)
        if text is None:
            text = self.iso[day] = (self.start + dt.timedelta(days=day)).isoformat()
        return text

    def _ts(self, minute):
        """'YYYY-MM-DD HH:MM:SS', as SQLite and PostgreSQL both read a timestamp. (Tens of millions of
        calls: a list of every day's prefix, from STAMP_PAD days before the first.)"""
        if minute is None:
            return None
        day = minute // 1440
        try:
            return self.day_prefix[day + STAMP_PAD] + TOD[minute - day * 1440]
        except IndexError:  # far in the future
            return self._date(day) + " " + TOD[minute - day * 1440]

    def _number(self, kind: str, day: int) -> str:
        text = self._date(day).replace("-", "")
        key = (kind, text)
        self.counters[key] += 1
        return f"{PREFIXES[kind]}{text}-{self.counters[key]:04d}"

    def _event(self, minute: int, kind: int, data) -> None:
        if minute // DAY < self.today_index:
            raise AssertionError("an event in a day already written")  # the ledger would miss it
        self.events[minute // DAY].append((minute, self.seq, kind, data))
        self.seq += 1

    def _buffers(self):
        t = self.sink.table
        versioned = ("version", "updated_at", "updated_by")
        self.w_customer = t(Customer, ("id", "name", "kind", "phone", "phone_rev", "phone2", "address", "company",
                                       "birthday", "source", "note", "created_at", "created_by") + versioned)
        self.w_vehicle = t(Vehicle, ("id", "plate", "plate_rev", "vin", "vin_tail", "engine_no", "model", "model_text",
                                     "colour", "purchase_date", "owner", "last_mileage", "insurance_due",
                                     "inspection_due", "family_car", "created_at") + versioned)
        self.w_ownership = t(Ownership, ("id", "vehicle", "customer", "since"))
        self.w_mileage = t(MileageReading, ("id", "vehicle", "km", "at", "source"))
        self.w_appointment = t(Appointment, ("id", "number", "customer", "vehicle", "advisor", "bay", "starts_at",
                                             "ends_at", "job_type", "request", "status", "reminded_at", "parts_note",
                                             "parts_value", "deposit", "created_at") + versioned)
        self.w_order = t(WorkOrder, ("id", "number", "customer", "vehicle", "advisor", "appointment", "comeback_of",
                                     "job_type", "status", "estimate_mode", "mileage", "fuel_level", "key_number",
                                     "belongings", "damage", "customer_words", "findings", "parts_by_customer",
                                     "return_old_parts", "wash", "promised_at", "estimate_total", "signed_estimate",
                                     "opened_at", "signed_at", "handed_over_at", "handed_over_to", "finished_at",
                                     "qc_passed_at", "settled_at", "delivered_at", "bay", "insurer", "claim_number",
                                     "progress_checked_at", "delay_reason", "delay_notified_at", "customer_notified_at",
                                     "cashier_handover_at") + versioned)
        self.w_added = t(AddedWork, ("id", "order", "description", "raised_by", "raised_at", "delay_minutes", "answer",
                                     "answered_by", "answer_via", "answer_at", "recorded_by", "told_workshop_to")
                         + versioned)
        self.w_line = t(WorkOrderLine, ("id", "order", "kind", "position", "labour", "part", "description", "quantity",
                                        "unit_price", "amount", "discount", "payer", "supplied_by_customer", "genuine",
                                        "to_order", "added_work", "status", "pause_reason", "team", "technician",
                                        "bay", "issued", "dispatched_at", "dispatched_by", "started_at",
                                        "finished_at") + versioned)
        self.w_status = t(StatusChange, ("id", "order", "from_status", "to_status", "at", "user", "note"))
        self.w_suggestion = t(Suggestion, ("id", "vehicle", "order", "description", "created_at", "done_in"))
        self.w_qc = t(QualityCheck, ("id", "order", "inspector", "at", "passed", "checklist", "reason",
                                     "certificate_number"))
        self.w_diagnosis = t(Diagnosis, ("id", "order", "items", "conclusion", "advice", "technician", "fee", "diagnosed_by",
                                         "diagnosed_at") + versioned)
        self.w_process = t(ProcessCheck, ("id", "order", "line", "item", "result", "note", "inspector", "at"))
        self.w_clock = t(Clocking, ("id", "line", "technician", "started_at", "ended_at"))
        self.w_po = t(PurchaseOrder, ("id", "number", "supplier", "status", "ordered_at", "created_by", "created_at",
                                      "note") + versioned)
        self.w_po_line = t(PurchaseOrderLine, ("id", "order", "part", "quantity", "received", "unit_cost"))
        self.w_move = t(StockMovement, ("id", "part", "kind", "quantity", "unit_cost", "value", "balance_after", "at", "user",
                                        "document", "order", "order_line", "purchase_line", "supplier",
                                        "approved_by", "reason"))
        self.w_count = t(StockCount, ("id", "number", "status", "scope", "frozen_at", "created_by", "approved_by",
                                      "posted_at") + versioned)
        self.w_count_line = t(StockCountLine, ("id", "count", "part", "bin", "expected", "counted", "counted_at",
                                               "counted_by"))
        self.w_pick = t(PickRequest, ("id", "line", "quantity", "requested_by", "requested_at", "status"))
        self.w_settlement = t(Settlement, ("id", "number", "order", "status", "labour_total", "parts_total",
                                           "fees_total", "discount_total", "bill_discount", "total", "customer_due",
                                           "insurer_due", "warranty_due", "internal_due", "cashier",
                                           "discount_approved_by", "repair_kind", "guarantee_days", "guarantee_km",
                                           "at", "business_day", "reversed_by", "reversal_approved_by", "reversed_at",
                                           "reversal_reason", "live_order") + versioned)
        self.w_settlement_line = t(SettlementLine, ("id", "settlement", "position", "order_line", "kind", "code",
                                                    "description", "quantity", "unit", "unit_price", "amount",
                                                    "discount", "bill_share", "payer", "guaranteed", "guarantee_note"))
        self.w_payment = t(Payment, ("id", "settlement", "appointment", "method", "amount", "tendered", "reference",
                                     "at", "business_day", "cashier"))
        self.w_receivable = t(Receivable, ("id", "settlement", "debtor_kind", "debtor", "claim_number", "amount",
                                           "collected", "status", "opened_at") + versioned)
        self.w_collection = t(Collection, ("id", "receivable", "amount", "at", "business_day", "reference", "user"))
        self.w_dayclose = t(DayClose, ("id", "business_day", "closed_at", "closed_by", "summary"))
        self.w_followup = t(FollowUp, ("id", "order", "round", "due_on", "status", "attempts", "high_value", "answers",
                                       "satisfaction", "remark", "called_by", "called_at") + versioned)
        self.w_reminder = t(Reminder, ("id", "vehicle", "kind", "due_on", "due_km", "stage", "last_reminded_at",
                                       "done", "reminded_by"))
        self.w_complaint = t(Complaint, ("id", "number", "customer", "vehicle", "order", "source", "description",
                                         "owner", "received_at", "answer_due", "answer", "answered_at", "verdict",
                                         "status", "revisit_at", "follow_up", "category", "answered_by", "revisit_due",
                                         "revisit_note", "revisit_verdict", "revisited_by") + versioned)
        self.w_claim = t(WarrantyClaim, ("id", "number", "line", "fault", "old_part_number", "old_part_status",
                                         "old_part_moved_at", "status", "amount", "approved_amount", "paid",
                                         "submitted_at", "approved_at", "paid_at", "opened_at") + versioned)

    # -- staff and workshop -----------------------------------------------------------------
    def setup_staff(self, admin: User) -> None:
        opd = self.p.orders_per_day
        wanted = list(STAFF) + [s for s in MORE_STAFF if s[2] == auth.ADVISOR][: min(6, max(0, round(opd / 18) - 2))]
        if opd >= 40:
            wanted += [s for s in MORE_STAFF if s[2] != auth.ADVISOR]
        limits = {auth.CASHIER: 300, auth.ADVISOR: 100, auth.MANAGER: 5000}
        self.users = defaultdict(list)
        for number, (username, name, role) in enumerate(wanted):
            user = User.get_or_none(User.username == username)
            if user is None:
                user = auth.create_user(admin, username, name, role, DEMO_PASSWORD, phone=f"1391000{number:04d}",
                                        discount_limit=limits.get(role, 0))
            self.users[user.role].append((user.id, user.display_name))
        self.users[auth.ADMIN].append((admin.id, admin.display_name))
        pick = lambda role: self.users[role] or self.users[auth.MANAGER] or self.users[auth.ADMIN]  # noqa: E731
        self.advisors, self.dispatchers, self.inspectors = pick(auth.ADVISOR), pick(auth.DISPATCHER), pick(auth.INSPECTOR)
        self.storekeepers, self.cashiers, self.carers = pick(auth.STOREKEEPER), pick(auth.CASHIER), pick(auth.CARE)
        self.manager = pick(auth.MANAGER)[0]

    def setup_workshop(self) -> None:
        w_team = self.sink.table(Team, ("id", "name", "leader"))
        w_tech = self.sink.table(Technician, ("id", "name", "team", "grade"))
        w_bay = self.sink.table(Bay, ("id", "name", "kind"))
        size = max(1, round(self.p.orders_per_day / 30))
        self.crews = {}
        for name, kinds, count in (("机修一组", ("mech",), 5), ("机修二组", ("mech",), 5),
                                   ("钣喷组", ("body", "paint"), 4), ("快保组", ("quick",), 3)):
            team_id = self._id(Team)
            people = [(self._id(Technician), self._person()[0]) for _ in range(count * size)]
            w_team.add((team_id, name, people[0][1]))
            for k, (tech_id, tech_name) in enumerate(people):
                w_tech.add((tech_id, tech_name, team_id, "技师" if k == 0 else self._pick(("初级", "中级", "中级", "高级"))))
            for n, kind in enumerate(kinds):
                share = people[n::len(kinds)] if len(kinds) > 1 else people
                self.crews.setdefault(kind, []).append((team_id, people[0][1], [p[0] for p in share]))
        self.bays = defaultdict(list)
        bays = [(f"机修{i}", "机修", "mech") for i in range(1, 9)] + [("钣金1", "钣金", "body"), ("钣金2", "钣金", "body"),
                ("喷漆房", "喷漆", "paint"), ("快保1", "快保", "quick"), ("快保2", "快保", "quick"), ("洗车位", "洗车", "wash")]
        for name, kind, team in bays:
            bay_id = self._id(Bay)
            w_bay.add((bay_id, name, kind))
            self.bays[team].append(bay_id)

    def build(self) -> None:
        """Everything after the staff: rows only, no reads (storage.demo.parallel may run it in a
        worker process)."""
        self.setup_workshop()
        self.setup_catalogue()
        self.setup_archive()
        self.setup_stock()
        self.run_days()
        self.finish()

    # -- closing the books ------------------------------------------------------------------
    def finish(self) -> None:
        self.progress(0.9, "生成保养提醒与日结记录")
        for rows in self.suggestions.values():
            for row in rows:
                self.w_suggestion.add(row + (None,))
        self.suggestions = {}
        self._ensure_complaints()
        self._reminders()
        self.sink.flush()
        self.progress(0.93, "更新车辆与库存汇总")
        param = self.db.param
        self.sink.execute_many(f'UPDATE "vehicle" SET "owner_id" = {param}, "last_mileage" = {param}, '
                               f'"last_visit_at" = {param} WHERE "id" = {param}',
                               [(self.c_id[self.v_owner[v]], self.v_km[v][0], self._ts(self.v_visit[v]), self.v_id[v])
                                for v in range(len(self.v_id))])
        self.sink.execute_many(f'UPDATE "ownership" SET "until" = {param} WHERE "id" = {param}', self.ownership_ends)
        rows = []
        for idx in range(len(self.p_id)):
            safety, target = self._levels(idx)
            rows.append((self.p_on[idx], self.p_value[idx], self.p_cost[idx], safety, max(1000, target - safety),
                         self._ts(self.p_last[idx]), self._ts(self.p_counted[idx]), self.p_id[idx]))
        self.sink.execute_many(f'UPDATE "part" SET "on_hand" = {param}, "stock_value" = {param}, "cost" = {param}, '
                               f'"safety_stock" = {param}, "reorder_qty" = {param}, "last_movement_at" = {param}, '
                               f'"last_counted_at" = {param} WHERE "id" = {param}', rows)
        self.sink.execute_many(f'UPDATE "bin" SET "last_counted_at" = {param} WHERE "id" = {param}',
                               [(self._ts(minute), bin_id) for bin_id, minute in sorted(self.bins_counted.items())])
        self._day_closes()
        # numbering.next_number carries on from here, so the program never hands out a number twice
        self.sink.execute_many(f'INSERT INTO "document_counter" ("kind", "day", "last") '
                               f'VALUES ({param}, {param}, {param}) '
                               f'ON CONFLICT ("kind", "day") DO UPDATE SET "last" = excluded."last"',
                               [(kind, day, last) for (kind, day), last in sorted(self.counters.items())])
