"""The trace's running buffer is built a chunk at a time (so a trace built on a worker thread lets
the GUI thread run): the same additions in the same order as one cumsum, bit for bit."""

import threading
import time

import numpy as np

from cnnviz.engine.conv import running_sum, trace


def test_running_sum_is_cumsum_bit_for_bit_across_chunks():
    values = np.random.default_rng(0).normal(size=(1001, 3, 3)) * 10.0 ** np.arange(-4, 5).reshape(3, 3)
    for chunk in (1, 7, 1000, 1001, 5000):
        assert np.array_equal(running_sum(values, chunk), np.cumsum(values, axis=0))
    assert running_sum(values[:0]).shape == (0, 3, 3)


def test_trace_running_buffer_ends_at_the_summed_gradient():
    rng = np.random.default_rng(1)
    x, w, dy = rng.random((40, 40)), rng.normal(size=(3, 3)), rng.normal(size=(38, 38))
    tr = trace(x, w, dy)
    np.testing.assert_allclose(tr.dw_running[-1], tr.dw_contrib.sum(axis=0), rtol=1e-12)
    assert np.array_equal(tr.dw_running, np.cumsum(tr.dw_contrib, axis=0))


def test_a_running_sum_on_another_thread_lets_this_one_run():
    values = np.random.default_rng(2).normal(size=(400_000, 3, 3))
    gaps, done = [], threading.Event()
    worker = threading.Thread(target=lambda: (running_sum(values), done.set()))
    last = time.perf_counter()
    worker.start()
    while not done.is_set():
        time.sleep(0.0005)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    worker.join()
    # Chunks of 32,768 positions: this thread gets the GIL back many times, not once at the end.
    assert len(gaps) >= 5
