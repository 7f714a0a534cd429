"""`cnnviz export`: the app's figures and animations without a display.

The lesson is trained synchronously first (--steps, seeded), so the same options give the
same file. Qt is imported only inside export_main (with the offscreen platform when no
display is set); `cnnviz train` and `cnnviz samples` never import Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from cnnviz.cli_options import (EXIT_FAILED, UsageError, _count, _Parser, add_layer_options, add_lesson_options,
                                check_save_target, save_from_args, trainer_from_args)
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.safe_write import shown_path

# Kept here (not imported from the Qt modules) so that parsing and checking stay Qt-free.
PANELS = ("input", "target", "output", "error", "filter", "buffer", "input_grad", "params", "loss", "trajectory")
COMPARE = "compare"  # shared vs untied: both layers trained for --steps, then the generalisation test
TARGETS = ("window", "slide") + PANELS + (COMPARE,)
SLIDE_PANELS = "input,filter,buffer,output,loss"
SUFFIXES = (".png", ".svg", ".gif", ".mp4")
ANIMATIONS = (".gif", ".mp4", "")  # "": a folder of PNG frames
MAX_FRAMES = 1000

DESCRIPTION = QT_TRANSLATE_NOOP("ExportCLI", """Export a figure or an animation of the lesson without opening a window. The lesson is trained
for --steps updates first; with the same options (and --seed) the file is the same every run.

The format follows the extension of --out FILE:
  .png   the window, a panel or a slide as an image, at --scale 1-4 (cells stay crisp)
  .svg   the same as vectors (text and frames), with the cell images embedded
  .gif   an animation: 'train' = one frame every --every updates, --frames frames in all;
         'pass' = one backward pass position by position, sub-sampled to at most --frames
  .mp4   the same animation as H.264 video (plays in PowerPoint, Keynote, Google Slides and
         browsers; needs PyAV: pip install "cnnviz[video]")
  a folder (no extension, e.g. frames/): the animation as frame_0001.png, frame_0002.png, ...

--panel compare (a still): the shared filter (10 parameters for 3x3 grey; any layer) and the
untied layer (one filter per position, its learning rate 10x --lr) both trained from the seeded
start for --steps, then tested on --test-image; both errors are printed.
""")

EXAMPLES = """\
  cnnviz export --steps 200 --out window.png --scale 2
  cnnviz export --sample shapes --panel filter --out filter.svg --theme light
  cnnviz export --panel slide --position 417 --theme light --out slide.png
  cnnviz export --frames 100 --every 20 --out training.gif
  cnnviz export --frames 100 --every 20 --out training.mp4
  cnnviz export --panel buffer --gif-mode pass --frames 60 --out pass.gif
  cnnviz export --panel slide --frames 120 --out frames/
  cnnviz export --panel compare --steps 500 --test-image circle --theme light --out compare.png --scale 2
  cnnviz export --deck --out slides.pdf
  cnnviz export --deck --tour mytour.toml --theme dark --out slides/
