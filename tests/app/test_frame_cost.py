"""What keeps frames and the window's opening cheap (issues 22 and 23), checked from the widgets:
the curve panels take turns, a plot moved to a new range paints once, the colour bar and the
grids are light items that still show the same values."""

import numpy as np
from PySide6 import QtCore, QtWidgets

from cnnviz import images
from cnnviz.app import board
from cnnviz.app import theme as th
from cnnviz.app.panels.base import GridPanel, MapPanel, colorbar_ticks
from cnnviz.app.panels.loss_panel import LossPanel
from cnnviz.app.panels.trajectory_panel import TrajectoryPanel
from cnnviz.engine import LessonConfig, Trainer


def test_curve_panels_take_turns_while_training_and_all_draw_when_paused():
    now = [0.0]
    turns = board.HistoryTurns(rate=10.0, clock=lambda: now[0])
    assert turns.interval == 0.05  # each of the two panels 10 times a second
    assert turns.skipped(playing=False) == ()
    drawn = {k: [] for k in board.HISTORY_PANELS}
    for frame in range(64):  # 2 s of frames at 32 Hz
        now[0] = frame / 32
        skipped = turns.skipped(playing=True)
        assert len(skipped) >= len(board.HISTORY_PANELS) - 1  # never both curve panels in one frame
        for k in board.HISTORY_PANELS:
            if k not in skipped:
                drawn[k].append(frame)
    assert sorted(len(frames) for frames in drawn.values()) == [15, 16]  # 2 s at 8 Hz each, in turns
    assert all(np.diff(frames).max() <= 4 for frames in drawn.values())  # each at least every 1/8 s
    assert turns.skipped(playing=False) == ()  # pausing draws everything at once


class _Paints(QtCore.QObject):
    count = 0

    def eventFilter(self, obj, event):
        if event.type() == QtCore.QEvent.Type.Paint:
            self.count += 1
        return False


def _paints_per_frame(qtbot, panel, snaps) -> list[int]:
    """Paint events of the panel's plot for each snapshot shown, the events drained twice (a
    second paint that pyqtgraph schedules while painting shows up in the second round)."""
    panel.resize(600, 260)
    panel.show()
    qtbot.waitExposed(panel)
    counter = _Paints()
    panel.view.viewport().installEventFilter(counter)
    counts = []
    for snap in snaps:
        counter.count = 0
        panel.show_snapshot(snap)
        for _ in range(2):
            QtWidgets.QApplication.processEvents()
        counts.append(counter.count)
    return counts


def test_the_curve_panels_paint_once_per_new_range(qtbot):
    x = images.load_sample(images.DEFAULT_COLOR_SAMPLE, color=True)
    trainer = Trainer(x, LessonConfig(color=True, lr=1e-5))
    snaps = []
    for _ in range(4):
        trainer.step(20)  # the step axis grows: a new range every time
        snaps.append(trainer.snapshot())
    for panel in (TrajectoryPanel(), LossPanel()):
        qtbot.addWidget(panel)
        counts = _paints_per_frame(qtbot, panel, snaps)
        assert counts[1:] == [1, 1, 1], (type(panel).__name__, counts)
        x0, x1 = panel.plot.vb.viewRange()[0]
        assert x0 < 0 < 80 <= x1  # and the range shown is the new one (0 .. step 80, padded)


def test_colour_bar_shows_the_map_levels_and_colours_its_image(qtbot):
    panel = MapPanel(th.LIGHT)
    qtbot.addWidget(panel)
    data = np.linspace(-3.0, 3.0, 36).reshape(6, 6)
    panel.set_map(data, (-4.0, 4.0))
    bar = panel.colorbar
    assert bar.levels() == (-4.0, 4.0)
    assert tuple(panel.image.levels) == (-4.0, 4.0)
    assert bar.axis.range == [-4.0, 4.0]
    assert bar.axis._tickLevels == colorbar_ticks(-4.0, 4.0)
    # The bar's pixels are the colormap's, bottom (low) to top (high), as the image's colours.
    lut = th.colormap(panel.cmap).getLookupTable(nPts=256, alpha=True)
    bar_image = bar.bar.pixmap().toImage()
    assert (bar_image.width(), bar_image.height()) == (1, 256)
    for row in (0, 128, 255):
        colour = bar_image.pixelColor(0, row)
        assert (colour.red(), colour.green(), colour.blue()) == tuple(int(v) for v in lut[row][:3])
    panel.set_colormap(th.GRAY)
    assert panel.image.lut is not None and tuple(panel.image.lut[-1][:3]) == (255, 255, 255)


def test_grid_on_a_view_box_reads_its_cells_on_hover(qtbot):
    grid = GridPanel()
    qtbot.addWidget(grid)
    grid.resize(300, 300)
    grid.show()
    qtbot.waitExposed(grid)
    grid.set_values(np.arange(9.0).reshape(3, 3) - 4, level=4.0)
    QtWidgets.QApplication.processEvents()
    hovered = []
    grid.cell_hovered.connect(lambda r, c: hovered.append((r, c)))
    scene = grid.plot.vb.mapViewToScene(QtCore.QPointF(2.5, 1.5))  # column 2, row 1
    grid._mouse_moved(scene)
    assert hovered == [(1, 2)]
    assert grid.cell_texts()[1][2] == grid.format(1.0)
