"""Hardening: a monkey clicking everything, and closing mid-training again and again."""

import math
import os
import random
import time

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from cnnviz import images
from cnnviz.engine import LessonConfig

from tests.soak import soak_size  # noqa: E402

# The README's run proves each race and action mix a few hundred times; `.ci/run` also runs the
# soak sizes (CNNVIZ_SOAK=1 pytest -m soak): 2,000 monkey actions and 50 window closes.
ACTIONS_SURVIVED = int(os.environ.get("CNNVIZ_MONKEY_ACTIONS", soak_size(400, 2000)))
CLOSES = soak_size(8, 50)
WORKER_STOPS = 60


def _monkey_actions(window, tmp_path, rng):
    c = window.controls
    bad_image = tmp_path / "bad.png"
    bad_image.write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    samples = [s.name for s in images.list_samples()]

    def key(k, mod=QtCore.Qt.KeyboardModifier.NoModifier):
        return lambda: QtWidgets.QApplication.sendEvent(window, _key_event(k, mod))

    def pick(combo):
        return lambda: combo.setCurrentIndex(rng.randrange(combo.count()))

    def choose_target():
        c.target.setCurrentIndex(rng.randrange(c.target.count() - 1))
        c.target.activated.emit(c.target.currentIndex())

    def type_kernel():
        c.kernel_text.setText(rng.choice(["1,0,-1;2,0,-2;1,0,-1", "0,0,0;0,1,0;0,0,0", "1,2;3", "a,b,c;d,e,f;g,h,i",
                                          "1e308,1e308,1e308;1,1,1;1,1,1", "0.5 0.5 0.5; 0 0 0; -1 -1 -1"]))
        c.kernel_text.returnPressed.emit()

    def choose_sample():
        c.sample.setCurrentIndex(c.sample.findData(rng.choice(samples)))
        c.sample.activated.emit(c.sample.currentIndex())

    def seek():
        if window.stepthrough.active:
            window.stepthrough.panel.scrubber.setValue(rng.randrange(window.stepthrough.model.P + 1))

    def close_dialog():
        if window._dialog is not None:
            window._dialog.close()

    def export():
        from cnnviz.app.export_menu import ExportRequest

        target = rng.choice(["window", "filter", "output", "slide"])
        window.exporter.run(ExportRequest(target, tmp_path / "monkey.png", scale=1, theme=window.theme.name))

    return [
        (8, key(QtCore.Qt.Key.Key_Space)),
        (10, key(QtCore.Qt.Key.Key_Right)),
        (6, key(QtCore.Qt.Key.Key_Left)),
        (3, key(QtCore.Qt.Key.Key_Home)),
        (3, key(QtCore.Qt.Key.Key_End)),
        (3, key(QtCore.Qt.Key.Key_R)),
        (2, key(QtCore.Qt.Key.Key_R, QtCore.Qt.KeyboardModifier.ShiftModifier)),
        (3, key(QtCore.Qt.Key.Key_B)),
        (2, key(QtCore.Qt.Key.Key_C)),
        (1, key(QtCore.Qt.Key.Key_Escape)),
        (1, key(QtCore.Qt.Key.Key_G)),
        (4, lambda: c.lr.setValue(10 ** rng.uniform(-6, 1.5))),
        (3, pick(c.optimizer)),
        (2, lambda: c.momentum.setValue(rng.uniform(0, 0.99))),
        (2, pick(c.reduction)),
        (2, pick(c.activation)),
        (3, choose_target),
        (3, type_kernel),
        (2, choose_sample),
        (1, lambda: window.open_path(bad_image)),
        (3, seek),
        (2, lambda: window.stepthrough.panel.step_size.setCurrentIndex(rng.randrange(5))),
        (1, lambda: window.stepthrough.panel.overwrite.toggle()),
        (2, lambda: window.resize(rng.randrange(900, 1900), rng.randrange(600, 1100))),
        (1, lambda: c.speed.setValue(rng.randrange(c.speed.maximum() + 1))),
        (4, close_dialog),
        (1, export),
    ]


def _key_event(key, modifier):
    from PySide6 import QtGui

    return QtGui.QKeyEvent(QtCore.QEvent.Type.KeyPress, key, modifier)


@pytest.mark.soak
def test_monkey_actions(qtbot, window, tmp_path):
    rng = random.Random(1234)
    actions = _monkey_actions(window, tmp_path, rng)
    weights = [w for w, _ in actions]
    app = QtWidgets.QApplication.instance()
    for i in range(ACTIONS_SURVIVED):
        _, action = rng.choices(actions, weights)[0]
        action()
        app.processEvents()
        if i % 50 == 0:
            qtbot.wait(5)
    # Still alive and answering: a step goes through and the state is finite.
    if window.stepthrough.active:
        window.toggle_stepthrough()
    window.worker.send("pause")
    window.worker.send("step", 1)
    qtbot.waitUntil(lambda: not window.worker.playing, timeout=5000)
    qtbot.wait(100)
    window.refresh()
    snap = window.snapshot
    assert math.isfinite(snap.loss) and np.all(np.isfinite(snap.weights))
    assert window.workers.thread.isRunning()


def test_stop_the_worker_mid_training_again_and_again(sample_image):
    """The race that closing the window runs into, without the window's build cost: a stop sent at a
    random moment of a chunk of full-speed steps always joins the thread promptly."""
    from cnnviz.app.worker import WorkerThread
    from cnnviz.engine import Trainer

    rng = random.Random(11)
    slowest = 0.0
    trainer = Trainer(sample_image, LessonConfig(lr=1e-4))
    for _ in range(WORKER_STOPS):
        workers = WorkerThread(trainer)
        workers.worker.send("play")
        time.sleep(rng.uniform(0, 0.03))
        t0 = time.perf_counter()
        assert workers.stop()
        slowest = max(slowest, time.perf_counter() - t0)
        assert not workers.thread.isRunning()
    assert slowest < 1.0


@pytest.mark.soak
def test_close_mid_training_again_and_again(qtbot, sample_image):
    from cnnviz.app.window import MainWindow

    rng = random.Random(5)
    slowest = 0.0
    for i in range(CLOSES):
        w = MainWindow(sample_image, "sample:shapes", LessonConfig(lr=1e-4))
        w.show()
        w.command("play")
        qtbot.wait(rng.randrange(0, 80))
        t0 = time.perf_counter()
        w.close()
        slowest = max(slowest, time.perf_counter() - t0)
        assert not w.workers.thread.isRunning()
        # Free the window now, as the app's event loop would, so 50 windows do not pile up.
        w.deleteLater()
        QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    assert slowest < 1.0
