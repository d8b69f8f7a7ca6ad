"""Opening the books (issue 16 item 3): opening stock counted and approved, opening receivables in
the cashier's receivables, member balances as a ledger, the checklist, and `check` after it all."""
import csv
import datetime as dt
from decimal import Decimal

import pytest

from storage import cashier
from storage.admin import checklist
from storage.cashier import members
from storage.golive import opening
from storage.golive.kinds import balances, receivables
from storage.models import AuditLog, Customer, MemberMovement, OpeningStock, Part, Receivable, StockMovement
from storage.parts import importer
from storage.parts import opening as opening_stock
from storage.plumbing.db import transaction
from storage.reception import archive
from storage.reports import accounts, periods
from storage.rules import auth
from storage.rules.errors import PermissionDenied, ValidationError
from storage.store import backup_restore
from tests.conftest import PG_URL
from tests.factories import first_version_file

D = Decimal
STOCK = [["零件号", "零件名称", "单位", "货位", "成本价", "零售价", "期初库存"],
         ["06L115562", "机油滤清器", "个", "A-01-1", "40", "68", "12"],
         ["G052195M4", "机油 5W-30", "升", "B-02-1", "50.5", "88.15", "40.5"],
         ["03C906024", "发动机电脑", "个", "C-01-1", "5000", "6800", "1"]]


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="gbk") as f:
        csv.writer(f).writerows(rows)
    return path


def run_kind(kind, user, rows):
    """What the machinery does with one file: check every row, then apply them in one transaction."""
    seen, clean = {}, []
    for number, row in enumerate(rows, 2):
        clean.append(kind.check({**{k: "" for k in kind.FIELDS}, **row, "_row": number}, seen))
    with transaction():
        return kind.apply(user, clean)


def refused(kind, row, words, seen=None):
    with pytest.raises(ValidationError, match=words):
        kind.check({**{k: "" for k in kind.FIELDS}, **row}, {} if seen is None else seen)


@pytest.fixture
def customers(users):
    advisor = users[auth.ADVISOR]
    return {
        "zhang": archive.create_customer(advisor, name="张伟", phone="13800138000"),
        "li": archive.create_customer(advisor, name="李娜", phone="13912345678"),
        "firm": archive.create_customer(advisor, name="王经理", phone="13700001111", kind="单位", company="北京顺达物流有限公司"),
    }


def test_the_kinds_follow_the_shared_interface():
    for kind, name, label, order in ((receivables, "receivables", "期初应收", 40), (balances, "balances", "会员余额", 50)):
        assert (kind.KIND, kind.LABEL, kind.ORDER) == (name, label, order)
        assert set(kind.REQUIRED) <= set(kind.FIELDS) and all(isinstance(v, tuple) and v for v in kind.FIELDS.values())


# ---------------------------------------------------------------- opening stock

