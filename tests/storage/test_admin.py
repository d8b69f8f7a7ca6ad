"""系统管理 in storage (issue 16 item 1): users, the store, vehicle models and the VIN decoder, the
labour-time table with its Excel round trip, and the go-live checklist."""
import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from storage.admin import checklist, labour, users, vehicles
from storage.models import AuditLog, LabourItem, Team, User
from storage.reception import archive, packages
from storage.rules import auth, settings
from storage.rules.errors import LoginFailed, PermissionDenied, SessionEnded, ValidationError
from tests.factories import PASSWORD

VIN = "LFV2A21K4A3043279"  # position 9 the check digit, position 10 "A" (2010)


def audit_actions(action):
    return AuditLog.select().where(AuditLog.action == action).count()


# -- users --------------------------------------------------------------------------------------------
def test_reset_password_signs_out_and_forces_a_new_one(users):
    admin, cashier = users[auth.ADMIN], users[auth.CASHIER]
    station = auth.login(cashier.username, PASSWORD)
    from storage.admin.users import reset_password, set_new_password

    reset_password(admin, cashier.id, "temp-1234")
    with pytest.raises(SessionEnded):  # the station signed in before the reset is refused at once
        auth.require(station, "cashier.settle")
    with pytest.raises(LoginFailed):
        auth.login(cashier.username, PASSWORD)
    fresh = auth.login(cashier.username, "temp-1234")
    assert fresh.must_change_password
    with pytest.raises(SessionEnded) as refused:  # nothing may be done with the temporary password
        auth.require(fresh, "cashier.settle")
    assert "设置新密码" in refused.value.message
    with pytest.raises(ValidationError):
        set_new_password(fresh, "temp-1234", "temp-1234")
    with pytest.raises(LoginFailed):
        set_new_password(fresh, "wrong", "mine-5678")
    now_user = set_new_password(fresh, "temp-1234", "mine-5678")
    assert not now_user.must_change_password
    auth.require(now_user, "cashier.settle")
    assert auth.login(cashier.username, "mine-5678").id == cashier.id
    assert audit_actions("user.password_reset") == 1
    with pytest.raises(ValidationError):
        reset_password(admin, admin.id, "temp-9999")  # not one's own


def test_disable_role_discount_limit_and_teams(users):
    admin, advisor, dispatcher = users[auth.ADMIN], users[auth.ADVISOR], users[auth.DISPATCHER]
    station = auth.login(advisor.username, PASSWORD)
    changed = auth.update_user(admin, advisor.id, advisor.version, discount_limit="200.005")
    assert changed.discount_limit == Decimal("200.01")
    with pytest.raises(SessionEnded):
        auth.require(station, "order.edit")
    with pytest.raises(ValidationError):
        auth.update_user(admin, advisor.id, changed.version, discount_limit="-1")
    red = Team.create(name="机修一组")
    blue = Team.create(name="钣喷组")
    d = auth.update_user(admin, dispatcher.id, dispatcher.version, team_ids=[blue.id, red.id])
    assert users_module_ids(d) == sorted([red.id, blue.id])
    from storage.admin.users import users_page

    rows, _ = users_page(admin, d.username)
    assert rows[0]["teams"] in ("机修一组、钣喷组", "钣喷组、机修一组")
    with pytest.raises(ValidationError):
        auth.update_user(admin, dispatcher.id, d.version, team_ids=[9999])
    off = auth.update_user(admin, advisor.id, changed.version, active=False)
    with pytest.raises(LoginFailed):
        auth.login(advisor.username, PASSWORD)
    assert not off.active
    with pytest.raises(ValidationError):
        auth.update_user(admin, admin.id, admin.version, active=False)
    with pytest.raises(PermissionDenied):
        users_page(users[auth.CASHIER])


def users_module_ids(user):
    from storage.admin.users import team_ids_of

    return team_ids_of(user)


def test_user_list_export_and_permission_table(users, tmp_path):
    from storage.admin.users import export_users, permission_table, users_page

    admin = users[auth.ADMIN]
    rows, cursor = users_page(admin, limit=3)
    assert len(rows) == 3 and cursor == rows[-1]["username"]
    more, _ = users_page(admin, after=cursor, limit=100)
    assert len(rows) + len(more) == User.select().count()
    assert [r["role"] for r in users_page(admin, auth.CASHIER)[0]] == [auth.CASHIER]
    path = tmp_path / "users.xlsx"
    assert export_users(admin, path) == User.select().count()
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]][:3] == ["用户名", "姓名", "角色"]
    table = permission_table()
    row = next(r for r in table["rows"] if r[0] == "users.manage")
    assert dict(zip(table["roles"], row[2])) == {r: r in (auth.ADMIN, auth.MANAGER) for r in auth.ROLES}


