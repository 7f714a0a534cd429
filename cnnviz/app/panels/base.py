"""What every panel shares: a title in the lesson's words, a pyqtgraph view, a footer line.

MapPanel draws one 2-D map (an image or a 30x30 map) with a colour bar and hover values;
GridPanel draws a 3x3 grid of numbers (the filter, the gradient buffer).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import theme as th


class Panel(QtWidgets.QFrame):
    """A titled frame around a pyqtgraph GraphicsLayoutWidget, with a one-line footer."""

    key = "panel"  # stable name used by exports and settings
    title = ""
    explanation = ""

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.setObjectName(self.key)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        self.title_label = QtWidgets.QLabel(self.title)
        self.title_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.title_label.setToolTip(self.explanation)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        # Long titles wrap instead of widening their column.
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.title_label.setMinimumWidth(60)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(theme.background)
        self.view.setToolTip(self.explanation)
        self.footer = QtWidgets.QLabel(" ")
        self.footer.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.footer.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.footer)
        self.apply_theme(theme)

    def apply_theme(self, theme: th.Theme) -> None:
        self.theme = theme
        self.setStyleSheet(
            f"QFrame#{self.key} {{ background: {theme.background}; border: 1px solid {theme.panel}; }}"
            f" QLabel {{ color: {theme.foreground}; background: transparent; }}"
        )
        self.view.setBackground(theme.background)

    def set_title(self, text: str) -> None:
        self.title_label.setText(text)

    font_scale = 1.0

    def set_font_scale(self, scale: float) -> None:
        """Scale every text of the panel (presenter mode: 1.5x or more, readable from the back)."""
        self.font_scale = scale
        base = QtWidgets.QApplication.font().pointSizeF()
        for label in (self.title_label, self.footer):
            font = QtGui.QFont(label.font())
            font.setPointSizeF(base * scale)
            label.setFont(font)
        tick = QtGui.QFont()
        tick.setPointSizeF(base * scale)
        for item in self.view.ci.items:
            if isinstance(item, pg.PlotItem):
                for name in ("left", "bottom"):
                    item.getAxis(name).setStyle(tickFont=tick)
                    item.getAxis(name).label.setFont(tick)


    def show_snapshot(self, snap) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def style_plot(plot: pg.PlotItem, theme: th.Theme) -> None:
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.muted))
        axis.setTextPen(pg.mkPen(theme.foreground))


def step_plot(view: pg.GraphicsLayoutWidget, theme: th.Theme) -> pg.PlotItem:
    """A plot over training steps (loss, weights): no grid (costly to repaint), plain step numbers."""
    plot = view.addPlot()
    plot.showGrid(x=False, y=False)
    plot.setLabel("bottom", "step")
    plot.getAxis("bottom").enableAutoSIPrefix(False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    style_plot(plot, theme)
    return plot


def drawable(values: np.ndarray) -> np.ndarray:
    """values with NaN as 0 and +-inf as the largest floats, so pyqtgraph can colour them (the
    hover text still reads the true value). The array itself when all values are finite."""
    if np.isfinite(values).all():
        return values
    return np.nan_to_num(values, nan=0.0, posinf=np.finfo(float).max, neginf=-np.finfo(float).max)


def drawable_levels(low: float, high: float) -> tuple[float, float]:
    """Colour levels clamped to +-LEVEL_MAX with high > low: pyqtgraph divides by their span."""
    low = float(np.clip(np.nan_to_num(low, nan=0.0), -th.LEVEL_MAX, th.LEVEL_MAX))
    high = float(np.clip(np.nan_to_num(high, nan=1.0), -th.LEVEL_MAX, th.LEVEL_MAX))
    if not high - low >= th.LEVEL_MIN:  # equal or reversed: a small span around them
        pad = max(abs(low), 1.0) * 1e-6
        low, high = low - pad, low + pad
    return low, high


def _same_array(a: np.ndarray, b: np.ndarray | None) -> bool:
    """True if a is a read-only view of exactly the memory b views (which b keeps alive)."""
    return (b is not None and not a.flags.writeable and a.shape == b.shape and a.strides == b.strides
            and a.__array_interface__["data"][0] == b.__array_interface__["data"][0])


class MapPanel(Panel):
    """A 2-D map with a colour bar; hovering a cell shows its value and emits cell_hovered."""

    cell_hovered = QtCore.Signal(int, int)  # (row, col), (-1, -1) when the mouse leaves
    cmap = th.DIVERGING
    symmetric = True  # signed quantity: zero-centred levels

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.data: np.ndarray | None = None
        self._levels: tuple[float, float] | None = None
        self.sticky = th.StickyLevel()
        self.plot = self.view.addPlot()
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)  # row 0 at the top, like the image
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        style_plot(self.plot, theme)
        for name in ("left", "bottom"):
            # Ticks outside the map: redrawing the map then does not repaint the axes.
            self.plot.getAxis(name).setStyle(tickLength=4)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(-1, 1), colorMap=th.colormap(self.cmap), interactive=False,
                                        width=14, colorMapMenu=False, pen=theme.muted)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        self.marker = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.marker.setPen(pg.mkPen(theme.accent, width=2))
        self.marker.setZValue(10)
        self.marker.setVisible(False)
        self.plot.addItem(self.marker)
        self._hovered = (-1, -1)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)

    def set_font_scale(self, scale: float) -> None:
        super().set_font_scale(scale)
        tick = QtGui.QFont()
        tick.setPointSizeF(QtWidgets.QApplication.font().pointSizeF() * scale)
        self.colorbar.axis.setStyle(tickFont=tick)

    def mark_cell(self, row: int | None, col: int | None = None, k: int = 1) -> None:
        """Outline a k x k block of cells at (row, col); None hides the outline."""
        if row is None:
            self.marker.setVisible(False)
            return
        self.marker.setRect(col, row, k, k)
        self.marker.setVisible(True)

    def set_map(self, data: np.ndarray, levels: tuple[float, float] | None = None) -> None:
        """Draw data (rows, cols) with explicit levels (default: this panel's own policy)."""
        if _same_array(data, self.data) and (levels is None or levels == self._levels):
            return  # snapshots share unchanged arrays (the image, the target): nothing to repaint
        self.data = data
        if levels is None:
            levels = self.default_levels(data)
        levels = drawable_levels(*levels)
        shape_changed = self.image.image is None or self.image.image.shape != data.shape
        self.image.setImage(drawable(data), levels=levels, autoLevels=False)
        if levels != self._levels:
            self.colorbar.setLevels(values=levels)
            self._levels = levels
        if shape_changed:  # a new range repaints the axes: only when the map's size changes
            self.plot.setRange(xRange=(0, data.shape[1]), yRange=(0, data.shape[0]), padding=0.02)
        if self._hovered != (-1, -1):
            self._show_hover(*self._hovered)

    def default_levels(self, data: np.ndarray) -> tuple[float, float]:
        if self.symmetric:
            level = self.sticky.update(data)
            return (-level, level)
        return (0.0, 1.0)

    def set_colormap(self, name: str) -> None:
        self.cmap = name
        self.colorbar.setColorMap(th.colormap(name))

    def _mouse_moved(self, pos: QtCore.QPointF) -> None:
        if self.data is None:
            return
        point = self.plot.vb.mapSceneToView(pos)
        row, col = int(np.floor(point.y())), int(np.floor(point.x()))
        inside = self.plot.vb.sceneBoundingRect().contains(pos)
        if not (inside and 0 <= row < self.data.shape[0] and 0 <= col < self.data.shape[1]):
            row, col = -1, -1
        if (row, col) != self._hovered:
            self._hovered = (row, col)
            self._show_hover(row, col)
            self.cell_hovered.emit(row, col)

    def _show_hover(self, row: int, col: int) -> None:
        if row < 0 or self.data is None:
            self.footer.setText(self.idle_footer())
        else:
            self.footer.setText(f"row {row}, col {col}: <b>{th.fmt(float(self.data[row, col]))}</b>")

    def idle_footer(self) -> str:
        return f"<span style='color:{self.theme.muted}'>hover a cell to read its value</span>"

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        if self._hovered != (-1, -1):
            self._hovered = (-1, -1)
            self._show_hover(-1, -1)
            self.cell_hovered.emit(-1, -1)
        super().leaveEvent(event)


class GridPanel(Panel):
    """A k x k grid of coloured cells with their values written in them (few cells only)."""

    cell_hovered = QtCore.Signal(int, int)
    cmap_name = th.DIVERGING
    symmetric = True  # signed values on +-level; else 0..level (pixel values)

    def __init__(self, theme: th.Theme = th.DARK, parent=None, k: int = 3):
        super().__init__(theme, parent)
        self.k = k
        self.values = np.zeros((k, k))
        self.cmap = th.colormap(self.cmap_name)
        self.level = 1.0
        self.plot = self.view.addPlot()
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(self.cmap)
        self.plot.addItem(self.image)
        self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)
        self.highlight = np.zeros((k, k), dtype=bool)
        self.cell_text: list[list[pg.TextItem]] = []
        for r in range(k):
            row = []
            for c in range(k):
                t = pg.TextItem("", anchor=(0.5, 0.5))
                t.setPos(c + 0.5, r + 0.5)
                self.plot.addItem(t)
                row.append(t)
            self.cell_text.append(row)
        self.frames: list[QtWidgets.QGraphicsRectItem] = []
        for r in range(k):
            for c in range(k):
                rect = QtWidgets.QGraphicsRectItem(c + 0.04, r + 0.04, 0.92, 0.92)
                rect.setPen(pg.mkPen(theme.accent, width=3))
                rect.setVisible(False)
                self.plot.addItem(rect)
                self.frames.append(rect)
        self._font_px = 0
        self._hovered = (-1, -1)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.vb.sigResized.connect(self._fit_text)

    def _fit_text(self, *_) -> None:
        """Numbers as large as the cells allow: the widest one fills about 80% of a cell."""
        rect = self.plot.vb.sceneBoundingRect()
        cell = min(rect.width(), rect.height()) / self.k
        chars = max([5] + [len(t) for row in self.cell_texts() for t in row])
        px = int(max(8, min(30 * self.font_scale, 0.8 * cell / (0.62 * chars))))
        if px != self._font_px:
            self._font_px = px
            font = QtGui.QFont()
            font.setPixelSize(px)
            font.setBold(True)
            for row in self.cell_text:
                for t in row:
                    t.setFont(font)

    def set_font_scale(self, scale: float) -> None:
        super().set_font_scale(scale)
        self._font_px = 0
        self._fit_text()

    def set_values(self, values: np.ndarray, level: float, highlight: np.ndarray | None = None) -> None:
        """Colour each cell on the scale +-level (or 0..level) and write its value in it."""
        self.values = np.array(values, dtype=float)
        low, level = drawable_levels(-level if self.symmetric else 0.0, level)
        self.level = level
        self.image.setImage(drawable(self.values), levels=(low, level), autoLevels=False)
        lut = self.cmap.getLookupTable(0.0, 1.0, 256, alpha=False)
        for r in range(self.k):
            for c in range(self.k):
                v = self.values[r, c]
                text = th.fmt(v)
                item = self.cell_text[r][c]
                if item.toPlainText() != text:
                    item.setText(text)
                # Dark text on light cells, white text on saturated ones.
                frac = float(np.clip(np.nan_to_num((v - low) / (level - low), nan=0.5), 0, 1))
                red, green, blue = lut[int(round(frac * 255))][:3]
                light = 0.299 * red + 0.587 * green + 0.114 * blue > 140
                item.setColor("#111111" if light else "#ffffff")
        self._fit_text()
        self.set_highlight(highlight)

    def set_highlight(self, highlight: np.ndarray | None) -> None:
        self.highlight = np.zeros((self.k, self.k), bool) if highlight is None else np.asarray(highlight, bool)
        for idx, rect in enumerate(self.frames):
            rect.setVisible(bool(self.highlight.ravel()[idx]))

    def cell_texts(self) -> list[list[str]]:
        """The numbers as written in the cells: what a student reads."""
        return [[t.toPlainText() for t in row] for row in self.cell_text]

    def _mouse_moved(self, pos: QtCore.QPointF) -> None:
        point = self.plot.vb.mapSceneToView(pos)
        row, col = int(np.floor(point.y())), int(np.floor(point.x()))
        inside = self.plot.vb.sceneBoundingRect().contains(pos)
        if not (inside and 0 <= row < self.k and 0 <= col < self.k):
            row, col = -1, -1
        if (row, col) != self._hovered:
            self._hovered = (row, col)
            self.cell_hovered.emit(row, col)

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        if self._hovered != (-1, -1):
            self._hovered = (-1, -1)
            self.cell_hovered.emit(-1, -1)
        super().leaveEvent(event)