def test_opening_stock_waits_for_the_manager_then_one_movement_per_part(users, tmp_path):
    keeper, manager = users[auth.STOREKEEPER], users[auth.MANAGER]
    report = importer.import_parts(keeper, write_csv(tmp_path / "stock.csv", STOCK))
    assert (report.created, report.opening_stock, report.refused) == (3, 3, [])
    assert "待服务经理审核入账" in report.summary()
    # entered, not on hand: nothing in the ledger, the part cannot be issued yet
    assert [p.on_hand for p in Part.select()] == [0, 0, 0] and StockMovement.select().count() == 0
    totals = opening_stock.totals()
    assert (totals["lines"], totals["quantity"], totals["value"]) == (3, D("53.5"), D("7525.25"))
    rows, cursor = opening_stock.pending(limit=2)
    assert [r["number"] for r in rows] == ["03C906024", "06L115562"] and cursor == "06L115562"
    rows, cursor = opening_stock.pending(after=cursor, limit=2)
    assert [(r["number"], r["bin"], r["value"]) for r in rows] == [("G052195M4", "B-02-1", D("2045.25"))] and cursor is None
    # a second import before approval replaces the pending figure, never adds to it
    changed = [STOCK[0], [*STOCK[1][:6], "10"]]
    assert importer.import_parts(keeper, write_csv(tmp_path / "again.csv", changed)).opening_stock == 1
    assert OpeningStock.get(OpeningStock.part == Part.get(Part.number == "06L115562").id).quantity == D(10)
    with pytest.raises(PermissionDenied):
        opening_stock.approve(keeper)
    assert StockMovement.select().count() == 0
    result = opening_stock.approve(manager)
    assert (result["lines"], result["value"]) == (3, D("7445.25")) and result["document"].startswith("KZ")
    moves = {m.part.number: m for m in StockMovement.select()}
    assert {n: (m.kind, m.quantity, m.value, m.approved_by_id) for n, m in moves.items()} == {
        "06L115562": ("期初", D(10), D("400.00"), manager.id), "G052195M4": ("期初", D("40.5"), D("2045.25"), manager.id),
        "03C906024": ("期初", D(1), D("5000.00"), manager.id)}
    assert Part.get(Part.number == "G052195M4").on_hand == D("40.5")
    assert AuditLog.select().where(AuditLog.action == "stock.opening").count() == 3
    assert AuditLog.select().where(AuditLog.action == "stock.opening.approve").count() == 1
    assert {o.status for o in OpeningStock.select()} == {"已入账"}
    with pytest.raises(ValidationError, match="没有待审核"):
        opening_stock.approve(manager)
    # booked: importing another opening figure is refused (a count corrects a difference)
    later = importer.import_parts(keeper, write_csv(tmp_path / "late.csv", [STOCK[0], [*STOCK[1][:6], "11"]]))
    assert [("盘点" in why) for _, _, why in later.refused] == [True]
    assert StockMovement.select().count() == 3 and backup_restore.check() == []


# ---------------------------------------------------------------- receivables

def test_receivable_rows_are_checked(customers):
    good = {"debtor": "张伟", "amount": "1,280.50", "date": "2026/3/5", "old_number": "JS-0001"}
    row = receivables.check(good, {})
    assert (row["amount"], row["date"], row["old_number"]) == (D("1280.50"), dt.date(2026, 3, 5), "JS-0001")
    assert receivables.check({**good, "date": "2026年3月5日"}, {})["date"] == dt.date(2026, 3, 5)
    assert receivables.check({**good, "date": "2026-03-05 00:00:00"}, {})["date"] == dt.date(2026, 3, 5)
    refused(receivables, {**good, "amount": "0"}, "须大于 0")
    refused(receivables, {**good, "amount": "十元"}, "金额")
    refused(receivables, {**good, "date": "上个月"}, "不是日期")
    refused(receivables, {**good, "date": "2026-02-30"}, "不是有效的日期")
    refused(receivables, {**good, "date": (dt.date.today() + dt.timedelta(days=1)).isoformat()}, "在今天之后")
    refused(receivables, {**good, "debtor": ""}, "欠款方")
    refused(receivables, {**good, "debtor_kind": "朋友"}, "无法识别")
    refused(receivables, {**good, "phone": "12345"}, "手机号|电话")
    seen = {}
    receivables.check(good, seen)
    refused(receivables, good, "重复出现", seen)


