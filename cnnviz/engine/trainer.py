"""A seeded, synchronous trainer for the lesson: learn a target kernel with one shared filter.

One step = forward over every position (and image), the loss, one backward pass that sums
every position's gradient into one 10-value buffer, then one update. No threads here: the
app's worker calls `step()` in a loop and publishes `snapshot()`s.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

import numpy as np

from cnnviz.engine.activations import get_activation
from cnnviz.engine.conv import backward, filter_grad, forward, input_grad, output_shape, patch_matrix, receptive_field
from cnnviz.engine.history import History
from cnnviz.engine.kernels import kernel_from_spec
from cnnviz.engine.losses import REDUCTIONS, mse
from cnnviz.engine.optimizers import OPTIMIZERS, make_optimizer

K = 3  # the lesson's filter is 3x3: 9 weights + 1 bias = 10 parameters
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

    def validated(self) -> "LessonConfig":
        """Return self, or raise ValueError with one clear line about the first bad field."""
        def number(v) -> bool:  # a real number, not a bool, str or None
            return isinstance(v, (int, float)) and not isinstance(v, bool)

        for name in ("target", "optimizer", "reduction", "activation"):
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"{name} must be text, got {getattr(self, name)!r}")
        for name in ("lr", "momentum", "init_scale"):
            if not number(getattr(self, name)):
                raise ValueError(f"{name} must be a number, got {getattr(self, name)!r}")
        if isinstance(self.seed, bool):
            raise ValueError(f"seed must be a non-negative integer, got {self.seed}")
        kernel_from_spec(self.target)
        get_activation(self.activation)
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise ValueError(f"learning rate must be a positive finite number, got {self.lr}")
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
        if not (math.isfinite(self.momentum) and 0 <= self.momentum < 1):
            raise ValueError(f"momentum must be in [0, 1), got {self.momentum}")
        if self.reduction not in REDUCTIONS:
            raise ValueError(f"unknown reduction {self.reduction!r}; choose one of {', '.join(REDUCTIONS)}")
        if not isinstance(self.seed, int) or not 0 <= self.seed <= MAX_SEED:
            raise ValueError(f"seed must be a whole number from 0 to 2**64-1, got {str(self.seed)[:30]}")
        if not (math.isfinite(self.init_scale) and self.init_scale >= 0):
            raise ValueError(f"init_scale must be a non-negative finite number, got {self.init_scale}")
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


def lesson_images(images: np.ndarray) -> np.ndarray:
    """(H, W) or (N, H, W) -> a read-only (N, H, W) float64 batch, checked: finite, at least 3x3."""
    x = np.asarray(images, dtype=np.float64)
    if x.ndim == 2:
        x = x[None]
    if x.ndim != 3 or x.shape[1] < K or x.shape[2] < K:
        raise ValueError(f"images must be (H, W) or (N, H, W) with H, W >= {K}, got {x.shape}")
    if not np.all(np.isfinite(x)):
        raise ValueError("images contain non-finite values")
    return _readonly(x)


def stable_lr(images: np.ndarray, reduction: str = "sum") -> float:
    """The largest learning rate at which plain gradient descent on these images cannot diverge.

    With identity activation the loss is quadratic in the 10 parameters, with Hessian
    H = 2 AᵀA (A: every patch as a row, plus a 1 for the bias; divided by P for "mean").
    Descent is stable for lr < 2 / λmax(H). Bright or large images have a large λmax, so a
    default that suits the samples can diverge on them.
    """
    x = lesson_images(images)
    hessian = 2.0 * patch_gram(x)
    if reduction == "mean":
        hessian /= int(np.prod(output_shape(x.shape, K)))
    return 2.0 / float(np.linalg.eigvalsh(hessian)[-1])


def patch_gram(x: np.ndarray) -> np.ndarray:
    """AᵀA (10, 10) for A = [every 3x3 patch as a row | 1], without building A:
    AᵀA[(r,c), (r',c')] = sum over positions of x[i+r, j+c] * x[i+r', j+c']."""
    views = [receptive_field(x, K, r, c) for r in range(K) for c in range(K)]
    gram = np.empty((K * K + 1, K * K + 1))
    for a in range(K * K):
        for b in range(a, K * K):
            gram[a, b] = gram[b, a] = np.sum(views[a] * views[b])
        gram[a, -1] = gram[-1, a] = views[a].sum()
    gram[-1, -1] = views[0].size  # P: the bias's column is all ones
    return gram


def safe_default_lr(images: np.ndarray, reduction: str = "sum", lr: float | None = None,
                    momentum: float | None = None) -> float:
    """lr (default: LessonConfig's), or half the stability limit for images where it would diverge
    (at or above the limit itself: 2/λmax for plain descent, 2(1 + μ)/λmax with `momentum` μ)."""
    lr = LessonConfig().lr if lr is None else lr
    limit = stable_lr(images, reduction)
    if momentum is not None:
        limit = momentum_limit(limit, momentum)
    return lr if lr < limit else 0.5 * limit


def momentum_limit(plain_limit: float, momentum: float) -> float:
    """Momentum's stability limit 2(1 + μ)/λmax from plain descent's 2/λmax (quadratic loss)."""
    return plain_limit * (1 + momentum)


def divergence_advice(plain_limit: float, config: LessonConfig, what: str = "") -> str:
    """Half the stability limit of the optimizer in use (2/λmax, or 2(1 + μ)/λmax with momentum);
    `what` names the layer ("of the untied layer ")."""
    if config.optimizer == "momentum":
        limit = momentum_limit(plain_limit, config.momentum)
        rule = f"descent with momentum μ = {config.momentum:g} {what}on these images diverges from lr = 2(1 + μ)/λmax"
    else:
        limit, rule = plain_limit, f"plain descent {what}on these images diverges from lr = 2/λmax"
    return f"Try a learning rate of {0.5 * limit:.3g} or smaller: {rule} = {limit:.3g} on."


GROWTH_LIMIT = 1e6  # a loss this many times its start has diverged, even before it overflows


@dataclass(frozen=True)
class Snapshot:
    """A frozen, read-only view of the trainer at one step (arrays are copies).

    images     : (N, H, W)      the input image(s)
    target     : (N, Ho, Wo)    f(target kernel applied to the images): what the output should be
    output     : (N, Ho, Wo)    a = f(y), the output map at the current weights
    delta      : (N, Ho, Wo)    dL/dy, the error map
    weights    : (3, 3)         the shared filter;  bias : float
    grad_filter: (3, 3)         dw summed over all positions; grad_bias: float (db)
    input_grad : (N, H, W) or None (dx, computed only when asked for)
    history_*  : bounded loss and parameter history (steps, losses, params (n, 10))
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
    history_grads: np.ndarray  # (n, 10): the buffer (dw raster order, db) applied at each recorded step
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
        kernel = _readonly(kernel_from_spec((config or self.config).target))
        act = get_activation((config or self.config).activation)
        with np.errstate(over="ignore", invalid="ignore"):
            target = act.f(forward(self.images, kernel, 0.0))
        if not np.all(np.isfinite(target)):
            raise ValueError("the target map is not finite: the kernel's values are too large")
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
    """Full-batch gradient descent of one shared 3x3 filter + bias towards a target kernel.

    images : (H, W) or (N, H, W) float64. Every step sums the gradient over all positions
    of all images (one epoch per step).
    """

    def __init__(self, images: np.ndarray, config: LessonConfig | None = None, history_capacity: int = 4096):
        self.config = (config or LessonConfig()).validated()
        self.history = History(history_capacity, num_params=K * K + 1, num_grads=K * K + 1)
        self._set_images(images)
        self._set_target()
        self._make_optimizer()
        self.reset()

    # ---- state -------------------------------------------------------------------------
    @property
    def weights(self) -> np.ndarray:
        """(3, 3) view of the shared filter (read-only)."""
        w = self._params[: K * K].reshape(K, K)
        w.flags.writeable = False
        return w

    @property
    def bias(self) -> float:
        return float(self._params[-1])

    @property
    def params(self) -> np.ndarray:
        """(10,) copy: the 9 weights in raster order, then the bias."""
        return self._params.copy()

    def initial_params(self, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        return rng.uniform(-self.config.init_scale, self.config.init_scale, size=K * K + 1)

    # ---- configuration (applies between steps) ---------------------------------------------
    def set_images(self, images: np.ndarray) -> None:
        """Train on other images from here on. The history starts anew: losses on the old images
        next to losses on the new ones would draw a cliff that looks like learning."""
        self._set_images(images)
        self._set_target()
        self._current = None
        self.history.clear()

    def _set_images(self, images: np.ndarray) -> None:
        self.images = lesson_images(images)
        # Every 3x3 patch as one row (the step is then two small matrix products), unless that
        # copy of the images would be big (see PATCH_MATRIX_BYTES).
        positions = int(np.prod(output_shape(self.images.shape, K)))
        small = positions * K * K * 8 <= PATCH_MATRIX_BYTES
        self._patches = patch_matrix(self.images, K) if small else None  # (P, 9)

    def _flatten_target(self, target: np.ndarray) -> np.ndarray:
        return target.ravel()  # (P,): one row per position, like the patch matrix

    def _make_optimizer(self) -> None:
        c = self.config
        self._optimizer = make_optimizer(c.optimizer, c.lr, c.momentum, K * K + 1)

    # ---- one step --------------------------------------------------------------------------
    def _loss_and_grad(self, params: np.ndarray) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
        """(loss, grad (10,), output a (P,), delta (P,)) at params, on the patch matrix."""
        act = get_activation(self.config.activation)
        if self._patches is not None:
            y = self._patches @ params[: K * K] + params[-1]
        else:
            y = forward(self.images, params[: K * K].reshape(K, K), params[-1]).ravel()
        a = act.f(y)
        loss, dloss_da = mse(a, self._target_flat, self.config.reduction)
        delta = dloss_da * act.df(y)
        grad = np.empty(K * K + 1)
        if self._patches is not None:
            grad[: K * K] = delta @ self._patches  # dw: every position's delta * patch, summed
            grad[-1] = delta.sum()  # db
        else:
            dw, grad[-1] = filter_grad(self.images, delta.reshape(output_shape(self.images.shape, K)), K)
            grad[: K * K] = dw.ravel()
        return loss, grad, a, delta

    def _record(self, loss: float, grad: np.ndarray) -> None:
        self.history.record(self.step_count, loss, self._params, grad)

    def _diverged_message(self, what: str = "the loss overflowed") -> str:
        c = self.config
        return (
            f"training diverged after step {self.step_count}: {what} with learning rate "
            f"{c.lr:g}; the last finite weights are kept. {self.divergence_advice()}"
        )

    def divergence_advice(self) -> str:
        """'Try a learning rate of 0.000123 or smaller (...)': below the stability limit for the optimizer in use."""
        return divergence_advice(stable_lr(self.images, self.config.reduction), self.config, "")

    # ---- snapshots ---------------------------------------------------------------------------
    def snapshot(self, with_input_grad: bool = False, version: int = 0, note: str = "") -> Snapshot:
        with np.errstate(over="ignore", invalid="ignore"):
            loss, grad, a, delta = self._loss_and_grad(self._params)
        shape = output_shape(self.images.shape, K)
        w = self._params[: K * K].reshape(K, K)
        delta_map = delta.reshape(shape)
        steps, losses, params = self.history.arrays()
        return Snapshot(
            step=self.step_count,
            epoch=self.step_count,
            loss=loss,
            weights=_readonly(w),
            bias=self.bias,
            grad_filter=_readonly(grad[: K * K].reshape(K, K)),
            grad_bias=float(grad[-1]),
            images=self.images,
            target_kernel=self.target_kernel,
            target=self.target,
            output=_readonly(a.reshape(shape)),
            delta=_readonly(delta_map),
            input_grad=_readonly(input_grad(delta_map, w, self.images.shape)) if with_input_grad else None,
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
        return backward(self.images, s.weights, s.delta)

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
        params = np.asarray(state["params"], dtype=np.float64)
        if params.shape != (K * K + 1,) or not np.all(np.isfinite(params)):
            raise ValueError("saved parameters must be 10 finite numbers")
        step_count = int(state["step_count"])
        if step_count < 0:
            raise ValueError(f"step count must be non-negative, got {step_count}")
        optimizer = make_optimizer(self.config.optimizer, self.config.lr, self.config.momentum, K * K + 1)
        opt = {k[len("optimizer_") :]: v for k, v in state.items() if k.startswith("optimizer_")}
        if set(opt) != set(optimizer.state()):
            raise ValueError(f"optimizer {self.config.optimizer!r} needs state {sorted(optimizer.state())}, got {sorted(opt)}")
        for name, value in opt.items():
            if np.shape(value) != (K * K + 1,) or not np.all(np.isfinite(value)):
                raise ValueError(f"optimizer state {name!r} must be 10 finite numbers")
        optimizer.load_state(opt)
        history = History(self.history.capacity, num_params=K * K + 1, num_grads=K * K + 1)
        history.load_state({k[len("history_") :]: v for k, v in state.items() if k.startswith("history_")})
        if history.size and history.steps[history.size - 1] >= step_count:
            raise ValueError("history steps must be below the step count")
        # All checked: commit.
        self._optimizer, self.history = optimizer, history
        self._params = params.copy()
        self.step_count = step_count
        self._current = None
