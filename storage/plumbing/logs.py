"""This PC's log: a rotating file in the data folder, with passwords and personal data masked. No Qt.

    setup_logging() -> Path                 once at start (main.py); the file is <data>/logs/fours.log
    redact(text) -> str                     what the log may keep of a text
    RedactingFilter                         the logging.Filter every handler of ours carries
    log_uncaught(exc_type, exc, tb)         an uncaught exception, with its traceback, as CRITICAL
    export_logs(dest, extra=None) -> Path   "导出日志": a zip of the log files and this PC's details

The log answers "what went wrong on this PC, and when" for whoever maintains the store's PCs, so it
keeps errors with their tracebacks and the program's own events (start, database, upgrade), never a
password and never a customer's full phone number, ID number or name: a log file is sent by e-mail
or chat, and leaves the store.
"""
import datetime as dt
import logging
import logging.handlers
import platform
import re
import sys
import zipfile
from pathlib import Path

import storage
from storage.plumbing.config import data_dir
from storage.plumbing.db import redact as redact_url
from storage.plumbing.files import atomic_writer
from storage.rules.errors import DomainError

LOG_FILE = "fours.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5  # fours.log.1 … fours.log.5: about 6 MB of history per PC
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("fours")

# ---------------------------------------------------------------- redaction
MASK = "***"
_SECRET_KEYS = r"password|passwd|pwd|secret|token|PGPASSWORD|password_hash|密码|口令"
_RULES: list[tuple[re.Pattern, object]] = [
    # scheme://user:password@host -> scheme://user:***@host (database URLs, in any text)
    (re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^\s:/@]*:)(?P<secret>[^\s/]+)(?=@)", re.I), r"\g<head>" + MASK),
    # libpq's keyword form: password='...'
    (re.compile(r"(?P<head>\bpassword\s*=\s*')(?:[^'\\]|\\.)*'", re.I), r"\g<head>" + MASK + "'"),
    # password=..., "password": "...", PGPASSWORD=..., 密码：...
    (re.compile(rf"(?P<head>(?:{_SECRET_KEYS})['\"]?\s*[:=：]\s*['\"]?)(?P<secret>[^'\"\s,;&)}}]+)", re.I),
     r"\g<head>" + MASK),
    # 18-digit resident ID numbers (last character may be X): keep the first 4 and the last 2
    (re.compile(r"(?<![0-9A-Za-z])(\d{4})\d{12}(\d[0-9Xx])(?![0-9A-Za-z])"), r"\1************\2"),
    # mainland mobile numbers: 138****8000
    (re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)"), r"\1****\2"),
    # landlines with area code: 010-****6666
    (re.compile(r"(?<!\d)(0\d{2,3}[- ]?)\d{3,4}(\d{4})(?!\d)"), r"\1****\2"),
]
# A name after a label and a colon or a quote (姓名：张三, 客户“张三”, name='张三'): the surname stays, the
# rest is masked. Free text without a label is not recognisable as a name and stays as it is.
_NAME_LABELS = r"姓名|客户|车主|联系人|送修人|顾客|name|display_name|customer|owner|contact"
_NAME_RULE = re.compile(
    rf"(?P<head>(?:{_NAME_LABELS})['\"]?\s*(?:[:=：]\s*['\"“「]?|['\"“「]))"
    r"(?P<first>[\u4e00-\u9fff·])(?P<rest>[\u4e00-\u9fff·]{1,5})",
    re.I,
)


def _mask_name(match: re.Match) -> str:
    return match.group("head") + match.group("first") + "*" * len(match.group("rest"))


def redact(text: str) -> str:
    """`text` without passwords, full phone and ID numbers, or full names after a label."""
    if not text:
        return text
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return _NAME_RULE.sub(_mask_name, text)


class RedactingFilter(logging.Filter):
    """Masks a record before any handler writes it: its message with the arguments filled in, and
    the traceback (formatted here once, so the formatter reuses the masked text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message), ()
        if record.exc_info:  # another handler may have cached the plain text already
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """The last line of defence: whatever reaches the file is masked once more as a whole."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


# ---------------------------------------------------------------- set-up
_folder: Path | None = None  # where setup_logging sent the log


def log_dir() -> Path:
    """The folder this process logs to (the data folder's logs/ unless set up elsewhere)."""
    folder = _folder or data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the program's log records to <folder>/fours.log (1 MB × 5, rotating). Calling it again
    replaces the handler (tests, a second start in one process). Returns the log file's path."""
    global _folder
    folder = Path(folder) if folder else data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    _folder = folder
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "fours", False)]:
        root.removeHandler(handler)
        handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
                                                   delay=True)
    handler.fours = True
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(min(level, root.level) if root.level != logging.NOTSET else level)
    # peewee logs every query with its parameters at DEBUG: customers' data, so never in the file.
    logging.getLogger("peewee").setLevel(logging.WARNING)
    return path


def log_uncaught(exc_type, exc, tb) -> None:
    log.critical("未处理的异常：%s", exc_type.__name__, exc_info=(exc_type, exc, tb))


def log_start(program_version: str, database_url: str | None = None) -> None:
    log.info("程序启动：版本 %s，Python %s，%s，数据库 %s，数据目录 %s", program_version, platform.python_version(),
             platform.platform(), redact_url(database_url) if database_url else "（未指定）", data_dir())


# ---------------------------------------------------------------- 导出日志
def machine_info(extra: dict | None = None) -> dict:
    """What a maintainer needs beside the log: program, system, where the data is."""
    info = {
        "导出时间": dt.datetime.now().isoformat(timespec="seconds"),
        "程序版本": storage.PROGRAM_VERSION,
        "是否打包版": "是" if getattr(sys, "frozen", False) else "否（源码运行）",
        "操作系统": platform.platform(),
        "计算机名": platform.node(),
        "Python": platform.python_version(),
        "数据目录": str(data_dir()),
    }
    info.update(extra or {})
    return info


def export_logs(dest, *, extra: dict | None = None, folder: Path | None = None) -> Path:
    """Write a zip (dest: a .zip path, or a folder for fours-log-<PC>-<time>.zip) holding every log
    file of this PC and 系统信息.txt. Returns the path written. Raises OSError's DomainError."""
    folder = Path(folder) if folder else log_dir()
    for handler in logging.getLogger().handlers:  # the latest lines, not what sits in a buffer
        handler.flush()
    target = Path(dest)
    if target.is_dir():
        host = re.sub(r"[^0-9A-Za-z_-]+", "_", platform.node()) or "pc"
        target = target / f"fours-log-{host}-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
    elif target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    info = "\n".join(f"{key}：{value}" for key, value in machine_info(extra).items())
    try:
        with atomic_writer(target) as handle, zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("系统信息.txt", redact(info) + "\n")
            for path in sorted(folder.glob(LOG_FILE + "*")):
                archive.write(path, path.name)
    except OSError as exc:
        raise DomainError(f"无法保存日志文件到“{target}”：{exc.strerror or exc}") from exc
    log.info("已导出日志：%s", target)
    return target
