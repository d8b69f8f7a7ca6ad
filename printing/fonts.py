"""The one CJK font every printed page uses (文泉驿微米黑), registered with ReportLab once per process.

Qt registers the same file itself (QFontDatabase.addApplicationFont(str(FONT_PATH))), so screen
and paper show the same glyphs on a PC without Chinese fonts installed.
"""
import threading
from pathlib import Path

FONT_PATH = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "wqy-microhei.ttc"
FONT_NAME = "WQY"

_lock = threading.Lock()
_registered = False


def register_reportlab_font() -> str:
    """Register FONT_PATH as "WQY" (first face of the collection) and return the name.

    Parsing the 5 MB collection takes a fifth of a second, so it happens once, on first use; every
    PDF then embeds only the subset of glyphs it needs.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
            # The font has no bold or italic face: map them to the regular one so <b> in a
            # Paragraph never fails; headings get weight from size (or a stroked outline).
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = True
    return FONT_NAME
