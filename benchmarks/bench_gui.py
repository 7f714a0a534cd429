"""The window at 1600x900 (offscreen), every panel live, training at full speed.

Prints frames per second, p50/p95 frame time (window.refresh(): draw and paint one snapshot), and the worker's
steps per second as a fraction of the headless Trainer's, beside the previous landing's figures.
Goals: >= 30 fps, p95 <= 33 ms, fraction >= 0.5.

    python benchmarks/bench_gui.py [seconds]      (default 8)
    python benchmarks/bench_gui.py --quick        (about 2 s: the same figures, noisier)
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from PySide6 import QtCore, QtWidgets  # noqa: E402

from cnnviz import images  # noqa: E402
from cnnviz.engine import LessonConfig, Trainer  # noqa: E402

# The figures this benchmark printed when the window last landed (before the restructuring).
PREVIOUS = {"fps": 32.5, "p95": 26.5, "fraction": 0.58}


def headless_rate(x, seconds=2.0, config=None):
    t = Trainer(x, config or LessonConfig(lr=1e-4))
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        t.step(1000)
        n += 1000
    return n / (time.perf_counter() - t0)


def main(seconds: float = 8.0, headless_seconds: float = 2.0, color: bool = False):
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from cnnviz.app.controls import SPEEDS
    from cnnviz.app.preferences import Preferences
    from cnnviz.app.window import MainWindow

    config = LessonConfig(lr=1e-4)
    if color:  # issue 23's goal: the colour lesson (32x32 RGB, 3x3x3 filter) at its default rate
        from cnnviz.engine.trainer import default_lr

        x = images.load_sample(images.DEFAULT_COLOR_SAMPLE, color=True)
        config = LessonConfig(color=True, lr=default_lr(x, LessonConfig(color=True)))
    else:
        x = images.load_sample(images.DEFAULT_SAMPLE)
    headless = headless_rate(x, headless_seconds, config)
    with tempfile.TemporaryDirectory() as tmp:  # the user's own settings are neither read nor written
        window = MainWindow(x, "sample:shapes", config, preferences=Preferences(Path(tmp) / "s.ini"))
        window.controls.speed.setValue(len(SPEEDS) - 1)  # full speed (the app starts at a watchable pace)
        window.resize(1600, 900)
        window.show()
        frame_times, frame_stamps = [], []
        original = window.refresh

        def timed_refresh():
            before = window._shown_version
            t0 = time.perf_counter()
            original()
            if window._shown_version != before:  # refresh() draws and paints the frame
                frame_times.append(time.perf_counter() - t0)
                frame_stamps.append(time.perf_counter())

        window.timer.timeout.disconnect()
        window.timer.timeout.connect(timed_refresh)
        for _ in range(5):
            app.processEvents()
        window.toggle_training()
        first = {}

        def note_start():
            if window.snapshot is not None and window.snapshot.step > 0 and not first:
                first.update(step=window.snapshot.step, t=time.perf_counter())

        window.timer.timeout.connect(note_start)
        # A real event loop (as in the app), not a busy processEvents() loop that would hog the GIL.
        QtCore.QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        start_step, t_first = first["step"], first["t"]
        snap = window.worker.latest()
        elapsed = time.perf_counter() - t_first
        rate = (snap.step - start_step) / elapsed
        window.close()
    frames = np.array(frame_times[3:]) * 1e3
    span = frame_stamps[-1] - frame_stamps[3]
    fps, p50, p95 = (len(frame_stamps) - 4) / span, np.percentile(frames, 50), np.percentile(frames, 95)
    print(f"window 1600x900 offscreen, every panel live, training a {config.layer_text()} at full speed "
          f"for {seconds:g} s")
    # The previous landing's figures are the classroom lesson's: not shown beside the colour lesson's.
    before = {k: f"{v:10.{1 if k != 'fraction' else 2}f}" for k, v in PREVIOUS.items()} if not color else \
        dict.fromkeys(PREVIOUS, f"{'':10s}")
    print(f"{'':24s}{'today':>10s}{'previous' if not color else '':>10s}")
    print(f"frames per second:      {fps:10.1f}{before['fps']}   [goal >= 30]")
    print(f"frame time p50:         {p50:10.1f}{'':10s}   ms")
    print(f"frame time p95:         {p95:10.1f}{before['p95']}   ms [goal p95 <= 33 ms]")
    print(f"worker steps/s:         {rate:10,.0f}")
    print(f"headless Trainer:       {headless:10,.0f}   steps/s")
    print(f"fraction:               {rate / headless:10.2f}{before['fraction']}   [goal >= 0.5]")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seconds", nargs="?", type=float, default=8.0, help="how long to train (default 8)")
    parser.add_argument("--quick", action="store_true", help="a run of about 2 s")
    parser.add_argument("--color", action="store_true", help="the colour lesson (colour-shapes, a 3x3x3 filter)")
    args = parser.parse_args()
    main(1.0, 0.3, args.color) if args.quick else main(args.seconds, color=args.color)
