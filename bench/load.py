"""python -m bench.load [--scale 0.25] [--stations 8] [--seconds 60] [--pause 0.25] [--database URL] [--json FILE]

Eight stations at once (issue 21 item 6): `stations` processes, each its own connection, doing a busy
morning's mix through the storage functions the windows call, all committed, on a throwaway copy of
the benchmark's dataset (SQLite: a copy of the cached file; PostgreSQL: a database made from the one
--database names, `CREATE DATABASE … TEMPLATE`, dropped afterwards). Reports per action p50 / p95 / p99
in ms and how many, the throughput (actions a second, all stations), and every refusal: a "busy"
refusal (storage.plumbing.db's DatabaseBusy) must not happen.

The mix (MIX): look-ups by plate, phone and VIN (the first hit's file too), check-in with ten lines
(create_work_order: 11 commits, as the advisor adds them), issuing a part to a signed order (its
check-in, line and signature untimed, committed), settling an order at the till (then reversed by the
manager, untimed, so it can be settled again), the workshop board. Each station works on its own cars
and orders (as stations do: two advisors do not check in the same car), with `pause` seconds between
actions (a person at a counter is never faster than that).
"""
import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg2
from playhouse.db_url import parseresult_to_dict

import storage
from bench import actions, dataset, postgres
from storage import cashier, demo, workshop
from storage.demo import DEFAULT_SEED, DEMO_PASSWORD
from storage.models import User, WorkOrder
from storage.parts import stock
from storage.plumbing.db import DatabaseBusy, close_database, redact
from storage.reception import checkin, estimate, search
from storage.rules import auth

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FOURS_DATA_DIR", tempfile.mkdtemp(prefix="fours-bench-"))

MIX = {"lookup_plate": 14, "lookup_phone": 13, "lookup_vin": 13, "create_work_order": 15, "issue_part": 20,
       "settle": 15, "board_refresh": 10}
TIMED = ("lookup_plate", "lookup_phone", "lookup_vin", "create_work_order", "issue_part", "settle", "board_refresh")
P95_TARGET = {"create_work_order": 100, "issue_part": 100, "settle": 100}  # ms (issue 21)
CARS_PER_STATION = 400


def parse(argv=None):
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[2])
    p.add_argument("--scale", type=float, default=0.25)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--stations", type=int, default=8)
    p.add_argument("--seconds", type=float, default=60.0, help="how long all stations work (default 60)")
    p.add_argument("--pause", type=float, default=0.25, help="seconds between a station's actions (default 0.25)")
    p.add_argument("--database", metavar="URL", help="also on PostgreSQL: a copy of this database (filled from the "
                                                      "SQLite dataset when empty, bench.postgres)")
    p.add_argument("--skip-sqlite", action="store_true")
    p.add_argument("--json", metavar="FILE", help="write {'load': {engine: ...}} as JSON")
    return p.parse_args(argv)


# ------------------------------------------------------------------------------ one station
def _plan(url: str, stations: int) -> dict:
    """What the stations work on, chosen once: look-up samples, free cars and orders ready at the
    till, each station its own share."""
    storage.open_store(url)
    try:
        ctx = actions.make_context(dt.date.today())
        # The parts the stations take, received first (untimed): a small dataset has few in stock.
        actions.stock_up(ctx, quantity=str(100 * stations))
        vehicles, mileage, labour, parts = actions._free_cars_and_items(CARS_PER_STATION * stations)
        ready, _more = cashier.ready_to_settle(limit=min(500, 20 * stations))
        return {"plates": ctx.plates, "phones": ctx.phones, "vins": ctx.vins, "vehicles": vehicles,
                "mileage": mileage, "labour": labour, "parts": parts, "ready": [r["id"] for r in ready]}
    finally:
        close_database()


def station(url, index, count, plan, ready_all, seconds, pause, seed, results) -> None:
    """One station's morning: once every station is ready (ready_all, a barrier), `seconds` of the mix,
    each action timed on its own; its samples and refusals put on `results` (exactly once: a station
    that fails to start says so there, and lets the others go)."""
    try:
        _station(url, index, count, plan, ready_all, seconds, pause, seed, results)
    except BaseException:  # noqa: BLE001 — reported in the result; the run must not hang on the barrier
        ready_all.abort()
        results.put({"samples": {name: [] for name in TIMED}, "busy": 0,
                     "refusals": {f"station {index} failed: {traceback.format_exc()[-300:]}": 1}})


