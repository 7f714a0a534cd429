"""The untied layer's filters (or their gradients) as one mosaic: one 3x3 tile per position.

A 32x32 image has 30x30 positions, so the mosaic is 90x90 cells: tile (i, j), rows 3i..3i+2
and cols 3j..3j+2, is position (i, j)'s own filter. Grid lines separate the tiles; hovering
a cell names the position and the weight (engine.untied.mosaic_cell) and shows its value.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from cnnviz import numbers
from cnnviz.app import theme as th
from cnnviz.app.panels.base import MapPanel
from cnnviz.engine.untied import mosaic, mosaic_cell


class MosaicPanel(MapPanel):
    """tiles : (Ho, Wo, k, k), one k x k tile per position, drawn as an (Ho*k, Wo*k) map."""

    key = "mosaic"
    explanation = ("The untied layer: one 3×3 filter per output position, each tile one position's own "
                   "filter. Hover a cell to read which position and weight it is.")
    value_name = "w"  # what a cell holds, for the hover line ("w", "∂L/∂w")

    def __init__(self, theme: th.Theme = th.DARK, parent=None, k: int = 3):
        super().__init__(theme, parent)
        self.k = k
        self.tiles: np.ndarray | None = None
        self.biases: np.ndarray | None = None
        self.grid_lines = QtWidgets.QGraphicsPathItem()
        # Lines a little darker than the near-zero cells on white, the background's colour on dark.
        colour = QtGui.QColor(theme.muted if theme.name == "light" else theme.background)
        colour.setAlpha(120 if theme.name == "light" else 200)
        pen = pg.mkPen(colour, width=1)
        pen.setCosmetic(True)  # one screen pixel whatever the zoom
        self.grid_lines.setPen(pen)
        self.grid_lines.setZValue(5)
        self.plot.addItem(self.grid_lines)
        self._grid_shape: tuple[int, int] | None = None
        for name in ("left", "bottom"):  # cell numbers mean little here: hovering names position and weight
            self.plot.hideAxis(name)
        self.plot.vb.sigResized.connect(self._fit_grid)

    MIN_TILE_PX = 6  # below this many screen pixels per tile the lines would hide the tiles

    def _fit_grid(self, *_) -> None:
        """Show the grid lines only where the tiles are large enough on screen to keep their colour."""
        if self._grid_shape is None:
            return
        width = self.plot.vb.width()
        tile_px = width / max(self._grid_shape[1], 1) if width > 0 else 0
        self.grid_lines.setVisible(tile_px >= self.MIN_TILE_PX)

    def show_tiles(self, tiles: np.ndarray, level: float, biases: np.ndarray | None = None) -> None:
        """Draw tiles (Ho, Wo, k, k) on the fixed scale +-level; biases (Ho, Wo) are shown on hover."""
        self.tiles = tiles
        self.biases = biases
        self.set_map(mosaic(tiles), (-level, level))
        if tiles.shape[:2] != self._grid_shape:
            self._draw_grid(*tiles.shape[:2])

    def _draw_grid(self, ho: int, wo: int) -> None:
        """Lines between the tiles (every k cells), in data coordinates."""
        self._grid_shape = (ho, wo)
        k = self.k
        path = QtGui.QPainterPath()
        for i in range(1, ho):
            path.moveTo(0, i * k)
            path.lineTo(wo * k, i * k)
        for j in range(1, wo):
            path.moveTo(j * k, 0)
            path.lineTo(j * k, ho * k)
        self.grid_lines.setPath(path)
        self._fit_grid()

    def mark_tile(self, i: int | None, j: int | None = None) -> None:
        """Outline position (i, j)'s tile; None hides the outline."""
        if i is None:
            self.mark_cell(None)
        else:
            self.mark_cell(i * self.k, j * self.k, self.k)

    def hover_text(self, row: int, col: int) -> str:
        """'position (i, j), w[r,c] = <b>v</b> (bias b)' for mosaic cell (row, col)."""
        i, j, r, c = mosaic_cell(row, col, self.k)
        text = f"position ({i}, {j}): {self.value_name}[{r},{c}] = <b>{self.value_text(row, col)}</b>"
        if self.biases is not None:
            text += f", its own bias = {numbers.panel_formatter(self.biases)(float(self.biases[i, j]))}"
        return text

    def _show_hover(self, row: int, col: int) -> None:
        if row < 0 or self.data is None:
            self.footer.setText(self.idle_footer())
        else:
            self.footer.setText(self.hover_text(row, col))

    def idle_footer(self) -> str:
        return f"<span style='color:{self.theme.muted}'>hover a tile to read its position and weight</span>"

    def show_snapshot(self, snap) -> None:  # drawn by its owner from tiles, not from a snapshot
        pass
