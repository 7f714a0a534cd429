"""The output map y = w ★ x + b: one value per position of the one shared filter."""

from __future__ import annotations

from cnnviz.app import theme as th
from cnnviz.app.layer_words import map_size
from cnnviz.app.panels.base import MapPanel


class OutputPanel(MapPanel):
    key = "output"
    explanation = ("The output map: the same 3x3 filter and bias applied at every position. "
                   "Hover a cell to outline the input pixels it was computed from.")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0

    def show_snapshot(self, snap, levels: tuple[float, float] | None = None) -> None:
        y = snap.output[self.image_index]
        act = "" if snap.config.activation == "identity" else f" after {snap.config.activation}"
        self.set_title(f"Output map y = w ★ x + b{act} ({map_size(y.shape, snap.config)})")
        self.set_map(y, levels)
