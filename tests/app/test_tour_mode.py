"""The guided tour over the live app: every chapter both ways, clicker keys, leaving restores."""

import time

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from cnnviz.app.controls import SPEEDS

from cnnviz.tour import caption, chapter_lesson, chapter_trainer, load_tour

Key = QtCore.Qt.Key


def _state(window):
    snap = window.worker.latest()
    return snap.step, snap.weights.copy(), snap.bias, snap.config


def _check_chapter(window, i, chapter):
    tour = window.tour
    assert tour.index == i
    trainer, sample = chapter_lesson(tour._start, chapter)
    checked = tour.check.verdict(i) if chapter.mode == "check" else None  # the verdict, once it is in
    title, text = caption(chapter, trainer, sample=sample, checked=checked)  # Qt-free, for the lesson shown
    assert window.tour.caption.title.text() == title
    assert window.tour.caption.text.text() == text
    assert window.tour.caption.counter.text() == f"{i + 1} / {len(tour.tour.chapters)}"
    assert window.stepthrough.active == (chapter.mode == "stepthrough")
    assert window.compare.active == (chapter.mode == "compare")
    config = window.config
    for key, value in chapter.settings.items():
        assert getattr(config, key) == value or (key, value) == ("lr", "equivalent")
    if chapter.mode == "stepthrough":
        model = window.stepthrough.model
        want = model.P if chapter.position == "end" else chapter.position
        assert model.count <= want if tour.animating else model.count == want  # the running sum plays
        assert model.overwrite == chapter.overwrite
        assert model.trainer.step_count == tour._start.step_count + chapter.steps
    for key in chapter.highlight:
        widget = {"stepthrough": window.stepthrough.panel, "compare": window.compare.panel}.get(key) or window.panels[key]
        assert "4px solid" in widget.styleSheet()
    if chapter.mode == "compare" and "{shared_test}" in chapter.text:  # the caption's losses are the panel's
        from cnnviz.captions import number

        result = window.compare.model.result
        assert f"{number(result.shared_loss)}" in text and f"{number(result.untied_loss)}" in text
    if chapter.focus:  # only the chapter's panels, taking the board: a picture of its own
        assert {k for k, p in window.panels.items() if p.isVisible()} == set(chapter.highlight)
        first = window.panels[chapter.highlight[0]]
        assert first.width() > window.board.width() // 3
    elif chapter.mode == "normal":
        assert all(p.isVisible() for p in window.panels.values())


def test_every_chapter_both_ways_with_clicker_keys(qtbot, window, wait_for_step):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.command("step")
    wait_for_step(window, 1)
    window.configure(momentum=0.5)
    qtbot.waitUntil(lambda: window.worker.latest().config.momentum == 0.5)
    before = _state(window)
    chapters = load_tour().chapters
    source = window.input_panel.source
    qtbot.keyClick(window, Key.Key_T)
    assert window.tour.active and window.tour.caption.isVisible()
    assert window.input_panel.source == source == "128x128 sample 'shapes', resampled to 32x32"
    _check_chapter(window, 0, chapters[0])
    for i in range(1, len(chapters)):
        qtbot.keyClick(window, Key.Key_PageDown)
        _check_chapter(window, i, chapters[i])
        if chapters[i].settings.get("color"):  # a grey lesson's colour chapter: the colour sample, said so
            assert window.input_panel.source == "the colour sample 'colour-shapes' (this chapter only)"
            assert window.image_label == "sample:colour-shapes" and window.worker.latest().images.shape == (1, 3, 32, 32)
            assert window.controls.sample.currentText() == "colour-shapes"  # the image box names it too
        else:
            assert window.input_panel.source == source  # the chapters show the same picture
            assert window.image_label == "sample:shapes" and window.worker.latest().images.shape == (1, 32, 32)
            assert window.controls.sample.currentText() == "shapes"
    qtbot.keyClick(window, Key.Key_PageDown)  # past the last chapter: stays
    _check_chapter(window, len(chapters) - 1, chapters[-1])
    for i in range(len(chapters) - 2, -1, -1):
        qtbot.keyClick(window, Key.Key_PageUp)
        _check_chapter(window, i, chapters[i])
    qtbot.keyClick(window, Key.Key_End)
    _check_chapter(window, len(chapters) - 1, chapters[-1])
    qtbot.keyClick(window, Key.Key_Home)
    _check_chapter(window, 0, chapters[0])
    qtbot.keyClick(window, Key.Key_Space)  # no animation here: next chapter (clickers that send Space)
    _check_chapter(window, 1, chapters[1])
    assert not window.worker.playing
    qtbot.keyClick(window, Key.Key_Escape)
    assert not window.tour.active and not window.tour.caption.isVisible()
    assert not window.stepthrough.active and not window.compare.active
    qtbot.waitUntil(lambda: window.worker.latest().step == before[0])
    step, weights, bias, config = _state(window)
    assert np.array_equal(weights, before[1]) and bias == before[2] and config == before[3]
    assert window.controls.momentum.value() == 0.5
    assert window.image_label == "sample:shapes" and window.controls.sample.currentText() == "shapes"
    for panel in window.panels.values():
        assert "4px solid" not in panel.styleSheet() and panel.isVisible()


