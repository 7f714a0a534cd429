"""Trainer, losses, activations, optimizers, kernels and bounded history."""

import tracemalloc

import numpy as np
import pytest

from cnnviz.engine import (
    ACTIVATIONS,
    NAMED_KERNELS,
    KernelError,
    LessonConfig,
    Trainer,
    TrainingDiverged,
    backward,
    format_kernel,
    forward,
    kernel_from_spec,
    mse,
    parse_kernel,
)
from cnnviz.engine.history import History

RNG = np.random.default_rng(7)
IMAGE = RNG.random((12, 12))


def _numeric_grad(trainer, h=1e-6):
    base = trainer.params
    out = np.zeros(10)
    for i in range(10):
        plus, minus = base.copy(), base.copy()
        plus[i] += h
        minus[i] -= h
        out[i] = (trainer._loss_and_grad(plus)[0] - trainer._loss_and_grad(minus)[0]) / (2 * h)
    return out


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@pytest.mark.parametrize("reduction", ["sum", "mean"])
def test_trainer_gradient_matches_finite_differences(activation, reduction):
    t = Trainer(IMAGE, LessonConfig(activation=activation, reduction=reduction, seed=3))
    grad = t._loss_and_grad(t.params)[1]
    np.testing.assert_allclose(grad, _numeric_grad(t), rtol=1e-5, atol=1e-7)


def test_snapshot_buffer_equals_engine_backward():
    t = Trainer(IMAGE, LessonConfig(seed=1))
    s = t.snapshot(with_input_grad=True)
    g = backward(s.images, s.weights, s.delta)
    np.testing.assert_allclose(s.grad_filter, g.dw, rtol=1e-12)
    assert s.grad_bias == pytest.approx(g.db, rel=1e-12)
    np.testing.assert_allclose(s.input_grad, g.dx, rtol=1e-12)
    np.testing.assert_allclose(s.output, forward(s.images, s.weights, s.bias))
    np.testing.assert_allclose(s.delta, 2 * (s.output - s.target))
    assert s.loss == pytest.approx(np.sum((s.output - s.target) ** 2))
    assert not s.weights.flags.writeable and not s.output.flags.writeable


def test_mean_reduction_is_sum_with_lr_divided_by_positions():
    a = Trainer(IMAGE, LessonConfig(reduction="sum", lr=1e-4))
    b = Trainer(IMAGE, LessonConfig(reduction="mean", lr=1e-4 * 100))  # P = 10 x 10
    a.step(5)
    b.step(5)
    np.testing.assert_allclose(a.params, b.params, rtol=1e-10)


def test_sgd_update_is_w_minus_lr_times_buffer():
    t = Trainer(IMAGE, LessonConfig(lr=1e-3))
    s = t.snapshot()
    t.step()
    np.testing.assert_allclose(t.weights, s.weights - 1e-3 * s.grad_filter, rtol=1e-12)
    assert t.bias == pytest.approx(s.bias - 1e-3 * s.grad_bias)


def test_momentum_update_by_hand():
    t = Trainer(IMAGE, LessonConfig(lr=1e-3, optimizer="momentum", momentum=0.5))
    p0 = t.params
    g0 = t._loss_and_grad(p0)[1]
    t.step()
    p1 = p0 - 1e-3 * g0
    np.testing.assert_allclose(t.params, p1, rtol=1e-12)
    g1 = t._loss_and_grad(p1)[1]
    t.step()
    np.testing.assert_allclose(t.params, p1 - 1e-3 * (0.5 * g0 + g1), rtol=1e-12)


def test_reset_same_and_new_seed():
    t = Trainer(IMAGE, LessonConfig(seed=5))
    start = t.params
    t.step(10)
    assert not np.allclose(t.params, start)
    t.reset()
    np.testing.assert_array_equal(t.params, start)
    assert t.step_count == 0 and t.history.size == 0
    t.reset(seed=6)
    assert not np.allclose(t.params, start) and t.config.seed == 6
    np.testing.assert_array_equal(Trainer(IMAGE, LessonConfig(seed=6)).params, t.params)


def test_seeded_runs_are_identical():
    a, b = Trainer(IMAGE, LessonConfig(seed=9)), Trainer(IMAGE, LessonConfig(seed=9))
    a.step(50)
    b.step(50)
    np.testing.assert_array_equal(a.params, b.params)


def test_converges_to_target_on_random_image():
    t = Trainer(RNG.random((32, 32)), LessonConfig(target="laplacian"))
    t.step(2000)
    assert np.abs(t.weights - NAMED_KERNELS["laplacian"]).max() < 0.01
    assert abs(t.bias) < 0.01


