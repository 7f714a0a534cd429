"""Everyone can use it: names and descriptions a screen reader reads (checked against the engine's
numbers), the tab order through the settings, the grid and map cells reached by keyboard, and
View > Reduce Motion (the tour's animated chapters end in the same state with no frames between)."""

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest

from cnnviz import numbers
from cnnviz.app import accessibility as a11y
from cnnviz.app.controls import SPEEDS
from cnnviz.app.panels.base import GridPanel, MapPanel
from cnnviz.app.preferences import Preferences

Key = QtCore.Qt.Key


def _interactive_widgets(window):
    """Every widget a person operates, shown now (the editors inside spin and combo boxes excepted)."""
    out = []
    for w in [window, *window.findChildren(QtWidgets.QWidget)]:
        if not (w.isVisible() and a11y.interactive(w)) or isinstance(w, (QtWidgets.QScrollBar, QtWidgets.QMenu)):
            continue
        if isinstance(w.parentWidget(), (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox)):
            continue
        if w.objectName() == "qt_menubar_ext_button":  # Qt's own overflow button of the menu bar
            continue
        out.append(w)
    return out


def _largest(values):
    index = np.unravel_index(int(np.argmax(np.abs(values))), values.shape)
    return tuple(int(i) for i in index)


def test_every_control_and_panel_is_named_and_the_panels_say_the_engines_numbers(window):
    window.describer.tick()
    widgets = _interactive_widgets(window)
    assert len(widgets) > 25  # the buttons, the settings, the panels
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in widgets if not w.accessibleName().strip()]
    assert not unnamed
    assert window.controls.lr.accessibleName() == "Learning rate"
    assert window.controls.play.accessibleName() == "Play"  # "▶ Play" without its symbol
    assert window.controls.lr.accessibleDescription() == window.controls.lr.toolTip()
    speed = window.controls.speed
    assert speed.accessibleDescription() == f"{window.controls.speed_label.text()}. {speed.toolTip()}"
    assert window.controls.speed_label.text() == "full speed"  # the fixture trains at full speed
    snap = window.snapshot
    for key, panel in window.panels.items():
        assert panel.accessibleName() and panel.accessibleDescription(), key
    # The buffer, read against the engine's dw: its largest entry and where it is.
    buffer = window.panels["buffer"]
    r, c = _largest(snap.grad_filter)
    assert buffer.accessibleDescription().startswith(
        f"Gradient buffer: 3 by 3, largest {buffer.format(snap.grad_filter[r, c])} at row {r}, column {c}; "
        f"∂L/∂b = {buffer.format(snap.grad_bias)}")
    assert buffer.format(snap.grad_filter[r, c]) == buffer.cell_texts()[r][c]  # as the cell writes it
    # The error map: the engine's δ, its size and largest entry, written as the hover writes it.
    error = window.panels["error"]
    delta = snap.delta[0]
    r, c = _largest(delta)
    assert error.accessibleDescription() == (f"Error map: {delta.shape[0]} by {delta.shape[1]}, "
                                             f"largest {numbers.panel_formatter(delta)(delta[r, c])} at row {r}, column {c}")


def test_descriptions_follow_the_layer_colour_and_stride(qtbot, window):
    assert window.configure(color=True, stride=2)
    qtbot.waitUntil(lambda: window.snapshot.config.color and window.snapshot.config.stride == 2)
    window.describer.tick()
    snap = window.snapshot
    dw = snap.grad_filter  # (3, 3, 3)
    ch, r, c = _largest(dw)
    buffer = window.panels["buffer"]
    assert buffer.accessibleDescription().startswith(
        f"Gradient buffer: 3 channels of 3 by 3, largest {buffer.format(dw[ch, r, c])} at {'RGB'[ch]}, "
        f"row {r}, column {c}")
    ho, wo = snap.output.shape[1:]
    assert (ho, wo) == (15, 15)  # (32 - 3)//2 + 1
    assert window.panels["output"].accessibleDescription().startswith(f"Output map: {ho} by {wo}, largest ")


def _focus_chain(start, wanted):
    """The widgets of `wanted` in the order QWidget.nextInFocusChain meets them from start."""
    seen, w = [], start
    for _ in range(2000):
        if w in wanted and w not in seen:
            seen.append(w)
        w = w.nextInFocusChain()
        if w is start:
            break
    return seen


