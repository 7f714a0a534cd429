"""Animations written frame by frame: a GIF decodes to exactly the frames rendered, an MP4 is
H.264/yuv420p with even sizes, frame folders are replaced whole, a pass keeps one colour scale."""

import gc
import io
import os
import re
import struct
import subprocess
import sys
import weakref

import numpy as np
import pytest
from PIL import Image, ImageSequence

from cnnviz.app import encoders as enc
from cnnviz.app import export as ex
from cnnviz.app import theme as th
from cnnviz.engine import LessonConfig, Trainer
from cnnviz.stepthrough import StepThrough


@pytest.fixture
def trainer(sample_image):
    t = Trainer(sample_image, LessonConfig(seed=1))
    t.step(20)
    return t


def keep(frames, into):
    """Pass frames through, keeping a copy of each (the test's reference)."""
    for frame in frames:
        into.append(frame.copy())
        yield frame


def decoded(data: bytes) -> list[np.ndarray]:
    """Every frame of a GIF as Pillow composites it, as RGB arrays."""
    return [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(Image.open(io.BytesIO(data)))]


def graphic_controls(data: bytes) -> list[tuple[int, int, int]]:
    """(disposal, delay in cs, transparency flag) of every Graphic Control Extension."""
    out, pos = [], data.find(b"!\xf9\x04")
    while pos >= 0:
        flags, delay, _ = struct.unpack("<BHB", data[pos + 3:pos + 7])
        out.append(((flags >> 2) & 7, delay, flags & 1))
        pos = data.find(b"!\xf9\x04", pos + 8)
    return out


def synthetic_frames(n: int, size=(64, 48), seed=0, lazy=False):
    """P frames on one 255-colour palette, each changing a small patch of the one before."""
    def make():
        rng = np.random.default_rng(seed)
        palette = rng.integers(0, 256, 3 * 255).tolist()
        index = rng.integers(0, 255, size[::-1]).astype(np.uint8)
        for i in range(n):
            if i:
                index = index.copy()
                r, c = rng.integers(0, size[1] - 5), rng.integers(0, size[0] - 7)
                index[r:r + 5, c:c + 7] = rng.integers(0, 255, (5, 7))
            im = Image.frombytes("P", size, index.tobytes())
            im.putpalette(palette)
            yield im

    return make() if lazy else list(make())


def test_gif_of_training_decodes_to_exactly_the_quantised_frames(trainer, tmp_path):
    quantised = []
    with ex.Stage("board") as stage:
        images = ex.render_frames(stage, ex.training_frames(trainer, 5, 4), 1)
        path = ex.save_gif(tmp_path / "t.gif", keep(ex.gif_frames(images, stage.theme), quantised), 70)
    data = path.read_bytes()
    frames = decoded(data)
    assert len(frames) == len(quantised) == 5
    for got, want in zip(frames, quantised):
        np.testing.assert_array_equal(got, np.asarray(want.convert("RGB")))
    # After the first, every frame is a changed rectangle with transparent pixels, left in place.
    assert graphic_controls(data) == [(1, 7, 0)] + [(1, 7, 1)] * 4
    assert data[10] == 0xF7 and data.count(b"NETSCAPE2.0") == 1  # one global palette of 256, endless


def test_gif_writer_merges_identical_frames_and_crops_to_the_change(tmp_path):
    frames = synthetic_frames(4)
    frames.insert(2, frames[1].copy())  # shown twice as long
    buffer = io.BytesIO()
    assert enc.write_gif(buffer, frames, 40) == 4
    data = buffer.getvalue()
    got = decoded(data)
    want = [np.asarray(f.convert("RGB")) for i, f in enumerate(frames) if i != 2]
    assert len(got) == 4
    for g, w in zip(got, want):
        np.testing.assert_array_equal(g, w)
    assert [d for _, d, _ in graphic_controls(data)] == [4, 8, 4, 4]
    sizes = [struct.unpack("<HH", data[p + 5:p + 9]) for p in image_descriptors(data)]
    assert sizes[0] == (64, 48) and all(w <= 7 and h <= 5 for w, h in sizes[1:])


def image_descriptors(data: bytes) -> list[int]:
    """Where each frame's image descriptor (",") starts: right after its control extension."""
    return [data.index(b",", m.start() + 8) for m in re.finditer(re.escape(b"!\xf9\x04"), data)]


def test_gif_writer_splits_a_still_longer_than_a_gif_delay():
    frame = synthetic_frames(1)[0]
    buffer = io.BytesIO()
    # 70 x 10 s = 700 s: longer than one GIF delay (655.35 s), so a one-pixel unchanged frame goes on.
    assert enc.write_gif(buffer, [frame] * 70, 10_000) == 2
    delays = [d for _, d, _ in graphic_controls(buffer.getvalue())]
    assert delays == [65_000, 5_000]


