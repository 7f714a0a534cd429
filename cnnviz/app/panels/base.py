"""What every panel shares: a title in the lesson's words, a pyqtgraph view, a footer line.

MapPanel draws one 2-D map (an image or a 30x30 map) with a colour bar and hover values;
GridPanel draws a 3x3 grid of numbers (the filter, the gradient buffer).
"""

from __future__ import annotations

import contextlib
import math
from typing import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz import numbers
from cnnviz.i18n import translate
from cnnviz.app import theme as th
from cnnviz.app.panels.colorbar import ColorBar
from cnnviz.app.panels.bare_plot import BarePlot


class Panel(QtWidgets.QFrame):
    """A titled frame around a pyqtgraph GraphicsLayoutWidget, with a one-line footer."""

    key = "panel"  # stable name used by exports and settings
    title = ""
    explanation = ""  # marked QT_TRANSLATE_NOOP(context, ...) in the panel's module
    context = "Panel"  # the translation context of the panel's module

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.setObjectName(self.key)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        explanation = translate(self.context, self.explanation) if self.explanation else ""
        self.title_label = QtWidgets.QLabel(translate(self.context, self.title) if self.title else "")
        self.title_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.title_label.setToolTip(explanation)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        # Long titles wrap instead of widening their column.
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.title_label.setMinimumWidth(60)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(theme.background)
        self.view.setToolTip(explanation)
        self.footer = QtWidgets.QLabel(" ")
        self.footer.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.footer.setWordWrap(True)  # a narrow panel at presenter size: two lines, not cut
        self.footer.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.footer)
        self.apply_theme(theme)

    def hasHeightForWidth(self) -> bool:
        # The wrapped title is fitted inside the panel. Asked for a height at its width, the panel
        # would answer with its full size hint, and a grid of such panels that does not fit shares
        # the room out evenly (ignoring row stretch and the step-through's minimum height).
        return False

    def apply_theme(self, theme: th.Theme) -> None:
        self.theme = theme
        self.setStyleSheet(
            f"QFrame#{self.key} {{ background: {theme.background}; border: 1px solid {theme.panel}; }}"
            f" QLabel {{ color: {theme.foreground}; background: transparent; }}"
            f" QFrame#{self.key}:focus {{ border: 3px solid {theme.accent}; }}"  # reached by Tab: visible
        )
        self.view.setBackground(theme.background)

    def set_title(self, text: str) -> None:
        self.title_label.setText(text)

    def set_explanation(self, text: str) -> None:
        """The tooltip, for a lesson whose layer changes what it says (e.g. the filter's size)."""
        if text != self.title_label.toolTip():
            self.title_label.setToolTip(text)
            self.view.setToolTip(text)

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
            if isinstance(item, (pg.PlotItem, BarePlot)):
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
    for name in ("top", "right"):  # hidden, never labelled: no SI prefix (pyqtgraph would re-typeset
        if name in plot.axes:  # their empty label's HTML at every change of range); a BarePlot has none
            plot.getAxis(name).enableAutoSIPrefix(False)


def step_plot(view: pg.GraphicsLayoutWidget, theme: th.Theme) -> BarePlot:
    """A plot over training steps (loss, weights): no grid (costly to repaint), plain step numbers."""
    plot = BarePlot()  # no context menus, buttons or hidden axes built
    view.addItem(plot)
    plot.setLabel("bottom", translate("Panel", "step"))
    plot.getAxis("bottom").enableAutoSIPrefix(False)
    plot.hideButtons()
    style_plot(plot, theme)
    return plot


def set_view_range(plot: pg.PlotItem, x: tuple[float, float], y: tuple[float, float], padding: float = 0.02) -> None:
    """Show x by y on plot now. pyqtgraph would move the view to a new range while painting it,
    which repaints the whole plot a second time (every curve stroked twice per frame)."""
    plot.setRange(xRange=x, yRange=y, padding=padding)
    plot.vb.updateMatrix()


