"""The set of panels and how a snapshot is drawn on them, shared by the window and exports.

Panels own no training state, so a board can be rebuilt at any time (another theme, an
export at another size) and redrawn from the newest snapshot.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6 import QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.panels.buffer_panel import BufferPanel
from cnnviz.app.panels.error_panel import ErrorPanel
from cnnviz.app.panels.filter_panel import FilterPanel
from cnnviz.app.panels.input_grad_panel import InputGradPanel
from cnnviz.app.panels.input_panel import InputPanel
from cnnviz.app.panels.loss_panel import LossPanel
from cnnviz.app.panels.output_panel import OutputPanel
from cnnviz.app.panels.params_card import ParamsCard
from cnnviz.app.panels.target_panel import TargetPanel
from cnnviz.app.panels.trajectory_panel import TrajectoryPanel

PANEL_CLASSES = {cls.key: cls for cls in (
    InputPanel, TargetPanel, OutputPanel, ErrorPanel, FilterPanel, BufferPanel, InputGradPanel,
    ParamsCard, LossPanel, TrajectoryPanel)}
PANEL_NAMES = tuple(PANEL_CLASSES)
# Exports' defaults, kept here so File > Export's menu reads them without importing the exporter.
SLIDE_PANELS = ("input", "filter", "buffer", "output", "loss")  # a slide's panels, in order
FRAME_MS = 100  # an animation's frame

# The window's grid: (key, row, col, row span, col span).
WINDOW_GRID = [
    ("input", 0, 0, 1, 1), ("target", 0, 1, 1, 1), ("output", 0, 2, 1, 1), ("error", 0, 3, 1, 1),
    ("filter", 1, 0, 1, 1), ("buffer", 1, 1, 1, 1), ("input_grad", 1, 2, 1, 1), ("params", 1, 3, 1, 1),
    ("loss", 2, 0, 1, 2), ("trajectory", 2, 2, 1, 2),
]
ROW_STRETCH = (4, 3, 3)


def make_panels(theme: th.Theme, keys=PANEL_NAMES) -> dict[str, QtWidgets.QWidget]:
    return {key: PANEL_CLASSES[key](theme) for key in keys}


def make_grid(panels: dict[str, QtWidgets.QWidget], layout=WINDOW_GRID, row_stretch=ROW_STRETCH) -> QtWidgets.QWidget:
    """Lay the panels out in a grid widget (only those present in `panels`)."""
    grid = QtWidgets.QGridLayout()
    grid.setSpacing(6)
    grid.setContentsMargins(0, 0, 0, 0)
    cols = 0
    for key, row, col, rs, cs in layout:
        if key in panels:
            grid.addWidget(panels[key], row, col, rs, cs)
            cols = max(cols, col + cs)
    for r, stretch in enumerate(row_stretch):
        grid.setRowStretch(r, stretch)
    for c in range(cols):
        grid.setColumnStretch(c, 1)
    board = QtWidgets.QWidget()
    board.setObjectName("board")
    board.setLayout(grid)
    return board


def arrange(board: QtWidgets.QWidget, widgets: dict[str, QtWidgets.QWidget], cells, row_stretch, col_stretch) -> None:
    """Lay `widgets` out again on the board's grid: those in cells (key, row, col, row span, col
    span) shown there, every other one hidden (cnnviz/app/layout.py decides which fit)."""
    grid = board.layout()
    for widget in widgets.values():
        grid.removeWidget(widget)
    for r in range(grid.rowCount()):
        grid.setRowStretch(r, 0)
    for c in range(grid.columnCount()):
        grid.setColumnStretch(c, 0)
    shown = set()
    for key, row, col, rs, cs in cells:
        grid.addWidget(widgets[key], row, col, rs, cs)
        shown.add(key)
    for r, stretch in enumerate(row_stretch):
        grid.setRowStretch(r, stretch)
    for c, stretch in enumerate(col_stretch):
        grid.setColumnStretch(c, stretch)
    for key, widget in widgets.items():
        widget.setVisible(key in shown)


def shared_levels(snap) -> tuple[float, float]:
    """One colour scale for target and output: the target's range (stable while training)."""
    t = snap.target
    level = th.nice_ceiling(max(float(np.abs(t).max()), 1e-9))
    return (0.0, level) if float(t.min()) >= 0 else (-level, level)


HISTORY_PANELS = ("loss", "trajectory")


class HistoryTurns:
    """Which curve panels a frame draws. While training, each redraws at `rate` Hz and they take
    turns, one per frame, while the maps redraw every frame: a frame that strokes every curve (a
    colour filter's 28 lines and the loss) would miss the 30 Hz beat. Paused, every frame draws all."""

    def __init__(self, rate: float = 10.0, clock=time.perf_counter):
        self.interval = 1.0 / (rate * len(HISTORY_PANELS))  # between two turns
        self.clock = clock
        self._last = -math.inf
        self._turn = -1

    def skipped(self, playing: bool) -> tuple[str, ...]:
        """The history panels this frame does not draw."""
        now = self.clock()
        if not playing:
            self._last = now
            return ()
        if now - self._last < self.interval:
            return HISTORY_PANELS
        self._last = now
        self._turn = (self._turn + 1) % len(HISTORY_PANELS)
        return tuple(k for i, k in enumerate(HISTORY_PANELS) if i != self._turn)


def draw(panels: dict[str, QtWidgets.QWidget], snap, skip: tuple[str, ...] = ()) -> None:
    """Draw one snapshot on every panel present (but those in skip)."""
    levels = shared_levels(snap)
    for key, panel in panels.items():
        if key in skip:
            continue
        if key in ("target", "output"):
            panel.show_snapshot(snap, levels)
        else:
            panel.show_snapshot(snap)


def discard(old: QtWidgets.QWidget) -> None:
    """Take a replaced board off the window now. deleteLater alone leaves it a visible child at
    its old place until the event loop deletes it (never, in an offscreen script that only
    processes events): a stale copy of the panels showing wherever the new board does not
    cover it, e.g. in presenter mode's bar or under the tour's caption. Hidden, it draws nothing;
    it stays parented (setParent(None) would hand it to Python, which may delete it at once, under
    pyqtgraph's feet, while deleteLater is pending: a crash)."""
    old.hide()
    old.deleteLater()


def window_body(controls: QtWidgets.QWidget, grid: QtWidgets.QWidget):
    """The window's central widget: the control column (scrolls) beside the board.
    -> (central widget, control column's scroll area, the board's column layout)."""
    central = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(central)
    layout.setContentsMargins(6, 6, 6, 6)
    scroll = QtWidgets.QScrollArea()
    scroll.setWidget(controls)
    scroll.setWidgetResizable(True)
    scroll.setFixedWidth(290)
    scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    layout.addWidget(scroll)
    column = QtWidgets.QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(grid, stretch=1)
    layout.addLayout(column, stretch=1)
    return central, scroll, column
