"""Exports: rendering and writing only (the menu is export_menu.py, the command line export_cli.py).

- Stills: a widget (the window, a panel, a slide) as PNG at 1x-4x or as SVG (vector text and
  frames, cell images embedded). Cells are never smoothed: every scale is nearest-neighbour.
- A slide: a 16:9 title and the chosen panels, laid out at 960x540 and rendered at 2x (1920x1080),
  so text is as large on the slide as on the screen.
- Animations: frames of training (one every N updates) or of one step-through pass, as an
  animated GIF with ONE shared palette (no flicker), an H.264 MP4 (PyAV, optional) or numbered
  PNG frames for video tools. Frames are rendered, encoded and dropped one at a time (the
  encoders are in encoders.py), so memory holds one frame whatever the length.
- Writing is atomic: a temporary file in the same folder, then os.replace, so a failure never
  leaves a half-written file in place of an existing one.

Offscreen widgets (a `Stage`) are built from a snapshot, so exports in another theme or at
another size never touch the window on screen.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Iterator

import numpy as np
from PIL import Image
from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from cnnviz import safe_write
from cnnviz.app import board
from cnnviz.app import encoders as enc
from cnnviz.app import theme as th
from cnnviz.app.layer_words import filter_size
from cnnviz.app.panels.base import MapPanel, full_resolution
from cnnviz.engine import Snapshot, Trainer, TrainingDiverged
from cnnviz.i18n import grouped, translate
from cnnviz.safe_write import process_alive, shown_path

if TYPE_CHECKING:  # the models' modules are imported where they are made, on first use
    from cnnviz.comparison import Comparison
    from cnnviz.stepthrough import StepThrough

SCALES = (1, 2, 3, 4)
ANIMATION_SUFFIXES = (".gif", ".mp4", "")  # "": a folder of numbered PNG frames
COMPARE = "compare"  # shared vs untied (cnnviz/app/panels/compare_panel.py), drawn from a Comparison
STEPTHROUGH = "stepthrough"  # the window in step-through mode: the maps and grids, the pass's numbers below
TARGETS = ("window", "slide") + board.PANEL_NAMES + (COMPARE,)
SLIDE_PANELS = board.SLIDE_PANELS
SLIDE_SIZE = (960, 540)  # logical pixels, rendered at SLIDE_SCALE: 1920x1080
SLIDE_SCALE = 2
WINDOW_SIZE = (1600, 900)  # the window when exported headless
BOARD_SIZE = (1290, 850)  # the window's panels alone (animations; another theme than on screen)
VIDEO_SIZE = (960, 540)  # the default MP4's board: 16:9, each pixel doubled (VIDEO_UPSCALE)
VIDEO_UPSCALE = 2  # 1920x1080, and H.264's 2x2 colour blocks never straddle a pixel's edge
PANEL_SIZE = (360, 330)
WIDE_PANELS = ("loss", "trajectory")
WIDE_PANEL_SIZE = (640, 300)
COMPARE_SIZE = (1280, 720)  # 16:9: a slide at --scale 1.5 or 2
MAX_FRAMES = 1000
FRAME_MS = board.FRAME_MS
GIF_COLORS = 255  # one index spare: GIF palettes hold 256
GIF_GRAYS, GIF_DIVERGING = 40, 100  # palette entries kept for the colormaps' ramps

Progress = Callable[[int, int], "bool | None"]  # (done, total) -> False to cancel


class ExportError(Exception):
    """An export that cannot be done (e.g. an unwritable path): one line for a dialog or stderr."""


class AnimationDiverged(ExportError):
    """Training diverged while frames were being recorded (the command line exits 1)."""


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


# ---- rendering -------------------------------------------------------------------------------
@contextlib.contextmanager
def quiet_platform_notes() -> Iterator[None]:
    """Qt's messages go to stderr as usual, less the offscreen platform's harmless notes ("This
    plugin does not support propagateSizeHints()"), so a headless export prints only its result."""
    def handler(mode, context, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    previous = QtCore.qInstallMessageHandler(handler)
    try:
        yield
    finally:
        QtCore.qInstallMessageHandler(previous)


def settle(rounds: int = 2) -> None:
    """Let Qt lay out, resize and paint what changed: a widget must be laid out before it is
    rendered (pyqtgraph's axes find their width while painting, so painting is part of it)."""
    for _ in range(rounds):
        QtWidgets.QApplication.processEvents()


def settle_layout(rounds: int = 2) -> None:
    """Only the pending layouts (titles that wrap, axes that widened): for the frames of an
    animation after the first, where painting the offscreen widget too would double the time."""
    for _ in range(rounds):
        QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)


def render_image(widget: QtWidgets.QWidget, scale: int = 1) -> QtGui.QImage:
    """The widget as an RGB image of scale x its size; cells stay crisp (no smoothing)."""
    if not (isinstance(scale, int) and 1 <= scale <= 2 * max(SCALES)):  # a slide doubles the asked scale
        raise ExportError(translate("Export", "scale must be a whole number in 1..{high}, not {scale}")
                          .format(high=max(SCALES), scale=scale))
    image = QtGui.QImage(widget.size() * scale, QtGui.QImage.Format.Format_RGB32)
    # Everything is drawn at `scale` device pixels per widget pixel: text and lines are redrawn
    # sharp, and cell images are scaled nearest-neighbour (SmoothPixmapTransform stays off).
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().color(QtGui.QPalette.ColorRole.Window))
    with full_resolution(widget):  # a map larger than the screen shows on screen downsampled
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, False)
        widget.render(painter, QtCore.QPoint())
        painter.end()
    return image


