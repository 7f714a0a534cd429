"""Shared by the benchmark scripts: the best of several wall-clock timings."""

import time


def best_of(fn, repeat: int = 5) -> float:
    """The shortest of `repeat` runs of fn(), in seconds (the least disturbed by other work)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)
