"""Nothing lost by a key: Ctrl+Z takes back the last few of R (reset), Shift+R (new start), a new
image and a settings change, each restored exactly (weights, optimizer state, history, settings)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtCore

from cnnviz.engine import Trainer
from cnnviz.i18n import translate

LIMIT = 5  # the last few: a copy of the run each (small next to the images)


@dataclass
class Saved:
    what: str  # "the reset", "a new image", ... (said when undone)
    trainer: Trainer
    label: str
    source: str


class Undo(QtCore.QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.saved: list[Saved] = []
        self._busy = False  # one action saves once (a new image may also lower the learning rate)

    def save(self, what: str) -> None:
        """Keep the run as it is now, before `what` changes it."""
        if self._busy:
            return
        w = self.window
        trainer = w.copy_trainer()
        if trainer is None:
            return
        self.saved = (self.saved + [Saved(what, trainer, w.image_label, w.source)])[-LIMIT:]
        self._busy = True
        QtCore.QTimer.singleShot(0, self, self._done)

    def _done(self) -> None:
        self._busy = False

    def show_image_name(self, label: str) -> None:
        """The image box names the image the run has again (a sample, or the user's file)."""
        c = self.window.controls
        if label.startswith("sample:"):
            c.sample.blockSignals(True)
            c.sample.setCurrentIndex(c.sample.findData(label.split(":", 1)[1]))
            c.sample.blockSignals(False)
        else:
            c.show_image_name(Path(label).name)

    def undo(self) -> bool:
        """Ctrl+Z: back to the run before the last saved action (training paused); False if none."""
        w = self.window
        if not self.saved or w.tour.active:
            w.statusBar().showMessage(translate("Undo", "nothing to undo") if not self.saved
                                      else translate("Undo", "leave the tour to undo"), 5000)
            return False
        last = self.saved.pop()
        w.set_mode(None)
        w.controls.set_playing(False)
        w.set_trainer(last.trainer, last.label, last.source)
        self.show_image_name(last.label)
        w.statusBar().showMessage(translate("Undo", "undone: {what} ({n} more can be undone)").format(
            what=translate("Undo", last.what), n=len(self.saved)), 8000)
        return True
