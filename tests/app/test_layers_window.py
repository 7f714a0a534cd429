"""The window with the next slides' layers: kernel size, stride, padding and colour.

One window per layer, several checks on each: the grids' numbers are the engine's, the maps
have the engine's output shape and say it in their titles, the input shows the padding and
the receptive field where the engine's sums put it, the card counts this layer's parameters.
"""

import numpy as np
import pytest

from cnnviz import images as imgs
from cnnviz import numbers
from cnnviz.engine import LessonConfig, Trainer
from cnnviz.engine.conv import output_shape
from cnnviz.engine.trainer import default_lr
from cnnviz.engine.untied import dense_params_count
from tests.cells import SOBEL_5, texts

@pytest.fixture
def layer_window(qtbot):
    """A window on a trained copy of a lesson with this layer (steps taken before it opens)."""
    made = []

    def make(steps=3, **layer):
        from cnnviz.app.window import MainWindow

        config = LessonConfig(**layer)
        x = imgs.load_sample(imgs.DEFAULT_COLOR_SAMPLE if config.color else imgs.DEFAULT_SAMPLE, 32, config.color)
        trainer = Trainer(x, LessonConfig(**{**config.to_dict(), "lr": default_lr(x, config)}))
        trainer.step(steps)
        w = MainWindow(trainer.images, "sample:x", trainer=trainer)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.snapshot is not None and w.snapshot.step == steps)
        w.redraw()
        made.append(w)
        return w, trainer

    yield make
    for w in made:
        w.close()


def test_5x5_same_padding_draws_the_engines_numbers_shapes_and_border(layer_window):
    w, t = layer_window(kernel_size=5, padding="same", target=SOBEL_5)
    snap = w.snapshot
    assert snap.weights.shape == (5, 5) and snap.output.shape == (1, 32, 32)
    assert w.filter_panel.cell_texts() == texts(t.weights, t.snapshot().bias)
    assert w.buffer_panel.cell_texts() == texts(snap.grad_filter, snap.grad_bias)
    assert not w.filter_panel.numbers_hidden  # 25 numbers fit the window's filter panel
    for key, array in (("output", snap.output), ("target", snap.target), ("error", snap.delta)):
        panel = w.panels[key]
        np.testing.assert_array_equal(panel.image.image, array[0])
        assert panel.title_label.text().endswith("32×32: 5×5 filter, same padding)")
    # The input: 2 zeros a side around the image, whose edge is outlined.
    inp = w.input_panel
    assert inp.image.image.shape == (36, 36) and inp.origin == 2
    np.testing.assert_array_equal(inp.image.image[2:-2, 2:-2], snap.images[0])
    assert not inp.image.image[:2].any() and not inp.image.image[:, -2:].any()
    assert inp.edge.isVisible() and inp.edge.rect().getRect() == (0, 0, 32, 32)
    assert "padded with 2 zeros a side: 36×36" in inp.title_label.text()
    # Hovering reads the image's own pixel (row 0 is the image's, not the border's).
    assert inp.value_text(0, 1) == numbers.panel_formatter(inp.image.image)(snap.images[0, 0, 1])
    # Output cell (0, 3) reads the padded pixels from (s*0 - p, s*3 - p) = (-2, 1), 5 wide.
    inp.show_receptive_field(0, 3)
    assert inp.receptive_field.rect().getRect() == (1, -2, 5, 5) and not inp.next_field.isVisible()
    card = w.params_card.label.text()
    assert "26 parameters" in card and "25 weights + 1 bias" in card
    assert f"{dense_params_count(32, 32, 5, 1, 2):,}" in card and "32×32 to 32×32" in card
    np.testing.assert_array_equal(w.input_grad_panel.image.image, snap.input_grad[0])
    assert "one shared 5×5 filter" in w.windowTitle()


def test_stride_2_maps_are_15x15_and_the_next_position_is_2_pixels_on(layer_window):
    w, t = layer_window(stride=2)
    snap = w.snapshot
    assert output_shape((32, 32), 3, 2, 0) == (15, 15) == snap.output.shape[1:]
    assert w.output_panel.image.image.shape == (15, 15)
    assert w.output_panel.title_label.text().endswith("(15×15: stride 2)")
    assert "(sobel-x, 15×15: stride 2)" in w.target_panel.title_label.text()
    assert "225 positions" in w.filter_panel.title_label.text()
    inp = w.input_panel
    assert inp.origin == 0 and not inp.edge.isVisible()
    inp.show_receptive_field(4, 6)
    assert inp.receptive_field.rect().getRect() == (12, 8, 3, 3)
    assert inp.next_field.isVisible() and inp.next_field.rect().getRect() == (14, 8, 3, 3)
    inp.show_receptive_field(4, 14)  # the last column: no next position
    assert not inp.next_field.isVisible()
    card = w.params_card.label.text()
    assert "10 parameters" in card and f"{dense_params_count(32, 32, 3, 2, 0):,}" in card
    assert "1,024 × 225 weights + 225 biases" in card
    assert w.filter_panel.cell_texts() == texts(snap.weights, snap.bias)


