"""How a report (storage.reports.report) fills the 统计报表 tab: the 经营概况 summary beside eight
tables (cars in by job type, revenue and margin, advisors, teams, quality and satisfaction, overdue
complaints, receivables, parts). Names of job types, payers and debtors are data and stay as stored."""
from html import escape

from PySide6.QtCore import QObject

from storage.rules.money import fmt
from ui.kit.format import NOTHING, money_text, number_text, percent_text
from ui.kit.labels import label
from ui.kit.tables import fill_table


class ReportTables(QObject):
    def __init__(self, ui, parent=None):
        super().__init__(parent)
        self.ui = ui

    def show(self, r: dict) -> None:
        self.ui.summaryLabel.setText(self.summary_html(r))
        self._jobs(r)
        self._revenue(r)
        self._advisors(r)
        self._teams(r)
        self._quality(r)
        self._complaints(r)
        self._receivables(r)
        self._parts(r)

    def summary_pairs(self, r: dict) -> list[tuple[str, str, bool]]:
        """(label, value, bold); a label starting with a space is a part of the line above."""
        revenue, margin, sat = r["revenue"], r["margin"], r["satisfaction"]
        return [
            (self.tr("进厂台次"), str(r["cars"]["in"]), True),
            (self.tr("结算台次"), str(revenue["settlements"]), False),
            (self.tr("交车台次"), str(r["cars"]["delivered"]), False),
            (self.tr("营业收入（实收）"), fmt(revenue["total"]), True),
            (" " + self.tr("工时收入"), fmt(revenue["labour"]), False),
            (" " + self.tr("材料收入"), fmt(revenue["parts"]), False),
            (" " + self.tr("其他收入"), fmt(revenue["fees"]), False),
            (self.tr("优惠合计"), fmt(revenue["discount"]), False),
            (self.tr("单车产值"), money_text(revenue["average_ticket"], blank=NOTHING), True),
            (self.tr("售出工时"), number_text(r["hours_sold"]), False),
            (self.tr("技师计件工资"), fmt(margin["labour_cost"]), False),
            (self.tr("毛利"), fmt(margin["gross_margin"]), True),
            (self.tr("毛利率"), percent_text(margin["gross_margin_percent"]), False),
            (self.tr("返修率"), percent_text(r["rework"]["rate_percent"]), False),
            (self.tr("回访满意度"), NOTHING if sat["average"] is None else self.tr("{score} 分").format(score=sat["average"]), False),
            (self.tr("满意率"), percent_text(sat["satisfied_percent"]), False),
            (self.tr("新增投诉 / 超时未答复"), f"{r['complaints']['received']} / {r['complaints']['overdue']}", False),
            (self.tr("挂账未收（当前）"), fmt(r["receivables"]["outstanding"]), False),
            (self.tr("库存金额（当前）"), fmt(r["parts"]["stock_value"]), False),
        ]

    def summary_html(self, r: dict) -> str:
        rows = "".join(
            f"<tr><td style='padding:2px 14px 2px {16 if label.startswith(' ') else 0}px'>"
            f"{'<b>' if bold else ''}{escape(label.strip())}{'</b>' if bold else ''}</td>"
            f"<td align='right'>{'<b>' if bold else ''}{escape(value)}{'</b>' if bold else ''}</td></tr>"
            for label, value, bold in self.summary_pairs(r))
        return f"<table style='font-size:13px'>{rows}</table>"

    def _jobs(self, r: dict) -> None:
        rows = [[label(j["job_type"]), j["count"], percent_text(j["percent"])] for j in r["cars"]["by_job"]]
        rows.append([self.tr("合计"), r["cars"]["in"], ""])
        fill_table(self.ui.jobsTable, [self.tr("维修类别"), self.tr("进厂台次"), self.tr("占比")], rows,
                   numeric={1, 2}, bold_rows={-1})

    def _revenue(self, r: dict) -> None:
        revenue, margin = r["revenue"], r["margin"]
        costs = {"工时": (margin["labour_cost"], margin["labour_margin"]), "材料": (margin["parts_cost"], margin["parts_margin"]),
                 "其他": (NOTHING, margin["fees"])}
        titles = {"工时": self.tr("工时费"), "材料": self.tr("材料费"), "其他": self.tr("其他费用")}
        rows = []
        for k in revenue["kinds"]:
            cost, gain = costs[k["kind"]]
            rows.append([titles[k["kind"]], fmt(k["amount"]), fmt(k["discount"]), fmt(k["net"]),
                         money_text(cost, blank=NOTHING) if cost is not NOTHING else NOTHING, fmt(gain)])
        rows.append([self.tr("合计"), fmt(revenue["gross"]), fmt(revenue["discount"]), fmt(revenue["total"]),
                     fmt(margin["cost"]), fmt(margin["gross_margin"])])
        total_row = len(rows) - 1
        for payer in revenue["by_payer"]:
            rows.append(["  " + self.tr("其中 {payer}").format(payer=payer["payer"]), "", "", fmt(payer["amount"]), "", ""])
        rows.append([self.tr("工时成本：计件 {hours} 工时 × {rate}").format(
            hours=number_text(margin["paid_hours"]), rate=fmt(margin["piece_rate"])), "", "", "", fmt(margin["labour_cost"]), ""])
        fill_table(self.ui.revenueTable, [self.tr("项目"), self.tr("原价"), self.tr("优惠"), self.tr("实收"), self.tr("成本"),
                                          self.tr("毛利")], rows, numeric={1, 2, 3, 4, 5}, bold_rows={total_row})

    def _advisors(self, r: dict) -> None:
        fill_table(self.ui.advisorsTable, [
            self.tr("服务顾问"), self.tr("进厂台次"), self.tr("结算台次"), self.tr("工时费"), self.tr("材料费"),
            self.tr("其他费用"), self.tr("优惠"), self.tr("产值（实收）"), self.tr("单车产值")],
            [[a["advisor"], a["cars_in"], a["settlements"], fmt(a["labour_total"]), fmt(a["parts_total"]), fmt(a["fees_total"]),
              fmt(a["discount_total"]), fmt(a["total"]), money_text(a["average"], blank=NOTHING)] for a in r["advisors"]],
            numeric=set(range(1, 9)))

    def _teams(self, r: dict) -> None:
        fill_table(self.ui.teamsTable, [self.tr("班组"), self.tr("售出工时"), self.tr("工时产值（实收）")],
                   [[t["team"], number_text(t["hours"]), fmt(t["labour"])] for t in r["teams"]], numeric={1, 2})

    def _quality(self, r: dict) -> None:
        rework, sat, comp = r["rework"], r["satisfaction"], r["complaints"]
        rows = [
            [self.tr("返修台次 / 交车台次"), f"{rework['comebacks']} / {rework['delivered']}"],
            [self.tr("返修率"), percent_text(rework["rate_percent"])],
            [self.tr("回访次数（接通）"), f"{sat['calls']}（{sat['reached']}）"],
            [self.tr("接通率"), percent_text(sat["reached_percent"])],
            *[[self.tr("{score} 分").format(score=score), str(n)] for score, n in sorted(sat["scores"].items(), reverse=True)],
            [self.tr("平均分"), NOTHING if sat["average"] is None else str(sat["average"])],
            [self.tr("满意率（4 分及以上）"), percent_text(sat["satisfied_percent"])],
            [self.tr("新增投诉"), str(comp["received"])],
            *[["  " + self.tr("来源：{source}").format(source=k), str(n)] for k, n in comp["by_source"].items()],
            *[["  " + self.tr("客户评价：{verdict}").format(verdict=k), str(n)] for k, n in comp["verdicts"].items()],
            [self.tr("未结投诉（当前）"), str(comp["open"])],
            [self.tr("超时未答复（当前）"), str(comp["overdue"])],
        ]
        fill_table(self.ui.qualityTable, [self.tr("项目"), self.tr("数值")], rows, numeric={1})

    def _complaints(self, r: dict) -> None:
        fill_table(self.ui.complaintsTable, [
            self.tr("投诉单号"), self.tr("客户"), self.tr("电话"), self.tr("受理时间"), self.tr("答复期限"),
            self.tr("超时（小时）"), self.tr("负责人"), self.tr("内容")],
            [[c["number"], c["customer"], c["phone"], f"{c['received_at']:%Y-%m-%d %H:%M}", f"{c['answer_due']:%Y-%m-%d %H:%M}",
              c["hours_late"], c["owner"], c["description"]] for c in r["complaints"]["overdue_list"]], numeric={5}, stretch=-1)

    def _receivables(self, r: dict) -> None:
        rec = r["receivables"]
        rows = [[d["debtor_kind"], d["debtor"], fmt(d["opened"]), fmt(d["collected"]), fmt(d["outstanding"]), d["open_count"]]
                for d in rec["debtors"]]
        rows.append([self.tr("合计"), "", fmt(rec["opened"]), fmt(rec["collected"]), fmt(rec["outstanding"]), ""])
        fill_table(self.ui.receivablesTable, [
            self.tr("类别"), self.tr("挂账方"), self.tr("本期新增"), self.tr("本期回款"), self.tr("当前未收"),
            self.tr("未收笔数")], rows, numeric={2, 3, 4, 5}, bold_rows={-1}, stretch=1)

    def _parts(self, r: dict) -> None:
        p = r["parts"]
        rows = [
            [self.tr("材料销售（实收）"), fmt(p["sales"])], [self.tr("销售成本"), fmt(p["cost_of_sales"])],
            [self.tr("入库金额"), fmt(p["received_value"])], ["  " + self.tr("其中按采购单"), fmt(p["received_po_value"])],
            [self.tr("出库金额"), fmt(p["issued_value"])], [self.tr("退库金额"), fmt(p["returned_value"])],
            [self.tr("净耗用金额"), fmt(p["used_value"])], [self.tr("退货金额"), fmt(p["sent_back_value"])],
            [self.tr("调整金额"), fmt(p["adjusted_value"])], [self.tr("盘点差异金额"), fmt(p["counted_value"])],
            [self.tr("当前库存金额"), fmt(p["stock_value"])], [self.tr("有库存品种"), str(p["stock_parts"])],
            *[["  " + self.tr("库存金额：{category}").format(category=c["key"]), fmt(c["value"])] for c in p["stock_by_category"]],
        ]
        fill_table(self.ui.partsTable, [self.tr("项目"), self.tr("金额")], rows, numeric={1})