def _station(url, index, count, plan, ready_all, seconds, pause, seed, results) -> None:
    storage.open_store(url)
    users = {role: User.get(User.username == name) for role, name in (
        ("advisor", f"advisor{index % 2 + 1}"), ("parts", "parts1"), ("cashier", "cashier1"), ("manager", "manager1"))}
    advisor = users["advisor"]
    cars = plan["vehicles"][index::count]
    ready = plan["ready"][index::count]
    rng = random.Random(seed * 100 + index)
    samples = {name: [] for name in TIMED}
    refusals: dict[str, int] = {}
    busy = 0
    turn = [0]

    def next_car():
        turn[0] += 1
        return cars.pop() if cars else None

    def clock(fn):
        at = time.perf_counter()
        fn()
        return (time.perf_counter() - at) * 1000

    def lookup(kind):
        text = rng.choice(plan[kind])

        def once():
            hits, _more = search.lookup(advisor, text)
            search.add_details(advisor, hits[:1])
        return clock(once)

    def create():
        vehicle = next_car()
        if vehicle is None:
            return None

        def once():
            order = checkin.check_in(advisor, vehicle_id=vehicle, mileage=plan["mileage"][vehicle], fuel_level=50,
                                     key_number=f"L{index}-{turn[0]}", customer_words="保养", confirm_jump=True)
            version = order.version
            for labour_id in plan["labour"]:
                version = estimate.add_labour_line(advisor, order.id, version, labour_id).order.version
            for part_id in plan["parts"]:
                version = estimate.add_part_line(advisor, order.id, version, part_id, 1).order.version
        return clock(once)

    def issue():
        vehicle = next_car()
        if vehicle is None:
            return None
        order = checkin.check_in(advisor, vehicle_id=vehicle, mileage=plan["mileage"][vehicle], fuel_level=50,
                                 key_number=f"L{index}-{turn[0]}", customer_words="换件", confirm_jump=True)
        change = estimate.add_part_line(advisor, order.id, order.version, rng.choice(plan["parts"]), 1)
        promised = dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=4)
        order = checkin.set_terms(advisor, order.id, change.order.version, promised_at=promised)
        checkin.sign_estimate(advisor, order.id, order.version)
        return clock(lambda: stock.issue(users["parts"], order.id, [{"line": change.line.id, "quantity": "1"}]))

    def settle():
        if not ready:
            return None
        order_id = rng.choice(ready)
        user, manager = users["cashier"], users["manager"]
        version = WorkOrder.get_by_id(order_id).version
        bill = cashier.preview(order_id, user=user)
        payments = [("现金", bill.customer_due)] if bill.customer_due > 0 else []
        approval = (auth.approve(manager.username, DEMO_PASSWORD, "discount", for_user=user)
                    if bill.approval_reasons else None)
        done = []
        ms = clock(lambda: done.append(cashier.settle(user, order_id, version, payments=payments, approver=approval)))
        cashier.reverse(manager, done[0].id, done[0].version, reason="负载测试：撤回重结")
        return ms

    def board():
        return clock(lambda: (workshop.board(), workshop.board_counts()))

    run = {"lookup_plate": lambda: lookup("plates"), "lookup_phone": lambda: lookup("phones"),
           "lookup_vin": lambda: lookup("vins"), "create_work_order": create, "issue_part": issue,
           "settle": settle, "board_refresh": board}
    names, weights = list(MIX), list(MIX.values())
    try:
        ready_all.wait()
        until = time.time() + seconds
        while time.time() < until:
            name = rng.choices(names, weights)[0]
            try:
                ms = run[name]()
                if ms is not None:
                    samples[name].append(ms)
            except DatabaseBusy as exc:
                busy += 1
                refusals[f"{name}: {exc}"[:200]] = refusals.get(f"{name}: {exc}"[:200], 0) + 1
            except Exception as exc:  # noqa: BLE001 — counted and named in the result, the morning goes on
                key = f"{name}: {type(exc).__name__}: {exc}"[:200]
                refusals[key] = refusals.get(key, 0) + 1
                if refusals[key] == 1:
                    traceback.print_exc(file=sys.stderr)
            time.sleep(pause)
        results.put({"samples": samples, "refusals": refusals, "busy": busy})
    finally:
        close_database()


# ------------------------------------------------------------------------------ the run
def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def run_load(url: str, *, stations: int = 8, seconds: float = 60.0, pause: float = 0.25, seed: int = 1,
             log=print) -> dict:
    """`stations` processes on the store at `url` (which they change: give it a copy)."""
    plan = _plan(url, stations)
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter each, as at a PC: no handle shared
    ready_all = spawn.Barrier(stations)  # every station started and logged in before the clock runs
    queue = spawn.Queue()
    workers = [spawn.Process(target=station, args=(url, i, stations, plan, ready_all, seconds, pause, seed, queue))
               for i in range(stations)]
    load_before = os.getloadavg()
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=seconds + 600) for _ in workers]
    for worker in workers:
        worker.join()
    actions = {}
    total = 0
    for name in TIMED:
        values = [v for r in results for v in r["samples"][name]]
        total += len(values)
        if not values:
            actions[name] = {"count": 0}
            continue
        actions[name] = {"count": len(values), "p50_ms": round(statistics.median(values), 2),
                         "p95_ms": round(percentile(values, 95), 2), "p99_ms": round(percentile(values, 99), 2),
                         "max_ms": round(max(values), 2)}
        if name in P95_TARGET:
            actions[name]["p95_target_ms"] = P95_TARGET[name]
    refusals = {}
    for r in results:
        for key, n in r["refusals"].items():
            refusals[key] = refusals.get(key, 0) + n
    return {"stations": stations, "seconds": seconds, "pause_s": pause, "actions": actions,
            "throughput_per_s": round(total / seconds, 2), "busy": sum(r["busy"] for r in results),
            "refusals": refusals, "load_average": [round(x, 2) for x in load_before] + [round(x, 2) for x in os.getloadavg()]}


