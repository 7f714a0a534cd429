"""Issue 18: text and key numbers at least 4.5:1 against their background in both themes (WCAG AA),
computed from the theme's colours and from the colours the widgets were given; a visible check box."""

import re

import numpy as np
import pytest
from PySide6 import QtGui, QtWidgets

from cnnviz.app import theme as th
from cnnviz.app.panels.base import GridPanel
from cnnviz.app.panels.compare_panel import CountsCard
from cnnviz.app.panels.stepthrough_panel import StepThroughPanel
from cnnviz.app.panels.trajectory_panel import TrajectoryPanel

AA = 4.5


def test_wcag_contrast_formula():
    assert th.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert th.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-fails grey
    assert th.contrast("#ffffff", "#ffffff") == 1.0


@pytest.mark.parametrize("theme", [th.DARK, th.LIGHT], ids=["dark", "light"])
def test_every_text_colour_reads_on_every_background(theme):
    backgrounds = (theme.background, theme.panel)
    for name in ("foreground", "muted", "shared", "untied", "warning", "good"):
        for bg in backgrounds:
            assert th.contrast(getattr(theme, name), bg) >= AA, (theme.name, name, bg)


@pytest.mark.parametrize("theme", [th.DARK, th.LIGHT], ids=["dark", "light"])
def test_coloured_numbers_in_the_widgets_use_readable_colours(qtbot, theme):
    """Colours written into the widgets' rich text (the comparison's counts: 10 / 9,000 / 922,500;
    the weights' legend) read against the theme's background."""
    card = CountsCard(theme)
    card.set_counts((10, 9000, 922500), (32, 32))
    trajectory = TrajectoryPanel(theme)
    for widget in (card, trajectory):
        qtbot.addWidget(widget)
    texts = [card.label.text(), trajectory.footer.text()]
    for text in texts:
        # Every coloured run of text (not a ■ swatch) against both backgrounds.
        for colour, run in re.findall(r"color:\s*(#[0-9a-fA-F]{6})[^>]*>([^<]*)<", text):
            if run.strip() and run.strip() != "■":
                for bg in (theme.background, theme.panel):
                    assert th.contrast(colour, bg) >= AA, (theme.name, colour, run)
    assert "9,000" in texts[0] and theme.untied in texts[0]


def test_numbers_in_grid_cells_read_on_every_colour_of_the_colormaps(qtbot):
    """Black or white on each of the 256 colours of the signed and the grey colormaps: >= 4.5:1."""
    for name in (th.DIVERGING, th.GRAY):
        lut = th.colormap(name).getLookupTable(0.0, 1.0, 256, alpha=False)
        for r, g, b in lut[:, :3]:
            cell = f"#{int(r):02x}{int(g):02x}{int(b):02x}"
            assert th.contrast(th.text_on(cell), cell) >= AA, (name, cell)
    grid = GridPanel(th.LIGHT)
    qtbot.addWidget(grid)
    grid.set_values(np.array([[-1.0, -0.5, -0.2], [0.0, 0.1, 0.3], [0.6, 0.9, 1.0]]), 1.0)
    lut = grid.cmap.getLookupTable(0.0, 1.0, 256, alpha=False)
    for r in range(3):
        for c in range(3):
            frac = (grid.values[r, c] + 1) / 2
            cell = "#%02x%02x%02x" % tuple(int(v) for v in lut[int(round(frac * 255))][:3])
            text = grid.cell_text[r][c].textItem.defaultTextColor().name()
            assert th.contrast(text, cell) >= AA, (cell, text)


@pytest.mark.parametrize("theme", [th.DARK, th.LIGHT], ids=["dark", "light"])
def test_overwrite_box_is_visible_unchecked_and_checked(qtbot, theme):
    """The check box's indicator, unchecked, differs from the background (the platform's box drew
    nothing under the panel's style sheet), and changes when checked."""
    panel = StepThroughPanel(theme)
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    qtbot.waitExposed(panel)
    box = panel.overwrite
    option = QtWidgets.QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QtWidgets.QStyle.SubElement.SE_CheckBoxIndicator, option, box)

    def ink():
        image = box.grab(indicator).toImage()
        bg = QtGui.QColor(theme.background)
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if abs(QtGui.QColor(image.pixel(x, y)).lightness() - bg.lightness()) > 60)

    unchecked = ink()
    assert unchecked >= indicator.width() * 2  # at least its outline: two sides' worth of pixels
    box.setChecked(True)
    assert ink() > unchecked
