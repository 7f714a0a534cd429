"""Named 3x3 target kernels and a parser for a typed one ("1,0,-1;2,0,-2;1,0,-1")."""

from __future__ import annotations

import math

import numpy as np


MAX_KERNEL_VALUE = 1e6  # keeps every target map finite for images in [0, 1]


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


def parse_kernel(text: str) -> np.ndarray:
    """Rows separated by ';', values by ',' (or spaces): "1,0,-1;2,0,-2;1,0,-1" -> (3, 3)."""
    rows = [row for row in text.strip().split(";")]
    if not text.strip():
        raise KernelError("kernel text is empty; type 3 rows separated by ';', e.g. 1,0,-1;2,0,-2;1,0,-1")
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
    if len(values) != 3 or any(len(r) != 3 for r in values):
        shape = " x ".join(str(len(r)) for r in values)
        raise KernelError(
            f"kernel must be 3 rows of 3 numbers (got rows of {shape}), e.g. 1,0,-1;2,0,-2;1,0,-1"
        )
    return np.array(values, dtype=np.float64)


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def kernel_from_spec(spec: str) -> np.ndarray:
    """A named kernel ("sobel-x") or typed kernel text -> (3, 3) float64 (a fresh copy)."""
    name = spec.strip().lower()
    if name in NAMED_KERNELS:
        return NAMED_KERNELS[name].copy()
    if not name or any(ch.isdigit() or ch in ",;" for ch in spec):
        return parse_kernel(spec)
    raise KernelError(
        f"unknown kernel {spec!r}; use one of {', '.join(NAMED_KERNELS)} or type 3 rows like 1,0,-1;2,0,-2;1,0,-1"
    )


def format_kernel(w: np.ndarray) -> str:
    """(3, 3) -> "1,0,-1;2,0,-2;1,0,-1" (the text parse_kernel reads back exactly)."""
    return ";".join(",".join(repr(float(v)) if v != int(v) else str(int(v)) for v in row) for row in w)
