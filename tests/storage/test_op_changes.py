"""Operations return their changes (issue 15 item 1): the transaction collects the topics its
actions name and hands them on at commit, to this program's listeners and to collect(); a
rollback hands on nothing; a watcher that drops its own echoes still sees every other PC's commit."""
import time

import pytest

from storage.models import Customer
from storage.plumbing import changes
from storage.plumbing.changes import ChangeWatcher, OpChanges
from storage.plumbing.db import database, make_database, transaction
from storage.reception import archive
from tests.conftest import PG_URL
from tests.factories import in_other_station


@pytest.fixture
def heard(db):
    """What this program's listeners are told, commit by commit."""
    calls = []

    def listener(topics):
        calls.append(topics)

    changes.add_listener(listener)
    yield calls
    changes.remove_listener(listener)


@pytest.fixture
def other_pc(db, advisor):
    """Another PC: its own database handle (not this program's), committing a real change."""
    archive.create_customer(advisor, name="他处客户", phone="13900009999")
    handle = make_database(PG_URL or f"sqlite:///{database.obj.database}")
    handle.connect()

    def commit(topic="orders"):
        with handle.atomic():
            handle.execute_sql(f'UPDATE "{Customer._meta.table_name}" SET version = version + 1')
            if PG_URL:
                handle.execute_sql("SELECT pg_notify(%s, '')", (changes.CHANNEL_PREFIX + topic,))

    yield commit
    handle.close()


def settle(watcher):
    deadline = time.monotonic() + 10
    while watcher.wait(0.3):
        assert time.monotonic() < deadline, "the watcher never went quiet"


def test_a_transaction_hands_on_the_topics_its_actions_named_once_at_commit(heard):
    with changes.collect() as op:
        with transaction():
            changes.notify("orders")
            changes.notify("parts", "orders")
            assert heard == []  # nothing before the commit
        assert heard == [{"orders", "parts"}]
        with transaction():
            changes.notify("care")
    assert heard == [{"orders", "parts"}, {"care"}]
    assert op.changes == {"orders", "parts", "care"} and isinstance(op.changes, OpChanges)
    assert op.changes.touches("care", "settings") and not op.changes.touches("settings")


def test_a_rolled_back_transaction_hands_on_nothing(heard):
    with changes.collect() as op:
        with pytest.raises(RuntimeError):
            with transaction():
                changes.notify("orders")
                raise RuntimeError("refused halfway")
        with transaction():  # the next one starts clean
            changes.notify("parts")
    assert heard == [{"parts"}] and op.changes == {"parts"}


def test_nested_transactions_hand_on_at_the_outer_commit_and_forget_a_rolled_back_savepoint(heard):
    with transaction():
        changes.notify("orders")
        with transaction():  # a savepoint: released, its topics wait for the outer commit
            changes.notify("workshop")
        assert heard == []
        with pytest.raises(RuntimeError):
            with database.obj.atomic():
                changes.notify("cashier")
                raise RuntimeError("this part only")
    assert heard == [{"orders", "workshop"}]

    with pytest.raises(RuntimeError):
        with transaction():
            with transaction():
                changes.notify("parts")
            raise RuntimeError("the whole action")
    assert heard == [{"orders", "workshop"}]


def test_a_real_action_names_its_topic_and_a_refused_one_names_none(heard, advisor):
    with changes.collect() as op:
        archive.create_customer(advisor, name="新客户", phone="13900001111")
    assert op.changes == {"archive"}
    with changes.collect() as op:
        with pytest.raises(Exception):
            archive.create_customer(advisor, name="", phone="")
    assert op.changes == set()


def test_collect_sees_only_its_own_thread(heard):
    with changes.collect() as op:
        in_other_station(lambda: changes.notify("parts"))
    assert op.changes == set() and heard == [{"parts"}]  # the listener hears every thread


def test_a_listener_goes_with_its_owner(db):
    class Page:
        def __init__(self):
            self.got = []

        def on_changes(self, topics):
            self.got.append(topics)

    page = Page()
    changes.add_listener(page.on_changes)
    changes.notify("orders")  # outside a transaction: committed already, handed on at once
    assert page.got == [{"orders"}]
    del page  # held weakly: no window is kept alive (or called after it is gone)
    changes.notify("orders")


def test_a_watcher_that_drops_its_echoes_is_quiet_after_our_own_commit(db, advisor):
    with ChangeWatcher(["archive", "orders"], drop_own=True) as own, ChangeWatcher(["archive"]) as plain:
        settle(own)
        settle(plain)
        archive.create_customer(advisor, name="本机客户", phone="13900002222")
        assert "archive" in plain.wait(3)  # without drop_own the echo comes back as before
        assert own.wait(1.5) == set()


def test_another_pc_committing_just_before_our_own_commit_is_still_seen(db, advisor, other_pc):
    with ChangeWatcher(["archive", "orders"], drop_own=True) as own:
        settle(own)
        other_pc("orders")
        archive.create_customer(advisor, name="本机客户", phone="13900003333")
        assert "orders" in own.wait(3)
        settle(own)
        archive.create_customer(advisor, name="本机客户二", phone="13900004444")
        other_pc("orders")  # just after ours, before the next poll
        assert "orders" in own.wait(3)


def test_a_commit_from_another_thread_of_this_program_is_an_echo_too(db, advisor):
    with ChangeWatcher(["archive"], drop_own=True) as own:
        settle(own)
        in_other_station(lambda: archive.create_customer(advisor, name="后台客户", phone="13900005555"))
        assert own.wait(1.5) == set()  # its listeners heard it (test_collect_sees_only_its_own_thread)
