"""Per-PC settings (database URL, printers, language) kept in a small JSON file, plus the data folder.

Store-wide settings (store name, rates, limits) live in the database instead: see storage.settings.
"""
import json
import os
import sys
from pathlib import Path

from .files import atomic_write_text

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
    base.mkdir(parents=True, exist_ok=True)
    return base


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
