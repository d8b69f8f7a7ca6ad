"""Files the program writes that matter (exports, saved PDFs, the log zip, settings.json, backups),
written so that a power cut never leaves a half file under a real name. No Qt.

The bytes go to a temporary name in the same folder; they are flushed and fsync'ed, the temporary
file is renamed over the real name (os.replace: atomic on one file system), and the folder is
fsync'ed so the rename itself is on disk. After a cut the real name holds the old file or the whole
new one, never a mix; a temporary `.NAME.partial` may be left beside it.

    atomic_writer(path, *, private=False)    context manager: a binary file to write, named on success
    atomic_write_bytes(path, data, *, private=False)
    atomic_write_text(path, text, *, private=False)     UTF-8
    partial_path(path) -> Path               the temporary name used for `path`
    replace_synced(tmp, final)               fsync a file someone else wrote, rename it, fsync the folder
    fsync_folder(folder)
"""
import contextlib
import os
from pathlib import Path


def partial_path(path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.partial")


def fsync_folder(folder) -> None:
    """Make a rename or a new name in `folder` survive a power cut (POSIX; Windows cannot open a
    folder to sync it, and NTFS journals the rename itself)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY if os.name == "posix" else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_synced(tmp, final) -> Path:
    """Give a finished file (written by SQLite, pg_dump, a library) its real name durably."""
    tmp, final = Path(tmp), Path(final)
    _fsync_file(tmp)
    os.replace(tmp, final)
    fsync_folder(final.parent)
    return final


@contextlib.contextmanager
def atomic_writer(path, *, private: bool = False):
    """Yield a binary file open on partial_path(path); when the block ends without an error the
    file is synced and renamed to `path`. On an error the partial file is removed and `path` is
    left as it was. private: readable by the user only (0600 on POSIX) from its first byte."""
    final = Path(path)
    tmp = partial_path(final)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600 if private else 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(final.parent)


def atomic_write_bytes(path, data: bytes, *, private: bool = False) -> Path:
    with atomic_writer(path, private=private) as handle:
        handle.write(data)
    return Path(path)


def atomic_write_text(path, text: str, *, private: bool = False) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"), private=private)
