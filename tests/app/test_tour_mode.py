"""The guided tour over the live app: every chapter both ways, clicker keys, leaving restores."""

import time

import numpy as np
from PySide6 import QtCore, QtGui

from cnnviz.app.controls import SPEEDS

from cnnviz.tour import load_tour

Key = QtCore.Qt.Key


def _state(window):
    snap = window.worker.latest()
    return snap.step, snap.weights.copy(), snap.bias, snap.config


def _check_chapter(window, i, chapter):
    tour = window.tour
    assert tour.index == i
    assert window.tour.caption.title.text() == chapter.title
    assert window.tour.caption.text.text() == chapter.text
    assert window.tour.caption.counter.text() == f"{i + 1} / {len(tour.tour.chapters)}"
    assert window.stepthrough.active == (chapter.mode == "stepthrough")
    assert window.compare.active == (chapter.mode == "compare")
    config = window.config
    for key, value in chapter.settings.items():
        assert getattr(config, key) == value
    if chapter.mode == "stepthrough":
        model = window.stepthrough.model
        want = model.P if chapter.position == "end" else chapter.position
        assert model.count <= want if tour.animating else model.count == want  # the running sum plays
        assert model.overwrite == chapter.overwrite
        assert model.trainer.step_count == tour._start.step_count + chapter.steps
    for key in chapter.highlight:
        widget = {"stepthrough": window.stepthrough.panel, "compare": window.compare.panel}.get(key) or window.panels[key]
        assert "4px solid" in widget.styleSheet()


def test_every_chapter_both_ways_with_clicker_keys(qtbot, window, wait_for_step):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.command("step")
    wait_for_step(window, 1)
    window.configure(momentum=0.5)
    qtbot.waitUntil(lambda: window.worker.latest().config.momentum == 0.5)
    before = _state(window)
    chapters = load_tour().chapters
    source = window.input_panel.source
    qtbot.keyClick(window, Key.Key_T)
    assert window.tour.active and window.tour.caption.isVisible()
    assert window.input_panel.source == source == "128x128 sample 'shapes', resampled to 32x32"
    _check_chapter(window, 0, chapters[0])
    for i in range(1, len(chapters)):
        qtbot.keyClick(window, Key.Key_PageDown)
        _check_chapter(window, i, chapters[i])
        assert window.input_panel.source == source  # the chapters show the same picture
    qtbot.keyClick(window, Key.Key_PageDown)  # past the last chapter: stays
    _check_chapter(window, len(chapters) - 1, chapters[-1])
    for i in range(len(chapters) - 2, -1, -1):
        qtbot.keyClick(window, Key.Key_PageUp)
        _check_chapter(window, i, chapters[i])
    qtbot.keyClick(window, Key.Key_End)
    _check_chapter(window, len(chapters) - 1, chapters[-1])
    qtbot.keyClick(window, Key.Key_Home)
    _check_chapter(window, 0, chapters[0])
    qtbot.keyClick(window, Key.Key_Space)  # no animation here: next chapter (clickers that send Space)
    _check_chapter(window, 1, chapters[1])
    assert not window.worker.playing
    qtbot.keyClick(window, Key.Key_Escape)
    assert not window.tour.active and not window.tour.caption.isVisible()
    assert not window.stepthrough.active and not window.compare.active
    qtbot.waitUntil(lambda: window.worker.latest().step == before[0])
    step, weights, bias, config = _state(window)
    assert np.array_equal(weights, before[1]) and bias == before[2] and config == before[3]
    assert window.controls.momentum.value() == 0.5
    for panel in window.panels.values():
        assert "4px solid" not in panel.styleSheet()


def test_chapters_are_the_same_whichever_way_you_arrive(qtbot, window):
    tour = window.tour
    tour.enter()
    train = next(i for i, c in enumerate(tour.tour.chapters) if c.mode == "stepthrough" and c.steps)
    tour.go(train)
    first = window.stepthrough.model.buffer.copy()
    tour.go(0)
    tour.go(len(tour.tour.chapters) - 1)
    tour.go(train)
    assert np.array_equal(window.stepthrough.model.buffer, first)
    tour.leave()


