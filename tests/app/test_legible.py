"""Issue 11: what the class sees, read from the widgets (tanh + momentum + mean + a batch of 3)."""

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from cnnviz import images as imgs
from cnnviz import numbers
from cnnviz.app import theme as th
from cnnviz.app.panels.base import GridPanel, MapPanel
from cnnviz.app.panels.compare_panel import ComparePanel
from cnnviz.app.panels.input_panel import InputPanel
from cnnviz.app.panels.loss_panel import LossPanel
from cnnviz.app.panels.params_card import ParamsCard
from cnnviz.app.panels.stepthrough_panel import StepThroughPanel
from cnnviz.comparison import Comparison
from cnnviz.engine import LessonConfig, Trainer
from cnnviz.stepthrough import StepThrough

CONFIG = LessonConfig(activation="tanh", optimizer="momentum", reduction="mean", lr=0.05)


@pytest.fixture
def batch():
    return np.stack([imgs.load_sample(n) for n in ("shapes", "digit", "circle")])


@pytest.fixture
def model(batch):
    t = Trainer(batch, CONFIG)
    t.step(5)
    return StepThrough(t)


def _show(qtbot, widget, size=(1290, 330)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_grid_cells_one_precision_no_minus_zero_one_font(qtbot):
    grid = _show(qtbot, GridPanel(), (300, 300))
    grid.set_values(np.array([[2.2e-15, -1e-9, 1470.4], [0.5, -0.4, 3], [1, 2, 12]]), 2000.0)
    texts = [t for row in grid.cell_texts() for t in row]
    assert texts == ["0", "0", "1470", "0", "0", "3", "1", "2", "12"]
    assert not any("e" in t or t.startswith("-0") for t in texts)
    assert len({t.textItem.font().pixelSize() for row in grid.cell_text for t in row}) == 1


def test_step_through_texts_for_tanh_momentum_mean_batch(qtbot, model):
    panel = _show(qtbot, StepThroughPanel(), (1290, 330))
    model.seek(417)
    panel.show_model(model)
    text = panel.numbers.text()
    v = model.current
    assert "a = f(y) = tanh(y)" in text and "y = w · patch + b" in text and "a = f(y) = w" not in text
    assert f"δ = ∂L/∂y = 2(a − T)·f′(y) / 2,700 = <b>{numbers.fmt_value(v.delta)}</b>" in text
    assert "L = (1/2,700) Σ (a − T)² over 2,700 (3 images × 900) positions" in text
    assert np.tanh(v.pre_activation) == pytest.approx(v.output)
    assert panel.counter.text() == "position 417 of 2,700: image 1 of 3, row 13, col 26 (rows and cols from 0)"
    model.end()
    panel.show_model(model)
    note = panel.numbers.text()
    assert "v ← μv + buffer (μ = 0.9), then w ← w − lr·v (lr = 0.05)" in note and "w − lr × buffer" not in note
    assert "P = 3 × 900 = 2,700; 'sum' gives the same update with lr / 2,700" in note
    t = panel.update_table
    headers = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert headers == ["parameter", "w", "buffer", "old v", "μv + buffer", "w − lr × v"]
    rows = model.update_rows()
    assert [t.item(k, 3).text() for k in range(10)] == numbers.cells([r.velocity for r in rows])
    assert [t.item(k, 4).text() for k in range(10)] == numbers.cells([0.9 * r.velocity + r.buffer for r in rows])
    assert float(t.item(0, 3).text()) != 0  # the old v after 5 momentum steps
    # The gradient check says which buffer it compares.
    model.seek(100)
    panel.show_model(model)
    panel.show_check(model.check_gradient())
    assert "full-pass buffer, summed over all 2,700 (3 images × 900) positions" in panel.check_note.text()
    assert "running sum after 100" in panel.check_note.text()
    assert t.horizontalHeaderItem(1).text() == "w"
    assert panel.check_table.horizontalHeaderItem(1).text() == "full-pass buffer"
    # One weight's map covers the image on screen; all images together sum to the buffer.
    model.end()
    panel.show_model(model)
    panel.show_weight_map("w[1,2]", model.weight_map(1, 2)[2], float(model.buffer[1, 2]))
    assert panel.weight_map.title_label.text() == "Contribution of w[1,2] at each position of image 3 of 3"
    assert "the maps of all 3 images sum to the buffer value" in panel.weight_map.footer.text()
    assert model.weight_map(1, 2).sum() == pytest.approx(model.buffer[1, 2], rel=1e-10)


def test_update_table_rows_and_tabs_fit_at_1600x900(qtbot, model):
    """The step-through's share of a 1600x900 window (its row in the board): all 10 rows, no tab arrows."""
    panel = _show(qtbot, StepThroughPanel(), (1290, 275))
    model.end()
    panel.show_model(model)
    qtbot.wait(50)
    t = panel.update_table
    assert t.rowCount() == 10
    assert t.rowViewportPosition(9) + t.rowHeight(9) <= t.viewport().height()
    bar = panel.tabs.tabBar()
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))
    assert not panel.tabs.usesScrollButtons()


