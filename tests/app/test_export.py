"""Exports: sizes, crisp cells whose colours are the engine's values, SVG and GIF structure,
identical bytes for the same seed, 1920x1080 slides, atomic writes, and the File > Export menu."""

import io
import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image, ImageSequence
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import board
from cnnviz.app import export as ex
from cnnviz.app import theme as th
from cnnviz.app.export_menu import ExportDialog, ExportRequest
from cnnviz.engine import LessonConfig, Trainer
from cnnviz.stepthrough import StepThrough
from cnnviz import numbers

def grid(values, *also):
    """A 3x3 panel's cell texts as a student reads them: one precision for the panel (and its footer)."""
    f = numbers.panel_formatter(np.append(np.asarray(values, dtype=float), also))
    return [[f(v) for v in row] for row in np.asarray(values, dtype=float)]


TOLERANCE = 6  # per RGB channel: the colormap's lookup table has 256 (or 512) steps


@pytest.fixture
def trainer(sample_image):
    t = Trainer(sample_image, LessonConfig(seed=1))
    t.step(20)
    return t


@pytest.fixture
def snap(trainer):
    return trainer.snapshot(with_input_grad=True)


def pixels(image: QtGui.QImage) -> np.ndarray:
    """(rows, cols, 3) uint8 of a rendered image."""
    return np.asarray(ex.to_pil(image))


def device_point(panel, x: float, y: float, scale: int) -> tuple[int, int]:
    """The rendered image's (row, col) of data point (x = col, y = row) in a panel's plot."""
    scene = panel.plot.vb.mapViewToScene(QtCore.QPointF(x, y))
    local = panel.view.mapTo(panel, panel.view.mapFromScene(scene))
    return int(round(local.y() * scale)), int(round(local.x() * scale))


def colormap_rgb(name: str, value: float, low: float, high: float) -> np.ndarray:
    frac = float(np.clip((value - low) / (high - low), 0, 1))
    return np.asarray(th.colormap(name).map(frac, mode="byte"))[:3].astype(int)


def test_scaled_png_has_the_asked_size_and_is_not_blank(snap, tmp_path):
    with ex.Stage("output") as stage:
        stage.draw(snap)
        for scale in (1, 3):
            path = ex.export_still(stage.widget, tmp_path / f"out{scale}.png", scale)
            im = Image.open(path)
            assert im.size == (stage.widget.width() * scale, stage.widget.height() * scale)
            assert len(im.convert("RGB").getcolors(1 << 20)) > 50  # a map, a colour bar, text


def test_filter_cells_have_the_engines_colours_at_2x(snap):
    with ex.Stage("filter") as stage:
        stage.draw(snap)
        panel = stage.panels["filter"]
        assert panel.cell_texts() == grid(snap.weights, snap.bias)
        a = pixels(stage.image(2))
        level = th.nice_ceiling(float(np.abs(snap.target_kernel).max()))
        for r in range(3):
            for c in range(3):
                # Near the cell's corner: the number is written in its centre.
                y, x = device_point(panel, c + 0.15, r + 0.15, 2)
                expected = colormap_rgb(th.DIVERGING, snap.weights[r, c], -level, level)
                assert np.abs(a[y, x].astype(int) - expected).max() <= TOLERANCE, (r, c, a[y, x], expected)


def test_output_map_cells_have_the_engines_colours_and_stay_crisp(snap):
    with ex.Stage("output") as stage:
        stage.draw(snap)
        panel = stage.panels["output"]
        low, high = board.shared_levels(snap)
        y_map = snap.output[0]
        a = pixels(stage.image(2))
        rng = np.random.default_rng(0)
        for r, c in rng.integers(0, 30, size=(25, 2)):
            y, x = device_point(panel, c + 0.5, r + 0.5, 2)
            expected = colormap_rgb(panel.cmap, y_map[r, c], low, high)
            assert np.abs(a[y, x].astype(int) - expected).max() <= TOLERANCE, (r, c)
            # Nearest-neighbour: every pixel inside the cell (1 px from its edges) is one colour.
            y0, x0 = device_point(panel, c, r, 2)
            y1, x1 = device_point(panel, c + 1, r + 1, 2)
            inside = a[y0 + 1:y1 - 1, x0 + 1:x1 - 1].reshape(-1, 3)
            assert len(inside) >= 9 and len(np.unique(inside, axis=0)) == 1, (r, c)


