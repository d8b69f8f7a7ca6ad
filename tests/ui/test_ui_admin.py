"""系统管理 in the real windows (issue 16 items 1 and 3, and the "done shows" of item 1): a store set
up without --demo — the administrator creates the users, a model with its VIN prefix, labour items
and a package through the admin station's tabs and dialogs, by keyboard where a person would; an
advisor then checks a car in and sees its package and its hours. Every admin page fits 1093×614."""
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from storage.admin import vehicles
from storage.models import LabourItem, ServicePackage, User, VehicleModel
from storage.plumbing.config import LocalSettings
from storage.reception import archive, packages
from storage.rules import auth, settings
from storage.rules.errors import SessionEnded
from tests.factories import PASSWORD
from tests.reception_ui_helpers import shown, type_text, when_shown

VIN = "LFV2A21K4A3043279"
SMALL = (1093, 614)


@pytest.fixture
def page(qtbot, admin, tmp_path):
    from ui.admin.page import AdminPage

    p = AdminPage(user=admin, local=LocalSettings(tmp_path / "settings.json"))
    p.resize(*SMALL)
    return shown(qtbot, p)


def fill_and_save(values: dict, *, expect_error: str | None = None):
    """Steps for a RecordDialog: type the values, press Enter (保存)."""
    def steps(dialog):
        for key, value in values.items():
            dialog.set_value(key, value)
        dialog.accept()
        if expect_error is not None:
            assert expect_error in dialog.ui.messageLabel.text()
            dialog.reject()
    return steps


def run(button, steps, qtbot):
    from ui.admin.record_dialog import RecordDialog

    scheduled = when_shown(RecordDialog, steps)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    scheduled.check()


@pytest.fixture
def set_up_by_wizard(qtbot, db, tmp_path):
    """A fresh database set up as a new store is: the first-run wizard (store, administrator), no demo;
    then the administrator signs in at the login dialog and opens 系统管理."""
    from tests.conftest import PG_URL
    from tests.install.test_install import _next, _set_up_store, _wizard
    from ui.admin.page import AdminPage
    from ui.shell.login_dialog import LoginDialog

    local = LocalSettings(tmp_path / "settings.json")
    url = PG_URL or f"sqlite:///{(tmp_path / 'service.db').as_posix()}"
    wizard = _wizard(qtbot, local, database_url=url)
    _next(qtbot, wizard, wizard.ui.storePage)
    _set_up_store(qtbot, wizard, username="admin")
    login = shown(qtbot, LoginDialog(username="admin"))
    type_text(qtbot, login.ui.passwordEdit, PASSWORD)
    login.accept()
    assert login.user.role == auth.ADMIN and auth.stations_for(login.user) == ["admin"]
    p = AdminPage(user=login.user, local=local)
    p.resize(*SMALL)
    return shown(qtbot, p)