def test_gif_frames_stream_one_at_a_time():
    """Frames are encoded as they come: at most the frame being made and the last one given
    are alive at once, however many frames there are (12 here)."""
    alive, peak = set(), 0

    def frames():
        nonlocal peak
        for i, frame in enumerate(synthetic_frames(12, lazy=True)):
            alive.add(i)
            weakref.finalize(frame, alive.discard, i)
            gc.collect()
            peak = max(peak, len(alive))
            yield frame
            del frame

    enc.write_gif(io.BytesIO(), frames(), 50)
    assert peak <= 2


def test_pass_animation_keeps_one_colour_scale(trainer, tmp_path):
    model = StepThrough(trainer)
    frames = ex.pass_frames(model, 6)
    snap = trainer.snapshot(with_input_grad=True)  # the full pass's buffer and dx, from the engine
    final = th.nice_ceiling(max(np.abs(snap.grad_filter).max(), abs(snap.grad_bias)))
    final_dx = th.nice_ceiling(np.abs(snap.input_grad[0]).max())
    with ex.Stage("board") as stage:
        ex.pin_pass_levels(stage, frames)
        levels, dx_levels, peaks = set(), set(), []
        for _ in ex.render_frames(stage, frames, 1):
            levels.add(stage.panels["buffer"].level)
            dx_levels.add(stage.panels["input_grad"]._levels)
            peaks.append(np.abs(stage.panels["buffer"].values).max())
    assert levels == {final} and dx_levels == {(-final_dx, final_dx)}
    assert peaks[0] == 0 and peaks[-1] > peaks[1]  # the sum grows on one scale: cells darken


# ---- MP4 -----------------------------------------------------------------------------------------
def test_mp4_is_h264_yuv420p_even_sized_with_every_frame(tmp_path):
    av = pytest.importorskip("av")
    rng = np.random.default_rng(3)
    # Flat cells of random colours (like the app's maps) moving by a pixel a frame, on an
    # odd-sized frame: 101 x 75.
    cells = np.kron(rng.integers(0, 256, (10, 13, 3)), np.ones((10, 10, 1))).astype(np.uint8)
    frames = [cells[:75, i:i + 101] for i in range(7)]
    path = ex.save_mp4(tmp_path / "v.mp4", iter(frames), frame_ms=80)
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264" and stream.codec_context.pix_fmt == "yuv420p"
        assert (stream.codec_context.width, stream.codec_context.height) == (102, 76)
        assert stream.average_rate == 12.5  # 1000 / 80 ms
        got = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert len(got) == 7
    # The padding column/row copies the edge; the picture is the frame, within lossy coding.
    for g, want in zip(got, frames):
        assert np.abs(g[:75, :101].astype(int) - want).mean() < 12
        assert np.abs(g[:75, 101].astype(int) - want[:, 100]).mean() < 24


def test_mp4_of_a_panel_from_a_stage(trainer, tmp_path):
    av = pytest.importorskip("av")
    with ex.Stage("loss") as stage:
        path = ex.export_animation(stage, ex.training_frames(trainer, 4, 5), 4, tmp_path / "loss.mp4", 2)
        size = stage.widget.size() * 2
    with av.open(str(path)) as container:
        rate = container.streams.video[0].average_rate  # read while open (PyAV 19 refuses after)
        frames = list(container.decode(video=0))
    assert len(frames) == 4 and (frames[0].width, frames[0].height) == (size.width(), size.height())
    assert rate == 10


def test_mp4_larger_than_players_accept_is_refused_before_rendering(trainer, tmp_path):
    pytest.importorskip("av")
    with ex.Stage("board") as stage, pytest.raises(ex.ExportError, match="5160x3400 .* use a scale of 2 or less"):
        ex.export_animation(stage, ex.training_frames(trainer, 3, 1), 3, tmp_path / "big.mp4", 4)
    assert not os.listdir(tmp_path) and trainer.step_count == 20


def test_mp4_without_pyav_says_how_to_get_it(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "av" else real(name, *a))
    assert enc.video_support_problem() == 'writing MP4 needs PyAV: pip install "cnnviz[video]"'
    with pytest.raises(ex.ExportError, match=r'pip install "cnnviz\[video\]"'):
        ex.check_animation_path(tmp_path / "x.mp4")


