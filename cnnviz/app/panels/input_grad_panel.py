"""The input gradient dx: every position adds δ·w into the pixels it looked at (dx has x's shape;
the padding's zeros are not inputs, so the border has no gradient)."""

from __future__ import annotations

import numpy as np

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.app.panels.base import MapPanel


class InputGradPanel(MapPanel):
    key = "input_grad"
    context = "InputGradPanel"
    explanation = QT_TRANSLATE_NOOP("InputGradPanel", "The input gradient ∂L/∂x: each position adds its δ times the 9 "
                                    "weights into the 9 input pixels under it, so pixels seen by several positions "
                                    "collect several deltas.")
    GAP = 1  # columns of zeros between the R, G and B maps of a colour image's gradient

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0
        self.channel_width = 0  # > 0: the map is C channel maps side by side, each this wide

    def show_snapshot(self, snap) -> None:
        if snap.input_grad is None:
            return
        c = snap.config
        if c.is_classroom_layer:
            self.set_explanation(translate("InputGradPanel", self.explanation))
        else:
            n = c.channels * c.kernel_size**2
            text = (translate("InputGradPanel", "The input gradient ∂L/∂x, shaped like x: each position adds its δ times "
                              "the {n} weights into the {n} input values under it, so pixels seen by several positions "
                              "collect several deltas; the padding's zeros are not inputs.") if c.padding_pixels else
                    translate("InputGradPanel", "The input gradient ∂L/∂x, shaped like x: each position adds its δ times "
                              "the {n} weights into the {n} input values under it, so pixels seen by several positions "
                              "collect several deltas."))
            self.set_explanation(text.format(n=n))
        self.show_input_grad(snap.input_grad[self.image_index])

    def show_input_grad(self, dx: np.ndarray, note: str = "") -> None:
        """dx (H, W), or (3, H, W): the R, G and B maps side by side on one colour scale."""
        if dx.ndim == 3:
            c, h, w = dx.shape
            gap = np.zeros((h, self.GAP))
            parts = [m for ch in range(c) for m in ((dx[ch],) if ch == 0 else (gap, dx[ch]))]
            if self.channel_width != w:  # the columns are named by channel, not numbered across
                self.plot.getAxis("bottom").setTicks([[((w + self.GAP) * ch + w / 2, "RGB"[ch]) for ch in range(c)], []])
            self.channel_width = w
            self.set_title(translate("InputGradPanel", "Input gradient ∂L/∂x ({size})").format(size=f"3×{h}×{w}: R | G | B") + note)
            self.set_map(np.hstack(parts))
            return
        if self.channel_width:
            self.plot.getAxis("bottom").setTicks(None)
        self.channel_width = 0
        self.set_title(translate("InputGradPanel", "Input gradient ∂L/∂x ({size})").format(size=f"{dx.shape[0]}×{dx.shape[1]}")
                       + note)
        self.set_map(dx)

    def _show_hover(self, row: int, col: int) -> None:
        w = self.channel_width
        if row < 0 or not w:
            return super()._show_hover(row, col)
        channel, x = divmod(col, w + self.GAP)
        if x >= w:  # the gap between two channels' maps
            return super()._show_hover(-1, -1)
        self.footer.setText(translate("Panel", "{channel}, row {row}, col {col}: <b>{value}</b>").format(
            channel="RGB"[channel], row=row, col=x, value=self.value_text(row, col)))
