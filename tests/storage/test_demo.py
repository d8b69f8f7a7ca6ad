"""The demo store and the benchmark generator (storage.demo): filled once, every state present, valid
identifiers, and the invariants `main.py check` verifies, computed here independently in SQL."""
import datetime as dt
import json

import pytest

import storage
from storage import demo
from storage.cashier import day_end
from storage.models import ORDER_STATES, Customer, DayClose, Part, Settlement, StockMovement, User, Vehicle, WorkOrder
from storage.plumbing.db import close_database, database, is_sqlite
from storage.rules import auth, settings
from storage.rules.errors import DomainError
from storage.rules.numbering import next_number
from storage.rules.validation import digits_reversed, normalize_phone, normalize_plate, normalize_vin
from storage.store import backup_restore
from tests.conftest import PG_URL
from tests.conftest import _reset_postgres as reset_postgres

TODAY = dt.date(2026, 11, 24)


def rows(sql, *params):
    return database.obj.execute_sql(sql.replace("?", database.obj.param), params).fetchall()


def fresh_store(tmp_path, name):
    """Another empty database of the kind under test, opened as the shared handle."""
    close_database()
    if PG_URL:
        return reset_postgres()
    return storage.open_store(f"sqlite:///{(tmp_path / name).as_posix()}")


def fingerprint():
    """What two runs with the same seed must agree on."""
    tables = ("customer", "vehicle", "part", "work_order", "work_order_line", "status_change", "stock_movement",
              "settlement", "settlement_line", "payment", "receivable", "follow_up", "appointment", "complaint")
    counts = {t: rows(f'SELECT COUNT(*) FROM "{t}"')[0][0] for t in tables}
    first, last = rows('SELECT MIN("number"), MAX("number") FROM "work_order"')[0]
    money = rows('SELECT SUM("total"), SUM("customer_due") FROM "settlement"')[0]
    stock = rows('SELECT SUM("quantity"), SUM("value") FROM "stock_movement"')[0]
    plates = [r[0] for r in rows('SELECT "plate" FROM "vehicle" ORDER BY "id" LIMIT 20')]
    return counts, first, last, [int(v) for v in money], [int(v) for v in stock], plates


def assert_ledger():
    """Part.on_hand and stock_value equal their movements; balance_after is the running sum, never < 0."""
    sums = {pid: (int(q), int(v)) for pid, q, v in
            rows('SELECT "part_id", SUM("quantity"), SUM("value") FROM "stock_movement" GROUP BY "part_id"')}
    for pid, on_hand, value in rows('SELECT "id", "on_hand", "stock_value" FROM "part"'):
        assert (on_hand, value) == sums.get(pid, (0, 0)), f"part #{pid}"
        assert on_hand >= 0
    running = {}
    for pid, qty, balance in rows('SELECT "part_id", "quantity", "balance_after" FROM "stock_movement" '
                                  'ORDER BY "part_id", "id"'):
        running[pid] = running.get(pid, 0) + qty
        assert running[pid] == balance >= 0
    # every issue and return names its order and line, and the line's issued is their net
    issued = dict(rows('SELECT "order_line_id", -SUM("quantity") FROM "stock_movement" '
                       'WHERE "order_line_id" IS NOT NULL GROUP BY "order_line_id"'))
    for line_id, qty in rows('SELECT "id", "issued" FROM "work_order_line" WHERE "kind" = ?', "材料"):
        assert qty == int(issued.get(line_id, 0)), f"line #{line_id}"


def assert_settlements():
    lines = dict(rows('SELECT "settlement_id", SUM("amount" - "discount") FROM "settlement_line" GROUP BY "settlement_id"'))
    paid = dict(rows('SELECT "settlement_id", SUM("amount") FROM "payment" WHERE "settlement_id" IS NOT NULL '
                     'GROUP BY "settlement_id"'))
    owed = {(s, k): a for s, k, a in rows('SELECT "settlement_id", "debtor_kind", SUM("amount") FROM "receivable" '
                                          'GROUP BY "settlement_id", "debtor_kind"')}
    live = rows('SELECT "id", "order_id", "labour_total", "parts_total", "fees_total", "discount_total", "total", '
                '"customer_due", "insurer_due", "warranty_due", "internal_due" FROM "settlement" WHERE "status" = ?', "有效")
    assert live
    for sid, _order, labour, parts, fees, discount, total, customer, insurer, warranty, internal in live:
        assert total == labour + parts + fees - discount
        assert total == int(lines[sid])
        assert total == customer + insurer + warranty + internal
        assert customer == int(paid.get(sid, 0))
        assert insurer == int(owed.get((sid, "保险公司"), 0))
        assert warranty == int(owed.get((sid, "厂家索赔"), 0))
    orders = [o for _s, o, *_rest in live]
    assert len(orders) == len(set(orders))
    # a reversed settlement's money went back
    for (sid,) in rows('SELECT "id" FROM "settlement" WHERE "status" = ?', "已冲销"):
        assert int(paid.get(sid, 0)) == 0
    settled = {o for (o,) in rows('SELECT "id" FROM "work_order" WHERE "status" IN (?, ?)', "已结算", "已交车")}
    assert settled == set(orders)


