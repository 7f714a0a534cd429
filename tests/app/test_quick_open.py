"""Opening quickly: the modes' panels are built on first use (the step-through's right after the
window's first paint), in the cells they always had; maps larger than their place on screen are
drawn at the screen's resolution, and exported cell for cell."""

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import board
from cnnviz.app import export as ex
from cnnviz.app import theme as th
from cnnviz.app.panels.base import block_mean, drawable
from cnnviz.engine import LessonConfig


@pytest.fixture
def unshown(qtbot, sample_image, tmp_path):
    """A window that has never been painted (as while the app starts)."""
    from cnnviz.app.preferences import Preferences
    from cnnviz.app.window import MainWindow

    w = MainWindow(sample_image, "sample:shapes", LessonConfig(), preferences=Preferences(tmp_path / "s.ini"))
    qtbot.addWidget(w)
    yield w
    w.close()


def _cell(panel):
    layout = panel.parentWidget().layout()
    return layout.getItemPosition(layout.indexOf(panel))


def _planned(window, key):
    """The cell (row, col, rows, cols) the screen's layout plan gives `key` (layout.py)."""
    plan = window.fit._plan[0]
    return next(tuple(cell[1:]) for cell in plan.cells if cell[0] == key)


def test_no_mode_panel_is_built_before_the_first_paint(unshown):
    assert not unshown.stepthrough.panel_built and not unshown.compare.panel_built
    assert not unshown.findChildren(QtWidgets.QWidget, "stepthrough")  # no step-through panel anywhere


def test_the_step_through_panel_is_built_after_the_first_paint_without_moving_the_board(qtbot, unshown):
    w = unshown
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.stepthrough.panel_built)
    before = {key: p.geometry() for key, p in w.panels.items()}
    assert not w.compare.panel_built  # the comparison waits until it is asked for
    w.compare.panel  # noqa: B018  (built now)
    ex.settle()
    assert {key: p.geometry() for key, p in w.panels.items()} == before  # the stand-ins kept the layout
    assert not w.stepthrough.panel.isVisible() and not w.compare.panel.isVisible()
    assert _cell(w.stepthrough.panel) == (2, 0, 1, 4) and _cell(w.compare.panel) == (0, 0, 3, 4)


def test_a_lazily_built_step_through_panel_shows_the_trace(qtbot, unshown):
    w = unshown
    w.apply_font_scale(1.6)  # presenter mode's text size, set before the panel exists
    w.set_theme("light")
    assert not w.stepthrough.panel_built  # a theme switch does not build it either
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.snapshot is not None)
    w.toggle_stepthrough()
    panel, model = w.stepthrough.panel, w.stepthrough.model
    assert panel.isVisible() and not w.loss_panel.isVisible() and _cell(panel) == _planned(w, "stepthrough")
    assert panel.font_scale == 1.6 and panel.theme is th.LIGHT
    w.stepthrough.seek(417)
    i, j = divmod(416, 30)
    assert panel.counter.text() == f"position 417 of 900: row {i}, col {j} (rows and cols from 0)"
    np.testing.assert_allclose(w.input_grad_panel.data, model.trace.dx_after(417)[0])
    w.toggle_stepthrough()
    assert not panel.isVisible() and w.loss_panel.isVisible()


def test_a_lazily_built_comparison_panel_shows_the_comparison(qtbot, window):
    from cnnviz.engine.untied import mosaic

    assert not window.compare.panel_built
    window.toggle_compare()
    panel = window.compare.panel
    assert panel.isVisible() and not window.panels["input"].isVisible() and _cell(panel) == _planned(window, "compare")
    window.compare.step(5)
    np.testing.assert_array_equal(panel.mosaic.image.image, mosaic(window.compare.model.untied.weights))
    window.toggle_compare()
    assert not panel.isVisible() and window.panels["input"].isVisible()


def test_leaving_and_closing_never_build_a_panel(qtbot, unshown):
    unshown.set_mode(None)
    unshown.close()
    assert not unshown.compare.panel_built and not unshown.stepthrough.panel_built


