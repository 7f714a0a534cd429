"""Step-through backprop: one shared gradient summed position by position, with the numbers.

Widgets only: StepThroughMode (cnnviz/app/stepthrough_mode.py) drives it from the model.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.panels.base import GridPanel, MapPanel
from cnnviz.app.panels.mosaic_panel import MosaicPanel
from cnnviz.engine.untied import untied_grad_after
from cnnviz.stepthrough import StepThrough

STEP_CHOICES = [("position", "one position"), ("row", "one row of positions"), ("pass", "the whole pass"),
                ("update", "the update"), ("epoch", "one epoch")]


class PatchGrid(GridPanel):
    key = "patch"
    cmap_name = th.GRAY
    symmetric = False
    explanation = "The 3x3 input pixels under the filter at this position (its receptive field)."


class ContribGrid(GridPanel):
    key = "contrib"
    explanation = "This position's contribution δ · patch: ADDED into the gradient buffer."


class DeltasGrid(GridPanel):
    key = "input_deltas"
    explanation = "This position's input deltas δ · w: ADDED into ∂L/∂x at the patch's 9 pixels."


class WeightMapPanel(MapPanel):
    key = "weight_map"
    explanation = "One weight's contribution from each position so far; the map sums to its buffer value."

    def show_snapshot(self, snap) -> None:  # drawn by the step-through mode only
        pass


# ---- the "Untied view" tab: each position's gradient in its own tile; the tiles sum to the buffer ----
class GradientMosaic(MosaicPanel):
    key = "untied_grads"
    value_name = "∂L/∂w"
    explanation = ("If every position had its own filter (untied), position p's gradient δ·patch would stay in "
                   "its own tile. Stepping one position fills in only that position's tile.")


class TileSumGrid(GridPanel):
    key = "tile_sum"
    explanation = "All the tiles added up: exactly the shared buffer. Weight sharing = summing the tiles."


class StepThroughPanel(QtWidgets.QFrame):
    key = "stepthrough"

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.setObjectName(self.key)
        self.theme = theme
        self.interactive = True  # False in an exported figure: no keys or buttons to mention
        self.setStyleSheet(f"QFrame#{self.key} {{ background: {theme.background}; border: 1px solid {theme.panel}; }}"
                           f" QLabel {{ color: {theme.foreground}; }}"
                           f" QWidget#page {{ background: {theme.background}; }}")
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)

        bar = QtWidgets.QHBoxLayout()
        self.counter = QtWidgets.QLabel()
        font = self.counter.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.counter.setFont(font)
        self.counter.setToolTip("Positions added into the buffer so far, of P, in raster order")
        bar.addWidget(self.counter, stretch=1)
        self.back = QtWidgets.QPushButton("◀ Back")
        self.back.setToolTip("Back one step (Left): exact, read from the recorded pass")
        self.forward = QtWidgets.QPushButton("Forward ▶")
        self.forward.setToolTip("Forward one step (Right)")
        self.home = QtWidgets.QPushButton("|◀ Start")
        self.home.setToolTip("Start of the pass: nothing added yet (Home)")
        self.end = QtWidgets.QPushButton("End ▶|")
        self.end.setToolTip("End of the pass: all positions added (End)")
        self.step_size = QtWidgets.QComboBox()
        for key, text in STEP_CHOICES:
            self.step_size.addItem(text, key)
        self.step_size.setToolTip("How far Back/Forward (Left/Right) move")
        self.overwrite = QtWidgets.QCheckBox("Overwrite instead of add (bug)")
        self.overwrite.setToolTip("A deliberate bug: the buffer keeps only the last position's contribution")
        self.check = QtWidgets.QPushButton("Check gradient")
        self.check.setToolTip("Compare the buffer with central finite differences of the loss (G)")
        self.exit = QtWidgets.QPushButton("Exit step-through")
        self.exit.setToolTip("Back to training (B or Esc)")
        for w in (self.home, self.back, self.forward, self.end):
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            bar.addWidget(w)
        self.step_label = QtWidgets.QLabel("Step:")
        bar.addWidget(self.step_label)
        self.step_size.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        bar.addWidget(self.step_size)
        outer.addLayout(bar)

        second = QtWidgets.QHBoxLayout()
        self.scrubber = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.scrubber.setToolTip("Scrub through the positions 0..P")
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
        self.numbers.setMinimumWidth(170)
        self.numbers.setMaximumWidth(230)
        body.addWidget(self.patch, stretch=3)
        body.addWidget(self.numbers, stretch=2)
        body.addWidget(self.contrib, stretch=3)
        body.addWidget(self.deltas, stretch=3)

        self.tabs = QtWidgets.QTabWidget()
        self.update_table = self._table(["parameter", "w", "buffer", "w − lr × buffer"])
        self.update_note = QtWidgets.QLabel()
        self.update_note.setWordWrap(True)
        update_page = QtWidgets.QWidget()
        update_page.setObjectName("page")
        lay = QtWidgets.QVBoxLayout(update_page)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.update_note)
        lay.addWidget(self.update_table, stretch=1)
        self.tabs.addTab(update_page, "Update")
        self.check_table = self._table(["parameter", "buffer", "finite difference", "relative error"])
        self.tabs.addTab(self.check_table, "Gradient check")
        self.weight_map = WeightMapPanel(theme)
        self.weight_map.set_title("Hover a weight in the filter or buffer")
        self.tabs.addTab(self.weight_map, "One weight")
        self.compare_plot = pg.PlotWidget(background=theme.background)
        self.compare_plot.setLogMode(y=True)
        self.compare_plot.setLabel("bottom", "step")
        self.compare_plot.addLegend(offset=(-4, 4))
        self.compare_button = QtWidgets.QPushButton("Train 300 steps both ways: sum vs overwrite")
        compare_page = QtWidgets.QWidget()
        compare_page.setObjectName("page")
        lay = QtWidgets.QVBoxLayout(compare_page)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.compare_button)
        lay.addWidget(self.compare_plot, stretch=1)
        self.tabs.addTab(compare_page, "Add vs overwrite")
        self.untied_mosaic = GradientMosaic(theme)
        self.tile_sum = TileSumGrid(theme)
        self.untied_page = QtWidgets.QWidget()
        self.untied_page.setObjectName("page")
        lay = QtWidgets.QHBoxLayout(self.untied_page)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.untied_mosaic, stretch=3)
        lay.addWidget(self.tile_sum, stretch=2)
        self.tabs.addTab(self.untied_page, "Untied view")
        body.addWidget(self.tabs, stretch=6)
        outer.addLayout(body, stretch=1)

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

    @staticmethod
    def _table(headers: list[str]) -> QtWidgets.QTableWidget:
        t = QtWidgets.QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 4)
        t.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        t.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
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

    # ---- drawing from the model ------------------------------------------------------------------
    def show_model(self, m: StepThrough) -> None:
        self.counter.setText(m.counter_text)
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, m.P)
        self.scrubber.setValue(m.count)
        self.scrubber.setPageStep(max(1, m.row_length))
        self.scrubber.blockSignals(False)
        v = m.current
        level = th.nice_ceiling(max(float(np.abs(m.trace.dw_contrib[m.count - 1]).max()) if v else 1.0, 1e-12))
        if v is None:
            zeros = np.zeros((3, 3))
            self.patch.set_values(zeros, 1.0)
            self.contrib.set_values(zeros, 1.0)
            self.deltas.set_values(zeros, 1.0)
            self.patch.set_title("Patch x (no position yet)")
            self.contrib.set_title("δ · patch → buffer")
            self.deltas.set_title("δ · w → ∂L/∂x")
            self.numbers.setText("Press <b>Right</b> to run backprop at the first position and add its "
                                 "contribution into the buffer." if self.interactive else
                                 "No position added yet: the buffer is all zeros.")
        else:
            self.patch.set_values(v.patch, 1.0)
            self.patch.set_title(f"Patch x[{v.row}:{v.row + 3}, {v.col}:{v.col + 3}]")
            self.contrib.set_values(v.contrib, level)
            self.contrib.set_title("δ · patch → added into the buffer")
            self.contrib.footer.setText(f"δ for the bias: <b>{th.fmt(v.bias_contrib)}</b>")
            dlevel = th.nice_ceiling(max(float(np.abs(v.input_deltas).max()), 1e-12))
            self.deltas.set_values(v.input_deltas, dlevel)
            self.deltas.set_title("δ · w → added into ∂L/∂x")
            act = m.config.activation
            y_name = "a = f(y)" if act != "identity" else "y"
            self.numbers.setText(
                f"<b>position {v.index + 1:,}</b> (row {v.row}, col {v.col})<br>"
                f"{y_name} = w · patch + b = <b>{th.fmt(v.output)}</b><br>"
                f"target T = <b>{th.fmt(v.target)}</b><br>"
                f"δ = ∂L/∂y = <b>{th.fmt(v.delta)}</b><br><br>"
                + ("<span style='color:#D55E00'><b>Overwrite bug on:</b> the buffer now holds only this "
                   "position's contribution.</span>" if m.overwrite else
                   "The buffer above is the sum of every contribution so far: same 10 parameters, "
                   "gradients just <b>add</b>."))
        self._show_update(m)

    def _show_update(self, m: StepThrough) -> None:
        if m.count < m.P:
            self.update_note.setText(f"The update is applied once, after all {m.P:,} positions have added "
                                     "their contribution."
                                     + (" Press End, then Right (step size: the update)." if self.interactive else ""))
            self._fill(self.update_table, [])
            return
        rows = m.update_rows()
        lr = m.config.lr
        if m.config.optimizer == "momentum":
            self.update_table.setColumnCount(5)
            self.update_table.setHorizontalHeaderLabels(["parameter", "w", "buffer", "v = μv + buffer", "w − lr × v"])
            self._fill(self.update_table, [[r.name, th.fmt(r.value), th.fmt(r.buffer), th.fmt(r.new_velocity),
                                            th.fmt(r.new_value)] for r in rows])
        else:
            self.update_table.setColumnCount(4)
            self.update_table.setHorizontalHeaderLabels(["parameter", "w", "buffer", "w − lr × buffer"])
            self._fill(self.update_table, [[r.name, th.fmt(r.value), th.fmt(r.buffer), th.fmt(r.new_value)]
                                           for r in rows])
        self.update_note.setText(f"Pass complete: w_new = w − lr × buffer (lr = {lr:g}), once for each of the "
                                 f"10 parameters. {m.mean_note()}")

    def show_untied(self, m: StepThrough) -> None:
        """The untied view after m.count positions: tile (i, j) = that position's own δ·patch (zero if
        not reached yet; summed over the images of a batch); beside it, all tiles added up."""
        tr = m.trace
        tiles = untied_grad_after(tr.x, tr.dy, m.count)
        level = th.nice_ceiling(max(float(np.abs(tr.dw_contrib).max()) if m.P else 0.0, 1e-12))  # fixed per pass
        self.untied_mosaic.show_tiles(tiles, level)
        v = m.current
        self.untied_mosaic.mark_tile(v.row if v else None, v.col if v else None)
        self.untied_mosaic.set_title(f"Untied: each position's gradient in its own tile "
                                     f"({m.count:,} of {m.P:,} filled in)")
        total = tiles.sum(axis=(0, 1))
        self.tile_sum.set_values(total, th.nice_ceiling(max(float(np.abs(total).max()), 1e-12)))
        self.tile_sum.set_title("Sum of all tiles = the shared buffer")
        if m.overwrite:
            self.tile_sum.footer.setText("<span style='color:#D55E00'><b>Overwrite bug on:</b> the buffer is NOT "
                                         "this sum</span>")
        else:
            self.tile_sum.footer.setText("= the buffer ∂L/∂w above")

    def show_check(self, rows) -> None:
        self._fill(self.check_table, [[r.name, th.fmt(r.buffer), th.fmt(r.finite_difference),
                                       f"{r.relative_error:.1e}"] for r in rows])
        self.tabs.setCurrentWidget(self.check_table)

    def show_weight_map(self, name: str, data: np.ndarray, buffer_value: float) -> None:
        self.weight_map.set_map(data)
        self.weight_map.set_title(f"Contribution of {name} at each position")
        self.weight_map.footer.setText(f"sum of the map = <b>{th.fmt(float(data.sum()))}</b> = buffer value "
                                       f"<b>{th.fmt(buffer_value)}</b>")

    def show_compare(self, losses_sum: np.ndarray, losses_overwrite: np.ndarray) -> None:
        p = self.compare_plot
        p.clear()
        steps = np.arange(len(losses_sum))
        finite = np.isfinite(losses_sum)
        p.plot(steps[finite], np.maximum(losses_sum[finite], 1e-30), pen=pg.mkPen("#56B4E9", width=2), name="add (correct)")
        finite = np.isfinite(losses_overwrite)
        p.plot(steps[finite], np.maximum(losses_overwrite[finite], 1e-30), pen=pg.mkPen("#D55E00", width=2),
               name="overwrite (bug)")
        self.tabs.setCurrentIndex(3)
