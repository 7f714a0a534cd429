"""`cnnviz train` with the lecture's next slides: --kernel-size, --stride, --padding, --color."""

import json

import numpy as np
import pytest

from cnnviz.cli import main
from cnnviz.engine import NAMED_KERNELS
from cnnviz.engine.kernels import LUMA_WEIGHTS

SOBEL_X = NAMED_KERNELS["sobel-x"]


def train(capsys, *argv):
    code = main(["train", *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out), err


def test_colour_lesson_recovers_sobel_x_on_the_luminance(capsys):
    # the issue's own command: 20,000 steps at the default learning rate
    result, err = train(capsys, "--color", "--target", "sobel-x", "--steps", "20000")
    target = LUMA_WEIGHTS[:, None, None] * SOBEL_X
    assert np.array(result["target_kernel"]).shape == np.array(result["weights"]).shape == (3, 3, 3)
    np.testing.assert_allclose(result["target_kernel"], target, rtol=1e-15)
    np.testing.assert_allclose(result["weights"], target, atol=0.01)
    assert result["max_weight_error"] < 0.01 and abs(result["bias"]) < 0.01
    assert result["image"] == "sample:colour-shapes" and result["color"] is True
    assert result["output_shape"] == [30, 30]
    assert "half the stability limit" in err  # the default learning rate follows the new Hessian


@pytest.mark.parametrize("options, shape", [
    (["--padding", "same", "--optimizer", "momentum", "--steps", "600"], [32, 32]),
    (["--stride", "2", "--steps", "2000"], [15, 15]),  # the default lr (half the limit), plain SGD
    (["--padding", "full", "--optimizer", "momentum", "--steps", "600"], [34, 34]),
])
def test_padding_and_stride_recover_sobel_x(capsys, options, shape):
    result, _ = train(capsys, "--target", "sobel-x", *options)
    np.testing.assert_allclose(result["weights"], SOBEL_X, atol=0.01)
    assert result["output_shape"] == shape
    assert (result["kernel_size"], result["padding"] in ("same", "valid", "full")) == (3, True)


def test_a_typed_5x5_kernel_sets_the_kernel_size_and_the_text_shows_each_channel(capsys):
    kernel = ";".join(["0,0,0,0,0"] * 2 + ["0,0,1,0,-1"] + ["0,0,0,0,0"] * 2)
    result, _ = train(capsys, "--kernel", kernel, "--padding", "2", "--optimizer", "momentum", "--steps", "800")
    assert result["kernel_size"] == 5 and result["padding_pixels"] == 2 and result["output_shape"] == [32, 32]
    np.testing.assert_allclose(result["weights"], np.array(result["target_kernel"]), atol=0.01)
    assert main(["train", "--color", "--kernel-size", "1", "--kernel", "2", "--steps", "3"]) == 0
    out = capsys.readouterr().out
    assert " R channel (target kernel x 0.299):" in out and " B channel (target kernel x 0.114):" in out
    assert "output 32x32 per image (1x1x3 filter, stride 1, padding 0: 4 parameters)" in out


@pytest.mark.parametrize("argv, message", [
    (["--kernel-size", "8"], "'8' must be a whole number from 1 to 7"),
    (["--kernel-size", "5", "--target", "sobel-x"], "the named kernels are 3x3; for a 5x5 filter type"),
    (["--kernel-size", "4", "--padding", "same", "--kernel", "1,0,0,0;0,0,0,0;0,0,0,0;0,0,0,0"],
     "'same' padding keeps the image's size only for an odd filter at stride 1"),
    (["--stride", "2", "--padding", "same"], "odd filter at stride 1, not with stride 2"),
    (["--stride", "40"], "stride 40 is larger than the 32x32 image"),
    (["--size", "5", "--kernel-size", "7", "--kernel", ";".join(["0,0,0,0,0,0,1"] * 7)],
     "image 5x5 is smaller than the 7x7 filter"),
    (["--padding", "wide"], "'wide' must be valid, same, full or a whole number of pixels"),
    (["--stride", "0"], "'0' must be a whole number 1 or more"),
    (["--kernel-size", "3", "--kernel", "1,0;0,1"], "a 2x2 kernel does not fit the 3x3 filter"),
])
def test_bad_layer_options_are_one_line_and_exit_2(capsys, argv, message):
    assert main(["train", *argv, "--steps", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and message in err, err


def test_colour_lesson_file_continues_and_the_window_opens_it(capsys, tmp_path, monkeypatch):
    path = tmp_path / "c.cnnviz"
    first, _ = train(capsys, "--color", "--stride", "2", "--steps", "30", "--save", str(path))
    again, _ = train(capsys, "--lesson", str(path), "--steps", "10")
    whole, _ = train(capsys, "--color", "--stride", "2", "--steps", "40")
    assert again["weights"] == whole["weights"] and again["steps"] == 40 and again["stride"] == 2
    assert main(["train", "--lesson", str(path), "--stride", "1", "--steps", "1"]) == 2
    assert "stride cannot change during a lesson" in capsys.readouterr().err
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    opened = {}  # the window draws every layer: `cnnviz --lesson` hands it the lesson (not run here:
    # an event loop in the test process would outlive the test)
    monkeypatch.setattr("cnnviz.app.main.run_app", lambda trainer, label, **kw: opened.update(trainer=trainer) or 0)
    assert main(["--lesson", str(path)]) == 0
    assert opened["trainer"].config.layer_text() == "3x3x3 filter, stride 2, padding 0"
    np.testing.assert_array_equal(opened["trainer"].weights, np.reshape(first["weights"], (3, 3, 3)))


def test_export_draws_the_layer_and_its_step_through(capsys, tmp_path):
    from PIL import Image

    from cnnviz.app.export import WINDOW_SIZE

    out = tmp_path / "w.png"
    assert main(["export", "--stride", "2", "--panel", "output", "--out", str(out)]) == 0 and out.exists()
    capsys.readouterr()
    stepped = tmp_path / "p.png"  # the window in step-through mode after 3 of the 225 positions
    assert main(["export", "--stride", "2", "--position", "3", "--out", str(stepped)]) == 0
    assert Image.open(stepped).size == WINDOW_SIZE
    assert main(["export", "--stride", "2", "--position", "226", "--out", str(stepped)]) == 2
    err = capsys.readouterr().err.strip().splitlines()  # after the learning rate's note
    assert err[-1] == "cnnviz export: error: --position 226 is outside 0..225 (the number of positions)"
    assert main(["export", "--kernel-size", "9", "--out", str(out)]) == 2  # parsed as in train
    assert "'9' must be a whole number from 1 to 7" in capsys.readouterr().err
