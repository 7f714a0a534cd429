"""Options and lesson set-up shared by the command-line subcommands (`cnnviz`, `train`,
`export`, ...): kept apart from cli.py so that no subcommand module imports another.

Never imports Qt.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from cnnviz import argparse_words, i18n
from cnnviz.i18n import translate

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


class UsageError(Exception):
    """A bad option or input: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line (no usage dump) and raise instead of exiting; every
    command takes --lang (cli.main reads it first, so that the help is in that language too)."""

    def __init__(self, *args, **kwargs):
        argparse_words.install()  # before argparse names its groups ("options") and its -h help
        super().__init__(*args, **kwargs)
        self.add_argument("--lang", type=_language, metavar="LANG",
                          help=translate("CLIOptions", "language of the messages: {choices} (default: the system's)")
                          .format(choices=", ".join(i18n.LANGUAGES)))

    def error(self, message: str):  # noqa: D401 - argparse's name
        raise UsageError(translate("CLIOptions", "{message} (see '{prog} --help')").format(message=message, prog=self.prog))


def _language(text: str) -> str:
    """--lang: a shipped language (or pseudo), chosen for everything said from here on."""
    try:
        return i18n.set_language(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def language_from_argv(argv) -> None:
    """Choose the language of `--lang X` / `--lang=X` before any parser is built (their help
    texts are translated when made). A bad value raises UsageError (one line, exit 2)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            return
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else (
            arg.split("=", 1)[1] if arg.startswith("--lang=") else None)
        if value is not None:
            try:
                i18n.set_language(value)
            except ValueError as e:
                raise UsageError(str(e)) from None


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} is not a number").format(text=repr(text))) from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} must be a positive finite number").format(text=repr(text)))
    return value


def _unit_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} is not a number").format(text=repr(text))) from None
    if not (math.isfinite(value) and 0 <= value < 1):
        raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} must be in [0, 1)").format(text=repr(text)))
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} is not a whole number").format(text=repr(text))) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} must be 0 or more").format(text=repr(text)))
    return value


def _seed(text: str) -> int:
    """A seed: a whole number from 0 to 2**64-1 (refused here, not at --save after training)."""
    from cnnviz.engine.trainer import MAX_SEED

    if not (text.isascii() and text.strip().isdigit()) or len(text.strip()) > 25 or int(text) > MAX_SEED:
        raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} must be a whole number from 0 to 2**64-1").format(
            text=repr(text[:30])))
    return int(text)


LESSON_FIELDS = ("lr", "optimizer", "momentum", "reduction", "activation", "seed")
LAYER_FIELDS = ("kernel_size", "stride", "padding", "color")  # the next slides: add_layer_options


def _padding(text: str) -> str | int:
    """valid, same, full or a whole number of pixels (checked against k and s by LessonConfig)."""
    word = text.strip().lower()
    if word in ("valid", "same", "full"):
        return word
    if word.isascii() and word.isdigit():
        return int(word)
    raise argparse.ArgumentTypeError(translate("CLIOptions", "{text} must be valid, same, full or a whole number of "
                                                           "pixels").format(text=repr(text[:30])))


def _whole(low: int, high: int | None = None):
    def parse(text: str) -> int:
        word = text.strip()
        if not (word.isascii() and word.isdigit()) or int(word) < low or (high and int(word) > high):
            if high:
                message = translate("CLIOptions", "{text} must be a whole number from {low} to {high}")
            else:
                message = translate("CLIOptions", "{text} must be a whole number {low} or more")
            raise argparse.ArgumentTypeError(message.format(text=repr(text[:30]), low=low, high=high))
        return int(word)
    return parse