def test_a_store_set_up_without_demo_then_an_advisor_checks_a_car_in(qtbot, set_up_by_wizard):
    page = set_up_by_wizard
    assert not settings.is_demo()
    assert {i["key"] for i in page.checklist.items if not i["done"]} >= {"users", "models", "labour", "packages"}
    # users: an advisor and a service manager
    page.show_tab("users")
    run(page.users.ui.newButton, fill_and_save({"username": "liuyang", "display_name": "刘洋", "role": auth.ADVISOR,
                                                "password": "front-desk-1", "phone": "13912345678",
                                                "discount_limit": "100"}), qtbot)
    run(page.users.ui.newButton, fill_and_save({"username": "wang", "display_name": "王海涛", "role": auth.MANAGER,
                                                "password": "manager-123"}), qtbot)
    run(page.users.ui.newButton, fill_and_save({"username": "sun", "display_name": "孙丽", "role": auth.CASHIER,
                                                "password": "x"}, expect_error="至少需要 6 位"), qtbot)
    assert not User.select().where(User.username == "sun").exists()
    run(page.users.ui.newButton, fill_and_save({"username": "sun", "display_name": "孙丽", "role": auth.CASHIER,
                                                "password": "cashier-1"}), qtbot)
    advisor = User.get(User.username == "liuyang")
    assert advisor.role == auth.ADVISOR and str(advisor.discount_limit) == "100.00" and advisor.phone == "13912345678"
    assert "已新建用户 sun" in page.users.ui.messageLabel.text()
    # a vehicle model with its group, and the VIN prefix that names it
    page.show_tab("models")
    run(page.models.ui.newButton, fill_and_save({"brand": "一汽-大众", "name": "迈腾 2.0T", "engine": "EA888",
                                                 "displacement": "2.0T", "gearbox": "7速双离合", "group": "B级车",
                                                 "service_km": 10000}), qtbot)
    magotan = VehicleModel.get(VehicleModel.name == "迈腾 2.0T")
    assert (magotan.engine, magotan.gearbox, magotan.group) == ("EA888", "7速双离合", "B级车")
    page.show_tab("prefixes")
    type_text(qtbot, page.prefixes.ui.searchEdit, VIN)
    assert "一汽-大众" in page.prefixes.ui.messageLabel.text() and "2010" in page.prefixes.ui.messageLabel.text()
    page.prefixes.ui.searchEdit.clear()
    run(page.prefixes.ui.newButton, fill_and_save({"prefix": "LFV2A2", "model_id": magotan.id}), qtbot)
    assert vehicles.model_for_vin(VIN).id == magotan.id
    # labour items: one for the model group, one for every car; and the labour rate
    page.show_tab("labour")
    run(page.labour.ui.newButton, fill_and_save({"code": "BY-10", "name": "更换机油机滤", "system": "保养", "hours": "0.6",
                                                 "model_group": "B级车"}), qtbot)
    run(page.labour.ui.newButton, fill_and_save({"code": "JC-01", "name": "全车检查", "system": "底盘", "hours": "0.4"}), qtbot)
    run(page.labour.ui.newButton, fill_and_save({"code": "BAD", "name": "x", "hours": "abc"}, expect_error="工时"), qtbot)
    run(page.labour.ui.extraButton, fill_and_save({"rate": "150"}), qtbot)
    assert LabourItem.select().count() == 2 and str(settings.get("labour.rate")) == "150.00"
    # a package for the model at 10,000 km
    page.show_tab("packages")
    items = [LabourItem.get(LabourItem.code == c).id for c in ("BY-10", "JC-01")]
    run(page.packages.ui.newButton, fill_and_save({"name": "10000 公里保养", "model_id": magotan.id, "interval_km": 10000,
                                                   "labour_ids": items}), qtbot)
    assert ServicePackage.get().model_id == magotan.id
    page.show_tab("checklist")
    todo = {i["key"] for i in page.checklist.items if not i["done"]}
    assert not todo & {"users", "models", "labour", "packages"}

    # the advisor: a new car whose model comes from its VIN, checked in; its package and hours
    from ui.reception.checkin_dialog import CheckInDialog
    from ui.reception.order_editor import OrderEditor

    station = auth.login("liuyang", "front-desk-1")
    owner = archive.create_customer(station, name="张先生", phone="13700001111")
    car = archive.create_vehicle(station, owner.id, plate="京A12345", vin=VIN)
    assert car.model_id == magotan.id
    dialog = shown(qtbot, CheckInDialog(user=station, vehicle_id=car.id))
    type_text(qtbot, dialog.ui.mileageEdit, "10020")
    type_text(qtbot, dialog.ui.keyEdit, "K-1")
    dialog.accept()
    assert dialog.order is not None
    editor = shown(qtbot, OrderEditor(user=station, order_id=dialog.order.id))
    assert "10000 公里保养" in editor.ui.packageCombo.currentText()  # suggested for 10,020 km
    rows, _ = packages.labour_catalogue(vehicle_id=car.id)
    assert {(r["code"], str(r["hours"]), str(r["price"])) for r in rows} == {("BY-10", "0.60", "90.00"), ("JC-01", "0.40", "60.00")}


