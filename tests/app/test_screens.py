"""Issue 18: presenter mode and every chapter of the default tour lay out for classroom screens,
measured from the widgets: every number a class reads at least 1/40 of the screen's height, every
table row visible, no map a thumbnail, no text clipped, outside the window or over other text."""

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import layout
from cnnviz.app.panels.base import GridPanel, MapPanel
from cnnviz.engine import LessonConfig
from cnnviz.tour import load_tour

SCREENS = [(1024, 768), (1280, 800), (1920, 1080)]


def _settle(window):
    for _ in range(3):
        QtWidgets.QApplication.processEvents()
    window.redraw()
    QtWidgets.QApplication.processEvents()


def _shown(widget, window) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0


def _rect(widget, window) -> QtCore.QRect:
    return QtCore.QRect(widget.mapTo(window, QtCore.QPoint(0, 0)), widget.size())


def _text_fits(label: QtWidgets.QLabel) -> bool:
    if not label.text().strip():
        return True
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height() + 1
    hint = label.sizeHint()
    return hint.width() <= label.width() + 1 and label.minimumSizeHint().height() <= label.height() + 1


def _check_screen(window, height: int, where: str, problems: list) -> float | None:
    """Every check on the window as it is now, what fails added to problems; -> the smallest number
    size seen (px)."""

    def check(ok, what):
        if not ok:
            problems.append(f"{where}: {what}")

    least = height / layout.NUMBER_FRACTION
    central = window.centralWidget()
    frame = QtCore.QRect(0, 0, window.width(), window.height())
    numbers = {}
    labels = [w for w in central.findChildren(QtWidgets.QLabel) if _shown(w, window)]
    for label in labels:
        check(frame.contains(_rect(label, window)), f"{label.text()[:40]!r} outside the window")
        check(_text_fits(label), f"{label.text()[:60]!r} clipped")
    rects = [(_rect(w, window), w.text()) for w in labels if w.text().strip()]
    for i, (a, ta) in enumerate(rects):
        for b, tb in rects[i + 1:]:
            overlap = a.intersected(b)
            check(overlap.width() <= 1 or overlap.height() <= 1, f"{ta[:30]!r} over {tb[:30]!r}")
    for button in central.findChildren(QtWidgets.QPushButton):
        if _shown(button, window):
            check(button.sizeHint().width() <= button.width() + 1, f"button {button.text()!r} cut")
    for panel in central.findChildren(GridPanel):
        if _shown(panel, window) and panel.view.isVisibleTo(window):
            first = panel.cell_text[0][0]
            while isinstance(first, list):  # a colour filter: a k×k grid per channel
                first = first[0]
            if not first.isVisible():
                continue  # numbers on hover only (a colour filter's small grids): none to measure
            px = first.textItem.font().pixelSize()
            numbers[f"grid {panel.key}"] = px
            rect = panel.plot.vb.sceneBoundingRect()
            check(rect.height() >= 3 * px and rect.width() >= 3 * px, f"{panel.key} grid squeezed")
    for panel in central.findChildren(MapPanel):
        if _shown(panel, window) and panel.data is not None:
            side = min(panel.plot.vb.sceneBoundingRect().width(), panel.plot.vb.sceneBoundingRect().height())
            check(side >= height / 9, f"{panel.key} map is a thumbnail ({side:.0f} px)")
    for table in central.findChildren(QtWidgets.QTableWidget):
        if _shown(table, window) and table.rowCount():
            last = table.rowCount() - 1
            check(table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height(), "a table row hidden")
            numbers["table"] = QtGui.QFontInfo(table.font()).pixelSize()
    counters = [window.presenter.counter, window.stepthrough.panel.counter, window.stepthrough.panel.numbers]
    for label in counters:
        if _shown(label, window):
            numbers[label.text()[:12]] = QtGui.QFontInfo(label.font()).pixelSize()
    small = {k: v for k, v in numbers.items() if v < least - 0.5}
    check(not small, f"numbers under {least:.1f} px: {small}")
    return min(numbers.values()) if numbers else None


