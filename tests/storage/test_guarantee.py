"""Quality-guarantee periods (质量保证期) of 机动车维修管理规定: every kind of repair, edge dates,
what the store may grant, which lines are not guaranteed."""
import datetime as dt
import json

import pytest

from storage.models import Setting
from storage.rules import guarantee, settings
from storage.rules.errors import ValidationError

D = dt.date

# kind -> the legal minimum (days, km), straight from the regulation's text.
LEGAL = {
    "整车修理": (100, 20000),
    "总成修理": (100, 20000),
    "二级维护": (30, 5000),
    "一级维护": (10, 2000),
    "小修": (10, 2000),
    "专项修理": (10, 2000),
}


def test_every_kind_is_covered_by_the_table():
    assert set(LEGAL) == set(guarantee.KINDS)


@pytest.mark.parametrize("kind", list(LEGAL))
def test_default_period_is_the_legal_minimum(db, kind):
    assert guarantee.legal_minimum(kind) == LEGAL[kind]
    assert guarantee.period(kind) == LEGAL[kind]


@pytest.mark.parametrize(
    "kind, delivered, mileage, ends_on, end_km",
    [
        ("整车修理", D(2026, 11, 24), 35000, D(2027, 3, 4), 55000),
        ("总成修理", D(2026, 1, 1), 0, D(2026, 4, 11), 20000),
        ("二级维护", D(2026, 11, 24), 12345, D(2026, 12, 24), 17345),
        ("一级维护", D(2026, 12, 25), 8000, D(2027, 1, 4), 10000),  # over the new year
        ("小修", D(2028, 2, 20), 100, D(2028, 3, 1), 2100),  # leap year: 29 Feb counts
        ("专项修理", D(2027, 2, 20), 100, D(2027, 3, 2), 2100),  # no 29 Feb
    ],
)
def test_period_ends_counting_from_the_day_after_delivery(db, kind, delivered, mileage, ends_on, end_km):
    terms = guarantee.terms(kind, delivered, mileage)
    assert (terms.starts_on, terms.ends_on) == (delivered, ends_on)
    assert (terms.start_km, terms.end_km) == (mileage, end_km)
    assert (terms.ends_on - delivered).days == LEGAL[kind][0]


@pytest.mark.parametrize(
    "on, km, covered",
    [
        (D(2026, 11, 24), 15000, True),  # the delivery day itself
        (D(2026, 12, 4), 15000, True),  # the last day
        (D(2026, 12, 5), 15000, False),  # the day after
        (D(2026, 11, 30), 17000, True),  # exactly the last kilometre
        (D(2026, 11, 30), 17001, False),  # kilometres run out first
        (D(2026, 12, 5), 15100, False),  # days run out first
        (D(2026, 11, 23), 15000, False),  # before the car left: not this guarantee
    ],
)
def test_whichever_comes_first(db, on, km, covered):
    terms = guarantee.terms("小修", D(2026, 11, 24), 15000)
    assert terms.covers(on, km) is covered


def test_the_store_may_grant_more_and_the_card_says_so(db, admin):
    settings.put(admin, "guarantee.二级维护", [60, 8000])
    assert guarantee.period("二级维护") == (60, 8000)
    assert guarantee.period("一级维护") == (10, 2000)
    terms = guarantee.terms("二级维护", D(2026, 11, 24), 1000)
    assert terms.ends_on == D(2027, 1, 23) and terms.end_km == 9000
    text = terms.describe()
    assert "60 日" in text and "8,000 公里" in text and "2027年01月23日" in text and "以先达到者为准" in text


def test_the_store_may_not_grant_less(db, admin):
    with pytest.raises(ValidationError, match="不得低于法定最低标准"):
        settings.put(admin, "guarantee.整车修理", [90, 20000])
    # Even a value written behind the program's back never lowers the period below the law.
    Setting.create(key="guarantee.一级维护", value=json.dumps([5, 20000]))
    assert guarantee.period("小修") == (10, 20000)


def test_unknown_kind_is_refused(db):
    with pytest.raises(ValidationError, match="未知的维修类别"):
        guarantee.period("大保养")


@pytest.mark.parametrize(
    "job_type, labour, redone, expected",
    [
        ("保养", ["更换机油机滤"], None, "一级维护"),
        ("保养", ["二级维护 全车检查"], None, "二级维护"),
        ("一般维修", ["更换刹车片"], None, "小修"),
        ("一般维修", ["发动机大修"], None, "总成修理"),
        ("一般维修", ["变速箱总成修理"], None, "总成修理"),
        ("一般维修", ["整车大修"], None, "整车修理"),
        ("事故车", ["前保险杠钣金", "喷漆"], None, "专项修理"),
        ("保修索赔", ["更换水泵"], None, "小修"),
        ("内部", ["新车检查"], None, "小修"),
        ("返修", ["检查异响"], "总成修理", "总成修理"),
        ("返修", ["检查异响"], None, "小修"),
        ("返修", ["检查异响"], "", "小修"),
    ],
)
def test_kind_of_repair_from_the_order(job_type, labour, redone, expected):
    assert guarantee.suggest_kind(job_type, labour, redone_kind=redone) == expected


def test_every_job_type_has_a_kind():
    from storage.models import JOB_TYPES

    assert set(guarantee.JOB_TYPE_KIND) == set(JOB_TYPES)
    assert set(guarantee.JOB_TYPE_KIND.values()) <= set(guarantee.KINDS)


@pytest.mark.parametrize(
    "kind, supplied, genuine, insisted, expected",
    [
        ("材料", False, True, False, (True, "")),
        ("材料", True, True, False, (False, "客户自带配件")),
        ("材料", True, False, True, (False, "客户自带配件")),
        ("材料", False, False, True, (False, "客户坚持使用副厂件")),
        ("材料", False, False, False, (True, "")),  # aftermarket the store chose: the store stands by it
        ("工时", True, False, True, (True, "")),  # fitting work stays guaranteed
        ("其他", False, False, True, (True, "")),
    ],
)
def test_which_lines_are_not_guaranteed(kind, supplied, genuine, insisted, expected):
    assert guarantee.line_guarantee(kind, supplied_by_customer=supplied, genuine=genuine, aftermarket_insisted=insisted) == expected