def test_dark_theme_tables_and_checkbox(qtbot, model):
    panel = _show(qtbot, StepThroughPanel(th.DARK), (1290, 300))
    model.end()
    panel.show_model(model)
    qtbot.wait(50)
    image = panel.update_table.viewport().grab().toImage()
    corner = QtGui.QColor(image.pixel(image.width() - 3, image.height() - 3))
    assert corner.name() == th.DARK.background  # not a white table
    label = panel.overwrite.grab().toImage()
    brightest = max(QtGui.QColor(label.pixel(x, y)).lightness() for x in range(label.width())
                    for y in range(label.height()))
    assert brightest > 180  # the "Overwrite" label is light text on the dark panel


def test_presenter_scale_enlarges_cell_numbers_ticks_and_colour_bar(qtbot, model):
    grid = _show(qtbot, GridPanel(), (400, 300))
    grid.set_values(np.array([[0.1, -0.313, -0.593]] * 3), 1.0)
    normal = grid.cell_text[0][0].textItem.font().pixelSize()
    grid.set_font_scale(1.6)
    assert grid.cell_text[0][0].textItem.font().pixelSize() >= 1.5 * normal
    m = _show(qtbot, MapPanel(), (400, 300))
    m.set_map(np.zeros((30, 30)) + 1e-13)
    base = m.colorbar.axis.style["tickFont"]
    m.set_font_scale(1.6)
    assert m.colorbar.axis.style["tickFont"].pointSizeF() >= 1.5 * QtGui.QFont().pointSizeF()
    assert m.plot.getAxis("left").style["tickFont"].pointSizeF() >= 1.5 * QtGui.QFont().pointSizeF()
    assert base is None or base.pointSizeF() < m.colorbar.axis.style["tickFont"].pointSizeF()
    step = _show(qtbot, StepThroughPanel(), (1290, 330))
    before = step.update_table.font().pointSizeF()
    step.set_font_scale(1.6)
    assert step.update_table.font().pointSizeF() == pytest.approx(1.6 * before, rel=0.05)
    assert step.patch.font_scale == 1.6


def test_colour_bar_has_labelled_ticks_for_tiny_ranges(qtbot):
    m = _show(qtbot, MapPanel(), (400, 300))
    m.set_map(np.linspace(-2e-12, 1e-12, 900).reshape(30, 30))
    major = m.colorbar.axis._tickLevels[0]
    labels = [label for _, label in major]
    assert len(labels) >= 3 and len(set(labels)) == len(labels) and "0" in labels


def test_map_axes_end_at_the_image_edge(qtbot):
    m = _show(qtbot, MapPanel(), (700, 300))  # far wider than the map: the rest becomes margin
    m.set_map(np.zeros((30, 30)))
    qtbot.waitUntil(lambda: max(abs(m.plot.vb.viewRange()[0][0]), abs(m.plot.vb.viewRange()[1][0])) < 0.3,
                    timeout=2000)  # the layout settles (the footer wraps) before both axes fit
    (x0, x1), (y0, y1) = m.plot.vb.viewRange()
    assert (x0, x1) == pytest.approx((0, 30), abs=0.3) and (y0, y1) == pytest.approx((0, 30), abs=0.3)


def test_current_position_is_a_thick_outline(qtbot):
    m = _show(qtbot, MapPanel(), (400, 300))
    m.set_map(np.zeros((30, 30)))
    m.mark_cell(13, 26)
    assert m.marker.isVisible() and m.marker.rect() == QtCore.QRectF(26, 13, 1, 1)
    assert m.marker.pen().widthF() >= 4 and m.marker.pen().isCosmetic()
    assert m.marker_halo.pen().widthF() > m.marker.pen().widthF()
    m.mark_cell(None)
    assert not m.marker.isVisible() and not m.marker_halo.isVisible()


