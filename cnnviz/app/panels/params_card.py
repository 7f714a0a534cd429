"""The point of weight sharing on screen: 10 parameters against a dense layer's count (for another
layer: C*k*k + 1, e.g. 28 = 27 + 1 for a 3x3 colour filter, against the dense count of its sizes)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from cnnviz.app import theme as th
from cnnviz.engine import LessonConfig
from cnnviz.engine.conv import output_shape
from cnnviz.i18n import grouped, translate


def dense_parameters(h: int, w: int, k: int = 3) -> int:
    """A dense layer from h x w inputs to the (h-k+1) x (w-k+1) outputs: weights + biases."""
    outputs = (h - k + 1) * (w - k + 1)
    return h * w * outputs + outputs


class ParamsCard(QtWidgets.QFrame):
    key = "params"

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.setObjectName(self.key)
        self.label = QtWidgets.QLabel()
        self.label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.label)
        self.shape = (32, 32)
        self.num_images = 1
        self.config = LessonConfig()
        self.font_scale = 1.0
        self.apply_theme(theme)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self._render()

    def apply_theme(self, theme: th.Theme) -> None:
        self.theme = theme
        self.setStyleSheet(f"QFrame#{self.key} {{ background: {theme.panel}; border-radius: 6px; }}"
                           f" QLabel {{ color: {theme.foreground}; }}")
        self._render()

    def show_snapshot(self, snap) -> None:
        shape, n = tuple(snap.images.shape[-2:]), snap.images.shape[0]
        if (shape, n, snap.config) != (self.shape, self.num_images, self.config):
            self.shape, self.num_images, self.config = shape, n, snap.config
            self._render()

    def _render(self) -> None:
        h, w = self.shape
        c = self.config
        k, s, p, channels = c.kernel_size, c.stride, c.padding_pixels, c.channels
        ho, wo = output_shape((h, w), k, s, p)
        from cnnviz.engine.untied import dense_params_count  # (the untied layer's module: not needed to open)

        dense = dense_params_count(h, w, k, s, p, channels)
        inputs = f"{channels}×{h}×{w}" if c.color else f"{h}×{w}"
        big, small = 15 * self.font_scale, 10 * self.font_scale
        n = self.num_images
        shared = (translate("ParamsCard", "({weights} weights + 1 bias), shared by all {positions} positions") if n == 1
                  else translate("ParamsCard", "({weights} weights + 1 bias), shared by all {total} positions ({n} images "
                                 "× {positions})"))
        shared = shared.format(weights=c.num_params - 1, positions=grouped(ho * wo), total=grouped(n * ho * wo), n=n)
        params = translate("ParamsCard", "{n} parameters").format(n=c.num_params)
        dense_text = translate("ParamsCard", "A dense layer from {inputs} to {outputs} would need").format(
            inputs=inputs, outputs=f"{ho}×{wo}")
        dense_sum = translate("ParamsCard", "({inputs} × {outputs} weights + {outputs} biases)").format(
            inputs=grouped(channels * h * w), outputs=grouped(ho * wo))
        self.label.setText(
            f"<div style='font-size:{big}pt'><b>{params}</b></div>"
            f"<div style='font-size:{small}pt'>{shared}</div>"
            f"<div style='margin-top:8px; font-size:{small}pt; color:{self.theme.muted}'>{dense_text}</div>"
            f"<div style='font-size:{big}pt'><b>{grouped(dense)}</b></div>"
            f"<div style='font-size:{small}pt; color:{self.theme.muted}'>{dense_sum}</div>"
        )
