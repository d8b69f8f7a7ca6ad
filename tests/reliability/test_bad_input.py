"""Bad input at every boundary: hypothesis feeds the storage actions of every station random and
hostile values (huge, negative, NaN and Infinity as text, SQL fragments, emoji, 10,000-character
text, wrong types, None). Each action succeeds with valid stored data or refuses with a Chinese
DomainError and changes nothing (tests/reliability/fuzz.py). FOURS_FUZZ_EXAMPLES sets the examples
per test (default 25 in CI); a longer run on demand:

    FOURS_FUZZ_EXAMPLES=400 QT_QPA_PLATFORM=offscreen python -m pytest tests/reliability/test_bad_input.py -q
"""
import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import cashier
from storage.models import Appointment, Customer, Part, Payment, Settlement, Vehicle, WorkOrder, WorkOrderLine
from storage.parts import catalogue
from storage.parts import count as stock_count
from storage.parts import stock
from storage.reception import appointments, archive, checkin, estimate
from storage.rules import auth
from storage.rules import settings as store_settings
from storage.rules.errors import DomainError
from tests.factories import add_part_line, make_order, order_ready_to_settle
from tests.reliability.fuzz import CJK, FUZZ, TYPED_LOOKUPS, any_text, attempt, hostile, or_good, state

MOBILE_OR_LANDLINE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-\d{7,8}(转\d{1,6})?)$")
FEN = Decimal("0.01")


@pytest.fixture
def desk(users):
    """A customer with a car, a part in stock, a supplier: what the actions below work on."""
    advisor, keeper = users[auth.ADVISOR], users[auth.STOREKEEPER]
    customer = archive.create_customer(advisor, name="张三", phone="13800138000")
    part = catalogue.create_part(keeper, number="FZ-001", name="机油滤清器", price="68.00")
    stock.receive(keeper, [{"part": part.id, "quantity": "50", "unit_cost": "40.00"}])
    supplier = catalogue.create_supplier(keeper, "一汽-大众备件中心")
    return {"users": users, "customer": customer, "part": part, "supplier": supplier, "plates": iter(range(10000, 99999))}


def plate(desk) -> str:
    return f"京F{next(desk['plates']):05d}"


# ---------------------------------------------------------------- reception: the archive


@FUZZ
@given(name=or_good("李四"), phone=or_good("13912345678"), address=or_good("朝阳区"), note=hostile, kind=or_good("个人"))
def test_create_customer(desk, name, phone, address, note, kind):
    made = attempt(lambda: archive.create_customer(desk["users"][auth.ADVISOR], name=name, phone=phone,
                                                   address=address, note=note, kind=kind),
                   texts=(name, phone, address, note, kind))
    if made:
        c = Customer.get_by_id(made.id)
        assert 1 <= len(c.name) <= 64 and c.name == c.name.strip()
        assert MOBILE_OR_LANDLINE.match(c.phone) and c.kind in ("个人", "单位")


@FUZZ
@given(plate_=or_good(None), vin=or_good("LSVAM4189C2184820"), colour=hostile, purchase_date=or_good("2024-05-01"), note=hostile)
def test_create_vehicle(desk, plate_, vin, colour, purchase_date, note):
    plate_ = plate(desk) if plate_ is None else plate_
    made = attempt(lambda: archive.create_vehicle(desk["users"][auth.ADVISOR], desk["customer"].id, plate=plate_, vin=vin,
                                                  colour=colour, purchase_date=purchase_date, note=note),
                   texts=(plate_, vin, colour, purchase_date, note))
    if made:
        car = Vehicle.get_by_id(made.id)
        assert re.match(r"^[\u4e00-\u9fff][A-Z][A-Z0-9]{4,5}[A-Z0-9\u4e00-\u9fff]$", car.plate)
        assert car.vin is None or len(car.vin) == 17
        assert car.purchase_date is None or car.purchase_date <= dt.date.today()


# ---------------------------------------------------------------- reception: check-in and the estimate


@FUZZ
@given(mileage=or_good("12000"), fuel=or_good(50), key=or_good("A-12"), words=or_good("异响"), findings=hostile,
       job=or_good("保养"), item=or_good("雨伞"), count=or_good(1), x=or_good("0.5"), kind=or_good("划痕"))
