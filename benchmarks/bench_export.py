"""How long exports take (offscreen; goals on a 2-core machine: window PNG at 2x under 1 s,
a 100-frame GIF under 15 s; any animation under 1.5 GiB peak memory, the GIF under 3.5 MB, the
MP4 a fraction of the GIF).

    python benchmarks/bench_export.py [frames]      (default 100)
    python benchmarks/bench_export.py --quick       (one run each, a 5-frame GIF: about 6 s)

Prints: the window (1600x900) as PNG at 2x (render + encode + atomic write, best of 5), the whole
`cnnviz export --scale 2` command in-process (window built, drawn, exported, closed), a slide,
an SVG of the window, and the 100-frame training animation as GIF, MP4 and PNG frames at --scale 1,
and at --scale 4 (MP4: 2, the largest that players accept for the window's panels, and 4, refused),
with the time, the peak memory of the exporting process and the file's size.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtWidgets  # noqa: E402

from cnnviz import images as imgs  # noqa: E402
from cnnviz.app import export as ex  # noqa: E402
from cnnviz.app import theme as th  # noqa: E402
from cnnviz.app.preferences import Preferences  # noqa: E402
from cnnviz.app.window import MainWindow  # noqa: E402
from cnnviz.cli import main  # noqa: E402
from cnnviz.engine import LessonConfig, Trainer  # noqa: E402

from timing import best_of  # noqa: E402  (benchmarks/timing.py)


def trained(steps: int = 200) -> Trainer:
    trainer = Trainer(imgs.load_sample(imgs.DEFAULT_SAMPLE), LessonConfig())
    trainer.step(steps)
    return trainer


def bench_window(out: Path, repeat: int = 5) -> None:
    trainer = trained()
    window = MainWindow(trainer.images, "sample:shapes", theme=th.DARK, trainer=trainer,
                        preferences=Preferences(out / "settings.ini"))
    try:
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.show()
        window.resize(*ex.WINDOW_SIZE)
        ex.settle()
        window.refresh()
        ex.settle()
        png = best_of(lambda: ex.export_still(window, out / "window.png", 2), repeat)
        render = best_of(lambda: ex.render_image(window, 2), repeat)
        svg = best_of(lambda: ex.export_still(window, out / "window.svg"), repeat)
    finally:
        window.close()
    print(f"window 1600x900 -> PNG 3200x1800 (2x): {png * 1e3:7.0f} ms  (of which rendering {render * 1e3:.0f} ms)   [goal < 1000 ms]")
    kb = (out / "window.svg").stat().st_size / 1e3
    print(f"window -> SVG:                         {svg * 1e3:7.0f} ms  ({kb:.0f} kB)")


def bench_command(out: Path) -> None:
    os.environ["CNNVIZ_SETTINGS"] = str(out / "settings.ini")
    t0 = time.perf_counter()
    code = main(["export", "--steps", "200", "--scale", "2", "--out", str(out / "cli.png")])
    elapsed = time.perf_counter() - t0
    assert code == 0
    print(f"'cnnviz export --scale 2' in-process:  {elapsed * 1e3:7.0f} ms  (train 200 steps, build, draw, export)")


def bench_slide(out: Path, repeat: int = 5) -> None:
    snap = trained().snapshot(with_input_grad=True)
    with ex.Stage("slide", th.LIGHT) as stage:
        stage.set_title(*ex.slide_title("sample:shapes", snap))
        stage.draw(snap)
        slide = best_of(lambda: ex.export_still(stage.widget, out / "slide.png", stage.scale), repeat)
    print(f"slide 1920x1080 PNG:                   {slide * 1e3:7.0f} ms")


ANIMATIONS = ((".gif", 1), (".mp4", 1), ("", 1), (".gif", 4), (".mp4", 2), (".mp4", 4), ("", 4))


def run_export(out: Path, *args: str) -> tuple[float, int, str]:
    """`cnnviz export ARGS` in a fresh process: (seconds, peak resident memory in bytes, stderr)."""
    env = dict(os.environ, CNNVIZ_SETTINGS=str(out / "settings.ini"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "cnnviz", "export", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - t0
    return elapsed, usage.ru_maxrss * 1024, err.strip() if child.returncode else ""


def bench_animations(out: Path, frames: int, cases=ANIMATIONS) -> None:
    """The README's training animation (the window's panels, 1290x850 at --scale 1, one frame
    every 20 updates) as GIF, MP4 and PNG frames, each in its own process (peak memory is the
    process's). Frames are encoded as they are rendered, so --scale 4 needs one frame's memory."""
    print(f"animations of training, {frames} frames (each: time, peak memory of the process, size)   "
          f"[goals: 100-frame GIF < 15 s, peak < 1536 MiB, GIF < 3.5 MB, MP4 a fraction of it]")
    for suffix, scale in cases:
        target = out / f"training-{scale}x{suffix or '-frames'}"
        elapsed, peak, err = run_export(out, "--frames", str(frames), "--every", "20", "--scale", str(scale),
                                        "--out", str(target))
        what = f"{suffix[1:].upper() or 'PNG frames'} at --scale {scale}"
        if err:
            print(f"  {what:22s} refused: {err}")
            continue
        size = sum(p.stat().st_size for p in target.iterdir()) if target.is_dir() else target.stat().st_size
        print(f"  {what:22s} {elapsed:6.1f} s  peak {peak / 2**20:6.0f} MiB  {size / 1e6:6.2f} MB")
        if target.is_dir():
            shutil.rmtree(target)


LARGEST_MP4 = """
import io, resource, sys, time
import numpy as np
from cnnviz.app import encoders as enc
w, h, n = 4096, 2304, int(sys.argv[1])
cells = np.kron(np.random.default_rng(0).integers(0, 256, (h // 16, w // 16, 3)), np.ones((16, 16, 1))).astype(np.uint8)
def frames():
    for i in range(n):
        frame = cells.copy()
        frame[100:400, 100 + 8 * i:400 + 8 * i] = 255
        yield frame
t0 = time.perf_counter()
enc.write_mp4(io.BytesIO(), frames(), 100)
print(f"{time.perf_counter() - t0:.1f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}")
"""


def bench_largest_mp4(frames: int = 30) -> None:
    """The H.264 encoder alone at the largest frame accepted (4096x2304): its peak memory is what
    an MP4 export adds to rendering, whatever the panel and scale."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, "-c", LARGEST_MP4, str(frames)], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    print(f"  MP4 encoder alone, {frames} frames of 4096x2304: {float(out[0]):5.1f} s  "
          f"peak {int(out[1]) / 2**20:6.0f} MiB")


def main_bench(frames: int = 100, quick: bool = False) -> None:
    repeat = 1 if quick else 5
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])  # noqa: F841
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        print(f"cnnviz export benchmark ({os.cpu_count()} cores, Qt platform {QtWidgets.QApplication.platformName()})")
        bench_window(out, repeat)
        bench_command(out)
        bench_slide(out, repeat)
        bench_animations(out, frames, ANIMATIONS[:1] if quick else ANIMATIONS)
        bench_largest_mp4(2 if quick else 30)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frames", nargs="?", type=int, default=100, help="frames per animation (default 100)")
    parser.add_argument("--quick", action="store_true", help="one run each, a 5-frame GIF, the MP4 encoder on 2 frames")
    args = parser.parse_args()
    main_bench(5, quick=True) if args.quick else main_bench(args.frames)
