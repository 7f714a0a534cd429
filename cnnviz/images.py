"""Image files, folders and bundled samples -> float64 arrays in [0, 1].

NumPy and Pillow only (never Qt), so ``cnnviz train`` and ``cnnviz samples`` stay light.

What a loaded image is
----------------------
* Formats: PNG, JPEG, BMP, GIF (first frame), TIFF (first page) and PGM/PPM/PBM. The file's
  content decides the format, not its extension (folders only pick files by extension).
* Gray: colour becomes luminance with the ITU-R BT.601 weights 0.299 R + 0.587 G + 0.114 B,
  computed in float64 (not Pillow's 8-bit ``convert("L")``).
* Colour (``color=True``, the colour lesson): the R, G and B channels are kept, as a
  (3, H, W) array (a folder: (N, 3, H, W)); a gray image gives three equal channels. Every
  other rule below (alpha, precision, size) applies to each channel alike.
* Alpha (RGBA, LA, palette transparency) is composited on white: a transparent pixel is 1.0.
* Precision: 8-bit images (and 16-bit colour PNGs, which Pillow reads as 8 bits per channel)
  are divided by 255; 16-bit images (Pillow modes ``I;16*``, and mode
  ``I`` from PGM/PPM) by 65535, so 16-bit values are never quantised to 8 bits; TIFF mode ``I``
  by ``2**BitsPerSample - 1``. Float (mode ``F``) images must be finite; they are kept as they
  are when they lie in [0, 1], otherwise rescaled linearly so their minimum is 0 and maximum 1.
* JPEG/TIFF EXIF orientation is applied, so phone photos are the right way up.

Size
----
* ``size=S`` (default 32, as in the lesson): crop the centre square (when a side has an odd
  margin, the extra row/column is dropped at the bottom/right), then area-resample to S x S:
  each output pixel is the overlap-weighted mean of the input pixels under it, computed in
  float64 so 16-bit precision survives. For whole-number ratios (64 -> 32) that is the plain
  block mean, the same as Pillow's ``Resampling.BOX``; for other ratios edge pixels count by
  their exact overlap (like OpenCV's INTER_AREA), where Pillow counts whole pixels.
* ``size=None`` ("native"): keep the original shape (H, W). Images larger than
  ``NATIVE_CAP`` x ``NATIVE_CAP`` are area-downscaled to fit within it, keeping the aspect ratio.
* Sources smaller than 3 x 3 are refused either way: there is nothing for a 3x3 filter to see.

Errors
------
Every problem with the input raises :class:`ImageError` (a ``ValueError``) whose ``str`` is one
line starting with the file or folder name, fit to print as ``cnnviz: <message>``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import stat
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.paths import resource_dir
from cnnviz.safe_write import shown_path

EXIF_ORIENTATION = 0x0112  # the EXIF tag a camera sets when the photo was taken rotated
# What turns each EXIF orientation upright (as PIL's ImageOps.exif_transpose does).
UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
           5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
           8: Image.Transpose.ROTATE_90}

DEFAULT_SIZE = 32
NATIVE_CAP = 1024  # native images larger than this (either side) are downscaled to fit
MAX_PIXELS = 50_000_000  # header check before decoding: refuses decompression bombs
MAX_BATCH = 256  # images in one folder batch; more would make training crawl anyway
# The pixels of one batch as float64: the most a lesson file holds (lesson_file.MAX_IMAGE_BYTES),
# so every batch that loads can be saved; training then stays well under 2 GiB.
MAX_BATCH_BYTES = 64 * 2**20
DEFAULT_SAMPLE = "shapes"
DEFAULT_COLOR_SAMPLE = "colour-shapes"  # the colour lesson's default: its channels vary independently

# Pillow format ids we accept. Passing them to Image.open also keeps Pillow's other, less
# exercised decoders (and their bugs) away from files a user drops on the app.
PILLOW_FORMATS = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "PPM")
IMAGE_EXTENSIONS = (
    ".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".pgm", ".ppm", ".pbm", ".pnm",
)
FORMATS_TEXT = "PNG, JPEG, BMP, GIF, TIFF, PGM/PPM"

BT601_PER_MILLE = np.array([299.0, 587.0, 114.0])  # luminance weights 0.299, 0.587, 0.114


class ImageError(ValueError):
    """A file, folder, sample or size cnnviz cannot use. ``str(e)`` is one printable line."""


@dataclass(frozen=True)
class Sample:
    """A bundled teaching image: ``name`` as typed on the command line, a one-line description."""

    name: str
    description: str
    path: Path


# --------------------------------------------------------------------------------------------
# Size


def parse_size(text: str | int | None) -> int | None:
    """``"32"`` or ``32`` -> 32; ``"native"`` -> None; None (size not given) -> DEFAULT_SIZE.

    A size is a whole number from 3 (the filter must fit) to NATIVE_CAP; anything else raises
    ImageError.
    """
    if text is None:
        return DEFAULT_SIZE
    if isinstance(text, (int, np.integer)) and not isinstance(text, bool):
        value = int(text)
    elif isinstance(text, str):
        word = text.strip().lower()
        if word == "native":
            return None
        if not (word.isascii() and word.isdigit()):
            raise ImageError(translate("Images", 'size must be a whole number or "native", got {text}').format(text=repr(text)))
        value = int(word)
    else:
        raise ImageError(translate("Images", 'size must be a whole number or "native", got {text}').format(text=repr(text)))
    if not 3 <= value <= NATIVE_CAP:
        raise ImageError(translate("Images", "size must be from 3 to {max} pixels, got {value}").format(max=NATIVE_CAP, value=value))
    return value


def _check_size_arg(size: int | None) -> None:
    """Refuse a bad ``size`` argument early (None means native)."""
    if size is not None and parse_size(size) != size:
        raise ImageError(translate("Images", "size must be from 3 to {max} pixels, got {value}").format(
            max=NATIVE_CAP, value=repr(size)))


def check_min_size(img: np.ndarray, k: int = 3, name: str | os.PathLike | None = None) -> None:
    """Raise ImageError if ``img`` ((H, W) or (N, H, W)) is smaller than a k x k filter."""
    h, w = img.shape[-2:]
    if h < k or w < k:
        if name is None:
            message = translate("Images", "image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} filter")
        else:
            message = translate("Images", "{path}: image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} "
                                          "filter")
        raise ImageError(message.format(path=shown_path(name) if name is not None else "", w=w, h=h, k=k))


def _area_taps(n_in: int, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    """Which input pixels each output pixel covers, and how much: (index, weight), (n_out, T).

    Output pixel i spans [i, i+1) * n_in / n_out in input pixels; an input pixel's weight is
    its overlap with that span, normalised so each row sums to 1 (area average, any ratio,
    shrinking or enlarging). T = ceil(n_in / n_out) + 1 taps always suffice; spare taps get
    weight 0. Sparse on purpose: a dense (n_out, n_in) matrix would not fit for huge inputs.
    """
    edges = np.arange(n_out + 1) * n_in / n_out  # exact for whole-number ratios
    lo, hi = edges[:-1, None], edges[1:, None]
    index = np.floor(lo).astype(np.int64) + np.arange(-(-n_in // n_out) + 1)
    overlap = np.clip(np.minimum(hi, index + 1) - np.maximum(lo, index), 0.0, None)
    return np.minimum(index, n_in - 1), overlap / overlap.sum(axis=1, keepdims=True)


def _resample_rows(img: np.ndarray, n_out: int) -> np.ndarray:
    """Area-resample axis 0 of ``img`` (H, W) to (n_out, W), one tap at a time."""
    index, weight = _area_taps(img.shape[0], n_out)
    out = np.zeros((n_out, img.shape[1]))
    for tap in range(index.shape[1]):
        out += weight[:, tap, None] * img[index[:, tap]]
    return out


def resample_area(img: np.ndarray, height: int, width: int) -> np.ndarray:
    """Area-resample ``img`` (H, W) float64 to (height, width) float64, separably."""
    out = img
    if out.shape[0] != height:
        out = _resample_rows(out, height)
    if out.shape[1] != width:
        out = _resample_rows(out.T, width).T
    return np.ascontiguousarray(out, dtype=np.float64)


def center_crop(img: np.ndarray) -> np.ndarray:
    """The centre square of ``img`` (H, W): (m, m) with m = min(H, W)."""
    h, w = img.shape
    m = min(h, w)
    top, left = (h - m) // 2, (w - m) // 2
    return img[top : top + m, left : left + m]


def native_shape(height: int, width: int) -> tuple[int, int]:
    """The shape a native image of (height, width) gets: itself, or fitted within the cap."""
    if max(height, width) <= NATIVE_CAP:
        return height, width
    scale = NATIVE_CAP / max(height, width)
    return max(1, round(height * scale)), max(1, round(width * scale))


# --------------------------------------------------------------------------------------------
# Decoding


@contextlib.contextmanager
def quiet_stderr():
    """Silence C libraries' own stderr chatter (libtiff's "Unknown field with tag ...") while
    decoding: problems reach the user as ImageError, once, in cnnviz's words."""
    if os.name != "posix":
        yield
        return
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _decode(path: Path, size: int | None, color: bool = False) -> np.ndarray:
    """Decode the first frame and return it gray (or RGB) and resampled (see load_image).

    Memory stays near the decoded pixels themselves: gray conversion and the vertical
    resampling run strip by strip, so no full-size float64 copy is ever made, and large JPEGs
    are decoded at a reduced scale (Pillow's draft) when that still leaves at least twice the
    pixels needed. Every failure becomes ImageError naming ``path``.
    """
    with warnings.catch_warnings():
        # Pillow's other warnings (odd EXIF, odd TIFF tags) are not the user's business: the
        # image either loads or raises ImageError. Pillow only *warns* between
        # MAX_IMAGE_PIXELS and twice that; we refuse instead.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with quiet_stderr(), Image.open(path, formats=PILLOW_FORMATS) as im:
                width, height = im.size  # from the header, nothing decoded yet
                if width * height > MAX_PIXELS:
                    raise ImageError(translate("Images", "{path}: image is {w}x{h} pixels, more than the limit of "
                                                         "{limit} pixels; shrink it first").format(
                        path=shown_path(path), w=width, h=height, limit=grouped(MAX_PIXELS)))
                im.seek(0)
                # A photo taken sideways is turned upright. Its orientation is read before the decode
                # (a TIFF's tags are gone after it), and only where EXIF can be (reading it imports
                # PIL's tag tables: the window opens sooner without them).
                orientation = im.getexif().get(EXIF_ORIENTATION, 1) if "exif" in im.info or im.format == "TIFF" else 1
                if im.format == "JPEG":
                    _draft(im, size)
                im.load()  # full decode now, so truncated data fails here, inside the try
                bits = _bits_of_mode_i(im)
                if orientation in UPRIGHT:
                    im = im.transpose(UPRIGHT[orientation])
                im = _normalise_mode(im)
                return _gray_resampled(im, bits, path, size, color)
        except ImageError:
            raise
        except Image.UnidentifiedImageError:
            raise ImageError(translate("Images", "{path}: not a supported image ({formats})").format(
                path=shown_path(path), formats=FORMATS_TEXT)) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError(translate("Images", "{path}: image is too large to decode safely (limit {limit} pixels)")
                             .format(path=shown_path(path), limit=grouped(MAX_PIXELS))) from None
        except MemoryError:
            raise ImageError(translate("Images", "{path}: not enough memory to decode this image").format(
                path=shown_path(path))) from None
        except OSError as exc:
            if exc.filename is not None:  # the file itself: permission denied and the like
                raise ImageError(translate("Images", "{path}: cannot read file ({reason})").format(
                    path=shown_path(path), reason=exc.strerror)) from exc
            raise ImageError(_damaged(path, exc)) from exc
        except Exception as exc:  # noqa: BLE001
            # Pillow's decoders raise many types on corrupt data (SyntaxError, struct.error,
            # ValueError, IndexError, EOFError...): all of them mean "this file is broken".
            raise ImageError(_damaged(path, exc)) from exc


