"""Regression tests for the PySide6 hazard in DESIGN.md, and a real-X smoke test under Xvfb."""

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

HAMMER = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtWidgets
import pyqtgraph as pg
app = QtWidgets.QApplication([])
plot = pg.PlotWidget()
item = pg.TextItem("")
plot.addItem(item)
for i in range(40000):
    item.setText(f"{i:+.3f}")
    item.setPos(i % 3, i % 5)
print("survived", i + 1)
"""


def test_textitem_settext_tens_of_thousands_of_times_does_not_crash():
    """PySide6-Essentials 6.12.0 on Python 3.11 crashes here ('none_dealloc'); it is pinned away."""
    proc = subprocess.run([sys.executable, "-c", HAMMER], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "survived 40000" in proc.stdout


def test_broken_pyside_pair_is_not_installed():
    import PySide6

    assert not (sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0")


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_app_in_a_real_x_window_under_xvfb(tmp_path):
    # Xvfb picks a free display itself and writes its number to the pipe once it is ready, so
    # parallel test processes (and a developer's own Xvfb) never collide.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as ready:
            display = ":" + ready.readline().strip()
        assert display != ":", "Xvfb did not start"
        shot = tmp_path / "xvfb-window.png"
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        proc = subprocess.run([sys.executable, "-m", "cnnviz", "--screenshot", str(shot)],
                              env=env, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr[-2000:]
        from PIL import Image

        img = np.asarray(Image.open(shot).convert("RGB"))
        assert img.shape == (1080, 1920, 3)  # the whole X screen
        window = img[:900, :1600]
        assert window.std() > 20  # drawn panels, not a blank screen
        keep = os.environ.get("CNNVIZ_KEEP_SCREENSHOT")
        if keep:
            shutil.copy(shot, keep)
    finally:
        xvfb.terminate()
        xvfb.wait(5)
