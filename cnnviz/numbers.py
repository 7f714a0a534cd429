"""How numbers are written on screen: one fixed-point precision per panel, read from the back row.

No Qt here (the CLI prints weights with it too). A panel (a 3x3 grid, a table column, a
footer beside its grid) picks ONE number of decimals from its largest |value|, so every
cell has about four significant digits at the top and the same width: `0.000`, not `2.20e-15`;
`1470`, not `1.47e+03`; never `-0.000`. Scientific notation is only for quantities that span
decades (the loss): `fmt_loss`.
"""

from __future__ import annotations

import math

import numpy as np

MAX_DECIMALS = 6
ROUND_OFF = 1e-6  # a panel whose largest |value| is below this holds round-off: it reads 0.000
FIXED_LIMIT = 1e7  # beyond this, fixed point is too wide for a cell: the whole panel goes scientific


def decimals_for(values) -> int:
    """Decimals for a panel whose largest finite |value| is in `values`.

    >= 1000: 0 (1470) · 100..999: 1 · 10..99: 2 · 0.1..9.99 (and round-off): 3 ·
    below 0.1 one more per decade (0.0123 -> 0.01230), at most MAX_DECIMALS.
    """
    a = np.abs(np.asarray(values, dtype=float).ravel())
    a = a[np.isfinite(a)]
    peak = float(a.max()) if a.size else 0.0
    if peak < ROUND_OFF:
        return 3
    exponent = math.floor(math.log10(peak))
    if exponent >= 0:
        return max(0, 3 - exponent)
    return min(MAX_DECIMALS, max(3, 2 - exponent))


def fixed(v: float, decimals: int) -> str:
    """v with `decimals` decimals; a value that rounds to zero has no minus sign."""
    v = float(v)
    if not math.isfinite(v):
        return "∞" if v > 0 else "−∞" if v < 0 else "NaN"
    text = f"{v:.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text


def panel_formatter(values):
    """A function writing any number of this panel in the panel's one precision.

    Values past FIXED_LIMIT (a diverging run) are written with 2 decimals in scientific
    notation instead, for the whole panel, so the cells still fit and still agree."""
    a = np.abs(np.asarray(values, dtype=float).ravel())
    a = a[np.isfinite(a)]
    if a.size and float(a.max()) >= FIXED_LIMIT:
        return lambda v: f"{float(v):.2e}" if math.isfinite(float(v)) else fixed(v, 0)
    decimals = decimals_for(values)
    return lambda v: fixed(v, decimals)


def cells(values) -> list[str]:
    """Every value of a panel (any shape, flattened) in the panel's one precision."""
    f = panel_formatter(values)
    return [f(v) for v in np.asarray(values, dtype=float).ravel()]


def fmt_value(v: float) -> str:
    """One number on its own (a footer, a label): the panel rule applied to itself."""
    return panel_formatter([v])(v)


def fmt_loss(v: float) -> str:
    """The loss spans decades while training: about 3 significant digits, scientific when small or large."""
    v = float(v)
    if not math.isfinite(v):
        return fixed(v, 0)
    if v == 0:
        return "0"
    if 0.01 <= abs(v) < 10000:
        return f"{v:.3g}"
    return f"{v:.2e}"


def significant(v: float, digits: int = 3) -> str:
    """v with `digits` significant digits in fixed point (0.000123, 0.204, 349, 1470): where numbers
    of different sizes are compared cell by cell (a learner's dw beside the true one), so that a
    small value keeps its digits. Scientific only beyond fixed point's reach."""
    v = float(v)
    if not math.isfinite(v):
        return fixed(v, 0)
    if v == 0:
        return "0"
    exponent = math.floor(math.log10(abs(v)))
    if exponent >= 7 or exponent < -6:
        return f"{v:.{digits - 1}e}"
    decimals = max(0, digits - 1 - exponent)
    text = fixed(v, decimals)
    return fixed(v, decimals - 1) if "." in text and len(text.lstrip("-").replace(".", "").lstrip("0")) > digits \
        else text  # 9.996 rounds up to 10.00: one decimal fewer


def axis_label(v: float, step: float) -> str:
    """A tick label on a colour bar or axis whose ticks are `step` apart (fixed point when it reads)."""
    v, step = float(v), abs(float(step))
    if step == 0 or not math.isfinite(step):
        return fixed(v, 0)
    if step < 1e-4 or step >= FIXED_LIMIT:
        return "0" if v == 0 else f"{v:.1e}".replace("e-0", "e-").replace("e+0", "e")
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    if not math.isclose(round(step, decimals), step, rel_tol=1e-9):
        decimals += 1  # 0.25 apart: two decimals
    text = fixed(v, decimals)
    return text
