"""PagedTableModel holds a bounded number of rows whatever the list's length: pages it pushes out
come back by their own keyset cursor, right, when the view shows them again."""
import datetime as dt
import random
import tracemalloc

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ui.kit.paged_model import CACHE_ROWS, ROW_ROLE, Column, PagedTableModel


class Numbers:
    """rows {"n": i, "label": "#i"} for 0 <= i < total, keyset on n; records every fetch."""

    def __init__(self, total, *, step=1):
        self.total, self.step, self.calls = total, step, []

    def __call__(self, cursor, limit):
        start = 0 if cursor is None else cursor + 1
        self.calls.append((cursor, limit))
        rows = [{"n": i, "label": f"#{i}"} for i in range(start, min(start + limit * self.step, self.total), self.step)]
        return rows, (rows[-1]["n"] if rows and rows[-1]["n"] + self.step < self.total else None)


def walk(model):
    while model.canFetchMore():
        model.fetchMore()


def text(model, r, c=0):
    return model.data(model.index(r, c))


def test_the_rows_held_stay_bounded_however_far_the_list_goes(qtbot):
    fetch = Numbers(300_000)
    model = PagedTableModel(columns=[Column("label", "编号")], fetch=fetch, page_size=100)
    walk(model)
    assert model.rowCount() == model.rows_loaded() == 300_000
    assert len(fetch.calls) == 3000
    assert model.rows_cached() <= CACHE_ROWS
    assert text(model, 299_999) == "#299999"
    assert model.rows_cached() <= CACHE_ROWS


def test_memory_does_not_grow_with_the_rows_scrolled_through(qtbot):
    def held_after(total):
        model = PagedTableModel(columns=[Column("label", "编号")], fetch=Numbers(total), page_size=100)
        tracemalloc.start()
        walk(model)
        current = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        assert model.rows_loaded() == total
        return current

    small, big = held_after(20_000), held_after(400_000)
    # ten times the rows fetched: only the page bookkeeping grows (16 bytes a page: 60 kB here)
    assert big - small < 400_000, (small, big)


@pytest.mark.parametrize("page_size", [7, 50, 100])
def test_data_is_right_after_jumping_around(qtbot, page_size):
    fetch = Numbers(50_000)
    model = PagedTableModel(columns=[Column("label", "编号"), Column("n", "数", fmt=lambda v: f"{v:,}")],
                            fetch=fetch, page_size=page_size, cache_rows=500)
    walk(model)
    rng = random.Random(5)
    for r in [0, 49_999, 1, 25_000, 49_998] + rng.sample(range(50_000), 300):
        assert text(model, r) == f"#{r}"
        assert text(model, r, 1) == f"{r:,}"
        assert model.row(r)["n"] == r
        assert model.data(model.index(r, 0), ROW_ROLE) == {"n": r, "label": f"#{r}"}
        assert model.rows_cached() <= 500 + page_size


def test_a_page_pushed_out_comes_back_with_one_query_by_its_own_cursor(qtbot):
    fetch = Numbers(10_000)
    model = PagedTableModel(columns=[Column("label", "编号")], fetch=fetch, page_size=100, cache_rows=300)
    walk(model)
    fetch.calls.clear()
    assert text(model, 9_950) == "#9950"  # the last page is still cached
    assert fetch.calls == []
    assert text(model, 4_321) == "#4321"
    assert fetch.calls == [(4_299, 100)]  # the cursor that first fetched rows 4300..4399
    for r in range(4_300, 4_400):
        assert text(model, r) == f"#{r}"
    assert len(fetch.calls) == 1
    assert text(model, 5) == "#5"
    assert fetch.calls[-1] == (None, 100)  # the first page is fetched as at the start


def test_fetch_more_announces_exactly_the_rows_it_adds(qtbot):
    fetch = Numbers(250)
    model = PagedTableModel(columns=[Column("label", "编号")], fetch=fetch, page_size=100)
    announced, counts = [], []
    model.rowsAboutToBeInserted.connect(lambda parent, first, last: announced.append((first, last)))
    model.rowsInserted.connect(lambda parent, first, last: counts.append(model.rowCount()))
    walk(model)
    # beginInsertRows takes the last row inclusive: 0..99, 100..199, 200..249
    assert announced == [(0, 99), (100, 199), (200, 249)]
    assert counts == [100, 200, 250]
    assert not model.canFetchMore()
    model.fetchMore()  # at the end: nothing more, no signal
    assert announced[-1] == (200, 249) and model.rowCount() == 250