def _damaged(path: Path, exc: BaseException) -> str:
    return translate("Images", "{path}: damaged or truncated image ({reason})").format(
        path=shown_path(path), reason=_one_line(exc))


def _needed_shape(height: int, width: int, size: int | None) -> tuple[int, int]:
    """The output shape of a (height, width) source: S x S, or its native shape."""
    return (size, size) if size is not None else native_shape(height, width)


def _draft(im: Image.Image, size: int | None) -> None:
    """Let the JPEG decoder scale down by 1/2..1/8 (DCT scaling) when at least twice the
    pixels needed remain on each side: far less memory for a big photo, same picture."""
    width, height = im.size
    if size is None:
        need_h, need_w = native_shape(height, width)
    else:
        side = min(width, height)
        need_h, need_w = -(-height * size // side), -(-width * size // side)
    if width >= 4 * need_w and height >= 4 * need_h:
        im.draft(im.mode, (2 * need_w, 2 * need_h))


def _gray_resampled(im: Image.Image, bits: int, path: Path, size: int | None, color: bool = False) -> np.ndarray:
    """(H, W) float64 in [0, 1] at the output size, from a decoded image in one of
    _normalise_mode's modes: centre-crop (size S) or native fit, then area resampling.
    color: (3, H, W), the R, G and B channels each treated as the gray image is.

    The gray rows are made strip by strip and added straight into the vertically resampled
    rows, tap by tap in the same order as _resample_rows: the same numbers as converting the
    whole image first, without a full-size float64 copy."""
    width, height = im.size
    if min(width, height) < 3:
        raise ImageError(translate("Images", "{path}: image is {w}x{h} pixels; it must be at least 3x3 for a 3x3 filter")
                         .format(path=shown_path(path), w=width, h=height))
    if size is None:
        out_h, out_w = native_shape(height, width)
        if min(out_h, out_w) < 3:  # a very thin image would shrink below the filter
            raise ImageError(translate(
                "Images", "{path}: image is {w}x{h} pixels; fitted within {cap}x{cap} it would be {out_w}x{out_h}, "
                          'smaller than the 3x3 filter; choose a size such as {size} instead of "native"').format(
                path=shown_path(path), w=width, h=height, cap=NATIVE_CAP, out_w=out_w, out_h=out_h, size=DEFAULT_SIZE))
        top, left, crop_h, crop_w = 0, 0, height, width
    else:
        out_h = out_w = size
        side = min(width, height)
        top, left, crop_h, crop_w = (height - side) // 2, (width - side) // 2, side, side
    to_gray = _rgb_of(im, bits, path) if color else _gray_of(im, bits, path)
    index, weight = _area_taps(crop_h, out_h)
    rows_out = np.zeros((out_h, crop_w, 3) if color else (out_h, crop_w))
    rows = max(1, 1_000_000 // crop_w)
    for first in range(0, crop_h, rows):
        last = min(first + rows, crop_h)
        strip = np.asarray(im.crop((left, top + first, left + crop_w, top + last)))
        gray = to_gray(strip)
        for tap in range(index.shape[1]):
            inside = (index[:, tap] >= first) & (index[:, tap] < last)
            if inside.any():
                tap_weight = weight[inside, tap].reshape(-1, *(1,) * (gray.ndim - 1))
                rows_out[inside] += tap_weight * gray[index[inside, tap] - first]
    if color:
        return np.stack([resample_area(rows_out[..., c], out_h, out_w) for c in range(3)])
    return resample_area(rows_out, out_h, out_w)


def _rgb_of(im: Image.Image, bits: int, path: Path):
    """A function: strip of pixels (h, W[, channels]) -> (h, W, 3) float64 R, G, B in [0, 1]
    (alpha composited on white; a gray image's one channel repeated)."""
    if im.mode not in ("RGB", "RGBA"):
        to_gray = _gray_of(im, bits, path)
        return lambda strip: np.repeat(to_gray(strip)[..., None], 3, axis=2)

    def rgb(strip: np.ndarray) -> np.ndarray:
        values = strip.astype(np.float64) / 255.0
        colour = values[..., :3]
        if im.mode == "RGBA":
            alpha = values[..., 3:]
            colour = colour * alpha + (1.0 - alpha)
        return np.clip(colour, 0.0, 1.0)

    return rgb


def _gray_of(im: Image.Image, bits: int, path: Path):
    """A function: strip of pixels (h, W[, channels]) -> (h, W) float64 gray in [0, 1]."""
    mode = im.mode
    if mode == "F":
        low, high = (float(v) for v in im.getextrema())

        def float_gray(strip: np.ndarray) -> np.ndarray:
            gray = strip.astype(np.float64)
            if not np.isfinite(gray).all():
                raise ImageError(translate("Images", "{path}: float image contains NaN or infinite values").format(
                    path=shown_path(path)))
            if (low < 0.0 or high > 1.0) and high > low:
                gray = (gray - low) / (high - low)  # documented: out-of-range floats are stretched
            return np.clip(gray, 0.0, 1.0)

        return float_gray
    if mode == "I":
        # Signed samples (a TIFF with SampleFormat 2, e.g. signed 32-bit): when any is negative,
        # map the image's own value range onto [0, 1] instead of clipping negatives to black.
        low, high = (float(v) for v in im.getextrema())
        if low < 0:
            span = high - low if high > low else 1.0
            return lambda strip: np.clip((strip.astype(np.float64) - low) / span, 0.0, 1.0)
    if mode == "I":
        white = 2.0**bits - 1
    else:
        white = 65535.0 if mode.startswith("I;16") else 255.0
    # Clip: rounding (0.299 + 0.587 + 0.114 is not exactly 1) and odd integer ranges.
    return lambda strip: np.clip(_strip_to_gray(strip, mode, white), 0.0, 1.0)


def _normalise_mode(im: Image.Image) -> Image.Image:
    """Reduce Pillow's many modes to L, LA, RGB, RGBA, I;16*, I or F."""
    mode = im.mode
    if mode.startswith("I;16") or mode in ("I", "F", "L", "LA", "RGB", "RGBA"):
        return im
    if mode == "1":
        return im.convert("L")
    if mode == "La":
        return im.convert("LA")
    if mode in ("P", "PA", "RGBa"):
        return im.convert("RGBA")  # palette transparency becomes alpha
    return im.convert("RGB")  # CMYK, YCbCr, LAB, HSV, RGBX...


def _bits_of_mode_i(im: Image.Image) -> int:
    """Bit depth of a mode-I image: TIFF says it; Pillow scales PGM/PPM to 16 bits."""
    bits = getattr(im, "tag_v2", {}).get(258) if im.format == "TIFF" else None
    if isinstance(bits, tuple):
        bits = bits[0] if bits else None
    return int(bits) if isinstance(bits, int) and 1 <= bits <= 32 else 16


def _strip_to_gray(pixels: np.ndarray, mode: str, white: float) -> np.ndarray:
    """(h, W[, channels]) integers -> (h, W) float64 gray, alpha composited on white."""
    values = pixels.astype(np.float64)
    if values.ndim == 2:  # L, I;16, I
        return values / white
    if mode == "LA":
        luma, alpha = values[..., 0] / white, values[..., 1] / white
    else:
        # Integer weights, one rounding: white stays exactly 1.0.
        luma = values[..., :3] @ BT601_PER_MILLE / (1000.0 * white)
        alpha = values[..., 3] / white if mode == "RGBA" else None
    return luma if alpha is None else luma * alpha + (1.0 - alpha)


def _check_file(path: Path) -> None:
    """A regular, non-empty file (a pipe or device would block or never end)."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ImageError(translate("Images", "{path}: no such file").format(path=shown_path(path))) from None
    except OSError as exc:
        raise ImageError(_os_reason(path, exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ImageError(translate("Images", "{path}: is a folder, not an image file").format(path=shown_path(path)))
    if not stat.S_ISREG(info.st_mode):
        raise ImageError(translate("Images", "{path}: not a regular file").format(path=shown_path(path)))
    if info.st_size == 0:
        raise ImageError(translate("Images", "{path}: the file is empty").format(path=shown_path(path)))


def _os_reason(path: Path, exc: OSError, folder: bool = False) -> str:
    """'PATH: symlink loop' or 'PATH: cannot read file (Permission denied)' (folder: 'cannot read folder')."""
    if exc.errno == errno.ELOOP:
        return translate("Images", "{path}: symlink loop").format(path=shown_path(path))
    reason = exc.strerror or _one_line(exc)
    if folder:
        return translate("Images", "{path}: cannot read folder ({reason})").format(path=shown_path(path), reason=reason)
    return translate("Images", "{path}: cannot read file ({reason})").format(path=shown_path(path), reason=reason)


# --------------------------------------------------------------------------------------------
# Public loaders


def load_image(path: str | os.PathLike, size: int | None = DEFAULT_SIZE, color: bool = False) -> np.ndarray:
    """One image file -> (size, size) float64 in [0, 1], or (H, W) when ``size`` is None.

    ``size=S``: centre square crop, then area resampling to S x S. ``size=None`` (native):
    original shape, downscaled to fit NATIVE_CAP x NATIVE_CAP if larger (aspect kept).
    ``color=True``: (3, S, S) or (3, H, W), the R, G, B channels.
    """
    _check_size_arg(size)
    path = Path(path)
    _check_file(path)
    return _decode(path, size, color)


def describe_resampling(width: int, height: int, size: int | None = DEFAULT_SIZE, what: str | None = None,
                        name: str = "") -> str:
    """What loading does to a width x height source, in words for the input panel:
    '200x150 image, centre 150x150 square resampled to 32x32'. what: the source as a whole phrase
    with {w}, {h} and {name} in it ('{w}x{h} photo'; default '{w}x{h} image'), translated by the caller."""
    source = (what or translate("Images", "{w}x{h} image")).format(w=width, h=height, name=name)
    if size is None:
        h, w = native_shape(height, width)
        if (h, w) == (height, width):
            return translate("Images", "{source} at its own size").format(source=source)
        return translate("Images", "{source}, downscaled to {w}x{h}").format(source=source, w=w, h=h)
    m = min(width, height)
    if width == height and m == size:
        return translate("Images", "{source}, used as is").format(source=source)
    if width == height:
        return translate("Images", "{source}, resampled to {size}x{size}").format(source=source, size=size)
    return translate("Images", "{source}, centre {m}x{m} square resampled to {size}x{size}").format(
        source=source, m=m, size=size)


def describe_path(path: str | os.PathLike, size: int | None = DEFAULT_SIZE) -> str:
    """describe_resampling for a file (its header only), a folder (a batch) or a bundled sample
    ('sample:NAME'); '' when it cannot be read (loading reports that)."""
    text = str(path)
    try:
        if text.startswith("sample:"):
            name = text.split(":", 1)[1]
            sample = next(s for s in list_samples() if s.name == name)
            with Image.open(sample.path) as im:
                return describe_resampling(*im.size, size, translate("Images", "{w}x{h} sample '{name}'"), name)
        path = Path(path)
        if path.is_dir():
            files = list_image_files(path)
            with Image.open(files[0]) as im:
                first = describe_resampling(*im.size, size, translate("Images", "{w}x{h} image ({name})"), files[0].name)
            return translate("Images", "batch of {n} images from {folder}; the first: {first}").format(
                n=len(files), folder=path.name, first=first)
        with Image.open(path) as im:
            what = translate("Images", "{w}x{h} photo") if im.format == "JPEG" else None
            return describe_resampling(*im.size, size, what)
    except (OSError, ValueError, StopIteration, IndexError, ImageError):
        return ""


def list_image_files(folder: str | os.PathLike) -> list[Path]:
    """The image files directly in ``folder`` (by extension), sorted by name (plain character
    order); hidden files (names starting with ".") and subfolders are skipped."""
    folder = Path(folder)
    names = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(".") or os.path.splitext(entry.name)[1].lower() not in IMAGE_EXTENSIONS:
                    continue
                try:  # a symlink loop, a dangling link: name it rather than skip it silently
                    if entry.is_file():
                        names.append(entry.name)
                    elif entry.is_symlink():
                        os.stat(entry.path)
                except OSError as exc:
                    raise ImageError(_os_reason(folder / entry.name, exc)) from None
    except OSError as exc:
        raise ImageError(_os_reason(folder, exc, folder=True)) from exc
    return [folder / name for name in sorted(names)]


def _header_shape(path: Path) -> tuple[int, int] | None:
    """(height, width) from the file's header, nothing decoded; None if it cannot be read
    (loading it then says why)."""
    try:
        with warnings.catch_warnings(), quiet_stderr():
            warnings.simplefilter("ignore")
            with Image.open(path, formats=PILLOW_FORMATS) as im:
                return im.size[1], im.size[0]
    except Exception:  # noqa: BLE001 - reported by load_image
        return None


def check_batch_budget(files: list[Path], size: int | None, where: Path, channels: int = 1) -> None:
    """Refuse, before decoding, a batch whose pixels (from the headers) exceed MAX_BATCH_BYTES."""
    total = 0
    biggest = (0, 0)
    for file in files:
        shape = _header_shape(file)
        if shape is None:
            continue
        h, w = _needed_shape(*shape, size)
        total += h * w * 8 * channels
        biggest = max(biggest, (h, w), key=lambda hw: hw[0] * hw[1])
    if total > MAX_BATCH_BYTES:
        n = len(files)
        fits = int(math.isqrt(MAX_BATCH_BYTES // (8 * n * channels)))
        if fits >= 3:
            message = translate("Images", "{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of "
                                          "{limit} MiB of pixels; use --size {fits} or smaller")
        else:
            message = translate("Images", "{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of "
                                          "{limit} MiB of pixels; use fewer images")
        raise ImageError(message.format(path=shown_path(where), n=n, w=biggest[1], h=biggest[0],
                                        need=grouped(total / 2**20), limit=MAX_BATCH_BYTES // 2**20, fits=fits))


def load_folder(path: str | os.PathLike, size: int | None = DEFAULT_SIZE, color: bool = False) -> np.ndarray:
    """Every image in a folder (see list_image_files) -> (N, S, S) float64 batch in [0, 1].

    With ``size=None`` all images must have the same native shape: (N, H, W).
    ``color=True``: (N, 3, S, S) (three times the pixels, so a third of the images fit the budget).
    """
    _check_size_arg(size)
    folder = Path(path)
    if not folder.exists():
        raise ImageError(translate("Images", "{path}: no such folder").format(path=shown_path(folder)))
    if not folder.is_dir():
        raise ImageError(translate("Images", "{path}: is a file, not a folder").format(path=shown_path(folder)))
    files = list_image_files(folder)
    if not files:
        extensions = " ".join(IMAGE_EXTENSIONS)
        raise ImageError(translate("Images", "{path}: folder has no images (looked for {extensions})").format(
            path=shown_path(folder), extensions=extensions))
    if len(files) > MAX_BATCH:
        raise ImageError(translate("Images", "{path}: folder has {n} images; a batch can hold at most {max}").format(
            path=shown_path(folder), n=len(files), max=MAX_BATCH))
    check_batch_budget(files, size, folder, channels=3 if color else 1)
    images = [load_image(file, size, color) for file in files]
    if size is None:
        first = images[0].shape[-2:]
        for file, img in zip(files, images):
            if img.shape[-2:] != first:
                raise ImageError(translate(
                    "Images", "{path}: images differ in size ({first} is {w1}x{h1}, {other} is {w2}x{h2}); "
                              'choose a size such as {size} instead of "native"').format(
                    path=shown_path(folder), first=files[0].name, w1=first[1], h1=first[0], other=file.name,
                    w2=img.shape[-1], h2=img.shape[-2], size=DEFAULT_SIZE))
    return np.stack(images)


def load_path(path: str | os.PathLike, size: int | None = DEFAULT_SIZE, color: bool = False) -> np.ndarray:
    """A file -> (H, W) image; a folder -> (N, H, W) batch (H = W = size unless native).
    color=True: (3, H, W) and (N, 3, H, W)."""
    path = Path(path)
    if path.is_dir():
        return load_folder(path, size, color)
    if not path.exists():
        try:
            os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ImageError(translate("Images", "{path}: symlink loop").format(path=shown_path(path))) from None
        raise ImageError(translate("Images", "{path}: no such file or folder").format(path=shown_path(path)))
    return load_image(path, size, color)


# --------------------------------------------------------------------------------------------
# Bundled samples


def samples_dir() -> Path:
    """The folder holding the bundled sample PNGs and their manifest ``samples.json``."""
    return resource_dir() / "samples"


# The manifest's descriptions, for the catalogue (a test keeps them equal to samples.json).
SAMPLE_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Samples", "A circle, square, triangle and bar on a textured gradient: any 3x3 filter can be "
                                 "learned from it"),
    QT_TRANSLATE_NOOP("Samples", "A handwritten-style 3, white on black, like an MNIST digit"),
    QT_TRANSLATE_NOOP("Samples", "A bright rectangle on a dark background: vertical and horizontal edges"),
    QT_TRANSLATE_NOOP("Samples", "A bright disc on a dark background: edges in every direction"),
    QT_TRANSLATE_NOOP("Samples", "Vertical black and white stripes, 2 pixels wide at 32x32"),
    QT_TRANSLATE_NOOP("Samples", "An 8x8 black and white checkerboard"),
    QT_TRANSLATE_NOOP("Samples", "A smooth ramp from dark (top left) to light (bottom right)"),
    QT_TRANSLATE_NOOP("Samples", "A natural-looking random texture, like clouds or stone (fractal noise)"),
    QT_TRANSLATE_NOOP("Samples", "Coloured shapes on a colour grain, R, G and B varying independently: the colour "
                                 "lesson's image (--color)"),
)


def list_samples() -> list[Sample]:
    """The bundled samples, in manifest order, described in the language in use."""
    manifest = samples_dir() / "samples.json"
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        return [
            Sample(str(e["name"]), translate("Samples", str(e["description"])), samples_dir() / str(e["file"]))
            for e in entries
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ImageError(translate("Images", "{path}: bundled samples are missing or broken ({reason}); reinstall cnnviz")
                         .format(path=manifest, reason=_one_line(exc))) from exc


def load_sample(name: str, size: int | None = DEFAULT_SIZE, color: bool = False) -> np.ndarray:
    """A bundled sample by name -> (size, size) float64 in [0, 1] (native: its own shape);
    color=True: (3, size, size)."""
    samples = list_samples()
    for sample in samples:
        if sample.name == name:
            return load_image(sample.path, size, color)
    names = ", ".join(s.name for s in samples)
    raise ImageError(translate("Images", "unknown sample {name}; choose one of: {names}").format(name=repr(name), names=names))
