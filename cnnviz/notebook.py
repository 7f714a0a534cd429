"""cnnviz in a Jupyter notebook: a Lesson whose figures draw themselves inline.

    from cnnviz import Lesson
    lesson = Lesson(sample="shapes", target="sobel-x", seed=0)   # or image="cat.png" / an array
    lesson.train(200)                     # a progress bar when it takes a while
    lesson                                # shows the window's panels (a PNG, drawn offscreen)
    lesson.panel("buffer")                # one panel; .save("buffer.png" | "buffer.svg")
    lesson.slide()                        # a 1920x1080 slide
    lesson.stepthrough(position=417)      # the backward pass after 417 of 900 positions
    lesson.animate(frames=60, mode="train")   # a looping GIF inline; .save("training.gif")
    lesson.check(my_backward)             # your own backward pass, checked in a separate process
    lesson.save("mine.cnnviz");  Lesson.open("mine.cnnviz")

Public: Lesson and what its methods return (Figure, Animation, CheckResult); everything else
here is private. Training never imports Qt. The first drawing imports it and makes a
QApplication if none exists yet (offscreen when there is no display); no window is shown and no
event loop is run. Bad input raises ValueError with one line, the command line's words.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import copy
import inspect
import keyword
import io
import math
import os
import sys
import textwrap
import threading
import time
import types
from argparse import Namespace
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from cnnviz import images as _imgs
from cnnviz import lesson_file as _lesson_file
from cnnviz.cli_options import UsageError as _UsageError
from cnnviz.cli_options import config_from_args as _config_from_args
from cnnviz.cli_options import lesson_from_args as _lesson_from_args
from cnnviz.engine import LessonConfig, Trainer, TrainingDiverged
from cnnviz.engine.trainer import lesson_images
from cnnviz.export_cli import MAX_FRAMES as _MAX_FRAMES
from cnnviz.export_cli import PANELS as _PANELS
from cnnviz.export_cli import SLIDE_PANELS as _SLIDE_PANELS
from cnnviz.i18n import grouped as _grouped
from cnnviz.i18n import translate

__all__ = ["Animation", "CheckResult", "Figure", "Lesson"]

_THEMES = ("dark", "light")
_WINDOW = "window"  # the window's panels (the controls are left out)
_D = LessonConfig()
_PROGRESS_AFTER = 1.0  # seconds a job runs before its progress bar appears
_app = None  # the QApplication made here, if one was (kept alive for the whole session)


# ---- Qt, only when something is drawn --------------------------------------------------------
def _qt():
    """The running QApplication; one is made if none exists (never a second one), on the
    offscreen platform when there is no display. Its event loop is never run."""
    global _app
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError(translate("Notebook", "cnnviz figures are drawn on the main thread only (Qt's rule): call "
                                                 "this from the notebook's cell, not from a thread"))
    core = sys.modules.get("PySide6.QtCore")
    if core is None or core.QCoreApplication.instance() is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if not os.environ.get("QT_QPA_PLATFORM") and no_display and sys.platform not in ("darwin", "win32"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported and before the app is made
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        _app = app = QtWidgets.QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "cnnviz"])
    elif not isinstance(app, QtWidgets.QApplication):
        raise RuntimeError(translate("Notebook", "a Qt application without widgets (QCoreApplication) already runs in "
                                                 "this process; cnnviz draws with widgets and cannot make a second one"))
    return app


@contextlib.contextmanager
def _stage(target: str, theme: str, size: tuple[int, int] | None = None, **options) -> Iterator:
    """An offscreen export Stage (cnnviz.app.export), closed and freed afterwards: with no event
    loop running, deleteLater() alone would never free its widgets."""
    _qt()
    from PySide6 import QtCore

    from cnnviz.app import export as ex
    from cnnviz.app import theme as th

    with ex.quiet_platform_notes():
        stage = ex.Stage(target, th.THEMES[theme], size, **options)
        try:
            yield stage
        finally:
            stage.close()
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


# ---- progress for long runs --------------------------------------------------------------------
class _Progress:
    """A progress bar that appears once a job has run for _PROGRESS_AFTER seconds: tqdm if it is
    installed, else one line of text rewritten in place (on stderr)."""

    def __init__(self, total: int, what: str):
        self.total, self.what, self.after = total, what, _PROGRESS_AFTER
        self.start = time.perf_counter()
        self.bar = None
        self.text = False

    def update(self, done: int) -> None:
        elapsed = time.perf_counter() - self.start
        if self.bar is None and not self.text and (elapsed < self.after or done >= self.total):
            return
        if self.bar is None and not self.text:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                self.text = True
            else:
                self.bar = tqdm(total=self.total, desc=self.what, initial=0)
        if self.bar is not None:
            self.bar.update(done - self.bar.n)
        else:
            filled = int(30 * done / max(self.total, 1))
            print(f"\r{self.what}: [{'#' * filled}{'.' * (30 - filled)}] {done:,}/{self.total:,} "
                  f"({elapsed:.0f} s)", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.text:
            print(file=sys.stderr, flush=True)


# ---- checking bad input ------------------------------------------------------------------------
def _theme(theme: str | None, default: str = "dark") -> str:
    theme = default if theme is None else theme
    if theme not in _THEMES:
        raise ValueError(translate("Notebook", "unknown theme {theme}; choose dark or light").format(theme=repr(theme)))
    return theme


def _whole(value, name: str, low: int, high: int | None = None) -> int:
    """A whole number in low..high (high None: no upper limit), or ValueError."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(translate("Notebook", "{name} must be a whole number, got {value}").format(name=name, value=repr(value)))
    if high is None and value < low:
        raise ValueError(translate("Notebook", "{name} must be {low} or more, got {value}").format(
            name=name, low=low, value=value))
    if high is not None and not low <= value <= high:
        raise ValueError(translate("Notebook", "{name} {value} is outside {low}..{high}").format(
            name=name, value=value, low=low, high=high))
    return int(value)