def test_disable_and_reset_from_the_users_tab(qtbot, page, users):
    cashier = users[auth.CASHIER]
    station = auth.login(cashier.username, PASSWORD)
    page.show_tab("users")
    page.users.ui.searchEdit.setText(cashier.username)
    page.users.reload()
    assert page.users.select_where("username", cashier.username)
    run(page.users.ui.extraButton, fill_and_save({"password": "temp-9876"}), qtbot)
    with pytest.raises(SessionEnded):
        auth.require(station, "cashier.settle")
    assert User.get_by_id(cashier.id).must_change_password
    # the login asks for a new password before anything else
    from ui.shell.login_dialog import LoginDialog
    from ui.shell.new_password_dialog import NewPasswordDialog

    login = shown(qtbot, LoginDialog(username=cashier.username))

    def new_password(dialog):
        type_text(qtbot, dialog.ui.newEdit, "cash-4321")
        type_text(qtbot, dialog.ui.repeatEdit, "cash-4321")
        dialog.accept()

    scheduled = when_shown(NewPasswordDialog, new_password)
    type_text(qtbot, login.ui.passwordEdit, "temp-9876")
    login.accept()
    scheduled.check()
    assert login.user is not None and not login.user.must_change_password
    auth.require(login.user, "cashier.settle")
    # 停用 takes effect at once
    page.users.reload()
    page.users.select_where("username", cashier.username)
    qtbot.mouseClick(page.users.ui.toggleButton, Qt.MouseButton.LeftButton)
    assert "已停用" in page.users.ui.messageLabel.text()
    with pytest.raises(SessionEnded):
        auth.require(login.user, "cashier.settle")


def test_exports_and_the_store_page(qtbot, page, users, tmp_path):
    page.show_tab("users")
    path = tmp_path / "users.xlsx"
    page.users.export(str(path))
    qtbot.waitUntil(lambda: "已导出" in page.users.ui.messageLabel.text(), timeout=10000)
    assert load_workbook(path).active.max_row == 1 + User.select().count()
    page.permissions.export(str(tmp_path / "rights.xlsx"))
    assert load_workbook(tmp_path / "rights.xlsx").active.cell(1, 2).value == auth.ROLES[0]
    page.show_tab("store")
    store = page.store
    store.ui.licenceEdit.setText("京交运管许可字 110105001234 号")
    store.ui.invoiceEdit.setText("北京红旗路汽车销售服务有限公司")
    from PIL import Image

    Image.new("RGB", (200, 60), "darkred").save(tmp_path / "logo.png")
    store.choose_logo(str(tmp_path / "logo.png"))
    qtbot.keyClick(store.ui.invoiceEdit, Qt.Key.Key_Return)
    assert "已保存" in store.ui.messageLabel.text()
    assert settings.store_header()["licence"] == "京交运管许可字 110105001234 号" and settings.get("store.logo")
    store.ui.nameEdit.clear()
    store.save()
    assert "店名" in store.ui.messageLabel.text() and settings.get("store.name")


def test_rules_tab_refuses_looser_than_the_law(qtbot, page):
    page.show_tab("rules")
    tab = page.rules
    tab.ui.searchEdit.setText("累计修理天数")
    tab.reload()
    assert tab.select_where("key", "sanbao.repair_days")
    run(tab.ui.editButton, fill_and_save({"value": "40"}, expect_error="不得高于法定"), qtbot)
    assert settings.get("sanbao.repair_days") == 30
    run(tab.ui.editButton, fill_and_save({"value": "20"}), qtbot)
    assert settings.get("sanbao.repair_days") == 20
    tab.select_where("key", "sanbao.repair_days")
    qtbot.mouseClick(tab.ui.extraButton, Qt.MouseButton.LeftButton)
    assert settings.get("sanbao.repair_days") == 30 and "恢复默认" in tab.ui.messageLabel.text()


def test_checklist_leads_to_the_page_that_completes_an_item(qtbot, page):
    from ui.shell.settings_pages.printers import PrintersPage

    table = page.checklist.ui.itemsTable
    row = next(i for i, item in enumerate(page.checklist.items) if item["key"] == "labour")
    table.setCurrentCell(row, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.ui.tabs.currentWidget() is page.labour
    page.show_tab("printers")
    dialog = page.settings_dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog.ui.pageStack.currentWidget(), PrintersPage)
    dialog.reject()


def test_documents_tab(qtbot, page):
    page.show_tab("documents")
    tab = page.documents
    assert tab.select_where("key", "work_order")
    run(tab.ui.editButton, fill_and_save({"prefix": "JS"}, expect_error="已用于另一种单据"), qtbot)
    run(tab.ui.editButton, fill_and_save({"prefix": "GD"}), qtbot)
    assert tab.select_where("key", "微信")
    qtbot.mouseClick(tab.ui.toggleButton, Qt.MouseButton.LeftButton)
    assert "微信" not in settings.payment_methods()
    assert tab.select_where("key", "work_order") and tab.current_row()["example"].startswith("GD")


