"""The audit log: one row for every change to money, stock, prices and users. Insert-only."""
import datetime as dt
import json
from decimal import Decimal

from .models import AuditLog


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if hasattr(value, "id") and hasattr(value, "_meta"):
        return value.id
    return value


def to_json(values) -> str:
    if values in (None, ""):
        return ""
    if isinstance(values, str):
        return values
    return json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def record(user, action: str, entity, *, before=None, after=None, note: str = "", username: str = "") -> AuditLog:
    """Write one audit row. `entity` is a model instance or a (name, id) pair. Call inside the action's
    transaction so the row and the change stand or fall together."""
    if isinstance(entity, tuple):
        entity_name, entity_id = entity
    else:
        entity_name, entity_id = entity.__class__.__name__, entity.id
    return AuditLog.create(
        user=user.id if user else None,
        username=user.username if user else username,
        action=action,
        entity=entity_name,
        entity_id=str(entity_id if entity_id is not None else ""),
        before=to_json(before),
        after=to_json(after),
        note=note,
    )
