"""公司业务状况分析报告表 (seed 001 (17); seed 003 服务站站长: 定期掌握和分析售后服务各项业务数据 — 进厂台次、
营业额、毛利率、毛利、单台产值、工时收入、配件收入、返修率、保险收入、保修收入、客户满意度): one period's
figures against the period before it (环比) and the same period a year earlier (同比), with the
manager's written comment, which is kept.

The figures are statistics() of each period: the very function the manager's 统计报表 screen shows
(storage.reports.report), never a second computation. The periods are computed from the period
asked for, which itself is computed from a given day (default_period(today)): nothing reads the clock
here except through storage.models.now.

API
    periods_for(period) -> {"current", "previous", "last_year"}
    year_before(period) -> Period
    default_period(today=None) -> Period          the month holding `today`
    analysis(period, *, moment=None) -> dict       the rows, the three periods and the comment
    view(user, period) -> dict                      the same, for the manager's screen (reports.view)
    save_comment(user, period, version, comment) -> AnalysisComment   (version None: the first comment)
"""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from storage.models import AnalysisComment, now
from storage.plumbing.audit import record
from storage.plumbing.db import transaction
from storage.plumbing.locking import check_version, locked, save_versioned
from storage.reports.periods import Period, between, day, month, week
from storage.reports.statistics import statistics
from storage.rules.auth import require
from storage.rules.errors import ValidationError
from storage.rules.validation import clean_text
from storage.rules.vocabulary import Payer

MAX_COMMENT = 2000
# (key, label, unit, how a change is counted): "ratio" compares as a percentage of the earlier
# figure, "points" as the difference of two percentages (个百分点), "diff" as a plain difference.
ROWS = (
    ("cars_in", "进厂台次", "台", "ratio"),
    ("settlements", "结算台次", "台", "ratio"),
    ("revenue", "营业收入（实收）", "元", "ratio"),
    ("labour", "工时收入", "元", "ratio"),
    ("parts", "配件收入", "元", "ratio"),
    ("fees", "其他收入", "元", "ratio"),
    ("insurance", "保险收入（保险公司挂账）", "元", "ratio"),
    ("warranty", "保修收入（厂家索赔）", "元", "ratio"),
    ("average_ticket", "单台产值", "元", "ratio"),
    ("gross_margin", "毛利", "元", "ratio"),
    ("margin_percent", "毛利率", "%", "points"),
    ("hours_sold", "售出工时", "小时", "ratio"),
    ("rework_percent", "返修率", "%", "points"),
    ("satisfaction", "回访满意度（5 分制）", "分", "diff"),
    ("satisfied_percent", "满意率", "%", "points"),
    ("complaints", "新增投诉", "件", "ratio"),
)


def year_before(period: Period) -> Period:
    """The same period a year earlier: the same month, the same ISO week number (week 53 of a year
    that has none: week 52), the same day (29 February: the 28th), the same range of dates."""
    def back(value: dt.date) -> dt.date:
        try:
            return value.replace(year=value.year - 1)
        except ValueError:  # 29 February
            return value.replace(year=value.year - 1, day=28)

    try:
        if period.kind == "month":
            return month(period.start.year - 1, period.start.month)
        if period.kind == "week":
            year, number, _ = period.start.isocalendar()
            weeks = dt.date(year - 1, 12, 28).isocalendar()[1]
            return week(dt.date.fromisocalendar(year - 1, min(number, weeks), 1))
        if period.kind == "day":
            return day(back(period.start))
        return between(back(period.start), back(period.end))
    except (OverflowError, ValueError):
        raise ValidationError("超出了可以统计的日期范围。") from None


def periods_for(period: Period) -> dict:
    return {"current": period, "previous": period.shifted(-1), "last_year": year_before(period)}


def default_period(today: dt.date | None = None) -> Period:
    """The month holding `today` (the store's today when None): the report is written at month end
    (seed 001: 月报表月末一天下班前完成)."""
    today = today or now().date()
    return month(today.year, today.month)


def _payer(figures: dict, label: str) -> Decimal:
    return next(p["amount"] for p in figures["revenue"]["by_payer"] if p["payer"] == label)


