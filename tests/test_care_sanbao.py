"""三包: the rules on plain data (table-driven), then on the database: the car's position for
reception, the list of cars near a limit, and limits that may be stricter but never looser."""
import datetime as dt

import pytest

from storage import settings
from storage.care import sanbao
from storage.errors import ValidationError
from storage.models import Vehicle
from tests.care_helpers import family_car, quality_repair
from tests.factories import make_car

NOW = dt.datetime(2026, 11, 24, 15, 0)
LIMITS = {"valid": [2, 50000], "repair_period": [3, 60000], "safety": 2, "same": 4, "parts": 2, "days": 30, "spare": 5,
          "warn_days": 10, "safety_systems": ["转向", "制动", "燃油", "车身"], "main_parts": ["曲轴", "变速器总成"]}


def repair(days_ago, *, days=1, systems=("发动机",), parts=(), open_=False, km=10000, n=[0]):
    n[0] += 1
    opened = NOW - dt.timedelta(days=days_ago)
    return {"number": f"WO-{n[0]}", "opened_at": opened, "ended_at": None if open_ else opened + dt.timedelta(days=days, hours=-1),
            "mileage": km, "systems": set(systems), "main_parts": {(p, p) for p in parts}}


def car(bought_days_ago=300, km=20000):
    return {"purchase_date": (NOW - dt.timedelta(days=bought_days_ago)).date(), "last_mileage": km}


def found(status):
    return sorted((w["rule"], w["level"], w["key"]) for w in status["warnings"])


@pytest.mark.parametrize("repairs, expected", [
    ([], []),
    ([repair(200, systems=("制动",))], [("严重安全性能故障", "注意", "制动")]),
    ([repair(200, systems=("制动",)), repair(100, systems=("制动",))], [("严重安全性能故障", "已达到", "制动")]),
    ([repair(d) for d in (250, 200)], []),
    ([repair(d) for d in (250, 200, 150)], [("同一质量问题", "注意", "发动机")]),
    ([repair(d) for d in (250, 200, 150, 100)], [("同一质量问题", "已达到", "发动机")]),
    ([repair(d, systems=("发动机", "电气")) for d in (250, 200, 150)],
     [("同一质量问题", "注意", "发动机"), ("同一质量问题", "注意", "电气")]),
    ([repair(200, parts=("曲轴",))], [("主要零部件更换", "注意", "曲轴")]),
    ([repair(200, parts=("曲轴",)), repair(90, parts=("曲轴", "变速器总成"))],
     [("主要零部件更换", "已达到", "曲轴"), ("主要零部件更换", "注意", "变速器总成")]),
    ([repair(200, days=19)], []),
    ([repair(200, days=20)], [("累计修理天数", "注意", "")]),
    ([repair(200, days=12), repair(100, days=18, systems=("电气",))], [("累计修理天数", "已达到", "")]),
    ([repair(5, open_=True)], [("备用车", "注意", "WO-")]),
    ([repair(6, open_=True)], [("备用车", "已达到", "WO-")]),
])
def test_the_rules_warn_one_short_of_a_limit_and_when_it_is_reached(repairs, expected):
    status = sanbao.evaluate(car(), repairs, LIMITS, NOW)
    got = [(rule, level, "WO-" if rule == "备用车" else key) for rule, level, key in found(status)]
    assert got == sorted(expected)
    assert status["level"] == (max((e[1] for e in expected), key=sanbao.LEVELS.get) if expected else None)
    assert status["repairs"] == len([r for r in repairs])


def test_days_count_every_started_day_and_an_open_repair_runs_until_now():
    assert sanbao.repair_days(NOW, NOW + dt.timedelta(hours=3)) == 1
    assert sanbao.repair_days(NOW, NOW + dt.timedelta(hours=24)) == 1
    assert sanbao.repair_days(NOW, NOW + dt.timedelta(hours=25)) == 2
    status = sanbao.evaluate(car(), [repair(21, open_=True, systems=("电气",))], LIMITS, NOW)
    assert status["repair_days"] == 21 and ("累计修理天数", "注意", "") in found(status)


def test_early_serious_faults_and_first_week_main_parts_reach_the_limit_at_once():
    early = sanbao.evaluate(car(bought_days_ago=50, km=2000), [repair(10, systems=("转向",), km=1500)], LIMITS, NOW)
    assert ("60日内严重故障", "已达到", "转向") in found(early)
    late = sanbao.evaluate(car(bought_days_ago=50, km=4000), [repair(10, systems=("转向",), km=3500)], LIMITS, NOW)
    assert ("60日内严重故障", "已达到", "转向") not in found(late)
    week = sanbao.evaluate(car(bought_days_ago=20), [repair(15, parts=("变速器总成",))], LIMITS, NOW)
    assert ("7日内主要零件", "已达到", "变速器总成") in found(week)


