"""File > Check My Backprop…: run a learner's own backward pass and show what is right and wrong.

The learner's code runs in a separate process (cnnviz.check), waited for on a QThread so the
window never blocks; Cancel kills that process. The dialog shows the verdict screen (check_report.py:
their buffer and db beside the true ones, wrong cells outlined, each diagnosis in words with its
evidence), checked against the lesson on screen, its layer included (stride, padding, kernel size,
colour: their backward gets stride= and padding=), and, where one position explains the bug, a
button that opens the step-through there.

install_check_menu(window) adds the menu entry; check_file(window, path) checks a file (the
window's drop handler calls it for a dropped .py file or notebook). The verdict screen leads with
one plain sentence (what is wrong, what to change); the details follow.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
from PySide6 import QtGui, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.check_report import CheckThread, ReportView
from cnnviz.check import checker
from cnnviz.i18n import grouped, translate

class CheckDialog(QtWidgets.QDialog):
    """Non-modal: the window stays usable while a check runs and after it."""

    def __init__(self, window: QtWidgets.QMainWindow):
        super().__init__(window)
        self.window = window
        self.theme = window.theme
        self.report: checker.Report | None = None
        self.image_index = 0
        self.path: Path | None = None
        self.thread: CheckThread | None = None
        self.setWindowTitle(translate("CheckView", "Check My Backprop"))
        self.setModal(False)
        th.apply_palette(self, self.theme)
        layout = QtWidgets.QVBoxLayout(self)
        top = QtWidgets.QHBoxLayout()
        self.file_label = QtWidgets.QLabel(translate("CheckView", "No file checked yet."))
        self.file_label.setWordWrap(True)
        choose = QtWidgets.QPushButton(translate("CheckView", "Choose File…"))
        choose.clicked.connect(self.choose_file)
        self.again = QtWidgets.QPushButton(translate("CheckView", "Check Again"))
        self.again.setToolTip(translate("CheckView", "Run the same file again (after you edited it), on the lesson's data "
                                                 "as it is now"))
        self.again.clicked.connect(lambda: self.path and self.start(self.path))
        self.again.setEnabled(False)
        top.addWidget(self.file_label, stretch=1)
        top.addWidget(choose)
        top.addWidget(self.again)
        layout.addLayout(top)
        self.view = ReportView(self.theme)  # the verdict screen (the tour's last chapter shows it too)
        self.view.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.view, stretch=1)
        v = self.view  # its widgets under the dialog's names
        self.busy_row, self.progress, self.cancel_button = v.busy_row, v.progress, v.cancel_button
        self.verdict, self.headline, self.yours, self.truth, self.diagnosis = (
            v.verdict, v.headline, v.yours, v.truth, v.diagnosis)
        bottom = QtWidgets.QHBoxLayout()
        self.explain = QtWidgets.QPushButton(translate("CheckView", "Show in Step-Through"))
        self.explain.setEnabled(False)
        self.explain.clicked.connect(self.show_in_stepthrough)
        close = QtWidgets.QPushButton(translate("CheckView", "Close"))
        close.clicked.connect(self.close)
        bottom.addWidget(self.explain)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.buttons = (choose, self.again, self.explain, close, self.cancel_button)
        self.resize(720, 720)
        self.set_font_scale(getattr(window, "font_scale", 1.0))

    def set_font_scale(self, scale: float) -> None:
        """Presenter mode: the dialog's words as large as the window's (its verdict, sentence,
        buffers and buttons), and the dialog as much larger as fits the screen."""
        self.view.set_font_scale(scale)
        font = QtGui.QFont(self.file_label.font())
        font.setPointSizeF(QtWidgets.QApplication.font().pointSizeF() * scale)
        for widget in (self.file_label, self.progress) + self.buttons:
            widget.setFont(font)
        screen = self.window.screen().availableGeometry()
        self.resize(min(round(720 * scale), screen.width()), min(round(720 * scale), screen.height()))

    # ---- running ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        prefs = getattr(self.window, "prefs", None)
        folder = str(self.path.parent if self.path else (prefs.last_folder if prefs else Path.home()))
        chosen, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, translate("CheckView", "Check My Backprop: your Python file"), folder,
            translate("CheckView", "Python files and notebooks (*.py *.ipynb)"))
        if chosen:
            self.start(Path(chosen))

    def lesson(self):
        """(x, w, dy, stride, padding) of the image shown, at the current weights: the numbers on
        screen (x and w carry a colour lesson's channels)."""
        snap = self.window.snapshot
        if snap is None:
            self.image_index = 0
            return None  # the checker's default: the lesson's first step
        self.image_index = min(getattr(self.window, "image_index", 0), snap.images.shape[0] - 1)
        c = self.window.config
        return snap.images[self.image_index], snap.weights, snap.delta[self.image_index], c.stride, c.padding_pixels

    def start(self, path: Path) -> None:
        self.stop()
        self.path = Path(path)
        self.report = None
        self.file_label.setText(f"<b>{html.escape(self.path.name)}</b> — {html.escape(str(self.path.parent))}")
        self.view.show_running(translate("CheckView", "Your code runs in a separate process, on probes and on the "
                                                      "lesson's data as it is on screen."))
        self.explain.setEnabled(False)
        self.again.setEnabled(False)
        thread = self.thread = CheckThread(self.path, self.lesson(), self)
        thread.finished_report.connect(self._on_report)
        thread.failed.connect(self._on_failed)
        # A cancelled run's last signals may arrive after the next run started: only this run's count.
        thread.progressed.connect(lambda *a: self._on_progress(*a) if self.thread is thread else None)
        thread.finished.connect(lambda: self._on_thread_finished() if self.thread is thread else None)
        self.thread.start()

    def cancel(self) -> None:
        if self.thread is not None and self.thread.isRunning():
            self.thread.cancel()
            self.verdict.setText(translate("CheckView", "Cancelled: your code was stopped."))

    def stop(self) -> None:
        """Cancel a running check and wait for its thread (the process is killed, so this is quick)."""
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()
            self.thread.deleteLater()
            self.thread = None
            self._on_thread_finished()

    def _on_thread_finished(self) -> None:
        self.busy_row.setVisible(False)
        self.again.setEnabled(self.path is not None)

    def _on_progress(self, done: int, total: int, seconds: float, what: str = "") -> None:
        self.view.show_progress(done, total, seconds, what)

    def _on_failed(self, message: str) -> None:
        self.view.show_failed(message)
        self.window.show_error(translate("CheckView", "Check My Backprop"), message)

    # ---- showing ---------------------------------------------------------------------------------
    def _on_report(self, report: checker.Report) -> None:
        self.report = report
        self.view.show_report(report)
        self.explain.setEnabled(report.explain_count is not None and self.window.snapshot is not None)
        if report.explain_count is not None:
            self.explain.setToolTip(translate("CheckView", "Open the step-through after position {count} (the one "
                                                           "that explains the bug)").format(count=report.explain_count))

    def explain_count(self) -> int | None:
        """The step-through's count (positions added, over the batch) that shows the bug."""
        if self.report is None or self.report.explain_count is None:
            return None
        positions = int(np.prod(self.window.snapshot.delta.shape[1:]))
        return self.image_index * positions + self.report.explain_count

    def show_in_stepthrough(self) -> None:
        """Open the step-through at the position that explains the bug, in front: this dialog steps
        aside (File > Check My Backprop… brings it back with its report)."""
        count = self.explain_count()
        if count is None:
            return
        w = self.window
        if not w.stepthrough.active:
            w.toggle_stepthrough()
        if w.stepthrough.active:
            w.stepthrough.seek(count)
            self.hide()
            to_front(w)
            w.statusBar().showMessage(translate("CheckView", "Step-through after position {count}: File > Check My "
                                                             "Backprop… shows the check again").format(
                count=grouped(count)), 8000)

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc: close() does not run closeEvent for dialogs
        self.stop()
        super().done(result)


def to_front(widget: QtWidgets.QWidget) -> None:
    """Raise a window above the others and give it the keyboard (offscreen has no windows to raise)."""
    if QtWidgets.QApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()


def _dialog_for(window: QtWidgets.QMainWindow) -> CheckDialog:
    """The window's check dialog: made on first use, and again when the window's theme changed."""
    dialog: CheckDialog | None = getattr(window, "check_dialog", None)
    if dialog is not None and dialog.theme is not window.theme:  # rebuilt in the window's theme
        dialog.stop()
        dialog.close()
        dialog.deleteLater()
        dialog = None
    if dialog is None:
        dialog = window.check_dialog = CheckDialog(window)
    return dialog


def check_file(window: QtWidgets.QMainWindow, path: str | Path) -> CheckDialog | None:
    """Check `path` (against the lesson's layer) and show the result in the window's check dialog."""
    dialog = _dialog_for(window)
    if dialog.isVisible():
        to_front(dialog)  # bring it forward when it is already open
    dialog.show()
    dialog.start(Path(path))
    return dialog


def choose_file(window: QtWidgets.QMainWindow) -> None:
    """File > Check My Backprop… (the menu entry is in menus.py): the dialog, asking for a file."""
    dialog = _dialog_for(window)
    had_report = dialog.report is not None and not dialog.isVisible()
    dialog.show()
    to_front(dialog)
    if not had_report:  # after Show in Step-Through: the report comes back, Choose File… is a click away
        dialog.choose_file()
