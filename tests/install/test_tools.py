"""The tools the program and the suite run are found from this interpreter's environment, not the PATH
(issue: on a fresh machine `.venv/bin/python -m pytest` without activation found no pyside6-uic)."""
import os
import subprocess
import sys

import pytest

from storage.plumbing import tools
from tests.conftest import PG_URL

NO_PATH = {**os.environ, "PATH": "/nonexistent"}


@pytest.mark.parametrize("name, flag, expected", [
    ("uic", "--version", "uic 6."), ("lupdate", "-version", "lupdate version 6."),
    ("lrelease", "-version", "lrelease version 6."),
])
def test_pyside_tools_run_with_no_path_at_all(name, flag, expected):
    done = subprocess.run([*tools.pyside_tool(name), flag], env=NO_PATH, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout + done.stderr


def test_pyside_tool_is_this_interpreters():
    assert tools.pyside_tool("uic")[0] == sys.executable
    with pytest.raises(ValueError):
        tools.pyside_tool("designer; rm -rf /")


def test_form_generator_check_runs_without_the_venv_on_the_path():
    """packaging/build.sh runs `python -m ui.forms.generate --check` before PyInstaller."""
    done = subprocess.run([sys.executable, "-m", "ui.forms.generate", "--check"], env=NO_PATH,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_postgres_tool_prefers_the_install_folders_over_the_path(tmp_path, monkeypatch):
    decoy = tmp_path / "pg_dump"
    decoy.write_text("#!/bin/sh\nexit 1\n")
    decoy.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    found = tools.postgres_tool("pg_dump")
    installed = [f for f in tools._postgres_folders() if (f / "pg_dump").is_file()]
    assert found == (str(installed[0] / "pg_dump") if installed else str(decoy))


@pytest.mark.skipif(not PG_URL, reason="the PostgreSQL run needs pg_dump for its backups")
def test_pg_dump_is_found_with_no_path(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    assert tools.postgres_tool("pg_dump"), tools.missing_tool_message("pg_dump")


def test_missing_tool_messages_say_what_to_install():
    assert "postgresql-client" in tools.missing_tool_message("pg_dump")
    assert "requirements-dev.txt" in tools.missing_tool_message("pyside6-uic")