def test_check_in(desk, mileage, fuel, key, words, findings, job, item, count, x, kind):
    users = desk["users"]
    car = archive.create_vehicle(users[auth.ADVISOR], desk["customer"].id, plate=plate(desk))
    order = attempt(lambda: checkin.check_in(users[auth.ADVISOR], vehicle_id=car.id, mileage=mileage, fuel_level=fuel,
                                             key_number=key, belongings=[(item, count)], damage=[{"x": x, "y": "0.5", "kind": kind}],
                                             customer_words=words, findings=findings, job_type=job),
                    texts=(key, words, findings, job, item, kind), numbers=(mileage, fuel, count, x))
    if order:
        order = WorkOrder.get_by_id(order.id)
        assert 0 <= order.fuel_level <= 100 and 0 <= order.mileage and order.status == "草稿"
        assert len(order.customer_words) <= 2000 and len(order.findings) <= 2000


@FUZZ
@given(description=or_good("检查底盘"), amount=or_good("150.00"), quantity=or_good("2"), payer=or_good("保险公司"))
def test_estimate_lines(desk, description, amount, quantity, payer):
    users = desk["users"]
    advisor = users[auth.ADVISOR]
    car = archive.create_vehicle(advisor, desk["customer"].id, plate=plate(desk))
    order = checkin.check_in(advisor, vehicle_id=car.id, mileage=1000, fuel_level=50, key_number=f"K{car.id}")
    order = checkin.set_terms(advisor, order.id, order.version, estimate_mode="项目定价")
    for action, values in (
        (lambda o: estimate.add_priced_item(advisor, o.id, o.version, description, amount), ((description,), (amount,))),
        (lambda o: estimate.add_fee_line(advisor, o.id, o.version, description, amount, payer=payer),
         ((description, payer), (amount,))),
        (lambda o: estimate.add_customer_part(advisor, o.id, o.version, description, quantity), ((description,), (quantity,))),
        (lambda o: estimate.add_part_line(advisor, o.id, o.version, desk["part"].id, quantity, payer=payer),
         ((payer,), (quantity,))),
    ):
        attempt(lambda: action(WorkOrder.get_by_id(order.id)), *values)
    line = WorkOrderLine.select().where(WorkOrderLine.order == order.id).first()
    if line is not None:
        attempt(lambda: estimate.update_line(advisor, order.id, WorkOrder.get_by_id(order.id).version, line.id,
                                             quantity=quantity if line.kind == "材料" else None, payer=payer),
                texts=(payer,), numbers=(quantity,))
    for ln in WorkOrderLine.select().where(WorkOrderLine.order == order.id):
        assert ln.amount >= 0 and ln.quantity > 0 and ln.amount == ln.amount.quantize(FEN) and ln.amount < Decimal("1e10")
    assert WorkOrder.get_by_id(order.id).estimate_total == sum((ln.amount - ln.discount for ln in WorkOrderLine.select().where(
        (WorkOrderLine.order == order.id) & ~(WorkOrderLine.status << ("已取消", "待确认")))), Decimal("0.00"))


@FUZZ
@given(minutes=or_good(60), parts_value=or_good("800.00"), request=hostile, days=st.integers(-3, 400))
def test_book_appointment(desk, minutes, parts_value, request, days):
    starts = dt.datetime.combine(dt.date.today() + dt.timedelta(days=days), dt.time(10, 0))
    car = archive.create_vehicle(desk["users"][auth.ADVISOR], desk["customer"].id, plate=plate(desk))
    made = attempt(lambda: appointments.book(desk["users"][auth.ADVISOR], vehicle_id=car.id, starts_at=starts,
                                             minutes=minutes, request=request, parts_value=parts_value),
                   texts=(request,), numbers=(minutes, parts_value))
    if made:
        a = Appointment.get_by_id(made.id)
        assert a.ends_at > a.starts_at and a.parts_value >= 0 and len(a.request) <= 1000


# ---------------------------------------------------------------- warehouse