# -- vehicles and the VIN --------------------------------------------------------------------------------
def test_model_year_from_position_ten():
    assert vehicles.model_years("A") == (1980, 2010)
    assert vehicles.model_years("Y") == (2000, 2030)
    assert vehicles.model_years("1") == (2001, 2031)
    assert vehicles.model_years("9") == (2009, 2039)
    assert vehicles.model_years("R") == (1994, 2024)
    for never in ("I", "O", "Q", "U", "Z", "0"):
        assert vehicles.model_years(never) is None
    assert vehicles.model_year("R", today=dt.date(2026, 12, 7)) == 2024
    assert vehicles.model_year("T", today=dt.date(2026, 12, 7)) == 2026
    assert vehicles.model_year("V", today=dt.date(2026, 12, 7)) == 2027  # next year's model is on sale
    assert vehicles.model_year("W", today=dt.date(2026, 12, 7)) == 1998  # 2028 is too far ahead


def test_vin_prefix_fills_the_model_at_check_in(users):
    admin, advisor = users[auth.ADMIN], users[auth.ADVISOR]
    magotan = vehicles.save_vehicle_model(admin, brand="一汽-大众", name="迈腾 2.0T", engine="EA888",
                                          displacement="2.0T", gearbox="7速双离合", group="B级车")
    sagitar = vehicles.save_vehicle_model(admin, brand="一汽-大众", name="速腾", group="A级车")
    with pytest.raises(ValidationError):
        vehicles.save_vehicle_model(admin, brand="一汽-大众", name="速腾")
    vehicles.save_vin_prefix(admin, "LFV2", sagitar.id)
    vehicles.save_vin_prefix(admin, "lfv2a2", magotan.id)  # longer wins; typed in lower case
    with pytest.raises(ValidationError):
        vehicles.save_vin_prefix(admin, "LFO", magotan.id)
    decoded = vehicles.decode_vin(VIN)
    assert decoded["maker"] == "一汽-大众" and decoded["year"] == 2010 and decoded["model_id"] == magotan.id
    assert decoded["prefix"] == "LFV2A2"
    assert vehicles.decode_vin("LFV2B")["model_id"] == sagitar.id
    assert vehicles.decode_vin("XYZ")["maker"] is None
    assert [r["prefix"] for r in vehicles.prefixes_page(VIN)[0]] == ["LFV2", "LFV2A2"]  # a whole VIN finds its prefixes
    assert [r["prefix"] for r in vehicles.prefixes_page("速腾")[0]] == ["LFV2"]
    customer = archive.create_customer(advisor, name="王先生", phone="13912345678")
    car = archive.create_vehicle(advisor, customer.id, plate="京A12345", vin=VIN)
    assert car.model_id == magotan.id and car.model_text == "一汽-大众 迈腾 2.0T"
    with pytest.raises(PermissionDenied):
        vehicles.save_vehicle_model(advisor, brand="X", name="Y")
    assert audit_actions("vin_prefix.create") == 2 and audit_actions("vehicle_model.create") == 2


def test_labour_by_model_group_and_excel_round_trip(users, tmp_path):
    admin, advisor = users[auth.ADMIN], users[auth.ADVISOR]
    magotan = vehicles.save_vehicle_model(admin, brand="一汽-大众", name="迈腾", group="B级车")
    sagitar = vehicles.save_vehicle_model(admin, brand="一汽-大众", name="速腾", group="A级车")
    packages.save_labour_item(admin, code="BY-01", name="更换机油机滤", hours="0.5", system="发动机", model_group="B级车")
    packages.save_labour_item(admin, code="BY-02", name="更换机油机滤", hours="0.4", system="发动机", model_id=sagitar.id)
    packages.save_labour_item(admin, code="JC-01", name="四轮定位", hours="1.0", system="底盘")
    with pytest.raises(ValidationError):
        packages.save_labour_item(admin, code="X-1", name="a", hours="1", model_group="不存在")
    customer = archive.create_customer(advisor, name="李女士", phone="13912345679")
    car = archive.create_vehicle(advisor, customer.id, plate="京A54321", model=magotan.id)
    codes = [r["code"] for r in packages.labour_catalogue(vehicle_id=car.id)[0]]
    assert codes == ["BY-01", "JC-01"]  # the group's item and the general one; not the other model's
    path = tmp_path / "labour.xlsx"
    assert labour.export_labour(path) == 3
    book = load_workbook(path)
    sheet = book.active
    sheet.append(["NEW-1", "更换空调滤", "空调", "0.3", "", "", "", "是"])
    sheet.cell(row=2, column=4).value = "0.6"  # BY-01 gets 0.6 h
    book.save(path)
    assert labour.import_labour(admin, path) == {"created": 1, "updated": 3}
    assert LabourItem.get(LabourItem.code == "BY-01").hours == Decimal("0.60")
    assert LabourItem.get(LabourItem.code == "BY-02").model_id == sagitar.id
    assert labour.import_labour(admin, path) == {"created": 0, "updated": 4}
    # one bad row: nothing of the file is written
    bad = Workbook()
    bad.active.append(["工时代码", "项目名称", "标准工时", "适用车型"])
    bad.active.append(["NEW-2", "检查刹车", "0.5", ""])
    bad.active.append(["NEW-3", "", "0.5", ""])
    bad.active.append(["NEW-4", "检查灯光", "500", ""])
    bad.active.append(["NEW-5", "检查", "0.2", "不存在的车"])
    bad.save(tmp_path / "bad.xlsx")
    with pytest.raises(ValidationError) as refused:
        labour.import_labour(admin, tmp_path / "bad.xlsx")
    assert "第 3 行" in refused.value.message and "第 4 行" in refused.value.message and "第 5 行" in refused.value.message
    assert not LabourItem.select().where(LabourItem.code == "NEW-2").exists()
    with pytest.raises(PermissionDenied):
        labour.import_labour(advisor, path)