def fit_aspect(panel: Panel, low: float, high: float, top: float = 0.0) -> None:
    """Keep panel.plot's view box between width/height ratios low and high by giving the rest of
    the room to margins around the plot (axes and colour bar stay beside the view box).
    top: a margin always kept above the plot (room for the top tick labels' upper half)."""
    if getattr(panel, "_fitting", False):
        return
    vb = panel.plot.vb
    mx, my = getattr(panel, "_fit_margins", (0.0, 0.0))
    old_top = getattr(panel, "_fit_top", 0.0)
    # The room without the margins: the view's size less what is not the view box or a margin
    # (axes, colour bar). Measured from the view, not the view box alone: margins from a taller
    # moment can hold the layout taller than the view (cut off at the bottom), the box unchanged.
    ci = panel.view.ci.geometry()
    width = panel.view.width() - (ci.width() - vb.width() - 2 * mx)
    height = panel.view.height() - (ci.height() - vb.height() - 2 * my - old_top) - top
    # While the layout settles, the view box's size can be stale and two fits can chase each other
    # forever (seen at 1920x1080 in presenter mode): a few fits per size of the view, then it stays.
    size = (panel.view.width(), panel.view.height(), top)
    count = panel._fit_count + 1 if getattr(panel, "_fit_size", None) == size else 1
    panel._fit_size, panel._fit_count = size, count
    if count > 12:
        return
    if width <= 0 or height <= 0:
        return
    new = (0.0, 0.0)
    if width / height > high:
        new = ((width - height * high) / 2, 0.0)
    elif width / height < low:
        new = (0.0, (height - width / low) / 2)
    if abs(new[0] - mx) < 1 and abs(new[1] - my) < 1 and top == old_top:
        return
    panel._fitting = True
    try:
        panel._fit_margins, panel._fit_top = new, top
        panel.view.ci.layout.setContentsMargins(new[0], new[1] + top, new[0], new[1])
    finally:
        panel._fitting = False


