"""Stride, padding, kernel size and channels: forward/backward/trace against a plain loop over
positions (written here, independently of the engine), np.einsum, and finite differences."""

import numpy as np
import pytest

from cnnviz.engine import backward, forward, patch_matrix, trace
from cnnviz.engine.conv import check_geometry, output_shape, padding_amount


def loop_reference(x, w, b, dy, s, p):
    """The lesson's sums literally, one position at a time. x (N, C, H, W), w (C, k, k)."""
    n, c, h, wd = x.shape
    k = w.shape[-1]
    xp = np.zeros((n, c, h + 2 * p, wd + 2 * p))
    xp[:, :, p:p + h, p:p + wd] = x
    ho, wo = (h + 2 * p - k) // s + 1, (wd + 2 * p - k) // s + 1
    y = np.zeros((n, ho, wo))
    dw, db, dxp = np.zeros_like(w), 0.0, np.zeros_like(xp)
    for m in range(n):
        for i in range(ho):
            for j in range(wo):
                patch = xp[m, :, s * i:s * i + k, s * j:s * j + k]
                y[m, i, j] = b + np.sum(w * patch)
                dw += dy[m, i, j] * patch
                db += dy[m, i, j]
                dxp[m, :, s * i:s * i + k, s * j:s * j + k] += dy[m, i, j] * w
    return y, dw, db, dxp[:, :, p:p + h, p:p + wd]


def einsum_forward(x, w, b, s, p):
    """y by np.einsum over strided windows of the padded image. x (N, C, H, W), w (C, k, k)."""
    k = w.shape[-1]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    win = np.lib.stride_tricks.sliding_window_view(xp, (k, k), axis=(2, 3))[:, :, ::s, ::s]
    return b + np.einsum("ncijrq,crq->nij", win, w)


def _case(k, s, p, channels, batch, seed):
    rng = np.random.default_rng(seed)
    h, wd = 9, 8  # non-square: a transposed index shows
    c = channels or 1
    x = rng.random((batch or 1, c, h, wd))
    w = rng.normal(size=(c, k, k))
    ho, wo = (h + 2 * p - k) // s + 1, (wd + 2 * p - k) // s + 1
    dy = rng.normal(size=(batch or 1, ho, wo))
    # the engine's shapes: no batch axis when batch is None, no channel axis for a grey filter
    ex, ew, edy = x, w, dy
    if not channels:
        ex, ew = ex[:, 0], ew[0]
    if batch is None:
        ex, edy = ex[0], edy[0]
    return x, w, dy, ex, ew, edy


@pytest.mark.parametrize("p", [0, 1, 2])
@pytest.mark.parametrize("s", [1, 2, 3])
@pytest.mark.parametrize("k", [1, 2, 3, 4, 5, 6, 7])
def test_agrees_with_the_loop_reference_and_einsum(k, s, p):
    for channels, batch in [(None, None), (None, 2), (3, None), (2, 3)]:
        x, w, dy, ex, ew, edy = _case(k, s, p, channels, batch, seed=100 * k + 10 * s + p)
        y, dw, db, dx = loop_reference(x, w, 0.3, dy, s, p)
        got = forward(ex, ew, 0.3, stride=s, padding=p)
        assert got.shape == edy.shape == output_shape(ex.shape[:-3 if channels else -2] + ex.shape[-2:], k, s, p)
        np.testing.assert_allclose(got, y.reshape(got.shape), rtol=0, atol=1e-10)
        np.testing.assert_allclose(einsum_forward(x, w, 0.3, s, p).reshape(got.shape), got, rtol=0, atol=1e-10)
        g = backward(ex, ew, edy, stride=s, padding=p)
        assert g.dw.shape == ew.shape and g.dx.shape == ex.shape and isinstance(g.db, float)
        np.testing.assert_allclose(g.dw, dw.reshape(ew.shape), rtol=0, atol=1e-10)
        assert abs(g.db - db) < 1e-10
        np.testing.assert_allclose(g.dx, dx.reshape(ex.shape), rtol=0, atol=1e-10)
        # the patch matrix reads the same receptive fields
        a = patch_matrix(ex, ew.shape, s, p)
        np.testing.assert_allclose(a @ ew.ravel() + 0.3, got.ravel(), rtol=0, atol=1e-10)


