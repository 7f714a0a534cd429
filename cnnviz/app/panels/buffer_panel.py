"""The gradient buffer: ∂L/∂w summed over every position, and ∂L/∂b."""

from __future__ import annotations

import numpy as np

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.app.panels.base import GridPanel


class BufferPanel(GridPanel):
    key = "buffer"
    context = "BufferPanel"
    explanation = QT_TRANSLATE_NOOP("BufferPanel", "The gradient buffer: one 3x3 sum. Backprop runs at every position "
                                    "and each position's δ·patch is ADDED here; the summed buffer is applied once per "
                                    "update.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.sticky = th.StickyLevel()

    def show_snapshot(self, snap) -> None:
        n, ho, wo = snap.output.shape
        c = snap.config
        if c.is_classroom_layer:
            explanation = translate("BufferPanel", self.explanation)
        elif c.color:
            explanation = translate("BufferPanel", "The gradient buffer: one {k}x{k} sum per colour channel (R, G, B). "
                                    "Backprop runs at every position and each position's δ·patch is ADDED here; the "
                                    "summed buffer is applied once per update.")
        else:
            explanation = translate("BufferPanel", "The gradient buffer: one {k}x{k} sum. Backprop runs at every position "
                                    "and each position's δ·patch is ADDED here; the summed buffer is applied once per "
                                    "update.")
        self.set_explanation(explanation.format(k=c.kernel_size))
        if n > 1:
            what = translate("BufferPanel", "sum of {total} contributions ({n} images × {per_image})")
        else:
            what = translate("BufferPanel", "sum of {total} contributions")
        self.show_buffer(snap.grad_filter, snap.grad_bias,
                         what.format(total=grouped(n * ho * wo), n=n, per_image=grouped(ho * wo)))

    def show_buffer(self, dw: np.ndarray, db: float, what: str, highlight: np.ndarray | None = None) -> None:
        self.set_title(translate("BufferPanel", "Gradient buffer ∂L/∂w ({what})").format(what=what))
        self.set_values(dw, self.sticky.update(np.append(dw, db)), highlight, also=[db])
        self.footer.setText(f"∂L/∂b = <b>{self.format(db)}</b>{self.hover_hint()}")
