"""Shared vs untied on the lecture's next slides (stride 2, colour, 5x5 same on a batch): every
number and count the comparison shows, read from its widgets, is the engine's for that layer."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6 import QtCore

from cnnviz import images as imgs
from cnnviz import numbers
from cnnviz.app.theme import fmt
from cnnviz.comparison import SHIFTED, UNTIED_LR_FACTOR
from cnnviz.engine import LessonConfig, Trainer
from cnnviz.engine.conv import output_shape
from cnnviz.engine.trainer import default_lr
from cnnviz.engine.untied import (UntiedTrainer, dense_params_count, generalisation, mosaic, shifted,
                                  untied_params_count)
from tests.cells import SOBEL_5, texts

@pytest.fixture
def comparing_layer(qtbot):
    """A window on a lesson with this layer (and batch), in the comparison; with the engine's own
    independent pair of layers for the same lesson."""
    made = []

    def make(images=1, **layer):
        from cnnviz.app.window import MainWindow

        config = LessonConfig(**layer)
        names = [imgs.DEFAULT_COLOR_SAMPLE if config.color else imgs.DEFAULT_SAMPLE, "circle"][:images]
        x = np.stack([imgs.load_sample(name, 32, config.color) for name in names])
        config = replace(config, lr=default_lr(x, config))
        w = MainWindow(x if images > 1 else x[0], "sample:x", trainer=Trainer(x if images > 1 else x[0], config))
        qtbot.addWidget(w)
        w.show()
        w.resize(1600, 900)
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.snapshot is not None)
        made.append(w)
        w.toggle_compare()
        assert w.compare.active, getattr(w, "last_error", "")
        shared = Trainer(x if images > 1 else x[0], config)
        untied = UntiedTrainer(shared.images, replace(config, lr=config.lr * UNTIED_LR_FACTOR))
        return w, shared, untied

    yield make
    for w in made:
        w.close()


def hover(panel, row, col):
    """The footer after the mouse moves over map cell (row, col)."""
    scene = panel.plot.vb.mapViewToScene(QtCore.QPointF(col + 0.5, row + 0.5))
    panel._mouse_moved(scene)
    return panel.footer.text()


def test_stride_2_comparison_counts_225_positions_and_shows_the_engines_numbers(comparing_layer):
    w, shared, untied = comparing_layer(stride=2)
    w.compare.step(40)
    shared.step(40)
    untied.step(40)
    model, panel = w.compare.model, w.compare.panel
    np.testing.assert_array_equal(model.shared.params, shared.params)
    np.testing.assert_array_equal(model.untied.params, untied.params)
    ho, wo = output_shape((32, 32), 3, 2, 0)
    n_untied, n_dense = untied_params_count(32, 32, 3, 2, 0), dense_params_count(32, 32, 3, 2, 0)
    assert (ho, wo) == (15, 15) and untied.num_params == n_untied == 10 * 225
    card = panel.counts.text()
    assert "Parameters for 32×32 → 15×15: stride 2" in card
    assert f"<b>{n_untied:,}</b>" in card and f"10 × {ho * wo:,} positions" in card
    assert f"<b>{n_dense:,}</b>" in card and f"1,024 pixels × {ho * wo} outputs" in card
    assert panel.loss.legend_names() == ["shared (10 parameters)", f"untied ({n_untied:,} parameters)"]
    assert panel.mosaic.title_label.text().startswith("Untied: 225 filters, one per position (45×45 mosaic of 3×3")
    assert panel.filter.title_label.text() == "Shared: ONE 3×3 filter for all 225 positions"
    assert "(225 in this lesson" in panel.untied_lr.toolTip()
    # The mosaic is the engine's, tile (i, j) at rows 3i.., hover reads it.
    np.testing.assert_array_equal(panel.mosaic.image.image, mosaic(untied.weights))
    assert panel.mosaic.grid_lines.path().elementCount() == 2 * 2 * 14
    footer = hover(panel.mosaic, 3 * 11 + 2, 3 * 4 + 1)
    cell = numbers.panel_formatter(panel.mosaic.data)(untied.weights[11, 4, 2, 1])
    assert f"position (11, 4): w[2,1] = <b>{cell}</b>" in footer
    assert panel.filter.cell_texts() == texts(shared.weights, shared.bias)
    assert f"untied L = <b style='color:#E69F00'>{fmt(untied.loss())}</b>" in panel.loss.footer.text()
    # The generalisation test on 15x15 maps, as the engine computes it.
    panel.test_choice.setCurrentIndex(panel.test_choice.findData(SHIFTED))
    panel.test_button.click()
    r = generalisation(shared, untied, shifted(shared.images, 3, 3))
    assert r.untied_output.shape == (1, 15, 15)
    np.testing.assert_array_equal(panel.test_untied.image.image, r.untied_output[0])
    np.testing.assert_array_equal(panel.test_target.image.image, r.target[0])
    assert panel.error_line(model) == (f"error (loss) on the new image: shared {fmt(r.shared_loss)}, "
                                       f"untied {fmt(r.untied_loss)}")


def test_colour_comparison_draws_r_g_b_mosaics_and_counts_28_per_position(comparing_layer):
    w, shared, untied = comparing_layer(color=True)
    w.compare.step(20)
    shared.step(20)
    untied.step(20)
    model, panel = w.compare.model, w.compare.panel
    np.testing.assert_array_equal(model.untied.params, untied.params)
    assert untied.weights.shape == (30, 30, 3, 3, 3)
    card = panel.counts.text()
    n_untied, n_dense = untied_params_count(32, 32, channels=3), dense_params_count(32, 32, channels=3)
    assert n_untied == 28 * 900 and "<b>28</b>" in card and "one 3×3×3 + bias for all positions" in card
    assert f"<b>{n_untied:,}</b>" in card and "28 × 900 positions" in card
    assert f"<b>{n_dense:,}</b>" in card and f"{3 * 32 * 32:,} inputs × 900 outputs" in card
    assert "Parameters for 3×32×32 → 30×30" in card
    assert "900 filters of 3×3×3" in panel.mosaic.title_label.text()
    assert panel.filter.title_label.text() == "Shared: ONE 3×3×3 filter for all 900 positions"
    assert panel.filter.cell_texts() == texts(shared.weights, shared.bias)
    # Three mosaics, R, G, B, a tile apart (either way round), each the engine's channel mosaic.
    m, data, step = panel.mosaic, panel.mosaic.data, panel.mosaic.channel_step()
    assert step == 31 * 3
    channels = mosaic(untied.weights)
    for c in range(3):
        part = data[c * step:c * step + 90] if m.down else data[:, c * step:c * step + 90]
        np.testing.assert_array_equal(part, channels[c])
    gap = data[90:93] if m.down else data[:, 90:93]
    assert np.isnan(gap).all()
    # Hover: the G channel's cell names its channel; the gap reads nothing.
    row, col = (step + 3 * 7 + 1, 3 * 20 + 2) if m.down else (3 * 7 + 1, step + 3 * 20 + 2)
    cell = numbers.panel_formatter(untied.weights)(untied.weights[7, 20, 1, 1, 2])
    assert f"position (7, 20): w[G, 1,2] = <b>{cell}</b>" in hover(m, row, col)
    gap_cell = (91, 5) if m.down else (5, 91)
    assert hover(m, *gap_cell) == m.idle_footer()
    # The test image in colour, its hover reading R, G and B.
    panel.test_button.click()
    r = generalisation(shared, untied, shifted(shared.images, 3, 3))
    np.testing.assert_array_equal(panel.test_image.image.image, np.moveaxis(r.images[0], 0, -1))
    np.testing.assert_array_equal(panel.test_shared.image.image, r.shared_output[0])
    red, green, blue = r.images[0, :, 4, 9]
    assert panel.test_image.value_text(4, 9) == f"R {red:.3f}  G {green:.3f}  B {blue:.3f}"
    assert f">{fmt(r.untied_loss)}</b>" in panel.result.text()


def test_5x5_same_on_a_batch_says_its_images_and_1024_positions_each(comparing_layer):
    w, shared, untied = comparing_layer(images=2, kernel_size=5, padding="same", target=SOBEL_5)
    w.compare.step(5)
    shared.step(5)
    untied.step(5)
    panel = w.compare.panel
    np.testing.assert_array_equal(w.compare.model.untied.params, untied.params)
    assert untied.positions == (32, 32) and untied.num_params == 1024 * 26
    card = panel.counts.text()
    assert "Parameters for 32×32 → 32×32: 5×5 filter, same padding" in card
    assert "26 × 1,024 positions" in card and f"<b>{untied.num_params:,}</b>" in card
    assert panel.mosaic.title_label.text() == ("Untied: 1,024 filters, one per position (each used on all 2 "
                                               "images) (160×160 mosaic of 5×5 tiles)")
    np.testing.assert_array_equal(panel.mosaic.image.image, mosaic(untied.weights))
    assert panel.filter.title_label.text() == "Shared: ONE 5×5 filter for all 2,048 positions (2 images × 1,024)"
    assert panel.loss.title_label.text() == "Loss L on the 2 training images (log scale)"
    assert "Same 2 images" in panel.note.text()
    assert panel.test_choice.itemText(panel.test_choice.findData(SHIFTED)).startswith("these 2 images, moved")
    panel.test_choice.setCurrentIndex(panel.test_choice.findData(SHIFTED))
    panel.test_button.click()
    r = generalisation(shared, untied, shifted(shared.images, 3, 3))
    assert panel.error_line(w.compare.model).startswith(f"error (loss) on the 2 new images: shared {fmt(r.shared_loss)}")
    assert "on the training images:" in panel.result.text()
    assert panel.test_image.title_label.text().startswith("New image, the first of 2 (these 2 images")
    np.testing.assert_array_equal(panel.test_untied.image.image, r.untied_output[0])


def test_export_panel_compare_on_a_colour_stride_2_lesson(capsys, tmp_path):
    from PIL import Image

    from cnnviz.cli import main

    out = tmp_path / "compare.png"
    assert main(["export", "--panel", "compare", "--color", "--stride", "2", "--steps", "20", "--out", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert "shared loss" in stdout and "untied loss" in stdout
    assert Image.open(out).size == (1280, 720)


@pytest.mark.parametrize("k, channels, size", [(1, None, (400, 400)), (7, None, (400, 400)),
                                               (2, 3, (1200, 300)), (5, 3, (300, 1100))])
def test_the_mosaic_draws_any_k_and_lays_colour_out_for_larger_tiles(qtbot, k, channels, size):
    """Any k: tile (i, j) at rows k·i..; hover names position, channel and weight with the engine's
    value. Colour: R, G, B side by side in a wide panel, one under the other in a tall one."""
    from cnnviz.app.panels.mosaic_panel import MosaicPanel

    rng = np.random.default_rng(k)
    shape = (6, 5) + ((channels,) if channels else ()) + (k, k)
    tiles, biases = rng.normal(size=shape), rng.normal(size=(6, 5))
    panel = MosaicPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_tiles(tiles, 4.0, biases)
    engine = mosaic(tiles)
    if channels is None:
        np.testing.assert_array_equal(panel.data, engine)
        assert panel.grid_lines.path().elementCount() == 2 * (5 + 4)
    else:
        assert panel.down == (size[1] > size[0])  # the arrangement with the larger tiles
        step = panel.channel_step()
        for c in range(3):
            part = panel.data[c * step:c * step + 6 * k] if panel.down else panel.data[:, c * step:c * step + 5 * k]
            np.testing.assert_array_equal(part, engine[c])
        assert panel.plot.getAxis("left" if panel.down else "bottom").isVisible()
    for _ in range(5):
        i, j, r, q = rng.integers(6), rng.integers(5), rng.integers(k), rng.integers(k)
        c = rng.integers(3) if channels else None
        row, col = i * k + r, j * k + q
        if c is not None:
            row, col = (row + c * panel.channel_step(), col) if panel.down else (row, col + c * panel.channel_step())
        value = tiles[i, j, c, r, q] if c is not None else tiles[i, j, r, q]
        name = f"w[{'RGB'[c]}, {r},{q}]" if c is not None else f"w[{r},{q}]"
        text = numbers.panel_formatter(tiles)(value)
        assert f"position ({i}, {j}): {name} = <b>{text}</b>" in hover(panel, row, col)
    panel.close()


def test_changing_the_layer_while_comparing_starts_the_comparison_on_the_new_layer(qtbot, window):
    """A lecturer moving from slide one to the next ones with the comparison on: the stride box
    and the colour box start it again on the new layer, drawn with that layer's counts."""
    window.toggle_compare()
    mode, c = window.compare, window.controls
    mode.step(3)
    c.stride.setValue(2)
    qtbot.waitUntil(lambda: mode.model.config.stride == 2)
    assert mode.active and mode.model.step_count == 0 and mode.model.untied.positions == (15, 15)
    assert mode.model.config == window.config  # the lesson's new layer and its learning rate
    assert "10 × 225 positions" in mode.panel.counts.text() and mode.panel.mosaic.data.shape == (45, 45)
    c.color.setChecked(True)
    qtbot.waitUntil(lambda: mode.model.config.color)
    assert mode.model.untied.weights.shape == (15, 15, 3, 3, 3)
    assert "28 × 225 positions" in mode.panel.counts.text() and mode.panel.mosaic.channels == 3
    mode.step(2)
    np.testing.assert_array_equal(mode.panel.mosaic.tiles, mode.model.untied.weights)
