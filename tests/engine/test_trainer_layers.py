"""The trainer with other kernel sizes, stride, padding and colour; the classroom lesson unchanged."""

import numpy as np
import pytest

from cnnviz.engine import LessonConfig, Trainer, backward, forward
from cnnviz.engine.kernels import NAMED_KERNELS, KernelError, kernel_from_spec
from cnnviz.engine.trainer import stable_lr

RNG = np.random.default_rng(21)
GREY = RNG.random((2, 9, 10))
RGB = RNG.random((2, 3, 9, 10))


def test_classroom_lesson_gives_exactly_the_numbers_of_the_plain_patch_step():
    """The default (3x3 grey, valid, stride 1) step, written out as before the new settings,
    agrees bit for bit after many steps."""
    x = np.random.default_rng(0).random((32, 32))
    t = Trainer(x, LessonConfig(seed=5))
    a = np.lib.stride_tricks.sliding_window_view(x[None], (3, 3), axis=(-2, -1)).reshape(-1, 9)
    target = np.zeros((30, 30))  # the kernel over shifted views, added in raster order
    for (r, c), v in np.ndenumerate(NAMED_KERNELS["sobel-x"]):
        target += v * x[r:r + 30, c:c + 30]
    target = target.ravel()
    params = np.random.default_rng(5).uniform(-0.5, 0.5, size=10)
    for _ in range(50):
        delta = 2.0 * ((a @ params[:9] + params[9]) - target)
        grad = np.append(delta @ a, delta.sum())
        params = params - 2e-4 * grad
    t.step(50)
    np.testing.assert_array_equal(t.params, params)
    s = t.snapshot()
    assert s.weights.shape == s.grad_filter.shape == (3, 3) and s.output.shape == (1, 30, 30)


