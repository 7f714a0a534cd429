"""Extreme values a lesson may hold never crash a panel, a mode or an export, and no exception
ever reaches Qt's event loop unseen."""

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtCore, QtWidgets

from cnnviz import lesson_file
from cnnviz.app import errors
from cnnviz.app import export as ex
from cnnviz.app.export_menu import ExportRequest
from cnnviz.app.panels.base import drawable_levels
from cnnviz.app.panels.trajectory_panel import plot_unit
from cnnviz.engine import LessonConfig, Trainer

BIG = np.finfo(float).max


def _alternating(a, value):
    return np.where(np.arange(a.size).reshape(a.shape) % 2, value, -value)


# Lessons the loader accepts: any finite history, weights whose loss is finite.
ACCEPTED = {
    "loss 1e300": {"history_losses": lambda a: np.full_like(a, 1e300)},
    "loss at the largest float": {"history_losses": lambda a: np.full_like(a, BIG)},
    "loss 5e-324": {"history_losses": lambda a: np.full_like(a, 5e-324)},
    "history params +-1.8e308": {"history_params": lambda a: _alternating(a, BIG)},
    "history grads -1e308": {"history_grads": lambda a: np.full_like(a, -1e308)},
    "weights 1e150": {"params": lambda a: np.full_like(a, 1e150)},
    "weights 5e-324": {"params": lambda a: np.full_like(a, 5e-324)},
}
REFUSED = {
    "loss +inf": ({"history_losses": lambda a: np.full_like(a, np.inf)}, "history losses must be finite"),
    "weights 1e308": ({"params": lambda a: np.full_like(a, 1e308)}, "make the loss overflow"),
    "weights nan": ({"params": lambda a: a * np.nan}, "NaN or infinite"),
}


def craft_lesson(path, changes):
    """A real saved lesson (20 steps on the default sample) with some arrays replaced."""
    from cnnviz import images

    t = Trainer(images.load_sample(images.DEFAULT_SAMPLE), LessonConfig())
    t.step(20)
    lesson_file.save_lesson(path, t, "extreme")
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    for name, change in changes.items():
        arrays[name] = change(arrays[name].copy())
    with open(path, "wb") as f:
        np.savez_compressed(f, **arrays)
    return path


@pytest.fixture
def reporter():
    r = errors.ErrorReporter().install()
    yield r
    r.uninstall()


def _export_all(window, tmp_path, tag):
    shots = {}
    for target in ("window", "slide", "loss", "trajectory", "error", "buffer"):
        path = tmp_path / f"{tag}-{target}.png"
        assert window.exporter.run(ExportRequest(target, path, scale=1, theme="light")) == path, window.last_error
        with Image.open(path) as im:
            shots[target] = im.size
    assert shots["slide"] == (1920, 1080)
    svg = tmp_path / f"{tag}.svg"
    assert window.exporter.run(ExportRequest("trajectory", svg)) == svg
    assert svg.read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize("case", ACCEPTED)
def test_window_survives_open_step_through_compare_play_export(qtbot, window, tmp_path, reporter, case):
    path = craft_lesson(tmp_path / "x.cnnviz", ACCEPTED[case])
    assert window.open_lesson(path), window.last_error
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.step == 20)
    window.refresh()
    qtbot.wait(50)
    _export_all(window, tmp_path, "main")
    window.toggle_stepthrough()
    assert window.stepthrough.active
    for _ in range(3):
        window.command("forward")
    window.refresh()
    qtbot.wait(30)
    window.toggle_stepthrough()
    window.toggle_compare()
    if window.compare.active:
        qtbot.wait(100)
        out = ex.export_still(window.compare.panel, tmp_path / "compare.png")
        with Image.open(out) as im:
            assert im.size == (window.compare.panel.width(), window.compare.panel.height())
        window.toggle_compare()
    window.command("play")
    qtbot.wait(150)
    if window.worker.playing:
        window.command("play")
    qtbot.waitUntil(lambda: not window.worker.playing, timeout=5000)
    window.refresh()
    qtbot.wait(50)
    if window._dialog is not None:  # a diverging step may say so: that is a message, not a crash
        window._dialog.close()
    assert reporter.errors == []
    # Still usable: a normal lesson opens and takes a step.
    normal = craft_lesson(tmp_path / "normal.cnnviz", {})
    assert window.open_lesson(normal)
    window.command("forward")
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.step == 21, timeout=5000)


