"""A seeded, synchronous trainer for the lesson: learn a target kernel with one shared filter.

One step = forward over every position (and image), the loss, one backward pass that sums
every position's gradient into one buffer (10 values for the classroom's 3x3 grey filter; C*k*k + 1
with kernel size k and C channels), then one update. No threads here: the
app's worker calls `step()` in a loop and publishes `snapshot()`s.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

import numpy as np

from cnnviz.engine.activations import get_activation
from cnnviz.engine.conv import (backward, check_geometry, filter_grad, forward, input_grad, output_shape, pad,
                                padding_amount, patch_matrix, receptive_field)
from cnnviz.engine.history import History
from cnnviz.engine.kernels import MAX_KERNEL_SIZE, color_kernel, kernel_from_spec
from cnnviz.engine.losses import REDUCTIONS, mse
from cnnviz.engine.optimizers import OPTIMIZERS, make_optimizer
from cnnviz.i18n import translate

K = 3  # the classroom's filter is 3x3: 9 weights + 1 bias = 10 parameters (kernel_size's default)
COLOR_CHANNELS = 3  # a colour lesson's images are RGB
MAX_SEED = 2**64 - 1  # a seed is a 64-bit unsigned number (what a lesson file stores)
# Up to this size the step multiplies a patch matrix (every 3x3 patch as a row: fastest for the
# classroom's 32x32); beyond it, a big batch sums over the 9 shifted views of the images instead
# (forward / filter_grad): the same sums without a (P, 9) copy of the images.
PATCH_MATRIX_BYTES = 32 * 2**20


@dataclass(frozen=True)
class LessonConfig:
    """Everything that defines a lesson run, apart from the image(s)."""

    target: str = "sobel-x"  # a named kernel or typed "a,b,c;d,e,f;g,h,i"
    lr: float = 2e-4
    optimizer: str = "sgd"
    momentum: float = 0.9
    reduction: str = "sum"
    activation: str = "identity"
    seed: int = 0
    init_scale: float = 0.5  # initial weights and bias ~ uniform(-init_scale, init_scale)
    kernel_size: int = K  # k: the filter is k x k (per channel)
    stride: int = 1  # s: the filter moves s pixels between positions
    padding: int | str = "valid"  # "valid" (0), "same", "full" or a number of zero pixels on every side
    color: bool = False  # RGB images and a (3, k, k) filter; False: grey images and a (k, k) filter

    @property
    def padding_pixels(self) -> int:
        """p: the zero border's width in pixels (named padding resolved for this kernel and stride)."""
        return padding_amount(self.padding, self.kernel_size, self.stride)

    @property
    def channels(self) -> int:
        return COLOR_CHANNELS if self.color else 1

    @property
    def filter_shape(self) -> tuple[int, ...]:
        """(k, k) grey or (3, k, k) colour: the shape of the weights, the buffer and the target kernel."""
        k = self.kernel_size
        return (COLOR_CHANNELS, k, k) if self.color else (k, k)

    @property
    def num_params(self) -> int:
        """C*k*k weights + 1 bias (10 for the classroom's 3x3 grey filter, 28 for 3x3 colour)."""
        return self.channels * self.kernel_size**2 + 1

    @property
    def is_classroom_layer(self) -> bool:
        """The lesson's first slide: 3x3 grey filter, valid, stride 1 (what every panel draws)."""
        return (self.kernel_size, self.stride, self.padding_pixels, self.color) == (K, 1, 0, False)

    def layer_text(self) -> str:
        """'5x5x3 filter, stride 2, padding 2 (same)': the layer in the lecture's words."""
        k = self.kernel_size
        if isinstance(self.padding, str) and self.padding != "valid":
            text = translate("LessonConfig", "{shape} filter, stride {stride}, padding {padding} ({name})")
        else:
            text = translate("LessonConfig", "{shape} filter, stride {stride}, padding {padding}")
        return text.format(shape=f"{k}x{k}{'x3' if self.color else ''}", stride=self.stride,
                           padding=self.padding_pixels, name=self.padding)

    def require_classroom_layer(self, who: str) -> None:
        """Raise ValueError (one line) unless this is the classroom layer: for the parts of cnnviz
        that draw only it so far (the window, export, the notebook's figures)."""
        if not self.is_classroom_layer:
            raise ValueError(translate("LessonConfig", "{who} shows the 3x3 grey filter (valid, stride 1) only, for now; "
                                                       "this lesson has a {layer}: train it with `cnnviz train`").format(
                who=who, layer=self.layer_text()))

    def target_kernel(self) -> np.ndarray:
        """The target as a filter: (k, k), or for colour (3, k, k) = the kernel on the luminance."""
        kernel = kernel_from_spec(self.target, self.kernel_size)
        return color_kernel(kernel) if self.color else kernel

    def validated(self) -> "LessonConfig":
        """Return self, or raise ValueError with one clear line about the first bad field."""
        def number(v) -> bool:  # a real number, not a bool, str or None
            return isinstance(v, (int, float)) and not isinstance(v, bool)

        for name in ("target", "optimizer", "reduction", "activation"):
            if not isinstance(getattr(self, name), str):
                raise ValueError(translate("LessonConfig", "{name} must be text, got {value}").format(
                    name=name, value=repr(getattr(self, name))))
        for name in ("lr", "momentum", "init_scale"):
            if not number(getattr(self, name)):
                raise ValueError(translate("LessonConfig", "{name} must be a number, got {value}").format(
                    name=name, value=repr(getattr(self, name))))
        if isinstance(self.seed, bool):
            raise ValueError(translate("LessonConfig", "seed must be a non-negative integer, got {value}").format(value=self.seed))
        for name, low, high in (("kernel_size", 1, MAX_KERNEL_SIZE), ("stride", 1, None)):
            v = getattr(self, name)
            if not (isinstance(v, int) and not isinstance(v, bool) and v >= low and (high is None or v <= high)):
                if high:
                    text = translate("LessonConfig", "{name} must be a whole number from {low} to {high}, got {value}")
                else:
                    text = translate("LessonConfig", "{name} must be a whole number {low} or more, got {value}")
                raise ValueError(text.format(name=name.replace("_", " "), low=low, high=high, value=repr(v)))
        if not isinstance(self.color, bool):
            raise ValueError(translate("LessonConfig", "color must be true or false, got {value}").format(value=repr(self.color)))
        k = self.kernel_size
        if self.padding_pixels > k - 1:  # (padding_pixels raises ValueError for a bad or impossible padding)
            raise ValueError(translate("LessonConfig", "padding {padding} is more than 'full' ({full} for a {k}x{k} "
                                                       "filter): the outermost positions would see only zeros").format(
                padding=self.padding_pixels, full=k - 1, k=k))
        kernel_from_spec(self.target, self.kernel_size)
        get_activation(self.activation)
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(translate("LessonConfig", "learning rate must be a positive finite number, got {value}").format(
                value=self.lr))
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(translate("LessonConfig", "unknown optimizer {value}; choose one of {choices}").format(
                value=repr(self.optimizer), choices=", ".join(OPTIMIZERS)))
        if not (math.isfinite(self.momentum) and 0 <= self.momentum < 1):
            raise ValueError(translate("LessonConfig", "momentum must be in [0, 1), got {value}").format(value=self.momentum))
        if self.reduction not in REDUCTIONS:
            raise ValueError(translate("LessonConfig", "unknown reduction {value}; choose one of {choices}").format(
                value=repr(self.reduction), choices=", ".join(REDUCTIONS)))
        if not isinstance(self.seed, int) or not 0 <= self.seed <= MAX_SEED:
            raise ValueError(translate("LessonConfig", "seed must be a whole number from 0 to 2**64-1, got {value}").format(
                value=str(self.seed)[:30]))
        if not (math.isfinite(self.init_scale) and self.init_scale >= 0):
            raise ValueError(translate("LessonConfig", "init_scale must be a non-negative finite number, got {value}").format(
                value=self.init_scale))
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def momentum_or_none(self) -> float | None:
        """μ when the optimizer uses it (its stability limit is 2(1 + μ)/λmax), else None."""
        return self.momentum if self.optimizer == "momentum" else None


