"""Step through one backward pass, position by position: the model behind the step-through mode.

No Qt here. A `StepThrough` holds the engine's `Trace` of one backward pass at the trainer's
current weights and one number, `count`: how many positions have added their contribution into
the buffer so far (0..P, raster order: image, row, column). Everything the panels show is read
from the trace at `count`, so stepping back is exact (nothing is re-simulated) and seeking to any
count costs O(1), or O(image) for the input deltas dx, never a Python loop over positions.

At every position p (row i, col j of image n) the lesson's answer happens once:

    contrib          = delta[p] * patch          (3x3)  added into the one shared buffer
    bias contrib     = delta[p]                          added into the bias delta
    input deltas     = delta[p] * w              (3x3)  added into dx[n, i:i+3, j:j+3]

and after the whole pass the summed buffer is applied ONCE:

    SGD:       w_new = w - lr * buffer
    momentum:  v_new = mu * v + buffer;  w_new = w - lr * v_new

`overwrite=True` is a deliberate bug for the classroom: the buffer keeps only the last
position's contribution instead of the sum, so the update (and training) goes wrong.
It changes only the 10-value buffer; dx always adds.

Other layers (LessonConfig's kernel_size, stride, padding, color; drawn by the app too): the
same, with the patch x̃[n, :, s*i:s*i+k, s*j:s*j+k] of the padded image (its zeros included: they
add nothing to the buffer), contributions shaped like the filter ((k, k) or (3, k, k)), C*k*k + 1
parameters, and input deltas that stop at the image (the border is not an input). Positions are
still counted over the output cells (i, j) in raster order.

Memory: the trace keeps about 270 bytes per position (patches, contributions, running sums),
e.g. ~270 MiB for a 1024x1024 image (P = 1022^2); building it there takes ~0.4 s and
prepare() (the running sums) ~0.5 s, so do both off the GUI thread for large images.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass

import numpy as np

from cnnviz.engine.conv import Trace, output_shape, patch_matrix, trace
from cnnviz.engine.trainer import K, LessonConfig, Snapshot, Trainer, TrainingDiverged, param_names
from cnnviz.i18n import grouped, translate

STEP_SIZES = ("position", "row", "pass")  # the update and the epoch are actions, not steps


PARAM_NAMES = param_names((K, K))  # the classroom's 10


class PassIncomplete(ValueError):
    """The update is applied once, at the end of the pass; `count` has not reached P yet."""


class StaleStepThrough(ValueError):
    """The trainer changed (weights, settings or images) since this step-through was built."""


@dataclass(frozen=True)
class PositionView:
    """What the panels show at one position p (the last one added).

    index        : int         p, 0..P-1 in raster order (image, row, col)
    image, row, col : int      n, i, j: the output cell; the patch is images[n, i:i+3, j:j+3]
    patch        : (3, 3)      the receptive field's pixel values (like the filter; padding's zeros included)
    pre_activation : float     y = w · patch + b at (n, i, j)
    output       : float       a = f(y) at (n, i, j) (= y for identity);  target : float, T at (n, i, j)
    delta        : float       dL/dy at (n, i, j)
    contrib      : (3, 3)      delta * patch: what this position adds into the buffer
    bias_contrib : float       delta: what it adds into the bias delta
    input_deltas : (3, 3)      delta * w: what it adds into dx[n, i:i+3, j:j+3]
    corner       : (row0, col0) the patch's top-left pixel in the image: (s*i - p, s*j - p),
                   (i, j) for the classroom layer; negative on the padding's border
    size         : k           the patch is k x k
    """

    index: int
    image: int
    row: int
    col: int
    patch: np.ndarray
    pre_activation: float
    output: float
    target: float
    delta: float
    contrib: np.ndarray
    bias_contrib: float
    input_deltas: np.ndarray
    corner: tuple[int, int] | None = None
    size: int = K

    @property
    def receptive_field(self) -> tuple[int, int, int, int]:
        """(row0, col0, height, width) of the patch on input image `image` (may reach into the border)."""
        row0, col0 = self.corner if self.corner is not None else (self.row, self.col)
        return (row0, col0, self.size, self.size)


@dataclass(frozen=True)
class UpdateRow:
    """One parameter's update, as numbers.

    SGD:      new_value = value - lr * buffer              (velocity, new_velocity are None)
    momentum: new_velocity = mu * velocity + buffer;  new_value = value - lr * new_velocity
    """

    name: str
    value: float
    buffer: float
    new_value: float
    velocity: float | None = None
    new_velocity: float | None = None


@dataclass(frozen=True)
class GradientCheckRow:
    """The buffer next to a central finite difference of the loss, for one parameter."""

    name: str
    buffer: float
    finite_difference: float
    relative_error: float


def relative_error(a: float, b: float) -> float:
    """|a - b| / max(|a|, |b|, tiny): 0 when both are 0."""
    return abs(a - b) / max(abs(a), abs(b), np.finfo(np.float64).tiny)


def _readonly(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


# The trace keeps, per position, its 3x3 patch, its contribution and the running buffer (27
# float64): 216 bytes a position (3 * C*k*k * 8 for other layers). Up to this budget (about 3.7 million positions: three native
# 1024x1024 images); a bigger batch is refused up front, before anything is allocated.
MAX_TRACE_BYTES = 768 * 2**20
TRACE_BYTES_PER_POSITION = 3 * K * K * 8


class StepThroughTooBig(ValueError):
    """A batch whose step-through would not fit the memory budget; str() is one line."""


def check_trace_budget(images_shape: tuple[int, ...], config: LessonConfig | None = None) -> None:
    """Raise StepThroughTooBig if tracing images of this shape ((H, W) or (N, H, W); colour
    (N, 3, H, W)) with config's layer (default: the classroom's) needs more than MAX_TRACE_BYTES."""
    c = config or LessonConfig()
    lead = images_shape[:1] if len(images_shape) == 4 or (len(images_shape) == 3 and not c.color) else ()
    positions = int(np.prod(output_shape(lead + tuple(images_shape[-2:]), c.kernel_size, c.stride, c.padding_pixels)))
    need = positions * 3 * (c.num_params - 1) * 8
    if need > MAX_TRACE_BYTES:
        raise StepThroughTooBig(translate("StepThrough", "the step-through of {positions} positions needs {need} MiB, more "
                                                         "than the limit of {limit} MiB; use fewer images or a smaller "
                                                         "--size").format(
            positions=grouped(positions), need=grouped(need / 2**20), limit=MAX_TRACE_BYTES // 2**20))


class StepThrough:
    """One backward pass at the trainer's current weights, stepped position by position.

    trainer   : the lesson's Trainer (not modified except by apply_update/epoch)
    overwrite : the deliberate bug: keep only the last position's contribution (can be toggled)

    Attributes after a (re)build:
    snapshot : Snapshot       the trainer's state the trace was built at
    trace    : Trace          positions, patches, delta, dw_contrib, dw_running, ...
    P        : int            number of positions (N * Ho * Wo)
    count    : int            positions added so far, 0..P
    """

    def __init__(self, trainer: Trainer, overwrite: bool = False):
        self.trainer = trainer
        self.overwrite = overwrite
        self.rebuild()

    def rebuild(self) -> None:
        """Trace the backward pass at the trainer's current weights; count back to 0."""
        t = self.trainer
        check_trace_budget(t.images.shape, t.config)
        with np.errstate(over="ignore", invalid="ignore"):
            s = t.snapshot()
        self.snapshot: Snapshot = s
        self.config: LessonConfig = t.config
        self.params = _readonly(t.params)  # (10,) the weights (raster order) and bias traced at
        self.param_names = param_names(t.config.filter_shape)
        state = t.state()
        self.velocity = _readonly(np.array(state.get("optimizer_velocity", np.zeros(t.config.num_params)),
                                           dtype=np.float64))
        self.trace: Trace = trace(s.images, s.weights, s.delta, t.config.stride, t.config.padding_pixels)
        self.P: int = self.trace.num_positions
        self.count: int = 0
        self._dx_cache: tuple[int, np.ndarray] | None = None

    def prepare(self) -> None:
        """Compute the trace's running sums (about 0.5 s at 1024x1024) and dx at the current count
        (0.1 s) now instead of on first read: call it where a pause does not matter (e.g. a worker)."""
        self.trace.dw_running, self.trace.db_running, self.input_grad  # noqa: B018  (cached)

    # ---- navigation ------------------------------------------------------------------------
    @property
    def row_length(self) -> int:
        """Wo: positions per row of the output map."""
        return self.trace.dy.shape[-1]

    def seek(self, count: int) -> None:
        """Jump to `count` positions added (the scrubber), clamped to 0..P."""
        self.count = min(max(operator.index(count), 0), self.P)

    def home(self) -> None:
        self.count = 0

    def end(self) -> None:
        self.count = self.P

    def forward(self, size: str = "position") -> None:
        """Add the next position, finish the current row, or finish the whole pass."""
        if size == "position":
            self.seek(self.count + 1)
        elif size == "row":  # next row boundary strictly after count (rows never span images)
            self.seek((self.count // self.row_length + 1) * self.row_length)
        elif size == "pass":
            self.end()
        else:
            raise ValueError(f"unknown step size {size!r}; choose one of {', '.join(STEP_SIZES)}")

    def back(self, size: str = "position") -> None:
        """Take back the last position, back to the previous row boundary, or back to the start."""
        if size == "position":
            self.seek(self.count - 1)
        elif size == "row":  # previous row boundary strictly before count
            self.seek((self.count - 1) // self.row_length * self.row_length if self.count > 0 else 0)
        elif size == "pass":
            self.home()
        else:
            raise ValueError(f"unknown step size {size!r}; choose one of {', '.join(STEP_SIZES)}")

    @property
    def at_start(self) -> bool:
        return self.count == 0

    @property
    def at_end(self) -> bool:
        return self.count == self.P

    # ---- what the panels show --------------------------------------------------------------
    def position_of(self, p: int) -> tuple[int, int, int]:
        """(image n, row i, col j) of position index p (0..P-1): its output cell."""
        i, j = self.trace.cells[p]
        return int(self.trace.image_index[p]), int(i), int(j)

    @property
    def current(self) -> PositionView | None:
        """The position added last (index count-1), or None before anything was added."""
        if self.count == 0:
            return None
        p = self.count - 1
        n, i, j = self.position_of(p)
        tr, s = self.trace, self.snapshot
        return PositionView(
            index=p,
            image=n,
            row=i,
            col=j,
            patch=_readonly(tr.patches[p].copy()),
            pre_activation=float(tr.patches[p].ravel() @ self.params[:-1] + self.params[-1]),
            output=float(s.output[n, i, j]),
            target=float(s.target[n, i, j]),
            delta=float(tr.delta[p]),
            contrib=_readonly(tr.dw_contrib[p].copy()),
            bias_contrib=float(tr.delta[p]),
            input_deltas=_readonly(tr.dx_contrib(p)),
            corner=(int(tr.positions[p][0]), int(tr.positions[p][1])),
            size=tr.k,
        )

    @property
    def counter_text(self) -> str:
        """How counting works, said once: 'position 417 of 900: row 13, col 26 (rows and cols from 0)'.

        The position is the 417th added (counted from 1, like 'of 900'); rows and cols are
        coordinates counted from 0, as on the maps' axes and in the patch x[13:16, 26:29].
        A batch adds 'image 2 of 3, ' (counted from 1, like the image box)."""
        if self.count == 0:
            return translate("StepThrough", "position 0 of {P}: nothing added yet").format(P=grouped(self.P))
        n, i, j = self.position_of(self.count - 1)
        if self.num_images > 1:
            text = translate("StepThrough", "position {count} of {P}: image {image} of {images}, row {row}, col {col} (rows "
                                            "and cols from 0)")
        else:
            text = translate("StepThrough", "position {count} of {P}: row {row}, col {col} (rows and cols from 0)")
        return text.format(count=grouped(self.count), P=grouped(self.P), image=n + 1, images=self.num_images, row=i, col=j)

    @property
    def num_images(self) -> int:
        return self.trace.dy.shape[0] if self.trace.dy.ndim == 3 else 1

    @property
    def positions_text(self) -> str:
        """'900' or '2,700 (3 images × 900)': P, and how it is made up for a batch."""
        if self.num_images == 1:
            return grouped(self.P)
        return translate("StepThrough", "{P} ({n} images × {each})").format(
            P=grouped(self.P), n=self.num_images, each=grouped(self.P // self.num_images))

    def buffer_after(self, count: int) -> np.ndarray:
        """(3, 3) the weight buffer after `count` positions (overwrite: the last one's contrib); like the filter."""
        if self.overwrite:
            self.trace._check_count(count)
            return np.zeros(self.trace.w.shape) if count == 0 else self.trace.dw_contrib[count - 1].copy()
        return self.trace.dw_after(count)

    def bias_buffer_after(self, count: int) -> float:
        """The bias delta after `count` positions (overwrite: the last one's delta)."""
        if self.overwrite:
            self.trace._check_count(count)
            return 0.0 if count == 0 else float(self.trace.delta[count - 1])
        return self.trace.db_after(count)

    @property
    def buffer(self) -> np.ndarray:
        """(3, 3) running dw after `count` positions."""
        return _readonly(self.buffer_after(self.count))

    @property
    def buffer_bias(self) -> float:
        """Running db after `count` positions."""
        return self.bias_buffer_after(self.count)

    @property
    def changed_cells(self) -> np.ndarray:
        """(3, 3) bool: buffer cells whose value changed with the last position added."""
        if self.count == 0:
            return np.zeros(self.trace.w.shape, dtype=bool)
        return self.buffer_after(self.count) != self.buffer_after(self.count - 1)

    @property
    def bias_changed(self) -> bool:
        return self.count > 0 and self.bias_buffer_after(self.count) != self.bias_buffer_after(self.count - 1)

    @property
    def input_grad(self) -> np.ndarray:
        """dx after `count` positions, shaped like the images (N, H, W); O(image), cached."""
        if self._dx_cache is None or self._dx_cache[0] != self.count:
            self._dx_cache = (self.count, _readonly(self.trace.dx_after(self.count)))
        return self._dx_cache[1]

    # ---- hover a weight ----------------------------------------------------------------------
    def weight_map(self, *index: int) -> np.ndarray:
        """Weight (r, c)'s contribution delta * x[n, i+r, j+c] from each position, like delta (N, Ho, Wo).
        (A colour filter's weight is (channel, r, c); with stride and padding the pixel is x̃[n, s*i+r, s*j+c].)

        Positions not yet added (and, in overwrite mode, all but the last one) are 0, so the
        map sums to buffer[r, c].
        """
        return self._masked(self.trace.dw_contrib[(slice(None), *index)])

    def bias_map(self) -> np.ndarray:
        """The bias's contribution (delta) from each position, (N, Ho, Wo); sums to buffer_bias."""
        return self._masked(self.trace.delta)

    def _masked(self, per_position: np.ndarray) -> np.ndarray:
        out = np.zeros(self.P)
        start = max(self.count - 1, 0) if self.overwrite else 0
        out[start : self.count] = per_position[start : self.count]
        return _readonly(out.reshape(self.trace.dy.shape))

    def pixels_touched(self, r: int, c: int) -> tuple[int, int, int, int]:
        """(row0, col0, height, width): the input pixels weight (r, c) multiplied over the pass.

        Weight (r, c) meets x[i+r, j+c] at every position (i, j): rows r..r+Ho-1, cols c..c+Wo-1
        (of every image of a batch). With stride s and padding p it meets x̃[s*i+r, s*j+c]: every
        s-th pixel of the rectangle from (r-p, c-p), height s*(Ho-1)+1, which may reach into the border.
        """
        ho, wo = self.trace.dy.shape[-2:]
        s, p = self.trace.stride, self.trace.padding
        return (r - p, c - p, s * (ho - 1) + 1, s * (wo - 1) + 1)

    # ---- the update --------------------------------------------------------------------------
    def full_buffer(self) -> np.ndarray:
        """(10,) the buffer after the whole pass (9 weights raster order, then bias; C*k*k + 1 in general);
        honours overwrite."""
        return np.append(self.buffer_after(self.P).ravel(), self.bias_buffer_after(self.P))

    def update_rows(self) -> list[UpdateRow]:
        """The 10 parameters' update from the full buffer; raises PassIncomplete before the end."""
        if not self.at_end:
            raise PassIncomplete(translate("StepThrough", "the update is applied once, at the end of the pass: {count} of "
                                                          "{P} positions added").format(count=self.count, P=self.P))
        buf = self.full_buffer()
        new, v_new = _update(self.config, self.params, buf, self.velocity)
        rows = []
        for k, name in enumerate(self.param_names):
            if v_new is None:
                rows.append(UpdateRow(name, float(self.params[k]), float(buf[k]), float(new[k])))
            else:
                rows.append(UpdateRow(name, float(self.params[k]), float(buf[k]), float(new[k]),
                                      float(self.velocity[k]), float(v_new[k])))
        return rows

    def update_equations(self, digits: int = 6) -> list[str]:
        """update_rows() written out, one line per parameter, `digits` significant digits.

        SGD:      'w[0,0] = 0.123 - 0.0002 x 45.6 = 0.114'
        momentum: 'w[0,0]: v = 0.9 x 1.2 + 45.6 = 46.68;  w = 0.123 - 0.0002 x 46.68 = 0.114'
        """
        f = lambda v: f"{v:.{digits}g}"  # noqa: E731
        lr, mu = self.config.lr, self.config.momentum
        lines = []
        for row in self.update_rows():
            if row.new_velocity is None:
                lines.append(f"{row.name} = {f(row.value)} - {f(lr)} x {f(row.buffer)} = {f(row.new_value)}")
            else:
                lines.append(
                    f"{row.name}: v = {f(mu)} x {f(row.velocity)} + {f(row.buffer)} = {f(row.new_velocity)};  "
                    f"w = {f(row.value)} - {f(lr)} x {f(row.new_velocity)} = {f(row.new_value)}"
                )
        return lines

    def mean_note(self) -> str:
        """Sum vs mean only rescales the learning rate by P (the number of positions, of every image)."""
        return mean_note(self.config.reduction, self.P, self.num_images)

    def apply_update(self) -> None:
        """Apply the update shown by update_rows() to the trainer, then trace again at the new weights.

        Without overwrite this is exactly trainer.step() (the shown numbers equal the trainer's to
        rounding: the trace sums in raster order, the trainer with a matrix product). With
        overwrite, the buggy buffer is applied through the same update rule.
        Raises PassIncomplete before the end of the pass, StaleStepThrough if the trainer moved,
        TrainingDiverged (state kept) if the update turns anything non-finite.
        """
        self.update_rows()  # raises PassIncomplete
        self._check_fresh()
        if self.overwrite:
            apply_buffer(self.trainer, self.full_buffer(), loss_before=self.snapshot.loss)
        else:
            self.trainer.step()
        self.rebuild()

    def epoch(self) -> None:
        """One epoch: finish the pass (every position of every image) and apply the update."""
        self.end()
        self.apply_update()

    def _check_fresh(self) -> None:
        t = self.trainer
        if not (np.array_equal(t.params, self.params) and t.config == self.config
                and t.images is self.snapshot.images):
            raise StaleStepThrough(translate("StepThrough", "the trainer changed since this step-through was built; call "
                                                            "rebuild()"))

    # ---- check gradient ----------------------------------------------------------------------
    def check_gradient(self, h: float = 1e-6) -> list[GradientCheckRow]:
        """The full-pass buffer (P positions, whatever `count`; overwrite mode: its buggy buffer)
        beside central differences (L(p + h) - L(p - h)) / 2h of the trainer's loss, per parameter."""
        buf = self.full_buffer()
        rows = []
        with np.errstate(over="ignore", invalid="ignore"):
            for k, name in enumerate(self.param_names):
                plus, minus = self.params.copy(), self.params.copy()
                plus[k] += h
                minus[k] -= h
                fd = (self.trainer._loss_and_grad(plus)[0] - self.trainer._loss_and_grad(minus)[0]) / (2 * h)
                rows.append(GradientCheckRow(name, float(buf[k]), float(fd), relative_error(float(buf[k]), float(fd))))
        return rows


def mean_note(reduction: str, P: int, images: int = 1) -> str:
    """The note under the update: 'sum' and 'mean' give the same update once lr is scaled by P.

    P counts every position of every image (N × positions for a batch of N)."""
    what = f"P = {grouped(P)}" if images == 1 else f"P = {images} × {grouped(P // images)} = {grouped(P)}"
    if reduction == "sum":
        return translate("StepThrough", "'mean' would divide this buffer by {what}, so 'mean' needs lr × {P} for the same "
                                        "update.").format(what=what, P=grouped(P))
    if reduction == "mean":
        return translate("StepThrough", "'mean' has already divided this buffer by {what}; 'sum' gives the same update "
                                        "with lr / {P}.").format(what=what, P=grouped(P))
    raise ValueError(f"unknown reduction {reduction!r}")


def _update(config: LessonConfig, params: np.ndarray, buffer: np.ndarray, velocity: np.ndarray):
    """(new params (10,), new velocity (10,) or None): the lesson's update rule applied to `buffer`."""
    if config.optimizer == "momentum":
        v_new = config.momentum * velocity + buffer
        return params - config.lr * v_new, v_new
    return params - config.lr * buffer, None


def apply_buffer(trainer: Trainer, buffer: np.ndarray, loss_before: float) -> None:
    """Update the trainer with an arbitrary 10-value buffer instead of its own gradient.

    Records history and advances the step count like Trainer.step(); used for the overwrite bug.
    Raises TrainingDiverged (state kept) if the new parameters or their loss are not finite.
    """
    state = trainer.state()
    velocity = state.get("optimizer_velocity", np.zeros(trainer.config.num_params))
    new, v_new = _update(trainer.config, state["params"], np.asarray(buffer, dtype=np.float64), velocity)
    with np.errstate(over="ignore", invalid="ignore"):
        finite = np.all(np.isfinite(new)) and math.isfinite(trainer._loss_and_grad(new)[0])
    if not finite:
        raise TrainingDiverged(
            translate("StepThrough", "training diverged after step {step}: the update overflowed; the last finite weights "
                                     "are kept.").format(step=trainer.step_count)
        )
    trainer.history.record(trainer.step_count, loss_before, state["params"], np.asarray(buffer, dtype=np.float64))
    state = trainer.state()  # now with the new history row
    state["params"] = new
    state["step_count"] = np.array(trainer.step_count + 1)
    if v_new is not None:
        state["optimizer_velocity"] = v_new
    trainer.load_state(state)


def overwrite_training_demo(images: np.ndarray, config: LessonConfig | None = None,
                            steps: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """Train two copies from the same start: one sums every position (correct), one overwrites.

    The overwrite copy's update uses only the last position's contribution (what the buffer
    holds after a pass with the bug). returns (losses_sum, losses_overwrite), each (steps + 1,):
    the loss before every step and after the last; inf after a divergence.
    """
    correct, buggy = Trainer(images, config), Trainer(images, config)
    c = buggy.config
    last_patch = patch_matrix(buggy.images, c.filter_shape, c.stride, c.padding_pixels)[-1]  # the last position's patch
    losses_sum = np.full(steps + 1, np.inf)
    losses_overwrite = np.full(steps + 1, np.inf)
    with np.errstate(over="ignore", invalid="ignore"):
        for k in range(steps + 1):
            losses_sum[k] = correct.loss()
            if k == steps or not math.isfinite(losses_sum[k]):
                break
            try:
                correct.step()
            except TrainingDiverged:
                break
        for k in range(steps + 1):
            loss, _, _, delta = buggy._loss_and_grad(buggy.params)
            losses_overwrite[k] = loss
            if k == steps:
                break
            last = delta[-1]
            try:
                apply_buffer(buggy, np.append(last * last_patch, last), loss_before=loss)
            except TrainingDiverged:
                break
    return losses_sum, losses_overwrite
