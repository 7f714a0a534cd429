"""Speed of the untied (locally connected) layer next to the shared filter.

Run: python benchmarks/bench_untied.py      (prints figures; targets in brackets)
     python benchmarks/bench_untied.py --quick   (fewer steps, no 512x512: about a second)

The untied step is vectorized over positions (einsum on the patch matrix); a Python loop over the
900 positions would be ~100x slower. Figures are on one core, as in bench_engine.py.
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # "on one core": BLAS must not fan out
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402

import numpy as np  # noqa: E402

from cnnviz.engine import LessonConfig, Trainer  # noqa: E402
from cnnviz.engine.untied import UntiedTrainer, generalisation, mosaic, shifted  # noqa: E402
from cnnviz.images import DEFAULT_SAMPLE, load_sample  # noqa: E402
from timing import best_of  # noqa: E402  (benchmarks/timing.py)


def literal_untied_step(x, target, W, B, lr):
    """One position at a time: each filter updated by its own delta * patch (the slow reference)."""
    ho, wo = target.shape
    W, B = W.copy(), B.copy()
    for i in range(ho):
        for j in range(wo):
            patch = x[i : i + 3, j : j + 3]
            delta = 2.0 * (np.sum(W[i, j] * patch) + B[i, j] - target[i, j])
            W[i, j] -= lr * delta * patch
            B[i, j] -= lr * delta
    return W, B


def main(quick: bool = False):
    repeat = 1 if quick else 3
    x = load_sample(DEFAULT_SAMPLE)
    shared, untied = Trainer(x, LessonConfig()), UntiedTrainer(x, LessonConfig())
    n = 500 if quick else 5000
    t_shared = best_of(lambda: shared.step(n), repeat=repeat) / n
    t_untied = best_of(lambda: untied.step(n), repeat=repeat) / n
    print(f"shared step (32x32, 10 params):          {1 / t_shared:,.0f} steps/s")
    print(f"untied step (32x32, 9,000 params):       {1 / t_untied:,.0f} steps/s   [goal >= 10,000]"
          f"  ({t_untied / t_shared:.1f}x the shared step)")

    W, B = np.zeros((30, 30, 3, 3)), np.zeros((30, 30))
    m = 2 if quick else 20
    t_loop = best_of(lambda: [literal_untied_step(x, untied.target[0], W, B, 2e-4) for _ in range(m)], repeat) / m
    print(f"untied, Python loop over 900 positions:  {1 / t_loop:,.0f} steps/s   (ratio {t_loop / t_untied:,.0f}x)")

    t = best_of(lambda: untied.snapshot(), repeat=20)
    print(f"untied snapshot (copies for the GUI):    {t * 1e3:.3f} ms")
    t = best_of(lambda: mosaic(untied.weights), repeat=20)
    print(f"90x90 mosaic of the 900 filters:         {t * 1e3:.3f} ms")
    t = best_of(lambda: generalisation(shared, untied, shifted(x, 3, 3)), repeat=20)
    print(f"generalisation test on a shifted image:  {t * 1e3:.3f} ms")

    rng = np.random.default_rng(0)
    for size, lr in ((128, 2e-5),) if quick else ((128, 2e-5), (512, 1e-6)):
        img = rng.random((size, size))
        big_s, big_u = Trainer(img, LessonConfig(lr=lr)), UntiedTrainer(img, LessonConfig(lr=lr))
        ts = best_of(lambda: big_s.step(), repeat=repeat * 3)
        tu = best_of(lambda: big_u.step(), repeat=repeat * 3)
        goal = "   [goal < 2 ms]" if size == 128 else ""
        print(f"one step on {size}x{size}: shared {ts * 1e3:.2f} ms, untied {tu * 1e3:.2f} ms "
              f"({big_u.num_params:,} params){goal}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer steps, no 512x512")
    main(parser.parse_args().quick)
