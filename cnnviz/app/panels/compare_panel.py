"""Shared vs untied, side by side: what weight sharing buys. Widgets only.

CompareMode (cnnviz/app/compare_mode.py) drives it from a `cnnviz.comparison.Comparison`;
exports (`cnnviz export --panel compare`) draw it the same way, without the buttons.

  [ untied mosaic: 900 tiles ] [ shared filter, parameter counts ] [ both loss curves ]
  [ generalisation test: choose an image, test, both errors | new image, target, both outputs ]
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import board
from cnnviz.app import theme as th
from cnnviz.app.controls import LearningRateBox
from cnnviz.app.layer_words import filter_size, map_note
from cnnviz.app.panels.base import MapPanel, Panel, set_log_ticks, style_plot
from cnnviz.app.panels.filter_panel import FilterPanel
from cnnviz.app.panels.mosaic_panel import MosaicPanel
from cnnviz.comparison import SHIFTED, Comparison, choice_label, generalisation_choices, untied_lr_tip
from cnnviz.engine import LessonConfig
from cnnviz.engine.conv import output_shape
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate

# The curves' colours; numbers written in text take the theme's darker or lighter versions
# (theme.shared, theme.untied), which keep 4.5:1 against the background.
SHARED_COLOUR = "#56B4E9"  # Okabe-Ito sky blue, as the lesson's loss curve
UNTIED_COLOUR = "#E69F00"  # Okabe-Ito orange
FLOOR = 1e-30  # log scale: an exact zero loss is drawn at the floor


def hide_axes(panel: MapPanel) -> None:
    """Cells only: the maps here are read by hovering, and the room goes to the cells."""
    for name in ("left", "bottom"):
        panel.plot.hideAxis(name)


def ratio_text(ratio: float) -> str:
    """2088.4 -> '2,088×', 3.2 -> '3.2×', 4.4e28 -> '4.4e+28×'."""
    if not np.isfinite(ratio):
        return "∞×"
    if ratio >= 1e6:
        return f"{ratio:.1e}×"
    return f"{grouped(ratio)}×" if ratio >= 10 else f"{ratio:.2g}×"


def new_images(n: int) -> str:
    """'the new image', or for a shifted batch 'the 3 new images' (the loss is over all of them)."""
    return translate("ComparePanel", "the new image") if n == 1 else translate("ComparePanel", "the {n} new images").format(n=n)


class UntiedMosaic(MosaicPanel):
    key = "compare_mosaic"
    context = "ComparePanel"
    explanation = QT_TRANSLATE_NOOP("ComparePanel", "The untied (locally connected) layer: an independent 3×3 filter + "
                                    "bias at every output position, each updated only by its own position's gradient. "
                                    "Tile (i, j) is position (i, j)'s filter; the colour scale is the target kernel's, "
                                    "like the shared filter's.")

    def show_layer(self, c: LessonConfig, positions: tuple[int, int], images: int) -> None:
        """The title and tooltip for this layer: its filters' size, their number, the mosaic's size."""
        ho, wo, k = *positions, c.kernel_size
        if c.color:  # one mosaic per channel: a filter's R, G and B slices sit at the same tile
            title = (translate("ComparePanel", "Untied: {n} filters of {size}, one per position (each used on all "
                               "{images} images) (R, G, B: three {mosaic} mosaics of {k}×{k} tiles)") if images > 1 else
                     translate("ComparePanel", "Untied: {n} filters of {size}, one per position (R, G, B: three "
                               "{mosaic} mosaics of {k}×{k} tiles)"))
        else:
            title = (translate("ComparePanel", "Untied: {n} filters, one per position (each used on all {images} "
                               "images) ({mosaic} mosaic of {k}×{k} tiles)") if images > 1 else
                     translate("ComparePanel", "Untied: {n} filters, one per position ({mosaic} mosaic of {k}×{k} tiles)"))
        self.set_title(title.format(n=grouped(ho * wo), size=filter_size(c), images=images, mosaic=f"{ho * k}×{wo * k}", k=k))
        if c.is_classroom_layer:
            self.set_explanation(translate("ComparePanel", self.explanation))
            return
        text = (translate("ComparePanel", "The untied (locally connected) layer: an independent {size} filter + bias at "
                          "every output position, each updated only by its own position's gradient. Tile (i, j) is "
                          "position (i, j)'s filter in each of the three mosaics R, G and B (its three slices), on one "
                          "colour scale; the colour scale is the target kernel's, like the shared filter's.") if c.color else
                translate("ComparePanel", "The untied (locally connected) layer: an independent {size} filter + bias at "
                          "every output position, each updated only by its own position's gradient. Tile (i, j) is "
                          "position (i, j)'s filter; the colour scale is the target kernel's, like the shared filter's."))
        self.set_explanation(text.format(size=filter_size(c)))


class SharedFilter(FilterPanel):
    key = "compare_filter"


class CountsCard(QtWidgets.QFrame):
    """'10 vs 9,000 vs 922,500': the parameters of the shared, untied and dense layers."""

    key = "compare_counts"

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.setObjectName(self.key)
        self.label = QtWidgets.QLabel()
        self.label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.theme = theme
        self.font_scale = 1.0
        self.brief = False
        self.counts = (10, 9000, 922500)
        self.shape = (32, 32)
        self.config = LessonConfig()
        self.setStyleSheet(f"QFrame#{self.key} {{ background: {theme.panel}; border-radius: 6px; }}"
                           f" QLabel {{ color: {theme.foreground}; background: transparent; }}")
        self._render()

    def set_counts(self, counts: tuple[int, int, int], shape: tuple[int, int], config: LessonConfig | None = None) -> None:
        """counts: (shared, untied, dense) for an image of shape (H, W) and the lesson's layer (config)."""
        config = config or LessonConfig()
        if (tuple(counts), tuple(shape), config) != (self.counts, self.shape, self.config):
            self.counts, self.shape, self.config = tuple(counts), tuple(shape), config
            self._render()

    def set_font_scale(self, scale: float) -> None:
        self.font_scale, self.brief = scale, False
        self._render()

    def text(self) -> str:
        return self.label.text()

    ROOM = 0.3  # at most this share of the comparison's height: the shared filter above keeps the rest

    def _fit_height(self) -> None:
        """Tall enough for the wrapped text at the current width (the column's layout cannot know);
        the numbers and names only when the words would take more than ROOM (a long language)."""
        width = self.label.width()
        if width > 50:
            parent = self.parentWidget()
            if (not self.brief and parent is not None
                    and self.label.heightForWidth(width) + 14 > self.ROOM * parent.height()):
                self.brief = True
                self._render()  # comes back here with the short text
                return
            self.setMinimumHeight(self.label.heightForWidth(width) + 14)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.brief and self.font_scale <= 1.2:  # room again for the words? (measured with them)
            self.brief = False
            self._render()
        else:
            self._fit_height()

    def _render(self) -> None:
        shared, untied, dense = self.counts
        h, w = self.shape
        c = self.config
        ho, wo = output_shape((h, w), c.kernel_size, c.stride, c.padding_pixels)
        positions, size = ho * wo, filter_size(c)
        big, small = 15 * self.font_scale, 9.5 * self.font_scale
        muted = self.theme.muted

        self.brief = brief = self.font_scale > 1.2 or self.brief  # presenter mode: the numbers and names only

        def row(number: int, colour: str, name: str, what: str) -> str:
            what = "" if brief else f"<br><span style='color:{muted}'>{what}</span>"
            return (f"<tr><td align='right' style='font-size:{big}pt; color:{colour}; padding-right:8px; "
                    "white-space:nowrap'>"
                    f"<b>{grouped(number)}</b></td><td style='font-size:{small}pt'><b>{name}</b>{what}</td></tr>")

        # The classroom's words as they were; another layer shows its multiplication (28 × 225).
        per_position = (translate("ComparePanel", "a {size} + bias per position (×{positions})") if c.is_classroom_layer
                        else translate("ComparePanel", "{shared} × {positions} positions"))
        per_position = per_position.format(size=size, positions=grouped(positions), shared=grouped(shared))
        dense_what = (translate("ComparePanel", "{inputs} inputs × {outputs} outputs + biases") if c.color else
                      translate("ComparePanel", "{inputs} pixels × {outputs} outputs + biases"))
        heading = translate("ComparePanel", "Parameters for {shape}").format(
            shape=f"{f'{c.channels}×' if c.color else ''}{h}×{w} → {ho}×{wo}{map_note(c)}")
        self.label.setText(
            f"<div style='font-size:{small}pt; color:{muted}'>{heading}</div>"
            "<table cellspacing='0' cellpadding='1'>"
            + row(shared, self.theme.shared, translate("ComparePanel", "shared"),
                  translate("ComparePanel", "one {size} + bias for all positions").format(size=size))
            + row(untied, self.theme.untied, translate("ComparePanel", "untied"), per_position)
            + row(dense, self.theme.foreground, translate("ComparePanel", "dense"),
                  dense_what.format(inputs=grouped(c.channels * h * w), outputs=grouped(positions)))
            + "</table>")
        self._fit_height()


