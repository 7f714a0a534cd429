"""Issue 11: the step-through panel is readable and fits, in presenter mode at 1920x1080 and in a
normal 1600x900 window: every update-table row visible at the end of a pass, no clipped text."""

import pytest
from PySide6 import QtCore, QtGui, QtWidgets


def _ink_height(widget: QtWidgets.QWidget, rect: QtCore.QRect) -> int:
    """Rows of `rect` in the widget's picture that hold text (pixels far from the background)."""
    image = widget.grab(rect).toImage()
    background = QtGui.QColor(image.pixel(1, 1)).lightness()
    rows = [y for y in range(image.height())
            if any(abs(QtGui.QColor(image.pixel(x, y)).lightness() - background) > 80 for x in range(image.width()))]
    return rows[-1] - rows[0] + 1 if rows else 0


def _check_fits(qtbot, window, scale: float) -> None:
    panel = window.stepthrough.panel
    base = QtWidgets.QApplication.font().pointSizeF()
    t = panel.update_table
    qtbot.waitUntil(lambda: t.rowCount() == 10)
    qtbot.wait(100)
    # All 10 rows inside the table's viewport, no scroll bar.
    assert t.rowViewportPosition(9) + t.rowHeight(9) <= t.viewport().height()
    assert not t.verticalScrollBar().isVisible() and not t.horizontalScrollBar().isVisible()
    # The header is written in the table's (scaled) font and every header text fits its column.
    header = t.horizontalHeader()
    metrics = QtGui.QFontMetrics(t.font())
    assert t.font().pointSizeF() == pytest.approx(base * scale, rel=0.02)
    texts = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert texts == ["parameter", "w", "buffer", "old v", "μv + buffer", "w − lr × v"]
    for c, text in enumerate(texts):
        assert metrics.horizontalAdvance(text) <= header.sectionSize(c), text
        for r in range(10):
            assert metrics.horizontalAdvance(t.item(r, c).text()) <= header.sectionSize(c)
    first = QtCore.QRect(0, 0, header.sectionSize(0), header.height())
    assert _ink_height(header, first) >= 0.6 * metrics.height()  # "parameter" drawn at the table's size
    # The numbers column holds its whole text; the counter, buttons and labels are not cut.
    numbers = panel.numbers
    assert numbers.heightForWidth(numbers.width()) <= numbers.height()
    assert "Pass complete" in numbers.text()
    counter = panel.counter
    assert counter.heightForWidth(counter.width()) <= counter.height()  # whole (on two lines if narrow)
    for w in (panel.home, panel.back, panel.forward, panel.end, panel.check, panel.exit, panel.step_label,
              panel.overwrite):
        assert w.font().pointSizeF() == pytest.approx(base * scale, rel=0.02), w.text()
        assert w.sizeHint().width() <= w.width() + 1, w.text()
    bar = panel.tabs.tabBar()
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))


def _step_through_to_the_end(qtbot, window) -> None:
    assert window.configure(optimizer="momentum")
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
    qtbot.waitUntil(lambda: window.stepthrough.ready)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)


def test_step_through_fits_in_presenter_mode_at_1920x1080(qtbot, window):
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    window.showNormal()  # the offscreen screen is smaller than 1920x1080: the size F11 gives a projector
    window.resize(1920, 1080)
    _step_through_to_the_end(qtbot, window)
    scale = window.presenter.scale
    assert scale >= 1.5
    _check_fits(qtbot, window, scale)
    hint = window.presenter.hint
    assert hint.text() == "F11 leaves presenter mode"
    assert hint.font().pointSizeF() == pytest.approx(QtWidgets.QApplication.font().pointSizeF() * scale, rel=0.02)
    # The maps keep a readable size above the panel.
    for key in ("input", "target", "output", "error"):
        assert window.panels[key].plot.vb.sceneBoundingRect().height() >= 150
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)


def test_step_through_fits_at_1600x900(qtbot, window):
    window.resize(1600, 900)
    _step_through_to_the_end(qtbot, window)
    _check_fits(qtbot, window, 1.0)
