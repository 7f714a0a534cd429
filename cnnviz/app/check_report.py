"""The checker's verdict screen: one plain sentence first, the learner's buffer beside the true one
(wrong cells outlined), then each diagnosis with its evidence. Shared by File > Check My Backprop…
(check_view.py), the tour's last chapter (tour_check.py) and the notebook's check() figure.

CheckThread waits on the learner's process (cnnviz.check runs it, sandboxed where it can) off the
GUI thread, so neither the window nor the tour ever waits on a learner's code.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.panels.check_panel import CheckBufferPanel
from cnnviz.check import checker, sandbox
from cnnviz.i18n import translate

VERDICT_COLORS = {"correct": "good", "wrong": "warning", "error": "warning"}  # the theme's text colours
CODE = re.compile(r"`([^`\n]+)`")  # the checker's messages mark code as a terminal would: `+=`


def shown(text: str) -> str:
    """A checker sentence for a screen: code in quotes (“+=”), not between literal backticks."""
    return CODE.sub(lambda m: f"“{m.group(1)}”", text)


def shown_html(text: str) -> str:
    """A checker sentence as rich text: code in a monospace font."""
    return CODE.sub(lambda m: f"<code>{m.group(1)}</code>", html.escape(text, quote=False))


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


class ReportView(QtWidgets.QWidget):
    """The verdict screen's widgets: progress while a check runs, then the verdict, the plain
    sentence, the two buffers and the details."""

    def __init__(self, theme: th.Theme, parent=None):
        super().__init__(parent)
        self.theme = theme
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        busy = QtWidgets.QHBoxLayout()
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 0)  # busy until the first call reports
        self.progress.setFormat(translate("CheckReport", "running your code…"))
        self.cancel_button = QtWidgets.QPushButton(translate("CheckReport", "Cancel"))
        busy.addWidget(self.progress, stretch=1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QtWidgets.QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.setVisible(False)
        layout.addWidget(self.busy_row)
        self.verdict = QtWidgets.QLabel(" ")
        layout.addWidget(self.verdict)
        self.headline = QtWidgets.QLabel("")  # one plain sentence: what is wrong and what to change
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        layout.addWidget(self.headline)
        grids = QtWidgets.QHBoxLayout()
        self.yours = CheckBufferPanel(theme)
        self.truth = CheckBufferPanel(theme)
        for panel in (self.yours, self.truth):
            panel.setMinimumSize(260, 260)
            grids.addWidget(panel)
        layout.addLayout(grids, stretch=2)
        self.diagnosis = QtWidgets.QTextBrowser()
        self.diagnosis.setOpenLinks(False)
        self.diagnosis.setMinimumHeight(150)
        layout.addWidget(self.diagnosis, stretch=1)
        self.set_font_scale(1.0)

    def set_font_scale(self, scale: float) -> None:
        """The verdict 1.4x, the sentence 1.2x the text (times presenter mode's scale)."""
        base = QtWidgets.QApplication.font().pointSizeF()
        for label, size, bold in ((self.verdict, 1.4, True), (self.headline, 1.2, False)):
            font = QtGui.QFont(label.font())
            font.setPointSizeF(base * size * scale)
            font.setBold(bold)
            label.setFont(font)
        font = QtGui.QFont(self.diagnosis.font())
        font.setPointSizeF(base * scale)
        self.diagnosis.setFont(font)
        for panel in (self.yours, self.truth):
            panel.set_font_scale(scale)

    def show_running(self, words: str) -> None:
        self.verdict.setText(translate("CheckReport", "Checking…"))
        self.verdict.setStyleSheet("")
        self.headline.setText("")
        self.progress.setRange(0, 0)
        self.progress.setFormat(translate("CheckReport", "starting…"))
        self.diagnosis.setHtml(f"<p>{html.escape(words)}</p>")
        self.busy_row.setVisible(True)

    def show_progress(self, done: int, total: int, seconds: float, what: str = "") -> None:
        """Which call runs, and the seconds so far: a slow but working solution is given time."""
        if total < 0:
            self.progress.setRange(0, 0)
            self.progress.setFormat(translate("CheckReport", "loading your file… {seconds} s").format(seconds=f"{seconds:.0f}"))
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        running = (translate("CheckReport", "done · {seconds} s") if done >= total else
                   translate("CheckReport", "running call {call} of {total} ({what}) · {seconds} s"))
        self.progress.setFormat(running.format(call=done + 1, total=total, what=what, seconds=f"{seconds:.0f}"))

    def show_failed(self, message: str) -> None:
        self.verdict.setText(translate("CheckReport", "Not checked"))
        self.diagnosis.setHtml(f"<p>{html.escape(message)}</p>")

    def show_report(self, report: checker.Report) -> None:
        self.verdict.setText(verdict_line(report))
        self.verdict.setStyleSheet(f"color: {getattr(self.theme, VERDICT_COLORS[report.verdict])};")
        self.headline.setText(shown(report.headline))
        show_buffers(self.yours, self.truth, report)
        self.diagnosis.setHtml(report_html(report, self.theme))


def verdict_line(report: checker.Report) -> str:
    """'Correct', 'Wrong  (overwrite, sign)' or 'Your code failed  (exception)'."""
    words = {"correct": translate("CheckReport", "Correct"), "wrong": translate("CheckReport", "Wrong"),
             "error": translate("CheckReport", "Your code failed")}[report.verdict]
    return words + (f"  ({', '.join(report.ids)})" if report.ids else "")


def show_buffers(yours: CheckBufferPanel, truth: CheckBufferPanel, report: checker.Report) -> None:
    """The learner's dw and db beside the true ones on one colour scale, wrong cells outlined
    (a colour lesson's dw: its R, G, B grids)."""
    dw, db = report.lesson["dw"], report.lesson["db"]
    values = [dw.true.ravel(), [float(db.true)]]
    if dw.yours is not None and dw.yours.shape == dw.true.shape:
        values.append(dw.yours.ravel())
    if db.yours is not None:
        values.append([float(db.yours)])
    level = th.StickyLevel().update(np.concatenate(values))  # one colour scale for both grids
    yours.show_buffer(translate("CheckReport", "Your dw and db (lesson's data)"), dw.yours, None if db.yours is None else db.yours,
                      level, dw.wrong_cells(), bool(db.wrong_cells().any()), shape=dw.true.shape)
    truth.show_buffer(translate("CheckReport", "True dw and db (sum over every position)"), dw.true, db.true, level, shape=dw.true.shape)


def report_html(report: checker.Report, theme: th.Theme) -> str:
    """The details under the plain sentence: each finding with its evidence (and their traceback
    lines), then what was left out of their file to run it, and how it ran (in a sandbox or not)."""
    notes = ""
    if report.notes:
        items = "".join(f"<li>{html.escape(n)}</li>" for n in report.notes[:8])
        more = ("<li>" + html.escape(translate("CheckReport", "and {count} more").format(count=len(report.notes) - 8))
                + "</li>") if len(report.notes) > 8 else ""
        said = translate("CheckReport", "Left out to run your file (course modules, data and IPython lines that are not "
                                        "here):")
        notes = f"<p style='color:{theme.muted}'>{html.escape(said)}</p><ul style='color:{theme.muted}'>{items}{more}</ul>"
    if report.isolation:
        words = (translate("CheckReport", "Your code ran isolated, in a sandbox.") if report.isolation == "isolated" else
                 translate("CheckReport", "Your code ran without a sandbox ({why}).").format(
                     why=sandbox.in_words(report.isolation.removeprefix("not isolated: "))))
        notes += f"<p style='color:{theme.muted}'>{html.escape(words)}</p>"
    if report.verdict == "correct":
        return f"<p>{html.escape(report.message)}</p>" + notes
    parts = []
    for f in report.found:
        parts.append(f"<p><b>{html.escape(f.id)}</b>: {shown_html(f.sentence)}")
        if f.evidence:
            evidence = shown_html(translate("CheckReport", "evidence: {evidence}").format(evidence=f.evidence))
            parts.append(f"<br><span style='color:{theme.muted}'>{evidence}</span>")
        parts.append("</p>")
        if f.lines:
            parts.append("<pre>" + html.escape("\n".join(f.lines)) + "</pre>")
    return "".join(parts) + notes