class CompareLossPanel(Panel):
    """Both loss curves on one log-scale plot."""

    key = "compare_loss"
    context = "ComparePanel"
    explanation = QT_TRANSLATE_NOOP("ComparePanel", "The loss L on the training image before each update, for both "
                                    "layers, log scale. Both start as the same function (the same start filter at "
                                    "every position).")

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(theme, parent)
        self.plot = self.view.addPlot(enableMenu=False)  # no context menus: not built at all
        self.plot.setLogMode(x=False, y=True)
        self.plot.setLabel("bottom", translate("ComparePanel", "step"))
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        style_plot(self.plot, theme)
        self.legend = self.plot.addLegend(offset=(-6, 6), labelTextColor=theme.foreground,
                                          brush=pg.mkBrush(theme.panel), pen=pg.mkPen(theme.muted))
        self.shared_curve = self.plot.plot(pen=pg.mkPen(SHARED_COLOUR, width=2),
                                           name=translate("ComparePanel", "shared ({n} parameters)").format(n=grouped(10)))
        self.untied_curve = self.plot.plot(pen=pg.mkPen(UNTIED_COLOUR, width=2),
                                           name=translate("ComparePanel", "untied ({n} parameters)").format(n=grouped(9000)))
        self.shared_now = self.plot.plot(pen=None, symbol="o", symbolSize=7, symbolBrush=SHARED_COLOUR, symbolPen=None)
        self.untied_now = self.plot.plot(pen=None, symbol="o", symbolSize=7, symbolBrush=UNTIED_COLOUR, symbolPen=None)
        self._names = (self.shared_curve.name(), self.untied_curve.name())
        self._two_lines = False
        self.set_title(translate("ComparePanel", "Loss L on the training image (log scale)"))
        self.plot.vb.sigResized.connect(self._fit_legend)

    def show_images(self, n: int) -> None:
        """The title and tooltip for one training image or a batch of n."""
        if n == 1:
            self.set_title(translate("ComparePanel", "Loss L on the training image (log scale)"))
            self.set_explanation(translate("ComparePanel", self.explanation))
            return
        self.set_title(translate("ComparePanel", "Loss L on the {n} training images (log scale)").format(n=n))
        self.set_explanation(translate("ComparePanel", "The loss L on the {n} training images before each update, for "
                                       "both layers, log scale. Both start as the same function (the same start filter "
                                       "at every position).").format(n=n))

    def set_names(self, shared_count: int, untied_count: int) -> None:
        names = (translate("ComparePanel", "shared ({n} parameters)").format(n=grouped(shared_count)),
                 translate("ComparePanel", "untied ({n} parameters)").format(n=grouped(untied_count)))
        if names != self._names:
            self._names = names
            self._show_names()

    def _show_names(self) -> None:
        """The legend's names, each on two lines ("shared<br>(10 parameters)") when one line would
        be wider than the plot (a long language on a narrow panel: the legend would be cut)."""
        names = [n.replace(" (", "<br>(", 1) for n in self._names] if self._two_lines else self._names
        self.legend.clear()
        self.legend.addItem(self.shared_curve, names[0])
        self.legend.addItem(self.untied_curve, names[1])

    def _fit_legend(self) -> None:
        room = self.plot.vb.width()
        if room < 100:  # not laid out yet
            return
        if self._two_lines:  # measure with the names on one line
            self._two_lines = False
            self._show_names()
        if self.legend.boundingRect().width() > room - 12:
            self._two_lines = True
            self._show_names()

    def set_font_scale(self, scale: float) -> None:
        super().set_font_scale(scale)
        self.legend.setLabelTextSize(f"{9 * scale:.1f}pt")
        for _, label in self.legend.items:
            label.setText(label.text)  # a LabelItem applies its size when its text is set
        self._fit_legend()

    def legend_names(self) -> list[str]:
        return [label.text.replace("<br>", " ") for _, label in self.legend.items]

    def show_losses(self, shared, untied) -> None:
        """shared : Snapshot, untied : UntiedSnapshot (history_steps, history_losses, step, loss)."""
        lows, highs, last = [], [], 10.0
        for snap, curve, now in ((shared, self.shared_curve, self.shared_now),
                                 (untied, self.untied_curve, self.untied_now)):
            steps = np.append(snap.history_steps, snap.step).astype(float)
            losses = np.maximum(np.append(snap.history_losses, snap.loss), FLOOR)
            finite = np.isfinite(losses)
            steps, losses = steps[finite], losses[finite]
            if losses.size:
                lows.append(np.log10(losses.min()))
                highs.append(np.log10(losses.max()))
                last = max(last, float(steps[-1]))
            curve.setData(*th.thin(steps, losses))
            now.setData(steps[-1:], losses[-1:])
        if lows:
            self.plot.setRange(xRange=(0, last), yRange=(min(lows) - 0.1, max(highs) + 0.1), padding=0.02)
            set_log_ticks(self.plot, min(lows) - 0.1, max(highs) + 0.1)
        self.footer.setText(translate("ComparePanel", "step {step}: shared L = {shared} · untied L = {untied}").format(
            step=grouped(shared.step), shared=f"<b style='color:{self.theme.shared}'>{th.fmt(shared.loss)}</b>",
            untied=f"<b style='color:{self.theme.untied}'>{th.fmt(untied.loss)}</b>"))

    def show_snapshot(self, snap) -> None:  # drawn from both layers' snapshots (show_losses)
        pass


