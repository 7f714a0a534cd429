"""The gradient buffer: ∂L/∂w summed over every position, and ∂L/∂b."""

from __future__ import annotations

import numpy as np

from cnnviz.app import theme as th
from cnnviz.app.panels.base import GridPanel


class BufferPanel(GridPanel):
    key = "buffer"
    explanation = ("The gradient buffer: one 3x3 sum. Backprop runs at every position and each "
                   "position's δ·patch is ADDED here; the summed buffer is applied once per update.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.sticky = th.StickyLevel()

    def show_snapshot(self, snap) -> None:
        n, ho, wo = snap.output.shape
        c = snap.config
        self.set_explanation(self.explanation if c.is_classroom_layer else
                             f"The gradient buffer: one {c.kernel_size}x{c.kernel_size}"
                             + (" sum per colour channel (R, G, B)" if c.color else " sum")
                             + ". Backprop runs at every position and each position's δ·patch is ADDED here; "
                             "the summed buffer is applied once per update.")
        batch = f" ({n} images × {ho * wo:,})" if n > 1 else ""
        self.show_buffer(snap.grad_filter, snap.grad_bias, f"sum of {n * ho * wo:,} contributions{batch}")

    def show_buffer(self, dw: np.ndarray, db: float, what: str, highlight: np.ndarray | None = None) -> None:
        self.set_title(f"Gradient buffer ∂L/∂w ({what})")
        self.set_values(dw, self.sticky.update(np.append(dw, db)), highlight, also=[db])
        self.footer.setText(f"∂L/∂b = <b>{self.format(db)}</b>{self.hover_hint()}")
