"""Command line: `cnnviz` (the app), `cnnviz train`, `cnnviz samples`, `cnnviz export`, `cnnviz check`.

`train` and `samples` never import Qt. Bad options or input print one line and exit 2. A reader
that stops early (`cnnviz check FILE | head`) ends the output quietly, exit code 141 as for SIGPIPE.
"""

from __future__ import annotations

import json
import math
import os
import signal
import sys
from pathlib import Path
from typing import Sequence

from cnnviz.cli_options import (EXIT_BAD_INPUT, EXIT_FAILED, UsageError, _count, _Parser, add_layer_options,
                                add_lesson_options, check_save_target, language_from_argv, save_from_args,
                                trainer_from_args)
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.safe_write import shown_path

def _stdout_to_devnull() -> None:
    """The reader of our output is gone (`| head`): nothing more is written, also not at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test's capture)
        pass


# ---- cnnviz train ----------------------------------------------------------------------------
def train_main(argv: Sequence[str]) -> int:
    p = _Parser(prog="cnnviz train", description=translate(
        "CLI", "Train the shared filter (3x3 by default) headless and print progress."))
    add_lesson_options(p)
    add_layer_options(p)
    p.add_argument("--steps", type=_count, default=2000, help=translate("CLI", "number of updates (default 2000)"))
    p.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object instead of progress lines"))
    p.add_argument("--save", metavar="FILE", type=Path, help=translate("CLI", "save the lesson after training, to continue later"))
    args = p.parse_args(argv)
    trainer, label = trainer_from_args(args)
    config = trainer.config
    check_save_target(args)

    import numpy as np

    from cnnviz import numbers
    from cnnviz.engine import TrainingDiverged
    from cnnviz.engine.trainer import GROWTH_LIMIT
    from cnnviz.engine.kernels import LUMA_WEIGHTS

    start = trainer.step_count
    start_loss = trainer.loss()
    target_steps = start + args.steps
    report_every = max(1, args.steps // 10)
    status = "ok"
    message = ""
    while trainer.step_count < target_steps:
        try:
            loss = trainer.step(1)  # the loss before this update
        except TrainingDiverged as e:
            status, message = "diverged", str(e)
            break
        if loss > GROWTH_LIMIT * max(start_loss, 1e-300):  # diverged long before it overflows
            status = "diverged"
            message = trainer._diverged_message(translate(
                "CLI", "the loss grew from {start} to {loss} (more than {limit}× its start)").format(
                    start=numbers.fmt_loss(start_loss), loss=numbers.fmt_loss(loss), limit=grouped(GROWTH_LIMIT)))
            break
        if (trainer.step_count - start) % report_every and trainer.step_count < target_steps:
            continue
        if not args.json:
            print(translate("CLI", "step {step}/{steps}  loss {loss}").format(
                step=f"{trainer.step_count:>{len(str(target_steps))}}", steps=target_steps, loss=f"{trainer.loss():.6g}"))
    save_from_args(args, trainer, label)

    snap = trainer.snapshot()
    error = float(abs(snap.weights - snap.target_kernel).max())
    if args.json:
        print(strict_json({
            "status": status,
            "message": message,
            "image": label,
            "steps": trainer.step_count,
            "loss": snap.loss,
            "loss_history": snap.history_losses.tolist(),
            "loss_history_steps": snap.history_steps.tolist(),
            "weights": snap.weights.tolist(),
            "bias": snap.bias,
            "target_kernel": snap.target_kernel.tolist(),
            "max_weight_error": error,
            "seed": config.seed,
            "lr": config.lr,
            "optimizer": config.optimizer,
            "momentum": config.momentum,
            "reduction": config.reduction,
            "activation": config.activation,
            "target": config.target,
            "kernel_size": config.kernel_size,
            "stride": config.stride,
            "padding": config.padding,
            "padding_pixels": config.padding_pixels,
            "color": config.color,
            "output_shape": list(snap.output.shape[1:]),  # (Ho, Wo): one output map per image
        }))
    else:
        # One precision for all parameters (fixed point; scientific only for absurd values).
        cells = numbers.cells(np.append(snap.weights, snap.bias))
        width = max(len(c) for c in cells) + 1
        k = config.kernel_size
        print(translate("CLI", "learned filter after {steps} steps (bias {bias}):").format(
            steps=trainer.step_count, bias=cells[-1]))
        target_word = translate("CLI", "target")
        for channel, target in enumerate(snap.target_kernel.reshape(-1, k, k)):
            if config.color:  # the target kernel times this channel's luminance weight
                print(" " + translate("CLI", "{channel} channel (target kernel x {weight}):").format(
                    channel="RGB"[channel], weight=f"{LUMA_WEIGHTS[channel]:g}"))
            for r, trow in enumerate(target):
                row = cells[(channel * k + r) * k:(channel * k + r + 1) * k]
                print("  " + " ".join(f"{c:>{width}}" for c in row) + f"    {target_word} " + " ".join(f"{v:+.4g}" if config.color else f"{v:+g}" for v in trow))
        ho, wo = snap.output.shape[1:]
        if not config.is_classroom_layer:
            print(translate("CLI", "output {wo}x{ho} per image ({filter} filter, stride {stride}, padding {padding}: "
                                   "{params} parameters)").format(
                wo=wo, ho=ho, filter=f"{k}x{k}{'x3' if config.color else ''}", stride=config.stride,
                padding=config.padding_pixels, params=config.num_params))
        print(translate("CLI", "largest weight error {error}").format(error=f"{error:.2e}"))
        if message:
            print(message, file=sys.stderr)
    return EXIT_FAILED if status != "ok" else 0


MAX_MESSAGE = 400  # characters: one line a terminal can show


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """A message as one line of reasonable length, whatever was put in it."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def strict_json(value) -> str:
    """Strict JSON (no NaN/Infinity, which JSON lacks): a non-finite number is written as null."""
    def clean(v):
        if isinstance(v, float) and not math.isfinite(v):
            return None
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [clean(x) for x in v]
        return v

    return json.dumps(clean(value), allow_nan=False)


