"""The input image x, with the filter's 3x3 receptive field drawn where it is looking."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.panels.base import MapPanel


class InputPanel(MapPanel):
    key = "input"
    explanation = ("The grayscale input image x (0 = black, 1 = white). The yellow square is the "
                   "3x3 receptive field: the pixels one output cell is computed from.")
    cmap = th.GRAY
    symmetric = False

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0
        self.receptive_field = QtWidgets.QGraphicsRectItem(0, 0, 3, 3)
        self.receptive_field.setPen(pg.mkPen(theme.accent, width=2.5))
        self.receptive_field.setZValue(10)
        self.plot.addItem(self.receptive_field)
        self.field_position: tuple[int, int] | None = None
        # The pixels one weight multiplies over the whole pass (hovering a weight cell).
        self.region = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.region.setPen(pg.mkPen("#56B4E9", width=2.5, style=QtCore.Qt.PenStyle.DashLine))
        self.region.setZValue(11)
        self.region.setVisible(False)
        self.plot.addItem(self.region)
        self.source = ""  # what became of the user's picture (cnnviz.images.describe_path)

    def set_source(self, text: str) -> None:
        """Say what became of the picture, e.g. '200x150 photo, centre 150x150 square resampled to 32x32'."""
        self.source = text
        if self._hovered == (-1, -1):
            self.footer.setText(self.idle_footer())

    def idle_footer(self) -> str:
        if self.source:
            return f"<span style='color:{self.theme.muted}'>{self.source}</span>"
        return super().idle_footer()

    def show_snapshot(self, snap) -> None:
        x = snap.images[self.image_index]
        h, w = x.shape
        batch = f", image {self.image_index + 1} of {len(snap.images)}" if len(snap.images) > 1 else ""
        self.set_title(f"Input image x ({h}×{w}{batch})")
        self.set_map(x, levels=(0.0, 1.0))
        if self.field_position is None:
            self.show_receptive_field((h - 2) // 2, (w - 2) // 2)

    def show_region(self, region: tuple[int, int, int, int] | None) -> None:
        """Outline rows row0..row0+h-1, cols col0..col0+w-1 (None hides it)."""
        if region is None:
            self.region.setVisible(False)
            return
        row0, col0, h, w = region
        self.region.setRect(col0, row0, w, h)
        self.region.setVisible(True)

    def show_receptive_field(self, row: int, col: int, k: int = 3) -> None:
        """Outline the k x k pixels that output cell (row, col) is computed from."""
        self.field_position = (row, col)
        self.receptive_field.setRect(col, row, k, k)
        self.receptive_field.setVisible(True)
