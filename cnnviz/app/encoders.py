"""Animation files written one frame at a time, so memory holds one frame, never the whole film.

- GIF: one global palette of 255 colours; index 255 is left out of it and means "unchanged".
  Every frame after the first stores only the rectangle that changed since the frame before,
  and inside it the unchanged pixels as that transparent index. Frames use disposal 1 (leave
  the frame in place), so a viewer that draws each frame over the last shows exactly the
  frames given; the long runs of one index are what makes the file small.
- MP4: H.264 (libx264 through PyAV, an optional extra), yuv420p, even width and height and a
  frame rate of 1000 / frame_ms: what PowerPoint, Keynote, Google Slides and browsers play.

No Qt here: frames come in as Pillow "P" images (GIF) or (height, width, 3) uint8 RGB arrays (MP4).
"""

from __future__ import annotations

import importlib.util
import struct
from fractions import Fraction
from typing import BinaryIO, Iterable

import numpy as np
from PIL import Image
from cnnviz.i18n import translate

TRANSPARENT = 255  # the palette holds 255 colours (0..254): 255 marks a pixel left as it was
MAX_DELAY_CS = 0xFFFF  # a GIF frame shows at most 655.35 s

VIDEO_EXTRA = 'pip install "cnnviz[video]"'
# H.264 level 5.1: frames of at most 36,864 16x16 macroblocks (4096x2304). Hardware decoders,
# and with them PowerPoint and Keynote, refuse larger ones.
MAX_VIDEO_MACROBLOCKS = 36_864
X264_OPTIONS = {
    "preset": "slow",
    "crf": "27",  # text and cell numbers stay sharp on the default whole-pixel video (28 blurs cell edges at scale 1)
    "tune": "animation",  # flat colours, sharp edges
    # Memory: the encoder holds the lookahead and reference frames (~60 MB each at 4096x2304);
    # these keep it near 0.9 GB there instead of 1.2 GB, for 8% more bytes.
    "rc-lookahead": "10",
    # The colours are converted with the BT.709 matrix (below) and the stream says so.
    "x264-params": "colorprim=bt709:transfer=bt709:colormatrix=bt709:ref=4:sync-lookahead=0",
}


class EncodeError(Exception):
    """A file that cannot be written this way: one line for a dialog or stderr."""