def _base_px() -> float:
    """The application's text size in pixels (the point size as the screen shows it)."""
    font = QtWidgets.QApplication.font()
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def colorbar_ticks(low: float, high: float, count: int = 5) -> list[list[tuple[float, str]]]:
    """`count` labelled ticks (5: ends, quarters, middle; 3: ends and middle; 2: the ends) for a
    colour bar on low..high, written in one precision, whatever the range (a colour bar of
    +-2e-12 still reads -2.0e-12 ... 2.0e-12)."""
    step = (high - low) / (count - 1)
    values = [low + i * step for i in range(count)]
    if count % 2:
        values[count // 2] = 0.0 if low == -high else values[count // 2]  # an exact 0 in the middle of a signed scale
    return [[(v, numbers.axis_label(v, (high - low) / 4)) for v in values], []]


def colorbar_tick_count(height_px: float, font_px: float) -> int:
    """As many of 5, 3 or 2 ticks as fit on a colour bar height_px tall, about two text lines apart
    (a short map, e.g. a colour image's R | G | B strip, would print its labels over each other)."""
    room = height_px / (1.6 * max(font_px, 1.0))
    return 5 if room >= 5 else 3 if room >= 3 else 2


def log_axis_ticks(low: float, high: float, height_px: float, font_px: float) -> list[list[tuple[float, str]]]:
    """Labelled ticks for a log10 axis showing low..high (log10 units) on height_px pixels, never
    closer than about two text lines: whole decades (every 2nd, 5th, ... when many), or, when
    the range is under a decade or two, three plain values inside it."""
    room = max(2, int(height_px / (2.2 * max(font_px, 1.0))))
    first, last = math.ceil(low), math.floor(high)
    if last - first + 1 >= 2:
        every = max(1, math.ceil((last - first + 1) / room))
        return [[(float(d), f"{10.0 ** d:g}") for d in range(first, last + 1) if d % every == 0 or every == 1], []]
    lo, hi = 10.0 ** low, 10.0 ** high
    values = [lo + (hi - lo) * f for f in (0.1, 0.5, 0.9)][: max(2, min(3, room))]
    return [[(math.log10(v), f"{v:.2g}") for v in values], []]


def set_log_ticks(plot: pg.PlotItem, low: float, high: float) -> None:
    """log_axis_ticks on plot's left axis, for its current height and tick font."""
    axis = plot.getAxis("left")
    font = axis.style.get("tickFont") or QtWidgets.QApplication.font()
    font_px = QtGui.QFontMetricsF(font).height()
    axis.setTicks(log_axis_ticks(low, high, plot.vb.height() or 100, font_px))

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


def block_mean(values: np.ndarray, factor: int) -> np.ndarray:
    """values (H, W) averaged over factor x factor blocks: (ceil(H/f), ceil(W/f)); the last row and
    column of blocks average the cells that remain. About 4 ms for 1024x1024. Sums past the largest
    float become inf (drawable() then draws them as the largest float). RGB (H, W, 3): per channel."""
    h, w = values.shape[:2]
    rows, cols = np.arange(0, h, factor), np.arange(0, w, factor)
    with np.errstate(over="ignore", invalid="ignore"):
        sums = np.add.reduceat(np.add.reduceat(values, rows, axis=0), cols, axis=1)
    counts = np.outer(np.diff(rows, append=h), np.diff(cols, append=w))
    return sums / counts.reshape(counts.shape + (1,) * (values.ndim - 2))


def _same_array(a: np.ndarray, b: np.ndarray | None) -> bool:
    """True if a is a read-only view of exactly the memory b views (which b keeps alive)."""
    return (b is not None and not a.flags.writeable and a.shape == b.shape and a.strides == b.strides
            and a.__array_interface__["data"][0] == b.__array_interface__["data"][0])


class MapPanel(Panel):
    """A 2-D map with a colour bar; hovering a cell shows its value and emits cell_hovered."""

    cell_hovered = QtCore.Signal(int, int)  # (row, col), (-1, -1) when the mouse leaves
    cmap = th.DIVERGING
    symmetric = True  # signed quantity: zero-centred levels
    origin = 0  # the map's first row and column are drawn at -origin (the input's zero padding)

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.data: np.ndarray | None = None
        self._levels: tuple[float, float] | None = None
        self.sticky = th.StickyLevel()
        self.plot = BarePlot()  # a PlotItem's look without its menus, buttons and hidden axes
        self.view.addItem(self.plot)
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)  # row 0 at the top, like the image
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        style_plot(self.plot, theme)
        for name in ("left", "bottom"):
            # Ticks outside the map: redrawing the map then does not repaint the axes.
            self.plot.getAxis(name).setStyle(tickLength=4)
            # Pixel numbers, no axis label: no SI prefix to work out (pyqtgraph would re-typeset the
            # hidden label on every change of range).
            self.plot.getAxis(name).enableAutoSIPrefix(False)
        # A map larger than its place on screen (a native-size image, up to 1024x1024) is drawn at
        # the screen's resolution, not pixel by pixel (see display_factor); exports draw every pixel.
        self.image = pg.ImageItem(axisOrder="row-major")
        self.full_resolution = False
        self._shown_factor = 1
        self.plot.addItem(self.image)
        self.colorbar = ColorBar(values=(-1, 1), colorMap=th.colormap(self.cmap), width=14)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        self.colorbar.axis.enableAutoSIPrefix(False)
        self.colorbar.axis.setTextPen(pg.mkPen(theme.foreground))  # its labels: numbers a class reads
        # The current position: a thick outline in the accent colour over a dark halo, so it
        # shows on light and saturated cells alike, from the back of a room.
        self.marker_halo = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.marker = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        for item, z in ((self.marker_halo, 10), (self.marker, 11)):
            item.setZValue(z)
            item.setVisible(False)
            self.plot.addItem(item)
        self._style_marker()
        self._hovered = (-1, -1)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.vb.sigResized.connect(self._fit_aspect)

    MARKER_PX = 4  # the outline's width on screen (times the font scale)

    def _style_marker(self) -> None:
        width = self.MARKER_PX * self.font_scale
        for item, colour, w in ((self.marker_halo, "#000000", width + 3), (self.marker, self.theme.accent, width)):
            pen = pg.mkPen(colour, width=w)
            pen.setCosmetic(True)  # screen pixels whatever the map's size
            pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
            item.setPen(pen)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_aspect()  # a smaller panel whose margins hold its view box: fit to the new room

    def _fit_aspect(self, *_) -> None:
        """Give the view box the map's aspect ratio (margins take the rest), so the axes end at
        the map's edges instead of running on past an aspect-locked image (e.g. -20 to 40).
        A resized map is shown again at its new screen resolution."""
        if self.data is not None and self.display_factor() != self._shown_factor:
            self._show_image()
        if self.data is not None and self.data.ndim >= 2:  # (rows, cols) or RGB (rows, cols, 3)
            aspect = self.data.shape[1] / self.data.shape[0]
            # The labels at the top edge (row 0, the colour bar's maximum) are centred on it.
            font = self.plot.getAxis("left").style.get("tickFont") or QtWidgets.QApplication.font()
            fit_aspect(self, aspect, aspect, top=math.ceil(QtGui.QFontMetricsF(font).height() / 2))
            self._set_colorbar_ticks()

    _tick_key = None  # (levels, count) the colour bar's ticks were made for
    has_colorbar = True  # False: a map compared by eye with others on one scale (the comparison's test)

    def _set_colorbar_ticks(self) -> None:
        """The colour bar's ticks for its levels, as many as its height has room for."""
        if self._levels is None:
            return
        font = self.colorbar.axis.style.get("tickFont") or QtWidgets.QApplication.font()
        height = self.plot.vb.height() or 200  # not laid out yet: as a usual map
        key = (self._levels, colorbar_tick_count(height, QtGui.QFontMetricsF(font).height()))
        if key != self._tick_key:
            self._tick_key = key
            self.colorbar.axis.setTicks(colorbar_ticks(*key[0], key[1]))

    def set_font_scale(self, scale: float) -> None:
        super().set_font_scale(scale)
        tick = QtGui.QFont()
        tick.setPointSizeF(QtWidgets.QApplication.font().pointSizeF() * scale)
        self.colorbar.axis.setStyle(tickFont=tick)
        self._fit_colorbar_labels()
        self._style_marker()
        self._fit_aspect()  # larger tick labels need more room above the map

    def _fit_colorbar_labels(self) -> None:
        """Widen the colour bar's axis to its longest label (pyqtgraph fixes it at 45 px and then
        silently drops labels such as -0.0010 that do not fit)."""
        axis = self.colorbar.axis
        if self._levels is None:
            return
        font = axis.style.get("tickFont") or QtGui.QFont()
        metrics = QtGui.QFontMetricsF(font)
        widest = max(metrics.horizontalAdvance(label) for _, label in colorbar_ticks(*self._levels)[0])
        axis.setWidth(int(widest + 14))

    def mark_cell(self, row: int | None, col: int | None = None, k: int = 1) -> None:
        """Outline a k x k block of cells at (row, col) (thick, visible from the back of a room);
        None hides the outline."""
        for item in (self.marker_halo, self.marker):
            if row is None:
                item.setVisible(False)
            else:
                item.setRect(col, row, k, k)
                item.setVisible(True)

    def set_map(self, data: np.ndarray, levels: tuple[float, float] | None = None) -> None:
        """Draw data (rows, cols) with explicit levels (default: this panel's own policy)."""
        if _same_array(data, self.data) and (levels is None or levels == self._levels):
            return  # snapshots share unchanged arrays (the image, the target): nothing to repaint
        self.data = data
        if levels is None:
            levels = self.default_levels(data)
        levels = drawable_levels(*levels)
        shape_changed = self._shape != data.shape
        self._shape = data.shape
        self._show_image(levels)
        if levels != self._levels:
            self.colorbar.setLevels(values=levels)
            self._levels = levels
            self._tick_key = None
            self._set_colorbar_ticks()
            self._fit_colorbar_labels()
        if shape_changed:  # a new range repaints the axes: only when the map's size changes
            rgb = data.ndim == 3  # a colour image shows its own colours: no scale to read them on
            self.colorbar.setVisible(self.has_colorbar and not rgb)
            self.colorbar.setMaximumWidth(0 if rgb or not self.has_colorbar else 1e6)
            o = self.origin
            self.plot.setRange(xRange=(-o, data.shape[1] - o), yRange=(-o, data.shape[0] - o), padding=0)
            self._fit_aspect()
        if self._hovered != (-1, -1):
            self._show_hover(*self._hovered)

    _shape: tuple[int, ...] | None = None
    _rect_for: tuple | None = None

    def display_factor(self) -> int:
        """Cells per screen pixel (whole, at least 1) of the map as its view box shows it: 1 when the
        map fits, or before the panel is laid out, or for an export (full_resolution)."""
        if self.data is None or self.full_resolution:
            return 1
        ratio = self.devicePixelRatioF()
        width, height = self.plot.vb.width() * ratio, self.plot.vb.height() * ratio
        if width < 1 or height < 1:
            return 1
        return max(1, int(min(self.data.shape[0] / height, self.data.shape[1] / width)))

    def _show_image(self, levels: tuple[float, float] | None = None) -> None:
        """Put the map on the image item, block-averaged to the screen's resolution if larger
        (display only: self.data and the hover values keep every cell)."""
        factor = self.display_factor()
        shown = drawable(self.data) if factor == 1 else drawable(block_mean(drawable(self.data), factor))
        self.image.setImage(shown, levels=levels or self._levels, autoLevels=False)
        if (self.data.shape, shown.shape, self.origin) != self._rect_for:  # the item spans the map's cells, always
            o = self.origin  # from -origin: the input's border of zeros lies outside the image's pixels
            self.image.setRect(QtCore.QRectF(-o, -o, self.data.shape[1], self.data.shape[0]))
            self._rect_for = (self.data.shape, shown.shape, o)
        self._shown_factor = factor

    def set_full_resolution(self, on: bool) -> None:
        """Draw every cell (an export), or at the screen's resolution again."""
        self.full_resolution = on
        if self.data is not None and self.display_factor() != self._shown_factor:
            self._show_image()

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
        o = self.origin  # hovering reads the image's own pixels, not its border of zeros
        if not (inside and 0 <= row < self.data.shape[0] - 2 * o and 0 <= col < self.data.shape[1] - 2 * o):
            row, col = -1, -1
        if (row, col) != self._hovered:
            self._hovered = (row, col)
            self._show_hover(row, col)
            self.cell_hovered.emit(row, col)

    def _show_hover(self, row: int, col: int) -> None:
        if row < 0 or self.data is None:
            self.footer.setText(self.idle_footer())
        else:
            self.footer.setText(translate("Panel", "row {row}, col {col}: <b>{value}</b>").format(
                row=row, col=col, value=self.value_text(row, col)))

    def value_text(self, row: int, col: int) -> str:
        """Cell (row, col) in the map's one precision (from its largest value)."""
        return numbers.panel_formatter(self.data)(float(self.data[row + self.origin, col + self.origin]))

    def idle_footer(self) -> str:
        hint = translate("Panel", "hover a cell to read its value")
        return f"<span style='color:{self.theme.muted}'>{hint}</span>"

    def hover_cell(self, row: int, col: int) -> None:
        """What hovering cell (row, col) shows (its value in the footer, cell_hovered), for the
        keyboard's focused cell; (-1, -1) as when the mouse leaves."""
        if (row, col) != self._hovered:
            self._hovered = (row, col)
            self._show_hover(row, col)
            self.cell_hovered.emit(row, col)

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        if self._hovered != (-1, -1):
            self._hovered = (-1, -1)
            self._show_hover(-1, -1)
            self.cell_hovered.emit(-1, -1)
        super().leaveEvent(event)


