"""File > Export: figures, slides, animations and the clipboard (the rendering is export.py).

install_export_menu(window) adds the submenu, Ctrl+E (figure) and Ctrl+Shift+C (copy the panel
under the mouse, or the one last hovered or clicked, else the window). Failures get a dialog
through window.show_error; long exports show a progress dialog with Cancel.

Exports in the window's own theme render what is on screen; in the other theme (or for slides
and animations) they are drawn offscreen from the newest snapshot, so the screen never changes.
Animations record a copy of the training run: the run on screen stays where it is (paused).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import board
from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.safe_write import shown_path

if TYPE_CHECKING:  # imported on first use (the exporter: when something is exported; the model: an export of a pass)
    from cnnviz.app import export as ex
    from cnnviz.stepthrough import StepThrough

CLIPBOARD_SCALE = 2  # pasted into slides: twice the screen's pixels stays sharp
PANEL_LABELS = {  # translated where shown: panel_label()
    "input": QT_TRANSLATE_NOOP("ExportMenu", "Input image x"), "target": QT_TRANSLATE_NOOP("ExportMenu", "Target map T"),
    "output": QT_TRANSLATE_NOOP("ExportMenu", "Output map y"), "error": QT_TRANSLATE_NOOP("ExportMenu", "Error map δ"),
    "filter": QT_TRANSLATE_NOOP("ExportMenu", "Filter w"), "buffer": QT_TRANSLATE_NOOP("ExportMenu", "Gradient buffer ∂L/∂w"),
    "input_grad": QT_TRANSLATE_NOOP("ExportMenu", "Input gradient ∂L/∂x"), "params": QT_TRANSLATE_NOOP("ExportMenu", "Parameter count"),
    "loss": QT_TRANSLATE_NOOP("ExportMenu", "Loss curve"), "trajectory": QT_TRANSLATE_NOOP("ExportMenu", "Weights over steps"),
}
KINDS = {"png": QT_TRANSLATE_NOOP("ExportMenu", "PNG image"), "svg": QT_TRANSLATE_NOOP("ExportMenu", "SVG (vector)"),
         "gif": QT_TRANSLATE_NOOP("ExportMenu", "Animated GIF"), "mp4": QT_TRANSLATE_NOOP("ExportMenu", "MP4 video (H.264)"),
         "frames": QT_TRANSLATE_NOOP("ExportMenu", "PNG frames (folder, for video tools)")}


def panel_label(key: str) -> str:
    return translate("ExportMenu", PANEL_LABELS[key]) if key in PANEL_LABELS else key


def kind_label(kind: str) -> str:
    return translate("ExportMenu", KINDS[kind])
ANIMATED_KINDS = ("gif", "mp4", "frames")


@dataclass
class ExportRequest:
    """One export, as chosen in the dialog. The format follows path's extension (.png, .svg,
    .gif, .mp4); no extension means a folder of numbered PNG frames."""

    target: str  # "window", "slide" or a panel key
    path: Path
    scale: int = 1
    theme: str = "dark"
    gif_mode: str = "train"  # or "pass"
    frames: int = 50
    every: int = 10
    frame_ms: int = board.FRAME_MS
    slide_panels: tuple[str, ...] = board.SLIDE_PANELS
    title: str = ""  # a slide's title ("" = what the filter learns)

    @property
    def animated(self) -> bool:
        # The exporter (and its encoders) is imported where it is used, not while the
        # window opens: File > Export only needs it when something is exported.
        from cnnviz.app import export as ex

        return Path(self.path).suffix.lower() in ex.ANIMATION_SUFFIXES


# ---- which panel is "current" ------------------------------------------------------------------
class PanelTracker:
    """Finds the window's panel under the mouse (Ctrl+Shift+C copies that one, else the window).

    Asked only when needed: no event filter, so ordinary events never call into Python.
    """

    def __init__(self, window: QtWidgets.QMainWindow):
        self.window = window

    def panel_key(self, widget: QtWidgets.QWidget | None) -> str | None:
        """The key of the window's panel that contains `widget`, or None."""
        panels = {id(p): key for key, p in self.window.panels.items()}
        while widget is not None:
            if id(widget) in panels:
                return panels[id(widget)]
            widget = widget.parentWidget()
        return None

    def current(self) -> str | None:
        """The panel under the mouse now, or None."""
        return self.panel_key(QtWidgets.QApplication.widgetAt(QtGui.QCursor.pos()))


