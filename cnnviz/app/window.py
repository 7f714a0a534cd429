"""The main window: wires the panels, the controls, the worker and the modes. Thin: no training
here (the worker), no mode logic (cnnviz/app/*_mode.py), no menus (menus.py) or file dialogs
(file_actions.py)."""

from __future__ import annotations

import gc
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz import images as imgs
from cnnviz.app import accessibility, board
from cnnviz.app import theme as th
from cnnviz.app.background import BackgroundJob
from cnnviz.app.compare_mode import CompareMode
from cnnviz.app.controls import Controls
from cnnviz.app.file_actions import FileActions, describe_source
from cnnviz.app.layer_words import layer_geometry, window_title
from cnnviz.app.layout import ScreenFit
from cnnviz.app.lesson_settings import LessonSettings
from cnnviz.app.menus import install_menus
from cnnviz.app.modes import Mode
from cnnviz.app.pace import Pace
from cnnviz.app.preferences import Preferences
from cnnviz.app.presenter_mode import PresenterMode
from cnnviz.app.status_line import StatusLine
from cnnviz.app.stepthrough_mode import StepThroughMode
from cnnviz.app.tour_mode import TourMode
from cnnviz.app.worker import WorkerThread
from cnnviz.engine import LessonConfig, Trainer, safe_default_lr
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate

REFRESH_MS = 30  # ~33 Hz: the GUI pulls the newest snapshot, it is never pushed per step


