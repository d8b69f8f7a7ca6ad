"""Passwords are never stored or logged in plain text, anywhere; repeated wrong passwords lock the
account for a while; the audit log cannot be changed: the program has no way to, and the database
itself refuses UPDATE and DELETE on it (triggers, SQLite and PostgreSQL)."""
import ast
import datetime as dt
import logging
from pathlib import Path

import peewee
import pytest

import storage
from storage.models import ALL_MODELS, AuditLog, Customer, User
from storage.plumbing.audit import APPEND_ONLY
from storage.plumbing.db import transaction
from storage.reception import archive
from storage.rules import auth
from storage.rules.errors import LoginFailed
from tests.conftest import PG_URL
from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ("Kw9#初始-密码", "Kw9#新的-密码", "Wrong§9-猜错的")  # distinctive: found only if stored
# Typed into the user name box by mistake: never stored; peewee's DEBUG log of the look-up's SQL
# parameters (off on the stores' PCs) is the one place it may show.
NAME_BOX = "Name§box-口令"


@pytest.fixture
def audit_triggers(db):
    """A PostgreSQL test database made before the triggers existed is rebuilt (tests/conftest.py
    rebuilds only when the columns differ); SQLite test databases are always fresh."""
    if PG_URL and not db.execute_sql("SELECT 1 FROM pg_trigger WHERE tgname = 'audit_log_append_only'").fetchone():
        db.execute_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        storage.ensure_schema(storage.PROGRAM_VERSION)
    return db


def text_columns():
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, (peewee.CharField, peewee.TextField)):
                yield model, field


def test_passwords_are_in_no_table_no_file_and_no_log(db, users, caplog):
    caplog.set_level(logging.DEBUG)  # every logger, down to peewee's SQL with its parameters:
    caplog.set_level(logging.DEBUG, logger="peewee")  # peewee's own level too, which the log's set-up raises
    admin = users[auth.ADMIN]
    clerk = auth.create_user(admin, "clerk", "新收银员", auth.CASHIER, SECRETS[0])
    auth.login("clerk", SECRETS[0])
    for _ in range(2):
        with pytest.raises(LoginFailed):
            auth.login("clerk", SECRETS[2])
    with pytest.raises(LoginFailed):  # a password typed into the user name box is not kept either
        auth.login(NAME_BOX, SECRETS[2])
    auth.change_password(clerk, clerk.id, SECRETS[1], old_password=SECRETS[0])
    with pytest.raises(LoginFailed):
        auth.approve("clerk", SECRETS[0], "discount")
    auth.login("clerk", SECRETS[1])
    assert caplog.records, "the check needs the program's log records to look at"
    for secret in SECRETS:
        assert secret not in caplog.text
    caplog.set_level(logging.WARNING)  # the searches below name the secrets themselves

    stored = User.get(User.username == "clerk").password_hash
    assert stored.startswith("scrypt$") and len(stored.split("$")) == 6
    for model, field in text_columns():
        for secret in (*SECRETS, NAME_BOX):
            hits = model.select().where(field.contains(secret)).count()
            assert hits == 0, f"{model._meta.table_name}.{field.name} holds a password"
    if not PG_URL:  # every byte of the database, its log and its free pages
        raw = b"".join(Path(p).read_bytes() for p in (db.database, f"{db.database}-wal") if Path(p).exists())
        for secret in (*SECRETS, NAME_BOX):
            assert secret.encode() not in raw
    assert AuditLog.select().where(AuditLog.action == "login.failed").count() >= 2


def test_a_hash_is_salted_and_verifies_only_its_password(users):
    one, two = auth.hash_password(SECRETS[0]), auth.hash_password(SECRETS[0])
    assert one != two  # a fresh salt each time: equal passwords do not show as equal hashes
    assert auth.verify_password(SECRETS[0], one) and auth.verify_password(SECRETS[0], two)
    assert not auth.verify_password(SECRETS[1], one) and not auth.verify_password(SECRETS[0], "plain-text")


# ---------------------------------------------------------------- lock-out


