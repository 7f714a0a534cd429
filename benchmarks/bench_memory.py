"""Peak memory of the biggest inputs the limits allow: each case runs in its own process and
reports its peak resident set (VmHWM from /proc/self/status on Linux; ru_maxrss elsewhere, which
Linux carries over from the parent across fork+exec, so it is not used there).

Run: python benchmarks/bench_memory.py      (prints MiB per case; goals in brackets)
     python benchmarks/bench_memory.py --quick   (three cases on smaller inputs: a few seconds)
"""

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GIB = 1024  # MiB


def make_inputs(folder: Path, quick: bool = False) -> dict[str, Path]:
    """The largest inputs the limits allow (quick: 2 images of 256x256, a 1000x1000 image)."""
    from cnnviz import images, lesson_file
    from cnnviz.engine import LessonConfig, Trainer

    rng = np.random.default_rng(0)
    batch = folder / "batch"
    batch.mkdir()
    n, native = (2, 256) if quick else (images.MAX_BATCH_BYTES // (1024 * 1024 * 8), 1024)  # 8 that fit
    for i in range(n):
        Image.fromarray((rng.random((native, native)) * 255).astype(np.uint8)).save(batch / f"{i}.png")
    side = 1000 if quick else int(np.sqrt(images.MAX_PIXELS))  # 7071: the largest square image allowed
    yy, xx = np.mgrid[0:side, 0:side].astype(np.float32)
    smooth = (127 + 120 * np.sin(xx / 300) * np.cos(yy / 400)).astype(np.uint8)
    del yy, xx
    Image.fromarray(smooth).save(folder / "big.tif", compression="tiff_adobe_deflate")
    Image.fromarray(smooth).convert("RGB").save(folder / "big.jpg", quality=90)
    Image.fromarray(smooth).convert("RGBA").save(folder / "big.png", compress_level=1)
    del smooth
    x = images.load_path(batch, size=None)
    trainer = Trainer(x, LessonConfig(lr=1e-9), history_capacity=2**10 if quick else lesson_file.MAX_HISTORY_CAPACITY)
    trainer.step(3)
    lesson_file.save_lesson(folder / "big.cnnviz", trainer, "8 native images")
    return {"batch": batch, "tif": folder / "big.tif", "jpg": folder / "big.jpg", "png": folder / "big.png",
            "lesson": folder / "big.cnnviz"}


CASES = {
    "folder of {n} native {native}x{native} PNGs": (
        "from cnnviz import images; images.load_path(r'{batch}', size=None)", 1.5 * GIB),
    "{side}x{side} TIFF (deflate), native": ("from cnnviz import images; images.load_image(r'{tif}', None)", 1.5 * GIB),
    "{side}x{side} JPEG (RGB), native": ("from cnnviz import images; images.load_image(r'{jpg}', None)", 1.5 * GIB),
    "{side}x{side} PNG (RGBA), --size 32": ("from cnnviz import images; images.load_image(r'{png}', 32)", 1.5 * GIB),
    "lesson: {n} native images, {rows} history rows": (
        "from cnnviz import lesson_file; lesson_file.trainer_from_lesson(lesson_file.load_lesson(r'{lesson}'))",
        1.5 * GIB),
    "train 3 steps on that lesson (default lr rule, snapshot)": (
        "from cnnviz.cli import main; main(['train', '--lesson', r'{lesson}', '--steps', '3', '--json'])", 2 * GIB),
    "train the folder natively (safe lr check included)": (
        "from cnnviz.cli import main; main(['train', r'{batch}', '--size', 'native', '--steps', '3'])", 2 * GIB),
    "still export of that lesson: window PNG at --scale 4": (
        "from cnnviz.cli import main; main(['export', '--lesson', r'{lesson}', '--steps', '0', '--panel', 'window', "
        "'--scale', '4', '--out', r'{out}/w.png'])", 1.5 * GIB),
}

RUNNER = textwrap.dedent("""
    import resource, sys, io, contextlib
    with contextlib.redirect_stdout(io.StringIO()):
        exec(sys.argv[1])
    try:
        with open("/proc/self/status") as f:
            print(next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")))
    except OSError:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")


def peak_mib(code: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", RUNNER, code], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"case failed: {code}\n{done.stderr[-2000:]}")
    return int(done.stdout.split()[-1]) / 1024  # KiB -> MiB


QUICK_CASES = 3  # the folder, the TIFF, the JPEG


def main(quick: bool = False) -> None:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = {k: str(v) for k, v in make_inputs(folder, quick).items()}
        paths["out"] = tmp
        sizes = dict(n=2, native=256, side=1000, rows="2**10") if quick else dict(n=8, native=1024, side=7071, rows="2**18")
        base = peak_mib("import numpy, PIL.Image")
        print(f"python + numpy + Pillow alone: {base:,.0f} MiB")
        for name, (code, goal) in list(CASES.items())[:QUICK_CASES] if quick else CASES.items():
            peak = peak_mib(code.format(**paths))
            mark = "ok" if peak < goal else "OVER"
            print(f"{name.format(**sizes):<58} {peak:>7,.0f} MiB   [goal < {goal:,.0f} MiB: {mark}]")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three cases on smaller inputs")
    main(parser.parse_args().quick)
