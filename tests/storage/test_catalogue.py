"""The parts catalogue: numbers as scanners type them, whole units, search, prices, suppliers."""
from decimal import Decimal

import pytest

from storage.models import AuditLog, Bin, Part
from storage.parts import catalogue, stock
from storage.rules import auth
from storage.rules.errors import NotFound, PermissionDenied, StaleRecord, ValidationError

D = Decimal


@pytest.mark.parametrize("raw, expected", [
    ("06L115562", "06L115562"),
    ("06l 115 562\r\n", "06L115562"),  # a scanner sends the number and Enter
    ("０６Ｌ１１５５６２", "06L115562"),  # full-width from a Chinese input method
    (" 1k0-698-151 ", "1K0-698-151"),
])
def test_part_numbers_as_typed_or_scanned(raw, expected):
    assert catalogue.normalize_part_number(raw) == expected


@pytest.mark.parametrize("raw, message", [("", "请输入零件号"), ("机油格", "无效字符"), ("-123", "开头"), ("A" * 41, "最多 40 位")])
def test_impossible_part_numbers(raw, message):
    with pytest.raises(ValidationError, match=message):
        catalogue.normalize_part_number(raw)


@pytest.mark.parametrize("value, whole, expected", [
    ("2", True, D("2.000")), (D("3"), True, D("3.000")), ("1,000", True, D("1000.000")),
    ("4.5", False, D("4.500")), ("０.２５", False, D("0.250")),
])
def test_quantities(value, whole, expected):
    assert catalogue.quantity(value, whole) == expected


@pytest.mark.parametrize("value, whole, kwargs, message", [
    ("1.5", True, {}, "不能是小数"), ("-1", True, {}, "负数"), ("0", True, {}, "大于 0"), ("1.0001", False, {}, "三位小数"),
    ("二", True, {}, "有效的数字"), ("NaN", False, {}, "有效的数字"), ("1e12", True, {}, "超出范围"), (None, True, {}, "请输入"),
])
def test_bad_quantities(value, whole, kwargs, message):
    with pytest.raises(ValidationError, match=message):
        catalogue.quantity(value, whole, **kwargs)


def test_floats_never_pass():
    with pytest.raises(TypeError):
        catalogue.quantity(1.5, False)


def test_create_with_bin_and_units(keeper):
    part = catalogue.create_part(keeper, number="g052195m4", name=" 机油 5W-30 ", unit="升", bin="b-02-1", price="88.15",
                                 cost="50.12345", safety_stock="20.5")
    part = catalogue.get_part(part.id)
    assert (part.number, part.name, part.whole_units, part.bin.code, part.cost, part.safety_stock) == (
        "G052195M4", "机油 5W-30", False, "B-02-1", D("50.1235"), D("20.5"))
    assert Bin.get(Bin.code == "B-02-1").zone == "B"
    assert AuditLog.get(AuditLog.action == "part.create").entity_id == str(part.id)


@pytest.mark.parametrize("values, message", [
    ({"number": "X1", "name": ""}, "名称"),
    ({"number": "X1", "name": "甲", "safety_stock": "2.5"}, "不能是小数"),
    ({"number": "X1", "name": "甲", "price": "-1"}, "不能为负数"),
    ({"number": "X1", "name": "甲", "price": "12元"}, "不是有效的金额"),
    ({"number": "X1", "name": "甲", "bin": "货架一"}, "货位"),
    ({"number": "X1", "name": "甲", "colour": "红"}, "没有字段"),
    ({"number": "X1", "name": "甲" * 101}, "最多 100"),
])
def test_bad_catalogue_input_saves_nothing(keeper, values, message):
    with pytest.raises(ValidationError, match=message):
        catalogue.create_part(keeper, **values)
    assert Part.select().count() == 0


def test_a_number_is_taken_once(keeper):
    catalogue.create_part(keeper, number="06L115562", name="机油滤清器")
    with pytest.raises(ValidationError, match="已在档案中"):
        catalogue.create_part(keeper, number="06l 115 562", name="另一个")


