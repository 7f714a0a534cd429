"""The main window: opens, trains on its worker thread, and shows the engine's numbers."""

import math

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from cnnviz.app.panels.params_card import dense_parameters
from cnnviz.app.theme import fmt
from cnnviz.engine import NAMED_KERNELS, LessonConfig, Trainer, backward
from cnnviz import numbers

def grid(values, *also):
    """A 3x3 panel's cell texts as a student reads them: one precision for the panel (and its footer)."""
    f = numbers.panel_formatter(np.append(np.asarray(values, dtype=float), also))
    return [[f(v) for v in row] for row in np.asarray(values, dtype=float)]




def _engine_after(image, steps, **config):
    t = Trainer(image, LessonConfig(**config))
    t.step(steps) if steps else None
    return t.snapshot(with_input_grad=True)


def test_opens_paused_at_step_zero_with_every_panel_drawn(window, sample_image):
    snap = window.snapshot
    assert snap.step == 0 and not window.worker.playing
    np.testing.assert_array_equal(window.input_panel.image.image, sample_image)
    assert window.output_panel.image.image.shape == (30, 30)
    assert window.input_grad_panel.image.image.shape == (32, 32)
    assert window.loss_panel.curve.getData()[0] is not None
    assert "step 0" in window.status_label.text() and "paused" in window.status_label.text()
    assert "922,500" in window.params_card.label.text() and "10 parameters" in window.params_card.label.text()


def test_cell_numbers_equal_the_engine_after_steps(qtbot, window, sample_image, wait_for_step):
    for _ in range(3):
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    wait_for_step(window, 3)
    window.refresh()
    engine = _engine_after(sample_image, 3)
    assert window.filter_panel.cell_texts() == grid(engine.weights, engine.bias)
    assert window.buffer_panel.cell_texts() == grid(engine.grad_filter, engine.grad_bias)
    decimals = len(window.buffer_panel.cell_texts()[0][0].partition(".")[2])  # one precision for the panel
    np.testing.assert_allclose(np.array(window.buffer_panel.cell_texts(), float), engine.grad_filter,
                               atol=0.51 * 10.0 ** -decimals)
    assert f"<b>{grid([[engine.bias]], engine.weights.ravel())[0][0]}</b>" in window.filter_panel.footer.text()
    assert f"<b>{grid([[engine.grad_bias]], engine.grad_filter.ravel())[0][0]}</b>" in window.buffer_panel.footer.text()
    np.testing.assert_allclose(window.output_panel.image.image, engine.output[0], rtol=1e-12)
    np.testing.assert_allclose(window.input_grad_panel.image.image, engine.input_grad[0], rtol=1e-12)
    # The buffer is the engine's backward pass at the shown weights.
    g = backward(sample_image, engine.weights, engine.delta[0])
    np.testing.assert_allclose(window.snapshot.grad_filter, g.dw, rtol=1e-12)


def test_play_pause_reset_and_new_start(qtbot, window, wait_for_step):
    start = window.snapshot.weights.copy()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.snapshot.step > 20, timeout=5000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.worker.playing)
    assert not np.allclose(window.snapshot.weights, start)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    wait_for_step(window, 0)
    window.refresh()
    np.testing.assert_array_equal(window.snapshot.weights, start)
    assert window.filter_panel.cell_texts() == grid(start, window.snapshot.bias)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R, QtCore.Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.snapshot.config.seed == 1)
    assert not np.allclose(window.snapshot.weights, start)


