"""Forward, backward and trace of one shared k x k filter (valid cross-correlation).

Shapes: x is (H, W) or a batch (N, H, W); w is (k, k); y and dy are (..., H-k+1, W-k+1).
Each forward sits beside its backward, and both read like the sums in DESIGN.md:

    y[i, j]  = b + sum_{r,c} w[r, c] * x[i+r, j+c]
    dw[r, c] = sum_{i,j} dy[i, j] * x[i+r, j+c]      (the one shared buffer, summed)
    db       = sum_{i,j} dy[i, j]
    dx[i+r, j+c] += dy[i, j] * w[r, c]               (every position adds into the input)

The loops below run over the k*k filter offsets, never over the (many) positions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np


def _as_float_image(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    if x.ndim not in (2, 3):
        raise ValueError(f"x must be (H, W) or (N, H, W), got shape {x.shape}")
    return x


def _check_filter(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    w = np.asarray(w, dtype=np.float64)
    if w.ndim != 2 or w.shape[0] != w.shape[1]:
        raise ValueError(f"w must be a square (k, k) filter, got shape {w.shape}")
    k = w.shape[0]
    if x.shape[-2] < k or x.shape[-1] < k:
        raise ValueError(f"image {x.shape[-2]}x{x.shape[-1]} is smaller than the {k}x{k} filter")
    return w


def _check_dy(x: np.ndarray, k: int, dy: np.ndarray) -> np.ndarray:
    dy = np.asarray(dy, dtype=np.float64)
    if dy.shape != output_shape(x.shape, k):
        raise ValueError(f"dy has shape {dy.shape}, expected {output_shape(x.shape, k)}")
    return dy


def output_shape(image_shape: tuple[int, ...], k: int) -> tuple[int, ...]:
    """(..., H, W) -> (..., H-k+1, W-k+1): one output per position of the filter."""
    *lead, h, w = image_shape
    return (*lead, h - k + 1, w - k + 1)


def receptive_field(x: np.ndarray, k: int, r: int, c: int) -> np.ndarray:
    """x[..., r:r+Ho, c:c+Wo]: the pixel that filter cell (r, c) sees at every position."""
    ho, wo = x.shape[-2] - k + 1, x.shape[-1] - k + 1
    return x[..., r : r + ho, c : c + wo]


def forward(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """y = b + sum_{r,c} w[r,c] * x[i+r, j+c].

    x : (H, W) or (N, H, W) float64;  w : (k, k);  b : float
    returns y : (H-k+1, W-k+1) or (N, H-k+1, W-k+1)
    """
    x = _as_float_image(x)
    w = _check_filter(x, w)
    k = w.shape[0]
    y = np.full(output_shape(x.shape, k), float(b))
    for r in range(k):
        for c in range(k):
            y += w[r, c] * receptive_field(x, k, r, c)
    return y


@dataclass(frozen=True)
class Grads:
    """The summed gradients of one backward pass.

    dw : (k, k) float64   the shared filter's buffer, summed over every position (and image)
    db : float            the bias delta, summed the same way
    dx : like x           every position's k*k input deltas added into the input pixels
    """

    dw: np.ndarray
    db: float
    dx: np.ndarray


def input_grad(dy: np.ndarray, w: np.ndarray, image_shape: tuple[int, ...]) -> np.ndarray:
    """dx[i+r, j+c] += dy[i, j] * w[r, c] for every position (i, j): shape image_shape."""
    k = w.shape[0]
    dx = np.zeros(image_shape)
    for r in range(k):
        for c in range(k):
            receptive_field(dx, k, r, c)[...] += dy * w[r, c]
    return dx


def backward(x: np.ndarray, w: np.ndarray, dy: np.ndarray) -> Grads:
    """Sum every position's gradient into one buffer.

    x : (H, W) or (N, H, W);  w : (k, k);  dy : like forward's y (dL/dy, called delta)
    """
    x = _as_float_image(x)
    w = _check_filter(x, w)
    k = w.shape[0]
    dy = _check_dy(x, k, dy)
    dw, db = filter_grad(x, dy, k)
    return Grads(dw=dw, db=db, dx=input_grad(dy, w, x.shape))


def filter_grad(x: np.ndarray, dy: np.ndarray, k: int) -> tuple[np.ndarray, float]:
    """The one shared buffer: dw[r, c] = sum_{i,j} dy[i, j] * x[i+r, j+c], db = sum_{i,j} dy[i, j].

    x : (H, W) or (N, H, W);  dy : like forward's y.  Sums over every position (and image)
    with one product of dy's size at a time: no patch matrix, whatever the batch.
    """
    dw = np.empty((k, k))
    for r in range(k):
        for c in range(k):
            dw[r, c] = np.sum(dy * receptive_field(x, k, r, c))
    return dw, float(dy.sum())


def patch_matrix(x: np.ndarray, k: int) -> np.ndarray:
    """Every k x k patch of x in raster order (image, row, column), flattened.

    returns (P, k*k) float64 with P = N * (H-k+1) * (W-k+1); row p is the receptive field
    of position p, so y.ravel() == patch_matrix(x, k) @ w.ravel() + b.
    """
    x = _as_float_image(x)
    windows = np.lib.stride_tricks.sliding_window_view(x, (k, k), axis=(-2, -1))
    return windows.reshape(-1, k * k)


@dataclass(frozen=True)
class Trace:
    """The backward pass one position at a time, in raster order (row by row, left to right).

    positions  : (P, 2) int   (row, col) of each position's top-left input pixel
    image_index: (P,) int     which image of the batch (all 0 for one image)
    patches    : (P, k, k)    the receptive field at each position
    delta      : (P,)         dy at each position
    dw_contrib : (P, k, k)    delta * patch: what each position adds into the buffer
    dw_running : (P, k, k)    the buffer after adding positions 0..p (cumulative sum)
    db_running : (P,)         the bias delta after positions 0..p
    dw_running[-1] equals backward(...).dw.
    """

    x: np.ndarray
    w: np.ndarray
    dy: np.ndarray
    positions: np.ndarray
    image_index: np.ndarray
    patches: np.ndarray
    delta: np.ndarray

    @property
    def k(self) -> int:
        return self.w.shape[0]

    @property
    def num_positions(self) -> int:
        return self.delta.shape[0]

    @cached_property
    def dw_contrib(self) -> np.ndarray:
        return _readonly(self.delta[:, None, None] * self.patches)

    @cached_property
    def dw_running(self) -> np.ndarray:
        return _readonly(running_sum(self.dw_contrib))

    @cached_property
    def db_running(self) -> np.ndarray:
        return _readonly(np.cumsum(self.delta))

    def dw_after(self, p: int) -> np.ndarray:
        """The buffer after the first p positions (p = 0: all zeros)."""
        self._check_count(p)
        return np.zeros((self.k, self.k)) if p == 0 else self.dw_running[p - 1].copy()

    def db_after(self, p: int) -> float:
        self._check_count(p)
        return 0.0 if p == 0 else float(self.db_running[p - 1])

    def dx_after(self, p: int) -> np.ndarray:
        """dx after the first p positions have added their input deltas (like x).

        Computed on demand in O(image) with the later positions' deltas masked to zero.
        """
        self._check_count(p)
        masked = self.delta.copy()
        masked[p:] = 0.0
        return input_grad(masked.reshape(self.dy.shape), self.w, self.x.shape)

    def dx_contrib(self, p: int) -> np.ndarray:
        """The k x k input deltas delta[p] * w that position p adds at its patch's pixels."""
        return self.delta[p] * self.w

    def _check_count(self, p: int) -> None:
        if not 0 <= p <= self.num_positions:
            raise IndexError(f"position count {p} is outside 0..{self.num_positions}")


