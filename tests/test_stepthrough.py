"""The step-through model against literal per-position loops, the trainer and finite differences."""

import numpy as np
import pytest

from cnnviz.engine import LessonConfig, Trainer, forward
from cnnviz.stepthrough import (
    PARAM_NAMES,
    PassIncomplete,
    StaleStepThrough,
    StepThrough,
    mean_note,
    overwrite_training_demo,
    relative_error,
)

RNG = np.random.default_rng(11)
BATCH = RNG.random((2, 8, 7))  # Ho, Wo = 6, 5: P = 2 * 30 = 60
IMAGE32 = RNG.random((32, 32))  # P = 900


def smooth_image(seed: int, n: int = 32) -> np.ndarray:
    """A random image blurred three times with a 3x3 box, scaled to [0, 1] (like a photo crop)."""
    x = np.random.default_rng(seed).random((n + 8, n + 8))
    for _ in range(3):
        x = sum(x[r : r + x.shape[0] - 2, c : c + x.shape[1] - 2] for r in range(3) for c in range(3)) / 9
    x = x[1:-1, 1:-1]
    return (x - x.min()) / (x.max() - x.min())


def copy_trainer(t: Trainer) -> Trainer:
    twin = Trainer(t.images, t.config)
    twin.load_state(t.state())
    return twin


def literal(st: StepThrough, count: int) -> dict:
    """Everything the panels show after `count` positions, by a plain loop over positions."""
    s = st.snapshot
    x, w, delta = s.images, s.weights, s.delta
    n_img, ho, wo = delta.shape
    buf, bias, dx = np.zeros((3, 3)), 0.0, np.zeros_like(x)
    out = {}
    for p in range(count):
        n, rest = divmod(p, ho * wo)
        i, j = divmod(rest, wo)
        patch = x[n, i : i + 3, j : j + 3]
        d = delta[n, i, j]
        buf = buf + d * patch
        bias = bias + d
        dx[n, i : i + 3, j : j + 3] += d * w
        out.update(n=n, i=i, j=j, patch=patch, delta=d, output=s.output[n, i, j], contrib=d * patch)
    out.update(buffer=buf, bias=bias, dx=dx)
    return out


def check_against_literal(st: StepThrough) -> None:
    want = literal(st, st.count)
    np.testing.assert_array_equal(st.buffer, want["buffer"])  # same raster-order additions: exact
    assert st.buffer_bias == want["bias"]
    np.testing.assert_allclose(st.input_grad, want["dx"], rtol=1e-12, atol=1e-14)
    cur = st.current
    if st.count == 0:
        assert cur is None
        assert not st.changed_cells.any()
        return
    assert (cur.index, cur.image, cur.row, cur.col) == (st.count - 1, want["n"], want["i"], want["j"])
    np.testing.assert_array_equal(cur.patch, want["patch"])
    assert cur.delta == want["delta"] and cur.bias_contrib == want["delta"]
    assert cur.output == want["output"]
    np.testing.assert_array_equal(cur.contrib, want["contrib"])
    np.testing.assert_array_equal(cur.input_deltas, want["delta"] * st.snapshot.weights)
    assert cur.receptive_field == (want["i"], want["j"], 3, 3)
    np.testing.assert_array_equal(st.changed_cells, want["contrib"] != 0)


