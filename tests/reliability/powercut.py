"""A power cut under the program, the way SQLite tests itself (its crash-test VFS, src/test6.c):
the store's database is opened through a VFS (apsw's VFS classes, same file format) that stands
for the operating system's page cache. Every write to a file is kept apart, in memory, until that
file's xSync; only then does it reach the real file. At a chosen write or sync the power goes:
what was not synced is thrown away, the machine does nothing more (every later write, sync,
truncate or delete is dropped), and the real files hold exactly what a disk would after the cut.
The test then opens them with the program's own code (sqlite3 through peewee).

Modelled: file contents (written, synced, truncated). Not modelled: a sector torn in half by the
cut, or a disk that lies about its flushes (SQLite's crash VFS can do both; a lying disk defeats any
setting); file creation and deletion are taken as durable at once.

    disk = Disk(); disk.register()              the VFS "powercut", one per process
    disk.arm(n)                                 the power goes at the n-th write/sync/truncate from now
    db = cut_database(path, synchronous="full") a peewee database for storage over that VFS
    disk.cut()                                  the power goes now (if it has not already)
    disk.reset()                                after the program's handle is closed: power back on
"""
import datetime as dt
import os

import apsw
from playhouse.apsw_ext import APSWDatabase

from storage.plumbing.db import SQLITE_PRAGMAS, StoreSqliteDatabase

VFS_NAME = "powercut"
BLOCK = 4096


class PowerCut(Exception):
    """Raised inside the VFS when the power goes: SQLite sees an I/O error, the program an exception."""


class _Pending:
    """What the page cache holds for one file beyond what is on the disk."""

    def __init__(self):
        self.blocks: dict[int, bytearray] = {}  # block index -> the block's whole content
        self.size: int | None = None  # the file's size as the program sees it (None: the disk's)
        self.cut_at: int | None = None  # a truncate: the disk's bytes from here on are gone


class Disk:
    def __init__(self):
        self.pending: dict[str, _Pending] = {}
        self.dead = False
        self.countdown: int | None = None
        self.syncs = 0

    # ------------------------------------------------------------ power
    def register(self) -> None:
        self.vfs = _VFS(self)

    def arm(self, n: int | None) -> None:
        self.countdown = n

    def tick(self) -> None:
        """One write, sync or truncate is about to happen: the armed one never does."""
        if self.dead:
            raise PowerCut("the power is off")
        if self.countdown is not None:
            self.countdown -= 1
            if self.countdown <= 0:
                self.cut()
                raise PowerCut("the power went")

    def cut(self) -> None:
        self.pending.clear()
        self.dead = True
        self.countdown = None

    def reset(self) -> None:
        self.pending.clear()
        self.dead = False
        self.countdown = None

    def unsynced_bytes(self) -> int:
        return sum(len(b) for p in self.pending.values() for b in p.blocks.values())


class _VFS(apsw.VFS):
    def __init__(self, disk: Disk):
        self.disk = disk
        super().__init__(VFS_NAME, "")

    def xOpen(self, name, flags):
        return _File(self.disk, name, flags)

    def xDelete(self, filename, syncdir):
        if self.disk.dead:
            return  # a dead machine deletes nothing
        self.disk.pending.pop(filename, None)
        super().xDelete(filename, syncdir)