def test_loss_axis_labels_never_overlap(qtbot, batch):
    panel = _show(qtbot, LossPanel(), (640, 220))
    t = Trainer(batch[0], LessonConfig(lr=3e-4))
    t.step(3000)
    panel.show_snapshot(t.snapshot())
    qtbot.wait(50)
    axis = panel.plot.getAxis("left")
    ticks = axis._tickLevels[0]
    assert len(ticks) >= 2
    ys = sorted(panel.plot.vb.mapViewToScene(QtCore.QPointF(0, v)).y() for v, _ in ticks)
    line = QtGui.QFontMetricsF(axis.style.get("tickFont") or QtGui.QFont()).height()
    assert min(b - a for a, b in zip(ys, ys[1:])) > line


def test_params_card_and_input_source(qtbot, batch, tmp_path):
    card = _show(qtbot, ParamsCard(), (300, 200))
    card.show_snapshot(Trainer(batch).snapshot())
    assert "shared by all 2,700 positions (3 images × 900)" in card.label.text()
    from PIL import Image

    Image.new("RGB", (200, 150), "white").save(tmp_path / "photo.jpg")
    panel = _show(qtbot, InputPanel(), (300, 300))
    panel.set_source(imgs.describe_path(tmp_path / "photo.jpg", 32))
    assert panel.footer.text().endswith("200x150 photo, centre 150x150 square resampled to 32x32</span>")


def test_compare_conclusions_only_when_true(qtbot):
    stripes = imgs.load_sample("stripes")
    c = Comparison(stripes, LessonConfig())
    c.step(50)
    c.generalise("shapes")
    panel = _show(qtbot, ComparePanel(), (1280, 720))
    panel.show_comparison(c)
    text = panel.result.text()
    assert "learned the kernel itself" not in text and "do not span all 9 directions" in text
    shapes = Comparison(imgs.load_sample("shapes"), LessonConfig())
    shapes.step(2000)
    shapes.generalise("shifted")
    panel.show_comparison(shapes)
    assert "the shared filter learned the kernel itself, so it works on any image" in panel.result.text()
    assert "10× the lesson's, is a rule of thumb" in panel.untied_lr.toolTip()


def test_both_round_off_says_both_zero(qtbot):
    c = Comparison(imgs.load_sample("shapes"), LessonConfig(target="identity"))
    c.shared._params[:] = np.array([0, 0, 0, 0, 1, 0, 0, 0, 0, 0.0])
    c.untied._params[:] = np.tile(np.array([0, 0, 0, 0, 1, 0, 0, 0, 0, 0.0]), c.untied._params.size // 10)
    c._current = None
    c.generalise("shifted")
    panel = _show(qtbot, ComparePanel(), (1280, 720))
    panel.show_comparison(c)
    assert "both ≈ 0" in panel.result.text() and "worse" not in panel.result.text()


def test_colour_bar_is_wide_enough_for_its_labels(qtbot):
    m = _show(qtbot, MapPanel(), (400, 300))
    m.set_map(np.linspace(-0.001, 0.001, 900).reshape(30, 30))
    labels = [label for _, label in m.colorbar.axis._tickLevels[0]]
    assert "-0.0010" in labels
    widest = QtGui.QFontMetricsF(QtGui.QFont()).horizontalAdvance("-0.0010")
    qtbot.waitUntil(lambda: m.colorbar.axis.width() >= widest + 4, timeout=2000)  # after the layout


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_top_tick_labels_are_not_cut_off(qtbot, scale):
    """A map that fills its panel's height keeps room above it for the upper half of the labels
    centred on its top edge (row 0 on the left axis, the colour bar's maximum)."""
    m = _show(qtbot, MapPanel(), (700, 300))  # wide: the map takes the whole height
    m.set_font_scale(scale)
    m.set_map(np.linspace(-1, 1, 900).reshape(30, 30))
    qtbot.wait(50)
    font = m.plot.getAxis("left").style["tickFont"]
    half = QtGui.QFontMetricsF(font).height() / 2
    assert m.plot.vb.sceneBoundingRect().top() >= half - 0.5
    (x0, x1), (y0, y1) = m.plot.vb.viewRange()
    assert (y0, y1) == pytest.approx((0, 30), abs=0.3)


@pytest.mark.parametrize("theme", [th.DARK, th.LIGHT])
def test_tour_caption_buttons_follow_the_theme(qtbot, theme):
    from cnnviz.app.panels.caption_bar import CaptionBar

    bar = _show(qtbot, CaptionBar(theme), (1200, 120))
    bar.show_chapter("The question", "Why would the weights not differ?", 1, 13, False)
    qtbot.wait(20)
    for button in (bar.next, bar.exit):
        image = button.grab().toImage()
        inside = QtGui.QColor(image.pixel(image.width() // 2, 3)).lightness()  # above the text
        assert abs(inside - QtGui.QColor(theme.background).lightness()) < 30  # not the platform's white
