"""Forward, backward and trace of one shared filter: stride s, zero padding p, channels c.

Shapes. The filter's shape decides the channels:
    w (k, k)     with x (H, W) or a batch (N, H, W)            (grey: today's lesson)
    w (C, k, k)  with x (C, H, W) or a batch (N, C, H, W)      (colour: one filter across C channels)
y and dy are (Ho, Wo) or (N, Ho, Wo): ONE output map per image, Ho = (H + 2p - k)//s + 1.
x̃ is x with p zeros added on every side (the padding); it exists only inside these functions.
Each forward sits beside its backward, and both read like the sums of the lesson (DESIGN.md):

    y[i, j]       = b + sum_{c,r,q} w[c, r, q] * x̃[c, s*i+r, s*j+q]
    dw[c, r, q]   = sum_{i,j} dy[i, j] * x̃[c, s*i+r, s*j+q]     (the one shared buffer, summed)
    db            = sum_{i,j} dy[i, j]
    dx̃[c, s*i+r, s*j+q] += dy[i, j] * w[c, r, q]                (every position adds into the input)
    dx            = dx̃ without its border of p                  (the padding is not an input)

For a grey filter there is no c (one channel). The loops below run over the C*k*k filter
offsets, never over the (many) positions: for each offset, receptive_field() is the strided
view of x̃ that this one weight sees at every position.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from cnnviz.i18n import translate

PADDING_NAMES = ("valid", "same", "full")


# ---- shapes and checks -------------------------------------------------------------------------
def padding_amount(padding: int | str, k: int, stride: int = 1) -> int:
    """p for a named or numbered padding: 'valid' 0, 'same' (k-1)/2 (odd k, stride 1), 'full' k-1,
    or a whole number >= 0 (also as text, "2"). Anything else raises ValueError, one line."""
    if isinstance(padding, str):
        name = padding.strip().lower()
        if name == "valid":
            return 0
        if name == "same":  # the output keeps the input's size: only possible like this
            if k % 2 == 0 or stride != 1:
                if k % 2 == 0:
                    text = translate("Conv", "'same' padding keeps the image's size only for an odd filter at stride "
                                             "1, not with an even {k}x{k} filter; give a number of pixels instead")
                else:
                    text = translate("Conv", "'same' padding keeps the image's size only for an odd filter at stride "
                                             "1, not with stride {stride}; give a number of pixels instead")
                raise ValueError(text.format(k=k, stride=stride))
            return (k - 1) // 2
        if name == "full":  # every position where the filter touches at least one pixel
            return k - 1
        if name.isascii() and name.isdigit():
            return int(name)
        raise ValueError(translate("Conv", "padding must be valid, same, full or a whole number of pixels, got {value}")
                         .format(value=repr(padding)))
    if isinstance(padding, (int, np.integer)) and not isinstance(padding, bool) and padding >= 0:
        return int(padding)
    raise ValueError(translate("Conv", "padding must be valid, same, full or a whole number of pixels >= 0, got {value}")
                     .format(value=repr(padding)))


def check_geometry(height: int, width: int, k: int, stride: int = 1, padding: int = 0) -> None:
    """Raise ValueError (one line) unless a k x k filter at this stride fits the padded image."""
    if not (isinstance(k, (int, np.integer)) and k >= 1):
        raise ValueError(translate("Conv", "the kernel size must be a whole number >= 1, got {value}").format(value=repr(k)))
    if not (isinstance(stride, (int, np.integer)) and not isinstance(stride, bool) and stride >= 1):
        raise ValueError(translate("Conv", "the stride must be a whole number >= 1, got {value}").format(value=repr(stride)))
    if not (isinstance(padding, (int, np.integer)) and not isinstance(padding, bool) and padding >= 0):
        raise ValueError(translate("Conv", "the padding must be a whole number of pixels >= 0, got {value}").format(
            value=repr(padding)))
    hp, wp = height + 2 * padding, width + 2 * padding
    if k > hp or k > wp:
        text = (translate("Conv", "image {w}x{h} is smaller than the {k}x{k} filter (the {wp}x{hp} padded image)") if padding
                else translate("Conv", "image {w}x{h} is smaller than the {k}x{k} filter"))
        raise ValueError(text.format(w=width, h=height, k=k, wp=wp, hp=hp))
    if stride > hp or stride > wp:
        text = (translate("Conv", "stride {stride} is larger than the {wp}x{hp} padded image: the filter would move off "
                                  "it after one position") if padding
                else translate("Conv", "stride {stride} is larger than the {wp}x{hp} image: the filter would move off it "
                                       "after one position"))
        raise ValueError(text.format(stride=stride, wp=wp, hp=hp))


def output_shape(image_shape: tuple[int, ...], k: int, stride: int = 1, padding: int = 0) -> tuple[int, ...]:
    """(..., H, W) -> (..., Ho, Wo) with Ho = (H + 2p - k)//s + 1: one output per position."""
    *lead, h, w = image_shape
    return (*lead, (h + 2 * padding - k) // stride + 1, (w + 2 * padding - k) // stride + 1)


def pad(x: np.ndarray, padding: int) -> np.ndarray:
    """x̃: x with `padding` zeros on every side of its last two axes (x itself when padding is 0)."""
    if padding == 0:
        return x
    return np.pad(x, [(0, 0)] * (x.ndim - 2) + [(padding, padding)] * 2)


def unpad(x_padded: np.ndarray, padding: int) -> np.ndarray:
    """The inverse of pad(): drop the border (a view)."""
    if padding == 0:
        return x_padded
    return x_padded[..., padding:-padding, padding:-padding]


def receptive_field(x_padded: np.ndarray, k: int, r: int, c: int, stride: int = 1) -> np.ndarray:
    """x̃[..., s*i + r, s*j + c] for every position (i, j): what filter cell (r, c) sees (a view).

    x_padded is (..., Hp, Wp), already padded; the view is (..., Ho, Wo)."""
    ho = (x_padded.shape[-2] - k) // stride + 1
    wo = (x_padded.shape[-1] - k) // stride + 1
    return x_padded[..., r : r + stride * (ho - 1) + 1 : stride, c : c + stride * (wo - 1) + 1 : stride]


def _with_channels(x, w, stride: int, padding: int) -> tuple[np.ndarray, np.ndarray]:
    """Checked float64 (..., C, H, W) image and (C, k, k) filter: a grey (k, k) filter and its
    (H, W) / (N, H, W) image get a channel axis of size 1 (views, no copies)."""
    w = np.asarray(w, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    if w.ndim not in (2, 3) or w.shape[-1] != w.shape[-2]:
        raise ValueError(f"w must be a square (k, k) filter or (C, k, k) across C channels, got shape {w.shape}")
    if w.ndim == 2:
        if x.ndim not in (2, 3):
            raise ValueError(f"with a (k, k) filter x must be (H, W) or (N, H, W), got shape {x.shape}")
        x, w = x[..., None, :, :], w[None]
    elif x.ndim not in (3, 4) or x.shape[-3] != w.shape[0]:
        raise ValueError(f"with a {w.shape} filter x must be ({w.shape[0]}, H, W) or (N, {w.shape[0]}, H, W), "
                         f"got shape {x.shape}")
    check_geometry(x.shape[-2], x.shape[-1], w.shape[-1], stride, padding)
    return x, w


def _check_dy(x: np.ndarray, k: int, dy, stride: int, padding: int) -> np.ndarray:
    """dy (..., Ho, Wo) for a (..., C, H, W) image."""
    dy = np.asarray(dy, dtype=np.float64)
    expected = output_shape(x.shape[:-3] + x.shape[-2:], k, stride, padding)
    if dy.shape != expected:
        raise ValueError(f"dy has shape {dy.shape}, expected {expected}")
    return dy


# ---- forward and backward ----------------------------------------------------------------------
def forward(x: np.ndarray, w: np.ndarray, b: float, stride: int = 1, padding: int = 0) -> np.ndarray:
    """y[i, j] = b + sum_{c,r,q} w[c, r, q] * x̃[c, s*i+r, s*j+q].

    x : (H, W) / (N, H, W) with w (k, k);  (C, H, W) / (N, C, H, W) with w (C, k, k);  b : float
    returns y : (Ho, Wo) or (N, Ho, Wo)
    """
    x, w = _with_channels(x, w, stride, padding)
    k = w.shape[-1]
    xp = pad(x, padding)
    y = np.full(output_shape(x.shape[:-3] + x.shape[-2:], k, stride, padding), float(b))
    for c in range(w.shape[0]):
        for r in range(k):
            for q in range(k):
                y += w[c, r, q] * receptive_field(xp[..., c, :, :], k, r, q, stride)
    return y


@dataclass(frozen=True)
class Grads:
    """The summed gradients of one backward pass.

    dw : like w  (k, k) or (C, k, k)   the shared filter's buffer, summed over every position (and image)
    db : float                         the bias delta, summed the same way
    dx : like x                        every position's input deltas added into the input pixels
    """

    dw: np.ndarray
    db: float
    dx: np.ndarray


def input_grad(dy: np.ndarray, w: np.ndarray, image_shape: tuple[int, ...], stride: int = 1,
               padding: int = 0) -> np.ndarray:
    """dx̃[c, s*i+r, s*j+q] += dy[i, j] * w[c, r, q] for every position, then dx = dx̃ without its
    border: shape image_shape (like x; w (k, k) or (C, k, k) as in forward)."""
    w = np.asarray(w, dtype=np.float64)
    grey = w.ndim == 2
    w3 = w[None] if grey else w
    k = w3.shape[-1]
    shape = tuple(image_shape)
    shape_c = shape[:-2] + (1,) + shape[-2:] if grey else shape
    dx_padded = np.zeros(shape_c[:-2] + (shape[-2] + 2 * padding, shape[-1] + 2 * padding))
    for c in range(w3.shape[0]):
        for r in range(k):
            for q in range(k):
                receptive_field(dx_padded[..., c, :, :], k, r, q, stride)[...] += dy * w3[c, r, q]
    dx = unpad(dx_padded, padding)
    return np.ascontiguousarray(dx.reshape(shape))


def filter_grad(x: np.ndarray, dy: np.ndarray, k: int, stride: int = 1, padding: int = 0,
                channels: bool = False) -> tuple[np.ndarray, float]:
    """The one shared buffer: dw[c, r, q] = sum_{i,j} dy[i, j] * x̃[c, s*i+r, s*j+q], db = sum_{i,j} dy[i, j].

    x : (H, W) / (N, H, W), or with channels=True (C, H, W) / (N, C, H, W);  dy : like forward's y.
    dw is (k, k), or (C, k, k) with channels. Sums over every position (and image) with one
    product of dy's size at a time: no patch matrix, whatever the batch.
    """
    xc = x if channels else x[..., None, :, :]
    xp = pad(xc, padding)
    dw = np.empty((xc.shape[-3], k, k))
    for c in range(dw.shape[0]):
        for r in range(k):
            for q in range(k):
                dw[c, r, q] = np.sum(dy * receptive_field(xp[..., c, :, :], k, r, q, stride))
    return (dw if channels else dw[0]), float(dy.sum())


def backward(x: np.ndarray, w: np.ndarray, dy: np.ndarray, stride: int = 1, padding: int = 0) -> Grads:
    """Sum every position's gradient into one buffer (see the sums at the top).

    x, w : as in forward;  dy : like forward's y (dL/dy, called delta)
    returns Grads(dw like w, db a number, dx like x)
    """
    x_shape, grey = np.shape(x), np.ndim(w) == 2
    xc, w3 = _with_channels(x, w, stride, padding)
    k = w3.shape[-1]
    dy = _check_dy(xc, k, dy, stride, padding)
    dw, db = filter_grad(xc, dy, k, stride, padding, channels=True)
    dx = input_grad(dy, w3, xc.shape, stride, padding)
    return Grads(dw=dw[0] if grey else dw, db=db, dx=dx.reshape(x_shape))


def patch_matrix(x: np.ndarray, k: int | tuple[int, ...], stride: int = 1, padding: int = 0) -> np.ndarray:
    """Every receptive field of x̃ in raster order (image, row, column), flattened.

    k : the filter's size k (grey x (H, W) / (N, H, W)) or its shape, (k, k) or (C, k, k)
        (then x is (C, H, W) / (N, C, H, W)).
    returns (P, C*k*k) float64 with P = N * Ho * Wo; row p is the receptive field of position p
    (channel, row, column), so y.ravel() == patch_matrix(x, w.shape, s, p) @ w.ravel() + b.
    """
    shape = (k, k) if isinstance(k, (int, np.integer)) else tuple(k)
    x = np.asarray(x, dtype=np.float64)
    xc = x[..., None, :, :] if len(shape) == 2 else x
    size = shape[-1]
    xp = pad(xc, padding)
    windows = np.lib.stride_tricks.sliding_window_view(xp, (size, size), axis=(-2, -1))[..., ::stride, ::stride, :, :]
    # (..., C, Ho, Wo, k, k) -> (..., Ho, Wo, C, k, k): one row per position
    windows = np.moveaxis(windows, -5, -3)
    return windows.reshape(-1, xc.shape[-3] * size * size)


# ---- the trace: the same sums, one position at a time ------------------------------------------
@dataclass(frozen=True)
class Trace:
    """The backward pass one position at a time, in raster order (row by row, left to right).

    positions  : (P, 2) int   (row, col) of each position's top-left input pixel, in the image's
                              coordinates: s*i - p, s*j - p (negative on the padding's border)
    cells      : (P, 2) int   (i, j): the output cell of each position
    image_index: (P,) int     which image of the batch (all 0 for one image)
    patches    : (P, *w.shape) the receptive field of x̃ at each position (padding's zeros included)
    delta      : (P,)         dy at each position
    dw_contrib : (P, *w.shape) delta * patch: what each position adds into the buffer
    dw_running : (P, *w.shape) the buffer after adding positions 0..p (cumulative sum)
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
    stride: int = 1
    padding: int = 0
    cells: np.ndarray | None = None

    @property
    def k(self) -> int:
        return self.w.shape[-1]

    @property
    def num_positions(self) -> int:
        return self.delta.shape[0]

    @cached_property
    def dw_contrib(self) -> np.ndarray:
        return _readonly(self.delta.reshape(-1, *(1,) * self.w.ndim) * self.patches)

    @cached_property
    def dw_running(self) -> np.ndarray:
        return _readonly(running_sum(self.dw_contrib))

    @cached_property
    def db_running(self) -> np.ndarray:
        return _readonly(np.cumsum(self.delta))

    def dw_after(self, p: int) -> np.ndarray:
        """The buffer after the first p positions (p = 0: all zeros), shaped like w."""
        self._check_count(p)
        return np.zeros(self.w.shape) if p == 0 else self.dw_running[p - 1].copy()

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
        return input_grad(masked.reshape(self.dy.shape), self.w, self.x.shape, self.stride, self.padding)

    def dx_contrib(self, p: int) -> np.ndarray:
        """The input deltas delta[p] * w that position p adds at its patch's pixels (those on the
        padding's border are dropped from dx)."""
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


def trace(x: np.ndarray, w: np.ndarray, dy: np.ndarray, stride: int = 1, padding: int = 0) -> Trace:
    """The backward pass position by position (vectorized with cumulative sums)."""
    xc, w3 = _with_channels(x, w, stride, padding)
    k = w3.shape[-1]
    dy = _check_dy(xc, k, dy, stride, padding)
    w = np.asarray(w, dtype=np.float64)
    ho, wo = dy.shape[-2:]
    n = xc.shape[0] if xc.ndim == 4 else 1
    rows, cols = np.divmod(np.arange(ho * wo), wo)
    cells = np.tile(np.stack([rows, cols], axis=1), (n, 1))
    image_index = np.repeat(np.arange(n), ho * wo)
    patches = patch_matrix(xc, w3.shape, stride, padding).reshape(-1, *w.shape)
    return Trace(
        x=_readonly(np.array(x, dtype=np.float64)),
        w=_readonly(w.copy()),
        dy=_readonly(dy.copy()),
        positions=_readonly(stride * cells - padding),
        image_index=_readonly(image_index),
        patches=_readonly(patches),
        delta=_readonly(dy.ravel().copy()),
        stride=stride,
        padding=padding,
        cells=_readonly(cells),
    )