def test_store_details_logo_and_checklist(users, tmp_path):
    admin = users[auth.ADMIN]
    items = {i["key"]: i for i in checklist.checklist()}
    assert not items["store"]["done"] and "维修经营许可证号" in items["store"]["detail"]
    assert items["users"]["done"]  # the fixture has every role
    assert not items["labour"]["done"] and not items["packages"]["done"] and not items["printers"]["done"]
    settings.save_store(admin, {"store.licence": "京交运管许可字 110105001234 号", "store.brand": "一汽-大众",
                                "store.invoice_header": "北京红旗路汽车销售服务有限公司"})
    assert settings.store_header()["invoice_header"] == "北京红旗路汽车销售服务有限公司"
    with pytest.raises(ValidationError):
        settings.save_store(admin, {"store.name": "  ", "store.address": "新地址"})
    assert settings.get("store.address") == "北京市朝阳区红旗路 88 号"  # all or nothing
    png = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (120, 40), "navy").save(png)
    settings.save_store(admin, {"store.logo": settings.logo_bytes(png)})
    (tmp_path / "x.txt").write_text("not a picture")
    with pytest.raises(ValidationError):
        settings.logo_bytes(tmp_path / "x.txt")
    import io

    from printing import test_page
    from tests.pdftext import pdftotext

    out = io.BytesIO()
    test_page.render("a4", "p", out)
    assert b"/Subtype /Image" in out.getvalue()  # the logo in the printed header
    text = pdftotext(out.getvalue())
    assert "一汽-大众 授权服务" in text and "京交运管许可字 110105001234 号" in text
    assert "开票单位：北京红旗路汽车销售服务有限公司" in text
    items = {i["key"]: i for i in checklist.checklist(printers_set=True, backup_place="D:/备份")}
    assert items["store"]["done"] and items["printers"]["done"] and items["backup"]["done"]


def test_guarantee_care_and_sanbao_rules_never_looser_than_the_law(users):
    from storage.admin import rules

    admin, advisor = users[auth.ADMIN], users[auth.ADVISOR]
    rows = {r["key"]: r for r in rules.rule_rows()}
    assert rows["guarantee.二级维护"]["legal"].startswith("法定最低 30 天 / 5,000 公里")
    assert rows["sanbao.repair_days"]["legal"].startswith("法定上限 30")
    assert rows["sanbao.safety_systems"]["default"] == "转向、制动、车身、安全装置"
    with pytest.raises(ValidationError, match="法定最低"):
        rules.save_rule(admin, "guarantee.二级维护", "20、5000")
    rules.save_rule(admin, "guarantee.二级维护", "45 天、8,000 公里")
    assert settings.get("guarantee.二级维护") == [45, 8000]
    with pytest.raises(ValidationError, match="不得高于法定"):
        rules.save_rule(admin, "sanbao.repair_days", "35")
    rules.save_rule(admin, "sanbao.repair_days", "25")
    with pytest.raises(ValidationError, match="不能去掉法定"):
        rules.save_rule(admin, "sanbao.safety_systems", "转向、制动")
    rules.save_rule(admin, "sanbao.safety_systems", "转向、制动、车身、安全装置、悬架")
    with pytest.raises(ValidationError, match="不得短于法定"):
        rules.save_rule(admin, "sanbao.valid", "1、50000")
    rules.save_rule(admin, "care.first_call_days", "3")
    with pytest.raises(PermissionDenied):
        rules.save_rule(advisor, "care.first_call_days", "1")
    with pytest.raises(ValidationError):
        rules.save_rule(admin, "store.name", "x")  # not a rule
    changed = {r["key"] for r in rules.rule_rows() if r["changed"]}
    assert changed == {"guarantee.二级维护", "sanbao.repair_days", "sanbao.safety_systems", "care.first_call_days"}
    assert [r["key"] for r in rules.rule_rows("三包")][0].startswith("sanbao.")


