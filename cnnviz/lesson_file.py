"""Lesson files: save a run and open it later so it continues exactly as if it never stopped.

No Qt here. A lesson file holds the image(s), every setting (the seed included), the initial and
current weights, the optimizer state, the step count and the (thinned) history, so that

    save after 100 steps -> open -> 100 more steps   ==   200 uninterrupted steps, bit for bit.

Lesson file format, version 2
=============================

What changed from version 1: the lesson's layer (the lecture's next slides). ``config`` gains
``kernel_size`` (1..7), ``stride`` (>= 1), ``padding`` ("valid", "same", "full" or a whole
number of pixels) and ``color`` (true: RGB images and a (3, k, k) filter), so the parameter
vectors hold C*k*k + 1 numbers (10 for the classroom's 3x3 grey filter, 28 for 3x3 colour) and
colour images are (N, 3, H, W). Version 1 files still open: they are the classroom layer
(kernel_size 3, stride 1, padding "valid", color false), exactly as before. Files are always
saved as version 2; a cnnviz that reads only version 1 refuses them ("made by a newer cnnviz").

A lesson file (suggested extension ``.cnnviz``) is a NumPy ``.npz`` archive: a ZIP file whose
members are ``.npy`` arrays, written with ``np.savez_compressed`` and read with
``np.load(..., allow_pickle=False)`` (no pickle, ever). Members:

======================== ========= ============ ==================================================
member                   dtype     shape        meaning
======================== ========= ============ ==================================================
``header.npy``           ``|u1``   (bytes,)     UTF-8 JSON object, the header (below); <= 1 MiB
``images.npy``           ``<f8``   (N, H, W)    the image(s), values in [0, 1]; colour: (N, 3, H, W);
                                                1 <= N <= 256, 3 <= H, W <= 1024, <= 64 MiB
``params.npy``           ``<f8``   (P,)         current weights (raster order: channel, row, column),
                                                then the bias; P = C*k*k + 1 (10 by default)
``initial_params.npy``   ``<f8``   (P,)         the weights at step 0 (must match config.seed)
``step_count.npy``       ``<i8``   ()           updates taken so far
``optimizer_velocity``   ``<f8``   (P,)         momentum's velocity v (only when optimizer is
``.npy``                                        "momentum"; absent for "sgd")
``history_steps.npy``    ``<i8``   (n,)         recorded steps: increasing multiples of the
                                                stride, each < step_count; n <= capacity
``history_losses.npy``   ``<f8``   (n,)         the loss before each recorded step (>= 0)
``history_params.npy``   ``<f8``   (n, P)       the parameters before each recorded step
``history_grads.npy``    ``<f8``   (n, P)       the gradient buffer (dw raster order, db) applied there
``history_stride.npy``   ``<i8``   ()           a power of two: only every stride-th step is kept
======================== ========= ============ ==================================================

The header is a JSON object with exactly these keys::

    {
      "format": "cnnviz-lesson",          # identifies the file
      "version": 2,                       # FORMAT_VERSION; 1 also opens, others are refused
      "created_with": "cnnviz 0.1.0",
      "saved_at": "2025-01-01T12:00:00+00:00",
      "image_label": "sample: checkerboard",   # free text shown in the app
      "config": {"target": "sobel-x", "lr": 0.0002, "optimizer": "sgd", "momentum": 0.9,
                 "reduction": "sum", "activation": "identity", "seed": 0, "init_scale": 0.5,
                 "kernel_size": 3, "stride": 1, "padding": "valid", "color": false},
      "step_count": 100,                  # equals step_count.npy
      "history_capacity": 4096,           # rows the history keeps before it thins itself
      "arrays": {"images": {"dtype": "<f8", "shape": [1, 32, 32]}, ...},  # every array member
      "extra": {}                         # free-form JSON object: UI preferences
    }

``config`` has exactly the fields of ``LessonConfig`` (unknown or missing keys are refused; in
version 1 the four layer keys are absent and take the classroom's values) and must pass
``LessonConfig.validated()``; the layer must fit the images (a kernel or stride larger than the
padded image is refused). Floats in the header must be finite; NaN/Infinity and
duplicate keys are refused. Floats are written with Python's shortest round-trip repr, so the
learning rate reads back bit for bit.

What each array may hold (extreme values): ``images`` lie in [0, 1]; ``params``,
``initial_params``, ``optimizer_velocity``, ``history_params`` and ``history_grads`` may hold any
finite float (every panel, curve, colour bar and export draws them: colour levels are clamped to
+-1e300 and curves of huge values are plotted in units of a power of ten); ``history_losses``
are finite and >= 0 (+inf, a loss that overflowed, is refused); NaN and infinities are refused
everywhere. A lesson continues only from weights whose loss and gradient on its images are
finite: ``trainer_from_lesson`` refuses others ("its weights make the loss overflow"), since
training could not take a step from there either. ``image_label`` is text: undecodable bytes of
a file name (lone surrogates) are saved as ``\\xNN`` escapes.

Opening is strict: an empty, truncated or damaged file, another format or version, or a hostile
file (NaN/inf, values outside [0, 1], absurd or inconsistent shapes, wrong dtypes, object/pickled
arrays, missing or unknown members, members whose declared uncompressed size exceeds 64 MiB or
whose sizes add up to more than 128 MiB, inconsistent history) raises ``LessonFileError``, a
``ValueError`` whose message is one line. Declared sizes (ZIP directory and each ``.npy`` header)
are checked before any array is read, so nothing large is allocated for a lying file. Loading
returns a new ``Lesson``; nothing live is touched until ``trainer_from_lesson`` builds a new
``Trainer`` from a fully validated lesson.

Saving is atomic: the archive is written to a temporary file in the destination folder, flushed
and fsync'ed, then moved over the destination with ``os.replace``. On any error the temporary
file is removed and an existing file keeps its old contents. Saving runs the same validation as
opening, so every file cnnviz writes, cnnviz can read.

Continuing bit for bit needs the same history capacity (it decides when the history thins);
``trainer_from_lesson`` uses the saved one unless told otherwise.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import math
import os
import re
import stat
import tokenize
import zipfile
import zlib
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any, Mapping

import numpy as np

from cnnviz import __version__, safe_write
from cnnviz.i18n import translate
from cnnviz.safe_write import shown_path
from cnnviz.engine.conv import check_geometry
from cnnviz.engine.trainer import K, LessonConfig, Trainer

FORMAT_NAME = "cnnviz-lesson"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
# Version 1 had no layer settings: its lessons are the classroom's 3x3 grey, valid, stride 1.
VERSION_1_LAYER = {"kernel_size": 3, "stride": 1, "padding": "valid", "color": False}
SUFFIX = ".cnnviz"

NUM_PARAMS = K * K + 1  # 9 weights + 1 bias: the classroom layer (config.num_params in general)
MAX_IMAGES = 256
MIN_SIDE, MAX_SIDE = 3, 1024
MAX_IMAGE_BYTES = 64 * 2**20  # image data, N * H * W * 8
MAX_MEMBER_BYTES = 64 * 2**20 + 2**16  # declared uncompressed size of one member (data + .npy header)
MAX_TOTAL_BYTES = 128 * 2**20  # declared uncompressed size of all members together
MAX_FILE_BYTES = MAX_TOTAL_BYTES + 2**20  # the file on disk
MAX_HEADER_BYTES = 2**20  # the JSON header
MAX_HISTORY_CAPACITY = 2**18  # rows; 2**18 * 10 * 8 bytes = 20 MiB of history params
MAX_MEMBERS = 32
MAX_TEXT = 4096  # characters in any header string
MAX_SEED = 2**64
MAX_STEPS = 2**62
_NPY_HEADER_LIMIT = 10000  # numpy's own default limit on a .npy header

HEADER = "header"
_F8, _I8, _U1 = np.dtype("<f8"), np.dtype("<i8"), np.dtype("|u1")
_HEADER_KEYS = frozenset(
    {"format", "version", "created_with", "saved_at", "image_label", "config", "step_count",
     "history_capacity", "arrays", "extra"}
)
# Exceptions that reading a damaged ZIP/.npy can raise; all become LessonFileError.
# (tokenize.TokenError: numpy's .npy header parser raises it for a cut-off header dict.)
_READ_ERRORS = (
    OSError, EOFError, ValueError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError,
    KeyError, IndexError, TypeError, OverflowError, MemoryError, RecursionError, SyntaxError,
    tokenize.TokenError,
)


class LessonFileError(ValueError):
    """A lesson file that cannot be saved or opened; str() is one clear line."""


@dataclass(frozen=True, eq=False)
class Lesson:
    """A validated lesson file, ready to become a Trainer (nothing here is live).

    images           : (N, H, W) float64 in [0, 1] (colour: (N, 3, H, W)), read-only
    image_label      : free text naming the image(s)
    config           : the LessonConfig (validated)
    state            : read-only mapping in the form of Trainer.state(): params (10,),
                       initial_params (P,), step_count (), optimizer_* , history_* arrays
    history_capacity : rows the trainer's history keeps (continuation is exact with this one)
    meta             : {"created_with": str, "saved_at": str}
    extra            : free-form JSON object (UI preferences); use lesson_extra() for a copy
    """

    images: np.ndarray
    image_label: str
    config: LessonConfig
    state: Mapping[str, np.ndarray]
    history_capacity: int
    meta: Mapping[str, str]
    extra: Mapping[str, Any]

    @property
    def step_count(self) -> int:
        return int(self.state["step_count"])


# ---- public API ------------------------------------------------------------------------------
def save_lesson(path, trainer: Trainer, image_label: str = "", extra: dict | None = None) -> None:
    """Write `trainer`'s whole run to `path`, atomically (see the module docstring).

    Raises LessonFileError (one line) if the run cannot be represented (e.g. images outside
    [0, 1]) or the file cannot be written; an existing file at `path` is then left untouched.
    """
    where = translate("LessonFile", "cannot save lesson to {path}: {reason}")
    try:
        header, arrays = _describe(trainer, image_label, extra)
        # What we write, we must be able to read: run the loader's checks on the same data.
        header = _parse_header_bytes(arrays[HEADER].tobytes())
        _check(header, {k: v for k, v in arrays.items() if k != HEADER})
    except LessonFileError as e:
        raise LessonFileError(where.format(path=shown_path(path), reason=e)) from None
    _atomic_write(path, arrays, where)


def load_lesson(path) -> Lesson:
    """Open and fully validate a lesson file. Raises LessonFileError (one line) if it is refused."""
    path = os.fspath(path)
    where = translate("LessonFile", "cannot open lesson {path}: {reason}")
    shown = shown_path(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a folder, FIFO or device: do not open (or block)
            raise LessonFileError(where.format(path=shown, reason=translate("LessonFile", "not a regular file")))
        f = open(path, "rb")
    except OSError as e:
        raise LessonFileError(where.format(path=shown, reason=_os_reason(e))) from e
    try:
        with f:
            return _read(f)
    except LessonFileError as e:
        raise LessonFileError(where.format(path=shown, reason=_one_line(e, 300))) from e.__cause__
    except _READ_ERRORS as e:
        raise LessonFileError(where.format(path=shown, reason=translate("LessonFile", "the file is damaged ({reason})")
                                           .format(reason=_one_line(e)))) from e


def trainer_from_lesson(lesson: Lesson, history_capacity: int | None = None) -> Trainer:
    """A new Trainer that continues the lesson exactly (history_capacity: the saved one by default)."""
    capacity = lesson.history_capacity if history_capacity is None else history_capacity
    try:
        trainer = Trainer(lesson.images, lesson.config, history_capacity=capacity)
        trainer.load_state(dict(lesson.state))
    except ValueError as e:
        raise LessonFileError(translate("LessonFile", "cannot restore lesson: {reason}").format(
            reason=_one_line(e))) from e
    # Any finite weights may be stored, but a run continues only from weights whose loss and
    # gradient are finite (training never gets past such a step either).
    snap = trainer.snapshot()
    if not (math.isfinite(snap.loss) and np.all(np.isfinite(snap.grad_filter)) and math.isfinite(snap.grad_bias)):
        peak = float(np.abs(trainer.params).max())
        raise LessonFileError(translate("LessonFile", "cannot restore lesson: its weights (up to {peak}) make the loss "
                                                      "overflow").format(peak=f"{peak:.3g}"))
    return trainer


def lesson_extra(lesson: Lesson) -> dict:
    """A fresh copy of the lesson's free-form "extra" JSON object (UI preferences)."""
    return copy.deepcopy(dict(lesson.extra))


