"""cnnviz.images: decoding, sizing, folders, bad input and the bundled samples.

Fixture images are built with Pillow/NumPy at test time; nothing binary is committed here.
"""

from __future__ import annotations

import importlib.util
import json
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view
from PIL import Image, ImageFile

from cnnviz import images
from cnnviz.images import (
    DEFAULT_SAMPLE,
    DEFAULT_SIZE,
    NATIVE_CAP,
    ImageError,
    Sample,
    check_min_size,
    list_image_files,
    list_samples,
    load_folder,
    load_image,
    load_path,
    load_sample,
    parse_size,
)

REPO = Path(__file__).resolve().parents[1]
SOBEL_X = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])


def bt601(r: float, g: float, b: float) -> float:
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


def save(img: Image.Image, path: Path, **kwargs) -> Path:
    img.save(path, **kwargs)
    return path


def patches(img: np.ndarray) -> np.ndarray:
    """(P, 9): every 3x3 patch of ``img`` flattened, raster order (the lesson's 900 x 9)."""
    return sliding_window_view(img, (3, 3)).reshape(-1, 9)


def check_loaded(arr: np.ndarray, shape: tuple[int, ...]) -> None:
    assert arr.shape == shape
    assert arr.dtype == np.float64
    assert arr.flags.c_contiguous
    assert np.isfinite(arr).all()
    assert arr.min() >= 0.0 and arr.max() <= 1.0


# ---- size parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("32", 32), (" 64 ", 64), (3, 3), ("1024", 1024), ("native", None), ("NATIVE", None),
     (None, DEFAULT_SIZE), (np.int64(16), 16)],
)
def test_parse_size_good(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["2", "0", "-5", "1025", "abc", "3.5", "", "²", True, 2.0, 1025])
def test_parse_size_bad(text):
    with pytest.raises(ImageError, match="size"):
        parse_size(text)


@pytest.mark.parametrize("size", [2, 0, 5000, "32", 32.0])
def test_load_image_refuses_bad_size_argument(tmp_path, size):
    path = save(Image.new("L", (8, 8)), tmp_path / "a.png")
    with pytest.raises(ImageError, match="size"):
        load_image(path, size)


# ---- formats and values ---------------------------------------------------------------------


def test_rgb_png_becomes_bt601_gray(tmp_path):
    path = save(Image.new("RGB", (32, 32), (200, 100, 50)), tmp_path / "rgb.png")
    img = load_image(path)
    check_loaded(img, (32, 32))
    np.testing.assert_allclose(img, bt601(200, 100, 50), atol=1e-12)


def test_white_and_black_are_exactly_one_and_zero(tmp_path):
    rgb = np.zeros((32, 32, 3), np.uint8)
    rgb[:, 16:] = 255
    img = load_image(save(Image.fromarray(rgb), tmp_path / "bw.png"))
    assert img[:, :16].max() == 0.0 and img[:, 16:].min() == 1.0


def test_rgba_is_composited_on_white(tmp_path):
    rgba = np.zeros((32, 32, 4), np.uint8)
    rgba[..., :3] = (10, 200, 30)
    rgba[:, :16, 3] = 0  # fully transparent -> white
    rgba[:, 16:, 3] = 255  # opaque -> its own gray
    rgba[0, 16:, 3] = 51  # 20 % opaque
    img = load_image(save(Image.fromarray(rgba), tmp_path / "rgba.png"))
    gray = bt601(10, 200, 30)
    np.testing.assert_allclose(img[:, :16], 1.0)
    np.testing.assert_allclose(img[1:, 16:], gray, atol=1e-12)
    np.testing.assert_allclose(img[0, 16:], 0.2 * gray + 0.8, atol=1e-12)


def test_gray_alpha_is_composited_on_white(tmp_path):
    la = Image.new("LA", (32, 32), (0, 0))
    img = load_image(save(la, tmp_path / "la.png"))
    np.testing.assert_allclose(img, 1.0)


