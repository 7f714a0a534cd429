"""The error map δ = ∂L/∂y: positive where the output is above the target (it should move along −δ)."""

from __future__ import annotations

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.app.layer_words import map_size
from cnnviz.app.panels.base import MapPanel


class ErrorPanel(MapPanel):
    key = "error"
    context = "ErrorPanel"
    explanation = QT_TRANSLATE_NOOP("ErrorPanel", "The error map δ = ∂L/∂y at every position (for the sum of squares, "
                                    "2·(y − T)). Each δ multiplies its 3x3 patch and is ADDED into the one gradient buffer.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0

    def show_snapshot(self, snap) -> None:
        d = snap.delta[self.image_index]
        self.set_title(translate("ErrorPanel", "Error map δ = ∂L/∂y ({size})").format(size=map_size(d.shape, snap.config)))
        self.set_map(d)
