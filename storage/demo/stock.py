"""The stock ledger: opening stock, receipts against purchase orders, issues to work-order lines and
returns, the two daily deliveries from the manufacturer's parts centre, returns to the supplier,
breakage written off, and the monthly count with finance.

Each movement follows storage.parts.ledger.post exactly: a receipt (or a count's gain) is worth
qty × unit cost and sets the moving average (stock value / on hand, four decimals); a take leaves
at its share of the stock value and keeps the average; the last unit out takes all that is left."""
import math

from storage.demo.catalogue import MODELS
from storage.demo.common import DAY, _half
from storage.models import PurchaseOrder, PurchaseOrderLine, StockCount, StockCountLine, StockMovement
from storage.rules.vocabulary import MovementKind, OrderStatus, PurchaseOrderStatus, StockCountStatus

# The parts centre delivers twice a day (一日两配): what was ordered by last night's cut-off arrives
# at 08:00, what was ordered by 10:00 arrives at 14:00. A line it cannot fill whole comes in part
# now and in the rest with the next delivery (分批到货).
DELIVERIES = ((8 * 60, -DAY + 17 * 60 + 30), (14 * 60, 10 * 60))  # (arrives, ordered), minutes of the day
SPLIT_RATE = 0.2
DAMAGED_RATE = 0.004  # a unit of a received line broken in transport: back to the supplier (退货)
BREAKAGE_PER_DAY = 0.08  # a bottle dropped in the warehouse: written off with the manager (调整)
FRAGILE = ("brake_fluid", "glass_water", "ac_cleaner", "fuel_additive", "throttle_cleaner", "brake_cleaner")


