"""The UI runner (ui.kit.operations) and the notifier: a page hears of its own write once (from
storage, not from a hand-made announce, and not again from the watcher's echo); another PC's commit
still reaches it; a refusal shows in the screen's line and tells nobody anything."""
import pytest
from PySide6.QtWidgets import QLabel

from storage.models import Customer
from storage.plumbing import changes
from storage.plumbing.db import database, make_database
from storage.reception import archive
from tests.conftest import PG_URL
from tests.factories import in_other_station
from ui.kit.change_bridge import ChangeNotifier
from ui.kit.operations import Operations, run_op


@pytest.fixture
def notifier(qtbot, db):
    notifier = ChangeNotifier(interval_ms=100)
    qtbot.wait(300)  # the set-up's own commits come and go
    heard = []
    notifier.changed.connect(heard.append)
    notifier.heard = heard
    yield notifier
    notifier.close()


def test_a_page_hears_of_its_own_write_once_and_not_again_from_the_echo(qtbot, advisor, notifier):
    done = run_op(lambda: archive.create_customer(advisor, name="本机客户", phone="13900001111"), changes=notifier)
    assert done and done.value.name == "本机客户" and done.changes == {"archive"}
    assert notifier.heard == [{"archive"}]  # at once, at the end of the operation
    qtbot.wait(1000)  # ten polls: the watcher sees our commit and drops it as our own echo
    assert notifier.heard == [{"archive"}]


def test_an_operation_of_several_commits_reaches_the_pages_once(qtbot, advisor, notifier):
    def two_actions():
        archive.create_customer(advisor, name="甲", phone="13900002222")
        with database.obj.atomic():
            changes.notify("orders")

    run_op(two_actions, changes=notifier)
    assert notifier.heard == [{"archive", "orders"}]
    qtbot.wait(600)
    assert len(notifier.heard) == 1


def test_another_pcs_commit_still_reaches_the_page(qtbot, advisor, notifier):
    archive.create_customer(advisor, name="他处客户", phone="13900003333")
    qtbot.waitUntil(lambda: bool(notifier.heard), timeout=3000)
    notifier.heard.clear()
    other = make_database(PG_URL or f"sqlite:///{database.obj.database}")  # not this program's handle
    other.connect()
    try:
        run_op(lambda: archive.create_customer(advisor, name="本机", phone="13900004444"), changes=notifier)
        with other.atomic():  # right after ours, within the same poll interval
            other.execute_sql(f'UPDATE "{Customer._meta.table_name}" SET version = version + 1')
            if PG_URL:
                other.execute_sql("SELECT pg_notify(%s, '')", (changes.CHANNEL_PREFIX + "archive",))
    finally:
        other.close()
    assert notifier.heard == [{"archive"}]
    qtbot.waitUntil(lambda: len(notifier.heard) == 2, timeout=3000)
    assert "archive" in notifier.heard[1]


def test_a_commit_on_a_worker_thread_reaches_the_pages_on_the_gui_thread(qtbot, advisor, notifier):
    in_other_station(lambda: archive.create_customer(advisor, name="后台", phone="13900005555"))
    qtbot.waitUntil(lambda: bool(notifier.heard), timeout=2000)
    qtbot.wait(600)
    assert notifier.heard == [{"archive"}]


def test_a_refusal_shows_in_the_screens_line_and_tells_nobody(qtbot, advisor, notifier):
    line = QLabel()
    qtbot.addWidget(line)
    before = Customer.select().count()
    done = run_op(lambda: archive.create_customer(advisor, name="", phone=""), changes=notifier, line=line)
    assert not done and done.error is not None
    assert line.text() == done.error.message and "请填写客户姓名" in line.text()
    assert Customer.select().count() == before and notifier.heard == []


def test_a_page_standing_alone_reloads_through_its_refresh(db, advisor):
    reloads = []
    ops = Operations(refresh=reloads.append)
    assert ops.run(lambda: archive.create_customer(advisor, name="单独", phone="13900006666"))
    assert reloads == [{"archive"}]
    ops.run(lambda: None)  # nothing committed: nothing to reload
    assert reloads == [{"archive"}]