# ---- cnnviz samples --------------------------------------------------------------------------
def samples_main(argv: Sequence[str]) -> int:
    p = _Parser(prog="cnnviz samples", description=translate("CLI", "List the bundled sample images."))
    p.parse_args(argv)
    from cnnviz import images as imgs

    samples = imgs.list_samples()
    width = max(len(s.name) for s in samples)
    for s in samples:
        default = translate("CLI", " (default)") if s.name == imgs.DEFAULT_SAMPLE else ""
        print(f"{s.name:<{width}}  {s.description}{default}")
    return 0


# ---- cnnviz (the app) ------------------------------------------------------------------------
APP_DESCRIPTION = QT_TRANSLATE_NOOP("CLI", """Watch one shared 3x3 filter (9 weights + 1 bias) learn: backprop at every position of the image,
every position's gradient ADDED into one 10-value buffer, applied once per update.

  cnnviz [IMAGE | FOLDER | LESSON.cnnviz] [options]   open the window (this command)
  cnnviz train [options]     train headless and print the loss and the learned filter (no Qt)
  cnnviz samples             list the bundled sample images
  cnnviz export [options]    write PNG/SVG/GIF figures, slides and the tour as a deck (--deck),
                             without a display (see 'cnnviz export --help')
  cnnviz check FILE.py       run your own backward pass on probes and name the bug
  cnnviz --tour [SCRIPT]     open the window on the guided tour (PageDown/PageUp, Esc leaves)
""")

APP_KEYS = QT_TRANSLATE_NOOP("CLI", """keys in the window:
  Space play/pause · Right one update (step-through: forward) · Left/Home/End step-through
  R reset to the same start · Shift+R new random start · B step-through backprop ·
  G check the gradient · C compare shared vs untied · T guided tour · + / - speed ·
  Esc leave a mode · F11 presenter mode ·
  Ctrl+O open image · Ctrl+Shift+O open folder · Ctrl+S save lesson · Ctrl+L open lesson ·
  Ctrl+E export · Ctrl+Shift+C copy the panel under the mouse · Ctrl+Shift+L light theme · F1 about
""")

NO_DISPLAY = QT_TRANSLATE_NOOP("CLI", "cnnviz: no display; `cnnviz export` works without one")


def no_display() -> bool:
    """True where Qt could not open a window: a Unix without X11 or Wayland, unless Qt is told
    to draw offscreen. Checked before any QApplication exists (Qt would abort with many lines)."""
    if sys.platform in ("win32", "darwin"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if platform in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "minimalegl"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def app_main(argv: Sequence[str]) -> int:
    import argparse

    p = _Parser(prog="cnnviz", description=translate("CLI", APP_DESCRIPTION), epilog=translate("CLI", APP_KEYS),
                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_lesson_options(p)
    add_layer_options(p)  # `cnnviz --stride 2` opens the window on that layer
    p.add_argument("--screenshot", metavar="PNG", type=Path,
                   help=translate("CLI", "save a screenshot once the window is drawn, then quit"))
    p.add_argument("--tour", nargs="?", const="", metavar="SCRIPT",
                   help=translate("CLI", "open the guided tour (the default one, or a TOML script of your own)"))
    args = p.parse_args(argv)
    if no_display():
        print(translate("CLI", NO_DISPLAY), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.image and args.lesson is None:
        from cnnviz import lesson_file  # only then: the window opens without it

        if str(args.image).endswith(lesson_file.SUFFIX):
            args.lesson, args.image = Path(args.image), None  # `cnnviz LESSON_FILE`
    trainer, label = trainer_from_args(args)
    if args.screenshot is not None and not args.screenshot.parent.resolve().is_dir():
        raise UsageError(translate("CLI", "cannot write screenshot {path}: folder does not exist").format(
            path=shown_path(args.screenshot)))
    tour = None
    if args.tour == "":  # the default script: read by the window, in the language it chooses (View > Language too)
        tour = ""
    elif args.tour is not None:  # checked before any window opens: a broken script is one line
        from cnnviz.tour import TourError, load_tour

        try:
            tour = load_tour(args.tour)
        except TourError as e:
            raise UsageError(str(e)) from None
    from cnnviz import images as imgs
    from cnnviz.app.main import run_app

    return run_app(trainer, label, size=imgs.parse_size(args.size), screenshot=args.screenshot,
                   lesson_path=args.lesson, tour=tour, note=getattr(args, "lr_note", ""))


def export_main(argv: Sequence[str]) -> int:
    from cnnviz.export_cli import export_main as run  # Qt is imported only for this command

    return run(argv)


def check_main(argv: Sequence[str]) -> int:
    from cnnviz.check_cli import check_main as run

    return run(argv)



COMMANDS = {"train": train_main, "samples": samples_main, "export": export_main, "check": check_main}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(argv[0]) if argv else None
    try:
        language_from_argv(argv)  # before any parser is made: the help is in the language too
        code = command(argv[1:]) if command is not None else app_main(argv)
        sys.stdout.flush()  # a reader that stopped early shows here, not in Python's flush at exit
        return code
    except BrokenPipeError:
        _stdout_to_devnull()
        return 128 + signal.SIGPIPE
    except UsageError as e:
        prog = f"cnnviz {argv[0]}" if command is not None else "cnnviz"
        print(translate("CLI", "{prog}: error: {message}").format(prog=prog, message=one_line(str(e))),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
