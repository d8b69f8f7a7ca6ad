"""Fixtures and small builders shared by the reception tests (check-in, order writing, progress,
appointments, search). Everything goes through the storage actions."""
import datetime as dt
from decimal import Decimal

import pytest

from storage import archive, auth
from storage.parts import catalogue, stock
from storage.reception import estimate, checkin as reception
from storage.models import LabourItem, Part, VehicleModel, WorkOrder, now
from tests.conftest import PASSWORD
from tests.factories import make_car

D = Decimal


@pytest.fixture
def keeper(users):
    return users[auth.STOREKEEPER]


@pytest.fixture
def dispatcher(users):
    return users[auth.DISPATCHER]


@pytest.fixture
def model():
    return VehicleModel.create(brand="大众", name="迈腾", service_km=10000, service_months=12)


@pytest.fixture
def car(advisor, model):
    vehicle = make_car(advisor, name="王建国", phone="13912345678", plate="京N8K2L9")
    return archive.update_vehicle(advisor, vehicle.id, vehicle.version, model=model.id)


@pytest.fixture
def labour(model):
    return LabourItem.create(code="BY-001", name="更换机油机滤", system="发动机", hours=D("0.5"))


@pytest.fixture
def oil_filter(keeper):
    part = catalogue.create_part(keeper, number="06L115562", name="机油滤清器", price="68.00", cost="40.00")
    stock.receive(keeper, [{"part": part.id, "quantity": "5"}])
    return Part.get_by_id(part.id)


def manager_login(manager, for_user=None):
    """The manager's approval of a reading below the last one, typed at the advisor's station."""
    return auth.approve(manager.username, PASSWORD, "mileage", for_user=for_user)


def check_in(user, car, **overrides):
    values = dict(vehicle_id=car.id, mileage=20000, fuel_level=40, key_number="A-01",
                  belongings=[("备胎", 1), ("行车记录仪", 1)], customer_words="发动机异响")
    values.update(overrides)
    return reception.check_in(user, **values)


def promise(user, order, hours=4) -> WorkOrder:
    return reception.set_terms(user, order.id, order.version, promised_at=now() + dt.timedelta(hours=hours))


def signed_order(user, car, labour, **check_in_fields) -> WorkOrder:
    """A walk-in with one labour line, promised in 4 hours and signed: 待派工."""
    order = check_in(user, car, **check_in_fields)
    order = estimate.add_labour_line(user, order.id, order.version, labour.id).order
    order = promise(user, order)
    return reception.sign_estimate(user, order.id, order.version)


def fresh(order) -> WorkOrder:
    return WorkOrder.get_by_id(order.id)
