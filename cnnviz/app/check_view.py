"""File > Check My Backprop…: run a learner's own backward pass and show what is right and wrong.

The learner's code runs in a separate process (cnnviz.check), waited for on a QThread so the
window never blocks; Cancel kills that process. The dialog shows their 3x3 buffer and db beside
the true ones (wrong cells outlined), the verdict, each diagnosis in words with its evidence, and,
where one position explains the bug, a button that opens the step-through there.

install_check_menu(window) adds the menu entry; check_file(window, path) checks a file (the
window's drop handler calls it for a dropped .py file or notebook). The verdict screen leads with
one plain sentence (what is wrong, what to change); the details follow.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.panels.check_panel import CheckBufferPanel
from cnnviz.check import checker

VERDICT_COLORS = {"correct": "good", "wrong": "warning", "error": "warning"}  # the theme's text colours


class CheckThread(QtCore.QThread):
    """Waits on the learner's process off the GUI thread; cancel() stops that check (its supervisor
    kills the learner's process and everything it started)."""

    finished_report = QtCore.Signal(object)  # checker.Report
    failed = QtCore.Signal(str)
    progressed = QtCore.Signal(int, int, float, str)  # calls done, in all (-1 while loading), seconds, which

    def __init__(self, path: Path, lesson, parent=None):
        super().__init__(parent)
        self.path, self.lesson = path, lesson
        self.cancelled = False
        self._run = None  # runner.Run, once the check starts

    def run(self) -> None:
        try:
            report = checker.check_file(self.path, lesson=self.lesson, started=self._started,
                                        progress=self._progress)
        except checker.CheckInputError as e:
            self.failed.emit(str(e))
            return
        if not self.cancelled:
            self.finished_report.emit(report)

    def _progress(self, done: int, total: int | None, seconds: float, what: str) -> None:
        self.progressed.emit(done, -1 if total is None else total, seconds, what)

    def _started(self, run) -> None:
        self._run = run
        if self.cancelled:
            run.cancel()

    def cancel(self) -> None:
        self.cancelled = True
        if self._run is not None:
            self._run.cancel()


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
        self.setWindowTitle("Check My Backprop")
        self.setModal(False)
        th.apply_palette(self, self.theme)
        layout = QtWidgets.QVBoxLayout(self)
        top = QtWidgets.QHBoxLayout()
        self.file_label = QtWidgets.QLabel("No file checked yet.")
        self.file_label.setWordWrap(True)
        choose = QtWidgets.QPushButton("Choose File…")
        choose.clicked.connect(self.choose_file)
        self.again = QtWidgets.QPushButton("Check Again")
        self.again.setToolTip("Run the same file again (after you edited it), on the lesson's data as it is now")
        self.again.clicked.connect(lambda: self.path and self.start(self.path))
        self.again.setEnabled(False)
        top.addWidget(self.file_label, stretch=1)
        top.addWidget(choose)
        top.addWidget(self.again)
        layout.addLayout(top)
        busy = QtWidgets.QHBoxLayout()
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 0)  # busy: the learner's process gives no progress
        self.progress.setFormat("running your code…")
        self.cancel_button = QtWidgets.QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        busy.addWidget(self.progress, stretch=1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QtWidgets.QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.setVisible(False)
        layout.addWidget(self.busy_row)
        self.verdict = QtWidgets.QLabel(" ")
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.verdict.setFont(font)
        layout.addWidget(self.verdict)
        self.headline = QtWidgets.QLabel("")  # one plain sentence: what is wrong and what to change
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        layout.addWidget(self.headline)
        grids = QtWidgets.QHBoxLayout()
        self.yours = CheckBufferPanel(self.theme)
        self.truth = CheckBufferPanel(self.theme)
        for panel in (self.yours, self.truth):
            panel.setMinimumSize(260, 260)
            grids.addWidget(panel)
        layout.addLayout(grids, stretch=2)
        self.diagnosis = QtWidgets.QTextBrowser()
        self.diagnosis.setOpenLinks(False)
        self.diagnosis.setMinimumHeight(150)
        layout.addWidget(self.diagnosis, stretch=1)
        bottom = QtWidgets.QHBoxLayout()
        self.explain = QtWidgets.QPushButton("Show in Step-Through")
        self.explain.setEnabled(False)
        self.explain.clicked.connect(self.show_in_stepthrough)
        close = QtWidgets.QPushButton("Close")
        close.clicked.connect(self.close)
        bottom.addWidget(self.explain)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(720, 720)

    # ---- running ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        prefs = getattr(self.window, "prefs", None)
        folder = str(self.path.parent if self.path else (prefs.last_folder if prefs else Path.home()))
        chosen, _ = QtWidgets.QFileDialog.getOpenFileName(self, "Check My Backprop: your Python file", folder,
                                                          "Python files and notebooks (*.py *.ipynb)")
        if chosen:
            self.start(Path(chosen))

    def lesson(self):
        """(x, w, dy) of the image shown, at the current weights: the numbers on screen."""
        snap = self.window.snapshot
        if snap is None:
            self.image_index = 0
            return None  # the checker's default: the lesson's first step
        self.image_index = min(getattr(self.window, "image_index", 0), snap.images.shape[0] - 1)
        return snap.images[self.image_index], snap.weights, snap.delta[self.image_index]

    def start(self, path: Path) -> None:
        if refused_for_this_layer(self.window):  # e.g. 'Again' after the layer changed
            return
        self.stop()
        self.path = Path(path)
        self.report = None
        self.file_label.setText(f"<b>{html.escape(self.path.name)}</b> — {html.escape(str(self.path.parent))}")
        self.verdict.setText("Checking…")
        self.verdict.setStyleSheet("")
        self.headline.setText("")
        self.progress.setRange(0, 0)
        self.progress.setFormat("starting…")
        self.diagnosis.setHtml("<p>Your code runs in a separate process, on probes and on the lesson's data "
                               "as it is on screen.</p>")
        self.explain.setEnabled(False)
        self.again.setEnabled(False)
        self.busy_row.setVisible(True)
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
            self.verdict.setText("Cancelled: your code was stopped.")

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
        """Which call runs, and the seconds so far: a slow but working solution is given time."""
        if total < 0:
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"loading your file… {seconds:.0f} s")
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        running = "done" if done >= total else f"running call {done + 1} of {total} ({what})"
        self.progress.setFormat(f"{running} · {seconds:.0f} s")

    def _on_failed(self, message: str) -> None:
        self.verdict.setText("Not checked")
        self.diagnosis.setHtml(f"<p>{html.escape(message)}</p>")
        self.window.show_error("Check My Backprop", message)

    # ---- showing ---------------------------------------------------------------------------------
    def _on_report(self, report: checker.Report) -> None:
        self.report = report
        self.verdict.setText(verdict_line(report))
        self.verdict.setStyleSheet(f"color: {getattr(self.theme, VERDICT_COLORS[report.verdict])};")
        self.headline.setText(report.headline)
        show_buffers(self.yours, self.truth, report)
        self.diagnosis.setHtml(report_html(report, self.theme))
        self.explain.setEnabled(report.explain_count is not None and self.window.snapshot is not None)
        if report.explain_count is not None:
            self.explain.setToolTip(f"Open the step-through after position {report.explain_count} "
                                    "(the one that explains the bug)")

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
            w.statusBar().showMessage("Step-through after position "
                                      f"{count:,}: File > Check My Backprop… shows the check again", 8000)

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc: close() does not run closeEvent for dialogs
        self.stop()
        super().done(result)