def _path(path, what: str) -> Path:
    """A file name as a Path, or ValueError (open(5), save(None))."""
    if not isinstance(path, (str, os.PathLike)):
        raise ValueError(translate("Notebook", "{what} needs a file name, got {type} {value}").format(
            what=what, type=type(path).__name__, value=repr(str(path)[:40])))
    return Path(path)


def _one_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


# ---- what the methods return -----------------------------------------------------------------
class Figure:
    """A still of the lesson, drawn offscreen: the window's panels, one panel, a slide, a
    step-through or a check's buffers. Shows itself in a notebook (PNG).

    It keeps the state it was made at: train more, then ask the lesson for a new figure.
    """

    def __init__(self, draw: Callable[[], contextlib.AbstractContextManager], title: str, fixed_scale: bool = False):
        self._draw = draw  # () -> a context manager giving a drawn stage (.widget, .scale)
        self.title = title
        self._fixed_scale = fixed_scale  # a slide is always 1920x1080
        self._png: bytes | None = None

    def png(self, scale: int = 1) -> bytes:
        """The figure as PNG bytes, at `scale` (1-4) pixels per screen pixel."""
        scale = self._scale(scale)
        if scale == 1 and self._png is not None:
            return self._png
        from cnnviz.app import export as ex

        with self._draw() as stage:
            data = ex.png_bytes(ex.render_image(stage.widget, scale * stage.scale))
        if scale == 1:
            self._png = data
        return data

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the PNG at scale 1, in pixels."""
        from PIL import Image

        return Image.open(io.BytesIO(self.png())).size

    def save(self, path: str | os.PathLike, scale: int = 1) -> Path:
        """Write "x.png" (at `scale`, 1-4) or "x.svg" (vectors, cell images embedded); returns the path."""
        from cnnviz.app import export as ex

        path = _path(path, "save()")
        scale = self._scale(scale)
        if path.suffix.lower() == ".png" and scale == 1:
            data = self.png()  # the same bytes as shown
            return self._exported(lambda: ex.write_bytes(path, data))
        if path.suffix.lower() == ".svg" and scale != 1:
            raise ValueError(translate("Notebook", "scale applies to PNG; SVG is vector"))
        with self._draw() as stage:
            return self._exported(lambda: ex.export_still(stage.widget, path, scale * stage.scale, title=self.title))

    @staticmethod
    def _exported(write: Callable[[], Path]) -> Path:
        from cnnviz.app import export as ex

        try:
            return write()
        except ex.ExportError as e:
            raise ValueError(str(e)) from None

    def _scale(self, scale) -> int:
        scale = _whole(scale, "scale", 1, 4)
        if self._fixed_scale and scale != 1:
            raise ValueError(translate("Notebook", "scale does not apply to a slide: it is always 1920x1080"))
        return scale

    def _repr_png_(self) -> bytes:
        return self.png()

    def __repr__(self) -> str:
        return f"<cnnviz Figure: {self.title}>"


class Animation:
    """Frames of training or of one backward pass as a looping GIF: shows itself inline
    (an <img> in HTML); .save("x.gif")."""

    def __init__(self, gif: bytes, title: str):
        from PIL import Image

        self.gif = gif
        self.title = title
        with Image.open(io.BytesIO(gif)) as im:
            self.frames: int = im.n_frames  # identical neighbouring frames are merged (their times add up)
            self.size: tuple[int, int] = im.size

    def save(self, path: str | os.PathLike) -> Path:
        """Write the GIF to "x.gif"; returns the path."""
        from cnnviz.app import export as ex

        path = _path(path, "save()")
        if path.suffix.lower() != ".gif":
            raise ValueError(translate("Notebook", "cannot save an animation to {path}: use .gif").format(path=path))
        try:
            return ex.write_bytes(path, self.gif)
        except ex.ExportError as e:
            raise ValueError(str(e)) from None

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.gif).decode("ascii")
        return (f'<img src="data:image/gif;base64,{data}" alt="{_html(self.title)}" '
                f'width="{self.size[0]}" style="max-width:100%">')

    def __repr__(self) -> str:
        return (f"<cnnviz Animation: {self.title}, {self.frames} frames, {self.size[0]}x{self.size[1]} px, "
                f"GIF {len(self.gif) / 1e6:.1f} MB>")


def _html(text: str) -> str:
    import html

    return html.escape(text, quote=True)


class CheckResult:
    """What `lesson.check(fn)` found: the verdict, each diagnosis in words with its evidence,
    and your dw and db beside the true ones (wrong cells outlined).

    verdict   : "correct", "wrong" or "error" (your code failed)
    diagnosis : the ids, e.g. ["overwrite"] (see `cnnviz check --help` and the README)
    headline  : one plain sentence: what is wrong and what to change
    message   : the diagnosis as sentences;  text : the full report, as `cnnviz check` prints it
    buffers   : a Figure of the side-by-side buffers;  report : every detail (report.to_dict())
    """

    def __init__(self, report, theme: str):
        from cnnviz.check_cli import format_report

        self.report = report
        self.verdict: str = report.verdict
        self.diagnosis: list[str] = report.ids
        self.message: str = report.message
        self.headline: str = report.headline
        self.text: str = format_report(report)
        self._theme = theme
        self.buffers = Figure(self._draw_buffers, translate("Notebook", "check of {function}: your buffer beside the true one").format(
            function=report.function))

    @contextlib.contextmanager
    def _draw_buffers(self) -> Iterator:
        _qt()
        from PySide6 import QtCore, QtWidgets

        from cnnviz.app import export as ex
        from cnnviz.app import theme as th
        from cnnviz.app.check_report import show_buffers
        from cnnviz.app.panels.check_panel import CheckBufferPanel

        theme = th.THEMES[self._theme]
        with ex.quiet_platform_notes():
            widget = QtWidgets.QWidget()
            th.apply_palette(widget, theme)
            widget.setAutoFillBackground(True)
            layout = QtWidgets.QHBoxLayout(widget)
            yours, truth = CheckBufferPanel(theme), CheckBufferPanel(theme)
            layout.addWidget(yours)
            layout.addWidget(truth)
            show_buffers(yours, truth, self.report)
            ex.show_offscreen(widget, (720, 380))
            try:
                yield Namespace(widget=widget, scale=1, panels={"yours": yours, "true": truth})
            finally:
                widget.close()
                widget.deleteLater()
                QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)

    def _repr_png_(self) -> bytes:
        return self.buffers.png()

    def _repr_html_(self) -> str:
        from cnnviz.app import theme as th
        from cnnviz.app.check_report import VERDICT_COLORS, report_html, shown_html, verdict_line

        png = base64.b64encode(self.buffers.png()).decode("ascii")
        alt = _html(translate("Notebook", "your dw and db beside the true ones"))
        summary = _html(translate("Notebook", "the report as text"))
        return (f'<div><p style="font-size:1.3em;font-weight:bold;color:{getattr(th.LIGHT, VERDICT_COLORS[self.verdict])}">'
                f"{_html(verdict_line(self.report))}</p>"
                f'<p style="font-size:1.15em">{shown_html(self.headline)}</p>'
                f"{report_html(self.report, th.THEMES['light'])}"  # the notebook's page is light
                f'<img src="data:image/png;base64,{png}" alt="{alt}" style="max-width:100%">'
                f"<details><summary>{summary}</summary><pre>{_html(self.text)}</pre></details></div>")

    def __repr__(self) -> str:
        return self.text


# ---- the lesson ---------------------------------------------------------------------------------
class Lesson:
    """One shared 3x3 filter (9 weights + 1 bias) learning a target kernel on an image.

    Lesson(sample="shapes")            a bundled sample (see `cnnviz samples`; the default)
    Lesson(image="cat.png")            an image file, or a folder of images (a batch)
    Lesson(image=array)                (H, W) or (N, H, W), floats in [0, 1] or uint8/uint16
    target     : a named kernel (sobel-x, sobel-y, laplacian, box-blur, sharpen, identity) or
                 one typed as "1,0,-1;2,0,-2;1,0,-1"
    lr         : learning rate (default 2e-4, lowered to a stable one where that would diverge;
                 other layers: half their own stability limit)
    optimizer  : "sgd" or "momentum" (with `momentum`);  reduction : "sum" or "mean"
    activation : identity, relu, tanh or sigmoid;  seed : seed of the initial weights
    size       : files and samples are resampled to size x size (default 32) or "native"
    theme      : "dark" (as the app) or "light": the default for every figure
    The lecture's next slides (as `cnnviz train`): kernel_size (1..7; default 3, or the size of
    a typed target), stride, padding ("valid", "same", "full" or pixels) and color (RGB images,
    a (3, k, k) filter; the target is the kernel on the luminance). Such a lesson trains, saves
    and opens; its figures and check() are refused for now (the panels draw the 3x3 grey layer).
    lang       : the language of what cnnviz writes from now on in this notebook (de, es, zh_CN, en;
                 default: the system's), as `cnnviz --lang`
    """

    def __init__(self, sample: str | None = None, image=None, *, target: str = _D.target, lr: float | None = None,
                 optimizer: str = _D.optimizer, momentum: float = _D.momentum, reduction: str = _D.reduction,
                 activation: str = _D.activation, seed: int = _D.seed, size: int | str = _imgs.DEFAULT_SIZE,
                 theme: str = "dark", kernel_size: int | None = None, stride: int = _D.stride,
                 padding: int | str = _D.padding, color: bool = _D.color, lang: str | None = None):
        if lang is not None:  # the notebook's language from now on (the class's: one per notebook)
            from cnnviz import i18n

            i18n.set_language(lang)  # a bad one: ValueError, one line naming the choices
        self.theme = _theme(theme)
        args = Namespace(image=None, sample=sample, size=size, kernel=None, target=target, lr=lr,
                         optimizer=optimizer, momentum=momentum, reduction=reduction, activation=activation,
                         seed=seed, kernel_size=kernel_size, stride=stride, padding=padding, color=color)
        if not isinstance(color, bool):
            raise ValueError(translate("Notebook", "color must be True or False, got {value}").format(value=repr(color)))
        if not isinstance(target, str):
            raise ValueError(translate("Notebook", "target must be text, a kernel's name or 'a,b,c;d,e,f;g,h,i', got {value}")
                             .format(value=repr(target)))
        try:
            if isinstance(image, (str, os.PathLike)):
                args.image = os.fspath(image)
                x, self.label, config = _lesson_from_args(args)
            elif image is not None:
                if sample is not None:
                    raise _UsageError(translate("Notebook", "give either an image or a sample, not both"))
                x, self.label = _array_image(image, color), "array"
                config = _config_from_args(args, x)
            else:
                x, self.label, config = _lesson_from_args(args)
            self._trainer = Trainer(x, config)
        except (_UsageError, ValueError) as e:
            raise ValueError(str(e)) from None

    @classmethod
    def open(cls, path: str | os.PathLike, theme: str = "dark") -> Lesson:
        """A saved lesson (.cnnviz, from the app, `cnnviz train --save` or Lesson.save), continued
        exactly where it stopped."""
        path = _path(path, "Lesson.open()")
        lesson = cls.__new__(cls)
        lesson.theme = _theme(theme)
        try:
            saved = _lesson_file.load_lesson(path)
            lesson._trainer = _lesson_file.trainer_from_lesson(saved)
        except _lesson_file.LessonFileError as e:
            raise ValueError(str(e)) from None
        lesson.label = saved.image_label or str(path)
        return lesson

    # ---- state ------------------------------------------------------------------------------
    @property
    def step(self) -> int:
        """Updates taken so far."""
        return self._trainer.step_count

    @property
    def loss(self) -> float:
        """The loss at the current weights."""
        return float(self._trainer.loss())

    @property
    def weights(self) -> np.ndarray:
        """A copy of the shared filter: (3, 3), or config.filter_shape ((k, k) or (3, k, k))."""
        return np.array(self._trainer.weights)

    @property
    def bias(self) -> float:
        return self._trainer.bias

    @property
    def config(self) -> LessonConfig:
        """The settings (target, lr, optimizer, momentum, reduction, activation, seed)."""
        return self._trainer.config

    def __repr__(self) -> str:
        c = self.config
        layer = "" if c.is_classroom_layer else f", {c.layer_text()}"
        return (f"<cnnviz Lesson: {self.label}, learning {c.target}{layer}, lr {c.lr:g}, {c.optimizer}, "
                f"step {self.step:,}, loss {self.loss:.4g}>")  # a repr: for programmers, not translated

    def _require_classroom_layer(self, what: str) -> None:
        try:
            self.config.require_classroom_layer(what)
        except ValueError as e:
            raise ValueError(str(e).replace("`cnnviz train`", "train()")) from None

    # ---- training and saving ----------------------------------------------------------------------
    def train(self, steps: int) -> Lesson:
        """Take `steps` updates (a progress bar shows when it takes more than a second); returns
        the lesson, so `lesson.train(200)` on a cell's last line shows it."""
        steps = _whole(steps, "steps", 0)
        if self.step + steps > _lesson_file.MAX_STEPS:  # said before training, not at save() after it
            raise ValueError(translate("Notebook", "a lesson holds at most 2**62 steps; it is at {step}, and {steps} more "
                                                   "would pass that").format(step=_grouped(self.step), steps=_grouped(steps)))
        with self._lock:  # two threads training one lesson would interleave their steps
            self._train(steps)
        return self

    @property
    def _lock(self) -> threading.RLock:
        """One lock per lesson (made on first use: Lesson.open builds lessons without __init__)."""
        return self.__dict__.setdefault("_lesson_lock", threading.RLock())

    def _train(self, steps: int) -> None:
        progress = _Progress(steps, translate("Notebook", "training"))
        done, chunk = 0, 1
        try:
            while done < steps:
                n = min(chunk, steps - done)
                start = time.perf_counter()
                self._trainer.step(n)
                done += n
                progress.update(done)
                # Chunks of about 0.1 s: the bar moves and Interrupt stops between two steps.
                took = max(time.perf_counter() - start, 1e-6)
                chunk = max(1, min(int(n * 0.1 / took), 2 * n + 1, 100_000))
        except TrainingDiverged as e:
            raise TrainingDiverged(str(e)) from None
        finally:
            progress.close()

    def save(self, path: str | os.PathLike = "lesson.cnnviz") -> Path:
        """Write the whole run (image, settings, weights, optimizer state, history) to a .cnnviz
        file that the app, `cnnviz train --lesson` and Lesson.open continue exactly."""
        path = _path(path, "save()")
        try:
            with self._lock:
                _lesson_file.save_lesson(path, self._trainer, self.label)
        except _lesson_file.LessonFileError as e:
            raise ValueError(str(e)) from None
        return Path(path)

    # ---- figures ------------------------------------------------------------------------------
    def panel(self, name: str = _WINDOW, *, position: int | None = None, theme: str | None = None) -> Figure:
        """One panel as the window shows it now, or "window" (the default): all of the window's
        panels. Panels: input, target, output, error, filter, buffer, input_grad, params, loss,
        trajectory. With `position`, the step-through state after that many positions."""
        if name not in (_WINDOW,) + _PANELS:
            raise ValueError(translate("Notebook", "unknown panel {name}; choose one of {choices}").format(
                name=repr(name), choices=", ".join((_WINDOW,) + _PANELS)))
        theme = _theme(theme, self.theme)
        snap, model = self._snapshot(), self._stepthrough(position)

        @contextlib.contextmanager
        def draw():
            with _stage("board" if name == _WINDOW else name, theme) as stage:
                stage.draw(snap, model)
                yield stage

        if position is None:
            title = translate("Notebook", "{panel} at step {step}")
        else:
            title = translate("Notebook", "{panel} at step {step} after {position} positions")
        return Figure(draw, title.format(panel=name, step=snap.step, position=position))

    def slide(self, panels=_SLIDE_PANELS, *, title: str | None = None, position: int | None = None,
              theme: str | None = None) -> Figure:
        """A 16:9 slide (1920x1080): a title, a line with the settings, and the panels asked
        (default input, filter, buffer, output, loss), as `cnnviz export --panel slide`."""
        keys = [k.strip() for k in panels.split(",")] if isinstance(panels, str) else list(panels)
        unknown = [k for k in keys if k not in _PANELS]
        if unknown or not keys:
            if unknown:
                message = translate("Notebook", "unknown slide panel {names}; choose from {choices}")
            else:
                message = translate("Notebook", "unknown slide panel (none given); choose from {choices}")
            raise ValueError(message.format(names=", ".join(map(str, unknown)), choices=", ".join(_PANELS)))
        theme = _theme(theme, self.theme)
        snap, model = self._snapshot(), self._stepthrough(position)

        @contextlib.contextmanager
        def draw():
            from cnnviz.app import export as ex

            with _stage("slide", theme, slide_panels=keys) as stage:
                auto_title, subtitle = ex.slide_title(self.label, snap, model)
                stage.set_title(title or auto_title, subtitle)
                stage.draw(snap, model)
                yield stage

        return Figure(draw, title or translate("Notebook", "slide at step {step}").format(step=snap.step), fixed_scale=True)

    def stepthrough(self, position: int, *, overwrite: bool = False, theme: str | None = None) -> Figure:
        """The backward pass at the current weights after `position` positions (0..P): the window
        in step-through mode: the receptive field, the running buffer (cells that just changed
        outlined), dx so far, and this position's patch, y, T, δ and contribution in numbers.
        overwrite=True shows the deliberate bug (the buffer keeps only the last contribution)."""
        if position is None:
            raise ValueError(translate("Notebook", "stepthrough needs a position: 0..the number of positions"))
        model = self._stepthrough(position, overwrite)
        snap = model.snapshot
        theme = _theme(theme, self.theme)

        @contextlib.contextmanager
        def draw():
            from cnnviz.app.export import STEPTHROUGH

            with _stage(STEPTHROUGH, theme) as stage:
                stage.draw(snap, model)
                yield stage

        return Figure(draw, translate("Notebook", "step-through at step {step}: {counter}").format(
            step=snap.step, counter=model.counter_text))

    def _repr_png_(self) -> bytes:
        """A lesson shows the window's panels as they are now."""
        return self.panel(_WINDOW).png()

    def _snapshot(self):
        with self._lock:
            return self._trainer.snapshot(with_input_grad=True)

    def _stepthrough(self, position: int | None, overwrite: bool = False):
        """A StepThrough on a copy of the trainer, seeked to `position` (None: none)."""
        if position is None:
            return None
        from cnnviz.stepthrough import StepThrough

        positions = int(np.prod(self._trainer.output_shape))  # N * Ho * Wo, for any layer
        _whole(position, "position", 0)
        if position > positions:
            raise ValueError(translate("Notebook", "position {position} is outside 0..{positions} (the number of "
                                                   "positions)").format(position=position, positions=positions))
        with self._lock:
            trainer = copy.deepcopy(self._trainer)
        model = StepThrough(trainer, overwrite=bool(overwrite))
        model.seek(position)
        return model

    # ---- animations ---------------------------------------------------------------------------
    def animate(self, frames: int = 60, mode: str = "train", *, every: int = 10, panel: str = _WINDOW,
                position: int | None = None, frame_ms: int = 100, scale: int = 1, title: str | None = None,
                theme: str | None = None) -> Animation:
        """A looping GIF, shown inline.

        mode "train": the lesson now and after every `every` updates, `frames` frames in all,
                      recorded on a copy: the lesson itself does not move (train() moves it).
        mode "pass":  one backward pass position by position (0..`position`, default all P),
                      sub-sampled to at most `frames` frames.
        panel: "window" (the window's panels, default), "slide", or one panel's name. One panel
               is small and quick (60 training frames of "filter": about 0.15 MB; of the window:
               about 2 MB; a pass compresses better, as only a few cells change per frame).
        """
        if mode not in ("train", "pass"):
            raise ValueError(translate("Notebook", "unknown mode {mode}; choose train or pass").format(mode=repr(mode)))
        frames = _whole(frames, "frames", 1, _MAX_FRAMES)
        every = _whole(every, "every", 1)
        frame_ms = _whole(frame_ms, "frame_ms", 20, 10000)
        scale = _whole(scale, "scale", 1, 4)
        if panel not in (_WINDOW, "slide") + _PANELS:
            raise ValueError(translate("Notebook", "unknown panel {name}; choose one of {choices}").format(
                name=repr(panel), choices=", ".join((_WINDOW, "slide") + _PANELS)))
        if position is not None and mode != "pass":
            raise ValueError(translate("Notebook", "position applies to mode='pass'"))
        theme = _theme(theme, self.theme)
        _qt()
        from cnnviz.app import export as ex

        if mode == "pass":
            model = self._stepthrough(0 if position is None else position)
            frame_list = ex.pass_frames(model, frames, position)
            total = len(frame_list)
            what = translate("Notebook", "one backward pass, {count} of {positions} positions").format(
                count=_grouped(frame_list[-1].count), positions=_grouped(model.P))
        else:
            with self._lock:
                trainer = copy.deepcopy(self._trainer)
            frame_list, total = ex.training_frames(trainer, frames, every), frames
            what = translate("Notebook", "training from step {step}, a frame every {every} updates").format(
                step=_grouped(self.step), every=every)
        from cnnviz.app import encoders

        progress = _Progress(total, translate("Notebook", "rendering frames"))
        buffer = io.BytesIO()

        def counted(images):
            for done, image in enumerate(images, start=1):
                yield image
                progress.update(done)

        try:
            with _stage("board" if panel == _WINDOW else panel, theme) as stage:
                # Rendered, quantised and encoded one frame at a time (as the exports do).
                images = counted(ex.render_frames(stage, frame_list, scale, self.label, title))
                encoders.write_gif(buffer, ex.gif_frames(images, stage.theme), frame_ms)
        except (ex.ExportError, encoders.EncodeError) as e:
            raise ValueError(str(e)) from None
        finally:
            progress.close()
        return Animation(buffer.getvalue(), what)

    # ---- your own backward pass -----------------------------------------------------------------
    def check(self, function: Callable | str | os.PathLike, *, convention: str | None = None,
              timeout: float = 10.0, theme: str | None = None) -> CheckResult:
        """Run your backward pass (a function defined in the notebook, or a .py file or notebook
        given by its path) on the lesson's data as it is now and on probes that expose the usual
        mistakes, in a separate Python process, and name what is wrong, as `cnnviz check` does.

        convention: "lesson" backward(x, w, dy) -> (dw, db, dx) (with stride=, padding= on a lesson
        with a stride or padding; colour: x (3, H, W), w (3, k, k)), "cs231n" conv_backward_naive(dout,
        cache) -> (dx, dw, db) or "dlai" conv_backward(dZ, cache) -> (dA_prev, dW, db); by default
        chosen by the function's name ("lesson" for any other name).
        Your function is written to a temporary file with the imports, constants and helper
        functions it uses from the notebook."""
        from cnnviz.check import CONVENTIONS, CheckInputError, check_file
        from cnnviz.check.runner import work_folder

        if convention is not None and (not isinstance(convention, str) or convention not in CONVENTIONS):
            raise ValueError(translate("Notebook", "unknown convention {name}; choose one of {choices}").format(
                name=repr(convention), choices=", ".join(CONVENTIONS)))
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not (math.isfinite(timeout) and timeout > 0):
            raise ValueError(translate("Notebook", "timeout must be a positive number of seconds, got {value}").format(
                value=repr(timeout)))
        theme = _theme(theme, self.theme)
        with self._lock:
            snap = self._trainer.snapshot()
        c = self.config  # another layer: your backward gets stride= and padding= (x and w carry the channels)
        lesson = (snap.images[0], snap.weights, snap.delta[0], c.stride, c.padding_pixels)
        if isinstance(function, (str, os.PathLike)):  # a file: found by its convention's name, as on the command line
            try:
                report = check_file(function, convention, None, float(timeout), lesson=lesson)
            except CheckInputError as e:
                raise ValueError(_one_line(e)) from None
            return CheckResult(report, theme)
        source = _learner_source(function)
        with work_folder() as folder:  # named after this kernel: removed by a later check if it dies
            path = folder / f"{function.__name__}.py"  # a checked identifier: never a path
            path.write_text(source, encoding="utf-8")
            try:
                report = check_file(path, convention, function.__name__, float(timeout), lesson=lesson)
            except CheckInputError as e:  # e.g. the function is not found in its own source
                raise ValueError(_one_line(e)) from None
        report.file = translate("Notebook", "{function} (from the notebook)").format(function=function.__name__)
        for found in report.found:  # tracebacks name the temporary file: name the function instead
            found.lines = [line.replace(str(path), f"{function.__name__}.py") for line in found.lines]
        return CheckResult(report, theme)


def _array_image(image, color: bool = False) -> np.ndarray:
    """An array as the lesson's image(s): (H, W) or (N, H, W) (color: (3, H, W) or (N, 3, H, W));
    uint8/uint16 scaled to [0, 1]."""
    try:
        a = np.asarray(image)
    except Exception as e:  # a ragged list and the like
        raise ValueError(translate("Notebook", "image must be a file, a folder or an array: {reason}").format(
            reason=_one_line(e))) from None
    if a.ndim == 3 and a.shape[-1] in (3, 4) and a.shape[0] > 4:
        raise ValueError(translate("Notebook", "image of shape {shape} looks like one colour image (H, W, {c}); a "
                                               "lesson's image is grey: pass image.mean(axis=2), or a batch as (N, H, W)")
                         .format(shape=a.shape, c=a.shape[-1]))
    if a.size * 8 > _imgs.MAX_BATCH_BYTES:  # before any copy: the same limit as files and lesson files
        raise ValueError(translate("Notebook", "image has {n} pixels; the most a lesson holds is {max} (as float64, "
                                               "{mb} MB)").format(n=_grouped(a.size), max=_grouped(_imgs.MAX_BATCH_BYTES // 8),
                                                                  mb=_imgs.MAX_BATCH_BYTES // 2**20))
    if a.dtype == np.uint8 or a.dtype == np.uint16:
        a = a / np.iinfo(a.dtype).max
    elif a.dtype.kind not in "fiub":
        raise ValueError(translate("Notebook", "image must be an array of numbers, got dtype {dtype}").format(dtype=a.dtype))
    x = lesson_images(a, color)  # ValueError: shape, size, non-finite values
    if x.min() < 0 or x.max() > 1:
        raise ValueError(translate("Notebook", "image values must be in [0, 1] (got {low}..{high}); divide by 255 for "
                                               "8-bit pixels").format(low=f"{x.min():g}", high=f"{x.max():g}"))
    return x


# ---- a notebook function as a file the checker can run ------------------------------------------
def _learner_source(fn) -> str:
    """The function's source, preceded by what it uses from the notebook: imports of the modules
    and names it refers to, literal constants, and the source of helper functions it calls."""
    if not isinstance(fn, types.FunctionType):
        raise ValueError(translate("Notebook", "check() needs a function defined with def, got {type}").format(
            type=type(fn).__name__))
    if fn.__name__ == "<lambda>":
        raise ValueError(translate("Notebook", "check() needs a function defined with def, not a lambda"))
    if not isinstance(fn.__name__, str) or not fn.__name__.isidentifier() or keyword.iskeyword(fn.__name__):
        raise ValueError(translate("Notebook", "check() needs a function whose name is a Python name, got {name}").format(
            name=f"{fn.__name__!r:.80}"))
    prelude: list[str] = []
    defs: list[str] = []
    seen: set[int] = set()

    def add(f: types.FunctionType) -> None:
        if id(f) in seen:
            return
        seen.add(id(f))
        for name, value in _used(f):
            if isinstance(value, types.FunctionType) and value.__module__ == f.__module__ and value is not f:
                add(value)  # a helper defined beside it: its source goes first
                if name != value.__name__:
                    defs.append(f"{name} = {value.__name__}\n")
            else:
                line = _binding(name, value)
                if line and line not in prelude:
                    prelude.append(line)
        defs.append(_def_source(f))

    add(inspect.unwrap(fn))
    source = "".join(prelude) + "\n\n" + "\n\n".join(defs)
    if len(source) > MAX_SOURCE:
        raise ValueError(translate("Notebook", "check() carries {n} characters of source and constants from the notebook "
                                               "(limit {max}): keep large data out of the globals your function uses")
                         .format(n=_grouped(len(source)), max=_grouped(MAX_SOURCE)))
    return source


MAX_SOURCE = 2_000_000  # characters of the file made for check(): the function, its helpers and constants
MAX_CONSTANT = 100_000  # characters of one constant carried from the notebook


def _used(f: types.FunctionType) -> list[tuple[str, object]]:
    """(name, value) of the globals and closure variables f's code refers to."""
    def names(code: types.CodeType) -> set[str]:
        out = set(code.co_names)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                out |= names(const)
        return out

    found = {}
    for name in sorted(names(f.__code__)):
        if name in f.__globals__:
            found[name] = f.__globals__[name]
    for name, cell in zip(f.__code__.co_freevars, f.__closure__ or ()):
        with contextlib.suppress(ValueError):  # an empty cell
            found[name] = cell.cell_contents
    return list(found.items())


def _binding(name: str, value) -> str:
    """One line that gives `name` its value in the learner's file, or "" if none can."""
    if isinstance(value, types.ModuleType):
        return f"import {value.__name__}\n" if name == value.__name__ else f"import {value.__name__} as {name}\n"
    module, qualname = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
    if (callable(value) or isinstance(value, type)) and module and qualname and module != "__main__" \
            and qualname.isidentifier():
        return f"try:\n    from {module} import {qualname} as {name}\nexcept ImportError:\n    pass\n"
    if not _small(value):
        return ""  # not carried: their function fails with a NameError that names it
    try:
        text = repr(value)
        if len(text) < MAX_CONSTANT and ast.literal_eval(text) == value:
            return f"{name} = {text}\n"
    except Exception:  # a value whose repr or == fails or lies: not carried
        pass
    return ""


def _small(value) -> bool:
    """Whether a literal-looking value is small enough to carry: at most 100,000 items in all, no
    string longer than MAX_CONSTANT (checked before repr builds the text)."""
    budget, todo = 100_000, [(value, 0)]
    while todo:
        v, depth = todo.pop()
        budget -= 1
        if budget < 0 or depth > 50:
            return False
        if isinstance(v, (str, bytes)):
            if len(v) >= MAX_CONSTANT:
                return False
        elif isinstance(v, dict):
            if len(v) > budget:
                return False
            todo += [(x, depth + 1) for item in v.items() for x in item]
        elif isinstance(v, (list, tuple, set, frozenset)):
            if len(v) > budget:
                return False
            todo += [(x, depth + 1) for x in v]
        elif type(v) not in (int, float, complex, bool, type(None)):
            return False
    return True


def _def_source(f: types.FunctionType) -> str:
    """f's own source (dedented, decorators dropped: they are not what is checked)."""
    try:
        source = textwrap.dedent(inspect.getsource(f))
    except (OSError, TypeError):
        raise ValueError(translate("Notebook", "cannot read the source of {name}: define it with def in a notebook cell "
                                               "or a .py file").format(name=f.__name__)) from None
    tree = ast.parse(source)
    node = tree.body[0] if tree.body else None
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.decorator_list:
        source = "".join(source.splitlines(keepends=True)[node.lineno - 1:])
    return source if source.endswith("\n") else source + "\n"