"""


def _scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("ExportCLI", "{text} is not a whole number").format(text=repr(text))) from None
    if not 1 <= value <= 4:
        raise argparse.ArgumentTypeError(translate("ExportCLI", "{text} is outside {low}..{high}").format(
            text=repr(text), low=1, high=4))
    return value


def _frames(text: str) -> int:
    value = _count(text)
    if not 1 <= value <= MAX_FRAMES:
        raise argparse.ArgumentTypeError(translate("ExportCLI", "{text} is outside {low}..{high}").format(
            text=repr(text), low=1, high=MAX_FRAMES))
    return value


def _positive(text: str) -> int:
    value = _count(text)
    if value < 1:
        raise argparse.ArgumentTypeError(translate("ExportCLI", "{text} must be 1 or more").format(text=repr(text)))
    return value


def _frame_ms(text: str) -> int:
    value = _count(text)
    if not 20 <= value <= 10000:
        raise argparse.ArgumentTypeError(translate("ExportCLI", "{text} is outside {low}..{high}").format(
            text=repr(text), low=20, high=10000))
    return value


def build_parser() -> _Parser:
    p = _Parser(prog="cnnviz export", description=translate("ExportCLI", DESCRIPTION),
                epilog=translate("ExportCLI", "examples:") + "\n" + EXAMPLES,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_lesson_options(p)
    add_layer_options(p)  # as in train
    p.add_argument("--steps", type=_count, default=0, metavar="N", help=translate("ExportCLI", "updates to train before exporting (default 0)"))
    p.add_argument("--save", metavar="FILE", type=Path,
                   help=translate("ExportCLI", "also save the lesson (after training and any animation) to continue it later"))
    p.add_argument("--out", required=True, metavar="FILE", type=Path,
                   help=translate("ExportCLI", "the file to write: .png, .svg, .gif, .mp4, or a folder (no extension) for "
                                               "PNG frames"))
    p.add_argument("--panel", default="window", metavar="NAME",
                   help=translate("ExportCLI", "what to export: window (default), slide, or one panel: {panels}. In "
                                               "animations 'window' means the window's panels (the controls do not "
                                               "move)").format(panels=", ".join(PANELS)))
    p.add_argument("--scale", type=_scale, metavar="N",
                   help=translate("ExportCLI", "PNG and GIF pixels per screen pixel, 1-4 (default 1); a slide is always "
                                               "1920x1080"))
    p.add_argument("--theme", choices=("dark", "light"),
                   help=translate("ExportCLI", "dark (as on screen, default) or light (white background, for slides and "
                                               "print; the default for --deck)"))
    p.add_argument("--position", type=_count, metavar="P",
                   help=translate("ExportCLI", "show the step-through state after P positions (0..number of positions): "
                                               "the receptive field at position P, the running buffer (changed cells "
                                               "framed) and dx so far. With an animation: a 'pass' from 0 to P "
                                               "positions"))
    p.add_argument("--slide-panels", default=SLIDE_PANELS, metavar="A,B,...",
                   help=translate("ExportCLI", "the panels on a slide, in order (default {panels})").format(panels=SLIDE_PANELS))
    p.add_argument("--title", help=translate("ExportCLI", "the slide's title (default: what the filter learns)"))
    p.add_argument("--test-image", metavar="NAME",
                   help=translate("ExportCLI", "--panel compare: the generalisation test image, 'shifted' (the image "
                                               "moved 3 px, default) or a bundled sample's name"))
    deck = p.add_argument_group(translate("ExportCLI", "the guided tour as slides"))
    deck.add_argument("--deck", action="store_true",
                      help=translate("ExportCLI", "export the tour: --out FILE.pdf (16:9, one page per chapter, its text "
                                                  "selectable) or --out FOLDER/ (one 1920x1080 PNG per chapter)"))
    deck.add_argument("--tour", metavar="SCRIPT", type=Path, help=translate("ExportCLI", "--deck: a tour script of your own (TOML)"))
    anim = p.add_argument_group(translate("ExportCLI", "animations (.gif, .mp4 or a folder)"))
    anim.add_argument("--gif-mode", choices=("train", "pass"),
                      help=translate("ExportCLI", "train: frames of training; pass: one backward pass position by "
                                                  "position (default: pass with --position, else train)"))
    anim.add_argument("--frames", type=_frames, metavar="N",
                      help=translate("ExportCLI", "number of frames, 1..{max} (default 50); 'pass' uses at most N").format(
                          max=MAX_FRAMES))
    anim.add_argument("--every", type=_positive, metavar="K",
                      help=translate("ExportCLI", "updates between frames in 'train' mode (default 10)"))
    anim.add_argument("--frame-ms", type=_frame_ms, default=100, metavar="MS",
                      help=translate("ExportCLI", "how long each frame shows, in milliseconds (default 100; the MP4's "
                                                  "frame rate is 1000/MS)"))
    return p


def check_args(args: argparse.Namespace) -> None:
    """Combinations argparse cannot see; raises UsageError (before any training or Qt)."""
    args.theme = args.theme or ("light" if args.deck else "dark")
    if args.deck or args.tour is not None:
        return check_deck_args(args)
    suffix = args.out.suffix.lower()
    animation = suffix in ANIMATIONS
    if suffix and suffix not in SUFFIXES:
        raise UsageError(translate("ExportCLI", "cannot export to {path}: use .png, .svg, .gif, .mp4, or a folder (no "
                                                "extension) for PNG frames").format(path=shown_path(args.out)))
    if suffix == ".mp4":
        from cnnviz.app.encoders import video_support_problem  # Qt-free

        if problem := video_support_problem():
            raise UsageError(problem)
    if args.panel not in TARGETS:
        raise UsageError(translate("ExportCLI", "unknown panel {name}; choose one of {choices}").format(
            name=repr(args.panel), choices=", ".join(TARGETS)))
    if args.scale is not None and suffix == ".svg":
        raise UsageError(translate("ExportCLI", "--scale applies to PNG and GIF; SVG is vector"))
    if args.scale is not None and args.panel == "slide":
        raise UsageError(translate("ExportCLI", "--scale does not apply to a slide: it is always 1920x1080"))
    slide_panels = [k.strip() for k in args.slide_panels.split(",") if k.strip()]
    unknown = [k for k in slide_panels if k not in PANELS]
    if unknown or not slide_panels:
        if unknown:
            message = translate("ExportCLI", "unknown slide panel {names}; choose from {choices}")
        else:
            message = translate("ExportCLI", "unknown slide panel (none given); choose from {choices}")
        raise UsageError(message.format(names=", ".join(unknown), choices=", ".join(PANELS)))
    args.slide_panels = slide_panels
    if args.panel != "slide" and (args.slide_panels != SLIDE_PANELS.split(",") or args.title):
        raise UsageError(translate("ExportCLI", "--slide-panels and --title apply to --panel slide"))
    if args.panel == COMPARE:
        if animation:
            raise UsageError(translate("ExportCLI", "--panel compare exports a still: use .png or .svg"))
        if args.position is not None:
            raise UsageError(translate("ExportCLI", "--position does not apply to --panel compare"))
    elif args.test_image is not None:
        raise UsageError(translate("ExportCLI", "--test-image applies to --panel compare"))
    if not animation:
        for name in ("gif_mode", "frames", "every"):
            if getattr(args, name) is not None:
                raise UsageError(translate("ExportCLI", "{option} applies to animations (.gif, .mp4 or a folder)").format(
                    option=f"--{name.replace('_', '-')}"))
        return
    if args.gif_mode is None:
        args.gif_mode = "pass" if args.position is not None else "train"
    if args.gif_mode == "train" and args.position is not None:
        raise UsageError(translate("ExportCLI", "--position applies to stills and to --gif-mode pass"))
    if args.gif_mode == "pass" and args.every is not None:
        raise UsageError(translate("ExportCLI", "--every applies to --gif-mode train"))
    args.frames = 50 if args.frames is None else args.frames
    args.every = 10 if args.every is None else args.every


def check_deck_args(args: argparse.Namespace) -> None:
    """--deck: a PDF or a folder; the tour script read and checked here (one line if broken)."""
    from cnnviz.tour import TourError, load_tour

    if not args.deck:
        raise UsageError(translate("ExportCLI", "--tour applies to --deck"))
    if args.out.suffix and args.out.suffix.lower() != ".pdf":
        raise UsageError(translate("ExportCLI", "cannot export the deck to {path}: use .pdf, or a folder (no extension) "
                                                "for PNGs").format(path=args.out))
    given = [f"--{k.replace('_', '-')}" for k in ("position", "gif_mode", "frames", "every", "scale", "test_image", "title")
             if getattr(args, k) is not None] + (["--panel"] if args.panel != "window" else [])
    if given:
        raise UsageError(translate("ExportCLI", "{option} does not apply to --deck (each chapter sets its own state)")
                         .format(option=given[0]))
    try:
        args.tour = load_tour(args.tour)
    except TourError as e:
        raise UsageError(str(e)) from None


def export_deck(args: argparse.Namespace, trainer, label: str) -> Path:
    from cnnviz.app import theme as th
    from cnnviz.app.deck import export_deck as write_deck
    from cnnviz.app.window import MainWindow
    from cnnviz.tour import stale_sentences

    for line in stale_sentences(args.tour, trainer):  # typed for the default lesson, false for this one
        print(translate("ExportCLI", "cnnviz export: warning: {message}").format(message=line), file=sys.stderr)
    return write_deck(args.tour, trainer, label, args.out, MainWindow, th.THEMES[args.theme])


def number_of_positions(trainer) -> int:
    """P = N * Ho * Wo: every place the filter is applied (every output cell), over the batch."""
    return int(np.prod(trainer.output_shape))


def export_main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    check_args(args)
    trainer, label = trainer_from_args(args)  # every part draws every layer
    check_save_target(args)
    if args.position is not None and args.position > number_of_positions(trainer):
        raise UsageError(translate("ExportCLI", "--position {position} is outside 0..{positions} (the number of "
                                                "positions)").format(position=args.position,
                                                                    positions=number_of_positions(trainer)))
    if args.position is not None or getattr(args, "gif_mode", None) == "pass":
        from cnnviz.stepthrough import StepThroughTooBig, check_trace_budget

        try:  # said before any work, not after the training steps
            check_trace_budget(trainer.images.shape, trainer.config)
        except StepThroughTooBig as e:
            raise UsageError(str(e)) from None

    # Qt from here on; offscreen unless a display was asked for explicitly.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    from cnnviz.app import export as ex

    try:
        if args.deck:
            from cnnviz.app.deck import check_deck_folder

            ex.check_output(args.out) if args.out.suffix else check_deck_folder(args.out)
        elif args.out.suffix.lower() in ANIMATIONS:
            ex.check_animation_path(args.out)
        else:
            ex.check_output(args.out)
    except ex.ExportError as e:
        raise UsageError(str(e)) from None

    from cnnviz.engine import TrainingDiverged

    comparison = None
    try:
        if args.panel == COMPARE:
            comparison = compare_and_test(args, trainer)
        else:
            train_with_progress(trainer.step, args.steps)
    except TrainingDiverged as e:
        print(translate("ExportCLI", "cnnviz export: error: {message}").format(message=e), file=sys.stderr)
        return EXIT_FAILED

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("cnnviz")
    try:
        with ex.quiet_platform_notes():
            if args.deck:
                written = export_deck(args, trainer, label)
            elif comparison is not None:
                written = export_compare(args, comparison)
            elif args.out.suffix.lower() in ANIMATIONS:
                written = export_animation(args, trainer, label)
            elif args.panel == "window":
                written = export_window(args, trainer, label)
            else:
                written = export_stage_still(args, trainer, label)
    except ex.AnimationDiverged as e:
        print(translate("ExportCLI", "cnnviz export: error: {message}").format(message=e), file=sys.stderr)
        return EXIT_FAILED
    except ex.ExportError as e:
        raise UsageError(str(e)) from None
    print(translate("ExportCLI", "wrote {path}").format(path=shown_path(written)))
    save_from_args(args, trainer, label)
    if args.save is not None:
        print(translate("ExportCLI", "saved {path} at step {step}").format(path=shown_path(args.save), step=trainer.step_count))
    return 0


def _stepthrough(trainer, position: int | None):
    """The step-through state after `position` positions (None: no step-through)."""
    if position is None:
        return None
    from cnnviz.stepthrough import StepThrough

    model = StepThrough(trainer)
    model.seek(position)
    return model


def export_window(args: argparse.Namespace, trainer, label: str) -> Path:
    """The window as the app shows it (WINDOW_SIZE), with its own throw-away preferences so the
    user's colormap choice and window geometry neither change the file nor get changed."""
    from PySide6 import QtCore

    from cnnviz import images as imgs
    from cnnviz.app import export as ex
    from cnnviz.app import theme as th
    from cnnviz.app.preferences import Preferences
    from cnnviz.app.window import MainWindow

    model = _stepthrough(trainer, args.position)  # before the worker thread shares the trainer
    with tempfile.TemporaryDirectory() as settings:
        window = MainWindow(trainer.images, label, theme=th.THEMES[args.theme], size=imgs.parse_size(args.size),
                            trainer=trainer, preferences=Preferences(Path(settings) / "cnnviz.ini"))
        try:
            window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            window.show()
            window.resize(*ex.WINDOW_SIZE)  # after show(): the offscreen screen would clamp it
            ex.settle()
            window.refresh()
            if model is not None:
                if model.current is not None and trainer.images.shape[0] > 1:
                    window.controls.image_index.setValue(model.current.image + 1)
                ex.show_position(window.panels, model)
            ex.settle()
            return ex.export_still(window, args.out, args.scale or 1, title=window.windowTitle())
        finally:
            window.close()


