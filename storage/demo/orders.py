"""Planning one work order: its lines (maintenance, repair, accident, warranty, comeback, added
work) and its timeline of status changes, slid and cut to where it stands at the data's moment."""
import datetime as dt
import json

from storage.demo.catalogue import MODELS
from storage.demo.common import DAY, OPEN_AT, _amount, _work
from storage.rules.vocabulary import JobType, OrderStatus, Payer

# Repairs a car comes in for: labour code, weight, minimum km.
REPAIRS = (
    ("DP-001", 14, 30000), ("DP-002", 8, 40000), ("DP-003", 4, 60000), ("DP-004", 3, 70000),
    ("DQ-001", 8, 0), ("BY-015", 6, 0), ("DP-010", 8, 30000), ("BY-013", 5, 0), ("DQ-007", 4, 0),
    ("FDJ-009", 4, 0), ("FDJ-003", 3, 40000), ("FDJ-004", 2, 60000), ("FDJ-002", 2, 80000),
    ("FDJ-001", 1, 100000), ("FDJ-006", 2, 60000), ("FDJ-007", 2, 80000), ("FDJ-008", 2, 60000),
    ("FDJ-005", 2, 50000), ("DP-005", 3, 60000), ("DP-006", 2, 60000), ("DP-007", 2, 60000),
    ("DP-008", 3, 40000), ("DP-009", 2, 50000), ("DP-011", 2, 60000), ("DP-013", 1, 60000),
    ("DP-012", 1, 80000), ("DQ-002", 1, 80000), ("DQ-003", 1, 80000), ("DQ-005", 1, 0),
    ("DQ-006", 2, 0), ("DQ-008", 3, 0), ("DQ-009", 2, 20000), ("KT-001", 4, 20000), ("KT-002", 1, 80000),
    ("KT-003", 1, 40000), ("KT-004", 1, 60000), ("BY-012", 4, 0), ("MR-001", 2, 0), ("MR-002", 1, 0),
    ("JC-002", 2, 0), ("JZ-001", 1, 0), ("BY-010", 2, 30000),
)
# Panels an accident damages: name, repair code, replace code, paint code, mark on the outline. The
# outline is the car from above with its nose on the left (ui/reception/car_outline.py): x runs from
# the front (0) to the rear (1), y from the car's right side (0, top) to its left side (1, bottom).
PANELS = (
    ("前保险杠", "BJ-002", "BJ-003", "PQ-001", (0.05, 0.50)),
    ("后保险杠", "PQ-007", "BJ-004", "PQ-002", (0.95, 0.50)),
    ("左前叶子板", "BJ-005", "BJ-006", "PQ-003", (0.20, 0.80)),
    ("右前叶子板", "BJ-005", "BJ-006", "PQ-003", (0.20, 0.20)),
    ("左前门", "BJ-007", None, "PQ-004", (0.45, 0.85)),
    ("右后门", "BJ-007", None, "PQ-004", (0.60, 0.15)),
    ("发动机盖", "PQ-007", "BJ-008", "PQ-005", (0.18, 0.50)),
    ("左后叶子板", "PQ-007", None, "PQ-006", (0.80, 0.82)),
)
# What else comes off for a panel job (拆装), paid by the insurer with it.
REFIT = {"左前叶子板": ("BJ-001", "BJ-012"), "右前叶子板": ("BJ-001", "BJ-012"), "前保险杠": ("BJ-012",),
         "左前门": ("BJ-014",), "右后门": ("BJ-014",), "左后叶子板": ("BJ-013",)}
ADDED_WORK = (  # what the workshop finds: labour code, how the technician puts it
    ("DP-001", "检查发现前刹车片剩余约 2 mm，建议更换"), ("DP-002", "后刹车片磨损到限，建议更换"),
    ("BY-015", "雨刮片老化刮不干净，建议更换"), ("DQ-001", "蓄电池检测健康度 45%，建议更换"),
    ("BY-012", "空调出风有异味，建议清洗消毒"), ("BY-013", "轮胎偏磨，建议做四轮定位"),
    ("DP-008", "稳定杆连杆球头松旷，建议更换"), ("BY-003", "空调滤清器脏污严重，建议更换"),
    ("DP-010", "左前轮胎侧面鼓包，建议更换"), ("FDJ-008", "油气分离器漏气，怠速不稳，建议更换"),
)
QC_FAILS = ("轮胎螺栓扭矩未复检", "机油液位偏高，需重新调整", "故障码未清除", "车内有油污，需清洁",
            "刹车踏板行程偏长，需排空气", "漆面有流挂，需抛光处理")
