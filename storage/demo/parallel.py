"""Generating on two cores. The generator is pure Python making rows of stored values; writing them
is the database's work. Here a forked worker process runs the generator and sends its rows batch
by batch through a pipe (marshal: several times cheaper than pickle for tuples of str and int) to
this process, which owns the connection and its one transaction and writes each batch while the
worker makes the next. Cancelling, or an error on either side, stops the worker; the transaction
then rolls back as it would in one process.

Only where the platform forks (Linux, macOS): the worker starts as a copy of the generator as it
stands, staff and settings already read. The worker never touches the connection: its handle there
is replaced by one that forwards writes and refuses reads."""
import copy
import marshal
import multiprocessing
import pickle
import traceback

from storage.plumbing.db import database
from storage.rules.errors import DomainError


def available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _plain(value):
    """The message with every str subclass (storage.rules.vocabulary's members) as the plain str it equals."""
    if isinstance(value, str):
        return str.__str__(value) if type(value) is not str else value
    if isinstance(value, (tuple, list)):
        items = [_plain(item) for item in value]
        return tuple(items) if isinstance(value, tuple) else items
    return value


class _Channel:
    """The worker's end of the pipe: every message is one marshalled tuple."""

    def __init__(self, connection):
        self.connection = connection

    def send(self, *message) -> None:
        try:
            data = marshal.dumps(message)
        except ValueError:  # a vocabulary member (a str subclass) in the rows: marshal takes only str
            data = marshal.dumps(_plain(message))
        self.connection.send_bytes(b"m" + data)

    def send_any(self, *message) -> None:
        """For values marshal does not know (a Decimal, a date in a forwarded statement's parameters)."""
        self.connection.send_bytes(b"p" + pickle.dumps(message))


def _receive(connection):
    data = connection.recv_bytes()
    return marshal.loads(data[1:]) if data[:1] == b"m" else pickle.loads(data[1:])


class _Cursor:
    """What a forwarded write returns: no row ids (the generator gives every row its id)."""

    lastrowid, rowcount, description = None, 1, ()

    def fetchone(self):
        return None

    def fetchall(self):
        return []

    def fetchmany(self, size=None):
        return []

    def __iter__(self):
        return iter(())


def _forwarding(db, channel):
    """The worker's database: the same dialect, so a model's insert or update (a step that writes
    with peewee rather than through the bulk writer) becomes the same SQL, sent to the writing
    process in its turn between the batches; a read has no answer here and fails."""
    forward = copy.copy(db)

    def execute_sql(sql, params=None, *args, **kwargs):
        if not sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise RuntimeError(f"the generator's worker process cannot read the database (read it before the fork): {sql[:200]}")
        channel.send_any("sql", sql, list(params or ()))
        return _Cursor()

    def refuse(*args, **kwargs):
        raise RuntimeError("the generator's worker process has no connection")

    forward.execute_sql = execute_sql
    forward.connection = forward.cursor = forward.connect = forward.begin = refuse
    return forward


def run(generator, build, *, progress, cancel) -> None:
    """build() in a worker process; its rows written here, in the caller's transaction."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    worker = context.Process(target=_work, args=(generator, build, sending), daemon=True)
    worker.start()
    sending.close()
    sink = generator.sink
    try:
        while True:
            if cancel():
                raise DomainError("已取消")
            try:
                message = _receive(receiving)
            except EOFError:
                worker.join(5)
                raise RuntimeError(f"the generator's worker process ended without finishing (exit code {worker.exitcode})")
            kind = message[0]
            if kind == "rows":
                sink.insert(*message[1:])
            elif kind == "exec":
                sink.execute_many(*message[1:])
            elif kind == "sql":
                sink.db.execute_sql(*message[1:])
            elif kind == "progress":
                progress(*message[1:])
            elif kind == "done":
                return
            else:
                raise RuntimeError(f"the generator's worker process failed:\n{message[1]}")
    finally:
        receiving.close()
        if worker.is_alive():
            worker.kill()
        worker.join()


def _work(generator, build, connection) -> None:
    channel = _Channel(connection)
    database.initialize(_forwarding(database.obj, channel))
    generator.sink.channel = channel
    generator.progress = lambda fraction, message: channel.send("progress", fraction, message)
    generator.cancelled = lambda: False  # the writing process asks, and stops this one
    try:
        build()
        channel.send("done")
    except BaseException:  # noqa: B036 - whatever it was, the writing process reports it
        channel.send("error", traceback.format_exc())