def verdict_line(report: checker.Report) -> str:
    """'Correct', 'Wrong  (overwrite, sign)' or 'Your code failed  (exception)'."""
    words = {"correct": "Correct", "wrong": "Wrong", "error": "Your code failed"}[report.verdict]
    return words + (f"  ({', '.join(report.ids)})" if report.ids else "")


def show_buffers(yours: CheckBufferPanel, truth: CheckBufferPanel, report: checker.Report) -> None:
    """The learner's dw and db beside the true ones on one colour scale, wrong cells outlined."""
    dw, db = report.lesson["dw"], report.lesson["db"]
    values = [dw.true.ravel(), [float(db.true)]]
    if dw.yours is not None and dw.yours.shape == dw.true.shape:
        values.append(dw.yours.ravel())
    if db.yours is not None:
        values.append([float(db.yours)])
    level = th.StickyLevel().update(np.concatenate(values))  # one colour scale for both grids
    yours.show_buffer("Your dw and db (lesson's data)", dw.yours, None if db.yours is None else db.yours,
                      level, dw.wrong_cells(), bool(db.wrong_cells().any()))
    truth.show_buffer("True dw and db (sum over every position)", dw.true, db.true, level)


def report_html(report: checker.Report, theme: th.Theme) -> str:
    """The details under the plain sentence: each finding with its evidence (and their traceback
    lines), then what was left out of their file to run it, and how it ran (in a sandbox or not)."""
    notes = ""
    if report.notes:
        items = "".join(f"<li>{html.escape(n)}</li>" for n in report.notes[:8])
        more = f"<li>and {len(report.notes) - 8} more</li>" if len(report.notes) > 8 else ""
        notes = (f"<p style='color:{theme.muted}'>Left out to run your file (course modules, data and IPython "
                 f"lines that are not here):</p><ul style='color:{theme.muted}'>{items}{more}</ul>")
    if report.isolation:
        words = ("Your code ran isolated, in a sandbox." if report.isolation == "isolated" else
                 f"Your code ran without a sandbox ({report.isolation.removeprefix('not isolated: ')}).")
        notes += f"<p style='color:{theme.muted}'>{html.escape(words)}</p>"
    if report.verdict == "correct":
        return f"<p>{html.escape(report.message)}</p>" + notes
    parts = []
    for f in report.found:
        parts.append(f"<p><b>{html.escape(f.id)}</b>: {html.escape(f.sentence)}")
        if f.evidence:
            parts.append(f"<br><span style='color:{theme.muted}'>evidence: {html.escape(f.evidence)}</span>")
        parts.append("</p>")
        if f.lines:
            parts.append("<pre>" + html.escape("\n".join(f.lines)) + "</pre>")
    return "".join(parts) + notes


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