def test_tab_goes_through_the_settings_in_the_order_shown_then_the_panels(qtbot, window):
    order = a11y.training_order(window.controls) + a11y.settings_order(window.controls)
    # Top to bottom as drawn on screen.
    tops = [w.mapTo(window.controls, QtCore.QPoint(0, 0)).y() for w in order if w.isVisible()]
    assert tops == sorted(tops)
    panels = [window.panels[k] for k in a11y.BOARD_ORDER]
    assert _focus_chain(order[0], order + panels) == order + panels
    # Pressing Tab from the first setting reaches each shown and enabled one, then the panels.
    window.activateWindow()
    order[0].setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is order[0])
    reachable = [w for w in order + panels if w.isVisible() and w.isEnabled()]
    reached = [QtWidgets.QApplication.focusWidget()]
    for _ in reachable[1:]:
        QTest.keyClick(QtWidgets.QApplication.focusWidget(), Key.Key_Tab)
        reached.append(QtWidgets.QApplication.focusWidget())
    assert reached == reachable
    # The hover's tooltip, reached by keyboard: in the status line when Tab arrives.
    assert window.statusBar().currentMessage() == window.panels["trajectory"].title_label.toolTip()
    QTest.keyClick(QtWidgets.QApplication.focusWidget(), Key.Key_Backtab)
    assert window.statusBar().currentMessage() == window.panels["loss"].title_label.toolTip()
    # Focus visible: the accent outline drawn around the learning rate's box when Tab reaches it.
    lr = window.controls.lr
    lr.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focus_outline.widget() is lr and window.focus_outline.isVisible())
    image = window.grab().toImage()
    box = QtCore.QRect(lr.mapTo(window, QtCore.QPoint(0, 0)), lr.size()).adjusted(-4, -4, 4, 4)
    accent = QtGui.QColor(window.theme.accent).rgb()
    edge = [image.pixel(x, box.top() + dy) for x in range(box.left(), box.right()) for dy in range(8)]
    assert sum(px == accent for px in edge) > box.width()  # a line of the accent colour along the top


def _tab_to(qtbot, window, panel):
    window.activateWindow()
    panel.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: panel.hasFocus())


def test_a_grid_cell_is_reached_and_read_by_keyboard(qtbot, window):
    window.describer.tick()
    buffer, filt = window.panels["buffer"], window.panels["filter"]
    snap = window.snapshot
    _tab_to(qtbot, window, buffer)
    assert buffer.cell_cursor.cell == (0, 0, 0)
    QTest.keyClick(buffer, Key.Key_Right)
    QTest.keyClick(buffer, Key.Key_Right)
    QTest.keyClick(buffer, Key.Key_Down)
    assert buffer.accessibleDescription() == f"∂L/∂w[1,2] = {buffer.format(snap.grad_filter[1, 2])}"
    assert buffer.cell_cursor.outline.isVisible()
    step = snap.step
    QTest.keyClick(buffer, Key.Key_Right)  # at the edge: stays, and the arrow is not the window's step
    assert buffer.cell_cursor.cell == (0, 1, 2)
    qtbot.wait(100)
    assert window.worker.latest().step == step
    # The filter: the weight a class reads, w[r,c] = its value as the cell writes it.
    _tab_to(qtbot, window, filt)
    assert not buffer.cell_cursor.outline.isVisible()  # focus left: the outline goes
    QTest.keyClick(filt, Key.Key_Down)
    QTest.keyClick(filt, Key.Key_Down)
    assert filt.accessibleDescription() == f"w[2,0] = {filt.cell_texts()[2][0]}"
    assert filt.cell_texts()[2][0] == filt.format(snap.weights[2, 0])


def test_a_map_cell_by_keyboard_shows_the_hover_and_the_receptive_field(qtbot, window):
    output, inp = window.panels["output"], window.panels["input"]
    _tab_to(qtbot, window, output)
    for key in (Key.Key_Down,) * 4 + (Key.Key_Right,) * 7:
        QTest.keyClick(output, key)
    assert output.cell_cursor.cell == (4, 7)
    y = window.snapshot.output[0]
    assert output.accessibleDescription() == f"Output map, row 4, column 7: {output.value_text(4, 7)}"
    assert output.value_text(4, 7) == numbers.panel_formatter(y)(y[4, 7])
    assert f"<b>{output.value_text(4, 7)}</b>" in output.footer.text()
    assert "row 4, col 7" in output.footer.text()  # what the mouse's hover writes
    assert inp.field_position == (4, 7)  # the receptive field outlined on the input
    rect = inp.receptive_field.rect()
    assert (rect.x(), rect.y(), rect.width()) == (7, 4, 3)


def test_reduce_motion_ends_the_tours_animated_chapters_in_one_step(qtbot, window):
    window.reduced_motion_action.trigger()
    assert Preferences(window.prefs.path).reduced_motion  # remembered
    tour = window.tour
    tour.enter()
    chapters = tour.tour.chapters
    i = next(i for i, c in enumerate(chapters) if c.animate == "train")
    sent = []
    original = window.worker.send
    window.worker.send = lambda *args: (sent.append(args), original(*args))[1]
    try:
        tour.go(i)
        assert not tour.animating and not tour.timer.isActive()
        steps = [a for a in sent if a[0] == "step"]
        assert steps == [("step", chapters[i].train)]  # the end state at once: no updates between
    finally:
        window.worker.send = original
    end = chapters[i].steps + chapters[i].train
    qtbot.waitUntil(lambda: window.worker.latest().step == end)
    reduced = window.worker.latest().weights.copy()
    # The animated chapter (motion on) ends in the same state.
    window.reduced_motion_action.trigger()
    window.controls.speed.setValue(SPEEDS.index(200))
    tour.go(i)
    assert tour.animating  # with motion: the updates play in ticks
    window.controls.speed.setValue(window.controls.speed.maximum())
    qtbot.waitUntil(lambda: not tour.animating, timeout=15000)
    qtbot.waitUntil(lambda: window.worker.latest().step == end)
    np.testing.assert_array_equal(window.worker.latest().weights, reduced)
    # The running sum's chapter: the pass stands at its position at once, nothing playing.
    window.reduced_motion_action.trigger()
    j = next(j for j, c in enumerate(chapters) if c.animate == "pass")
    tour.go(j)
    st = window.stepthrough
    target = st.model.P if chapters[j].position == "end" else min(int(chapters[j].position), st.model.P)
    assert not st.playing and st.model.count == target
    tour.leave()
    # Space in the step-through: the whole pass in one step, not position by position.
    window.toggle_stepthrough()
    qtbot.waitUntil(lambda: st.ready, timeout=10000)
    st.seek(0)
    st.toggle_play()
    assert st.model.count == st.model.P and not st.playing
    window.set_mode(None)


