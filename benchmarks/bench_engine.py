"""Engine speed: the classroom step, a colour 5x5 step, the seed's literal loop, trace, a 512x512 step, CLI start-up.

Run: python benchmarks/bench_engine.py      (prints figures; targets in brackets)
     python benchmarks/bench_engine.py --quick   (fewer steps and repeats: about a second)
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # "on one core": BLAS must not fan out
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402

from cnnviz.engine import LessonConfig, Trainer, forward, stable_lr, trace  # noqa: E402
from timing import best_of  # noqa: E402  (benchmarks/timing.py)


def literal_step(x, target, w, b, lr):
    """The seed's algorithm, word for word: backprop at each of the 900 positions, added up."""
    ho, wo = target.shape
    dw, db = np.zeros((3, 3)), 0.0
    for i in range(ho):
        for j in range(wo):
            patch = x[i : i + 3, j : j + 3]
            y = np.sum(w * patch) + b
            delta = 2.0 * (y - target[i, j])
            dw += delta * patch
            db += delta
    return w - lr * dw, b - lr * db


def main(quick: bool = False):
    repeat = 1 if quick else 3
    rng = np.random.default_rng(0)
    x = rng.random((32, 32))
    trainer = Trainer(x, LessonConfig())
    n = 2000 if quick else 20000
    fast = best_of(lambda: trainer.step(n), repeat=repeat) / n
    target = trainer.target[0]
    w, b = np.zeros((3, 3)), 0.0
    m = 5 if quick else 50
    slow = best_of(lambda: [literal_step(x, target, w, b, 1e-4) for _ in range(m)], repeat=repeat) / m
    print(f"classroom step (32x32, 3x3, MSE, SGD): {1 / fast:,.0f} steps/s   [goal >= 20,000]")
    print(f"literal loop over 900 positions:       {1 / slow:,.0f} steps/s   (ratio {slow / fast:,.0f}x)")

    rgb = rng.random((3, 32, 32))
    colour = Trainer(rgb, LessonConfig(color=True, kernel_size=5, padding="same", target="0,0,0,0,0;" * 4 + "0,0,1,0,0",
                                       lr=1e-5))
    t = best_of(lambda: colour.step(n // 4), repeat=3) / (n // 4)
    print(f"colour step (32x32 RGB, 5x5, same):    {1 / t:,.0f} steps/s   [goal >= 5,000]")

    dy = rng.normal(size=(30, 30))
    wk = rng.normal(size=(3, 3))
    t = best_of(lambda: trace(x, wk, dy).dw_running, repeat=20)
    print(f"trace of a 32x32 image (with running sums): {t * 1e3:.3f} ms   [goal < 1 ms]")

    big = Trainer(rng.random((512, 512)), LessonConfig(lr=1e-7))
    t = best_of(lambda: big.step(), repeat=10)
    print(f"one step on a 512x512 image:           {t * 1e3:.2f} ms   [goal < 20 ms]")
    t = best_of(lambda: forward(rng.random((512, 512)), wk, 0.0), repeat=5)
    print(f"forward() on a 512x512 image:          {t * 1e3:.2f} ms")

    side = 256 if quick else 1024  # the stability limit's λmax on a native-size colour photo, 7x7 same
    photo = rng.random((3, side, side))
    t = best_of(lambda: stable_lr(photo, kernel_size=7, padding="same", color=True), repeat=1)
    print(f"stability limit, {side}x{side} RGB, 7x7 same: {t:.2f} s   [goal < 5 s at 1024]")

    cmd = [sys.executable, "-m", "cnnviz", "train", "--steps", "1"]
    subprocess.run(cmd, capture_output=True, check=True)  # warm the file cache
    t = best_of(lambda: subprocess.run(cmd, capture_output=True, check=True), repeat=1 if quick else 5)
    print(f"`cnnviz train --steps 1` wall time:    {t:.3f} s   [goal < 0.5 s]")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer steps and repeats")
    main(parser.parse_args().quick)
