"""The demo is made relative to the moment it is made (issue 19 defect 10): started at any hour of the
day, nothing in it happened later than that moment and its added-work items can be answered."""
import datetime as dt

import peewee
import pytest

from storage import demo
from storage.models import ALL_MODELS, AddedWork, WorkOrder
from storage.models import base as model_base
from storage.reception import progress
from storage.rules import auth

# Times that are plans, not events: they may lie ahead.
PLANNED = {"promised_at", "starts_at", "ends_at", "answer_due", "locked_until", "expires_at", "due_at"}  # due_at: a loaner car's promised return
DAY = dt.date(2026, 11, 24)


def freeze(monkeypatch, moment: dt.datetime) -> None:
    monkeypatch.setattr(model_base, "wall_clock", lambda: moment)


def later_than(moment: dt.datetime) -> list[tuple]:
    """Every (table, column, latest value) of an event column later than `moment`."""
    found = []
    for model in ALL_MODELS:
        for name, field in model._meta.fields.items():
            if isinstance(field, peewee.DateTimeField) and name not in PLANNED:
                latest = model.select(peewee.fn.MAX(field).alias("latest")).scalar()
                if isinstance(latest, str):
                    latest = dt.datetime.fromisoformat(latest)
                if latest is not None and latest > moment:
                    found.append((model._meta.table_name, name, latest))
    return found


@pytest.mark.parametrize("clock", ["07:30", "09:05", "15:00", "23:50"])
def test_the_demo_never_reaches_past_the_moment_it_is_made(db, monkeypatch, clock):
    moment = dt.datetime.combine(DAY, dt.time.fromisoformat(clock)) + dt.timedelta(seconds=17)
    freeze(monkeypatch, moment)
    assert demo.populate_if_empty() is True
    assert later_than(moment) == []
    # yesterday's and today's work is there, in every state
    assert WorkOrder.select().where(WorkOrder.opened_at >= moment - dt.timedelta(days=1)).exists()
    assert {o.status for o in WorkOrder.select(WorkOrder.status).distinct()} >= {"维修中", "待客户确认", "已交车"}
    # orders still in the workshop have run 0–100 % of their time, unless they are past it (late)
    cars = progress.today_cars(limit=500)[0]
    assert all(car["fraction"] is None or car["fraction"] >= 0 for car in cars)
    for car in cars:
        if car["status"] in progress.WORKING and not car["late"]:
            assert 0 <= car["fraction"] <= 1, car
    # the advisor answers every demo added-work item now
    advisor = auth.login("advisor1", demo.DEMO_PASSWORD)
    pending = progress.pending_added_work()
    assert pending
    for item in pending:
        work = AddedWork.get_by_id(item["id"])
        progress.answer_added_work(advisor, work.id, work.version, accepted=True, answered_by="客户本人", via="电话")
    assert not AddedWork.select().where(AddedWork.answer == "待答复").exists()
