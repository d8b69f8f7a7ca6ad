"""The manager's written forms (seed 001 (16)(17)): the comment on a period's business analysis
(公司业务状况分析报告表) and the market report (行业相关市场情况报告表). The figures themselves are
never stored: storage.reports computes them."""
import peewee

from storage.models.base import BaseModel, VersionedModel, now


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


class DailyFigure(BaseModel):
    """每日汇总: one day's figure for the manager's reports (storage.plumbing.daily says which figure
    each row is and how its keys and values read). Kept in the same transaction as the settlement,
    reversal, stock movement or order change that moves it; rebuilt from the raw rows by
    storage.plumbing.daily.rebuild() and checked against them by `check`."""

    figure = peewee.CharField(max_length=16)  # "m:" + figure: the month's row (its days added up)
    day = peewee.DateField()
    k1 = peewee.IntegerField(default=0)  # an advisor's or a team's id (0: none)
    k2 = peewee.CharField(max_length=64, default="")  # job type, line kind, movement kind, debtor kind
    k3 = peewee.CharField(max_length=64, default="")  # debtor
    n = peewee.BigIntegerField(default=0)
    v1 = peewee.BigIntegerField(default=0)
    v2 = peewee.BigIntegerField(default=0)
    v3 = peewee.BigIntegerField(default=0)
    v4 = peewee.BigIntegerField(default=0)
    v5 = peewee.BigIntegerField(default=0)
    v6 = peewee.BigIntegerField(default=0)
    v7 = peewee.BigIntegerField(default=0)
    v8 = peewee.BigIntegerField(default=0)
    v9 = peewee.BigIntegerField(default=0)
    events = peewee.BigIntegerField(default=0)  # the raw rows that made the figure, unsigned

    class Meta:
        table_name = "daily_figure"
        indexes = ((("figure", "day", "k1", "k2", "k3"), True),)
