"""Step-through backprop: one shared gradient summed position by position, with the numbers.

Widgets only: StepThroughMode (cnnviz/app/stepthrough_mode.py) drives it from the model.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz import numbers
from cnnviz.app import theme as th
from cnnviz.app.layer_words import patch_size
from cnnviz.app.panels.base import GridPanel, MapPanel
from cnnviz.app.panels.mosaic_panel import MosaicPanel
from cnnviz.engine.untied import mosaic_cell, untied_grad_after
from cnnviz.engine.losses import delta_formula
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.stepthrough import StepThrough

def row_height(table: QtWidgets.QTableWidget) -> int:
    """Compact rows: the text's height and a little air (all 10 parameters fit at 1600x900)."""
    return table.fontMetrics().height() + 2


TABLE_ROWS = 10  # the 9 weights and the bias: every row visible at the end of a pass


def fit_table(table: QtWidgets.QTableWidget, font_pt: float) -> None:
    """Header in the table's font, all TABLE_ROWS rows tall, every column as wide as its widest
    text (header included), the last one taking what is left: nothing clipped, no scroll bar."""
    header = table.horizontalHeader()
    # A style sheet on QHeaderView::section (the theme's) draws the header in the application's
    # font whatever header.setFont says: the size has to be in a style sheet too.
    header.setStyleSheet(f"QHeaderView::section {{ font-size: {font_pt:.1f}pt; }}")
    table.verticalHeader().setDefaultSectionSize(row_height(table))
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    frame = 2 * table.frameWidth()
    table.setMinimumHeight(header.sizeHint().height() + TABLE_ROWS * row_height(table) + frame)
    widths = [max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in range(table.columnCount())]
    table.setMinimumWidth(sum(widths) + frame)


def position_formulas(m: StepThrough, v, muted: str = th.DARK.muted) -> str:
    """What happens at one position, written for the settings in use (activation, reduction, batch).

    y, a and T share one precision (they are compared); δ, a different quantity, has its own."""
    c = m.config
    f = numbers.panel_formatter([v.pre_activation, v.output, v.target])
    d = numbers.fmt_value(v.delta)
    per = f" / {grouped(m.P)}" if c.reduction == "mean" else ""
    target = translate("StepThroughPanel", "target T = <b>{value}</b>").format(value=f(v.target))
    if c.activation == "identity":
        lines = [f"y = w · patch + b = <b>{f(v.pre_activation)}</b>",
                 target,
                 f"δ = ∂L/∂y = {delta_formula(c.activation, per)} = <b>{d}</b>"]
        loss = "L = Σ (y − T)²"
    else:
        lines = [f"y = w · patch + b = <b>{f(v.pre_activation)}</b>",
                 f"a = f(y) = {c.activation}(y) = <b>{f(v.output)}</b>",
                 target,
                 f"δ = ∂L/∂y = {delta_formula(c.activation, per, 'f')} = <b>{d}</b>"]
        loss = "L = Σ (a − T)²"
    if c.reduction == "mean":
        loss = loss.replace("Σ", f"(1/{grouped(m.P)}) Σ")
    over = translate("StepThroughPanel", "({loss} over {positions} positions)").format(loss=loss, positions=m.positions_text)
    return "<br>".join(lines) + f"<br><span style='color:{muted}'>{over}</span>"


def update_text(m: StepThrough) -> str:
    """The end-of-pass note: the update rule for the optimizer in use, and sum vs mean."""
    c = m.config
    if c.optimizer == "momentum":
        rule = translate("StepThroughPanel", "The update: v ← μv + buffer (μ = {momentum}), then w ← w − lr·v (lr = {lr}), "
                         "once for each of the {n} parameters (table: “old v” is the velocity before this update).")
    else:
        rule = translate("StepThroughPanel", "The update: w ← w − lr × buffer (lr = {lr}), once for each of the {n} "
                         "parameters (table).")
    rule = rule.format(momentum=f"{c.momentum:g}", lr=f"{c.lr:g}", n=c.num_params)
    if m.overwrite:  # the bug: each position replaced the buffer, so the update follows one patch
        done = translate("StepThroughPanel", "<b>Pass complete:</b> <span style='color:#D55E00'>each of the {positions} "
                         "positions overwrote the buffer (the bug), so it holds only the last one's contribution.</span>")
    else:
        done = translate("StepThroughPanel", "<b>Pass complete:</b> all {positions} positions added into the buffer.")
    return f"{done.format(positions=m.positions_text)} {rule}<br>{m.mean_note()}"


