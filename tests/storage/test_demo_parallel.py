"""storage.demo on two cores (storage.demo.parallel) makes the same store as on one, stops cleanly,
and the benchmark's stock flows (two deliveries a day, split deliveries, returns to the supplier,
breakage, the monthly count) keep the ledger exact."""
import pytest
from test_demo import TODAY, assert_ledger, fingerprint, fresh_store, rows

from storage import demo
from storage.demo import busy_years, parallel
from storage.demo.generator import _Generator
from storage.models import Bay, StockCount, StockCountLine, StockMovement
from storage.store import backup_restore

pytestmark = pytest.mark.skipif(not parallel.available(), reason="no fork on this platform")


def generate(parallel_, **kwargs):
    return demo._run(busy_years(0.002), seed=11, today=TODAY, progress=None, cancel=None, parallel=parallel_, **kwargs)


def test_two_processes_make_the_same_store_as_one(db, tmp_path):
    counts = generate(False)
    first = fingerprint()
    fresh_store(tmp_path, "second.db")
    assert generate(True) == counts
    assert fingerprint() == first
    assert backup_restore.check() == []


def test_the_stock_flows_of_a_busy_store_keep_the_ledger_exact(db):
    generate(True)
    assert_ledger()
    kinds = dict(rows('SELECT "kind", COUNT(*) FROM "stock_movement" GROUP BY "kind"'))
    assert set(kinds) == {"期初", "入库", "出库", "退库", "退货", "调整", "盘点"}
    assert kinds["入库"] > kinds["出库"] / 3
    # two deliveries a day: receipts at 08:00 and at 14:00, and the rest of a split line later
    times = {str(at)[11:16] for (at,) in rows('SELECT "at" FROM "stock_movement" WHERE "kind" = ? AND "purchase_line_id" '
                                              'IN (SELECT "id" FROM "purchase_order_line" WHERE "order_id" IN (SELECT '
                                              '"id" FROM "purchase_order" WHERE "note" = ?))', "入库", "日常补货")}
    assert {"08:00", "14:00"} <= times
    split = rows('SELECT "purchase_line_id", COUNT(*), SUM("quantity") FROM "stock_movement" WHERE "kind" = ? '
                 'GROUP BY "purchase_line_id" HAVING COUNT(*) > 1', "入库")
    assert split
    ordered = dict(rows('SELECT "id", "received" FROM "purchase_order_line"'))
    assert all(int(total) == int(ordered[line]) for line, _n, total in split)
    # one count a month, all posted; each difference is a 盘点 movement of counted - expected
    counts = list(StockCount.select().order_by(StockCount.id))
    assert len(counts) >= 119 and {c.status for c in counts} == {"已过账"}
    for count in counts[-6:]:
        moved = dict(rows('SELECT "part_id", SUM("quantity") FROM "stock_movement" WHERE "document" = ? '
                          'GROUP BY "part_id"', count.number))
        lines = StockCountLine.select().where(StockCountLine.count == count.id)
        differences = {line.part_id: int((line.counted - line.expected) * 1000) for line in lines
                       if line.counted != line.expected}
        assert differences == {part: int(qty) for part, qty in moved.items()}
        assert all(line.expected > 0 for line in lines)


def test_a_failing_worker_is_reported_and_nothing_is_kept(db, monkeypatch):
    def broken(self):
        raise ValueError("a bug in a step")

    monkeypatch.setattr(_Generator, "run_days", broken)
    with pytest.raises(RuntimeError, match="a bug in a step"):
        generate(True)
    assert not demo.has_business_data()
    assert StockMovement.select().count() == 0


def test_a_step_writing_with_the_models_is_forwarded(db, monkeypatch):
    setup = _Generator.setup_workshop

    def with_a_model_write(self):
        setup(self)
        self.sink.flush()  # its bays are written before
        Bay.insert(id=900, name="临时工位", kind="机修").execute()

    monkeypatch.setattr(_Generator, "setup_workshop", with_a_model_write)
    generate(True)
    assert Bay.get_by_id(900).name == "临时工位"
    assert rows('SELECT COUNT(*) FROM "bay" WHERE "id" < ?', 900)[0][0] == 14


def test_a_step_reading_the_database_in_the_worker_is_refused(db, monkeypatch):
    setup = _Generator.setup_workshop
    monkeypatch.setattr(_Generator, "setup_workshop", lambda self: (setup(self), Bay.select().count()))
    with pytest.raises(RuntimeError, match="cannot read the database"):
        generate(True)
    assert not demo.has_business_data()
