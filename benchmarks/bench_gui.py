"""The window at 1600x900 (offscreen), every panel live, training at full speed.

Prints frames per second, p50/p95 frame time (window.refresh(): draw and paint one snapshot), and the worker's
steps per second as a fraction of the headless Trainer's. Goals: >= 30 fps, p95 <= 33 ms,
fraction >= 0.5.   Run: python benchmarks/bench_gui.py [seconds] [--color] (--color: the 32x32 RGB
colour-shapes lesson, a 3x3x3 filter, at its default learning rate)
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from PySide6 import QtCore, QtWidgets  # noqa: E402

from cnnviz import images  # noqa: E402
from cnnviz.engine import LessonConfig, Trainer  # noqa: E402


def headless_rate(x, config, seconds=2.0):
    t = Trainer(x, config)
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        t.step(1000)
        n += 1000
    return n / (time.perf_counter() - t0)


def main(seconds: float = 8.0, color: bool = False):
    app = QtWidgets.QApplication([])
    from cnnviz.app.window import MainWindow
    from cnnviz.engine.trainer import default_lr

    name = images.DEFAULT_COLOR_SAMPLE if color else images.DEFAULT_SAMPLE
    x = images.load_sample(name, color=color)
    config = LessonConfig(lr=1e-4, color=color)
    if color:
        config = LessonConfig(color=True, lr=default_lr(x, config))
    headless = headless_rate(x, config)
    window = MainWindow(x, f"sample:{name}", config)
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
    window.controls.speed.setValue(window.controls.speed.maximum())  # the app opens at a watchable pace
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
    print(f"window 1600x900 offscreen, every panel live, training {config.layer_text()} on {name} "
          f"at full speed for {seconds:.0f} s")
    print(f"frames per second:      {(len(frame_stamps) - 4) / span:6.1f}   [goal >= 30]")
    print(f"frame time p50 / p95:   {np.percentile(frames, 50):6.1f} / {np.percentile(frames, 95):.1f} ms   [goal p95 <= 33 ms]")
    print(f"worker steps/s:         {rate:8,.0f}")
    print(f"headless Trainer:       {headless:8,.0f} steps/s")
    print(f"fraction:               {rate / headless:6.2f}   [goal >= 0.5]")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--color"]
    main(float(args[0]) if args else 8.0, color="--color" in sys.argv[1:])