def values_of(figures: dict) -> dict:
    """The analysis' figures out of one statistics() result."""
    revenue, margin = figures["revenue"], figures["margin"]
    return {
        "cars_in": figures["cars"]["in"], "settlements": revenue["settlements"], "revenue": revenue["total"],
        "labour": revenue["labour"], "parts": revenue["parts"], "fees": revenue["fees"],
        "insurance": _payer(figures, Payer.INSURER), "warranty": _payer(figures, Payer.WARRANTY),
        "average_ticket": revenue["average_ticket"], "gross_margin": margin["gross_margin"],
        "margin_percent": margin["gross_margin_percent"], "hours_sold": figures["hours_sold"],
        "rework_percent": figures["rework"]["rate_percent"], "satisfaction": figures["satisfaction"]["average"],
        "satisfied_percent": figures["satisfaction"]["satisfied_percent"],
        "complaints": figures["complaints"]["received"],
    }


def change(current, earlier, how: str) -> Decimal | None:
    """How `current` moved from `earlier`: a percentage of it ("ratio"), or the difference ("points",
    "diff"); None when either is missing or a ratio has nothing to divide by."""
    if current is None or earlier is None:
        return None
    current, earlier = Decimal(current), Decimal(earlier)
    if how == "ratio":
        if earlier == 0:
            return None
        return ((current - earlier) * 100 / earlier).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    step = Decimal("0.01") if how == "diff" else Decimal("0.1")
    return (current - earlier).quantize(step, rounding=ROUND_HALF_UP)


def analysis(period: Period, *, moment: dt.datetime | None = None) -> dict:
    """The rows of the form: each figure in the three periods, 环比 and 同比; and the comment kept."""
    moment = moment or now()
    periods = periods_for(period)
    values = {name: values_of(statistics(p, moment=moment)) for name, p in periods.items()}
    rows = []
    for key, label, unit, how in ROWS:
        cur, prev, last = (values[name][key] for name in ("current", "previous", "last_year"))
        rows.append({"key": key, "label": label, "unit": unit, "how": how, "current": cur, "previous": prev,
                     "last_year": last, "vs_previous": change(cur, prev, how), "vs_last_year": change(cur, last, how)})
    return {"periods": periods, "rows": rows, "generated_at": moment, "comment": comment_for(period)}


def view(user, period: Period) -> dict:
    """The analysis for the manager's screen (the same as printed)."""
    require(user, "reports.view")
    return analysis(period)


def comment_for(period: Period) -> dict:
    saved = AnalysisComment.get_or_none(AnalysisComment.period_key == period.key())
    if saved is None:
        return {"id": None, "version": None, "comment": "", "written_by": "", "written_at": None}
    return {"id": saved.id, "version": saved.version, "comment": saved.comment, "written_by": saved.written_by,
            "written_at": saved.written_at}


def save_comment(user, period: Period, version: int | None, comment: str) -> AnalysisComment:
    """Keep the manager's comment on the period (分析与措施). `version` is the one read with the
    analysis (None when there was none): a comment another PC saved meanwhile is not overwritten."""
    require(user, "reports.write")
    comment = clean_text(comment, "分析意见", max_length=MAX_COMMENT, field="comment")
    key = period.key()
    with transaction():
        saved = AnalysisComment.get_or_none(AnalysisComment.period_key == key)
        if saved is None:
            if version is not None:
                raise ValidationError("该期间的分析意见已被删除或从未保存，请重新打开后再写。")
            saved = AnalysisComment.create(period_key=key, comment=comment, written_by=user.display_name,
                                           written_at=now(), updated_by=user.display_name)
            record(user, "analysis.comment", saved, after={"period": key, "comment": comment})
        else:
            if version is None:
                raise ValidationError(f"{saved.written_by} 已于 {saved.written_at:%m-%d %H:%M} 写了该期间的分析意见，"
                                      "请重新打开后在其基础上修改。")
            saved = locked(AnalysisComment, saved.id, "该分析意见")
            check_version(saved, version)
            saved = save_versioned(user, saved, version, {"comment": comment, "written_by": user.display_name,
                                                          "written_at": now()}, action="analysis.comment")
    return saved