def test_settings_apply_between_steps(qtbot, window):
    c = window.controls
    c.lr.setValue(1e-4)
    c.optimizer.setCurrentText("momentum")
    c.reduction.setCurrentText("mean")
    qtbot.waitUntil(lambda: window.snapshot.config.reduction == "mean")
    cfg = window.snapshot.config
    assert (cfg.lr, cfg.optimizer) == (1e-4, "momentum")
    c.target.setCurrentIndex(c.target.findData("laplacian"))
    c.target.activated.emit(c.target.currentIndex())
    qtbot.waitUntil(lambda: window.snapshot.config.target == "laplacian")
    np.testing.assert_array_equal(window.snapshot.target_kernel, NAMED_KERNELS["laplacian"])
    c.kernel_text.setText("0,0,0;0,2,0;0,0,0")
    c.kernel_text.returnPressed.emit()
    qtbot.waitUntil(lambda: window.snapshot.config.target == "0,0,0;0,2,0;0,0,0")
    np.testing.assert_allclose(window.snapshot.target, 2 * window.snapshot.images[:, 1:-1, 1:-1])


def test_bad_kernel_text_shows_dialog_and_changes_nothing(qtbot, window):
    before = window.snapshot.config
    window.controls.kernel_text.setText("1,2;3,x")
    window.controls.kernel_text.returnPressed.emit()
    assert "not a number" in window.last_error or "3 rows" in window.last_error
    assert window._dialog is not None and window._dialog.isVisible()
    window._dialog.close()
    qtbot.wait(100)
    assert window.snapshot.config == before and window.config == before


def test_bad_image_shows_dialog_and_changes_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"this is not a png")
    before = window.snapshot.images.copy()
    assert not window.open_path(bad)
    assert "broken.png" in window.last_error
    window._dialog.close()
    qtbot.wait(100)
    np.testing.assert_array_equal(window.snapshot.images, before)


def test_open_image_and_sample(qtbot, window, tmp_path):
    from PIL import Image

    arr = (np.add.outer(np.arange(40), np.arange(40)) % 7 * 36).astype(np.uint8)
    Image.fromarray(arr).save(tmp_path / "mine.png")
    assert window.open_path(tmp_path / "mine.png")
    qtbot.waitUntil(lambda: not np.allclose(window.snapshot.images[0, :4, :4], window.input_panel.image.image[:4, :4])
                    or window.snapshot.images.shape == (1, 32, 32))
    qtbot.waitUntil(lambda: window.controls.sample.currentText() == "mine.png")
    c = window.controls
    c.sample.setCurrentIndex(c.sample.findData("circle"))
    c.sample.activated.emit(c.sample.currentIndex())
    from cnnviz import images

    qtbot.waitUntil(lambda: np.array_equal(window.snapshot.images[0], images.load_sample("circle")))


def test_divergence_pauses_and_keeps_finite_state(qtbot, window):
    window.controls.lr.setValue(50.0)
    qtbot.waitUntil(lambda: window.snapshot.config.lr == 50.0)
    window.command("play")
    qtbot.waitUntil(lambda: "diverged" in window.last_error, timeout=5000)
    assert not window.worker.playing
    assert math.isfinite(window.snapshot.loss) and np.all(np.isfinite(window.snapshot.weights))
    assert "learning rate" in window.last_error
    window._dialog.close()


def test_hover_output_cell_outlines_receptive_field(qtbot, window):
    window.output_panel.cell_hovered.emit(7, 12)
    rect = window.input_panel.receptive_field.rect()
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == (12, 7, 3, 3)


def test_hover_shows_value(qtbot, window):
    panel = window.output_panel
    panel._show_hover(4, 5)
    out = window.snapshot.output[0]
    assert f"<b>{numbers.panel_formatter(out)(out[4, 5])}</b>" in panel.footer.text()
    assert "row 4, col 5" in panel.footer.text()


def test_close_mid_training_joins_worker_quickly(qtbot, window):
    window.command("play")
    qtbot.waitUntil(lambda: window.snapshot.step > 5, timeout=5000)
    import time

    t0 = time.perf_counter()
    window.close()
    assert time.perf_counter() - t0 < 1.0
    assert not window.workers.thread.isRunning()


def test_dense_parameter_count():
    assert dense_parameters(32, 32) == 922_500  # 1024 x 900 + 900


