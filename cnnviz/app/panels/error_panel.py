"""The error map δ = ∂L/∂y: positive where the output is above the target (it should move along −δ)."""

from __future__ import annotations

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.app.layer_words import map_size
from cnnviz.app.panels.base import MapPanel
from cnnviz.engine.losses import delta_formula


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
        self._explain(snap.config, snap.delta.size)
        self.set_title(translate("ErrorPanel", "Error map δ = ∂L/∂y ({size})").format(size=map_size(d.shape, snap.config)))
        self.set_map(d)

    _explained = None  # the settings the explanation was written for

    def _explain(self, c, positions: int) -> None:
        """The explanation's formula for the settings in use: the activation's f′ and the mean's 1/P
        (the fixed sentence is the classroom's: identity, sum, 3x3)."""
        key = (c.activation, c.reduction, positions, c.is_classroom_layer)
        if key == self._explained:
            return
        self._explained = key
        if c.activation == "identity" and c.reduction == "sum" and c.is_classroom_layer:
            self.set_explanation(translate("ErrorPanel", self.explanation))
            return
        per = f" / {grouped(positions)}" if c.reduction == "mean" else ""
        f = c.activation
        formula = delta_formula(f, per) + ("" if f == "identity" else f", a = {f}(y)")
        self.set_explanation(translate("ErrorPanel", "The error map δ = ∂L/∂y at every position, with y = w · patch + b: "
                                                     "{formula}. Each δ multiplies its patch and is ADDED into the one "
                                                     "gradient buffer.").format(formula=formula))

