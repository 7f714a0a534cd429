"""Extreme values on the command line: strict JSON always, extreme lessons export or are refused
with one line."""

import json
import math

import pytest
from PIL import Image

from cnnviz.cli import main, strict_json

from tests.app.test_extreme_values import ACCEPTED, REFUSED, craft_lesson


def _no_constants(name):
    raise AssertionError(f"{name} is not JSON")


def test_strict_json_writes_non_finite_numbers_as_null():
    text = strict_json({"loss": math.inf, "h": [1.5, math.nan, -math.inf], "n": 3})
    assert json.loads(text) == {"loss": None, "h": [1.5, None, None], "n": 3}


@pytest.mark.parametrize("lr", ["1e3", "1e300"])
def test_train_json_is_strict_even_when_training_diverges(capsys, lr):
    code = main(["train", "--steps", "50", "--lr", lr, "--json"])
    out = capsys.readouterr().out
    data = json.loads(out, parse_constant=_no_constants)
    assert code == 1 and data["status"] == "diverged"
    assert all(math.isfinite(v) for v in data["loss_history"]) and math.isfinite(data["loss"])


def test_train_json_on_a_lesson_with_huge_values(tmp_path, capsys):
    path = craft_lesson(tmp_path / "x.cnnviz", {**ACCEPTED["loss at the largest float"],
                                                **ACCEPTED["weights 1e150"]})
    main(["train", "--lesson", str(path), "--steps", "0", "--json"])
    data = json.loads(capsys.readouterr().out, parse_constant=_no_constants)
    assert data["weights"][0][0] == 1e150 and max(data["loss_history"]) == 1.7976931348623157e308


@pytest.mark.parametrize("case", ["loss at the largest float", "history params +-1.8e308", "weights 1e150"])
def test_export_draws_extreme_lessons(tmp_path, capsys, case):
    path = craft_lesson(tmp_path / "x.cnnviz", ACCEPTED[case])
    out = tmp_path / "w.png"
    assert main(["export", "--lesson", str(path), "--steps", "0", "--panel", "window", "--out", str(out)]) == 0
    with Image.open(out) as im:
        assert im.size == (1600, 900)
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("case", REFUSED)
def test_export_refuses_unusable_lessons_with_one_line(tmp_path, capsys, case):
    changes, reason = REFUSED[case]
    path = craft_lesson(tmp_path / "x.cnnviz", changes)
    assert main(["export", "--lesson", str(path), "--out", str(tmp_path / "w.png")]) == 2
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1
    assert not (tmp_path / "w.png").exists()
