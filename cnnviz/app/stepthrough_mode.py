"""The step-through mode: watch one backward pass add 900 contributions into one buffer.

The mode works on its own copy of the worker's Trainer (taken while training is paused), so
stepping, scrubbing and hovering never touch the worker. An update made here is pushed back
to the worker as a state, so training continues from exactly where the class left off.

Tracing a large image (a million positions at 1024x1024: about a second) runs off the GUI
thread with a progress dialog; the mode ignores its keys until the trace is ready.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import numpy as np
from PySide6 import QtCore, QtWidgets

from cnnviz.app.background import BackgroundJob
from cnnviz.app.modes import Mode
from cnnviz.app.pace import Due
from cnnviz.engine import Trainer, TrainingDiverged
from cnnviz.i18n import grouped, translate

if TYPE_CHECKING:  # the panel's module is imported with the panel, on first use
    from cnnviz.stepthrough import StepThrough
    from cnnviz.app.panels.stepthrough_panel import StepThroughPanel

TICK_MS = 30  # the pass plays in ticks of this length
UNDO_LIMIT = 200  # updates that Left can take back exactly
SYNC_POSITIONS = 150_000  # up to here a trace takes under ~0.15 s: no need to leave the GUI thread


def number_of_positions(snap) -> int:
    """P: the output cells of every image of the snapshot (N * Ho * Wo), for any layer."""
    return int(np.prod(snap.output.shape))


class StepThroughMode(Mode):
    """B: the panel takes the loss/trajectory row of the board while the mode is on."""

    def __init__(self, window):
        super().__init__(window)
        self.model: StepThrough | None = None
        self.trainer: Trainer | None = None
        self._undo: list[dict] = []
        self.job: BackgroundJob | None = None  # a trace being built off the GUI thread
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._until = 0
        self._due = Due()

    def build_panel(self) -> StepThroughPanel:
        from cnnviz.app.panels.stepthrough_panel import StepThroughPanel  # with the panel: on first use

        window = self.window
        p = StepThroughPanel(window.theme)
        p.forward.clicked.connect(self.forward)
        p.back.clicked.connect(self.back)
        p.home.clicked.connect(self.home)
        p.end.clicked.connect(self.end)
        p.scrubber.valueChanged.connect(self.seek)
        p.overwrite.toggled.connect(self.set_overwrite)
        p.check.clicked.connect(self.check_gradient)
        p.exit.clicked.connect(lambda: window.set_mode(None))
        p.compare_button.clicked.connect(lambda: self.compare())
        p.tabs.currentChanged.connect(lambda _: self.draw())  # the untied view is drawn only when shown
        return p

    @property
    def active(self) -> bool:
        return self.model is not None or self.job is not None

    @property
    def ready(self) -> bool:
        """A trace to step through, and none being built."""
        return self.model is not None and self.job is None

    def commands(self):
        return {"forward": self._paused(self.forward), "back": self._paused(self.back),
                "home": self._paused(self.home), "end": self._paused(self.end),
                "check": self.check_gradient, "play": self.toggle_play}

    def _paused(self, move: Callable[[], None]) -> Callable[[], None]:
        """A move by hand pauses the pass playing (the teacher takes over)."""
        def run() -> None:
            self.pause()
            move()
        return run

    # ---- playing the pass at the speed control's pace (Space; the tour's running sum) -----------------
    def toggle_play(self) -> None:
        """Space: play the pass position by position at the speed shown (positions/s), or pause it;
        at the end of the pass it plays again from the start."""
        if self.playing:
            self.pause()
        elif self.ready:
            if self.model.at_end:
                self.seek(0)
            self.play()

    def play(self, until: int | None = None) -> None:
        """Add positions at the speed control's rate up to `until` (default: the whole pass)."""
        if not self.ready:
            return
        self._until = self.model.P if until is None else min(until, self.model.P)
        if self.window.prefs.reduced_motion:  # View > Reduce Motion: one step to where it would stop
            self.seek(self._until)
            return
        self._due.start()
        self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def _tick(self) -> None:
        """The positions the clock says are due at the speed shown (a slow frame catches up: the rate
        on screen is the rate played)."""
        if not self.ready or self.model.count >= self._until:
            self.pause()
            return
        due = self._due.take(self.window.pace.speed, self._until - self.model.count)  # full speed: all
        if due >= 1:
            self.seek(self.model.count + due)
        if self.model.count >= self._until:
            self.pause()

    def place(self, board) -> None:
        self.reserve_cell(board, 2, 0, 1, 4)  # the loss and trajectory row, while the mode is on
        self.build_panel_after_first_paint()  # entering the step-through must not wait for it
        for key in ("filter", "buffer"):
            self.window.panels[key].cell_hovered.connect(self.show_weight)

    def show(self, on: bool) -> None:
        w = self.window
        w.pace.show()  # positions/s while the pass can play, updates/s for training
        self.panel.setVisible(on)
        w.panels["loss"].setVisible(not on)
        w.panels["trajectory"].setVisible(not on)
        w.board.layout().setRowStretch(2, 5 if on else 3)

    # ---- entering and leaving -------------------------------------------------------------------
    def enter(self) -> bool:
        """Pause training and trace one backward pass at the current weights."""
        self._undo.clear()
        overwrite = self.panel_built and self.panel.overwrite.isChecked()
        worker = self.window.worker

        from cnnviz.stepthrough import StepThrough  # imported on first use: not needed to open the window

        def build() -> StepThrough:
            # A copy of the worker's trainer (a large one takes a while: off the GUI thread too).
            trainer = worker.copy_trainer(pause=True)
            if trainer is None:
                raise TimeoutError(translate("Window", "the training thread did not answer; try again"))
            model = StepThrough(trainer, overwrite=overwrite)
            model.prepare()
            return model

        def give_up(error: BaseException) -> None:
            self.window.show_error(translate("StepThroughMode", "Step-through not started"), str(error))
            self.window.set_mode(None)

        return self._run(translate("StepThroughMode", "Tracing the backward pass at every position…"), build, self._set_model,
                         number_of_positions(worker.latest()), failed=give_up, cancel=True)

    def _set_model(self, model: StepThrough) -> None:
        self.model = model
        self.trainer = model.trainer

    def _run(self, label: str, work: Callable[[], Any], then: Callable[[Any], None], positions: int,
             failed: Callable[[BaseException], None] | None = None, cancel: bool = False) -> bool:
        """work() then then(result) and a redraw: at once for up to SYNC_POSITIONS positions, else off
        the GUI thread (then True means started). Only entering can be cancelled (it leaves the mode);
        an update runs to its end. An exception from work goes to failed (default: a dialog)."""
        def done(result) -> None:
            self.job = None
            then(result)
            self.draw()

        def fail(error: BaseException) -> None:
            self.job = None
            if failed is not None:
                failed(error)
            else:
                self.window.show_error(translate("StepThroughMode", "Step-through"), str(error))
            self.draw()

        if positions <= SYNC_POSITIONS:
            try:
                result = work()
            except (TimeoutError, ValueError) as e:
                fail(e)
                return False
            done(result)
            return True
        if self.job is not None:
            self.job.cancel()
        self.job = BackgroundJob(self.window, label, work, done, fail,
                                 cancelled=(lambda: self.window.set_mode(None)) if cancel else None)
        return True

    def leave(self) -> None:
        self.pause()
        if self.job is not None:
            self.job.cancel()
            self.job = None
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
        if not self.ready:
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
        if not self.ready:
            return
        size = self.step_size
        if size in ("position", "row", "pass"):
            self.model.back(size)
        elif self._undo:
            # Exact: restore the state saved before the last update, at the end of its pass.
            model, state = self.model, self._undo.pop()

            def undo() -> None:
                self.trainer.load_state(state)
                model.rebuild()
                model.prepare()
                model.end()

            self._run(translate("StepThroughMode", "Tracing the backward pass again…"), undo, lambda _: self._push_to_worker(), model.P)
            return
        self.draw()

    def home(self) -> None:
        if self.ready:
            self.model.home()
            self.draw()

    def end(self) -> None:
        if self.ready:
            self.model.end()
            self.draw()

    def seek(self, count: int) -> None:
        if self.ready and count != self.model.count:
            self.model.seek(count)
            self.draw()

    def _update(self, epoch: bool) -> None:
        m = self.model
        if epoch:
            m.end()
        before = self.trainer.state()

        def update() -> str:
            try:
                m.apply_update()  # traces again at the new weights
            except TrainingDiverged as e:
                return str(e)  # said on the GUI thread (this may run off it)
            m.prepare()
            return ""

        def applied(error: str) -> None:
            if error:
                self.window.show_error(translate("StepThroughMode", "Update not applied"), error)
                return
            self._undo = (self._undo + [before])[-UNDO_LIMIT:]
            self._push_to_worker()
            if epoch:
                m.end()

        self._run(translate("StepThroughMode", "Applying the update and tracing the next pass…"), update, applied, m.P)

    def set_overwrite(self, on: bool) -> None:
        if self.ready:
            self.model.overwrite = on
            self.draw()

    def check_gradient(self) -> None:
        if self.ready:
            self.panel.show_check(self.model.check_gradient())

    def compare(self, steps: int = 300) -> None:
        """Train `steps` updates both ways from this pass's start: add (correct) and overwrite (the bug)."""
        if not self.ready:
            return
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            s = self.model.snapshot
            from cnnviz.stepthrough import overwrite_training_demo

            losses_sum, losses_overwrite = overwrite_training_demo(s.images, s.config, steps=steps)
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
        self.panel.show_compare(losses_sum, losses_overwrite)

    def show_weight(self, row: int, col: int) -> None:
        """Hovering weight (row, col): outline every pixel it multiplied, show its map."""
        w = self.window
        if not self.ready or row < 0:
            w.input_panel.show_region(None)
            return
        m = self.model
        w.input_panel.show_region(m.pixels_touched(row, col))
        n = self._shown_image()
        # A colour filter's weight is (channel, row, col): the channel of the grid hovered.
        channel = max([w.panels[key].hovered_channel for key in ("filter", "buffer")] + [0])
        index = (channel, row, col) if m.buffer.ndim == 3 else (row, col)
        name = m.param_names[int(np.ravel_multi_index(index, m.buffer.shape))]
        self.panel.show_weight_map(name, m.weight_map(*index)[n], float(m.buffer[index]),
                                   image=n, num_images=len(m.snapshot.images))
        self.panel.tabs.setCurrentWidget(self.panel.weight_map)

    def _shown_image(self) -> int:
        v = self.model.current
        return v.image if v is not None else self.window.image_index

    # ---- drawing ----------------------------------------------------------------------------------
    def draw(self) -> None:
        if not self.ready:
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
        what = (translate("StepThroughMode", "overwritten after {count} of {P} positions") if m.overwrite else
                translate("StepThroughMode", "running sum after {count} of {P} positions"))
        what = what.format(count=grouped(m.count), P=grouped(m.P))
        w.buffer_panel.show_buffer(m.buffer, m.buffer_bias, what, highlight=m.changed_cells if v else None)
        w.input_grad_panel.show_input_grad(m.input_grad[n], note=translate("StepThroughMode", ", after {count} of {P} positions")
                                         .format(count=grouped(m.count), P=grouped(m.P)))
        self.panel.show_model(m)
        if self.panel.tabs.currentWidget() is self.panel.untied_page:
            self.panel.show_untied(m)