def test_colour_lesson_shows_rgb_three_labelled_grids_and_28_parameters(qtbot, layer_window):
    w, t = layer_window(color=True)
    snap = w.snapshot
    assert snap.weights.shape == (3, 3, 3)
    assert w.filter_panel.cell_texts() == texts(snap.weights, snap.bias)
    assert w.buffer_panel.cell_texts() == texts(snap.grad_filter, snap.grad_bias)
    assert [label.toPlainText() for label in w.filter_panel.channel_labels] == ["R", "G", "B"]
    assert not w.filter_panel.numbers_hidden
    assert "one 3×3×3" in w.filter_panel.title_label.text()
    np.testing.assert_array_equal(w.input_panel.image.image, np.moveaxis(snap.images[0], 0, -1))
    assert "RGB, 3×32×32" in w.input_panel.title_label.text()
    r, g, b = snap.images[0, :, 5, 7]
    assert w.input_panel.value_text(5, 7) == f"R {r:.3f}  G {g:.3f}  B {b:.3f}"
    dx = w.input_grad_panel.image.image  # R | G | B with a column of zeros between them
    assert dx.shape == (32, 3 * 32 + 2)
    for ch in range(3):
        np.testing.assert_array_equal(dx[:, ch * 33: ch * 33 + 32], snap.input_grad[0, ch])
    card = w.params_card.label.text()
    assert "28 parameters" in card and "27 weights + 1 bias" in card
    assert f"{dense_params_count(32, 32, 3, 1, 0, channels=3):,}" in card and "3×32×32 to 30×30" in card
    assert "(27 weights + bias" in w.trajectory_panel.title_label.text()
    assert len(w.trajectory_panel.curves) == 28
    # The step-through works on this layer (tests/app/test_stepthrough_layers_window.py reads its numbers).
    w.controls.stepthrough.click()
    qtbot.waitUntil(lambda: w.stepthrough.ready)
    assert w.stepthrough.panel.patch.shape == (3, 3, 3) and w.stepthrough.model.P == 900
    w.set_mode(None)
    w.toggle_compare()  # the comparison draws every layer (tests/app/test_compare_layers.py)
    assert w.compare.active and w.compare.model.counts[0] == 28
    w.toggle_compare()
    # The light theme rebuilds the panels and draws the same numbers.
    w.set_theme("light")
    w.redraw()
    assert w.filter_panel.cell_texts() == texts(snap.weights, snap.bias)



def test_settings_start_a_new_lesson_with_the_layer_and_bad_combinations_change_nothing(qtbot, window):
    c = window.controls
    x = window.snapshot.images

    def wait_for(shape):
        qtbot.waitUntil(lambda: window.snapshot.output.shape[1:] == shape and window.snapshot.step == 0)

    window.step_once()
    qtbot.waitUntil(lambda: window.snapshot.step == 1)
    c.stride.setValue(2)
    wait_for((15, 15))
    expected = LessonConfig(stride=2)
    assert window.config == LessonConfig(stride=2, lr=default_lr(x, expected))
    assert window.snapshot.config == window.config  # the worker runs the new Trainer
    np.testing.assert_array_equal(window.snapshot.weights, Trainer(x, window.config).weights)  # the seeded start
    assert "New lesson from step 0: 3x3 filter, stride 2" in window.statusBar().currentMessage()
    # 'same' needs stride 1: the engine's line, and nothing changes.
    window.settings._on_padding("same")
    assert "'same' padding keeps the image's size only for an odd filter at stride 1" in window.last_error
    assert window.config.stride == 2 and window.config.padding == "valid"
    assert c.padding.currentText() == "valid" and c.stride.value() == 2
    c.stride.setValue(1)
    wait_for((30, 30))
    c.kernel_size.setValue(4)  # a named 3x3 target does not fit a 4x4 filter
    assert "the named kernels are 3x3; for a 4x4 filter" in window.last_error
    assert window.config.kernel_size == 3 and c.kernel_size.value() == 3
    c.kernel_size.setValue(5)  # Sobel-x centred in zeros
    wait_for((28, 28))
    assert window.config.target == SOBEL_5 and window.snapshot.weights.shape == (5, 5)
    window.settings._on_padding("same")
    wait_for((32, 32))
    assert window.config.padding_pixels == 2 and c.padding.currentText() == "same"
    c.color.setChecked(True)
    qtbot.waitUntil(lambda: window.snapshot.images.ndim == 4)
    assert window.snapshot.weights.shape == (3, 5, 5) and window.config.color
    c.sample.setCurrentIndex(c.sample.findData("colour-shapes"))
    c.sample.activated.emit(c.sample.currentIndex())  # a sample chosen in a colour lesson loads in colour
    rgb = imgs.load_sample("colour-shapes", 32, color=True)
    qtbot.waitUntil(lambda: window.snapshot.images.shape == (1, 3, 32, 32) and np.array_equal(window.snapshot.images[0], rgb))
    assert c.image_index.maximum() == 1  # one RGB image, not a batch of three
    # A typed 3x3 kernel sets the filter back to 3x3 (a new lesson too).
    c.kernel_text.setText("1,0,-1;2,0,-2;1,0,-1")
    window.settings._on_kernel_typed()
    qtbot.waitUntil(lambda: window.snapshot.weights.shape == (3, 3, 3))
    assert window.config.kernel_size == 3 and window.config.color


