"""The programs this program and its tests run, found where they are installed, never by PATH alone.

A fresh PC (or CI) has nothing but the project's virtual environment and the system's own folders:
a tool that happens to be on the developer's PATH must not hide a missing install step.

    pyside_tool("uic")          -> [python, -c, …]  PySide6's own entry point for pyside6-uic, run by
                                   this interpreter (works inside a venv that was never activated)
    postgres_tool("pg_dump")    -> path or None     beside this interpreter, then PostgreSQL's install
                                   folders (newest version first), then the PATH as the last resort
    missing_tool_message(name)  -> what to install, in a sentence
No Qt import: storage code (pg_dump backups) and the tests both use it.
"""
import glob
import os
import shutil
import sys
from pathlib import Path

# PySide6.scripts.pyside_tool's entry points, as the pyside6-* console scripts call them.
PYSIDE_TOOLS = ("uic", "lupdate", "lrelease", "rcc")
_EXE = ".exe" if os.name == "nt" else ""


def pyside_tool(name: str) -> list[str]:
    """The command that runs pyside6-<name> with the running interpreter's PySide6.

    The console script in .venv/bin is only a wrapper around PySide6.scripts.pyside_tool; calling the
    wrapper's function directly needs no PATH and no Scripts/bin folder (a venv made with
    --without-scripts, a Windows venv, a frozen build tool)."""
    if name not in PYSIDE_TOOLS:
        raise ValueError(f"unknown PySide6 tool: {name}")
    code = ("import sys; from PySide6.scripts import pyside_tool as t; "
            f"sys.argv[0] = 'pyside6-{name}'; sys.exit(t.{name}())")
    return [sys.executable, "-c", code]


def _postgres_folders() -> list[Path]:
    """Where PostgreSQL's client programs are installed, newest major version first."""
    patterns = ["/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/postgresql@*/bin",
                "/usr/local/opt/postgresql@*/bin", "/Applications/Postgres.app/Contents/Versions/*/bin"]
    for root in {os.environ.get("ProgramFiles", ""), os.environ.get("ProgramW6432", "")} - {""}:
        patterns.append(str(Path(root) / "PostgreSQL" / "*" / "bin"))

    def major(folder: str) -> tuple:
        digits = "".join(c if c.isdigit() else " " for c in folder).split()
        return tuple(int(d) for d in digits)

    found = [folder for pattern in patterns for folder in glob.glob(pattern)]
    return [Path(f) for f in sorted(found, key=major, reverse=True)]


def postgres_tool(name: str) -> str | None:
    """pg_dump / pg_restore / psql: beside this interpreter (a bundle may ship them), in PostgreSQL's
    install folders (newest first: pg_dump refuses a server newer than itself), else the PATH."""
    for folder in [Path(sys.executable).parent, *_postgres_folders()]:
        candidate = folder / f"{name}{_EXE}"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


def missing_tool_message(name: str) -> str:
    if name.startswith("pyside6-") or name in PYSIDE_TOOLS:
        return (f"{name} 不可用：请在项目的虚拟环境中安装依赖（.venv/bin/python -m pip install -r "
                "requirements-dev.txt）。")
    if name.startswith("pg_") or name == "psql":
        return f"未找到 {name}：请安装 PostgreSQL 客户端（Debian/Ubuntu：apt-get install postgresql-client）。"
    return f"未找到 {name}。"
