"""Command line: `cnnviz` (the app), `cnnviz train`, `cnnviz samples`, `cnnviz export`.

`train` and `samples` never import Qt. Bad options or input print one line and exit 2.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Sequence

from cnnviz.cli_options import (EXIT_BAD_INPUT, EXIT_FAILED, UsageError, _count, _Parser, add_lesson_options,
                                check_save_target, save_from_args, trainer_from_args)
from cnnviz.safe_write import shown_path

# ---- cnnviz train ----------------------------------------------------------------------------
def train_main(argv: Sequence[str]) -> int:
    p = _Parser(prog="cnnviz train", description="Train the shared 3x3 filter headless and print progress.")
    add_lesson_options(p)
    p.add_argument("--steps", type=_count, default=2000, help="number of updates (default 2000)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of progress lines")
    p.add_argument("--save", metavar="FILE", type=Path, help="save the lesson after training, to continue later")
    args = p.parse_args(argv)
    trainer, label = trainer_from_args(args)
    config = trainer.config
    check_save_target(args)

    from cnnviz.engine import TrainingDiverged

    start = trainer.step_count
    target_steps = start + args.steps
    report_every = max(1, args.steps // 10)
    status = "ok"
    message = ""
    while trainer.step_count < target_steps:
        done = trainer.step_count - start
        n = min(report_every - done % report_every, args.steps - done)
        try:
            trainer.step(n)
        except TrainingDiverged as e:
            status, message = "diverged", str(e)
            break
        if not args.json:
            print(f"step {trainer.step_count:>{len(str(target_steps))}}/{target_steps}  loss {trainer.loss():.6g}")
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
        }))
    else:
        print(f"learned filter after {trainer.step_count} steps (bias {snap.bias:+.4f}):")
        for row, trow in zip(snap.weights, snap.target_kernel):
            print("  " + " ".join(f"{v:+8.4f}" for v in row) + "    target " + " ".join(f"{v:+g}" for v in trow))
        print(f"largest weight error {error:.2e}")
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
    p = _Parser(prog="cnnviz samples", description="List the bundled sample images.")
    p.parse_args(argv)
    from cnnviz import images as imgs

    samples = imgs.list_samples()
    width = max(len(s.name) for s in samples)
    for s in samples:
        default = " (default)" if s.name == imgs.DEFAULT_SAMPLE else ""
        print(f"{s.name:<{width}}  {s.description}{default}")
    return 0


# ---- cnnviz (the app) ------------------------------------------------------------------------
def app_main(argv: Sequence[str]) -> int:
    p = _Parser(prog="cnnviz", description="Open the cnnviz window. Subcommands: train, samples, export.")
    add_lesson_options(p)
    p.add_argument("--screenshot", metavar="PNG", type=Path,
                   help="save a screenshot once the window is drawn, then quit")
    args = p.parse_args(argv)
    from cnnviz import lesson_file

    if args.image and str(args.image).endswith(lesson_file.SUFFIX) and args.lesson is None:
        args.lesson, args.image = Path(args.image), None  # `cnnviz LESSON_FILE`
    trainer, label = trainer_from_args(args)
    if args.screenshot is not None and not args.screenshot.parent.resolve().is_dir():
        raise UsageError(f"cannot write screenshot {shown_path(args.screenshot)}: folder does not exist")
    from cnnviz import images as imgs
    from cnnviz.app.main import run_app

    return run_app(trainer, label, size=imgs.parse_size(args.size), screenshot=args.screenshot,
                   lesson_path=args.lesson)


def export_main(argv: Sequence[str]) -> int:
    from cnnviz.export_cli import export_main as run  # Qt is imported only for this command

    return run(argv)


COMMANDS = {"train": train_main, "samples": samples_main, "export": export_main}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(argv[0]) if argv else None
    try:
        if command is not None:
            return command(argv[1:])
        return app_main(argv)
    except UsageError as e:
        prog = f"cnnviz {argv[0]}" if command is not None else "cnnviz"
        print(f"{prog}: error: {one_line(str(e))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
