"""Timing: several runs of one callable, median and spread (interquartile range) in milliseconds."""
import statistics
import time


def run(fn, runs: int, *, warmup: int = 1) -> list[float]:
    """Milliseconds for `runs` calls of fn() after `warmup` untimed ones. fn may return a number of
    milliseconds itself (when it times only part of what it does: the action, not its setup)."""
    for _ in range(warmup):
        fn()
    return [one(fn) for _ in range(runs)]


def one(fn) -> float:
    """Milliseconds of one call of fn (or the milliseconds it returns, see run)."""
    started = time.perf_counter()
    own = fn()
    elapsed = (time.perf_counter() - started) * 1000
    return own if isinstance(own, float) else elapsed


in_core = False  # True while timed() runs an action's core (bench.actions.record_statements(core_only=True))


def timed(fn) -> float:
    """Milliseconds one call of fn takes (for actions that time only their core)."""
    global in_core
    in_core = True
    started = time.perf_counter()
    try:
        fn()
        return (time.perf_counter() - started) * 1000
    finally:
        in_core = False


def summary(samples: list[float]) -> dict:
    """median and spread (interquartile range; max - min under 4 samples) in ms."""
    ordered = sorted(samples)
    median = statistics.median(ordered)
    if len(ordered) >= 4:
        q = statistics.quantiles(ordered, n=4, method="inclusive")
        spread = q[2] - q[0]
    else:
        spread = ordered[-1] - ordered[0]
    return {"median_ms": round(median, 3), "spread_ms": round(spread, 3), "runs": len(ordered),
            "min_ms": round(ordered[0], 3), "max_ms": round(ordered[-1], 3)}
