"""`cnnviz check FILE.py`: run a learner's own backward pass and name the bug. Never imports Qt.

Exit code 0 correct; 1 wrong, or their code failed (verdict "error"); 2 unusable input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Sequence

from cnnviz import i18n
from cnnviz.cli_options import EXIT_FAILED, UsageError, _Parser, _positive_float, add_layer_options
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate


def check_main(argv: Sequence[str]) -> int:
    from cnnviz.check import CONVENTIONS, DEFAULT_TIMEOUT, SIGNATURES, CheckInputError, check_file

    conventions = "; ".join(f"{name}: {SIGNATURES[name]}" for name in CONVENTIONS)
    p = _Parser(prog="cnnviz check",
                description=translate("CheckCli", "Run your own convolution backward pass on the lesson's data and on "
                                                  "probes, compare with the exact gradients and name the bug. Your code "
                                                  "runs in a separate process."),
                epilog=translate("CheckCli", "Conventions ({conventions}) are recognised by the function's name. On a "
                                             "lesson with --stride or --padding the lesson's backward is called as "
                                             "backward(x, w, dy, stride=S, padding=P) (or pad=P).").format(
                    conventions=conventions))
    p.add_argument("file", type=Path, help=translate("CheckCli", "your Python file or Jupyter notebook (.ipynb)"))
    p.add_argument("--function", metavar="NAME", help=translate("CheckCli", "the function to check (default: the first "
                                                                            "of {names} found)").format(
        names=", ".join(name for name, _ in CONVENTIONS.values())))
    p.add_argument("--convention", choices=tuple(CONVENTIONS),
                   help=translate("CheckCli", "how the function is called (default: by its name)"))
    p.add_argument("--json", action="store_true", help=translate("CheckCli", "print one JSON object (in English, "
                                                                             "whatever the language)"))
    p.add_argument("--isolate", action="store_true",
                   help=translate("CheckCli", "refuse to run your code unless it can be isolated (Linux with "
                                              "bubblewrap): for a teacher running a class's files"))
    p.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT, metavar="S",
                   help=translate("CheckCli", "seconds for loading your file, and again for the probes (default "
                                              "{seconds}); a slow call on bigger data gets more, by your code's speed "
                                              "on the smaller ones").format(seconds=f"{DEFAULT_TIMEOUT:g}"))
    add_layer_options(p)  # the lesson's layer: its convention passes stride= and padding= to backward
    for action in p._actions:  # in the checker's words: the layer of the lesson your function is run on
        if "--kernel-size" in action.option_strings:
            action.help = translate("CheckCli", "check against a lesson with a K x K filter, 1 to 7 (default 3): w is "
                                                "(K, K)")
        if "--color" in action.option_strings:
            action.help = translate("CheckCli", "check against a colour lesson: x is (3, H, W) and w (3, K, K), one "
                                                "output map")
    args = p.parse_args(argv)
    lesson = lesson_of(args)
    chosen = i18n.chosen()
    if args.json:  # the JSON is for programs: its words stay English (the ids are English in every language)
        i18n.set_language("en")
    try:
        report = check_file(args.file, args.convention, args.function, args.timeout, progress=Progress(),
                            sandbox="require" if args.isolate else "auto", lesson=lesson)
        if args.json:
            text = json.dumps(report.to_dict(), allow_nan=False)
    except CheckInputError as e:
        raise UsageError(str(e)) from None
    finally:
        i18n.set_language(chosen)
    if args.json:
        print(text)
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
        text = (translate("CheckCli", "still running your code ({what}), {seconds} s…") if total is None else
                translate("CheckCli", "still running your code (call {call} of {total}: {what}), {seconds} s…"))
        print(text.format(what=what, call=min(done + 1, total or 0), total=total, seconds=f"{seconds:.0f}"),
              file=sys.stderr, flush=True)


VERDICTS = {"wrong": QT_TRANSLATE_NOOP("CheckCli", "wrong"), "error": QT_TRANSLATE_NOOP("CheckCli", "error")}


def format_report(report) -> str:
    """The report as a learner reads it in a terminal: one plain sentence first, then the details."""
    from cnnviz.check import SIGNATURES, learner_text, sandbox
    from cnnviz.numbers import significant

    lines = [report.headline, "",
             f"{learner_text.one_line(report.file)}: {SIGNATURES[report.convention]}",  # a file name is theirs too
             translate("CheckCli", "run on {count} calls: {probes}").format(
                 count=len(report.calls), probes=_listed([c["probe"] for c in report.calls])), ""]
    if report.verdict == "correct":
        lines.append(translate("CheckCli", "verdict: correct. {message}").format(message=report.message))
    else:  # the ids as --json says them, in every language (what a teacher greps for)
        lines.append(translate("CheckCli", "verdict: {verdict}  ({ids})").format(
            verdict=translate("CheckCli", VERDICTS[report.verdict]), ids=", ".join(report.ids)))
        for f in report.found:
            lines.append(f"  [{f.id}] {_indented(f.sentence)}")
            if f.evidence:
                lines.append("      " + translate("CheckCli", "evidence: {evidence}").format(
                    evidence=_indented(f.evidence)))
            lines.extend("      " + line.replace("\n", "\n      ") for line in f.lines)
    dw, db = report.lesson["dw"], report.lesson["db"]
    if dw.yours is not None and dw.yours.shape == dw.true.shape:
        yours_dw, true_dw = translate("CheckCli", "your dw"), translate("CheckCli", "true dw")
        lines += ["", translate("CheckCli", "on the lesson's data (3 significant digits, wrong cells marked *):"),
                  f"  {yours_dw}{' ' * max(1, 33 - _width(yours_dw))}  {true_dw}"]
        wrong = dw.wrong_cells()
        channels = [(dw.yours, dw.true, wrong, "")] if dw.true.ndim == 2 else [
            (dw.yours[c], dw.true[c], wrong[c], translate("CheckCli", "channel {channel}").format(
                channel="RGB"[c] if len(dw.true) == 3 else c)) for c in range(len(dw.true))]
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
    lines.append(translate("CheckCli", "largest error on the lesson's data: {errors}").format(errors=", ".join(errors)))
    if report.notes:
        notes = "; ".join(report.notes[:5])
        if len(report.notes) > 5:
            notes = translate("CheckCli", "{notes}; and {count} more").format(notes=notes, count=len(report.notes) - 5)
        lines.append(translate("CheckCli", "left out to run your file: {notes}").format(notes=notes))
    if report.isolation:
        how = (translate("CheckCli", "isolated") if report.isolation == "isolated" else
               translate("CheckCli", "not isolated: {why}").format(
                   why=sandbox.in_words(report.isolation.removeprefix("not isolated: "))))
        lines.append(translate("CheckCli", "how your code ran: {how}").format(how=how))
    if report.printed.strip():
        printed = learner_text.block(report.printed.strip("\n"), learner_text.MAX_LINES + 2)  # cut already
        lines += [translate("CheckCli", "your code printed (between the bars; not the checker's words):"),
                  learner_text.framed(printed)]
    return "\n".join(lines)


def _listed(words: list[str]) -> str:
    """'probe A, probe B, the lesson's data' with the language's list comma."""
    text = words[0] if words else ""
    for word in words[1:]:
        text = translate("CheckCli", "{first}, {then}").format(first=text, then=word)
    return text


def _width(text: str) -> int:
    """Columns a terminal gives the text: a Chinese character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _indented(text: str) -> str:
    """Continuation lines indented: no line that starts at the margin comes from the learner."""
    return text.replace("\n", "\n      ")


def _num(oc) -> str:
    from cnnviz.numbers import significant

    if oc.max_error is not None:
        return significant(oc.max_error)
    if oc.shape_note:
        return translate("CheckCli", "not comparable ({why})").format(why=oc.shape_note)
    return translate("CheckCli", "not returned")
