"""Processes the reliability tests start: the stations of a store working on one database.

    python -m tests.reliability.worker serve
        A fork server for the crash test: it imports the program once, then for each line
        `run URL LOG SEED` on stdin forks a child that works in a loop (settlements, part issues,
        receipts, stock counts and the orders they need) until it is killed, and answers
        `pid N`; `reap N` waits for that child and answers `status S` (negative: the signal).
        Forking makes hundreds of SIGKILLs affordable; each child opens its own connection.
    python -m tests.reliability.worker write URL LOG SEED SECONDS
        The same loop in this process for SECONDS, then a clean exit (a station working while a
        backup is taken).
    python -m tests.reliability.worker station URL READY_FILE
        A station that opens the store as the program does, touches READY_FILE, and keeps it open
        until its stdin is closed (then closes the store and exits): a PC left on at the front desk.
    python -m tests.reliability.worker fill URL
        A station on a disk that fills up (see fill()).
    python -m tests.reliability.worker contend URL RESULT INDEX SEED GO_FILE
        One of N stations issuing the same parts, settling the same orders and editing the same
        work orders as the others; waits for GO_FILE so all start together; writes RESULT (JSON).

Every action goes through the storage layer, exactly as a station calls it. The loop logs each
action's intent before it and its outcome after the commit (scene.OpLog), so the test can prove
that what was committed is there, whole, and that nothing else is.
"""
import json
import os
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import storage  # noqa: E402
from storage.models import StockCountLine, WorkOrder, WorkOrderLine
from storage.parts import stock
from storage.reception import checkin
from storage.rules import auth
from storage.rules.errors import DomainError, StaleRecord
from tests.reliability import scene  # noqa: E402

# ---------------------------------------------------------------- the crash loop


def _choose(rng: random.Random) -> str:
    open_orders = WorkOrder.select().where(WorkOrder.status << ("维修中", "完工")).count()
    if open_orders < 4:
        return "order"
    return rng.choices(("order", "issue", "finish", "settle", "receive", "count"), (1, 3, 2, 3, 2, 1))[0]


def work(url: str, log_path: str, seed: int, *, until=lambda: False) -> None:
    """Do business in a loop until `until()` says stop. Every outcome is logged after its commit."""
    storage.open_store(url)
    users = scene.staff()
    rng = random.Random(seed)
    log = scene.OpLog(log_path)
    n = 0
    while not until():
        n += 1
        kind = _choose(rng)
        try:
            done = _act(kind, users, rng, log, f"{seed}-{n}")
        except DomainError as exc:
            log.write({"t": "refused", "op": kind, "error": exc.message})
            continue
        if done is not None:
            log.write({"t": "done", "op": kind, **done}, sync=True)


def _act(kind, users, rng, log, token):
    if kind == "order":
        log.write({"t": "intent", "op": kind})
        order = scene.new_order(users, rng, part_qty=str(rng.randint(1, 3)))
        return {"order": order.id, "number": order.number}
    if kind == "issue":
        line = scene.unissued_line(rng)
        if line is None:
            return None
        qty = line.quantity - line.issued
        log.write({"t": "intent", "op": kind, "line": line.id})
        slip = stock.issue(users[auth.STOREKEEPER], line.order_id, [{"line": line.id, "quantity": str(qty)}])
        return {"line": line.id, "number": slip["number"], "qty": str(qty)}
    if kind == "finish":
        order = scene.finishable_order(rng)
        if order is None:
            return None
        log.write({"t": "intent", "op": kind, "order": order.id})
        scene.finish(users, order)
        return {"order": order.id}
    if kind == "settle":
        order = WorkOrder.select().where(WorkOrder.status == "完工").order_by(WorkOrder.id).first()
        if order is None:
            return None
        log.write({"t": "intent", "op": kind, "order": order.id})
        settlement, payments = scene.settle(users, order, rng)
        return {"order": order.id, "number": settlement.number, "total": str(settlement.total),
                "customer_due": str(settlement.customer_due), "payments": [[m, str(a)] for m, a in payments],
                "lines": WorkOrderLine.select().where(WorkOrderLine.order == order.id).count()}
    if kind == "receive":
        log.write({"t": "intent", "op": kind, "token": token})
        slip = scene.receive(users, rng, token)
        return {"token": token, "number": slip["number"], "qty": str(slip["lines"][0]["quantity"])}
    if kind == "count":
        log.write({"t": "intent", "op": kind})
        posted = scene.count(users, rng, announce=lambda sheet: log.write(
            {"t": "intent", "op": kind, "number": sheet.number}))
        lines = StockCountLine.select().where(StockCountLine.count == posted["count"].id).count()
        return {"number": posted["count"].number, "adjusted": posted["adjusted"], "lines": lines}
    raise ValueError(kind)


def serve() -> None:
    """The fork server (see the module docstring)."""
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            url, log_path, seed = args
            pid = os.fork()
            if pid == 0:  # the child: work until killed
                code = 0
                try:
                    sys.stdin.close()
                    work(url, log_path, int(seed))
                except BaseException:  # a crash of the worker itself is a failure the test must see
                    traceback.print_exc()
                    code = 3
                finally:
                    sys.stderr.flush()
                    os._exit(code)
            print("pid", pid, flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            print("status", -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status), flush=True)
        elif command == "quit":
            return


