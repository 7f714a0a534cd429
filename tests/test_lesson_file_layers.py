"""Lesson files, format version 2: kernel size, stride, padding and colour; version 1 still opens."""

import json

import numpy as np
import pytest

from cnnviz.engine import LessonConfig, Trainer
from cnnviz.lesson_file import LessonFileError, load_lesson, save_lesson, trainer_from_lesson

RGB = np.random.default_rng(12).random((2, 3, 11, 12))


def _members(path):
    with np.load(path, allow_pickle=False) as z:
        return {name: z[name] for name in z.files}


def _rewrite_header(src, dst, edit):
    out = _members(src)
    header = json.loads(out["header"].tobytes().decode())
    edit(header)
    out["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    with open(dst, "wb") as f:
        np.savez(f, **out)


@pytest.mark.parametrize("config", [
    LessonConfig(color=True, stride=2, padding=1, optimizer="momentum", lr=1e-4, seed=9),
    LessonConfig(color=True, kernel_size=5, padding="same", target=";".join(["0,0,1,0,0"] * 5), lr=2e-5),
])
def test_colour_stride_padding_save_open_continue_bit_for_bit(tmp_path, config):
    whole = Trainer(RGB, config, history_capacity=16)
    whole.step(40)
    first = Trainer(RGB, config, history_capacity=16)
    first.step(20)
    save_lesson(tmp_path / "c.cnnviz", first, image_label="rgb")
    lesson = load_lesson(tmp_path / "c.cnnviz")
    assert lesson.config == config and lesson.images.shape == (2, 3, 11, 12)
    assert lesson.state["params"].shape == (config.num_params,)
    resumed = trainer_from_lesson(lesson)
    resumed.step(20)
    np.testing.assert_array_equal(resumed.params, whole.params)
    for a, b in zip(whole.history.arrays(), resumed.history.arrays()):
        np.testing.assert_array_equal(a, b)


def test_a_version_1_file_opens_as_the_classroom_layer(tmp_path):
    t = Trainer(RGB[0, 0], LessonConfig(seed=3))
    t.step(5)
    save_lesson(tmp_path / "new.cnnviz", t)

    def as_version_1(h):
        h["version"] = 1
        for key in ("kernel_size", "stride", "padding", "color"):
            del h["config"][key]

    _rewrite_header(tmp_path / "new.cnnviz", tmp_path / "old.cnnviz", as_version_1)
    lesson = load_lesson(tmp_path / "old.cnnviz")
    assert lesson.config == t.config and lesson.config.is_classroom_layer
    np.testing.assert_array_equal(trainer_from_lesson(lesson).params, t.params)
    # a version 1 file with a layer setting was not written by cnnviz 1
    _rewrite_header(tmp_path / "new.cnnviz", tmp_path / "odd.cnnviz", lambda h: h.update(version=1))
    with pytest.raises(LessonFileError, match="config has unknown setting 'color'"):
        load_lesson(tmp_path / "odd.cnnviz")


@pytest.mark.parametrize("edit, message", [
    (lambda h: h["config"].update(stride=40), "stride 40 is larger than the 12x11 image"),
    (lambda h: h["config"].update(kernel_size=4), "the named kernels are 3x3"),
    (lambda h: h["config"].update(padding="wide"), "padding must be valid, same, full"),
    (lambda h: h["config"].update(padding=-2), "config.padding must be valid, same, full or a number"),
    (lambda h: h["config"].update(color=False), "images must have shape .N, H, W."),
    (lambda h: h["config"].pop("stride"), "config lacks stride"),
])
def test_bad_layer_settings_are_refused_in_one_line(tmp_path, edit, message):
    save_lesson(tmp_path / "c.cnnviz", Trainer(RGB, LessonConfig(color=True, lr=1e-4)))
    _rewrite_header(tmp_path / "c.cnnviz", tmp_path / "bad.cnnviz", edit)
    with pytest.raises(LessonFileError, match=message) as info:
        load_lesson(tmp_path / "bad.cnnviz")
    assert "\n" not in str(info.value)