class _File(apsw.VFSFile):
    """The real file underneath (locks and shared memory are the default VFS's own); reads see the
    page cache, writes go to it, xSync moves it to the real file."""

    def __init__(self, disk: Disk, name, flags):
        super().__init__("", name, flags)
        self.disk = disk
        self.key = name.filename() if isinstance(name, apsw.URIFilename) else name
        self.fd = None
        if self.key:
            try:
                self.fd = os.open(self.key, os.O_RDWR)
            except OSError:
                self.fd = os.open(self.key, os.O_RDONLY)

    # ------------------------------------------------------------ pass through for nameless (temp) files
    def _state(self, create=False) -> _Pending | None:
        if self.fd is None:
            return None
        state = self.disk.pending.get(self.key)
        if state is None and create:
            state = self.disk.pending[self.key] = _Pending()
        return state

    def _disk_size(self) -> int:
        return os.fstat(self.fd).st_size

    def _size(self) -> int:
        state = self._state()
        if state is not None and state.size is not None:
            return state.size
        return self._disk_size()

    def _disk_block(self, index: int, state: _Pending | None) -> bytearray:
        data = bytearray(os.pread(self.fd, BLOCK, index * BLOCK))
        if state is not None and state.cut_at is not None:
            keep = max(0, state.cut_at - index * BLOCK)
            data[keep:] = b"\0" * max(0, len(data) - keep)
        data.extend(b"\0" * (BLOCK - len(data)))
        return data

    def _block(self, index: int, state: _Pending | None) -> bytes:
        if state is not None and index in state.blocks:
            return state.blocks[index]
        return self._disk_block(index, state)

    def xRead(self, amount, offset):
        if self.fd is None:
            return super().xRead(amount, offset)
        state = self._state()
        end = min(offset + amount, self._size())
        if end <= offset:
            return b""
        first, last = offset // BLOCK, (end - 1) // BLOCK
        data = b"".join(self._block(i, state) for i in range(first, last + 1))
        start = offset - first * BLOCK
        return bytes(data[start:start + end - offset])  # shorter than asked past the end: SQLite zero-fills

    def xWrite(self, data, offset):
        self.disk.tick()
        if self.fd is None:
            return super().xWrite(data, offset)
        state = self._state(create=True)
        data = bytes(data)
        pos = 0
        while pos < len(data):
            index, within = divmod(offset + pos, BLOCK)
            block = state.blocks.get(index)
            if block is None:
                block = state.blocks[index] = self._disk_block(index, state)
            n = min(BLOCK - within, len(data) - pos)
            block[within:within + n] = data[pos:pos + n]
            pos += n
        state.size = max(self._size(), offset + len(data))

    def xTruncate(self, newsize):
        self.disk.tick()
        if self.fd is None:
            return super().xTruncate(newsize)
        state = self._state(create=True)
        for index in [i for i in state.blocks if i * BLOCK >= newsize]:
            del state.blocks[index]
        if newsize % BLOCK and newsize // BLOCK in state.blocks:
            state.blocks[newsize // BLOCK][newsize % BLOCK:] = b"\0" * (BLOCK - newsize % BLOCK)
        state.cut_at = newsize if state.cut_at is None else min(state.cut_at, newsize)
        state.size = newsize

    def xFileSize(self):
        if self.fd is None:
            return super().xFileSize()
        return self._size()

    def xSync(self, flags):
        self.disk.tick()
        self.disk.syncs += 1
        if self.fd is None:
            return super().xSync(flags)
        state = self.disk.pending.pop(self.key, None)
        if state is None:
            return
        if state.cut_at is not None:
            os.ftruncate(self.fd, state.cut_at)
        for index, block in sorted(state.blocks.items()):
            start = index * BLOCK
            if start < state.size:
                os.pwrite(self.fd, bytes(block[: state.size - start]), start)
        if state.size is not None and self._disk_size() != state.size:
            os.ftruncate(self.fd, state.size)
        # No os.fsync: this machine's power does not go; the cut is what the model throws away.

    def xClose(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        super().xClose()


def _adapted(value):
    """What Python's sqlite3 module stores for a parameter apsw does not take as it is (the
    program's files are written by sqlite3: its default adapters' text for dates and times)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class CutDatabase(APSWDatabase):
    """The program's SQLite database over apsw and the power-cut VFS: the same pragmas and the same
    transactions (BEGIN IMMEDIATE, StoreSqliteDatabase's rollback rules); only the driver differs."""

    _rolled_back_already = StoreSqliteDatabase._rolled_back_already
    # the topics a transaction names (storage.changes), collected as the program's database does
    named_topics = StoreSqliteDatabase.named_topics
    take_named_topics = StoreSqliteDatabase.take_named_topics
    transaction = StoreSqliteDatabase.transaction
    savepoint = StoreSqliteDatabase.savepoint

    def execute_sql(self, sql, params=None):
        if params:
            params = [_adapted(p) for p in params]
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._rolled_back_already():
            return None
        return super().execute_sql(sql, params)

    def rollback(self):
        if self._rolled_back_already():
            return None
        return super().rollback()


def cut_database(path, *, synchronous: str) -> CutDatabase:
    pragmas = dict(SQLITE_PRAGMAS, synchronous=synchronous)
    return CutDatabase(str(path), pragmas=pragmas, timeout=SQLITE_PRAGMAS["busy_timeout"] / 1000, vfs=VFS_NAME)
