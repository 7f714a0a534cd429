"""The target map T: the target kernel applied to the image (what the output should become)."""

from __future__ import annotations

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.app.layer_words import map_size
from cnnviz.app.panels.base import MapPanel


class TargetPanel(MapPanel):
    key = "target"
    context = "TargetPanel"
    explanation = QT_TRANSLATE_NOOP("TargetPanel", "The target map T: the target kernel (e.g. Sobel-x) slid over the "
                                    "input. Training makes the output map match it. Same colour scale as the output map.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0

    def show_snapshot(self, snap, levels: tuple[float, float] | None = None) -> None:
        t = snap.target[self.image_index]
        c = snap.config
        name = c.target if len(c.target) <= 24 else translate("TargetPanel", "typed {k}×{k}").format(k=c.kernel_size)
        self.set_title(translate("TargetPanel", "Target map T ({name}, {size})").format(name=name, size=map_size(t.shape, c)))
        self.set_map(t, levels)