def test_16bit_png_keeps_its_precision(tmp_path):
    values = np.full((32, 32), 1000, np.uint16)
    values[0, 0] = 1001  # one step of 16 bits must survive
    img = load_image(save(Image.fromarray(values), tmp_path / "a16.png"))
    assert img[1, 1] == pytest.approx(1000 / 65535, abs=1e-12)
    assert img[0, 0] == pytest.approx(1001 / 65535, abs=1e-12)
    # 8-bit quantisation would give 4/255, 4e-4 away.
    assert abs(img[1, 1] - 4 / 255) > 1e-4


def test_16bit_precision_survives_resampling(tmp_path):
    values = np.zeros((64, 64), np.uint16)
    values[::2, ::2] = 4000  # each 2x2 block: one pixel of 4000, three of 0 -> mean 1000
    img = load_image(save(Image.fromarray(values), tmp_path / "a16.png"), 32)
    np.testing.assert_allclose(img, 1000 / 65535, atol=1e-12)


def test_16bit_tiff_keeps_its_precision(tmp_path):
    values = (np.arange(32 * 32).reshape(32, 32) * 61 + 7).astype(np.uint16)
    img = load_image(save(Image.fromarray(values), tmp_path / "a16.tif"))
    np.testing.assert_allclose(img, values / 65535, atol=1e-12)


def test_16bit_pgm_keeps_its_precision(tmp_path):
    path = tmp_path / "a16.pgm"
    path.write_bytes(b"P5\n3 3\n65535\n" + np.full(9, 1000, ">u2").tobytes())
    np.testing.assert_allclose(load_image(path, None), 1000 / 65535, atol=1e-12)


def test_32bit_integer_tiff_scales_by_its_bit_depth(tmp_path):
    values = np.full((4, 4), 2**31 - 1, np.int32)
    values[0] = 0
    img = load_image(save(Image.fromarray(values), tmp_path / "i32.tif"), None)
    np.testing.assert_allclose(img[0], 0.0)
    np.testing.assert_allclose(img[1:], (2**31 - 1) / (2**32 - 1), atol=1e-12)


def test_float_tiff_in_unit_range_is_kept(tmp_path):
    values = np.linspace(0, 1, 32 * 32, dtype=np.float32).reshape(32, 32)
    img = load_image(save(Image.fromarray(values), tmp_path / "f.tif"))
    np.testing.assert_allclose(img, values.astype(np.float64), atol=0)


def test_float_tiff_out_of_range_is_stretched(tmp_path):
    values = np.array([[-2.0, 0.0, 6.0]] * 3, dtype=np.float32)
    img = load_image(save(Image.fromarray(values), tmp_path / "f.tif"), None)
    np.testing.assert_allclose(img[0], [0.0, 0.25, 1.0])


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_float_tiff_with_non_finite_values_is_refused(tmp_path, bad):
    values = np.full((8, 8), 0.5, np.float32)
    values[3, 4] = bad
    path = save(Image.fromarray(values), tmp_path / "f.tif")
    with pytest.raises(ImageError, match="NaN or infinite") as info:
        load_image(path)
    assert "f.tif" in str(info.value)


def test_palette_png(tmp_path):
    pal = Image.new("P", (32, 32), 1)
    pal.putpalette([0, 0, 0, 255, 0, 0, 0, 0, 255])
    pal.paste(2, (0, 0, 16, 32))
    img = load_image(save(pal, tmp_path / "p.png"))
    np.testing.assert_allclose(img[:, :16], bt601(0, 0, 255), atol=1e-12)
    np.testing.assert_allclose(img[:, 16:], bt601(255, 0, 0), atol=1e-12)


def test_palette_transparency_becomes_white(tmp_path):
    pal = Image.new("P", (32, 32), 0)
    pal.putpalette([0, 0, 0, 40, 40, 40])
    pal.paste(1, (0, 0, 16, 32))
    img = load_image(save(pal, tmp_path / "pt.png", transparency=0))
    np.testing.assert_allclose(img[:, 16:], 1.0)
    np.testing.assert_allclose(img[:, :16], 40 / 255, atol=1e-12)


def test_gif_loads_its_first_frame(tmp_path):
    frames = [Image.new("L", (32, 32), v) for v in (60, 200, 120)]
    path = save(frames[0], tmp_path / "anim.gif", save_all=True, append_images=frames[1:])
    with Image.open(path) as im:
        assert im.n_frames == 3
    np.testing.assert_allclose(load_image(path), 60 / 255, atol=1e-12)