def test_opening_receivables_are_collected_at_the_till_and_are_not_takings(users, customers):
    admin, cashier_user = users[auth.ADMIN], users[auth.CASHIER]
    with pytest.raises(PermissionDenied):
        run_kind(receivables, cashier_user, [{"debtor": "张伟", "amount": "100", "date": "2026-01-01"}])
    rows = [
        {"debtor": "张伟", "phone": "13800138000", "amount": "1280.50", "date": "2026-03-05", "old_number": "JS-0001"},
        {"debtor": "北京顺达物流有限公司", "amount": "5000", "date": "2025-12-01", "old_number": "JS-0002",
         "remark": "月结"},
        {"debtor": "人保财险", "debtor_kind": "保险", "amount": "3000", "date": "2026-02-01", "old_number": "PA-77"},
    ]
    assert run_kind(receivables, admin, rows) == {"新建": 3, "已存在，未重复": 0}
    assert run_kind(receivables, admin, rows) == {"新建": 0, "已存在，未重复": 3}  # never doubled
    got = {r.debtor: r for r in Receivable.select()}
    assert (got["张伟"].debtor_kind, got["张伟"].customer_id, got["张伟"].settlement_id) == ("个人", customers["zhang"].id, None)
    assert (got["北京顺达物流有限公司"].debtor_kind, got["北京顺达物流有限公司"].customer_id) == ("单位", customers["firm"].id)
    assert got["人保财险"].debtor_kind == "保险公司" and all(r.opening for r in got.values())
    assert got["张伟"].opened_at == dt.datetime(2026, 3, 5)
    assert AuditLog.select().where(AuditLog.action == "receivable.opening").count() == 3
    # the cashier's list shows them, oldest first, with the old document number
    items, _ = cashier.open_items(as_of=dt.date(2026, 3, 6))
    assert [(i["debtor"], i["settlement_number"], i["customer"]) for i in items] == [
        ("北京顺达物流有限公司", "期初 JS-0002", "王经理"), ("人保财险", "期初 PA-77", ""), ("张伟", "期初 JS-0001", "张伟")]
    assert items[2]["age_days"] == 1
    # collected as usual: partly, then the rest
    zhang = got["张伟"]
    cashier.collect(cashier_user, zhang.id, zhang.version, "280.50", reference="现金")
    zhang = Receivable.get_by_id(zhang.id)
    assert (zhang.collected, zhang.status) == (D("280.50"), "部分")
    cashier.collect(cashier_user, zhang.id, zhang.version, "1000")
    assert Receivable.get_by_id(zhang.id).status == "已收"
    # the manager's figures: outstanding receivables, not opened in today's period, no takings today
    figures = accounts.receivables(periods.day(dt.date.today()))
    assert figures["opened"] == 0 and figures["outstanding"] == D("8000.00") and figures["collected"] == D("1280.50")
    assert cashier.day_figures(dt.date.today())["takings"] == 0
    assert backup_restore.check() == []


# ---------------------------------------------------------------- member balances

def test_member_balances_enter_the_ledger_and_check_holds_them(users, customers):
    admin, manager = users[auth.ADMIN], users[auth.MANAGER]
    refused(balances, {"phone": "13600000000", "balance": "10"}, "请先导入客户")
    refused(balances, {"phone": "13800138000", "name": "张三", "balance": "10"}, "与文件中的“张三”不符")
    refused(balances, {"phone": "13800138000", "balance": "-1"}, "不能为负数")
    refused(balances, {"phone": "", "balance": "1"}, "手机号")
    seen = {}
    balances.check({"phone": "13800138000", "balance": "1"}, seen)
    refused(balances, {"phone": "138 0013 8000", "balance": "2"}, "出现了两次", seen)
    rows = [{"phone": "13800138000", "name": "张伟", "card": "VIP0001", "balance": "1500"},
            {"phone": "+86 139 1234 5678", "balance": "0"}]
    assert run_kind(balances, admin, rows) == {"新建": 1, "已存在，未重复": 0, "余额为零，未记": 1}
    assert run_kind(balances, admin, rows[:1]) == {"新建": 0, "已存在，未重复": 1, "余额为零，未记": 0}
    refused(balances, {"phone": "13800138000", "balance": "99"}, "已导入过期初余额")
    zhang = Customer.get_by_id(customers["zhang"].id)
    assert zhang.member_balance == D("1500.00")
    assert [(m.kind, m.amount, m.balance_after, m.document) for m in MemberMovement.select()] == [
        ("期初", D("1500.00"), D("1500.00"), "VIP0001")]
    assert backup_restore.check() == []
    # spending is a movement; an overdraft is refused and changes nothing
    members.move(manager, zhang.id, "消费", D("-500"), document="JS-TEST")
    with pytest.raises(ValidationError, match="会员余额不足"):
        members.move(manager, zhang.id, "消费", D("-1000.01"))
    assert Customer.get_by_id(zhang.id).member_balance == D("1000.00") and MemberMovement.select().count() == 2
    assert backup_restore.check() == []
    # a balance changed behind the ledger's back is found
    Customer.update(member_balance=D("2000")).where(Customer.id == zhang.id).execute()
    problems = [str(p) for p in backup_restore.check()]
    assert any("会员余额 2000.00 与余额台账合计 1000.00 不一致" in p for p in problems), problems
    assert any("最后一笔余额变动后的余额 1000.00" in p for p in problems), problems


# ---------------------------------------------------------------- checklist, none, and check after it all