def test_the_running_sum_plays_at_the_speed_shown_and_the_teacher_can_pause_and_step(qtbot, window):
    tour = window.tour
    tour.enter()
    window.controls.speed.setValue(SPEEDS.index(100))
    i = next(i for i, c in enumerate(tour.tour.chapters) if c.animate == "pass")
    start = time.perf_counter()  # (the pass starts playing inside go)
    tour.go(i)
    assert window.presenter.speed.text() == window.controls.speed_label.text() == "100 positions/s"
    assert tour.animating and window.tour.caption.replay.isVisible()
    model = window.stepthrough.model
    qtbot.wait(400)
    played, seconds = model.count, time.perf_counter() - start
    assert 0 < played <= 100 * seconds + 5  # the number shown is the number played (never faster)
    assert played >= 100 * 0.4 * 0.5  # and it does play (a busy machine may drop ticks)
    qtbot.keyClick(window, Key.Key_Space)  # pause
    paused = model.count
    assert not tour.animating
    qtbot.wait(150)
    assert model.count == paused
    qtbot.keyClick(window, Key.Key_Right)  # one position by hand
    assert model.count == paused + 1 and tour.index == i
    qtbot.keyClick(window, Key.Key_Left)
    qtbot.keyClick(window, Key.Key_Left)
    assert model.count == paused - 1
    window.controls.speed.setValue(window.controls.speed.maximum())  # full speed: the rest at once
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.waitUntil(lambda: model.count == model.P, timeout=3000)
    assert not tour.animating
    window.controls.speed.setValue(SPEEDS.index(20))
    qtbot.keyClick(window, Key.Key_Return)
    assert window.stepthrough.model.count < window.stepthrough.model.P
    tour.leave()
    assert not tour.animating


def test_the_training_chapter_plays_its_updates(qtbot, window):
    tour = window.tour
    tour.enter()
    i = next(i for i, c in enumerate(tour.tour.chapters) if c.animate == "train")
    chapter = tour.tour.chapters[i]
    window.controls.speed.setValue(SPEEDS.index(50))
    start = time.perf_counter()
    tour.go(i)
    qtbot.wait(300)
    done = window.worker.latest().step - chapter.steps
    assert 0 < done <= 50 * (time.perf_counter() - start) + 3  # at the 50 updates/s shown
    assert window.presenter.speed.text() == "50 updates/s"
    window.controls.speed.setValue(window.controls.speed.maximum())
    qtbot.waitUntil(lambda: not tour.animating, timeout=15000)
    qtbot.waitUntil(lambda: window.worker.latest().step == chapter.steps + chapter.train)
    tour.leave()
    qtbot.waitUntil(lambda: window.worker.latest().step == 0)


def test_a_broken_script_gets_a_dialog_and_changes_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[chapter]]\ntitle = "x"\ntext = "y"\nmode = "nope"\n', encoding="utf-8")
    assert not window.tour.enter(str(bad))
    assert not window.tour.active and "bad.toml line 4" in window.last_error
    window._dialog.close()


def test_presenter_mode_scales_the_caption(qtbot, window):
    window.tour.enter()
    base = window.tour.caption.title.font().pointSizeF()
    window.presenter.toggle()
    # Larger, and its sentences at least the presenter text's size: 1/40 of the screen's height
    # (the caption grows less than the board's text, which already starts small).
    caption = window.tour.caption
    assert caption.title.font().pointSizeF() >= 1.25 * base
    assert caption.title.font().pointSizeF() > caption.text.font().pointSizeF()
    assert QtGui.QFontInfo(caption.text.font()).pixelSize() >= window.screen().geometry().height() / 40 - 0.5
    window.presenter.toggle()
    window.tour.leave()
