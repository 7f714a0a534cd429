"""forward/backward/trace against a hand-worked 4x4 case, finite differences and random shapes."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from cnnviz.engine import backward, forward, patch_matrix, trace

# Hand-worked 4x4 example (the arithmetic is written out in the comments of each expectation).
X4 = np.array([[1, 2, 0, 1], [0, 1, 3, 1], [2, 0, 1, 0], [1, 1, 0, 2]], dtype=float)
W4 = np.array([[1, 0, -1], [0, 1, 0], [-1, 0, 1]], dtype=float)
B4 = 0.5
DY4 = np.array([[1, -1], [2, 0.5]])


def test_forward_hand_worked_4x4():
    # y[0,0] = .5 + x00 - x02 + x11 - x20 + x22 = .5 + 1 - 0 + 1 - 2 + 1
    expected = np.array([[1.5, 4.5], [-3.5, 2.5]])
    np.testing.assert_array_equal(forward(X4, W4, B4), expected)


def test_backward_hand_worked_4x4():
    g = backward(X4, W4, DY4)
    # dw[0,1] = 1*x01 - 1*x02 + 2*x11 + .5*x12 = 2 - 0 + 2 + 1.5
    np.testing.assert_array_equal(g.dw, [[-0.5, 5.5, 5.5], [3, -1.5, 4], [4.5, 1, 2]])
    assert g.db == 2.5  # 1 - 1 + 2 + .5
    # dx[1,1] = dy00*w11 + dy01*w10 + dy10*w01 + dy11*w00 = 1 + 0 + 0 + .5
    np.testing.assert_array_equal(
        g.dx, [[1, -1, -1, 1], [2, 1.5, -3, -0.5], [-1, 3, 1.5, -1], [-2, -0.5, 2, 0.5]]
    )


def test_forward_matches_literal_loop():
    rng = np.random.default_rng(0)
    x, w, b = rng.normal(size=(7, 9)), rng.normal(size=(3, 3)), 0.3
    y = np.array([[b + np.sum(w * x[i : i + 3, j : j + 3]) for j in range(7)] for i in range(5)])
    np.testing.assert_allclose(forward(x, w, b), y, rtol=1e-12, atol=1e-12)


def _loss(x, w, b, t):
    return float(np.sum((forward(x, w, b) - t) ** 2))


def _finite_difference_check(x, w, b, t, h=1e-6, rtol=1e-6):
    """Central differences of L = sum (y - T)^2 for every weight, the bias and every pixel."""
    dy = 2 * (forward(x, w, b) - t)
    g = backward(x, w, dy)
    num_dw = np.zeros_like(w)
    for idx in np.ndindex(w.shape):
        wp, wm = w.copy(), w.copy()
        wp[idx] += h
        wm[idx] -= h
        num_dw[idx] = (_loss(x, wp, b, t) - _loss(x, wm, b, t)) / (2 * h)
    num_db = (_loss(x, w, b + h, t) - _loss(x, w, b - h, t)) / (2 * h)
    scale = max(1.0, np.abs(g.dw).max())
    np.testing.assert_allclose(g.dw, num_dw, rtol=rtol, atol=rtol * scale)
    assert g.db == pytest.approx(num_db, rel=rtol, abs=rtol * scale)
    # dx on a few pixels (all of them for small images).
    flat = list(np.ndindex(x.shape))
    rng = np.random.default_rng(len(flat))
    picks = flat if len(flat) <= 50 else [flat[i] for i in rng.choice(len(flat), 50, replace=False)]
    for idx in picks:
        xp, xm = x.copy(), x.copy()
        xp[idx] += h
        xm[idx] -= h
        num = (_loss(xp, w, b, t) - _loss(xm, w, b, t)) / (2 * h)
        assert g.dx[idx] == pytest.approx(num, rel=rtol, abs=rtol * max(1.0, np.abs(g.dx).max()))


def test_gradients_match_finite_differences_32x32():
    rng = np.random.default_rng(1)
    x = rng.random((32, 32))
    t = forward(x, np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1.0]]), 0.0)
    _finite_difference_check(x, rng.normal(size=(3, 3)), 0.2, t)


def test_gradients_match_finite_differences_batch():
    rng = np.random.default_rng(2)
    x = rng.random((3, 8, 6))
    t = rng.normal(size=(3, 6, 4))
    _finite_difference_check(x, rng.normal(size=(3, 3)), -0.1, t)


def test_batch_gradient_is_the_sum_over_images():
    rng = np.random.default_rng(3)
    x, w, dy = rng.random((4, 10, 10)), rng.normal(size=(3, 3)), rng.normal(size=(4, 8, 8))
    g = backward(x, w, dy)
    parts = [backward(x[n], w, dy[n]) for n in range(4)]
    np.testing.assert_allclose(g.dw, sum(p.dw for p in parts), rtol=1e-12)
    assert g.db == pytest.approx(sum(p.db for p in parts), rel=1e-12)
    np.testing.assert_allclose(g.dx, np.stack([p.dx for p in parts]), rtol=1e-12)


@st.composite
def _cases(draw):
    k = draw(st.sampled_from([3, 5]))
    n = draw(st.sampled_from([None, 1, 2, 3]))
    h = draw(st.integers(max(k, 3), 64))
    w_ = draw(st.integers(max(k, 3), 64))
    shape = (h, w_) if n is None else (n, h, w_)
    x = draw(arrays(np.float64, shape, elements=st.floats(0, 1, width=64)))
    w = draw(arrays(np.float64, (k, k), elements=st.floats(-2, 2, width=64)))
    b = draw(st.floats(-1, 1))
    seed = draw(st.integers(0, 2**31))
    dy = np.random.default_rng(seed).normal(size=(*shape[:-2], h - k + 1, w_ - k + 1))
    return x, w, b, dy


@settings(max_examples=60, deadline=None)
@given(_cases())
def test_random_shapes_agree_with_patch_matrix_and_trace(case):
    x, w, b, dy = case
    k = w.shape[0]
    patches = patch_matrix(x, k)
    y = forward(x, w, b)
    assert y.shape == (*x.shape[:-2], x.shape[-2] - k + 1, x.shape[-1] - k + 1)
    np.testing.assert_allclose(y.ravel(), patches @ w.ravel() + b, rtol=1e-10, atol=1e-10)
    g = backward(x, w, dy)
    np.testing.assert_allclose(g.dw.ravel(), dy.ravel() @ patches, rtol=1e-9, atol=1e-9)
    # dx is the adjoint of forward: <dy, forward(x', w, 0)> == <dx, x'> for any x'.
    probe = np.random.default_rng(0).normal(size=x.shape)
    assert np.vdot(dy, forward(probe, w, 0.0)) == pytest.approx(np.vdot(g.dx, probe), rel=1e-9, abs=1e-9)
    tr = trace(x, w, dy)
    np.testing.assert_allclose(tr.dw_running[-1], g.dw, rtol=1e-9, atol=1e-9)
    assert tr.db_running[-1] == pytest.approx(g.db, rel=1e-9, abs=1e-9)
    np.testing.assert_allclose(tr.dx_after(tr.num_positions), g.dx, rtol=1e-9, atol=1e-9)


@settings(max_examples=20, deadline=None)
@given(_cases())
def test_random_shapes_finite_differences(case):
    x, w, b, dy = case
    if x.size > 600:  # keep the O(pixels) difference loop quick; shapes still vary
        x = x[..., :12, :12]
    t = forward(x, w, b) + np.random.default_rng(1).normal(size=forward(x, w, b).shape)
    _finite_difference_check(x, w, b, t, rtol=1e-5)


def test_trace_positions_raster_order_and_running_sums():
    rng = np.random.default_rng(4)
    x, w, dy = rng.random((6, 5)), rng.normal(size=(3, 3)), rng.normal(size=(4, 3))
    tr = trace(x, w, dy)
    assert tr.num_positions == 12
    np.testing.assert_array_equal(tr.positions[:4], [[0, 0], [0, 1], [0, 2], [1, 0]])
    p = 7  # row 2, col 1
    np.testing.assert_array_equal(tr.patches[p], x[2:5, 1:4])
    np.testing.assert_allclose(tr.dw_contrib[p], dy[2, 1] * x[2:5, 1:4])
    np.testing.assert_allclose(tr.dw_running[p], sum(dy.ravel()[q] * tr.patches[q] for q in range(p + 1)))
    assert tr.db_running[p] == pytest.approx(dy.ravel()[: p + 1].sum())
    np.testing.assert_array_equal(tr.dw_after(0), np.zeros((3, 3)))
    np.testing.assert_allclose(tr.dw_after(p + 1), tr.dw_running[p])
    # dx after p+1 positions: add each position's delta * w at its patch, literally.
    dx = np.zeros_like(x)
    for q in range(p + 1):
        i, j = tr.positions[q]
        dx[i : i + 3, j : j + 3] += tr.dx_contrib(q)
    np.testing.assert_allclose(tr.dx_after(p + 1), dx)
    with pytest.raises(IndexError):
        tr.dx_after(13)
    assert not tr.dw_running.flags.writeable


def test_trace_batch_positions_and_image_index():
    rng = np.random.default_rng(5)
    x, w, dy = rng.random((2, 4, 4)), rng.normal(size=(3, 3)), rng.normal(size=(2, 2, 2))
    tr = trace(x, w, dy)
    np.testing.assert_array_equal(tr.image_index, [0, 0, 0, 0, 1, 1, 1, 1])
    np.testing.assert_array_equal(tr.patches[5], x[1, 0:3, 1:4])


def test_shape_errors_are_clear():
    with pytest.raises(ValueError, match="smaller than the 3x3 filter"):
        forward(np.zeros((2, 5)), np.zeros((3, 3)), 0.0)
    with pytest.raises(ValueError, match="square"):
        forward(np.zeros((5, 5)), np.zeros((3, 2)), 0.0)
    with pytest.raises(ValueError, match="expected"):
        backward(np.zeros((5, 5)), np.zeros((3, 3)), np.zeros((2, 2)))