RUNNING_SUM_CHUNK = 1 << 15  # positions per np.cumsum call (~10 ms of work)


def running_sum(values: np.ndarray, chunk: int = RUNNING_SUM_CHUNK) -> np.ndarray:
    """np.cumsum(values, axis=0), the same additions in the same order, a chunk at a time: one
    cumsum over (P, k, k) keeps Python's GIL to itself (0.4 s for a million positions), and a trace
    built on a worker thread would freeze the GUI thread that long."""
    out = np.empty_like(values)
    for start in range(0, len(values), chunk):
        part = values[start:start + chunk].copy()
        if start:
            part[0] += out[start - 1]  # continue from the sum so far, as cumsum would
        np.cumsum(part, axis=0, out=out[start:start + chunk])
    return out


def _readonly(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


def trace(x: np.ndarray, w: np.ndarray, dy: np.ndarray) -> Trace:
    """The backward pass position by position (vectorized with cumulative sums)."""
    x = _as_float_image(x)
    w = _check_filter(x, w)
    k = w.shape[0]
    dy = _check_dy(x, k, dy)
    ho, wo = dy.shape[-2:]
    n = x.shape[0] if x.ndim == 3 else 1
    rows, cols = np.divmod(np.arange(ho * wo), wo)
    positions = np.tile(np.stack([rows, cols], axis=1), (n, 1))
    image_index = np.repeat(np.arange(n), ho * wo)
    patches = patch_matrix(x, k).reshape(-1, k, k)
    return Trace(
        x=_readonly(x.copy()),
        w=_readonly(w.copy()),
        dy=_readonly(dy.copy()),
        positions=_readonly(positions),
        image_index=_readonly(image_index),
        patches=_readonly(patches),
        delta=_readonly(dy.ravel().copy()),
    )
