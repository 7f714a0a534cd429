"""The comparison mode: train the shared filter and the untied layer side by side, in the GUI.

Entering pauses the lesson (the worker), takes its images and settings (a copy of its Trainer)
and builds a `Comparison`: the shared filter and the untied layer, both from the lesson's seeded
start (step 0). Play/Step/Reset (buttons, Space, Right, R) then act on the comparison. Training
runs on a GUI timer: each tick trains both layers for at most TRAIN_SECONDS (or as many updates
as the speed slider allows), then draws. No second thread: the worker stays paused while the
mode is on, and the comparison is a side experiment: leaving gives the worker nothing back.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6 import QtCore

from cnnviz.app import theme as th
from cnnviz.app.controls import SPEEDS
from cnnviz.app.modes import Mode
from cnnviz.engine import TrainingDiverged
from cnnviz.i18n import grouped, translate
from cnnviz.images import ImageError

if TYPE_CHECKING:  # the panel's and the model's modules are imported on first use
    from cnnviz.app.panels.compare_panel import ComparePanel
    from cnnviz.comparison import Comparison

TICK_MS = 30  # ~33 frames per second while playing
TRAIN_SECONDS = 0.015  # training time per tick at full speed: about half of each frame


class CompareMode(Mode):
    """C: the comparison panel covers the whole board while the mode is on."""

    def __init__(self, window):
        super().__init__(window)
        self.model: Comparison | None = None
        self.playing = False
        self.steps_per_second = 0.0
        self._budget = 0.0  # updates owed at a limited speed (fractions carry over)
        self._last_tick = 0.0
        self._rate: list[tuple[float, int]] = []
        self._result_step = -1  # the step the shown generalisation result was computed at
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def build_panel(self) -> ComparePanel:
        from cnnviz.app.panels.compare_panel import ComparePanel  # with the panel: on first use

        window = self.window
        p = ComparePanel(window.theme)
        p.play.clicked.connect(self.toggle_play)
        p.step.clicked.connect(lambda: self.step())
        p.reset.clicked.connect(self.reset)
        p.exit.clicked.connect(lambda: window.set_mode(None))
        p.untied_lr.valueChanged.connect(self.set_untied_lr)
        p.test_button.clicked.connect(lambda: self.run_test())  # not run_test(checked)
        return p

    @property
    def active(self) -> bool:
        return self.model is not None

    def commands(self):
        return {"play": self.toggle_play, "forward": self.step, "step": self.step, "reset": self.reset}

    def place(self, board) -> None:
        self.reserve_cell(board, 0, 0, 3, 4)  # the whole board, while the mode is on

    def show(self, on: bool) -> None:
        for panel in self.window.panels.values():
            panel.setVisible(not on)
        if on or self.panel_built:
            self.panel.setVisible(on)

    # ---- entering and leaving -------------------------------------------------------------------
    def enter(self, untied_lr: float | None = None) -> bool:
        """Pause the lesson and start a comparison on its images and settings (both at step 0)."""
        trainer = self.window.copy_trainer(pause=True)
        if trainer is None:
            return False
        self.pause()
        from cnnviz.comparison import Comparison

        self.model = Comparison.from_trainer(trainer, untied_lr)
        self.panel.set_untied_lr(self.model.untied_lr)
        self._result_step = -1
        self.draw()
        return True

    def leave(self) -> None:
        self.pause()
        self.model = None

    def resync(self) -> None:
        """The lesson's settings or image changed: start the comparison again with them. The untied
        learning rate is kept unless the lesson's learning rate changed (then it is 10x the new one)."""
        if not self.active:
            return
        old = self.model
        trainer = self.window.copy_trainer(pause=True)
        if trainer is None:
            return
        keep = old.untied_lr if trainer.config.lr == old.config.lr else None
        choice = old.result_choice
        self.pause()
        from cnnviz.comparison import Comparison

        self.model = Comparison.from_trainer(trainer, keep)
        self.panel.set_untied_lr(self.model.untied_lr)
        if choice is not None:
            self._generalise(choice)
        self.draw()

    # ---- training -------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if not self.active:
            return
        if self.playing:
            self.pause()
            self.draw()
        else:
            self.playing = True
            self._budget = 0.0
            self._last_tick = time.perf_counter()
            self._rate = [(self._last_tick, self.model.step_count)]
            self.timer.start()
            self._show_playing()

    def pause(self) -> None:
        self.playing = False
        self.timer.stop()
        self.steps_per_second = 0.0
        self._show_playing()

    def _show_playing(self) -> None:
        if self.panel_built:  # leaving a mode never entered does not build its panel
            self.panel.set_playing(self.playing)
        self.window.controls.set_playing(self.playing)
        self.window.presenter.show_playing(self.playing)

    def step(self, n: int = 1) -> None:
        """n lockstep updates of both layers (Right, the Step buttons), then draw."""
        if not self.active:
            return
        self.pause()
        self._train(n)
        self.draw()

    def reset(self) -> None:
        """Both layers back to step 0 (R); the generalisation result is cleared."""
        if not self.active:
            return
        self.pause()
        self.model.reset()
        self._result_step = -1
        self.draw()

    def _train(self, n: int) -> bool:
        try:
            self.model.step(n)
        except TrainingDiverged as e:
            self.pause()
            self.draw()
            self.window.show_error(translate("CompareMode", "Comparison paused: the loss overflowed"), str(e))
            return False
        return True

    def _tick(self) -> None:
        if not (self.active and self.playing):
            self.timer.stop()
            return
        now = time.perf_counter()
        speed = SPEEDS[self.window.controls.speed.value()]
        deadline = now + TRAIN_SECONDS
        # One lockstep update at a time, checking the clock after each: ~90 us for 32x32 (the
        # call overhead is negligible), and a large image's slow steps never overrun a frame by much.
        if not math.isinf(speed):
            self._budget = min(self._budget + speed * (now - self._last_tick), speed * 0.5 + 1)
        while time.perf_counter() < deadline and (math.isinf(speed) or self._budget >= 1):
            if not math.isinf(speed):
                self._budget -= 1
            if not self._train(1):
                return
        self._last_tick = now
        self._rate = [(t, s) for t, s in self._rate if now - t < 1.0] + [(now, self.model.step_count)]
        (t0, s0), (t1, s1) = self._rate[0], self._rate[-1]
        self.steps_per_second = (s1 - s0) / (t1 - t0) if t1 > t0 else 0.0
        self.draw()

    def set_untied_lr(self, lr: float) -> None:
        if not self.active:
            return
        try:
            self.model.set_untied_lr(lr)
        except ValueError as e:
            self.window.show_error(translate("CompareMode", "Learning rate not changed"), str(e))
            self.panel.set_untied_lr(self.model.untied_lr)
            return
        self.draw()

    # ---- the generalisation test ------------------------------------------------------------------
    def run_test(self, log: bool = True) -> None:
        """Apply both trained layers to the chosen image; show (and with `log`, print) both errors."""
        if not self.active:
            return
        if self._generalise(self.panel.test_choice.currentData()):
            if log:
                print(f"cnnviz: {self.model.result_line()}", flush=True)  # the class log
            self.draw()

    def _generalise(self, choice: str) -> bool:
        try:
            self.model.generalise(choice)
        except (ValueError, ImageError) as e:
            self.window.show_error(translate("CompareMode", "Test not run"), str(e))
            return False
        self._result_step = self.model.step_count
        return True

    # ---- drawing ----------------------------------------------------------------------------------
    def draw(self) -> None:
        if not self.active:
            return
        m = self.model
        if m.result is not None and self._result_step != m.step_count:
            self._generalise(m.result_choice)  # the test follows training once it has been run
        shared, untied = m.shared.snapshot(), m.untied.snapshot()
        self.panel.show_comparison(m, shared, untied)
        w = self.window
        text = (translate("CompareMode", "comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · "
                          "{rate} steps/s · playing · the lesson is paused at its own step") if self.playing else
                translate("CompareMode", "comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · "
                          "paused · the lesson is paused at its own step"))
        numbers = dict(step=grouped(shared.step), shared=th.fmt(shared.loss), untied=th.fmt(untied.loss))
        w.status_label.setText(text.format(rate=grouped(self.steps_per_second), **numbers))
        w.presenter.show_counter(translate("CompareMode", "step {step}   shared {shared}   untied {untied}").format(**numbers))
