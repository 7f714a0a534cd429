"""A map's colour bar: the colormap as a bar framed by three plain axes, its values on the right.

It looks as pyqtgraph's ColorBarItem (non-interactive, vertical) does, laid out on the same grid a
PlotItem uses, but builds only what it shows: a ColorBarItem is a whole PlotItem with a plot-options
menu of some 40 widgets, buttons and a title, half the cost of a map panel when the window opens.
"""

from __future__ import annotations

import weakref

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from cnnviz.app.panels.bare_plot import grid_axis, plot_item_grid

# Where a PlotItem puts its axes and view box on its grid (row, column); row 0 is its (hidden) title.
_AXES = (("top", (1, 1)), ("bottom", (3, 1)), ("left", (2, 0)), ("right", (2, 2)))


class ColorBar(pg.GraphicsWidget):
    """setImageItem(image, insert_in=plot) puts the bar right of plot's right-hand axis and colours
    image with its colormap and levels; setLevels and setColorMap change both."""

    def __init__(self, values: tuple[float, float] = (0.0, 1.0), colorMap: pg.ColorMap | None = None,
                 width: int = 25):
        super().__init__()
        grid, self.vb = plot_item_grid(self)
        self.layout = grid  # as a PlotItem's
        self.vb.setMouseEnabled(x=False, y=False)
        self.vb.setRange(xRange=(0, 1), yRange=(0, 256), padding=0)
        grid.setColumnFixedWidth(1, width)
        self.axes = {}
        for name, pos in _AXES:
            axis = grid_axis(self, grid, self.vb, name, pos)
            axis.enableAutoSIPrefix(False)  # no label: nothing to re-typeset at each change of range
            self.axes[name] = axis
            if name != "right":  # the other three only frame the bar
                axis.setTicks([])
                axis.setStyle(showValues=False)
        self.axis = self.axes["right"]
        self.axis.setWidth(45)
        self.axis.unlinkFromView()
        self.values = tuple(values)
        self.axis.setRange(*self.values)
        self.bar = QtWidgets.QGraphicsPixmapItem()
        self.bar.setShapeMode(QtWidgets.QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.vb.addItem(self.bar)
        self._images: list[weakref.ref] = []
        self._colormap = None
        if colorMap is not None:
            self.setColorMap(colorMap)

    def setImageItem(self, image: pg.ImageItem, insert_in: pg.PlotItem | None = None) -> None:
        self._images = [weakref.ref(image)]
        if insert_in is not None:
            insert_in.layout.addItem(self, 2, 5)  # after the plot's right-hand axis
            insert_in.layout.setColumnFixedWidth(4, 5)  # a little room after that axis
        self._update_images(colormap=True)

    def setColorMap(self, colormap: pg.ColorMap) -> None:
        self._colormap = colormap
        lut = np.expand_dims(colormap.getLookupTable(nPts=256, alpha=True), axis=1)
        image = pg.functions.ndarray_to_qimage(lut, QtGui.QImage.Format.Format_RGBA8888)
        self.bar.setPixmap(QtGui.QPixmap.fromImage(image))
        self._update_images(colormap=True)

    def colorMap(self) -> pg.ColorMap | None:
        return self._colormap

    def setLevels(self, values: tuple[float, float]) -> None:
        self.values = tuple(values)
        self._update_images()

    def levels(self) -> tuple[float, float]:
        return self.values

    def _update_images(self, colormap: bool = False) -> None:
        self.axis.setRange(*self.values)
        for ref in self._images:
            image = ref()
            if image is None:
                continue
            image.setLevels(self.values)
            if colormap and self._colormap is not None:
                image.setColorMap(self._colormap)
