"""Shared vs untied in the window: every number shown equals the engine's, and the story holds
(the shared filter carries over to a new image, the untied layer does not)."""

import math
import random
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtCore, QtWidgets

from cnnviz.app.theme import fmt
from cnnviz.comparison import SHIFTED
from cnnviz.engine import LessonConfig, Trainer, trace
from cnnviz.engine.untied import UntiedTrainer, generalisation, mosaic, mosaic_cell, shifted, untied_grad_after
from cnnviz import numbers

def grid(values, *also):
    """A 3x3 panel's cell texts as a student reads them: one precision for the panel (and its footer)."""
    f = numbers.panel_formatter(np.append(np.asarray(values, dtype=float), also))
    return [[f(v) for v in row] for row in np.asarray(values, dtype=float)]



@pytest.fixture
def comparing(qtbot, window):
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_C)
    assert window.compare.active
    return window


def _engine_pair(image, steps, config=LessonConfig()):
    """An independent shared Trainer and UntiedTrainer (untied lr 10x), each stepped `steps` times."""
    shared, untied = Trainer(image, config), UntiedTrainer(image, replace(config, lr=config.lr * 10))
    shared.step(steps)
    untied.step(steps)
    return shared, untied


def test_entering_shows_the_panel_with_the_counts_and_leaving_restores_the_board(qtbot, comparing):
    window = comparing
    panel = window.compare.panel
    assert panel.isVisible() and window.controls.compare.isChecked()
    assert not any(p.isVisible() for p in window.panels.values())
    text = panel.counts.text()
    for number in ("<b>10</b>", "<b>9,000</b>", "<b>922,500</b>"):
        assert number in text
    assert panel.loss.legend_names() == ["shared (10 parameters)", "untied (9,000 parameters)"]
    assert panel.untied_lr.value() == pytest.approx(10 * window.config.lr)
    assert "ONE position's gradient" in panel.untied_lr.toolTip()
    assert "paused while comparing" in panel.note.text()
    assert not window.worker.playing
    qtbot.keyClick(window, QtCore.Qt.Key.Key_C)
    assert not window.compare.active and not panel.isVisible()
    assert all(p.isVisible() for p in window.panels.values())


def test_stepping_updates_both_layers_exactly_like_the_engine(qtbot, comparing, sample_image):
    window = comparing
    worker_step = window.snapshot.step
    for _ in range(3):
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    window.controls.step.click()  # the Step button also steps the comparison, not the lesson
    window.compare.step(46)
    model = window.compare.model
    shared, untied = _engine_pair(sample_image, 50)
    np.testing.assert_array_equal(model.shared.params, shared.params)
    np.testing.assert_array_equal(model.untied.params, untied.params)
    assert model.shared.loss() == shared.loss() and model.untied.loss() == untied.loss()
    panel = window.compare.panel
    assert panel.filter.cell_texts() == grid(shared.weights, shared.bias)
    assert f"shared L = <b style='color:#56B4E9'>{fmt(shared.loss())}</b>" in panel.loss.footer.text()
    assert f"untied L = <b style='color:#E69F00'>{fmt(untied.loss())}</b>" in panel.loss.footer.text()
    assert "step <b>50</b>" in panel.counter.text()
    # The lesson's run did not move, and R resets the comparison only.
    window.refresh()
    assert window.snapshot.step == worker_step
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    assert model.shared.step_count == 0 and model.untied.step_count == 0


def test_mosaic_is_the_engines_mosaic_and_hover_names_position_and_weight(qtbot, comparing, sample_image):
    window = comparing
    window.compare.step(30)
    panel = window.compare.panel
    untied = window.compare.model.untied
    np.testing.assert_array_equal(panel.mosaic.image.image, mosaic(untied.weights))
    assert panel.mosaic.image.image.shape == (90, 90)
    assert panel.mosaic.image.levels.tolist() == [-2.0, 2.0]  # Sobel-x's max |value|, like the filter panel
    assert panel.mosaic.grid_lines.isVisible() and panel.mosaic.grid_lines.path().elementCount() == 2 * 58
    row, col = 41, 77
    scene = panel.mosaic.plot.vb.mapViewToScene(QtCore.QPointF(col + 0.5, row + 0.5))
    panel.mosaic._mouse_moved(scene)
    i, j, r, c = mosaic_cell(row, col)
    assert (i, j, r, c) == (13, 25, 2, 2)
    footer = panel.mosaic.footer.text()
    cell = numbers.panel_formatter(panel.mosaic.data)(untied.weights[i, j, r, c])  # the mosaic's one precision
    assert f"position ({i}, {j}): w[{r},{c}] = <b>{cell}</b>" in footer
    assert f"its own bias = {numbers.panel_formatter(untied.biases)(untied.biases[i, j])}" in footer