def png_bytes(image: QtGui.QImage) -> bytes:
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(translate("Export", "could not encode the PNG image"))
    return bytes(buffer.data())


def render_svg(widget: QtWidgets.QWidget, scale: int = 1, title: str = "cnnviz") -> bytes:
    """The widget as SVG: text and frames stay vectors; cell images are embedded PNGs."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    generator = QtSvg.QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size() * scale)
    generator.setViewBox(QtCore.QRect(QtCore.QPoint(), widget.size()))
    generator.setResolution(96)
    generator.setTitle(title)
    generator.setDescription("exported by cnnviz")
    with full_resolution(widget):
        painter = QtGui.QPainter(generator)
        widget.render(painter, QtCore.QPoint())
        painter.end()
    svg = bytes(buffer.data()).decode("utf-8")
    # Ask viewers to enlarge the embedded cell images without blurring them.
    svg = svg.replace("<image ", '<image style="image-rendering:pixelated" ')
    return svg.encode("utf-8")


def to_pil(image: QtGui.QImage) -> Image.Image:
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


# ---- writing ---------------------------------------------------------------------------------
def check_output(path: str | Path) -> Path:
    """A file path that may be written (cnnviz/safe_write.py: its folder exists and is writable;
    a symlink is written through; a folder, FIFO, device or socket is refused); else
    ExportError, before any work."""
    path = Path(path).expanduser()
    try:
        safe_write.check_target(path)
    except OSError as e:
        raise ExportError(str(e) if isinstance(e, safe_write.UnsafeTarget)
                          else translate("Export", "cannot write {path}: {reason}")
                          .format(path=shown_path(path), reason=e.strerror or e)) from None
    return path


def write_atomic(path: str | Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write through write(file) into a temporary file next to `path`, then os.replace it
    (cnnviz/safe_write.py). On any failure the temporary file is removed and an existing file
    at `path` is untouched; OSError becomes ExportError."""
    path = check_output(path)
    try:
        safe_write.write_atomic(path, write)
    except OSError as e:
        raise ExportError(str(e) if isinstance(e, safe_write.UnsafeTarget)
                          else translate("Export", "cannot write {path}: {reason}")
                          .format(path=shown_path(path), reason=e.strerror or e)) from None
    return path