# ---- saving ----------------------------------------------------------------------------------
def _describe(trainer: Trainer, image_label: str, extra: dict | None) -> tuple[dict, dict[str, np.ndarray]]:
    """(header dict, arrays to write incl. the encoded header) for a trainer."""
    if not isinstance(image_label, str):
        raise LessonFileError(translate("LessonFile", "image_label must be text, got {type}").format(
            type=type(image_label).__name__))
    image_label = storable_label(image_label)
    extra = {} if extra is None else extra
    if not isinstance(extra, dict):
        raise LessonFileError(translate("LessonFile", "extra must be a dict, got {type}").format(
            type=type(extra).__name__))
    state = trainer.state()
    arrays: dict[str, np.ndarray] = {"images": np.asarray(trainer.images)}
    arrays.update(state)
    schema = _schema(trainer.config)
    unknown = sorted(set(arrays) - set(schema))
    if unknown:  # the engine grew state this format cannot hold yet: refuse rather than lose it
        raise LessonFileError(translate("LessonFile", "trainer state {names} has no place in format version {version}").format(
            names=', '.join(unknown), version=FORMAT_VERSION))
    missing = sorted(set(schema) - set(arrays))
    if missing:
        raise LessonFileError(translate("LessonFile", "trainer state lacks {names}").format(names=', '.join(missing)))
    for name, (dtype, _) in schema.items():
        a = np.asarray(arrays[name])
        if a.dtype.kind not in "fiub":
            raise LessonFileError(translate("LessonFile", "array {name} has dtype {dtype}, expected numbers").format(
                name=repr(name), dtype=a.dtype))
        arrays[name] = np.array(a, dtype=dtype, order="C")  # (ascontiguousarray would make 0-d arrays 1-d)
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created_with": f"cnnviz {__version__}",
        "saved_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "image_label": image_label,
        "config": trainer.config.to_dict(),
        "step_count": int(trainer.step_count),
        "history_capacity": int(trainer.history.capacity),
        "arrays": {k: {"dtype": a.dtype.str, "shape": list(a.shape)} for k, a in arrays.items()},
        "extra": extra,
    }
    try:
        # ASCII JSON: any text (even lone surrogates in "extra") is stored escaped and reads back.
        text = json.dumps(header, allow_nan=False, ensure_ascii=True, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as e:
        reason = translate("LessonFile", "extra must hold only JSON values (finite numbers, text, lists, dicts): "
                                         "{reason}").format(reason=_one_line(e))
        raise LessonFileError(reason) from None
    data = np.frombuffer(text.encode("utf-8"), dtype=_U1)
    if data.size > MAX_HEADER_BYTES:
        raise LessonFileError(translate("LessonFile", "the header would be {size} bytes, more than {max}").format(
            size=data.size, max=MAX_HEADER_BYTES))
    return header, {HEADER: data, **arrays}  # the header first: it identifies the file


def _atomic_write(path, arrays: dict[str, np.ndarray], where: str) -> None:
    """Temp file next to the target -> write -> fsync -> os.replace (see cnnviz/safe_write.py:
    symlinks are written through; folders, FIFOs and devices are refused and left alone)."""
    try:
        safe_write.write_atomic(path, lambda f: np.savez_compressed(f, **arrays))
    except OSError as e:
        raise LessonFileError(where.format(path=shown_path(path), reason=_os_reason(e))) from e


# ---- opening ---------------------------------------------------------------------------------
def _read(f) -> Lesson:
    size = os.fstat(f.fileno()).st_size
    if size == 0:
        raise LessonFileError(translate("LessonFile", "the file is empty"))
    if size > MAX_FILE_BYTES:
        raise LessonFileError(translate("LessonFile", "the file is {size} bytes, more than a lesson can be ({max})").format(
            size=size, max=MAX_FILE_BYTES))
    # Look before np.load does: a bare .npy would be read (and allocated) whole from its header.
    magic = f.read(len(np.lib.format.MAGIC_PREFIX))
    f.seek(0)
    if magic == np.lib.format.MAGIC_PREFIX:
        raise LessonFileError(translate("LessonFile", "not a cnnviz lesson (a single NumPy array, not an .npz archive)"))
    if not magic.startswith(b"PK\x03\x04"):
        raise LessonFileError(translate("LessonFile", "not a cnnviz lesson (not a NumPy .npz archive)"))
    try:
        loaded = np.load(f, allow_pickle=False)
    except _READ_ERRORS as e:
        raise LessonFileError(translate("LessonFile", "not a cnnviz lesson (not a NumPy .npz archive: {reason})").format(
            reason=_one_line(e))) from e
    if not isinstance(loaded, np.lib.npyio.NpzFile):  # np.load found no zip after all
        raise LessonFileError(translate("LessonFile", "not a cnnviz lesson (not an .npz archive)"))
    with loaded as npz:
        infos = _check_directory(npz.zip)
        header_info = infos.pop(HEADER, None)
        if header_info is None:
            raise LessonFileError(translate("LessonFile", "not a cnnviz lesson (no {member} member)").format(
                member=f"{HEADER}.npy"))
        raw = _read_member(npz, header_info, _U1, lambda shape: _header_shape(shape))
        header = _parse_header_bytes(raw.tobytes())
        schema = _schema(header["config"])
        missing = sorted(set(schema) - set(infos))
        if missing:
            raise LessonFileError(translate("LessonFile", "missing array member {member}.npy").format(
                member=missing[0]))
        unknown = sorted(set(infos) - set(schema))
        if unknown:
            raise LessonFileError(translate("LessonFile", "unknown member {member}.npy").format(member=unknown[0]))
        arrays = {}
        for name, (dtype, check_shape) in schema.items():
            declared = tuple(header["arrays"][name]["shape"])

            def shape_ok(shape, name=name, check_shape=check_shape, declared=declared):
                if shape != declared:
                    raise LessonFileError(translate("LessonFile", "{name}.npy has shape {shape} but the header says "
                                                                  "{declared}").format(
                        name=name, shape=_short(shape), declared=_short(declared)))
                check_shape(shape)

            arrays[name] = _read_member(npz, infos[name], dtype, shape_ok)
    return _check(header, arrays)


def _check_directory(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Member name -> ZipInfo, after checking names and DECLARED sizes (nothing is read yet)."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise LessonFileError(translate("LessonFile", "the archive has {n} members, more than a lesson has").format(
            n=len(infos)))
    out: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        stem = name[:-4] if name.endswith(".npy") else ""
        if not (stem and stem.replace("_", "").isalnum() and stem.isascii()):
            raise LessonFileError(translate("LessonFile", "unexpected member {member} (a lesson holds only .npy arrays)").format(
                member=_short(name)))
        if stem in out:
            raise LessonFileError(translate("LessonFile", "the member {member} appears twice").format(
                member=_short(name)))
        if info.file_size > MAX_MEMBER_BYTES:
            raise LessonFileError(translate("LessonFile", "member {name} declares {size} bytes uncompressed, more than "
                                                          "the limit of {max}").format(
                name=name, size=info.file_size, max=MAX_MEMBER_BYTES))
        total += info.file_size
        out[stem] = info
    if total > MAX_TOTAL_BYTES:
        raise LessonFileError(translate("LessonFile", "the members declare {total} bytes uncompressed, more than the "
                                                      "limit of {max}").format(total=total, max=MAX_TOTAL_BYTES))
    return out


