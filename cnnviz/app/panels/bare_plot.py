"""A bare plot: a view box with a left and a bottom axis, laid out on the grid a PlotItem uses.

It draws what a PlotItem with hidden buttons, title and top/right axes draws (the maps, the loss
and weight curves), but builds only that: a PlotItem also builds a plot-options menu of some 40
widgets, buttons, a title and two more axes, a third of a map panel's cost when the window opens.
View-box methods (setRange, invertY, setAspectLocked, ...) are the view box's, as on a PlotItem;
setLabel, plot and setLogMode work as a PlotItem's.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtWidgets

from cnnviz.app.panels.axes import QuietAxis

_AXES = (("left", (2, 0)), ("bottom", (3, 1)))  # (row, column) on a PlotItem's grid


def plot_item_grid(widget: pg.GraphicsWidget) -> tuple[QtWidgets.QGraphicsGridLayout, pg.ViewBox]:
    """Lay `widget` out on the grid a PlotItem uses (4 rows: title, top axis, view box, bottom axis;
    3 columns: left axis, view box, right axis), so it takes the same sizes on screen; the title row
    is empty. Returns the grid and the view box at its centre."""
    widget.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
    grid = QtWidgets.QGraphicsGridLayout()
    grid.setContentsMargins(1, 1, 1, 1)
    grid.setHorizontalSpacing(0)
    grid.setVerticalSpacing(0)
    widget.setLayout(grid)
    for i in range(4):
        grid.setRowPreferredHeight(i, 0)
        grid.setRowMinimumHeight(i, 0)
        grid.setRowSpacing(i, 0)
        grid.setRowStretchFactor(i, 1)
    for i in range(3):
        grid.setColumnPreferredWidth(i, 0)
        grid.setColumnMinimumWidth(i, 0)
        grid.setColumnSpacing(i, 0)
        grid.setColumnStretchFactor(i, 1)
    grid.setRowStretchFactor(2, 100)
    grid.setColumnStretchFactor(1, 100)
    grid.setRowFixedHeight(0, 0)  # no title
    vb = pg.ViewBox(parent=widget, enableMenu=False)
    grid.addItem(vb, 2, 1)
    return grid, vb


def grid_axis(widget: pg.GraphicsWidget, grid: QtWidgets.QGraphicsGridLayout, vb: pg.ViewBox, name: str,
              pos: tuple[int, int]) -> QuietAxis:
    """An axis on plot_item_grid's grid at pos (row, column), linked to the view box, drawn as a
    PlotItem's are (above images)."""
    axis = QuietAxis(orientation=name, parent=widget)
    axis.linkToView(vb)
    grid.addItem(axis, *pos)
    axis.setZValue(0.5)
    axis.setFlag(QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
    return axis


class BarePlot(pg.GraphicsWidget):
    def __init__(self):
        super().__init__()
        grid, self.vb = plot_item_grid(self)
        self.layout = grid  # as a PlotItem's
        grid.setRowFixedHeight(1, 0)  # no top axis
        grid.setColumnFixedWidth(2, 0)  # no right axis
        self.axes = {name: {"item": grid_axis(self, grid, self.vb, name, pos), "pos": pos} for name, pos in _AXES}

    def __getattr__(self, name: str):  # setRange, invertY, setAspectLocked, ...: the view box's
        if name == "vb":
            raise AttributeError(name)
        return getattr(self.vb, name)

    def getAxis(self, name: str) -> QuietAxis:
        return self.axes[name]["item"]

    def showAxis(self, name: str, show: bool = True) -> None:
        axis = self.getAxis(name)
        axis.show() if show else axis.hide()  # not setVisible: these also give a hidden axis no room

    def hideAxis(self, name: str) -> None:
        self.showAxis(name, False)

    def setLabel(self, name: str, text: str) -> None:
        self.getAxis(name).setLabel(text=text)
        self.showAxis(name)

    _log = (False, False)  # (x, y) drawn as log10, as PlotItem.setLogMode

    def setLogMode(self, x: bool, y: bool) -> None:
        self._log = (x, y)
        for item in self.vb.addedItems:
            if hasattr(item, "setLogMode"):
                item.setLogMode(x, y)
        for axis in self.axes.values():
            axis["item"].setLogMode(x, y)
        self.vb.enableAutoRange()

    def addItem(self, item, *args, **kwargs) -> None:
        self.vb.addItem(item, *args, **kwargs)
        if hasattr(item, "setLogMode"):  # a curve added to a log plot is drawn in log10 too
            item.setLogMode(*self._log)

    def plot(self, *args, **kwargs) -> pg.PlotDataItem:
        """A new curve (or dots) from PlotDataItem's arguments, as PlotItem.plot."""
        item = pg.PlotDataItem(*args, **kwargs)
        self.addItem(item)
        return item

    def removeItem(self, item) -> None:
        self.vb.removeItem(item)

    def hideButtons(self) -> None:  # it has none
        pass