# ---- maps larger than the screen ----------------------------------------------------------------
def test_block_mean_averages_whole_and_partial_blocks():
    values = np.arange(35, dtype=float).reshape(5, 7)
    expected = np.array([[values[r:r + 2, c:c + 2].mean() for c in range(0, 7, 2)] for r in range(0, 5, 2)])
    np.testing.assert_allclose(block_mean(values, 2), expected, rtol=1e-15)
    big = np.full((4, 4), np.finfo(float).max)
    assert (drawable(block_mean(big, 2)) == np.finfo(float).max).all()  # drawn as the largest float


@pytest.fixture
def big_map(qtbot):
    """The input panel at 400x400 showing a 1024x1024 checkerboard of single cells (0 and 1)."""
    panel = board.make_panels(th.DARK, ["input"])["input"]
    qtbot.addWidget(panel)
    panel.resize(400, 400)
    panel.show()
    qtbot.waitExposed(panel)
    checker = (np.indices((1024, 1024)).sum(axis=0) % 2).astype(float)
    checker.flags.writeable = False
    panel.set_map(checker, levels=(0.0, 1.0))
    ex.settle()
    return panel, checker


def _map_pixels(image: QtGui.QImage, panel, scale: int) -> np.ndarray:
    """The gray levels of the map's inner half (in the exported image's pixels)."""
    vb = panel.plot.vb
    top_left = vb.mapToScene(vb.mapFromView(QtCore.QPointF(256, 256)))
    bottom_right = vb.mapToScene(vb.mapFromView(QtCore.QPointF(768, 768)))
    offset = panel.view.mapTo(panel, QtCore.QPoint(0, 0))
    x0, y0 = int((top_left.x() + offset.x()) * scale), int((top_left.y() + offset.y()) * scale)
    x1, y1 = int((bottom_right.x() + offset.x()) * scale), int((bottom_right.y() + offset.y()) * scale)
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    pixels = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    return pixels[y0:y1, 3 * x0:3 * x1:3].astype(float)


