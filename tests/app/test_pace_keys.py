"""Issue 18: the pace is the teacher's (the step-through's pass plays at the speed shown, Space
pauses), a ? overlay lists the keys of what is on, and Ctrl+Z takes back R, Shift+R, a new image
and a settings change."""

import time

import numpy as np
from PySide6 import QtCore, QtGui

from cnnviz.app.controls import SPEEDS

Key = QtCore.Qt.Key


def test_space_plays_the_pass_at_the_speed_shown_and_pauses(qtbot, window):
    qtbot.keyClick(window, Key.Key_B)
    qtbot.waitUntil(lambda: window.stepthrough.ready)
    window.controls.speed.setValue(SPEEDS.index(50))
    assert window.controls.speed_label.text() == "50 positions/s"
    model = window.stepthrough.model
    start = time.perf_counter()
    qtbot.keyClick(window, Key.Key_Space)
    assert window.stepthrough.active and not window.worker.playing  # the pass plays, not training
    qtbot.wait(300)
    played = model.count
    assert 0 < played <= 50 * (time.perf_counter() - start) + 2
    qtbot.keyClick(window, Key.Key_Space)
    assert not window.stepthrough.playing
    qtbot.wait(100)
    assert model.count == played
    qtbot.keyClick(window, Key.Key_Minus)  # slower
    assert window.controls.speed_label.text() == "20 positions/s"
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_Right)  # a step by hand pauses it
    assert not window.stepthrough.playing
    qtbot.keyClick(window, Key.Key_B)
    assert window.controls.speed_label.text() == "20 updates/s"  # training again: updates


def test_keys_overlay_lists_the_modes_keys_legibly_and_esc_closes_only_it(qtbot, window):
    window.activateWindow()
    window.presenter.enter()
    window.showNormal()
    window.resize(1024, 768)
    window.tour.enter()
    qtbot.wait(50)
    overlay = window.keys_overlay
    qtbot.keyClicks(window, "?")
    assert overlay.isVisible()
    text = overlay.text()
    for words in ("PageDown", "next / previous chapter", "play / pause", "Esc", "leave the tour"):
        assert words in text, words
    assert QtGui.QFontInfo(overlay.font()).pixelSize() >= 768 / 40 - 0.5
    rect = overlay.geometry()
    assert QtCore.QRect(0, 0, window.width(), window.height()).contains(rect)
    assert overlay.sizeHint().height() <= rect.height() and overlay.sizeHint().width() <= rect.width()
    qtbot.keyClick(window, Key.Key_Escape)
    assert not overlay.isVisible() and window.tour.active  # Esc closed the overlay, not the tour
    window.tour.leave()
    overlay.open()
    assert "Training" in overlay.text() and "Ctrl+Z" in overlay.text()
    overlay.hide()
    window.presenter.leave()


def _state(window):
    snap = window.worker.latest()
    return snap.step, snap.weights.copy(), snap.config, window.image_label


def test_ctrl_z_takes_back_reset_new_start_new_image_and_a_setting(qtbot, window, wait_for_step):
    window.activateWindow()
    window.command("step")
    window.command("step")
    wait_for_step(window, 2)
    states = [_state(window)]
    qtbot.keyClick(window, Key.Key_R)  # reset
    wait_for_step(window, 0)
    states.append(_state(window))
    qtbot.keyClick(window, Key.Key_R, QtCore.Qt.KeyboardModifier.ShiftModifier)  # new start
    qtbot.waitUntil(lambda: window.worker.latest().config.seed == states[0][2].seed + 1)
    states.append(_state(window))
    assert window.configure(lr=states[0][2].lr * 2)  # a setting
    qtbot.waitUntil(lambda: window.worker.latest().config.lr == states[0][2].lr * 2)
    states.append(_state(window))
    box = window.controls.sample  # a new image, chosen in the image box
    box.setCurrentIndex(box.findData("stripes"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: window.worker.latest().images.shape[0] == 1 and window.image_label == "sample:stripes")
    for before in reversed(states):
        qtbot.keyClick(window, Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: (window.worker.latest().step, window.worker.latest().config) == (before[0], before[2]))
        step, weights, config, label = _state(window)
        assert (step, config, label) == (before[0], before[2], before[3])
        assert np.array_equal(weights, before[1])
        assert window.controls.lr.value() == config.lr and window.controls.seed_label.text() == str(config.seed)
        assert window.controls.sample.currentData() == label.split(":", 1)[1]  # the image box too
    assert "undone" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "nothing to undo"
