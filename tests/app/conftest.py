"""Qt fixtures: fail any test that leaves a training thread running or a window open."""

import numpy as np
import pytest

from cnnviz.engine import LessonConfig


@pytest.fixture(autouse=True)
def no_threads_left_running(qapp):
    from cnnviz.app.worker import WorkerThread

    yield
    running = [w for w in list(WorkerThread.instances) if w.thread.isRunning()]
    for w in running:  # stop them anyway so the next test starts clean
        w.stop()
    assert not running, f"{len(running)} training thread(s) left running"
    from cnnviz.app.errors import visible_top_levels

    visible = visible_top_levels()  # walked safely: a theme switch leaves cycles of pyqtgraph menus
    for w in visible:
        w.close()
    assert not visible, f"top-level widget(s) left open: {[type(w).__name__ for w in visible]}"


@pytest.fixture
def sample_image():
    from cnnviz import images

    return images.load_sample(images.DEFAULT_SAMPLE)


@pytest.fixture
def window(qtbot, sample_image):
    from cnnviz.app.window import MainWindow

    w = MainWindow(sample_image, "sample:shapes", LessonConfig())
    # The app opens at a watchable pace (test_window checks it); tests train at full speed.
    w.controls.speed.setValue(w.controls.speed.maximum())
    qtbot.addWidget(w)
    w.show()
    # The offscreen screen is 800x800 and the window opens inside it (layout.py): the tests were
    # written for the 1600x900 it opens at on a laptop's screen.
    w.resize(1600, 900)
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.snapshot is not None)
    yield w
    w.close()


@pytest.fixture
def wait_for_step(qtbot):
    def wait(window, step, timeout=5000):
        qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.step == step
                        and not window.worker.playing, timeout=timeout)

    return wait
