"""The main window: wires the panels, the controls and the worker. Thin: no training here."""

from __future__ import annotations

import copy
import queue
import time
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz import images as imgs
from cnnviz.app import board
from cnnviz.app.compare_mode import CompareMode
from cnnviz.app import theme as th
from cnnviz.app.controls import SPEEDS, TYPED, Controls
from cnnviz.app.export_menu import install_export_menu
from cnnviz import lesson_file
from cnnviz.history_csv import write_history_csv
from cnnviz.app.preferences import DIVERGING_CHOICES, Preferences
from cnnviz.app.stepthrough_mode import StepThroughMode
from cnnviz.app.worker import WorkerThread
from cnnviz.engine import KernelError, LessonConfig, Trainer, kernel_from_spec, safe_default_lr

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
        self.presenter_scale = self.prefs.presenter_font_scale
        self.theme = theme or th.THEMES[self.prefs.theme]
        self.lesson_path: Path | None = None
        self.image_label = label
        self.image_size = size
        self.config = trainer.config if trainer is not None else (config or LessonConfig()).validated()
        self.setWindowTitle(f"cnnviz: one shared 3×3 filter learning — {label}")
        self.setAcceptDrops(True)
        th.apply_palette(self, self.theme)
        self.last_error = ""
        self._dialog: QtWidgets.QMessageBox | None = None
        self._shown_version = -1
        self._rate_samples: list[tuple[float, int]] = []
        self._history_drawn = 0.0
        self.snapshot = None

        trainer = trainer if trainer is not None else Trainer(images, self.config)
        self._build_panels()
        self._build_controls()
        self._build_actions()
        self._build_status()
        self._build_presenter_bar()
        # The thread starts last, so a failure above never leaves it running.
        self.controls.set_batch_size(trainer.images.shape[0])
        self.workers = WorkerThread(trainer)
        self.worker = self.workers.worker
        self.worker.diverged.connect(self._on_diverged)
        # Bound methods, not lambdas: a lambda slot would run in the worker's thread.
        self.worker.failed.connect(self._on_worker_failed)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.setMinimumSize(1200, 720)  # below this the maps get too small to read
        self.resize(1600, 900)
        geometry = self.prefs.geometry()
        if geometry is not None and theme is None:
            self.restoreGeometry(geometry)
        self.light_action.setChecked(self.theme is th.LIGHT)
        if self.prefs.warnings:
            self.statusBar().showMessage(self.prefs.warnings[-1], 10000)
        self.refresh()

    # ---- layout -------------------------------------------------------------------------------
    def _build_panels(self) -> None:
        self.panels = board.make_panels(self.theme)
        for key, panel in self.panels.items():
            setattr(self, f"{key}_panel" if key != "params" else "params_card", panel)
        self.board = board.make_grid(self.panels)
        # Hovering an output-sized map outlines that cell's receptive field on the input.
        for key in ("target", "output", "error"):
            self.panels[key].cell_hovered.connect(self._on_map_hovered)
        # The step-through panel takes the loss/trajectory row while the mode is on.
        if getattr(self, "stepthrough", None) is not None:
            self.stepthrough.deleteLater()
        self.stepthrough = StepThroughMode(self)
        self.stepthrough.panel.setVisible(False)
        self.board.layout().addWidget(self.stepthrough.panel, 2, 0, 1, 4)
        for key in ("filter", "buffer"):
            self.panels[key].cell_hovered.connect(self.stepthrough.show_weight)
        # Shared vs untied: the comparison panel covers the whole board while the mode is on.
        if getattr(self, "compare", None) is not None:
            self.compare.leave()
            self.compare.deleteLater()
        self.compare = CompareMode(self)
        self.compare.panel.setVisible(False)
        self.board.layout().addWidget(self.compare.panel, 0, 0, 3, 4)

    def set_diverging(self, name: str) -> None:
        th.set_diverging(name)
        self.prefs.set("diverging_colormap", name)
        self.set_theme(self.theme.name)

    def set_theme(self, name: str) -> None:
        """Rebuild the panels in another theme (they own no state) and redraw the snapshot."""
        if self.stepthrough.active:
            self.toggle_stepthrough()
        if self.compare.active:
            self.toggle_compare()
        self.theme = th.THEMES[name]
        self.prefs.set("theme", name)
        th.apply_palette(self, self.theme)
        old = self.board
        index = self.image_index
        self._build_panels()
        self.centralWidget().layout().replaceWidget(old, self.board)
        old.deleteLater()
        self._on_image_index(index + 1)

    def _build_controls(self) -> None:
        samples = [(s.name, s.description) for s in imgs.list_samples()]
        self.controls = c = Controls(self.config, samples)
        if self.image_label.startswith("sample:"):
            c.sample.setCurrentIndex(c.sample.findData(self.image_label.split(":", 1)[1]))
        else:
            c.sample.insertItem(0, Path(self.image_label).name, None)
            c.sample.setCurrentIndex(0)
        c.play.clicked.connect(self.toggle_play)
        c.step.clicked.connect(self.step_once)
        c.reset.clicked.connect(self.reset)
        c.new_start.clicked.connect(self.new_start)
        c.stepthrough.clicked.connect(lambda: self.toggle_stepthrough())
        c.compare.clicked.connect(lambda: self.toggle_compare())
        c.speed.valueChanged.connect(lambda i: self.worker.send("speed", SPEEDS[i]))
        c.lr.valueChanged.connect(lambda v: self.configure(lr=float(v)))
        c.optimizer.currentTextChanged.connect(lambda v: self.configure(optimizer=v))
        c.momentum.valueChanged.connect(lambda v: self.configure(momentum=float(v)))
        c.reduction.currentTextChanged.connect(lambda v: self.configure(reduction=v))
        c.activation.currentTextChanged.connect(lambda v: self.configure(activation=v))
        c.target.activated.connect(self._on_target_chosen)
        c.kernel_text.returnPressed.connect(self._on_kernel_typed)
        c.sample.activated.connect(self._on_sample_chosen)
        c.image_index.valueChanged.connect(self._on_image_index)

        central = QtWidgets.QWidget()
        layout = QtWidgets.QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(c)
        scroll.setWidgetResizable(True)
        scroll.setFixedWidth(290)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.controls_area = scroll
        layout.addWidget(scroll)
        self.right_column = QtWidgets.QVBoxLayout()
        self.right_column.setContentsMargins(0, 0, 0, 0)
        self.right_column.addWidget(self.board, stretch=1)
        layout.addLayout(self.right_column, stretch=1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        def action(text, shortcut, slot, menu, tip=""):
            a = QtGui.QAction(text, self)
            if shortcut:
                a.setShortcut(QtGui.QKeySequence(shortcut))
            a.setToolTip(tip or text)
            a.triggered.connect(slot)
            menu.addAction(a)
            self.addAction(a)
            return a

        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("&File")
        action("Open Image…", "Ctrl+O", self.open_image_dialog, file_menu)
        action("Open Folder as Batch…", "Ctrl+Shift+O", self.open_folder_dialog, file_menu)
        file_menu.addSeparator()
        action("Open Lesson…", "Ctrl+L", self.open_lesson_dialog, file_menu,
               "Open a saved lesson: image, settings, weights, optimizer state and history")
        action("Save Lesson", "Ctrl+S", self.save_lesson, file_menu, "Save everything to continue later")
        action("Save Lesson As…", "Ctrl+Shift+S", lambda: self.save_lesson(ask=True), file_menu)
        action("Export History as CSV…", "", self.export_history_dialog, file_menu,
               "Loss, weights and gradient buffer per recorded step, for spreadsheets")
        file_menu.addSeparator()
        action("Quit", "Ctrl+Q", self.close, file_menu)
        train_menu = bar.addMenu("&Training")
        self.play_action = action("Play / Pause", "Space", self.toggle_play, train_menu)
        action("Step One Update (step-through: forward)", "Right", self.step_right, train_menu)
        action("Reset to Same Start", "R", self.reset, train_menu)
        action("New Random Start", "Shift+R", self.new_start, train_menu)
        train_menu.addSeparator()
        self.stepthrough_action = action("Step Through Backprop", "B", self.toggle_stepthrough, train_menu)
        action("Leave Step-Through or Comparison", "Esc", self.leave_mode, train_menu)
        action("Check Gradient (step-through)", "G", lambda: self.stepthrough.check_gradient(), train_menu)
        self.compare_action = action("Compare Shared vs Untied", "C", self.toggle_compare, train_menu,
                                     "Train the shared filter (10 parameters) next to one filter per position "
                                     "(9,000), then test both on an image they never saw")
        # Left/Home/End act in the step-through only (Right is shared with "step one update").
        for key, name in (("Left", "back"), ("Home", "home"), ("End", "end")):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            shortcut.activated.connect(lambda name=name: getattr(self.stepthrough, name)())
        self.view_menu = view_menu = bar.addMenu("&View")
        self.light_action = action("Light Theme", "Ctrl+Shift+L", lambda: self.set_theme(
            "light" if self.light_action.isChecked() else "dark"), view_menu)
        self.light_action.setCheckable(True)
        self.presenter_action = action("Presenter Mode", "F11", self.toggle_presenter, view_menu,
                                       "Full screen, large text, only play and step: for the classroom")
        self.presenter_action.setCheckable(True)
        cmap_menu = view_menu.addMenu("Colormap for Signed Values")
        group = QtGui.QActionGroup(self)
        for name in DIVERGING_CHOICES:
            a = cmap_menu.addAction(name)
            a.setCheckable(True)
            a.setChecked(name == self.prefs.diverging_colormap)
            a.triggered.connect(lambda _=False, name=name: self.set_diverging(name))
            group.addAction(a)
        help_menu = bar.addMenu("&Help")
        action("About the Lesson", "F1", self.show_about, help_menu)
        install_export_menu(self)

    def _build_presenter_bar(self) -> None:
        """Presenter mode's only controls: play, step and a step counter large enough for a room."""
        self.presenter_bar = bar = QtWidgets.QWidget()
        layout = QtWidgets.QHBoxLayout(bar)
        layout.setContentsMargins(12, 4, 12, 4)
        self.presenter_play = QtWidgets.QPushButton("▶ Play (Space)")
        self.presenter_step = QtWidgets.QPushButton("Step ▸ (→)")
        self.presenter_counter = QtWidgets.QLabel()
        for w in (self.presenter_play, self.presenter_step):
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.presenter_play.clicked.connect(self.toggle_play)
        self.presenter_step.clicked.connect(self.step_right)
        layout.addWidget(self.presenter_play)
        layout.addWidget(self.presenter_step)
        layout.addStretch(1)
        layout.addWidget(self.presenter_counter)
        hint = QtWidgets.QLabel("F11 leaves presenter mode")
        layout.addWidget(hint)
        bar.setVisible(False)
        self.right_column.insertWidget(0, bar)

    def toggle_presenter(self) -> None:
        self.presenter_scale = self.prefs.presenter_font_scale
        on = not self.presenter_bar.isVisible()
        self.presenter = on
        self.presenter_action.setChecked(on)
        self.controls_area.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.presenter_bar.setVisible(on)
        self.apply_font_scale(self.presenter_scale if on else 1.0)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        self._shown_version = -1
        self.refresh()

    presenter_scale = 1.6
    presenter = False

    def apply_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        for panel in list(self.panels.values()) + [self.stepthrough.panel.patch, self.stepthrough.panel.contrib,
                                                    self.stepthrough.panel.deltas]:
            panel.set_font_scale(scale)
        self.compare.panel.set_font_scale(scale)
        base = QtWidgets.QApplication.font().pointSizeF()
        big = QtGui.QFont()
        big.setPointSizeF(base * scale * 1.6)
        big.setBold(True)
        self.presenter_counter.setFont(big)
        button = QtGui.QFont()
        button.setPointSizeF(base * scale)
        self.presenter_play.setFont(button)
        self.presenter_step.setFont(button)

    def _build_status(self) -> None:
        self.status_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.statusBar().setSizeGripEnabled(False)

    # ---- commands -------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if self.compare.active:
            self.compare.toggle_play()
            return
        if self.stepthrough.active:
            self.toggle_stepthrough()  # playing means training: leave the step-through
        self.worker.send("toggle")
        self.controls.set_playing(not self.worker.playing)

    def step_right(self) -> None:
        if self.stepthrough.active:
            self.stepthrough.forward()
        else:
            self.step_once()

    def toggle_stepthrough(self) -> None:
        mode = self.stepthrough
        if self.compare.active:
            self.toggle_compare()
        if mode.active:
            mode.leave()
        elif not mode.enter():
            return
        on = mode.active
        self.controls.set_playing(False)
        self.controls.stepthrough.setChecked(on)
        mode.panel.setVisible(on)
        self.loss_panel.setVisible(not on)
        self.trajectory_panel.setVisible(not on)
        self.board.layout().setRowStretch(2, 5 if on else 3)
        self._shown_version = -1
        self.refresh()

    # ---- shared vs untied (cnnviz/app/compare_mode.py) ----
    def toggle_compare(self) -> None:
        """Enter or leave the comparison; its panel covers the board (the lesson stays paused)."""
        mode = self.compare
        if mode.active:
            mode.leave()
        else:
            if self.stepthrough.active:
                self.toggle_stepthrough()
            if not mode.enter():
                return
        on = mode.active
        self.controls.set_playing(False)
        self.controls.compare.setChecked(on)
        for panel in self.panels.values():
            panel.setVisible(not on)
        mode.panel.setVisible(on)
        self._shown_version = -1
        self.refresh()

    def leave_mode(self) -> None:
        """Esc: leave the step-through or the comparison."""
        if self.stepthrough.active:
            self.toggle_stepthrough()
        elif self.compare.active:
            self.toggle_compare()

    def step_once(self) -> None:
        if self.compare.active:
            self.compare.step()
            return
        self.worker.send("step", 1)
        self.controls.set_playing(False)
        self.stepthrough.resync()

    def reset(self) -> None:
        if self.compare.active:
            self.compare.reset()
            return
        self.worker.send("reset")
        self.controls.set_playing(False)
        self.stepthrough.resync()

    def new_start(self) -> None:
        seed = self.config.seed + 1
        self.config = LessonConfig(**{**self.config.to_dict(), "seed": seed})
        self.worker.send("reset", seed)
        self.controls.set_playing(False)
        self.controls.seed_label.setText(str(seed))
        self.stepthrough.resync()
        self.compare.resync()

    def configure(self, **changes) -> bool:
        """Validate in the GUI thread, then let the worker apply it between steps."""
        try:
            new = LessonConfig(**{**self.config.to_dict(), **changes}).validated()
        except ValueError as e:
            self.show_error("Setting not changed", str(e))
            self.controls.show_config(self.config)
            return False
        self.config = new
        self.controls.momentum.setEnabled(new.optimizer == "momentum")
        self.worker.send("configure", changes)
        self.stepthrough.resync()
        self.compare.resync()
        return True

    def _on_target_chosen(self, index: int) -> None:
        name = self.controls.target.itemData(index)
        if name == TYPED:
            self.controls.kernel_text.setFocus()
            self.controls.kernel_text.selectAll()
            return
        if self.configure(target=name):
            self.controls.show_config(self.config)

    def _on_kernel_typed(self) -> None:
        text = self.controls.kernel_text.text()
        try:
            kernel_from_spec(text)
        except KernelError as e:
            self.show_error("Kernel not changed", str(e))
            return
        if self.configure(target=text):
            self.controls.show_config(self.config)

    def _on_sample_chosen(self, index: int) -> None:
        name = self.controls.sample.itemData(index)
        if name is None:
            return
        try:
            x = imgs.load_sample(name, self.image_size)
        except imgs.ImageError as e:
            self.show_error("Image not changed", str(e))
            return
        self.set_images(x, f"sample:{name}")

    def open_image_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, "Open a grayscale image", self.prefs.last_folder,
            f"Images ({' '.join('*' + e for e in imgs.IMAGE_EXTENSIONS)});;All files (*)")
        if path:
            self.open_path(path)

    def open_folder_dialog(self) -> None:
        path = QtWidgets.QFileDialog.getExistingDirectory(self, "Open a folder of images (a batch)",
                                                          self.prefs.last_folder)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Load an image file or folder; on bad input show a dialog and change nothing."""
        try:
            x = imgs.load_path(path, self.image_size)
            imgs.check_min_size(x)
        except imgs.ImageError as e:
            self.show_error("Image not opened", str(e))
            return False
        self.set_images(x, str(path))
        self.prefs.set("last_folder", str(Path(path).parent if Path(path).is_file() else path))
        c = self.controls
        c.sample.blockSignals(True)
        if c.sample.itemData(0) is None:
            c.sample.removeItem(0)
        c.sample.insertItem(0, Path(path).name, None)
        c.sample.setCurrentIndex(0)
        c.sample.blockSignals(False)
        return True

    def set_images(self, x: np.ndarray, label: str) -> None:
        self.image_label = label
        self.setWindowTitle(f"cnnviz: one shared 3×3 filter learning — {label}")
        self.worker.send("set_images", x)
        # A bright or large image can make the current learning rate diverge at once: lower it.
        lr = safe_default_lr(x, self.config.reduction, self.config.lr)
        if lr != self.config.lr:
            old = self.config.lr
            self.configure(lr=lr)
            self.controls.show_config(self.config)
            self.statusBar().showMessage(f"learning rate lowered from {old:g} to {lr:.3g}: "
                                         "the old one would diverge on this image", 10000)
        n = 1 if x.ndim == 2 else x.shape[0]
        self.controls.set_batch_size(n)
        for p in self.panels.values():
            if hasattr(p, "sticky"):
                p.sticky.reset()
        self.input_panel.field_position = None
        self.stepthrough.resync()
        self.compare.resync()

    @property
    def image_index(self) -> int:
        return self.input_panel.image_index

    def _on_image_index(self, value: int) -> None:
        for p in self.panels.values():
            if hasattr(p, "image_index"):
                p.image_index = value - 1
        self._shown_version = -1
        self.refresh()

    def _on_map_hovered(self, row: int, col: int) -> None:
        if row >= 0:
            self.input_panel.show_receptive_field(row, col)

    def _on_worker_failed(self, message: str) -> None:
        self.show_error("Training", message)

    def _on_diverged(self, message: str) -> None:
        self.controls.set_playing(False)
        self.show_error("Training paused: the loss overflowed", message)

    def copy_trainer(self, pause: bool = False) -> Trainer | None:
        """A copy of the worker's Trainer, taken between steps (it applies commands in order)."""
        box: queue.SimpleQueue = queue.SimpleQueue()
        if pause:
            self.worker.send("pause")
        self.worker.send("call", lambda t: box.put(copy.deepcopy(t)))
        try:
            return box.get(timeout=5.0)
        except queue.Empty:
            self.show_error("cnnviz", "the training thread did not answer; try again")
            return None

    def save_lesson(self, ask: bool = False, path: str | Path | None = None) -> bool:
        """Save the run (Ctrl+S): atomically; on failure a dialog, and the old file stays."""
        if path is None:
            path = self.lesson_path
        if path is None or ask:
            start = str(self.lesson_path or Path(self.prefs.last_folder) / f"lesson{lesson_file.SUFFIX}")
            path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Save lesson", start,
                                                            f"cnnviz lessons (*{lesson_file.SUFFIX})")
            if not path:
                return False
        trainer = self.copy_trainer()
        if trainer is None:
            return False
        try:
            lesson_file.save_lesson(path, trainer, self.image_label)
        except lesson_file.LessonFileError as e:
            self.show_error("Lesson not saved", str(e))
            return False
        self.lesson_path = Path(path)
        self.prefs.set("last_folder", str(Path(path).parent))
        self.statusBar().showMessage(f"saved {path} at step {trainer.step_count:,}", 5000)
        return True

    def open_lesson_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, "Open lesson", self.prefs.last_folder,
                                                        f"cnnviz lessons (*{lesson_file.SUFFIX});;All files (*)")
        if path:
            self.open_lesson(path)

    def open_lesson(self, path: str | Path) -> bool:
        """Replace the run with a saved lesson; a bad file gets a dialog and changes nothing."""
        try:
            lesson = lesson_file.load_lesson(path)
            trainer = lesson_file.trainer_from_lesson(lesson)
        except lesson_file.LessonFileError as e:
            self.show_error("Lesson not opened", str(e))
            return False
        if self.stepthrough.active:
            self.toggle_stepthrough()
        if self.compare.active:
            self.toggle_compare()
        self.worker.send("set_trainer", trainer)
        self.config = trainer.config
        self.controls.show_config(self.config)
        self.lesson_path = Path(path)
        self.image_label = lesson.image_label or Path(path).name
        self.setWindowTitle(f"cnnviz: one shared 3×3 filter learning — {self.image_label}")
        self.controls.set_batch_size(trainer.images.shape[0])
        for p in self.panels.values():
            if hasattr(p, "sticky"):
                p.sticky.reset()
        self.prefs.set("last_folder", str(Path(path).parent))
        return True

    def export_history_dialog(self) -> None:
        start = str(Path(self.prefs.last_folder) / "history.csv")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Export history as CSV", start, "CSV (*.csv)")
        if path:
            self.export_history(path)

    def export_history(self, path: str | Path) -> bool:
        snap = self.worker.latest()
        try:
            write_history_csv(path, snap)
        except OSError as e:
            self.show_error("History not exported", f"cannot write {path}: {e.strerror or e}")
            return False
        self.statusBar().showMessage(f"wrote {len(snap.history_steps):,} rows to {path}", 5000)
        return True

    def show_error(self, title: str, text: str) -> None:
        """A window-modal dialog that does not block the event loop (tests can read it)."""
        self.last_error = text
        self.statusBar().showMessage(text, 10000)
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, title, text,
                                             QtWidgets.QMessageBox.StandardButton.Ok, self)
        self._dialog.open()

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(self, "About the lesson", (
            "<p><b>One shared filter.</b> The same 9 weights and 1 bias are used at every position of the "
            "image. Backprop runs at each position and every position's contribution is <i>added</i> into "
            "one 10-value gradient buffer; the summed buffer is then applied once.</p>"
            "<p>Sum or mean only rescales the learning rate.</p>"))

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

    HISTORY_INTERVAL = 0.1  # s: while training, the curves redraw at 10 Hz, the maps every frame

    def _draw(self, snap) -> None:
        playing = self.worker.playing
        self.controls.set_playing(playing)
        now = time.perf_counter()
        history_due = not playing or now - self._history_drawn >= self.HISTORY_INTERVAL
        if history_due:
            self._history_drawn = now
        board.draw(self.panels, snap, skip=() if history_due else board.HISTORY_PANELS)
        self.stepthrough.draw()  # its running buffer and dx replace the full-pass ones
        self.compare.draw()  # the comparison's status line replaces the lesson's
        self._update_status(snap)
        if self.presenter:
            self.presenter_counter.setText(f"step {snap.step:,}   loss {th.fmt(snap.loss)}")
            self.presenter_play.setText("❚❚ Pause (Space)" if self.worker.playing else "▶ Play (Space)")

    def _update_status(self, snap) -> None:
        now = time.perf_counter()
        self._rate_samples = [(t, s) for t, s in self._rate_samples if now - t < 1.0] + [(now, snap.step)]
        (t0, s0), (t1, s1) = self._rate_samples[0], self._rate_samples[-1]
        playing = self.worker.playing
        rate = (s1 - s0) / (t1 - t0) if playing and t1 > t0 and s1 >= s0 else 0.0
        state = "playing" if playing else "paused"
        self.steps_per_second = rate
        self.status_label.setText(
            f"step {snap.step:,} · epoch {snap.epoch:,} · loss {th.fmt(snap.loss)} · "
            f"{rate:,.0f} steps/s · {state}" + (f" · {snap.note}" if snap.note else ""))

    # ---- Qt events ----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_path(urls[0].toLocalFile())
            event.acceptProposedAction()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if self._dialog is not None:
            self._dialog.close()
        self.timer.stop()
        self.compare.leave()
        self.workers.stop()
        if not self.presenter:
            self.prefs.set("window_geometry", self.saveGeometry())
        self.prefs.sync()
        super().closeEvent(event)