def refused_for_this_layer(window) -> bool:
    """The checker's lesson is the 3x3 grey layer, so far: another layer gets a dialog saying so."""
    c = getattr(window, "config", None)
    if c is None or c.is_classroom_layer:
        return False
    window.show_error("Not checked", f"Check My Backprop runs your backward pass on the 3x3 grey filter (valid, "
                                     f"stride 1) only, for now; this lesson has a {c.layer_text()}. Set the layer "
                                     "back to 3x3, stride 1, valid, grey to check it.")
    return True


def check_file(window: QtWidgets.QMainWindow, path: str | Path) -> CheckDialog | None:
    """Check `path` and show the result in the window's check dialog (None: refused for this layer)."""
    if refused_for_this_layer(window):
        return None
    dialog = _dialog_for(window)
    if dialog.isVisible():
        to_front(dialog)  # bring it forward when it is already open
    dialog.show()
    dialog.start(Path(path))
    return dialog


def choose_file(window: QtWidgets.QMainWindow) -> None:
    """File > Check My Backprop… (the menu entry is in menus.py): the dialog, asking for a file."""
    if refused_for_this_layer(window):
        return
    dialog = _dialog_for(window)
    had_report = dialog.report is not None and not dialog.isVisible()
    dialog.show()
    to_front(dialog)
    if not had_report:  # after Show in Step-Through: the report comes back, Choose File… is a click away
        dialog.choose_file()
