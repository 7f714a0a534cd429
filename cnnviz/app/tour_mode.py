"""The guided tour (T): the lesson as chapters, each a caption over the live app in a set state.

Entering takes a copy of the run as it is (the tour's start); each chapter's state is made from
that copy (settings, training steps, mode, step-through position), so chapters look the same
whichever way a class arrives at them. Leaving gives the run back exactly as it was.
Keys are a clicker's: PageDown / Right / Space next, PageUp / Left previous, Home / End, Enter
replays a chapter's animation, Esc leaves.
"""

from __future__ import annotations

import copy
import math
import time

from PySide6 import QtCore

from cnnviz.app.modes import Mode
from cnnviz.app.panels.caption_bar import CaptionBar
from cnnviz.engine import Trainer, TrainingDiverged
from cnnviz.tour import Chapter, Tour, TourError, load_tour

TICK_MS = 30
PASS_SECONDS = 6.0  # the running sum over all positions plays in this time
TRAIN_SECONDS = 6.0  # a "train" chapter's updates play in this time


class TourMode(Mode):
    def __init__(self, window):
        super().__init__(window)
        self.tour: Tour | None = None
        self.index = 0
        self._start: Trainer | None = None  # the run when the tour started
        self._before: dict = {}  # what leaving restores besides the run
        self._highlighted: list = []
        self._animation: tuple[str, float, int, int] | None = None  # (kind, started, done, total)
        self.caption = CaptionBar(window.theme)
        self.caption.setVisible(False)
        self.caption.prev.clicked.connect(self.prev)
        self.caption.next.clicked.connect(self.next)
        self.caption.replay.clicked.connect(self.replay)
        self.caption.exit.clicked.connect(self.leave)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    @property
    def active(self) -> bool:
        return self.tour is not None

    @property
    def chapter(self) -> Chapter:
        return self.tour.chapters[self.index]

    def commands(self):
        return {"next": self.next, "forward": self.next, "play": self.next, "prev": self.prev, "back": self.prev,
                "home": lambda: self.go(0), "end": lambda: self.go(len(self.tour.chapters) - 1),
                "replay": self.replay, "leave": self.leave}

    # ---- entering and leaving -------------------------------------------------------------------
    def enter(self, tour: Tour | str | None = None, chapter: int = 0) -> bool:
        """Start `tour` (a Tour, a script path, or None for the default) at `chapter`."""
        w = self.window
        if self.active:
            self.leave()
        try:
            tour = tour if isinstance(tour, Tour) else load_tour(tour)
        except TourError as e:
            w.show_error("Tour not opened", str(e))
            return False
        start = w.copy_trainer(pause=True)
        if start is None:
            return False
        board_mode = w.board_mode
        self._before = {"label": w.image_label, "source": w.source, "image": w.image_index,
                        "mode": board_mode, "overwrite": w.stepthrough.panel.overwrite.isChecked()}
        self._start = start
        self.tour = tour
        self.caption.setVisible(True)
        self.go(chapter)
        return True

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        self._stop_animation()
        self._set_highlight(())
        self.tour = None
        self.caption.setVisible(False)
        w.set_mode(None)
        w.stepthrough.panel.overwrite.setChecked(self._before["overwrite"])
        w.set_trainer(self._start, self._before["label"], self._before["source"])
        w.controls.image_index.setValue(self._before["image"] + 1)
        if self._before["mode"] is not None:
            w.set_mode(self._before["mode"])
        self._start = None
        w.redraw()

    # ---- navigation -----------------------------------------------------------------------------
    def next(self) -> None:
        if self.active and self.index + 1 < len(self.tour.chapters):
            self.go(self.index + 1)

    def prev(self) -> None:
        if self.active and self.index > 0:
            self.go(self.index - 1)

    def replay(self) -> None:
        if self.active:
            self.go(self.index)

    def go(self, index: int, animate: bool = True) -> bool:
        """Show chapter `index`: its state made from the tour's start; animations play if `animate`
        (exports show where they end). False (and a dialog) if the chapter cannot be shown."""
        w = self.window
        self._stop_animation()
        self.index = max(0, min(index, len(self.tour.chapters) - 1))
        ch = self.chapter
        self.caption.show_chapter(ch.title, ch.text, self.index + 1, len(self.tour.chapters), bool(ch.animate))
        trainer = copy.deepcopy(self._start)
        try:
            trainer.configure(**ch.settings)
            if ch.mode != "compare":  # the comparison trains from the seeded start itself
                trainer.step(ch.steps)
        except (ValueError, TrainingDiverged) as e:
            w.show_error("Chapter not shown", f"chapter {self.index + 1}: {e}")
            return False
        w.set_mode(None)
        w.stepthrough.panel.overwrite.setChecked(ch.overwrite)
        w.set_trainer(trainer, self._before["label"], self._before["source"])
        if ch.mode == "stepthrough":
            self._show_stepthrough(ch, animate)
        elif ch.mode == "compare":
            self._show_comparison(ch)
        elif ch.animate == "train" and animate:
            self._animation = ("train", time.perf_counter(), 0, ch.train)
            self.timer.start()
        elif ch.animate == "train":
            w.worker.send("step", ch.train)
        self._set_highlight(ch.highlight)
        w.fit.apply()  # the chapter's panels, large, when the screen is short of room for all
        w.redraw()
        return True

    def _show_stepthrough(self, ch: Chapter, animate: bool) -> None:
        w = self.window
        if not w.set_mode(w.stepthrough):
            return
        if w.stepthrough.job is not None:
            w.stepthrough.job.wait()  # a large image's trace: the chapter needs it to place the position
        model = w.stepthrough.model
        target = model.P if ch.position == "end" else min(int(ch.position), model.P)
        if ch.animate == "pass" and animate:
            w.stepthrough.seek(0)
            self._animation = ("pass", time.perf_counter(), 0, target)
            self.timer.start()
        else:
            model.seek(target)
            w.stepthrough.draw()

    def _show_comparison(self, ch: Chapter) -> None:
        w = self.window
        if not w.set_mode(w.compare):
            return
        w.compare.step(ch.steps) if ch.steps else w.compare.draw()
        if ch.test:
            choice = w.compare.panel.test_choice
            index = choice.findData(ch.test)
            if index < 0:
                w.show_error("Test not run", f"chapter {self.index + 1}: no test image {ch.test!r}")
                return
            choice.setCurrentIndex(index)
            w.compare.run_test(log=False)

    # ---- animation --------------------------------------------------------------------------------
    def _tick(self) -> None:
        """Advance to where the clock says the animation is (slow frames skip ahead, never lag)."""
        if self._animation is None or not self.active:
            self._stop_animation()
            return
        kind, started, done, total = self._animation
        seconds = PASS_SECONDS if kind == "pass" else TRAIN_SECONDS
        now = min(total, math.ceil(total * (time.perf_counter() - started) / seconds))
        if now > done:
            if kind == "pass":
                self.window.stepthrough.seek(now)
            else:
                self.window.worker.send("step", now - done)
        self._animation = (kind, started, now, total)
        if now >= total:
            self._stop_animation()

    def _stop_animation(self) -> None:
        self.timer.stop()
        self._animation = None

    def start_copy(self) -> Trainer:
        """The run as it was when the tour started (a copy: exports may train it)."""
        return copy.deepcopy(self._start)

    @property
    def animating(self) -> bool:
        return self._animation is not None

    # ---- highlights -------------------------------------------------------------------------------
    def _set_highlight(self, keys) -> None:
        """Outline the chapter's panels in the accent colour (the old outlines go)."""
        w = self.window
        for widget, sheet in self._highlighted:
            widget.setStyleSheet(sheet)
        self._highlighted = []
        modes = {"stepthrough": w.stepthrough.panel, "compare": w.compare.panel}
        for key in keys:
            widget = modes.get(key) or w.panels.get(key)
            if widget is None:
                continue
            sheet = widget.styleSheet()
            self._highlighted.append((widget, sheet))
            widget.setStyleSheet(sheet + f" QFrame#{widget.objectName()} {{ border: 4px solid {w.theme.accent}; }}")

    def set_font_scale(self, scale: float) -> None:
        self.caption.set_font_scale(scale)
