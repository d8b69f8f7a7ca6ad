"""Whether the station's signed-in account is still the account in the database (账号会话).

A station holds the User it signed in with for hours. The manager may disable that account, change
its role or its discount limit, or reset its password meanwhile: every change to the account goes
through storage.rules.auth and bumps the user's version. `ensure_current` compares the version the
station holds with the database's, so the next action of a station whose account changed is
refused with SessionEnded and the window signs the user out (ui.shell.main_window); the rights, the
active flag and the limits an action acts on are therefore always the ones in force now.

storage.rules.auth.require calls it before every permission check, and storage.plumbing.audit.record inside the
transaction of every action that writes an audit row (money, stock, prices, users): on PostgreSQL
the row is read FOR SHARE there, so a change to the account waits for the action to commit or is
seen by it, never slips in between.
"""
from collections import namedtuple

from storage.models import User
from storage.plumbing.compiled import Statement
from storage.plumbing.db import database, is_sqlite
from storage.rules.errors import SessionEnded

_listeners: list = []
_Account = namedtuple("_Account", "version active updated_at updated_by must_change_password")
_COLUMNS = (User.version, User.active, User.updated_at, User.updated_by, User.must_change_password)
# Asked before every action: SQL built once (storage.plumbing.compiled). Inside a transaction on PostgreSQL
# the row is read FOR SHARE: a change to the account waits for the action, or the action sees it.
_ACCOUNT = Statement(lambda user_id: User.select(*_COLUMNS).where(User.id == user_id))
_ACCOUNT_SHARED = Statement(lambda user_id: User.select(*_COLUMNS).where(User.id == user_id).for_update("FOR SHARE"))


def on_session_ended(listener):
    """Call `listener(exc)` whenever an action is refused with SessionEnded (possibly on a worker
    thread). Returns a function that removes the listener again."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def watched() -> bool:
    """Whether someone (a main window) listens for ended sessions and tells the user itself."""
    return bool(_listeners)


def ensure_current(user) -> None:
    """Refuse with SessionEnded unless `user` is active and unchanged since the station read it."""
    db = database.obj
    locking = not is_sqlite(db) and db.in_transaction()
    found = (_ACCOUNT_SHARED if locking else _ACCOUNT).rows(user.id)
    row = _Account(*found[0]) if found else None
    if row is not None and row.active and row.version == getattr(user, "version", None) and not row.must_change_password:
        return
    if row is None or not row.active:
        message = "您的账号已被停用，无法继续操作。请重新登录，或联系服务经理。"
    elif row.must_change_password and row.version == getattr(user, "version", None):
        message = "管理员重置了您的密码：请重新登录并设置新密码后再操作。"
    else:
        who = f"由 {row.updated_by} " if row.updated_by else ""
        message = f"您的账号已于 {row.updated_at:%Y-%m-%d %H:%M} {who}修改（角色、权限或密码已变更），请重新登录。"
    error = SessionEnded(message)
    error.user_id = user.id
    for listener in list(_listeners):
        listener(error)
    raise error
