"""The input image x, with the filter's receptive field drawn where it is looking.

Another layer than the classroom's shows more: a colour image in RGB, the zero padding as a
black border outside a dashed outline of the image, and (stride > 1) where the next position
to the right looks, s pixels on.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.app.panels.base import MapPanel
from cnnviz.engine.conv import output_shape


class InputPanel(MapPanel):
    key = "input"
    context = "InputPanel"
    explanation = QT_TRANSLATE_NOOP("InputPanel", "The grayscale input image x (0 = black, 1 = white). The yellow square "
                                    "is the 3x3 receptive field: the pixels one output cell is computed from.")
    cmap = th.GRAY
    symmetric = False

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.image_index = 0
        self.layer = (3, 1, 0)  # (k, stride, padding) of the lesson drawn
        self.output_size = (0, 0)
        self.receptive_field = QtWidgets.QGraphicsRectItem(0, 0, 3, 3)
        self.receptive_field.setPen(pg.mkPen(theme.accent, width=2.5))
        self.receptive_field.setZValue(10)
        self.plot.addItem(self.receptive_field)
        # The next position's field (stride > 1): the filter moves s pixels, not one.
        self.next_field = QtWidgets.QGraphicsRectItem(0, 0, 3, 3)
        self.next_field.setPen(pg.mkPen(theme.accent, width=1.5, style=QtCore.Qt.PenStyle.DotLine))
        self.next_field.setZValue(9)
        self.next_field.setVisible(False)
        self.plot.addItem(self.next_field)
        # The image's own edge when a border of zeros (the padding) is drawn around it.
        self.edge = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        edge_pen = pg.mkPen("#56B4E9", width=2, style=QtCore.Qt.PenStyle.DashLine)
        edge_pen.setCosmetic(True)
        self.edge.setPen(edge_pen)
        self.edge.setZValue(8)
        self.edge.setVisible(False)
        self.plot.addItem(self.edge)
        self.field_position: tuple[int, int] | None = None
        # The pixels one weight multiplies over the whole pass (hovering a weight cell).
        self.region = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self.region.setPen(pg.mkPen("#56B4E9", width=2.5, style=QtCore.Qt.PenStyle.DashLine))
        self.region.setZValue(11)
        self.region.setVisible(False)
        self.plot.addItem(self.region)
        self.source = ""  # what became of the user's picture (cnnviz.images.describe_path)
        self._shown_key = None
        self._shown = None

    def set_source(self, text: str) -> None:
        """Say what became of the picture, e.g. '200x150 photo, centre 150x150 square resampled to 32x32'."""
        self.source = text
        if self._hovered == (-1, -1):
            self.footer.setText(self.idle_footer())

    def idle_footer(self) -> str:
        if self.source:
            return f"<span style='color:{self.theme.muted}'>{self.source}</span>"
        return super().idle_footer()

    def shown_image(self, snap) -> np.ndarray:
        """What the map draws: x (H, W), or RGB (H, W, 3) for colour (views of the snapshot's
        images, which snapshots share: an unchanged image is not repainted), with the padding's
        zeros around it (a copy, made once per image)."""
        c = snap.config
        x = snap.images[self.image_index]
        if c.color:
            x = np.moveaxis(x, 0, -1)  # (3, H, W) -> (H, W, 3): pyqtgraph's RGB
        p = c.padding_pixels
        if not p:
            return x
        old = self._shown_key
        if old is None or old[0] is not snap.images or old[1:] != (self.image_index, p):
            shown = np.pad(x, ((p, p), (p, p)) + ((0, 0),) * (x.ndim - 2))
            shown.flags.writeable = False
            # The key holds the images, so `is` cannot match a new array at a freed one's address.
            self._shown_key, self._shown = (snap.images, self.image_index, p), shown
        return self._shown

    def show_snapshot(self, snap) -> None:
        c = snap.config
        h, w = snap.images.shape[-2:]
        k, s, p = c.kernel_size, c.stride, c.padding_pixels
        layer_changed = (k, s, p) != self.layer or self.origin != p
        self.layer, self.origin = (k, s, p), p
        self.output_size = output_shape((h, w), k, s, p)
        # The title's parts, each a whole phrase for the translator: "Input image x (30×30)",
        # "(RGB, 3×32×32, image 2 of 4, padded with 1 zero a side: 34×34)".
        size = f"RGB, 3×{h}×{w}" if c.color else f"{h}×{w}"
        if len(snap.images) > 1:
            size += translate("InputPanel", ", image {i} of {n}").format(i=self.image_index + 1, n=len(snap.images))
        if p:
            padded = (translate("InputPanel", ", padded with 1 zero a side: {size}") if p == 1 else
                      translate("InputPanel", ", padded with {p} zeros a side: {size}"))
            size += padded.format(p=p, size=f"{h + 2 * p}×{w + 2 * p}")
        self.set_title(translate("InputPanel", "Input image x ({size})").format(size=size))
        if not c.is_classroom_layer:
            kind = (translate("InputPanel", "The colour input image x (R, G, B). The yellow square is the {k}x{k}x3 "
                              "receptive field: the pixels one output cell is computed from.") if c.color else
                    translate("InputPanel", "The grayscale input image x (0 = black, 1 = white). The yellow square is "
                              "the {k}x{k} receptive field: the pixels one output cell is computed from."))
            text = kind.format(k=k)
            if p:
                text += " " + translate("InputPanel", "The black border outside the dashed line is the padding: zeros, "
                                        "not pixels.")
            if s > 1:
                text += " " + translate("InputPanel", "The dotted square is the next position: the filter moves {s} "
                                        "pixels at a time.").format(s=s)
            self.set_explanation(text)
        else:
            self.set_explanation(translate("InputPanel", self.explanation))
        self.set_map(self.shown_image(snap), levels=(0.0, 1.0))
        self.edge.setRect(0, 0, w, h)
        self.edge.setVisible(p > 0)
        if self.field_position is None or layer_changed:
            ho, wo = self.output_size
            self.show_receptive_field(ho // 2, wo // 2)
        else:
            self.show_receptive_field(*self.field_position)

    def value_text(self, row: int, col: int) -> str:
        if self.data is not None and self.data.ndim == 3:  # RGB: the three values
            r, g, b = self.data[row + self.origin, col + self.origin]
            return f"R {r:.3f}  G {g:.3f}  B {b:.3f}"
        return super().value_text(row, col)

    def show_region(self, region: tuple[int, int, int, int] | None) -> None:
        """Outline rows row0..row0+h-1, cols col0..col0+w-1 (None hides it)."""
        if region is None:
            self.region.setVisible(False)
            return
        row0, col0, h, w = region
        self.region.setRect(col0, row0, w, h)
        self.region.setVisible(True)

    def show_receptive_field(self, row: int, col: int) -> None:
        """Outline the k x k pixels that output cell (row, col) is computed from: its top-left
        pixel is (s*row - p, s*col - p), on the border of zeros where that is negative."""
        k, s, p = self.layer
        self.field_position = (row, col)
        self.receptive_field.setRect(s * col - p, s * row - p, k, k)
        self.receptive_field.setVisible(True)
        has_next = s > 1 and col + 1 < self.output_size[1]
        if has_next:
            self.next_field.setRect(s * (col + 1) - p, s * row - p, k, k)
        self.next_field.setVisible(has_next)