INSURERS = ("中国人保财险", "平安产险", "太平洋产险", "中华联合财险", "大地保险", "阳光产险")
WORDS = {
    "保养": ("到时间做保养了", "按里程做保养", "保养，顺便检查一下刹车", "保养，空调有点味道", "首保"),
    JobType.GENERAL: ("刹车时有异响", "发动机故障灯亮了", "早上打火有点困难", "空调不太凉", "方向盘有点跑偏",
              "过减速带底盘有异响", "车窗升降有卡顿", "仪表提示胎压异常"),
    JobType.ACCIDENT: ("追尾，后部受损", "倒车碰到柱子", "被别的车刮了", "前部碰撞，已报案", "侧面剐蹭"),
    JobType.WARRANTY: ("发动机有异响，还在保修期", "大灯进水起雾", "车窗升降器不工作", "空调不制冷，还在质保期"),
    JobType.COMEBACK: ("上次修完问题又出现了", "修过的地方还有异响"),
    "内部": ("试驾车定期保养", "新车 PDI", "展车检查"),
}


class _Line:
    """One work-order line while it is being planned."""

    __slots__ = ("kind", "labour", "part", "desc", "qty", "price", "amount", "disc", "payer", "genuine",
                 "by_customer", "team", "added", "hours", "to_order", "start", "finish", "issue_at", "id",
                 "status", "tech", "bay", "issued", "team_id", "started", "finished", "pause")

    def __init__(self, kind, desc, qty, price, payer, *, labour=None, part=None, disc=0, genuine=True,
                 team="quick", added=False, hours=0, by_customer=False):
        self.kind, self.desc, self.qty, self.price, self.payer = kind, desc, qty, price, payer
        self.labour, self.part, self.disc, self.genuine, self.team = labour, part, disc, genuine, team
        self.added, self.hours, self.by_customer = added, hours, by_customer
        self.amount = _amount(qty, price)
        self.to_order = False
        self.start = self.finish = self.issue_at = self.id = self.tech = self.bay = None
        self.status, self.issued = OrderStatus.AWAITING_DISPATCH, 0


class _Plan:
    """One work order from check-in to delivery, planned before any row is written."""

    __slots__ = ("opened", "vehicle", "customer", "model", "advisor", "job", "mileage", "lines", "trans",
                 "added", "qcs", "settles", "delivered", "promised", "insurer", "claim", "comeback_of",
                 "appointment", "wait", "state", "cancel", "qc_fail", "reversal", "team", "words",
                 "handed", "damage", "id", "number", "forced", "repaid", "kind")

    def __init__(self, opened, vehicle, job):
        self.opened, self.vehicle, self.job = opened, vehicle, job
        self.lines, self.trans, self.qcs, self.settles = [], [], [], []
        self.added = self.wait = self.appointment = self.comeback_of = self.delivered = None
        self.insurer = self.claim = self.words = self.damage = ""
        self.cancel = self.qc_fail = self.reversal = False
        self.forced = None
        self.handed = self.promised = self.repaid = None
        self.kind = ""
        self.team = "quick"