def test_pages_of_any_length_and_cursors_that_are_not_numbers(qtbot):
    """A ledger pages on (time, id); a filter may give short pages; a whole list comes in one."""
    start = dt.datetime(2026, 1, 1)
    moments = [(start + dt.timedelta(minutes=i // 3), i) for i in range(2_000)]

    def ledger(cursor, limit):
        begin = 0 if cursor is None else moments.index(cursor) + 1
        size = limit if (begin // limit) % 2 == 0 else limit // 2  # every other page comes back short
        rows = [{"at": at, "id": i} for at, i in moments[begin:begin + size]]
        end = begin + len(rows)
        return rows, (moments[end - 1] if end < len(moments) else None)

    model = PagedTableModel(columns=[Column("id", "序号"), Column("at", "时间")], fetch=ledger, page_size=40,
                            cache_rows=120)
    walk(model)
    assert model.rowCount() == 2_000
    for r in (1_999, 0, 777, 1_234, 41, 40, 39):
        assert text(model, r) == str(r)
        assert model.row(r)["at"] == moments[r][0]

    everything = [{"id": i} for i in range(250)]
    whole = PagedTableModel(columns=[Column("id", "序号")], fetch=lambda c, n: (everything, None), page_size=50)
    whole.fetchMore()
    assert whole.rowCount() == 250 and not whole.canFetchMore()
    assert text(whole, 249) == "249"


def test_a_page_fetched_again_after_rows_went_shows_what_is_left(qtbot):
    rows = [{"n": i} for i in range(1_000)]

    def fetch(cursor, limit):
        begin = 0 if cursor is None else next((k for k, r in enumerate(rows) if r["n"] > cursor), len(rows))
        page = rows[begin:begin + limit]
        return page, (page[-1]["n"] if page and begin + limit < len(rows) else None)

    model = PagedTableModel(columns=[Column("n", "数")], fetch=fetch, page_size=100, cache_rows=200)
    walk(model)
    del rows[850:]  # deleted elsewhere while the list was open
    for r in (10, 110, 210):  # pages 0-2 come back (unchanged) and push out the last three
        assert text(model, r) == str(r)
    assert text(model, 860) == "" and model.row(860) is None  # its page now ends at 849
    assert text(model, 849) == "849"
    model.reload()
    walk(model)
    assert model.rowCount() == 850


def test_reload_forgets_every_page(qtbot):
    fetch = Numbers(1_000)
    model = PagedTableModel(columns=[Column("label", "编号")], fetch=fetch, page_size=100)
    walk(model)
    model.reload(Numbers(1_000, step=2))
    assert model.rowCount() == 100 and model.rows_cached() == 100
    assert text(model, 3) == "#6"
    with pytest.raises(IndexError):
        model.row(100)


def test_a_view_scrolled_to_the_end_and_back_by_keyboard(qtbot):
    fetch = Numbers(1_000_000)
    model = PagedTableModel(columns=[Column("label", "编号"), Column("n", "数")], fetch=fetch, page_size=100,
                            cache_rows=1_000)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    for _ in range(60):  # each Ctrl+End reaches the last row loaded, which asks for the next page
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    loaded = model.rowCount()
    assert 3_000 <= loaded <= 6_200
    assert model.rows_cached() <= 1_100
    last = view.currentIndex().row()
    assert loaded - 200 <= last < loaded
    assert view.currentIndex().data() == str(last)  # Ctrl+End also goes to the last column
    assert model.index(last, 0).data() == f"#{last}"
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == 0 and view.currentIndex().data() == "#0"
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    row = view.currentIndex().row()
    assert row > 0 and view.currentIndex().data() == f"#{row}"
    top = view.indexAt(view.viewport().rect().topLeft())
    assert top.data() == f"#{top.row()}"
    assert model.rowCount() == loaded  # going back up fetched no new rows
    assert model.index(0, 0).parent() == QModelIndex()
