"""Named 3x3 target kernels and a parser for a typed one ("1,0,-1;2,0,-2;1,0,-1").

Named kernels are 3x3, as on the lecture's slides. A lesson with another kernel size k types its
target (k rows of k numbers); a named kernel with k != 3 is refused in one line rather than
guessed (a 5x5 "Sobel" has several conventions). A colour target is the named or typed kernel
applied to the luminance: per channel, the kernel times that channel's luminance weight.
"""

from __future__ import annotations

import math

import numpy as np

from cnnviz.i18n import QT_TRANSLATE_NOOP, translate


MAX_KERNEL_VALUE = 1e6  # keeps every target map finite for images in [0, 1]
MAX_KERNEL_SIZE = 7  # the lesson's largest filter: 7x7 (49 weights a channel)
LUMA_WEIGHTS = np.array([0.299, 0.587, 0.114])  # ITU-R BT.601, as images.py makes grey
LUMA_WEIGHTS.flags.writeable = False


class KernelError(ValueError):
    """A kernel name or typed kernel text that cannot be used; str() is one clear line."""


NAMED_KERNELS: dict[str, np.ndarray] = {
    "sobel-x": np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]], dtype=np.float64),
    "sobel-y": np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]], dtype=np.float64),
    "laplacian": np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=np.float64),
    "box-blur": np.full((3, 3), 1.0 / 9.0),
    "sharpen": np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=np.float64),
    "identity": np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=np.float64),
}
for _k in NAMED_KERNELS.values():
    _k.flags.writeable = False

# What each named kernel finds (translate("Kernels", ...) where shown).
KERNEL_DESCRIPTIONS: dict[str, str] = {
    "sobel-x": QT_TRANSLATE_NOOP("Kernels", "vertical edges (brightness changing left to right)"),
    "sobel-y": QT_TRANSLATE_NOOP("Kernels", "horizontal edges (brightness changing top to bottom)"),
    "laplacian": QT_TRANSLATE_NOOP("Kernels", "spots and outlines (second derivative in both directions)"),
    "box-blur": QT_TRANSLATE_NOOP("Kernels", "average of the 3x3 neighbourhood"),
    "sharpen": QT_TRANSLATE_NOOP("Kernels", "boosts the centre against its four neighbours"),
    "identity": QT_TRANSLATE_NOOP("Kernels", "copies the centre pixel"),
}


def parse_kernel(text: str, k: int | None = 3) -> np.ndarray:
    """Rows separated by ';', values by ',' (or spaces): "1,0,-1;2,0,-2;1,0,-1" -> (3, 3).

    k: the filter's size the kernel must have (None: any square size 1..MAX_KERNEL_SIZE)."""
    example = "1,0,-1;2,0,-2;1,0,-1" if k in (3, None) else ";".join([",".join(["0"] * k)] * k)
    rows = [row for row in text.strip().split(";")]
    if not text.strip():
        raise KernelError(translate("Kernels", "kernel text is empty; type {k} rows separated by ';', e.g. {example}")
                          .format(k=k or 3, example=example))
    values: list[list[float]] = []
    for i, row in enumerate(rows, start=1):
        cells = [c for c in row.replace(",", " ").split()]
        try:
            parsed = [float(c) for c in cells]
        except ValueError:
            bad = next(c for c in cells if not _is_float(c))
            raise KernelError(translate("Kernels", "kernel row {row}: {text} is not a number").format(
                row=i, text=repr(bad))) from None
        if any(not math.isfinite(v) for v in parsed):
            raise KernelError(translate("Kernels", "kernel row {row}: values must be finite numbers (no nan or inf)")
                              .format(row=i))
        if any(abs(v) > MAX_KERNEL_VALUE for v in parsed):
            raise KernelError(translate("Kernels", "kernel row {row}: values must be between -{limit} and {limit}")
                              .format(row=i, limit=f"{MAX_KERNEL_VALUE:g}"))
        values.append(parsed)
    m = len(values)
    square = all(len(r) == m for r in values)
    if square and k is not None and m != k and 1 <= m <= MAX_KERNEL_SIZE:
        raise KernelError(translate("Kernels", "a {m}x{m} kernel does not fit the {k}x{k} filter; type {k} rows of {k} "
                                    "numbers").format(m=m, k=k))
    if not square or (k is not None and m != k) or not 1 <= m <= MAX_KERNEL_SIZE:
        shape = " x ".join(str(len(r)) for r in values)
        if k:
            message = translate("Kernels", "kernel must be {k} rows of {k} numbers (got rows of {shape}), e.g. {example}")
        else:
            message = translate("Kernels", "kernel must be 3 rows of 3 numbers, or k rows of k for a k x k filter (k up to "
                                           "{max}) (got rows of {shape}), e.g. {example}")
        raise KernelError(message.format(k=k, max=MAX_KERNEL_SIZE, shape=shape, example=example))
    return np.array(values, dtype=np.float64)


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def kernel_from_spec(spec: str, k: int | None = 3) -> np.ndarray:
    """A named kernel ("sobel-x", 3x3 only) or typed kernel text -> (k, k) float64 (a fresh copy).

    k: the filter's size (None: a typed kernel of any size, a named one 3x3)."""
    name = spec.strip().lower()
    if name in NAMED_KERNELS:
        if k not in (3, None):
            raise KernelError(translate("Kernels", "the named kernels are 3x3; for a {k}x{k} filter type the target as "
                                                   "{k} rows of {k} numbers separated by ';'").format(k=k))
        return NAMED_KERNELS[name].copy()
    if not name or any(ch.isdigit() or ch in ",;" for ch in spec):
        return parse_kernel(spec, k)
    raise KernelError(translate("Kernels", "unknown kernel {spec}; use one of {names} or type 3 rows like "
                                           "1,0,-1;2,0,-2;1,0,-1").format(spec=repr(spec), names=", ".join(NAMED_KERNELS)))


def color_kernel(kernel: np.ndarray) -> np.ndarray:
    """(k, k) -> (3, k, k): the kernel applied to the luminance 0.299 R + 0.587 G + 0.114 B,
    i.e. per channel the kernel times that channel's weight (R, G, B)."""
    return LUMA_WEIGHTS[:, None, None] * kernel


def format_kernel(w: np.ndarray) -> str:
    """(k, k) -> "1,0,-1;2,0,-2;1,0,-1" (the text parse_kernel reads back exactly)."""
    return ";".join(",".join(repr(float(v)) if v != int(v) else str(int(v)) for v in row) for row in w)


def centred_target(target: str, k: int) -> str:
    """The target for a k x k filter: as it is when it fits, else (an odd size larger than the
    target's) the same kernel centred in zeros, typed: Sobel-x in a 5x5 filter is still Sobel-x.
    Raises KernelError (the engine's line) when neither works."""
    try:
        kernel_from_spec(target, k)
        return target
    except KernelError:
        kernel = kernel_from_spec(target, None)
        grow = k - kernel.shape[0]
        if grow <= 0 or grow % 2:
            kernel_from_spec(target, k)  # raises the engine's one line about sizes
        return format_kernel(np.pad(kernel, grow // 2))