class StockLedger:
    """Part of _Generator: every stock movement, with the parts' running on-hand and value."""

    def setup_stock(self) -> None:
        rng, n = self.rng, len(self.p_id)
        self.p_base = list(self.p_cost)
        self.p_on, self.p_value = [0] * n, [0] * n
        self.p_ema, self.p_ema_day, self.p_last = [0.0] * n, [0] * n, [None] * n
        self.p_counted = [None] * n
        self.issued_value = {}  # line id -> value taken, for a return that follows
        self.used = set()
        self.backorders = []  # (part, quantity, purchase line, unit cost, supplier): the rest of a split line
        self.bins_counted = {}
        self.fragile = sorted({self.part_for[key, m] for key in FRAGILE for m in range(len(MODELS))
                               if (key, m) in self.part_for})
        usage = max(0.25, self.p.orders_per_day / 40)
        minute = -DAY + 20 * 60
        for idx in range(n):
            tier = self.p_tier[idx]
            units = {"A": 12 * usage, "B": 4 * usage}.get(tier) or (rng.random() < (0.5 if tier == "C" else 0.1))
            qty = math.ceil(units * (1 if self.p_whole[idx] else 20)) * 1000
            self.p_ema[idx] = qty / 7
            if qty:
                self._stock_in(minute, idx, qty, self.p_cost[idx], "期初", "期初库存", None, None, "系统上线期初库存")

    # -- the two ways a movement moves value ------------------------------------------------------
    def _stock_in(self, minute, idx, qty, unit_cost, kind, document, purchase_line, supplier, reason="", *,
                  user=None, approved_by=None) -> None:
        value = _half(qty * unit_cost, 100000)
        on, stock_value = self.p_on[idx] + qty, self.p_value[idx] + value
        self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value, minute
        self.p_cost[idx] = _half(stock_value * 100000, on)
        user = user or self.storekeepers[(minute // DAY) % len(self.storekeepers)][0]
        self.w_move.add((self._id(StockMovement), self.p_id[idx], kind, qty, unit_cost, value, on, self._ts(minute),
                         user, document, None, None, purchase_line, supplier, approved_by, reason))

    def _take(self, minute, idx, qty, kind, document, *, order=None, line=None, supplier=None, approved_by=None,
              reason="", user=None) -> int:
        """qty (> 0) out at the average: its share of the stock value, all of it with the last unit."""
        before, stock_value = self.p_on[idx], self.p_value[idx]
        on = before - qty
        value = stock_value if on == 0 else min(_half(stock_value * qty, before), stock_value)
        self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value - value, minute
        user = user or self.storekeepers[(minute // DAY) % len(self.storekeepers)][0]
        self.w_move.add((self._id(StockMovement), self.p_id[idx], kind, -qty, self.p_cost[idx], -value, on,
                         self._ts(minute), user, document, order, line, None, supplier, approved_by, reason))
        return value

    def _levels(self, idx: int):
        """Safety stock and order-up-to level (milli-units) from the part's recent daily use."""
        tier = self.p_tier[idx]
        if tier in "CT":
            return 0, 0
        least = 2000 if tier == "A" else 1000
        safety = max(least, math.ceil(self.p_ema[idx] * 2 / 1000) * 1000)
        return safety, max(2 * least, math.ceil(self.p_ema[idx] * 7 / 1000) * 1000)

    # -- receiving ----------------------------------------------------------------------------------
    def _purchase(self, minute: int, supplier: int, urgent: bool, ordered: int):
        """The purchase order (and its receiving slip) this receipt belongs to: one per supplier and
        delivery, one a day per supplier for urgent parts."""
        day = minute // DAY
        key = (supplier, True) if urgent else (supplier, ordered)
        po = self.day_po.get(key)
        if po is None:
            keeper_id, keeper = self.storekeepers[day % len(self.storekeepers)]
            po = self.day_po[key] = (self._id(PurchaseOrder), self._number("receiving", day))
            self.w_po.add((po[0], self._number("purchase", ordered // DAY), supplier, PurchaseOrderStatus.COMPLETE,
                           self._ts(ordered),
                           keeper_id, self._ts(ordered), "急件" if urgent else "日常补货", 2, self._ts(minute), keeper))
        return po

    def _receive(self, minute: int, idx: int, qty: int, urgent: bool, ordered=None, next_delivery=None) -> None:
        """入库 against the purchase order to the part's supplier (routine or urgent). A routine line may
        come in two parts when the next delivery is before the data's clock stops."""
        day = minute // DAY
        supplier = self.p_supplier[idx]
        if ordered is None:
            ordered = minute - self._r(60, 300)
        po = self._purchase(minute, supplier, urgent, ordered)
        line_id = self._id(PurchaseOrderLine)
        # this year's price list; earlier years were a little cheaper
        unit_cost = round(self.p_base[idx] * max(0.8, 1 - 0.02 * (self.last_day - day) / 365) / 100) * 100
        self.w_po_line.add((line_id, po[0], self.p_id[idx], qty, qty, unit_cost))
        now_qty = qty
        if next_delivery is not None and qty >= 2000 and next_delivery <= self.now and self.random() < SPLIT_RATE:
            now_qty = qty // 2000 * 1000
            self.backorders.append((idx, qty - now_qty, line_id, unit_cost, supplier))
        self._stock_in(minute, idx, now_qty, unit_cost, "入库", po[1], line_id, supplier)
        if not urgent and self.p_whole[idx] and self.random() < DAMAGED_RATE:  # found on checking the delivery
            self._take(minute, idx, 1000, "退货", self._number("supplier_return", day), supplier=supplier,
                       reason=self._pick(("验收发现包装破损，退回供应商", "验收发现错发型号，退回供应商")))

    def _delivery(self, minute: int, ordered: int, next_delivery: int) -> None:
        """The routine order arrives: last delivery's missing quantities first, then every stocked part
        used since the last order back up to its order-up-to level."""
        day = minute // DAY
        late, self.backorders = self.backorders, []
        slips = {}
        for idx, qty, line_id, unit_cost, supplier in late:
            if supplier not in slips:
                slips[supplier] = self._number("receiving", day)
            self._stock_in(minute, idx, qty, unit_cost, "入库", slips[supplier], line_id, supplier, "分批到货")
        for idx in sorted(self.used):
            _safety, target = self._levels(idx)
            if self.p_on[idx] < target:
                self._receive(minute, idx, math.ceil((target - self.p_on[idx]) / 1000) * 1000, False, ordered,
                              next_delivery)
        self.used.clear()

    # -- issuing ------------------------------------------------------------------------------------
    def _issue(self, minute: int, order_id: int, line_id: int, idx: int, qty: int, ordered: bool) -> None:
        """领料出库 to a work-order line (qty > 0), or 退库 back from it (qty < 0)."""
        day = minute // DAY
        keeper = self.storekeepers[day % len(self.storekeepers)][0]
        if qty < 0:  # back at the cost it left with (its share of what the line took)
            taken_qty, taken_value = self.issued_value.pop(line_id)
            value = _half(taken_value * -qty, taken_qty)
            on, stock_value = self.p_on[idx] - qty, self.p_value[idx] + value
            self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value, minute
            self.p_cost[idx] = _half(stock_value * 100000, on)
            self.w_move.add((self._id(StockMovement), self.p_id[idx], MovementKind.RETURNED, -qty,
                             _half(value * 100000, -qty), value,
                             on, self._ts(minute), keeper, self._number("stock_return", day), order_id, line_id, None,
                             None, None, "多领退回"))
            return
        if ordered:
            self._receive(minute, idx, qty, True)  # ordered for this very job
        elif self.p_on[idx] < qty:
            _safety, target = self._levels(idx)
            self._receive(minute, idx, math.ceil((qty - self.p_on[idx] + target) / 1000) * 1000, True)
        key = (order_id, minute)
        document = self.day_docs.get(key)
        if document is None:
            document = self.day_docs[key] = self._number("outbound", day)
        special = self.p_special[idx]
        value = self._take(minute, idx, qty, "出库", document, order=order_id, line=line_id, user=keeper,
                           approved_by=self.manager[0] if special else None,
                           reason="特殊备件，经服务经理批准出库" if special else "")
        if line_id in self.issued_value:
            self.issued_value[line_id] = (qty, value)
        self.p_ema[idx] = self.p_ema[idx] * 0.97 ** (day - self.p_ema_day[idx]) + 0.03 * qty
        self.p_ema_day[idx] = day
        if self.p_tier[idx] in "AB":
            self.used.add(idx)

    def _day_stock_events(self, day: int) -> list:
        """The day's deliveries (kind 3) and, now and then, a breakage (kind 4), as events of the day
        loop, so that every movement is written in the order of its time."""
        events = []
        for k, (arrives, ordered) in enumerate(DELIVERIES):
            following = day * DAY + DELIVERIES[k + 1][0] if k + 1 < len(DELIVERIES) else (day + 1) * DAY + DELIVERIES[0][0]
            events.append((day * DAY + arrives, -1, 3, (day * DAY + ordered, following)))
        if self.random() < BREAKAGE_PER_DAY and self.fragile:
            minute = day * DAY + self._r(9 * 60, 17 * 60)
            if minute <= self.now:
                events.append((minute, -1, 4, self._pick(self.fragile)))
        return [e for e in events if e[0] <= self.now]

    def _breakage(self, minute: int, idx: int) -> None:
        """A bottle dropped in the warehouse: 调整, written off by the manager."""
        if self.p_on[idx] < 1000:
            return
        self._take(minute, idx, 1000, "调整", self._number("adjustment", minute // DAY), approved_by=self.manager[0],
                   user=self.manager[0], reason=self._pick(("搬运时跌落破损", "包装渗漏，无法使用")))
        self.used.add(idx)

    # -- the monthly count ---------------------------------------------------------------------------
    def _count(self, day: int) -> None:
        """盘点 on the month's last day after closing, with finance: every part on the shelf counted;
        fluids drawn by the litre come up a little short, now and then a piece is missing or found.
        The differences are posted with the manager's approval, as storage.parts.count.post_count does."""
        frozen, minute = day * DAY + 18 * 60 + 10, day * DAY + 19 * 60 + 30
        keeper_id = self.storekeepers[day % len(self.storekeepers)][0]
        count_id, number = self._id(StockCount), self._number("count", day)
        self.w_count.add((count_id, number, StockCountStatus.POSTED, "全盘", self._ts(frozen), keeper_id, self.manager[0],
                          self._ts(minute), 4, self._ts(minute), self.manager[1]))
        counted_at = self._ts(frozen + 40)
        for idx in range(len(self.p_id)):
            expected = self.p_on[idx]
            if expected <= 0:
                continue
            delta = 0
            draw = self.random()
            if not self.p_whole[idx]:
                if draw < 0.25:
                    delta = -min(expected, self._r(1, 5) * 100)
            elif draw < 0.004:
                delta = -1000
            elif draw < 0.006:
                delta = 1000
            self.w_count_line.add((self._id(StockCountLine), count_id, self.p_id[idx], self.p_bin[idx], expected,
                                   expected + delta, counted_at, keeper_id))
            self.p_counted[idx] = frozen + 40
            self.bins_counted[self.p_bin[idx]] = minute
            if not delta:
                continue
            reason = f"盘点 {number}：账 {_qty(expected)} 实 {_qty(expected + delta)}"
            if delta > 0:
                self._stock_in(minute, idx, delta, self.p_cost[idx], "盘点", number, None, None, reason,
                               user=keeper_id, approved_by=self.manager[0])
            else:
                self._take(minute, idx, -delta, "盘点", number, approved_by=self.manager[0], reason=reason,
                           user=keeper_id)

    def _open_purchase(self, plan) -> None:
        """The part the car waits for is on order with the manufacturer."""
        line = plan.wait[1]
        ordered = next(t[1] for t in plan.trans if t[0] == OrderStatus.AWAITING_PARTS)
        keeper_id, keeper = self.storekeepers[0]
        po_id = self._id(PurchaseOrder)
        self.w_po.add((po_id, self._number("purchase", ordered // DAY), self.p_supplier[line.part],
                       PurchaseOrderStatus.PLACED,
                       self._ts(ordered), keeper_id, self._ts(ordered), f"急件：工单 {plan.number}", 1,
                       self._ts(ordered), keeper))
        self.w_po_line.add((self._id(PurchaseOrderLine), po_id, self.p_id[line.part], line.qty, 0,
                            self.p_base[line.part]))


def _qty(milli: int) -> str:
    """3000 -> '3', 2500 -> '2.5': storage.parts.ledger.fmt_qty on the stored unit."""
    whole, rest = divmod(milli, 1000)
    return str(whole) if not rest else f"{whole}.{rest:03d}".rstrip("0")
