"""The archive look-up (查档案): every way people type a car or a customer, what each hit carries
(and what the selected hit adds), the index kept in sync, and a fixed number of queries whatever
the number of hits, on plans that read the small hot sets rather than one cold page per hit."""
import datetime as dt

import pytest

from storage.models import Appointment, Complaint, Reminder, Suggestion, Vehicle, WorkOrder, now
from storage.plumbing.db import database, is_sqlite
from storage.reception import archive, lookup_details, search
from storage.rules import auth
from tests.factories import make_order

VIN = "LFV2A21K6E4123456"  # check digit 6


@pytest.fixture
def archive_rows(advisor, model):
    """Three customers: one with two cars, one with a car and a landline, one with no car yet."""
    zhang = archive.create_customer(advisor, name="张三丰", phone="13812345678")
    first = archive.create_vehicle(advisor, zhang.id, plate="京A12345", vin=VIN, model=model.id)
    second = archive.create_vehicle(advisor, zhang.id, plate="京AD98765")
    li = archive.create_customer(advisor, name="李四", phone="010-88886666")
    third = archive.create_vehicle(advisor, li.id, plate="沪B8K2L9")
    wang = archive.create_customer(advisor, name="王五", phone="13700005678")
    return {"zhang": zhang, "li": li, "wang": wang, "first": first, "second": second, "third": third}


def found(user, text, **kw):
    hits, _ = search.lookup(user, text, **kw)
    return [(h.plate or None, h.owner) for h in hits]


@pytest.mark.parametrize("text, expected", [
    ("京A12345", [("京A12345", "张三丰")]),  # the whole plate
    ("京a 12345", [("京A12345", "张三丰")]),  # as typed in a hurry
    ("ｊ", []),
    ("2345", [("京A12345", "张三丰")]),  # people say the last digits
    ("45", [("京A12345", "张三丰")]),  # two digits: the end of a plate or a phone
    ("A123", [("京A12345", "张三丰")]),  # any part of a plate
    ("8K2L", [("沪B8K2L9", "李四")]),
    ("京AD", [("京AD98765", "张三丰")]),  # a plate's start, under three characters after the province
    (VIN, [("京A12345", "张三丰")]),  # a VIN
    ("123456", [("京A12345", "张三丰")]),  # its last six
    ("5678", [("京A12345", "张三丰"), ("京AD98765", "张三丰"), (None, "王五")]),  # a phone's last digits
    ("13812345678", [("京A12345", "张三丰"), ("京AD98765", "张三丰")]),  # a whole phone
    ("88886666", [("沪B8K2L9", "李四")]),  # a landline's digits
    ("张", [("京A12345", "张三丰"), ("京AD98765", "张三丰")]),  # a surname
    ("三丰", []),  # the middle of a name needs three characters
    ("张三丰", [("京A12345", "张三丰"), ("京AD98765", "张三丰")]),
    ("王五", [(None, "王五")]),  # a customer with no car yet
    ("%", []),  # wildcards are not wildcards
    ("   ", []),
])
def test_one_box_finds_a_car_or_a_customer_however_it_is_typed(advisor, archive_rows, text, expected):
    assert found(advisor, text) == expected


def vin_with(body: str) -> str:
    """A valid VIN (ISO 3779 check digit in position 9) made of `body`'s 17 characters."""
    from storage.rules.validation import vin_check_digit

    return body[:8] + vin_check_digit(body) + body[9:]


def test_digits_are_phones_and_plates_not_the_middle_of_a_vin(advisor, archive_rows, model):
    owner = archive.create_customer(advisor, name="赵六", phone="13900001111")
    archive.create_vehicle(advisor, owner.id, plate="津C11111", vin=vin_with("LFV2A21K0E7788912"))
    # Four digits: a plate's middle or a phone's end; a VIN that has them inside is noise.
    assert found(advisor, "7788") == []
    assert found(advisor, "8K2L") == [("沪B8K2L9", "李四")]
    # Six or more digits that end no phone and no VIN: perhaps the middle of a VIN after all.
    [hit] = search.lookup(advisor, "778891")[0]
    assert (hit.plate, hit.matched) == ("津C11111", "车架号")
    assert found(advisor, "912") == []  # and only then


def test_a_hit_says_what_matched(advisor, archive_rows):
    [hit] = search.lookup(advisor, "123456")[0]
    assert hit.matched == "车架号" and hit.vin == VIN and hit.model == "大众 迈腾"
    assert search.lookup(advisor, "8765")[0][0].matched in ("车牌", "电话")
    assert search.lookup(advisor, "王五")[0][0].matched == "姓名"