def patch_title(m: StepThrough, v, inside) -> str:
    """'Patch x[13:16, 26:29]' (rows and cols of the image, negative on the padding's border),
    'x[:, 4:9, 6:11]' for colour, and how many of its cells are the padding's zeros."""
    (top, left), k = v.corner, v.size
    where = f"{top}:{top + k}, {left}:{left + k}"
    title = f"x[{':, ' if m.trace.w.ndim == 3 else ''}{where}]"
    if inside is not None:  # (per channel: the grids are labelled R, G, B)
        return translate("StepThroughPanel", "Patch {x}: {n} of {k2} are padding (0)").format(
            x=title, n=k * k - inside[2] * inside[3], k2=k * k)
    return translate("StepThroughPanel", "Patch {x}").format(x=title)


def untied_title(m: StepThrough) -> str:
    """The untied tab's title: tiles are positions of ONE image (a batch adds every image's same
    position into the same tile), so its count is of tiles, and of positions added for a batch."""
    per_image = m.P // m.num_images
    filled = min(m.count, per_image)  # raster order: the first image reaches every tile first
    colour = m.trace.w.ndim == 3  # a tile per channel: the R, G and B mosaics side by side
    if m.num_images > 1:
        title = (translate("StepThroughPanel", "Untied, R | G | B: each position's gradient in its own tiles ({filled} of "
                           "{tiles} filled in; each tile sums its position over the {n} images: {count} of {P} added)")
                 if colour else
                 translate("StepThroughPanel", "Untied: each position's gradient in its own tile ({filled} of {tiles} "
                           "filled in; each tile sums its position over the {n} images: {count} of {P} added)"))
    else:
        title = (translate("StepThroughPanel", "Untied, R | G | B: each position's gradient in its own tiles ({filled} of "
                           "{tiles} filled in)") if colour else
                 translate("StepThroughPanel", "Untied: each position's gradient in its own tile ({filled} of {tiles} "
                           "filled in)"))
    return title.format(filled=grouped(filled), tiles=grouped(per_image), n=m.num_images, count=grouped(m.count),
                        P=grouped(m.P))


STEP_CHOICES = [("position", QT_TRANSLATE_NOOP("StepThroughPanel", "one position")),
                ("row", QT_TRANSLATE_NOOP("StepThroughPanel", "one row of positions")),
                ("pass", QT_TRANSLATE_NOOP("StepThroughPanel", "the whole pass")),
                ("update", QT_TRANSLATE_NOOP("StepThroughPanel", "the update")),
                ("epoch", QT_TRANSLATE_NOOP("StepThroughPanel", "one epoch"))]