def test_a_grid_too_small_for_its_numbers_reads_them_on_hover_and_writes_them_when_there_is_room(qtbot):
    from cnnviz.app.panels.filter_panel import FilterPanel

    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.resize(220, 140)
    panel.show()
    qtbot.waitExposed(panel)
    values = np.random.default_rng(1).normal(size=(3, 5, 5))
    panel.set_values(values, 3.0, also=[0.5])
    panel.footer.setText("bias b")
    qtbot.waitUntil(lambda: panel.numbers_hidden)  # 75 numbers in 220 px: none written
    assert not any(t.isVisible() for t in panel._flat_text)
    panel._read_out(2, 1, 3)
    assert panel.footer.text() == f"B, row 1, col 3: <b>{panel.format(values[2, 1, 3])}</b>"
    panel._read_out(-1, -1, -1)
    assert panel.footer.text() == "bias b"
    panel.resize(1400, 900)
    qtbot.waitUntil(lambda: not panel.numbers_hidden)
    assert panel.cell_texts() == texts(values, 0.5) and all(t.isVisible() for t in panel._flat_text)
    panel.close()


def test_colour_maps_fit_their_panels_at_1280x800(qtbot, layer_window):
    """The RGB input has no colour bar (its pixels show their own colours); the input gradient's
    short R | G | B strip sits whole in its panel (it was pushed down and cut off by margins left
    from a taller moment) with as many colour-bar labels as fit apart."""
    from PySide6 import QtGui

    from cnnviz.app.panels.base import colorbar_tick_count, colorbar_ticks

    w, _ = layer_window(color=True)
    w.resize(1280, 800)
    grad = w.input_grad_panel
    qtbot.waitUntil(lambda: grad._fit_margins[1] > 0)  # the strip's aspect: room above and below
    assert not w.input_panel.colorbar.isVisible() and w.input_panel.colorbar.width() == 0
    assert grad.colorbar.isVisible()
    view, ci = grad.view, grad.view.ci.geometry()
    assert ci.height() <= view.height() + 1  # nothing below the view's edge
    bottom = grad.plot.getAxis("bottom")
    assert bottom.mapRectToScene(bottom.boundingRect()).bottom() <= view.height() + 1  # R, G, B are read
    ticks = grad.colorbar.axis._tickLevels[0]
    font = grad.colorbar.axis.style.get("tickFont") or QtGui.QFont()
    count = colorbar_tick_count(grad.plot.vb.height(), QtGui.QFontMetricsF(font).height())
    assert len(ticks) == count and ticks == colorbar_ticks(*grad._levels, count)[0]
    spacing = grad.plot.vb.height() / (count - 1)
    assert spacing >= QtGui.QFontMetricsF(font).height()  # labels apart, not printed over each other
    # A grey image again: the input's colour bar returns (its scale reads the pixels' values).
    w.input_panel.set_map(np.full((32, 32), 0.5), levels=(0.0, 1.0))
    assert w.input_panel.colorbar.isVisible() and w.input_panel.colorbar.maximumWidth() > 1000


def test_colorbar_ticks_by_count():
    from cnnviz.app.panels.base import colorbar_tick_count, colorbar_ticks

    assert [v for v, _ in colorbar_ticks(-5.0, 5.0, 3)[0]] == [-5.0, 0.0, 5.0]
    assert [label for _, label in colorbar_ticks(-5.0, 5.0, 2)[0]] == ["-5.0", "5.0"]
    assert [v for v, _ in colorbar_ticks(0.0, 1.0)[0]] == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert (colorbar_tick_count(200, 15), colorbar_tick_count(80, 15), colorbar_tick_count(30, 15)) == (5, 3, 2)
