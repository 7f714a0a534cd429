"""The guided tour (T): the lesson as chapters, each a caption over the live app in a set state.

Entering takes a copy of the run as it is (the tour's start); each chapter's state is made from
that copy (settings, training steps, mode, step-through position), so chapters look the same
whichever way a class arrives at them. Leaving gives the run back exactly as it was.
Keys are a clicker's: PageDown / PageUp chapters; Right / Left positions in a step-through chapter
(chapters elsewhere); Space plays or pauses a chapter's animation (next chapter where there is
none); + / − its speed; Home / End; Enter replays a chapter's animation; Esc leaves.
"""

from __future__ import annotations

import copy
import threading
from typing import TYPE_CHECKING

from PySide6 import QtCore

from cnnviz.app.modes import Mode
from cnnviz.app.pace import Due
from cnnviz.app.panels.caption_bar import CaptionBar
from cnnviz.engine import Trainer, TrainingDiverged
from cnnviz.i18n import translate

if TYPE_CHECKING:  # cnnviz.tour (its TOML reader, the captions) is imported when a tour starts
    from cnnviz.tour import Chapter, Tour

TICK_MS = 30  # animations advance in ticks of this length, at the speed control's pace (pace.py)


class TourMode(Mode):
    def __init__(self, window):
        super().__init__(window)
        self.tour: Tour | None = None
        self.index = 0
        self._start: Trainer | None = None  # the run when the tour started
        self._before: dict = {}  # what leaving restores besides the run
        self._highlighted: list = []
        self.shown: tuple[str, str] = ("", "")  # the chapter's title and text for the lesson shown
        self.warnings: list[str] = []  # numbers in the script that hold for the default lesson only
        self._captions: dict[int, tuple[str, str]] = {}  # chapter index -> (title, text), for this start
        self._animation: tuple[int, int] | None = None  # a training chapter's (updates done, total)
        self._pass_target: int | None = None  # a running-sum chapter's last position
        self._due = Due()
        self._sample_shown = False  # a colour chapter shows the colour sample in place of the lesson's images
        self._check = None  # a check chapter's verdict screen, built when a tour first needs it
        self._font_scale = 1.0
        self._trainer_shown: Trainer | None = None  # the chapter's lesson (its caption follows a verdict)
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
        """PageDown / PageUp: chapters. → / ←: positions in a step-through chapter (the animation
        pauses), chapters elsewhere (clickers that send arrows). Space: play / pause the chapter's
        animation, or the next chapter where there is none (clickers that send Space)."""
        positions = self.chapter.mode == "stepthrough"
        stepthrough = self.window.stepthrough
        return {"next": self.next, "prev": self.prev,
                "forward": stepthrough.commands()["forward"] if positions else self.next,
                "back": stepthrough.commands()["back"] if positions else self.prev,
                "play": self.toggle_play if self.chapter.animate else self.next,
                "home": lambda: self.go(0), "end": lambda: self.go(len(self.tour.chapters) - 1),
                "replay": self.replay, "leave": self.leave}

    def toggle_play(self) -> None:
        """Space in an animated chapter: pause, resume, or (at its end) play it again."""
        stepthrough = self.window.stepthrough
        if self.chapter.animate == "pass":
            if stepthrough.playing:
                stepthrough.pause()
            elif self._pass_target is not None and stepthrough.ready and stepthrough.model.count < self._pass_target:
                stepthrough.play(until=self._pass_target)
            else:
                self.replay()
        elif self._animation is not None:
            if self.timer.isActive():
                self.timer.stop()
            else:
                self._due.resume()
                self.timer.start()
        else:
            self.replay()

    # ---- entering and leaving -------------------------------------------------------------------
    def enter(self, tour: Tour | str | None = None, chapter: int = 0) -> bool:
        """Start `tour` (a Tour, a script path, or None for the default) at `chapter`."""
        from cnnviz.tour import Tour, TourError, load_tour, stale_sentences

        w = self.window
        if self.active:
            self.leave()
        try:
            tour = tour if isinstance(tour, Tour) else load_tour(tour)
        except TourError as e:
            w.show_error(translate("TourMode", "Tour not opened"), str(e))
            return False
        start = w.copy_trainer(pause=True)
        if start is None:
            return False
        board_mode = w.board_mode
        self._before = {"label": w.image_label, "source": w.source, "image": w.image_index,
                        "mode": board_mode, "overwrite": w.stepthrough.panel.overwrite.isChecked()}
        self._start = start
        self.tour = tour
        self._captions = {}
        self.check.clear()
        self.warnings = stale_sentences(tour, start)
        if self.warnings:  # said, not refused: the class may still want the rest of the script
            more = (translate("TourMode", " (and {count} more)").format(count=len(self.warnings) - 1)
                    if len(self.warnings) > 1 else "")
            w.statusBar().showMessage(translate("TourMode", "tour: {warning}{more}").format(
                warning=self.warnings[0], more=more), 20000)
        self.caption.setVisible(True)
        self.go(chapter)
        return True

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        self._stop_animation()
        self._set_highlight(())
        self.check.clear()
        self.check.hide()
        self.tour = None
        self.caption.setVisible(False)
        w.set_mode(None)
        w.stepthrough.panel.overwrite.setChecked(self._before["overwrite"])
        w.set_trainer(self._start, self._before["label"], self._before["source"])
        if self._sample_shown:
            w.undo.show_image_name(self._before["label"])
            self._sample_shown = False
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
        animate = animate and not w.prefs.reduced_motion  # View > Reduce Motion: the end state at once
        self._stop_animation()
        self.index = max(0, min(index, len(self.tour.chapters) - 1))
        ch = self.chapter
        from cnnviz.tour import chapter_lesson, example_path

        try:
            trainer, sample = chapter_lesson(self._start, ch)
        except (ValueError, TrainingDiverged) as e:
            w.show_error(translate("TourMode", "Chapter not shown"), translate("TourMode", "chapter {number}: {reason}").format(
                number=self.index + 1, reason=e))
            return False
        self._trainer_shown = trainer
        if ch.mode == "check":  # the lesson's numbers before the worker has the trainer
            snap, c = trainer.snapshot(), trainer.config
            lesson = (snap.images[0], snap.weights, snap.delta[0], c.stride, c.padding_pixels)
        else:
            self.check.hide()
        if ch.mode != "compare":  # before the worker has the trainer (a "train" chapter moves it)
            self._show_caption(ch, trainer, sample=sample, checked=self.check.verdict(self.index))
        w.set_mode(None)
        w.stepthrough.panel.overwrite.setChecked(ch.overwrite)
        shown = w.worker.latest()
        if sample:  # a colour chapter on a grey lesson: the bundled colour sample, said on the input panel
            w.set_trainer(trainer, f"sample:{sample}",
                          translate("TourMode", "the colour sample '{sample}' (this chapter only)").format(sample=sample))
        else:  # the teacher's own lesson (every other chapter, and leaving, give it back)
            w.set_trainer(trainer, self._before["label"], self._before["source"])
        if sample or self._sample_shown:
            w.undo.show_image_name(w.image_label)  # the image box names the picture shown
        self._sample_shown = bool(sample)
        if ch.mode != "normal" and shown is not None and shown.images.shape != trainer.images.shape:
            self._await_worker()  # after a colour chapter: the modes read the worker's newest snapshot
        if ch.mode == "stepthrough":
            self._show_stepthrough(ch, animate)
        elif ch.mode == "compare":
            self._show_comparison(ch)
            result = w.compare.model.result if w.compare.model is not None else None
            self._show_caption(ch, trainer, (result.shared_loss, result.untied_loss) if result else None, sample)
        elif ch.animate == "train" and animate:
            self._animation = (0, ch.train)
            self._due.start()
            self.timer.start()
        elif ch.animate == "train":
            w.worker.send("step", ch.train)
        elif ch.mode == "check":  # the verdict screen, its check off the GUI thread (an export waits)
            self.check.show(self.index, example_path(ch.example), lesson, wait=not animate)
            self._show_caption(ch, trainer, sample=sample, checked=self.check.verdict(self.index))
        self._set_highlight(ch.highlight)
        w.fit.apply()  # the chapter's panels, large, when the screen is short of room for all
        # (or when the chapter is about them alone: focus)
        w.redraw()
        return True

    def _await_worker(self, timeout: float = 5.0) -> None:
        """Wait until the worker has taken the chapter's trainer (it publishes a snapshot of it)."""
        taken = threading.Event()
        self.window.worker.send("peek", lambda _: taken.set())
        taken.wait(timeout)

    def _show_caption(self, ch: Chapter, trainer, tested=None, sample: str = "", checked: str | None = None) -> None:
        """The chapter's words for this lesson, from the engine (kept for the tour's start);
        `tested`: the comparison's test losses as the panel shows them; `sample`: the colour sample
        shown in place of the lesson's grey images; `checked`: the verdict sentence a check
        chapter's screen leads with (its words wait for it)."""
        from cnnviz.tour import caption

        shown = self._captions.get(self.index) or caption(ch, trainer, tested, sample, checked)
        if not (ch.mode == "check" and checked is None):  # (else said again when the verdict is in)
            self._captions[self.index] = shown
        self.shown = shown
        self.caption.show_chapter(*self.shown, self.index + 1, len(self.tour.chapters), bool(ch.animate))

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
            self._pass_target = target
            w.stepthrough.play(until=target)  # at the speed control's pace: Space pauses, ←/→ step
        else:
            model.seek(target)
            w.stepthrough.draw()
        panel = w.stepthrough.panel
        if ch.tab == "check":
            w.stepthrough.check_gradient()
        elif ch.tab == "overwrite":
            w.stepthrough.compare(ch.train)
            panel.tabs.setCurrentWidget(panel.compare_page)
        else:
            panel.tabs.setCurrentWidget(panel.untied_page if ch.tab == "untied" else panel.update_page)

    def _on_verdict(self, index: int) -> None:
        """A check chapter's verdict came in while it is shown: its caption says it."""
        if self.active and self.index == index and self._trainer_shown is not None:
            self._show_caption(self.chapter, self._trainer_shown, checked=self.check.verdict(index))

    def draw(self) -> None:
        """An `update` chapter: the filter panel shows the filter after the update (the table beside
        it: before, buffer, after), drawn after the board's own drawing of the filter before it."""
        w = self.window
        if not (self.active and self.chapter.update and w.stepthrough.ready and w.stepthrough.model.at_end):
            return
        rows = w.stepthrough.model.update_rows()
        w.panels["filter"].show_updated(w.stepthrough.model.snapshot, [r.new_value for r in rows])

    def _show_comparison(self, ch: Chapter) -> None:
        w = self.window
        if not w.set_mode(w.compare):
            return
        w.compare.step(ch.steps) if ch.steps else w.compare.draw()
        if ch.test:
            choice = w.compare.panel.test_choice
            index = choice.findData(ch.test)
            if index < 0:
                w.show_error(translate("TourMode", "Test not run"), translate("TourMode", "chapter {number}: no test image {name}")
                             .format(number=self.index + 1, name=repr(ch.test)))
                return
            choice.setCurrentIndex(index)
            w.compare.run_test(log=False)

    # ---- animation --------------------------------------------------------------------------------
    def _tick(self) -> None:
        """The training chapter's updates at the speed control's pace (what the bar says is what
        plays): those the clock says are due, so a slow frame catches up instead of lagging."""
        if self._animation is None or not self.active:
            self._stop_animation()
            return
        done, total = self._animation
        due = self._due.take(self.window.pace.speed, total - done)
        if due >= 1:
            self.window.worker.send("step", due)
            done += due
        self._animation = (done, total)
        if done >= total:
            self._stop_animation()

    def _stop_animation(self) -> None:
        self.timer.stop()
        self._animation = None
        self._pass_target = None
        self.window.stepthrough.pause()

    def start_copy(self) -> Trainer:
        """The run as it was when the tour started (a copy: exports may train it)."""
        return copy.deepcopy(self._start)

    @property
    def animating(self) -> bool:
        """The chapter's animation is playing (not paused, not over)."""
        return self.timer.isActive() or (self._pass_target is not None and self.window.stepthrough.playing)

    # ---- highlights -------------------------------------------------------------------------------
    def _set_highlight(self, keys) -> None:
        """Outline the chapter's panels in the accent colour (the old outlines go)."""
        w = self.window
        for widget, sheet in self._highlighted:
            widget.setStyleSheet(sheet)
        self._highlighted = []
        modes = {"stepthrough": w.stepthrough, "compare": w.compare}  # their panels: built when named
        for key in keys:
            widget = modes[key].panel if key in modes else w.panels.get(key)
            if widget is None:
                continue
            sheet = widget.styleSheet()
            self._highlighted.append((widget, sheet))
            widget.setStyleSheet(sheet + f" QFrame#{widget.objectName()} {{ border: 4px solid {w.theme.accent}; }}")

    @property
    def check(self):
        """The check chapter's verdict screen (tour_check.TourCheck), built on first use: the
        checker is not imported while the window opens."""
        if self._check is None:
            from cnnviz.app.tour_check import TourCheck

            self._check = TourCheck(self.window)
            self._check.on_verdict = self._on_verdict
            self._check.set_font_scale(self._font_scale)
        return self._check

    def set_font_scale(self, scale: float) -> None:
        self._font_scale = scale
        self.caption.set_font_scale(scale)
        if self._check is not None:
            self._check.set_font_scale(scale)