def test_generalisation_button_shows_and_prints_both_errors(qtbot, comparing, sample_image, capsys):
    window = comparing
    window.compare.step(300)
    panel = window.compare.panel
    panel.test_choice.setCurrentIndex(panel.test_choice.findData(SHIFTED))
    panel.test_button.click()
    shared, untied = _engine_pair(sample_image, 300)
    r = generalisation(shared, untied, shifted(sample_image, 3, 3))
    line = f"error (loss) on the new image: shared {fmt(r.shared_loss)}, untied {fmt(r.untied_loss)}"
    assert panel.error_line(window.compare.model) == line
    text = panel.result.text()
    assert f">{fmt(r.shared_loss)}</b>" in text and f">{fmt(r.untied_loss)}</b>" in text
    assert r.untied_loss > 100 * r.shared_loss  # the shared filter carries over, the untied one does not
    np.testing.assert_array_equal(panel.test_target.image.image, r.target[0])
    np.testing.assert_array_equal(panel.test_shared.image.image, r.shared_output[0])
    np.testing.assert_array_equal(panel.test_untied.image.image, r.untied_output[0])
    # Compared by eye on one scale: no colour bar over the maps (drawing a map must not bring it back).
    assert not any(p.colorbar.isVisible() for p in (panel.test_image, panel.test_target, panel.test_shared,
                                                      panel.test_untied))
    out = capsys.readouterr().out
    assert f"shared loss {r.shared_loss:.6g}, untied loss {r.untied_loss:.6g}" in out
    # A bundled sample, then the test follows training.
    from cnnviz import images

    panel.test_choice.setCurrentIndex(panel.test_choice.findData("circle"))
    panel.test_button.click()
    window.compare.step(10)
    shared.step(10)
    untied.step(10)
    r = generalisation(shared, untied, images.load_sample("circle"))
    assert f">{fmt(r.shared_loss)}</b>" in panel.result.text() and r.untied_loss > 100 * r.shared_loss
    qtbot.keyClick(window, QtCore.Qt.Key.Key_R)
    assert "never saw" in panel.result.text()


def test_play_trains_both_in_the_gui_and_space_pauses(qtbot, comparing):
    window = comparing
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert window.compare.playing and not window.worker.playing
    qtbot.waitUntil(lambda: window.compare.model.step_count > 200, timeout=5000)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert not window.compare.playing
    model = window.compare.model
    assert model.shared.step_count == model.untied.step_count
    steps = model.step_count
    qtbot.wait(100)
    assert model.step_count == steps
    assert "steps/s" not in window.status_label.text() and "paused" in window.status_label.text()


def test_untied_lr_box_changes_only_the_untied_layer(qtbot, comparing):
    window = comparing
    model = window.compare.model
    window.compare.panel.untied_lr.setValue(5e-3)
    assert model.untied.config.lr == 5e-3 and model.shared.config.lr == window.config.lr
    window.compare.step(5)  # kept while training
    assert model.untied.config.lr == 5e-3


def test_divergence_pauses_with_a_dialog_and_keeps_finite_state(qtbot, comparing):
    window = comparing
    mode = window.compare
    mode.panel.untied_lr.setValue(50.0)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not mode.playing, timeout=5000)
    assert "untied layer diverged" in window.last_error
    assert window._dialog is not None and window._dialog.isVisible()
    assert np.all(np.isfinite(mode.model.untied.params)) and np.all(np.isfinite(mode.model.shared.params))
    window._dialog.close()
    # The lesson's learning rate is the shared filter's: too large, and the shared one diverges.
    window.configure(lr=5e-3)
    assert mode.active and mode.model.step_count == 0  # the comparison starts again with it
    assert mode.model.untied_lr == pytest.approx(5e-2)
    mode.step(200)
    assert window.last_error.startswith("The shared filter: training diverged")
    assert np.all(np.isfinite(mode.model.shared.params))


