"""How long the step-through mode takes on native-size images (P ~ 1e6 positions).

    python benchmarks/bench_stepthrough.py [size ...]      (default: 512 1024)
    python benchmarks/bench_stepthrough.py --quick         (256 only, fewer repeats: about a second)

Prints, per image size: building the trace (snapshot + trace), prepare() (the trace's lazy running
sums, otherwise paid by the first read of the buffer), one seek/step with everything a panel reads at a
position, dx after `count` positions (input_grad, uncached), one weight's hover map, the update
rows, the gradient check, and the memory the trace holds.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from cnnviz.engine import LessonConfig, Trainer
from cnnviz.stepthrough import StepThrough
from timing import best_of  # noqa: E402  (benchmarks/timing.py)


def panel_reads(st: StepThrough) -> None:
    """Everything the panels read at one position, apart from dx."""
    st.current, st.buffer, st.buffer_bias, st.changed_cells, st.counter_text  # noqa: B018


def bench(size: int, repeat: int = 5) -> None:
    image = np.random.default_rng(0).random((size, size))
    trainer = Trainer(image, LessonConfig())
    t0 = time.perf_counter()
    st = StepThrough(trainer)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    st.prepare()  # otherwise the first read of the buffer past position 0 pays this
    prepare_time = time.perf_counter() - t0
    rng = np.random.default_rng(1)
    counts = iter(rng.integers(0, st.P + 1, size=100).tolist())

    def seek():
        st.seek(next(counts))
        panel_reads(st)

    def step():
        st.forward()
        st.back()
        panel_reads(st)

    def input_grad():
        st._dx_cache = None  # measure the on-demand computation, not the cache
        st.input_grad  # noqa: B018

    def update():
        st.end()
        st.update_rows()

    tr = st.trace
    held = sum(a.nbytes for a in (tr.x, tr.dy, tr.positions, tr.image_index, tr.patches, tr.delta,
                                  tr.dw_contrib, tr.dw_running, tr.db_running))
    print(f"{size}x{size}: P = {st.P:,} positions")
    print(f"  build trace (snapshot + trace)   {1e3 * build:8.1f} ms")
    print(f"  prepare (running sums)           {1e3 * prepare_time:8.1f} ms")
    print(f"  seek + panel reads               {1e3 * best_of(seek, 4 * repeat):8.3f} ms")
    print(f"  forward + back + panel reads     {1e3 * best_of(step, 4 * repeat):8.3f} ms")
    print(f"  input_grad (dx after count)      {1e3 * best_of(input_grad, repeat):8.1f} ms")
    print(f"  weight_map (hover a weight)      {1e3 * best_of(lambda: st.weight_map(1, 1), repeat):8.1f} ms")
    print(f"  update rows                      {1e3 * best_of(update, repeat):8.3f} ms")
    print(f"  check gradient (20 losses)       {1e3 * best_of(st.check_gradient, min(2, repeat)):8.1f} ms")
    print(f"  memory held by the trace         {held / 2**20:8.0f} MiB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[512, 1024], help="image sizes (default 512 1024)")
    parser.add_argument("--quick", action="store_true", help="256x256 only, fewer repeats")
    args = parser.parse_args()
    for s in [256] if args.quick else args.sizes:
        bench(s, 1 if args.quick else 5)
