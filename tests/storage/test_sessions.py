"""Rights taken away take effect at once (issue 14.4): a station holds the User it signed in with for
hours; every storage action checks that account against the database (storage.plumbing.session), in its own
transaction, so a cashier disabled by the manager cannot settle and a manager demoted to advisor
cannot adjust stock, whatever their station still holds."""
import pytest

from storage import cashier
from storage.models import AuditLog, Settlement, StockMovement, User
from storage.parts import catalogue, stock
from storage.plumbing import session
from storage.reception import archive
from storage.rules import auth
from storage.rules.errors import LoginFailed, PermissionDenied, SessionEnded
from tests.factories import PASSWORD, D, order_ready_to_settle, pay


def change(manager, user, **changes):
    """What the manager does on their own PC: the station of `user` keeps its old User object."""
    return auth.update_user(manager, user.id, User.get_by_id(user.id).version, **changes)


def test_a_cashier_disabled_by_the_manager_cannot_settle(users, advisor, manager):
    station = users[auth.CASHIER]  # signed in this morning
    order = order_ready_to_settle(advisor)
    change(manager, station, active=False)
    with pytest.raises(SessionEnded, match="账号已被停用"):
        pay(station, order, ("现金", "158.00"))
    assert Settlement.select().count() == 0
    with pytest.raises(LoginFailed):  # and a fresh login is refused too
        auth.login(station.username, PASSWORD)


def test_a_manager_demoted_to_advisor_cannot_adjust_stock(users, manager):
    part = catalogue.create_part(manager, number="P-1", name="机油滤清器", price="68")
    stock.adjust(manager, part.id, "2", reason="盘盈", unit_cost="40")
    change(users[auth.ADMIN], manager, role=auth.ADVISOR)
    with pytest.raises(SessionEnded, match="请重新登录"):
        stock.adjust(manager, part.id, "-1", reason="损坏")
    assert StockMovement.select().count() == 1
    demoted = auth.login(manager.username, PASSWORD)  # signed in again: the advisor's rights, and only those
    with pytest.raises(PermissionDenied, match="服务顾问"):
        stock.adjust(demoted, part.id, "-1", reason="损坏")
    archive.create_customer(demoted, name="张三", phone="13912345678")


def test_a_lowered_discount_limit_holds_at_the_next_settlement(users, advisor, manager):
    station = change(manager, users[auth.CASHIER], discount_limit=D("50"))
    change(manager, station, discount_limit=D("0"))
    with pytest.raises(SessionEnded, match=f"由 {manager.display_name} 修改"):
        pay(station, order_ready_to_settle(advisor), ("现金", "150.00"), bill_discount="8.00")
    again = auth.login(station.username, PASSWORD)
    with pytest.raises(cashier.ApprovalRequired, match="超出您的限额 ¥0.00"):
        pay(again, order_ready_to_settle(advisor), ("现金", "150.00"), bill_discount="8.00")


def test_a_password_reset_by_the_manager_ends_the_session_but_ones_own_change_does_not(users, manager):
    clerk, care = users[auth.ADVISOR], users[auth.CARE]
    auth.change_password(clerk, clerk.id, "another-123", old_password=PASSWORD)
    archive.create_customer(clerk, name="张三", phone="13912345678")
    auth.change_password(manager, care.id, "reset-4567")
    with pytest.raises(SessionEnded):
        archive.create_customer(care, name="李四", phone="13912345679")


def test_ones_own_account_edited_goes_on_with_the_new_values(users, manager):
    auth.update_user(manager, manager.id, manager.version, phone="13800001111")
    assert manager.phone == "13800001111"
    archive.create_customer(manager, name="张三", phone="13912345678")


def test_a_change_between_the_check_and_the_write_is_caught_inside_the_transaction(users, advisor, manager, monkeypatch):
    """The manager disables the cashier while the settlement is on its way: the audit row's check,
    inside the settlement's transaction, refuses it and nothing of it is kept."""
    station = users[auth.CASHIER]
    order = order_ready_to_settle(advisor)
    real = cashier.settle.__globals__["clean_tenders"]

    def disabled_meanwhile(payments):
        User.update(active=False, version=User.version + 1).where(User.id == station.id).execute()
        return real(payments)

    monkeypatch.setitem(cashier.settle.__globals__, "clean_tenders", disabled_meanwhile)
    with pytest.raises(SessionEnded):
        pay(station, order, ("现金", "158.00"))
    assert Settlement.select().count() == 0
    assert not AuditLog.select().where(AuditLog.action == "settlement.create").exists()


def test_the_window_hears_of_an_ended_session(users, manager):
    station = users[auth.CARE]
    heard = []
    stop = session.on_session_ended(heard.append)
    try:
        change(manager, station, active=False)
        with pytest.raises(SessionEnded):
            archive.create_customer(station, name="张三", phone="13912345678")
    finally:
        stop()
    assert [e.user_id for e in heard] == [station.id] and not session.watched()