@FUZZ
@given(number=or_good(None), name=or_good("刹车片"), price=or_good("420.00"), cost=or_good("250"), safety=or_good("5"),
       bin_=or_good("B-02-1"), unit=or_good("件"))
def test_create_part(desk, number, name, price, cost, safety, bin_, unit):
    number = number if number is not None else f"NP-{next(desk['plates'])}"
    made = attempt(lambda: catalogue.create_part(desk["users"][auth.STOREKEEPER], number=number, name=name, price=price,
                                                 cost=cost, safety_stock=safety, bin=bin_, unit=unit),
                   texts=(number, name, bin_, unit), numbers=(price, cost, safety))
    if made:
        p = Part.get_by_id(made.id)
        assert p.price >= 0 and p.cost >= 0 and p.safety_stock >= 0 and p.on_hand == 0 and p.number == p.number.strip()


@FUZZ
@given(quantity=or_good("3"), cost=or_good("41.50"), note=hostile)
def test_receive(desk, quantity, cost, note):
    keeper = desk["users"][auth.STOREKEEPER]
    attempt(lambda: stock.receive(keeper, [{"part": desk["part"].id, "quantity": quantity, "unit_cost": cost}],
                                  supplier_id=desk["supplier"].id, note=note), texts=(note,), numbers=(quantity, cost))
    part = Part.get_by_id(desk["part"].id)
    assert part.on_hand >= 0 and part.stock_value >= 0 and part.stock_value < Decimal("1e16")


@FUZZ
@given(quantity=or_good("1"), note=hostile, returned=or_good("1"), reason=or_good("多领"))
def test_issue_and_return(desk, quantity, note, returned, reason):
    users = desk["users"]
    keeper = users[auth.STOREKEEPER]
    order = make_order(users[auth.ADVISOR], vehicle=archive.create_vehicle(
        users[auth.ADVISOR], desk["customer"].id, plate=plate(desk)), status="维修中")
    line = add_part_line(order, desk["part"], "2")
    attempt(lambda: stock.issue(keeper, order.id, [{"line": line.id, "quantity": quantity}], note=note),
            texts=(note,), numbers=(quantity,))
    attempt(lambda: stock.return_from_workshop(keeper, order.id, [{"line": line.id, "quantity": returned}], reason=reason),
            texts=(reason,), numbers=(returned,))
    line = WorkOrderLine.get_by_id(line.id)
    assert Decimal(0) <= line.issued <= line.quantity


@FUZZ
@given(counted=or_good("49"))
def test_count(desk, counted):
    keeper = desk["users"][auth.STOREKEEPER]
    sheet = stock_count.start_count(keeper, part_ids=[desk["part"].id])
    line = stock_count.count_lines(sheet.id)[0][0]
    attempt(lambda: stock_count.enter_count(keeper, line["id"], counted), numbers=(counted,))
    stock_count.cancel_count(keeper, sheet.id, stock_count._get(sheet.id).version)


# ---------------------------------------------------------------- cashier


@FUZZ
@given(method=or_good("现金"), first=or_good(None), tendered=or_good(None), reference=or_good(""),
       line_discount=or_good("0"), bill_discount=or_good("0"), claim=or_good("RB-1"))
def test_settle(desk, method, first, tendered, reference, line_discount, bill_discount, claim):
    users = desk["users"]
    manager = users[auth.MANAGER]  # a manager at the till: discounts need no second login
    order = order_ready_to_settle(users[auth.ADVISOR], vehicle=archive.create_vehicle(users[auth.ADVISOR], desk["customer"].id,
                                                                          plate=plate(desk)), insurer="人保", claim_number="RB-1")
    line = WorkOrderLine.select().where(WorkOrderLine.order == order.id).first()
    due = cashier.preview(order.id).customer_due
    amount = due if first is None else first
    payments = [{"method": method, "amount": amount, "tendered": tendered, "reference": reference}]
    made = attempt(lambda: cashier.settle(manager, order.id, order.version, payments=payments,
                                          line_discounts={line.id: line_discount}, bill_discount=bill_discount,
                                          insurer_claim=claim, warranty_claim=claim),
                   texts=(method, reference, claim), numbers=(amount, tendered, line_discount, bill_discount))
    if made:
        s = Settlement.get_by_id(made.id)
        paid = sum((p.amount for p in Payment.select().where(Payment.settlement == s.id)), Decimal("0.00"))
        assert paid == s.customer_due and s.total >= 0 and s.discount_total >= 0
        assert all(p.amount > 0 for p in Payment.select().where(Payment.settlement == s.id))


