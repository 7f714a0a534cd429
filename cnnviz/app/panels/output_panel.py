"""The output map y = w ★ x + b: one value per position of the one shared filter."""

from __future__ import annotations

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.app.layer_words import map_size
from cnnviz.app.panels.base import MapPanel


class OutputPanel(MapPanel):
    key = "output"
    context = "OutputPanel"
    explanation = QT_TRANSLATE_NOOP("OutputPanel", "The output map: the same 3x3 filter and bias applied at every "
                                    "position. Hover a cell to outline the input pixels it was computed from.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0

    def show_snapshot(self, snap, levels: tuple[float, float] | None = None) -> None:
        y = snap.output[self.image_index]
        size = map_size(y.shape, snap.config)
        if snap.config.activation == "identity":
            self.set_title(translate("OutputPanel", "Output map y = w ★ x + b ({size})").format(size=size))
        else:
            self.set_title(translate("OutputPanel", "Output map y = w ★ x + b after {activation} ({size})").format(
                activation=snap.config.activation, size=size))
        self.set_map(y, levels)
