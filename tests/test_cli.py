"""`cnnviz train` and `cnnviz samples`: real runs, JSON output, one-line errors with exit code 2."""

import json
import subprocess
import sys

import numpy as np
import pytest

from cnnviz.cli import main
from cnnviz.engine import NAMED_KERNELS


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_default_lesson_recovers_sobel_x(capsys):
    code, out, err = run(capsys, "train", "--target", "sobel-x", "--steps", "2000", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["steps"] == 2000 and result["seed"] == 0
    np.testing.assert_allclose(result["weights"], NAMED_KERNELS["sobel-x"], atol=0.01)
    assert result["target_kernel"] == NAMED_KERNELS["sobel-x"].tolist()
    assert abs(result["bias"]) < 0.01
    assert result["loss"] < result["loss_history"][0] * 1e-4
    for key in ("loss", "loss_history", "weights", "bias", "target_kernel", "seed", "lr"):
        assert key in result


def test_typed_kernel_momentum_mean(capsys):
    code, out, err = run(capsys, "train", "--kernel", "0,1,0;1,-4,1;0,1,0", "--optimizer", "momentum",
                         "--reduction", "mean", "--lr", "0.02", "--steps", "1500", "--seed", "3", "--json")
    assert code == 0, err
    result = json.loads(out)
    np.testing.assert_allclose(result["weights"], NAMED_KERNELS["laplacian"], atol=0.01)
    assert (result["seed"], result["optimizer"], result["reduction"]) == (3, "momentum", "mean")


def test_same_seed_same_result(capsys):
    a = json.loads(run(capsys, "train", "--steps", "50", "--seed", "7", "--json")[1])
    b = json.loads(run(capsys, "train", "--steps", "50", "--seed", "7", "--json")[1])
    c = json.loads(run(capsys, "train", "--steps", "50", "--seed", "8", "--json")[1])
    assert a["weights"] == b["weights"] and a["weights"] != c["weights"]


def test_progress_lines(capsys):
    code, out, _ = run(capsys, "train", "--steps", "100")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("step  10/100  loss ") and "step 100/100" in out
    assert "learned filter after 100 steps" in out


def test_divergence_reports_and_exits_1(capsys):
    code, out, err = run(capsys, "train", "--lr", "5", "--steps", "500", "--json")
    assert code == 1
    result = json.loads(out)
    assert result["status"] == "diverged" and "learning rate" in result["message"]
    assert np.all(np.isfinite(result["weights"]))


@pytest.mark.parametrize("argv, message", [
    (["train", "--lr", "abc"], "not a number"),
    (["train", "--lr", "nan"], "positive finite"),
    (["train", "--lr", "-1"], "positive finite"),
    (["train", "--steps", "-5"], "0 or more"),
    (["train", "--kernel", "1,2,3;4,5"], "3 rows of 3"),
    (["train", "--kernel", "1,2,x;4,5,6;7,8,9"], "'x' is not a number"),
    (["train", "--target", "gaussian"], "unknown kernel"),
    (["train", "--target", "sobel-x", "--kernel", "1,0,0;0,0,0;0,0,0"], "not allowed with"),
    (["train", "--optimizer", "adam"], "invalid choice"),
    (["train", "--momentum", "1.5"], "[0, 1)"),
    (["train", "--sample", "nope"], "nope"),
    (["train", "/no/such/image.png"], "image.png"),
    (["train", "--size", "2"], "size"),
    (["train", "--bogus"], "unrecognized"),
])
def test_bad_options_one_line_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("cnnviz train: error: ")
    assert message in err
    assert "Traceback" not in err


def test_broken_image_file(capsys, tmp_path):
    bad = tmp_path / "fake.png"
    bad.write_text("hello, I am text")
    code, _, err = run(capsys, "train", str(bad))
    assert code == 2 and "fake.png" in err and err.count("\n") == 1


def test_samples_lists_default(capsys):
    code, out, _ = run(capsys, "samples")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) >= 8 and any("(default)" in line for line in lines)