def test_loss_keeps_about_three_significant_digits():
    assert [fmt(v) for v in (0.0, 0.13749, -1.0124, 48.9291, -583.691, 1234.5, 0.00042, 2e-15)] == [
        "0", "0.137", "-1.01", "48.9", "-584", "1.23e+03", "4.20e-04", "2.00e-15"]


def test_bright_image_lowers_the_learning_rate(qtbot, window, tmp_path):
    from PIL import Image

    from cnnviz.engine import stable_lr

    pixels = (230 + np.random.default_rng(0).random((32, 32)) * 25).astype(np.uint8)
    Image.fromarray(pixels).save(tmp_path / "bright.png")
    assert window.open_path(tmp_path / "bright.png")
    from cnnviz.images import load_image

    limit = stable_lr(load_image(tmp_path / "bright.png"))
    qtbot.waitUntil(lambda: window.snapshot.config.lr < 2e-4)
    assert window.snapshot.config.lr == pytest.approx(0.5 * limit)
    assert window.controls.lr.value() == pytest.approx(0.5 * limit)
    assert "lowered" in window.statusBar().currentMessage()


def test_opens_at_a_watchable_pace_and_remembers_the_speed(qtbot, sample_image):
    from cnnviz.app.controls import SPEEDS
    from cnnviz.app.preferences import Preferences
    from cnnviz.app.window import MainWindow

    w = MainWindow(sample_image, "sample:shapes", LessonConfig())
    qtbot.addWidget(w)
    assert 10 <= SPEEDS[w.controls.speed.value()] <= 20
    qtbot.waitUntil(lambda: w.worker.speed == SPEEDS[w.controls.speed.value()])
    assert w.controls.speed_label.text() == "20 updates/s"
    # Full speed is one move of the slider away; + and - change it one notch (also in presenter mode).
    w.controls.speed.setValue(w.controls.speed.maximum())
    assert w.controls.speed_label.text() == "full speed"
    w.command("slower")
    qtbot.waitUntil(lambda: w.worker.speed == SPEEDS[-2])
    w.close()
    assert Preferences().speed == SPEEDS[-2]
    again = MainWindow(sample_image, "sample:shapes", LessonConfig())
    qtbot.addWidget(again)
    assert again.controls.speed.value() == len(SPEEDS) - 2 and again.presenter.speed.text() == "5,000 updates/s"
    again.close()


def test_a_typed_learning_rate_out_of_range_says_so_and_shows_the_one_in_force(qtbot, window):
    box = window.controls.lr
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "1e6")
    qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)
    box.clearFocus()  # editing ends
    qtbot.waitUntil(lambda: "1e6" in window.last_error)
    assert "it stays 0.0002" in window.last_error and box.text() == "0.0002"
    assert window.config.lr == 2e-4
    window._dialog.close()


def test_another_image_starts_a_new_history(qtbot, window, wait_for_step):
    window.command("step")
    window.command("step")
    wait_for_step(window, 2)
    assert list(window.worker.latest().history_steps) == [0, 1]
    c = window.controls
    c.sample.setCurrentIndex(c.sample.findData("circle"))
    c.sample.activated.emit(c.sample.currentIndex())
    qtbot.waitUntil(lambda: len(window.worker.latest().history_steps) == 0)
    window.command("step")
    qtbot.waitUntil(lambda: list(window.worker.latest().history_steps) == [2])  # no cliff: the curve starts anew


def test_the_input_panel_says_what_became_of_the_picture(qtbot, window, tmp_path):
    from PIL import Image

    import re

    def footer():
        return re.sub("<[^>]+>", "", window.input_panel.footer.text())  # the words, without the colour

    assert "sample 'shapes'" in footer()
    Image.new("RGB", (200, 150), "gray").save(tmp_path / "photo.jpg")
    assert window.open_path(tmp_path / "photo.jpg")
    assert footer() == "200x150 photo, centre 150x150 square resampled to 32x32"
    window.light_action.trigger()  # the rebuilt panels say it too
    assert footer() == "200x150 photo, centre 150x150 square resampled to 32x32"