def test_a_dispatcher_sees_only_the_teams_given_to_him(users, shop):
    from storage import workshop
    from tests.factories import labour_lines, order_in_workshop

    admin, advisor, dispatcher = users[auth.ADMIN], users[auth.ADVISOR], users[auth.DISPATCHER]
    body = order_in_workshop(advisor, dispatcher, plate="京B10001")
    workshop.dispatch(dispatcher, body.id, body.version,
                      [{"line": ln.id, "team": shop["team2"].id} for ln in labour_lines(body)])
    mech = order_in_workshop(advisor, dispatcher, plate="京B10002")
    workshop.dispatch(dispatcher, mech.id, mech.version,
                      [{"line": ln.id, "team": shop["team1"].id} for ln in labour_lines(mech)])
    waiting = order_in_workshop(advisor, dispatcher, plate="京B10003")
    everyone = {c.order_id for c in workshop.board(user=dispatcher)}
    assert {body.id, mech.id, waiting.id} <= everyone
    limited = auth.update_user(admin, dispatcher.id, dispatcher.version, team_ids=[shop["team2"].id])
    seen = {c.order_id for c in workshop.board(user=limited)}
    assert body.id in seen and waiting.id in seen and mech.id not in seen
    assert mech.id in {c.order_id for c in workshop.board()}  # the wall and the manager see all


def test_document_prefixes_and_payment_methods(users):
    from storage.admin import documents
    from storage.plumbing.db import transaction
    from storage.rules.numbering import next_number

    admin = users[auth.ADMIN]
    day = dt.date(2026, 12, 7)
    with transaction():
        assert next_number("work_order", day) == "WO20261207-0001"
    documents.set_prefix(admin, "work_order", "gd")
    with transaction():
        assert next_number("work_order", day) == "GD20261207-0002"  # the running number goes on
    with pytest.raises(ValidationError, match="已用于另一种单据"):
        documents.set_prefix(admin, "work_order", "JS")
    with pytest.raises(ValidationError, match="大写英文字母"):
        documents.set_prefix(admin, "work_order", "工单")
    row = next(r for r in documents.rows("维修工单"))
    assert (row["value"], row["default"]) == ("GD", "WO")
    documents.set_payment_method(admin, "支付宝", False)
    assert "支付宝" not in settings.payment_methods() and "现金" in settings.payment_methods()
    from storage.cashier.common import clean_tenders
    with pytest.raises(ValidationError, match="已在系统管理中停用"):
        clean_tenders([("支付宝", "10.00")])
    documents.set_payment_method(admin, "支付宝", True)
    assert settings.get("cashier.payment_methods") == []  # all offered again
    with pytest.raises(PermissionDenied):
        documents.set_prefix(users[auth.CASHIER], "settlement", "SJ")


def test_labour_rate_per_repair_system(users):
    from storage.admin.labour import labour_page, save_labour_rates

    admin, advisor = users[auth.ADMIN], users[auth.ADVISOR]
    packages.save_labour_item(admin, code="BJ-01", name="前保险杠整形", hours="2", system="钣金")
    packages.save_labour_item(admin, code="BY-01", name="更换机油", hours="0.5", system="保养")
    save_labour_rates(admin, "150", {"钣金": "200", "保养": ""})
    assert settings.labour_rate("钣金") == Decimal("200.00") and settings.labour_rate("保养") == Decimal("150.00")
    prices = {r["code"]: r["price"] for r in labour_page()[0]}
    assert prices == {"BJ-01": Decimal("400.00"), "BY-01": Decimal("75.00")}
    assert {r["code"]: r["price"] for r in packages.labour_catalogue()[0]} == prices
    with pytest.raises(ValidationError):
        save_labour_rates(admin, "160", {"钣金": "-5"})
    assert settings.labour_rate("钣金") == Decimal("200.00") and settings.get_money("labour.rate") == Decimal("150.00")
    with pytest.raises(PermissionDenied):
        save_labour_rates(advisor, "100", {})
    from storage.reception import estimate
    from tests.factories import make_car, make_order

    order = make_order(advisor, vehicle=make_car(advisor), lines=())
    change = estimate.add_labour_line(advisor, order.id, order.version, LabourItem.get(LabourItem.code == "BJ-01").id)
    from storage.models import WorkOrderLine
    line = WorkOrderLine.select().where(WorkOrderLine.order == order.id).get()
    assert line.unit_price == Decimal("200.00") and line.amount == Decimal("400.00")