def test_chapters_are_the_same_whichever_way_you_arrive(qtbot, window):
    tour = window.tour
    tour.enter()
    train = next(i for i, c in enumerate(tour.tour.chapters) if c.mode == "stepthrough" and c.steps)
    tour.go(train)
    first = window.stepthrough.model.buffer.copy()
    tour.go(0)
    tour.go(len(tour.tour.chapters) - 1)
    tour.go(train)
    assert np.array_equal(window.stepthrough.model.buffer, first)
    # A focused chapter stays focused on the new panels of a theme switch; leaving shows them all.
    focus = next(i for i, c in enumerate(tour.tour.chapters) if c.focus)
    tour.go(focus)
    window.set_theme("light")
    assert {k for k, p in window.panels.items() if p.isVisible()} == set(tour.chapter.highlight)
    tour.leave()
    assert all(p.isVisible() for p in window.panels.values())
    assert [window.board.layout().rowStretch(r) for r in range(3)] == [4, 3, 3]


def test_the_running_sum_plays_at_the_speed_shown_and_the_teacher_can_pause_and_step(qtbot, window):
    tour = window.tour
    tour.enter()
    window.controls.speed.setValue(SPEEDS.index(100))
    i = next(i for i, c in enumerate(tour.tour.chapters) if c.animate == "pass")
    start = time.perf_counter()  # (the pass starts playing inside go)
    tour.go(i)
    assert window.presenter.speed.text() == window.controls.speed_label.text() == "100 positions/s"
    assert tour.animating and window.tour.caption.replay.isVisible()
    model = window.stepthrough.model
    qtbot.wait(400)
    played, seconds = model.count, time.perf_counter() - start
    assert 0 < played <= 100 * seconds + 5  # the number shown is the number played (never faster)
    assert played >= 100 * 0.4 * 0.5  # and it does play (a busy machine may drop ticks)
    qtbot.keyClick(window, Key.Key_Space)  # pause
    paused = model.count
    assert not tour.animating
    qtbot.wait(150)
    assert model.count == paused
    qtbot.keyClick(window, Key.Key_Right)  # one position by hand
    assert model.count == paused + 1 and tour.index == i
    qtbot.keyClick(window, Key.Key_Left)
    qtbot.keyClick(window, Key.Key_Left)
    assert model.count == paused - 1
    window.controls.speed.setValue(window.controls.speed.maximum())  # full speed: the rest at once
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.waitUntil(lambda: model.count == model.P, timeout=3000)
    assert not tour.animating
    window.controls.speed.setValue(SPEEDS.index(20))
    qtbot.keyClick(window, Key.Key_Return)
    assert window.stepthrough.model.count < window.stepthrough.model.P
    tour.leave()
    assert not tour.animating


def test_the_training_chapter_plays_its_updates(qtbot, window):
    tour = window.tour
    tour.enter()
    i = next(i for i, c in enumerate(tour.tour.chapters) if c.animate == "train")
    chapter = tour.tour.chapters[i]
    window.controls.speed.setValue(SPEEDS.index(50))
    start = time.perf_counter()
    tour.go(i)
    qtbot.wait(300)
    done = window.worker.latest().step - chapter.steps
    assert 0 < done <= 50 * (time.perf_counter() - start) + 3  # at the 50 updates/s shown
    assert window.presenter.speed.text() == "50 updates/s"
    window.controls.speed.setValue(window.controls.speed.maximum())
    qtbot.waitUntil(lambda: not tour.animating, timeout=15000)
    qtbot.waitUntil(lambda: window.worker.latest().step == chapter.steps + chapter.train)
    tour.leave()
    qtbot.waitUntil(lambda: window.worker.latest().step == 0)