def assert_archive():
    for name, phone, phone2, phone_rev in rows('SELECT "name", "phone", "phone2", "phone_rev" FROM "customer"'):
        assert name and normalize_phone(phone) == phone and phone_rev == digits_reversed(phone)
        assert not phone2 or normalize_phone(phone2) == phone2
    for plate, plate_rev, vin, vin_tail, purchase in rows(
            'SELECT "plate", "plate_rev", "vin", "vin_tail", "purchase_date" FROM "vehicle"'):
        assert normalize_plate(plate) == plate and plate_rev == plate[::-1]
        assert normalize_vin(vin) == vin and vin_tail == vin[-6:]
        assert str(purchase) <= TODAY.isoformat()
    # the car's record follows its visits
    for last, km, visit, opened in rows(
            'SELECT v."last_mileage", (SELECT r."km" FROM "mileage_reading" r WHERE r."vehicle_id" = v."id" '
            'ORDER BY r."at" DESC, r."id" DESC LIMIT 1), v."last_visit_at", '
            '(SELECT MAX(o."opened_at") FROM "work_order" o WHERE o."vehicle_id" = v."id") FROM "vehicle" v'):
        assert last == km and str(visit) == str(opened)


def test_demo_fills_an_empty_store_once(db):
    assert settings.is_demo() is False
    assert demo.populate_if_empty(today=TODAY) is True
    assert settings.is_demo() is True  # the database remembers it holds the demo (演示数据)
    assert demo.populate_if_empty(today=TODAY) is False
    demo.check_demo_database()  # and --demo may open it again
    assert storage.is_first_run() is False
    assert settings.get("store.name") == demo.STORE["store.name"]
    admin = auth.login("admin", demo.ADMIN_PASSWORD)
    assert admin.role == auth.ADMIN
    for username, name, role in demo.STAFF:
        user = auth.login(username, demo.DEMO_PASSWORD)
        assert (user.display_name, user.role) == (name, role)
    assert {u.role for u in User.select()} == set(auth.ROLES)
    assert 250 <= Customer.select().count() <= 320
    assert Vehicle.select().count() == 360
    assert Part.select().count() == 400
    assert Customer.select().where(Customer.kind == "单位").exists()


def test_demo_has_every_state_and_the_richness_of_a_month(db):
    demo.populate_if_empty(today=TODAY)
    states = {s for (s,) in rows('SELECT DISTINCT "status" FROM "work_order"')}
    assert states == set(ORDER_STATES)
    first, last = rows('SELECT MIN("opened_at"), MAX("opened_at") FROM "work_order"')[0]
    assert (TODAY - dt.timedelta(days=29)).isoformat() <= str(first) < str(last) < f"{TODAY} 15:00"
    assert {j for (j,) in rows('SELECT DISTINCT "job_type" FROM "work_order"')} >= {"保养", "一般维修", "事故车", "返修"}
    assert rows('SELECT COUNT(*) FROM "work_order" WHERE "comeback_of_id" IS NOT NULL')[0][0] >= 2
    answers = {a for (a,) in rows('SELECT DISTINCT "answer" FROM "added_work"')}
    assert {"同意", "拒绝"} <= answers
    assert rows('SELECT COUNT(*) FROM "suggestion"')[0][0] > 0
    assert rows('SELECT COUNT(*) FROM "complaint"')[0][0] >= 3
    assert rows('SELECT COUNT(*) FROM "quality_check" WHERE "passed" = ?', False)[0][0] > 0
    assert rows('SELECT COUNT(*) FROM "receivable" WHERE "debtor_kind" = ?', "保险公司")[0][0] > 0
    assert rows('SELECT COUNT(*) FROM "payment" WHERE "settlement_id" IS NOT NULL GROUP BY "settlement_id" '
                'HAVING COUNT(*) > 1')  # split payments
    assert rows('SELECT COUNT(*) FROM "follow_up" WHERE "status" = ?', "已回访")[0][0] > 0
    assert rows('SELECT COUNT(*) FROM "reminder"')[0][0] > 0
    assert rows('SELECT COUNT(*) FROM "part" WHERE "special" = ?', True)[0][0] > 0
    assert rows('SELECT COUNT(*) FROM "part" WHERE "whole_units" = ?', False)[0][0] > 0
    # 三包 main parts by the catalogue's category (storage.care.main_parts), look-alikes without one
    categories = dict(rows('SELECT "name", "sanbao_category" FROM "part" WHERE "name" IN (?, ?, ?, ?)',
                           "双离合器总成", "前下摆臂", "轮胎气门嘴", "气门室盖垫"))
    assert categories == {"双离合器总成": "变速器/箱内动力传动元件（含离合器、制动器）", "前下摆臂": "悬架系统/控制臂",
                          "轮胎气门嘴": None, "气门室盖垫": None}
    assert rows('SELECT COUNT(*) FROM "stock_movement" WHERE "kind" = ?', "期初")[0][0] > 0
    today = TODAY.isoformat()
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    booked = [str(s)[:10] for (s,) in rows('SELECT "starts_at" FROM "appointment" WHERE "status" = ?', "已预约")]
    assert today in booked and tomorrow in booked
    # the 30 days before today are closed, with the figures the day-end sheet computes
    closes = list(DayClose.select().order_by(DayClose.business_day))
    assert len(closes) == 29 and closes[-1].business_day == TODAY - dt.timedelta(days=1)
    for close in closes:
        assert json.loads(close.summary) == json.loads(day_end.to_json(day_end.day_figures(close.business_day)))