@pytest.mark.parametrize("config, images", [
    (LessonConfig(kernel_size=2, stride=2, padding=1, target="1,0;0,-1", reduction="mean"), GREY),
    (LessonConfig(color=True, padding="same", activation="tanh"), RGB),
    (LessonConfig(color=True, kernel_size=4, stride=3, padding="full", target="1,0,0,0;0,1,0,0;0,0,1,0;0,0,0,1"), RGB),
])
def test_gradient_matches_finite_differences_and_the_engine(config, images):
    t = Trainer(images, config)
    loss, grad = t._loss_and_grad(t.params)[:2]
    num = np.zeros_like(grad)
    for i in range(grad.size):
        plus, minus = t.params, t.params
        plus[i] += 1e-6
        minus[i] -= 1e-6
        num[i] = (t._loss_and_grad(plus)[0] - t._loss_and_grad(minus)[0]) / 2e-6
    np.testing.assert_allclose(grad, num, rtol=1e-5, atol=1e-6)
    s = t.snapshot(with_input_grad=True)
    assert s.weights.shape == s.grad_filter.shape == s.target_kernel.shape == config.filter_shape
    assert s.output.shape == s.delta.shape == s.target.shape == t.output_shape
    g = backward(s.images, s.weights, s.delta, config.stride, config.padding_pixels)
    np.testing.assert_allclose(s.grad_filter, g.dw, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(s.input_grad, g.dx, rtol=1e-10, atol=1e-12)
    assert s.input_grad.shape == s.images.shape
    np.testing.assert_allclose(s.target, np.tanh(forward(s.images, s.target_kernel, 0, config.stride, config.padding_pixels))
                               if config.activation == "tanh" else
                               forward(s.images, s.target_kernel, 0, config.stride, config.padding_pixels))


def test_output_sizes_of_the_lecture():
    x = np.zeros((32, 32))
    assert Trainer(x, LessonConfig(padding="same")).output_shape == (1, 32, 32)
    assert Trainer(x, LessonConfig(stride=2)).output_shape == (1, 15, 15)
    assert Trainer(x, LessonConfig(kernel_size=5, target="0,0,0,0,0;" * 4 + "0,0,0,0,1")).output_shape == (1, 28, 28)
    assert Trainer(x, LessonConfig(padding="full")).output_shape == (1, 34, 34)
    colour = Trainer(np.zeros((3, 32, 32)), LessonConfig(color=True))
    assert colour.config.num_params == 28 and colour.weights.shape == (3, 3, 3)


def test_colour_target_is_the_kernel_on_the_luminance():
    t = Trainer(RGB, LessonConfig(color=True, target="laplacian"))
    luminance = 0.299 * RGB[:, 0] + 0.587 * RGB[:, 1] + 0.114 * RGB[:, 2]
    np.testing.assert_allclose(t.target, forward(luminance, NAMED_KERNELS["laplacian"], 0.0), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(t.target_kernel[1], 0.587 * NAMED_KERNELS["laplacian"])


def test_stability_limit_is_two_over_the_largest_eigenvalue_of_the_new_hessian():
    config = LessonConfig(color=True, kernel_size=2, stride=2, padding=1, target="1,0;0,1")
    t = Trainer(RGB, config)
    rows = []
    for n in range(2):
        xp = np.pad(RGB[n], ((0, 0), (1, 1), (1, 1)))
        for i in range(t.output_shape[1]):
            for j in range(t.output_shape[2]):
                rows.append(np.append(xp[:, 2 * i:2 * i + 2, 2 * j:2 * j + 2].ravel(), 1.0))
    a = np.array(rows)
    limit = 2.0 / np.linalg.eigvalsh(2 * a.T @ a)[-1]
    assert stable_lr(RGB, kernel_size=2, stride=2, padding=1, color=True) == pytest.approx(limit, rel=1e-12)
    assert stable_lr(RGB, "mean", kernel_size=2, stride=2, padding=1, color=True) == pytest.approx(limit * len(rows), rel=1e-12)
    # just below the limit descent converges; just above it the loss grows
    below = Trainer(RGB, LessonConfig(**{**config.to_dict(), "lr": 0.95 * limit}))
    above = Trainer(RGB, LessonConfig(**{**config.to_dict(), "lr": 1.05 * limit}))
    l0 = below.loss()
    below.step(300)
    above.step(300)
    assert below.loss() < l0 < above.loss()


def test_bad_settings_are_refused_in_one_line():
    for changes, message in [
        ({"kernel_size": 8}, "kernel size must be a whole number from 1 to 7"),
        ({"stride": 0}, "stride must be a whole number 1 or more"),
        ({"padding": "same", "kernel_size": 4, "target": "1,0,0,0;0,1,0,0;0,0,1,0;0,0,0,1"}, "odd filter at stride 1"),
        ({"padding": "same", "stride": 2}, "odd filter at stride 1"),
        ({"padding": -1}, "padding must be"),
        ({"padding": 3}, "padding 3 is more than 'full' .2 for a 3x3 filter.: the outermost positions"),
        ({"kernel_size": 5}, "the named kernels are 3x3; for a 5x5 filter type"),
        ({"target": "1,0;0,1"}, "a 2x2 kernel does not fit the 3x3 filter"),
        ({"color": "yes"}, "color must be true or false"),
    ]:
        with pytest.raises(ValueError, match=message):
            LessonConfig(**changes).validated()
    with pytest.raises(ValueError, match="stride 40 is larger than the 34x34 padded image"):
        Trainer(np.zeros((32, 32)), LessonConfig(stride=40, padding=1))
    with pytest.raises(ValueError, match="smaller than the 7x7 filter"):
        Trainer(np.zeros((5, 5)), LessonConfig(kernel_size=7, target=";".join(["0,0,0,0,0,0,0"] * 7)))
    with pytest.raises(ValueError, match=r"colour images must be \(3, H, W\)"):
        Trainer(np.zeros((32, 32)), LessonConfig(color=True))
    t = Trainer(GREY, LessonConfig())
    with pytest.raises(ValueError, match="stride cannot change during a lesson"):
        t.configure(stride=2)
    t.configure(padding=0)  # the same border under another name is no change
    assert kernel_from_spec("1,2;3,4", None).shape == (2, 2)
    with pytest.raises(KernelError, match="kernel must be 3 rows of 3 numbers"):
        kernel_from_spec("1,2,3;4,5")


def test_state_round_trip_with_28_parameters():
    t = Trainer(RGB, LessonConfig(color=True, optimizer="momentum", lr=1e-4))
    t.step(7)
    again = Trainer(RGB, t.config)
    again.load_state(t.state())
    t.step(3)
    again.step(3)
    np.testing.assert_array_equal(again.params, t.params)
    with pytest.raises(ValueError, match="28 finite numbers"):
        again.load_state({**t.state(), "params": np.zeros(10)})


def test_the_patch_free_step_equals_the_patch_matrix_step_with_stride_padding_colour(monkeypatch):
    from cnnviz.engine import trainer as trainer_module

    config = LessonConfig(color=True, kernel_size=2, stride=2, padding=1, target="1,0;0,-1", lr=1e-3)
    with_matrix = Trainer(RGB, config)
    monkeypatch.setattr(trainer_module, "PATCH_MATRIX_BYTES", 0)
    without = Trainer(RGB, config)
    assert without._patches is None and with_matrix._patches is not None
    with_matrix.step(20)
    without.step(20)
    np.testing.assert_allclose(without.params, with_matrix.params, rtol=1e-12, atol=1e-14)


def test_parameter_counts_of_the_lecture_s_layers():
    from cnnviz.engine.untied import dense_params_count, shared_params_count, untied_params_count

    assert shared_params_count() == 10 and shared_params_count(3, channels=3) == 28 == LessonConfig(color=True).num_params
    assert untied_params_count(32, 32) == 9_000 and dense_params_count(32, 32) == 922_500
    # stride 2: 15x15 outputs; 'same' 5x5 on RGB: 32x32 outputs of 76 parameters each
    assert untied_params_count(32, 32, stride=2) == 225 * 10
    assert dense_params_count(32, 32, stride=2) == 1024 * 225 + 225
    assert untied_params_count(32, 32, 5, padding=2, channels=3) == 1024 * 76
    assert dense_params_count(32, 32, 5, padding=2, channels=3) == 3 * 1024 * 1024 + 1024


@pytest.mark.parametrize("shape, k, stride, padding, color", [
    ((2, 9, 11), 3, 2, 1, False), ((2, 3, 10, 7), 5, 3, 2, True), ((8, 8), 1, 1, 0, False), ((3, 6, 6), 7, 1, 3, True)])
@pytest.mark.parametrize("band_rows", [1, 5, 1 << 15])  # one output row per band, a few, all at once
def test_patch_gram_is_a_transpose_a_whatever_the_band(monkeypatch, shape, k, stride, padding, color, band_rows):
    from cnnviz.engine import trainer
    from cnnviz.engine.conv import pad, receptive_field
    monkeypatch.setattr(trainer, "ROWS_PER_BAND", band_rows)
    x = np.random.default_rng(len(shape) + k).random(shape)
    xc = pad(x if color else x[..., None, :, :], padding)
    cols = [receptive_field(xc[..., c, :, :], k, r, q, stride).ravel()
            for c in range(xc.shape[-3]) for r in range(k) for q in range(k)]
    a = np.stack(cols + [np.ones_like(cols[0])], axis=1)  # every receptive field as a row, then the bias's 1
    np.testing.assert_allclose(trainer.patch_gram(x, k, stride, padding, color), a.T @ a, rtol=1e-13, atol=1e-12)
