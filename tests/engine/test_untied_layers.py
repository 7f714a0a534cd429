"""The untied (locally connected) layer with stride, padding and colour: still the shared layer's
gradient, unsummed; trained next to the shared filter on the same layer."""

from dataclasses import replace

import numpy as np
import pytest

from cnnviz.engine import LessonConfig, Trainer, backward, forward
from cnnviz.engine.trainer import default_lr
from cnnviz.engine.untied import (UntiedTrainer, generalisation, mosaic, shifted, untied_backward, untied_forward,
                                  untied_grad_after, untied_stable_lr)

RNG = np.random.default_rng(41)


def loop_untied(x, W, B, dy, s, p):
    """The untied sums literally, one position at a time. x (N, C, H, W), W (Ho, Wo, C, k, k)."""
    n, c, h, wd = x.shape
    ho, wo, _, k, _ = W.shape
    xp = np.zeros((n, c, h + 2 * p, wd + 2 * p))
    xp[:, :, p:p + h, p:p + wd] = x
    y, dW, dxp = np.zeros((n, ho, wo)), np.zeros_like(W), np.zeros_like(xp)
    for m in range(n):
        for i in range(ho):
            for j in range(wo):
                patch = xp[m, :, s * i:s * i + k, s * j:s * j + k]
                y[m, i, j] = B[i, j] + np.sum(W[i, j] * patch)
                dW[i, j] += dy[m, i, j] * patch
                dxp[m, :, s * i:s * i + k, s * j:s * j + k] += dy[m, i, j] * W[i, j]
    return y, dW, dy.sum(axis=0), dxp[:, :, p:p + h, p:p + wd]


@pytest.mark.parametrize("k, s, p, channels", [(3, 2, 1, 3), (2, 1, 1, None), (4, 3, 2, 2), (3, 1, 1, None)])
def test_agrees_with_the_loop_and_sums_to_the_shared_buffer(k, s, p, channels):
    c = channels or 1
    x = RNG.random((2, c, 7, 8))
    ho, wo = (7 + 2 * p - k) // s + 1, (8 + 2 * p - k) // s + 1
    W, B, dy = RNG.normal(size=(ho, wo, c, k, k)), RNG.normal(size=(ho, wo)), RNG.normal(size=(2, ho, wo))
    y, dW, dB, dx = loop_untied(x, W, B, dy, s, p)
    ex, eW = (x, W) if channels else (x[:, 0], W[:, :, 0])
    np.testing.assert_allclose(untied_forward(ex, eW, B, s, p), y, atol=1e-12)
    g = untied_backward(ex, eW, dy, s, p)
    np.testing.assert_allclose(g.dW, dW.reshape(eW.shape), atol=1e-12)
    np.testing.assert_allclose(g.dB, dB, atol=1e-12)
    np.testing.assert_allclose(g.dx, dx.reshape(ex.shape), atol=1e-12)
    np.testing.assert_allclose(untied_grad_after(ex, dy, dy.size, k, s, p, channels=bool(channels)), g.dW, atol=1e-12)
    # weight sharing is the sum of the untied gradients (every position holding the same filter)
    w = eW[0, 0]
    tiled = np.broadcast_to(w, eW.shape)
    shared = backward(ex, w, dy, s, p)
    np.testing.assert_allclose(untied_backward(ex, tiled, dy, s, p).dW.sum(axis=(0, 1)), shared.dw, atol=1e-10)
    np.testing.assert_allclose(untied_backward(ex, tiled, dy, s, p).dx, shared.dx, atol=1e-10)


def test_untied_trainer_on_a_colour_stride_padding_lesson():
    rgb = RNG.random((3, 9, 9))
    config = LessonConfig(color=True, stride=2, padding=1, lr=0.02, target="laplacian")
    # each layer at a learning rate it is stable at (the untied one takes far larger steps)
    untied, shared = UntiedTrainer(rgb, config), Trainer(rgb, replace(config, lr=default_lr(rgb, config)))
    assert untied.positions == (5, 5) and untied.num_params == 25 * 28
    np.testing.assert_array_equal(untied.weights[3, 1], shared.weights)  # the same start everywhere
    s = untied.snapshot()
    assert s.weights.shape == s.grad_filters.shape == (5, 5, 3, 3, 3) and s.output.shape == (1, 5, 5)
    # the untied gradient at the shared start, summed over positions, is the shared buffer
    np.testing.assert_allclose(s.grad_filters.sum(axis=(0, 1)), shared.snapshot().grad_filter, rtol=1e-10, atol=1e-12)
    l0 = untied.loss()
    untied.step(200)
    assert untied.loss() < 0.1 * l0
    assert 0 < untied_stable_lr(rgb, config=config) and mosaic(untied.weights).shape == (3, 15, 15)
    shared.step(200)
    result = generalisation(shared, untied, shifted(rgb[None], 2, 2))
    assert result.shared_output.shape == (1, 5, 5) and result.untied_loss > result.shared_loss
    np.testing.assert_allclose(result.target, forward(shifted(rgb[None], 2, 2), shared.target_kernel, 0.0, 2, 1))
    with pytest.raises(ValueError, match="the shared and untied layers differ"):
        generalisation(Trainer(rgb, LessonConfig(color=True, target="laplacian")), untied, rgb)


def test_comparison_on_a_colour_stride_lesson():
    from cnnviz.comparison import Comparison, load_test_images

    rgb = np.random.default_rng(5).random((3, 16, 16))
    c = Comparison(rgb, LessonConfig(color=True, stride=2, lr=1e-4))
    # 28 shared; 7x7 positions of 28 each; 3*16*16 inputs to 49 outputs + 49 biases
    assert c.counts == (28, 49 * 28, 3 * 256 * 49 + 49)
    c.step(5)
    assert load_test_images("circle", rgb, color=True).shape == (1, 3, 16, 16)
    assert load_test_images("circle", rgb[:, :, :12], color=True).shape == (1, 3, 16, 12)
    c.generalise("circle")
    assert c.result.untied_output.shape == (1, 7, 7)
    assert c.conclusion().endswith("train longer.")  # random colours span all 27 directions
    grey = Comparison(np.repeat(rgb[:1], 3, axis=0), LessonConfig(color=True, stride=2, lr=1e-4))
    grey.generalise()  # equal channels: colour mixes are not pinned down
    assert "do not span all 27 directions" in grey.conclusion()