def test_pgm_and_ppm(tmp_path):
    values = (np.arange(64).reshape(8, 8) * 4).astype(np.uint8)
    pgm = save(Image.fromarray(values), tmp_path / "a.pgm")
    np.testing.assert_allclose(load_image(pgm, None), values / 255, atol=1e-12)
    ppm = save(Image.new("RGB", (8, 8), (1, 2, 3)), tmp_path / "a.ppm")
    np.testing.assert_allclose(load_image(ppm, None), bt601(1, 2, 3), atol=1e-12)


def test_ascii_pgm_with_small_maxval(tmp_path):
    path = tmp_path / "small.pgm"
    path.write_text("P2\n3 3\n15\n0 15 0\n15 0 15\n0 15 0\n")
    img = load_image(path, None)
    np.testing.assert_allclose(img, [[0, 1, 0], [1, 0, 1], [0, 1, 0]])


def test_bmp_and_bilevel(tmp_path):
    bmp = save(Image.new("RGB", (32, 32), (90, 30, 250)), tmp_path / "a.bmp")
    np.testing.assert_allclose(load_image(bmp), bt601(90, 30, 250), atol=1e-12)
    one = Image.new("1", (32, 32), 0)
    one.paste(1, (0, 0, 32, 16))
    img = load_image(save(one, tmp_path / "one.png"))
    np.testing.assert_allclose(img[:16], 1.0)
    np.testing.assert_allclose(img[16:], 0.0)


def test_jpeg_gray_and_colour(tmp_path):
    gray = save(Image.new("L", (32, 32), 77), tmp_path / "g.jpg", quality=95)
    np.testing.assert_allclose(load_image(gray), 77 / 255, atol=1.5 / 255)  # JPEG is lossy
    rgb = save(Image.new("RGB", (32, 32), (200, 100, 50)), tmp_path / "c.jpeg", quality=95)
    np.testing.assert_allclose(load_image(rgb), bt601(200, 100, 50), atol=2 / 255)
    cmyk = save(Image.new("CMYK", (32, 32), (0, 0, 0, 0)), tmp_path / "k.jpg")
    np.testing.assert_allclose(load_image(cmyk), 1.0, atol=2 / 255)


@pytest.mark.parametrize("name", ["phone.jpg", "phone.png", "phone.tif"])
def test_exif_orientation_is_applied(tmp_path, name):
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to display"
    path = save(Image.new("L", (40, 20), 128), tmp_path / name, exif=exif)
    assert load_image(path, None).shape == (40, 20)
    assert load_image(save(Image.new("L", (40, 20), 128), tmp_path / f"plain{Path(name).suffix}"), None).shape == (20, 40)


def test_format_comes_from_content_not_extension(tmp_path):
    path = save(Image.new("L", (8, 8), 255), tmp_path / "really_a_png.jpg", format="PNG")
    np.testing.assert_allclose(load_image(path, None), 1.0)


# ---- cropping and resampling ----------------------------------------------------------------


def test_block_mean_64_to_32_is_exact(tmp_path):
    rng = np.random.default_rng(1)
    values = rng.integers(0, 256, (64, 64)).astype(np.uint8)
    img = load_image(save(Image.fromarray(values), tmp_path / "a.png"), 32)
    expected = values.reshape(32, 2, 32, 2).mean(axis=(1, 3)) / 255  # by hand: 2x2 means
    np.testing.assert_allclose(img, expected, atol=1e-12)


def test_rectangular_image_crops_its_centre_square(tmp_path):
    values = np.zeros((40, 64), np.uint8)  # 40 rows, 64 columns: centre square = cols 12..51
    values[:, 12:52] = 255
    values[:, 12] = 100  # the crop's first and last columns, hand-placed
    values[:, 51] = 50
    img = load_image(save(Image.fromarray(values), tmp_path / "wide.png"), 40)
    np.testing.assert_allclose(img[:, 0], 100 / 255)
    np.testing.assert_allclose(img[:, -1], 50 / 255)
    np.testing.assert_allclose(img[:, 1:-1], 1.0)
    # Tall, too: the same picture transposed.
    tall = load_image(save(Image.fromarray(values.T.copy()), tmp_path / "tall.png"), 40)
    np.testing.assert_allclose(tall, img.T)