def test_svg_parses_with_vector_text_and_embedded_cell_images(snap, tmp_path):
    with ex.Stage("filter", th.LIGHT) as stage:
        stage.draw(snap)
        path = ex.export_still(stage.widget, tmp_path / "filter.svg")
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
    assert th.fmt(float(snap.weights[0, 0])) in texts  # the cell numbers stay text
    assert any(True for tag in ("path", "rect", "polyline") for _ in root.iter(f"{ns}{tag}"))
    images = list(root.iter(f"{ns}image"))
    assert images and all("pixelated" in im.get("style", "") for im in images)


def gif_local_palettes(data: bytes) -> tuple[bool, int]:
    """(has a global colour table, number of frames with a local one), read from the GIF blocks."""
    has_global = bool(data[10] & 0x80)
    pos = 13 + (3 * 2 ** ((data[10] & 7) + 1) if has_global else 0)
    local = 0
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:  # trailer
            break
        if block == 0x21:  # extension: label, then sub-blocks
            pos += 2
            while data[pos]:
                pos += data[pos] + 1
            pos += 1
        elif block == 0x2C:  # image descriptor
            packed = data[pos + 9]
            pos += 10
            if packed & 0x80:
                local += 1
                pos += 3 * 2 ** ((packed & 7) + 1)
            pos += 1  # LZW minimum code size
            while data[pos]:
                pos += data[pos] + 1
            pos += 1
        else:
            raise AssertionError(f"unexpected GIF block {block:#x} at {pos}")
    return has_global, local


def test_training_gif_has_the_asked_frames_and_one_global_palette(trainer, tmp_path):
    with ex.Stage("loss") as stage:
        path = ex.export_animation(stage, ex.training_frames(trainer, 6, 3), 6, tmp_path / "loss.gif", frame_ms=80)
    data = path.read_bytes()
    im = Image.open(io.BytesIO(data))
    frames = list(ImageSequence.Iterator(im))
    assert len(frames) == 6 and im.info["loop"] == 0 and im.info["duration"] == 80
    assert gif_local_palettes(data) == (True, 0)
    assert trainer.step_count == 20 + 5 * 3


def test_pass_gif_is_subsampled_to_the_frame_count(trainer, tmp_path):
    model = StepThrough(trainer)
    frames = ex.pass_frames(model, 12)
    assert [f.count for f in frames][0] == 0 and frames[-1].count == model.P == 900 and len(frames) == 12
    with ex.Stage("buffer") as stage:
        path = ex.export_animation(stage, frames, len(frames), tmp_path / "pass.gif")
        assert "running sum after 900 of 900 positions" in stage.panels["buffer"].title_label.text()
    assert Image.open(path).n_frames == 12
    assert ex.pass_counts(5, 100) == [0, 1, 2, 3, 4, 5]
    assert ex.pass_counts(900, 1) == [900]