# ---------------------------------------------------------------- several stations at once


def contend(url: str, result_path: str, index: int, seed: int, go_file: str) -> None:
    """One station of several: every station tries every contested thing (see the test)."""
    storage.open_store(url)
    users = scene.staff()
    rng = random.Random(seed)
    hot_lines = [ln.id for ln in WorkOrderLine.select(WorkOrderLine.id).join(WorkOrder).where(
        (WorkOrder.note == "争抢发料") & (WorkOrderLine.kind == "材料")).order_by(WorkOrderLine.id)]
    to_settle = [o.id for o in WorkOrder.select(WorkOrder.id).where(WorkOrder.note == "争抢结算").order_by(WorkOrder.id)]
    to_edit = [o.id for o in WorkOrder.select(WorkOrder.id).where(WorkOrder.note.startswith("争抢修改")).order_by(WorkOrder.id)]
    plan = [("issue", x) for x in hot_lines] + [("settle", x) for x in to_settle] + [("edit", x) for x in to_edit * 6]
    rng.shuffle(plan)
    Path(f"{go_file}.ready-{index}").touch()
    while not os.path.exists(go_file):
        time.sleep(0.002)
    attempts, unexpected, edits = [], [], []
    started = time.time()
    for what, target in plan:
        tries = 0
        while True:
            tries += 1
            began = time.perf_counter()
            outcome = {"what": what, "target": target}
            try:
                if what == "issue":
                    line = WorkOrderLine.get_by_id(target)
                    stock.issue(users[auth.STOREKEEPER], line.order_id, [{"line": target, "quantity": str(line.quantity)}])
                elif what == "settle":
                    scene.settle(users, WorkOrder.get_by_id(target), rng)
                else:
                    order = WorkOrder.get_by_id(target)
                    token = f"{index}.{len(edits)};"
                    checkin.set_terms(users[auth.ADVISOR], target, order.version, note=order.note + token)
                    edits.append([target, token])
                outcome["ok"] = True
            except DomainError as exc:
                outcome.update(ok=False, error=type(exc).__name__, message=exc.message)
            except Exception as exc:  # what a station must never see
                outcome.update(ok=False, error=type(exc).__name__, message=str(exc))
                unexpected.append(traceback.format_exc())
            outcome["ms"] = round((time.perf_counter() - began) * 1000, 2)
            attempts.append(outcome)
            # A stale edit is read again and retried, as the window offers after its message.
            if what == "edit" and outcome.get("error") == StaleRecord.__name__ and tries < 200:
                continue
            break
    ended = time.time()
    Path(result_path).write_text(json.dumps({"index": index, "started": started, "ended": ended, "attempts": attempts,
                                             "unexpected": unexpected, "edits": edits}, ensure_ascii=False), "utf-8")


# ---------------------------------------------------------------- a disk that fills up


def fill(url: str) -> None:
    """Work on a disk that fills up: this process may not write files beyond a little more than the
    database has now (RLIMIT_FSIZE; the write that would pass it fails as on a full disk). Creates
    customers until the disk refuses, then tries a receipt and a settlement; prints one JSON line per
    outcome to stdout (a pipe, not a file: the limit does not apply to it)."""
    import resource
    import signal

    from storage import cashier
    from storage.models import Part
    from storage.plumbing.db import database
    from storage.reception import archive

    storage.open_store(url)
    users = scene.staff()
    path = Path(database.obj.database)
    wal = Path(f"{path}-wal")
    limit = (wal.stat().st_size if wal.exists() else 0) + 256 * 1024
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    def say(**record):
        print(json.dumps(record, ensure_ascii=False), flush=True)

    advisor = users[auth.ADVISOR]
    for i in range(100_000):
        try:
            archive.create_customer(advisor, name=f"满盘客户{i}", phone="13800138000", note="备注" * 600)
        except DomainError as exc:
            say(op="customer", refused=type(exc).__name__, message=exc.message, index=i)
            break
        say(op="customer", committed=i)
    part = Part.select().first()
    order = WorkOrder.select().where(WorkOrder.status == "完工").first()
    for op, action in (
        ("receive", lambda: stock.receive(users[auth.STOREKEEPER], [{"part": part.id, "quantity": "5", "unit_cost": "40"}])),
        ("settle", lambda: cashier.settle(users[auth.CASHIER], order.id, order.version,
                                          payments=[("现金", cashier.preview(order.id).customer_due)])),
    ):
        try:
            action()
            say(op=op, committed=True)
        except DomainError as exc:
            say(op=op, refused=type(exc).__name__, message=exc.message)


def station(url: str, ready_file: str) -> None:
    """A PC with the program open on the store, doing nothing until told to close (see the docstring)."""
    storage.open_store(url)
    Path(ready_file).touch()
    sys.stdin.read()  # until the test closes our stdin
    storage.close_store()


def main(argv) -> int:
    mode, *args = argv
    if mode == "serve":
        serve()
    elif mode == "station":
        station(*args)
    elif mode == "write":
        url, log_path, seed, seconds = args
        stop_at = time.monotonic() + float(seconds)
        work(url, log_path, int(seed), until=lambda: time.monotonic() >= stop_at)
    elif mode == "fill":
        fill(*args)
    elif mode == "contend":
        url, result, index, seed, go_file = args
        contend(url, result, int(index), int(seed), go_file)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
