"""File menu actions: open an image, a folder or a lesson; save the lesson; export the history.

Every failure gets a dialog (window.show_error) and changes nothing: a bad image or lesson
leaves the run as it was, a failed save leaves the old file in place.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtWidgets

from cnnviz import images as imgs
from cnnviz.app.background import BackgroundJob
from cnnviz.engine import safe_default_lr
from cnnviz.safe_write import shown_path
from cnnviz.i18n import grouped, translate


BACKGROUND_BYTES = 4 * 2**20  # more to read than this: load off the GUI thread


def _bytes_to_read(path: str | Path) -> int:
    """The file's size, or the sum over a folder's files (0 if unreadable: the loader says why)."""
    try:
        if Path(path).is_dir():
            with os.scandir(path) as entries:
                return sum(e.stat().st_size for e in entries if e.is_file())
        return Path(path).stat().st_size
    except OSError:
        return 0


def describe_source(window, trainer, lesson: bool = False) -> str:
    """What became of the user's picture (the input panel's footer); a lesson's images are
    described as they were saved (their label may name a file that is gone or was resized)."""
    n, (h, w) = trainer.images.shape[0], trainer.images.shape[-2:]
    if lesson or (window.image_size is not None and (h, w) != (window.image_size,) * 2):
        if n > 1:
            return translate("FileActions", "as saved in the lesson: {n} images of {h}×{w}").format(n=n, h=h, w=w)
        return translate("FileActions", "as saved in the lesson: {h}×{w}").format(h=h, w=w)
    return imgs.describe_path(window.image_label, window.image_size)


class FileActions:
    def __init__(self, window):
        self.window = window
        self.job: BackgroundJob | None = None  # a big image or folder loading

    @property
    def prefs(self):
        return self.window.prefs

    # ---- images --------------------------------------------------------------------------------
    def open_image_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, translate("FileActions", "Open a grayscale image"), self.prefs.last_folder,
            translate("FileActions", "Images ({patterns});;All files (*)").format(
                patterns=" ".join("*" + e for e in imgs.IMAGE_EXTENSIONS)))
        if path:
            self.open_path(path)

    def open_folder_dialog(self) -> None:
        path = QtWidgets.QFileDialog.getExistingDirectory(self.window, translate("FileActions", "Open a folder of images (a batch)"),
                                                          self.prefs.last_folder)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Load an image file or folder; on bad input show a dialog and change nothing.
        A big folder or file loads off the GUI thread (progress, Cancel): True then means started."""
        w = self.window
        size = w.image_size

        def load():
            x = imgs.load_path(path, size, w.config.color)  # a colour lesson keeps R, G, B
            imgs.check_min_size(x)
            return x

        if _bytes_to_read(path) <= BACKGROUND_BYTES:
            try:
                x = load()
            except imgs.ImageError as e:
                w.show_error(translate("FileActions", "Image not opened"), str(e))
                return False
            self._opened(path, x)
            return True

        config = w.config

        def load_and_check():  # the learning-rate check of a big batch is slow too: do it here
            x = load()
            return x, safe_default_lr(x, config.reduction, config.lr, config.momentum_or_none,
                                      kernel_size=config.kernel_size, stride=config.stride,
                                      padding=config.padding_pixels, color=config.color)

        def failed(e: BaseException) -> None:
            w.show_error(translate("FileActions", "Image not opened"), str(e) if isinstance(e, imgs.ImageError) else f"{type(e).__name__}: {e}")

        self.job = BackgroundJob(w, translate("FileActions", "Loading {name}…").format(name=Path(path).name), load_and_check,
                                 lambda result: self._opened(path, *result), failed,
                                 cancelled=lambda: w.statusBar().showMessage(translate("FileActions", "image not opened: cancelled"), 5000))
        return True

    def _opened(self, path: str | Path, x, lr: float | None = None) -> None:
        w = self.window
        w.set_images(x, str(path), lr)
        self.prefs.set("last_folder", str(Path(path).parent if Path(path).is_file() else path))
        w.controls.show_image_name(Path(path).name)

    # ---- lessons -------------------------------------------------------------------------------
    def open_dropped(self, path: str) -> None:
        """A file dropped on the window: a lesson opens, homework (a .py file or a notebook) is
        checked, anything else is opened as an image or a folder of images."""
        from cnnviz import lesson_file  # imported on first use: not needed to open the window

        suffix = Path(path).suffix.lower()
        if suffix == lesson_file.SUFFIX:
            self.open_lesson(path)
        elif suffix in (".py", ".ipynb"):
            from cnnviz.app.check_view import check_file  # imported on first use: the window opens sooner

            check_file(self.window, path)
        else:
            self.open_path(path)

    def open_lesson_dialog(self) -> None:
        from cnnviz import lesson_file  # imported on first use: not needed to open the window

        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, translate("FileActions", "Open lesson"), self.prefs.last_folder,
            translate("FileActions", "cnnviz lessons (*{suffix});;All files (*)").format(suffix=lesson_file.SUFFIX))
        if path:
            self.open_lesson(path)

    def open_lesson(self, path: str | Path) -> bool:
        """Replace the run with a saved lesson; a bad file gets a dialog and changes nothing."""
        from cnnviz import lesson_file  # imported on first use: not needed to open the window

        w = self.window
        try:
            lesson = lesson_file.load_lesson(path)
            trainer = lesson_file.trainer_from_lesson(lesson)
        except (lesson_file.LessonFileError, ValueError) as e:
            w.show_error(translate("FileActions", "Lesson not opened"), str(e))
            return False
        w.set_mode(None)
        w.set_trainer(trainer, lesson.image_label or Path(path).name)
        w.lesson_path = Path(path)
        self.prefs.set("last_folder", str(Path(path).parent))
        return True

    def save_lesson(self, ask: bool = False, path: str | Path | None = None) -> bool:
        """Save the run (Ctrl+S): atomically; on failure a dialog, and the old file stays."""
        from cnnviz import lesson_file  # imported on first use: not needed to open the window

        w = self.window
        if path is None:
            path = w.lesson_path
        if path is None or ask:
            start = str(w.lesson_path or Path(self.prefs.last_folder) / f"lesson{lesson_file.SUFFIX}")
            path, _ = QtWidgets.QFileDialog.getSaveFileName(
                w, translate("FileActions", "Save lesson"), start,
                translate("FileActions", "cnnviz lessons (*{suffix})").format(suffix=lesson_file.SUFFIX))
            if not path:
                return False
        trainer = w.copy_trainer()
        if trainer is None:
            return False
        try:
            lesson_file.save_lesson(path, trainer, w.image_label)
        except lesson_file.LessonFileError as e:
            w.show_error(translate("FileActions", "Lesson not saved"), str(e))
            return False
        w.lesson_path = Path(path)
        self.prefs.set("last_folder", str(Path(path).parent))
        w.statusBar().showMessage(translate("FileActions", "saved {path} at step {step}").format(
            path=shown_path(path), step=grouped(trainer.step_count)), 5000)
        return True

    # ---- history -------------------------------------------------------------------------------
    def export_history_dialog(self) -> None:
        start = str(Path(self.prefs.last_folder) / "history.csv")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, translate("FileActions", "Export history as CSV"), start,
                                                        translate("FileActions", "CSV (*.csv)"))
        if path:
            self.export_history(path)

    def export_history(self, path: str | Path) -> bool:
        from cnnviz.history_csv import write_history_csv

        w = self.window
        snap = w.worker.latest()
        try:
            write_history_csv(path, snap)
        except OSError as e:
            w.show_error(translate("FileActions", "History not exported"), translate(
                "FileActions", "cannot write {path}: {reason}").format(path=shown_path(path), reason=e.strerror or e))
            return False
        w.statusBar().showMessage(translate("FileActions", "wrote {rows} rows to {path}").format(
            rows=grouped(len(snap.history_steps)), path=shown_path(path)), 5000)
        return True
