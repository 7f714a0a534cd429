"""Axes that typeset their label only when it changes.

pyqtgraph sets an axis label's HTML again on every change of pen, style, range or SI prefix, shown
or not: some 80 times per map panel while the window opens (setHtml lays out a text document
each time). The label's HTML is all that setHtml uses, so an unchanged one is kept as it is.
"""

from __future__ import annotations

import pyqtgraph as pg



class QuietAxis(pg.AxisItem):
    _typeset: str | None = None

    def _updateLabel(self) -> None:  # pyqtgraph's, but setHtml only for a new label
        html = self.labelString()
        if html != self._typeset:
            self._typeset = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()


def quiet_axes() -> dict[str, QuietAxis]:
    """A PlotItem's shown axes (its axisItems=..., which PlotItem shows; its own top and right
    ones stay hidden)."""
    return {side: QuietAxis(side) for side in ("left", "bottom")}