def test_crop_then_resample_40x64_to_32(tmp_path):
    values = np.zeros((40, 64), np.uint8)
    values[:, 12:52] = 200
    img = load_image(save(Image.fromarray(values), tmp_path / "wide.png"))
    np.testing.assert_allclose(img, 200 / 255, atol=1e-12)  # nothing outside the square leaks in


def test_non_integer_ratio_is_an_exact_area_mean(tmp_path):
    rng = np.random.default_rng(2)
    values = rng.integers(0, 256, (50, 50)).astype(np.uint8)
    img = load_image(save(Image.fromarray(values), tmp_path / "a.png"), 32)
    # Reference: split every pixel into 32x32 subpixels; an output pixel is then 50x50 of them.
    fine = np.kron(values / 255, np.ones((32, 32)))
    np.testing.assert_allclose(img, fine.reshape(32, 50, 32, 50).mean(axis=(1, 3)), atol=1e-12)


def test_area_taps_by_hand():
    # 3 input pixels into 2 outputs: borders at 0, 1.5, 3.
    index, weight = images._area_taps(3, 2)
    dense = np.zeros((2, 3))
    np.add.at(dense, (np.arange(2)[:, None], index), weight)
    np.testing.assert_allclose(dense, [[2 / 3, 1 / 3, 0], [0, 1 / 3, 2 / 3]])


def test_resampling_agrees_with_a_dense_overlap_matrix():
    rng = np.random.default_rng(8)
    for n_in, n_out in [(50, 32), (32, 50), (7, 3), (3, 7), (64, 32), (1000, 17), (5, 5)]:
        signal = rng.random((n_in, 2))
        edges = np.arange(n_out + 1) * n_in / n_out
        j = np.arange(n_in)
        overlap = np.clip(
            np.minimum(edges[1:, None], j + 1) - np.maximum(edges[:-1, None], j), 0, None
        )
        expected = overlap / overlap.sum(axis=1, keepdims=True) @ signal
        np.testing.assert_allclose(images._resample_rows(signal, n_out), expected, atol=1e-12)


def test_small_image_is_enlarged_in_blocks(tmp_path):
    values = np.array([[0, 255, 0, 255]] * 4, np.uint8)
    img = load_image(save(Image.fromarray(values), tmp_path / "a.png"), 8)
    np.testing.assert_allclose(img, np.kron(values / 255, np.ones((2, 2))))


def test_native_size_is_kept(tmp_path):
    rng = np.random.default_rng(3)
    values = rng.integers(0, 256, (37, 53)).astype(np.uint8)
    img = load_image(save(Image.fromarray(values), tmp_path / "a.png"), None)
    check_loaded(img, (37, 53))
    np.testing.assert_allclose(img, values / 255, atol=1e-12)


def test_native_larger_than_cap_is_downscaled_keeping_aspect(tmp_path):
    values = np.zeros((1024, 2048), np.uint8)
    values[:, 1024:] = 255
    img = load_image(save(Image.fromarray(values), tmp_path / "big.png"), None)
    check_loaded(img, (512, NATIVE_CAP))
    np.testing.assert_allclose(img[:, :512], 0.0)
    np.testing.assert_allclose(img[:, 512:], 1.0)


def test_tiny_image_is_refused(tmp_path):
    path = save(Image.new("L", (2, 2)), tmp_path / "tiny.png")
    for size in (None, 32):
        with pytest.raises(ImageError) as info:
            load_image(path, size)
        assert str(info.value) == (
            f"{path}: image is 2x2 pixels; it must be at least 3x3 for a 3x3 filter"
        )


def test_thin_native_image_that_shrinks_below_3_is_refused(tmp_path):
    path = save(Image.new("L", (60000, 12)), tmp_path / "thin.png")
    start = time.perf_counter()
    with pytest.raises(ImageError, match="60000x12 pixels; fitted within 1024x1024 it would be"):
        load_image(path, None)
    check_loaded(load_image(path, 8), (8, 8))  # a sized load takes its centre square
    assert time.perf_counter() - start < 1.0


