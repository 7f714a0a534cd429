"""Images: memory budgets said up front, content over extension, signed TIFFs, quiet libtiff,
symlink loops and escaped names in one-line messages."""

import os

import numpy as np
import pytest
from PIL import Image

from cnnviz import images
from cnnviz.cli import main
from cnnviz.images import ImageError, load_image, load_path


def test_a_jpeg_named_png_loads_by_content(tmp_path):
    rng = np.random.default_rng(1)
    picture = Image.fromarray((rng.random((40, 40)) * 255).astype(np.uint8))
    picture.save(tmp_path / "photo.jpg", quality=90)
    (tmp_path / "photo.png").write_bytes((tmp_path / "photo.jpg").read_bytes())
    np.testing.assert_array_equal(load_image(tmp_path / "photo.png"), load_image(tmp_path / "photo.jpg"))


def test_signed_32_bit_tiff_maps_its_value_range(tmp_path):
    values = (np.arange(16 * 16).reshape(16, 16) * 1000 - 100_000).astype(np.int32)
    Image.fromarray(values, "I").save(tmp_path / "s.tif")
    x = load_image(tmp_path / "s.tif", size=None)
    expected = (values - values.min()) / (values.max() - values.min())
    np.testing.assert_allclose(x, expected, atol=1e-12)
    assert (x > 0).sum() == x.size - 1  # the negatives are not clipped to black


def test_libtiff_chatter_is_not_shown(tmp_path, capfd):
    rng = np.random.default_rng(0)
    path = tmp_path / "lzw.tif"
    Image.fromarray((rng.random((256, 256)) * 255).astype(np.uint8)).save(path, compression="tiff_lzw")
    data = bytearray(path.read_bytes())
    data[200:3000] = b"\xff" * 2800  # damage the compressed strip: libtiff complains on stderr
    path.write_bytes(bytes(data))
    with pytest.raises(ImageError) as info:
        load_image(path)
    assert str(info.value).startswith(f"{path}: damaged or truncated image")
    assert capfd.readouterr().err == ""


def _solid_pngs(folder, n, side):
    folder.mkdir()
    for i in range(n):
        Image.new("L", (side, side), 10 * i).save(folder / f"{i:03}.png")


def test_a_folder_too_big_for_memory_is_refused_from_the_headers(tmp_path, monkeypatch):
    folder = tmp_path / "batch"
    _solid_pngs(folder, 9, 1024)  # native: 9 x 1024 x 1024 x 8 bytes = 72 MiB > 64 MiB
    decoded = []
    monkeypatch.setattr(images, "_decode", lambda path, size: decoded.append(path))
    with pytest.raises(ImageError) as info:
        load_path(folder, size=None)
    message = str(info.value)
    assert message == (f"{folder}: 9 images of up to 1024x1024 need 72 MiB, more than the limit of 64 MiB "
                       "of pixels; use --size 965 or smaller")
    assert decoded == []  # refused before decoding anything
    monkeypatch.undo()
    assert load_path(folder, size=965).shape == (9, 965, 965)


def test_the_largest_allowed_native_folder_loads(tmp_path):
    folder = tmp_path / "batch"
    _solid_pngs(folder, 8, 1024)  # exactly 64 MiB
    x = load_path(folder, size=None)
    assert x.shape == (8, 1024, 1024) and x[3, 0, 0] == 30 / 255


def test_big_jpeg_decoded_at_reduced_scale_matches_the_full_decode(tmp_path):
    yy, xx = np.mgrid[0:2048, 0:2048]
    smooth = (127 + 100 * np.sin(xx / 150) * np.cos(yy / 200)).astype(np.uint8)
    Image.fromarray(smooth).save(tmp_path / "big.jpg", quality=95)
    drafted = load_image(tmp_path / "big.jpg", size=64)
    with Image.open(tmp_path / "big.jpg") as im:
        full = images.resample_area(np.asarray(im, dtype=np.float64) / 255, 64, 64)
    np.testing.assert_allclose(drafted, full, atol=2 / 255)


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlink_loops_are_named(tmp_path, capsys):
    loop = tmp_path / "loop.png"
    loop.symlink_to(loop)
    with pytest.raises(ImageError, match="symlink loop"):
        load_image(loop)
    with pytest.raises(ImageError, match="symlink loop"):
        load_path(loop)
    folder = tmp_path / "f"
    folder.mkdir()
    Image.new("L", (8, 8)).save(folder / "a.png")
    (folder / "b.png").symlink_to(folder / "b.png")
    with pytest.raises(ImageError) as info:
        load_path(folder)
    assert str(info.value) == f"{folder / 'b.png'}: symlink loop"
    assert main(["train", str(loop)]) == 2
    err = capsys.readouterr().err
    assert "symlink loop" in err and err.count("\n") == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_a_folder_with_one_unreadable_image_names_it(tmp_path):
    folder = tmp_path / "f"
    _solid_pngs(folder, 3, 8)
    os.chmod(folder / "001.png", 0)
    with pytest.raises(ImageError) as info:
        load_path(folder)
    assert str(info.value).startswith(f"{folder / '001.png'}: cannot read file")


def test_paths_in_image_messages_are_escaped(tmp_path, capsys):
    bad = tmp_path / "a\x1b[31m\nb.png"
    bad.write_bytes(b"not an image")
    assert main(["train", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 1 and "a\\x1b[31m\\nb.png: not a supported image" in err