@FUZZ
@given(amount=or_good("100.00"), reference=hostile)
def test_collect_a_receivable(desk, amount, reference):
    users = desk["users"]
    order = order_ready_to_settle(users[auth.ADVISOR], vehicle=archive.create_vehicle(users[auth.ADVISOR], desk["customer"].id,
                        plate=plate(desk)), insurer="人保", claim_number="RB-2",
                        lines=(("工时", "钣金修复", "2", "200.00", "保险公司"),))
    cashier.settle(users[auth.CASHIER], order.id, order.version, payments=[])
    receivable = cashier.open_items()[0][0]
    attempt(lambda: cashier.collect(users[auth.CASHIER], receivable["id"], receivable["version"], amount, reference=reference),
            texts=(reference,), numbers=(amount,))


# ---------------------------------------------------------------- care, settings, users, login


@FUZZ
@given(description=or_good("交车时间比约定晚了两小时"), source=or_good("电话"), category=or_good("交车时间"))
def test_raise_complaint(desk, description, source, category):
    complaints = pytest.importorskip("storage.care.complaints")
    attempt(lambda: complaints.raise_complaint(desk["users"][auth.CARE], customer_id=desk["customer"].id,
                                               description=description, source=source, category=category),
            texts=(description, source, category))


@FUZZ
@given(key=st.sampled_from(["store.name", "store.phone", "store.address"]), value=hostile,
       rate=or_good("135.50"), days=or_good(30), km=or_good(5000))
def test_store_settings(desk, key, value, rate, days, km):
    manager = desk["users"][auth.MANAGER]
    attempt(lambda: store_settings.put(manager, key, value), texts=(value,))
    attempt(lambda: store_settings.put(manager, "labour.rate", rate), numbers=(rate,))
    attempt(lambda: store_settings.put(manager, "guarantee.二级维护", [days, km]), numbers=(days, km))
    assert store_settings.get_money("labour.rate") > 0 and store_settings.get("store.name")
    days_kept, km_kept = store_settings.get("guarantee.二级维护")
    assert days_kept >= 30 and km_kept >= 5000  # never below the legal minimum


@FUZZ
@given(username=or_good(None), display_name=or_good("新同事"), role=or_good(auth.CASHIER), password=or_good("secret-789"))
def test_create_user_and_log_in(desk, username, display_name, role, password):
    username = username if username is not None else f"u{next(desk['plates'])}"
    made = attempt(lambda: auth.create_user(desk["users"][auth.ADMIN], username, display_name, role, password),
                   texts=(username, display_name, role, password))
    if made:
        assert auth.login(made.username, password).id == made.id
    attempt(lambda: auth.login(username, password), texts=(username, password))



# ---------------------------------------------------------------- search boxes: any text at all

def _lookups(users):
    """Every storage function behind a box where a user types, scans or pastes text to find something."""
    from storage.care import claims, complaints
    from storage.reception import packages, search

    advisor, care = users[auth.ADVISOR], users[auth.CARE]
    return {
        "档案查询": lambda t: search.lookup(advisor, t),
        "档案查询(无电话权限)": lambda t: search.lookup(care, t),
        "备件目录": lambda t: catalogue.search_parts(t),
        "零件号扫码": lambda t: catalogue.find_by_number(t),
        "供应商": lambda t: catalogue.list_suppliers(t),
        "工时目录": lambda t: packages.labour_catalogue(t),
        "投诉列表": lambda t: complaints.complaints(care, view="all", text=t),
        "投诉人": lambda t: complaints.find_complainant(care, t),
        "索赔列表": lambda t: claims.claims(care, text=t),
        "待结算": lambda t: cashier.ready_to_settle(text=t),
        "结算单": lambda t: cashier.settlements(text=t),
        "挂账": lambda t: cashier.open_items(debtor=t, claim_number=t),
        "盘点录入": lambda t: stock_count.enter_count_by_number(users[auth.STOREKEEPER], _open_count(), t, "1"),
    }


