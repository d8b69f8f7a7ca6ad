"""行业相关市场情况报告表 (seed 001 (16); seed 003 服务站站长: 负责定期收集、分析和反馈本地区竞争对手的市场
信息，制订相应的服务营销方案并组织实施): the manager's monthly report as kept (storage.reports.market) —
the local market, the competitors nearby with their prices and offers, what customers ask for, the
maker's policy and the industry, and the store's measures. Signed by who filled it, the service
manager and the general manager.

NUMBER is the month (2026-11); without it, the newest report kept."""
import datetime as dt

from printing.base import Column, Document, build_pdf, gap, info_grid, items_table, section, signature_lines, text
from printing.registry import DocumentKind
from storage.reports import market
from storage.rules.errors import NotFound

SIGNATURES = ("填报人", "服务经理", "总经理")


def latest_number() -> str | None:
    return market.newest_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    typed = (number or "").strip() or latest_number()
    if not typed:
        raise NotFound("还没有填写任何市场情况报告，无法打印。")
    report = market.get_report(typed)
    doc = Document(title=DOCUMENT.label, number=report["number"], number_label="报告月份", paper=DOCUMENT.paper, barcode=False,
                   story=lambda sheet: story(sheet, report))
    build_pdf(doc, DOCUMENT.paper, out, copies=copies)


def story(sheet, r: dict) -> list:
    flow = [info_grid(sheet, [
        ("报告月份", r["number"]), ("填报人", r["written_by"]), ("填报时间", text(r["written_at"])),
    ], columns=3)]
    flow += [section(sheet, "一、本地区市场概况（保有量、新车销售、季节与需求变化）"),
             info_grid(sheet, [("市场概况", r["overview"] or "", 1)], columns=1)]
    columns = [Column("序", 7, "center"), Column("名称", 34), Column("类型", 22, "center"),
               Column("工时单价", 20, "money"), Column("常规保养价", 22, "money"), Column("促销活动", 47), Column("备注", 28)]
    flow += [section(sheet, "二、竞争对手情况"), items_table(sheet, columns, [
        [i, c["name"], c["kind"], c["labour_rate"] or None, c["service_price"] or None, c["activity"], c["note"]]
        for i, c in enumerate(r["competitors"], 1)], empty="（未填写竞争对手）")]
    flow += [section(sheet, "三、客户需求与潜在业务（回访、接待中了解的市场信息）"),
             info_grid(sheet, [("客户需求", r["demand"] or "", 1)], columns=1)]
    flow += [section(sheet, "四、厂家政策与行业动态"), info_grid(sheet, [("政策动态", r["policy"] or "", 1)], columns=1)]
    last = info_grid(sheet, [("对策建议", r["suggestions"] or "", 1)], columns=1)
    flow += [section(sheet, "五、对策与建议（服务营销方案）"), last, gap(8), signature_lines(sheet, SIGNATURES)]
    return flow


def sample(lines: int) -> Document:
    """The report with `lines` competitors and texts `lines` sentences long (layout checks; no database)."""
    words = lambda what: "".join(f"{what}（第 {i} 条）。" for i in range(1, lines + 1))  # noqa: E731
    report = {
        "number": "2026-11", "written_by": "王经理", "written_at": dt.datetime(2026, 11, 30, 16, 0),
        "overview": words("本区私家车保有量约 12 万辆，入冬后电瓶、轮胎需求上升"),
        "competitors": [{"name": f"城东快修连锁第 {i} 店", "kind": "连锁快修", "labour_rate": "80.00",
                         "service_price": "399.00", "activity": "冬季保养套餐 299 元，送玻璃水", "note": "距本店 3 公里"}
                        for i in range(1, lines + 1)],
        "demand": words("客户询问冬季检测和轮胎更换"), "policy": words("厂家延保政策调整"),
        "suggestions": words("推出冬季免费检测周，保养套餐价与连锁快修对齐"),
    }
    return Document(title=DOCUMENT.label, number="2026-11", number_label="报告月份", paper=DOCUMENT.paper, barcode=False,
                    store={"name": "示例汽车销售服务有限公司"}, story=lambda sheet: story(sheet, report))


DOCUMENT = DocumentKind(kind="market-report", label="行业相关市场情况报告表", paper="a4", render=render)