def test_step_through_untied_view_fills_one_tile_per_position(qtbot, window, wait_for_step, sample_image):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.worker.send("step", 5)
    wait_for_step(window, 5)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
    mode = window.stepthrough
    panel = mode.panel
    panel.tabs.setCurrentWidget(panel.untied_page)
    t = Trainer(sample_image, LessonConfig())
    t.step(5)
    s = t.snapshot()
    tr = trace(s.images, s.weights, s.delta)
    for count in (1, 2, 417, 900):
        mode.seek(count)
        tiles = panel.untied_mosaic.tiles
        np.testing.assert_array_equal(tiles, untied_grad_after(s.images, s.delta, count))
        flat = tiles.reshape(900, 3, 3)
        assert not np.any(flat[count:])  # positions not reached yet are zero
        assert np.all(np.any(flat[:count] != 0, axis=(1, 2)))
        np.testing.assert_allclose(flat[count - 1], tr.dw_contrib[count - 1], rtol=1e-12)  # δ·patch
        np.testing.assert_allclose(tiles.sum(axis=(0, 1)), mode.model.buffer, rtol=1e-9, atol=1e-12)
        assert panel.tile_sum.cell_texts() == window.buffer_panel.cell_texts()  # the numbers the class reads
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Home)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
    flat = panel.untied_mosaic.tiles.reshape(900, 3, 3)
    assert np.count_nonzero(np.any(flat != 0, axis=(1, 2))) == 1  # one step: only that position's tile
    rect = panel.untied_mosaic.marker.rect()
    assert (rect.x(), rect.y(), rect.width()) == (0, 0, 3)
    # Entering the comparison leaves the step-through.
    qtbot.keyClick(window, QtCore.Qt.Key.Key_C)
    assert window.compare.active and not mode.active and not panel.isVisible()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.compare.active and window.loss_panel.isVisible()


def test_theme_switch_and_close_while_playing(qtbot, comparing):
    window = comparing
    window.compare.toggle_play()
    qtbot.wait(60)
    window.set_theme("light")
    assert not window.compare.active and window.compare.panel.theme.name == "light"
    assert window.loss_panel.isVisible()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_C)
    window.compare.toggle_play()
    qtbot.wait(60)
    window.close()  # the fixture checks that nothing is left running or open
    assert not window.compare.timer.isActive()


def test_export_panel_compare_png(capsys, tmp_path):
    from cnnviz.cli import main

    out = tmp_path / "compare.png"
    code = main(["export", "--panel", "compare", "--steps", "200", "--seed", "2", "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "shared loss" in stdout and "untied loss" in stdout and stdout.strip().endswith(f"wrote {out}")
    im = Image.open(out)
    assert im.size == (1280, 720)
    assert len(im.convert("RGB").getcolors(1 << 22)) > 200
    assert main(["export", "--panel", "compare", "--out", str(tmp_path / "c.gif")]) != 0
    assert "a still" in capsys.readouterr().err


def test_small_monkey_in_the_comparison(qtbot, window):
    """Random keys and widgets of both modes: nothing raises, nothing goes non-finite."""
    rng = random.Random(7)
    app = QtWidgets.QApplication.instance()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    mode = window.compare

    def click(name):
        return lambda: getattr(mode.panel, name).click() if mode.active else None

    actions = [
        lambda: qtbot.keyClick(window, QtCore.Qt.Key.Key_C),
        lambda: qtbot.keyClick(window, QtCore.Qt.Key.Key_Space),
        lambda: qtbot.keyClick(window, QtCore.Qt.Key.Key_Right),
        lambda: qtbot.keyClick(window, QtCore.Qt.Key.Key_R),
        lambda: qtbot.keyClick(window, QtCore.Qt.Key.Key_B),
        lambda: qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape),
        click("test_button"),
        lambda: mode.panel.test_choice.setCurrentIndex(rng.randrange(mode.panel.test_choice.count())),
        lambda: mode.panel.untied_lr.setValue(10 ** rng.uniform(-5, 1)),
        lambda: window.controls.lr.setValue(10 ** rng.uniform(-6, -2)),
        lambda: window._dialog.close() if window._dialog is not None else None,
    ]
    for i in range(150):
        rng.choice(actions)()
        app.processEvents()
        if i % 25 == 0:
            qtbot.wait(20)
    if mode.active:
        m = mode.model
        assert np.all(np.isfinite(m.shared.params)) and np.all(np.isfinite(m.untied.params))
        assert math.isfinite(m.shared.loss())