def test_demo_is_consistent(db):
    demo.populate_if_empty(today=TODAY)
    assert_archive()
    assert_ledger()
    assert_settlements()
    assert backup_restore.check() == []
    # numbering carries on after the generated documents, and new rows get fresh ids
    latest = rows('SELECT MAX("number") FROM "work_order" WHERE "number" LIKE ?', f"WO{TODAY:%Y%m%d}-%")[0][0]
    with storage.plumbing.db.transaction():
        assert next_number("work_order", TODAY) > latest
    advisor = auth.first_active_user(auth.ADVISOR)
    from storage.reception import archive

    customer = archive.create_customer(advisor, name="新客户", phone="13900001111")
    assert customer.id == rows('SELECT MAX("id") FROM "customer"')[0][0]


def test_demo_never_fills_a_store_set_up_without_it(admin):
    """The first-run wizard made this a store's database: the demo refuses it, touching nothing."""
    with pytest.raises(DomainError) as refused:
        demo.populate_if_empty(today=TODAY)
    assert "真实数据" in refused.value.message and "demo.db" in refused.value.message
    assert settings.is_demo() is False
    assert User.select().count() == 1 and WorkOrder.select().count() == 0 and Customer.select().count() == 0


def test_demo_leaves_a_store_in_use_alone(manager):
    Part.create(number="TEST-1", name="测试件")  # a parts catalogue is enough to call the store in use
    assert demo.populate_if_empty(today=TODAY) is False
    assert Customer.select().count() == 0


def test_same_seed_same_store(db, tmp_path):
    demo.populate_if_empty(seed=7, today=TODAY)
    first = fingerprint()
    fresh_store(tmp_path, "second.db")
    demo.populate_if_empty(seed=7, today=TODAY)
    assert fingerprint() == first


def test_generate_small_scale_reports_progress(db):
    seen = []
    counts = demo.generate(0.002, today=TODAY, progress=lambda fraction, message: seen.append((fraction, message)))
    assert counts["work_order"] > 500 and counts["stock_movement"] > counts["work_order"]
    assert counts["customer"] == Customer.select().count() and 150 <= counts["customer"] <= 260
    assert counts["vehicle"] == 240
    fractions = [f for f, _m in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(seen) > 10
    assert all(isinstance(m, str) and m for _f, m in seen)
    assert WorkOrder.select().where(WorkOrder.status == "已交车").count() > 0.9 * WorkOrder.select().count()
    assert {s for (s,) in rows('SELECT DISTINCT "status" FROM "work_order"')} == set(ORDER_STATES)
    first = rows('SELECT MIN("opened_at") FROM "work_order"')[0][0]
    assert str(first) < (TODAY - dt.timedelta(days=9 * 365)).isoformat()
    assert_ledger()
    assert_settlements()
    assert backup_restore.check() == []
    with pytest.raises(DomainError):
        demo.generate(0.002, today=TODAY)  # only into an empty store


def test_generate_can_be_cancelled(db):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 300

    indexes = rows("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")[0][0] if is_sqlite() else None
    with pytest.raises(DomainError) as raised:
        demo.generate(0.002, today=TODAY, cancel=cancel)
    assert raised.value.message == "已取消"
    assert not demo.has_business_data()
    assert StockMovement.select().count() == Settlement.select().count() == 0
    if is_sqlite():  # indexes dropped for the load came back with the rollback; foreign keys are on again
        assert rows("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")[0][0] == indexes
        assert rows("PRAGMA foreign_keys")[0][0] == 1
    assert demo.populate_if_empty(today=TODAY) is True  # and the store can still be filled