def test_edits_prices_and_cost(keeper, manager):
    part = catalogue.create_part(keeper, number="06L115562", name="机油滤清器")
    part = catalogue.update_part(keeper, part.id, part.version, price="68", bin="A-01-1")  # a first price
    with pytest.raises(PermissionDenied, match="零售价"):
        catalogue.update_part(keeper, part.id, part.version, price="70")
    part = catalogue.update_part(manager, part.id, part.version, price="70")
    audit = AuditLog.select().where(AuditLog.action == "part.update").order_by(AuditLog.id.desc()).first()
    assert '"price": "68.00"' in audit.before and '"price": "70.00"' in audit.after
    part = catalogue.update_part(keeper, part.id, part.version, cost="39")  # never moved: still an estimate
    stock.receive(keeper, [{"part": part.id, "quantity": "1", "unit_cost": "41"}])
    part = Part.get_by_id(part.id)
    with pytest.raises(ValidationError, match="移动加权平均"):
        catalogue.update_part(keeper, part.id, part.version, cost="30")
    catalogue.update_part(manager, part.id, part.version, spec="5W")
    with pytest.raises(StaleRecord, match=manager.display_name):
        catalogue.update_part(keeper, part.id, part.version, name="新名")
    assert Part.get_by_id(part.id).on_hand == 1  # a catalogue edit never touches stock


def test_whole_units_cannot_be_switched_on_over_fractional_stock(keeper):
    oil = catalogue.create_part(keeper, number="OIL", name="机油", unit="升")
    stock.receive(keeper, [{"part": oil.id, "quantity": "2.5", "unit_cost": "40"}])
    oil = Part.get_by_id(oil.id)
    with pytest.raises(ValidationError, match="不能改为整数计量"):
        catalogue.update_part(keeper, oil.id, oil.version, whole_units=True)


def test_search_by_number_name_or_bin_as_typed(keeper):
    for number, name, bin_code in (("06L115562", "机油滤清器", "A-01-1"), ("06L115466", "机油滤芯", "A-01-2"),
                                   ("1K0698151", "前刹车片", "B-03-1"), ("5Q0615301", "刹车盘", "A-01-3")):
        catalogue.create_part(keeper, number=number, name=name, bin=bin_code)
    catalogue.create_part(keeper, number="OLD1", name="机油滤清器(旧)", active=False)

    def numbers(text, **kw):
        return [p.number for p in catalogue.search_parts(text, **kw)[0]]

    assert numbers("06l") == ["06L115466", "06L115562"]
    assert numbers("刹车") == ["1K0698151", "5Q0615301"]
    assert numbers("a-01") == ["06L115466", "06L115562", "5Q0615301"]
    assert numbers("机油滤清器", include_inactive=True) == ["06L115562", "OLD1"]
    assert numbers("100%") == []
    first, cursor = catalogue.search_parts("", limit=3)
    rest, end = catalogue.search_parts("", limit=3, after=cursor)
    assert len(first) == 3 and len(rest) == 1 and end is None
    assert catalogue.find_by_number("06l115562\n").name == "机油滤清器"
    with pytest.raises(NotFound, match="没有零件号 NOPE"):
        catalogue.find_by_number("nope")


def test_suppliers_of_a_part(keeper, users):
    part = catalogue.create_part(keeper, number="06L115562", name="机油滤清器")
    maker = catalogue.create_supplier(keeper, "一汽-大众备件中心", is_manufacturer=True)
    local = catalogue.create_supplier(keeper, "华北汽配")
    with pytest.raises(ValidationError, match="已存在"):
        catalogue.create_supplier(keeper, " 华北汽配 ")
    with pytest.raises(PermissionDenied):
        catalogue.create_supplier(users[auth.ADVISOR], "别家")
    catalogue.set_part_supplier(keeper, part.id, maker.id, supplier_number="FAW-1", last_cost="38")
    catalogue.set_part_supplier(keeper, part.id, local.id)
    catalogue.set_part_supplier(keeper, part.id, local.id, supplier_number="HB-9")
    detail = catalogue.part_detail(part.id)
    assert [(s["name"], s["supplier_number"]) for s in detail["suppliers"]] == [("一汽-大众备件中心", "FAW-1"), ("华北汽配", "HB-9")]
    catalogue.remove_part_supplier(keeper, part.id, local.id)
    assert len(catalogue.part_detail(part.id)["suppliers"]) == 1
    with pytest.raises(NotFound):
        catalogue.remove_part_supplier(keeper, part.id, local.id)
    assert [s.name for s in catalogue.list_suppliers("大众")] == ["一汽-大众备件中心"]
    maker = catalogue.update_supplier(keeper, maker.id, maker.version, phone="0431-85990000")
    assert maker.version == 2
