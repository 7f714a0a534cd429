"""The tour's check chapter (mode = "check"): the checker's own verdict screen on a learner's file,
in place of the board, with the file beside it.

The file (the chapter's `example`, shipped in resources/) runs through cnnviz.check on the
chapter's lesson: its image, weights and δ as the board would show them, its stride, padding and
channels. Live, a CheckThread waits on the learner's process and the screen shows its progress:
the tour never waits (a class may page on and come back). An export runs the check to its end
first, so the slide shows the verdict. Verdicts are kept per chapter until the tour starts again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app.check_report import CheckThread, ReportView, shown
from cnnviz.check import checker
from cnnviz.check.learner_text import one_line
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate

RUNNING = QT_TRANSLATE_NOOP("TourCheck", "The checker runs this file in a separate process, on the lesson's data and on probes.")


class TourCheck(QtCore.QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.frame: QtWidgets.QFrame | None = None  # built for the first check chapter shown
        self.results: dict[int, checker.Report | str] = {}  # chapter -> its report, or why it was not checked
        self.thread: CheckThread | None = None
        self.index: int | None = None  # the check chapter on screen
        self.on_verdict: Callable[[int], None] | None = None  # the tour's caption follows the verdict
        self.font_scale = 1.0
        window.installEventFilter(self)  # closing the window stops a check still running

    # ---- the screen ---------------------------------------------------------------------------------
    def _build(self) -> None:
        w = self.window
        if self.frame is not None:  # another theme: built again in it
            self.frame.hide()
            self.frame.deleteLater()
        self.frame = QtWidgets.QFrame()
        self.frame.setObjectName("tour_check")
        layout = QtWidgets.QHBoxLayout(self.frame)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QtWidgets.QVBoxLayout()
        self.file_label = QtWidgets.QLabel()
        self.file_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)  # a projector's narrow screen: two lines, not cut
        self.file_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.code = QtWidgets.QPlainTextEdit()
        self.code.setReadOnly(True)
        self.code.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        self._viewport = self.code.viewport()  # its font fits the longest line to the room (_fit_code)
        self._viewport.installEventFilter(self)
        left.addWidget(self.file_label)
        left.addWidget(self.code, stretch=1)
        self.view = ReportView(w.theme)
        self.view.cancel_button.clicked.connect(self.stop)
        layout.addLayout(left, stretch=1)
        layout.addWidget(self.view, stretch=1)
        w.right_column.addWidget(self.frame, stretch=1)
        self.frame.setVisible(False)
        self.set_font_scale(self.font_scale)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        if self.frame is None:
            return
        self.view.set_font_scale(scale)
        base = QtWidgets.QApplication.font().pointSizeF()
        self._fit_code()
        label = QtGui.QFont(self.file_label.font())
        label.setPointSizeF(base * 1.2 * scale)
        label.setBold(True)
        self.file_label.setFont(label)

    def _fit_code(self) -> None:
        """The file in a fixed font of the text's size (times presenter mode's scale), smaller only
        as far as its longest line needs to be seen whole."""
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QtWidgets.QApplication.font().pointSizeF() * self.font_scale)
        longest = max(self.code.toPlainText().splitlines() or [""], key=len)
        wide = QtGui.QFontMetricsF(font).horizontalAdvance(longest + "  ")
        room = self.code.viewport().width() - 2 * self.code.document().documentMargin()
        if wide > room > 0:
            font.setPointSizeF(max(6.0, font.pointSizeF() * room / wide))
        if font != self.code.font():
            self.code.setFont(font)

    def show(self, index: int, path: Path, lesson: tuple, wait: bool = False) -> None:
        """Chapter `index`'s screen: `path` checked on `lesson` (x, w, dy, stride, padding), in the
        background (wait: to its end first, for an export)."""
        w = self.window
        if self.frame is None or self.view.theme is not w.theme:
            self._build()
        self.index = index
        self.file_label.setText(translate("TourCheck", "{name}: a learner's backward pass").format(name=path.name))
        self.code.setPlainText(path.read_text(encoding="utf-8"))
        self._fit_code()
        w.board.setVisible(False)
        self.frame.setVisible(True)
        if index not in self.results and wait:
            self.stop()
            try:
                self.results[index] = checker.check_file(path, lesson=lesson)
            except checker.CheckInputError as e:
                self.results[index] = str(e)
        if index in self.results:
            self._show_result(index)
        elif self.thread is None or self.thread.index != index:
            self._start(index, path, lesson)
        else:  # still running from before: its progress goes on
            self.view.show_running(translate("TourCheck", RUNNING))

    def hide(self) -> None:
        """Back to the board (a check still running goes on: its verdict is kept for the chapter)."""
        self.index = None
        if self.frame is not None and self.frame.isVisible():
            self.frame.setVisible(False)
            self.window.board.setVisible(True)

    def verdict(self, index: int) -> str | None:
        """The sentence the chapter's screen leads with, once the verdict is in (None: still running)."""
        result = self.results.get(index)
        if result is None:
            return None
        return shown(result.headline) if isinstance(result, checker.Report) else translate("TourCheck", "not checked ({reason}).").format(
            reason=one_line(result))

    # ---- the check ----------------------------------------------------------------------------------
    def _start(self, index: int, path: Path, lesson: tuple) -> None:
        self.stop()
        thread = self.thread = CheckThread(path, lesson, self)
        thread.index = index
        thread.finished_report.connect(lambda report: self._done(index, report))
        thread.failed.connect(lambda message: self._done(index, message))
        thread.progressed.connect(lambda *a: self.view.show_progress(*a) if self._showing(index, thread) else None)
        thread.finished.connect(lambda: self._finished(thread))
        self.view.show_running(translate("TourCheck", RUNNING))
        thread.start()

    def _showing(self, index: int, thread: CheckThread) -> bool:
        return self.index == index and self.thread is thread

    def _done(self, index: int, result) -> None:
        self.results[index] = result
        if self.index == index:
            self._show_result(index)
            if self.on_verdict is not None:
                self.on_verdict(index)

    def _finished(self, thread: CheckThread) -> None:
        if self.thread is thread:
            self.thread = None
            if self.frame is not None:
                self.view.busy_row.setVisible(False)
        thread.deleteLater()

    def _show_result(self, index: int) -> None:
        self.view.busy_row.setVisible(False)
        result = self.results[index]
        if isinstance(result, checker.Report):
            self.view.show_report(result)
        else:
            self.view.show_failed(result)

    def stop(self) -> None:
        """Cancel a check still running and wait for its thread (its process is killed: quick)."""
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.cancel()
            thread.wait()
            if self.frame is not None and self.index is not None and self.index not in self.results:
                self.view.busy_row.setVisible(False)
                self.view.verdict.setText(translate("TourCheck", "Cancelled: the check was stopped."))

    def clear(self) -> None:
        """A new tour start: its lesson is another, so are the verdicts."""
        self.stop()
        self.results.clear()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QtCore.QEvent.Type.Close:
            self.stop()
        elif event.type() == QtCore.QEvent.Type.Resize and self.frame is not None and obj is self._viewport:
            self._fit_code()
        return False