def test_a_broken_script_gets_a_dialog_and_changes_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[chapter]]\ntitle = "x"\ntext = "y"\nmode = "nope"\n', encoding="utf-8")
    assert not window.tour.enter(str(bad))
    assert not window.tour.active and "bad.toml line 4" in window.last_error
    window._dialog.close()


def test_presenter_mode_scales_the_caption(qtbot, window):
    window.tour.enter()
    base = window.tour.caption.title.font().pointSizeF()
    window.presenter.toggle()
    # Larger, and its sentences at least the presenter text's size: 1/40 of the screen's height
    # (the caption grows less than the board's text, which already starts small).
    caption = window.tour.caption
    assert caption.title.font().pointSizeF() >= 1.25 * base
    assert caption.title.font().pointSizeF() > caption.text.font().pointSizeF()
    assert QtGui.QFontInfo(caption.text.font()).pixelSize() >= window.screen().geometry().height() / 40 - 0.5
    window.presenter.toggle()
    window.tour.leave()


def test_the_tour_on_a_batch_with_momentum_tanh_and_the_mean_says_and_shows_that_lesson(qtbot, tmp_path):
    """Issue 19: on a class's batch of 3 (16×16), with momentum, tanh and the mean, the captions read from
    the widgets give P = 588 and this lesson's formulas; the update chapter shows the filter after the
    update; the overwrite chapter trains both ways; the last chapter shows the checker's verdict there."""
    import re

    from cnnviz import images
    from cnnviz.app.window import MainWindow
    from cnnviz.engine import LessonConfig

    batch = np.stack([images.load_sample(name, size=16) for name in ("shapes", "circle", "digit")])
    config = LessonConfig(lr=0.1, reduction="mean", optimizer="momentum", momentum=0.8, activation="tanh")
    window = MainWindow(batch, "three samples", config)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.snapshot is not None)
    tour = window.tour
    # A teacher's script that types the default lesson's numbers: each is named, with the fact to write.
    script = tmp_path / "mine.toml"
    script.write_text('[[chapter]]\ntitle = "All"\ntext = "900 positions, 922,500 parameters."\n', encoding="utf-8")
    assert tour.enter(str(script))
    assert tour.warnings == ["chapter 1 says 900, but this lesson has P = 588: write {P}",
                             "chapter 1 says 922,500, but this lesson has dense = 50,372: write {dense}"]
    assert window.statusBar().currentMessage() == f"tour: {tour.warnings[0]} (and 1 more)"
    tour.leave()
    assert tour.enter() and tour.warnings == []  # the default script types none
    said = {}
    shown = ("The question", "The update, applied once", "Sum or mean: only a learning-rate scale",
             "The overwrite bug", "Check your own backprop")
    for i, chapter in enumerate(tour.tour.chapters):
        if chapter.title not in shown:
            continue  # every chapter's words are checked Qt-free on a grid (test_tour_captions.py)
        tour.go(i, animate=False)
        said[chapter.title] = text = tour.caption.text.text()
        assert "{" not in text and "`" not in text
        if chapter.title == "The update, applied once":
            model = window.stepthrough.model
            after = np.array([r.new_value for r in model.update_rows()])
            filt = window.panels["filter"]
            assert "AFTER the update" in filt.title_label.text()
            np.testing.assert_allclose(np.append(filt.values.ravel(), after[9]), after)
            assert not np.allclose(after[:9], model.params[:9])  # a filter that moved
        if chapter.title == "The overwrite bug":
            panel = window.stepthrough.panel
            assert panel.tabs.currentWidget() is panel.compare_page
            curves = [c for c in panel.compare_plot.getPlotItem().listDataItems()]
            assert len(curves) == 2 and len(curves[0].xData) == chapter.train + 1
            assert "each of the 588 (3 images × 196) positions overwrote the buffer" in panel.numbers.text()
            assert "added into the buffer" not in panel.numbers.text()
        if chapter.title == "Check your own backprop":  # the checker's verdict on this lesson (an export waits for it)
            from cnnviz.engine import backward
            from cnnviz.numbers import significant

            view = tour.check.view
            assert view.verdict.text() == "Wrong  (overwrite)" and view.headline.text() in text
            trainer = chapter_trainer(tour._start, chapter)
            snap = trainer.snapshot()
            true = backward(snap.images[0], snap.weights, snap.delta[0])  # image 1 of 3, tanh, the mean
            assert view.truth.cell_texts() == [[significant(v) for v in row] for row in true.dw]
            last = snap.delta[0][-1, -1] * snap.images[0][-3:, -3:]  # the example keeps the last position's alone
            assert view.yours.cell_texts() == [[significant(v) for v in row] for row in last]
            assert "the lesson's data (16x16 image, 196 positions)" in view.diagnosis.toPlainText()
    assert "3 grayscale 16×16 images" in said["The question"]
    assert "588 (3 images × 196) positions" in said["The question"]
    assert "v ← μv + buffer, then w ← w − lr·v (μ = 0.8) with lr = 0.1," in said["The update, applied once"]
    # The mean chapter: the start is already the mean, so the rate stays; its sum twin is lr / 588.
    lrs = [float(n) for n in re.findall(r"\(([\d.]+) instead of ([\d.]+)\)", said["Sum or mean: only a learning-rate scale"])[0]]
    assert lrs[0] == 0.1 and lrs[1] == pytest.approx(0.1 / 588, rel=5e-3)
    assert len(said) == len(shown)
    # The lecture's next slides on this batch: its own numbers; the colour chapter borrows the
    # colour sample (16×16, as the lesson) and the chapter after it has the batch back.
    layers = {c.title.split(":")[0].split(" ")[0]: i for i, c in enumerate(tour.tour.chapters)
              if {"stride", "padding", "color"} & set(c.settings)}
    tour.go(layers["Padding"], animate=False)
    text = tour.caption.text.text()
    assert "(16×16 becomes 18×18)" in text and "768 positions instead of 588" in text and "At the 180 positions" in text
    output = window.panels["output"].title_label
    qtbot.waitUntil(lambda: "16×16: same padding" in output.text())  # drawn when the worker has the chapter
    tour.go(layers["Stride"], animate=False)
    assert tour.caption.title.text() == "Stride 2: the same sum over 147 positions"
    assert "No position reads 31 pixels of each image" in tour.caption.text.text()
    qtbot.waitUntil(lambda: "7×7: stride 2" in output.text())
    tour.go(layers["Colour"], animate=False)
    assert tour.caption.text.text().startswith("The lesson's picture is grey, so this chapter shows the colour sample")
    assert "still one 14×14 feature map" in tour.caption.text.text()
    qtbot.waitUntil(lambda: window.worker.latest().images.shape == (1, 3, 16, 16))
    assert window.controls.sample.currentText() == "colour-shapes"
    tour.go(layers["Colour"] + 1, animate=False)
    qtbot.waitUntil(lambda: window.worker.latest().images.shape == (3, 16, 16))
    np.testing.assert_array_equal(window.worker.latest().images, batch)
    assert window.controls.sample.currentText() == "three samples"
    tour.leave()
    np.testing.assert_array_equal(window.worker.latest().images, batch)
    window.close()



def test_captions_are_plain_text(qtbot):
    """A script's title is shown as typed: no <img src="file:…"> is loaded, no <a href> becomes a link."""
    from cnnviz.app.panels.caption_bar import CaptionBar

    bar = CaptionBar()
    qtbot.addWidget(bar)
    title = '<img src="file:///etc/hostname"><a href="http://x">link</a>'
    bar.show_chapter(title, "<b>text</b>", 1, 2, False)
    for label in (bar.title, bar.text):
        assert label.textFormat() == QtCore.Qt.TextFormat.PlainText
    assert bar.title.text() == title
    typed = bar.title.fontMetrics().horizontalAdvance(title)
    # Laid out as the characters, not as an image and a link: given their width, one line of text.
    assert bar.title.heightForWidth(typed + 8) <= 1.5 * bar.title.fontMetrics().lineSpacing()