# ---- frame folders -------------------------------------------------------------------------------
def test_frames_replace_an_earlier_export_whole_and_leave_no_temporary_folder(trainer, tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()
    for i in range(1, 10):
        (folder / f"frame_{i:04d}.png").write_bytes(b"old")
    with ex.Stage("filter") as stage:
        ex.export_animation(stage, ex.training_frames(trainer, 3, 1), 3, folder)
    assert sorted(os.listdir(folder)) == ["frame_0001.png", "frame_0002.png", "frame_0003.png"]
    assert Image.open(folder / "frame_0003.png").size == (360, 330)
    assert os.listdir(tmp_path) == ["frames"]


def test_cancelled_frames_leave_the_earlier_export_as_it_was(trainer, tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()
    for i in range(1, 6):
        (folder / f"frame_{i:04d}.png").write_bytes(b"old")
    with ex.Stage("filter") as stage, pytest.raises(ex.ExportCancelled):
        ex.export_animation(stage, ex.training_frames(trainer, 4, 1), 4, folder, progress=lambda done, total: done < 2)
    assert sorted(os.listdir(folder)) == [f"frame_{i:04d}.png" for i in range(1, 6)]
    assert {(folder / n).read_bytes() for n in os.listdir(folder)} == {b"old"}
    assert os.listdir(tmp_path) == ["frames"]


def test_a_folder_with_other_files_is_refused_and_untouched(trainer, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "frame_0001.png").write_bytes(b"old")
    with ex.Stage("filter") as stage, pytest.raises(ex.ExportError, match="holds other files .'notes.txt'"):
        ex.export_animation(stage, ex.training_frames(trainer, 2, 1), 2, tmp_path)
    assert sorted(os.listdir(tmp_path)) == ["frame_0001.png", "notes.txt"]


def test_a_hidden_name_is_refused_not_made_a_hidden_folder(tmp_path):
    with pytest.raises(ex.ExportError, match="starting with '.' would be a hidden folder"):
        ex.check_animation_path(tmp_path / ".png")
    assert not os.listdir(tmp_path)


def test_a_folder_left_by_a_killed_export_is_removed(trainer, tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".frames.part-{int(gone.stdout)}"
    stale.mkdir()
    (stale / "frame_0001.png").write_bytes(b"half")
    with ex.Stage("filter") as stage:
        ex.export_animation(stage, ex.training_frames(trainer, 1, 1), 1, tmp_path / "frames")
    assert sorted(os.listdir(tmp_path)) == ["frames"]


def test_default_mp4_is_1920x1080_whole_pixel_cells_and_a_third_of_the_gif(sample_image, tmp_path):
    """Issue 18: `cnnviz export --out x.mp4` is 16:9 1920x1080, each rendered pixel a 2x2 block
    (H.264's colour blocks), so cells keep their colour to the edge; and it is at most a third of
    the GIF of the same frames."""
    av = pytest.importorskip("av")
    from cnnviz.cli import main

    args = ["export", "--steps", "50", "--frames", "8", "--every", "10"]
    assert main(args + ["--out", str(tmp_path / "v.mp4")]) == 0
    trainer = Trainer(sample_image, LessonConfig())
    trainer.step(50)
    with ex.Stage("board", size=ex.VIDEO_SIZE) as stage:  # the same frames as a GIF (960x540)
        gif = ex.export_animation(stage, ex.training_frames(trainer, 8, 10), 8, tmp_path / "v.gif")
    with Image.open(gif) as image:
        image.seek(image.n_frames - 1)
        last = np.asarray(image.convert("RGB"), dtype=int)
    with av.open(str(tmp_path / "v.mp4")) as container:
        frames = [f.to_ndarray(format="rgb24").astype(int) for f in container.decode(video=0)]
    assert len(frames) == 8 and frames[0].shape == (1080, 1920, 3) and last.shape == (540, 960, 3)
    # Each rendered pixel is a 2x2 block, and the colour stays in its cells: the video's last frame
    # is the GIF's doubled, within H.264's coding and the GIF's palette (a smear across the cells'
    # edges would show as large errors there).
    video = frames[-1]
    assert np.abs(video[0::2, 0::2] - video[1::2, 1::2]).mean() < 2
    error = np.abs(video - np.repeat(np.repeat(last, 2, axis=0), 2, axis=1))
    assert error.mean() < 4 and np.percentile(error, 99) < 40
    # At most a third of a GIF of the same frames at the video's size (1920x1080).
    trainer = Trainer(sample_image, LessonConfig())
    trainer.step(50)
    with ex.Stage("board", size=ex.VIDEO_SIZE) as stage:
        big = ex.export_animation(stage, ex.training_frames(trainer, 8, 10), 8, tmp_path / "big.gif", 2)
    assert (tmp_path / "v.mp4").stat().st_size * 3 <= big.stat().st_size
    print(f"mp4 {(tmp_path / 'v.mp4').stat().st_size:,} B; GIF 960x540 {gif.stat().st_size:,} B, "
          f"1920x1080 {big.stat().st_size:,} B")