def test_divergence_keeps_last_finite_state():
    t = Trainer(IMAGE, LessonConfig(lr=10.0))
    with pytest.raises(TrainingDiverged, match="learning rate 10"):
        t.step(1000)
    assert np.all(np.isfinite(t.params))
    assert np.isfinite(t.loss())
    step = t.step_count
    before = t.params
    with pytest.raises(TrainingDiverged):
        t.step()
    assert t.step_count == step
    np.testing.assert_array_equal(t.params, before)


def test_configure_between_steps():
    t = Trainer(IMAGE)
    t.step(3)
    t.configure(lr=5e-4, target="sobel-y", optimizer="momentum", momentum=0.8)
    assert t.config.lr == 5e-4 and t.step_count == 3
    np.testing.assert_array_equal(t.target_kernel, NAMED_KERNELS["sobel-y"])
    np.testing.assert_allclose(t.target[0], forward(IMAGE, NAMED_KERNELS["sobel-y"], 0.0))
    with pytest.raises(ValueError, match="learning rate"):
        t.configure(lr=float("nan"))
    assert t.config.lr == 5e-4  # a rejected change leaves everything as it was
    with pytest.raises(KernelError):
        t.configure(target="1,2;3")


def test_snapshot_is_frozen_copy():
    t = Trainer(IMAGE)
    s = t.snapshot()
    t.step(5)
    assert s.step == 0
    with pytest.raises(ValueError):
        s.weights[0, 0] = 1.0
    with pytest.raises(AttributeError):
        s.step = 3  # frozen dataclass


def test_history_bounded_over_a_million_steps():
    h = History(capacity=256)
    tracemalloc.start()
    params = np.zeros(10)
    for step in range(1_000_000):
        h.record(step, float(step), params)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert h.size <= 256 and peak < 200_000
    steps, losses, _ = h.arrays()
    assert steps[0] == 0 and steps[-1] > 990_000  # still covers the whole run
    assert np.all(np.diff(steps) == h.stride) and np.array_equal(losses, steps.astype(float))


def test_trainer_history_records_loss_before_each_update():
    t = Trainer(IMAGE, history_capacity=8)
    losses = [t.step() for _ in range(20)]
    s = t.snapshot()
    assert len(s.history_steps) <= 8
    for step, loss in zip(s.history_steps, s.history_losses):
        assert loss == losses[step]


def test_mse_values():
    a, t = np.array([1.0, 2.0, 4.0]), np.array([0.0, 2.0, 2.0])
    assert mse(a, t)[0] == 5.0
    np.testing.assert_array_equal(mse(a, t)[1], [2.0, 0.0, 4.0])
    assert mse(a, t, "mean")[0] == pytest.approx(5 / 3)
    with pytest.raises(ValueError, match="reduction"):
        mse(a, t, "max")


def test_activation_derivatives():
    y = np.linspace(-3, 3, 13) + 0.05
    for act in ACTIVATIONS.values():
        num = (act.f(y + 1e-6) - act.f(y - 1e-6)) / 2e-6
        np.testing.assert_allclose(act.df(y), num, rtol=1e-6, atol=1e-8)
    assert ACTIVATIONS["sigmoid"].f(np.array([-1000.0]))[0] == 0.0  # no overflow warning


def test_kernels_parse_and_errors():
    np.testing.assert_array_equal(parse_kernel("1,0,-1;2,0,-2;1,0,-1"), NAMED_KERNELS["sobel-x"])
    np.testing.assert_array_equal(parse_kernel(" 1 0 -1 ; 2 0 -2 ; 1 0 -1 "), NAMED_KERNELS["sobel-x"])
    np.testing.assert_array_equal(kernel_from_spec("Sobel-Y"), NAMED_KERNELS["sobel-y"])
    k = kernel_from_spec("0.5,1e-3,-2;0,0,0;1,1,1")
    np.testing.assert_array_equal(parse_kernel(format_kernel(k)), k)
    for bad, msg in [("1,2,3;4,5,6", "3 rows of 3"), ("1,a,3;4,5,6;7,8,9", "'a' is not a number"),
                     ("1,2,3;4,nan,6;7,8,9", "finite"), ("", "empty"), ("gaussian", "unknown kernel"),
                     ("1,2,3,4;5,6,7;8,9,0", "3 rows of 3")]:
        with pytest.raises(KernelError, match=msg):
            kernel_from_spec(bad)
    assert not NAMED_KERNELS["sobel-x"].flags.writeable


