"""The alternative to weight sharing: a locally connected ("untied") layer, one filter per position.

The reference question asks: "won't the weights become different at each position?" This module
builds exactly that layer so the class can train it next to the shared filter and compare.

A 32x32 image has 30x30 = 900 positions. The shared layer has ONE 3x3 filter + bias (10 numbers);
the untied layer has an independent 3x3 filter + bias at every position (900 * 10 = 9,000
numbers), and each one is updated only by its own position's gradient. Shapes (k = 3):

    x : (H, W) or (N, H, W)      W : (Ho, Wo, k, k)      B : (Ho, Wo)      y, dy : (..., Ho, Wo)
    with Ho = H-k+1, Wo = W-k+1

    y[i, j]        = B[i, j] + sum_{r,c} W[i, j, r, c] * x[i+r, j+c]
    dW[i, j, r, c] = dy[i, j] * x[i+r, j+c]            (position (i, j)'s own gradient; NOT summed
                                                          over positions, only over images)
    dB[i, j]       = dy[i, j]                           (summed over images only)
    dx[i+r, j+c]  += dy[i, j] * W[i, j, r, c]          (every position adds into the input)

The teaching fact, checked in the tests: if every position holds the same filter w, the shared
layer's buffer is the untied gradients SUMMED over positions,

    backward(x, w, dy).dw == untied_backward(x, tile(w), dy).dW.sum(axis=(0, 1))

so weight sharing is "compute each position's gradient as if it had its own filter, then add
them all into one buffer" -- the answer in weight-sharing-qa.txt, as an identity.

Why the untied layer does not generalise: each position sees only its own patch (one patch per
image). With one image, gradient descent moves W[i, j] only along that patch (every update is
delta * patch), so the part of each filter orthogonal to its patch never leaves its starting
value, and where the image is flat or dark the filter barely changes at all. It memorises the
training image; moved or replaced, the same filters meet patches they never learned from.
Per parameter it also gets one position's share of the signal, so with the shared layer's
learning rate it trains far more slowly (see `UntiedTrainer`).

Other layers (stride s, padding p, C channels; the comparison mode draws every one):
W is (Ho, Wo, C, k, k) for a colour lesson, position (i, j) sees x̃[..., c, s*i+r, s*j+q] of the
padded image, and dx stops at the image, exactly as in conv.py; the identity above still holds.

Like conv.py, the pure functions loop over the k*k filter offsets, never over positions; the
trainer uses the patch matrix and einsum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from cnnviz.engine.activations import get_activation
from cnnviz.engine.conv import (_check_dy, check_geometry, forward, output_shape, pad, patch_matrix,
                                receptive_field, unpad)
from cnnviz.engine.history import History
from cnnviz.engine.losses import mse
from cnnviz.engine.optimizers import make_optimizer
from cnnviz.i18n import translate
from cnnviz.engine.trainer import K, GradientDescent, LessonConfig, Trainer, divergence_advice, lesson_images

__all__ = [
    "GeneralisationResult",
    "UntiedGrads",
    "UntiedSnapshot",
    "UntiedTrainer",
    "dense_params_count",
    "generalisation",
    "mosaic",
    "mosaic_cell",
    "shared_params_count",
    "shifted",
    "untied_backward",
    "untied_forward",
    "untied_grad_after",
    "untied_params_count",
    "untied_stable_lr",
]


# ---- parameter counts (the numbers on screen) ----------------------------------------------------
def shared_params_count(k: int = K, channels: int = 1) -> int:
    """One shared k x k filter (across C channels) + bias: C*k*k + 1 (10 for 3x3 grey, 28 for 3x3
    colour), whatever the image size."""
    return channels * k * k + 1


def _positions(h: int, w: int, k: int, stride: int, padding: int) -> int:
    ho, wo = output_shape((h, w), k, stride, padding)
    return ho * wo


def untied_params_count(h: int, w: int, k: int = K, stride: int = 1, padding: int = 0, channels: int = 1) -> int:
    """One C*k*k filter + bias per position: Ho*Wo*(C*k*k+1); 9,000 for 32x32 (3x3 grey, valid).
    Ho = (h + 2p - k)//s + 1, Wo likewise."""
    return _positions(h, w, k, stride, padding) * shared_params_count(k, channels)