def test_check_min_size():
    check_min_size(np.zeros((3, 3)))
    check_min_size(np.zeros((2, 5, 5)), k=5)
    with pytest.raises(ImageError, match="image is 4x2 pixels; it must be at least 3x3"):
        check_min_size(np.zeros((2, 4)))
    with pytest.raises(ImageError, match="at least 5x5 for a 5x5 filter"):
        check_min_size(np.zeros((7, 4, 4)), k=5)


# ---- folders --------------------------------------------------------------------------------


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    save(Image.new("L", (64, 64), 20), folder / "b.png")
    save(Image.new("L", (40, 40), 10), folder / "a.png")
    save(Image.new("L", (32, 48), 30), folder / "c.bmp")
    save(Image.new("L", (32, 32), 99), folder / ".hidden.png")  # ignored: hidden
    (folder / "notes.txt").write_text("not an image")  # ignored: extension
    (folder / "sub.png").mkdir()  # ignored: a folder
    return folder


def test_folder_is_a_sorted_batch(tmp_path):
    folder = make_folder(tmp_path)
    assert [p.name for p in list_image_files(folder)] == ["a.png", "b.png", "c.bmp"]
    batch = load_folder(folder)
    check_loaded(batch, (3, 32, 32))
    np.testing.assert_allclose(batch[:, 0, 0], np.array([10, 20, 30]) / 255)
    np.testing.assert_array_equal(load_path(folder, 16).shape, (3, 16, 16))


def test_folder_native_with_different_shapes_is_refused(tmp_path):
    folder = make_folder(tmp_path)
    with pytest.raises(ImageError, match="differ in size.*choose a size such as 32") as info:
        load_folder(folder, None)
    assert "a.png is 40x40" in str(info.value) and "b.png is 64x64" in str(info.value)


def test_folder_native_with_same_shapes(tmp_path):
    for name in ("x.png", "y.tif"):
        save(Image.new("L", (7, 5), 255), tmp_path / name)
    check_loaded(load_path(tmp_path, None), (2, 5, 7))


def test_folder_without_images_is_refused(tmp_path):
    (tmp_path / "readme.txt").write_text("hello")
    with pytest.raises(ImageError, match="has no images"):
        load_folder(tmp_path)


def test_folder_with_a_broken_image_names_it(tmp_path):
    save(Image.new("L", (8, 8)), tmp_path / "good.png")
    (tmp_path / "bad.png").write_bytes(b"nope")
    with pytest.raises(ImageError, match="bad.png"):
        load_folder(tmp_path)


def test_folder_with_too_many_images_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(images, "MAX_BATCH", 2)
    for name in "abc":
        save(Image.new("L", (8, 8)), tmp_path / f"{name}.png")
    with pytest.raises(ImageError, match="3 images; a batch can hold at most 2"):
        load_folder(tmp_path)


def test_load_path_dispatches(tmp_path):
    path = save(Image.new("L", (8, 8)), tmp_path / "a.png")
    assert load_path(path).shape == (32, 32)
    assert load_path(str(path), None).shape == (8, 8)


# ---- bad input ------------------------------------------------------------------------------


