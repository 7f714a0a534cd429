"""Seeds validated at parse time; messages stay one line of reasonable length."""

import io
import zipfile

import pytest

from cnnviz import lesson_file
from cnnviz.cli import main
from cnnviz.engine import LessonConfig, Trainer

from tests.app.test_extreme_values import craft_lesson


@pytest.mark.parametrize("seed", [str(2**64), "-1", "1e3", "9" * 5000])
def test_a_bad_seed_is_refused_before_training(capsys, seed):
    assert main(["train", "--seed", seed, "--steps", "100"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # not one step printed
    assert "2**64-1" in captured.err and captured.err.count("\n") == 1 and len(captured.err) < 200


def test_the_largest_seed_trains_and_saves(tmp_path, capsys):
    path = tmp_path / "l.cnnviz"
    assert main(["train", "--seed", str(2**64 - 1), "--steps", "2", "--save", str(path)]) == 0
    assert lesson_file.load_lesson(path).config.seed == 2**64 - 1


def test_the_config_refuses_seeds_beyond_64_bits():
    with pytest.raises(ValueError, match="2\\*\\*64-1"):
        LessonConfig(seed=2**64).validated()
    with pytest.raises(ValueError):
        Trainer([[0.0] * 4] * 4, LessonConfig(seed=2**64))


def _with_npy_header(path, member, header):
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                h = header.encode("latin1")
                h += b" " * (64 - (10 + len(h) + 1) % 64) + b"\n"
                data = b"\x93NUMPY\x01\x00" + len(h).to_bytes(2, "little") + h + data[data.index(b"\n") + 1:]
            z.writestr(info.filename, data)
    path.write_bytes(out.getvalue())


@pytest.mark.parametrize("member, shape, words", [
    ("params.npy", "(" + "1, " * 1500 + ")", "params.npy has shape (1, 1,"),
    ("images.npy", "(" + "9" * 3000 + ",)", "images.npy has shape (999"),
    ("params.npy", "(len('x'),)", "a Python Call expression"),
])
def test_hostile_npy_headers_give_one_short_line(tmp_path, member, shape, words):
    path = craft_lesson(tmp_path / "x.cnnviz", {})
    _with_npy_header(path, member, "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }")
    with pytest.raises(lesson_file.LessonFileError) as info:
        lesson_file.load_lesson(path)
    message = str(info.value)
    assert words in message and len(message) < 250 and "\n" not in message and "<ast." not in message