def table(result: dict, title: str) -> str:
    lines = [title, f"{'action':<20}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'p95 target':>12}  met"]
    for name, r in result["actions"].items():
        if not r["count"]:
            lines.append(f"{name:<20}{0:>7}")
            continue
        target = r.get("p95_target_ms")
        met = "" if target is None else ("yes" if r["p95_ms"] < target else "NO")
        lines.append(f"{name:<20}{r['count']:>7}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['p99_ms']:>9.1f}"
                     f"{'' if target is None else target:>12}  {met}")
    lines.append(f"throughput {result['throughput_per_s']} actions/s over {result['stations']} stations; "
                 f"busy refusals: {result['busy']}; other refusals: {sum(result['refusals'].values())}")
    for key, n in result["refusals"].items():
        lines.append(f"  {n} × {key}")
    return "\n".join(lines)


def _pg_copy(url: str, source: Path, log) -> tuple[str, str]:
    """A throwaway database made from the one `url` names (filled first from the SQLite file when
    it holds no business data). Returns (the copy's URL, its name)."""

    storage.open_store(url)
    try:
        empty = not demo.has_business_data()
    finally:
        close_database()
    if empty:
        log("copying the SQLite dataset into PostgreSQL ...")
        postgres.copy_from_sqlite(source, url, log=log)
    parts = urlparse(url)
    name = parts.path.lstrip("/")
    copy = f"{name}_load"
    admin = psycopg2.connect(**dict(parseresult_to_dict(urlparse(urlunparse(parts._replace(path="/postgres"))))))
    admin.autocommit = True
    try:
        cur = admin.cursor()
        cur.execute(f'DROP DATABASE IF EXISTS "{copy}"')
        cur.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    finally:
        admin.close()
    return urlunparse(parts._replace(path=f"/{copy}")), copy


def _pg_drop(url: str, name: str) -> None:
    parts = urlparse(url)
    admin = psycopg2.connect(**parseresult_to_dict(urlparse(urlunparse(parts._replace(path="/postgres")))))
    admin.autocommit = True
    try:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}"')
    finally:
        admin.close()


def run_engines(source: Path, scale: float, *, database: str | None = None, sqlite: bool = True, stations: int = 8,
                seconds: float = 60.0, pause: float = 0.25, log=print) -> dict:
    """The load on a copy of the SQLite file `source` and (with database) on a PostgreSQL copy: the
    benchmark JSON's `load` section, {engine: run_load's result}. Prints each engine's table."""
    out = {}
    if sqlite:
        folder = Path(tempfile.mkdtemp(prefix="load-", dir=dataset.CACHE))
        try:
            copy = folder / "load.db"
            shutil.copyfile(source, copy)
            log(f"SQLite: {stations} stations for {seconds:g} s on a copy of {source.name} ...")
            out["sqlite"] = run_load(f"sqlite:///{copy.as_posix()}", stations=stations, seconds=seconds, pause=pause,
                                     log=log)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(table(out["sqlite"], f"Load, SQLite, scale {scale:g}, {stations} stations, load {out['sqlite']['load_average']}"))
    if database:
        url, name = _pg_copy(database, source, log)
        try:
            log(f"PostgreSQL {redact(url)}: {stations} stations for {seconds:g} s ...")
            out["postgresql"] = run_load(url, stations=stations, seconds=seconds, pause=pause, log=log)
        finally:
            _pg_drop(database, name)
        print(table(out["postgresql"], f"Load, PostgreSQL, scale {scale:g}, {stations} stations, load "
                                       f"{out['postgresql']['load_average']}"))
    for result in out.values():
        result["scale"] = scale
    return out


def main(argv=None) -> int:
    args = parse(argv)

    def log(message):
        print(message, file=sys.stderr, flush=True)

    seed = DEFAULT_SEED if args.seed is None else args.seed
    source, _meta = dataset.sqlite_dataset(args.scale, seed)
    out = run_engines(source, args.scale, database=args.database, sqlite=not args.skip_sqlite, stations=args.stations,
                      seconds=args.seconds, pause=args.pause, log=log)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"load": out}, fh, ensure_ascii=False, indent=1)
    return 0 if all(r["busy"] == 0 for r in out.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