def test_workshop_and_suppliers_tabs(qtbot, page, users, tmp_path):
    from storage import workshop
    from ui.admin.page import AdminPage
    from ui.workshop.setup_dialog import WorkshopSetupDialog

    assert "suppliers" not in page.tabs  # the administrator does not buy parts
    page.show_tab("workshop")

    def add_team(dialog):
        dialog.ui.teamNameEdit.setText("机修一组")
        dialog.ui.teamLeaderEdit.setText("张建国")
        dialog.add_team()
        dialog.reject()

    scheduled = when_shown(WorkshopSetupDialog, add_team)
    qtbot.mouseClick(page.workshop.ui.newButton, Qt.MouseButton.LeftButton)
    scheduled.check()
    assert [t["name"] for t in workshop.teams()] == ["机修一组"]
    assert page.workshop.model.rowCount() == 1
    manager_page = shown(qtbot, AdminPage(user=users[auth.MANAGER], local=LocalSettings(tmp_path / "m.json")))
    manager_page.show_tab("suppliers")
    from ui.parts.supplier_dialog import SupplierDialog

    def new_supplier(dialog):
        dialog.ui.nameEdit.setText("北京配件中心")
        dialog.accept()

    scheduled = when_shown(SupplierDialog, new_supplier)
    qtbot.mouseClick(manager_page.suppliers.ui.newButton, Qt.MouseButton.LeftButton)
    scheduled.check()
    assert manager_page.suppliers.model.rowCount() == 1


@pytest.mark.parametrize("key", ["checklist", "users", "permissions", "store", "models", "prefixes", "labour", "packages",
                                 "rules", "workshop", "documents", "import"])
def test_every_admin_tab_fits_the_small_screen(qtbot, page, key, tmp_path):
    page.show_tab(key)
    widget = page.tabs[key][0]
    assert widget.minimumSizeHint().width() <= SMALL[0] - 200 and widget.minimumSizeHint().height() <= SMALL[1] - 120
    page.grab().save(str(tmp_path / f"{key}.png"))


def test_the_manager_sets_up_the_card_kinds_and_the_top_up_bonus(qtbot, manager, tmp_path):
    """系统管理 → 会员卡种: a package card made through the dialog, typed wrong first, then stopped;
    the top-up bonus typed as the counter says it; the till sells only what is active."""
    from storage.cashier import cards
    from ui.admin.page import AdminPage

    page = shown(qtbot, AdminPage(user=manager, local=LocalSettings(tmp_path / "settings.json")))
    page.resize(*SMALL)
    page.show_tab("card_kinds")
    tab = page.card_kinds
    assert page.ui.tabs.currentWidget() is tab
    run(tab.ui.newButton, fill_and_save({"name": "保养四次卡", "card_type": "套餐卡", "price": "800", "service_name": "",
                                         "services": 4, "valid_months": 12},
                                        expect_error="套餐卡请填写服务项目名称"), qtbot)
    assert cards.kinds() == []  # refused: nothing saved
    run(tab.ui.newButton, fill_and_save({"name": "保养四次卡", "card_type": "套餐卡", "price": "800",
                                         "service_name": "机油保养", "services": 4, "valid_months": 12}), qtbot)
    assert "已新建卡种 保养四次卡" in tab.ui.messageLabel.text()
    [kind] = cards.kinds()
    assert (kind.card_type, kind.price, kind.services, kind.valid_months) == ("套餐卡", Decimal("800.00"), 4, 12)
    assert tab.select_where("name", "保养四次卡")
    qtbot.mouseClick(tab.ui.toggleButton, Qt.MouseButton.LeftButton)
    assert "已停用卡种 保养四次卡" in tab.ui.messageLabel.text() and cards.kinds() == []
    run(tab.ui.extraButton, fill_and_save({"rules": "充1000送一百"}, expect_error="请写成“充1000送100”"), qtbot)
    run(tab.ui.extraButton, fill_and_save({"rules": "充1000送100，充2000送300"}), qtbot)
    assert "充1000送100，充2000送300" in tab.ui.messageLabel.text()
    assert cards.bonus_for(Decimal("2500")) == Decimal("300.00")


def test_the_administrator_does_not_see_the_card_kinds(page):
    assert "card_kinds" not in page.tabs  # the manager's: an administrator sets the store up, not its prices
