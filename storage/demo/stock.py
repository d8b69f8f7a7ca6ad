"""The stock ledger: opening stock, receipts against purchase orders, issues to work-order lines and
returns, and the daily replenishment order.

Each movement follows storage.parts.ledger.post exactly: a receipt is worth qty × unit cost and
sets the moving average (stock value / on hand, four decimals); a take leaves at its share of
the stock value and keeps the average; the last unit out takes all that is left."""
import math

from ..models import PurchaseOrder, PurchaseOrderLine, StockMovement
from .common import DAY, _half


class StockLedger:
    """Part of _Generator: every stock movement, with the parts' running on-hand and value."""

    def setup_stock(self) -> None:
        rng, n = self.rng, len(self.p_id)
        self.p_base = list(self.p_cost)
        self.p_on, self.p_value = [0] * n, [0] * n
        self.p_ema, self.p_ema_day, self.p_last = [0.0] * n, [0] * n, [None] * n
        self.issued_value = {}  # line id -> value taken, for a return that follows
        self.used = set()
        usage = max(0.25, self.p.orders_per_day / 40)
        minute = -DAY + 20 * 60
        for idx in range(n):
            tier = self.p_tier[idx]
            units = {"A": 12 * usage, "B": 4 * usage}.get(tier) or (rng.random() < (0.5 if tier == "C" else 0.1))
            qty = math.ceil(units * (1 if self.p_whole[idx] else 20)) * 1000
            self.p_ema[idx] = qty / 7
            if qty:
                self._stock_in(minute, idx, qty, self.p_cost[idx], "期初", "期初库存", None, None, "系统上线期初库存")

    def _stock_in(self, minute, idx, qty, unit_cost, kind, document, purchase_line, supplier, reason="") -> None:
        value = _half(qty * unit_cost, 100000)
        on, stock_value = self.p_on[idx] + qty, self.p_value[idx] + value
        self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value, minute
        self.p_cost[idx] = _half(stock_value * 100000, on)
        self.w_move.add((self._id(StockMovement), self.p_id[idx], kind, qty, unit_cost, value, on, self._ts(minute),
                         self.storekeepers[(minute // DAY) % len(self.storekeepers)][0], document, None, None,
                         purchase_line, supplier, None, reason))

    def _levels(self, idx: int):
        """Safety stock and order-up-to level (milli-units) from the part's recent daily use."""
        tier = self.p_tier[idx]
        if tier in "CT":
            return 0, 0
        least = 2000 if tier == "A" else 1000
        safety = max(least, math.ceil(self.p_ema[idx] * 2 / 1000) * 1000)
        return safety, max(2 * least, math.ceil(self.p_ema[idx] * 7 / 1000) * 1000)

    def _receive(self, minute: int, idx: int, qty: int, urgent: bool) -> None:
        """入库 against the day's purchase order to the part's supplier (routine or urgent)."""
        day = minute // DAY
        supplier = self.p_supplier[idx]
        po = self.day_po.get((supplier, urgent))
        if po is None:
            keeper_id, keeper = self.storekeepers[day % len(self.storekeepers)]
            ordered = minute - self._r(60, 300) if urgent else (day - 1) * DAY + 17 * 60 + 30
            po = self.day_po[(supplier, urgent)] = (self._id(PurchaseOrder), self._number("receiving", day))
            self.w_po.add((po[0], self._number("purchase", ordered // DAY), supplier, "已完成", self._ts(ordered),
                           keeper_id, self._ts(ordered), "急件" if urgent else "日常补货", 2, self._ts(minute), keeper))
        line_id = self._id(PurchaseOrderLine)
        # this year's price list; earlier years were a little cheaper
        unit_cost = round(self.p_base[idx] * max(0.8, 1 - 0.02 * (self.last_day - day) / 365) / 100) * 100
        self.w_po_line.add((line_id, po[0], self.p_id[idx], qty, qty, unit_cost))
        self._stock_in(minute, idx, qty, unit_cost, "入库", po[1], line_id, supplier)

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
            self.w_move.add((self._id(StockMovement), self.p_id[idx], "退库", -qty, _half(value * 100000, -qty), value,
                             on, self._ts(minute), keeper, self._number("stock_return", day), order_id, line_id, None,
                             None, None, "多领退回"))
            return
        if ordered:
            self._receive(minute, idx, qty, True)  # ordered for this very job
        elif self.p_on[idx] < qty:
            _safety, target = self._levels(idx)
            self._receive(minute, idx, math.ceil((qty - self.p_on[idx] + target) / 1000) * 1000, True)
        before, stock_value = self.p_on[idx], self.p_value[idx]
        on = before - qty
        value = stock_value if on == 0 else min(_half(stock_value * qty, before), stock_value)
        self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value - value, minute
        if line_id in self.issued_value:
            self.issued_value[line_id] = (qty, value)
        self.p_ema[idx] = self.p_ema[idx] * 0.97 ** (day - self.p_ema_day[idx]) + 0.03 * qty
        self.p_ema_day[idx] = day
        key = (order_id, minute)
        document = self.day_docs.get(key)
        if document is None:
            document = self.day_docs[key] = self._number("outbound", day)
        special = self.p_special[idx]
        self.w_move.add((self._id(StockMovement), self.p_id[idx], "出库", -qty, self.p_cost[idx], -value, on,
                         self._ts(minute), keeper, document, order_id, line_id, None, None,
                         self.manager[0] if special else None, "特殊备件，经服务经理批准出库" if special else ""))
        if self.p_tier[idx] in "AB":
            self.used.add(idx)

    def _morning_delivery(self, day: int) -> None:
        """The daily stock order to the manufacturer: what the stocked parts lost yesterday arrives
        this morning, back up to their order-up-to level."""
        minute = day * DAY + 8 * 60
        for idx in sorted(self.used):
            _safety, target = self._levels(idx)
            if self.p_on[idx] < target:
                self._receive(minute, idx, math.ceil((target - self.p_on[idx]) / 1000) * 1000, False)
        self.used.clear()

    def _open_purchase(self, plan) -> None:
        """The part the car waits for is on order with the manufacturer."""
        line = plan.wait[1]
        ordered = next(t[1] for t in plan.trans if t[0] == "待料")
        keeper_id, keeper = self.storekeepers[0]
        po_id = self._id(PurchaseOrder)
        self.w_po.add((po_id, self._number("purchase", ordered // DAY), self.p_supplier[line.part], "已下单",
                       self._ts(ordered), keeper_id, self._ts(ordered), f"急件：工单 {plan.number}", 1,
                       self._ts(ordered), keeper))
        self.w_po_line.add((self._id(PurchaseOrderLine), po_id, self.p_id[line.part], line.qty, 0,
                            self.p_base[line.part]))
