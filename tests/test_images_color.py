"""Colour images for the colour lesson: R, G and B kept, each channel treated as gray is."""

import numpy as np
import pytest
from PIL import Image

from cnnviz import images
from cnnviz.engine import NAMED_KERNELS, forward, patch_matrix
from cnnviz.engine.kernels import LUMA_WEIGHTS, color_kernel


def test_rgb_file_keeps_its_channels_and_their_luminance_is_the_gray_image(tmp_path):
    rgb = np.random.default_rng(0).integers(0, 256, (40, 64, 3), dtype=np.uint8)
    Image.fromarray(rgb).save(tmp_path / "c.png")
    colour = images.load_image(tmp_path / "c.png", size=None, color=True)
    assert colour.shape == (3, 40, 64)
    np.testing.assert_array_equal(colour, np.moveaxis(rgb, -1, 0) / 255.0)
    gray = images.load_image(tmp_path / "c.png", size=None)
    np.testing.assert_allclose(np.tensordot(LUMA_WEIGHTS, colour, axes=1), gray, atol=1e-12)
    # resampled: each channel exactly as a gray image of that channel would be
    small = images.load_image(tmp_path / "c.png", size=16, color=True)
    Image.fromarray(rgb[..., 1]).save(tmp_path / "g.png")
    np.testing.assert_allclose(small[1], images.load_image(tmp_path / "g.png", size=16), atol=1e-12)


def test_alpha_on_white_and_gray_files_give_three_equal_channels(tmp_path):
    rgba = np.zeros((4, 4, 4), dtype=np.uint8)
    rgba[..., 0] = 255  # red, half transparent: composited on white
    rgba[..., 3] = 102
    Image.fromarray(rgba, "RGBA").save(tmp_path / "a.png")
    c = images.load_image(tmp_path / "a.png", size=None, color=True)
    np.testing.assert_allclose(c[:, 0, 0], [1.0, 1 - 0.4, 1 - 0.4])
    Image.fromarray(np.arange(16, dtype=np.uint8).reshape(4, 4) * 10).save(tmp_path / "l.png")
    c = images.load_image(tmp_path / "l.png", size=None, color=True)
    np.testing.assert_array_equal(c[0], c[2])
    np.testing.assert_array_equal(c[1], images.load_image(tmp_path / "l.png", size=None))


def test_folder_and_sample_in_colour(tmp_path):
    for i in range(2):
        Image.fromarray(np.full((8, 8, 3), 40 * i, dtype=np.uint8)).save(tmp_path / f"{i}.png")
    assert images.load_path(tmp_path, size=8, color=True).shape == (2, 3, 8, 8)
    x = images.load_sample("colour-shapes", color=True)
    assert x.shape == (3, 32, 32)
    # the channels vary independently enough to pin down 27 weights + 1 bias: every 3x3x3 patch
    # with a 1 for the bias spans all 28 dimensions, well conditioned, and least squares finds
    # the colour target (Sobel-x on the luminance) from the target map alone
    a = np.hstack([patch_matrix(x, (3, 3, 3)), np.ones((900, 1))])
    assert np.linalg.cond(a) < 1e3
    target_kernel = color_kernel(NAMED_KERNELS["sobel-x"])
    learned, *_ = np.linalg.lstsq(a, forward(x, target_kernel, 0.25).ravel(), rcond=None)
    np.testing.assert_allclose(learned, [*target_kernel.ravel(), 0.25], atol=1e-9)


def test_colour_batch_budget_counts_three_channels(tmp_path, monkeypatch):
    Image.fromarray(np.zeros((20, 20, 3), dtype=np.uint8)).save(tmp_path / "a.png")
    monkeypatch.setattr(images, "MAX_BATCH_BYTES", 20 * 20 * 8 * 2)
    assert images.load_folder(tmp_path, size=None).shape == (1, 20, 20)
    with pytest.raises(images.ImageError, match="more than the limit"):
        images.load_folder(tmp_path, size=None, color=True)
