"""Presenter mode and the light theme."""

import numpy as np
from PySide6 import QtCore, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.theme import fmt
from cnnviz import numbers

def grid(values, *also):
    """A 3x3 panel's cell texts as a student reads them: one precision for the panel (and its footer)."""
    f = numbers.panel_formatter(np.append(np.asarray(values, dtype=float), also))
    return [[f(v) for v in row] for row in np.asarray(values, dtype=float)]



def test_presenter_mode_hides_controls_and_scales_fonts(qtbot, window):
    base = window.filter_panel.title_label.font().pointSizeF()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert window.presenter.active and window.presenter.bar.isVisible()
    assert not window.controls_area.isVisible() and not window.menuBar().isVisible()
    for panel in window.panels.values():
        if hasattr(panel, "title_label"):
            assert panel.title_label.font().pointSizeF() >= 1.5 * base
    window.showNormal()
    window.resize(1920, 1080)
    qtbot.wait(50)
    window._shown_version = -1
    window.refresh()
    assert window.presenter.counter.text().startswith("step 0")
    assert window.presenter.counter.font().pointSizeF() >= 2 * base
    # Keyboard only: Space and Right still work.
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.snapshot.step == 1)
    window.refresh()
    assert window.presenter.counter.text().startswith("step 1 ")
    # Readable from the back at 1920x1080: every map at least 150 px tall on screen.
    for key in ("input", "target", "output", "error", "input_grad"):
        assert window.panels[key].plot.vb.sceneBoundingRect().height() >= 150
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert not window.presenter.active and window.controls_area.isVisible()
    assert window.filter_panel.title_label.font().pointSizeF() == base


def test_light_theme_rebuilds_panels_with_same_numbers(qtbot, window):
    before = window.filter_panel.cell_texts()
    window.light_action.trigger()
    assert window.theme is th.LIGHT
    assert window.panels["filter"].view.backgroundBrush().color().name() == "#ffffff"
    assert window.filter_panel.cell_texts() == before
    assert window.filter_panel.cell_texts() == grid(window.snapshot.weights, window.snapshot.bias)
    window.light_action.trigger()
    assert window.theme is th.DARK


def test_theme_switch_leaves_no_stale_board(qtbot, window):
    """A theme switch replaces the board at once: no old copy of the panels stays visible in the
    presenter bar's area or under the tour's caption. (deleteLater alone left it there until an
    event loop ran: only events are processed here, as in an offscreen script that grabs the window.)"""
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    window.showNormal()
    window.resize(1920, 1080)
    window.toggle_tour()
    qtbot.wait(50)
    window.set_theme("light")
    for _ in range(3):
        QtWidgets.QApplication.processEvents()
    central = window.centralWidget()
    boards = [b for b in central.findChildren(QtWidgets.QWidget, "board") if b.isVisible()]
    assert boards == [window.board]
    bar, caption = window.presenter.bar.geometry(), window.tour.caption.geometry()
    assert caption.top() > bar.bottom() and window.board.geometry().top() > caption.bottom()
    for y in range(bar.top(), window.board.geometry().top(), 3):  # the bar, the caption, the gaps
        widget = central.childAt(bar.center().x(), y)
        while widget is not None and widget is not central:
            assert widget.objectName() != "board", y
            widget = widget.parentWidget()
    window.tour.leave()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)


def test_a_theme_switch_collects_the_old_panels_from_the_event_loop(qtbot, window, monkeypatch):
    """The replaced panels' pyqtgraph menus sit in reference cycles: collected by chance inside a Qt
    call holding a lock, ~QMenu deadlocked (seen in CI). The window collects them itself, once per
    switch, from a timer the event loop runs (a top-level call: no Qt lock held)."""
    import gc

    calls = []
    monkeypatch.setattr(gc, "collect", lambda *args: calls.append(args) or 0)
    window.set_theme("light")
    qtbot.waitUntil(lambda: len(calls) == 1)
    window.set_theme("dark")
    qtbot.waitUntil(lambda: len(calls) == 2)
    qtbot.wait(50)
    assert calls == [(), ()]
