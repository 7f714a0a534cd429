"""The 10 parameters over the steps, with the target kernel's values as dashed lines (another
layer: its C*k*k weights, coloured by channel for colour, and the bias)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from cnnviz.app import theme as th
from cnnviz.app.panels.base import Panel, set_view_range, step_plot
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate


CHANNEL_COLORS = ("#E15759", "#59A14F", "#4E79A7")  # a colour filter's R, G and B weights
UNIT_LIMIT = 1e6  # values up to this are plotted as they are


def plot_unit(values: np.ndarray) -> float:
    """1.0, or the power of ten that brings the largest |value| below 10 when it exceeds UNIT_LIMIT
    (non-finite values are made finite first: +-inf as the largest float, NaN as 0)."""
    peak = float(np.abs(np.nan_to_num(values, nan=0.0)).max(initial=0.0))
    if peak <= UNIT_LIMIT:
        return 1.0
    return 10.0 ** min(math.floor(math.log10(peak)), 308)


class TrajectoryPanel(Panel):
    key = "trajectory"
    context = "TrajectoryPanel"
    explanation = QT_TRANSLATE_NOOP("TrajectoryPanel", "The 9 weights and the bias after each update. Dashed lines: the "
                                    "target kernel's values (and 0 for the bias), where the solid lines should end up.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.plot = step_plot(self.view, theme)
        self.curves = []
        self.targets = []
        self.now = None
        self.footer.setWordWrap(True)
        self.filter_shape = ()
        self._build((3, 3))

    def _build(self, filter_shape: tuple[int, ...]) -> None:
        """One line (and dashed target) per parameter of a filter of this shape, and the bias."""
        for item in self.curves + self.targets + ([self.now] if self.now is not None else []):
            self.plot.removeItem(item)
        self.filter_shape = filter_shape
        theme, n = self.theme, int(np.prod(filter_shape))
        if filter_shape == (3, 3):  # the classroom's ten, each named in the legend
            colors = list(theme.param_colors)
            legend = " ".join(f"<span style='color:{c}'>■</span> {n}" for n, c in zip(th.PARAM_NAMES, colors))
        elif len(filter_shape) == 3:  # colour: a weight's channel is its colour
            colors = [CHANNEL_COLORS[i * 3 // n] for i in range(n)] + [theme.param_colors[-1]]
            legend = " ".join(f"<span style='color:{c}'>■</span> "
                              + translate("TrajectoryPanel", "{channel} weights").format(channel=name)
                              for name, c in zip(("R", "G", "B"), CHANNEL_COLORS))
            legend += f" <span style='color:{colors[-1]}'>■</span> b"
        else:
            colors = [theme.param_colors[i % 9] for i in range(n)] + [theme.param_colors[-1]]
            legend = ("■ " + translate("TrajectoryPanel", "{n} weights (colours repeat every 9)").format(n=n)
                      + f" <span style='color:{colors[-1]}'>■</span> b")
        self.curves, self.targets = [], []
        for color in colors:
            # A bare curve item: a PlotDataItem (plot.plot) would build a scatter item beside each
            # curve, never shown here (the dots are `now`), half the panel's cost when the window opens.
            curve = pg.PlotCurveItem(pen=pg.mkPen(color, width=2))
            self.plot.addItem(curve)
            self.curves.append(curve)
            line = pg.InfiniteLine(angle=0, pen=pg.mkPen(color, width=1, style=QtCore.Qt.PenStyle.DashLine))
            self.plot.addItem(line)
            self.targets.append(line)
        # The current values as dots, so even step 0 (one point per line) shows.
        self.now = self.plot.plot(pen=None, symbol="o", symbolSize=7, symbolPen=None,
                                  symbolBrush=[pg.mkBrush(c) for c in colors])
        # The legend sits in the footer (wrapping if narrow), so it never hides a line.
        self._scale = 1.0
        self.footer.setText(legend)

    def show_snapshot(self, snap) -> None:
        if snap.weights.shape != self.filter_shape:
            self._build(snap.weights.shape)
        self.set_title(translate("TrajectoryPanel", "Weights over steps ({n} weights + bias; dashed: target kernel)")
                       .format(n=snap.weights.size))
        steps = np.append(snap.history_steps, snap.step).astype(float)
        current = np.append(snap.weights.ravel(), snap.bias)
        params = np.vstack([snap.history_params, current]) if len(snap.history_params) else current[None]
        targets = np.append(snap.target_kernel.ravel(), 0.0)
        # Huge values (a diverging run, an edited lesson) are drawn in units of a power of ten,
        # said on the axis: ranges and ticks then never overflow, whatever finite values come.
        params, current = np.nan_to_num(params), np.nan_to_num(current)
        scale = plot_unit(np.append(params.ravel(), targets))
        if scale != self._scale:
            self._scale = scale
            if scale == 1.0:
                self.plot.getAxis("left").showLabel(False)
            else:
                self.plot.setLabel("left", f"× {scale:.0e}")
        params, targets, current = params / scale, targets / scale, current / scale
        # Set the range first and explicitly (no auto-range): one repaint per frame, not two.
        low = float(min(params.min(), targets.min()))
        high = float(max(params.max(), targets.max()))
        pad = 0.08 * max(high - low, 1e-6)
        set_view_range(self.plot, (0, max(10.0, steps[-1])), (low - pad, high + pad))
        self.now.setData(np.full(len(current), steps[-1]), current)
        shown_steps, shown = th.thin(steps, params)  # the same rows for every line: chosen once
        for i, curve in enumerate(self.curves):
            curve.setData(shown_steps, shown[:, i])
            if self.targets[i].value() != targets[i]:
                self.targets[i].setValue(float(targets[i]))