class Planning:
    """Part of _Generator: an order planned from check-in to delivery before any row is written."""

    def _plan(self, opened: int, v: int, job: str, *, forced=None, comeback=None) -> _Plan:
        rng, p = self.rng, self.p
        plan = _Plan(opened, v, job)
        plan.customer, plan.model, plan.forced = self.v_owner[v], self.v_model[v], forced
        plan.advisor = self._pick(self.advisors)
        km, at = self.v_km[v]
        plan.mileage = km + max(1, int((opened - at) / DAY * self.v_rate[v] * rng.uniform(0.8, 1.2)))
        payer = {JobType.ACCIDENT: Payer.INSURER, JobType.WARRANTY: Payer.WARRANTY, JobType.COMEBACK: Payer.INTERNAL,
                 Payer.INTERNAL: Payer.INTERNAL}.get(job, "客户")
        if job == JobType.MAINTENANCE:
            self._maintenance(plan, payer)
        elif job == JobType.GENERAL:
            self._repair(plan, payer, slow=forced == OrderStatus.AWAITING_PARTS)
        elif job == JobType.ACCIDENT:
            self._accident(plan)
        elif job == JobType.WARRANTY:
            self._warranty(plan)
        elif job == JobType.COMEBACK:
            plan.comeback_of = comeback[0]
            self._labour(plan, comeback[1], "内部")
        else:
            if rng.random() < 0.5:
                self._labour(plan, "JC-001", "内部")
            else:
                self._maintenance(plan, "内部")
        plan.words = self._pick(WORDS[job])
        plan.team = "body" if job == JobType.ACCIDENT else "quick" if job == JobType.MAINTENANCE else "mech"
        # what may happen on the way
        if forced:
            plan.added = self._added_work(plan, None) if forced == OrderStatus.AWAITING_CUSTOMER else None
            plan.cancel, plan.qc_fail = forced == OrderStatus.CANCELLED, forced == OrderStatus.REWORK
        else:
            plan.cancel = job in (JobType.MAINTENANCE, JobType.GENERAL) and rng.random() < 0.012
            if job in (JobType.MAINTENANCE,
                       JobType.GENERAL) and (rng.random() < 0.12 or self.stats["added"] < p.min_added_work):
                plan.added = self._added_work(plan, rng.random() < 0.65)
            plan.qc_fail = rng.random() < 0.03
            plan.reversal = payer == "客户" and not plan.cancel and (
                rng.random() < p.reversal_rate or (self.stats["reversals"] < p.min_reversals and opened // DAY >= self.last_day - 3))
        waits = forced == OrderStatus.AWAITING_PARTS or (not forced and rng.random() < (0.3 if job == JobType.ACCIDENT else 0.06))
        if not plan.added and job in (JobType.GENERAL, JobType.ACCIDENT, JobType.WARRANTY) and waits:
            slow = [k for k, ln in enumerate(plan.lines) if ln.kind == "材料" and self.p_tier[ln.part] in "CT"
                    and not ln.by_customer]
            if slow:
                k = slow[-1]
                labour = next((ln for ln in reversed(plan.lines[:k]) if ln.kind == "工时"), None)
                if labour is not None:
                    plan.wait = (labour, plan.lines[k])
                    plan.lines[k].to_order = True
        self._timeline(plan)
        if forced:
            self._force(plan, forced)
        self._cut(plan)
        # the car's own record moves on
        self.v_km[v] = [plan.mileage, plan.opened]
        self.v_visit[v] = plan.opened
        self.v_busy[v] = plan.trans[-1][1] if plan.state in (OrderStatus.DELIVERED, OrderStatus.CANCELLED) else 1 << 40
        if job == JobType.MAINTENANCE and plan.state != OrderStatus.CANCELLED:
            self.v_service[v] = (plan.opened, plan.mileage)
        if plan.added is not None and plan.added[3] is not None and plan.added[3] <= self.now:
            self.stats["added"] += 1
        if plan.reversal and plan.settles and plan.settles[0][2] is not None and plan.settles[0][2] <= self.now:
            self.stats["reversals"] += 1
        return plan

    def _applies(self, plan, code: str) -> bool:
        applies = self.labour[code][4]
        ev = MODELS[plan.model][2] == "EV"
        return applies == "all" or (applies == "ev") == ev

    def _labour(self, plan, code: str, payer: str, *, added=False, free=False):
        labour_id, name, hours, team, _applies, parts = self.labour[code]
        line = _Line("工时", name, hours * 10, self.rate, payer, labour=labour_id, team=team, added=added, hours=hours)
        if free:
            line.disc = line.amount
        plan.lines.append(line)
        tyres = 1000
        for key in parts:
            idx = self.part_for.get((key, plan.model))
            if idx is None:
                continue
            qty = self._part_qty(key, plan.model)
            if key == "tyre":
                tyres = qty = self._pick((1000, 1000, 2000, 2000, 4000))
            elif key == "valve":
                qty = tyres
            self._part(plan, idx, qty, payer, added=added)
        return line

    def _part(self, plan, idx: int, qty: int, payer: str, *, added=False):
        line = _Line("材料", self.p_name[idx], qty, self.p_price[idx], payer, part=idx, genuine=self.p_genuine[idx],
                     added=added)
        plan.lines.append(line)
        return line

    def _fee(self, plan, name: str, qty: int, price: int, payer: str):
        plan.lines.append(_Line("其他", name, qty, price, payer))

    def _maintenance(self, plan, payer: str) -> None:
        rng, m, km = self.rng, plan.model, plan.mileage
        packages = self.packages[m]
        if MODELS[m][2] == "EV":
            codes = packages[1 if max(1, round(km / 30000)) % 2 == 0 else 0][1]
        elif km < 7500:
            codes = packages[0][1]
        else:
            n = max(1, round(km / 10000))
            codes = packages[4 if n % 6 == 0 else 3 if n % 4 == 0 else 2 if n % 2 == 0 else 1][1]
        for code in codes:
            self._labour(plan, code, payer, free=code == "BY-009")
        # what the manual asks by time, for cars that drive little: the cabin filter every year,
        # the brake fluid every two years
        last = self.v_service[plan.vehicle][0]
        if "BY-003" not in codes and plan.opened - last >= 300 * DAY and rng.random() < 0.8:
            self._labour(plan, "BY-003", payer)
        bought = self.v_purchase[plan.vehicle]
        age, age_before = plan.opened // DAY - bought, max(0, last // DAY - bought)
        if "BY-005" not in codes and age >= 700 and age // 730 > age_before // 730 and rng.random() < 0.85:
            self._labour(plan, "BY-005", payer)
        for code, chance in (("BY-011", 0.35), ("BY-012", 0.15), ("BY-017", 0.45), ("BY-013", 0.06), ("BY-014", 0.05),
                             ("BY-010", 0.05), ("BY-015", 0.08)):
            if rng.random() < chance and self._applies(plan, code):
                self._labour(plan, code, payer)
        if km > 35000 and rng.random() < 0.08:
            self._labour(plan, "DP-001", payer)
        if payer == "客户" and rng.random() < 0.1:  # 会员工时折扣
            for line in plan.lines:
                if line.kind == "工时" and not line.disc:
                    line.disc = (line.amount + 5) // 10

    def _repair(self, plan, payer: str, *, slow=False) -> None:
        rng, km = self.rng, plan.mileage
        choices = [(code, weight) for code, weight, least in REPAIRS if km >= least and self._applies(plan, code)]
        codes = {rng.choices([c for c, _w in choices], [w for _c, w in choices])[0] for _ in range(self._pick((1, 1, 2, 2, 3)))}
        if slow:
            codes.add("DQ-004")
        if rng.random() < 0.3 and not codes & {"FDJ-009", "DQ-007"}:  # a symptom is diagnosed first
            codes.add("FDJ-009" if MODELS[plan.model][2] != "EV" and rng.random() < 0.5 else "DQ-007")
        for code in sorted(codes):
            self._labour(plan, code, payer)
        if rng.random() < 0.35 and self.tail[plan.model]:
            idx = self._pick(self.tail[plan.model])
            hours = self._pick((30, 50, 80, 100, 150))
            plan.lines.append(_Line("工时", f"更换{self.p_name[idx]}", hours * 10, self.rate, payer, team="mech",
                                    hours=hours))
            self._part(plan, idx, 1000, payer)
        if rng.random() < 0.2 and self._applies(plan, "BY-017"):
            self._labour(plan, "BY-017", payer)
        if rng.random() < 0.03:
            self._fee(plan, "外出救援费", 1000, 30000, payer)
        if rng.random() < 0.01:  # the customer brought the part
            line = plan.lines[-1]
            if line.kind == "材料":
                line.by_customer, line.price, line.amount = True, 0, 0

    def _accident(self, plan) -> None:
        rng = self.rng
        plan.insurer = self._pick(INSURERS)
        year = (self.start + dt.timedelta(days=plan.opened // DAY)).year
        plan.claim = f"{'RDAA' if plan.insurer == INSURERS[0] else 'BJ'}{year}{rng.randrange(10 ** 12):012d}"
        panels = rng.sample(PANELS, self._pick((1, 1, 2, 2, 3, 4)))
        marks = []
        for name, repair, replace, paint, (x, y) in panels:
            self._labour(plan, replace if replace and rng.random() < 0.45 else repair, "保险公司")
            for code in REFIT.get(name, ()):
                if rng.random() < 0.7:
                    self._labour(plan, code, "保险公司")
            self._labour(plan, paint, "保险公司")
            marks.append({"x": x, "y": y, "kind": self._pick(("凹陷", "划痕", "破裂")), "note": name})
        self._fee(plan, "油漆辅料费", len(panels) * 1000, self._pick((18000, 22000, 26000)), "保险公司")
        for code, chance in (("DQ-004", 0.15), ("BJ-009", 0.12), ("BJ-011", 0.1), ("BJ-010", 0.04), ("BY-013", 0.25)):
            if rng.random() < chance:
                self._labour(plan, code, "保险公司")
        if rng.random() < 0.25:
            self._fee(plan, "拖车费", 1000, self._pick((20000, 30000, 45000, 60000)), "保险公司")
        if rng.random() < 0.25:  # done at the same visit, paid by the owner
            self._labour(plan, "BY-001" if self._applies(plan, "BY-001") else "BY-003", "客户")
        plan.damage = json.dumps(marks, ensure_ascii=False)

    def _warranty(self, plan) -> None:
        rng = self.rng
        codes = [c for c in ("FDJ-003", "FDJ-002", "FDJ-004", "FDJ-008", "DQ-006", "DQ-004", "KT-002", "DQ-009", "DQ-008")
                 if self._applies(plan, c)]
        for code in rng.sample(codes, self._pick((1, 1, 2))):
            self._labour(plan, code, "厂家索赔")
        if rng.random() < 0.3:
            self._maintenance(plan, "客户")

    def _added_work(self, plan, agreed):
        """维修追加项目: [code, description, agreed (None while waiting), raised minute, answer minute]."""
        present = {line.labour for line in plan.lines}
        options = [(c, d) for c, d in ADDED_WORK if self._applies(plan, c) and self.labour[c][0] not in present]
        if not options:
            return None
        code, text = self._pick(options)
        self._labour(plan, code, "客户", added=True)
        return [code, text, agreed, None, None]

    def _timeline(self, plan) -> None:
        """Every status change the order would go through, with its minute and who made it."""
        rng = self.rng
        r = self._r
        advisor, trans = plan.advisor, plan.trans
        dispatcher, inspector = self._pick(self.dispatchers), self._pick(self.inspectors)
        labour = [line for line in plan.lines if line.kind == "工时" and not line.added]
        hours = sum(line.hours for line in labour)
        plan.promised = _work(plan.opened + 30, hours * 72 // 100 + 60)
        if plan.job == JobType.ACCIDENT:
            plan.promised = _work(plan.promised, DAY // 3 * r(1, 3))
        signed = plan.opened + r(5, 20)
        trans.append((OrderStatus.AWAITING_DISPATCH, signed, advisor, ""))
        if plan.cancel:
            trans.append((OrderStatus.CANCELLED, signed + r(10, 90), advisor, "客户取消维修"))
            return
        plan.handed = -(-(signed + r(5, 25)) // 10) * 10
        start = _work(plan.handed, r(1, 40))
        trans.append((OrderStatus.IN_REPAIR, start, dispatcher, ""))
        cur = start + r(2, 8)
        for line in plan.lines:
            if line.kind == "材料" and not line.added and not line.by_customer and not line.to_order:
                line.issue_at = cur
        queue = list(labour)
        k = 0
        while k < len(queue):
            line = queue[k]
            if plan.wait and line is plan.wait[0]:
                trans.append((OrderStatus.AWAITING_PARTS, cur, dispatcher, f"等待备件：{plan.wait[1].desc}"))
                cur = _work(cur, r(570, 2280) if plan.job == JobType.ACCIDENT else r(180, 1500))
                trans.append((OrderStatus.IN_REPAIR, cur, dispatcher, "备件到货"))
                plan.wait[1].issue_at = cur
            line.start = cur
            cur = _work(cur, max(10, int(line.hours * 0.6 * rng.uniform(0.8, 1.25))))
            line.finish = cur
            if k == 0 and plan.added:
                added = plan.added
                raiser = self._pick(self.dispatchers + self.inspectors)
                added[3] = cur + 1
                trans.append((OrderStatus.AWAITING_CUSTOMER, cur + 1, raiser, added[1]))
                cur = added[4] = cur + r(10, 60)
                agreed = added[2] is not False
                trans.append((OrderStatus.IN_REPAIR, cur, advisor, "客户同意追加项目" if agreed else "客户拒绝追加项目"))
                cur += 8
                for extra in plan.lines:
                    if extra.added and agreed:
                        if extra.kind == "工时":
                            queue.append(extra)
                        elif not extra.by_customer:
                            extra.issue_at = cur - r(1, 6)
            k += 1
        if not queue:
            cur += 20
        trans.append((OrderStatus.QC, cur, dispatcher, "完工报检"))
        check = cur + r(10, 40)
        if plan.qc_fail:
            reason = self._pick(QC_FAILS)
            plan.qcs.append((check, False, reason, inspector[0]))
            trans.append((OrderStatus.REWORK, check, inspector, reason))
            redo = _work(check, r(30, 120))
            trans.append((OrderStatus.QC, redo, dispatcher, "返工完成"))
            check = redo + r(10, 30)
        plan.qcs.append((check, True, "", inspector[0]))
        trans.append((OrderStatus.DONE, check, inspector, ""))
        draw = self.random()  # when the customer comes to collect
        if plan.forced:  # today's showcase orders all fit into today
            settle = check + r(20, 60)
        elif plan.job == JobType.ACCIDENT:
            settle = _work(check, r(60, 1200))
        elif check % DAY < 16 * 60 + 30 and draw < 0.5:
            settle = check + r(20, 90)
        elif check % DAY < 17 * 60 and draw < 0.85:
            settle = check // DAY * DAY + r(17 * 60, 18 * 60 + 30)  # after work
        else:
            settle = (check // DAY + 1) * DAY + OPEN_AT + r(0, 240)
        cashier = self._pick(self.cashiers)
        if plan.reversal:
            back = settle + r(5, 15)
            trans.append((OrderStatus.SETTLED, settle, cashier, ""))
            trans.append((OrderStatus.DONE, back, self.manager, "结算冲销：结算项目有误，重新结算"))
            plan.settles.append((settle, cashier, back))
            settle = back + r(3, 10)
        plan.settles.append((settle, cashier, None))
        trans.append((OrderStatus.SETTLED, settle, cashier, ""))
        trans.append((OrderStatus.DELIVERED, settle + r(5, 20), advisor, ""))

    def _force(self, plan, state: str) -> None:
        """Slide the plan in time so that it stands in `state` from just before self.showcase_at (the
        data's moment, or yesterday's close early in the morning) until after the data's moment: what
        comes up to entering that state ends at the showcase, what follows starts after now (and is cut)."""
        trans = plan.trans
        if state == OrderStatus.DRAFT:
            entry, following = plan.opened, trans[0][1] if trans else None
        else:
            k = next((i for i, t in enumerate(trans) if t[0] == state), None)
            if k is None:  # the plan could not take that path after all: it runs its natural course
                return
            entry, following = trans[k][1], trans[k + 1][1] if k + 1 < len(trans) else None
        gap = self._r(5, 40)
        if following is not None:
            gap = max(1, min(gap, (following - entry) // 2))
        before, after = self.showcase_at - gap - entry, self.now - gap - entry  # equal unless early in the day

        def slide(minute):
            return None if minute is None else minute + (before if minute <= entry else after)

        plan.opened = slide(plan.opened)
        plan.promised = slide(plan.promised)
        plan.handed = slide(plan.handed)
        plan.trans = [(s, slide(minute), user, note) for s, minute, user, note in trans]
        for line in plan.lines:
            for name in ("start", "finish", "issue_at"):
                setattr(line, name, slide(getattr(line, name)))
        plan.qcs = [(slide(minute), *rest) for minute, *rest in plan.qcs]
        plan.settles = [(slide(minute), cashier, slide(back)) for minute, cashier, back in plan.settles]
        if plan.added:
            plan.added[3:5] = [slide(x) for x in plan.added[3:5]]

    def _cut(self, plan) -> None:
        """Keep what happened by the data's moment (self.now); the order's status is the last change kept."""
        now, trans = self.now, plan.trans
        kept = 0
        while kept < len(trans) and trans[kept][1] <= now:
            kept += 1
        del trans[kept:]
        plan.state = trans[-1][0] if trans else OrderStatus.DRAFT
        plan.qcs = [qc for qc in plan.qcs if qc[0] <= now]
        plan.settles = [s for s in plan.settles if s[0] <= now]
        if plan.state == OrderStatus.DELIVERED:
            plan.delivered = trans[-1][1]
