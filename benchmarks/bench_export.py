"""How long exports take (offscreen; goals on a 2-core machine: window PNG at 2x under 1 s,
a 100-frame GIF under 15 s).

    python benchmarks/bench_export.py [frames]      (default 100)

Prints: the window (1600x900) as PNG at 2x (render + encode + atomic write, best of 5), the whole
`cnnviz export --scale 2` command in-process (window built, drawn, exported, closed), a slide,
an SVG of the window, and an animated GIF of training (the window's panels, one frame every 10
updates) split into rendering, palette mapping and writing.
"""

from __future__ import annotations

import os
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


def bench_window(out: Path) -> None:
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
        png = best_of(lambda: ex.export_still(window, out / "window.png", 2))
        render = best_of(lambda: ex.render_image(window, 2))
        svg = best_of(lambda: ex.export_still(window, out / "window.svg"))
    finally:
        window.close()
    print(f"window 1600x900 -> PNG 3200x1800 (2x): {png * 1e3:7.0f} ms  (of which rendering {render * 1e3:.0f} ms)")
    kb = (out / "window.svg").stat().st_size / 1e3
    print(f"window -> SVG:                         {svg * 1e3:7.0f} ms  ({kb:.0f} kB)")


def bench_command(out: Path) -> None:
    os.environ["CNNVIZ_SETTINGS"] = str(out / "settings.ini")
    t0 = time.perf_counter()
    code = main(["export", "--steps", "200", "--scale", "2", "--out", str(out / "cli.png")])
    elapsed = time.perf_counter() - t0
    assert code == 0
    print(f"'cnnviz export --scale 2' in-process:  {elapsed * 1e3:7.0f} ms  (train 200 steps, build, draw, export)")


def bench_slide(out: Path) -> None:
    snap = trained().snapshot(with_input_grad=True)
    with ex.Stage("slide", th.LIGHT) as stage:
        stage.set_title(*ex.slide_title("sample:shapes", snap))
        stage.draw(snap)
        slide = best_of(lambda: ex.export_still(stage.widget, out / "slide.png", stage.scale))
    print(f"slide 1920x1080 PNG:                   {slide * 1e3:7.0f} ms")


def bench_gif(out: Path, frames: int) -> None:
    trainer = Trainer(imgs.load_sample(imgs.DEFAULT_SAMPLE), LessonConfig())
    with ex.Stage("board") as stage:
        t0 = time.perf_counter()
        images = list(ex.render_frames(stage, ex.training_frames(trainer, frames, 10), 1))
        t1 = time.perf_counter()
        mapped = ex.gif_frames(images, frames, stage.theme)
        t2 = time.perf_counter()
        path = ex.save_gif(out / "training.gif", mapped)
        t3 = time.perf_counter()
    size = images[0].size()
    print(f"GIF of training, {frames} frames {size.width()}x{size.height()}: {t3 - t0:6.2f} s total "
          f"(train + draw + render {t1 - t0:.2f} s, palette {t2 - t1:.2f} s, write {t3 - t2:.2f} s; "
          f"{path.stat().st_size / 1e6:.1f} MB)")


def main_bench(frames: int = 100) -> None:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])  # noqa: F841
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        print(f"cnnviz export benchmark ({os.cpu_count()} cores, Qt platform {QtWidgets.QApplication.platformName()})")
        bench_window(out)
        bench_command(out)
        bench_slide(out)
        bench_gif(out, frames)


if __name__ == "__main__":
    main_bench(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
