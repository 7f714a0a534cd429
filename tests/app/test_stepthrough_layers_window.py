"""The step-through on the next slides' layers (issue 23): stride, padding, kernel size, colour.

Every number read from the widgets against the engine, recomputed here from the snapshot the pass
was traced at: the patch is the padded image's window at (s*i, s*j), the contribution is δ × patch
(zero on the padding's cells), the buffer after the pass is the engine's dw, dx stops at the image.
"""

import numpy as np
import pytest
from PySide6 import QtCore

from cnnviz import images as imgs
from cnnviz import numbers
from cnnviz.engine import LessonConfig, Trainer, backward
from cnnviz.engine.conv import input_grad
from cnnviz.engine.trainer import default_lr
from tests.cells import SOBEL_5, texts

@pytest.fixture
def stepping(qtbot):
    """A window on a lesson with this layer (3 steps trained), in the step-through."""
    made = []

    def make(size=(1600, 900), **layer):
        from cnnviz.app.window import MainWindow

        config = LessonConfig(**layer)
        x = imgs.load_sample(imgs.DEFAULT_COLOR_SAMPLE if config.color else imgs.DEFAULT_SAMPLE, 32, config.color)
        trainer = Trainer(x, LessonConfig(**{**config.to_dict(), "lr": default_lr(x, config)}))
        trainer.step(3)
        w = MainWindow(trainer.images, "sample:x", trainer=trainer)
        qtbot.addWidget(w)
        w.show()
        w.resize(*size)
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.snapshot is not None and w.snapshot.step == 3)
        made.append(w)
        w.controls.stepthrough.click()
        qtbot.waitUntil(lambda: w.stepthrough.ready)
        assert w.stepthrough.active, w.last_error
        return w

    yield make
    for w in made:
        w.close()


class Reference:
    """The pass recomputed from the snapshot it was traced at, without the trace."""

    def __init__(self, snap):
        c = snap.config
        self.k, self.s, self.p = c.kernel_size, c.stride, c.padding_pixels
        self.x = snap.images[0]
        self.w, self.b = snap.weights, snap.bias
        self.delta = 2 * (snap.output[0] - snap.target[0])  # identity, reduction sum
        self.padded = np.pad(self.x, [(0, 0)] * (self.x.ndim - 2) + [(self.p, self.p)] * 2)
        self.grads = backward(self.x, self.w, self.delta, self.s, self.p)

    def cell(self, count):
        i, j = divmod(count - 1, self.delta.shape[1])
        return i, j

    def patch(self, i, j):
        k, s = self.k, self.s
        return self.padded[..., s * i:s * i + k, s * j:s * j + k]

    def dx_after(self, count):
        masked = self.delta.ravel().copy()
        masked[count:] = 0
        return input_grad(masked.reshape(self.delta.shape), self.w, self.x.shape, self.s, self.p)


def check_position(w, ref, count, positions):
    mode, panel = w.stepthrough, w.stepthrough.panel
    mode.seek(count)
    i, j = ref.cell(count)
    assert panel.counter.text() == f"position {count:,} of {positions:,}: row {i}, col {j} (rows and cols from 0)"
    patch, d = ref.patch(i, j), ref.delta[i, j]
    assert panel.patch.cell_texts() == texts(patch)
    assert panel.contrib.cell_texts() == texts(d * patch, d)
    assert panel.deltas.cell_texts() == texts(d * ref.w)
    # The input's receptive field: s pixels on per position, from (-p, -p).
    rect = w.input_panel.receptive_field.rect().getRect()
    assert rect == (ref.s * j - ref.p, ref.s * i - ref.p, ref.k, ref.k)
    np.testing.assert_allclose(w.input_grad_panel.image.image if ref.x.ndim == 2 else
                               w.input_grad_panel.image.image[:, :ref.x.shape[-1]],
                               ref.dx_after(count) if ref.x.ndim == 2 else ref.dx_after(count)[0],
                               rtol=1e-12, atol=1e-15)
    return i, j


