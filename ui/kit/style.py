"""The program's colours: one red for what is wrong or overdue, one amber for a warning, one green for
done or fine, one grey for what is set aside; the message line's two looks; the manager's tiles."""
from html import escape

from PySide6.QtGui import QColor

RED_HEX, AMBER_HEX, GREEN_HEX, GREY_HEX = "#c62828", "#b26a00", "#2e7d32", "#666666"
RED, AMBER, GREEN, GREY = QColor(RED_HEX), QColor(AMBER_HEX), QColor(GREEN_HEX), QColor(GREY_HEX)
OK_STYLE, ERROR_STYLE = f"color: {GREEN_HEX};", f"color: {RED_HEX};"

TILE_STYLE = "QLabel { background: white; border: 1px solid #d5dbe2; border-radius: 4px; padding: 6px 10px; }"


def tile_html(caption: str, value: str, note: str = "") -> str:
    """A headline tile: a small caption over a big figure, an optional grey note under it."""
    note_html = f"<div style='color:#7a8591; font-size:11px'>{escape(note)}</div>" if note else ""
    return (f"<div style='color:#5b6673; font-size:12px'>{escape(caption)}</div>"
            f"<div style='font-size:20px; font-weight:600; color:#1d2733'>{escape(value)}</div>{note_html}")
