"""Where the GUI's files are: the CJK font, icons, compiled translations, and per-PC window state."""
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

from storage.plumbing.config import data_dir

ASSETS = Path(__file__).resolve().parents[2] / "assets"
FONT_PATH = ASSETS / "fonts" / "wqy-microhei.ttc"
ICONS = ASSETS / "icons"
I18N = ASSETS / "i18n"


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


def window_state() -> QSettings:
    """Window sizes, last user name: beside this PC's other data (tests point FOURS_DATA_DIR elsewhere)."""
    return QSettings(str(data_dir() / "window-state.ini"), QSettings.Format.IniFormat)
