"""The one CJK font every printed page uses (文泉驿微米黑), registered with ReportLab once per process.

Qt registers the same file itself (QFontDatabase.addApplicationFont(str(FONT_PATH))), so screen
and paper show the same glyphs on a PC without Chinese fonts installed.
"""
import logging
import marshal
import os
import sys
import threading
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import TypeFace
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, unShapedFontGlob

from storage.plumbing.config import data_dir

FONT_PATH = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "wqy-microhei.ttc"
FONT_NAME = "WQY"

_lock = threading.Lock()
_registered = False
log = logging.getLogger("fours.printing")


def register_reportlab_font() -> str:
    """Register FONT_PATH as "WQY" (first face of the collection) and return the name.

    Parsing the 5 MB collection takes a fifth of a second, so it happens once, on first use (or in the
    background while the login window waits, preload()), and what it parsed is kept in the data folder
    (parsed_font): a later process reads that in a third of the time. Every PDF then embeds only the
    subset of glyphs it needs.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(parsed_font())
            # The font has no bold or italic face: map them to the regular one so <b> in a
            # Paragraph never fails; headings get weight from size (or a stroked outline).
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = True
    return FONT_NAME


def preload() -> None:
    """register_reportlab_font() on a thread of its own (the program starts it when the login window
    shows), so the first printout of the day does not wait for the font."""
    if not _registered:
        threading.Thread(target=register_reportlab_font, name="font-preload", daemon=True).start()


# What ReportLab parsed from the file (its TTFontFace's attributes) is kept with marshal, which reads
# plain dicts and lists back several times faster than the parser builds them (and than pickle). The
# key names the file (size, time), ReportLab's version and Python's marshal format: any change parses
# again. TTFNameBytes (bytes with their text) and the face's scale function are not marshalled.
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID", "subfontNameX")


def font_cache_path() -> Path:


    stat = FONT_PATH.stat()
    key = (f"{FONT_PATH.stem}-{stat.st_size}-{int(stat.st_mtime)}-rl{reportlab.Version}"
           f"-py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}")
    return data_dir() / "cache" / f"{key}.font"


def parsed_font():
    """ReportLab's TTFont for FONT_PATH's first face, from the cache when it is there, else parsed from
    the file (and the cache written for the next process)."""
    path = face = None
    try:
        path = font_cache_path()
        face = _read_cache(path)
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError) as exc:  # written again below
        log.warning("字体缓存不可用，改为读取字体文件：%s", exc)
    if face is not None:
        return _font_with(face)
    font = TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0)
    if path is not None:
        _write_cache(path, font.face)
    return font


def _read_cache(path: Path):
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    values = marshal.loads(data)
    if values.get("filename") != str(FONT_PATH):
        return None
    face = TTFontFace.__new__(TTFontFace)
    TypeFace.__init__(face, None)
    for key in _NAMES:
        if isinstance(values.get(key), bytes):
            values[key] = TTFNameBytes(values[key], "utf8")
    face.__dict__.update(values)
    multiple = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * multiple)
    return face


def _write_cache(path: Path, face) -> None:
    values = {k: (bytes(v) if isinstance(v, bytes) else v) for k, v in vars(face).items() if not callable(v)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(values))
        os.replace(tmp, path)
    except (OSError, ValueError) as exc:  # a full or read-only disk: the next process parses again
        log.warning("无法保存字体缓存 %s：%s", path, exc)


def _font_with(face):
    """A TTFont around an already parsed face, as TTFont.__init__ makes one."""

    font = TTFont.__new__(TTFont)
    font.fontName = FONT_NAME
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = _shapable()
    return font


def _shapable() -> bool:


    return not any(fnmatch(FONT_NAME, glob) for glob in unShapedFontGlob)