def test_train_never_imports_qt():
    code = ("import sys; from cnnviz.cli import main; main(['train', '--steps', '3', '--json']); "
            "main(['samples']); bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
            "assert not bad, bad")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_python_dash_m_entry_point():
    proc = subprocess.run([sys.executable, "-m", "cnnviz", "train", "--steps", "1", "--json"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["steps"] == 1


@pytest.mark.parametrize("argv, unbuffered", [(["check", "examples/homework/lesson_overwrite.py"], "1"),
                                              (["samples"], "")])
def test_a_reader_that_stops_early_ends_the_output_quietly(argv, unbuffered):
    """`cnnviz check FILE | head`: the reader is gone before the report is written (unbuffered:
    print fails; buffered: the flush does). No traceback, exit code 141 as for SIGPIPE."""
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    proc = subprocess.Popen([sys.executable, "-m", "cnnviz", *argv], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # as `head` does once it has read enough
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141 and err == ""


def test_save_and_continue_matches_uninterrupted(capsys, tmp_path):
    lesson = tmp_path / "run.cnnviz"
    code, _, err = run(capsys, "train", "--steps", "100", "--optimizer", "momentum", "--lr", "1e-4",
                       "--save", str(lesson), "--json")
    assert code == 0, err
    code, out, err = run(capsys, "train", "--lesson", str(lesson), "--steps", "100", "--json")
    assert code == 0, err
    continued = json.loads(out)
    straight = json.loads(run(capsys, "train", "--steps", "200", "--optimizer", "momentum", "--lr", "1e-4",
                              "--json")[1])
    assert continued["steps"] == 200
    assert continued["weights"] == straight["weights"] and continued["bias"] == straight["bias"]
    assert continued["loss_history"] == straight["loss_history"]


def test_lesson_errors_exit_2(capsys, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    bad.write_bytes(b"not a lesson at all")
    code, _, err = run(capsys, "train", "--lesson", str(bad))
    assert code == 2 and err.count("\n") == 1 and "bad.cnnviz" in err
    code, _, err = run(capsys, "train", "--lesson", str(bad), "--sample", "digit")
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, "train", "--steps", "1", "--save", str(tmp_path / "missing" / "x.cnnviz"))
    assert code == 2 and "folder does not exist" in err


def test_bright_image_gets_a_stable_default_lr(capsys, tmp_path):
    from PIL import Image

    from cnnviz.engine import stable_lr

    pixels = (230 + np.random.default_rng(0).random((32, 32)) * 25).astype(np.uint8)
    Image.fromarray(pixels).save(tmp_path / "bright.png")
    code, out, err = run(capsys, "train", str(tmp_path / "bright.png"), "--steps", "300", "--json")
    assert code == 0 and "would diverge on this image" in err
    result = json.loads(out)
    from cnnviz.images import load_image

    limit = stable_lr(load_image(tmp_path / "bright.png"))
    assert result["lr"] == pytest.approx(0.5 * limit) and result["status"] == "ok"
    assert result["loss"] < result["loss_history"][0]
    # The default itself diverges there: that is why it was lowered.
    code, out, _ = run(capsys, "train", str(tmp_path / "bright.png"), "--lr", "2e-4", "--steps", "1000", "--json")
    assert code == 1 and json.loads(out)["status"] == "diverged"


def test_stable_lr_is_the_divergence_threshold():
    from cnnviz.engine import LessonConfig, Trainer, TrainingDiverged, stable_lr
    from cnnviz.images import load_sample

    x = load_sample("checkerboard")
    limit = stable_lr(x)
    Trainer(x, LessonConfig(lr=0.98 * limit)).step(3000)  # just below: no divergence
    with pytest.raises(TrainingDiverged):
        Trainer(x, LessonConfig(lr=1.2 * limit)).step(3000)  # above: the top mode grows until it overflows


def test_train_whose_loss_explodes_reports_divergence_with_a_converging_lr(capsys):
    from cnnviz.engine import LessonConfig, Trainer, stable_lr
    from cnnviz.images import load_sample

    code, out, err = run(capsys, "train", "--lr", "0.0013", "--steps", "300")
    assert code == 1
    assert "more than 1,000,000× its start" in err
    limit = stable_lr(load_sample("shapes"))
    advised = float(err.split("Try a learning rate of ")[1].split(" ")[0])
    assert advised < limit
    # The advice converges (with momentum too), and the printed weights are short, not 100 digits.
    for optimizer in ("sgd", "momentum"):
        t = Trainer(load_sample("shapes"), LessonConfig(lr=advised, optimizer=optimizer))
        first = t.loss()
        t.step(300)
        assert t.loss() < first
    weight_lines = [line for line in out.splitlines() if "target" in line]
    assert len(weight_lines) == 3 and all(len(line) < 80 for line in weight_lines)


def test_train_prints_weights_in_one_fixed_precision(capsys):
    code, out, _ = run(capsys, "train", "--steps", "2000")
    assert code == 0
    rows = [line.split("target")[0].split() for line in out.splitlines() if "target" in line]
    assert rows == [["1.000", "0.000", "-1.000"], ["2.000", "0.000", "-2.000"], ["1.000", "0.000", "-1.000"]]


def test_no_display_prints_one_line_and_exits_2(capsys, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "")
    monkeypatch.setattr(sys, "platform", "linux")
    code, out, err = run(capsys)
    assert code == 2 and err == "cnnviz: no display; `cnnviz export` works without one\n" and out == ""


def test_help_says_what_each_subcommand_does_and_lists_the_keys(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    out = capsys.readouterr().out
    assert e.value.code == 0
    for words in ("cnnviz train", "train headless", "cnnviz samples", "list the bundled sample images",
                  "cnnviz export", "without a display", "Space play/pause", "F11 presenter mode", "B step-through"):
        assert words in out, words