def test_history_keeps_the_applied_gradient_buffer():
    t = Trainer(IMAGE, LessonConfig(seed=2))
    grads = [t.snapshot() for _ in range(1)]
    expected = []
    for _ in range(5):
        s = t.snapshot()
        expected.append(np.append(s.grad_filter.ravel(), s.grad_bias))
        t.step()
    np.testing.assert_allclose(t.snapshot().history_grads, expected, rtol=1e-12)
    assert grads[0].history_grads.shape == (0, 10)


def test_history_load_state_refuses_bad_rows_and_changes_nothing():
    h = History(capacity=8, num_params=2, num_grads=2)
    for step in range(3):
        h.record(step, float(step), np.ones(2), np.full(2, step))
    before = h.state()
    bad = dict(before, stride=np.array(3))
    with pytest.raises(ValueError, match="power of two"):
        h.load_state(bad)
    with pytest.raises(ValueError, match="increasing"):
        h.load_state(dict(before, steps=np.array([0, 2, 1])))
    with pytest.raises(ValueError, match="num_grads"):
        h.load_state(dict(before, grads=np.zeros((3, 5))))
    after = h.state()
    for key in before:
        np.testing.assert_array_equal(before[key], after[key])


def test_sum_to_mean_mid_run_with_momentum_gives_the_same_updates():
    """Issue 19: the velocity built under the sum is rescaled on a switch, so the mean with lr × P
    continues exactly as the sum with lr (before, w[0,0] went 1.651 -> 42.87 where the sum gave 1.652)."""
    images = np.stack([IMAGE, IMAGE.T, 1 - IMAGE])
    P = 3 * 10 * 10
    summed = Trainer(images, LessonConfig(lr=2e-4, optimizer="momentum", momentum=0.9))
    summed.step(30)
    switched = Trainer(images, summed.config)
    switched.load_state(summed.state())
    switched.configure(reduction="mean", lr=2e-4 * P)
    np.testing.assert_allclose(switched._optimizer.velocity, summed._optimizer.velocity / P, rtol=1e-15)
    summed.step(30)
    switched.step(30)
    np.testing.assert_allclose(switched.params, summed.params, rtol=1e-9, atol=1e-12)
    switched.configure(reduction="sum", lr=2e-4)  # and back: the velocity is in the sum's units again
    summed.step(10)
    switched.step(10)
    np.testing.assert_allclose(switched.params, summed.params, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum"])
def test_divergence_advice_names_the_limit_of_the_optimizer_in_use(optimizer):
    """Momentum's limit is 2(1 + μ)/λmax, not plain descent's 2/λmax: the advice says the one in use,
    and the rate it suggests (half that limit) trains without diverging."""
    from cnnviz.engine import stable_lr

    plain = stable_lr(IMAGE)
    t = Trainer(IMAGE, LessonConfig(lr=10.0, optimizer=optimizer, momentum=0.5))
    with pytest.raises(TrainingDiverged) as info:
        t.step(1000)
    limit = plain * (1.5 if optimizer == "momentum" else 1.0)
    message = str(info.value)
    assert f"Try a learning rate of {0.5 * limit:.3g} or smaller" in message
    assert (("2(1 + μ)/λmax" in message) == (optimizer == "momentum")) and f"= {limit:.3g} on." in message
    t = Trainer(IMAGE, LessonConfig(lr=float(f"{0.5 * limit:.3g}"), optimizer=optimizer, momentum=0.5))
    t.step(300)  # converges: no TrainingDiverged
    # just above the limit it does diverge: the limit is the real one
    t = Trainer(IMAGE, LessonConfig(lr=1.05 * limit, optimizer=optimizer, momentum=0.5))
    with pytest.raises(TrainingDiverged):
        t.step(20_000)


def test_the_default_rate_is_lowered_only_where_the_optimizer_in_use_would_diverge():
    """A bright image where 2e-4 is past plain descent's limit 2/λmax but below momentum's 2(1 + μ)/λmax:
    lowered for SGD ("would diverge" is true), kept under momentum, where it trains."""
    from cnnviz import images
    from cnnviz.engine import safe_default_lr, stable_lr

    x = images.load_sample("shapes") * 1.4
    plain = stable_lr(x)
    assert plain < 2e-4 < 1.9 * plain
    assert safe_default_lr(x) == 0.5 * plain
    assert safe_default_lr(x, momentum=0.9) == 2e-4
    config = LessonConfig(optimizer="momentum", momentum=0.9)
    assert config.momentum_or_none == 0.9 and LessonConfig(momentum=0.9).momentum_or_none is None
    kept = Trainer(x, config)
    start = kept.loss()
    kept.step(2000)
    assert kept.loss() < start  # converges
    sgd = Trainer(x, LessonConfig())
    sgd.step(2000)
    assert sgd.loss() > 1e6 * start  # plain descent at the same rate blows up