class TrainingDiverged(ArithmeticError):
    """The update would make a parameter or the loss non-finite; the last finite state is kept."""


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a, dtype=np.float64 if a.dtype.kind == "f" else a.dtype)
    a.flags.writeable = False
    return a


def param_names(filter_shape: tuple[int, ...], prefix: str = "") -> tuple[str, ...]:
    """'w[0,0]', ..., 'b' for a (k, k) filter; 'w[c,r,q]', ..., 'b' for (C, k, k): the order of
    Trainer.params. prefix 'dL/d' names the gradient buffer's cells instead."""
    weights = tuple(f"{prefix}w[{','.join(map(str, index))}]" for index in np.ndindex(*filter_shape))
    return weights + (f"{prefix}b",)


def lesson_images(images: np.ndarray, color: bool = False) -> np.ndarray:
    """(H, W) or (N, H, W) -> a read-only (N, H, W) float64 batch, checked: finite, at least 3x3.

    color: (3, H, W) or (N, 3, H, W) -> (N, 3, H, W)."""
    x = np.asarray(images, dtype=np.float64)
    if color:
        if x.ndim == 3:
            x = x[None]
        if x.ndim != 4 or x.shape[1] != COLOR_CHANNELS:
            raise ValueError(translate("LessonConfig", "colour images must be (3, H, W) or (N, 3, H, W), got {shape}").format(
                shape=x.shape))
    else:
        if x.ndim == 2:
            x = x[None]
        if x.ndim != 3 or x.shape[1] < K or x.shape[2] < K:
            raise ValueError(translate("LessonConfig", "images must be (H, W) or (N, H, W) with H, W >= {k}, got {shape}").format(
                k=K, shape=x.shape))
    if not np.all(np.isfinite(x)):
        raise ValueError(translate("LessonConfig", "images contain non-finite values"))
    return _readonly(x)


