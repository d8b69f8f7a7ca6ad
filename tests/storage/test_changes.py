"""A change committed at one station reaches another station's watcher within 5 seconds, on
SQLite (PRAGMA data_version) and PostgreSQL (LISTEN/NOTIFY), without reloading anything to find
out; nothing is reported when nothing was committed."""
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from storage import workshop
from storage.models import WorkOrder
from storage.plumbing import changes
from storage.plumbing.changes import ChangeWatcher
from storage.plumbing.db import database, transaction
from tests.conftest import PG_URL
from tests.factories import dispatched_order, in_other_station, labour_lines

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 5.0




def settle(watcher):
    """Let the set-up's own announcements arrive (they trickle in), until the watcher is quiet."""
    deadline = time.monotonic() + 10
    while watcher.wait(0.5):
        assert time.monotonic() < deadline, "the watcher never went quiet"


@pytest.fixture
def board_watcher(db):
    watcher = ChangeWatcher(workshop.BOARD_TOPICS)
    yield watcher
    watcher.close()


@pytest.fixture
def order_at_bay(advisor, dispatcher, shop):
    return dispatched_order(advisor, dispatcher, shop)


def test_quiet_database_reports_nothing(order_at_bay, board_watcher):
    settle(board_watcher)
    time.sleep(1.2)
    assert board_watcher.poll() == set()
    WorkOrder.select().count()  # reading is not a change
    assert board_watcher.poll() == set()


def test_a_line_started_at_another_station_shows_on_this_board_within_5_seconds(order_at_bay, dispatcher, board_watcher):
    settle(board_watcher)
    assert workshop.board()[0].status == "待派工"
    line = labour_lines(order_at_bay)[0]
    started = time.monotonic()
    in_other_station(lambda: workshop.start_line(dispatcher, line.id, line.version))
    changed = board_watcher.wait(LIMIT)
    assert "workshop" in changed and time.monotonic() - started < LIMIT
    card = workshop.board()[0]  # the window reloads the board only now
    assert (card.status, card.lines_in_work) == ("维修中", 1)
    assert board_watcher.poll() == set()  # reported once


def test_a_change_from_another_process_is_seen(order_at_bay, dispatcher, board_watcher):
    """Another PC: a separate program with its own connection runs the storage action."""
    settle(board_watcher)
    url = PG_URL or f"sqlite:///{database.obj.database}"
    line = labour_lines(order_at_bay)[0]
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import storage
        from storage import workshop
        from storage.models import User
        storage.open_store({url!r})
        workshop.start_line(User.get_by_id({dispatcher.id}), {line.id}, {line.version})
    """)
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60, cwd=ROOT)
    assert "workshop" in board_watcher.wait(LIMIT)
    assert time.monotonic() - started < LIMIT + 5  # the other program's start-up included
    assert workshop.board()[0].status == "维修中"


def test_a_rolled_back_action_announces_nothing(order_at_bay, board_watcher):
    settle(board_watcher)

    def refused():
        with pytest.raises(RuntimeError):
            with transaction():
                WorkOrder.update(note="半截保存").where(WorkOrder.id == order_at_bay.id).execute()
                changes.notify("workshop", "orders")
                raise RuntimeError("refused halfway")

    in_other_station(refused)
    assert board_watcher.wait(1.5) == set()
    assert WorkOrder.get_by_id(order_at_bay.id).note == ""


def test_a_refused_dispatch_announces_nothing(order_at_bay, advisor, dispatcher, shop, board_watcher):
    other = dispatched_order(advisor, dispatcher, shop, bay="A2", plate="京F60001")
    settle(board_watcher)
    line = labour_lines(other)[0]
    with pytest.raises(Exception, match="已停着车辆"):
        in_other_station(lambda: workshop.dispatch_line(dispatcher, other.id, WorkOrder.get_by_id(other.id).version,
                                                        line.id, team=shop["team1"].id, bay=shop["A1"].id))
    assert board_watcher.wait(1.5) == set()


def test_topics_must_be_plain_names(db):
    for bad in ("Workshop", "work shop", "车间", ""):
        with pytest.raises(ValueError):
            changes.notify(bad)
        with pytest.raises(ValueError):
            ChangeWatcher({bad})


@pytest.mark.skipif(not PG_URL, reason="topics are told apart on PostgreSQL only; SQLite reports every watched topic")
def test_postgres_delivers_only_the_topics_watched(db):
    with ChangeWatcher({"parts"}) as parts, ChangeWatcher({"workshop"}) as board:
        in_other_station(lambda: changes.notify("parts"))
        assert parts.wait(LIMIT) == {"parts"}
        assert board.wait(1.0) == set()


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL listener connection")
def test_postgres_watcher_survives_a_lost_connection(order_at_bay, dispatcher, board_watcher):
    settle(board_watcher)
    pid = board_watcher._conn.get_backend_pid()
    database.obj.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
    time.sleep(0.3)
    # It may have missed messages while away, so the first poll after reconnecting reports all.
    assert board_watcher.wait(LIMIT) == set(workshop.BOARD_TOPICS)
    line = labour_lines(order_at_bay)[0]
    in_other_station(lambda: workshop.start_line(dispatcher, line.id, line.version))
    assert "workshop" in board_watcher.wait(LIMIT)


@pytest.mark.skipif(bool(PG_URL), reason="SQLite file")
def test_sqlite_watcher_reads_without_locking_the_file(order_at_bay, dispatcher, board_watcher):
    """The watcher's connection is read-only and holds no transaction: writers are never blocked."""
    settle(board_watcher)
    with pytest.raises(Exception):
        board_watcher._conn.execute("DELETE FROM work_order")
    line = labour_lines(order_at_bay)[0]
    with transaction():  # a writer holding the lock while the watcher polls
        assert board_watcher.poll() == set()
        workshop.start_line(dispatcher, line.id, line.version)
    assert board_watcher.wait(LIMIT) == set(workshop.BOARD_TOPICS)


def test_every_topic_must_be_one_the_windows_watch(db):
    with pytest.raises(ValueError, match="TOPICS"):
        changes.notify("appointment")  # a typo of "appointments" would otherwise reach no window


@pytest.mark.skipif(not PG_URL, reason="topics are told apart on PostgreSQL only; SQLite reports every watched topic")
def test_appointments_and_archive_edits_reach_other_stations(db, advisor):
    import datetime as dt

    from storage.reception import appointments, archive
    from tests.factories import make_car

    order_at_bay = make_car(advisor)
    with ChangeWatcher({"archive"}) as files, ChangeWatcher({"appointments"}) as diary:
        archive.update_vehicle(advisor, order_at_bay.id, order_at_bay.version, colour="珍珠白")
        assert files.wait(LIMIT) == {"archive"}
        tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10))
        appointments.book(advisor, vehicle_id=order_at_bay.id, starts_at=tomorrow)
        assert diary.wait(LIMIT) == {"appointments"}
        assert files.wait(1.0) == set()
