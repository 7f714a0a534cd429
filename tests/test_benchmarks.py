"""Every benchmark still runs: each benchmarks/bench_*.py with --quick, in its own process, exits 0
and prints its figures. Speeds are not judged here (that is what the benchmarks print against their
goals); a benchmark that calls what the app no longer has, or prints no figures, fails."""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted((ROOT / "benchmarks").glob("bench_*.py"))
NUMBER = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?")

# Lines a benchmark must print with a figure on them. A benchmark without an entry here must still
# print figures; every line with a goal ("[goal ...]", "[< ...]") must have its figure before it.
EXPECTED = {
    "bench_check.py": ["lesson_correct.py", "lesson_overwrite.py"],
    "bench_engine.py": ["classroom step", "trace of a 32x32 image", "cnnviz train --steps 1"],
    "bench_export.py": ["PNG 3200x1800", "window -> SVG", "cnnviz export --scale 2", "slide 1920x1080",
                        "GIF at --scale 1", "MP4 encoder alone"],
    "bench_gui.py": ["frames per second", "frame time p95", "worker steps/s", "fraction"],
    "bench_gui_stall.py": ["step-through on 1024x1024", "open a folder of"],
    "bench_memory.py": ["python + numpy + Pillow alone", "TIFF (deflate), native"],
    "bench_notebook.py": ["first figure", "_repr_png_", "animate(frames="],
    "bench_startup.py": ["bare PySide6 + pyqtgraph window", "cnnviz window", "ratio"],
    "bench_stepthrough.py": ["build trace", "seek + panel reads", "memory held by the trace"],
    "bench_untied.py": ["untied step", "one step on 128x128"],
}


def figures(line: str) -> list[float]:
    """The numbers on a line outside its "[goal ...]" bracket (the goal's own numbers do not count)."""
    return [float(n.replace(",", "")) for n in NUMBER.findall(line.split("[")[0])]


def test_the_number_reader_reads_figures_and_skips_goals():
    assert figures("frames per second:   31.7   32.5   [goal >= 30]") == [31.7, 32.5]
    assert figures("worker steps/s:   47,663") == [47663.0]
    assert figures("ratio:   nan   [goal <= 1.5]") == []
    assert figures("x1.5 and a.2 are not figures [goal 3]") == []


@pytest.mark.parametrize("script", BENCHMARKS, ids=[p.name for p in BENCHMARKS])
def test_benchmark_runs_quick_and_prints_figures(script, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               CNNVIZ_SETTINGS=str(tmp_path / "settings.ini"), OMP_NUM_THREADS="1")
    done = subprocess.run([sys.executable, str(script), "--quick"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    for expected in EXPECTED.get(script.name, []):
        found = [line for line in lines if expected in line]
        assert found, f"{script.name} printed no line with {expected!r}:\n{done.stdout}"
        assert all(figures(line) for line in found), f"no figure on {found}"
    assert any(figures(line) for line in lines), f"{script.name} printed no figures:\n{done.stdout}"
    for line in (line for line in lines if "[goal" in line or "[<" in line):
        values = figures(line)
        assert values and all(math.isfinite(v) for v in values), f"no figure before the goal: {line!r}"
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name != "settings.ini"]
    assert not leftovers, f"{script.name} wrote into its working folder: {leftovers}"
