"""The untied (locally connected) layer next to the shared filter: what weight sharing buys."""

import numpy as np
import pytest

from cnnviz.engine import ACTIVATIONS, LessonConfig, Trainer, TrainingDiverged, backward, forward, trace
from cnnviz.engine.untied import (
    GeneralisationResult,
    UntiedTrainer,
    dense_params_count,
    generalisation,
    mosaic,
    mosaic_cell,
    shared_params_count,
    shifted,
    untied_backward,
    untied_forward,
    untied_grad_after,
    untied_params_count,
    untied_stable_lr,
)
from cnnviz.images import DEFAULT_SAMPLE, load_sample

RNG = np.random.default_rng(11)


def _loop_forward(x, W, B):
    """The definition, one position at a time (an independent reference for one image)."""
    ho, wo, k, _ = W.shape
    y = np.empty((ho, wo))
    for i in range(ho):
        for j in range(wo):
            y[i, j] = B[i, j] + np.sum(W[i, j] * x[i : i + k, j : j + k])
    return y


# ---- forward / backward ----------------------------------------------------------------------------
def test_forward_matches_the_definition_position_by_position():
    x = RNG.random((7, 9))
    W, B = RNG.normal(size=(5, 7, 3, 3)), RNG.normal(size=(5, 7))
    np.testing.assert_allclose(untied_forward(x, W, B), _loop_forward(x, W, B), rtol=1e-13)
    batch = RNG.random((3, 7, 9))
    y = untied_forward(batch, W, B)
    assert y.shape == (3, 5, 7)
    for n in range(3):
        np.testing.assert_allclose(y[n], _loop_forward(batch[n], W, B), rtol=1e-13)


def test_forward_with_the_same_filter_everywhere_is_the_shared_forward():
    x = RNG.random((2, 10, 10))
    w, b = RNG.normal(size=(3, 3)), 0.3
    W, B = np.broadcast_to(w, (8, 8, 3, 3)), np.full((8, 8), b)
    np.testing.assert_allclose(untied_forward(x, W, B), forward(x, w, b), rtol=1e-13)


def test_hand_worked_4x4_image_with_2x2_positions():
    x = np.arange(16.0).reshape(4, 4)  # rows 0..3, 4..7, 8..11, 12..15
    W = np.zeros((2, 2, 3, 3))
    W[0, 0] = 1.0  # all ones
    W[0, 1][1, 1] = 1.0  # copies its centre pixel
    W[1, 1][0, 0] = 1.0  # copies its top-left pixel; W[1, 0] stays zero
    B = np.array([[0.5, -1.0], [2.0, 0.0]])
    # y[0,0] = 0.5 + (0+1+2+4+5+6+8+9+10); y[0,1] = -1 + x[1,2]; y[1,0] = 2; y[1,1] = x[1,1]
    np.testing.assert_allclose(untied_forward(x, W, B), [[45.5, 5.0], [2.0, 5.0]])

    dy = np.array([[1.0, -1.0], [2.0, 0.5]])
    g = untied_backward(x, W, dy)
    # Each position's own gradient: its delta times its own patch, nothing added across positions.
    np.testing.assert_allclose(g.dW[0, 0], [[0, 1, 2], [4, 5, 6], [8, 9, 10]])  # 1 * patch(0,0)
    np.testing.assert_allclose(g.dW[0, 1], [[-1, -2, -3], [-5, -6, -7], [-9, -10, -11]])  # -1 * patch(0,1)
    np.testing.assert_allclose(g.dW[1, 0], [[8, 10, 12], [16, 18, 20], [24, 26, 28]])  # 2 * patch(1,0)
    np.testing.assert_allclose(g.dW[1, 1], [[2.5, 3, 3.5], [4.5, 5, 5.5], [6.5, 7, 7.5]])  # 0.5 * patch(1,1)
    np.testing.assert_allclose(g.dB, dy)
    # dx: ones over the top-left 3x3 (from (0,0)), -1 at (1,2) (from (0,1)), +0.5 at (1,1) (from (1,1)).
    np.testing.assert_allclose(g.dx, [[1, 1, 1, 0], [1, 1.5, 0, 0], [1, 1, 1, 0], [0, 0, 0, 0]])
    # Sharing = summing: the four tiles added up are the shared buffer.
    np.testing.assert_allclose(g.dW.sum(axis=(0, 1)), [[9.5, 12, 14.5], [19.5, 22, 24.5], [29.5, 32, 34.5]])
    np.testing.assert_allclose(backward(x, np.zeros((3, 3)), dy).dw, g.dW.sum(axis=(0, 1)))


