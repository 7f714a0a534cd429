"""Lesson files: exact continuation, atomic writes, and refusal of damaged or hostile files."""

import errno
import io
import json
import os
import pickle
import tracemalloc
import warnings
import zipfile

import numpy as np
import pytest

from cnnviz import __version__
from cnnviz import lesson_file as lf
from cnnviz.engine import LessonConfig, Trainer
from cnnviz.lesson_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Lesson,
    LessonFileError,
    lesson_extra,
    load_lesson,
    save_lesson,
    trainer_from_lesson,
)

IMAGE = np.random.default_rng(11).random((12, 12))
DROP = object()  # marks a member to leave out in _rewrite


def _trainer(steps=0, images=IMAGE, capacity=4096, **config) -> Trainer:
    t = Trainer(images, LessonConfig(**config), history_capacity=capacity)
    if steps:
        t.step(steps)
    return t


@pytest.fixture
def saved(tmp_path):
    """A valid momentum lesson whose history has thinned (capacity 4, 9 steps)."""
    path = tmp_path / "valid.cnnviz"
    t = _trainer(9, capacity=4, optimizer="momentum", seed=4)
    assert t.history.stride > 1
    save_lesson(path, t, image_label="random 12x12", extra={"step_through": 17})
    return path


def _members(path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as z:
        return {name: z[name] for name in z.files}


def _header(path) -> dict:
    return json.loads(_members(path)["header"].tobytes().decode())


def _encode(header) -> np.ndarray:
    text = header if isinstance(header, str) else json.dumps(header)
    return np.frombuffer(text.encode(), dtype=np.uint8)


def _rewrite(src, dst, header=None, **members) -> None:
    """Copy a lesson, replacing members (DROP removes one) and/or the header (dict, str or array)."""
    out = _members(src)
    if header is DROP:
        del out["header"]
    elif header is not None:
        out["header"] = header if isinstance(header, np.ndarray) else _encode(header)
    for name, value in members.items():
        if value is DROP:
            del out[name]
        else:
            out[name] = value
    with open(dst, "wb") as f:
        np.savez(f, **out)


def _edit_header(src, dst, edit) -> None:
    h = _header(src)
    edit(h)
    _rewrite(src, dst, header=h)


def _refused(path, *fragments) -> LessonFileError:
    with pytest.raises(LessonFileError) as info:
        load_lesson(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith("cannot open lesson")
    for fragment in fragments:
        assert fragment in message, message
    return info.value


# ---- round trips -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "optimizer, capacity",
    [("sgd", 4096), ("momentum", 4096), ("sgd", 16), ("momentum", 16)],
)
def test_save_open_continue_matches_an_uninterrupted_run_bit_for_bit(tmp_path, optimizer, capacity):
    config = dict(optimizer=optimizer, seed=5, lr=3e-4, momentum=0.8, target="laplacian")
    whole = _trainer(200, capacity=capacity, **config)
    first = _trainer(100, capacity=capacity, **config)
    if capacity == 16:
        assert first.history.stride > 1  # thinning happened before the save, and again after
    save_lesson(tmp_path / "run.cnnviz", first)
    resumed = trainer_from_lesson(load_lesson(tmp_path / "run.cnnviz"))
    resumed.step(100)

    assert resumed.step_count == whole.step_count == 200
    assert np.array_equal(resumed.params, whole.params)
    assert resumed.loss() == whole.loss()
    a, b = whole.state(), resumed.state()
    assert a.keys() == b.keys()
    for key in a:
        assert np.array_equal(a[key], b[key]), key
    for x, y in zip(whole.history.arrays(), resumed.history.arrays()):
        assert np.array_equal(x, y)
    assert resumed.history.stride == whole.history.stride


def test_batch_of_images_and_every_field_round_trip(tmp_path):
    images = np.random.default_rng(2).random((3, 10, 14))
    images[0, 0, 0], images[1, 1, 1] = 0.0, 1.0
    t = _trainer(
        6, images=images, capacity=8, target="1,2,3;4,5,6;7,8,-9.5", lr=1.25e-4, optimizer="momentum",
        momentum=0.5, reduction="mean", activation="tanh", seed=123456789012, init_scale=0.25,
    )
    extra = {"step_through": {"count": 42, "size": "row"}, "labels": ["a", "é"], "scale": 0.1}
    save_lesson(tmp_path / "batch.cnnviz", t, image_label="three crops", extra=extra)
    lesson = load_lesson(tmp_path / "batch.cnnviz")

    assert isinstance(lesson, Lesson)
    assert lesson.images.dtype == np.float64 and lesson.images.shape == (3, 10, 14)
    assert np.array_equal(lesson.images, images)
    assert lesson.config == t.config
    assert lesson.image_label == "three crops"
    assert lesson.step_count == 6 and lesson.history_capacity == 8
    assert lesson_extra(lesson) == extra
    assert lesson.meta["created_with"] == f"cnnviz {__version__}"
    assert set(lesson.state) == set(t.state())
    assert not lesson.images.flags.writeable
    assert all(not a.flags.writeable for a in lesson.state.values())
    copy = lesson_extra(lesson)
    copy["labels"].append("x")
    assert lesson_extra(lesson) == extra  # a copy, not the lesson's own

    restored = trainer_from_lesson(lesson)
    assert np.array_equal(restored.images, images)
    assert np.array_equal(restored.params, t.params)
    assert np.array_equal(restored.target, t.target)


def test_header_describes_the_file(saved):
    h = _header(saved)
    assert h["format"] == FORMAT_NAME and h["version"] == FORMAT_VERSION == 2
    assert h["config"] == LessonConfig(optimizer="momentum", seed=4).to_dict()
    assert h["step_count"] == 9 and h["history_capacity"] == 4
    members = _members(saved)
    assert list(members)[0] == "header"  # first member: identifies the file
    assert set(h["arrays"]) == set(members) - {"header"}
    for name, entry in h["arrays"].items():
        assert entry == {"dtype": members[name].dtype.str, "shape": list(members[name].shape)}
    assert zipfile.is_zipfile(saved)


def test_restoring_with_too_small_a_history_is_refused(saved):
    lesson = load_lesson(saved)
    with pytest.raises(LessonFileError, match="capacity"):
        trainer_from_lesson(lesson, history_capacity=2)
    assert trainer_from_lesson(lesson, history_capacity=64).step_count == 9


def test_overwriting_an_existing_lesson(tmp_path):
    path = tmp_path / "l.cnnviz"
    save_lesson(path, _trainer(3))
    save_lesson(path, _trainer(5))
    assert load_lesson(path).step_count == 5
    assert os.listdir(tmp_path) == ["l.cnnviz"]


# ---- atomic writes -----------------------------------------------------------------------------
def _fail_while_writing(exc):
    def savez(f, **arrays):
        f.write(b"PK\x03\x04 half a lesson")
        raise exc

    return savez


@pytest.mark.parametrize("where", ["savez", "replace"])
@pytest.mark.parametrize("exc", [OSError(errno.ENOSPC, "No space left on device"), RuntimeError("boom")])
def test_failed_save_keeps_the_old_file_and_leaves_no_temp_file(tmp_path, monkeypatch, where, exc):
    path = tmp_path / "lesson.cnnviz"
    path.write_bytes(b"the old bytes")
    if where == "savez":
        monkeypatch.setattr(np, "savez_compressed", _fail_while_writing(exc))
    else:
        def replace(src, dst):
            raise exc

        monkeypatch.setattr(lf.os, "replace", replace)
    expected = LessonFileError if isinstance(exc, OSError) else RuntimeError
    with pytest.raises(expected) as info:
        save_lesson(path, _trainer(2))
    if expected is LessonFileError:
        assert str(info.value) == f"cannot save lesson to {path}: No space left on device"
    monkeypatch.undo()
    assert path.read_bytes() == b"the old bytes"
    assert os.listdir(tmp_path) == ["lesson.cnnviz"]


def test_failed_first_save_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(np, "savez_compressed", _fail_while_writing(OSError(errno.EIO, "Input/output error")))
    with pytest.raises(LessonFileError, match="Input/output error"):
        save_lesson(tmp_path / "new.cnnviz", _trainer())
    assert os.listdir(tmp_path) == []


def test_unwritable_destinations_are_refused_with_one_line(tmp_path):
    a_file = tmp_path / "plain.txt"
    a_file.write_text("not a folder")
    cases = [
        (tmp_path / "missing" / "l.cnnviz", "does not exist"),
        (a_file / "l.cnnviz", "is not a folder"),
        (tmp_path, "it is a folder"),
    ]
    for path, reason in cases:
        with pytest.raises(LessonFileError) as info:
            save_lesson(path, _trainer())
        message = str(info.value)
        assert message.startswith(f"cannot save lesson to {path}") and reason in message
        assert "\n" not in message
    assert sorted(os.listdir(tmp_path)) == ["plain.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LessonFileError, match="Permission denied"):
            save_lesson(folder / "l.cnnviz", _trainer())
    finally:
        folder.chmod(0o700)
    assert os.listdir(folder) == []


def test_permission_denied_is_reported_even_when_running_as_root(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(lf.os, "open", denied)
    with pytest.raises(LessonFileError, match=r"cannot save lesson to .*: Permission denied$"):
        save_lesson(tmp_path / "l.cnnviz", _trainer())
    monkeypatch.undo()
    assert os.listdir(tmp_path) == []


def test_runs_the_format_cannot_hold_are_refused_before_writing(tmp_path):
    path = tmp_path / "l.cnnviz"
    with pytest.raises(LessonFileError, match=r"\[0, 1\]"):
        save_lesson(path, _trainer(images=IMAGE * 2))
    with pytest.raises(LessonFileError, match="JSON"):
        save_lesson(path, _trainer(), extra={"bad": float("nan")})
    with pytest.raises(LessonFileError, match="JSON"):
        save_lesson(path, _trainer(), extra={"bad": {1, 2}})
    with pytest.raises(LessonFileError, match="history_capacity"):
        save_lesson(path, _trainer(capacity=2**20))
    assert os.listdir(tmp_path) == []


# ---- refused files -----------------------------------------------------------------------------
def test_missing_empty_and_random_files_are_refused(tmp_path):
    _refused(tmp_path / "nope.cnnviz", "No such file")
    _refused(tmp_path, "not a regular file")
    empty = tmp_path / "empty.cnnviz"
    empty.write_bytes(b"")
    _refused(empty, "empty")
    noise = tmp_path / "noise.cnnviz"
    for seed in range(5):
        noise.write_bytes(np.random.default_rng(seed).bytes(1000))
        _refused(noise, "not a cnnviz lesson")
    single = tmp_path / "single.cnnviz"
    with open(single, "wb") as f:
        np.save(f, IMAGE)
    _refused(single, "single NumPy array")
    huge = io.BytesIO()  # a bare .npy declaring 8 TB: refused by its magic, never parsed
    np.lib.format.write_array_header_1_0(huge, {"descr": "<f8", "fortran_order": False, "shape": (10**6, 10**6)})
    single.write_bytes(huge.getvalue() + b"\0" * 80)
    _refused(single, "single NumPy array")


def test_truncated_files_are_refused(saved, tmp_path):
    data = saved.read_bytes()
    cut = tmp_path / "cut.cnnviz"
    for length in (1, 4, 30, 100, len(data) // 3, len(data) // 2, len(data) - 100, len(data) - 22, len(data) - 1):
        cut.write_bytes(data[:length])
        _refused(cut)


def test_wrong_format_and_versions_are_refused(saved, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    for format_name in ("cnnviz-lessons", "", None, 1):
        _edit_header(saved, bad, lambda h: h.update(format=format_name))
        _refused(bad, "not a cnnviz lesson")
    _edit_header(saved, bad, lambda h: h.update(version=3))
    _refused(bad, "newer cnnviz", "version 3")
    _edit_header(saved, bad, lambda h: h.update(version=0))
    _refused(bad, "unsupported lesson format version 0")
    for version in ("1", 1.0, True, None):
        _edit_header(saved, bad, lambda h: h.update(version=version))
        _refused(bad, "version must be an integer")


@pytest.mark.parametrize(
    "text, reason",
    [
        ("{not json", "not valid JSON"),
        ("[1, 2, 3]", "must be a JSON object"),
        ('"cnnviz-lesson"', "must be a JSON object"),
        ('{"format": "cnnviz-lesson", "format": "cnnviz-lesson"}', "duplicate key"),
        ('{"format": "cnnviz-lesson", "version": 1, "x": NaN}', "NaN is not allowed"),
        ('{"format": "cnnviz-lesson", "version": 1, "x": 1e999}', "out of range"),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
    ],
)
def test_headers_that_are_not_a_json_object_are_refused(saved, tmp_path, text, reason):
    bad = tmp_path / "bad.cnnviz"
    _rewrite(saved, bad, header=text)
    _refused(bad, reason)


def test_header_that_is_not_utf8_or_not_bytes_is_refused(saved, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    _rewrite(saved, bad, header=np.frombuffer(b"\xff\xfe{}", dtype=np.uint8))
    _refused(bad, "not UTF-8")
    _rewrite(saved, bad, header=np.array([1.0, 2.0]))
    _refused(bad, "header.npy has dtype <f8")
    _rewrite(saved, bad, header=np.zeros((3, 3), dtype=np.uint8))
    _refused(bad, "header has shape (3, 3)")


@pytest.mark.parametrize(
    "edit, reason",
    [
        (lambda h: h.pop("config"), "header lacks config"),
        (lambda h: h.update(comment="hi"), "unknown key 'comment'"),
        (lambda h: h["config"].update(colour="red"), "unknown setting 'colour'"),
        (lambda h: h["config"].pop("seed"), "config lacks seed"),
        (lambda h: h["config"].update(lr=-1.0), "learning rate must be a positive finite number"),
        (lambda h: h["config"].update(lr=0), "learning rate must be a positive finite number"),
        (lambda h: h["config"].update(lr="0.1"), "config.lr must be a finite number"),
        (lambda h: h["config"].update(lr=True), "config.lr must be a finite number"),
        (lambda h: h["config"].update(momentum=1.0), "momentum must be in [0, 1)"),
        (lambda h: h["config"].update(momentum=None), "config.momentum must be a finite number"),
        (lambda h: h["config"].update(seed=1.5), "config.seed must be an integer"),
        (lambda h: h["config"].update(seed=-1), "config.seed must be an integer"),
        (lambda h: h["config"].update(seed=2**70), "config.seed must be an integer"),
        (lambda h: h["config"].update(target="nonsense"), "unknown kernel"),
        (lambda h: h["config"].update(target=["sobel-x"]), "config.target must be text"),
        (lambda h: h["config"].update(activation="softmax"), "bad setting"),
        (lambda h: h["config"].update(optimizer="adam"), "unknown optimizer"),
        (lambda h: h.update(config=[]), "config must be a JSON object"),
        (lambda h: h.update(image_label=3), "image_label must be text"),
        (lambda h: h.update(image_label="x" * 5000), "longer than"),
        (lambda h: h.update(extra=[1]), "extra must be a JSON object"),
        (lambda h: h.update(step_count=-1), "step_count must be an integer"),
        (lambda h: h.update(step_count=8), "header says 8"),
        (lambda h: h.update(history_capacity=3), "must be even"),
        (lambda h: h.update(history_capacity=2**40), "history_capacity must be an integer"),
        (lambda h: h.update(arrays={}), "array list does not match"),
        (lambda h: h["arrays"].pop("params"), "array list does not match"),
        (lambda h: h["arrays"]["params"].update(dtype="<f4"), "says params has dtype '<f4'"),
        (lambda h: h["arrays"]["params"].update(shape=[11]), "expected shape (10,)"),
        (lambda h: h["arrays"]["images"].update(shape=[1, 12, 13]), "(1, 12, 12) but the header says (1, 12, 13)"),
        (lambda h: h["arrays"]["images"].update(shape=[1, 5000, 5000]), "3 to 1024 pixels"),
        (lambda h: h["arrays"]["images"].update(shape=[10**30, 12, 12]), "short list of sizes"),
        (lambda h: h["arrays"]["images"].update(shape=[256, 1024, 1024]), "MiB of pixels"),
        (lambda h: h["arrays"]["images"].update(shape="(1, 12, 12)"), "short list of sizes"),
    ],
)
def test_bad_header_fields_are_refused(saved, tmp_path, edit, reason):
    bad = tmp_path / "bad.cnnviz"
    _edit_header(saved, bad, edit)
    _refused(bad, reason)


def test_non_finite_and_out_of_range_values_are_refused(saved, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    m = _members(saved)

    def with_value(name, index, value):
        a = m[name].copy()
        a[index] = value
        return a

    _rewrite(saved, bad, params=with_value("params", 3, np.nan))
    _refused(bad, "params contain NaN")
    _rewrite(saved, bad, images=with_value("images", (0, 5, 5), np.inf))
    _refused(bad, "images contain NaN or infinite")
    _rewrite(saved, bad, images=with_value("images", (0, 0, 0), 1.5))
    _refused(bad, "[0, 1]")
    _rewrite(saved, bad, images=with_value("images", (0, 0, 0), -0.1))
    _refused(bad, "[0, 1]")
    _rewrite(saved, bad, optimizer_velocity=with_value("optimizer_velocity", 0, -np.inf))
    _refused(bad, "optimizer_velocity contain NaN")
    _rewrite(saved, bad, history_params=with_value("history_params", (0, 0), np.nan))
    _refused(bad, "history_params contain NaN")
    _rewrite(saved, bad, history_losses=with_value("history_losses", 0, np.nan))
    _refused(bad, "history losses")
    _rewrite(saved, bad, initial_params=with_value("initial_params", 0, 0.123))
    _refused(bad, "initial_params do not match seed 4")
    _rewrite(saved, bad, step_count=np.array(10))
    _refused(bad, "step_count is 10 but the header says 9")


def test_inconsistent_history_is_refused(saved, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    m = _members(saved)
    steps, losses, params = m["history_steps"], m["history_losses"], m["history_params"]
    stride = int(m["history_stride"])
    assert stride == 4 and list(steps) == [0, 4, 8]

    def fix_header(**shapes):
        h = _header(saved)
        for name, shape in shapes.items():
            h["arrays"][name]["shape"] = list(shape)
        return h

    _rewrite(saved, bad, header=fix_header(history_losses=(2,)), history_losses=losses[:2])
    _refused(bad, "disagree in length")
    _rewrite(saved, bad, history_steps=np.array([0, 4, 6]))
    _refused(bad, "multiples of the stride 4")
    _rewrite(saved, bad, history_steps=np.array([0, 8, 4]))
    _refused(bad, "must increase")
    _rewrite(saved, bad, history_steps=np.array([0, 4, 12]))
    _refused(bad, "below the step count 9")
    _rewrite(saved, bad, history_steps=np.array([-4, 0, 4]))
    _refused(bad, "must increase")
    _rewrite(saved, bad, history_steps=np.array([0, 2**62, -(2**62)]))
    _refused(bad, "must increase")
    _rewrite(saved, bad, history_stride=np.array(3))
    _refused(bad, "power of two")
    _rewrite(saved, bad, history_stride=np.array(0))
    _refused(bad, "power of two")
    five = (5,)
    _rewrite(
        saved, bad,
        header=fix_header(history_steps=five, history_losses=five, history_params=(5, 10), history_grads=(5, 10)),
        history_steps=np.arange(5) * 4 // 4, history_losses=np.ones(5), history_params=np.zeros((5, 10)),
        history_grads=np.zeros((5, 10)), history_stride=np.array(1),
    )
    _refused(bad, "more than its capacity 4")


def test_wrong_dtypes_are_refused(saved, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    m = _members(saved)
    _rewrite(saved, bad, params=m["params"].astype(np.float32))
    _refused(bad, "params.npy has dtype <f4, expected <f8")
    _rewrite(saved, bad, step_count=np.array(9.0))
    _refused(bad, "step_count.npy has dtype <f8, expected <i8")
    _rewrite(saved, bad, images=m["images"].astype(">f8"))
    _refused(bad, "images.npy has dtype >f8, expected <f8")
    _rewrite(saved, bad, history_steps=m["history_steps"].astype(np.int32))
    _refused(bad, "history_steps.npy has dtype <i4")
    _rewrite(saved, bad, params=np.zeros(10, dtype=[("w", "<f8")]))
    _refused(bad, "params.npy has dtype")


def test_missing_and_unknown_members_are_refused(saved, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    _rewrite(saved, bad, history_stride=DROP)
    _refused(bad, "missing array member history_stride.npy")
    _rewrite(saved, bad, optimizer_velocity=DROP)  # a momentum lesson without its velocity
    _refused(bad, "missing array member optimizer_velocity.npy")
    _rewrite(saved, bad, header=DROP)
    _refused(bad, "no header.npy member")
    _rewrite(saved, bad, notes=np.zeros(3))
    _refused(bad, "unknown member notes.npy")
    _edit_header(saved, bad, lambda h: h["config"].update(optimizer="sgd"))  # sgd has no velocity
    _refused(bad, "array list does not match the lesson (see 'optimizer_velocity')")
    _edit_header(saved, bad, lambda h: (h["config"].update(optimizer="sgd"), h["arrays"].pop("optimizer_velocity")))
    _refused(bad, "unknown member optimizer_velocity.npy")

    with zipfile.ZipFile(bad, "a") as z:
        z.writestr("readme.txt", "hello")
    _refused(bad, "unexpected member 'readme.txt'")
    _rewrite(saved, bad)
    with zipfile.ZipFile(bad, "a") as z, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        z.writestr("params.npy", z.read("params.npy"))
    _refused(bad, "appears twice")


def test_pickled_object_array_is_refused_by_allow_pickle_false(saved, tmp_path):
    bad = tmp_path / "bad.cnnviz"
    hostile = np.array([os.system, "echo pwned", None], dtype=object)
    out = _members(saved)
    out["params"] = hostile
    with zipfile.ZipFile(bad, "w") as z:  # np.savez(allow_pickle=) needs NumPy 2: write the members
        for name, array in out.items():
            with z.open(name + ".npy", "w") as member:
                np.lib.format.write_array(member, np.asanyarray(array), allow_pickle=True)
    with zipfile.ZipFile(bad) as z:
        assert b"system" in z.read("params.npy")  # really a pickle in there
    error = _refused(bad, "pickled Python objects")
    # It was numpy's allow_pickle=False that stopped it (and it did not escape as a raw ValueError).
    assert isinstance(error.__cause__, ValueError) and "allow_pickle" in str(error.__cause__)

    whole_file = tmp_path / "pickle.cnnviz"
    whole_file.write_bytes(pickle.dumps({"params": np.zeros(10)}))
    _refused(whole_file, "not a cnnviz lesson")


def test_npy_header_declaring_a_huge_array_is_refused_before_allocating(saved, tmp_path):
    """images.npy says (1, 5000, 5000) but holds only a few bytes: refused without reading."""
    bad = tmp_path / "bad.cnnviz"
    member = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        member, {"descr": "<f8", "fortran_order": False, "shape": (1, 5000, 5000)}
    )
    member.write(b"\0" * 64)
    _rewrite(saved, bad, images=DROP)
    with zipfile.ZipFile(bad, "a") as z:
        z.writestr("images.npy", member.getvalue())
    tracemalloc.start()
    try:
        _refused(bad, "images.npy has shape (1, 5000, 5000) but the header says (1, 12, 12)")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20

    # The same lie with a shape that passes the checks: the member's size gives it away.
    member = io.BytesIO()
    np.lib.format.write_array_header_1_0(member, {"descr": "<f8", "fortran_order": False, "shape": (1, 12, 12)})
    member.write(b"\0" * 64)
    _rewrite(saved, bad, images=DROP)
    with zipfile.ZipFile(bad, "a") as z:
        z.writestr("images.npy", member.getvalue())
    _refused(bad, "images.npy is", "needs")


def test_zip_bomb_member_is_refused_by_its_declared_size(saved, tmp_path):
    """A real 200 MB images.npy (1, 5000, 5000) compressed to a few hundred KB."""
    bad = tmp_path / "bomb.cnnviz"
    _rewrite(saved, bad, images=DROP)
    info = zipfile.ZipInfo("images.npy")
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(bad, "a") as z, z.open(info, "w", force_zip64=True) as f:
        np.lib.format.write_array_header_1_0(f, {"descr": "<f8", "fortran_order": False, "shape": (1, 5000, 5000)})
        zeros = bytes(2**22)
        for _ in range(5000 * 5000 * 8 // len(zeros)):
            f.write(zeros)
        f.write(bytes(5000 * 5000 * 8 % len(zeros)))
    assert bad.stat().st_size < 2**20
    tracemalloc.start()
    try:
        _refused(bad, "images.npy declares", "more than the limit")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20


def test_refusing_a_file_changes_nothing(saved, tmp_path):
    live = _trainer(3)
    before = live.state()
    bad = tmp_path / "bad.cnnviz"
    _rewrite(saved, bad, params=np.full(10, np.nan))
    _refused(bad)
    after = live.state()
    assert all(np.array_equal(before[k], after[k]) for k in before)
    assert load_lesson(saved).step_count == 9  # and the good file still opens


# ---- fuzzing ------------------------------------------------------------------------------------
def _mutate(data: bytes, rng: np.random.Generator) -> bytes:
    b = bytearray(data)
    if not b:
        return rng.bytes(int(rng.integers(1, 64)))
    kind = rng.integers(6)
    if kind == 0:  # flip a few bits
        for _ in range(rng.integers(1, 9)):
            b[rng.integers(len(b))] ^= 1 << int(rng.integers(8))
    elif kind == 1:  # overwrite a run with random bytes
        start = int(rng.integers(len(b)))
        run = rng.bytes(int(rng.integers(1, 64)))
        b[start : start + len(run)] = run
    elif kind == 2:  # truncate
        del b[rng.integers(len(b)) :]
    elif kind == 3:  # insert bytes
        at = int(rng.integers(len(b)))
        b[at:at] = rng.bytes(int(rng.integers(1, 32)))
    elif kind == 4:  # delete a run
        at = int(rng.integers(len(b)))
        del b[at : at + int(rng.integers(1, 64))]
    else:  # set a byte to an extreme value (sizes, counts, offsets)
        b[rng.integers(len(b))] = int(rng.choice([0, 1, 0x7F, 0x80, 0xFF]))
    return bytes(b)


def _loads_or_refuses(path) -> bool:
    try:
        lesson = load_lesson(path)
    except LessonFileError as e:
        assert "\n" not in str(e)
        return False
    trainer = trainer_from_lesson(lesson)
    assert np.all(np.isfinite(trainer.params))
    assert np.all(np.isfinite(trainer.images))
    return True


@pytest.mark.parametrize("compressed", [True, False])
def test_fuzzed_bytes_either_load_or_are_refused(saved, tmp_path, compressed):
    source = saved
    if not compressed:  # stored members: mutations reach the arrays themselves, behind the CRC
        source = tmp_path / "stored.cnnviz"
        _rewrite(saved, source)
    data = source.read_bytes()
    rng = np.random.default_rng(2024 + compressed)
    fuzzed = tmp_path / "fuzzed.cnnviz"
    for _ in range(150):
        fuzzed.write_bytes(_mutate(data, rng))
        _loads_or_refuses(fuzzed)


def test_fuzzed_headers_either_load_or_are_refused(saved, tmp_path):
    """Structure-aware: valid archives whose header values are replaced by odd JSON values."""
    header = _header(saved)
    paths = [("format",), ("version",), ("step_count",), ("history_capacity",), ("extra",), ("image_label",)]
    paths += [("config", k) for k in header["config"]]
    paths += [("arrays", k, f) for k in header["arrays"] for f in ("dtype", "shape")]
    odd = [None, True, 0, -1, 1, 2, 2**63, 1.5, -0.0, 1e308, "", "x", "sgd", "momentum"]
    odd += [[], [1], [3, 3], [1, 12, 12], {}, {"a": 1}]
    rng = np.random.default_rng(99)
    fuzzed = tmp_path / "fuzzed.cnnviz"
    loaded = 0
    for _ in range(120):
        h = json.loads(json.dumps(header))
        for _ in range(rng.integers(1, 3)):
            *parents, key = paths[rng.integers(len(paths))]
            node = h
            for p in parents:
                node = node[p]
            node[key] = odd[rng.integers(len(odd))]
        _rewrite(saved, fuzzed, header=h)
        loaded += _loads_or_refuses(fuzzed)
    assert loaded < 120
