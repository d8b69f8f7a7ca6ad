"""Roles: every storage action (every function in storage/ that calls auth.require, found by reading
the code) against every role, called directly, without any window. A role the permission table
allows gets through (the call succeeds, or fails only for a business reason); every other role is
refused with PermissionDenied in the storage layer and nothing is saved. A new action that is not in
tests/reliability/roles_table.py fails test_every_action_is_in_the_table: add a row for it."""
import ast
import collections
from pathlib import Path

import pytest

from storage.models import User
from storage.reception import archive
from storage.rules import auth
from storage.rules.errors import DomainError, PermissionDenied
from tests.conftest import PG_URL
from tests.reliability.fuzz import table_counts
from tests.reliability.roles_table import ACTIONS, ONLY_ON_SQLITE
from tests.reliability.roles_world import World

ROOT = Path(__file__).resolve().parents[2]


def require_calls() -> dict:
    """'module function' -> the permissions its require() calls name (source text when computed)."""
    found = collections.defaultdict(set)
    for path in sorted((ROOT / "storage").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for node in ast.parse(path.read_text("utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "id", getattr(call.func, "attr", None)) == "require":
                    found[f"{module} {node.name}"].add(ast.unparse(call.args[1]).strip("'\""))
    found.pop("storage.rules.auth require", None)
    return dict(found)


def permissions_named(function: str) -> str:
    """The source of a function: the table's permissions must be the ones it checks (require, may)."""
    module, name = function.split()
    path = ROOT / Path(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    text = path.read_text("utf-8")
    node = next(n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef) and n.name == name)
    return ast.get_source_segment(text, node)


def test_every_action_is_in_the_table():
    found = require_calls()
    missing = sorted(set(found) - set(ACTIONS))
    gone = sorted(set(ACTIONS) - set(found))
    assert not missing, f"storage actions that check a permission but are not in ACTIONS: {missing}"
    assert not gone, f"ACTIONS names functions that no longer check a permission: {gone}"
    for name, cases in ACTIONS.items():
        source = permissions_named(name)
        for permissions, _ in cases:
            assert all(f'"{p}"' in source for p in permissions), f"{name}: the table says {permissions}, the code {found[name]}"




@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_each_role_is_allowed_or_refused_as_the_table_says(name, users, tmp_path):
    world = World(users, tmp_path)
    for case, (permissions, call) in enumerate(ACTIONS[name]):
        allowed = {role for p in permissions for role in auth.PERMISSIONS[p]}
        refused_roles = sorted(set(auth.ROLES) - allowed)
        if refused_roles:  # the first try builds, through the World, what the call needs
            with pytest.raises(PermissionDenied):
                call(world, users[refused_roles[0]])
        for role in refused_roles:
            before = table_counts()
            with pytest.raises(PermissionDenied) as refused:
                call(world, users[role])
            assert role in refused.value.message, refused.value.message
            assert table_counts() == before, f"{name}: refused for {role}, yet something was saved"
        succeeded = []
        for role in sorted(allowed):
            try:
                call(world, users[role])
                succeeded.append(role)
            except PermissionDenied as exc:
                pytest.fail(f"{name} (case {case}): {role} may do this ({permissions}) but was refused: {exc.message}")
            except DomainError:
                pass  # a business reason: e.g. an allowed role before it did it already
        assert succeeded or (PG_URL and name in ONLY_ON_SQLITE), f"{name}: no allowed role got through"


def test_an_inactive_user_is_refused_everything(users):
    clerk = users[auth.ADVISOR]
    User.update(active=False).where(User.id == clerk.id).execute()
    clerk = User.get_by_id(clerk.id)
    with pytest.raises(PermissionDenied):
        archive.create_customer(clerk, name="新客户", phone="13912345678")
    with pytest.raises(PermissionDenied, match="请先登录"):
        archive.create_customer(None, name="新客户", phone="13912345678")