def test_weight_sharing_is_summing_the_untied_gradients():
    """The reference answer as an identity: shared buffer = sum over positions of untied gradients."""
    x = RNG.random((2, 32, 32))
    w = RNG.normal(size=(3, 3))
    dy = RNG.normal(size=(2, 30, 30))
    shared = backward(x, w, dy)
    untied = untied_backward(x, np.broadcast_to(w, (30, 30, 3, 3)), dy)
    np.testing.assert_allclose(untied.dW.sum(axis=(0, 1)), shared.dw, rtol=1e-12)
    assert untied.dB.sum() == pytest.approx(shared.db, rel=1e-12)
    np.testing.assert_allclose(untied.dx, shared.dx, rtol=1e-12)  # dx is the same sum either way


def _scalar_loss(x, W, B, g):
    """L = sum(g * y): dL/dy = g, so untied_backward(x, W, g) is its gradient."""
    return float(np.sum(g * untied_forward(x, W, B)))


def test_backward_dW_and_dB_match_finite_differences_on_a_32x32_image():
    x = RNG.random((32, 32))
    W, B, g = RNG.normal(size=(30, 30, 3, 3)), RNG.normal(size=(30, 30)), RNG.normal(size=(30, 30))
    grads = untied_backward(x, W, g)
    h = 1e-6
    # ~60 random weights, plus all 9 weights of one position; and biases.
    picks = [tuple(RNG.integers(0, s) for s in W.shape) for _ in range(60)]
    picks += [(17, 4, r, c) for r in range(3) for c in range(3)]
    for idx in picks:
        plus, minus = W.copy(), W.copy()
        plus[idx] += h
        minus[idx] -= h
        numeric = (_scalar_loss(x, plus, B, g) - _scalar_loss(x, minus, B, g)) / (2 * h)
        assert grads.dW[idx] == pytest.approx(numeric, rel=1e-5, abs=1e-7), idx
    for idx in [(17, 4), (0, 0), (29, 29), (3, 21)]:
        plus, minus = B.copy(), B.copy()
        plus[idx] += h
        minus[idx] -= h
        numeric = (_scalar_loss(x, W, plus, g) - _scalar_loss(x, W, minus, g)) / (2 * h)
        assert grads.dB[idx] == pytest.approx(numeric, rel=1e-5, abs=1e-7), idx


def test_backward_dx_matches_finite_differences_for_every_pixel():
    x = RNG.random((2, 6, 7))
    W, B, g = RNG.normal(size=(4, 5, 3, 3)), RNG.normal(size=(4, 5)), RNG.normal(size=(2, 4, 5))
    dx = untied_backward(x, W, g).dx
    h = 1e-6
    numeric = np.empty_like(x)
    for idx in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[idx] += h
        minus[idx] -= h
        numeric[idx] = (_scalar_loss(plus, W, B, g) - _scalar_loss(minus, W, B, g)) / (2 * h)
    np.testing.assert_allclose(dx, numeric, rtol=1e-5, atol=1e-7)


def test_each_position_gets_only_its_own_gradient():
    x = RNG.random((12, 12))
    W, dy = RNG.normal(size=(10, 10, 3, 3)), RNG.normal(size=(10, 10))
    before = untied_backward(x, W, dy)
    dy2 = dy.copy()
    dy2[4, 7] += 1.5
    after = untied_backward(x, W, dy2)
    changed = np.any(after.dW != before.dW, axis=(-2, -1))
    assert changed[4, 7] and changed.sum() == 1  # only tile (4, 7) of the mosaic moves
    np.testing.assert_allclose(after.dW[4, 7] - before.dW[4, 7], 1.5 * x[4:7, 7:10], rtol=1e-12)
    assert np.argwhere(after.dB != before.dB).tolist() == [[4, 7]]


def test_size_mismatch_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="only fits the image size"):
        untied_forward(RNG.random((10, 10)), np.zeros((30, 30, 3, 3)), np.zeros((30, 30)))
    with pytest.raises(ValueError, match="one bias per position"):
        untied_forward(RNG.random((32, 32)), np.zeros((30, 30, 3, 3)), np.zeros(30))
    with pytest.raises(ValueError, match="dy has shape"):
        untied_backward(RNG.random((32, 32)), np.zeros((30, 30, 3, 3)), np.zeros((29, 30)))


