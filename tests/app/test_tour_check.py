"""The tour's last chapter: the checker's own verdict screen on the learner file shipped in
resources/, read from its widgets: run off the GUI thread with progress (the tour never waits),
the caption quoting the sentence the screen leads with, the grids the engine's numbers, also on a
lesson with another layer. Its verdict is checked here once (the caption grid runs no checker)."""

from cnnviz.engine import backward
from cnnviz.numbers import significant
from cnnviz.tour import example_path


def grid(values):
    return [[significant(v) for v in row] for row in values]


def test_the_last_chapter_shows_the_checkers_verdict_without_waiting_for_it(qtbot, window, monkeypatch):
    from PySide6 import QtWidgets

    formats = []  # the progress the screen shows while the learner's code runs (recorded from the start:
    set_format = QtWidgets.QProgressBar.setFormat  # a fast check may report before a test could connect)
    monkeypatch.setattr(QtWidgets.QProgressBar, "setFormat", lambda bar, text: (formats.append(text), set_format(bar, text)))
    tour = window.tour
    assert tour.enter()
    i = len(tour.tour.chapters) - 1
    chapter = tour.tour.chapters[i]
    tour.go(i)  # the learner's code starts in its own process; the tour goes on at once
    check, view = tour.check, tour.check.view
    assert check.verdict(i) is None and view.busy_row.isVisible() and view.verdict.text() == "Checking…"
    assert check.frame.isVisible() and not window.board.isVisible()
    text = tour.caption.text.text()
    assert "Its verdict appears below when the check is done." in text and "Its verdict:" not in text
    qtbot.waitUntil(lambda: check.verdict(i) is not None, timeout=20000)
    assert any(f.startswith("running call 3 of 3 (the lesson's data) · ") for f in formats), formats
    assert not view.busy_row.isVisible()
    # The screen's verdict, and the caption saying what the screen says, without backticks.
    assert view.verdict.text() == "Wrong  (overwrite)"
    headline = view.headline.text()
    assert headline == "Only the last position is kept in your dw: write “+=” instead of “=” where you add into it."
    text = tour.caption.text.text()
    assert f"Its verdict: {headline}" in text and "`" not in text + tour.caption.title.text()
    assert "homework_overwrite.py below is a learner's backward pass" in text
    # How to run it on your own file: the command and the File menu's entry (which exists).
    assert "run cnnviz check my_conv.py in a terminal, or choose File > Check My Backprop… in this window" in text
    assert window.check_action.text() == "Check My Backprop…" and window.check_action in window.file_menu.actions()
    assert check.code.toPlainText() == example_path(chapter.example).read_text(encoding="utf-8")
    # The grids: the engine's sum beside the example's last position alone, on the lesson shown.
    snap = window.tour._start.snapshot()
    x, w, dy = snap.images[0], snap.weights, snap.delta[0]
    assert view.truth.cell_texts() == grid(backward(x, w, dy).dw)
    assert view.yours.cell_texts() == grid(dy[-1, -1] * x[-3:, -3:])
    assert view.yours.highlight.all()
    # Another theme: the screen is made again in it, with the kept verdict.
    window.set_theme("light")
    assert check.view.theme is window.theme and check.view.verdict.text() == "Wrong  (overwrite)"
    assert check.frame.isVisible() and not window.board.isVisible()
    view = check.view
    # Paging away shows the board again; coming back shows the kept verdict (no second run).
    tour.prev()
    assert window.board.isVisible() and not check.frame.isVisible()
    tour.next()
    assert check.thread is None and view.verdict.text() == "Wrong  (overwrite)" and tour.caption.text.text() == text
    tour.leave()
    assert window.board.isVisible() and not check.frame.isVisible()


def test_on_a_strided_padded_lesson_the_example_is_checked_against_that_layer(qtbot, window):
    """A tour opened on another lesson (stride 2, padding 1): the example's general backward gets
    them, and the screen's grids are the engine's for that layer."""
    assert window.configure(stride=2, padding=1)
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.delta.shape[-1] == 16)
    tour = window.tour
    assert tour.enter()
    tour.go(len(tour.tour.chapters) - 1, animate=False)  # as an export: the verdict is in when it returns
    view = tour.check.view
    assert view.verdict.text() == "Wrong  (overwrite)" and view.headline.text() in tour.caption.text.text()
    snap = tour._start.snapshot()
    x, w, dy = snap.images[0], snap.weights, snap.delta[0]
    assert view.truth.cell_texts() == grid(backward(x, w, dy, 2, 1).dw)
    assert "the lesson's data (32x32 image, stride 2, pad 1, 256 positions)" in view.diagnosis.toPlainText()
    tour.leave()


def test_closing_the_window_mid_check_stops_it(qtbot, window):
    tour = window.tour
    assert tour.enter()
    tour.go(len(tour.tour.chapters) - 1)
    thread = tour.check.thread
    assert thread is not None
    window.close()  # the learner's process is stopped and its thread waited for
    assert thread.isFinished() and tour.check.thread is None