# ---- the dialog --------------------------------------------------------------------------------
class ExportDialog(QtWidgets.QDialog):
    """What to export and how; accept() then asks for the file (or folder)."""

    def __init__(self, window: QtWidgets.QMainWindow, kind: str = "png", target: str = "window"):
        from cnnviz.app import encoders as enc
        from cnnviz.app import export as ex

        super().__init__(window)
        self.window = window
        self.setWindowTitle(translate("ExportMenu", "Export"))
        form = QtWidgets.QFormLayout(self)
        self.target = QtWidgets.QComboBox()
        self.target.addItem(translate("ExportMenu", "Whole window"), "window")
        self.target.addItem(translate("ExportMenu", "Slide (16:9, 1920×1080)"), "slide")
        for key in board.PANEL_NAMES:
            self.target.addItem(translate("ExportMenu", "Panel: {name}").format(name=panel_label(key)), key)
        self.kind = QtWidgets.QComboBox()
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        if problem := enc.video_support_problem():  # offered, and says what it needs
            mp4 = self.kind.findData("mp4")
            self.kind.setItemText(mp4, translate("ExportMenu", "{kind}: needs {extra}").format(kind=kind_label("mp4"), extra=enc.VIDEO_EXTRA))
            self.kind.setItemData(mp4, problem, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.scale = QtWidgets.QComboBox()
        for s in ex.SCALES:
            self.scale.addItem(f"{s}×", s)
        self.theme = QtWidgets.QComboBox()
        self.theme.addItem(translate("ExportMenu", "Dark (as on screen)") if window.theme is th.DARK else translate("ExportMenu", "Dark"), "dark")
        self.theme.addItem(translate("ExportMenu", "Light: white background, dark text (as on screen)") if window.theme is th.LIGHT
                           else translate("ExportMenu", "Light: white background, dark text"), "light")
        self.theme.setToolTip(translate("ExportMenu", "Per export. The whole window in the other theme is exported as "
                                        "its panels (without the controls); View > Light Theme switches the app itself."))
        self.gif_mode = QtWidgets.QComboBox()
        self.gif_mode.addItem(translate("ExportMenu", "Training: one frame every N updates"), "train")
        self.gif_mode.addItem(translate("ExportMenu", "One backward pass, position by position"), "pass")
        self.frames = self._spin(1, ex.MAX_FRAMES, 50)
        self.every = self._spin(1, 1_000_000, 10)
        self.frame_ms = self._spin(20, 10_000, ex.FRAME_MS, " " + translate("ExportMenu", "ms"))
        self.title = QtWidgets.QLineEdit()
        self.title.setPlaceholderText(translate("ExportMenu", "One shared 3×3 filter learning …"))
        self.slide_boxes = {}
        boxes = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        # The default slide's panels first, in the slide's order (checked boxes keep this order).
        order = list(ex.SLIDE_PANELS) + [k for k in board.PANEL_NAMES if k not in ex.SLIDE_PANELS]
        for i, key in enumerate(order):
            box = QtWidgets.QCheckBox(panel_label(key))
            box.setChecked(key in ex.SLIDE_PANELS)
            grid.addWidget(box, i // 2, i % 2)
            self.slide_boxes[key] = box
        self.rows = {}
        for name, label, widget in (("target", translate("ExportMenu", "Export"), self.target), ("kind", translate("ExportMenu", "Format"), self.kind),
                                    ("scale", translate("ExportMenu", "Scale"), self.scale), ("theme", translate("ExportMenu", "Theme"), self.theme),
                                    ("gif_mode", translate("ExportMenu", "Animate"), self.gif_mode),
                                    ("frames", translate("ExportMenu", "Frames (at most)"), self.frames),
                                    ("every", translate("ExportMenu", "Updates between frames"), self.every),
                                    ("frame_ms", translate("ExportMenu", "Each frame shows"), self.frame_ms),
                                    ("title", translate("ExportMenu", "Slide title"), self.title),
                                    ("slide_panels", translate("ExportMenu", "Slide panels"), boxes)):
            form.addRow(label, widget)
            self.rows[name] = widget
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.target.setCurrentIndex(max(0, self.target.findData(target)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.theme.setCurrentIndex(self.theme.findData(window.theme.name))
        self.scale.setCurrentIndex(1)  # 2x: sharp on slides and high-dpi screens
        for combo in (self.target, self.kind, self.gif_mode):
            combo.currentIndexChanged.connect(self._update_rows)
        self._update_rows()

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str = "") -> QtWidgets.QSpinBox:
        spin = QtWidgets.QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _update_rows(self) -> None:
        """Show only the settings that apply to the chosen export."""
        kind, target = self.kind.currentData(), self.target.currentData()
        animated = kind in ANIMATED_KINDS
        show = {"scale": kind != "svg" and target != "slide", "gif_mode": animated, "frames": animated,
                "every": animated and self.gif_mode.currentData() == "train", "frame_ms": kind in ("gif", "mp4"),
                "title": target == "slide", "slide_panels": target == "slide"}
        form: QtWidgets.QFormLayout = self.layout()
        for name, visible in show.items():
            form.setRowVisible(self.rows[name], visible)
        self.adjustSize()

    def ask_path(self) -> Path | None:
        """The file (or, for frames, the folder) to write, from a file dialog."""
        kind, target = self.kind.currentData(), self.target.currentData()
        prefs = getattr(self.window, "prefs", None)
        folder = Path(prefs.last_folder) if prefs is not None else Path.home()
        if kind == "frames":
            chosen = QtWidgets.QFileDialog.getExistingDirectory(self.window, translate("ExportMenu", "Folder for the PNG frames"), str(folder))
            return Path(chosen) if chosen else None
        start = folder / f"cnnviz-{target}.{kind}"
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, translate("ExportMenu", "Export"), str(start),
                                                          f"{kind_label(kind)} (*.{kind})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(path.name + f".{kind}")

    def request(self, path: Path) -> ExportRequest:
        return ExportRequest(
            target=self.target.currentData(), path=path, scale=self.scale.currentData(),
            theme=self.theme.currentData(), gif_mode=self.gif_mode.currentData(), frames=self.frames.value(),
            every=self.every.value(), frame_ms=self.frame_ms.value(), title=self.title.text().strip(),
            slide_panels=tuple(k for k, box in self.slide_boxes.items() if box.isChecked()))


# ---- running exports -----------------------------------------------------------------------------
class ExportController(QtCore.QObject):
    """The export actions of one window."""

    def __init__(self, window: QtWidgets.QMainWindow):
        super().__init__(window)
        self.window = window
        self.tracker = PanelTracker(window)
        self.last_path: Path | None = None

    # -- menu entries
    def open_dialog(self, kind: str = "png", target: str = "window") -> None:
        dialog = ExportDialog(self.window, kind, target)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
            path = dialog.ask_path()
            if path is not None:
                self.run(dialog.request(path))
        finally:
            dialog.deleteLater()

    def copy_to_clipboard(self) -> str:
        """Copy the current panel (or the window) as an image; returns what was copied."""
        from cnnviz.app import export as ex

        key = self.tracker.current()
        widget = self.window.panels[key] if key else self.window
        QtWidgets.QApplication.clipboard().setImage(ex.render_image(widget, CLIPBOARD_SCALE))
        text = (translate("ExportMenu", "copied the {name} panel to the clipboard").format(name=panel_label(key)) if key
                else translate("ExportMenu", "copied the window to the clipboard"))
        self.window.statusBar().showMessage(text, 5000)
        return key or "window"

    # -- the work
    def run(self, request: ExportRequest) -> Path | None:
        """Export; on failure a dialog (window.show_error) and None. Cancelling writes nothing."""
        from cnnviz.app import export as ex
        from cnnviz.stepthrough import StepThroughTooBig

        try:
            path = self._animation(request) if request.animated else self._still(request)
        except ex.ExportCancelled:
            self.window.statusBar().showMessage(translate("ExportMenu", "export cancelled"), 5000)
            return None
        except (ex.ExportError, StepThroughTooBig) as e:  # too big: a pass animation over a huge batch
            self.window.show_error(translate("ExportMenu", "Export failed"), str(e))
            return None
        self.last_path = path
        self.window.statusBar().showMessage(translate("ExportMenu", "exported {path}").format(path=shown_path(path)), 5000)
        return path

    def _snapshot(self):
        from cnnviz.app import export as ex

        snap = self.window.snapshot
        if snap is None:
            raise ex.ExportError(translate("ExportMenu", "nothing to export yet: the first snapshot has not been drawn"))
        return snap

    def _live_model(self) -> StepThrough | None:
        """The step-through shown on screen, if the mode is on."""
        return getattr(getattr(self.window, "stepthrough", None), "model", None)

    def _stage(self, request: ExportRequest, target: str, size: tuple[int, int] | None = None) -> ex.Stage:
        from cnnviz.app import export as ex

        return ex.Stage(target, th.THEMES[request.theme], size, request.slide_panels)

    def _draw_like_screen(self, stage: ex.Stage, request: ExportRequest) -> None:
        from cnnviz.app import export as ex

        snap, model = self._snapshot(), self._live_model()
        # The same colour scales as on screen (they are sticky: they depend on what was shown before).
        for key, panel in stage.panels.items():
            shown = self.window.panels.get(key)
            if hasattr(panel, "sticky") and hasattr(shown, "sticky"):
                panel.sticky.level = shown.sticky.level
        title, subtitle = ex.slide_title(self.window.image_label, snap, model)
        stage.set_title(request.title or title, subtitle)
        stage.draw(snap, model, field=getattr(self.window.panels.get("input"), "field_position", None))

    def _still(self, request: ExportRequest) -> Path:
        from cnnviz.app import export as ex

        ex.check_output(request.path)
        same_theme = request.theme == self.window.theme.name
        target = request.target
        if target != "slide" and same_theme:  # exactly what is on screen
            widget = self.window if target == "window" else self.window.panels[target]
            return ex.export_still(widget, request.path, request.scale, title=self.window.windowTitle())
        if target == "window":  # another theme: the window's panels, redrawn offscreen
            stage_target, size = "board", _size(self.window.board)
        elif target == "slide":
            stage_target, size = "slide", None
        else:
            stage_target, size = target, _size(self.window.panels[target])
        with self._stage(request, stage_target, size) as stage:
            self._draw_like_screen(stage, request)
            scale = stage.scale if target == "slide" else request.scale  # a slide is always 1920x1080
            return ex.export_still(stage.widget, request.path, scale)

    def _trainer_copy(self):
        from cnnviz.app import export as ex

        trainer = self.window.copy_trainer(pause=True)
        if trainer is None:
            raise ex.ExportError(translate("Window", "the training thread did not answer; try again"))
        return trainer

    def _animation(self, request: ExportRequest) -> Path:
        from cnnviz.app import export as ex

        path = ex.check_animation_path(request.path)  # before any work
        live = self._live_model()
        if request.gif_mode == "pass":
            from cnnviz.stepthrough import StepThrough

            # The pass on screen (with its overwrite setting) if the step-through is on.
            if live is not None:
                model = StepThrough(copy.deepcopy(live.trainer), overwrite=live.overwrite)
            else:
                model = StepThrough(self._trainer_copy())
            frames = ex.pass_frames(model, request.frames)
            total = len(frames)
        else:
            frames, total = ex.training_frames(self._trainer_copy(), request.frames, request.every), request.frames
        if request.target == "window":
            stage_target, size = "board", _size(self.window.board)
        elif request.target == "slide":
            stage_target, size = "slide", None
        else:
            stage_target, size = request.target, _size(self.window.panels[request.target])
        dialog = QtWidgets.QProgressDialog(translate("ExportMenu", "Rendering frames…"), translate("ExportMenu", "Cancel"), 0, total, self.window)
        dialog.setWindowTitle(translate("ExportMenu", "Export"))
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int) -> bool:
            dialog.setValue(done)
            QtWidgets.QApplication.processEvents()
            return not dialog.wasCanceled()

        scale = 1 if request.target == "slide" else request.scale  # a slide is always 1920x1080
        try:
            with self._stage(request, stage_target, size) as stage:
                return ex.export_animation(stage, frames, total, path, scale, request.frame_ms, progress,
                                           label=self.window.image_label, title=request.title or None)
        finally:
            dialog.close()
            dialog.deleteLater()


def _size(widget: QtWidgets.QWidget) -> tuple[int, int] | None:
    """The widget's size on screen, or None (the stage's default) before it is laid out."""
    size = widget.size()
    return (size.width(), size.height()) if size.width() > 50 and size.height() > 50 else None


def install_export_menu(window: QtWidgets.QMainWindow) -> ExportController:
    """File > Export ▸ (before Quit) and the shortcuts; returns the controller (window.exporter)."""
    controller = ExportController(window)
    window.exporter = controller
    menu = QtWidgets.QMenu(translate("ExportMenu", "&Export"), window)

    def action(text: str, shortcut: str, slot, tip: str) -> QtGui.QAction:
        a = QtGui.QAction(text, window)
        if shortcut:
            a.setShortcut(QtGui.QKeySequence(shortcut))
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(slot)
        menu.addAction(a)
        window.addAction(a)
        return a

    controller.figure_action = action(translate("ExportMenu", "Figure (PNG or SVG)…"), "Ctrl+E", lambda: controller.open_dialog("png"),
                                      translate("ExportMenu", "The window or one panel as PNG (1×–4×, crisp cells) or SVG"))
    controller.slide_action = action(translate("ExportMenu", "Slide (1920×1080)…"), "", lambda: controller.open_dialog("png", "slide"),
                                     translate("ExportMenu", "A 16:9 slide: a title and the panels you pick"))
    controller.animation_action = action(translate("ExportMenu", "Animation (GIF, MP4 or PNG frames)…"), "",
                                         lambda: controller.open_dialog("gif"),
                                         translate("ExportMenu", "Training (a frame every N updates) or one backward "
                                                   "pass, position by position"))
    menu.addSeparator()
    controller.copy_action = action(translate("ExportMenu", "Copy Panel to Clipboard"), "Ctrl+Shift+C", controller.copy_to_clipboard,
                                    translate("ExportMenu", "The panel under the mouse (or last clicked), else the whole window"))
    window.file_menu.insertMenu(window.quit_separator, menu)  # above Quit
    controller.menu = menu
    return controller