# ---- counts and the mosaic -------------------------------------------------------------------------
def test_parameter_counts_of_the_lesson():
    assert shared_params_count() == 10
    assert untied_params_count(32, 32) == 9_000  # 900 positions x (9 weights + 1 bias)
    assert dense_params_count(32, 32) == 922_500  # 1,024 pixels x 900 outputs + 900 biases
    assert untied_params_count(128, 64) == 126 * 62 * 10
    assert UntiedTrainer(RNG.random((32, 32))).num_params == 9_000


def test_mosaic_puts_position_i_j_at_tile_i_j():
    W = RNG.normal(size=(30, 30, 3, 3))
    m = mosaic(W)
    assert m.shape == (90, 90)
    for i, j, r, c in [(0, 0, 0, 0), (0, 1, 2, 0), (5, 17, 1, 2), (29, 29, 2, 2)]:
        assert m[3 * i + r, 3 * j + c] == W[i, j, r, c]
        assert mosaic_cell(3 * i + r, 3 * j + c) == (i, j, r, c)
    np.testing.assert_array_equal(m[3 * 5 : 3 * 5 + 3, 3 * 17 : 3 * 17 + 3], W[5, 17])
    assert mosaic(np.zeros((2, 4, 3, 3))).shape == (6, 12)


# ---- the trainer ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample():
    return load_sample(DEFAULT_SAMPLE)


