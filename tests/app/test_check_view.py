"""File > Check My Backprop…: the dialog against the engine's numbers, read from its widgets."""

from pathlib import Path

import numpy as np
import pytest

from cnnviz import numbers
from cnnviz.app import check_report, check_view
from cnnviz.app import theme as th
from cnnviz.engine import backward

HOMEWORK = Path(__file__).resolve().parents[2] / "examples" / "homework"


def wait_report(qtbot, dialog, timeout=15000):
    qtbot.waitUntil(lambda: dialog.thread is not None and dialog.thread.isFinished()
                    and not dialog.busy_row.isVisible(), timeout=timeout)


def close(dialog):
    dialog.close()
    assert dialog.thread is None or dialog.thread.isFinished()


def test_menu_entry_is_in_the_file_menu(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.count("Check My Backprop…") == 1 and texts.index("Check My Backprop…") < texts.index("Quit")
    assert window.check_action in window.file_menu.actions()


def _drop(window, path):
    from PySide6 import QtCore, QtGui

    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    event = QtGui.QDropEvent(QtCore.QPointF(10, 10), QtCore.Qt.DropAction.CopyAction, mime,
                             QtCore.Qt.MouseButton.NoButton, QtCore.Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropping_a_py_file_checks_it_and_a_lesson_file_opens_it(qtbot, window, tmp_path):
    _drop(window, HOMEWORK / "lesson_sign.py")
    dialog = window.check_dialog
    wait_report(qtbot, dialog)
    assert dialog.verdict.text() == "Wrong  (sign)"
    close(dialog)
    assert window.save_lesson(path=tmp_path / "saved.cnnviz")
    window.command("step")
    qtbot.waitUntil(lambda: window.worker.latest().step == 1)
    _drop(window, tmp_path / "saved.cnnviz")
    qtbot.waitUntil(lambda: window.worker.latest().step == 0)
    assert window.lesson_path == tmp_path / "saved.cnnviz"


def test_overwrite_shows_last_position_beside_the_true_buffer(qtbot, window):
    dialog = check_view.check_file(window, HOMEWORK / "lesson_overwrite.py")
    assert dialog.busy_row.isVisible()  # running: the window was not blocked to get here
    wait_report(qtbot, dialog)
    snap = window.snapshot
    x, w, dy = snap.images[0], snap.weights, snap.delta[0]
    true = backward(x, w, dy)
    def texts(dw, db):  # 3 significant digits in every cell of both grids, the bias in its footer too
        f = numbers.significant
        return [[f(v) for v in row] for row in dw], f(db)

    assert dialog.truth.cell_texts() == texts(true.dw, true.db)[0]
    last = dy[-1, -1] * x[-3:, -3:]  # the last position's contribution alone
    assert dialog.yours.cell_texts() == texts(last, dy.sum())[0]  # its db is right: the sum
    assert dialog.yours.highlight.all() and not dialog.truth.highlight.any()
    assert dialog.verdict.text() == "Wrong  (overwrite)"
    # Code in quotes on screen, not between a terminal's backticks (the report's words keep them).
    assert dialog.headline.text().startswith("Only the last position is kept in your dw: write “+=”")
    assert dialog.headline.text() == check_report.shown(dialog.report.headline) and "`" in dialog.report.headline
    text = dialog.diagnosis.toPlainText()
    assert "= where += was needed" in text and "position 900's contribution alone" in text and "`" not in text
    # The diagnosis's example product is the number in the learner's top-left cell, in the same digits.
    product = numbers.significant(dy[-1, -1] * x[-3, -3])
    assert f"= {numbers.significant(dy[-1, -1])} × {numbers.significant(x[-3, -3])} = {product}" in text
    assert dialog.yours.cell_texts()[0][0] == product
    assert texts(true.dw, true.db)[1] in dialog.truth.footer.text() and "wrong" not in dialog.yours.footer.text()
    # The button opens the step-through after the last position, in front: the dialog steps aside.
    assert dialog.explain.isEnabled()
    dialog.explain.click()
    assert window.stepthrough.active and window.stepthrough.model.count == 900
    assert not dialog.isVisible() and "Check My Backprop" in window.statusBar().currentMessage()
    window.check_action.trigger()  # the menu brings the report back (no file chooser)
    assert dialog.isVisible() and dialog.verdict.text() == "Wrong  (overwrite)"
    close(dialog)


def test_dropped_notebook_is_checked_with_progress(qtbot, window):
    real = Path(__file__).resolve().parents[1] / "check" / "real"
    _drop(window, real / "cs231n_notebook_overwrite.ipynb")
    dialog = window.check_dialog
    formats = []
    dialog.thread.progressed.connect(lambda *a: formats.append(dialog.progress.format()))
    wait_report(qtbot, dialog)
    assert dialog.verdict.text() == "Wrong  (overwrite)"
    assert dialog.headline.text().startswith("Only the last position is kept in your dw")
    text = dialog.diagnosis.toPlainText()
    assert "Left out to run your file" in text and "No module named 'cs231n'" in text
    assert "done · " in formats[-1] and any(f.startswith("running call") for f in formats)
    assert any(f.startswith("running call 5 of 5 (the lesson's data) · ") for f in formats)
    close(dialog)


def test_correct_file(qtbot, window):
    dialog = check_view.check_file(window, HOMEWORK / "lesson_correct.py")
    wait_report(qtbot, dialog)
    assert dialog.verdict.text() == "Correct"
    assert dialog.yours.cell_texts() == dialog.truth.cell_texts()
    assert not dialog.yours.highlight.any() and not dialog.explain.isEnabled()
    close(dialog)


def test_bias_bug_marks_db_only(qtbot, window):
    dialog = check_view.check_file(window, HOMEWORK / "lesson_bias.py")
    wait_report(qtbot, dialog)
    assert dialog.verdict.text() == "Wrong  (bias)"
    assert not dialog.yours.highlight.any() and "wrong" in dialog.yours.footer.text()
    snap = window.snapshot
    true = backward(snap.images[0], snap.weights, snap.delta[0])
    last_delta = snap.delta[0][-1, -1]  # this bug's db: the last position's δ alone
    assert numbers.panel_formatter(np.append(true.dw, last_delta))(last_delta) in dialog.yours.footer.text()
    close(dialog)


def test_cancel_stops_an_endless_loop(qtbot, window, tmp_path):
    path = tmp_path / "loop.py"
    path.write_text("def backward(x, w, dy):\n    while True:\n        pass\n")
    dialog = check_view.check_file(window, path)
    qtbot.waitUntil(lambda: dialog.thread._run is not None, timeout=5000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.thread.isFinished(), timeout=3000)
    assert dialog.report is None and dialog.verdict.text().startswith("Cancelled")
    close(dialog)


def test_bad_file_gets_a_dialog(qtbot, window, tmp_path):
    path = tmp_path / "notes.py"
    path.write_text("x = 1\n")
    dialog = check_view.check_file(window, path)
    qtbot.waitUntil(lambda: "defines no function" in window.last_error, timeout=10000)
    assert dialog.verdict.text() == "Not checked"
    close(dialog)


def test_error_shows_their_traceback(qtbot, window, tmp_path):
    path = tmp_path / "broken.py"
    path.write_text("def backward(x, w, dy):\n    return x[99, 99], 0, x\n")
    dialog = check_view.check_file(window, path)
    wait_report(qtbot, dialog)
    assert dialog.verdict.text() == "Your code failed  (exception)"
    assert 'File "broken.py", line 2' in dialog.diagnosis.toPlainText()
    assert all(t == "—" for row in dialog.yours.cell_texts() for t in row)
    close(dialog)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_render_png(qtbot, window, tmp_path, theme):
    window.set_theme(theme)
    dialog = check_view.check_file(window, HOMEWORK / "lesson_two_bugs.py")
    wait_report(qtbot, dialog)
    qtbot.waitExposed(dialog)
    out = tmp_path / f"check-{theme}.png"
    assert dialog.grab().save(str(out))
    from PIL import Image

    img = np.asarray(Image.open(out).convert("RGB"))
    assert img.shape[0] >= 600 and img.shape[1] >= 600
    background = np.array([int(th.THEMES[theme].background[i:i + 2], 16) for i in (1, 3, 5)])
    assert (np.abs(img - background).sum(axis=2) < 10).mean() > 0.05  # the panels are in the theme
    import os
    if os.environ.get("CNNVIZ_KEEP_PNG"):
        import shutil
        shutil.copy(out, os.environ["CNNVIZ_KEEP_PNG"] + f"/check-{theme}.png")
    close(dialog)


def test_a_file_that_kills_its_parent_ends_only_its_check(qtbot, window, tmp_path):
    """os.kill(os.getppid(), 9) reaches the check's supervisor (or nothing, in the sandbox): never the app."""
    from cnnviz.check import sandbox

    path = tmp_path / "kill_parent.py"
    path.write_bytes((Path(__file__).resolve().parents[1] / "check" / "hostile" / "kill_parent.py").read_bytes())
    dialog = check_view.check_file(window, path)
    wait_report(qtbot, dialog)
    isolated = sandbox.status()[0]
    assert dialog.report.verdict == ("correct" if isolated else "error")
    text = dialog.diagnosis.toPlainText()
    assert ("Your code ran isolated, in a sandbox." if isolated else "Your code ran without a sandbox (") in text
    close(dialog)


def test_a_colour_strided_lesson_is_checked_against_its_layer(qtbot, window, tmp_path):
    """Issue 23: the dialog checks against the lesson on screen, its layer included: a general
    backward(x, w, dy, stride=1, padding=0) gets the stride and padding, x and w their channels;
    the grids show the 3x3x3 buffers (R, G, B) with the engine's numbers."""
    layers = Path(__file__).resolve().parents[1] / "check" / "layers"
    assert window.configure(color=True, stride=2, padding=1)
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.weights.shape == (3, 3, 3))
    dialog = check_view.check_file(window, layers / "colour_overwrite.py")
    wait_report(qtbot, dialog)
    assert dialog.verdict.text() == "Wrong  (overwrite)"
    snap = window.snapshot
    true = backward(snap.images[0], snap.weights, snap.delta[0], 2, 1)
    f = numbers.significant
    assert dialog.truth.cell_texts() == [[[f(v) for v in row] for row in ch] for ch in true.dw]
    assert [label.toPlainText() for label in dialog.truth.channel_labels] == ["R", "G", "B"]
    assert "stride 2, pad 1" in dialog.diagnosis.toPlainText()
    close(dialog)