@contextlib.contextmanager
def full_resolution(widget: QtWidgets.QWidget) -> Iterator[None]:
    """Every map in widget drawn cell for cell (for an export), then as on screen again."""
    maps = {m: m.full_resolution for m in [widget, *widget.findChildren(MapPanel)] if isinstance(m, MapPanel)}
    for m in maps:
        m.set_full_resolution(True)
    try:
        yield
    finally:
        for m, was in maps.items():
            m.set_full_resolution(was)


class GridPanel(Panel):
    """A k x k grid of coloured cells with their values written in them (few cells only); a
    (C, k, k) filter is C such grids labelled R, G, B (set_values reshapes it), side by side in
    a wide panel, one under the other in a tall one: whichever writes the larger numbers."""

    cell_hovered = QtCore.Signal(int, int)
    cmap_name = th.DIVERGING
    symmetric = True  # signed values on +-level; else 0..level (pixel values)
    GAP = 0.3  # cells between the channels' grids
    LABEL = 0.8  # cells of room for the R, G, B labels (above the grids, or left of them)

    def __init__(self, theme: th.Theme = th.DARK, parent=None, k: int = 3):
        super().__init__(theme, parent)
        self.cmap = th.colormap(self.cmap_name)
        self.level = 1.0
        # A bare view box, not a PlotItem: a grid has no axes, buttons or context menu, and a
        # PlotItem builds all of them (a third of the panel's cost when the window opens).
        self.plot = self.view.addViewBox(enableMenu=False)
        self.plot.vb = self.plot  # what fit_aspect and the tests read, as on the map panels' plots
        self.plot.invertY(True)  # not aspect-locked: cells may be wider than tall (fit_aspect)
        self.plot.setMouseEnabled(x=False, y=False)
        self.shape: tuple[int, ...] = ()
        self._items: list = []
        self._build((k, k))
        self._font_px = 0
        self._hovered = (-1, -1)
        self._idle_footer: str | None = None  # the footer under a hover read-out
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.vb.sigResized.connect(self._fit_text)

    @property
    def channels(self) -> int:
        return self.shape[0] if len(self.shape) == 3 else 1

    down = False  # the channels' grids one under the other (else side by side)
    hovered_channel = -1

    def _corner(self, channel: int) -> tuple[float, float]:
        """(x, y) of channel's top-left cell."""
        step = channel * (self.k + self.GAP)
        return (0.0, step) if self.down else (step, 0.0)

    def _extent(self, down: bool | None = None) -> tuple[float, float]:
        """(columns, rows) the grids and their labels take."""
        down = self.down if down is None else down
        long = self.channels * self.k + (self.channels - 1) * self.GAP
        label = self.LABEL if self.channels > 1 else 0.0
        return (self.k + label, long) if down else (long, self.k + label)

    def _place(self) -> None:
        """Put every cell, number, frame and label where the arrangement (self.down) says."""
        k = self.k
        self._unplaced = any(image.image is None for image in self.images)  # set_values places those
        for ch, image in enumerate(self.images):
            if image.image is not None:  # placed after setImage: the rectangle scales the image
                image.setRect(QtCore.QRectF(*self._corner(ch), k, k))
        for ch, label in enumerate(self.channel_labels):
            x, y = self._corner(ch)
            label.setAnchor((1.0, 0.5) if self.down else (0.5, 1.0))
            label.setPos(*((x - 0.1, y + k / 2) if self.down else (x + k / 2, y - 0.05)))
        for (ch, r, c), t, frame in zip(np.ndindex(self.channels, k, k), self._flat_text, self.frames):
            x, y = self._corner(ch)
            t.setPos(x + c + 0.5, y + r + 0.5)
            frame.setRect(x + c + 0.04, y + r + 0.04, 0.92, 0.92)
        columns, rows = self._extent()
        label = self.LABEL if self.channels > 1 else 0.0
        x0, y0 = (-label, 0.0) if self.down else (0.0, -label)
        self.plot.setRange(xRange=(x0, x0 + columns), yRange=(y0, y0 + rows), padding=0)

    def _arrange(self) -> None:
        """Side by side or one under the other, for the larger numbers in the panel's room."""
        if self.channels == 1:
            return
        mx, my = getattr(self, "_fit_margins", (0.0, 0.0))
        width, height = self.plot.vb.width() + 2 * mx, self.plot.vb.height() + 2 * my
        if width <= 0 or height <= 0:
            return

        def number_px(down: bool) -> float:  # a 6-character number is about 4 text sizes wide
            columns, rows = self._extent(down)
            cell_height = height / rows
            return min(min(width / columns, self.cell_aspect * cell_height) / 4, 0.6 * cell_height)

        down = number_px(True) > number_px(False)
        if down != self.down:
            self.down = down
            self._place()

    def _build(self, shape: tuple[int, ...]) -> None:
        """(Re)create the cells for values of this shape: (k, k), or (C, k, k) side by side."""
        for item in self._items:
            self.plot.removeItem(item)
        self.shape, self.k = tuple(shape), shape[-1]
        k, channels = self.k, self.channels
        self.values = np.zeros(shape)
        self.images, self.frames, self.channel_labels, texts = [], [], [], []
        for ch in range(channels):
            image = pg.ImageItem(axisOrder="row-major")
            image.setColorMap(self.cmap)
            self.plot.addItem(image)
            self.images.append(image)
            if channels > 1:  # R, G, B beside their grids
                label = pg.TextItem("RGB"[ch] if channels == 3 else str(ch), anchor=(0.5, 1.0), color=self.theme.foreground)
                self.plot.addItem(label)
                self.channel_labels.append(label)
            grid = []
            for r in range(k):
                row = []
                for c in range(k):
                    t = pg.TextItem("", anchor=(0.5, 0.5))
                    self.plot.addItem(t)
                    row.append(t)
                grid.append(row)
            texts.append(grid)
        for _ in np.ndindex(*shape):
            rect = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
            rect.setPen(pg.mkPen(self.theme.accent, width=3))
            rect.setVisible(False)
            self.plot.addItem(rect)
            self.frames.append(rect)
        # Nested like the values: rows of a (k, k) grid, or C such grids.
        self.cell_text: list = texts if channels > 1 else texts[0]
        self._flat_text = [t for grid in texts for row in grid for t in row]
        self._items = self.images + self.channel_labels + self._flat_text + self.frames
        self.highlight = np.zeros(shape, dtype=bool)
        self.numbers_hidden = False
        self.down = False
        self._place()
        self._arrange()
        self._font_px = 0

    CELL_TEXT = 1.15  # cell numbers: a little larger than the panel's other text (they are the lesson)

    MAX_CELL_ASPECT = 2.0  # cells up to twice as wide as tall: a short, wide panel keeps large numbers

    @property
    def cell_aspect(self) -> float:
        """The widest cell (width / height): colour grids one under the other have short cells,
        which may be wider so that their numbers fit."""
        return 3.0 if self.channels > 1 else self.MAX_CELL_ASPECT

    def _fit_text(self, *_) -> None:
        """One font size for every cell: the text size times the font scale (presenter mode), as
        long as the widest number fits in 90% of a cell; smaller only where the cell is too small."""
        self._arrange()
        columns, rows = self._extent()
        # never taller margins: a narrow column keeps its cells
        fit_aspect(self, 0.0, self.cell_aspect * columns / rows)
        rect = self.plot.vb.sceneBoundingRect()
        cell, cell_height = rect.width() / columns, rect.height() / rows
        widest = max([len(t.toPlainText()) for t in self._flat_text] + [1])
        sample = "0" * widest
        px = max(8, round(_base_px() * self.CELL_TEXT * self.font_scale))
        font = QtGui.QFont()
        font.setBold(True)
        while True:
            font.setPixelSize(px)
            fits = QtGui.QFontMetricsF(font).horizontalAdvance(sample) <= 0.9 * cell and px <= 0.6 * cell_height
            if fits or cell <= 0 or px <= 8:
                break
            px -= 1
        # A big filter (5x5x3: 15 numbers across) in a small panel: no numbers rather than
        # overlapping ones; hovering a cell reads it in the footer (the classroom's 3x3 always writes them).
        hidden = not fits and cell > 0 and self.shape != (3, 3)
        if hidden != self.numbers_hidden:
            self.numbers_hidden = hidden
            for t in self._flat_text:
                t.setVisible(not hidden)
        if px != self._font_px:
            self._font_px = px
            font.setPixelSize(px)
            for t in self._flat_text:
                t.setFont(font)
            for label in self.channel_labels:
                label.setFont(font)

    def set_font_scale(self, scale: float) -> None:
        super().set_font_scale(scale)
        self._font_px = 0
        self._fit_text()

    def set_values(self, values: np.ndarray, level: float, highlight: np.ndarray | None = None,
                   also=None) -> None:
        """Colour each cell on the scale +-level (or 0..level) and write its value in it.
        values (k, k), or (C, k, k): C grids side by side (the grids are rebuilt for a new shape).

        also: values shown beside the grid (the bias): they choose the panel's precision too
        and are written with self.format."""
        values = np.array(values, dtype=float)
        if values.shape != self.shape:
            self._build(values.shape)
        self.values = values
        low, level = drawable_levels(-level if self.symmetric else 0.0, level)
        self.level = level
        for ch, (image, channel) in enumerate(zip(self.images, values.reshape(-1, self.k, self.k))):
            image.setImage(drawable(channel), levels=(low, level), autoLevels=False)
            if self._unplaced:  # once, after the first setImage (the rectangle scales the image)
                image.setRect(QtCore.QRectF(*self._corner(ch), self.k, self.k))
        self._unplaced = False
        lut = self.cmap.getLookupTable(0.0, 1.0, 256, alpha=False)
        # One precision for the panel (its footer too: the bias), from its largest value.
        self.format = numbers.panel_formatter(np.append(self.values, also if also is not None else []))
        # Each cell's colour on the scale, for all cells at once (a colour filter has 54).
        with np.errstate(invalid="ignore", over="ignore"):
            fracs = np.clip(np.nan_to_num((self.values.ravel() - low) / (level - low), nan=0.5), 0, 1)
        cell_rgb = lut[np.rint(fracs * 255).astype(int), :3]
        for v, (red, green, blue), item in zip(self.values.ravel(), cell_rgb, self._flat_text):
            text = self.format(v)
            if item.toPlainText() != text:
                item.setText(text)
            # Dark text on light cells, white text on saturated ones.
            colour = th.text_on(f"#{int(red):02x}{int(green):02x}{int(blue):02x}")  # >= 4.58:1
            if getattr(item, "shown_colour", None) != colour:  # unchanged: no repaint of the cell
                item.setColor(colour)
                item.shown_colour = colour
        self._fit_text()
        self.set_highlight(highlight)

    def set_highlight(self, highlight: np.ndarray | None) -> None:
        self.highlight = np.zeros(self.shape, bool) if highlight is None else np.asarray(highlight, bool)
        for idx, rect in enumerate(self.frames):
            rect.setVisible(bool(self.highlight.ravel()[idx]))

    def cell_texts(self) -> list:
        """The numbers as written in the cells, nested like the values: what a student reads."""
        return np.array([t.toPlainText() for t in self._flat_text], dtype=object).reshape(self.shape).tolist()

    def _mouse_moved(self, pos: QtCore.QPointF) -> None:
        point = self.plot.vb.mapSceneToView(pos)
        along = point.y() if self.down else point.x()
        channel = int(np.floor(along / (self.k + self.GAP)))  # the row and column inside its channel's grid
        x, y = self._corner(max(channel, 0))
        row, col = int(np.floor(point.y() - y)), int(np.floor(point.x() - x))
        inside = self.plot.vb.sceneBoundingRect().contains(pos)
        if not (inside and 0 <= channel < self.channels and 0 <= row < self.k and 0 <= col < self.k):
            row, col = -1, -1
        self.hovered_channel = channel if row >= 0 else -1  # a colour grid's R, G or B (cell_hovered has row, col)
        if self.numbers_hidden:
            self._read_out(channel if row >= 0 else -1, row, col)
        if (row, col) != self._hovered:
            self._hovered = (row, col)
            self.cell_hovered.emit(row, col)

    def hover_cell(self, channel: int, row: int, col: int) -> None:
        """What hovering a cell shows (cell_hovered; its number in the footer when the cells are too
        small to write it), for the keyboard's focused cell; row -1 as when the mouse leaves."""
        if self.numbers_hidden:
            self._read_out(channel if row >= 0 else -1, row, col)
        if (row, col) != self._hovered:
            self._hovered = (row, col)
            self.cell_hovered.emit(row, col)

    def hover_hint(self) -> str:
        """' · hover a cell for its number' when the cells are too small to write them."""
        hint = translate("Panel", "· hover a cell for its number")
        return f" <span style='color:{self.theme.muted}'>{hint}</span>" if self.numbers_hidden else ""

    def _read_out(self, channel: int, row: int, col: int) -> None:
        """The hovered cell's number in the footer, when the cells are too small to write it."""
        if row < 0:
            if self._idle_footer is not None:
                self.footer.setText(self._idle_footer)
                self._idle_footer = None
            return
        if self._idle_footer is None:
            self._idle_footer = self.footer.text()
        index = (channel, row, col) if self.channels > 1 else (row, col)
        value = self.format(self.values[index])
        if self.channels == 3:
            text = translate("Panel", "{channel}, row {row}, col {col}: <b>{value}</b>").format(
                channel="RGB"[channel], row=row, col=col, value=value)
        else:
            text = translate("Panel", "row {row}, col {col}: <b>{value}</b>").format(row=row, col=col, value=value)
        self.footer.setText(text)

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        self.hovered_channel = -1
        if self.numbers_hidden:
            self._read_out(-1, -1, -1)
        if self._hovered != (-1, -1):
            self._hovered = (-1, -1)
            self.cell_hovered.emit(-1, -1)
        super().leaveEvent(event)
