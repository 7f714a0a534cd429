"""`cnnviz check FILE.py`: run a learner's own backward pass and name the bug. Never imports Qt.

Exit code 0 correct; 1 wrong, or their code failed (verdict "error"); 2 unusable input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Sequence

from cnnviz.cli_options import EXIT_FAILED, UsageError, _Parser, _positive_float, add_layer_options


def check_main(argv: Sequence[str]) -> int:
    from cnnviz.check import CONVENTIONS, DEFAULT_TIMEOUT, SIGNATURES, CheckInputError, check_file

    conventions = "; ".join(f"{name}: {SIGNATURES[name]}" for name in CONVENTIONS)
    p = _Parser(prog="cnnviz check",
                description="Run your own convolution backward pass on the lesson's data and on probes, compare "
                            "with the exact gradients and name the bug. Your code runs in a separate process.",
                epilog=f"Conventions ({conventions}) are recognised by the function's name. On a lesson with "
                       "--stride or --padding the lesson's backward is called as backward(x, w, dy, stride=S, "
                       "padding=P) (or pad=P).")
    p.add_argument("file", type=Path, help="your Python file or Jupyter notebook (.ipynb)")
    p.add_argument("--function", metavar="NAME", help="the function to check (default: the first of "
                   + ", ".join(name for name, _ in CONVENTIONS.values()) + " found)")
    p.add_argument("--convention", choices=tuple(CONVENTIONS), help="how the function is called (default: by its name)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--isolate", action="store_true",
                   help="refuse to run your code unless it can be isolated (Linux with bubblewrap): for a "
                        "teacher running a class's files")
    p.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT, metavar="S",
                   help=f"seconds for loading your file, and again for the probes (default {DEFAULT_TIMEOUT:g}); a "
                        "slow call on bigger data gets more, by your code's speed on the smaller ones")
    add_layer_options(p)  # the lesson's layer: its convention passes stride= and padding= to backward
    for action in p._actions:  # in the checker's words: the layer of the lesson your function is run on
        if "--kernel-size" in action.option_strings:
            action.help = "check against a lesson with a K x K filter, 1 to 7 (default 3): w is (K, K)"
        if "--color" in action.option_strings:
            action.help = "check against a colour lesson: x is (3, H, W) and w (3, K, K), one output map"
    args = p.parse_args(argv)
    lesson = lesson_of(args)
    try:
        report = check_file(args.file, args.convention, args.function, args.timeout, progress=Progress(),
                            sandbox="require" if args.isolate else "auto", lesson=lesson)
    except CheckInputError as e:
        raise UsageError(str(e)) from None
    if args.json:
        print(json.dumps(report.to_dict(), allow_nan=False))
    else:
        print(format_report(report))
    return 0 if report.verdict == "correct" else EXIT_FAILED


def lesson_of(args) -> tuple | None:
    """The lesson's data for --kernel-size, --stride, --padding and --color (None: the classroom's)."""
    from cnnviz.check import lesson_data

    layer = {"kernel_size": args.kernel_size or 3, "stride": args.stride or 1,
             "padding": "valid" if args.padding is None else args.padding, "color": bool(args.color)}
    if layer == {"kernel_size": 3, "stride": 1, "padding": "valid", "color": False}:
        return None
    try:
        return lesson_data(**layer)
    except ValueError as e:
        raise UsageError(str(e)) from None


class Progress:
    """A line on stderr while a slow check runs (after 2 s): which call, and the seconds so far."""

    AFTER = 2.0

    def __init__(self):
        self.last = 0.0

    def __call__(self, done: int, total: int | None, seconds: float, what: str = "") -> None:
        if seconds < self.AFTER or seconds - self.last < 2.0 or what == "done":
            return
        self.last = seconds
        where = what if total is None else f"call {min(done + 1, total)} of {total}: {what}"
        print(f"still running your code ({where}), {seconds:.0f} s…", file=sys.stderr, flush=True)


def format_report(report) -> str:
    """The report as a learner reads it in a terminal: one plain sentence first, then the details."""
    from cnnviz.check import SIGNATURES, learner_text
    from cnnviz.numbers import significant

    lines = [report.headline, "",
             f"{learner_text.one_line(report.file)}: {SIGNATURES[report.convention]}",  # a file name is theirs too
             f"run on {len(report.calls)} calls: " + ", ".join(c["probe"] for c in report.calls), ""]
    if report.verdict == "correct":
        lines.append("verdict: correct. " + report.message)
    else:
        lines.append(f"verdict: {report.verdict}  ({', '.join(report.ids)})")
        for f in report.found:
            lines.append(f"  [{f.id}] {_indented(f.sentence)}")
            if f.evidence:
                lines.append(f"      evidence: {_indented(f.evidence)}")
            lines.extend("      " + line.replace("\n", "\n      ") for line in f.lines)
    dw, db = report.lesson["dw"], report.lesson["db"]
    if dw.yours is not None and dw.yours.shape == dw.true.shape:
        lines += ["", "on the lesson's data (3 significant digits, wrong cells marked *):",
                  f"  {'your dw':<33}  true dw"]
        wrong = dw.wrong_cells()
        channels = [(dw.yours, dw.true, wrong, "")] if dw.true.ndim == 2 else [
            (dw.yours[c], dw.true[c], wrong[c], f"channel {'RGB'[c] if len(dw.true) == 3 else c}") for c in range(len(dw.true))]
        for yours_c, true_c, wrong_c, label in channels:
            if label:
                lines.append(f"  {label}")
            for r in range(true_c.shape[0]):
                yours = " ".join(f"{significant(v):>10}{'*' if bad else ' '}" for v, bad in zip(yours_c[r], wrong_c[r]))
                true = " ".join(f"{significant(v):>10}" for v in true_c[r])
                lines.append(f"  {yours}  {true}")
        if db.yours is not None:
            mark = "*" if db.wrong_cells().any() else " "
            lines.append(f"  db {significant(db.yours):>10}{mark}{'':<19}  db {significant(db.true):>10}")
    errors = [f"{name} {_num(oc)}" for name, oc in report.lesson.items()]
    lines.append("largest error on the lesson's data: " + ", ".join(errors))
    if report.notes:
        lines.append("left out to run your file: " + "; ".join(report.notes[:5])
                     + (f"; and {len(report.notes) - 5} more" if len(report.notes) > 5 else ""))
    if report.isolation:
        lines.append(f"how your code ran: {report.isolation}")
    if report.printed.strip():
        printed = learner_text.block(report.printed.strip("\n"), learner_text.MAX_LINES + 2)  # cut already
        lines += ["your code printed (between the bars; not the checker's words):", learner_text.framed(printed)]
    return "\n".join(lines)


def _indented(text: str) -> str:
    """Continuation lines indented: no line that starts at the margin comes from the learner."""
    return text.replace("\n", "\n      ")


def _num(oc) -> str:
    from cnnviz.numbers import significant

    if oc.max_error is not None:
        return significant(oc.max_error)
    return f"not comparable ({oc.shape_note})" if oc.shape_note else "not returned"