def add_lesson_options(p: argparse.ArgumentParser) -> None:
    """The options that define a lesson, shared by the app, train and export.

    Defaults are None so that, with --lesson, only the options actually given change the
    saved lesson; without it they fall back to LessonConfig's defaults."""
    from cnnviz.engine import ACTIVATIONS, OPTIMIZERS, REDUCTIONS, LessonConfig

    d = LessonConfig()
    p.add_argument("image", nargs="?", help=translate("CLIOptions", "an image file or a folder of images (a batch); default: a bundled sample"))
    p.add_argument("--sample", metavar="NAME", help=translate("CLIOptions", "a bundled sample image (see 'cnnviz samples')"))
    p.add_argument("--size", default="32", metavar="N|native",
                   help=translate("CLIOptions", "square size the image is resampled to (default 32), or 'native' (up to 1024)"))
    p.add_argument("--lesson", metavar="FILE", type=Path,
                   help=translate("CLIOptions", "continue a saved lesson (image, settings, weights, history); options given "
                                  "change it"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--target", metavar="NAME", help=translate("CLIOptions", "named target kernel (default {target})").format(target=d.target))
    group.add_argument("--kernel", metavar="'a,b,c;d,e,f;g,h,i'", help=translate("CLIOptions", "typed 3x3 target kernel"))
    p.add_argument("--lr", type=_positive_float, help=translate("CLIOptions", "learning rate (default {lr})").format(lr=f"{d.lr:g}"))
    p.add_argument("--optimizer", choices=OPTIMIZERS, help=translate("CLIOptions", "(default {value})").format(value=d.optimizer))
    p.add_argument("--momentum", type=_unit_float, help=translate("CLIOptions", "momentum (default {momentum})").format(momentum=d.momentum))
    p.add_argument("--reduction", choices=REDUCTIONS,
                   help=translate("CLIOptions", "loss reduction: 'sum' over positions (the lesson, default) or 'mean'"))
    p.add_argument("--activation", choices=tuple(ACTIVATIONS), help=translate("CLIOptions", "(default {value})").format(value=d.activation))
    p.add_argument("--seed", type=_seed, help=translate("CLIOptions", "seed of the initial weights, 0 to 2**64-1 (default 0)"))


def add_layer_options(p: argparse.ArgumentParser) -> None:
    """The next slides of the lecture: kernel size, stride, padding and colour (train, export)."""
    from cnnviz.engine.kernels import MAX_KERNEL_SIZE

    p.add_argument("--kernel-size", type=_whole(1, MAX_KERNEL_SIZE), metavar="K",
                   help=translate("CLIOptions", "the filter is K x K, 1 to {max} (default 3; named targets are 3x3, "
                                  "type other sizes with --kernel; a typed kernel sets K)").format(max=MAX_KERNEL_SIZE))
    p.add_argument("--stride", type=_whole(1), metavar="S", help=translate("CLIOptions", "pixels the filter moves between positions (default 1)"))
    p.add_argument("--padding", type=_padding, metavar="valid|same|full|N",
                   help=translate("CLIOptions", "zeros around the image: valid (none, default), same (keeps the size: "
                                  "odd K, stride 1), full (K-1) or N pixels (0 to K-1)"))
    for action in p._actions:  # --kernel (from add_lesson_options) takes any K here
        if "--kernel" in action.option_strings:
            action.help = translate("CLIOptions", "typed target kernel: K rows of K numbers (sets K when --kernel-size "
                                                  "is not given)")
            action.metavar = "'a,b,c;d,e,f;g,h,i'"
    p.add_argument("--color", action="store_true", default=None,
                   help=translate("CLIOptions", "keep the image's R, G, B: one K x K x 3 filter, the target is the "
                                  "kernel on the luminance (default sample: colour-shapes)"))


def _given_changes(args: argparse.Namespace) -> dict:
    """The lesson settings given on the command line (target and layer included)."""
    from cnnviz.engine import NAMED_KERNELS, KernelError, kernel_from_spec

    changes = {k: getattr(args, k) for k in LESSON_FIELDS + LAYER_FIELDS if getattr(args, k, None) is not None}
    target = args.kernel if args.kernel is not None else args.target
    if target is not None:
        try:
            typed = target.strip().lower() not in NAMED_KERNELS
            if typed and "kernel_size" not in changes and hasattr(args, "kernel_size"):
                changes["kernel_size"] = kernel_from_spec(target, None).shape[0]  # a typed kernel sets K
            kernel_from_spec(target, changes.get("kernel_size", 3))
        except KernelError as e:
            raise UsageError(str(e)) from None
        changes["target"] = target
    return changes


def lesson_from_args(args: argparse.Namespace, classroom_only: str | None = None):
    """-> (images (N, S, S) or (S, S), image label, LessonConfig); bad input raises UsageError."""
    from cnnviz import images as imgs

    if args.image and args.sample:
        raise UsageError(translate("CLIOptions", "give either an IMAGE or --sample, not both"))
    color = bool(getattr(args, "color", None))
    try:
        size = imgs.parse_size(args.size)
        if args.image:
            x, label = imgs.load_path(args.image, size, color), str(args.image)
        else:
            name = args.sample or (imgs.DEFAULT_COLOR_SAMPLE if color else imgs.DEFAULT_SAMPLE)
            x, label = imgs.load_sample(name, size, color), f"sample:{name}"
        imgs.check_min_size(x)
    except imgs.ImageError as e:
        raise UsageError(str(e)) from None
    return x, label, config_from_args(args, x, classroom_only)


def config_from_args(args: argparse.Namespace, x, classroom_only: str | None = None):
    """The LessonConfig the options give for images x; without --lr, a default that would diverge
    on x is lowered (with a note on stderr). A bad kernel, or a layer that does not fit x (a
    stride or kernel larger than the padded image), raises UsageError; so does another layer than
    the classroom's when `classroom_only` names a part of cnnviz that draws only that one."""
    from cnnviz.engine import LessonConfig
    from cnnviz.engine.conv import check_geometry
    from cnnviz.engine.trainer import default_lr

    changes = _given_changes(args)
    try:
        c = LessonConfig(**changes).validated()
        check_geometry(x.shape[-2], x.shape[-1], c.kernel_size, c.stride, c.padding_pixels)
        if classroom_only:
            c.require_classroom_layer(classroom_only)
    except ValueError as e:
        raise UsageError(str(e)) from None
    if "lr" not in changes and not c.is_classroom_layer:  # the default follows the layer's limit
        changes["lr"] = default_lr(x, c)
        args.lr_note = translate("CLIOptions", "learning rate {lr}: half the stability limit 2/λmax of this layer "
                                               "on this image").format(lr=f"{changes['lr']:g}")
        print(translate("CLIOptions", "cnnviz: note: {note}").format(note=args.lr_note), file=sys.stderr)
    if "lr" not in changes:
        lr = default_lr(x, c)  # the classroom's 2e-4, lowered where the optimizer in use would diverge
        if lr != LessonConfig().lr:
            args.lr_note = translate("CLIOptions", "learning rate {lr} instead of the default {default}, which "
                                                   "would diverge on this image").format(
                lr=f"{lr:.3g}", default=f"{LessonConfig().lr:g}")
            print(translate("CLIOptions", "cnnviz: note: {note}").format(note=args.lr_note), file=sys.stderr)  # the app also shows it in its window
            changes["lr"] = lr
    return LessonConfig(**changes)


def trainer_from_args(args: argparse.Namespace, classroom_only: str | None = None):
    """-> (Trainer, image label): a saved lesson (--lesson) with any options given applied,
    or a new lesson from the image options. Bad input raises UsageError."""
    from cnnviz import lesson_file
    from cnnviz.engine import Trainer

    if args.lesson is None:
        x, label, config = lesson_from_args(args, classroom_only)
        return Trainer(x, config), label
    if args.image or args.sample:
        raise UsageError(translate("CLIOptions", "give either --lesson or an IMAGE/--sample, not both"))
    try:
        lesson = lesson_file.load_lesson(args.lesson)
        trainer = lesson_file.trainer_from_lesson(lesson)
    except lesson_file.LessonFileError as e:
        raise UsageError(str(e)) from None
    try:
        trainer.configure(**_given_changes(args))
        if classroom_only:
            trainer.config.require_classroom_layer(classroom_only)
    except ValueError as e:
        raise UsageError(str(e)) from None
    return trainer, lesson.image_label or str(args.lesson)


def check_save_target(args: argparse.Namespace) -> None:
    """Refuse --save before any work if it names something saving must not replace."""
    if getattr(args, "save", None) is None:
        return
    from cnnviz import safe_write

    try:
        safe_write.check_target(args.save)
    except OSError as e:
        raise UsageError(translate("CLIOptions", "cannot save lesson to {path}: {reason}").format(
            path=safe_write.shown_path(args.save), reason=e.strerror or e)) from None


def save_from_args(args: argparse.Namespace, trainer, label: str) -> None:
    if args.save is None:
        return
    from cnnviz import lesson_file

    try:
        lesson_file.save_lesson(args.save, trainer, label)
    except lesson_file.LessonFileError as e:
        raise UsageError(str(e)) from None
