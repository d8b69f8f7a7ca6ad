"""Optimistic locking: a save carries the version it read; a stale one is refused with who and when."""
from storage.models import FollowUp, WorkOrder, WorkOrderLine, now
from storage.plumbing import daily
from storage.plumbing.audit import record
from storage.plumbing.db import is_sqlite
from storage.rules.errors import NotFound, StaleRecord


def stale_message(current) -> str:
    who = current.updated_by or "其他用户"
    return f"{current.label()} 已被 {who} 于 {current.updated_at:%Y-%m-%d %H:%M:%S} 修改，您看到的是旧内容。请刷新后重新操作。"


def save_versioned(user, instance, expected_version: int, changes: dict, *, action: str | None = None, audit=True):
    """Apply `changes` to the record if nobody saved it since `expected_version` was read.

    One UPDATE ... WHERE id = ? AND version = ?: the check and the write are one statement, so two
    stations can never both win. Returns the refreshed instance. Call inside a transaction.
    """
    model = type(instance)
    figures = _daily_figures(model, instance, changes)
    if figures is not None:
        with figures:
            return _save_versioned(user, model, instance, expected_version, changes, action, audit)
    return _save_versioned(user, model, instance, expected_version, changes, action, audit)


# The order's fields the manager's daily figures count by (storage.plumbing.daily).
ORDER_FIGURES = frozenset({"status", "job_type", "advisor", "opened_at", "comeback_of", "delivered_at"})
ORDER_SETTLED_FIGURES = frozenset({"job_type", "advisor"})


def _daily_figures(model, instance, changes: dict):
    """The daily figures' hook around a save that moves them: None when the save moves none."""
    names = {k if isinstance(k, str) else k.name for k in changes}
    if model is WorkOrder and names & ORDER_FIGURES:
        return daily.order_saving(instance.id, settled=bool(names & ORDER_SETTLED_FIGURES))
    if model is WorkOrderLine and "team" in names:
        return daily.tracking(instance.order_id)
    if model is FollowUp and names & {"called_at", "status", "satisfaction"}:
        return daily.follow_up_saving(instance.id)
    return None


def _save_versioned(user, model, instance, expected_version, changes, action, audit):
    before = {k: getattr(instance, k) for k in changes}
    values = dict(changes)
    values.update(
        version=model.version + 1,
        updated_at=now(),
        updated_by=user.display_name if user else "",
    )
    field_values = {getattr(model, k) if isinstance(k, str) else k: v for k, v in values.items()}
    update = model.update(field_values).where((model.id == instance.id) & (model.version == expected_version))
    if not is_sqlite():
        # PostgreSQL hands the saved row back with the UPDATE itself: one round trip, not two.
        saved = list(update.returning(model).execute())
        if saved:
            current = saved[0]
            if audit:
                record(user, action or f"{model.__name__.lower()}.update", current, before=before, after=changes)
            return current
        count = 0
    else:
        count = update.execute()
    current = model.get_or_none(model.id == instance.id)
    if current is None:
        raise NotFound(f"{instance.label()}已被删除。")
    if count == 0:
        raise StaleRecord(stale_message(current))
    if audit:
        record(user, action or f"{model.__name__.lower()}.update", current, before=before, after=changes)
    return current


def locked(model, row_id, what: str):
    """Read a row for change, holding its lock to the end of the transaction (PostgreSQL). SQLite's
    BEGIN IMMEDIATE already serialises writers, so a plain read is enough there."""
    query = model.select().where(model.id == row_id)
    if not is_sqlite():
        query = query.for_update()
    row = query.first()
    if row is None:
        raise NotFound(f"找不到{what}。")
    return row


def check_version(row, expected_version) -> None:
    """Refuse at once, before writing anything, when the station holds an old copy."""
    if expected_version is not None and row.version != expected_version:
        raise StaleRecord(stale_message(row))