def test_the_step_through_and_a_dialog_are_named_too(qtbot, window):
    window.toggle_stepthrough()
    st = window.stepthrough
    qtbot.waitUntil(lambda: st.panel_built and st.ready, timeout=10000)
    window.describer.tick()
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in _interactive_widgets(window) if not w.accessibleName()]
    assert not unnamed
    inner = [p for p in st.panel.findChildren(QtWidgets.QFrame) if isinstance(p, (GridPanel, MapPanel)) and p.isVisible()]
    assert inner and all(p.accessibleName() and p.accessibleDescription() for p in inner)
    # The overwrite box (once mouse-only): Tab reaches it and Space ticks it, without playing the pass.
    box = st.panel.overwrite
    window.activateWindow()
    box.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Key.Key_Space)
    assert box.isChecked() and not st.playing
    box.setChecked(False)
    window.set_mode(None)
    window.show_error("Setting not changed", "a sentence")
    window.describer.tick()
    buttons = window._dialog.findChildren(QtWidgets.QPushButton)
    assert buttons and all(b.accessibleName() == "OK" for b in buttons)
    window._dialog.close()


def test_names_follow_the_play_button_and_a_theme_change(qtbot, window):
    window.describer.tick()
    play = window.controls.play
    window.toggle_training()
    qtbot.waitUntil(lambda: window.worker.playing)
    qtbot.waitUntil(lambda: play.accessibleName() != "Play", timeout=3000)
    assert play.accessibleName() == a11y.spoken(play.text()) == "Pause"
    window.toggle_training()
    window.set_theme("light")
    window.describer.tick()
    assert all(p.accessibleName() and p.focusPolicy() == QtCore.Qt.FocusPolicy.TabFocus for p in window.panels.values())
    assert window.focus_outline.window_.theme.accent == "#d35400"  # drawn in the light accent now
    panels = [window.panels[k] for k in a11y.BOARD_ORDER]
    assert _focus_chain(window.controls.activation, [window.controls.activation] + panels)[1:] == panels


def test_the_comparisons_mosaic_by_keyboard_names_position_and_weight(qtbot, window):
    window.toggle_compare()
    cm = window.compare
    qtbot.waitUntil(lambda: cm.panel_built and cm.model is not None, timeout=10000)
    window.describer.tick()
    mosaic = cm.panel.mosaic
    _tab_to(qtbot, window, mosaic)
    for key in (Key.Key_Down,) * 4 + (Key.Key_Right,) * 5:  # tile (1, 1), its weight w[1,2]
        QTest.keyClick(mosaic, key)
    weights = cm.model.untied.snapshot().weights  # (Ho, Wo, 3, 3): position (1, 1)'s own filter
    text = mosaic.accessibleDescription()
    assert text.startswith(mosaic.accessibleName() + ", position (1, 1): w[1,2] = ")
    shown = text.split("w[1,2] = ")[1].split(",")[0]
    assert shown == numbers.panel_formatter(weights)(weights[1, 1, 1, 2])
    assert a11y.plain(mosaic.hover_text(4, 5)) in text and "row 4" not in text
    window.set_mode(None)


def test_a_german_screen_reader_hears_the_buffer_in_german(qtbot, sample_image):
    from cnnviz.app.window import MainWindow
    from cnnviz.engine import LessonConfig
    from cnnviz.i18n import qt

    qt.install(QtWidgets.QApplication.instance(), "de")
    try:
        window = MainWindow(sample_image, "sample:shapes", LessonConfig())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.snapshot is not None)
        window.describer.tick()
        snap, buffer = window.snapshot, window.panels["buffer"]
        r, c = _largest(snap.grad_filter)
        assert buffer.accessibleDescription().startswith(
            f"Gradientenpuffer: 3 mal 3, größter Wert {buffer.format(snap.grad_filter[r, c])} in Zeile {r}, Spalte {c}")
        assert window.reduced_motion_action.text() == "Bewegung reduzieren"
        window.close()
    finally:
        qt.uninstall()
