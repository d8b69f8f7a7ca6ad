"""The shared pieces of every station: the paged list model and the change notifier."""
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from storage.plumbing import changes
from storage.plumbing.db import database, transaction
from storage.reception import archive
from ui.kit.change_bridge import ChangeNotifier
from ui.kit.paged_model import RIGHT, Column, PagedTableModel


def numbers(total):
    calls = []

    def fetch(cursor, limit):
        start = cursor or 0
        calls.append((start, limit))
        end = min(start + limit, total)
        return [{"n": i, "label": f"#{i}"} for i in range(start, end)], (end if end < total else None)

    return fetch, calls


def test_rows_arrive_page_by_page_as_the_view_asks(qtbot):
    fetch, calls = numbers(250)
    model = PagedTableModel(columns=[Column("label", "编号"), Column("n", "数", align=RIGHT, fmt=lambda v: f"{v:,}")],
                            fetch=fetch, page_size=100)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100 and calls == [(0, 100)]
    assert model.data(model.index(5, 0)) == "#5" and model.headerData(1, Qt.Orientation.Horizontal) == "数"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250 and len(calls) == 3
    assert model.row(249)["n"] == 249


def test_a_view_loads_only_what_it_shows(qtbot):
    fetch, calls = numbers(100_000)
    model = PagedTableModel(columns=[Column("label", "编号")], fetch=fetch, page_size=100)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.setModel(model)
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.rowCount() <= 300


def test_reload_starts_from_the_first_page_with_a_new_filter(qtbot):
    fetch, _ = numbers(10)
    model = PagedTableModel(columns=[Column("label", "编号")], fetch=fetch, page_size=4)
    model.fetchMore()
    fetch_two, _ = numbers(2)
    model.reload(fetch_two)
    assert model.rowCount() == 2 and not model.canFetchMore()


def test_a_change_at_another_station_reaches_this_one(qtbot, advisor):
    notifier = ChangeNotifier(interval_ms=100)
    notifier.poll()  # settle the baseline
    received = []
    notifier.changed.connect(received.append)

    def other_station():
        with transaction():
            archive.create_customer(advisor, name="远方客户", phone="13900001111")
            changes.notify("orders")  # what station actions announce (PostgreSQL needs it)
        database.close()

    thread = threading.Thread(target=other_station)
    thread.start()
    thread.join(10)
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    notifier.close()
    assert received[0]