def test_only_repairs_inside_the_sanbao_period_count_and_after_the_repair_period_nothing_applies():
    # bought 800 days ago: the 三包有效期 (2 years) is over, the 包修期 (3 years) is not
    old_repairs = [repair(d, systems=("制动",)) for d in (780, 760)] + [repair(6, open_=True)]
    status = sanbao.evaluate(car(bought_days_ago=800), old_repairs, LIMITS, NOW)
    assert (status["in_valid"], status["in_period"]) == (False, True)
    assert [w["rule"] for w in status["warnings"]] == ["备用车"]
    # the repairs in the first two years still count, those after do not
    counted = sanbao.evaluate(car(bought_days_ago=800), [repair(790, systems=("制动",)), repair(50, systems=("制动",))],
                              LIMITS, NOW)
    assert counted["repairs"] == 1
    gone = sanbao.evaluate(car(bought_days_ago=1200), [repair(6, open_=True)], LIMITS, NOW)
    assert gone["warnings"] == [] and not gone["in_period"]
    # the odometer ends the periods too
    assert not sanbao.evaluate(car(km=61000), [], LIMITS, NOW)["in_period"]


def test_the_car_at_reception_shows_its_warnings(users, advisor):
    vehicle = family_car(advisor)
    quality_repair(advisor, vehicle, system="制动", opened_days_ago=150, days=2)
    quality_repair(advisor, vehicle, system="发动机", opened_days_ago=90, days=3, part_name="曲轴")
    quality_repair(advisor, vehicle, system="转向", opened_days_ago=30, days=1, payer="客户")  # not a quality repair
    status = sanbao.vehicle_status(advisor, vehicle.id)
    assert (status["repairs"], status["repair_days"], status["in_valid"]) == (2, 5, True)
    assert sorted((w["rule"], w["key"]) for w in status["warnings"]) == [("严重安全性能故障", "制动"), ("主要零部件更换", "曲轴")]
    assert [w["level"] for w in sanbao.warnings_for_vehicle(advisor, vehicle.id)] == ["注意", "注意"]
    quality_repair(advisor, vehicle, system="制动", opened_days_ago=10, days=1)
    assert sanbao.warnings_for_vehicle(advisor, vehicle.id)[0]["text"] == "严重安全性能故障（制动）已修理 2 次（上限 2 次）"


@pytest.mark.parametrize("change", [{"family_car": False}, {"purchase_date": None},
                                    {"purchase_date": dt.date.today() - dt.timedelta(days=4 * 365)}])
def test_a_car_the_rules_do_not_cover_has_no_status(advisor, change):
    vehicle = family_car(advisor)
    quality_repair(advisor, vehicle, system="制动", opened_days_ago=20)
    Vehicle.update(**change).where(Vehicle.id == vehicle.id).execute()
    assert sanbao.vehicle_status(advisor, vehicle.id) is None


def test_cars_near_limits_page_through_the_candidates(users, advisor):
    flagged = []
    for index in range(5):
        vehicle = family_car(advisor)
        quality_repair(advisor, vehicle, system="制动", opened_days_ago=40 + index)
        flagged.append(vehicle.id)
        calm = family_car(advisor)
        quality_repair(advisor, calm, system="电气", opened_days_ago=40)
    reached = family_car(advisor)
    for days_ago in (100, 50):
        quality_repair(advisor, reached, system="制动", opened_days_ago=days_ago)
    here = family_car(advisor)
    quality_repair(advisor, here, system="电气", opened_days_ago=7, delivered=False)
    seen, cursor = [], None
    while True:
        rows, cursor = sanbao.cars_near_limits(advisor, cursor=cursor, limit=2)
        seen += [r["vehicle_id"] for r in rows]
        if cursor is None:
            break
    assert seen == sorted(flagged + [reached.id, here.id])
    serious, _ = sanbao.cars_near_limits(advisor, level="已达到")
    assert {r["vehicle_id"] for r in serious} == {reached.id, here.id}
    make_car(advisor)  # a car without repairs is never a candidate
    assert len(sanbao.cars_near_limits(advisor)[0]) == 7


@pytest.mark.parametrize("key, value, allowed", [
    ("sanbao.repair_days", 25, True), ("sanbao.repair_days", 35, False),
    ("sanbao.same_fault_repairs", 3, True), ("sanbao.same_fault_repairs", 5, False),
    ("sanbao.safety_repairs", 3, False), ("sanbao.spare_car_days", 6, False),
    ("sanbao.valid", [3, 60000], True), ("sanbao.valid", [2, 40000], False), ("sanbao.repair_period", [2, 60000], False),
    ("sanbao.warn_days_before", 15, True), ("sanbao.warn_days_before", 0, False), ("sanbao.safety_systems", [], False),
    ("care.max_call_attempts", "五", False), ("care.high_value_amount", "-1", False),
])
def test_limits_may_be_stricter_than_the_regulation_never_looser(manager, key, value, allowed):
    if allowed:
        settings.put(manager, key, value)
        assert settings.get(key) == value
    else:
        with pytest.raises(ValidationError):
            settings.put(manager, key, value)
        assert settings.get(key) == settings.DEFAULTS[key][0]


def test_a_stricter_limit_warns_earlier(manager, advisor):
    vehicle = family_car(advisor)
    for days_ago in (200, 100):
        quality_repair(advisor, vehicle, system="电气", opened_days_ago=days_ago)
    assert sanbao.vehicle_status(advisor, vehicle.id)["warnings"] == []
    settings.put(manager, "sanbao.same_fault_repairs", 3)
    assert [w["level"] for w in sanbao.warnings_for_vehicle(advisor, vehicle.id)] == ["注意"]