def test_stride_2_padding_1_steps_over_output_positions_and_the_padding_adds_zero(stepping):
    w = stepping(stride=2, padding=1)
    ref = Reference(w.stepthrough.model.snapshot)
    assert ref.delta.shape == (16, 16)
    panel = w.stepthrough.panel
    # Position 1 sits on the corner: rows and cols -1 are padding, 5 of its 9 cells.
    check_position(w, ref, 1, 256)
    assert panel.patch.title_label.text() == "Patch x[-1:2, -1:2]: 5 of 9 are padding (0)"
    contrib = np.array(panel.contrib.cell_texts(), dtype=object)
    zero = numbers.panel_formatter(np.append(ref.delta[0, 0] * ref.patch(0, 0), ref.delta[0, 0]))(0.0)
    assert (contrib[0, :] == zero).all() and (contrib[:, 0] == zero).all()  # the padding's cells add 0
    for grid in (panel.patch, panel.contrib, panel.deltas):  # the image's edge outlined through the patch
        assert grid.edges[0].isVisible() and grid.edges[0].rect().getRect() == (1, 1, 2, 2)
    assert "the padding's cells add 0" in panel.contrib.footer.text()
    assert "the padding is not an input" in panel.deltas.footer.text()
    # Position 2 is 2 pixels on (stride 2); position 20 is in the middle: no padding, no outline.
    check_position(w, ref, 2, 256)
    i, j = check_position(w, ref, 20, 256)
    assert (i, j) == (1, 3) and not panel.patch.edges[0].isVisible()
    assert panel.patch.title_label.text() == "Patch x[1:4, 5:8]"
    # The end of the pass: the buffer is the engine's dw, the update table has the 10 rows.
    w.stepthrough.end()
    assert w.buffer_panel.cell_texts() == texts(ref.grads.dw, ref.grads.db)
    assert "after 256 of 256 positions" in w.buffer_panel.title_label.text()
    t = panel.update_table
    assert t.rowCount() == 10 and [t.item(r, 0).text() for r in range(10)][-1] == "b"
    assert "all 256 positions added into the buffer" in panel.numbers.text()


def test_full_padding_dx_stops_at_the_image(qtbot, stepping):
    w = stepping(size=(1280, 800), padding="full")  # a projector's WXGA
    ref = Reference(w.stepthrough.model.snapshot)
    assert ref.delta.shape == (34, 34)
    panel = w.stepthrough.panel
    check_position(w, ref, 1, 1156)
    # During the pass the grids have the room the empty update table would take: cells a class
    # can read, every number written whole (not shrunk to the 8 px floor).
    qtbot.wait(50)
    for grid in (panel.patch, panel.contrib, panel.deltas):
        cell = grid.plot.vb.sceneBoundingRect()
        assert cell.width() / 3 >= 36 and cell.height() / 3 >= 30, grid.key
        assert not grid.numbers_hidden and grid._font_px >= 10, grid.key  # the classroom's squeeze: 8
    assert panel.patch.title_label.text() == "Patch x[-2:1, -2:1]: 8 of 9 are padding (0)"
    assert panel.deltas.edges[0].rect().getRect() == (2, 2, 1, 1)
    dx = w.input_grad_panel.image.image  # one position added: only pixel (0, 0) of the image moved
    assert dx.shape == (32, 32) and np.count_nonzero(dx) == 1
    assert dx[0, 0] == pytest.approx(ref.delta[0, 0] * ref.w[2, 2], rel=1e-12)
    check_position(w, ref, 1156, 1156)  # the last position: the opposite corner
    np.testing.assert_allclose(w.input_grad_panel.image.image, ref.grads.dx, rtol=1e-10, atol=1e-12)
    assert w.buffer_panel.cell_texts() == texts(ref.grads.dw, ref.grads.db)