def test_frame_sequence_is_numbered_and_stale_frames_go(trainer, tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()
    (folder / "frame_0009.png").write_bytes(b"old")
    with ex.Stage("filter") as stage:
        ex.export_animation(stage, ex.training_frames(trainer, 3, 1), 3, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["frame_0001.png", "frame_0002.png", "frame_0003.png"]
    assert Image.open(folder / "frame_0002.png").size == (360, 330)


def test_same_seed_gives_identical_png_bytes(sample_image, tmp_path):
    def export(name):
        t = Trainer(sample_image, LessonConfig(seed=5))
        t.step(10)
        with ex.Stage("board") as stage:
            stage.draw(t.snapshot(with_input_grad=True), StepThrough(t))
            return ex.export_still(stage.widget, tmp_path / name, 2).read_bytes()

    assert export("a.png") == export("b.png")


def test_light_slide_is_exactly_1920x1080_with_a_white_background(trainer, snap, tmp_path):
    model = StepThrough(trainer)
    model.seek(417)
    with ex.Stage("slide", th.LIGHT) as stage:
        stage.set_title(*ex.slide_title("sample:shapes", snap, model))
        stage.draw(snap, model)
        assert list(stage.panels) == list(ex.SLIDE_PANELS)
        assert "position 417 of 900" in stage.subtitle_label.text()
        assert "after 417 of 900" in stage.panels["buffer"].title_label.text()
        np.testing.assert_array_equal(stage.panels["buffer"].highlight, model.changed_cells)
        path = ex.export_still(stage.widget, tmp_path / "slide.png", stage.scale)
    im = Image.open(path).convert("RGB")
    assert im.size == (1920, 1080)
    assert im.getpixel((3, 3)) == (255, 255, 255)


def test_slide_layout_rows():
    cells, stretch = ex.slide_layout(["input", "filter", "buffer", "output", "loss"])
    assert [(k, r, c, cs) for k, r, c, _, cs in cells] == [
        ("input", 0, 0, 3), ("filter", 0, 3, 3), ("buffer", 0, 6, 3), ("output", 0, 9, 3), ("loss", 1, 0, 12)]
    assert stretch == (5, 4)
    cells, _ = ex.slide_layout(["input", "target", "output", "error", "filter", "trajectory", "loss"])
    assert [r for _, r, *_ in cells] == [0, 0, 0, 1, 1, 2, 2]


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "figure.png"
    path.write_bytes(b"old bytes")
    with pytest.raises(ex.ExportError, match="does not exist"):
        ex.write_bytes(tmp_path / "missing" / "figure.png", b"new")

    def fail_create_temp(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(ex.safe_write, "_create_temp", fail_create_temp)
        with pytest.raises(ex.ExportError, match="Permission denied"):
            ex.write_bytes(path, b"new bytes")
    assert path.read_bytes() == b"old bytes"

    def fail_midway(fh):
        fh.write(b"half of the")
        raise OSError(28, "No space left on device")

    with pytest.raises(ex.ExportError, match="No space left"):
        ex.write_atomic(path, fail_midway)
    assert path.read_bytes() == b"old bytes"
    assert os.listdir(tmp_path) == ["figure.png"]  # no temporary file left behind
    ex.write_bytes(path, b"new bytes")
    assert path.read_bytes() == b"new bytes" and os.listdir(tmp_path) == ["figure.png"]


# ---- the window's menu --------------------------------------------------------------------------
def test_export_menu_and_copy_shortcut_are_installed(window):
    exp = window.exporter
    file_titles = [a.text() for a in window.file_menu.actions()]
    assert "&Export" in file_titles and file_titles[-1] == "Quit"
    assert exp.copy_action.shortcut().toString() == "Ctrl+Shift+C"
    assert [a.text() for a in exp.menu.actions() if not a.isSeparator()][:3] == [
        "Figure (PNG or SVG)…", "Slide (1920×1080)…", "Animation (GIF, MP4 or PNG frames)…"]


def test_copy_takes_the_panel_under_the_mouse_else_the_window(window, monkeypatch):
    monkeypatch.setattr(QtWidgets.QApplication, "widgetAt", staticmethod(lambda *a: None))
    assert window.exporter.copy_to_clipboard() == "window"
    filter_panel = window.panels["filter"]
    under = filter_panel.view.viewport()
    monkeypatch.setattr(QtWidgets.QApplication, "widgetAt", staticmethod(lambda *a: under))
    assert window.exporter.copy_to_clipboard() == "filter"
    image = QtWidgets.QApplication.clipboard().image()
    assert (image.width(), image.height()) == (filter_panel.width() * 2, filter_panel.height() * 2)


def test_window_png_at_2x_from_the_menu(window, tmp_path):
    window.resize(1200, 800)
    ex.settle()
    path = window.exporter.run(ExportRequest("window", tmp_path / "window.png", scale=2, theme=window.theme.name))
    assert Image.open(path).size == (window.width() * 2, window.height() * 2)


def test_panel_in_the_other_theme_is_drawn_offscreen(window, tmp_path):
    path = window.exporter.run(ExportRequest("filter", tmp_path / "filter.png", scale=1, theme="light"))
    im = Image.open(path).convert("RGB")
    panel = window.panels["filter"]
    assert im.size == (panel.width(), panel.height())
    assert im.getpixel((im.width // 2, 3)) == (255, 255, 255)
    assert window.theme is th.DARK  # the screen did not change


def test_unwritable_path_gets_a_dialog(window, tmp_path):
    assert window.exporter.run(ExportRequest("slide", tmp_path / "missing" / "slide.png")) is None
    assert "does not exist" in window.last_error
    window._dialog.close()


def test_animation_from_the_menu_and_cancel(window, tmp_path, monkeypatch):
    step = window.snapshot.step
    path = window.exporter.run(ExportRequest("filter", tmp_path / "filter.gif", frames=3, every=2))
    assert Image.open(path).n_frames == 3
    assert window.worker.latest().step == step  # a copy was trained, not the run on screen
    monkeypatch.setattr(QtWidgets.QProgressDialog, "wasCanceled", lambda self: True)
    assert window.exporter.run(ExportRequest("input", tmp_path / "input.gif", gif_mode="pass", frames=5)) is None
    assert not (tmp_path / "input.gif").exists()
    assert sorted(set(os.listdir(tmp_path)) - {"settings"}) == ["filter.gif"]  # settings: the test's own preferences


def test_dialog_shows_only_what_applies_and_builds_the_request(window, tmp_path):
    dialog = ExportDialog(window, "gif", "slide")
    try:
        form = dialog.layout()
        assert form.isRowVisible(dialog.rows["frames"]) and form.isRowVisible(dialog.rows["slide_panels"])
        assert not form.isRowVisible(dialog.rows["scale"])  # a slide is always 1920x1080
        dialog.kind.setCurrentIndex(dialog.kind.findData("svg"))
        dialog.target.setCurrentIndex(dialog.target.findData("filter"))
        assert not form.isRowVisible(dialog.rows["frames"]) and not form.isRowVisible(dialog.rows["scale"])
        dialog.target.setCurrentIndex(dialog.target.findData("slide"))
        dialog.slide_boxes["trajectory"].setChecked(True)
        dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
        request = dialog.request(tmp_path / "s.svg")
        assert request.slide_panels == ex.SLIDE_PANELS + ("trajectory",)
        assert (request.target, request.theme, request.animated) == ("slide", "light", False)
    finally:
        dialog.close()


def test_slide_from_the_menu_is_1920x1080_whatever_the_scale(window, tmp_path):
    path = window.exporter.run(ExportRequest("slide", tmp_path / "slide.png", scale=3, theme="light",
                                             slide_panels=("filter", "buffer", "trajectory"), title="Shared weights"))
    assert Image.open(path).size == (1920, 1080)


def test_dialog_offers_mp4_with_the_animation_settings(window, tmp_path):
    from cnnviz.app import encoders as enc

    dialog = ExportDialog(window, "mp4", "filter")
    try:
        form = dialog.layout()
        assert dialog.kind.currentData() == "mp4"
        wanted = "MP4 video (H.264)" + ("" if enc.video_support_problem() is None else f": needs {enc.VIDEO_EXTRA}")
        assert dialog.kind.currentText() == wanted
        for row in ("frames", "every", "frame_ms", "scale", "gif_mode"):
            assert form.isRowVisible(dialog.rows[row]), row
        assert dialog.request(tmp_path / "a.mp4").animated
    finally:
        dialog.close()


def test_mp4_from_the_menu(window, tmp_path):
    av = pytest.importorskip("av")
    path = window.exporter.run(ExportRequest("filter", tmp_path / "filter.mp4", scale=1, frames=3, every=2,
                                             frame_ms=50))
    size = window.panels["filter"].size()
    with av.open(str(path)) as container:
        rate = container.streams.video[0].average_rate  # read while open (PyAV 19 refuses after)
        frames = list(container.decode(video=0))
    assert len(frames) == 3 and rate == 20
    assert (frames[0].width, frames[0].height) == (size.width() + size.width() % 2, size.height() + size.height() % 2)


def test_default_slide_has_the_filter_and_axes_ending_at_the_image_edge(window, tmp_path):
    """File > Export > Slide with the dialog's defaults: the filter is on it, and every map's axes
    run over the image and no further (0..32 for the 32x32 input, 0..30 for a 30x30 map)."""
    dialog = ExportDialog(window, "png", "slide")
    try:
        request = dialog.request(tmp_path / "slide.png")
    finally:
        dialog.deleteLater()
    assert "filter" in request.slide_panels
    exporter = window.exporter
    with exporter._stage(request, "slide") as stage:
        exporter._draw_like_screen(stage, request)
        snap = window.snapshot
        assert stage.panels["filter"].cell_texts() == grid(snap.weights, snap.bias)
        assert "sample image 'shapes' · step" in stage.subtitle_label.text()
        maps = {key: p for key, p in stage.panels.items() if hasattr(p, "colorbar")}
        assert set(maps) >= {"input", "output"}
        for key, panel in maps.items():
            rows, cols = panel.data.shape
            (x0, x1), (y0, y1) = panel.plot.vb.viewRange()
            assert (x0, x1) == pytest.approx((0, cols), abs=0.3), key
            assert (y0, y1) == pytest.approx((0, rows), abs=0.3), key
        assert maps["input"].data.shape == snap.images.shape[1:]
    path = exporter.run(request)
    assert Image.open(path).size == (1920, 1080)