class NewImageMap(MapPanel):
    key = "compare_test_image"
    context = "ComparePanel"
    explanation = QT_TRANSLATE_NOOP("ComparePanel", "The image the layers are tested on: they were never trained on it.")
    cmap = th.GRAY
    symmetric = False

    def show_image(self, image: np.ndarray) -> None:
        """image (H, W) grey, or (3, H, W) colour drawn as RGB."""
        self.set_map(np.moveaxis(image, 0, -1) if image.ndim == 3 else image, (0.0, 1.0))

    def value_text(self, row: int, col: int) -> str:
        if self.data is not None and self.data.ndim == 3:  # RGB: the three values, as the input panel reads them
            r, g, b = self.data[row, col]
            return f"R {r:.3f}  G {g:.3f}  B {b:.3f}"
        return super().value_text(row, col)

    def show_snapshot(self, snap) -> None:
        pass


class NewImageResult(MapPanel):
    """The target or one layer's output on the test image, on the target's colour scale."""

    key = "compare_test_map"
    context = "ComparePanel"
    explanation = QT_TRANSLATE_NOOP("ComparePanel", "On the test image, on the colour scale of the target there.")
    note = ""  # the footer when no cell is hovered (the layer's error there)

    def set_note(self, text: str) -> None:
        self.note = text
        if self._hovered == (-1, -1):
            self.footer.setText(text or " ")

    def idle_footer(self) -> str:
        return self.note or super().idle_footer()

    def show_snapshot(self, snap) -> None:
        pass