def test_colour_5x5_same_shows_a_grid_per_channel_and_76_parameters(qtbot, stepping):
    w = stepping(kernel_size=5, padding="same", color=True, target=SOBEL_5)
    ref = Reference(w.stepthrough.model.snapshot)
    panel = w.stepthrough.panel
    check_position(w, ref, 1, 1024)
    for grid in (panel.patch, panel.contrib, panel.deltas):
        assert grid.shape == (3, 5, 5) and [label.toPlainText() for label in grid.channel_labels] == ["R", "G", "B"]
        assert [e.isVisible() for e in grid.edges] == [True] * 3
    assert panel.patch.title_label.text() == "Patch x[:, -2:3, -2:3]: 16 of 25 are padding (0)"
    assert "same 76 parameters" in panel.numbers.text()
    # During the pass the grids have the tabs' room; the update table comes at the end.
    assert panel.deltas.isVisible() and not panel.tabs.isVisible()
    check_position(w, ref, 300, 1024)
    # The mouse over the buffer's B grid, cell (1, 2): that weight's map sums to its buffer value.
    buffer = w.buffer_panel
    x, y = buffer._corner(2)
    buffer._mouse_moved(buffer.plot.vb.mapViewToScene(QtCore.QPointF(x + 2.5, y + 1.5)))
    assert panel.weight_map.title_label.text() == "Contribution of w[2,1,2] at each position"
    np.testing.assert_allclose(panel.weight_map.data.sum(), w.stepthrough.model.buffer[2, 1, 2], rtol=1e-10)
    buffer._mouse_moved(buffer.plot.vb.mapViewToScene(QtCore.QPointF(-5, -5)))  # off the grids
    w.stepthrough.end()
    qtbot.waitUntil(lambda: panel.tabs.isVisible())
    assert w.buffer_panel.cell_texts() == texts(ref.grads.dw, ref.grads.db)
    t = panel.update_table
    assert t.rowCount() == 76 and t.item(75, 0).text() == "b" and t.item(0, 0).text() == "w[0,0,0]"
    assert "once for each of the 76 parameters" in panel.numbers.text()
    # The untied view: the R, G and B mosaics side by side, 32x32 tiles of 5x5 each; all tiles sum to the buffer.
    panel.tabs.setCurrentWidget(panel.untied_page)
    w.stepthrough.draw()
    mosaic = panel.untied_mosaic
    assert mosaic.data.shape == (160, 3 * 160)
    np.testing.assert_allclose(panel.tile_sum.values, ref.grads.dw, rtol=1e-10)
    row, col = 3 * 5 + 1, 2 * 160 + 7 * 5 + 4  # position (3, 7), B, w[2,1,4]
    contrib_b = ref.delta[3, 7] * ref.patch(3, 7)[2, 1, 4]
    assert mosaic.data[row, col] == pytest.approx(contrib_b, rel=1e-12)
    assert mosaic.hover_text(row, col).startswith("position (3, 7), B: ∂L/∂w[2,1,4] = ")
    panel.tabs.setCurrentWidget(panel.update_page)
    w.stepthrough.forward()  # at the end: the update, the filter the engine's one step on
    qtbot.waitUntil(lambda: w.stepthrough.model.count == 0 and w.stepthrough.model.trainer.step_count == 4)
    np.testing.assert_allclose(w.stepthrough.model.snapshot.weights, ref.w - w.config.lr * ref.grads.dw, rtol=1e-12)


def test_untied_tab_draws_the_layer_tiles(stepping):
    w = stepping(stride=2)
    panel, model = w.stepthrough.panel, w.stepthrough.model
    model.seek(17)
    panel.tabs.setCurrentWidget(panel.untied_page)
    w.stepthrough.draw()
    assert panel.untied_mosaic.data.shape == (45, 45)  # 15x15 positions of 3x3 tiles
    np.testing.assert_allclose(panel.tile_sum.values, model.buffer, rtol=1e-12, atol=1e-15)


def test_export_menu_writes_a_pass_of_a_strided_lesson(stepping, tmp_path):
    from PIL import Image

    from cnnviz.app.export_menu import ExportRequest

    w = stepping(stride=2, padding=1)
    panel = w.panels["buffer"]
    path = w.exporter.run(ExportRequest("buffer", tmp_path / "pass.gif", gif_mode="pass", frames=4, scale=2))
    assert path is not None, w.last_error
    gif = Image.open(path)
    assert gif.n_frames == 4 and gif.size == (2 * panel.width(), 2 * panel.height())