def test_the_index_follows_every_change_of_plate_name_and_phone(advisor, archive_rows):
    third = archive_rows["third"]
    archive.update_vehicle(advisor, third.id, third.version, plate="沪C55501")
    assert found(advisor, "8K2L") == []
    assert found(advisor, "555") == [("沪C55501", "李四")]
    li = archive_rows["li"]
    archive.update_customer(advisor, li.id, li.version, name="李四海", phone="13911112222")
    assert found(advisor, "88886666") == []
    assert found(advisor, "李四海") == [("沪C55501", "李四海")]
    assert found(advisor, "1112222") == [("沪C55501", "李四海")]


def test_a_car_sold_on_is_found_under_its_new_owner(advisor, archive_rows):
    second = archive_rows["second"]
    archive.change_owner(advisor, second.id, second.version, archive_rows["wang"].id)
    assert found(advisor, "98765") == [("京AD98765", "王五")]
    assert ("京AD98765", "张三丰") not in found(advisor, "张三丰")


def test_phones_are_masked_for_roles_that_may_not_see_them(users, archive_rows):
    assert search.lookup(users[auth.DISPATCHER], "2345")[0][0].phone == "138****5678"
    assert search.lookup(users[auth.ADVISOR], "2345")[0][0].phone == "13812345678"


def test_the_limit_and_has_more(advisor):
    owner = archive.create_customer(advisor, name="车队", phone="13600000000", kind="单位")
    for i in range(5):
        archive.create_vehicle(advisor, owner.id, plate=f"粤B7000{i}")
    hits, more = search.lookup(advisor, "7000", limit=3)
    assert len(hits) == 3 and more
    hits, more = search.lookup(advisor, "7000", limit=5)
    assert len(hits) == 5 and not more


def detailed(user, text):
    """The first hit as the window shows it once selected."""
    hits, _ = search.lookup(user, text)
    return search.add_details(user, hits[:1])[0]


def test_a_hit_carries_open_orders_and_complaints_and_the_selected_one_its_whole_file(advisor, archive_rows):
    first = archive_rows["first"]
    old = [make_order(advisor, vehicle=first, status="已交车", job_type=job, mileage=km)
           for job, km in (("保养", 10000), ("一般维修", 15000), ("保养", 20000))]
    WorkOrder.update(opened_at=now() - dt.timedelta(days=400)).where(WorkOrder.id == old[0].id).execute()
    WorkOrder.update(opened_at=now() - dt.timedelta(days=200)).where(WorkOrder.id == old[1].id).execute()
    WorkOrder.update(opened_at=now() - dt.timedelta(days=100)).where(WorkOrder.id == old[2].id).execute()
    current = make_order(advisor, vehicle=first, status="维修中", job_type="一般维修", mileage=21000)
    Suggestion.create(vehicle=first.id, order=old[2].id, description="更换刹车片")
    Suggestion.create(vehicle=first.id, order=old[1].id, description="已做过的建议", done_in=old[2].id)
    Complaint.create(number="TS1", customer=archive_rows["zhang"].id, vehicle=first.id, description="等待太久",
                     answer_due=now() + dt.timedelta(days=1))
    Complaint.create(number="TS2", customer=archive_rows["zhang"].id, description="已解决", status="已关闭",
                     answer_due=now())
    Appointment.create(number="YY1", customer=archive_rows["zhang"].id, vehicle=first.id,
                       starts_at=now() + dt.timedelta(days=3), ends_at=now() + dt.timedelta(days=3, hours=1))
    Vehicle.update(last_mileage=21000).where(Vehicle.id == first.id).execute()
    hits, _ = search.lookup(advisor, "京A12345")
    hit = hits[0]
    # What the results list shows comes with every hit ...
    assert [o["number"] for o in hit.open_orders] == [current.number]
    assert [(c["number"], c["status"], c["description"]) for c in hit.complaints] == [("TS1", "处理中", "等待太久")]
    # ... the car's history only once it is asked for (the window asks for the selected hit).
    assert not hit.detailed and hit.visits == [] and hit.due_maintenance is None
    assert search.add_details(advisor, [hit]) == [hit] and hit.detailed
    assert [v["number"] for v in hit.visits] == [current.number, old[2].number, old[1].number]
    assert hit.visits[1]["job_type"] == "保养" and hit.visits[1]["mileage"] == 20000
    assert [d["description"] for d in hit.declined] == ["更换刹车片"] and hit.declined[0]["order"] == old[2].number
    assert hit.next_appointment["number"] == "YY1"
    # Reckoned from the last service (20,000 km, 100 days ago) and the model's 10,000 km / 12 months.
    due = hit.due_maintenance
    assert (due["due_km"], due["source"], due["state"]) == (30000, "推算", "未到期")
    assert due["due_on"] == lookup_details._add_months((now() - dt.timedelta(days=100)).date(), 12)
    # A reminder from customer care wins over the reckoning.
    Reminder.create(vehicle=first.id, kind="保养", due_on=dt.date.today() - dt.timedelta(days=1), due_km=22000)
    due = detailed(advisor, "京A12345").due_maintenance
    assert (due["source"], due["state"]) == ("提醒", "已到期")