def test_checklist_books_and_check_after_the_whole_opening(users, customers, tmp_path):
    admin, keeper, manager = users[auth.ADMIN], users[auth.STOREKEEPER], users[auth.MANAGER]
    keys = ("opening_stock", "opening_receivables", "member_balances")
    items = {i["key"]: i for i in checklist.checklist()}
    assert [items[k]["done"] for k in keys] == [False, False, False]
    importer.import_parts(keeper, write_csv(tmp_path / "stock.csv", STOCK))
    items = {i["key"]: i for i in checklist.checklist()}
    assert not items["opening_stock"]["done"] and "3 种期初库存待服务经理审核入账" in items["opening_stock"]["detail"]
    opening_stock.approve(manager)
    run_kind(receivables, admin, [{"debtor": "张伟", "amount": "300", "date": "2026-01-10"}])
    with pytest.raises(ValidationError, match="已经录入了期初应收"):
        opening.confirm_none(admin, "receivables")
    with pytest.raises(PermissionDenied):
        opening.confirm_none(keeper, "balances")
    opening.confirm_none(admin, "balances")
    items = {i["key"]: i for i in checklist.checklist()}
    assert [items[k]["done"] for k in keys] == [True, True, True]
    assert items["member_balances"]["detail"] == "已确认没有会员余额"
    run_kind(balances, admin, [{"phone": "13912345678", "balance": "88.80"}])
    assert {i["key"]: i for i in checklist.checklist()}["member_balances"]["detail"] == "已录入 1 位会员的余额"
    assert backup_restore.check() == []


def test_a_part_received_before_the_approval_is_booked_through_the_ledger(users, tmp_path):
    from storage.parts import stock

    keeper, manager = users[auth.STOREKEEPER], users[auth.MANAGER]
    importer.import_parts(keeper, write_csv(tmp_path / "stock.csv", STOCK))
    filter_ = Part.get(Part.number == "06L115562")
    stock.receive(keeper, [{"part": filter_.id, "quantity": "3", "unit_cost": "44"}])  # a delivery on go-live day
    opening_stock.approve(manager)
    moves = [(m.kind, m.quantity, m.balance_after) for m in
             StockMovement.select().where(StockMovement.part == filter_.id).order_by(StockMovement.id)]
    assert moves == [("入库", D(3), D(3)), ("期初", D(12), D(15))]
    part = Part.get_by_id(filter_.id)
    assert (part.on_hand, part.stock_value, part.cost) == (D(15), D("612.00"), D("40.8"))
    oil = Part.get(Part.number == "G052195M4")
    assert (oil.on_hand, oil.stock_value, oil.cost) == (D("40.5"), D("2045.25"), D("50.5"))
    assert {o.movement_id is not None for o in OpeningStock.select()} == {True}
    audit = AuditLog.get((AuditLog.action == "stock.opening") & (AuditLog.entity_id == str(oil.id)))
    assert '"on_hand": "40.500"' in audit.after or '"on_hand": "40.5"' in audit.after, audit.after
    assert backup_restore.check() == []


@pytest.mark.skipif(bool(PG_URL), reason="the v1 snapshot is SQLite's")
def test_an_upgraded_database_carries_its_member_balances_into_the_ledger(tmp_path):
    import sqlite3

    from storage.plumbing.db import close_database, open_database
    from storage.store.schema import LATEST
    from storage.store.upgrade import ensure_schema

    path = first_version_file(tmp_path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO user (version, updated_at, updated_by, username, display_name, role, password_hash, phone, "
                "active, failed_logins, discount_limit, created_at) VALUES "
                "(1, '2026-11-24', '', 'admin', '管理员', '系统管理员', 'x', '', 1, 0, 0, '2026-11-24')")
    con.execute("UPDATE customer SET member_balance = 123450")  # ¥1,234.50 in fen, a bare number in version 1
    con.commit()
    con.close()
    open_database(f"sqlite:///{path.as_posix()}")
    try:
        assert ensure_schema("0.7.0", upgrade_without_backup=True) == LATEST
        assert [(m.kind, m.amount, m.balance_after) for m in MemberMovement.select()] == [
            ("期初", D("1234.50"), D("1234.50"))]
        assert backup_restore.check() == []
    finally:
        close_database()
