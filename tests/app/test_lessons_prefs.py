"""Lessons saved and reopened in the app, history CSV, and persistent preferences."""

import csv

import numpy as np
from PySide6 import QtCore

from cnnviz import lesson_file
from cnnviz.app.preferences import Preferences
from cnnviz.engine import LessonConfig, Trainer


def test_save_reopen_continue_bit_for_bit(qtbot, window, sample_image, tmp_path, wait_for_step):
    window.configure(optimizer="momentum")
    window.worker.send("step", 100)
    wait_for_step(window, 100)
    path = tmp_path / "class.cnnviz"
    assert window.save_lesson(path=path)
    window.worker.send("step", 7)  # the class carries on a bit, then reopens the saved lesson
    wait_for_step(window, 107)
    assert window.open_lesson(path)
    wait_for_step(window, 100)
    window.worker.send("step", 100)
    wait_for_step(window, 200)
    straight = Trainer(sample_image, LessonConfig(optimizer="momentum"))
    straight.step(200)
    snap = window.snapshot
    np.testing.assert_array_equal(snap.weights, straight.weights)
    assert snap.bias == straight.bias
    np.testing.assert_array_equal(snap.history_losses, straight.snapshot().history_losses)
    assert window.controls.optimizer.currentText() == "momentum"


def test_bad_lesson_file_dialog_changes_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "broken.cnnviz"
    bad.write_bytes(b"PK\x03\x04 truncated zip")
    before = window.snapshot
    assert not window.open_lesson(bad)
    assert "broken.cnnviz" in window.last_error
    window._dialog.close()
    qtbot.wait(100)
    assert window.snapshot.version == before.version


def test_unwritable_lesson_path_dialog(qtbot, window, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not window.save_lesson(path=blocker / "lesson.cnnviz")
    assert window.last_error
    window._dialog.close()


def test_history_csv(qtbot, window, tmp_path, wait_for_step):
    window.worker.send("step", 12)
    wait_for_step(window, 12)
    path = tmp_path / "history.csv"
    assert window.export_history(path)
    rows = list(csv.reader(path.open()))
    assert rows[0][:3] == ["step", "loss", "w[0,0]"] and rows[0][11] == "b"
    assert rows[0][12] == "dL/dw[0,0]" and rows[0][21] == "dL/db"
    assert len(rows) == 13
    snap = window.snapshot
    for k, row in enumerate(rows[1:]):
        assert int(row[0]) == snap.history_steps[k]
        assert float(row[1]) == snap.history_losses[k]
        np.testing.assert_array_equal([float(v) for v in row[2:12]], snap.history_params[k])
        np.testing.assert_array_equal([float(v) for v in row[12:22]], snap.history_grads[k])
    # The buffer in row k is the engine's gradient at the weights of row k.
    from cnnviz.engine import backward, forward

    w, b = snap.history_params[5][:9].reshape(3, 3), snap.history_params[5][9]
    dy = 2 * (forward(snap.images, w, b) - snap.target)
    np.testing.assert_allclose([float(v) for v in rows[6][12:21]], backward(snap.images, w, dy).dw.ravel(), rtol=1e-9)


def test_preferences_persist_and_corrupt_store_falls_back(qtbot, tmp_path, sample_image):
    from cnnviz.app.window import MainWindow

    path = tmp_path / "prefs.ini"
    prefs = Preferences(path)
    prefs.set("theme", "light")
    prefs.set("presenter_font_scale", 2.0)
    prefs.sync()
    w = MainWindow(sample_image, "sample:shapes", preferences=Preferences(path))
    qtbot.addWidget(w)
    assert w.theme.name == "light" and w.presenter.scale == 2.0
    w.close()
    path.write_bytes(b"\x00\xff[[[garbage\n=\n[general\nkey")
    broken = Preferences(path)
    assert broken.warnings and "damaged" in broken.warnings[0]
    assert broken.theme == "dark" and broken.presenter_font_scale == 1.6
    bad_values = Preferences(tmp_path / "values.ini")
    bad_values.set("theme", "purple")
    bad_values.set("presenter_font_scale", "huge")
    assert bad_values.theme == "dark" and bad_values.presenter_font_scale == 1.6
    assert len(bad_values.warnings) == 2
