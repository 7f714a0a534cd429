"""The notebook's Lesson with kernel size, stride, padding and colour: trains and draws its panels
and the step-through's figures; check() runs a learner's backward on the layer."""

from pathlib import Path

import numpy as np
import pytest

from cnnviz import Lesson
from cnnviz.engine import NAMED_KERNELS
from cnnviz.engine.kernels import LUMA_WEIGHTS


def test_colour_lesson_trains_saves_and_opens(tmp_path):
    lesson = Lesson(color=True, stride=2, padding=1, target="sobel-x")
    assert lesson.label == "sample:colour-shapes" and lesson.weights.shape == (3, 3, 3)
    assert "3x3x3 filter, stride 2, padding 1" in repr(lesson)
    lesson.train(300)
    lesson.save(tmp_path / "c.cnnviz")
    again = Lesson.open(tmp_path / "c.cnnviz")
    np.testing.assert_array_equal(again.weights, lesson.weights)
    assert again.config == lesson.config
    assert lesson.panel("output").png().startswith(b"\x89PNG")  # the panels draw every layer


def test_array_images_in_colour_and_a_typed_target_of_any_size():
    rgb = np.random.default_rng(4).random((3, 12, 12))
    lesson = Lesson(image=rgb, color=True, target="laplacian", padding="same", lr=1e-3)
    np.testing.assert_allclose(lesson._trainer.target_kernel, LUMA_WEIGHTS[:, None, None] * NAMED_KERNELS["laplacian"])
    assert lesson._trainer.output_shape == (1, 12, 12)
    five = Lesson(target=";".join(["0,0,1,0,0"] * 5))
    assert five.config.kernel_size == 5 and five.weights.shape == (5, 5)
    with pytest.raises(ValueError, match=r"colour images must be \(3, H, W\)"):
        Lesson(image=rgb[0], color=True)
    with pytest.raises(ValueError, match="the named kernels are 3x3; for a 5x5 filter"):
        Lesson(kernel_size=5)
    with pytest.raises(ValueError, match="color must be True or False"):
        Lesson(color="rgb")


def test_colour_step_through_figures_draw_the_pass_of_output_positions():
    from PIL import Image
    import io

    lesson = Lesson(color=True, stride=2, padding=1, target="sobel-x")
    lesson.train(5)
    figure = lesson.stepthrough(3)
    assert figure.title.endswith("position 3 of 256: row 0, col 2 (rows and cols from 0)")
    png = figure.png()
    from cnnviz.app.export import BOARD_SIZE

    assert Image.open(io.BytesIO(png)).size == BOARD_SIZE
    with pytest.raises(ValueError, match=r"position 257 is outside 0..256"):
        lesson.stepthrough(257)
    gif = lesson.animate(frames=2, mode="pass", panel="buffer")
    frames = Image.open(io.BytesIO(gif.gif))
    assert frames.n_frames == 2
    assert lesson.panel("buffer", position=256).png().startswith(b"\x89PNG")


def test_check_runs_a_general_backward_against_the_lesson_s_layer():
    """Issue 23: Lesson(...).check() on a colour lesson with stride and padding: the learner's
    backward gets stride= and padding=, x (3, H, W) and w (3, 3, 3); the truth is the engine's."""
    from cnnviz.engine import backward

    layers = Path(__file__).resolve().parent / "check" / "layers"
    lesson = Lesson(color=True, stride=2, padding=1)
    right = lesson.check(layers / "general_correct.py")
    assert right.verdict == "correct" and "stride 2, pad 1" in right.text
    snap = lesson._trainer.snapshot()
    true = backward(snap.images[0], snap.weights, snap.delta[0], 2, 1)
    np.testing.assert_allclose(right.report.lesson["dw"].yours, true.dw, rtol=1e-9, atol=1e-12)
    wrong = lesson.check(layers / "general_stride_ignored.py")
    assert (wrong.verdict, wrong.diagnosis) == ("wrong", ["stride"])