# ---- GIF ---------------------------------------------------------------------------------------
class GifWriter:
    """An endless animated GIF, one frame at a time: add(frame) for each, then close().

    fh       : a binary file to write into
    palette  : up to 255 RGB triples as a flat list (the frames' shared palette)
    frame_ms : how long each frame shows; identical consecutive frames merge (their times add)
    """

    def __init__(self, fh: BinaryIO, palette: list[int], frame_ms: int):
        if len(palette) > 3 * TRANSPARENT:
            raise EncodeError("a GIF palette here holds at most 255 colours")
        self.fh = fh
        self.palette = bytes(palette) + bytes(3 * 256 - len(palette))  # 256 entries; 255 unused
        self.frame_ms = frame_ms
        self.previous: np.ndarray | None = None  # (h, w) uint8: the picture shown so far
        self.pending: bytes | None = None  # the last frame's image block, held until its time is known
        self.pending_ms = 0
        self.pending_transparent = False
        self.frames = 0  # frames written (after merging)

    def add(self, frame: Image.Image) -> None:
        """One frame: a "P" image indexed into the palette (indices 0..254), the size of the first."""
        index = np.asarray(frame)
        if self.previous is None:
            self._header(frame.size)
            self._hold(0, 0, index, transparent=False)
        else:
            if index.shape != self.previous.shape:
                raise EncodeError(f"frame of {frame.size} in an animation of "
                                  f"{self.previous.shape[::-1]}")
            changed = index != self.previous
            rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
            if rows.size == 0 and self.pending_ms + self.frame_ms <= 10 * MAX_DELAY_CS:
                self.pending_ms += self.frame_ms  # the same picture shows longer
                return
            if rows.size == 0:  # too long for one GIF delay: go on with a one-pixel, unchanged frame
                rows = cols = np.array([0])
            top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
            box = np.where(changed[top:bottom, left:right], index[top:bottom, left:right], TRANSPARENT)
            self._hold(int(left), int(top), box.astype(np.uint8), transparent=True)
        self.previous = index

    def _header(self, size: tuple[int, int]) -> None:
        # GIF89a, the canvas, a global colour table of 256 entries (flags 0xF7), loop forever.
        self.fh.write(b"GIF89a" + struct.pack("<HHBBB", *size, 0xF7, 0, 0) + self.palette)
        self.fh.write(b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00")

    def _hold(self, left: int, top: int, pixels: np.ndarray, transparent: bool) -> None:
        """Write the frame held so far, then hold this one (LZW-compressed by Pillow's encoder)."""
        self._write_pending()
        height, width = pixels.shape
        image = Image.frombytes("P", (width, height), np.ascontiguousarray(pixels).tobytes())
        descriptor = b"," + struct.pack("<HHHHB", left, top, width, height, 0)
        self.pending = descriptor + b"\x08" + image.tobytes("gif", "P") + b"\x00"
        self.pending_ms = self.frame_ms
        self.pending_transparent = transparent

    def _write_pending(self) -> None:
        if self.pending is None:
            return
        delay = min(round(self.pending_ms / 10), MAX_DELAY_CS)
        flags = (1 << 2) | int(self.pending_transparent)  # disposal 1: leave it in place
        control = b"!\xf9\x04" + struct.pack("<BHBB", flags, delay, TRANSPARENT, 0)
        self.fh.write(control + self.pending)
        self.pending = None
        self.frames += 1

    def close(self) -> None:
        if self.previous is None:
            raise EncodeError(translate("Encoders", "no frames to write"))
        self._write_pending()
        self.fh.write(b";")


def write_gif(fh: BinaryIO, frames: Iterable[Image.Image], frame_ms: int) -> int:
    """Every frame of `frames` (P images on the first one's palette) into fh; returns how many
    GIF frames were written (identical consecutive frames count once)."""
    writer: GifWriter | None = None
    for frame in frames:
        if writer is None:
            writer = GifWriter(fh, frame.getpalette()[:3 * TRANSPARENT], frame_ms)
        writer.add(frame)
    if writer is None:
        raise EncodeError(translate("Encoders", "no frames to write"))
    writer.close()
    return writer.frames


# ---- MP4 ---------------------------------------------------------------------------------------
def video_support_problem() -> str | None:
    """Why MP4 cannot be written here (one line naming the fix), or None."""
    if importlib.util.find_spec("av") is None:
        return translate("Encoders", "writing MP4 needs PyAV: {extra}").format(extra=VIDEO_EXTRA)
    import av

    if "libx264" not in av.codecs_available:
        return translate("Encoders", "this PyAV has no H.264 encoder (libx264); reinstall it with {extra}").format(extra=VIDEO_EXTRA)
    return None


def even(n: int) -> int:
    return n + n % 2


def video_size_problem(width: int, height: int) -> str | None:
    """Why a video of width x height pixels would not play everywhere, or None."""
    blocks = -(-even(width) // 16) * -(-even(height) // 16)
    if blocks > MAX_VIDEO_MACROBLOCKS:
        return translate("Encoders", "an MP4 of {width}x{height} pixels is larger than video players accept (at most "
                         "4096x2304 or the same area)").format(width=width, height=height)
    return None


def write_mp4(fh: BinaryIO, frames: Iterable[np.ndarray], frame_ms: int) -> int:
    """Every (h, w, 3) uint8 RGB frame into fh as H.264 in MP4, streamed; returns the frame count.
    An odd width or height gets one more column or row, a copy of the last."""
    problem = video_support_problem()
    if problem:
        raise EncodeError(problem)
    import av

    count = 0
    with av.open(fh, mode="w", format="mp4") as container:
        stream = None
        for rgb in frames:
            height, width = rgb.shape[:2]
            if stream is None:
                problem = video_size_problem(width, height)
                if problem:
                    raise EncodeError(problem)
                stream = container.add_stream("libx264", rate=Fraction(1000, frame_ms))
                stream.width, stream.height = even(width), even(height)
                stream.pix_fmt = "yuv420p"
                stream.options = dict(X264_OPTIONS)
            elif (even(width), even(height)) != (stream.width, stream.height):
                raise EncodeError(f"frame of {width}x{height} in a video of {stream.width}x{stream.height}")
            if (width, height) != (stream.width, stream.height):
                rgb = np.pad(rgb, ((0, stream.height - height), (0, stream.width - width), (0, 0)), mode="edge")
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")
            frame = frame.reformat(format="yuv420p", dst_colorspace="ITU709")
            frame.pts = count
            for packet in stream.encode(frame):
                container.mux(packet)
            count += 1
        if stream is None:
            raise EncodeError(translate("Encoders", "no frames to write"))
        for packet in stream.encode():  # the frames the encoder still holds
            container.mux(packet)
    return count
