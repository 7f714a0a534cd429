"""The input gradient dx: every position adds δ·w into the 9 pixels it looked at."""

from __future__ import annotations

import numpy as np

from cnnviz.app import theme as th
from cnnviz.app.panels.base import MapPanel


class InputGradPanel(MapPanel):
    key = "input_grad"
    explanation = ("The input gradient ∂L/∂x: each position adds its δ times the 9 weights into the "
                   "9 input pixels under it, so pixels seen by several positions collect several deltas.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0

    def show_snapshot(self, snap) -> None:
        if snap.input_grad is None:
            return
        self.show_input_grad(snap.input_grad[self.image_index])

    def show_input_grad(self, dx: np.ndarray, note: str = "") -> None:
        self.set_title(f"Input gradient ∂L/∂x ({dx.shape[0]}×{dx.shape[1]}){note}")
        self.set_map(dx)
