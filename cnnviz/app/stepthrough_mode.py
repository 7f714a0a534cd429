"""The step-through mode: watch one backward pass add 900 contributions into one buffer.

The mode works on its own copy of the worker's Trainer (taken while training is paused), so
stepping, scrubbing and hovering never touch the worker. An update made here is pushed back
to the worker as a state, so training continues from exactly where the class left off.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from cnnviz.app.modes import Mode
from cnnviz.app.panels.stepthrough_panel import StepThroughPanel
from cnnviz.engine import Trainer, TrainingDiverged
from cnnviz.stepthrough import PARAM_NAMES, StepThrough, overwrite_training_demo

UNDO_LIMIT = 200  # updates that Left can take back exactly


class StepThroughMode(Mode):
    """B: the panel takes the loss/trajectory row of the board while the mode is on."""

    def __init__(self, window):
        super().__init__(window)
        self.model: StepThrough | None = None
        self.trainer: Trainer | None = None
        self._undo: list[dict] = []
        self.panel = StepThroughPanel(window.theme)
        p = self.panel
        p.forward.clicked.connect(self.forward)
        p.back.clicked.connect(self.back)
        p.home.clicked.connect(self.home)
        p.end.clicked.connect(self.end)
        p.scrubber.valueChanged.connect(self.seek)
        p.overwrite.toggled.connect(self.set_overwrite)
        p.check.clicked.connect(self.check_gradient)
        p.exit.clicked.connect(lambda: window.set_mode(None))
        p.compare_button.clicked.connect(self.compare)
        p.tabs.currentChanged.connect(lambda _: self.draw())  # the untied view is drawn only when shown

    @property
    def active(self) -> bool:
        return self.model is not None

    def commands(self):
        return {"forward": self.forward, "back": self.back, "home": self.home, "end": self.end,
                "check": self.check_gradient, "play": self._leave_and_play}

    def _leave_and_play(self) -> None:
        self.window.set_mode(None)  # playing means training: leave the step-through
        self.window.toggle_training()

    def place(self, board) -> None:
        self.panel.setVisible(False)
        board.layout().addWidget(self.panel, 2, 0, 1, 4)
        for key in ("filter", "buffer"):
            self.window.panels[key].cell_hovered.connect(self.show_weight)

    def show(self, on: bool) -> None:
        w = self.window
        self.panel.setVisible(on)
        w.panels["loss"].setVisible(not on)
        w.panels["trajectory"].setVisible(not on)
        w.board.layout().setRowStretch(2, 5 if on else 3)

    # ---- entering and leaving -------------------------------------------------------------------
    def enter(self) -> bool:
        """Pause training and trace one backward pass at the current weights."""
        trainer = self.window.copy_trainer(pause=True)
        if trainer is None:
            return False
        self.trainer = trainer
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            self.model = StepThrough(trainer, overwrite=self.panel.overwrite.isChecked())
            self.model.prepare()
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
        self._undo.clear()
        self.draw()
        return True

    def leave(self) -> None:
        self.model = None
        self.trainer = None
        self._undo.clear()
        self._clear_marks()

    def _clear_marks(self) -> None:
        w = self.window
        w.input_panel.show_region(None)
        w.input_panel.field_position = None
        for key in ("output", "error", "target"):
            w.panels[key].mark_cell(None)

    def resync(self) -> None:
        """Settings, image or weights changed in the worker: trace again from its state."""
        if self.active:
            self.enter()

    def _push_to_worker(self) -> None:
        state = self.trainer.state()
        self.window.worker.send("call", lambda t: t.load_state(state))

    # ---- navigation ---------------------------------------------------------------------------------
    @property
    def step_size(self) -> str:
        return self.panel.step_size.currentData()

    def forward(self) -> None:
        if not self.active:
            return
        size = self.step_size
        if size in ("position", "row", "pass") and not self.model.at_end:
            self.model.forward(size)
        elif size == "update" and not self.model.at_end:
            self.model.end()  # the update comes after the whole pass: show it first
        else:  # at the end of the pass, -> goes on to the update (whatever the step size)
            self._update(epoch=size == "epoch")
        self.draw()

    def back(self) -> None:
        if not self.active:
            return
        size = self.step_size
        if size in ("position", "row", "pass"):
            self.model.back(size)
        elif self._undo:
            # Exact: restore the state saved before the last update, at the end of its pass.
            self.trainer.load_state(self._undo.pop())
            self.model.rebuild()
            self.model.prepare()
            self.model.end()
            self._push_to_worker()
        self.draw()

    def home(self) -> None:
        if self.active:
            self.model.home()
            self.draw()

    def end(self) -> None:
        if self.active:
            self.model.end()
            self.draw()

    def seek(self, count: int) -> None:
        if self.active and count != self.model.count:
            self.model.seek(count)
            self.draw()

    def _update(self, epoch: bool) -> None:
        m = self.model
        if epoch:
            m.end()
        before = self.trainer.state()
        try:
            m.apply_update()
        except TrainingDiverged as e:
            self.window.show_error("Update not applied", str(e))
            return
        m.prepare()
        self._undo = (self._undo + [before])[-UNDO_LIMIT:]
        self._push_to_worker()
        if epoch:
            m.end()

    def set_overwrite(self, on: bool) -> None:
        if self.active:
            self.model.overwrite = on
            self.draw()

    def check_gradient(self) -> None:
        if self.active:
            self.panel.show_check(self.model.check_gradient())

    def compare(self) -> None:
        if not self.active:
            return
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            s = self.model.snapshot
            losses_sum, losses_overwrite = overwrite_training_demo(s.images, s.config, steps=300)
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
        self.panel.show_compare(losses_sum, losses_overwrite)

    def show_weight(self, row: int, col: int) -> None:
        """Hovering weight (row, col): outline every pixel it multiplied, show its map."""
        w = self.window
        if not self.active or row < 0:
            w.input_panel.show_region(None)
            return
        m = self.model
        w.input_panel.show_region(m.pixels_touched(row, col))
        n = self._shown_image()
        self.panel.show_weight_map(PARAM_NAMES[row * 3 + col], m.weight_map(row, col)[n], float(m.buffer[row, col]))
        self.panel.tabs.setCurrentWidget(self.panel.weight_map)

    def _shown_image(self) -> int:
        v = self.model.current
        return v.image if v is not None else self.window.image_index

    # ---- drawing ----------------------------------------------------------------------------------
    def draw(self) -> None:
        if not self.active:
            return
        m, w = self.model, self.window
        v = m.current
        if v is not None and v.image != w.image_index:
            w.controls.image_index.setValue(v.image + 1)  # show the image being traced
        n = self._shown_image()
        if v is not None:
            w.input_panel.show_receptive_field(v.row, v.col)
        else:  # before the first position or after the update: no position to outline
            w.input_panel.receptive_field.setVisible(False)
        for key in ("output", "error", "target"):
            w.panels[key].mark_cell(v.row if v else None, v.col if v else None)
        what = f"{'overwritten' if m.overwrite else 'running sum'} after {m.count:,} of {m.P:,} positions"
        w.buffer_panel.show_buffer(m.buffer, m.buffer_bias, what, highlight=m.changed_cells if v else None)
        w.input_grad_panel.show_input_grad(m.input_grad[n], note=f", after {m.count:,} of {m.P:,} positions")
        self.panel.show_model(m)
        if self.panel.tabs.currentWidget() is self.panel.untied_page:
            self.panel.show_untied(m)
