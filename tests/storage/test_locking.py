"""Optimistic locking between two stations: each a thread with its own database connection."""
import threading

import pytest

from storage.models import AuditLog, Customer, Vehicle
from storage.plumbing.db import database
from storage.reception import archive
from storage.rules.errors import StaleRecord
from tests.factories import in_other_station


@pytest.fixture
def car(users, advisor):
    owner = archive.create_customer(advisor, name="张三", phone="13800138000")
    return archive.create_vehicle(advisor, owner.id, plate="京A12345")


def test_stale_save_is_refused_and_names_who_changed_it(users, car, advisor, manager):
    seen_here = Vehicle.get_by_id(car.id)  # this station reads version 1
    in_other_station(lambda: archive.update_vehicle(manager, car.id, seen_here.version, colour="白色"))
    with pytest.raises(StaleRecord) as err:
        archive.update_vehicle(advisor, car.id, seen_here.version, colour="黑色")
    assert manager.display_name in err.value.message
    assert "车辆 京A12345" in err.value.message
    fresh = Vehicle.get_by_id(car.id)
    assert fresh.colour == "白色" and fresh.version == 2 and fresh.updated_by == manager.display_name


def test_two_stations_saving_the_same_version_at_once_one_wins(users, car, advisor, manager):
    barrier = threading.Barrier(2)
    outcomes = []

    def station(user, colour):
        def work():
            barrier.wait()
            try:
                archive.update_vehicle(user, car.id, 1, colour=colour)
                outcomes.append("saved")
            except StaleRecord:
                outcomes.append("refused")

        return work

    threads = [threading.Thread(target=lambda f=f: (f(), database.close())) for f in (station(advisor, "红"), station(manager, "蓝"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["refused", "saved"]
    assert Vehicle.get_by_id(car.id).version == 2


def test_a_refused_save_changes_nothing(users, car, advisor, manager):
    archive.update_customer(manager, car.owner_id, 1, address="新地址")
    audit_rows = AuditLog.select().count()
    with pytest.raises(StaleRecord):
        archive.update_customer(advisor, car.owner_id, 1, address="旧地址", phone="13900000000")
    customer = Customer.get_by_id(car.owner_id)
    assert customer.address == "新地址" and customer.phone == "13800138000"
    assert AuditLog.select().count() == audit_rows


def test_change_of_owner_keeps_the_history(users, car, advisor):
    buyer = archive.create_customer(advisor, name="王五", phone="13700001111")
    archive.change_owner(advisor, car.id, car.version, buyer.id)
    periods = list(car.ownerships.order_by(car.ownerships.model.id))
    assert [p.customer.name for p in periods] == ["张三", "王五"]
    assert periods[0].until is not None and periods[1].until is None
    assert Vehicle.get_by_id(car.id).owner.name == "王五"


def test_duplicate_plate_is_refused_whatever_the_typing(users, car, advisor):
    with pytest.raises(Exception) as err:
        archive.create_vehicle(advisor, car.owner_id, plate="京a 123 45")
    assert "已在档案中" in str(err.value)
    assert Vehicle.select().count() == 1