def test_a_map_larger_than_its_place_is_drawn_at_screen_resolution(big_map):
    panel, checker = big_map
    factor = panel.display_factor()
    assert factor == int(min(1024 / (panel.plot.vb.width() * panel.devicePixelRatioF()),
                             1024 / (panel.plot.vb.height() * panel.devicePixelRatioF()))) >= 2
    shown = panel.image.image
    assert shown.shape == (-(-1024 // factor),) * 2
    np.testing.assert_allclose(shown, block_mean(checker, factor))
    assert panel.image.mapRectToParent(panel.image.boundingRect()) == QtCore.QRectF(0, 0, 1024, 1024)
    assert panel.data is checker and panel.value_text(0, 1) != panel.value_text(0, 0)  # hover: every cell
    on_screen = _map_pixels(panel.grab().toImage(), panel, 1)  # what the screen shows
    # Blocks of a single-cell checkerboard average to about half: no cell's black or white is drawn.
    assert on_screen.size and np.abs(on_screen - 128).max() < 40


def test_an_export_draws_every_cell_of_a_large_map(big_map):
    panel, checker = big_map
    scale = 4  # 400 px x 4: more pixels than cells, so each cell gets its own pixels
    pixels = _map_pixels(ex.render_image(panel, scale), panel, scale)
    assert pixels.size and (pixels < 30).mean() > 0.3 and (pixels > 225).mean() > 0.3  # black and white cells
    assert panel.image.image.shape != checker.shape  # back at the screen's resolution afterwards


def test_the_window_opens_without_the_exporter(tmp_path):
    """File > Export's exporter and encoders, and the lesson-file reader, are imported on first use."""
    import os
    import subprocess
    import sys

    code = ("import sys; from PySide6 import QtWidgets; app = QtWidgets.QApplication([]); "
            "from cnnviz import images; from cnnviz.app.window import MainWindow; "
            "w = MainWindow(images.load_sample('shapes'), 'sample:shapes'); w.show(); app.processEvents(); "
            "print(sorted(m for m in ('cnnviz.app.export', 'cnnviz.app.encoders', 'cnnviz.lesson_file') "
            "if m in sys.modules), flush=True); import os; os._exit(0)")  # leaves at once, as the benchmark
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CNNVIZ_SETTINGS=str(tmp_path / "s.ini"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"
    # ...and exporting still finds it: the menu's request reads the exporter's defaults.
    from cnnviz.app.export_menu import ExportRequest

    assert ExportRequest("slide", tmp_path / "a.gif").animated
    assert ExportRequest("slide", tmp_path / "a.png").frame_ms == ex.FRAME_MS
    assert ExportRequest("slide", tmp_path / "a.png").slide_panels == ex.SLIDE_PANELS


def _plot_item_and_bare_plot(qtbot, size: tuple[int, int], draw) -> tuple[QtGui.QImage, QtGui.QImage]:
    """The pixels of `draw(plot)` on a PlotItem and on a BarePlot, each alone in a view of `size`."""
    import pyqtgraph as pg

    from cnnviz.app.panels.axes import quiet_axes
    from cnnviz.app.panels.bare_plot import BarePlot

    images = []
    for make in (lambda view: view.addPlot(enableMenu=False, axisItems=quiet_axes()),
                 lambda view: view.addItem(BarePlot()) or view.ci.getItem(0, 0)):
        view = pg.GraphicsLayoutWidget()
        qtbot.addWidget(view)
        view.resize(*size)
        plot = make(view)
        plot.hideButtons()
        draw(plot)
        view.show()
        ex.settle()
        images.append(view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32))
    return images[0], images[1]


@pytest.mark.parametrize("axes_shown", [True, False])
def test_a_bare_plot_draws_what_a_plot_item_draws(qtbot, axes_shown):
    """BarePlot (a view box and two axes) in place of a PlotItem: the same pixels, axes shown or hidden."""
    import pyqtgraph as pg

    values = np.random.default_rng(1).normal(size=(30, 30))

    def draw(plot):
        plot.setAspectLocked(True)
        plot.invertY(True)
        plot.addItem(pg.ImageItem(values, axisOrder="row-major", levels=(-2, 2)))
        plot.setRange(xRange=(0, 30), yRange=(0, 30), padding=0)
        for name in ("left", "bottom"):
            plot.getAxis(name).setStyle(tickLength=4)
            plot.showAxis(name, axes_shown)

    plot_item, bare_plot = _plot_item_and_bare_plot(qtbot, (320, 260), draw)
    assert plot_item.size() == bare_plot.size()
    assert plot_item == bare_plot
    assert plot_item.pixelColor(160, 130) != plot_item.pixelColor(2, 2)  # the map is drawn, not only background


def test_a_bare_plot_draws_a_log_curve_as_a_plot_item_does(qtbot):
    """The loss panel's plot: a labelled step axis, a log10 curve and its last point as a dot."""
    import pyqtgraph as pg

    steps = np.arange(40.0)
    losses = 800 * np.exp(-steps / 9) + 1

    def draw(plot):
        plot.setLabel("bottom", "step")
        plot.setLogMode(x=False, y=True)
        curve = plot.plot(pen=pg.mkPen("#56B4E9", width=2))
        dot = plot.plot(pen=None, symbol="o", symbolSize=7, symbolBrush="#56B4E9", symbolPen=None)
        plot.setRange(xRange=(0, 40), yRange=(-0.1, 3.1), padding=0.02)
        curve.setData(steps, losses)
        dot.setData(steps[-1:], losses[-1:])

    plot_item, bare_plot = _plot_item_and_bare_plot(qtbot, (420, 240), draw)
    assert plot_item == bare_plot
    assert len({plot_item.pixel(x, 60) for x in range(60, 400)}) > 1  # a curve is drawn, not only background