def test_seeded_start_is_the_shared_start_tiled(sample):
    for seed in (0, 5):
        config = LessonConfig(seed=seed, init_scale=0.3)
        s, u = Trainer(sample, config), UntiedTrainer(sample, config)
        np.testing.assert_array_equal(u.weights, np.broadcast_to(s.weights, (30, 30, 3, 3)))
        np.testing.assert_array_equal(u.biases, np.full((30, 30), s.bias))
        # Same function at step 0: same output and loss ...
        np.testing.assert_allclose(u.output(), s.snapshot().output, rtol=1e-12)
        assert u.loss() == pytest.approx(s.loss(), rel=1e-12)
        # ... and the shared step's buffer is the untied step's 900 gradients summed.
        us, ss = u.snapshot(), s.snapshot()
        np.testing.assert_allclose(us.grad_filters.sum(axis=(0, 1)), ss.grad_filter, rtol=1e-10)
        assert us.grad_biases.sum() == pytest.approx(ss.grad_bias, rel=1e-10)


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@pytest.mark.parametrize("reduction", ["sum", "mean"])
def test_trainer_gradient_matches_finite_differences(activation, reduction):
    u = UntiedTrainer(RNG.random((32, 32)), LessonConfig(activation=activation, reduction=reduction, seed=2))
    # Make positions differ, so a bug mixing positions up would show.
    u._params = u._params + RNG.normal(scale=0.2, size=u.num_params)
    base = u.params
    grad = u._loss_and_grad(base)[1]
    h = 1e-4  # the loss sums 900 outputs (~1e3): a smaller step drowns a 1e-3 gradient in rounding
    picks = list(RNG.choice(base.size, size=60, replace=False)) + list(range(10 * 437, 10 * 438))  # + position 437
    for p in picks:
        plus, minus = base.copy(), base.copy()
        plus[p] += h
        minus[p] -= h
        numeric = (u._loss_and_grad(plus)[0] - u._loss_and_grad(minus)[0]) / (2 * h)
        assert grad[p] == pytest.approx(numeric, rel=1e-5, abs=1e-8), p
    s = u.snapshot()
    g = u.grads()
    np.testing.assert_allclose(s.grad_filters, g.dW, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(s.grad_biases, g.dB, rtol=1e-12, atol=1e-15)


def test_sgd_step_moves_each_filter_by_its_own_gradient(sample):
    u = UntiedTrainer(sample, LessonConfig(lr=1e-3))
    s = u.snapshot()
    u.step()
    np.testing.assert_allclose(u.weights, s.weights - 1e-3 * s.grad_filters, rtol=1e-12)
    np.testing.assert_allclose(u.biases, s.biases - 1e-3 * s.grad_biases, rtol=1e-12)


def test_momentum_step_by_hand(sample):
    u = UntiedTrainer(sample, LessonConfig(lr=1e-3, optimizer="momentum", momentum=0.5))
    p0 = u.params
    g0 = u._loss_and_grad(p0)[1]
    u.step()
    g1 = u._loss_and_grad(u.params)[1]
    u.step()
    v1 = 0.5 * g0 + g1
    np.testing.assert_allclose(u.params, p0 - 1e-3 * g0 - 1e-3 * v1, rtol=1e-12)


@pytest.fixture(scope="module")
def trained(sample):
    """Both layers after 2000 steps with the lesson defaults (sobel-x, lr 2e-4, SGD, sum)."""
    shared, untied = Trainer(sample), UntiedTrainer(sample)
    start = untied.loss()
    shared.step(2000)
    untied.step(2000)
    return shared, untied, start


def test_both_learn_the_training_image_with_the_defaults(trained):
    shared, untied, start = trained
    print(f"\n2000 steps at lr 2e-4: shared loss {shared.loss():.3g}, "
          f"untied {untied.loss():.3g} (from {start:.4g})")
    assert shared.loss() < 1e-4
    np.testing.assert_allclose(shared.weights, shared.target_kernel, atol=1e-2)
    # Same learning rate, but each untied weight gets one position's gradient, not 900 summed:
    # it learns much more slowly (measured: 13.6 from 794), still far down from the start.
    assert untied.loss() < 0.05 * start
    assert untied.loss() > 100 * shared.loss()
    assert untied.history.arrays()[1].shape == (2000,) and untied.history.params.shape[1] == 0


def test_untied_filters_move_only_along_their_own_patch(trained, sample):
    """The teaching point: one patch per position teaches that filter one direction, not the kernel."""
    shared, untied, _ = trained
    start = untied.initial_filter(0)[:9]
    patches = np.lib.stride_tricks.sliding_window_view(sample, (3, 3)).reshape(30, 30, 9)
    moved = untied.weights.reshape(30, 30, 9) - start
    unit = patches / np.linalg.norm(patches, axis=-1, keepdims=True)
    across = moved - np.sum(moved * unit, axis=-1, keepdims=True) * unit
    assert np.abs(across).max() < 1e-10  # the part orthogonal to the patch never left its start
    # So no position learned Sobel-x, while the shared filter did.
    distance = np.linalg.norm(untied.weights - shared.target_kernel, axis=(-2, -1))
    assert distance.min() > 3.0
    # Dark patches (little signal) moved least.
    dark = np.linalg.norm(patches, axis=-1) < 0.5
    step = untied.moved_from_start()
    print(f"\nmedian move of a filter: dark patches {np.median(step[dark]):.3f}, "
          f"others {np.median(step[~dark]):.3f}; "
          f"{np.mean(step < 0.1):.0%} of the 900 filters moved less than 0.1")
    assert np.median(step[dark]) < 0.5 * np.median(step[~dark])


def test_untied_memorises_with_a_larger_learning_rate_but_still_does_not_generalise(trained, sample):
    shared = trained[0]
    untied = UntiedTrainer(sample, LessonConfig(lr=2e-3))
    untied.step(2000)
    print(f"\nuntied at lr 2e-3: loss on the training image {untied.loss():.3g}")
    assert untied.loss() < 1e-5  # memorised the training image
    g = generalisation(shared, untied, shifted(sample, 3, 3))
    assert g.untied_loss > 1e4 * g.shared_loss


@pytest.mark.parametrize("case", ["circle", "digit", "shift 3 right", "shift 3 down"])
def test_shared_filter_generalises_untied_does_not(trained, sample, case):
    shared, untied, _ = trained
    new = {
        "circle": lambda: load_sample("circle"),
        "digit": lambda: load_sample("digit"),
        "shift 3 right": lambda: shifted(sample, 0, 3),
        "shift 3 down": lambda: shifted(sample, 3, 0),
    }[case]()
    g = generalisation(shared, untied, new)
    untrained = generalisation(Trainer(sample), UntiedTrainer(sample), new)
    print(f"\n{case}: shared loss {g.shared_loss:.3g}, untied {g.untied_loss:.3g} "
          f"(untrained {untrained.untied_loss:.3g}), ratio {g.ratio:.2g}")
    assert isinstance(g, GeneralisationResult)
    assert g.shared_loss < 1e-4
    assert g.untied_loss > 100
    assert g.shared_loss < 1e-5 * g.untied_loss  # measured ratios: 2e8 .. 2e9
    # Training barely helps the untied layer on a new image (measured: 0.75x to 1.2x its untrained loss).
    assert g.untied_loss > 0.5 * untrained.untied_loss
    np.testing.assert_allclose(g.shared_error, g.shared_output - g.target)
    np.testing.assert_allclose(g.untied_error, g.untied_output - g.target)
    np.testing.assert_allclose(g.target[0], forward(new, shared.target_kernel, 0.0))
    assert g.untied_loss == pytest.approx(np.sum(g.untied_error**2))
    assert not g.untied_error.flags.writeable


def test_on_the_training_image_generalisation_is_the_training_loss(trained, sample):
    shared, untied, _ = trained
    g = generalisation(shared, untied, sample)
    assert g.shared_loss == pytest.approx(shared.loss(), rel=1e-12)
    assert g.untied_loss == pytest.approx(untied.loss(), rel=1e-12)


def test_generalisation_refuses_other_sizes_and_other_lessons(sample):
    shared, untied = Trainer(sample), UntiedTrainer(sample)
    with pytest.raises(ValueError, match="one filter per position of a 32x32 image"):
        generalisation(shared, untied, load_sample("circle", size=40))
    with pytest.raises(ValueError, match="different lessons"):
        generalisation(Trainer(sample, LessonConfig(target="laplacian")), untied, sample)


def test_divergence_keeps_the_last_finite_state(sample):
    u = UntiedTrainer(sample, LessonConfig(lr=10.0, optimizer="momentum"))
    with pytest.raises(TrainingDiverged, match="untied"):
        u.step(10_000)
    assert 0 < u.step_count < 10_000
    kept, velocity = u.params, u._optimizer.state()["velocity"]
    assert np.all(np.isfinite(kept)) and np.isfinite(u.loss())
    with pytest.raises(TrainingDiverged):
        u.step()
    np.testing.assert_array_equal(u.params, kept)
    np.testing.assert_array_equal(u._optimizer.state()["velocity"], velocity)
    u.configure(lr=1e-3)  # recoverable
    u.step(5)


def test_untied_divergence_names_a_learning_rate_that_converges(sample):
    """The advice is half of 2/λmax of the steepest position (one image: λmax = 2(|patch|² + 1)),
    not 'divide by 10': above the limit the layer diverges, at the advice it converges."""
    patches = np.stack([sample[i:i + 3, j:j + 3].ravel() for i in range(30) for j in range(30)])
    limit = 1.0 / (np.max(np.sum(patches ** 2, axis=1)) + 1.0)  # 2 / (2(|patch|² + 1))
    assert untied_stable_lr(sample) == pytest.approx(limit, rel=1e-10)
    assert untied_stable_lr(sample, "mean") == pytest.approx(limit * 900, rel=1e-10)
    batch = np.stack([sample, sample])
    assert untied_stable_lr(batch) == pytest.approx(limit / 2, rel=1e-10)  # same patches twice per position
    u = UntiedTrainer(sample, LessonConfig(lr=1.5 * limit))
    with pytest.raises(TrainingDiverged) as info:
        u.step(5_000)
    assert f"Try a learning rate of {0.5 * limit:.3g} or smaller" in str(info.value)
    assert f"2/λmax = {limit:.3g}" in str(info.value) and "/ 10" not in str(info.value)
    advised = float(f"{0.5 * limit:.3g}")
    for optimizer in ("sgd", "momentum"):
        u = UntiedTrainer(sample, LessonConfig(lr=advised, optimizer=optimizer))
        start = u.loss()
        u.step(2_000)
        assert u.loss() < 0.5 * start


def test_configure_between_steps(sample):
    u = UntiedTrainer(sample)
    u.step(3)
    u.configure(lr=1e-3, target="laplacian")
    assert u._optimizer.lr == 1e-3
    np.testing.assert_allclose(u.target[0], forward(sample, [[0, 1, 0], [1, -4, 1], [0, 1, 0]], 0.0))
    s = u.snapshot()
    u.step()
    np.testing.assert_allclose(u.weights, s.weights - 1e-3 * s.grad_filters, rtol=1e-12)
    u.configure(optimizer="momentum", momentum=0.5)
    assert u._optimizer.velocity.shape == (9_000,)
    u.step(2)
    assert u.step_count == 6
    u.reset()
    assert u.step_count == 0 and u.history.size == 0
    np.testing.assert_array_equal(u.params, u.initial_params(0))
    u.reset(seed=4)
    np.testing.assert_array_equal(u.params[:10], Trainer(sample, LessonConfig(seed=4)).params)
    with pytest.raises(ValueError):
        u.configure(lr=-1.0)


def test_set_images_keeps_filters_for_the_same_size_and_resets_for_another(sample):
    u = UntiedTrainer(sample)
    u.step(5)
    kept = u.params
    u.set_images(np.stack([sample, load_sample("circle")]))  # same 32x32, now a batch of two
    np.testing.assert_array_equal(u.params, kept)
    assert u.snapshot().output.shape == (2, 30, 30) and u.step_count == 5
    u.step()
    u.set_images(load_sample("circle", size=20))
    assert u.positions == (18, 18) and u.num_params == 18 * 18 * 10 and u.step_count == 0
    u.step()


def test_snapshot_is_read_only_and_consistent(sample):
    u = UntiedTrainer(sample, LessonConfig(seed=3))
    u.step(4)
    s = u.snapshot(version=7, note="x")
    for a in (s.weights, s.biases, s.grad_filters, s.grad_biases, s.output, s.delta, s.history_losses):
        assert not a.flags.writeable
    assert not u.weights.flags.writeable and not u.biases.flags.writeable
    np.testing.assert_allclose(s.output[0], untied_forward(sample, s.weights, s.biases), rtol=1e-12)
    np.testing.assert_allclose(s.delta, 2 * (s.output - s.target), rtol=1e-12)
    assert s.loss == pytest.approx(np.sum((s.output - s.target) ** 2))
    assert s.step == 4 and s.version == 7 and list(s.history_steps) == [0, 1, 2, 3]
    u.step()
    assert s.weights[3, 4, 1, 1] != u.weights[3, 4, 1, 1]  # the snapshot is a copy


# ---- the step-through helper ----------------------------------------------------------------------
def test_stepping_one_position_fills_only_its_own_tile():
    x = RNG.random((2, 8, 8))
    dy = RNG.normal(size=(2, 6, 6))
    full = untied_backward(x, np.zeros((6, 6, 3, 3)), dy).dW
    shared = trace(x, np.zeros((3, 3)), dy)
    np.testing.assert_array_equal(untied_grad_after(x, dy, 0), 0.0)
    np.testing.assert_allclose(untied_grad_after(x, dy, 72), full, rtol=1e-12)
    for p in (0, 13, 35, 36, 50):  # 36..71: the second image revisits the same tiles
        before, after = untied_grad_after(x, dy, p), untied_grad_after(x, dy, p + 1)
        n, (i, j) = divmod(p, 36)[0], divmod(p % 36, 6)
        changed = np.argwhere(np.any(after != before, axis=(-2, -1))).tolist()
        assert changed == [[i, j]]
        own = dy[n, i, j] * x[n, i : i + 3, j : j + 3]
        np.testing.assert_allclose(after[i, j] - before[i, j], own, rtol=1e-12)
        # Meanwhile the shared buffer (the engine's trace) after p+1 positions is all the tiles summed.
        np.testing.assert_allclose(after.sum(axis=(0, 1)), shared.dw_after(p + 1), rtol=1e-10, atol=1e-12)
    with pytest.raises(IndexError):
        untied_grad_after(x, dy, 73)


# ---- shifting --------------------------------------------------------------------------------------
def test_shifted_moves_the_content_and_repeats_the_edge():
    x = np.arange(20.0).reshape(4, 5)
    s = shifted(x, 1, 2)
    assert s.shape == x.shape
    np.testing.assert_array_equal(s[1:, 2:], x[:-1, :-2])  # content moved down 1, right 2
    np.testing.assert_array_equal(s[0, 2:], x[0, :-2])  # the uncovered top row repeats the top edge
    np.testing.assert_array_equal(s[1:, :2], np.repeat(x[:-1, :1], 2, axis=1))  # left strip: left edge
    np.testing.assert_array_equal(shifted(x, -1, -2)[:-1, :-2], x[1:, 2:])
    np.testing.assert_array_equal(shifted(x, 0, 0), x)
    r = shifted(x, 0, 2, mode="reflect")
    np.testing.assert_array_equal(r[:, :2], x[:, 2:0:-1])
    batch = np.stack([x, 2 * x])
    np.testing.assert_array_equal(shifted(batch, 1, 2), np.stack([s, 2 * s]))
    with pytest.raises(ValueError):
        shifted(x, 4, 0)
    with pytest.raises(ValueError):
        shifted(x, 0, 1, mode="wrap")


def test_untied_configure_is_all_or_nothing():
    from cnnviz.engine.untied import UntiedTrainer

    u = UntiedTrainer(np.random.default_rng(0).random((8, 8)))
    before = u.config
    with pytest.raises(ValueError):
        u.configure(target="1,0,0;0,0,0;0,0,1e309")
    with pytest.raises(ValueError, match="learning rate"):
        u.configure(lr=-1.0)
    assert u.config == before
    u.configure(target="laplacian")
    assert u.config.target == "laplacian" and u.target.shape == (1, 6, 6)