def test_an_open_order_older_than_the_visits_shown_still_shows(advisor, archive_rows):
    first = archive_rows["first"]
    draft = make_order(advisor, vehicle=first, status="草稿")
    WorkOrder.update(opened_at=now() - dt.timedelta(days=900)).where(WorkOrder.id == draft.id).execute()
    delivered = [make_order(advisor, vehicle=first, status="已交车") for _ in range(4)]
    make_order(advisor, vehicle=first, status="已取消")
    hit = detailed(advisor, "京A12345")
    assert [o["number"] for o in hit.open_orders] == [draft.number]  # a forgotten draft is not lost
    assert draft.number not in [v["number"] for v in hit.visits] and len(hit.visits) == 3
    assert {v["number"] for v in hit.visits} <= {o.number for o in delivered} | {WorkOrder.get(WorkOrder.status == "已取消").number}


def test_a_complaint_about_the_customer_shows_on_each_of_their_cars_and_a_closed_one_nowhere(advisor, archive_rows):
    zhang = archive_rows["zhang"]
    Complaint.create(number="TS3", customer=zhang.id, description="电话没人接", answer_due=now())
    Complaint.create(number="TS4", customer=zhang.id, vehicle=archive_rows["second"].id, description="已答复未关闭",
                     status="已答复", answer_due=now())
    Complaint.create(number="TS5", customer=zhang.id, description="早已解决", status="已关闭", answer_due=now())
    hits, _ = search.lookup(advisor, "张三丰")
    assert {h.plate: [c["number"] for c in h.complaints] for h in hits} == {
        "京A12345": ["TS3"], "京AD98765": ["TS4", "TS3"]}
    assert search.lookup(advisor, "王五")[0][0].complaints == []


@pytest.mark.parametrize("km, state", [(29500, "即将到期"), (30000, "已到期"), (25000, "未到期")])
def test_due_maintenance_by_kilometres(advisor, archive_rows, km, state):
    first = archive_rows["first"]
    make_order(advisor, vehicle=first, status="已交车", job_type="保养", mileage=20000)
    Vehicle.update(last_mileage=km).where(Vehicle.id == first.id).execute()
    assert detailed(advisor, "京A12345").due_maintenance["state"] == state


def test_due_maintenance_from_the_purchase_date_for_a_car_never_serviced_here(advisor, archive_rows):
    first = archive_rows["first"]
    Vehicle.update(purchase_date=dt.date.today() - dt.timedelta(days=20)).where(Vehicle.id == first.id).execute()
    due = detailed(advisor, "京A12345").due_maintenance
    assert (due["source"], due["due_km"]) == ("推算", 10000)
    assert due["due_on"] == lookup_details._add_months(dt.date.today() - dt.timedelta(days=20), 12)
    assert detailed(advisor, "沪B8K2L9").due_maintenance is None  # no service, no purchase date: nothing to say


def _count_queries(monkeypatch):
    """The look-up's own queries (not the check of the account, storage.plumbing.session, every action makes)."""
    calls = []
    original = database.obj.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        if not sql.startswith('SELECT "t1"."version", "t1"."active"'):
            calls.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", counting)
    return calls


def test_a_keystroke_and_the_selected_hit_take_the_same_number_of_queries_for_one_hit_or_many(advisor, monkeypatch):
    owner = archive.create_customer(advisor, name="车队", phone="13600000000", kind="单位")
    cars = [archive.create_vehicle(advisor, owner.id, plate=f"粤B7{i:04d}") for i in range(15)]
    for vehicle in cars:
        make_order(advisor, vehicle=vehicle, status="已交车")
    for text in ("粤B70000", "粤B7"):  # warm: the statements are compiled once per database kind
        search.add_details(advisor, search.lookup(advisor, text)[0])
    calls = _count_queries(monkeypatch)
    one, _ = search.lookup(advisor, "粤B70000")
    few = len(calls)
    calls.clear()
    many, _ = search.lookup(advisor, "粤B7")
    assert (len(one), len(many)) == (1, 15)
    # exact plate, plate prefix, then the cars with their owners, their open orders and complaints
    assert len(calls) == few == 4, calls
    calls.clear()
    search.add_details(advisor, one)
    assert len(calls) == 3, calls  # the cars' facts, their visits, their declined work
    calls.clear()
    search.add_details(advisor, many)
    assert len(calls) == 3 and all(h.visits for h in many)
    calls.clear()
    search.add_details(advisor, many)
    assert calls == []  # already there