@pytest.mark.parametrize("images", [BATCH, IMAGE32], ids=["batch-2x8x7", "32x32"])
def test_every_quantity_equals_a_literal_loop(images):
    st = StepThrough(Trainer(images, LessonConfig(seed=2)))
    st.prepare()  # optional: the running sums are otherwise computed on first use
    P = st.P
    for count in [0, 1, 2, P // 2, P - 1, P]:
        st.seek(count)
        check_against_literal(st)
    # The full buffer is the engine's summed gradient.
    g = st.trainer.grads()
    np.testing.assert_allclose(st.buffer, g.dw, rtol=1e-10)
    np.testing.assert_allclose(st.input_grad, g.dx, rtol=1e-10, atol=1e-14)


def test_stepping_back_is_exact():
    st, fresh = StepThrough(Trainer(BATCH)), StepThrough(Trainer(BATCH))
    for _ in range(37):
        st.forward()
    st.forward("row")
    st.back()
    for _ in range(3):
        st.back()
    st.back("row")
    st.forward()
    fresh.seek(st.count)
    assert st.count == 36  # 37 -> row 40 -> 39 -> 36 -> row 35 -> 36
    for a, b in [(st.buffer, fresh.buffer), (st.input_grad, fresh.input_grad), (st.changed_cells, fresh.changed_cells),
                 (st.current.contrib, fresh.current.contrib), (st.weight_map(1, 2), fresh.weight_map(1, 2))]:
        np.testing.assert_array_equal(a, b)
    assert st.buffer_bias == fresh.buffer_bias and st.counter_text == fresh.counter_text
    check_against_literal(st)


def test_counter_text():
    st = StepThrough(Trainer(IMAGE32))
    assert st.counter_text == "position 0 of 900: nothing added yet"
    st.seek(417)  # the 417th position is index 416 = 13 * 30 + 26
    assert st.counter_text == "position 417 of 900: row 13, col 26 (rows and cols from 0)"
    st.end()
    assert st.counter_text == "position 900 of 900: row 29, col 29 (rows and cols from 0)"
    b = StepThrough(Trainer(BATCH))
    b.seek(33)  # index 32: image 1 (second), local index 2 -> row 0, col 2
    assert b.counter_text == "position 33 of 60: image 2 of 2, row 0, col 2 (rows and cols from 0)"
    b.seek(1)
    assert b.counter_text == "position 1 of 60: image 1 of 2, row 0, col 0 (rows and cols from 0)"


def test_row_steps_clamping_and_seek():
    st = StepThrough(Trainer(BATCH))  # rows of 5 positions, 6 rows per image, P = 60
    seen = []
    for _ in range(14):
        st.forward("row")
        seen.append(st.count)
    assert seen == [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 60, 60]
    st.seek(28)
    st.forward("row")
    assert st.count == 30  # the end of image 1's last row, then image 2 starts
    st.seek(7)
    st.forward("row")
    assert st.count == 10
    st.seek(7)
    st.back("row")
    assert st.count == 5
    st.back("row")
    assert st.count == 0
    st.back("row")
    st.back()
    assert st.count == 0 and st.at_start
    st.seek(10_000)
    assert st.count == 60 and st.at_end
    st.forward()
    assert st.count == 60
    st.seek(-5)
    assert st.count == 0
    st.forward("pass")
    assert st.count == 60
    st.back("pass")
    assert st.count == 0
    st.end()
    st.home()
    assert st.count == 0
    st.seek(np.int64(12))
    assert st.count == 12
    with pytest.raises(ValueError, match="step size"):
        st.forward("epoch")
    with pytest.raises(TypeError):
        st.seek(1.5)


@pytest.mark.parametrize("images", [BATCH, IMAGE32], ids=["batch", "32x32"])
def test_sgd_update_rows_equal_trainer_step_and_apply(images):
    t = Trainer(images, LessonConfig(lr=1e-3, seed=4))
    st = StepThrough(t)
    with pytest.raises(PassIncomplete):
        st.update_rows()
    st.seek(st.P - 1)
    with pytest.raises(PassIncomplete):
        st.apply_update()
    st.end()
    rows = st.update_rows()
    assert [r.name for r in rows] == list(PARAM_NAMES)
    assert all(r.velocity is None and r.new_velocity is None for r in rows)
    for k, r in enumerate(rows):
        assert r.value == t.params[k]
        assert r.new_value == r.value - 1e-3 * r.buffer
    assert [r.buffer for r in rows] == [*st.buffer.ravel(), st.buffer_bias]
    twin = copy_trainer(t)
    twin.step()
    np.testing.assert_allclose([r.new_value for r in rows], twin.params, rtol=1e-12)
    st.apply_update()
    np.testing.assert_array_equal(t.params, twin.params)
    assert t.step_count == 1 and st.count == 0
    np.testing.assert_array_equal(st.params, t.params)  # traced again at the new weights
    st.end()
    line = st.update_equations(digits=4)[0]
    assert line.startswith("w[0,0] = ") and " - 0.001 x " in line


def test_momentum_update_rows_show_velocity():
    t = Trainer(IMAGE32, LessonConfig(optimizer="momentum", momentum=0.8, lr=1e-4, seed=1))
    t.step(3)  # a non-zero velocity
    v = t.state()["optimizer_velocity"]
    st = StepThrough(t)
    st.end()
    rows = st.update_rows()
    for k, r in enumerate(rows):
        assert r.velocity == v[k]
        assert r.new_velocity == 0.8 * v[k] + r.buffer
        assert r.new_value == r.value - 1e-4 * r.new_velocity
    twin = copy_trainer(t)
    twin.step()
    np.testing.assert_allclose([r.new_value for r in rows], twin.params, rtol=1e-12)
    np.testing.assert_allclose([r.new_velocity for r in rows], twin.state()["optimizer_velocity"], rtol=1e-12)
    eq = st.update_equations(digits=3)[-1]
    assert eq.startswith("b: v = 0.8 x ") and ";  w = " in eq and " - 0.0001 x " in eq
    st.epoch()
    np.testing.assert_allclose(t.params, twin.params, rtol=1e-12)
    assert t.step_count == 4


def test_epoch_from_anywhere_equals_trainer_step():
    t = Trainer(BATCH, LessonConfig(seed=8))
    twin = copy_trainer(t)
    st = StepThrough(t)
    st.seek(17)
    st.epoch()
    twin.step()
    np.testing.assert_array_equal(t.params, twin.params)
    assert st.count == 0


def test_mean_note():
    assert mean_note("sum", 900) == "'mean' would divide this buffer by P = 900, so 'mean' needs lr × 900 for the same update."
    assert mean_note("mean", 900) == (
        "'mean' has already divided this buffer by P = 900; 'sum' gives the same update with lr / 900."
    )
    assert StepThrough(Trainer(BATCH)).mean_note() == (  # P counts every image
        "'mean' would divide this buffer by P = 2 × 30 = 60, so 'mean' needs lr × 60 for the same update.")
    with pytest.raises(ValueError):
        mean_note("max", 9)
    # And the note is true: 'mean' with lr x P gives the same update rows as 'sum' with lr.
    a = StepThrough(Trainer(IMAGE32, LessonConfig(reduction="sum", lr=1e-4)))
    b = StepThrough(Trainer(IMAGE32, LessonConfig(reduction="mean", lr=1e-4 * 900)))
    a.end()
    b.end()
    np.testing.assert_allclose([r.buffer for r in a.update_rows()], [900 * r.buffer for r in b.update_rows()], rtol=1e-12)
    np.testing.assert_allclose([r.new_value for r in a.update_rows()], [r.new_value for r in b.update_rows()], rtol=1e-12)


def test_weight_map_and_pixels_touched():
    st = StepThrough(Trainer(BATCH, LessonConfig(seed=5)))
    s = st.snapshot
    for count in [0, 13, 60]:
        st.seek(count)
        for r, c in [(0, 0), (1, 2), (2, 1)]:
            m = st.weight_map(r, c)
            assert m.shape == (2, 6, 5)
            assert m.sum() == pytest.approx(st.buffer[r, c], rel=1e-12, abs=1e-15)
            flat = m.ravel()
            assert np.all(flat[count:] == 0)
            if count:
                n, i, j = st.position_of(count - 1)
                assert m[n, i, j] == s.delta[n, i, j] * s.images[n, i + r, j + c]
        assert st.bias_map().sum() == pytest.approx(st.buffer_bias, rel=1e-12, abs=1e-15)
    st.end()
    full = st.weight_map(2, 1)
    np.testing.assert_allclose(full, s.delta * s.images[:, 2:8, 1:6], rtol=0)
    assert st.pixels_touched(2, 1) == (2, 1, 6, 5)
    assert st.pixels_touched(0, 0) == (0, 0, 6, 5)


def _independent_loss(images, target, params, reduction):
    a = forward(images, params[:9].reshape(3, 3), params[9])  # identity activation
    loss = np.sum((a - target) ** 2)
    return loss / a.size if reduction == "mean" else loss


@pytest.mark.parametrize("reduction", ["sum", "mean"])
def test_check_gradient(reduction):
    t = Trainer(BATCH, LessonConfig(reduction=reduction, seed=6))
    st = StepThrough(t)
    st.seek(3)  # the check uses the full pass whatever the count
    rows = st.check_gradient()
    assert [r.name for r in rows] == list(PARAM_NAMES)
    st.end()
    np.testing.assert_array_equal([r.buffer for r in rows], [*st.buffer.ravel(), st.buffer_bias])
    h, p = 1e-6, st.params
    for k, r in enumerate(rows):
        e = np.eye(10)[k] * h
        fd = (_independent_loss(BATCH, t.target, p + e, reduction) - _independent_loss(BATCH, t.target, p - e, reduction)) / (2 * h)
        assert r.finite_difference == pytest.approx(fd, rel=1e-6, abs=1e-9)
        assert r.relative_error == relative_error(r.buffer, r.finite_difference) < 1e-6
    assert relative_error(0.0, 0.0) == 0.0 and relative_error(1.0, -1.0) == 2.0


def test_overwrite_mode_keeps_only_the_last_contribution():
    t = Trainer(BATCH, LessonConfig(seed=3))
    st = StepThrough(t, overwrite=True)
    tr = st.trace
    for count in [1, 2, 31, 60]:
        st.seek(count)
        np.testing.assert_array_equal(st.buffer, tr.dw_contrib[count - 1])
        assert st.buffer_bias == tr.delta[count - 1]
        np.testing.assert_array_equal(st.changed_cells, tr.dw_contrib[count - 1] != st.buffer_after(count - 1))
        m = st.weight_map(1, 1)
        assert m.sum() == st.buffer[1, 1] and np.count_nonzero(m) <= 1
        np.testing.assert_allclose(st.input_grad, literal(st, count)["dx"], rtol=1e-12, atol=1e-14)  # dx still adds
    # The check-gradient action shows the bug: the overwritten buffer is not the gradient.
    assert max(r.relative_error for r in st.check_gradient()) > 0.5
    st.overwrite = False  # a toggle, no rebuild needed
    assert max(r.relative_error for r in st.check_gradient()) < 1e-6
    st.overwrite = True
    rows = st.update_rows()
    last = tr.delta[-1]
    np.testing.assert_array_equal([r.buffer for r in rows], [*(last * tr.patches[-1]).ravel(), last])
    right = copy_trainer(t)
    right.step()
    before = t.params
    st.apply_update()
    np.testing.assert_allclose(t.params, [r.new_value for r in rows], rtol=1e-15)
    assert not np.allclose(t.params, right.params, rtol=1e-3)  # the update differs from the correct one
    assert t.step_count == 1 and t.history.size == 1
    np.testing.assert_array_equal(t.history.params[0], before)


def test_overwrite_demo_stalls_while_the_sum_learns():
    image = smooth_image(0)
    losses_sum, losses_overwrite = overwrite_training_demo(image, LessonConfig(seed=0), steps=300)
    assert losses_sum.shape == losses_overwrite.shape == (301,)
    assert losses_sum[0] == losses_overwrite[0]  # same start
    # Measured: 490 -> 1.36 (sum) vs 490 -> 346 (overwrite): a ratio of 0.004.
    assert losses_sum[-1] < 0.01 * losses_overwrite[-1]
    assert losses_overwrite[-1] > 0.5 * losses_overwrite[0]
    # The demo's buggy step is the step-through's overwrite update.
    t = Trainer(image, LessonConfig(seed=0))
    st = StepThrough(t, overwrite=True)
    st.epoch()
    assert t.loss() == pytest.approx(overwrite_training_demo(image, LessonConfig(seed=0), steps=1)[1][1], rel=1e-12)


def test_stale_trainer_is_refused():
    t = Trainer(BATCH)
    st = StepThrough(t)
    st.end()
    t.step()
    with pytest.raises(StaleStepThrough):
        st.apply_update()
    st.rebuild()
    np.testing.assert_array_equal(st.params, t.params)
    assert st.count == 0


def test_large_image_seek_and_step_without_position_loops():
    image = RNG.random((700, 700))  # P = 698 * 698 = 487204
    st = StepThrough(Trainer(image, LessonConfig(seed=1)))
    s = st.snapshot
    P = st.P
    assert P == 698 * 698
    delta = s.delta.ravel()
    patches = np.lib.stride_tricks.sliding_window_view(image, (3, 3)).reshape(-1, 3, 3)
    for count in [1, 1234, 250_001, P - 1, P]:
        st.seek(count)
        st.back()
        st.forward()
        i, j = divmod(count - 1, 698)
        assert st.counter_text == f"position {count:,} of {P:,}: row {i}, col {j} (rows and cols from 0)"
        cur = st.current
        np.testing.assert_array_equal(cur.patch, image[i : i + 3, j : j + 3])
        assert cur.delta == s.delta[0, i, j]
        np.testing.assert_allclose(st.buffer, np.tensordot(delta[:count], patches[:count], axes=1), rtol=1e-8, atol=1e-9)
        # dx after `count` positions, checked by adjointness: <dx, probe> = <masked delta, forward(probe, w, 0)>.
        probe = np.random.default_rng(count).normal(size=image.shape)
        masked = np.where(np.arange(P) < count, delta, 0.0)
        want = masked @ forward(probe, s.weights, 0.0).ravel()
        assert np.vdot(st.input_grad[0], probe) == pytest.approx(want, rel=1e-9)
    st.seek(1000)
    st.forward("row")
    assert st.count == 1396


def test_a_step_through_too_big_for_memory_is_refused_up_front(monkeypatch):
    from cnnviz import stepthrough as st

    x = np.random.default_rng(0).random((2, 40, 40))
    positions = 2 * 38 * 38
    monkeypatch.setattr(st, "MAX_TRACE_BYTES", positions * st.TRACE_BYTES_PER_POSITION - 1)
    trainer = Trainer(x, LessonConfig())
    traced = []
    monkeypatch.setattr(st, "trace", lambda *a: traced.append(a))
    with pytest.raises(st.StepThroughTooBig) as info:
        st.StepThrough(trainer)
    assert str(info.value) == (f"the step-through of {positions:,} positions needs 1 MiB, more than the limit "
                               "of 0 MiB; use fewer images or a smaller --size")
    assert traced == []
    st.check_trace_budget((1, 40, 40))  # one image fits
    with pytest.raises(st.StepThroughTooBig):
        st.check_trace_budget((4, 1024, 1024))  # with the real budget: 4 native images do not
    monkeypatch.undo()
    with pytest.raises(st.StepThroughTooBig):
        st.check_trace_budget((4, 1024, 1024))
    st.check_trace_budget((3, 1024, 1024))