def write_bytes(path: str | Path, data: bytes) -> Path:
    return write_atomic(path, lambda fh: fh.write(data))


# ---- stills ----------------------------------------------------------------------------------
def export_still(widget: QtWidgets.QWidget, path: str | Path, scale: int = 1, title: str = "cnnviz") -> Path:
    """PNG (at scale) or SVG, chosen by the path's extension."""
    suffix = Path(path).suffix.lower()
    if suffix == ".png":
        return write_bytes(path, png_bytes(render_image(widget, scale)))
    if suffix == ".svg":
        return write_bytes(path, render_svg(widget, scale, title))
    raise ExportError(translate("Export", "cannot export {path}: use .png or .svg").format(path=shown_path(path)))


# ---- what a step-through shows -----------------------------------------------------------------
def show_position(panels: dict[str, QtWidgets.QWidget], model: StepThrough) -> None:
    """Draw the state after model.count positions on the panels present, like the app's
    step-through mode: the receptive field, the running buffer (changed cells framed), dx so far."""
    v = model.current
    n = v.image if v is not None else 0
    numbers = dict(count=grouped(model.count), P=grouped(model.P))
    if "input" in panels:
        if v is not None:
            panels["input"].show_receptive_field(v.row, v.col)
        else:  # nothing added yet: no position to point at
            panels["input"].receptive_field.setVisible(False)
    for key in ("output", "error", "target"):
        if key in panels:
            panels[key].mark_cell(v.row if v else None, v.col if v else None)
    if "buffer" in panels:
        what = (translate("Export", "overwritten after {count} of {P} positions") if model.overwrite else
                translate("Export", "running sum after {count} of {P} positions")).format(**numbers)
        panels["buffer"].show_buffer(model.buffer, model.buffer_bias, what,
                                     highlight=model.changed_cells if v is not None else None)
    if "input_grad" in panels:
        note = translate("Export", ", after {count} of {P} positions").format(**numbers)
        panels["input_grad"].show_input_grad(model.input_grad[n], note=note)


# ---- offscreen stages --------------------------------------------------------------------------
def show_offscreen(widget: QtWidgets.QWidget, size: tuple[int, int]) -> None:
    """Lay `widget` out at `size` as if shown, without mapping it on any screen."""
    widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    widget.show()
    settle()


