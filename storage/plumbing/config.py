"""Per-PC settings (database URL, printers, language) kept in a small JSON file, plus the data folder.

Store-wide settings (store name, rates, limits) live in the database instead: see storage.rules.settings.
"""
import json
import os
import sys
from pathlib import Path

from storage.plumbing.files import atomic_write_text

APP_DIR_NAME = "FourS-Service"


def data_dir() -> Path:
    """Where the database, backups and logs live: %APPDATA% on Windows, XDG data home elsewhere."""
    override = os.environ.get("FOURS_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_DIR_NAME
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    return base


def make_private(*paths) -> None:
    """What the program writes is for this PC's user only (customers' phones, password hashes, the
    server's password): from now on every file and folder this process creates is private
    (umask 077: folders 0700, files 0600), and the data folder and everything in it, plus `paths`
    (a SQLite database elsewhere, its companion files and its backups folder), are made so now, in
    case an older build or another tool left them readable by others. POSIX only: on Windows the
    data folder is in the user's own profile, which other users cannot read. A file this user does
    not own is left as it is."""
    if os.name != "posix":
        return
    os.umask(0o077)
    for top in (data_dir(), *map(Path, paths)):
        if not top.exists():
            continue
        for path in [top, *(top.rglob("*") if top.is_dir() else ())]:
            if path.is_symlink():
                continue
            try:
                os.chmod(path, 0o700 if path.is_dir() else 0o600)
            except OSError:
                pass


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'service.db').as_posix()}"


class LocalSettings:
    """This PC's settings file. Unknown keys are kept untouched so an older build does not lose them."""

    DEFAULTS = {
        "database_url": "",
        "language": "zh_CN",
        "printers": {},  # document kind -> printer name
        "paper": {},  # document kind -> paper name
    }

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else data_dir() / "settings.json"
        self.values = json.loads(json.dumps(self.DEFAULTS))
        if self.path.exists():
            try:
                self.values.update(json.loads(self.path.read_text("utf-8")))
            except (OSError, ValueError):
                pass  # a damaged settings file falls back to defaults; it is rewritten on the next save

    def get(self, key, default=None):
        return self.values.get(key, default)

    def set(self, key, value) -> None:
        self.values[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # The database URL may carry the server's password: readable by this user only. (On Windows
        # the file is in the user's own profile, %APPDATA%, which other users cannot read.) Written
        # whole under a temporary name first: a power cut leaves the old settings or the new ones.
        atomic_write_text(self.path, json.dumps(self.values, ensure_ascii=False, indent=2), private=True)

    @property
    def database_url(self) -> str:
        return self.values.get("database_url") or default_database_url()