def _stage(args: argparse.Namespace, target: str):
    from cnnviz.app import export as ex
    from cnnviz.app import theme as th

    return ex.Stage(target, th.THEMES[args.theme], slide_panels=args.slide_panels)


def export_stage_still(args: argparse.Namespace, trainer, label: str) -> Path:
    """A single panel (at its default size) or a slide, drawn offscreen."""
    from cnnviz.app import export as ex

    model = _stepthrough(trainer, args.position)
    snap = trainer.snapshot(with_input_grad=True)
    with _stage(args, args.panel) as stage:
        title, subtitle = ex.slide_title(label, snap, model)
        stage.set_title(args.title or title, subtitle)
        stage.draw(snap, model)
        return ex.export_still(stage.widget, args.out, (args.scale or 1) * stage.scale, title=title)


def train_with_progress(step, steps: int, every: float = 2.0) -> None:
    """step(n) until `steps` are taken, in chunks of about 0.2 s; after `every` seconds a line on
    stderr every `every` seconds, so a long export is never silent (stdout stays the result's)."""
    import time

    done, chunk = 0, 1
    start = last = time.monotonic()
    while done < steps:
        n = min(chunk, steps - done)
        t0 = time.monotonic()
        step(n)
        done += n
        now = time.monotonic()
        chunk = max(1, min(int(n * 0.2 / max(now - t0, 1e-6)), 2 * n + 1, 1_000_000))
        if now - last >= every and done < steps:
            last = now
            rate = done / (now - start)
            print(translate("ExportCLI", "cnnviz export: trained {done} of {steps} steps ({percent}; about {seconds} s "
                                         "to go)").format(done=grouped(done), steps=grouped(steps),
                                                          percent=f"{done / steps:.0%}", seconds=grouped((steps - done) / rate)),
                  file=sys.stderr, flush=True)