# ---- the stage's layouts --------------------------------------------------------------------------
def slide_layout(keys: Iterable[str]) -> tuple[list[tuple[str, int, int, int, int]], tuple[int, ...]]:
    """Grid cells (key, row, col, row span, col span) on 12 columns and the rows' stretch:
    map and grid panels in rows of at most 4 (balanced), the wide plots side by side below."""
    keys = list(keys)
    squares = [k for k in keys if k not in WIDE_PANELS]
    wide = [k for k in keys if k in WIDE_PANELS]
    rows: list[list[str]] = []
    if squares:
        nrows = -(-len(squares) // 4)
        per_row = -(-len(squares) // nrows)
        rows = [squares[i:i + per_row] for i in range(0, len(squares), per_row)]
    if wide:
        rows.append(wide)
    cells, stretch = [], []
    for r, row in enumerate(rows):
        span = 12 // len(row)
        offset = (12 - span * len(row)) // 2
        cells += [(key, r, offset + i * span, 1, span) for i, key in enumerate(row)]
        stretch.append(4 if row is wide else 5)
    return cells, tuple(stretch)


class Stage:
    """An offscreen widget to render: the window's panels ("board"), one panel, a slide, or the
    window in step-through mode ("stepthrough", drawn with a StepThrough model).

    target : "board", "slide" or a panel key;  theme : th.Theme
    size   : (width, height) in logical pixels (default: a size that suits the target)
    Built with WA_DontShowOnScreen: laid out like a shown widget, never mapped on screen.
    Close it after use (or use it as a context manager).
    """

    def __init__(self, target: str, theme: th.Theme = th.DARK, size: tuple[int, int] | None = None,
                 slide_panels: Iterable[str] = SLIDE_PANELS, title: str = ""):
        self.target = target
        self.theme = theme
        self.scale = 1
        self._drawn = False
        self.title_label: QtWidgets.QLabel | None = None
        self.subtitle_label: QtWidgets.QLabel | None = None
        self.stepthrough: StepThroughPanel | None = None
        if target == "board":
            self.panels = board.make_panels(theme)
            self.widget = board.make_grid(self.panels)
            self._paint_background(self.widget)
        elif target == "slide":
            keys = list(dict.fromkeys(k for k in slide_panels if k in board.PANEL_NAMES))  # the order asked
            if not keys:
                raise ExportError(translate("Export", "a slide needs at least one panel"))
            self.panels = board.make_panels(theme, keys)
            self.widget = self._make_slide(keys, title)
            self.scale = SLIDE_SCALE
        elif target == STEPTHROUGH:  # as the app lays it out in step-through mode (B)
            self.panels = board.make_panels(theme, [k for k in board.PANEL_NAMES if k not in board.HISTORY_PANELS])
            self.widget = board.make_grid(self.panels)
            from cnnviz.app.panels.stepthrough_panel import StepThroughPanel

            self.stepthrough = StepThroughPanel(theme)
            self.stepthrough.set_interactive(False)
            self.widget.layout().addWidget(self.stepthrough, 2, 0, 1, 4)
            self.widget.layout().setRowStretch(2, 5)
            self._paint_background(self.widget)
        elif target == COMPARE:
            from cnnviz.app.panels.compare_panel import ComparePanel

            panel = ComparePanel(theme)
            panel.set_interactive(False)
            self.panels = {COMPARE: panel}
            self.widget = panel
        elif target in board.PANEL_NAMES:
            self.panels = board.make_panels(theme, [target])
            self.widget = self.panels[target]
        else:
            raise ExportError(translate("Export", "unknown panel {name}; choose one of {names}")
                              .format(name=repr(target), names=", ".join(TARGETS)))
        for m in [self.widget, *self.widget.findChildren(MapPanel)]:
            if isinstance(m, MapPanel):
                m.full_resolution = True  # an export draws every cell, however large the map
        show_offscreen(self.widget, size or self.default_size(target))

    @staticmethod
    def default_size(target: str) -> tuple[int, int]:
        if target in ("board", STEPTHROUGH):
            return BOARD_SIZE
        if target == "slide":
            return SLIDE_SIZE
        if target == COMPARE:
            return COMPARE_SIZE
        return WIDE_PANEL_SIZE if target in WIDE_PANELS else PANEL_SIZE

    def _paint_background(self, widget: QtWidgets.QWidget) -> None:
        th.apply_palette(widget, self.theme)
        widget.setAutoFillBackground(True)

    def _make_slide(self, keys: list[str], title: str) -> QtWidgets.QWidget:
        slide = QtWidgets.QWidget()
        self._paint_background(slide)
        # The slide's own background, not the window's card colour: it sits on a white or dark slide.
        palette = slide.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(self.theme.background))
        slide.setPalette(palette)
        layout = QtWidgets.QVBoxLayout(slide)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        self.title_label = QtWidgets.QLabel(title)
        self.subtitle_label = QtWidgets.QLabel("")
        for label, px, bold, colour in ((self.title_label, 22, True, self.theme.foreground),
                                        (self.subtitle_label, 12, False, self.theme.muted)):
            font = label.font()
            font.setPixelSize(px)
            font.setBold(bold)
            label.setFont(font)
            label.setStyleSheet(f"color: {colour}; background: transparent;")
            layout.addWidget(label)
        cells, stretch = slide_layout(keys)
        layout.addSpacing(6)
        layout.addWidget(board.make_grid(self.panels, cells, stretch), stretch=1)
        return slide

    def set_title(self, title: str, subtitle: str = "") -> None:
        """The slide's title line and a smaller line under it (no effect on other stages)."""
        if self.title_label is not None:
            self.title_label.setText(title)
            self.subtitle_label.setText(subtitle)

    def draw(self, snap: Snapshot, model: StepThrough | None = None,
             field: tuple[int, int] | None = None) -> None:
        """Draw a snapshot; with `model`, the step-through state after model.count positions;
        `field` (row, col) places the input's receptive field (as hovered on screen)."""
        if self.target == COMPARE:
            raise ExportError("the comparison is drawn from both layers: use draw_comparison()")
        image = model.current.image if model is not None and model.current is not None else 0
        for panel in self.panels.values():
            if hasattr(panel, "image_index"):
                panel.image_index = image
        board.draw(self.panels, snap)
        if field is not None and "input" in self.panels:
            self.panels["input"].show_receptive_field(*field)
        if model is not None:
            show_position(self.panels, model)
            if self.stepthrough is not None:
                self.stepthrough.show_model(model)
        settle_layout() if self._drawn else settle()
        self._drawn = True

    def draw_comparison(self, comparison: Comparison) -> None:
        """Draw shared vs untied (target "compare"): both layers, their losses and the last test."""
        if self.target != COMPARE:
            raise ExportError(f"a comparison is drawn on the {COMPARE!r} target, not {self.target!r}")
        self.panels[COMPARE].show_comparison(comparison)
        settle_layout() if self._drawn else settle()
        self._drawn = True

    def image(self, scale: int | None = None) -> QtGui.QImage:
        return render_image(self.widget, scale or self.scale)

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()

    def __enter__(self) -> "Stage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def slide_label(label: str) -> str:
    """The image as a class reads it: "sample image 'shapes'", a file's or folder's name (not the
    app's internal "sample:shapes" or a full path)."""
    if label.startswith("sample:"):
        return translate("Export", "sample image '{name}'").format(name=label.split(":", 1)[1])
    return Path(label).name or label


def slide_title(label: str, snap: Snapshot, model: StepThrough | None = None) -> tuple[str, str]:
    """('One shared 3×3 filter learning sobel-x', "sample image 'shapes' · step 50 · loss 113.9 · ...")."""
    c = snap.config
    title = translate("Export", "One shared {size} filter learning {target}").format(size=filter_size(c),
                                                                                    target=c.target)
    errors = (translate("Export", "{optimizer}, mean of squared errors") if c.reduction == "mean" else
              translate("Export", "{optimizer}, sum of squared errors"))
    parts = [slide_label(label), translate("Export", "step {step}").format(step=grouped(snap.step)),
             translate("Export", "loss {loss}").format(loss=th.fmt(snap.loss)), f"lr {c.lr:g}",
             errors.format(optimizer=c.optimizer)]
    if model is not None:
        parts.append(model.counter_text)
    return title, " · ".join(p for p in parts if p)


# ---- animations -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    """What one animation frame shows: a snapshot, and optionally a step-through model seeked
    to `count` positions when the frame is drawn (frames of one pass share one model)."""

    snap: Snapshot
    model: StepThrough | None = None
    count: int = 0


def pass_counts(positions: int, frames: int) -> list[int]:
    """Counts 0..positions (all added) sub-sampled evenly to at most `frames` values."""
    if frames < 1:
        raise ExportError(translate("Export", "an animation needs at least 1 frame"))
    if frames == 1:
        return [positions]
    counts = np.round(np.linspace(0, positions, min(frames, positions + 1))).astype(int)
    return sorted(set(counts.tolist()))


def pass_frames(model: StepThrough, frames: int, upto: int | None = None) -> list[Frame]:
    """One backward pass position by position, 0..`upto` positions (default: all P), at most
    `frames` frames."""
    upto = model.P if upto is None else upto
    return [Frame(model.snapshot, model, count) for count in pass_counts(upto, frames)]


def training_frames(trainer: Trainer, frames: int, every: int) -> Iterator[Frame]:
    """The trainer's state now and after every `every` updates: `frames` frames in all.
    Steps `trainer` (give it a copy to keep the original where it is)."""
    if every < 1:
        raise ExportError(translate("Export", "frames must be at least 1 update apart"))
    for i in range(frames):
        if i > 0:
            try:
                trainer.step(every)
            except TrainingDiverged as e:
                raise AnimationDiverged(translate("Export", "{error} (at frame {i} of {n}; nothing was written)").format(
                    error=e, i=i + 1, n=frames)) from None
        yield Frame(trainer.snapshot(with_input_grad=True))


def render_frames(stage: Stage, frames: Iterable[Frame], scale: int, label: str = "",
                  title: str | None = None) -> Iterator[QtGui.QImage]:
    for frame in frames:
        if frame.model is not None:
            frame.model.seek(frame.count)
        if stage.target == "slide":
            auto_title, subtitle = slide_title(label, frame.snap, frame.model)
            stage.set_title(title or auto_title, subtitle)
        stage.draw(frame.snap, frame.model)
        yield stage.image(scale * stage.scale)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled(translate("Export", "export cancelled"))


def fixed_colors(theme: th.Theme) -> list[tuple[int, int, int]]:
    """Colours every frame may use: the theme's, the weights' line colours, and evenly spaced
    steps of the gray and diverging colormaps (the cells' and colour bars' colours)."""
    names = [theme.background, theme.foreground, theme.panel, theme.accent, theme.muted,
             *getattr(theme, "param_colors", ()), *th.PARAM_COLORS]
    colors = [QtGui.QColor(name).getRgb()[:3] for name in names]
    for cmap, n in ((th.GRAY, GIF_GRAYS), (th.DIVERGING, GIF_DIVERGING)):
        lut = th.colormap(cmap).getLookupTable(0.0, 1.0, n, alpha=False)
        colors += [tuple(int(v) for v in rgb[:3]) for rgb in lut]
    return list(dict.fromkeys(colors))


def shared_palette(image: Image.Image, theme: th.Theme) -> Image.Image:
    """One palette of <= 255 colours for every frame: the fixed colours (so cells, colour bars
    and lines keep their exact hues), then the first frame's own blends (antialiased text and
    lines) by median cut, which is deterministic."""
    fixed = fixed_colors(theme)[:GIF_COLORS]
    room = GIF_COLORS - len(fixed)
    own = image.quantize(colors=room, method=Image.Quantize.MEDIANCUT).getpalette()[:3 * room] if room else []
    palette = Image.new("P", (1, 1))
    palette.putpalette([v for rgb in fixed for v in rgb] + own)
    return palette


def gif_frames(images: Iterable[QtGui.QImage], theme: th.Theme) -> Iterator[Image.Image]:
    """Each frame mapped onto the first frame's palette, undithered (one palette, no flicker),
    one at a time as they are rendered."""
    palette: Image.Image | None = None
    for qimage in images:
        rgb = to_pil(qimage)
        if palette is None:
            palette = shared_palette(rgb, theme)
        yield rgb.quantize(palette=palette, dither=Image.Dither.NONE)


def rgb_frames(images: Iterable[QtGui.QImage]) -> Iterator[np.ndarray]:
    """Each frame as a (height, width, 3) uint8 RGB array (for video)."""
    for qimage in images:
        rgb = qimage.convertToFormat(QtGui.QImage.Format.Format_RGB888)
        rows = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
        yield rows[:, :3 * rgb.width()].reshape(rgb.height(), rgb.width(), 3)


def upscaled(frames: Iterable[np.ndarray], factor: int) -> Iterator[np.ndarray]:
    """Each frame with every pixel repeated factor x factor times (nearest neighbour: no blur)."""
    for rgb in frames:
        yield rgb if factor == 1 else np.repeat(np.repeat(rgb, factor, axis=0), factor, axis=1)


def _reporting(items: Iterable, total: int, progress: Progress | None) -> Iterator:
    """The items, reporting (i, total) once the consumer has written item i."""
    for i, item in enumerate(items, start=1):
        yield item
        _report(progress, i, total)


def _encoding(encode: Callable[[BinaryIO], object]) -> Callable[[BinaryIO], object]:
    def write(fh: BinaryIO) -> object:
        try:
            return encode(fh)
        except enc.EncodeError as e:
            raise ExportError(str(e)) from None

    return write


def save_gif(path: str | Path, frames: Iterable[Image.Image], frame_ms: int = FRAME_MS) -> Path:
    """An endless GIF of P frames on one palette, encoded as they come (see encoders.GifWriter)."""
    return write_atomic(path, _encoding(lambda fh: enc.write_gif(fh, frames, frame_ms)))


def save_mp4(path: str | Path, frames: Iterable[np.ndarray], frame_ms: int = FRAME_MS) -> Path:
    """H.264 video of RGB frames, encoded as they come (see encoders.write_mp4)."""
    return write_atomic(path, _encoding(lambda fh: enc.write_mp4(fh, frames, frame_ms)))


FRAME_NAME = "frame_{:04d}.png"
_FRAME_RE = re.compile(r"frame_\d{4,}\.png")
_PART = ".part-{pid}"  # a folder being written: .frames.part-1234 next to frames/


def check_folder(path: str | Path) -> Path:
    """A folder for numbered frames: new (its parent exists), empty, or holding only frames
    of an earlier export (they are replaced as a whole); else ExportError."""
    path = Path(path).expanduser()
    if path.name.startswith(".") and path.name not in (".", ".."):
        raise ExportError(translate("Export", "cannot write frames into {path}: a name starting with '.' would be a "
                                    "hidden folder; name the folder (e.g. frames/) or the file (e.g. pass.gif)")
                          .format(path=path))
    if path.exists() and not path.is_dir():
        raise ExportError(translate("Export", "cannot write frames into {path}: it is a file").format(path=path))
    if not path.exists():
        check_output(path)
        return path
    others = sorted(p.name for p in path.iterdir() if not _FRAME_RE.fullmatch(p.name))
    if others:
        text = (translate("Export", "cannot write frames into {path}: it holds other files ({name} and {n} more); "
                          "choose a new or empty folder") if len(others) > 1 else
                translate("Export", "cannot write frames into {path}: it holds other files ({name}); choose a new or "
                          "empty folder"))
        raise ExportError(text.format(path=path, name=repr(others[0]), n=len(others) - 1))
    parent = path.resolve().parent
    if not os.access(parent, os.W_OK | os.X_OK):  # the new frames take the folder's place there
        raise ExportError(translate("Export", "cannot write frames into {path}: the folder {parent} is not writable")
                          .format(path=path, parent=parent))
    return path


def _remove_stale_parts(folder: Path) -> None:
    """Folders left by an export that was killed (its process is gone)."""
    prefix = f".{folder.name}.part-"
    for part in folder.parent.glob(glob.escape(prefix) + "*"):
        pid = part.name[len(prefix):]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(part, ignore_errors=True)


def save_frame_sequence(folder: str | Path, images: Iterable[QtGui.QImage]) -> list[Path]:
    """folder/frame_0001.png, frame_0002.png, ... (e.g. ffmpeg -i frame_%04d.png).

    Written into a fresh sibling folder that then takes the folder's place, so the folder never
    holds a mix of old and new frames, nor half an export."""
    folder = check_folder(folder).resolve()
    _remove_stale_parts(folder)
    part = folder.with_name(f".{folder.name}{_PART.format(pid=os.getpid())}")
    try:
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir()
        count = 0
        for count, image in enumerate(images, start=1):
            write_bytes(part / FRAME_NAME.format(count), png_bytes(image))
        if folder.exists():  # only earlier frames (check_folder): set aside, then removed
            old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
            shutil.rmtree(old, ignore_errors=True)
            os.rename(folder, old)
            os.rename(part, folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(part, folder)
    except OSError as e:
        raise ExportError(translate("Export", "cannot write frames into {path}: {reason}")
                          .format(path=folder, reason=e.strerror or e)) from None
    finally:
        shutil.rmtree(part, ignore_errors=True)
    return [folder / FRAME_NAME.format(i) for i in range(1, count + 1)]


def check_animation_path(path: str | Path) -> Path:
    """The file (.gif, .mp4) or frame folder (no extension) to write; else ExportError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ANIMATION_SUFFIXES:
        raise ExportError(translate("Export", "cannot write an animation to {path}: use .gif, .mp4, or a folder (no "
                                    "extension) for PNG frames").format(path=path))
    if suffix == ".mp4" and (problem := enc.video_support_problem()):
        raise ExportError(problem)
    return check_output(path) if suffix else check_folder(path)