@pytest.mark.parametrize("k, s, p, channels, batch", [
    (3, 1, 1, None, None),   # 'same'
    (2, 2, 1, 3, 2),          # even kernel, stride 2, padding 1, colour batch
    (4, 3, 2, None, 2),
    (5, 1, 4, 2, None),       # 'full'
])
def test_gradients_match_finite_differences(k, s, p, channels, batch):
    x, w, _, ex, ew, _ = _case(k, s, p, channels, batch, seed=7)
    t = np.random.default_rng(8).normal(size=forward(ex, ew, 0.0, s, p).shape)

    def loss(xx, ww, bb):
        return float(np.sum((forward(xx, ww, bb, s, p) - t) ** 2))

    b = 0.1
    g = backward(ex, ew, 2 * (forward(ex, ew, b, s, p) - t), s, p)
    h = 1e-6
    for arr, grad in [(ew, g.dw), (ex, g.dx)]:
        for idx in np.ndindex(arr.shape):
            plus, minus = arr.copy(), arr.copy()
            plus[idx] += h
            minus[idx] -= h
            args_p = (plus, ew, b) if arr is ex else (ex, plus, b)
            args_m = (minus, ew, b) if arr is ex else (ex, minus, b)
            num = (loss(*args_p) - loss(*args_m)) / (2 * h)
            assert grad[idx] == pytest.approx(num, rel=1e-5, abs=1e-5)
    assert g.db == pytest.approx((loss(ex, ew, b + h) - loss(ex, ew, b - h)) / (2 * h), rel=1e-6)


def test_trace_with_stride_padding_and_channels():
    x, w, dy, ex, ew, edy = _case(3, 2, 1, 3, 2, seed=11)
    tr = trace(ex, ew, edy, stride=2, padding=1)
    g = backward(ex, ew, edy, stride=2, padding=1)
    ho, wo = edy.shape[-2:]
    assert (ho, wo) == (5, 4) and tr.num_positions == 2 * ho * wo
    # raster order over output cells; the top-left pixel skips by the stride, from -p
    np.testing.assert_array_equal(tr.cells[:5], [[0, 0], [0, 1], [0, 2], [0, 3], [1, 0]])
    np.testing.assert_array_equal(tr.positions[:5], [[-1, -1], [-1, 1], [-1, 3], [-1, 5], [1, -1]])
    np.testing.assert_array_equal(tr.image_index[[0, ho * wo - 1, ho * wo]], [0, 0, 1])
    # the first patch overlaps the padding: its top row and left column are zeros
    first = tr.patches[0]
    assert first.shape == (3, 3, 3)
    assert not first[:, 0, :].any() and not first[:, :, 0].any()
    np.testing.assert_array_equal(first[:, 1:, 1:], ex[0, :, 0:2, 0:2])
    # the running sums end at backward's buffer; dx after every position is backward's dx
    np.testing.assert_allclose(tr.dw_running[-1], g.dw, rtol=0, atol=1e-10)
    assert tr.db_running[-1] == pytest.approx(g.db, abs=1e-10)
    np.testing.assert_allclose(tr.dx_after(tr.num_positions), g.dx, rtol=0, atol=1e-10)
    np.testing.assert_array_equal(tr.dw_after(0), np.zeros((3, 3, 3)))
    # dx after the first position: its deltas land only on real pixels (the border is dropped)
    dx1 = tr.dx_after(1)
    np.testing.assert_allclose(dx1[0, :, 0:2, 0:2], tr.delta[0] * ew[:, 1:, 1:])
    assert np.count_nonzero(dx1) == 3 * 4


def test_named_padding():
    assert padding_amount("valid", 3) == 0
    assert padding_amount("same", 5) == 2
    assert padding_amount("full", 4) == 3
    assert padding_amount("2", 3) == 2 and padding_amount(1, 3) == 1
    # 'same' keeps the size: check it does
    assert forward(np.zeros((7, 6)), np.zeros((5, 5)), 0.0, padding=padding_amount("same", 5)).shape == (7, 6)
    with pytest.raises(ValueError, match="odd filter at stride 1"):
        padding_amount("same", 4)
    with pytest.raises(ValueError, match="odd filter at stride 1"):
        padding_amount("same", 3, stride=2)
    for bad in ("wide", -1, 1.5, True):
        with pytest.raises(ValueError, match="padding must be"):
            padding_amount(bad, 3)


def test_a_stride_or_kernel_larger_than_the_padded_image_is_refused():
    with pytest.raises(ValueError, match="smaller than the 7x7 filter .the 6x6 padded image"):
        forward(np.zeros((4, 4)), np.zeros((7, 7)), 0.0, padding=1)
    with pytest.raises(ValueError, match="stride 9 is larger than the 8x8 padded image"):
        check_geometry(6, 6, 3, stride=9, padding=1)
    with pytest.raises(ValueError, match="stride must be"):
        forward(np.zeros((4, 4)), np.zeros((3, 3)), 0.0, stride=0)
    with pytest.raises(ValueError, match=r"x must be \(3, H, W\)"):
        forward(np.zeros((2, 5, 5)), np.zeros((3, 3, 3)), 0.0)
