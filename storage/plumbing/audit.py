"""The audit log: one row for every change to money, stock, prices and users. Insert-only."""
import datetime as dt
import json
from decimal import Decimal

from storage.models import AuditLog
from storage.plumbing.session import ensure_current

# The program only ever inserts audit rows; the database itself refuses the rest, so neither a
# station, nor a script, nor a bug can rewrite what happened (run by storage.store.schema.extra_ddl).
APPEND_ONLY = "审计日志只能追加，不能修改或删除。"
APPEND_ONLY_DDL = {
    "sqlite": [
        f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
        f"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'integrity_constraint_violation'; END $$",
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    ],
}


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
    transaction so the row and the change stand or fall together. The acting `user`'s account is
    checked there too (storage.plumbing.session): an action by an account disabled or changed meanwhile is
    refused with SessionEnded and rolled back whole."""
    if user is not None:
        ensure_current(user)
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
