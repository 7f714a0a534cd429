"""The untied layer's filters (or their gradients) as one mosaic: one k x k tile per position.

A 32x32 image has 30x30 positions, so the 3x3 mosaic is 90x90 cells: tile (i, j), rows 3i..3i+2
and cols 3j..3j+2, is position (i, j)'s own filter. Grid lines separate the tiles; hovering
a cell names the position and the weight (engine.untied.mosaic_cell) and shows its value.
Any k: the tiles are k x k. Colour (a C x k x k filter per position): one mosaic per channel,
R | G | B side by side on one colour scale, a tile's width apart, named under them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from cnnviz import numbers
from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.app.panels.base import MapPanel
from cnnviz.engine.untied import mosaic, mosaic_cell

CHANNEL_NAMES = "RGB"


class MosaicPanel(MapPanel):
    """tiles : (Ho, Wo, k, k), one k x k tile per position, drawn as an (Ho*k, Wo*k) map;
    (Ho, Wo, C, k, k) colour tiles as C such maps side by side, k empty columns apart."""

    key = "mosaic"
    context = "MosaicPanel"
    explanation = QT_TRANSLATE_NOOP("MosaicPanel", "The untied layer: one 3×3 filter per output position, each tile one "
                                    "position's own filter. Hover a cell to read which position and weight it is.")
    value_name = "w"  # what a cell holds, for the hover line ("w", "∂L/∂w")

    def __init__(self, theme: th.Theme = th.DARK, parent=None, k: int = 3):
        super().__init__(theme, parent)
        self.k = k
        self.channels = 1  # C: the mosaics side by side (3 for R, G, B)
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
        self._grid_shape: tuple[int, ...] | None = None  # (Ho, Wo, C, k) the lines are drawn for
        # The columns between two channels' mosaics belong to no tile: covered in the background colour.
        self.gaps = QtWidgets.QGraphicsPathItem()
        self.gaps.setPen(pg.mkPen(None))
        self.gaps.setBrush(pg.mkBrush(theme.background))
        self.gaps.setZValue(4)
        self.plot.addItem(self.gaps)
        for name in ("left", "bottom"):  # cell numbers mean little here: hovering names position and weight
            self.plot.hideAxis(name)
        self.plot.vb.sigResized.connect(self._fit_grid)

    MIN_TILE_PX = 6  # below this many screen pixels per tile the lines would hide the tiles
    down = False  # colour: the channels' mosaics one under the other (else side by side)
    AXIS_PX = 80  # the colour bar and the channels' names beside the map (about)

    def _extent(self, down: bool) -> tuple[int, int]:
        """(columns, rows) of tiles the map takes, the gaps between channels (one tile each) included."""
        ho, wo = self.tiles.shape[:2]
        along = self.channels * (ho if down else wo) + self.channels - 1
        return (wo, along) if down else (along, ho)

    def _choose_down(self) -> bool:
        """Colour: one under the other when that gives clearly (15 %) larger tiles in the panel's room
        (the view's size, which does not depend on the arrangement), else as it was."""
        width, height = self.view.width() - self.AXIS_PX, self.view.height()
        if self.channels == 1 or width <= 0 or height <= 0:
            return self.down

        def tile_px(down: bool) -> float:
            columns, rows = self._extent(down)
            return min(width / columns, height / rows)

        return not self.down if tile_px(not self.down) > 1.15 * tile_px(self.down) else self.down

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.tiles is not None and self._choose_down() != self.down:
            self.show_tiles(self.tiles, self._levels[1], self.biases)

    def _fit_grid(self, *_) -> None:
        """Show the grid lines only where the tiles are large enough on screen to keep their colour."""
        if self._grid_shape is None:
            return
        columns = self._extent(self.down)[0]
        width = self.plot.vb.width()
        tile_px = width / max(columns, 1) if width > 0 else 0
        self.grid_lines.setVisible(tile_px >= self.MIN_TILE_PX)

    def show_tiles(self, tiles: np.ndarray, level: float, biases: np.ndarray | None = None) -> None:
        """Draw tiles (Ho, Wo, k, k) or (Ho, Wo, C, k, k) on the fixed scale +-level; biases (Ho, Wo)
        are shown on hover."""
        tiles = np.asarray(tiles)
        self.tiles = tiles
        self.biases = biases
        self.k = tiles.shape[-1]
        self.channels = tiles.shape[2] if tiles.ndim == 5 else 1
        down, self.down = self.down, self._choose_down()
        self.set_map(self.arrange(tiles), (-level, level))
        shape = (*tiles.shape[:2], self.channels, self.k)
        if shape != self._grid_shape or down != self.down:
            self._draw_grid(*shape)

    def arrange(self, tiles: np.ndarray) -> np.ndarray:
        """The map drawn: engine.untied.mosaic(tiles), or for colour its channels' mosaics side by side
        with k columns of NaN (no tile) between them: (Ho*k, C*Wo*k + (C-1)*k); one under the other
        (self.down) with k rows between them."""
        m = mosaic(tiles)
        if m.ndim == 2:
            return m
        axis = 0 if self.down else 1
        gap = np.full((self.k, m.shape[2]) if self.down else (m.shape[1], self.k), np.nan)
        parts = [part for c, channel in enumerate(m) for part in ((channel,) if c == 0 else (gap, channel))]
        return np.concatenate(parts, axis=axis)

    def channel_step(self) -> int:
        """Map cells from one channel's mosaic to the next (its size and the gap), along the arrangement."""
        if self.tiles is None:
            return 0
        return (self.tiles.shape[0 if self.down else 1] + 1) * self.k

    def _draw_grid(self, ho: int, wo: int, channels: int, k: int) -> None:
        """Lines between the tiles (every k cells) of each channel's mosaic, in data coordinates; the
        gaps between the mosaics covered; the channels named beside them."""
        self._grid_shape = (ho, wo, channels, k)
        down = self.down and channels > 1
        path, gaps = QtGui.QPainterPath(), QtGui.QPainterPath()
        for ch in range(channels):
            x0, y0 = (0, ch * (ho + 1) * k) if down else (ch * (wo + 1) * k, 0)
            for i in range(1, ho):
                path.moveTo(x0, y0 + i * k)
                path.lineTo(x0 + wo * k, y0 + i * k)
            for j in range(1, wo):
                path.moveTo(x0 + j * k, y0)
                path.lineTo(x0 + j * k, y0 + ho * k)
            if ch:
                gaps.addRect(*((x0, y0 - k, wo * k, k) if down else (x0 - k, y0, k, ho * k)))
        self.grid_lines.setPath(path)
        self.gaps.setPath(gaps)
        # R, G, B beside their mosaics (the cells' numbers mean little here): under them, or left of them.
        names = [((((ho if down else wo) + 1) * ch + (ho if down else wo) / 2) * k,
                  CHANNEL_NAMES[ch] if channels == 3 else str(ch)) for ch in range(channels)]
        for name, shown in (("bottom", channels > 1 and not down), ("left", down)):
            axis = self.plot.getAxis(name)
            axis.setTicks([names, []] if shown else None)
            self.plot.showAxis(name) if shown else self.plot.hideAxis(name)
        if down:  # an empty bottom axis: room for the colour bar's lowest label under the map
            self.plot.getAxis("bottom").setTicks([[], []])
            self.plot.getAxis("bottom").setPen(pg.mkPen(None))
            self.plot.showAxis("bottom")
        else:
            self.plot.getAxis("bottom").setPen(pg.mkPen(self.theme.muted))
        self._fit_grid()

    def mark_tile(self, i: int | None, j: int | None = None) -> None:
        """Outline position (i, j)'s tile; None hides the outline."""
        if i is None:
            self.mark_cell(None)
        else:
            self.mark_cell(i * self.k, j * self.k, self.k)

    def cell(self, row: int, col: int) -> tuple[int | None, int, int, int, int] | None:
        """Map cell (row, col) -> (channel or None for grey, i, j, r, c); None in a gap between channels."""
        if self.channels == 1:
            return (None, *mosaic_cell(row, col, self.k))
        along = row if self.down else col
        channel, offset = divmod(int(along), self.channel_step())
        if offset >= self.channel_step() - self.k:
            return None
        return (channel, *mosaic_cell(offset if self.down else row, col if self.down else offset, self.k))

    def hover_text(self, row: int, col: int) -> str:
        """'position (i, j): w[r,c] = <b>v</b>, its own bias = b' for mosaic cell (row, col);
        colour: 'w[R, r,c]'. '' in a gap between channels' mosaics."""
        where = self.cell(row, col)
        if where is None:
            return ""
        channel, i, j, r, c = where
        name = f"{self.value_name}[{r},{c}]" if channel is None else \
            f"{self.value_name}[{CHANNEL_NAMES[channel] if self.channels == 3 else channel}, {r},{c}]"
        value = self.value_text(row, col)
        if self.biases is None:
            return translate("MosaicPanel", "position ({i}, {j}): {name} = <b>{value}</b>").format(
                i=i, j=j, name=name, value=value)
        bias = numbers.panel_formatter(self.biases)(float(self.biases[i, j]))
        return translate("MosaicPanel", "position ({i}, {j}): {name} = <b>{value}</b>, its own bias = {bias}").format(
            i=i, j=j, name=name, value=value, bias=bias)

    def value_text(self, row: int, col: int) -> str:
        """Cell (row, col) in the mosaic's one precision (from its largest value; the gaps' NaN left out)."""
        data = self.data if self.channels == 1 else self.tiles
        return numbers.panel_formatter(data)(float(self.data[row, col]))

    def _show_hover(self, row: int, col: int) -> None:
        if row < 0 or self.data is None:
            self.footer.setText(self.idle_footer())
        else:
            self.footer.setText(self.hover_text(row, col) or self.idle_footer())

    def idle_footer(self) -> str:
        hint = translate("MosaicPanel", "hover a tile to read its position and weight")
        return f"<span style='color:{self.theme.muted}'>{hint}</span>"

    def show_snapshot(self, snap) -> None:  # drawn by its owner from tiles, not from a snapshot
        pass