@pytest.mark.parametrize("size", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_presenter_mode_and_every_chapter_fit_the_screen(qtbot, sample_image, size):
    from cnnviz.app.window import MainWindow

    width, height = size
    window = MainWindow(sample_image, "sample:shapes", LessonConfig())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.snapshot is not None)
    try:
        window.presenter.enter()
        window.showNormal()  # the offscreen screen is small: the size F11 gives on this projector
        window.resize(width, height)
        _settle(window)
        assert window.size() == QtCore.QSize(width, height)
        assert window.font_scale == pytest.approx(max(1.6, height / 40 / layout.base_px()))
        problems = []
        smallest = [_check_screen(window, height, "presenter mode", problems)]
        tour = load_tour()
        window.tour.enter(tour)
        for i, chapter in enumerate(tour.chapters):
            window.tour.go(i, animate=False)
            _settle(window)
            where = f"chapter {i + 1} {chapter.title!r} at {width}x{height}"
            smallest.append(_check_screen(window, height, where, problems))
            if layout.plan(window.board.width(), window.board.height(), window.fit.text_px(),
                           "stepthrough" if chapter.mode == "stepthrough" else None).compact:
                # Short of room: the chapter's own panels are the ones shown.
                for key in chapter.highlight:
                    widget = {"stepthrough": window.stepthrough.panel, "compare": window.compare.panel}.get(key)
                    if not (widget or window.panels[key]).isVisibleTo(window):
                        problems.append(f"{where}: {key} hidden")
        window.tour.leave()
        assert not problems, "\n".join(problems)
        print(f"{width}x{height}: smallest presenter number {min(s for s in smallest if s)} px")
    finally:
        window.close()


def test_the_window_opens_inside_the_screen_and_keeps_a_place_that_fits():
    available = QtCore.QRect(0, 0, 1024, 738)  # an XGA screen less its task bar
    rect = layout.initial_geometry(available)
    assert available.contains(rect) and rect.size() == QtCore.QSize(1024, 738)
    big = QtCore.QRect(0, 0, 3840, 2100)
    assert layout.initial_geometry(big).size() == QtCore.QSize(*layout.DEFAULT_SIZE)
    assert big.contains(layout.initial_geometry(big))
    saved = QtCore.QRect(100, 50, 1602, 925)
    assert layout.initial_geometry(big, saved) == saved  # remembered where it fits
    assert layout.initial_geometry(available, saved).size() == QtCore.QSize(1024, 738)  # not off-screen


def test_presenter_numbers_are_a_fortieth_of_the_screen():
    base = layout.base_px()
    for height in (720, 768, 800, 1080, 2160 // 2):  # 4K at 200 %: 1080 logical pixels
        assert base * layout.presenter_scale(height, 1.6) >= height / 40
    assert layout.presenter_scale(600, 1.6) == 1.6  # never below the user's choice


def test_short_boards_show_the_chapters_panels_large():
    px = 19.2  # XGA in presenter mode
    full = layout.plan(1900, 1000, 12, None)
    assert not full.compact and len(full.cells) == 10
    short = layout.plan(1012, 560, px, None, ("input", "output"))
    assert short.compact and [c[0] for c in short.cells] == ["input", "output"]
    step = layout.plan(1012, 540, px, "stepthrough", ("stepthrough",))
    assert [c[0] for c in step.cells] == ["stepthrough"]
    step = layout.plan(1012, 540, px, "stepthrough", ("buffer",))
    assert {c[0] for c in step.cells} == {"stepthrough", "buffer"} and step.narrow
    assert np.isclose(sum(step.cols), 1012, atol=2)


DPR2_SCRIPT = r"""
import sys
from PySide6 import QtWidgets
app = QtWidgets.QApplication([])
sys.path.insert(0, sys.argv[1])
import test_screens as ts
from cnnviz import images
from cnnviz.app.window import MainWindow
from cnnviz.tour import load_tour

w = MainWindow(images.load_sample(images.DEFAULT_SAMPLE), "sample:shapes")
w.show(); w.presenter.enter(); w.showNormal(); w.resize(1920, 1080)
ts._settle(w)
problems = []
smallest = [ts._check_screen(w, 1080, "presenter mode", problems)]
w.tour.enter()
for i, chapter in enumerate(load_tour().chapters):
    if chapter.mode != "normal" or chapter.animate:
        w.tour.go(i, animate=False)
        ts._settle(w)
        smallest.append(ts._check_screen(w, 1080, f"chapter {i + 1}", problems))
w.tour.leave()
print(w.devicePixelRatio(), w.grab().width(), w.grab().height(), min(s for s in smallest if s))
print("\n".join(problems))
w.close()
"""


def test_a_4k_screen_at_200_percent(tmp_path):
    """3840x2160 at a device pixel ratio of 2 (a 4K panel at 200 %): the same 1920x1080 logical
    layout, every number 1/40 of the screen (27 logical px, 54 device px). Its own process: the
    scale factor is fixed when Qt starts."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2",
               CNNVIZ_SETTINGS=str(tmp_path / "cnnviz.ini"))
    result = subprocess.run([sys.executable, "-c", DPR2_SCRIPT, str(Path(__file__).parent)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    first, *problems = result.stdout.strip().splitlines()
    ratio, width, height, smallest = first.split()
    assert (float(ratio), int(width), int(height)) == (2.0, 3840, 2160)
    assert 2 * float(smallest) >= 2160 / 40 - 1  # device pixels
    assert not [p for p in problems if p.strip()], problems
