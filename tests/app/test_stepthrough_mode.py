"""The step-through mode in the window: every number shown equals the engine's trace."""

import numpy as np
import pytest
from PySide6 import QtCore

from cnnviz.app.panels.base import block_mean
from cnnviz.app.theme import fmt
from cnnviz.engine import LessonConfig, Trainer, forward, trace
from cnnviz import numbers

def grid(values, *also):
    """A 3x3 panel's cell texts as a student reads them: one precision for the panel (and its footer)."""
    f = numbers.panel_formatter(np.append(np.asarray(values, dtype=float), also))
    return [[f(v) for v in row] for row in np.asarray(values, dtype=float)]



@pytest.fixture
def stepping(qtbot, window, wait_for_step):
    window.worker.send("step", 5)
    wait_for_step(window, 5)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
    assert window.stepthrough.active
    return window


def _engine_trace(image, steps):
    t = Trainer(image, LessonConfig())
    t.step(steps)
    s = t.snapshot()
    return t, s, trace(s.images, s.weights, s.delta)


def _texts(grid):
    return grid.cell_texts()


def _check_position(window, image, count, tr, snap):
    mode = window.stepthrough
    p = count - 1
    i, j = tr.positions[p]
    panel = mode.panel
    assert panel.counter.text() == f"position {count} of 900: row {i}, col {j} (rows and cols from 0)"
    assert _texts(panel.patch) == grid(image[i:i + 3, j:j + 3])
    assert _texts(panel.contrib) == grid(tr.dw_contrib[p], tr.delta[p])
    assert _texts(panel.deltas) == grid(tr.delta[p] * snap.weights)
    running = sum(tr.dw_contrib[q] for q in range(count))  # the literal sum, position by position
    np.testing.assert_allclose(tr.dw_running[p], running, rtol=1e-12, atol=1e-12)
    assert _texts(window.buffer_panel) == grid(tr.dw_running[p], tr.db_running[p])
    f = numbers.panel_formatter(np.append(tr.dw_running[p], tr.db_running[p]))
    assert f"<b>{f(tr.db_running[p])}</b>" in window.buffer_panel.footer.text()
    if count == 900:  # the pass is complete: the numbers column says what the update does
        assert panel.numbers.text().startswith("<b>Pass complete:</b> all 900 positions added")
    else:
        assert f"δ = ∂L/∂y = 2(y − T) = <b>{numbers.fmt_value(tr.delta[p])}</b>" in panel.numbers.text()
        y = numbers.panel_formatter([snap.output[0, i, j], snap.target[0, i, j]])
        assert f"y = w · patch + b = <b>{y(snap.output[0, i, j])}</b>" in panel.numbers.text()
    np.testing.assert_allclose(window.input_grad_panel.image.image, tr.dx_after(count)[0], rtol=1e-12, atol=1e-15)
    rect = window.input_panel.receptive_field.rect()
    assert (rect.x(), rect.y()) == (j, i)


def test_positions_forward_back_and_scrub(qtbot, stepping, sample_image):
    window = stepping
    _, snap, tr = _engine_trace(sample_image, 5)
    mode = window.stepthrough
    for _ in range(3):
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    _check_position(window, sample_image, 3, tr, snap)
    mode.panel.scrubber.setValue(417)
    _check_position(window, sample_image, 417, tr, snap)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Left)
    _check_position(window, sample_image, 416, tr, snap)
    mode.panel.step_size.setCurrentIndex(mode.panel.step_size.findData("row"))
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    _check_position(window, sample_image, 420, tr, snap)  # the end of row 13
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Left)
    _check_position(window, sample_image, 390, tr, snap)  # the end of row 12
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    _check_position(window, sample_image, 900, tr, snap)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Home)
    assert mode.panel.counter.text() == "position 0 of 900: nothing added yet"
    assert _texts(window.buffer_panel) == [["0.000"] * 3] * 3


def test_update_rows_then_update_equals_a_training_step(qtbot, stepping, sample_image):
    window = stepping
    mode = window.stepthrough
    engine, snap, tr = _engine_trace(sample_image, 5)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    table = mode.panel.update_table
    lr = snap.config.lr
    values = np.append(snap.weights.ravel(), snap.bias)
    buffers = np.append(tr.dw_running[-1].ravel(), tr.db_running[-1])
    news = values - lr * buffers  # one precision per column (one quantity each)
    for k in range(10):
        assert table.item(k, 1).text() == numbers.cells(snap.weights.ravel().tolist() + [snap.bias])[k]
        assert table.item(k, 2).text() == numbers.cells(buffers)[k]
        assert table.item(k, 3).text() == numbers.cells(news)[k]
    assert "'mean' needs lr × 900 for the same update" in mode.panel.numbers.text()
    assert "w ← w − lr × buffer (lr = 0.0002)" in mode.panel.numbers.text()
    mode.panel.step_size.setCurrentIndex(mode.panel.step_size.findData("update"))
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)  # apply the update
    engine.step()
    np.testing.assert_allclose(mode.trainer.params, engine.params, rtol=1e-12)
    qtbot.waitUntil(lambda: window.snapshot.step == 6)
    np.testing.assert_allclose(window.snapshot.weights, engine.weights, rtol=1e-12)
    assert mode.panel.counter.text() == "position 0 of 900: nothing added yet"
    # Back one update is exact: the state before it, at the end of its pass.
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Left)
    np.testing.assert_array_equal(mode.trainer.weights, snap.weights)
    assert mode.model.count == 900
    qtbot.waitUntil(lambda: window.snapshot.step == 5)


