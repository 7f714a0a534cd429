"""The 10 parameters over the steps, with the target kernel's values as dashed lines."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from cnnviz.app import theme as th
from cnnviz.app.panels.base import Panel, step_plot


class TrajectoryPanel(Panel):
    key = "trajectory"
    explanation = ("The 9 weights and the bias after each update. Dashed lines: the target kernel's "
                   "values (and 0 for the bias), where the solid lines should end up.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.plot = step_plot(self.view, theme)
        self.curves = []
        self.targets = []
        for name, color in zip(th.PARAM_NAMES, theme.param_colors):
            self.curves.append(self.plot.plot(pen=pg.mkPen(color, width=2)))
            line = pg.InfiniteLine(angle=0, pen=pg.mkPen(color, width=1, style=QtCore.Qt.PenStyle.DashLine))
            self.plot.addItem(line)
            self.targets.append(line)
        # The current values as dots, so even step 0 (one point per line) shows.
        self.now = self.plot.plot(pen=None, symbol="o", symbolSize=7, symbolPen=None,
                                  symbolBrush=[pg.mkBrush(c) for c in theme.param_colors])
        # The legend sits in the footer (wrapping if narrow), so it never hides a line.
        self.footer.setWordWrap(True)
        self.footer.setText(" ".join(
            f"<span style='color:{c}'>■ {n}</span>" for n, c in zip(th.PARAM_NAMES, theme.param_colors)))

    def show_snapshot(self, snap) -> None:
        self.set_title("Weights over steps (9 weights + bias; dashed: target kernel)")
        steps = np.append(snap.history_steps, snap.step).astype(float)
        current = np.append(snap.weights.ravel(), snap.bias)
        params = np.vstack([snap.history_params, current]) if len(snap.history_params) else current[None]
        targets = np.append(snap.target_kernel.ravel(), 0.0)
        # Set the range first and explicitly (no auto-range): one repaint per frame, not two.
        low = float(min(params.min(), targets.min()))
        high = float(max(params.max(), targets.max()))
        pad = 0.08 * max(high - low, 1e-6)
        self.plot.setRange(xRange=(0, max(10.0, steps[-1])), yRange=(low - pad, high + pad), padding=0.02)
        self.now.setData(np.full(len(current), steps[-1]), current)
        for i, curve in enumerate(self.curves):
            curve.setData(*th.thin(steps, params[:, i]))
            if self.targets[i].value() != targets[i]:
                self.targets[i].setValue(float(targets[i]))