def png_bytes(img: Image.Image) -> bytes:
    import io

    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int, height: int) -> bytes:
    """A tiny, valid-looking PNG whose IHDR claims width x height 8-bit gray pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


BAD_FILES = {
    "empty.png": (b"", "the file is empty"),
    "random.png": (np.random.default_rng(4).bytes(3000), "not a supported image"),
    "text.png": (b"hello, I am not a picture\n" * 20, "not a supported image"),
    "truncated.png": (None, "damaged or truncated"),  # built in the test
    "webp.webp": (None, "not a supported image"),  # a real image, in a format we don't take
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_raise_one_clear_line(tmp_path, name):
    data, message = BAD_FILES[name]
    path = tmp_path / name
    if name == "truncated.png":
        noisy = np.random.default_rng(5).integers(0, 256, (64, 64), np.uint8)
        full = png_bytes(Image.fromarray(noisy))
        data = full[: len(full) // 2]
    if name == "webp.webp":
        try:
            Image.new("L", (8, 8)).save(path)
        except (OSError, KeyError):
            pytest.skip("this Pillow cannot write WebP")
    else:
        path.write_bytes(data)
    with pytest.raises(ImageError) as info:
        load_image(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_missing_paths(tmp_path):
    missing = tmp_path / "nope.png"
    for load in (load_image, load_path):
        with pytest.raises(ImageError, match=f"{missing}: no such file"):
            load(missing)
    with pytest.raises(ImageError, match="no such file"):
        load_image(tmp_path / "nope" / "a.png")
    with pytest.raises(ImageError, match="no such folder"):
        load_folder(tmp_path / "nope")
    with pytest.raises(ImageError, match="is a folder"):
        load_image(tmp_path)
    path = save(Image.new("L", (8, 8)), tmp_path / "a.png")
    with pytest.raises(ImageError, match="is a file, not a folder"):
        load_folder(path)


def test_pipe_is_refused_without_blocking(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(ImageError, match="not a regular file"):
        load_image(fifo)


def test_header_bomb_is_refused_before_decoding(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_png(60000, 60000))
    assert path.stat().st_size < 200
    start = time.perf_counter()
    with pytest.raises(ImageError, match="too large|more than the limit") as info:
        load_image(path)
    assert time.perf_counter() - start < 1.0
    assert "bomb.png" in str(info.value)


def test_image_over_our_pixel_cap_is_refused_before_decoding(tmp_path):
    # 8000 x 8000 = 64 M pixels: under Pillow's own limit, over ours.
    path = tmp_path / "big.png"
    path.write_bytes(bomb_png(8000, 8000))
    start = time.perf_counter()
    with pytest.raises(ImageError, match="8000x8000 pixels, more than the limit"):
        load_image(path)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("pixels", [150, 300])  # Pillow warns over the limit, errors over 2x
def test_pillow_decompression_bomb_warning_and_error_become_image_error(
    tmp_path, monkeypatch, pixels
):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    path = save(Image.new("L", (pixels, 1)), tmp_path / "a.png")
    with pytest.raises(ImageError, match="too large to decode safely"):
        load_image(path)


# ---- fuzz: mutated files either load or raise ImageError ------------------------------------


def fuzz_seeds() -> dict[str, bytes]:
    import io

    rng = np.random.default_rng(6)
    rgb = Image.fromarray(rng.integers(0, 256, (12, 12, 3), np.uint8))
    seeds = {}
    for fmt, ext, img in [
        ("PNG", "png", rgb),
        ("JPEG", "jpg", rgb),
        ("GIF", "gif", rgb.convert("P")),
        ("BMP", "bmp", rgb),
        ("TIFF", "tif", rgb),
        ("TIFF", "tiff", Image.fromarray(rng.integers(0, 65536, (12, 12)).astype(np.uint16))),
        ("PPM", "pgm", rgb.convert("L")),
    ]:
        buf = io.BytesIO()
        img.save(buf, format=fmt)
        seeds[ext] = buf.getvalue()
    return seeds


def mutate(data: bytes, rng: np.random.Generator) -> bytes:
    buf = bytearray(data)
    kind = rng.integers(4)
    if kind == 0:  # flip a few bytes
        for _ in range(rng.integers(1, 5)):
            buf[rng.integers(len(buf))] = rng.integers(256)
    elif kind == 1:  # truncate
        del buf[rng.integers(1, len(buf)) :]
    elif kind == 2:  # insert junk
        at = rng.integers(len(buf))
        buf[at:at] = rng.bytes(int(rng.integers(1, 16)))
    else:  # overwrite a header byte with an extreme value
        buf[rng.integers(min(len(buf), 64))] = int(rng.choice([0, 1, 127, 128, 255]))
    return bytes(buf)


def test_fuzzed_files_load_or_raise_image_error(tmp_path):
    rng = np.random.default_rng(7)
    seeds = fuzz_seeds()
    outcomes = {"loaded": 0, "refused": 0}
    for case in range(700):
        ext = list(seeds)[case % len(seeds)]
        path = tmp_path / f"case{case}.{ext}"
        path.write_bytes(mutate(seeds[ext], rng))
        size = [None, 8][case % 2]
        try:
            img = load_image(path, size)
        except ImageError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
            outcomes["refused"] += 1
        else:
            assert img.dtype == np.float64 and img.ndim == 2
            assert img.shape == (8, 8) if size else min(img.shape) >= 3
            assert np.isfinite(img).all() and img.min() >= 0.0 and img.max() <= 1.0
            outcomes["loaded"] += 1
        path.unlink()
    assert outcomes["loaded"] > 50 and outcomes["refused"] > 50  # both paths were exercised


# ---- bundled samples ------------------------------------------------------------------------


def test_samples_are_listed_and_load():
    samples = list_samples()
    assert len(samples) >= 8
    names = [s.name for s in samples]
    assert len(set(names)) == len(names)
    assert DEFAULT_SAMPLE in names
    for sample in samples:
        assert isinstance(sample, Sample)
        assert sample.name == sample.name.lower() and " " not in sample.name
        assert sample.description.strip() and "\n" not in sample.description
        with Image.open(sample.path) as im:
            # gray, except the colour lesson's sample
            assert im.mode == ("RGB" if sample.name == "colour-shapes" else "L") and im.size in [(64, 64), (128, 128)]
        check_loaded(load_sample(sample.name), (32, 32))


def test_unknown_sample_lists_the_valid_names():
    with pytest.raises(ImageError, match="unknown sample 'nope'; choose one of: .*shapes"):
        load_sample("nope")


def test_default_sample_patches_span_all_nine_dimensions():
    img = load_sample(DEFAULT_SAMPLE)
    p = patches(img)
    assert p.shape == (900, 9)
    assert np.linalg.matrix_rank(p) == 9
    assert np.linalg.cond(p) < 1e3
    with_bias = np.hstack([p, np.ones((900, 1))])
    assert np.linalg.cond(with_bias) < 1e3


def test_sobel_x_is_recoverable_from_the_default_sample():
    img = load_sample(DEFAULT_SAMPLE)
    p = patches(img)
    # The target map: valid cross-correlation with Sobel-x, written as shifted sums.
    target = sum(SOBEL_X[r, c] * img[r : r + 30, c : c + 30] for r in range(3) for c in range(3))
    target = target.ravel()  # raster order, like the rows of p
    learned, *_ = np.linalg.lstsq(p, target, rcond=None)
    np.testing.assert_allclose(learned.reshape(3, 3), SOBEL_X, atol=1e-9)
    with_bias = np.hstack([p, np.ones((900, 1))])
    learned, *_ = np.linalg.lstsq(with_bias, target + 0.25, rcond=None)
    np.testing.assert_allclose(learned, [*SOBEL_X.ravel(), 0.25], atol=1e-9)


def test_sample_generator_reproduces_the_shipped_samples(tmp_path):
    script = REPO / "examples" / "make_samples.py"
    spec = importlib.util.spec_from_file_location("make_samples", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    manifest = module.main(tmp_path)
    shipped = REPO / "resources" / "samples"
    assert manifest == json.loads((shipped / "samples.json").read_text(encoding="utf-8"))
    for entry in manifest:
        with Image.open(tmp_path / entry["file"]) as fresh:
            with Image.open(shipped / entry["file"]) as kept:
                diff = np.abs(np.asarray(fresh, dtype=int) - np.asarray(kept, dtype=int))
        assert diff.max() <= 1  # last-bit float differences across machines


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_turns_the_photo_as_pillow_does(tmp_path, orientation):
    from PIL import ImageOps

    exif = Image.Exif()
    exif[0x0112] = orientation
    pixels = (np.arange(6 * 4).reshape(4, 6) * 10).astype(np.uint8)  # no two pixels alike
    path = save(Image.fromarray(pixels, "L"), tmp_path / "turned.png", exif=exif)
    with Image.open(path) as im:
        upright = np.asarray(ImageOps.exif_transpose(im), dtype=float) / 255
    np.testing.assert_allclose(load_image(path, None), upright)