def test_check_gradient_and_overwrite(qtbot, stepping):
    window = stepping
    mode = window.stepthrough
    qtbot.keyClick(window, QtCore.Qt.Key.Key_G)
    table = mode.panel.check_table
    assert table.rowCount() == 10
    errors = [float(table.item(k, 3).text()) for k in range(10)]
    assert max(errors) < 1e-5
    mode.panel.overwrite.setChecked(True)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    last = mode.model.trace.dw_contrib[-1]
    assert _texts(window.buffer_panel) == grid(last)
    # Every sentence true for the setting: the contribution replaces the buffer, it is not added.
    assert mode.panel.contrib.title_label.text().startswith("δ · patch → replaces the buffer")
    mode.panel.overwrite.setChecked(False)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    assert mode.panel.contrib.title_label.text().startswith("δ · patch → added into the buffer")
    mode.panel.overwrite.setChecked(True)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_G)
    assert max(float(table.item(k, 3).text()) for k in range(10)) > 0.5


def test_hover_weight_outlines_pixels_and_map_sums_to_buffer(qtbot, stepping):
    window = stepping
    mode = window.stepthrough
    mode.seek(500)
    window.filter_panel.cell_hovered.emit(1, 2)
    rect = window.input_panel.region.rect()
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == (2, 1, 30, 30)
    data = mode.panel.weight_map.image.image
    assert data.shape == (30, 30)
    assert data.sum() == pytest.approx(mode.model.buffer[1, 2], rel=1e-12)
    f = numbers.panel_formatter([data.sum(), mode.model.buffer[1, 2]])
    assert f"= buffer value <b>{f(mode.model.buffer[1, 2])}</b>" in mode.panel.weight_map.footer.text()


def test_settings_change_retraces(qtbot, stepping):
    window = stepping
    window.configure(target="laplacian")
    assert window.stepthrough.active and window.stepthrough.model.count == 0
    assert window.stepthrough.model.config.target == "laplacian"
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.stepthrough.active and window.loss_panel.isVisible()


def test_large_native_image_steps_without_position_loops(qtbot, window):
    rng = np.random.default_rng(0)
    big = rng.random((300, 300))
    window.set_images(big, "random 300x300")
    qtbot.waitUntil(lambda: window.snapshot.images.shape == (1, 300, 300))
    window.toggle_stepthrough()
    mode = window.stepthrough
    assert mode.model.P == 298 * 298
    mode.seek(50_000)
    i, j = divmod(49_999, 298)
    assert mode.panel.counter.text() == f"position 50,000 of 88,804: row {i}, col {j} (rows and cols from 0)"
    panel = window.input_grad_panel
    np.testing.assert_allclose(panel.data, mode.model.trace.dx_after(50_000)[0])  # hover reads every cell
    # Drawn at the screen's resolution: 300x300 cells on fewer pixels are averaged in blocks.
    factor = panel.display_factor()
    assert factor == int(min(300 / (panel.plot.vb.height() * panel.devicePixelRatioF()),
                             300 / (panel.plot.vb.width() * panel.devicePixelRatioF())))
    np.testing.assert_allclose(panel.image.image, block_mean(panel.data, factor) if factor > 1 else panel.data)
    window.toggle_stepthrough()


def test_batch_step_through_crosses_images(qtbot, window, tmp_path):
    from PIL import Image

    for name, seed in (("a.png", 1), ("b.png", 2)):
        pixels = (np.random.default_rng(seed).random((32, 32)) * 255).astype(np.uint8)
        Image.fromarray(pixels).save(tmp_path / name)
    assert window.open_path(tmp_path)
    qtbot.waitUntil(lambda: window.snapshot.images.shape == (2, 32, 32))
    window.toggle_stepthrough()
    mode = window.stepthrough
    assert mode.model.P == 1800
    mode.seek(901)  # the first position of the second image
    assert mode.panel.counter.text() == "position 901 of 1,800: image 2 of 2, row 0, col 0 (rows and cols from 0)"
    assert window.controls.image_index.value() == 2  # the maps follow the image being traced
    tr = mode.model.trace
    np.testing.assert_array_equal(window.input_panel.image.image, window.snapshot.images[1])
    assert _texts(mode.panel.contrib) == grid(tr.dw_contrib[900])
    # The buffer sums over images as well as positions.
    np.testing.assert_allclose(tr.dw_running[900], tr.dw_contrib[:901].sum(axis=0), rtol=1e-12)
    assert _texts(window.buffer_panel) == grid(tr.dw_running[900])
    # The untied tab has 900 tiles (one per position of an image): its count is of tiles, and a
    # batch's positions add into the same tiles (issue 19: it said "901 of 1,800 filled in").
    mode.panel.tabs.setCurrentWidget(mode.panel.untied_page)
    assert mode.panel.untied_mosaic.tiles.shape[:2] == (30, 30)
    assert mode.panel.untied_mosaic.title_label.text().endswith(
        "(900 of 900 filled in; each tile sums its position over the 2 images: 901 of 1,800 added)")
    mode.seek(450)
    assert mode.panel.untied_mosaic.title_label.text().endswith("(450 of 900 filled in; each tile sums its "
                                                                "position over the 2 images: 450 of 1,800 added)")
    window.toggle_stepthrough()