def inside_image(v, image_size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """(row0, col0, rows, cols): the patch's cells that lie on the image (not on the padding's
    border), in the patch's own rows and cols; None when the whole patch is on the image."""
    (top, left), k = v.corner, v.size
    h, w = image_size
    r0, c0 = max(0, -top), max(0, -left)
    r1, c1 = min(k, h - top), min(k, w - left)
    return None if (r0, c0, r1, c1) == (0, 0, k, k) else (r0, c0, r1 - r0, c1 - c0)


class PaddedGrid(GridPanel):
    """A position's k x k (or C x k x k) grid whose cells may lie on the padding's border: the
    image's edge is drawn through it as the input panel draws it (a dashed line around the image's
    cells), so the cells outside it read as the padding's zeros."""

    EDGE_PEN = ("#56B4E9", 2.5)  # the input panel's edge colour

    inside: tuple[int, int, int, int] | None = None
    edges: list = []

    def show_inside(self, inside: tuple[int, int, int, int] | None) -> None:
        """Outline the cells (row0, col0, rows, cols) on the image in every channel's grid; None: no outline."""
        self.inside = inside
        self._place_edges()

    def _place(self) -> None:
        super()._place()
        self._place_edges()  # the grids moved (side by side <-> one under the other)

    def _place_edges(self) -> None:
        if "edges" not in self.__dict__:
            self.edges = []
        while len(self.edges) < self.channels:
            edge = QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
            pen = pg.mkPen(self.EDGE_PEN[0], width=self.EDGE_PEN[1], style=QtCore.Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            edge.setPen(pen)
            edge.setZValue(12)
            self.plot.addItem(edge)
            self.edges.append(edge)
        for ch, edge in enumerate(self.edges):
            shown = self.inside is not None and ch < self.channels
            if shown:
                x, y = self._corner(ch)
                r0, c0, rows, cols = self.inside
                edge.setRect(x + c0, y + r0, cols, rows)
            edge.setVisible(shown)


class PatchGrid(PaddedGrid):
    key = "patch"
    cmap_name = th.GRAY
    symmetric = False
    context = "StepThroughPanel"
    explanation = QT_TRANSLATE_NOOP("StepThroughPanel", "The 3x3 input pixels under the filter at this position (its receptive field).")


class ContribGrid(PaddedGrid):
    key = "contrib"
    context = "StepThroughPanel"
    explanation = QT_TRANSLATE_NOOP("StepThroughPanel", "This position's contribution δ · patch: ADDED into the gradient buffer.")


class DeltasGrid(PaddedGrid):
    key = "input_deltas"
    context = "StepThroughPanel"
    explanation = QT_TRANSLATE_NOOP("StepThroughPanel", "This position's input deltas δ · w: ADDED into ∂L/∂x at the patch's 9 pixels.")


class WeightMapPanel(MapPanel):
    key = "weight_map"
    context = "StepThroughPanel"
    explanation = QT_TRANSLATE_NOOP("StepThroughPanel", "One weight's contribution from each position so far; the map sums to its buffer value.")

    def show_snapshot(self, snap) -> None:  # drawn by the step-through mode only
        pass


# ---- the "Untied view" tab: each position's gradient in its own tile; the tiles sum to the buffer ----
class GradientMosaic(MosaicPanel):
    key = "untied_grads"
    value_name = "∂L/∂w"
    context = "StepThroughPanel"
    explanation = QT_TRANSLATE_NOOP("StepThroughPanel", "If every position had its own filter (untied), position p's "
                                    "gradient δ·patch would stay in its own tile. Stepping one position adds only into "
                                    "that position's tile (with a batch, the same position in every image adds into "
                                    "the same tile).")
    channel_width = 0  # > 0: a colour filter's R, G and B mosaics side by side, each this many tiles wide

    def show_channel_tiles(self, tiles: np.ndarray, level: float) -> None:
        """tiles (Ho, Wo, k, k), or a colour filter's (Ho, Wo, C, k, k): its R, G and B mosaics side
        by side (tile (i, j) of channel c is column c*Wo + j), each tile k x k as in the grey lesson."""
        if tiles.ndim == 5:
            ho, wo, c, k, _ = tiles.shape
            self.channel_width = wo
            tiles = tiles.transpose(0, 2, 1, 3, 4).reshape(ho, c * wo, k, k)
        else:
            self.channel_width = 0
        self.show_tiles(tiles, level)

    def hover_text(self, row: int, col: int) -> str:
        if not self.channel_width:
            return super().hover_text(row, col)
        i, j, r, c = mosaic_cell(row, col, self.k)
        channel, j = divmod(j, self.channel_width)
        return translate("StepThroughPanel", "position ({i}, {j}), {channel}: {name} = <b>{value}</b>").format(
            i=i, j=j, channel="RGB"[channel], name=f"{self.value_name}[{channel},{r},{c}]", value=self.value_text(row, col))


class TileSumGrid(GridPanel):
    key = "tile_sum"
    context = "StepThroughPanel"
    explanation = QT_TRANSLATE_NOOP("StepThroughPanel", "All the tiles added up: exactly the shared buffer. Weight sharing = summing the tiles.")


class StepThroughPanel(QtWidgets.QFrame):
    key = "stepthrough"

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.setObjectName(self.key)
        self.theme = theme
        self.interactive = True  # False in an exported figure: no keys or buttons to mention
        self.setStyleSheet(th.mode_panel_style(self.key, theme))
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)

        bar = QtWidgets.QHBoxLayout()
        self.counter = QtWidgets.QLabel()
        font = self.counter.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.counter.setFont(font)
        self.counter.setToolTip(translate("StepThroughPanel", "Positions added into the buffer so far, of P, in raster order "
                                          "(row by row, left to right). The position is counted from 1; rows and "
                                          "cols from 0, as on the maps' axes."))
        # A line of its own (long at presenter size: "position 900 of 900: …"), two on a narrow screen.
        self.counter.setWordWrap(True)
        self.counter.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        outer.addWidget(self.counter)
        bar.addStretch(1)
        self.back = QtWidgets.QPushButton(translate("StepThroughPanel", "◀ Back"))
        self.back.setToolTip(translate("StepThroughPanel", "Back one step (Left): exact, read from the recorded pass"))
        self.forward = QtWidgets.QPushButton(translate("StepThroughPanel", "Forward ▶"))
        self.forward.setToolTip(translate("StepThroughPanel", "Forward one step (Right)"))
        self.home = QtWidgets.QPushButton(translate("StepThroughPanel", "|◀ Start"))
        self.home.setToolTip(translate("StepThroughPanel", "Start of the pass: nothing added yet (Home)"))
        self.end = QtWidgets.QPushButton(translate("StepThroughPanel", "End ▶|"))
        self.end.setToolTip(translate("StepThroughPanel", "End of the pass: all positions added (End)"))
        self.step_size = QtWidgets.QComboBox()
        for key, text in STEP_CHOICES:
            self.step_size.addItem(translate("StepThroughPanel", text), key)
        self.step_size.setToolTip(translate("StepThroughPanel", "How far Back/Forward (Left/Right) move"))
        self.overwrite = QtWidgets.QCheckBox(translate("StepThroughPanel", "Overwrite instead of add (bug)"))
        self.overwrite.setToolTip(translate("StepThroughPanel", "A deliberate bug: the buffer keeps only the last position's contribution"))
        self.check = QtWidgets.QPushButton(translate("StepThroughPanel", "Check gradient"))
        self.check.setToolTip(translate("StepThroughPanel", "Compare the full-pass buffer (all P positions, whatever the "
                                        "position shown) with central finite differences of the loss (G)"))
        self.exit = QtWidgets.QPushButton(translate("StepThroughPanel", "Exit step-through"))
        self.exit.setToolTip(translate("StepThroughPanel", "Back to training (B or Esc)"))
        for w in (self.home, self.back, self.forward, self.end):
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            bar.addWidget(w)
        self.step_label = QtWidgets.QLabel(translate("StepThroughPanel", "Step:"))
        bar.addWidget(self.step_label)
        self.step_size.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        bar.addWidget(self.step_size)
        outer.addLayout(bar)

        second = QtWidgets.QHBoxLayout()
        self.scrubber = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.scrubber.setToolTip(translate("StepThroughPanel", "Scrub through the positions 0..P"))
        self.scrubber.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        second.addWidget(self.scrubber, stretch=1)
        for w in (self.overwrite, self.check, self.exit):
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            second.addWidget(w)
        outer.addLayout(second)

        body = QtWidgets.QHBoxLayout()
        self.patch = PatchGrid(theme)
        self.contrib = ContribGrid(theme)
        self.deltas = DeltasGrid(theme)
        self.numbers = QtWidgets.QLabel()
        self.numbers.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.numbers.setWordWrap(True)
        self._size_numbers(1.0)
        body.addWidget(self.patch, stretch=3)
        body.addWidget(self.numbers, stretch=2)
        body.addWidget(self.contrib, stretch=3)
        body.addWidget(self.deltas, stretch=3)

        self.tabs = QtWidgets.QTabWidget()
        # Every tab reachable at a glance: no scroll arrows (short names, full ones as tooltips).
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(QtCore.Qt.TextElideMode.ElideRight)
        self.update_table = self._table([translate("StepThroughPanel", "parameter"), "w", translate("StepThroughPanel", "buffer"),
                                         translate("StepThroughPanel", "w − lr × buffer")])
        self.update_note, self.update_page = self._table_page(self.update_table, translate("StepThroughPanel", "Update"))
        self.check_table = self._table([translate("StepThroughPanel", "parameter"), translate("StepThroughPanel", "full-pass buffer"),
                                        translate("StepThroughPanel", "finite difference"),
                                        translate("StepThroughPanel", "relative error")])
        self.check_note, self.check_page = self._table_page(self.check_table, translate("StepThroughPanel", "Check"))
        self.weight_map = WeightMapPanel(theme)
        self.weight_map.set_title(translate("StepThroughPanel", "Hover a weight in the filter or buffer"))
        self.tabs.addTab(self.weight_map, translate("StepThroughPanel", "One weight"))
        self.compare_plot = pg.PlotWidget(background=theme.background)
        self.compare_plot.setLogMode(y=True)
        self.compare_plot.setLabel("bottom", translate("StepThroughPanel", "step"))
        self.compare_plot.addLegend(offset=(-4, 4))
        self.compare_button = QtWidgets.QPushButton(translate("StepThroughPanel", "Train 300 steps both ways: sum vs overwrite"))
        self.compare_page = compare_page = QtWidgets.QWidget()
        compare_page.setObjectName("page")
        lay = QtWidgets.QVBoxLayout(compare_page)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.compare_button)
        lay.addWidget(self.compare_plot, stretch=1)
        self.tabs.addTab(compare_page, translate("StepThroughPanel", "Add/overwrite"))
        self.untied_mosaic = GradientMosaic(theme)
        self.tile_sum = TileSumGrid(theme)
        self.untied_page = QtWidgets.QWidget()
        self.untied_page.setObjectName("page")
        lay = QtWidgets.QHBoxLayout(self.untied_page)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.untied_mosaic, stretch=3)
        lay.addWidget(self.tile_sum, stretch=2)
        self.tabs.addTab(self.untied_page, translate("StepThroughPanel", "Untied"))
        for i, tip in enumerate((translate("StepThroughPanel", "The update, applied once after the whole pass"),
                                 translate("StepThroughPanel", "Gradient check: the full-pass buffer against finite "
                                           "differences (G)"),
                                 translate("StepThroughPanel", "One weight's contribution map (hover a weight)"),
                                 translate("StepThroughPanel", "Add vs overwrite: train both ways"),
                                 translate("StepThroughPanel", "Untied view: each position's gradient in its own tile "
                                           "(colour: R | G | B mosaics)"))):
            self.tabs.setTabToolTip(i, tip)
        self.font_scale = 1.0
        self._model: StepThrough | None = None
        self.compact = self.narrow = False
        body.addWidget(self.tabs, stretch=self.TABS_STRETCH)
        self.body = body
        outer.addLayout(body, stretch=1)
        self.tabs.currentChanged.connect(lambda _: self._show_face())

    def set_compact(self, on: bool, narrow: bool = False) -> None:
        """Short of room (a projector's screen at presenter size): show one face at a time, large:
        the position's patch, formulas and contribution during the pass, the update table at its end
        (or whichever tab the teacher opened). narrow: without the patch grid (the formulas stay)."""
        if (on, narrow) != (self.compact, self.narrow):
            self.compact, self.narrow = on, narrow
            self._show_face()

    TABS_STRETCH = 6  # the tabs' share of the body (grids 3 each, the numbers 2); half while their table is empty

    # Short button names for a narrow step-through (the tooltips and the ? overlay give the keys).
    BUTTON_TEXTS = {"home": (QT_TRANSLATE_NOOP("StepThroughPanel", "|◀ Start"), "|◀"),
                    "back": (QT_TRANSLATE_NOOP("StepThroughPanel", "◀ Back"), "◀"),
                    "forward": (QT_TRANSLATE_NOOP("StepThroughPanel", "Forward ▶"), "▶"),
                    "end": (QT_TRANSLATE_NOOP("StepThroughPanel", "End ▶|"), "▶|"),
                    "check": (QT_TRANSLATE_NOOP("StepThroughPanel", "Check gradient"),
                              QT_TRANSLATE_NOOP("StepThroughPanel", "Check")),
                    "exit": (QT_TRANSLATE_NOOP("StepThroughPanel", "Exit step-through"),
                             QT_TRANSLATE_NOOP("StepThroughPanel", "Exit"))}

    def _show_face(self) -> None:
        for name, texts in self.BUTTON_TEXTS.items():
            getattr(self, name).setText(translate("StepThroughPanel", texts[self.narrow]))
        # All five tab names would not fit beside the buffer: the page shown is the one asked for
        # (the update at the end of the pass, G's check, a hovered weight's map).
        self.tabs.tabBar().setVisible(self.interactive and not self.narrow)
        m = self._model
        # Another layer's grids want more room than the classroom's during the pass, when the update
        # table is still empty: it does not widen the tabs until the pass is done.
        empty = m is not None and not m.config.is_classroom_layer and not m.at_end
        for table, page in ((self.update_table, self.update_page), (self.check_table, self.check_page)):
            # A page not shown does not widen the tabs (the check's wide table would take the grids'
            # room: at 1280x800 their numbers overlapped); showing it (currentChanged) fits it again.
            if self.tabs.currentWidget() is not page or empty and table is self.update_table:
                table.setMinimumWidth(0)
            else:
                fit_table(table, table.font().pointSizeF())
        # ... nor do the tabs' full names (elided to their shortest while the table is empty).
        self.tabs.setMinimumWidth(self.tabs.tabBar().minimumSizeHint().width() + 8 if empty else 0)
        self.update_table.setVisible(not empty)  # its note says what comes; a squeezed header would be cut
        self.body.setStretchFactor(self.tabs, self.TABS_STRETCH // 2 if empty else self.TABS_STRETCH)
        table = m is not None and m.at_end or self.tabs.currentWidget() is not self.update_page
        # A filter larger than the classroom's 3x3 grey one needs the tabs' room for its grids during
        # the pass (its numbers would not fit): one face at a time, as on a short screen.
        big = m is not None and m.trace.w.size > 9
        compact = self.compact or big
        self.patch.setVisible(not compact or not (table or self.narrow))
        self.contrib.setVisible(not compact or not table)
        self.deltas.setVisible(not self.compact and not (big and table))
        self.tabs.setVisible(not compact or table)

    def hasHeightForWidth(self) -> bool:
        return False  # as Panel's: its minimum height (all 10 table rows) must hold in the board

    def set_font_scale(self, scale: float) -> None:
        """Every text of the step-through by the presenter factor: counter, numbers, tables, grids."""
        self.font_scale = scale
        base = QtWidgets.QApplication.font().pointSizeF()
        for widget in (self, self.tabs, self.update_table, self.check_table, self.update_note, self.check_note,
                       self.numbers, self.step_size, self.overwrite, self.compare_button,
                       self.back, self.forward, self.home, self.end, self.check, self.exit, self.step_label):
            font = QtGui.QFont(widget.font())
            font.setPointSizeF(base * scale)
            widget.setFont(font)
        for table in (self.update_table, self.check_table):
            fit_table(table, base * scale)
        self._size_numbers(scale)
        font = QtGui.QFont(self.counter.font())
        font.setPointSizeF(base * 1.4 * scale)
        self.counter.setFont(font)
        for panel in (self.patch, self.contrib, self.deltas, self.weight_map, self.untied_mosaic, self.tile_sum):
            panel.set_font_scale(scale)
        for grid in (self.patch, self.contrib, self.deltas):  # larger numbers need larger cells
            grid.view.setMinimumHeight(int(110 * scale))

    def _size_numbers(self, scale: float) -> None:
        """The numbers column widens with its text (presenter mode), so its lines stay whole."""
        self.numbers.setMinimumWidth(int(150 * scale))
        self.numbers.setMaximumWidth(int(230 * scale))

    def set_interactive(self, on: bool) -> None:
        """Show or hide the controls (an exported figure has none; the scrubber stays as the
        position's place in the pass)."""
        self.interactive = on
        for w in (self.home, self.back, self.forward, self.end, self.step_label, self.step_size,
                  self.overwrite, self.check, self.exit, self.compare_button):
            w.setVisible(on)
        self.scrubber.setEnabled(on)
        self.tabs.tabBar().setVisible(on)  # a figure shows the update page only
        if not on:
            self.tabs.setCurrentIndex(0)

    def _table_page(self, table: QtWidgets.QTableWidget, name: str) -> tuple[QtWidgets.QLabel, QtWidgets.QWidget]:
        """A tab with a note above a table: -> (the note, the page)."""
        note = QtWidgets.QLabel()
        note.setWordWrap(True)
        page = QtWidgets.QWidget()
        page.setObjectName("page")
        lay = QtWidgets.QVBoxLayout(page)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        lay.addWidget(note)
        lay.addWidget(table, stretch=1)
        self.tabs.addTab(page, name)
        return note, page

    @staticmethod
    def _table(headers: list[str]) -> QtWidgets.QTableWidget:
        t = QtWidgets.QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setMinimumSectionSize(4)
        t.verticalHeader().setDefaultSectionSize(row_height(t))
        t.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        t.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_table(t, QtWidgets.QApplication.font().pointSizeF())
        return t

    @staticmethod
    def _fill(table: QtWidgets.QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = table.item(r, c)
                if item is None:
                    item = QtWidgets.QTableWidgetItem()
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
                item.setText(text)
        fit_table(table, table.font().pointSizeF())

    # ---- drawing from the model ------------------------------------------------------------------
    def show_model(self, m: StepThrough) -> None:
        self._model = m
        self.counter.setText(m.counter_text)
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, m.P)
        self.scrubber.setValue(m.count)
        self.scrubber.setPageStep(max(1, m.row_length))
        self.scrubber.blockSignals(False)
        v = m.current
        level = th.nice_ceiling(max(float(np.abs(m.trace.dw_contrib[m.count - 1]).max()) if v else 1.0, 1e-12))
        c = m.config
        if v is None:
            zeros = np.zeros(m.trace.w.shape)
            for grid in (self.patch, self.contrib, self.deltas):
                grid.set_values(zeros, 1.0)
                grid.show_inside(None)
            self.patch.set_title(translate("StepThroughPanel", "Patch x (no position yet)"))
            self.contrib.set_title(translate("StepThroughPanel", "δ · patch → buffer"))
            self.contrib.footer.setText(" ")  # no bias δ before the first position
            self.deltas.set_title(translate("StepThroughPanel", "δ · w → ∂L/∂x"))
            self.deltas.footer.setText(" ")
            self.numbers.setText(translate("StepThroughPanel", "Press <b>Right</b> to run backprop at the first position "
                                           "and add its contribution into the buffer.") if self.interactive else
                                 translate("StepThroughPanel", "No position added yet: the buffer is all zeros."))
        else:
            inside = inside_image(v, m.trace.x.shape[-2:])
            for grid in (self.patch, self.contrib, self.deltas):
                grid.show_inside(inside)
            self.patch.set_values(v.patch, 1.0)
            self.patch.set_title(patch_title(m, v, inside))
            self.contrib.set_values(v.contrib, level, also=[v.bias_contrib])
            # The overwrite bug (a lesson's deliberate mistake) replaces the buffer instead
            self.contrib.set_title(translate("StepThroughPanel", "δ · patch → replaces the buffer (the bug)") if m.overwrite
                                   else translate("StepThroughPanel", "δ · patch → added into the buffer"))
            bias = self.contrib.format(v.bias_contrib)
            footer = (translate("StepThroughPanel", "δ for the bias: <b>{value}</b> · the padding's cells add 0")
                      if inside is not None else translate("StepThroughPanel", "δ for the bias: <b>{value}</b>"))
            self.contrib.footer.setText(footer.format(value=bias) + self.contrib.hover_hint())
            hint = self.deltas.hover_hint()
            hint = hint.replace("'>· ", "'>", 1).lstrip() if inside is None else hint  # nothing before it
            dlevel = th.nice_ceiling(max(float(np.abs(v.input_deltas).max()), 1e-12))
            self.deltas.set_values(v.input_deltas, dlevel)
            self.deltas.set_title(translate("StepThroughPanel", "δ · w → added into ∂L/∂x"))
            # dx stops at the image: the padding's zeros are not inputs, their deltas are dropped.
            self.deltas.footer.setText((translate("StepThroughPanel", "only the cells inside the dashed edge: the "
                                                  "padding is not an input") if inside is not None else "") + hint or " ")
            bug = translate("StepThroughPanel", "<b>Overwrite bug on:</b> the buffer now holds only this position's "
                            "contribution.")
            bug = f"<span style='color:{self.theme.warning}'>{bug}</span>"
            if m.at_end:  # the pass is done: what happens next is the update (the table on the right)
                self.numbers.setText(update_text(m))  # says the overwrite itself
            else:
                self.numbers.setText(position_formulas(m, v, self.theme.muted) + "<br><br>" + (
                    bug if m.overwrite else translate("StepThroughPanel", "The gradient buffer is the sum of every "
                                                      "contribution so far: same {n} parameters, gradients just "
                                                      "<b>add</b>.").format(n=c.num_params)))
        self._explain(c)
        self._show_update(m)

    def _explain(self, c) -> None:
        """The grids' tooltips in this layer's numbers (the classroom's words for the classroom)."""
        if c.is_classroom_layer:
            for grid in (self.patch, self.contrib, self.deltas):
                grid.set_explanation(translate(grid.context, type(grid).explanation))
            return
        n = c.channels * c.kernel_size**2
        patch = (translate("StepThroughPanel", "The {size} input values under the filter at this position (its receptive "
                           "field), the filter's 1 pixel on from the last one's.") if c.stride == 1 else
                 translate("StepThroughPanel", "The {size} input values under the filter at this position (its receptive "
                           "field), the filter's {s} pixels on from the last one's."))
        patch = patch.format(size=patch_size(c), s=c.stride)
        if c.padding_pixels:
            patch += " " + translate("StepThroughPanel", "Cells outside the dashed edge lie on the padding's border: zeros, "
                                     "not pixels.")
        if c.color:
            patch += " " + translate("StepThroughPanel", "One grid per channel: R, G, B.")
        self.patch.set_explanation(patch)
        contrib = translate("StepThroughPanel", type(self.contrib).explanation)
        if c.padding_pixels:
            contrib += " " + translate("StepThroughPanel", "The padding's zeros add 0.")
        self.contrib.set_explanation(contrib)
        deltas = (translate("StepThroughPanel", "This position's input deltas δ · w: ADDED into ∂L/∂x at the patch's {n} "
                            "input values on the image (the padding's cells are not inputs: dropped).")
                  if c.padding_pixels else
                  translate("StepThroughPanel", "This position's input deltas δ · w: ADDED into ∂L/∂x at the patch's {n} "
                            "input values."))
        self.deltas.set_explanation(deltas.format(n=n))

    def _show_update(self, m: StepThrough) -> None:
        momentum = m.config.optimizer == "momentum"
        parameter, buffer = translate("StepThroughPanel", "parameter"), translate("StepThroughPanel", "buffer")
        if momentum:
            headers = [parameter, "w", buffer, translate("StepThroughPanel", "old v"),
                       translate("StepThroughPanel", "μv + buffer"), "w − lr × v"]
        else:
            headers = [parameter, "w", buffer, translate("StepThroughPanel", "w − lr × buffer")]
        if self.update_table.columnCount() != len(headers) or m.count < m.P:
            self.update_table.setColumnCount(len(headers))
            self.update_table.setHorizontalHeaderLabels(headers)
        at_end = m.count == m.P
        self.update_note.setVisible(not at_end)  # at the end the table needs the room; the note moves left
        if not at_end:
            note = translate("StepThroughPanel", "The update is applied once, after all {positions} positions have "
                             "added their contribution.").format(positions=m.positions_text)
            if self.interactive:
                note += " " + translate("StepThroughPanel", "Press End, then → to apply it.")
            self.update_note.setText(note)
            self._fill(self.update_table, [])
            self._show_face()
            return
        rows = m.update_rows()
        columns = [[r.value for r in rows], [r.buffer for r in rows]]
        if momentum:
            columns += [[r.velocity for r in rows], [r.new_velocity for r in rows]]
        columns.append([r.new_value for r in rows])
        texts = [numbers.cells(col) for col in columns]  # one precision per column: one quantity each
        self._fill(self.update_table, [[r.name] + [col[k] for col in texts] for k, r in enumerate(rows)])
        self.update_table.setToolTip(update_text(m).replace("<br>", " ").replace("<b>", "").replace("</b>", ""))
        self._show_face()

    def show_untied(self, m: StepThrough) -> None:
        """The untied view after m.count positions: tile (i, j) = that position's own δ·patch (zero if
        not reached yet; summed over the images of a batch); beside it, all tiles added up."""
        tr = m.trace
        tiles = untied_grad_after(tr.x, tr.dy, m.count, tr.k, tr.stride, tr.padding, channels=tr.w.ndim == 3)
        if self.untied_mosaic.k != tr.k:
            self.untied_mosaic.k, self.untied_mosaic._grid_shape = tr.k, None  # its tile lines redrawn
        level = th.nice_ceiling(max(float(np.abs(tr.dw_contrib).max()) if m.P else 0.0, 1e-12))  # fixed per pass
        self.untied_mosaic.show_channel_tiles(tiles, level)
        v = m.current
        self.untied_mosaic.mark_tile(v.row if v else None, v.col if v else None)  # colour: in the R mosaic
        self.untied_mosaic.set_title(untied_title(m))
        total = tiles.sum(axis=(0, 1))
        self.tile_sum.set_values(total, th.nice_ceiling(max(float(np.abs(total).max()), 1e-12)))
        self.tile_sum.set_title(translate("StepThroughPanel", "Sum of all tiles = the shared buffer"))
        if m.overwrite:
            bug = translate("StepThroughPanel", "<b>Overwrite bug on:</b> the buffer is NOT this sum")
            self.tile_sum.footer.setText(f"<span style='color:{self.theme.warning}'>{bug}</span>")
        else:
            self.tile_sum.footer.setText(translate("StepThroughPanel", "= the buffer ∂L/∂w above"))

    def show_check(self, rows) -> None:
        m = self._model
        if m is not None and m.overwrite:  # the bug's buffer is not a sum: say what it is
            note = translate("StepThroughPanel", "The full-pass buffer with the overwrite bug (position {P}'s contribution "
                             "alone, not a sum) against central finite differences of the loss.")
        elif m is None:
            note = translate("StepThroughPanel", "The full-pass buffer, summed over all positions, against central "
                             "finite differences of the loss.")
        elif m.count < m.P:
            note = translate("StepThroughPanel", "The full-pass buffer, summed over all {positions} positions (the buffer "
                             "shown above is the running sum after {count} of them), against central finite "
                             "differences of the loss.")
        else:
            note = translate("StepThroughPanel", "The full-pass buffer, summed over all {positions} positions, against "
                             "central finite differences of the loss.")
        if m is not None:
            note = note.format(P=grouped(m.P), positions=m.positions_text, count=grouped(m.count))
        self.check_note.setText(note)
        fd = numbers.panel_formatter([v for r in rows for v in (r.buffer, r.finite_difference)])
        self._fill(self.check_table, [[r.name, fd(r.buffer), fd(r.finite_difference), f"{r.relative_error:.1e}"]
                                      for r in rows])
        self.tabs.setCurrentWidget(self.check_page)

    def show_weight_map(self, name: str, data: np.ndarray, buffer_value: float, image: int | None = None,
                        num_images: int | None = None) -> None:
        """Weight `name`'s contribution at each position of ONE image (`image`, counted from 0, of
        num_images; default: read from the step-through shown). Over all images it sums to the buffer."""
        m = self._model
        if num_images is None:
            num_images = m.num_images if m is not None else 1
        if image is None:
            image = m.current.image if m is not None and m.current is not None else 0
        self.weight_map.set_map(data)
        f = numbers.panel_formatter([float(data.sum()), buffer_value])
        if num_images > 1:
            self.weight_map.set_title(translate("StepThroughPanel", "Contribution of {name} at each position of image "
                                                "{i} of {n}").format(name=name, i=image + 1, n=num_images))
            self.weight_map.footer.setText(translate("StepThroughPanel", "this image's map sums to <b>{sum}</b>; the maps "
                                                     "of all {n} images sum to the buffer value <b>{buffer}</b>").format(
                sum=f(float(data.sum())), n=num_images, buffer=f(buffer_value)))
        else:
            self.weight_map.set_title(translate("StepThroughPanel", "Contribution of {name} at each position").format(name=name))
            self.weight_map.footer.setText(translate("StepThroughPanel", "sum of the map = <b>{sum}</b> = buffer value "
                                                     "<b>{buffer}</b>").format(sum=f(float(data.sum())), buffer=f(buffer_value)))

    def show_compare(self, losses_sum: np.ndarray, losses_overwrite: np.ndarray) -> None:
        p = self.compare_plot
        p.clear()
        steps = np.arange(len(losses_sum))
        finite = np.isfinite(losses_sum)
        p.plot(steps[finite], np.maximum(losses_sum[finite], 1e-30), pen=pg.mkPen("#56B4E9", width=2), name=translate("StepThroughPanel", "add (correct)"))
        finite = np.isfinite(losses_overwrite)
        p.plot(steps[finite], np.maximum(losses_overwrite[finite], 1e-30), pen=pg.mkPen("#D55E00", width=2),
               name=translate("StepThroughPanel", "overwrite (bug)"))
        self.tabs.setCurrentIndex(3)
