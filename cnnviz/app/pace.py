"""The pace is the teacher's: one speed control (the slider, + and −, presenter mode's buttons) for
training (updates per second) and for the pass the step-through and the tour play (positions per
second). The number shown is the number played."""

from __future__ import annotations

import math
import time

from PySide6 import QtCore

from cnnviz.app.controls import SPEEDS, speed_text


class Pace(QtCore.QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        slider = window.controls.speed
        slider.valueChanged.connect(self._changed)
        slider.setValue(SPEEDS.index(window.prefs.speed))
        window.worker.send("speed", window.prefs.speed)
        self.show()

    @property
    def speed(self) -> float:
        """Per second, as shown: updates while training, positions while a pass plays (inf: at once)."""
        return SPEEDS[self.window.controls.speed.value()]

    def change(self, delta: int) -> None:
        s = self.window.controls.speed
        s.setValue(max(0, min(len(SPEEDS) - 1, s.value() + delta)))

    def _changed(self, index: int) -> None:
        self.window.worker.send("speed", SPEEDS[index])
        self.window.prefs.set("speed", str(SPEEDS[index]))
        self.show()

    @property
    def unit(self) -> str:
        stepthrough = getattr(self.window, "stepthrough", None)
        return "positions" if stepthrough is not None and stepthrough.active else "updates"

    def show(self) -> None:
        """The speed in words, in what plays now: the control column and presenter mode's bar."""
        text = speed_text(self.speed, self.unit)
        self.window.controls.speed_label.setText(text)
        presenter = getattr(self.window, "presenter", None)
        if presenter is not None:
            presenter.speed.setText(text)


class Due:
    """How many steps (positions, updates) are due at `speed` per second since the last take: a
    slow frame catches up, so the rate on screen is the rate played."""

    def __init__(self):
        self.start()

    def start(self) -> None:
        """From now, nothing owed."""
        self._clock = time.perf_counter()
        self._owed = 0.0

    def resume(self) -> None:
        """After a pause: the paused time is not owed (what was owed before it still is)."""
        self._clock = time.perf_counter()

    def take(self, speed: float, most: int) -> int:
        """The whole steps due now, at most `most` (all of them at full speed, speed = inf)."""
        now = time.perf_counter()
        self._owed += most if math.isinf(speed) else speed * (now - self._clock)
        self._clock = now
        due = min(most, int(self._owed))
        self._owed -= due
        return due