def stable_lr(images: np.ndarray, reduction: str = "sum", *, kernel_size: int = K, stride: int = 1,
              padding: int | str = 0, color: bool = False) -> float:
    """The largest learning rate at which plain gradient descent on these images cannot diverge.

    With identity activation the loss is quadratic in the C*k*k + 1 parameters, with Hessian
    H = 2 AᵀA (A: every receptive field of the padded images as a row, taken every s pixels,
    plus a 1 for the bias; divided by P for "mean"). Descent is stable for lr < 2 / λmax(H).
    Bright or large images, big kernels and colour have a large λmax, so a default that suits
    the samples can diverge on them.
    """
    x = lesson_images(images, color)
    p = padding_amount(padding, kernel_size, stride)
    gram = patch_gram(x, kernel_size, stride, p, color)
    hessian = 2.0 * gram
    if reduction == "mean":
        hessian /= gram[-1, -1]  # P, the number of positions: the bias's column is all ones
    return 2.0 / float(np.linalg.eigvalsh(hessian)[-1])


def patch_gram(x: np.ndarray, k: int = K, stride: int = 1, padding: int = 0, color: bool = False) -> np.ndarray:
    """AᵀA (C*k*k + 1, C*k*k + 1) for A = [every receptive field as a row | 1]:
    AᵀA[(c,r,q), (c',r',q')] = sum over positions of x̃[c, s*i+r, s*j+q] * x̃[c', s*i+r', s*j+q'].

    A is built a band of output rows at a time (a 1024² colour image with a 7×7 filter has a
    million rows of 147), so memory stays small and the products run as one matrix multiply."""
    xc = pad(x if color else x[..., None, :, :], padding)
    views = [receptive_field(xc[..., c, :, :], k, r, q, stride)
             for c in range(xc.shape[-3]) for r in range(k) for q in range(k)]
    m = len(views)
    gram = np.zeros((m + 1, m + 1))
    ho = views[0].shape[-2]
    band = max(1, ROWS_PER_BAND // (views[0].size // ho))  # output rows per band (a row: Wo positions per image)
    for top in range(0, ho, band):
        a = np.stack([v[..., top:top + band, :].ravel() for v in views], axis=1)  # (positions, m)
        gram[:m, :m] += a.T @ a
        gram[:m, -1] += a.sum(axis=0)
    gram[-1, :m] = gram[:m, -1]
    gram[-1, -1] = views[0].size  # P: the bias's column is all ones
    return gram


ROWS_PER_BAND = 1 << 15  # rows of A per matrix multiply: 32768 x 147 doubles is under 40 MB


def safe_default_lr(images: np.ndarray, reduction: str = "sum", lr: float | None = None,
                    momentum: float | None = None, **geometry) -> float:
    """lr (default: LessonConfig's), or half the stability limit for images where it would diverge
    (at or above the limit itself: 2/λmax for plain descent, 2(1 + μ)/λmax with `momentum` μ).
    geometry: kernel_size, stride, padding, color as for stable_lr."""
    lr = LessonConfig().lr if lr is None else lr
    limit = stable_lr(images, reduction, **geometry)
    if momentum is not None:
        limit = momentum_limit(limit, momentum)
    return lr if lr < limit else 0.5 * limit


def momentum_limit(plain_limit: float, momentum: float) -> float:
    """Momentum's stability limit 2(1 + μ)/λmax from plain descent's 2/λmax (quadratic loss)."""
    return plain_limit * (1 + momentum)


def divergence_advice(plain_limit: float, config: LessonConfig, untied: bool = False) -> str:
    """Half the stability limit of the optimizer in use (2/λmax, or 2(1 + μ)/λmax with momentum);
    `untied`: said of the untied layer. Four whole sentences, so that translators can reorder them."""
    if config.optimizer == "momentum":
        limit = momentum_limit(plain_limit, config.momentum)
        if untied:
            text = translate("LessonConfig", "Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} of the "
                                             "untied layer on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.")
        else:
            text = translate("LessonConfig", "Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} "
                                             "on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.")
    else:
        limit = plain_limit
        if untied:
            text = translate("LessonConfig", "Try a learning rate of {lr} or smaller: plain descent of the untied layer "
                                             "on these images diverges from lr = 2/λmax = {limit} on.")
        else:
            text = translate("LessonConfig", "Try a learning rate of {lr} or smaller: plain descent on these images "
                                             "diverges from lr = 2/λmax = {limit} on.")
    return text.format(lr=f"{0.5 * limit:.3g}", mu=f"{config.momentum:g}", limit=f"{limit:.3g}")


# The settings that shape the layer (parameter count, positions): fixed for a lesson's life.
GEOMETRY_FIELDS = ("kernel_size", "stride", "padding", "color")


def default_lr(images: np.ndarray, config: "LessonConfig") -> float:
    """The learning rate a lesson starts with when none is given, following the stability limit.

    The classroom layer (3x3 grey, valid, stride 1) keeps LessonConfig's 2e-4 (about 0.6 of the
    limit on the samples), or half the limit of the optimizer in use where 2e-4 would diverge
    (safe_default_lr). Other layers take half their own plain limit 2/λmax (2 significant digits;
    below momentum's limit too): a stride of 2 sums a quarter of the positions, so it may step
    about four times further; a 5x5 colour filter sums 75 inputs a position, so it must step shorter."""
    c = config
    if c.is_classroom_layer:
        return safe_default_lr(images, c.reduction, momentum=c.momentum_or_none)
    limit = stable_lr(images, c.reduction, kernel_size=c.kernel_size, stride=c.stride,
                      padding=c.padding_pixels, color=c.color)
    return float(f"{0.5 * limit:.2g}")


GROWTH_LIMIT = 1e6  # a loss this many times its start has diverged, even before it overflows


@dataclass(frozen=True)
class Snapshot:
    """A frozen, read-only view of the trainer at one step (arrays are copies).

    The classroom lesson (config.is_classroom_layer) has a (3, 3) filter, 10 parameters; in
    general the filter is config.filter_shape: (k, k) grey or (3, k, k) colour.

    images     : (N, H, W)      the input image(s); colour: (N, 3, H, W)
    target     : (N, Ho, Wo)    f(target kernel applied to the images): what the output should be
    output     : (N, Ho, Wo)    a = f(y), the output map at the current weights
    delta      : (N, Ho, Wo)    dL/dy, the error map
    weights    : (3, 3)         the shared filter (config.filter_shape);  bias : float
    target_kernel: like weights the kernel the filter should learn
    grad_filter: (3, 3)         dw summed over all positions (like weights); grad_bias: float (db)
    input_grad : like images, or None (dx, computed only when asked for)
    history_*  : bounded loss and parameter history (steps, losses, params (n, C*k*k + 1))
    """

    step: int
    epoch: int
    loss: float
    weights: np.ndarray
    bias: float
    grad_filter: np.ndarray
    grad_bias: float
    images: np.ndarray
    target_kernel: np.ndarray
    target: np.ndarray
    output: np.ndarray
    delta: np.ndarray
    input_grad: np.ndarray | None
    history_steps: np.ndarray
    history_losses: np.ndarray
    history_params: np.ndarray
    history_grads: np.ndarray  # (n, C*k*k + 1): the buffer (dw raster order, db) applied at each recorded step
    config: LessonConfig
    version: int = 0
    note: str = ""


class GradientDescent:
    """The update loop shared by the shared-filter Trainer and the untied layer.

    A subclass provides config, images, history, initial_params(seed), _make_optimizer(),
    _flatten_target(target),
    _loss_and_grad(params) -> (loss, grad, a, delta), _record(loss, grad) and _diverged_message();
    this class keeps _params, step_count, _optimizer and _current (None or (loss, grad) at _params).
    """

    def reset(self, seed: int | None = None) -> None:
        """Back to step 0: the same initial weights, or new ones from `seed`."""
        if seed is not None:
            self.config = replace(self.config, seed=seed).validated()
        self._params = self.initial_params(self.config.seed)
        self.step_count = 0
        self._current = None  # (loss, grad) at self._params, computed once per step
        self.history.clear()
        self._make_optimizer()

    def configure(self, **changes) -> None:
        """Change lesson settings between steps, e.g. configure(lr=1e-3, target="laplacian").

        All or nothing: a bad value raises ValueError and leaves the trainer as it was."""
        new = replace(self.config, **changes).validated()
        old = self.config
        changed = [name for name in GEOMETRY_FIELDS if getattr(new, name) != getattr(old, name)]
        if "padding" in changed and new.padding_pixels == old.padding_pixels:
            changed.remove("padding")  # "same" and 1 are the same border for a 3x3 filter
        if changed:  # another layer: other parameters, other positions
            raise ValueError(translate("LessonConfig", "{name} cannot change during a lesson; start a new lesson with it")
                             .format(name=changed[0].replace("_", " ")))
        if new.target != old.target or new.activation != old.activation:
            self._set_target(new)  # raises before anything has changed
        self.config = new
        if new.optimizer != old.optimizer:
            self._make_optimizer()
        else:
            self._optimizer.lr = new.lr
            if hasattr(self._optimizer, "momentum"):
                self._optimizer.momentum = new.momentum
            if new.reduction != old.reduction:
                # A velocity built from summed gradients, carried into the mean (or back), is P times
                # too large (small): rescaled, the mean with lr × P moves exactly as the sum with lr.
                positions = self._target_flat.size
                self._optimizer.rescale(1 / positions if new.reduction == "mean" else positions)
        self._current = None  # the loss may have changed (reduction, activation, target)

    def _set_target(self, config: LessonConfig | None = None) -> None:
        """The target kernel and map f(kernel ★ images) for config (default: the current one)."""
        config = config or self.config
        kernel = _readonly(config.target_kernel())
        act = get_activation(config.activation)
        with np.errstate(over="ignore", invalid="ignore"):
            target = act.f(forward(self.images, kernel, 0.0, config.stride, config.padding_pixels))
        if not np.all(np.isfinite(target)):
            raise ValueError(translate("LessonConfig", "the target map is not finite: the kernel's values are too large"))
        self.target_kernel, self.target = kernel, _readonly(target)
        self._target_flat = self._flatten_target(self.target)

    def loss(self) -> float:
        with np.errstate(over="ignore", invalid="ignore"):
            return self._loss_and_grad(self._params)[0]

    def step(self, n: int = 1) -> float:
        """Take n updates; returns the loss before the last one.

        Raises TrainingDiverged (with the last finite state kept) if an update turns
        anything non-finite.
        """
        loss = math.nan
        # Overflow is detected below and reported as TrainingDiverged, not as warnings.
        with np.errstate(over="ignore", invalid="ignore"):
            for _ in range(n):
                loss = self._one_step()
        return loss

    def _one_step(self) -> float:
        if self._current is None:
            self._current = self._loss_and_grad(self._params)[:2]
        loss, grad = self._current
        velocity_before = self._optimizer.state()
        new = self._optimizer.update(self._params, grad)
        after = self._loss_and_grad(new)[:2] if np.all(np.isfinite(new)) else (math.inf, grad)
        if not (math.isfinite(after[0]) and np.all(np.isfinite(after[1]))):
            # Keep the last finite state: undo the optimizer's move and say what happened.
            self._optimizer.load_state(velocity_before)
            raise TrainingDiverged(self._diverged_message())
        self._record(loss, grad)
        self._params = new
        self._current = after
        self.step_count += 1
        return loss


class Trainer(GradientDescent):
    """Full-batch gradient descent of one shared filter + bias towards a target kernel.

    images : (H, W) or (N, H, W) float64; with config.color (3, H, W) or (N, 3, H, W).
    The filter is config.filter_shape ((3, 3) by default), moved config.stride pixels at a time
    over the images padded with config.padding_pixels zeros. Every step sums the gradient over
    all positions of all images (one epoch per step).
    """

    def __init__(self, images: np.ndarray, config: LessonConfig | None = None, history_capacity: int = 4096):
        self.config = (config or LessonConfig()).validated()
        n = self.config.num_params
        self.history = History(history_capacity, num_params=n, num_grads=n)
        self._set_images(images)
        self._set_target()
        self._make_optimizer()
        self.reset()

    # ---- state -------------------------------------------------------------------------
    @property
    def weights(self) -> np.ndarray:
        """The shared filter, (k, k) or (3, k, k): a read-only view."""
        w = self._params[:-1].reshape(self.config.filter_shape)
        w.flags.writeable = False
        return w

    @property
    def bias(self) -> float:
        return float(self._params[-1])

    @property
    def params(self) -> np.ndarray:
        """(C*k*k + 1,) copy: the weights in raster order (channel, row, column), then the bias."""
        return self._params.copy()

    def initial_params(self, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        return rng.uniform(-self.config.init_scale, self.config.init_scale, size=self.config.num_params)

    # ---- configuration (applies between steps) ---------------------------------------------
    def set_images(self, images: np.ndarray) -> None:
        """Train on other images from here on. The history starts anew: losses on the old images
        next to losses on the new ones would draw a cliff that looks like learning."""
        self._set_images(images)
        self._set_target()
        self._current = None
        self.history.clear()

    def _set_images(self, images: np.ndarray) -> None:
        c = self.config
        x = lesson_images(images, c.color)
        check_geometry(x.shape[-2], x.shape[-1], c.kernel_size, c.stride, c.padding_pixels)
        self.images = x
        # Every receptive field as one row (the step is then two small matrix products), unless
        # that copy of the images would be big (see PATCH_MATRIX_BYTES).
        positions = int(np.prod(self.output_shape))
        small = positions * (c.num_params - 1) * 8 <= PATCH_MATRIX_BYTES
        self._patches = patch_matrix(x, c.filter_shape, c.stride, c.padding_pixels) if small else None  # (P, C*k*k)

    @property
    def output_shape(self) -> tuple[int, int, int]:
        """(N, Ho, Wo): one output map per image, Ho = (H + 2p - k)//s + 1."""
        c, x = self.config, self.images
        return output_shape((x.shape[0],) + x.shape[-2:], c.kernel_size, c.stride, c.padding_pixels)

    def _flatten_target(self, target: np.ndarray) -> np.ndarray:
        return target.ravel()  # (P,): one row per position, like the patch matrix

    def _make_optimizer(self) -> None:
        c = self.config
        self._optimizer = make_optimizer(c.optimizer, c.lr, c.momentum, c.num_params)

    # ---- one step --------------------------------------------------------------------------
    def _loss_and_grad(self, params: np.ndarray) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
        """(loss, grad (C*k*k + 1,), output a (P,), delta (P,)) at params, on the patch matrix."""
        c = self.config
        act = get_activation(c.activation)
        if self._patches is not None:
            y = self._patches @ params[:-1] + params[-1]
        else:
            y = forward(self.images, params[:-1].reshape(c.filter_shape), params[-1], c.stride, c.padding_pixels).ravel()
        a = act.f(y)
        loss, dloss_da = mse(a, self._target_flat, c.reduction)
        delta = dloss_da * act.df(y)
        grad = np.empty(params.size)
        if self._patches is not None:
            grad[:-1] = delta @ self._patches  # dw: every position's delta * patch, summed
            grad[-1] = delta.sum()  # db
        else:
            dw, grad[-1] = filter_grad(self.images, delta.reshape(self.output_shape), c.kernel_size,
                                       c.stride, c.padding_pixels, channels=c.color)
            grad[:-1] = dw.ravel()
        return loss, grad, a, delta

    def _record(self, loss: float, grad: np.ndarray) -> None:
        self.history.record(self.step_count, loss, self._params, grad)

    def _diverged_message(self, what: str | None = None) -> str:
        what = what or translate("LessonConfig", "the loss overflowed")
        return translate("LessonConfig", "training diverged after step {step}: {what} with learning rate {lr}; the last "
                                         "finite weights are kept. {advice}").format(
            step=self.step_count, what=what, lr=f"{self.config.lr:g}", advice=self.divergence_advice())

    def divergence_advice(self) -> str:
        """'Try a learning rate of 0.000123 or smaller (...)': below the stability limit for the optimizer in use."""
        c = self.config
        limit = stable_lr(self.images, c.reduction, kernel_size=c.kernel_size, stride=c.stride,
                          padding=c.padding_pixels, color=c.color)
        return divergence_advice(limit, c)

    # ---- snapshots ---------------------------------------------------------------------------
    def snapshot(self, with_input_grad: bool = False, version: int = 0, note: str = "") -> Snapshot:
        with np.errstate(over="ignore", invalid="ignore"):
            loss, grad, a, delta = self._loss_and_grad(self._params)
        c = self.config
        shape = self.output_shape
        w = self._params[:-1].reshape(c.filter_shape)
        delta_map = delta.reshape(shape)
        steps, losses, params = self.history.arrays()
        return Snapshot(
            step=self.step_count,
            epoch=self.step_count,
            loss=loss,
            weights=_readonly(w),
            bias=self.bias,
            grad_filter=_readonly(grad[:-1].reshape(c.filter_shape)),
            grad_bias=float(grad[-1]),
            images=self.images,
            target_kernel=self.target_kernel,
            target=self.target,
            output=_readonly(a.reshape(shape)),
            delta=_readonly(delta_map),
            input_grad=(_readonly(input_grad(delta_map, w, self.images.shape, c.stride, c.padding_pixels))
                        if with_input_grad else None),
            history_steps=steps,
            history_losses=losses,
            history_params=params,
            history_grads=self.history.grad_array(),
            config=self.config,
            version=version,
            note=note,
        )

    def grads(self):
        """The engine's backward() at the current weights (for checks and the step-through)."""
        s = self.snapshot()
        return backward(self.images, s.weights, s.delta, self.config.stride, self.config.padding_pixels)

    # ---- persistence (lesson files) -----------------------------------------------------------
    def state(self) -> dict[str, np.ndarray]:
        out = {
            "params": self._params.copy(),
            "initial_params": self.initial_params(self.config.seed),
            "step_count": np.array(self.step_count),
        }
        out.update({f"optimizer_{k}": v for k, v in self._optimizer.state().items()})
        out.update({f"history_{k}": v for k, v in self.history.state().items()})
        return out

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        """Restore a state() dict. Everything is checked first: on ValueError nothing changed."""
        n = self.config.num_params
        params = np.asarray(state["params"], dtype=np.float64)
        if params.shape != (n,) or not np.all(np.isfinite(params)):
            raise ValueError(translate("LessonConfig", "saved parameters must be {n} finite numbers").format(n=n))
        step_count = int(state["step_count"])
        if step_count < 0:
            raise ValueError(translate("LessonConfig", "step count must be non-negative, got {value}").format(value=step_count))
        optimizer = make_optimizer(self.config.optimizer, self.config.lr, self.config.momentum, n)
        opt = {k[len("optimizer_") :]: v for k, v in state.items() if k.startswith("optimizer_")}
        if set(opt) != set(optimizer.state()):
            raise ValueError(translate("LessonConfig", "optimizer {name} needs state {needed}, got {given}").format(
                name=repr(self.config.optimizer), needed=sorted(optimizer.state()), given=sorted(opt)))
        for name, value in opt.items():
            if np.shape(value) != (n,) or not np.all(np.isfinite(value)):
                raise ValueError(translate("LessonConfig", "optimizer state {name} must be {n} finite numbers").format(
                    name=repr(name), n=n))
        optimizer.load_state(opt)
        history = History(self.history.capacity, num_params=n, num_grads=n)
        history.load_state({k[len("history_") :]: v for k, v in state.items() if k.startswith("history_")})
        if history.size and history.steps[history.size - 1] >= step_count:
            raise ValueError(translate("LessonConfig", "history steps must be below the step count"))
        # All checked: commit.
        self._optimizer, self.history = optimizer, history
        self._params = params.copy()
        self.step_count = step_count
        self._current = None