def compare_and_test(args: argparse.Namespace, trainer):
    """Shared vs untied on the lesson's images and settings, both from step 0 (a --lesson's own
    weights are not used), trained --steps in lockstep, then tested; prints both errors."""
    from cnnviz.comparison import SHIFTED, Comparison, generalisation_choices

    choice = args.test_image or SHIFTED
    if choice not in dict(generalisation_choices()):
        raise UsageError(translate("ExportCLI", "unknown --test-image {name}; choose {shifted} or one of {choices}").format(
            name=repr(choice), shifted=SHIFTED, choices=", ".join(k for k, _ in generalisation_choices() if k != SHIFTED)))
    comparison = Comparison.from_trainer(trainer)
    train_with_progress(comparison.step, args.steps)
    comparison.generalise(choice)
    print(comparison.result_line())
    return comparison


def export_compare(args: argparse.Namespace, comparison) -> Path:
    """The shared-vs-untied panel (1280x720 at --scale), drawn offscreen."""
    from cnnviz.app import export as ex

    with _stage(args, COMPARE) as stage:
        stage.draw_comparison(comparison)
        return ex.export_still(stage.widget, args.out, args.scale or 1,
                               title=translate("ExportCLI", "cnnviz: shared vs untied, what weight sharing buys"))


def export_animation(args: argparse.Namespace, trainer, label: str) -> Path:
    from cnnviz.app import export as ex
    from cnnviz.app import theme as th
    from cnnviz.stepthrough import StepThrough

    if args.gif_mode == "pass":
        frames = ex.pass_frames(StepThrough(trainer), args.frames, args.position)
        total = len(frames)
    else:
        frames, total = ex.training_frames(trainer, args.frames, args.every), args.frames
    target = "board" if args.panel == "window" else args.panel
    video = args.out.suffix.lower() == ".mp4" and args.scale is None
    # The default video: 16:9 (the board at 960x540, each pixel doubled: 1920x1080), every cell a
    # whole number of 2x2 blocks, the blocks H.264 stores colour in, so no colour smears across
    # a cell's edge.
    size = ex.VIDEO_SIZE if video and target in ("board", ex.STEPTHROUGH) else None
    with ex.Stage(target, th.THEMES[args.theme], size=size, slide_panels=args.slide_panels) as stage:
        return ex.export_animation(stage, frames, total, args.out, args.scale or 1, args.frame_ms,
                                   label=label, title=args.title, upscale=ex.VIDEO_UPSCALE if video else 1)
