"""How quickly the window opens: from process start to the first paint of the window, for `cnnviz`
(the app with its default lesson) against a bare PySide6 + pyqtgraph window (a QMainWindow with a
GraphicsLayoutWidget holding one ImageItem), each in its own process, best of N, on the offscreen
platform and on a real X screen (Xvfb, when installed). Goal: the app within 1.5x the bare window.

    python benchmarks/bench_startup.py [N]      (default 5 runs of each)
    python benchmarks/bench_startup.py --quick  (one run of each, offscreen only: a few seconds)

"First paint" is when the window's first paint pass has finished: the first Paint event of a
widget in the main window, then the event loop's next turn (that pass is painted and flushed by
then; what the window defers until after its first paint comes later). The child then leaves at
once (os._exit): closing is not measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 1.5

# Installed in both children before anything else: when a widget of the QMainWindow is first
# painted, print the wall-clock time after that paint pass and leave.
HOOK = """
import os, sys, time
from PySide6 import QtCore, QtWidgets

class _FirstPaint(QtCore.QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QtCore.QEvent.Type.Paint and isinstance(obj, QtWidgets.QWidget)
                and isinstance(obj.window(), QtWidgets.QMainWindow)):
            QtCore.QCoreApplication.instance().removeEventFilter(self)
            QtCore.QTimer.singleShot(0, self.done)
        return False

    def done(self):
        print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
        os._exit(0)

_exec = QtWidgets.QApplication.exec

def _exec_with_hook(*_):  # app.exec() or QApplication.exec(): exec is static
    app = QtCore.QCoreApplication.instance()
    app._first_paint = _FirstPaint()
    app.installEventFilter(app._first_paint)
    return _exec()

QtWidgets.QApplication.exec = _exec_with_hook
"""

BARE = HOOK + """
import numpy as np
import pyqtgraph as pg

app = QtWidgets.QApplication(sys.argv[:1])
window = QtWidgets.QMainWindow()
view = pg.GraphicsLayoutWidget()
image = pg.ImageItem(np.random.default_rng(0).random((32, 32)))
view.addViewBox().addItem(image)
window.setCentralWidget(view)
window.resize(1600, 900)
window.show()
app.exec()
"""

APP = HOOK + """
from cnnviz.cli import main
sys.exit(main([]))
"""


def first_paint(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from starting a Python process running `code` to its window's
    first paint."""
    t0 = time.time()
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=env.get("PYTHONPATH"), capture_output=True,
                          text=True, timeout=60)  # cwd: `python -c` puts it first on sys.path
    lines = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if not lines:
        raise SystemExit(f"no first paint (exit {done.returncode}):\n{done.stderr[-2000:]}")
    _, wall, cpu = lines[0].split()
    return float(wall) - t0, float(cpu)


def measure(platform: str, runs: int, extra_env: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # Compiled bytecode as an installed package has it (pip writes .pyc files), kept out of the
        # repository; the first run, not counted, writes it.
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=platform, PYTHONPYCACHEPREFIX=str(Path(tmp) / "pyc"),
                   CNNVIZ_SETTINGS=str(Path(tmp) / "settings.ini"), **extra_env)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        first_paint(APP, env)
        bare, app = [], []
        for _ in range(runs):  # interleaved: a change in the machine's load hits both alike
            bare.append(first_paint(BARE, env))
            app.append(first_paint(APP, env))
    (b, b_cpu), (a, a_cpu) = (map(min, zip(*runs_of)) for runs_of in (bare, app))  # each the best
    print(f"{platform}, best of {runs} (wall; the process's CPU time beside it, less disturbed by other work):")
    print(f"  bare PySide6 + pyqtgraph window: {b * 1e3:6.0f} ms   cpu {b_cpu * 1e3:4.0f} ms")
    print(f"  cnnviz window (default lesson):  {a * 1e3:6.0f} ms   cpu {a_cpu * 1e3:4.0f} ms")
    print(f"  ratio:                           {a / b:6.2f}x       {a_cpu / b_cpu:4.2f}x   [goal <= {GOAL}x]")


def with_xvfb(runs: int, display: str = ":7") -> None:
    """The same on a real X screen (Xvfb), which is stopped afterwards."""
    if shutil.which("Xvfb") is None:
        print("xcb: Xvfb is not installed (apt-get install xvfb); not measured")
        return
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)  # Xvfb takes a moment to accept clients
        if server.poll() is not None:
            print(f"xcb: Xvfb {display} did not start (display in use?); not measured")
            return
        measure("xcb", runs, {"DISPLAY": display})
    finally:
        server.terminate()
        server.wait(5)


def main(runs: int = 5, quick: bool = False) -> None:
    measure("offscreen", runs, {})
    if not quick:
        with_xvfb(runs)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int, default=5, help="runs of each, the best counts (default 5)")
    parser.add_argument("--quick", action="store_true", help="one run of each, offscreen only")
    args = parser.parse_args()
    main(1, quick=True) if args.quick else main(args.runs)