class ComparePanel(QtWidgets.QFrame):
    key = "compare"
    interactive = True  # the buttons are shown (False in exports)

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.setObjectName(self.key)
        self.theme = theme
        self.setStyleSheet(th.mode_panel_style(self.key, theme))
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)

        # ---- the bar: title, counter and the comparison's own controls
        bar = QtWidgets.QHBoxLayout()
        self.title = QtWidgets.QLabel(translate("ComparePanel", "Shared vs untied: what weight sharing buys"))
        self.title.setWordWrap(True)  # presenter size on a narrow screen: two lines, not cut
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        bar.addWidget(self.title)
        self.counter = QtWidgets.QLabel()
        self.counter.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.counter.setWordWrap(True)
        bar.addWidget(self.counter, stretch=1)
        self.play = QtWidgets.QPushButton(translate("ComparePanel", "▶ Play"))
        self.play.setToolTip(translate("ComparePanel", "Train both layers, one update each per step (Space)"))
        self.step = QtWidgets.QPushButton(translate("ComparePanel", "Step ▸"))
        self.step.setToolTip(translate("ComparePanel", "One update of each layer (Right)"))
        self.reset = QtWidgets.QPushButton(translate("ComparePanel", "Reset both"))
        self.reset.setToolTip(translate("ComparePanel", "Both layers back to step 0: the same start filter (R)"))
        self.untied_lr_label = QtWidgets.QLabel(translate("ComparePanel", "untied lr"))
        self.untied_lr = LearningRateBox()
        self.untied_lr.setToolTip(untied_lr_tip(900))
        self.untied_lr_label.setToolTip(untied_lr_tip(900))
        self.exit = QtWidgets.QPushButton(translate("ComparePanel", "Leave comparison"))
        self.exit.setToolTip(translate("ComparePanel", "Back to the lesson, where it was paused (C or Esc)"))
        self.buttons = (self.play, self.step, self.reset, self.exit)
        for w in self.buttons:
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Space and the arrows stay shortcuts
        for w in (self.play, self.step, self.reset, self.untied_lr_label, self.untied_lr, self.exit):
            bar.addWidget(w)
        outer.addLayout(bar)
        self.note = QtWidgets.QLabel()
        self.note.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        outer.addWidget(self.note)

        # ---- top: the untied mosaic, the shared filter with the counts, both losses
        self.top = top = QtWidgets.QHBoxLayout()
        top.setSpacing(6)
        self.mosaic = UntiedMosaic(theme)
        self.filter = SharedFilter(theme)
        self.counts = CountsCard(theme)
        self.loss = CompareLossPanel(theme)
        middle = QtWidgets.QVBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(self.filter, stretch=3)
        middle.addWidget(self.counts, stretch=0)
        top.addWidget(self.mosaic, stretch=5)
        top.addLayout(middle, stretch=3)
        top.addWidget(self.loss, stretch=4)
        outer.addLayout(top, stretch=3)

        # ---- bottom: the generalisation test
        # The test row gets a fixed share of the height (resizeEvent): the word-wrapped labels'
        # height-for-width would otherwise make Qt split the height evenly between the rows.
        self.test_row = QtWidgets.QWidget()
        bottom = QtWidgets.QHBoxLayout(self.test_row)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(6)
        test = QtWidgets.QFrame()
        test.setObjectName("compare_test")
        test.setStyleSheet(f"QFrame#compare_test {{ background: {theme.panel}; border-radius: 6px; }}"
                           f" QLabel {{ color: {theme.foreground}; background: transparent; }}")
        column = QtWidgets.QVBoxLayout(test)
        column.setContentsMargins(8, 6, 8, 6)
        self.heading = heading = QtWidgets.QLabel("<b>" + translate("ComparePanel", "Generalisation test") + "</b>")
        heading.setTextFormat(QtCore.Qt.TextFormat.RichText)
        heading.setWordWrap(True)  # a long language at presenter size: two lines, not cut
        column.addWidget(heading)
        self.test_choice = QtWidgets.QComboBox()
        for key, label in generalisation_choices():
            self.test_choice.addItem(label, key)
        self.test_choice.setToolTip(translate("ComparePanel", "An image neither layer was trained on: the training image "
                                              "moved, or a bundled sample at the same size"))
        self.test_button = QtWidgets.QPushButton(translate("ComparePanel", "Test on a new image"))
        self.test_button.setToolTip(translate("ComparePanel", "Apply both trained layers to the chosen image and score "
                                              "them against the target there (nothing is trained). The errors are also "
                                              "printed."))
        self.test_button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.test_fixed = QtWidgets.QLabel()  # the test image's name when the widgets are hidden (exports)
        self.test_fixed.setWordWrap(True)
        self.test_fixed.setVisible(False)
        column.addWidget(self.test_choice)
        column.addWidget(self.test_button)
        column.addWidget(self.test_fixed)
        self.result = QtWidgets.QLabel()
        self.result.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.result.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.result, stretch=1)
        self.test_column = test
        self._fit_test_column()
        bottom.addWidget(test, stretch=3)
        self.test_image = NewImageMap(theme)
        self.test_target = NewImageResult(theme)
        self.test_shared = NewImageResult(theme)
        self.test_untied = NewImageResult(theme)
        for panel in (self.test_image, self.test_target, self.test_shared, self.test_untied):
            bottom.addWidget(panel, stretch=2)
        outer.addWidget(self.test_row)
        for panel in (self.mosaic, self.test_image, self.test_target, self.test_shared, self.test_untied):
            hide_axes(panel)
        # No colour bars: the three maps are compared by eye at the same size, on one scale (the
        # target's, written under it); hovering reads any cell.
        for panel in (self.test_image, self.test_target, self.test_shared, self.test_untied):
            panel.plot.layout.removeItem(panel.colorbar)
            panel.colorbar.setVisible(False)
            panel.has_colorbar = False
        # The rows share the height by their stretch, not by the plots' large size hints.
        ignored = QtWidgets.QSizePolicy.Policy.Ignored
        for panel in self.sub_panels():
            panel.setSizePolicy(ignored, ignored)
        self.show_no_result()

    TEST_ROW_SHARE = 0.36  # of the panel's height

    def resizeEvent(self, event) -> None:
        self._fit_test_row(event.size().height())
        super().resizeEvent(event)

    def _fit_test_row(self, height: int) -> None:
        if self.compact and self.has_result:  # the test takes the room the counts card leaves
            counts = self.counts.heightForWidth(self.width()) if self.counts.hasHeightForWidth() else -1
            rest = self.top_height() + max(counts, self.counts.sizeHint().height()) + 8
            self.test_row.setFixedHeight(max(150, height - rest))
        else:
            self.test_row.setFixedHeight(max(150, int(height * self.TEST_ROW_SHARE)))

    def top_height(self) -> int:
        """The bar's and the note's height (above the rows)."""
        return self.title.sizeHint().height() + (self.note.height() if self.note.isVisible() else 0) + 24

    compact = False
    has_result = False

    def set_compact(self, on: bool) -> None:
        """Short of room (a projector at presenter size): one row at a time, large: the generalisation
        test once it has a result (the lesson's point) under the parameter counts, else both layers
        training."""
        self.compact = on
        self._show_face()

    def _show_face(self) -> None:
        test_only = self.compact and self.has_result
        for w in (self.mosaic, self.filter, self.loss):  # the counts (10 / 9,000 / 922,500) stay
            w.setVisible(not test_only)
        self.test_row.setVisible(not self.compact or self.has_result)
        self._fit_test_row(self.height())

    # ---- look ----------------------------------------------------------------------------------
    def sub_panels(self) -> list[Panel]:
        return [self.mosaic, self.filter, self.loss, self.test_image, self.test_target, self.test_shared,
                self.test_untied]

    def set_font_scale(self, scale: float) -> None:
        """Presenter mode: every text larger (the numbers the class reads most of all)."""
        for panel in self.sub_panels():
            panel.set_font_scale(scale)
        self.counts.set_font_scale(scale)
        base = QtWidgets.QApplication.font().pointSizeF()
        for label, factor in ((self.title, 1.35), (self.counter, 1.0), (self.note, 1.0), (self.heading, 1.0),
                              (self.result, 1.0), (self.test_fixed, 1.0)):
            font = QtGui.QFont(label.font())
            font.setPointSizeF(base * scale * factor)
            label.setFont(font)
        for w in (self.test_choice, self.test_button):
            font = QtGui.QFont(w.font())
            font.setPointSizeF(base * scale)
            w.setFont(font)
        self._fit_test_column()
        # Presenter mode has its own play and step bar: the panel keeps only the test's controls.
        self.presenter = scale > 1.2
        for w in (*self.buttons, self.untied_lr_label, self.untied_lr, self.note):
            w.setVisible(self.interactive and not self.presenter)

    presenter = False

    def _fit_test_column(self) -> None:
        """240..340 px, wider when the test button's words need it (German at presenter size)."""
        need = self.test_button.sizeHint().width() + 20  # the column's margins
        self.test_column.setMinimumWidth(max(240, need))
        self.test_column.setMaximumWidth(max(340, need))

    def set_interactive(self, on: bool) -> None:
        """Show or hide the buttons (an exported figure has none)."""
        self.interactive = on
        for w in (*self.buttons, self.untied_lr_label, self.untied_lr):
            w.setVisible(on and not self.presenter)
        for w in (self.test_choice, self.test_button):
            w.setVisible(on)
        self.test_fixed.setVisible(not on)

    def set_playing(self, playing: bool) -> None:
        self.play.setText(translate("ComparePanel", "❚❚ Pause") if playing else translate("ComparePanel", "▶ Play"))

    def set_untied_lr(self, lr: float) -> None:
        """Show lr in the box without emitting valueChanged."""
        self.untied_lr.blockSignals(True)
        self.untied_lr.setValue(lr)
        self.untied_lr.blockSignals(False)

    # ---- drawing -------------------------------------------------------------------------------
    def show_comparison(self, model: Comparison, shared=None, untied=None) -> None:
        """Draw both layers (shared : Snapshot, untied : UntiedSnapshot; taken from model if None)."""
        shared = shared if shared is not None else model.shared.snapshot()
        untied = untied if untied is not None else model.untied.snapshot()
        n_shared, n_untied, n_dense = model.counts
        ho, wo = untied.weights.shape[:2]
        h, w = shared.images.shape[-2:]
        n = len(shared.images)
        self.counter.setText("&nbsp;&nbsp;" + translate("ComparePanel", "step {step} · loss: shared {shared}, untied {untied}")
                             .format(step=f"<b>{grouped(shared.step)}</b>",
                                     shared=f"<b style='color:{self.theme.shared}'>{th.fmt(shared.loss)}</b>",
                                     untied=f"<b style='color:{self.theme.untied}'>{th.fmt(untied.loss)}</b>"))
        c, uc = shared.config, untied.config
        same = (translate("ComparePanel", "Same image, target ({target}), loss ({reduction}) and optimizer ({optimizer}); "
                          "both start from the same filter (the untied layer has it at every position). Learning rate: "
                          "shared {lr} (the lesson's), untied {untied_lr}.") if n == 1 else
                translate("ComparePanel", "Same {n} images, target ({target}), loss ({reduction}) and optimizer "
                          "({optimizer}); both start from the same filter (the untied layer has it at every position). "
                          "Learning rate: shared {lr} (the lesson's), untied {untied_lr}."))
        same = same.format(n=n, target=c.target, reduction=c.reduction, optimizer=c.optimizer, lr=f"{c.lr:g}",
                           untied_lr=f"{uc.lr:g}")
        if self.interactive:
            same += " " + translate("ComparePanel", "The lesson's run is paused while comparing and gets nothing back.")
        self.note.setText(f"<span style='color:{self.theme.muted}'>{same}</span>")
        level = th.nice_ceiling(max(float(np.abs(shared.target_kernel).max()), 1e-9))
        self.mosaic.show_layer(c, (ho, wo), n)
        self.mosaic.show_tiles(untied.weights, level, untied.biases)
        self.filter.show_snapshot(shared)
        title = (translate("ComparePanel", "Shared: ONE {size} filter for all {total} positions ({n} images × {per_image})")
                 if n > 1 else translate("ComparePanel", "Shared: ONE {size} filter for all {total} positions"))
        self.filter.set_title(title.format(size=filter_size(c), total=grouped(n * ho * wo), n=n, per_image=grouped(ho * wo)))
        self.counts.set_counts((n_shared, n_untied, n_dense), (h, w), c)
        # A filter of more than 9 cells (5×5, 3×3×3) takes the room its numbers need from the mosaic.
        wide = c.num_params > 10
        self.top.setStretch(0, 4 if wide else 5)
        self.top.setStretch(1, 4 if wide else 3)
        self.loss.show_images(n)
        self.loss.set_names(n_shared, n_untied)
        tip = untied_lr_tip(n * ho * wo)
        self.untied_lr.setToolTip(tip)
        self.untied_lr_label.setToolTip(tip)
        self.test_choice.setItemText(self.test_choice.findData(SHIFTED), choice_label(SHIFTED, n))
        self.loss.show_losses(shared, untied)
        if model.result is None:
            self.show_no_result()
        else:
            self.show_result(model, shared.loss, untied.loss)

    def show_no_result(self) -> None:
        self.has_result = False
        self._show_face()
        self.test_fixed.setText("")
        hint = translate("ComparePanel", "Apply both trained layers to an image they never saw, and compare with the "
                         "target there.")
        self.result.setText(f"<span style='color:{self.theme.muted}'>{hint}</span>")
        for panel, title in ((self.test_image, QT_TRANSLATE_NOOP("ComparePanel", "New image")),
                             (self.test_target, QT_TRANSLATE_NOOP("ComparePanel", "Target there")),
                             (self.test_shared, QT_TRANSLATE_NOOP("ComparePanel", "Shared output there")),
                             (self.test_untied, QT_TRANSLATE_NOOP("ComparePanel", "Untied output there"))):
            panel.set_title(translate("ComparePanel", title))
            if isinstance(panel, NewImageResult):
                panel.set_note("")

    def error_line(self, model: Comparison) -> str:
        """'error (loss) on the new image: shared X, untied Y' (th.fmt numbers)."""
        r = model.result
        return translate("ComparePanel", "error (loss) on {what}: shared {shared}, untied {untied}").format(
            what=new_images(len(r.images)), shared=th.fmt(r.shared_loss), untied=th.fmt(r.untied_loss))

    def show_result(self, model: Comparison, train_shared: float, train_untied: float) -> None:
        self.has_result = True
        self._show_face()
        r = model.result
        n = 0  # the first test image (a shifted batch shows its first)
        images = len(r.images)
        label = choice_label(model.result_choice, images)
        self.test_fixed.setText(translate("ComparePanel", "tested on: {label}").format(label=label))
        ratio = ratio_text(r.ratio)
        if model.both_round_off:
            verdict = translate("ComparePanel", "(<b>both ≈ 0</b>: round-off, no difference to see)")
        elif r.ratio >= 1:
            verdict = translate("ComparePanel", "(<b>{ratio}</b> worse)").format(ratio=ratio)
        else:
            verdict = translate("ComparePanel", "(the untied layer does better here)")
        errors = translate("ComparePanel", "error (loss) on {what}:<br>shared {shared}, untied {untied}").format(
            what=new_images(images), shared=f"<b style='color:{self.theme.shared}; font-size:large'>{th.fmt(r.shared_loss)}</b>",
            untied=f"<b style='color:{self.theme.untied}; font-size:large'>{th.fmt(r.untied_loss)}</b>")
        trained = (translate("ComparePanel", "on the training images: shared {shared}, untied {untied}")
                   if len(model.shared.images) > 1 else
                   translate("ComparePanel", "on the training image: shared {shared}, untied {untied}"))
        trained = trained.format(shared=th.fmt(train_shared), untied=th.fmt(train_untied))
        self.result.setText(
            f"{errors} {verdict}<br><span style='color:{self.theme.muted}'>{trained}</span>"
            + ("" if self.presenter else
               f"<br><br><span style='color:{self.theme.muted}'>{model.conclusion()}</span>"))
        self.test_image.set_title(translate("ComparePanel", "New image ({label})").format(label=label) if images == 1 else
                                  translate("ComparePanel", "New image, the first of {n} ({label})").format(n=images, label=label))
        self.test_image.show_image(r.images[n])
        levels = board.shared_levels(r)
        self.test_target.set_title(translate("ComparePanel", "Target there (the right answer)"))
        self.test_target.set_map(r.target[n], levels)
        self.test_target.set_note(translate("ComparePanel", "scale {low} … {high} (all three)").format(low=f"{levels[0]:g}", high=f"{levels[1]:g}"))
        self.test_shared.set_title(translate("ComparePanel", "Shared filter's output there"))
        self.test_shared.set_map(r.shared_output[n], levels)
        error = (translate("ComparePanel", "error (loss) {value}") if images == 1 else
                 translate("ComparePanel", "error (loss) (all {n}) {value}"))
        self.test_shared.set_note(error.format(n=images, value=f"<b style='color:{self.theme.shared}'>{th.fmt(r.shared_loss)}</b>"))
        self.test_untied.set_title(translate("ComparePanel", "Untied layer's output there"))
        self.test_untied.set_map(r.untied_output[n], levels)
        self.test_untied.set_note(error.format(n=images, value=f"<b style='color:{self.theme.untied}'>{th.fmt(r.untied_loss)}</b>"))
