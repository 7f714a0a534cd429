"""The status bar's line: step, epoch, loss, measured updates per second and play state."""

from __future__ import annotations

import time

from PySide6 import QtWidgets

from cnnviz.app import theme as th
from cnnviz.i18n import grouped, translate


class StatusLine(QtWidgets.QLabel):
    def __init__(self):
        super().__init__()
        self._samples: list[tuple[float, int]] = []  # (time, step) over the last second

    def show_training(self, snap, playing: bool) -> None:
        now = time.perf_counter()
        self._samples = [(t, s) for t, s in self._samples if now - t < 1.0] + [(now, snap.step)]
        (t0, s0), (t1, s1) = self._samples[0], self._samples[-1]
        rate = (s1 - s0) / (t1 - t0) if playing and t1 > t0 and s1 >= s0 else 0.0
        text = (translate("StatusLine", "step {step} · epoch {epoch} · loss {loss} · {rate} steps/s · playing") if playing
                else translate("StatusLine", "step {step} · epoch {epoch} · loss {loss} · {rate} steps/s · paused"))
        text = text.format(step=grouped(snap.step), epoch=grouped(snap.epoch), loss=th.fmt(snap.loss), rate=grouped(rate))
        self.setText(text + (f" · {snap.note}" if snap.note else ""))