def _slow_traces(monkeypatch):
    """Every trace counts as large, and a new one waits until the test releases it (as a million
    positions would take a while). Returns the release event."""
    import threading

    from cnnviz import stepthrough
    from cnnviz.app import stepthrough_mode

    release = threading.Event()

    class Slow(stepthrough.StepThrough):
        def prepare(self):
            release.wait(10)
            super().prepare()

    monkeypatch.setattr(stepthrough_mode, "SYNC_POSITIONS", 0)
    monkeypatch.setattr(stepthrough, "StepThrough", Slow)  # (the mode imports it when it builds one)
    return release


def test_a_large_trace_is_built_off_the_gui_thread(qtbot, window, monkeypatch):
    """Above SYNC_POSITIONS the trace is built on a thread: the mode waits for it, keys wait too."""
    release = _slow_traces(monkeypatch)
    window.toggle_stepthrough()
    mode = window.stepthrough
    assert mode.active and not mode.ready and mode.job is not None
    qtbot.wait(100)  # the window keeps drawing meanwhile
    mode.forward()  # ignored until the trace is there
    release.set()
    qtbot.waitUntil(lambda: mode.ready, timeout=10000)
    assert mode.model.count == 0
    snap = window.snapshot
    t = trace(snap.images, snap.weights, snap.delta)
    mode.end()
    assert np.array_equal(mode.model.buffer, t.dw_running[-1])
    # The update also runs off the GUI thread, and Left takes it back exactly.
    weights = window.worker.latest().weights.copy()
    mode.forward()
    qtbot.waitUntil(lambda: mode.ready and window.worker.latest().step == 1, timeout=10000)
    mode.panel.step_size.setCurrentIndex(mode.panel.step_size.findData("update"))
    mode.back()
    qtbot.waitUntil(lambda: mode.ready and window.worker.latest().step == 0, timeout=10000)
    assert np.array_equal(window.worker.latest().weights, weights)
    window.toggle_stepthrough()
    assert not mode.active


def test_cancelling_a_large_trace_leaves_the_step_through(qtbot, window, monkeypatch):
    release = _slow_traces(monkeypatch)
    window.toggle_stepthrough()
    job = window.stepthrough.job
    from PySide6 import QtWidgets

    job.dialog.findChild(QtWidgets.QPushButton).click()  # the dialog's Cancel button
    assert not window.stepthrough.active and not window.controls.stepthrough.isChecked()
    assert window.panels["loss"].isVisible()
    release.set()


def test_a_big_folder_loads_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    from PIL import Image

    from cnnviz.app import file_actions

    monkeypatch.setattr(file_actions, "BACKGROUND_BYTES", 0)
    rng = np.random.default_rng(3)
    for i in range(3):
        Image.fromarray(rng.integers(0, 256, (40, 50), dtype=np.uint8)).save(tmp_path / f"{i}.png")
    assert window.open_path(tmp_path)
    assert window.files.job is not None
    qtbot.waitUntil(lambda: window.worker.latest().images.shape == (3, 32, 32), timeout=10000)
    assert window.controls.sample.currentText() == tmp_path.name
    (tmp_path / "3.png").write_bytes(b"not an image")
    assert window.open_path(tmp_path)  # started; the error comes as a dialog, nothing changes
    qtbot.waitUntil(lambda: "3.png" in window.last_error, timeout=10000)
    assert window.worker.latest().images.shape == (3, 32, 32)
    window._dialog.close()


def test_a_step_through_over_the_memory_budget_says_so_and_changes_nothing(qtbot, window, monkeypatch, tmp_path):
    from cnnviz import stepthrough
    from cnnviz.app.export_menu import ExportRequest

    monkeypatch.setattr(stepthrough, "MAX_TRACE_BYTES", 1000)  # the 900-position lesson is now too big
    window.toggle_stepthrough()
    assert not window.stepthrough.active and not window.controls.stepthrough.isChecked()
    assert window.last_error.startswith("the step-through of 900 positions needs") and "more than the limit" in window.last_error
    assert window.panels["loss"].isVisible()
    window._dialog.close()
    # The pass animation from File > Export says the same instead of failing inside.
    assert window.exporter.run(ExportRequest("buffer", tmp_path / "pass.gif", gif_mode="pass", frames=3)) is None
    assert "more than the limit" in window.last_error and not (tmp_path / "pass.gif").exists()
    window._dialog.close()
