"""The loss curve, log scale."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from cnnviz.app import theme as th
from cnnviz.app.panels.base import Panel, set_log_ticks, set_view_range, step_plot
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate

FLOOR = 1e-30  # log scale: an exact zero loss is drawn at the floor


class LossPanel(Panel):
    key = "loss"
    context = "LossPanel"
    explanation = QT_TRANSLATE_NOOP("LossPanel", "The loss L = Σ (y − T)² (or its mean) before each update, on a log scale.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.plot = step_plot(self.view, theme)
        self.plot.setLogMode(x=False, y=True)
        self.curve = self.plot.plot(pen=pg.mkPen("#56B4E9", width=2))
        # The current loss as a dot, so even step 0 (a single point) shows.
        self.now = self.plot.plot(pen=None, symbol="o", symbolSize=7, symbolBrush="#56B4E9", symbolPen=None)
        self.steps = np.zeros(0)
        self.losses = np.zeros(0)

    def show_snapshot(self, snap) -> None:
        self.set_title(translate("LossPanel", "Loss L (log scale), mean of squared errors") if snap.config.reduction == "mean"
                       else translate("LossPanel", "Loss L (log scale), sum of squared errors"))
        self.steps = np.append(snap.history_steps, snap.step).astype(float)
        self.losses = np.append(snap.history_losses, snap.loss)
        # Drawable whatever a lesson holds: NaN at the floor, +inf as the largest float.
        shown = np.clip(np.nan_to_num(self.losses, nan=FLOOR, posinf=np.finfo(float).max), FLOOR, None)
        # One explicit range (log10 units on y), set before the data: one repaint per frame.
        low, high = np.log10(shown.min()), np.log10(shown.max())
        set_view_range(self.plot, (0, max(10.0, self.steps[-1])), (low - 0.1, high + 0.1))
        set_log_ticks(self.plot, low - 0.1, high + 0.1)  # labels never on top of each other
        self.curve.setData(*th.thin(self.steps, shown))
        self.now.setData(self.steps[-1:], shown[-1:])
        self.footer.setText(translate("LossPanel", "step {step}: L = <b>{loss}</b>").format(
            step=grouped(snap.step), loss=th.fmt(snap.loss)))
        act = "y" if snap.config.activation == "identity" else "a"
        formula = f"L = Σ ({act} − T)²" + (" / P" if snap.config.reduction == "mean" else "")
        self.set_explanation(translate("LossPanel", "The loss {formula} before each update, on a log scale.")
                             .format(formula=formula))  # the title's tooltip too (the class's is the classroom's)
