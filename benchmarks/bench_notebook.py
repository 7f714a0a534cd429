"""How long the notebook API takes to show things (offscreen; what a teacher waits for in a cell).

    python benchmarks/bench_notebook.py
    python benchmarks/bench_notebook.py --quick   (one run each, 5-frame GIFs: a few seconds)

Prints: `import cnnviz` + `from cnnviz import Lesson` (no Qt), the first figure (Qt and the
QApplication come up), then best-of-3 times for a lesson's _repr_png_ (the window's panels,
1290x850), one panel, a step-through at 417, a slide, a 60-frame training GIF of the window and
of one panel (with its size), and check() of a correct four-loop backward.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from timing import best_of  # noqa: E402  (benchmarks/timing.py)


def backward(x, w, dy):
    import numpy as np

    dw, dx = np.zeros((3, 3)), np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dw += dy[i, j] * x[i:i + 3, j:j + 3]
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    return dw, dy.sum(), dx


def main(quick: bool = False) -> None:
    repeat, frames = (1, 5) if quick else (3, 60)
    t0 = time.perf_counter()
    from cnnviz import Lesson

    lesson = Lesson(sample="shapes", seed=0).train(200)
    print(f"import + Lesson() + train(200), no Qt:  {time.perf_counter() - t0:6.2f} s")
    t0 = time.perf_counter()
    lesson.panel("filter").png()
    print(f"first figure (Qt + QApplication):       {time.perf_counter() - t0:6.2f} s")
    print(f"lesson._repr_png_ (window's panels):    {best_of(lesson._repr_png_, repeat):6.2f} s")
    print(f"panel('buffer').png():                  {best_of(lambda: lesson.panel('buffer').png(), repeat):6.2f} s")
    print(f"stepthrough(position=417).png():        {best_of(lambda: lesson.stepthrough(position=417).png(), repeat):6.2f} s")
    print(f"slide().png() (1920x1080):              {best_of(lambda: lesson.slide().png(), repeat):6.2f} s")
    for panel in ("window", "filter"):
        t0 = time.perf_counter()
        anim = lesson.animate(frames=frames, panel=panel)
        print(f"animate(frames={frames}, panel={panel!r}):{' ' * (13 - len(panel) - len(str(frames)))}{time.perf_counter() - t0:6.2f} s, "
              f"GIF {len(anim.gif) / 1e6:.2f} MB")
    print(f"check(backward), four loops, correct:   {best_of(lambda: lesson.check(backward), repeat):6.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run each, 5-frame GIFs")
    main(parser.parse_args().quick)