def _read_member(npz, info: zipfile.ZipInfo, dtype: np.dtype, check_shape) -> np.ndarray:
    """Check the member's .npy header (dtype, shape, size) BEFORE numpy allocates, then load it."""
    name = info.filename
    with npz.zip.open(info) as fp:
        version = np.lib.format.read_magic(fp)
        if version == (1, 0):
            shape, _fortran, found = np.lib.format.read_array_header_1_0(fp, max_header_size=_NPY_HEADER_LIMIT)
        elif version == (2, 0):
            shape, _fortran, found = np.lib.format.read_array_header_2_0(fp, max_header_size=_NPY_HEADER_LIMIT)
        else:
            raise LessonFileError(translate("LessonFile", "member {name} uses .npy format version {version}, which "
                                                          "cnnviz does not read").format(name=name, version=version))
        offset = fp.tell()
    if found.hasobject:
        # Python objects can only be stored pickled; np.load(allow_pickle=False) refuses them.
        try:
            npz[name]
        except ValueError as e:
            raise LessonFileError(translate("LessonFile", "member {name} holds pickled Python objects, which cnnviz "
                                                          "never loads").format(name=name)) from e
        raise LessonFileError(translate("LessonFile", "member {name} holds Python objects").format(
            name=name))  # not reached with allow_pickle=False
    if found != dtype or found.str != dtype.str:
        raise LessonFileError(translate("LessonFile", "member {name} has dtype {dtype}, expected {expected}").format(
            name=name, dtype=found.str, expected=dtype.str))
    check_shape(tuple(shape))
    expected = offset + math.prod(shape) * found.itemsize
    if info.file_size != expected:
        raise LessonFileError(translate("LessonFile", "member {name} is {size} bytes but its shape {shape} needs "
                                                      "{expected}").format(
            name=name, size=info.file_size, shape=_short(tuple(shape)), expected=expected))
    a = npz[name]
    if not isinstance(a, np.ndarray) or a.dtype.str != dtype.str or a.shape != tuple(shape):
        raise LessonFileError(translate("LessonFile", "member {name} did not read back as declared").format(name=name))
    return a