class MainWindow(QtWidgets.QMainWindow):
    def __init__(self, images: np.ndarray, label: str, config: LessonConfig | None = None,
                 theme: th.Theme | None = None, size: int | None = imgs.DEFAULT_SIZE, trainer: Trainer | None = None,
                 preferences: Preferences | None = None):
        """images (N, H, W) or (H, W); `trainer` (optional) is a prepared Trainer to show instead
        of a new one from images and config (exports train it synchronously first).
        theme: None means the user's preference (dark by default)."""
        super().__init__()
        self.prefs = preferences or Preferences()
        th.set_diverging(self.prefs.diverging_colormap)
        self.theme = theme or th.THEMES[self.prefs.theme]
        self.lesson_path: Path | None = None
        self.image_label = label
        self.image_size = size
        self.config = trainer.config if trainer is not None else (config or LessonConfig()).validated()
        self.setWindowTitle(window_title(self.config, label))
        self.setAcceptDrops(True)
        th.apply_palette(self, self.theme)
        self.last_error = ""
        self._dialog: QtWidgets.QMessageBox | None = None
        self._shown_version = -1
        self.history_turns = board.HistoryTurns()
        self.snapshot = None
        self.font_scale = 1.0

        trainer = trainer if trainer is not None else Trainer(images, self.config)
        self.source = describe_source(self, trainer)
        self.files = FileActions(self)
        self._build_panels()
        self._build_controls()
        self.presenter = PresenterMode(self)
        self.tour = TourMode(self)
        self.fit = ScreenFit(self)
        self.right_column.insertWidget(0, self.presenter.bar)
        self.right_column.insertWidget(1, self.tour.caption)
        install_menus(self)
        accessibility.install(self)  # names, tab order, keyboard cells, View > Reduce Motion
        self.status_label = StatusLine()
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.statusBar().setSizeGripEnabled(False)
        # The thread starts last, so a failure above never leaves it running.
        self.controls.set_batch_size(trainer.images.shape[0])
        self.workers = WorkerThread(trainer)
        self.worker = self.workers.worker
        self.worker.diverged.connect(self._on_diverged)
        # Bound methods, not lambdas: a lambda slot would run in the worker's thread.
        self.worker.failed.connect(self._on_worker_failed)
        self.pace = Pace(self)  # the speed control: training's and the pass's
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.fit.place_window(remember=theme is None)  # inside the screen; panels fitted to it
        self.light_action.setChecked(self.theme is th.LIGHT)
        if self.prefs.warnings:
            self.statusBar().showMessage(self.prefs.warnings[-1], 10000)
        self.refresh()

    # ---- layout -------------------------------------------------------------------------------
    def _build_panels(self) -> None:
        """The board and the modes that draw on it (rebuilt when the theme changes)."""
        self.panels = board.make_panels(self.theme)
        for key, panel in self.panels.items():
            setattr(self, f"{key}_panel" if key != "params" else "params_card", panel)
        self.board = board.make_grid(self.panels)
        # Hovering an output-sized map outlines that cell's receptive field on the input.
        for key in ("target", "output", "error"):
            self.panels[key].cell_hovered.connect(self._on_map_hovered)
        self.input_panel.set_source(getattr(self, "source", ""))
        for name, cls in (("stepthrough", StepThroughMode), ("compare", CompareMode)):
            old = getattr(self, name, None)
            if old is not None:
                old.leave()
                old.deleteLater()
            mode = cls(self)
            mode.place(self.board)
            setattr(self, name, mode)

    def _build_controls(self) -> None:
        samples = [(s.name, s.description) for s in imgs.list_samples()]
        self.controls = c = Controls(self.config, samples)
        if self.image_label.startswith("sample:"):
            c.sample.setCurrentIndex(c.sample.findData(self.image_label.split(":", 1)[1]))
        else:
            c.show_image_name(Path(self.image_label).name)
        c.play.clicked.connect(lambda: self.command("play"))
        c.step.clicked.connect(lambda: self.command("step"))
        c.reset.clicked.connect(lambda: self.command("reset"))
        c.new_start.clicked.connect(self.new_start)
        c.stepthrough.clicked.connect(lambda: self.toggle_stepthrough())
        c.compare.clicked.connect(lambda: self.toggle_compare())
        self.settings = LessonSettings(self)
        c.image_index.valueChanged.connect(self._on_image_index)

        central, self.controls_area, self.right_column = board.window_body(c, self.board)
        self.setCentralWidget(central)

    def set_theme(self, name: str) -> None:
        """Rebuild the panels in another theme (they own no state) and redraw the snapshot."""
        self.set_mode(None)
        self.theme = th.THEMES[name]
        self.prefs.set("theme", name)
        th.apply_palette(self, self.theme)
        old = self.board
        index = self.image_index
        self._build_panels()
        self.centralWidget().layout().replaceWidget(old, self.board)
        board.discard(old)
        # The old panels' pyqtgraph menus are left in Python reference cycles; collected by chance
        # inside a Qt call that holds a lock (a disconnect), ~QMenu deadlocks on it: collect them
        # from the event loop instead, where no Qt lock is held.
        QtCore.QTimer.singleShot(0, gc.collect)
        self.apply_font_scale(self.font_scale)
        self._on_image_index(index + 1)
        self.fit.apply()
        self.tour.caption.apply_theme(self.theme)
        if self.tour.active:
            self.tour.go(self.tour.index)  # the chapter again, on the new panels

    def apply_font_scale(self, scale: float) -> None:
        """Every text of every panel scaled (presenter mode)."""
        self.font_scale = scale
        modes = [m.panel for m in (self.stepthrough, self.compare) if m.panel_built]  # the others: when built
        for panel in list(self.panels.values()) + modes + [self.tour]:
            panel.set_font_scale(scale)

    # ---- modes and commands ---------------------------------------------------------------------
    @property
    def board_mode(self) -> Mode | None:
        """The mode that has the board (step-through or comparison), if any."""
        return next((m for m in (self.stepthrough, self.compare) if m.active), None)

    def set_mode(self, mode: Mode | None) -> bool:
        """Leave the board mode that is on and enter `mode` (None: back to training)."""
        current = self.board_mode
        if current is not None and current is not mode:
            current.leave()
            current.show(False)
        if mode is not None and not mode.active:
            if not mode.enter():
                return False
            mode.show(True)
        self.fit.apply()
        self.controls.set_playing(False)
        self.controls.stepthrough.setChecked(self.stepthrough.active)
        self.controls.compare.setChecked(self.compare.active)
        self.redraw()
        return True

    def toggle_stepthrough(self) -> None:
        self.set_mode(None if self.stepthrough.active else self.stepthrough)

    def toggle_compare(self) -> None:
        self.set_mode(None if self.compare.active else self.compare)

    def toggle_tour(self) -> None:
        self.tour.leave() if self.tour.active else self.tour.enter()

    def command(self, name: str) -> None:
        """A key or button's command: the modes that are on answer first, then training."""
        for mode in (self.tour, self.board_mode):
            if mode is not None and mode.command(name):
                return
        default = {"play": self.toggle_training, "forward": self.step_once, "step": self.step_once,
                   "reset": self.reset, "leave": lambda: self.set_mode(None),
                   "faster": lambda: self.pace.change(+1), "slower": lambda: self.pace.change(-1)}
        if name in default:
            default[name]()

    def toggle_training(self) -> None:
        self.worker.send("toggle")
        self.controls.set_playing(not self.worker.playing)

    def step_once(self) -> None:
        self.worker.send("step", 1)
        self.controls.set_playing(False)
        self.stepthrough.resync()

    def reset(self) -> None:
        self.undo.save(QT_TRANSLATE_NOOP("Undo", "the reset"))
        self.worker.send("reset")
        self.controls.set_playing(False)
        self.stepthrough.resync()

    def new_start(self) -> None:
        self.undo.save(QT_TRANSLATE_NOOP("Undo", "the new start"))
        seed = self.config.seed + 1
        self.config = LessonConfig(**{**self.config.to_dict(), "seed": seed})
        self.worker.send("reset", seed)
        self.controls.set_playing(False)
        self.controls.seed_label.setText(str(seed))
        self.resync_modes()

    def resync_modes(self) -> None:
        """The lesson changed in the worker (settings, image, weights): the modes follow it."""
        self.stepthrough.resync()
        self.compare.resync()

    # ---- the lesson's settings and images ----------------------------------------------------------
    def configure(self, **changes) -> bool:
        return self.settings.configure(**changes)

    # File actions (file_actions.py) under the window's own names, for drops, tests and exports.
    def open_path(self, path: str | Path) -> bool:
        return self.files.open_path(path)

    def open_lesson(self, path: str | Path) -> bool:
        return self.files.open_lesson(path)

    def save_lesson(self, ask: bool = False, path: str | Path | None = None) -> bool:
        return self.files.save_lesson(ask, path)

    def export_history(self, path: str | Path) -> bool:
        return self.files.export_history(path)

    def set_images(self, x: np.ndarray, label: str, lr: float | None = None) -> None:
        """`lr`: safe_default_lr for x if already computed (off the GUI thread, for big batches)."""
        c = self.config
        if not self.settings.fits(x):  # e.g. a 3x3 image for a 5x5 filter: a dialog, nothing changes
            return
        self.undo.save(QT_TRANSLATE_NOOP("Undo", "the new image"))
        self.image_label = label
        self.setWindowTitle(window_title(self.config, label))
        self.worker.send("set_images", x)
        # A bright or large image can make the current learning rate diverge at once: lower it.
        lr = safe_default_lr(x, c.reduction, c.lr, c.momentum_or_none, **layer_geometry(c)) if lr is None else lr
        if lr != self.config.lr:
            old = self.config.lr
            self.configure(lr=lr)
            self.controls.show_config(self.config)
            self.statusBar().showMessage(translate("Window", "learning rate lowered from {old} to {new}: the old one "
                                                   "would diverge on this image").format(old=f"{old:g}", new=f"{lr:.3g}"), 10000)
        one_image = x.ndim == (3 if c.color else 2)  # (H, W), or colour (3, H, W)
        self._new_lesson_shown(1 if one_image else x.shape[0])

    def set_trainer(self, trainer: Trainer, label: str, source: str | None = None) -> None:
        """Replace the run (an opened lesson; the tour's chapters): its images, settings, weights and
        history. source: what became of the picture (default: a lesson's images as saved)."""
        self.worker.send("set_trainer", trainer)
        self.config = trainer.config
        self.controls.show_config(self.config)
        self.image_label = label
        self.setWindowTitle(window_title(self.config, label))
        self._new_lesson_shown(trainer.images.shape[0], source or describe_source(self, trainer, lesson=True))

    def _new_lesson_shown(self, batch: int, source: str | None = None) -> None:
        """source: what became of the user's picture (default: from the image's label and size)."""
        self.source = imgs.describe_path(self.image_label, self.image_size) if source is None else source
        self.input_panel.set_source(self.source)
        self.controls.set_batch_size(batch)
        for p in self.panels.values():
            if hasattr(p, "sticky"):
                p.sticky.reset()
        self.input_panel.field_position = None
        self.resync_modes()

    @property
    def image_index(self) -> int:
        return self.input_panel.image_index

    def _on_image_index(self, value: int) -> None:
        for p in self.panels.values():
            if hasattr(p, "image_index"):
                p.image_index = value - 1
        self.redraw()

    def _on_map_hovered(self, row: int, col: int) -> None:
        if row >= 0:
            self.input_panel.show_receptive_field(row, col)

    def _on_worker_failed(self, message: str) -> None:
        self.show_error(translate("Window", "Training"), message)

    def _on_diverged(self, message: str) -> None:
        self.controls.set_playing(False)
        self.show_error(translate("Window", "Training paused: the loss overflowed"), message)

    def copy_trainer(self, pause: bool = False) -> Trainer | None:
        """A copy of the worker's Trainer (modes and exports work on copies)."""
        trainer = self.worker.copy_trainer(pause)
        if trainer is None:
            self.show_error("cnnviz", translate("Window", "the training thread did not answer; try again"))
        return trainer

    def show_error(self, title: str, text: str) -> None:
        """A window-modal dialog that does not block the event loop (tests can read it)."""
        self.last_error = text
        self.statusBar().showMessage(text, 10000)
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, title, text,
                                             QtWidgets.QMessageBox.StandardButton.Ok, self)
        self._dialog.open()

    # ---- drawing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Draw the newest snapshot if it changed (called by the ~30 Hz timer)."""
        if self._refreshing:
            # Called again from the processEvents below (the timer, when the outer call was direct,
            # e.g. from toggle_stepthrough): worker.frame() is not re-entrant and would deadlock.
            return
        snap = self.worker.latest()
        if snap is None or snap.version == self._shown_version:
            return
        self._shown_version = snap.version
        self.snapshot = snap
        # Training waits while a frame is drawn and painted: painting is Python code too (pyqtgraph),
        # and sharing the GIL with a busy worker would make every frame several times slower.
        self._refreshing = True
        try:
            with self.worker.frame():
                self._draw(snap)
                QtWidgets.QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self._refreshing = False

    _refreshing = False

    def redraw(self) -> None:
        """Draw now, even if the snapshot did not change (a mode or the layout did)."""
        self._shown_version = -1
        self.refresh()

    def _draw(self, snap) -> None:
        playing = self.worker.playing
        self.controls.set_playing(playing)
        board.draw(self.panels, snap, skip=self.history_turns.skipped(playing))  # the curves at 10 Hz
        self.status_label.show_training(snap, playing)
        self.presenter.show_counter(translate("Window", "step {step}   loss {loss}").format(step=grouped(snap.step), loss=th.fmt(snap.loss)))
        self.presenter.show_playing(playing)
        self.stepthrough.draw()  # its running buffer and dx replace the full-pass ones
        self.compare.draw()  # the comparison's status line and counter replace the lesson's
        self.tour.draw()  # a chapter's own view of a panel (the filter after the update)

    # ---- Qt events ----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.files.open_dropped(urls[0].toLocalFile())
            event.acceptProposedAction()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if self._dialog is not None:
            self._dialog.close()
        self.timer.stop()
        self.tour.timer.stop()
        self.stepthrough.leave()  # drops a trace still being built off the GUI thread
        BackgroundJob.join_all()
        self.compare.leave()
        self.workers.stop()
        if not self.presenter.active:
            self.prefs.set("window_geometry", self.saveGeometry())
        self.prefs.sync()
        super().closeEvent(event)
