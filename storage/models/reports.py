"""The manager's written forms (seed 001 (16)(17)): the comment on a period's business analysis
(公司业务状况分析报告表) and the market report (行业相关市场情况报告表). The figures themselves are
never stored: storage.reports computes them."""
import peewee

from .base import VersionedModel, now


class AnalysisComment(VersionedModel):
    """The manager's comment on the business analysis of one period (its key: 2026-11, 2026-W48…)."""

    LABEL = "业务状况分析"
    period_key = peewee.CharField(max_length=32, unique=True)
    comment = peewee.TextField(default="")
    written_by = peewee.CharField(max_length=64, default="")
    written_at = peewee.DateTimeField(default=now)


class MarketReport(VersionedModel):
    """行业相关市场情况报告表 for one month: the local market, the competitors (a JSON list of rows),
    what customers ask for, the maker's policy and the industry, and what the store should do."""

    LABEL = "市场情况报告"
    number = peewee.CharField(max_length=20, unique=True)  # the month it reports on: 2026-11
    overview = peewee.TextField(default="")
    competitors = peewee.TextField(default="")  # JSON [{name, kind, labour_rate, service_price, activity, note}]
    demand = peewee.TextField(default="")
    policy = peewee.TextField(default="")
    suggestions = peewee.TextField(default="")
    written_by = peewee.CharField(max_length=64, default="")
    written_at = peewee.DateTimeField(default=now)