def pin_pass_levels(stage: Stage, frames: list[Frame]) -> None:
    """One colour scale for a whole pass: the largest running buffer and dx the frames show
    (the final ones as the sum grows), so cells darken as the sum grows instead of paling."""
    model = frames[0].model if frames else None
    if model is None:
        return
    buffer, dx = 0.0, 0.0
    for frame in frames:
        model.seek(frame.count)
        n = model.current.image if model.current is not None else 0
        buffer = max(buffer, float(np.abs(model.buffer).max()), abs(float(model.buffer_bias)))
        dx = max(dx, float(np.abs(model.input_grad[n]).max()))
    for key, peak in (("buffer", buffer), ("input_grad", dx)):
        if key in stage.panels:
            stage.panels[key].sticky = PinnedLevel(th.nice_ceiling(peak if peak > 0 else 1e-12))


class PinnedLevel(th.StickyLevel):
    """A colour level that stays where it was put, whatever the data."""

    def __init__(self, level: float):
        super().__init__()
        self.level = level

    def update(self, values: np.ndarray) -> float:
        return self.level


def export_animation(stage: Stage, frames: Iterable[Frame], total: int, path: str | Path, scale: int = 1,
                     frame_ms: int = FRAME_MS, progress: Progress | None = None, label: str = "",
                     title: str | None = None, upscale: int = 1) -> Path:
    """Render `total` frames on `stage` into an animated GIF (.gif), an H.264 video (.mp4) or a
    folder of PNG frames, one frame at a time: render, encode, forget. upscale: each pixel of a
    video's frames repeated upscale x upscale times (whole-pixel cells, VIDEO_UPSCALE)."""
    path = check_animation_path(path)  # before spending time on frames
    suffix = path.suffix.lower()
    if suffix == ".mp4":
        size = stage.widget.size() * scale * stage.scale * upscale
        if problem := enc.video_size_problem(size.width(), size.height()):
            fits = [s for s in range(1, scale) if not enc.video_size_problem(*(
                v * s * stage.scale for v in (stage.widget.width(), stage.widget.height())))]
            hint = translate("Export", "; use a scale of {scale} or less").format(scale=fits[-1]) if fits else ""
            raise ExportError(problem + hint)
    if isinstance(frames, list):
        pin_pass_levels(stage, frames)
    images = _reporting(render_frames(stage, frames, scale, label, title), total, progress)
    if suffix == ".gif":
        return save_gif(path, gif_frames(images, stage.theme), frame_ms)
    if suffix == ".mp4":
        return save_mp4(path, upscaled(rgb_frames(images), upscale), frame_ms)
    save_frame_sequence(path, images)
    return path
