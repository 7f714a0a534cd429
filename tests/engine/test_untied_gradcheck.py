"""The untied layer's gradients on every layer of the lecture (k 1-7, stride, named and numbered
padding, grey and colour, one image and a batch): against central finite differences of its own
loss, and against the shared layer (the per-position gradients of equal filters sum to its dw)."""

import numpy as np
import pytest

from cnnviz.engine import LessonConfig, backward, forward
from cnnviz.engine.conv import output_shape, padding_amount
from cnnviz.engine.untied import UntiedTrainer, untied_backward, untied_forward, untied_params_count

EPS = 1e-5
PADDINGS = ("valid", "same", "full", 1)


def layers(k):
    """Every (stride, padding, channels, batch) of the grid that fits a 7x6 image with a k x k filter."""
    for s in (1, 2, 3):
        for padding in PADDINGS:
            if padding == "same" and (k % 2 == 0 or s != 1):
                continue  # 'same' is an odd filter at stride 1 only (conv.padding_amount)
            p = padding_amount(padding, k, s)
            if k > 6 + 2 * p:
                continue  # the filter does not fit the padded image
            for channels, batch in ((None, None), (3, None), (None, 2), (2, 3)):
                yield s, padding, p, channels, batch


def lesson_arrays(rng, k, s, p, channels, batch):
    """x, W, B, T of the engine's shapes: x (N?, C?, 7, 6), W (Ho, Wo, C?, k, k), B (Ho, Wo), T like y."""
    lead = (batch,) if batch else ()
    chan = (channels,) if channels else ()
    x = rng.normal(size=lead + chan + (7, 6))
    ho, wo = output_shape((7, 6), k, s, p)
    W = rng.normal(size=(ho, wo) + chan + (k, k))
    B = rng.normal(size=(ho, wo))
    T = rng.normal(size=lead + (ho, wo))
    return x, W, B, T


def loss(x, W, B, T, s, p):
    """L = ½ Σ (y − T)², so δ = dL/dy = y − T."""
    return 0.5 * np.sum((untied_forward(x, W, B, s, p) - T) ** 2)


def central(f, a, direction):
    """The derivative of f along `direction` at a, by central differences (exact for a quadratic
    up to round-off)."""
    return (f(a + EPS * direction) - f(a - EPS * direction)) / (2 * EPS)


@pytest.mark.parametrize("k", range(1, 8))
def test_untied_gradients_are_the_finite_differences_on_every_layer(k):
    rng = np.random.default_rng(100 + k)
    cases = 0
    for s, padding, p, channels, batch in layers(k):
        x, W, B, T = lesson_arrays(rng, k, s, p, channels, batch)
        delta = untied_forward(x, W, B, s, p) - T
        g = untied_backward(x, W, delta, s, p)
        assert g.dW.shape == W.shape and g.dB.shape == B.shape and g.dx.shape == x.shape
        where = f"k={k} s={s} padding={padding} channels={channels} batch={batch}"
        # Two random directions per argument check every entry at once; one coordinate each names it.
        for _ in range(2):
            for arg, grad, f in ((W, g.dW, lambda a: loss(x, a, B, T, s, p)),
                                 (B, g.dB, lambda a: loss(x, W, a, T, s, p)),
                                 (x, g.dx, lambda a: loss(a, W, B, T, s, p))):
                v = rng.normal(size=arg.shape)
                assert central(f, arg, v) == pytest.approx(np.sum(grad * v), rel=1e-6, abs=1e-6), where
        unit = np.zeros(W.shape)
        index = tuple(rng.integers(0, n) for n in W.shape)
        unit[index] = 1.0
        assert central(lambda a: loss(x, a, B, T, s, p), W, unit) == pytest.approx(g.dW[index], abs=1e-6), where
        cases += 1
    assert cases >= 6  # the grid reaches every k


@pytest.mark.parametrize("k", range(1, 8))
def test_equal_untied_filters_sum_to_the_shared_gradient_on_every_layer(k):
    """Weight sharing as an identity: with the shared filter w at every position the untied layer is
    the shared layer, its per-position gradients summed over positions are the shared dw, and
    their δ-sum is db; dx is the same."""
    rng = np.random.default_rng(200 + k)
    for s, padding, p, channels, batch in layers(k):
        x, W, B, T = lesson_arrays(rng, k, s, p, channels, batch)
        w, b = W[0, 0], float(B[0, 0])
        tiled, biases = np.broadcast_to(w, W.shape), np.full(B.shape, b)
        y = forward(x, w, b, s, p)
        np.testing.assert_allclose(untied_forward(x, tiled, biases, s, p), y, atol=1e-12)
        delta = y - T
        shared, untied = backward(x, w, delta, s, p), untied_backward(x, tiled, delta, s, p)
        np.testing.assert_allclose(untied.dW.sum(axis=(0, 1)), shared.dw, rtol=1e-12, atol=1e-12)
        assert untied.dB.sum() == pytest.approx(shared.db, rel=1e-12, abs=1e-12)
        np.testing.assert_allclose(untied.dx, shared.dx, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("layer", [dict(kernel_size=5, padding="same"), dict(stride=2, color=True),
                                   dict(kernel_size=2, stride=3, padding=1, color=True),
                                   dict(kernel_size=4, padding="full")])
def test_the_trainers_gradient_and_counts_are_the_engines(layer):
    """UntiedTrainer's own fast gradient (patch matrix, einsum) is untied_backward's on a batch, and
    it holds Ho·Wo·(C·k·k + 1) parameters, the count the comparison shows."""
    rng = np.random.default_rng(7)
    k = layer.get("kernel_size", 3)
    typed = ";".join(",".join(f"{v:.3f}" for v in row) for row in rng.normal(size=(k, k)))  # named ones are 3x3
    config = LessonConfig(**layer, target=typed, lr=1e-3, activation="tanh")
    shape = (2, 3, 9, 8) if config.color else (2, 9, 8)
    t = UntiedTrainer(rng.random(shape), config)
    t.step(3)  # away from the equal start, so every position differs
    s = t.snapshot()
    c = config
    assert t.num_params == untied_params_count(9, 8, c.kernel_size, c.stride, c.padding_pixels, c.channels)
    assert s.weights.shape == s.grad_filters.shape == t.positions + c.filter_shape
    # through the activation: dL/dy = delta, then the untied sums
    g = untied_backward(t.images, s.weights, s.delta, c.stride, c.padding_pixels)
    np.testing.assert_allclose(s.grad_filters, g.dW, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(s.grad_biases, g.dB, rtol=1e-10, atol=1e-12)
    # and the trainer's loss moves by its gradient (finite differences through tanh and the loss)
    params, grad = t.params, np.concatenate([s.grad_filters.reshape(*t.positions, -1),
                                             s.grad_biases[..., None]], axis=-1).ravel()
    v = rng.normal(size=params.shape)

    def at(p):
        return t._loss_and_grad(p)[0]

    assert central(at, params, v) == pytest.approx(np.dot(grad, v), rel=1e-6)