def test_a_keystroke_builds_no_sql_once_warm(advisor, archive_rows, monkeypatch):
    """Peewee takes longer to build a query's SQL than SQLite takes to answer it: built once per
    statement (storage.plumbing.compiled), then only re-run with new values."""
    import peewee

    for text in ("2345", "京A12345", "A123", "张三丰", "王五"):
        search.add_details(advisor, search.lookup(advisor, text)[0])

    def no_building(*args, **kwargs):
        raise AssertionError("the look-up's SQL was built again")

    monkeypatch.setattr(peewee.Query, "sql", no_building)
    for text, plate in (("2346", None), ("京A12345", "京A12345"), ("8K2L", "沪B8K2L9")):
        hits = search.add_details(advisor, search.lookup(advisor, text)[0])
        assert [h.plate for h in hits][:1] == ([plate] if plate else [])


@pytest.mark.parametrize("statement, args, wanted, unwanted", [
    # The open orders and complaints come from the status indexes (a few hundred rows, always in
    # memory), not from one probe of the vehicle or customer index per hit.
    ("_OPEN", ([1, 2, 3], [4, 5]), "INDEX work_order_status", "work_order_vehicle_id"),
    ("_OPEN", ([1, 2, 3], [4, 5]), "INDEX complaint_status", "complaint_customer_id"),
    # A car's declined work through the vehicle index, not every open suggestion through done_in.
    ("_DECLINED", ([1, 2, 3],), "INDEX suggestion_vehicle_id", "suggestion_done_in_id"),
    # The visits are ranked in the (vehicle, opened_at) index alone; only the three shown are read.
    ("_VISITS", ([1, 2, 3],), "COVERING INDEX work_order_vehicle_id_opened_at", "SCAN t1"),
])
def test_the_lookup_plans_read_the_small_sets(db, statement, args, wanted, unwanted):
    if not is_sqlite(db):
        pytest.skip("PostgreSQL plans from its statistics")
    sql, params = getattr(search if hasattr(search, statement) else lookup_details, statement).sql(*args)
    plan = " | ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert wanted in plan and unwanted not in plan, plan


def test_the_search_indexes_exist_on_this_database(db):
    if is_sqlite(db):
        tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'").fetchall()}
        assert {"vehicle_search", "customer_search"} <= tables
    else:
        indexes = {r[0] for r in db.execute_sql("SELECT indexname FROM pg_indexes WHERE schemaname='public'").fetchall()}
        assert {"vehicle_plate_trgm", "vehicle_vin_trgm", "customer_name_trgm", "customer_phone_rev_prefix"} <= indexes


def test_looking_up_needs_a_login(db):
    from storage.rules.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        search.lookup(None, "2345")


def test_phone_masking():
    assert search.mask_phone("13812345678") == "138****5678"
    assert search.mask_phone("010-88886666") == "010****6666"
    assert search.mask_phone("") == ""


def test_the_warm_up_builds_the_first_lookups_sql_on_its_own_thread(advisor, archive_rows, monkeypatch):
    """At the program's start (ui.shell.app, while the login window waits) the look-up is warmed up off the
    GUI thread: afterwards the first plate, phone and VIN look-up of the day, and the selected car's
    file, build no SQL (and the pages they read are in the OS's cache: bench's *_cold rows)."""
    import peewee

    from storage.plumbing import compiled
    from storage.reception import lookup_details

    statements = [v for module in (search, lookup_details) for v in vars(module).values()
                  if isinstance(v, compiled.Statement)]
    for statement in statements:
        monkeypatch.setattr(statement, "compiled", {})  # as in a fresh process
    search.warm_up_in_background().join(30)

    def no_building(*args, **kwargs):
        raise AssertionError("the look-up's SQL was built again")

    monkeypatch.setattr(peewee.Query, "sql", no_building)
    for text, plate in (("2345", None), ("京A12345", "京A12345"), ("13900001111", None), ("123456", None)):
        hits = search.add_details(advisor, search.lookup(advisor, text)[0])
        if plate:
            assert [h.plate for h in hits][:1] == [plate]


def test_a_failed_warm_up_is_logged_and_changes_nothing(db, monkeypatch, caplog):
    def broken():
        raise RuntimeError("disk gone")

    monkeypatch.setattr(search, "warm_up", broken)
    assert search.warm_up_quietly() is None
    assert "查找预热失败" in caplog.text