@pytest.mark.parametrize("case", REFUSED)
def test_refused_lessons_get_one_line_and_change_nothing(qtbot, window, tmp_path, reporter, case):
    changes, reason = REFUSED[case]
    path = craft_lesson(tmp_path / "x.cnnviz", changes)
    before = window.snapshot.step
    assert not window.open_lesson(path)
    assert reason in window.last_error and "\n" not in window.last_error
    window._dialog.close()
    assert window.snapshot.step == before and reporter.errors == []


def test_an_error_in_a_slot_shows_a_dialog_and_the_app_carries_on(qtbot, window, reporter):
    def broken():
        raise ZeroDivisionError("a bug in a slot")

    QtCore.QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(reporter.errors), timeout=2000)
    assert reporter.errors == ["ZeroDivisionError: a bug in a slot"]
    box = reporter._dialog
    assert box.isVisible() and "a bug in a slot" in box.text()
    QtCore.QTimer.singleShot(0, broken)  # a second error while the dialog is up: the status bar
    qtbot.waitUntil(lambda: len(reporter.errors) == 2, timeout=2000)
    assert "a bug in a slot" in window.statusBar().currentMessage()
    box.close()
    window.command("forward")
    qtbot.waitUntil(lambda: window.snapshot.step == 1, timeout=5000)


class BrokenPaint(QtWidgets.QWidget):
    def paintEvent(self, event):
        raise ValueError("cannot convert float NaN to integer")


def test_an_error_in_a_paint_event_is_reported_not_fatal(qtbot, window, reporter):
    broken = BrokenPaint(window)
    broken.resize(20, 20)
    broken.show()
    broken.update()  # painted by the event loop, as any panel is
    qtbot.waitUntil(lambda: bool(reporter.errors), timeout=2000)
    broken.hide()
    reporter._dialog.close()
    assert reporter.errors[0] == "ValueError: cannot convert float NaN to integer"
    window.command("forward")
    qtbot.waitUntil(lambda: window.snapshot.step == 1, timeout=5000)


@pytest.mark.parametrize("levels, expected", [
    ((-BIG, BIG), (-1e300, 1e300)), ((0.0, 0.0), (-1e-6, 1e-6)), ((np.nan, np.inf), (0.0, 1e300)),
    ((5e-324, 5e-324), (5e-324 - 1e-6, 5e-324 + 1e-6)), ((-1.0, 1.0), (-1.0, 1.0)),
])
def test_colour_levels_are_always_drawable(levels, expected):
    low, high = drawable_levels(*levels)
    assert (low, high) == pytest.approx(expected) and np.isfinite(high - low) and high > low
    assert np.isfinite(255.0 / (high - low))


def test_curves_of_huge_values_are_plotted_in_a_power_of_ten():
    assert plot_unit(np.array([0.5, -2.0])) == 1.0
    assert plot_unit(np.array([BIG, -BIG])) == 1e308
    assert plot_unit(np.array([3e150, 1.0])) == 1e150
    assert plot_unit(np.array([np.inf, np.nan])) == 1e308


def test_trajectory_axis_says_the_unit(qtbot, window, tmp_path):
    path = craft_lesson(tmp_path / "x.cnnviz", ACCEPTED["history params +-1.8e308"])
    assert window.open_lesson(path)
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.step == 20)
    window.refresh()
    axis = window.trajectory_panel.plot.getAxis("left")
    assert axis.labelText == "× 1e+308"
    low, high = window.trajectory_panel.plot.vb.viewRange()[1]
    assert -3 < low < -1.7 and 1.7 < high < 3
