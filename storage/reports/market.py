"""行业相关市场情况报告表 (seed 001 (16); seed 003 服务站站长: 负责定期收集、分析和反馈本地区竞争对手的市场
信息，制订相应的服务营销方案; 前台主管: 汇总、统计、分析各种质量信息、技术信息和本地竞争对手信息; seed 001
跟踪服务: 要善于在交谈中了解相关市场信息，发现潜在维修服务消费需求，并及时向业务主管汇报).

One report a month, written by the manager and kept: the local market (保有量, 新车销售, 季节), the
competitors nearby (name, kind, labour rate, a service price, their current offers), what customers
ask for (the demand the care desk heard), the maker's policy and the industry, and the measures the
store takes. Printed as printing.market_report.

API
    save_report(user, month_key, version, *, overview, competitors, demand, policy, suggestions) -> MarketReport
        version None creates the month's report; otherwise the version read (a stale save is refused)
    get_report(month_key) -> dict          (NotFound for a month without one)
    report_list(*, after=None, limit=24) -> (rows, cursor)   newest month first
    newest_number() -> str | None
"""
import json

from storage.models import MarketReport, now
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.plumbing.paging import keyset_page
from storage.reports.periods import parse
from storage.rules.auth import require
from storage.rules.errors import NotFound, ValidationError
from storage.rules.money import money
from storage.rules.validation import clean_text

COMPETITOR_KINDS = ("同品牌4S店", "其他品牌4S店", "连锁快修", "综合修理厂", "其他")
MAX_COMPETITORS = 12
TEXT_FIELDS = (("overview", "市场概况"), ("demand", "客户需求与潜在业务"), ("policy", "厂家政策与行业动态"),
               ("suggestions", "对策与建议"))


def month_key(text: str) -> str:
    """A month as typed (2026-11, 202611) → 2026-11; a day, week or range is refused."""
    typed = (text or "").strip()
    if not typed:
        raise ValidationError("请填写报告月份（如 2026-11）。", field="month")
    period = parse(typed)
    if period.kind != "month":
        raise ValidationError(f"市场情况报告按月填写：请输入月份（如 2026-11），“{typed}”不是月份。", field="month")
    if period.start > now().date():
        raise ValidationError(f"{period.key()} 还没有到，不能填写该月的市场情况报告。", field="month")
    return period.key()


def _money_or_blank(value, label: str, index: int):
    if value in (None, ""):
        return ""
    amount = money(value, field=label)
    if amount < 0:
        raise ValidationError(f"第 {index} 家竞争对手的{label}不能为负数。", field="competitors")
    return str(amount)


def clean_competitors(rows) -> list[dict]:
    """The competitor rows as kept: a name each, a known kind, prices as money or blank."""
    rows = [r for r in (rows or []) if any(str(v or "").strip() for v in r.values())]
    if len(rows) > MAX_COMPETITORS:
        raise ValidationError(f"最多填写 {MAX_COMPETITORS} 家竞争对手。", field="competitors")
    cleaned = []
    for index, row in enumerate(rows, 1):
        name = clean_text(row.get("name"), f"第 {index} 家竞争对手的名称", max_length=40, field="competitors")
        kind = (row.get("kind") or "其他").strip()
        if kind not in COMPETITOR_KINDS:
            raise ValidationError(f"竞争对手类型只能是：{'、'.join(COMPETITOR_KINDS)}。", field="competitors")
        cleaned.append({
            "name": name, "kind": kind,
            "labour_rate": _money_or_blank(row.get("labour_rate"), "工时单价", index),
            "service_price": _money_or_blank(row.get("service_price"), "常规保养价", index),
            "activity": clean_text(row.get("activity"), "促销活动", max_length=200, required=False, field="competitors"),
            "note": clean_text(row.get("note"), "备注", max_length=200, required=False, field="competitors"),
        })
    return cleaned


def save_report(user, month: str, version: int | None, *, overview: str = "", competitors=(), demand: str = "",
                policy: str = "", suggestions: str = "") -> MarketReport:
    """Write or change the month's report. Something must be said about the market and the measures."""
    require(user, "reports.write")
    key = month_key(month)
    given = {"overview": overview, "demand": demand, "policy": policy, "suggestions": suggestions}
    values = {}
    for field, label in TEXT_FIELDS:
        values[field] = clean_text(given[field], label, max_length=2000,
                                   required=field in ("overview", "suggestions"), field=field)
    values["competitors"] = json.dumps(clean_competitors(competitors), ensure_ascii=False)
    values.update(written_by=user.display_name, written_at=now())
    with transaction():
        saved = MarketReport.get_or_none(MarketReport.number == key)
        if saved is None:
            if version is not None:
                raise ValidationError(f"{key} 的市场情况报告已不存在，请重新打开。")
            saved = MarketReport.create(number=key, updated_by=user.display_name, **values)
            record(user, "market_report.create", saved, after={"month": key})
        else:
            if version is None:
                raise ValidationError(f"{saved.written_by} 已于 {saved.written_at:%m-%d %H:%M} 填写了 {key} 的市场情况报告，"
                                      "请打开后在其基础上修改。", field="month")
            saved = locked(MarketReport, saved.id, "该市场情况报告")
            check_version(saved, version)
            saved = save_versioned(user, saved, version, values, action="market_report.update")
    return saved


def _as_dict(report: MarketReport) -> dict:
    return {"id": report.id, "version": report.version, "number": report.number, "overview": report.overview,
            "competitors": json.loads(report.competitors or "[]"), "demand": report.demand, "policy": report.policy,
            "suggestions": report.suggestions, "written_by": report.written_by, "written_at": report.written_at}


def get_report(month: str) -> dict:
    typed = (month or "").strip()
    period = parse(typed)
    report = MarketReport.get_or_none(MarketReport.number == period.key()) if period.kind == "month" else None
    if report is None:
        raise NotFound(f"找不到 {typed} 的市场情况报告。")
    return _as_dict(report)


def report_list(*, after=None, limit: int = 24):
    """The reports kept, newest month first (keyset on the month key)."""
    found, after = keyset_page(MarketReport.select(), [MarketReport.number], after, limit, descending=True)
    return [_as_dict(r) for r in found], after


def newest_number() -> str | None:
    newest = MarketReport.select(MarketReport.number).order_by(MarketReport.number.desc()).first()
    return newest.number if newest else None
