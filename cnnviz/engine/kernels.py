"""Named 3x3 target kernels and a parser for a typed one ("1,0,-1;2,0,-2;1,0,-1").

Named kernels are 3x3, as on the lecture's slides. A lesson with another kernel size k types its
target (k rows of k numbers); a named kernel with k != 3 is refused in one line rather than
guessed (a 5x5 "Sobel" has several conventions). A colour target is the named or typed kernel
applied to the luminance: per channel, the kernel times that channel's luminance weight.
"""

from __future__ import annotations

import math

import numpy as np


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

KERNEL_DESCRIPTIONS: dict[str, str] = {
    "sobel-x": "vertical edges (brightness changing left to right)",
    "sobel-y": "horizontal edges (brightness changing top to bottom)",
    "laplacian": "spots and outlines (second derivative in both directions)",
    "box-blur": "average of the 3x3 neighbourhood",
    "sharpen": "boosts the centre against its four neighbours",
    "identity": "copies the centre pixel",
}


def parse_kernel(text: str, k: int | None = 3) -> np.ndarray:
    """Rows separated by ';', values by ',' (or spaces): "1,0,-1;2,0,-2;1,0,-1" -> (3, 3).

    k: the filter's size the kernel must have (None: any square size 1..MAX_KERNEL_SIZE)."""
    example = "1,0,-1;2,0,-2;1,0,-1" if k in (3, None) else ";".join([",".join(["0"] * k)] * k)
    rows = [row for row in text.strip().split(";")]
    if not text.strip():
        raise KernelError(f"kernel text is empty; type {k or 3} rows separated by ';', e.g. {example}")
    values: list[list[float]] = []
    for i, row in enumerate(rows, start=1):
        cells = [c for c in row.replace(",", " ").split()]
        try:
            parsed = [float(c) for c in cells]
        except ValueError:
            bad = next(c for c in cells if not _is_float(c))
            raise KernelError(f"kernel row {i}: {bad!r} is not a number") from None
        if any(not math.isfinite(v) for v in parsed):
            raise KernelError(f"kernel row {i}: values must be finite numbers (no nan or inf)")
        if any(abs(v) > MAX_KERNEL_VALUE for v in parsed):
            raise KernelError(f"kernel row {i}: values must be between -{MAX_KERNEL_VALUE:g} and {MAX_KERNEL_VALUE:g}")
        values.append(parsed)
    m = len(values)
    square = all(len(r) == m for r in values)
    if square and k is not None and m != k and 1 <= m <= MAX_KERNEL_SIZE:
        raise KernelError(f"a {m}x{m} kernel does not fit the {k}x{k} filter; type {k} rows of {k} numbers")
    if not square or (k is not None and m != k) or not 1 <= m <= MAX_KERNEL_SIZE:
        shape = " x ".join(str(len(r)) for r in values)
        want = f"{k} rows of {k} numbers" if k else f"3 rows of 3 numbers, or k rows of k for a k x k filter (k up to {MAX_KERNEL_SIZE})"
        raise KernelError(f"kernel must be {want} (got rows of {shape}), e.g. {example}")
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
            raise KernelError(f"the named kernels are 3x3; for a {k}x{k} filter type the target as "
                              f"{k} rows of {k} numbers separated by ';'")
        return NAMED_KERNELS[name].copy()
    if not name or any(ch.isdigit() or ch in ",;" for ch in spec):
        return parse_kernel(spec, k)
    raise KernelError(
        f"unknown kernel {spec!r}; use one of {', '.join(NAMED_KERNELS)} or type 3 rows like 1,0,-1;2,0,-2;1,0,-1"
    )


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