def _open_count() -> int:
    from storage.models import StockCount

    return StockCount.select(StockCount.id).where(StockCount.status == "盘点中").scalar()


@pytest.fixture
def archive_desk(desk):
    """The desk with a car whose plate, VIN and owner the look-ups can (but need not) find."""
    advisor = desk["users"][auth.ADVISOR]
    archive.create_vehicle(advisor, desk["customer"].id, plate="京F12345", vin="LSVAM4189C2184820")
    stock_count.start_count(desk["users"][auth.STOREKEEPER], note="扫码盘点")  # the count a scanner enters into
    return desk


def look_everywhere(users, text):
    """Each look-up answers (hits, or none) or refuses with a Chinese message, and changes nothing;
    never a Python or database error."""
    before = state()
    for name, look in _lookups(users).items():
        try:
            look(text)
        except DomainError as exc:
            assert CJK.search(exc.message), f"{name}: refusal without a clear message: {exc!r}"
        except Exception as exc:
            raise AssertionError(f"{name} crashed on {text[:40]!r}: {exc!r}") from exc
    assert state() == before


@FUZZ
@given(text=any_text)
def test_every_search_box_takes_any_text(archive_desk, text):
    look_everywhere(archive_desk["users"], text)


@pytest.mark.parametrize("text", TYPED_LOOKUPS, ids=lambda t: ascii(t)[:24])
def test_archive_lookup_takes_the_reported_text(archive_desk, text):
    """No error: what cannot be in a stored value is not looked for (张\U0010FFFF finds 张三 as 张
    does), and a text of nothing else finds nothing."""
    from storage.reception import search
    from storage.rules.validation import searchable

    advisor = archive_desk["users"][auth.ADVISOR]
    assert search.lookup(advisor, text) == search.lookup(advisor, searchable(text))
    if not searchable(text):
        assert search.lookup(advisor, text) == ([], False)
    look_everywhere(archive_desk["users"], text)


@pytest.mark.parametrize("text", ["\U0010FFFF", "\uffff", "\ud800", "\x00", "\U0010FFFF" * 3, '"', "*", "^", "(", ":", "-",
                                  "NEAR", "a NEAR b", "x" * 100_000])
def test_archive_lookup_finds_nothing_for_what_matches_nothing(archive_desk, text):
    from storage.reception import search

    assert search.lookup(archive_desk["users"][auth.ADVISOR], text) == ([], False)


def test_a_complaint_without_a_category_is_recorded(desk):
    """Found by a longer fuzz run: no category chosen (None) ended in a NOT NULL IntegrityError."""
    from storage.care import complaints

    made = attempt(lambda: complaints.raise_complaint(desk["users"][auth.CARE], customer_id=desk["customer"].id,
                                                      description="交车时间比约定晚了两小时", source="电话", category=None),
                   texts=(None,))
    assert made is not None and made.category == ""


def test_the_state_a_refusal_must_keep_sees_a_row_and_a_saved_version(desk):
    """fuzz.state(), the yardstick of every refusal above, in one round trip: it must still see an
    added row and an update that bumped a version, and nothing in a rolled-back transaction."""
    from storage.plumbing.db import transaction

    before = state()
    with pytest.raises(RuntimeError), transaction():
        archive.create_customer(desk["users"][auth.ADVISOR], name="王五", phone="13912345678")
        raise RuntimeError("rolled back")
    assert state() == before
    customer = desk["customer"]
    archive.update_customer(desk["users"][auth.ADVISOR], customer.id, customer.version, address="朝阳区")
    updated = state()
    assert updated != before and updated[0]["customer"] == before[0]["customer"]  # same rows, a version more
    archive.create_customer(desk["users"][auth.ADVISOR], name="王五", phone="13912345678")
    assert state()[0]["customer"] == before[0]["customer"] + 1