def _header_shape(shape: tuple) -> None:
    if len(shape) != 1 or not 2 <= shape[0] <= MAX_HEADER_BYTES:
        raise LessonFileError(translate("LessonFile", "the header has shape {shape}, expected up to {max} bytes").format(
            shape=_short(shape), max=MAX_HEADER_BYTES))


# ---- validation (shared by save and open) ----------------------------------------------------
def _images_shape(color: bool):
    def check(shape: tuple) -> None:
        _check_images_shape(shape, color)

    return check


def _check_images_shape(shape: tuple, color: bool) -> None:
    if color:
        if len(shape) != 4 or shape[1] != 3:
            raise LessonFileError(translate("LessonFile", "colour images must have shape (N, 3, H, W), got {shape}").format(
                shape=_short(shape)))
        shape = (shape[0] * 3,) + tuple(shape[2:])  # the pixel budget counts every channel
    if len(shape) != 3:
        raise LessonFileError(translate("LessonFile", "images must have shape (N, H, W), got {shape}").format(
            shape=_short(shape)))
    n, h, w = shape
    if not 1 <= n <= MAX_IMAGES:
        raise LessonFileError(translate("LessonFile", "a lesson holds 1 to {max} images, got {n}").format(
            max=MAX_IMAGES, n=n // 3 if color else n))
    if not (MIN_SIDE <= h <= MAX_SIDE and MIN_SIDE <= w <= MAX_SIDE):
        raise LessonFileError(translate("LessonFile", "images must be {low} to {high} pixels a side, got {h}x{w}").format(
            low=MIN_SIDE, high=MAX_SIDE, h=h, w=w))
    if n * h * w * 8 > MAX_IMAGE_BYTES:
        raise LessonFileError(translate("LessonFile", "{n} images of {h}x{w} exceed the limit of {limit} MiB of pixels").format(
            n=n, h=h, w=w, limit=MAX_IMAGE_BYTES // 2 ** 20))


def _exact(expected: tuple):
    def check(shape: tuple) -> None:
        if shape != expected:
            raise LessonFileError(translate("LessonFile", "expected shape {expected}, got {shape}").format(
                expected=expected, shape=_short(shape)))

    return check


def _vector(shape: tuple) -> None:
    if len(shape) != 1:
        raise LessonFileError(translate("LessonFile", "expected a 1-D array, got shape {shape}").format(
            shape=_short(shape)))


def _rows(num_params: int):
    def check(shape: tuple) -> None:
        if len(shape) != 2 or shape[1] != num_params:
            raise LessonFileError(translate("LessonFile", "expected shape (n, {num_params}), got {shape}").format(
                num_params=num_params, shape=_short(shape)))

    return check


def _schema(config: LessonConfig) -> dict[str, tuple[np.dtype, Any]]:
    """Array member name -> (dtype, shape check) for a lesson with this config (its optimizer
    decides the members, its layer the shapes)."""
    n = config.num_params
    schema = {
        "images": (_F8, _images_shape(config.color)),
        "params": (_F8, _exact((n,))),
        "initial_params": (_F8, _exact((n,))),
        "step_count": (_I8, _exact(())),
    }
    if config.optimizer == "momentum":
        schema["optimizer_velocity"] = (_F8, _exact((n,)))
    schema.update(
        history_steps=(_I8, _vector),
        history_losses=(_F8, _vector),
        history_params=(_F8, _rows(n)),
        history_grads=(_F8, _rows(n)),
        history_stride=(_I8, _exact(())),
    )
    return schema


def _parse_header_bytes(raw: bytes) -> dict:
    """The JSON header -> a dict with checked types (config already validated)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LessonFileError("the header is not UTF-8 text") from None
    try:
        header = json.loads(
            text, parse_constant=_no_constant, parse_float=_finite_float, object_pairs_hook=_no_duplicates
        )
    except RecursionError:
        raise LessonFileError("the header is nested too deeply") from None
    except ValueError as e:  # JSONDecodeError, and our hooks
        raise LessonFileError(translate("LessonFile", "the header is not valid JSON ({reason})").format(
            reason=_one_line(e))) from None
    if not isinstance(header, dict):
        raise LessonFileError(translate("LessonFile", "the header must be a JSON object, got {type}").format(
            type=type(header).__name__))
    fmt = header.get("format")
    if fmt != FORMAT_NAME:
        raise LessonFileError(translate("LessonFile", "not a cnnviz lesson (format {format}, expected {expected})").format(
            format=_short(fmt), expected=repr(FORMAT_NAME)))
    version = header.get("version")
    if not _is_int(version):
        raise LessonFileError(translate("LessonFile", "the format version must be an integer, got {version}").format(
            version=_short(version)))
    if version > FORMAT_VERSION:
        raise LessonFileError(translate("LessonFile", "made by a newer cnnviz (lesson format version {version}); this "
                                                      "cnnviz reads version {readable}").format(
            version=version, readable=FORMAT_VERSION))
    if version not in READABLE_VERSIONS:
        raise LessonFileError(translate("LessonFile", "unsupported lesson format version {version}; this cnnviz reads "
                                                      "versions 1 to {readable}").format(
            version=version, readable=FORMAT_VERSION))
    missing = sorted(_HEADER_KEYS - set(header))
    if missing:
        raise LessonFileError(translate("LessonFile", "the header lacks {names}").format(names=', '.join(missing)))
    unknown = sorted(set(header) - _HEADER_KEYS)
    if unknown:
        raise LessonFileError(translate("LessonFile", "the header has unknown key {setting}").format(
            setting=_short(unknown[0])))
    for key in ("created_with", "saved_at", "image_label"):
        _text(header[key], key)
    for key, lo, hi, hi_text in (
        ("step_count", 0, MAX_STEPS, "2**62"),
        ("history_capacity", 2, MAX_HISTORY_CAPACITY, str(MAX_HISTORY_CAPACITY)),
    ):
        if not (_is_int(header[key]) and lo <= header[key] <= hi):
            raise LessonFileError(translate("LessonFile", "{key} must be an integer from {lo} to {hi_text}, got {value}").format(
                key=key, lo=lo, hi_text=hi_text, value=_short(header[key])))
    if header["history_capacity"] % 2:
        raise LessonFileError(translate("LessonFile", "history_capacity must be even, got {value}").format(
            value=header['history_capacity']))
    if not isinstance(header["extra"], dict):
        raise LessonFileError(translate("LessonFile", "extra must be a JSON object, got {type}").format(
            type=type(header['extra']).__name__))
    raw_config = header["config"]
    if version == 1 and isinstance(raw_config, dict):
        clash = sorted(set(raw_config) & set(VERSION_1_LAYER))
        if clash:
            raise LessonFileError(translate("LessonFile", "config has unknown setting {setting}").format(
                setting=_short(clash[0])))
        raw_config = {**raw_config, **VERSION_1_LAYER}
    header["config"] = _parse_config(raw_config)
    arrays = header["arrays"]
    if not isinstance(arrays, dict):
        raise LessonFileError("the header's arrays must be a JSON object")
    schema = _schema(header["config"])
    if set(arrays) != set(schema):
        odd = sorted(set(arrays) ^ set(schema))
        raise LessonFileError(translate("LessonFile", "the header's array list does not match the lesson (see {member})").format(
            member=_short(odd[0])))
    for name, (dtype, check_shape) in schema.items():
        entry = arrays[name]
        if not (isinstance(entry, dict) and set(entry) == {"dtype", "shape"}):
            raise LessonFileError(f"the header's entry for {name} must be {{\"dtype\": ..., \"shape\": [...]}}")
        if entry["dtype"] != dtype.str:
            raise LessonFileError(translate("LessonFile", "the header says {name} has dtype {dtype}, expected "
                                                          "{expected}").format(
                name=name, dtype=_short(entry['dtype']), expected=dtype.str))
        shape = entry["shape"]
        if not (isinstance(shape, list) and len(shape) <= 4 and all(_is_int(d) and 0 <= d <= MAX_STEPS for d in shape)):
            raise LessonFileError(translate("LessonFile", "the header's shape for {name} is not a short list of sizes").format(
                name=name))
        try:
            check_shape(tuple(shape))
        except LessonFileError as e:
            raise LessonFileError(translate("LessonFile", "the header's shape for {name}: {reason}").format(
                name=name, reason=e)) from None
    return header


def _parse_config(raw) -> LessonConfig:
    if not isinstance(raw, dict):
        raise LessonFileError("config must be a JSON object")
    known = {f.name: f for f in fields(LessonConfig)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise LessonFileError(translate("LessonFile", "config has unknown setting {setting}").format(
            setting=_short(unknown[0])))
    missing = sorted(set(known) - set(raw))
    if missing:
        raise LessonFileError(translate("LessonFile", "config lacks {names}").format(names=', '.join(missing)))
    values = {}
    for name, field in known.items():
        kind, value = type(field.default), raw[name]
        if name == "padding":  # a name or a number of pixels
            if not (isinstance(value, str) or (_is_int(value) and 0 <= value <= MAX_SIDE)):
                raise LessonFileError(translate("LessonFile", "config.padding must be valid, same, full or a number of "
                                                              "pixels, got {value}").format(value=_short(value)))
            values[name] = _text(value, "config.padding") if isinstance(value, str) else value
        elif kind is str:
            values[name] = _text(value, f"config.{name}")
        elif kind is float:
            if not (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)):
                raise LessonFileError(translate("LessonFile", "config.{name} must be a finite number, got {value}").format(
                    name=name, value=_short(value)))
            values[name] = float(value)
        elif kind is int:
            if not (_is_int(value) and 0 <= value < MAX_SEED):
                raise LessonFileError(translate("LessonFile", "config.{name} must be an integer from 0 to 2**64-1, got "
                                                              "{value}").format(name=name, value=_short(value)))
            values[name] = value
        elif kind is bool:
            if not isinstance(value, bool):
                raise LessonFileError(translate("LessonFile", "config.{name} must be true or false, got {value}").format(
                    name=name, value=_short(value)))
            values[name] = value
        else:  # a LessonConfig field this format version does not know how to read
            raise LessonFileError(translate("LessonFile", "config.{name} cannot be stored in lesson format version "
                                                          "{version}").format(name=name, version=FORMAT_VERSION))
    try:
        return LessonConfig(**values).validated()
    except ValueError as e:
        raise LessonFileError(translate("LessonFile", "bad setting: {reason}").format(reason=_one_line(e))) from None


def _check(header: dict, arrays: dict[str, np.ndarray]) -> Lesson:
    """Values and cross-checks; returns the Lesson (read-only copies)."""
    config: LessonConfig = header["config"]
    schema = _schema(config)
    for name, (dtype, check_shape) in schema.items():
        a = arrays[name]
        if a.dtype.str != dtype.str or a.shape != tuple(header["arrays"][name]["shape"]):
            raise LessonFileError(translate("LessonFile", "{name} does not match the header's dtype and shape").format(
                name=name))
        try:
            check_shape(a.shape)
        except LessonFileError as e:
            raise LessonFileError(translate("LessonFile", "{name}: {reason}").format(name=name, reason=e)) from None
    images = arrays["images"]
    if not np.all(np.isfinite(images)):
        raise LessonFileError("images contain NaN or infinite values")
    if images.size and not (images.min() >= 0.0 and images.max() <= 1.0):
        raise LessonFileError(translate("LessonFile", "image values must be in [0, 1], found {low} to {high}").format(
            low=f"{images.min():g}", high=f"{images.max():g}"))
    for name in ("params", "initial_params", "optimizer_velocity", "history_params", "history_grads"):
        if name in arrays and not np.all(np.isfinite(arrays[name])):
            raise LessonFileError(translate("LessonFile", "{name} contain NaN or infinite values").format(name=name))
    try:  # the layer must fit the images (a stride or kernel larger than the padded image)
        check_geometry(images.shape[-2], images.shape[-1], config.kernel_size, config.stride, config.padding_pixels)
    except ValueError as e:
        raise LessonFileError(_one_line(e)) from None
    step_count = int(arrays["step_count"])
    if step_count != header["step_count"]:
        raise LessonFileError(translate("LessonFile", "step_count is {step_count} but the header says {header_steps}").format(
            step_count=step_count, header_steps=header['step_count']))
    rng = np.random.default_rng(config.seed)
    expected_initial = rng.uniform(-config.init_scale, config.init_scale, size=config.num_params)
    if not np.array_equal(arrays["initial_params"], expected_initial):
        raise LessonFileError(translate("LessonFile", "initial_params do not match seed {seed} and init_scale "
                                                      "{init_scale} (edited file, or a NumPy whose random generator "
                                                      "differs)").format(
            seed=config.seed, init_scale=f"{config.init_scale:g}"))
    _check_history(arrays, step_count, header["history_capacity"], config.num_params)
    state = {name: _frozen(arrays[name]) for name in schema if name != "images"}
    return Lesson(
        images=_frozen(images),
        image_label=header["image_label"],
        config=config,
        state=MappingProxyType(state),
        history_capacity=header["history_capacity"],
        meta=MappingProxyType({"created_with": header["created_with"], "saved_at": header["saved_at"]}),
        extra=MappingProxyType(header["extra"]),
    )


def _check_history(arrays: dict[str, np.ndarray], step_count: int, capacity: int, num_params: int) -> None:
    steps, losses, params = arrays["history_steps"], arrays["history_losses"], arrays["history_params"]
    stride = int(arrays["history_stride"])
    n = steps.shape[0]
    if losses.shape != (n,) or params.shape != (n, num_params) or arrays["history_grads"].shape != (n, num_params):
        raise LessonFileError(translate("LessonFile", "history arrays disagree in length (steps {n}, losses {losses}, "
                                                      "params {params})").format(
            n=n, losses=losses.shape[0], params=params.shape[0]))
    if n > capacity:
        raise LessonFileError(translate("LessonFile", "history has {n} rows, more than its capacity {capacity}").format(
            n=n, capacity=capacity))
    if not (1 <= stride <= MAX_STEPS and stride & (stride - 1) == 0):
        raise LessonFileError(translate("LessonFile", "history stride must be a power of two, got {stride}").format(
            stride=stride))
    if n:
        # Range first: then np.diff cannot overflow int64.
        if np.any(steps < 0) or np.any(steps >= step_count) or np.any(np.diff(steps) <= 0):
            raise LessonFileError(translate("LessonFile", "history steps must increase from 0 and stay below the step "
                                                          "count {step_count}").format(step_count=step_count))
        if np.any(steps % stride):
            raise LessonFileError(translate("LessonFile", "history steps must be multiples of the stride {stride}").format(
                stride=stride))
    if not (np.all(np.isfinite(losses)) and np.all(losses >= 0)):
        raise LessonFileError("history losses must be finite, non-negative numbers")


def storable_label(label: str) -> str:
    """The label as saved: undecodable file-name bytes (lone surrogates) written as \\xNN
    escapes, so it is valid text that every reader (and Qt) shows; cut to MAX_TEXT characters."""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in label):
        label = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF
                        else f"\\u{ord(ch):04x}" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in label)
    return label[:MAX_TEXT]


# ---- small helpers ---------------------------------------------------------------------------
def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _text(v, key: str) -> str:
    if not isinstance(v, str):
        raise LessonFileError(translate("LessonFile", "{key} must be text, got {value}").format(
            key=key, value=_short(v)))
    if len(v) > MAX_TEXT:
        raise LessonFileError(translate("LessonFile", "{key} is longer than {max} characters").format(
            key=key, max=MAX_TEXT))
    return v


def _no_constant(name: str):
    raise ValueError(translate("LessonFile", "{name} is not allowed").format(name=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(translate("LessonFile", "number {text} is out of range").format(text=text[:20]))
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(translate("LessonFile", "duplicate key {key}").format(key=repr(k[:40])))
        out[k] = v
    return out


def _short(v, limit: int = 40) -> str:
    text = repr(v)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _one_line(e: BaseException, limit: int = 200) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    # Python's own parser errors name AST objects ("<ast.Call object at 0x7f...>"): say what they are.
    text = re.sub(r"<ast\.(\w+) object at 0x[0-9a-fA-F]+>", lambda m: f"a Python {m.group(1)} expression", text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _os_reason(e: OSError) -> str:
    return _one_line(e.strerror) if e.strerror else _one_line(e)
