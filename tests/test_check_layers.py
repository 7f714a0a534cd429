"""`cnnviz check` against a lesson with another layer (issue 23): stride, padding, kernel size and
colour. The learner's general backward(x, w, dy, stride=1, padding=0) is run on the lesson they see,
with the engine's gradients as the truth; each file in tests/check/layers/ has one bug, and its
diagnosis is named only where the bug shows (a forgotten stride is correct at stride 1)."""

import functools
import json
from pathlib import Path

import numpy as np
import pytest

from cnnviz import cli
from cnnviz.check import checker
from cnnviz.engine import backward as engine_backward

LAYERS = Path(__file__).resolve().parent / "check" / "layers"
HOMEWORK = Path(__file__).resolve().parents[1] / "examples" / "homework"

CATALOGUE = {  # (file, layer): (verdict, ids, words of the plain first sentence)
    ("general_correct.py", (3, 2, 1, False)): ("correct", [], "Correct"),
    ("general_correct.py", (5, 1, "same", True)): ("correct", [], "Correct"),
    ("general_stride_ignored.py", (3, 2, 0, False)): ("wrong", ["stride"], "ignore the stride"),
    ("general_stride_ignored.py", (3, 1, 1, False)): ("correct", [], "Correct"),  # no stride: nothing to name
    ("general_dx_with_border.py", (3, 1, 1, False)): ("wrong", ["padding"], "padding border"),
    ("general_unpadded_windows.py", (3, 2, 2, False)): ("wrong", ["padding"], "padded x"),
    ("colour_overwrite.py", (3, 1, 0, True)): ("wrong", ["overwrite"], "`+=` instead of `=`"),
    ("colour_flipped.py", (5, 1, 0, True)): ("wrong", ["flipped"], "x[i + 4 - r, j + 4 - c]"),
}


@functools.lru_cache(maxsize=None)
def report_of(name: str, layer: tuple) -> checker.Report:
    k, s, p, color = layer
    folder = HOMEWORK if name.startswith("lesson_") else LAYERS
    return checker.check_file(folder / name, lesson=checker.lesson_data(k, s, p, color))


def test_every_layer_file_is_listed():
    assert sorted(p.name for p in LAYERS.glob("*.py")) == sorted({name for name, _ in CATALOGUE})


@pytest.mark.parametrize("name, layer", sorted(CATALOGUE, key=str))
def test_layer_homework(name, layer):
    verdict, ids, words = CATALOGUE[name, layer]
    report = report_of(name, layer)
    assert (report.verdict, report.ids) == (verdict, ids), report.message
    assert words in report.headline
    # The truth shown is the engine's, on the lesson's data of this layer.
    k, s, p, color = layer
    x, w, dy, stride, pad = checker.lesson_data(k, s, p, color)
    true = engine_backward(x, w, dy, stride, pad)
    np.testing.assert_allclose(report.lesson["dw"].true, true.dw, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(report.lesson["dx"].true, true.dx, rtol=1e-12, atol=1e-12)
    assert float(report.lesson["db"].true) == pytest.approx(true.db, rel=1e-12)
    if verdict == "correct":
        np.testing.assert_allclose(report.lesson["dw"].yours, true.dw, rtol=1e-9, atol=1e-9)
    if "stride" in ids:  # named where it shows: on the probes with the lesson's stride only
        assert f"although the stride is {s}" in report.found[0].evidence


def test_colour_overwrite_is_the_last_positions_contribution_across_channels():
    report = report_of("colour_overwrite.py", (3, 1, 0, True))
    x, w, dy, _, _ = checker.lesson_data(3, 1, 0, True)
    assert report.lesson["dw"].yours.shape == (3, 3, 3)
    np.testing.assert_allclose(report.lesson["dw"].yours, dy[-1, -1] * x[:, -3:, -3:])
    assert "3x32x32 colour image, 900 positions" in report.found[0].evidence


def test_a_function_without_stride_and_padding_gets_one_line_naming_them(capsys):
    code = cli.main(["check", str(HOMEWORK / "lesson_correct.py"), "--stride", "2", "--padding", "1", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["verdict"] == "error" and report["diagnosis"] == ["signature"]
    assert report["headline"] == ("This lesson has stride 2 and padding 1: write def backward(x, w, dy, stride=1, "
                                  "padding=0): and use them.")
    assert "\n" not in report["findings"][0]["sentence"]
    # The same file on the classroom's lesson, and a general one on every layer: no such line.
    assert report_of("lesson_correct.py", (3, 1, 0, False)).verdict == "correct"


def test_cli_lesson_options_and_a_layer_that_cannot_be(capsys):
    code = cli.main(["check", str(LAYERS / "general_stride_ignored.py"), "--stride", "2", "--padding", "same"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "'same' padding keeps the image's size only" in err
    code = cli.main(["check", str(LAYERS / "general_stride_ignored.py"), "--stride", "2", "--color"])
    out = capsys.readouterr().out
    assert code == 1 and out.startswith("Your windows ignore the stride")
    assert "channel R" in out and "channel B" in out  # the 3x3x3 buffers, channel by channel
    assert "the lesson's data (3x32x32 colour image, stride 2, pad 0, 225 positions)" in out


def test_code_for_the_3x3_grey_filter_on_another_filter_is_told_where_to_look():
    """Every probe has the lesson's filter, so four loops written for 3x3 fail on all of them: the
    finding says which filter the lesson has and to take the sizes from the arrays."""
    five = report_of("lesson_correct.py", (5, 1, 0, False))
    assert five.ids == ["unknown"] and "This lesson's filter is 5x5" in five.found[0].sentence
    colour = report_of("lesson_correct.py", (3, 1, 0, True))
    assert colour.ids == ["exception"] and "x is (3, H, W) and w (3, 3, 3)" in colour.found[0].sentence
    assert "probe A (3 channels, 7x9)" in colour.found[0].sentence
    # On its own lesson, the same file hears none of it.
    assert report_of("lesson_correct.py", (3, 1, 0, False)).verdict == "correct"
