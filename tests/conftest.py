"""Test isolation: offscreen Qt, a private data folder, and a fresh database per test.

The suite runs on SQLite by default and on PostgreSQL when TEST_DATABASE_URL is set
(e.g. postgresql://postgres@127.0.0.1:5432/fours_test).
"""
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = tempfile.mkdtemp(prefix="fours-test-")
os.environ["FOURS_DATA_DIR"] = _DATA
os.environ["FOURS_BENCH_CACHE"] = os.path.join(_DATA, "bench-cache")  # this run's own (bench/dataset.py)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# pytest loads this file as "conftest"; tests import it as "tests.conftest": the same module, so its
# set-up (the data folder above) runs once.
if __name__ == "conftest":
    sys.modules.setdefault("tests.conftest", sys.modules[__name__])

import pytest  # noqa: E402

import storage  # noqa: E402
from storage import workshop
from storage.models import ALL_MODELS, LabourItem, Part, VehicleModel
from storage.parts import catalogue, stock
from storage.plumbing.db import close_database, database, open_database
from storage.reception import archive
from storage.rules import auth
from storage.store.schema import LATEST
from storage.store.upgrade import ensure_schema
from storage.store.versions import SchemaVersion, current_version
from tests.factories import PASSWORD, make_car  # noqa: E402

PG_URL = os.environ.get("TEST_DATABASE_URL", "")


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """scrypt at production cost takes ~50 ms a hash; tests make many users. The cost is stored in
    each hash, so verification still runs the real code; test_auth checks the production default."""
    monkeypatch.setattr(auth, "SCRYPT_N", 2**4)


def _schema_matches(db) -> bool:
    """Tables and columns in the database are exactly the models' (a test or a model change since
    the last run may have altered them)."""
    wanted = {(m._meta.table_name, f.column_name) for m in [*ALL_MODELS, SchemaVersion] for f in m._meta.sorted_fields}
    found = set(db.execute_sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
    ).fetchall())
    return wanted == {row for row in found if not row[0].startswith("vehicle_search")}


def _reset_postgres():
    """Empty every table (fast); rebuild the schema when it is not the models' own."""
    db = open_database(PG_URL)
    tables = [m._meta.table_name for m in ALL_MODELS]
    # The newest version recorded (a test may have left a "newer" row behind with the same columns).
    intact = _schema_matches(db) and current_version(db) == LATEST
    if intact:
        # TRUNCATE, not DELETE (a quarter of the cost): DELETE leaves dead rows and the statistics of
        # the rows that were there, and a later test's query over such a table ran for minutes.
        db.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
        # A hypothetical upgrade (tests/install/test_migrations.py, test_upgrade.py) leaves rows above LATEST.
        SchemaVersion.delete().where(SchemaVersion.version > LATEST).execute()
    else:
        db.execute_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        ensure_schema(storage.PROGRAM_VERSION)
    return db


@pytest.fixture
def db_url(tmp_path):
    """A URL to an empty database of the kind under test (created, not yet opened)."""
    if PG_URL:
        db = open_database(PG_URL)
        db.execute_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        close_database()
        return PG_URL
    return f"sqlite:///{(tmp_path / 'service.db').as_posix()}"


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated, empty database, opened as the shared handle."""
    if PG_URL:
        handle = _reset_postgres()
    else:
        handle = storage.open_store(f"sqlite:///{(tmp_path / 'service.db').as_posix()}")
    yield handle
    _wait_for_background_tasks()
    close_database()


def _wait_for_background_tasks() -> None:
    """A window's background query (ui.kit.tasks) may still be running when its test ends; let it finish
    before the next test empties the tables under it (on PostgreSQL, TRUNCATE against a running
    SELECT is a deadlock), and deliver its result while its widgets still exist."""
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()


@pytest.fixture
def admin(db):
    return storage.first_run_setup(
        store_name="红旗路一汽大众4S店",
        address="北京市朝阳区红旗路 88 号",
        phone="010-88886666",
        admin_username="admin",
        admin_name="系统管理员",
        admin_password=PASSWORD,
    )


@pytest.fixture
def users(admin):
    """One user per role, keyed by role name (服务顾问, 收银员, ...), plus the administrator."""
    made = {auth.ADMIN: admin}
    for index, role in enumerate(auth.ROLES):
        if role == auth.ADMIN:
            continue
        made[role] = auth.create_user(admin, f"user{index}", f"{role}{index}", role, PASSWORD)
    return made


@pytest.fixture
def manager(users):
    return users[auth.MANAGER]


@pytest.fixture
def advisor(users):
    return users[auth.ADVISOR]


# The people and the catalogue the station tests share (builders for records: tests/factories.py).

@pytest.fixture
def keeper(users):
    return users[auth.STOREKEEPER]


@pytest.fixture
def dispatcher(users):
    return users[auth.DISPATCHER]


@pytest.fixture
def inspector(users):
    return users[auth.INSPECTOR]


@pytest.fixture
def shop(manager):
    """Two teams, three technicians, three bays."""
    t1 = workshop.create_team(manager, "机修一组", leader="张建国")
    t2 = workshop.create_team(manager, "钣喷组", leader="王强")
    return {
        "team1": t1,
        "team2": t2,
        "zhang": workshop.create_technician(manager, "张师傅", t1.id, grade="高级"),
        "li": workshop.create_technician(manager, "李师傅", t1.id, hours_per_day="7.5"),
        "wang": workshop.create_technician(manager, "王师傅", t2.id),
        "A1": workshop.create_bay(manager, "A1"),
        "A2": workshop.create_bay(manager, "A2"),
        "B1": workshop.create_bay(manager, "B1", kind="钣金"),
    }


@pytest.fixture
def model(db):
    """迈腾, serviced every 10,000 km or 12 months."""
    return VehicleModel.create(brand="大众", name="迈腾", service_km=10000, service_months=12)


@pytest.fixture
def car(advisor, model):
    """王建国's 迈腾, 京N8K2L9."""
    vehicle = make_car(advisor, name="王建国", phone="13912345678", plate="京N8K2L9")
    return archive.update_vehicle(advisor, vehicle.id, vehicle.version, model=model.id)


@pytest.fixture
def labour(model):
    """The labour item 更换机油机滤 (0.5 h)."""
    return LabourItem.create(code="BY-001", name="更换机油机滤", system="发动机", hours=Decimal("0.5"))


@pytest.fixture
def oil_filter(keeper):
    """The part 06L115562 机油滤清器, five on the shelf."""
    part = catalogue.create_part(keeper, number="06L115562", name="机油滤清器", price="68.00", cost="40.00")
    stock.receive(keeper, [{"part": part.id, "quantity": "5"}])
    return Part.get_by_id(part.id)