def test_repeated_wrong_passwords_lock_the_account_for_a_while(users, monkeypatch):
    clerk = users[auth.CASHIER]
    for left in range(auth.MAX_FAILED_LOGINS - 1, 0, -1):
        with pytest.raises(LoginFailed, match=f"还可尝试 {left} 次"):
            auth.login(clerk.username, "wrong-password")
    with pytest.raises(LoginFailed, match="已锁定"):
        auth.login(clerk.username, "wrong-password")
    with pytest.raises(LoginFailed, match="锁定"):  # the right password does not open a locked account
        auth.login(clerk.username, PASSWORD)
    with pytest.raises(LoginFailed, match="锁定"):  # nor does an approval at the till
        auth.approve(clerk.username, PASSWORD, "discount")
    later = auth.now() + auth.LOCKOUT + dt.timedelta(minutes=1)
    monkeypatch.setattr(auth, "now", lambda: later)
    assert auth.login(clerk.username, PASSWORD).id == clerk.id
    assert User.get_by_id(clerk.id).failed_logins == 0  # the count starts again


def test_a_supervisors_wrong_passwords_at_the_till_count_towards_the_lock(users):
    manager = users[auth.MANAGER]
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            auth.approve(manager.username, "wrong-password", "discount")
    with pytest.raises(LoginFailed, match="锁定"):
        auth.login(manager.username, PASSWORD)
    auth.unlock_user(users[auth.ADMIN], manager.id)
    assert auth.login(manager.username, PASSWORD).id == manager.id


def test_a_disabled_account_and_an_unknown_name_read_alike(users):
    User.update(active=False).where(User.id == users[auth.CARE].id).execute()
    with pytest.raises(LoginFailed) as disabled:
        auth.login(users[auth.CARE].username, PASSWORD)
    with pytest.raises(LoginFailed) as unknown:
        auth.login("nobody-here", PASSWORD)
    assert disabled.value.message == unknown.value.message == "用户名或密码不正确。"


# ---------------------------------------------------------------- the audit log


def test_the_program_has_no_way_to_change_the_audit_log():
    """No storage module updates or deletes audit rows (storage.plumbing.audit only inserts)."""
    offenders = []
    for path in sorted((ROOT / "storage").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in ("update", "delete", "delete_instance", "save",
                                                                 "replace", "truncate_table")
                    and isinstance(node.value, ast.Name) and node.value.id == "AuditLog"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_database_refuses_to_change_or_delete_audit_rows(audit_triggers, users):
    archive.create_customer(users[auth.ADVISOR], name="审计客户", phone="13912345678")
    rows = list(AuditLog.select().order_by(AuditLog.id).tuples())
    assert rows
    attempts = [
        lambda: AuditLog.update(note="改过了").execute(),
        lambda: AuditLog.update(after="{}").where(AuditLog.action == "customer.create").execute(),
        lambda: AuditLog.delete().execute(),
        lambda: AuditLog.get(AuditLog.action == "customer.create").delete_instance(),
        lambda: audit_triggers.execute_sql("UPDATE audit_log SET username = 'someone'"),
        lambda: audit_triggers.execute_sql("DELETE FROM audit_log WHERE id = (SELECT MIN(id) FROM audit_log)"),
    ]
    for attempt in attempts:
        with pytest.raises(peewee.IntegrityError, match=APPEND_ONLY):
            with transaction():
                attempt()
        assert list(AuditLog.select().order_by(AuditLog.id).tuples()) == rows


def test_a_transaction_that_touches_the_audit_log_is_undone_whole(audit_triggers, users):
    before = Customer.select().count()
    with pytest.raises(peewee.IntegrityError):
        with transaction():
            archive.create_customer(users[auth.ADVISOR], name="要被撤销的客户", phone="13912345678")
            AuditLog.delete().where(AuditLog.action == "customer.create").execute()
    assert Customer.select().count() == before
    assert AuditLog.select().where(AuditLog.action == "customer.create").count() == 0
    archive.create_customer(users[auth.ADVISOR], name="之后的客户", phone="13912345678")  # inserting goes on
    assert AuditLog.select().where(AuditLog.action == "customer.create").count() == 1