def dense_params_count(h: int, w: int, k: int = K, stride: int = 1, padding: int = 0, channels: int = 1) -> int:
    """A dense layer from C*h*w pixels to the same Ho*Wo outputs: weights + biases.

    922,500 for 32x32 grey, 3x3 valid (1,024 inputs x 900 outputs + 900 biases); the padding's
    zeros are not inputs.
    """
    outputs = _positions(h, w, k, stride, padding)
    return channels * h * w * outputs + outputs


# ---- forward and backward ------------------------------------------------------------------------
def _check_untied(x, W: np.ndarray, stride: int = 1, padding: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Checked (..., C, H, W) image and (Ho, Wo, C, k, k) filters: a grey (Ho, Wo, k, k) layer and
    its (H, W) / (N, H, W) image get a channel axis of size 1 (views), as in conv.py."""
    W = np.asarray(W, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    if W.ndim not in (4, 5) or W.shape[-1] != W.shape[-2]:
        raise ValueError(f"W must be (Ho, Wo, k, k) or (Ho, Wo, C, k, k): one square filter per position, "
                         f"got shape {W.shape}")
    if W.ndim == 4:
        if x.ndim not in (2, 3):
            raise ValueError(f"x must be (H, W) or (N, H, W), got shape {x.shape}")
        x, W = x[..., None, :, :], W[:, :, None]
    elif x.ndim not in (3, 4) or x.shape[-3] != W.shape[2]:
        raise ValueError(f"with {W.shape[2]}-channel filters x must be ({W.shape[2]}, H, W) or (N, {W.shape[2]}, H, W), "
                         f"got shape {x.shape}")
    k = W.shape[-1]
    check_geometry(x.shape[-2], x.shape[-1], k, stride, padding)
    positions = output_shape(x.shape[-2:], k, stride, padding)
    if W.shape[:2] != positions:
        raise ValueError(
            f"W has filters for {W.shape[0]}x{W.shape[1]} positions, but a {x.shape[-2]}x{x.shape[-1]} "
            f"image has {positions[0]}x{positions[1]}: an untied layer only fits the image size it was made for"
        )
    return x, W


def untied_forward(x: np.ndarray, W: np.ndarray, B: np.ndarray, stride: int = 1, padding: int = 0) -> np.ndarray:
    """y[..., i, j] = B[i, j] + sum_{c,r,q} W[i, j, c, r, q] * x̃[..., c, s*i+r, s*j+q].

    x : (H, W) or (N, H, W) float64;  W : (Ho, Wo, k, k) one filter per position;  B : (Ho, Wo)
    (colour: x (C, H, W) or (N, C, H, W), W (Ho, Wo, C, k, k))
    returns y : (Ho, Wo) or (N, Ho, Wo)
    """
    x, W = _check_untied(x, W, stride, padding)
    k = W.shape[-1]
    B = np.asarray(B, dtype=np.float64)
    if B.shape != W.shape[:2]:
        raise ValueError(f"B must be (Ho, Wo) = {W.shape[:2]}, one bias per position, got shape {B.shape}")
    xp = pad(x, padding)
    y = np.broadcast_to(B, output_shape(x.shape[:-3] + x.shape[-2:], k, stride, padding)).copy()
    for c in range(W.shape[2]):
        for r in range(k):
            for q in range(k):
                # Cell (c, r, q) of every position's own filter, times the pixel it sees there.
                y += W[:, :, c, r, q] * receptive_field(xp[..., c, :, :], k, r, q, stride)
    return y


@dataclass(frozen=True)
class UntiedGrads:
    """The gradients of one backward pass of the untied layer.

    dW : (Ho, Wo, k, k)  position (i, j)'s own gradient dy[i, j] * patch(i, j), summed over
                         images only: nothing is added across positions
    dB : (Ho, Wo)        dy summed over images only
    dx : like x          every position's k*k input deltas added into the input pixels
    """

    dW: np.ndarray
    dB: np.ndarray
    dx: np.ndarray


def untied_backward(x: np.ndarray, W: np.ndarray, dy: np.ndarray, stride: int = 1, padding: int = 0) -> UntiedGrads:
    """Each position's gradient, kept in its own tile.

    x : (H, W) or (N, H, W);  W : (Ho, Wo, k, k);  dy : like untied_forward's y (dL/dy, delta)
    (colour: x (C, H, W) or (N, C, H, W), W (Ho, Wo, C, k, k); stride s and padding p as in conv.py)

        dW[i, j, r, c] = sum_n dy[n, i, j] * x[n, i+r, j+c]
        dB[i, j]       = sum_n dy[n, i, j]
        dx[n, i+r, j+c] += dy[n, i, j] * W[i, j, r, c]

    Weight sharing = summing these: when every position holds the same filter w,
    dW.sum(axis=(0, 1)) is exactly the shared buffer conv.backward(x, w, dy).dw, and dx is the same.
    """
    x_shape, grey = np.shape(x), np.ndim(W) == 4
    x, W = _check_untied(x, W, stride, padding)
    k = W.shape[-1]
    dy = _check_dy(x, k, dy, stride, padding)
    image_axes = tuple(range(dy.ndim - 2))  # () for one image, (0,) for a batch
    xp = pad(x, padding)
    dW = np.empty(W.shape)
    dx_padded = np.zeros(xp.shape)
    for c in range(W.shape[2]):
        for r in range(k):
            for q in range(k):
                dW[:, :, c, r, q] = np.sum(dy * receptive_field(xp[..., c, :, :], k, r, q, stride), axis=image_axes)
                receptive_field(dx_padded[..., c, :, :], k, r, q, stride)[...] += dy * W[:, :, c, r, q]
    dx = np.ascontiguousarray(unpad(dx_padded, padding)).reshape(x_shape)
    return UntiedGrads(dW=dW[:, :, 0] if grey else dW, dB=np.sum(dy, axis=image_axes), dx=dx)


def untied_grad_after(x: np.ndarray, dy: np.ndarray, count: int, k: int = K, stride: int = 1, padding: int = 0,
                      channels: bool = False) -> np.ndarray:
    """The untied gradient tiles after the first `count` positions (raster order: image, row, col).

    For the step-through: visiting position p fills in (adds into) ONLY tile (i, j) of the
    mosaic, while the shared buffer adds the same contribution into its one 3x3 sum.
    Tiles of positions not yet visited are zero; count = P gives untied_backward(...).dW.

    x : (H, W) or (N, H, W) (channels=True: (C, H, W) or (N, C, H, W));  dy : (..., Ho, Wo);
    returns (Ho, Wo, k, k) (channels: (Ho, Wo, C, k, k))
    """
    x = np.asarray(x, dtype=np.float64)
    xc = x if channels else x[..., None, :, :]
    dy = _check_dy(xc, k, dy, stride, padding)
    if not 0 <= count <= dy.size:
        raise IndexError(f"position count {count} is outside 0..{dy.size}")
    visited = dy.ravel().copy()
    visited[count:] = 0.0
    visited = visited.reshape(dy.shape)
    ho, wo = dy.shape[-2:]
    image_axes = tuple(range(dy.ndim - 2))
    xp = pad(xc, padding)
    tiles = np.empty((ho, wo, xc.shape[-3], k, k))
    for c in range(xc.shape[-3]):
        for r in range(k):
            for q in range(k):
                tiles[:, :, c, r, q] = np.sum(visited * receptive_field(xp[..., c, :, :], k, r, q, stride), axis=image_axes)
    return tiles if channels else tiles[:, :, 0]


# ---- the mosaic ---------------------------------------------------------------------------------
def mosaic(W: np.ndarray) -> np.ndarray:
    """All the position filters as one image of k x k tiles: (Ho, Wo, k, k) -> (Ho*k, Wo*k).

    Tile (i, j) (position (i, j)'s filter) sits at rows i*k .. i*k+k-1, cols j*k .. j*k+k-1,
    so mosaic[i*k + r, j*k + c] == W[i, j, r, c]. 30x30 filters of 3x3 -> a 90x90 image.
    (Ho, Wo, C, k, k) colour filters give one mosaic per channel: (C, Ho*k, Wo*k).
    """
    W = np.asarray(W, dtype=np.float64)
    if W.ndim == 5 and W.shape[3] == W.shape[4]:
        return np.stack([mosaic(W[:, :, c]) for c in range(W.shape[2])])
    if W.ndim != 4 or W.shape[2] != W.shape[3]:
        raise ValueError(f"W must be (Ho, Wo, k, k) or (Ho, Wo, C, k, k), got shape {W.shape}")
    ho, wo, k, _ = W.shape
    return W.transpose(0, 2, 1, 3).reshape(ho * k, wo * k)


def mosaic_cell(row: int, col: int, k: int = K) -> tuple[int, int, int, int]:
    """Mosaic pixel (row, col) -> (i, j, r, c): position (i, j)'s filter, cell (r, c). For hover."""
    i, r = divmod(int(row), k)
    j, c = divmod(int(col), k)
    return i, j, r, c


# ---- a shifted image for the generalisation test -------------------------------------------------
SHIFT_MODES = ("edge", "reflect")


def shifted(images: np.ndarray, dy: int, dx: int, mode: str = "edge") -> np.ndarray:
    """The same image(s) moved down by dy and right by dx pixels (negative: up / left); same shape.

    The strip uncovered at the border is filled by repeating the edge pixels (mode "edge") or by
    mirroring the image (mode "reflect"); np.roll would wrap the opposite border round, which
    puts edges where the image had none. |dy| < H and |dx| < W.

    images : (H, W) or (N, H, W) float64 -> the same shape (colour (N, 3, H, W) alike: every channel moves)
    """
    x = np.asarray(images, dtype=np.float64)
    if x.ndim not in (2, 3, 4):
        raise ValueError(f"images must be (H, W), (N, H, W) or (N, C, H, W), got shape {x.shape}")
    if mode not in SHIFT_MODES:
        raise ValueError(f"unknown shift mode {mode!r}; choose one of {', '.join(SHIFT_MODES)}")
    dy, dx = int(dy), int(dx)
    h, w = x.shape[-2:]
    if abs(dy) >= h or abs(dx) >= w:
        raise ValueError(f"a shift of ({dy}, {dx}) pixels does not fit a {h}x{w} image")
    pad_y, pad_x = abs(dy), abs(dx)
    lead = [(0, 0)] * (x.ndim - 2)
    padded = np.pad(x, lead + [(pad_y, pad_y), (pad_x, pad_x)], mode=mode)
    # out[i, j] = x[i - dy, j - dx], with positions outside x taken from the padding.
    return padded[..., pad_y - dy : pad_y - dy + h, pad_x - dx : pad_x - dx + w].copy()


# ---- training --------------------------------------------------------------------------------
def untied_stable_lr(images: np.ndarray, reduction: str = "sum", config: LessonConfig | None = None) -> float:
    """The largest learning rate at which plain gradient descent of the untied layer cannot diverge.

    Nothing is shared, so (identity activation) the loss is a sum of independent quadratics, one
    per position p in its own 10 parameters, with Hessian H_p = 2 Σ_n a aᵀ (a = [patch of image n
    at p | 1]; divided by N·P for "mean"). Descent is stable for lr < 2 / max_p λmax(H_p): the
    steepest position sets the limit (with one image λmax(H_p) = 2(|patch|² + 1)).
    """
    c = config or LessonConfig()
    x = lesson_images(images, c.color)
    return _stable_lr(_patches(x, c), reduction)


def _patches(x: np.ndarray, c: LessonConfig) -> np.ndarray:
    """(N, Ho*Wo, C*k*k): patch p of image n is what position p's own filter sees (config's layer)."""
    return patch_matrix(x, c.filter_shape, c.stride, c.padding_pixels).reshape(x.shape[0], -1, c.num_params - 1)


def _stable_lr(patches: np.ndarray, reduction: str, chunk: int = 65_536) -> float:
    """untied_stable_lr from the patches (N, P, C*k*k), a chunk of positions at a time (bounded memory)."""
    n, p, _ = patches.shape
    largest = 0.0
    for start in range(0, p, chunk):
        part = patches[:, start:start + chunk]
        a = np.concatenate([part, np.ones(part.shape[:2] + (1,))], axis=2)  # the bias's input is 1
        hessians = 2.0 * np.einsum("npi,npj->pij", a, a)
        largest = max(largest, float(np.linalg.eigvalsh(hessians)[:, -1].max()))
    if reduction == "mean":
        largest /= n * p
    return 2.0 / largest


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a, dtype=np.float64)
    a.flags.writeable = False
    return a


_NO_PARAMS = np.empty(0)  # the history keeps only losses: 9,000 parameters per row is too much


@dataclass(frozen=True)
class UntiedSnapshot:
    """A frozen, read-only view of the untied trainer at one step (arrays are copies).

    images      : (N, H, W)       the training image(s)
    target      : (N, Ho, Wo)     f(target kernel applied to the images), as for the shared layer
    output      : (N, Ho, Wo)     a = f(y) at the current filters
    delta       : (N, Ho, Wo)     dL/dy, the error map
    weights     : (Ho, Wo, 3, 3)  one filter per position (mosaic(weights) is the 90x90 picture);
                                  other layers: (Ho, Wo, *config.filter_shape)
    biases      : (Ho, Wo)        one bias per position
    grad_filters: like weights    each position's own gradient (never summed across positions)
    grad_biases : (Ho, Wo)
    history_*   : bounded loss history (steps (n,), losses (n,)); no parameters are kept
    """

    step: int
    loss: float
    weights: np.ndarray
    biases: np.ndarray
    grad_filters: np.ndarray
    grad_biases: np.ndarray
    images: np.ndarray
    target_kernel: np.ndarray
    target: np.ndarray
    output: np.ndarray
    delta: np.ndarray
    history_steps: np.ndarray
    history_losses: np.ndarray
    config: LessonConfig
    version: int = 0
    note: str = ""


class UntiedTrainer(GradientDescent):
    """Full-batch gradient descent of a locally connected layer: one 3x3 filter + bias per position.

    The same lesson as `Trainer` (same LessonConfig: target, lr, optimizer, momentum, reduction,
    activation, seed, init_scale; same loss on the same target map; same update rules), with one
    difference: nothing is shared. Parameters are a flat vector of Ho*Wo*10 numbers, position by
    position in raster order, each as the shared layer lays out its 10 (9 weights, then the bias).

    The seeded start is the SHARED trainer's initial filter + bias for the same seed, copied to
    every position, so with the same config both layers start as the same function and differ
    only in sharing.

    Learning rate: the shared filter's gradient is the sum of ~900 positions' gradients; each
    untied filter gets only its own. With the shared layer's learning rate (2e-4) the untied
    layer therefore learns much more slowly; it is stable up to a far larger rate (about
    2 / (2 * (|patch|^2 + 1)), ~0.1 for pixels in [0, 1] with the sum loss and one image).

    images : (H, W) or (N, H, W) float64; the filters fit only images of this H x W.
    """

    def __init__(self, images: np.ndarray, config: LessonConfig | None = None, history_capacity: int = 4096):
        self.config = (config or LessonConfig()).validated()
        self.history = History(history_capacity, num_params=0)
        self._set_images(images)
        self._set_target()
        self.reset()

    # ---- state -------------------------------------------------------------------------
    @property
    def positions(self) -> tuple[int, int]:
        """(Ho, Wo): the output positions, one filter each."""
        return self._positions

    @property
    def num_params(self) -> int:
        """Ho * Wo * 10 (9,000 for 32x32)."""
        return self._params.size

    @property
    def weights(self) -> np.ndarray:
        """(Ho, Wo, 3, 3) read-only view: position (i, j)'s own filter ((Ho, Wo, *config.filter_shape))."""
        c = self.config
        w = self._params.reshape(*self._positions, c.num_params)[..., :-1].reshape(*self._positions, *c.filter_shape)
        w.flags.writeable = False
        return w

    @property
    def biases(self) -> np.ndarray:
        """(Ho, Wo) read-only view: position (i, j)'s own bias."""
        b = self._params.reshape(*self._positions, self.config.num_params)[..., -1]
        b.flags.writeable = False
        return b

    @property
    def params(self) -> np.ndarray:
        """(Ho*Wo*10,) copy: position by position, 9 weights in raster order then the bias."""
        return self._params.copy()

    def initial_filter(self, seed: int) -> np.ndarray:
        """(10,) the start every position gets: the same numbers as Trainer.initial_params(seed)."""
        rng = np.random.default_rng(seed)  # must draw exactly like Trainer.initial_params
        return rng.uniform(-self.config.init_scale, self.config.init_scale, size=self.config.num_params)

    def initial_params(self, seed: int) -> np.ndarray:
        """(Ho*Wo*10,) the shared start filter + bias, tiled to every position."""
        return np.tile(self.initial_filter(seed), self._positions[0] * self._positions[1])

    def moved_from_start(self) -> np.ndarray:
        """(Ho, Wo): how far each position's 3x3 filter is from the start (Euclidean norm).

        Near zero where the image is dark or flat: those positions got almost no gradient.
        """
        shape = self.config.filter_shape
        start = self.initial_filter(self.config.seed)[:-1].reshape(shape)
        return np.sqrt(np.sum((self.weights - start) ** 2, axis=tuple(range(2, 2 + len(shape)))))

    # ---- configuration (applies between steps) ---------------------------------------------
    def set_images(self, images: np.ndarray) -> None:
        """New training image(s). Same H x W: the filters are kept (as Trainer keeps its filter).

        A different H x W has a different number of positions, so the old filters cannot fit:
        the trainer resets to the seeded start (step 0, history cleared).
        """
        old = self._positions
        self._set_images(images)
        self._set_target()
        self._current = None
        if self._positions != old:
            self.reset()

    def _set_images(self, images: np.ndarray) -> None:
        c = self.config
        x = lesson_images(images, c.color)
        check_geometry(x.shape[-2], x.shape[-1], c.kernel_size, c.stride, c.padding_pixels)
        self.images = x
        self._positions = output_shape(x.shape[-2:], c.kernel_size, c.stride, c.padding_pixels)
        self._patches = _patches(x, c)  # (N, Ho*Wo, 9): patch p of image n is what position p's filter sees

    def _flatten_target(self, target: np.ndarray) -> np.ndarray:
        return target.reshape(self.images.shape[0], -1)  # (N, Ho*Wo): one column per position

    def _make_optimizer(self) -> None:
        c = self.config
        self._optimizer = make_optimizer(c.optimizer, c.lr, c.momentum, self._params.size)

    # ---- one step --------------------------------------------------------------------------
    def _loss_and_grad(self, params: np.ndarray) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
        """(loss, grad (Ho*Wo*10,), output a (N, Ho*Wo), delta (N, Ho*Wo)) at params."""
        act = get_activation(self.config.activation)
        per_position = params.reshape(-1, self.config.num_params)  # (Ho*Wo, 10)
        w, b = per_position[:, :-1], per_position[:, -1]
        y = np.einsum("npk,pk->np", self._patches, w) + b  # each position with its own filter
        a = act.f(y)
        loss, dloss_da = mse(a, self._target_flat, self.config.reduction)
        delta = dloss_da * act.df(y)
        grad = np.empty_like(per_position)
        grad[:, :-1] = np.einsum("np,npk->pk", delta, self._patches)  # own delta * own patch
        grad[:, -1] = delta.sum(axis=0)  # summed over images, never over positions
        return loss, grad.ravel(), a, delta

    def _record(self, loss: float, grad: np.ndarray) -> None:
        self.history.record(self.step_count, loss, _NO_PARAMS)  # 9,000 parameters: losses only

    def _diverged_message(self) -> str:
        return translate("Untied", "the untied layer diverged after step {step}: the loss overflowed with learning "
                                   "rate {lr}; the last finite filters are kept. {advice}").format(
            step=self.step_count, lr=f"{self.config.lr:g}", advice=self.divergence_advice())

    def divergence_advice(self) -> str:
        """'Try a learning rate of 0.0123 or smaller (...)': below this layer's own limit (λmax of its
        steepest position) for the optimizer in use."""
        return divergence_advice(_stable_lr(self._patches, self.config.reduction), self.config, untied=True)

    # ---- applying the layer ---------------------------------------------------------------------
    def output(self, images: np.ndarray | None = None) -> np.ndarray:
        """a = f(y) of the current filters on `images` (default: the training images).

        images : (H, W) or (N, H, W), the training H x W (one filter per position);
        returns (N, Ho, Wo) (N = 1 for one image).
        """
        c = self.config
        x = self.images if images is None else _new_images(images, c.color)
        if x.shape[-2:] != self.images.shape[-2:]:
            h, w = self.images.shape[-2:]
            raise ValueError(
                f"the untied layer has one filter per position of a {h}x{w} "
                f"image; a {x.shape[-2]}x{x.shape[-1]} image has other positions. Use an image of the same "
                f"size (e.g. shifted(), or the sample loaded at size {h})"
            )
        act = get_activation(c.activation)
        with np.errstate(over="ignore", invalid="ignore"):
            return act.f(untied_forward(x, self.weights, self.biases, c.stride, c.padding_pixels))

    # ---- snapshots ---------------------------------------------------------------------------
    def snapshot(self, version: int = 0, note: str = "") -> UntiedSnapshot:
        with np.errstate(over="ignore", invalid="ignore"):
            loss, grad, a, delta = self._loss_and_grad(self._params)
        c = self.config
        shape = (self.images.shape[0], *self._positions)
        grad = grad.reshape(*self._positions, c.num_params)
        steps, losses, _ = self.history.arrays()
        return UntiedSnapshot(
            step=self.step_count,
            loss=loss,
            weights=_readonly(self.weights),
            biases=_readonly(self.biases),
            grad_filters=_readonly(grad[..., :-1].reshape(*self._positions, *c.filter_shape)),
            grad_biases=_readonly(grad[..., -1]),
            images=self.images,
            target_kernel=self.target_kernel,
            target=self.target,
            output=_readonly(a.reshape(shape)),
            delta=_readonly(delta.reshape(shape)),
            history_steps=steps,
            history_losses=losses,
            config=self.config,
            version=version,
            note=note,
        )

    def grads(self) -> UntiedGrads:
        """untied_backward() at the current filters (for checks and the step-through)."""
        s, c = self.snapshot(), self.config
        return untied_backward(self.images, s.weights, s.delta, c.stride, c.padding_pixels)


# ---- the generalisation test --------------------------------------------------------------------
@dataclass(frozen=True)
class GeneralisationResult:
    """Both trained layers applied to images they were not trained on.

    images        : (N, H, W)    the new images
    target        : (N, Ho, Wo)  f(target kernel ★ new images): the right answer there
    shared_output : (N, Ho, Wo)  the shared filter's output;  untied_output likewise
    shared_error  : (N, Ho, Wo)  shared_output - target;      untied_error likewise
    shared_loss, untied_loss : float   the lesson's loss (same reduction) on the new images
    """

    images: np.ndarray
    target: np.ndarray
    shared_output: np.ndarray
    untied_output: np.ndarray
    shared_error: np.ndarray
    untied_error: np.ndarray
    shared_loss: float
    untied_loss: float

    @property
    def ratio(self) -> float:
        """untied_loss / shared_loss: how many times worse the untied layer does (inf if shared is 0)."""
        return self.untied_loss / self.shared_loss if self.shared_loss > 0 else math.inf


def _new_images(images: np.ndarray, color: bool = False) -> np.ndarray:
    """Images to apply a trained layer to: (N, H, W) (colour (N, 3, H, W)), finite; any size
    here (the untied layer then checks its own)."""
    x = np.asarray(images, dtype=np.float64)
    if x.ndim == (3 if color else 2):
        x = x[None]
    if x.ndim != (4 if color else 3) or (color and x.shape[1] != 3):
        raise ValueError(f"images must be {'(3, H, W) or (N, 3, H, W)' if color else '(H, W) or (N, H, W)'}, "
                         f"got shape {x.shape}")
    if not np.all(np.isfinite(x)):
        raise ValueError("new images contain non-finite values")
    return x


def generalisation(shared: Trainer, untied: UntiedTrainer, new_images: np.ndarray) -> GeneralisationResult:
    """Apply both trained layers to new_images and score them against the target there.

    new_images : (H, W) or (N, H, W), the H x W the untied layer was trained on (it has one
    filter per position: ValueError otherwise). Both trainers must be on the same lesson
    (target kernel, activation, reduction): ValueError otherwise. Nothing is trained here.
    """
    a, b = shared.config, untied.config
    for field_name in ("target", "activation", "reduction"):
        if getattr(a, field_name) != getattr(b, field_name):
            raise ValueError(
                f"the shared and untied layers are on different lessons ({field_name} "
                f"{getattr(a, field_name)!r} vs {getattr(b, field_name)!r}); compare them on the same one"
            )
    if not np.array_equal(shared.target_kernel, untied.target_kernel):
        raise ValueError("the shared and untied layers have different target kernels")
    if (a.kernel_size, a.stride, a.padding_pixels, a.color) != (b.kernel_size, b.stride, b.padding_pixels, b.color):
        raise ValueError(f"the shared and untied layers differ ({a.layer_text()} vs {b.layer_text()}); "
                         "compare them on the same layer")
    x = _new_images(new_images, a.color)
    untied_output = untied.output(x)  # raises the size message first
    act = get_activation(a.activation)
    s, p = a.stride, a.padding_pixels
    with np.errstate(over="ignore", invalid="ignore"):
        target = act.f(forward(x, shared.target_kernel, 0.0, s, p))
        shared_output = act.f(forward(x, shared.weights, shared.bias, s, p))
        shared_loss = mse(shared_output, target, a.reduction)[0]
        untied_loss = mse(untied_output, target, a.reduction)[0]
    return GeneralisationResult(
        images=_readonly(x),
        target=_readonly(target),
        shared_output=_readonly(shared_output),
        untied_output=_readonly(untied_output),
        shared_error=_readonly(shared_output - target),
        untied_error=_readonly(untied_output - target),
        shared_loss=shared_loss,
        untied_loss=untied_loss,
    )
