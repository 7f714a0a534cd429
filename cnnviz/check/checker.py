"""`check_file`: run a learner's backward pass on the probes and say what is right and what is wrong.

No Qt. Used by `cnnviz check` (check_cli.py) and the app's File > Check My Backprop….
"""

from __future__ import annotations

import ast
import itertools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnnviz.check import probes as pr
from cnnviz.check.diagnose import OUTPUTS, RTOL, Candidates, Explanation, Found, OutputCheck, closest, explain, fill
from cnnviz.check.learner_text import one_line
from cnnviz.check.clock import DEFAULT_TIMEOUT, MAX_SECONDS, SLACK
from cnnviz.check.runner import RunResult, run_learner
from cnnviz.check.sandbox import SandboxUnavailable
from cnnviz.check.source import NOT_PYTHON, Source, SourceError, load_source
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.numbers import significant as sig

SENTENCES = {
    "overwrite": QT_TRANSLATE_NOOP("Checker", "The gradient buffer keeps only the last contribution: `=` where `+=` was needed, so every "
                 "earlier position's contribution is lost."),
    "mean": QT_TRANSLATE_NOOP("Checker", "The gradient is divided by a count (an average): the shared filter's gradient is the SUM of every "
            "position's contribution (dy already carries the loss's own scaling)."),
    "stale": QT_TRANSLATE_NOOP("Checker", "Your function keeps state between calls: a buffer is never reset (a mutable default argument such "
             "as dw=np.zeros(...), or a global). Create it inside the function, on every call."),
    "flipped": QT_TRANSLATE_NOOP("Checker", "Your dw is rotated 180°: that pairs w[r, c] with x[i+2-r, j+2-c] (a convolution), but the forward "
               "pass is a cross-correlation: w[r, c] multiplies x[i+r, j+c]."),
    "transposed": QT_TRANSLATE_NOOP("Checker", "Your dw has rows and columns swapped: dw[c, r] holds what belongs in dw[r, c]."),
    "sign": QT_TRANSLATE_NOOP("Checker", "The sign is wrong: the gradient has the right size but points the other way."),
    "bias": QT_TRANSLATE_NOOP("Checker", "db is wrong: db is the sum of δ over every position (and image), one number per filter."),
    "positions": QT_TRANSLATE_NOOP("Checker", "Some positions are left out or counted twice: a loop bound is off by one (with stride 1 the "
                 "output has H - k + 1 rows and W - k + 1 columns)."),
    "dx-overwrite": QT_TRANSLATE_NOOP("Checker", "dx is assigned (`=`) where it must add (`+=`): windows overlap, so a pixel shared by several "
                    "positions must collect the input deltas of all of them."),
    "dx-flipped": QT_TRANSLATE_NOOP("Checker", "dx uses a turned kernel: position (i, j) adds δ[i, j]·w[r, c] into x[i+r, j+c], with the same "
                  "unflipped w as the forward pass."),
    "stride": QT_TRANSLATE_NOOP("Checker", "The stride is not applied: the window of output (i, j) starts at (i·stride, j·stride)."),
    "unknown": QT_TRANSLATE_NOOP("Checker", "This is wrong in a way the checker does not recognise: compare the cells below."),
    "not-implemented": QT_TRANSLATE_NOOP("Checker", "Your function returns None where the gradients should be: it is not finished yet (the "
                       "course's starting code sets them to None until you compute them)."),
    "zeros": QT_TRANSLATE_NOOP("Checker", "An output is all zeros: nothing is ever added into it. Check that the loop that adds each "
             "position's contribution runs, and that it adds into the array you return."),
    "ignores-input": QT_TRANSLATE_NOOP("Checker", "An output comes out the same whatever data your function gets: it does not use its "
                     "arguments (perhaps test data from elsewhere in your file, or a constant)."),
    "sizes": QT_TRANSLATE_NOOP("Checker", "Your code works only on images of the lesson's size: it fails on the probes' other sizes. A size "
             "is written as a number (like 30 or 32), or height and width are swapped. Take every size from the "
             "arrays (H, W = x.shape; the output's from dy or dout), rows with H and columns with W."),
}
HEADLINES = {  # the verdict screen's first sentence: plain words, what is wrong and what to change
    "exception": QT_TRANSLATE_NOOP("Checker", "Your code stopped with an error: fix the line shown below."),
    "timeout": QT_TRANSLATE_NOOP("Checker", "Your code did not finish in time."),
    "shape": QT_TRANSLATE_NOOP("Checker", "Your function returns an array of the wrong shape: see below which one, and the shape it needs."),
    "not-implemented": QT_TRANSLATE_NOOP("Checker", "Your function is not finished: it returns None. Compute the gradients and return them."),
    "overwrite": QT_TRANSLATE_NOOP("Checker", "Only the last position is kept in your dw: write `+=` instead of `=` where you add into it."),
    "dx-overwrite": QT_TRANSLATE_NOOP("Checker", "Only the last position is kept in each pixel of your dx: write `+=` instead of `=` there."),
    "stale": QT_TRANSLATE_NOOP("Checker", "Your function remembers the previous call: create dw (and db, dx) with np.zeros inside the "
             "function, so every call starts from zero."),
    "mean": QT_TRANSLATE_NOOP("Checker", "Your dw is divided by a number: remove the division. The shared filter's gradient is the SUM over "
            "all positions."),
    "sign": QT_TRANSLATE_NOOP("Checker", "Your gradient has the wrong sign: add δ × patch, do not subtract it."),
    "flipped": QT_TRANSLATE_NOOP("Checker", "Your dw is turned upside down and mirrored: pair w[r, c] with x[i + r, j + c], not with "
               "x[i + 2 - r, j + 2 - c]."),
    "transposed": QT_TRANSLATE_NOOP("Checker", "Your dw has rows and columns swapped: write dw[r, c], not dw[c, r]."),
    "dx-flipped": QT_TRANSLATE_NOOP("Checker", "Your dx uses the kernel turned around: use the same w[r, c] as the forward pass."),
    "positions": QT_TRANSLATE_NOOP("Checker", "Your loops leave out or repeat some positions: loop over every row and column of the output "
                 "(the shape of dy), no more and no less."),
    "stride": QT_TRANSLATE_NOOP("Checker", "Your windows ignore the stride: the window of output (i, j) starts at row i·stride, column "
              "j·stride."),
    "padding": QT_TRANSLATE_NOOP("Checker", "Your code gets the padding wrong: see below when it fails."),
    "bias": QT_TRANSLATE_NOOP("Checker", "Your db is wrong: db is the sum of δ over every position (and every image)."),
    "zeros": QT_TRANSLATE_NOOP("Checker", "Your gradient is all zeros: nothing is ever added into it."),
    "ignores-input": QT_TRANSLATE_NOOP("Checker", "Your gradient does not change when the data changes: compute it from the function's "
                     "arguments."),
    "sizes": QT_TRANSLATE_NOOP("Checker", "Your code works only on data the size of the lesson's: take every size from the arrays' shapes (no "
             "numbers like 30, no height and width swapped)."),
    "unknown": QT_TRANSLATE_NOOP("Checker", "Your gradient is wrong in a way the checker does not recognise: compare your numbers with the "
               "true ones below."),
}
NAMED_HEADLINES = {  # the headlines that name the output that is wrong (dw, db or dx)
    "zeros": QT_TRANSLATE_NOOP("Checker", "Your {name} is all zeros: nothing is ever added into it."),
    "ignores-input": QT_TRANSLATE_NOOP("Checker", "Your {name} does not change when the data changes: compute it from "
                                       "the function's arguments."),
    "mean": QT_TRANSLATE_NOOP("Checker", "Your {name} is divided by a number: remove the division. The shared filter's "
                              "gradient is the SUM over all positions."),
    "unknown": QT_TRANSLATE_NOOP("Checker", "Your {name} is wrong in a way the checker does not recognise: compare your "
                                 "numbers with the true ones below."),
}
ORDER = ("exception", "missing-module", "python2", "signature", "cache", "timeout", "not-implemented", "order",
         "shape", "overwrite", "dx-overwrite", "stale", "zeros", "ignores-input", "mean", "sign", "flipped",
         "transposed", "dx-flipped", "positions", "sizes", "stride", "padding", "bias", "unknown")
PYTHON2_NAMES = {"xrange": "range", "unicode": "str", "basestring": "str", "long": "int", "raw_input": "input",
                 "izip": "zip", "reduce": "functools.reduce"}
PYTHON2_METHODS = {"iteritems": "items", "itervalues": "values", "iterkeys": "keys", "has_key": "in"}
FLOAT_INDEX = ("'float' object cannot be interpreted as an integer", "slice indices must be integers",
               "only integers, slices")  # a size or index made with `/`: whole in Python 2, a float in 3


MAX_SOURCE_BYTES = 10_000_000  # a learner's file (what the checker's own notebook writes is far below)


class CheckInputError(Exception):
    """Unusable input (no such file, no function to check): one line, exit code 2."""


@dataclass
class Report:
    verdict: str  # "correct", "wrong" or "error"
    found: list[Found]
    convention: str
    function: str
    file: str
    lesson: dict[str, OutputCheck] = field(default_factory=dict)  # the lesson's data: yours vs true
    calls: list[dict] = field(default_factory=list)
    explain_count: int | None = None  # the step-through position count that shows the bug
    printed: str = ""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # what was left out of their file to run it
    isolation: str = ""  # how their code ran: "isolated" (a sandbox) or "not isolated: <why>"

    @property
    def ids(self) -> list[str]:
        return [f.id for f in self.found]

    @property
    def message(self) -> str:
        if self.verdict == "correct":
            # "exact" would be false: float32 arithmetic passes, within RTOL of the largest true value
            return translate("Checker", "Correct: your {function} gives the right dw, db and dx (to 1 part in {parts} of "
                             "the largest value) on the lesson's data and on {probes} probes.").format(
                function=self.function, parts=grouped(1 / RTOL), probes=len(self.calls) - 1)
        return " ".join(f.sentence for f in self.found)

    @property
    def headline(self) -> str:
        """One plain sentence first: what is wrong and what to change (the rest is the details)."""
        if self.verdict == "correct" or not self.found:
            return translate("Checker", "Correct: your {function} gives the right gradients.").format(
                function=self.function)
        first = self.found[0]
        text = first.headline or (translate("Checker", HEADLINES[first.id]) if first.id in HEADLINES else first.sentence)
        more = len(self.found) - 1
        if not more:
            return text
        if more == 1:
            return translate("Checker", "{headline} (And 1 more problem below.)").format(headline=text)
        return translate("Checker", "{headline} (And {count} more problems below.)").format(headline=text, count=more)

    def to_dict(self) -> dict:
        """JSON-ready (finite numbers only: non-finite values become null)."""
        outputs = {}
        for name, oc in self.lesson.items():
            outputs[name] = {"max_error": _finite(oc.max_error), "yours": _list(oc.yours), "true": _list(oc.true),
                             "wrong_cells": np.argwhere(oc.wrong_cells()).tolist()}
        return {"verdict": self.verdict, "diagnosis": self.ids, "headline": self.headline, "message": self.message,
                "findings": [{"id": f.id, "sentence": f.sentence, "evidence": f.evidence, "traceback": f.lines}
                             for f in self.found],
                "convention": self.convention, "function": self.function, "file": self.file,
                "lesson": outputs, "calls": self.calls, "explain_position_count": self.explain_count,
                "printed": self.printed, "seconds": round(self.seconds, 3), "notes": self.notes,
                "isolation": self.isolation}


def _finite(v):
    return v if v is None or math.isfinite(v) else None  # strict JSON has no NaN or Infinity


def _list(a: np.ndarray | None):
    if a is None:
        return None
    return np.where(np.isfinite(a), a.astype(object), None).tolist() if a.ndim else _finite(float(a))


# ---- which convention ----------------------------------------------------------------------------------
def choose(convention: str | None, function: str | None) -> dict[str, str]:
    """{function name: convention}, in the order they are looked for in the learner's file."""
    if function:
        by_name = {name: conv for conv, (name, _) in pr.CONVENTIONS.items()}
        return {function: convention or by_name.get(function, "lesson")}
    if convention:
        return {pr.CONVENTIONS[convention][0]: convention}
    return {name: conv for conv, (name, _) in pr.CONVENTIONS.items()}


def lesson_data(kernel_size: int = 3, stride: int = 1, padding: int | str = "valid", color: bool = False) -> tuple:
    """The lesson's image, its initial filter and δ there: what the app shows at step 0, as
    (x, w, dy), or with another layer (x, w, dy, stride, padding in pixels): the default sample
    (the colour one for color), a k x k filter (3, k, k in colour). A layer that does not fit
    raises ValueError (one line)."""
    from cnnviz import images
    from cnnviz.engine import LessonConfig, Trainer

    if (kernel_size, stride, padding, color) == (3, 1, "valid", False):
        snap = Trainer(images.load_sample(images.DEFAULT_SAMPLE)).snapshot()
        return snap.images[0], snap.weights, snap.delta[0]
    # The target only makes δ: Sobel-x for 3x3, else a kernel of this size that keeps the centre.
    centre = ";".join(",".join("1" if r == c == kernel_size // 2 else "0" for c in range(kernel_size))
                      for r in range(kernel_size))
    config = LessonConfig(target="sobel-x" if kernel_size == 3 else centre, kernel_size=kernel_size,
                          stride=stride, padding=padding, color=color).validated()
    x = images.load_sample(images.DEFAULT_COLOR_SAMPLE if color else images.DEFAULT_SAMPLE, color=color)
    snap = Trainer(x, config).snapshot()
    return snap.images[0], snap.weights, snap.delta[0], config.stride, config.padding_pixels


def check_file(path: str | Path, convention: str | None = None, function: str | None = None,
               timeout: float = DEFAULT_TIMEOUT, lesson=None, started=None, progress=None,
               sandbox: str = "auto") -> Report:
    """Run the learner's function on the probes (in a separate process) and diagnose it.

    path: a .py file, or a notebook (.ipynb: its code cells, IPython lines skipped).
    lesson: (x (H, W), w (3, 3), dy) to use as the lesson's data (default: the app's first step), or
    (x, w, dy, stride, padding) for a lesson with another layer: x (H, W) with w (k, k), or colour
    x (C, H, W) with w (C, k, k); the learner's backward gets stride= and padding= then.
    started(run): called once the check starts (run.cancel() stops it).
    progress(done, total, seconds, what): called as the calls finish (and every half second); what
    names the call running ("probe A", "the lesson's data"; "loading your file" while total is None).
    sandbox: "auto" (isolated where bubblewrap works), "require" (refuse without it) or "off".
    Raises CheckInputError for a missing file or function, or when isolation is required but
    this machine cannot isolate."""
    path = Path(path)
    shown = one_line(path)  # a file's name is the learner's text too
    if not path.is_file():
        raise CheckInputError((translate("Checker", "not a regular file: {file}") if path.exists() else
                               translate("Checker", "no such file: {file}")).format(file=shown))
    if path.stat().st_size > MAX_SOURCE_BYTES:
        text = (translate("Checker", "{file} is {size} bytes (limit {limit}): clear its outputs (Edit > Clear All "
                                     "Outputs) and save it") if path.suffix.lower() == ".ipynb" else
                translate("Checker", "{file} is {size} bytes (limit {limit}): a backward pass is a short Python file"))
        raise CheckInputError(text.format(file=shown, size=grouped(path.stat().st_size), limit=grouped(MAX_SOURCE_BYTES)))
    functions = choose(convention, function)
    try:
        source = load_source(path, tuple(functions))
    except SourceError as e:
        raise CheckInputError(one_line(e)) from None  # it names their file
    lesson = lesson if lesson is not None else lesson_data()
    probe_sets = {conv: pr.make_probes(conv, lesson) for conv in dict.fromkeys(functions.values())}
    calls = {conv: [{"arrays": pr.to_call(conv, p), "stride": p.stride, "pad": p.pad, "work": p.work} for p in ps]
             for conv, ps in probe_sets.items()}
    def running(done: int, total: int | None, seconds: float) -> None:  # progress, with the call's name
        names = next(([p.name for p in ps] for ps in probe_sets.values() if len(ps) == total), [])
        what = translate("Checker", "loading your file") if total is None else (
            "done" if done >= total else (translate("Checker", "the lesson's data") if names[done:done + 1] == ["lesson"]
                                          else translate("Checker", "probe {name}").format(name=names[done])
                                          if done < len(names) else ""))
        progress(done, total, seconds, what)

    try:
        run = run_learner(path, functions, calls, timeout, started, source=source.text,
                          progress=running if progress is not None else None, sandbox_mode=sandbox)
    except SandboxUnavailable as e:
        raise CheckInputError(str(e)) from None
    load = run.load
    if load["status"] == "missing":
        found = ", ".join(load["functions"]) or translate("Checker", "none")
        failed = load.get("skipped") or []
        text = translate("Checker", "{file} defines no function {names} (functions found: {found}; choose one with "
                                    "--function NAME)")
        if failed:
            module = next((f["module"] for f in failed if f.get("module")), None)
            text = (translate("Checker", "{file} defines no function {names} (functions found: {found}; choose one "
                                         "with --function NAME); module {module} is missing here") if module else
                    translate("Checker", "{file} defines no function {names} (functions found: {found}; choose one "
                                         "with --function NAME); {where} failed: {error}"))
            module = module or ""
        else:
            module = ""
        raise CheckInputError(text.format(file=shown, names=translate("Checker", " or ").join(functions), found=found,
                                          module=module, where=source.where(failed[0]["line"]) if failed else "",
                                          error=failed[0]["error"] if failed else ""))
    if load["status"] == "unreadable":
        raise CheckInputError(translate("Checker", "cannot read {file}: {error}").format(file=shown,
                                                                                       error=load["error"]))
    name = load.get("function") or next(iter(functions))
    conv = functions[name]
    return diagnose(path, conv, name, probe_sets[conv], run, source)


# ---- from what happened to a report -----------------------------------------------------------------
def diagnose(path: Path, conv: str, function: str, probes: list[pr.Probe], run: RunResult,
             source: Source | None = None) -> Report:
    source = source if source is not None else Source(Path(path), "")
    with np.errstate(all="ignore"):  # a learner's NaN or inf is a finding, not a warning
        return _diagnose(path, conv, function, probes, run, source)


def _diagnose(path: Path, conv: str, function: str, probes: list[pr.Probe], run: RunResult,
              source: Source) -> Report:
    report = Report("correct", [], conv, function, str(path), printed=run.output, seconds=run.seconds,
                    isolation=run.isolation)
    found: dict[str, Found] = {}

    def add(id_: str, sentence: str, evidence: str = "", lines: list[str] | None = None, headline: str = "") -> None:
        if id_ not in found:
            found[id_] = Found(id_, sentence, evidence, lines or [], headline)
        elif evidence and evidence not in found[id_].evidence:
            found[id_].evidence += "; " + evidence

    if run.forged:
        add("exception", translate("Checker", "The checker could not use what your code sent back: {why}.").format(
            why=run.forged))
    ctx = Context(conv, function, probes, run, source, add, found)
    _loading_failures(ctx)
    failed = _call_failures(ctx)
    if run.crashed and not found:  # every call answered, then the process was ended
        add("exception", translate("Checker", "Your code ended the check: {why}.").format(why=run.crashed))
    values, lesson_yours, shape_notes = _returned_values(ctx)
    if run.load.get("status") == "ok":
        _explain_outputs(probes, values, add, report)
        _wrong_by_setting(ctx, values, failed)
    _layer_hint(conv, probes[-1], found)
    last = probes[-1]
    truth = pr.backward(last.x, last.w, last.dout, last.stride, last.pad)
    for name, true in zip(OUTPUTS, truth):
        report.lesson[name] = OutputCheck(name, lesson_yours.get(name), _plain(true, name), shape_notes.get(name, ""))
    report.calls = [{"probe": p.describe(), "status": run.calls[k].status if k < len(run.calls) else "not-run",
                     "seconds": _finite(run.calls[k].seconds) if k < len(run.calls) else None,
                     "max_error": {o: _finite(_max_error(values[o].get(k), t))
                                   for o, t in zip(OUTPUTS, pr.backward(p.x, p.w, p.dout, p.stride, p.pad))}}
                    for k, p in enumerate(probes)]
    for f in found.values():  # a notebook's lines are named by cell
        f.sentence, f.evidence = _cells_named(f.sentence, source), _cells_named(f.evidence, source)
        f.headline = _cells_named(f.headline, source)
        f.lines = [_cells_named(line, source) for line in f.lines]
    report.found = sorted(found.values(), key=lambda f: ORDER.index(f.id))
    report.notes = source.notes + [translate("Checker", "{where} was skipped: {error}").format(
        where=source.where(s["line"]), error=s["error"]) for s in run.load.get("skipped") or []]
    if run.load.get("status") != "ok" or run.timed_out or run.crashed or run.forged or failed:
        report.verdict = "error"
    elif report.found:
        report.verdict = "wrong"
    return report


@dataclass
class Context:
    """What the diagnosis steps share: the convention, the probes, what happened, the source."""

    conv: str
    function: str
    probes: list[pr.Probe]
    run: RunResult
    source: Source
    add: object
    found: dict

    def missing_module_of(self, name: str) -> tuple[str, int] | None:
        """(module, line) of a top-level import that failed here and would have given `name`
        (by name, or by `from module import *`)."""
        try:
            tree = ast.parse(self.source.text)
        except NOT_PYTHON:
            return None
        at = {node.lineno: node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))}
        for s in self.run.load.get("skipped") or []:
            node = at.get(s["line"])
            if not s.get("module") or node is None:
                continue
            for alias in node.names:
                given = alias.asname or (alias.name.split(".")[0] if isinstance(node, ast.Import) else alias.name)
                if given == name or alias.name == "*":
                    return s["module"], s["line"]
        return None


def _layer_hint(conv: str, lesson: pr.Probe, found: dict) -> None:
    """An error or an unrecognised value on a lesson with another filter (k x k, colour): every probe
    has the lesson's filter, so code written for the 3x3 grey one fails everywhere; say where to look."""
    k, channels = lesson.w.shape[-1], lesson.x.shape[1]
    if conv != "lesson" or (k, channels) == (3, 1):
        return
    if channels > 1:
        hint = translate("Checker", "This lesson's filter is {k}x{k} across {channels} channels: x is ({channels}, H, W) "
                                    "and w ({channels}, {k}, {k}): code written for the 3x3 grey filter must take every "
                                    "size from the arrays (k = w.shape[-1], the channels with x[..., r, c] or x[:, r, c]).")
    else:
        hint = translate("Checker", "This lesson's filter is {k}x{k}: code written for the 3x3 grey filter must take "
                                    "every size from the arrays (k = w.shape[-1]).")
    for id_ in ("exception", "unknown"):
        if id_ in found:
            found[id_].sentence += " " + hint.format(k=k, channels=channels)


def _cells_named(text: str, source: Source) -> str:
    """In a notebook, 'line 57' of the joined cells becomes 'code cell 4, line 3'."""
    if not source.is_notebook or not text:
        return text
    # "line 57" in Python's words (a traceback) or in the language's ("Zeile 57", "第 57 行": the checker's own)
    ours = re.escape(translate("Checker", "line {line}")).replace(r"\{line\}", r"(\d+)")
    return re.sub(rf"\bline (\d+)|{ours}", lambda m: source.where(int(m.group(1) or m.group(2))), text)


def _plain(a: np.ndarray, name: str) -> np.ndarray:
    """The lesson's (1, 1, ...) canonical arrays as the lesson shows them: dw (k, k), db (), dx (H, W);
    in colour dw (3, k, k) and dx (3, H, W)."""
    if name == "db":
        return a.reshape(())
    return a[0, 0] if a.shape[1] == 1 else a[0]


def _max_error(yours, true) -> float | None:
    if yours is None or yours.shape != true.shape:
        return None
    return float(np.max(np.abs(yours - true))) if true.size else 0.0


def _loading_failures(ctx: Context) -> None:
    run, add = ctx.run, ctx.add
    load = run.load
    if load["status"] == "syntax":
        text = load.get("text", "").strip()
        evidence = translate("Checker", "line {line}: {text}").format(line=load["line"], text=text)
        if "print" in load["error"] and "parentheses" in load["error"]:
            add("python2", translate("Checker", "Your file is Python 2: print is a statement there (line {line}), a "
                                                "function in Python 3.").format(line=load["line"]), evidence,
                headline=translate("Checker", "This is Python 2 code: in Python 3 write print(...) with parentheses."))
        else:
            add("exception", translate("Checker", "Your file has a syntax error on line {line}: {error}.").format(
                line=load["line"], error=load["error"]), evidence)
    elif load["status"] == "exception":
        text = (translate("Checker", "Your file raised an error while it was loaded (line {line}): {error}.")
                if load.get("line") else translate("Checker", "Your file raised an error while it was loaded: {error}."))
        add("exception", text.format(line=load.get("line"), error=_their_error(load["error"])), lines=load["traceback"])
    elif load["status"] == "not-loaded" and run.timed_out:
        at = load.get("at")  # the top-level line that was running
        line = _source_line(ctx.source, at)
        if ctx.source.is_notebook:
            text = (translate("Checker", "Running your notebook's cells did not finish in time (line {line} was "
                                         "running: {code}): a cell trains or tests for long, or runs forever. Only your "
                                         "function is needed: put it in a .py file and check that, or allow more time "
                                         "(--timeout).") if line else
                    translate("Checker", "Running your notebook's cells did not finish in time: a cell trains or tests "
                                         "for long, or runs forever. Only your function is needed: put it in a .py "
                                         "file and check that, or allow more time (--timeout)."))
            headline = (translate("Checker", "A cell of your notebook runs too long (line {line}): check a .py file "
                                             "with just your function.") if line else
                        translate("Checker", "A cell of your notebook runs too long: check a .py file with just your "
                                             "function."))
            add("timeout", text.format(line=at, code=line), headline=headline.format(line=at))
        else:
            text = (translate("Checker", "Loading your file did not finish in time (line {line} was running: {code}): "
                                         "code at the top level of the file runs forever or far too long (put tests "
                                         "under `if __name__ == '__main__':`).") if line else
                    translate("Checker", "Loading your file did not finish in time: code at the top level of the file "
                                         "runs forever or far too long (put tests under `if __name__ == '__main__':`)."))
            add("timeout", text.format(line=at, code=line))
    elif load["status"] == "not-loaded" and not run.forged:
        add("exception", translate("Checker", "Your file could not be loaded: {why}.").format(
            why=run.crashed or translate("Checker", "the checker process failed")), run.output.strip()[-500:])
    elif load["status"] == "ok":
        _signature(ctx)


def _source_line(source: Source, line: int | None) -> str:
    lines = source.text.splitlines()
    return one_line(lines[line - 1], 200) if line and 0 < line <= len(lines) else ""  # their text: cleaned


def _signature(ctx: Context) -> None:
    """A function that cannot be called as the course calls it: say how the course calls it."""
    params = ctx.run.load.get("parameters")
    if params is None:
        return
    if ctx.conv == "lesson" and _lacks_layer(ctx, params):
        return
    args = 3 if ctx.conv == "lesson" else 2
    positional = [p for p in params if not p.startswith("*")]
    required = [p for p in positional if "=" not in p]
    if ctx.conv == "lesson":  # stride and padding: the lesson passes them by name
        required = [p for p in required if _name(p) not in LAYER_PARAMETERS]
        positional = [p for p in positional if _name(p) not in LAYER_PARAMETERS]
    takes_more = any(p.startswith("*") and not p.startswith("**") for p in params)
    names = [p.split("=")[0].split(":")[0].strip() for p in positional[:args]]
    swapped = _swapped(ctx.conv, names)
    if len(required) <= args and (len(positional) >= args or takes_more) and not swapped:
        return
    theirs = ", ".join(params)
    call = pr.SIGNATURES[ctx.conv].split(" ->")[0].replace(pr.CONVENTIONS[ctx.conv][0], ctx.function, 1)
    ctx.add("signature", translate("Checker", "Your {function} takes ({parameters}), but it is called as {call}: give "
                                              "it exactly those {count} parameters, in that order.").format(
                function=ctx.function, parameters=theirs, call=call + _cache_words(ctx.conv), count=args),
            translate("Checker", "the convention: {signature}").format(signature=pr.SIGNATURES[ctx.conv]),
            headline=translate("Checker", "Your function has other parameters than the course's: write def {call}:")
            .format(call=call))


LAYER_PARAMETERS = ("stride", "padding", "pad")  # what the lesson's convention passes by name, when it has them


def _name(parameter: str) -> str:
    """'padding: int = 0' -> 'padding'."""
    return parameter.split("=")[0].split(":")[0].strip().lstrip("*")


def _lacks_layer(ctx: Context, params: list[str]) -> bool:
    """A lesson with a stride or padding, checked against a backward(x, w, dy) that cannot take
    them: one line that says which parameters to add (and the calls that need them fail)."""
    lesson = ctx.probes[-1]
    names = {_name(p) for p in params}
    keywords = any(p.startswith("**") for p in params)
    missing = [word for word, value, given in (("stride", lesson.stride, "stride" in names),
                                               ("padding", lesson.pad, bool(names & {"padding", "pad"})))
               if value != (1 if word == "stride" else 0) and not (given or keywords)]
    if not missing:
        return False
    layer = {("stride",): translate("Checker", "stride {stride}"), ("padding",): translate("Checker", "padding {padding}"),
             ("stride", "padding"): translate("Checker", "stride {stride} and padding {padding}")}[tuple(missing)]
    layer = layer.format(stride=lesson.stride, padding=lesson.pad)
    wanted = ", ".join(f"{word}={1 if word == 'stride' else 0}" for word in ("stride", "padding"))
    ctx.add("signature", translate("Checker", "Your {function} takes ({parameters}), but this lesson has {layer}: the "
                                              "checker passes them by name, so give it the parameters {wanted} and use "
                                              "them (the windows start stride pixels apart, on x with padding zeros "
                                              "around it).").format(function=ctx.function, parameters=", ".join(params),
                                                                    layer=layer, wanted=wanted),
            translate("Checker", "the convention: {signature}, plus {wanted} for a lesson that has them").format(
                signature=pr.SIGNATURES["lesson"], wanted=wanted),
            headline=translate("Checker", "This lesson has {layer}: write def {function}(x, w, dy, {wanted}): and use "
                                          "them.").format(layer=layer, function=ctx.function, wanted=wanted))
    return True


ROLES = {  # the usual names of each parameter, to see parameters given in another order
    "x": {"x", "X", "img", "image", "inp", "input", "a_prev", "A_prev"},
    "w": {"w", "W", "k", "K", "kernel", "weights", "filt", "filters"},
    "dy": {"dy", "dY", "dout", "d_out", "dz", "dZ", "delta", "grad", "grad_out", "g", "dL_dy"},
    "cache": {"cache", "cache_conv", "caches"},
}


def _swapped(conv: str, names: list[str]) -> bool:
    """Recognised parameter names in an order other than the course's (backward(dy, x, w))."""
    want = ("x", "w", "dy") if conv == "lesson" else ("dy", "cache")
    roles = [next((r for r, known in ROLES.items() if n in known), None) for n in names]
    return None not in roles and len(roles) == len(want) and sorted(roles) == sorted(want) and tuple(roles) != want


def _cache_words(conv: str) -> str:
    return {"cs231n": ", cache = (x, w, b, conv_param)", "dlai": ", cache = (A_prev, W, b, hparameters)"}.get(conv, "")


def _call_failures(ctx: Context) -> list[int]:
    """Exceptions, timeouts and crashes in the calls; returns the indexes of the probes that failed."""
    run, probes, add = ctx.run, ctx.probes, ctx.add
    if run.load.get("status") != "ok":
        return []
    failed, succeeded, raised = [], [], []
    for k, (p, c) in enumerate(zip(probes, run.calls)):
        if c.status == "exception":
            failed.append(k)
            raised.append(k)
        elif c.status == "bad-return" and c.error.startswith("returned None"):
            names = pr.RETURN_NAMES[ctx.conv]
            if c.error == "returned None":
                text = translate("Checker", "Your function returns None (no return statement, or `return` alone): it "
                                            "is not finished yet. Compute {names} and return them: {signature}.")
                nones = []
            else:
                nones = [names[int(i) - 1] for i in c.error.split(" value ")[1].split(" of ")[0].split(", ")]
                text = translate("Checker", "Your function returns None for {nones}: it is not finished yet. Compute "
                                            "{names} and return them: {signature}.")
            if "not-implemented" not in ctx.found:
                add("not-implemented", text.format(nones=_and(nones) if nones else "", names=_and(names),
                                                   signature=pr.SIGNATURES[ctx.conv]),
                    translate("Checker", "first on {probe}").format(probe=p.describe()))
        elif c.status == "bad-return":
            failed.append(k)
            add("shape", _bad_return(c.error, p.describe()))
        elif c.status == "ok":
            succeeded.append(k)
    not_run = [k for k, c in enumerate(run.calls) if c.status == "not-run"]
    if not_run:
        _not_finished(ctx, not_run[0])
        failed.append(not_run[0])
    if raised:
        _exceptions(ctx, raised, succeeded)
    return failed


def _and(words: list[str]) -> str:
    """'dx, dw and db' (the names are code; the list in the language)."""
    if len(words) == 1:
        return words[0]
    first = words[0]
    for word in words[1:-1]:
        first = translate("Checker", "{first}, {then}").format(first=first, then=word)
    return translate("Checker", "{first} and {last}").format(first=first, last=words[-1])


def _their_error(error: str) -> str:
    """An error as the learner's process reported it: Python's own words stay (like a traceback);
    the two the process words itself (child.py, without the catalogue) in the language."""
    m = re.fullmatch(r"your code called sys\.exit\((.*)\) \(or raised SystemExit\)", error, re.S)
    if m:
        return translate("Checker", "your code called sys.exit({code}) (or raised SystemExit)").format(code=m.group(1))
    m = re.fullmatch(r"(\w+): your file is nested too deeply for Python to compile", error)
    if m:
        return translate("Checker", "{kind}: your file is nested too deeply for Python to compile").format(
            kind=m.group(1))
    return error


def _bad_return(error: str, probe: str) -> str:
    """What the learner's process said of a return value that is not gradients (child.py writes it in
    fixed English, without the catalogue), as a sentence in the language."""
    patterns = (
        (r"returned (\w+), expected a tuple of (\d+) arrays$",
         QT_TRANSLATE_NOOP("Checker", "Your function returned {type}, expected a tuple of {count} arrays (on {probe}).")),
        (r"returned (\d+) values, expected (\d+)$",
         QT_TRANSLATE_NOOP("Checker", "Your function returned {got} values, expected {count} (on {probe}).")),
        (r"value (\d+) of the returned tuple is not numbers \((.*)\)$",
         QT_TRANSLATE_NOOP("Checker", "Your function's value {number} of the returned tuple is not numbers ({why}) "
                                      "(on {probe}).")),
    )
    for pattern, template in patterns:
        m = re.match(pattern, error, re.S)
        if m:
            a, b = m.groups()
            return translate("Checker", template).format(type=a, count=b, got=a, number=a, why=b, probe=probe)
    return translate("Checker", "Your function {what} (on {probe}).").format(what=error, probe=probe)


def _not_finished(ctx: Context, k: int) -> None:
    p, run = ctx.probes[k], ctx.run
    if not run.timed_out:
        if run.crashed:  # (else its results were forged: said once, above)
            ctx.add("exception", translate("Checker", "Your code ended the checker's process during the call on "
                                                      "{probe}: {why}.").format(probe=p.describe(), why=run.crashed))
        return
    limit = run.limit or {}
    predicted = limit.get("predicted") or 0.0
    ran = limit.get("seconds") or 0.0
    if predicted * SLACK > MAX_SECONDS and ran >= MAX_SECONDS * 0.9:
        ctx.add("timeout", translate("Checker", "Your function is too slow for {probe}: from its speed on the calls "
                                                "before, it would need up to {predicted} s, and it was stopped after "
                                                "{ran} s. Loops over every pixel AND every position grow with the square "
                                                "of the image: loop over the positions and the filter's cells only, or "
                                                "use NumPy for the inner loops.").format(
                    probe=p.describe(), predicted=f"{predicted:.3g}", ran=f"{ran:.3g}"),
                headline=translate("Checker", "Your code is correct so far but far too slow for the lesson's image: "
                                              "see below."))
    elif predicted:
        ctx.add("timeout", translate("Checker", "Your function did not finish on {probe} in {ran} s, although its speed "
                                                "on the calls before predicted at most {predicted} s: an endless loop "
                                                "there, or much slower than on the smaller probes.").format(
                    probe=p.describe(), predicted=f"{predicted:.3g}", ran=f"{ran:.3g}"))
    else:
        ctx.add("timeout", translate("Checker", "Your function did not finish in time on {probe}: an endless loop, or "
                                                "far too slow (loading your file and the probes have a time limit each, "
                                                "10 s by default: --timeout).").format(probe=p.describe()))


def _exceptions(ctx: Context, raised: list[int], succeeded: list[int]) -> None:
    """What the errors mean: a missing course module, Python 2, the course's cache or signature,
    or failing only with one padding, stride or shape; else the error itself with their lines."""
    run, probes, add = ctx.run, ctx.probes, ctx.add
    k = raised[0]
    c, p = run.calls[k], probes[k]
    error = (translate("Checker", "{error} (line {line}) on {probe}") if c.line else
             translate("Checker", "{error} on {probe}")).format(error=_their_error(c.error), line=c.line,
                                                                 probe=p.describe())
    if "signature" in ctx.found:
        return  # the calls fail because the parameters do not fit: said once, with the course's call
    if c.error.startswith("TypeError") and f"{ctx.function}()" in c.error and "argument" in c.error:
        add("signature", translate("Checker", "Your {function} cannot be called as the course calls it: {error}.").format(
            function=ctx.function, error=c.error),
            translate("Checker", "the convention: {signature}").format(signature=pr.SIGNATURES[ctx.conv]))
        return
    if _missing_module(ctx, c, error) or _python2(ctx, c, error) or _own_cache(ctx, c, error):
        return
    setting = _failures_by_setting(probes, raised, succeeded)
    if setting:
        id_, sentence, headline = setting
        add(id_, sentence, translate("Checker", "it failed with {error}").format(error=error), c.traceback,
            headline=headline)
        return
    kind = c.error.split(":")[0]
    if c.line:
        text = translate("Checker", "Your function raised an error (line {line}) on {probe}: {error}.")
        headline = translate("Checker", "Your code stopped with {kind} on line {line}: fix that line (shown below with "
                                        "the error).")
    else:
        text = translate("Checker", "Your function raised an error on {probe}: {error}.")
        headline = translate("Checker", "Your code stopped with {kind}: fix that line (shown below with the error).")
    add("exception", text.format(line=c.line, probe=p.describe(), error=_their_error(c.error)),
        translate("Checker", "it failed on {probe}").format(probe=p.describe()), c.traceback,
        headline=headline.format(kind=kind, line=c.line))


def _missing_module(ctx: Context, c, error: str) -> bool:
    m = re.match(r"ModuleNotFoundError: No module named '([\w.]+)'", c.error)
    name = re.match(r"NameError: name '(\w+)' is not defined", c.error)
    skipped = ctx.missing_module_of(name.group(1)) if name else None
    if m:
        module, line = m.group(1), c.line
    elif skipped:
        module, line = skipped
    else:
        return False
    top = module.split(".")[0]
    ctx.add("missing-module", translate("Checker", "Your function needs the module {module}, which is not installed "
                                                   "here (line {line} imports it; then: {error}). Copy what your function "
                                                   "uses from it into your file, or check the file where that code "
                                                   "lives.").format(module=module, line=line, error=error),
            lines=c.traceback, headline=translate("Checker", "Your code needs the module {module}, which is missing "
                                                             "here: copy what your function uses from {module} into your "
                                                             "file.").format(module=top))
    return True


def _python2(ctx: Context, c, error: str) -> bool:
    m = re.match(r"NameError: name '(\w+)' is not defined", c.error)
    a = re.match(r"AttributeError: .* has no attribute '(\w+)'", c.error)
    if m and m.group(1) in PYTHON2_NAMES:
        old, new = m.group(1), PYTHON2_NAMES[m.group(1)]
    elif a and a.group(1) in PYTHON2_METHODS:
        old, new = a.group(1), PYTHON2_METHODS[a.group(1)]
    elif any(s in c.error for s in FLOAT_INDEX):
        ctx.add("python2", translate("Checker", "A size or an index in your code is a float ({error}). In Python 2, "
                                                "`/` of two whole numbers gave a whole number; in Python 3 it always "
                                                "gives a float (7 / 2 = 3.5), and a float cannot be a size, a range or "
                                                "an index. Use `//` for whole-number division: H_out = 1 + (H + 2 * pad "
                                                "- HH) // stride.").format(error=error), lines=c.traceback,
                headline=translate("Checker", "A size or index in your code is a float: `/` gives a float in Python 3, "
                                              "use `//` for sizes and indices."))
        return True
    else:
        return False
    ctx.add("python2", translate("Checker", "Your code is Python 2: {old} does not exist in Python 3, use {new} "
                                            "({error}).").format(old=old, new=new, error=error),
            lines=c.traceback, headline=translate("Checker", "This is Python 2 code: write {new} instead of {old}.")
            .format(old=old, new=new))
    return True


def _own_cache(ctx: Context, c, error: str) -> bool:
    m = re.match(r"ValueError: (not enough|too many) values to unpack \(expected (\d+)", c.error)
    if ctx.conv == "lesson" or not m:
        return False
    theirs = int(m.group(2))
    cache = _cache_words(ctx.conv).split("= ", 1)[1]
    ctx.add("cache", translate("Checker", "Your function unpacks the cache into {count} values, but the course's "
                                          "forward pass stores cache = {cache}, 4 values, and that is what is passed "
                                          "({error}). Unpack those 4; compute anything else you need (like the padded "
                                          "input) again inside the backward pass.").format(
                count=theirs, cache=cache, error=error),
            lines=c.traceback, headline=translate("Checker", "Your function expects its own cache of {count} items: the "
                                                             "course passes cache = {cache}.").format(count=theirs,
                                                                                                     cache=cache))
    return True


def _failures_by_setting(probes, failed: list[int], succeeded: list[int],
                         wrong: bool = False) -> tuple[str, str, str] | None:
    """Failing (or, wrong: going wrong) only with one padding, stride or shape of image is a sign of its
    own: (id, sentence, headline)."""
    if not failed or not succeeded:
        return None
    pads_failed = {probes[k].pad for k in failed}
    pads_ok = {probes[k].pad for k in succeeded}
    strides_failed = {probes[k].stride for k in failed}
    strides_ok = {probes[k].stride for k in succeeded}
    size = lambda k: probes[k].x.shape[2:]  # noqa: E731
    if pads_failed == {0} and 0 not in pads_ok:
        sentence = (translate("Checker", "Your code goes wrong only when pad = 0: a slice like [pad:-pad] is empty "
                                         "then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.")
                    if wrong else
                    translate("Checker", "Your code fails only when pad = 0: a slice like [pad:-pad] is empty then "
                                         "(-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead."))
        return ("padding", sentence, translate("Checker", "Your code fails when pad = 0: cut the padding off with "
                                                          "[pad:pad+H, pad:pad+W], not [pad:-pad]."))
    if 0 not in pads_failed and pads_ok == {0}:
        sentence = (translate("Checker", "Your code goes wrong only when pad > 0: take the windows from the padded x "
                                         "(np.pad) and cut the padding off dx at the end.") if wrong else
                    translate("Checker", "Your code fails only when pad > 0: take the windows from the padded x "
                                         "(np.pad) and cut the padding off dx at the end."))
        return ("padding", sentence, sentence)  # where the windows come from, said plainly already
    if len(strides_failed) == 1 and 1 not in strides_failed and 1 in strides_ok:
        sentence = (translate("Checker", "Your code goes wrong only when the stride is {stride}: the window of output "
                                         "(i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // "
                                         "stride + 1 rows.") if wrong else
                    translate("Checker", "Your code fails only when the stride is {stride}: the window of output (i, j) "
                                         "starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + "
                                         "1 rows."))
        return ("stride", sentence.format(stride=min(strides_failed)), translate("Checker", HEADLINES["stride"]))
    if all(size(k) == size(len(probes) - 1) for k in succeeded) and all(size(k) != size(len(probes) - 1)
                                                                       for k in failed):
        headline = translate("Checker", HEADLINES["sizes"])
        if probes[0].x.shape[0] == 1 and probes[0].w.shape[0] == 1:  # the lesson's convention (grey or colour)
            return ("sizes", translate("Checker", SENTENCES["sizes"]), headline)  # hard-coded 30, or H and W swapped
        return ("sizes", translate("Checker", "Your code works only on data shaped like the lesson's (one image, one "
                                              "channel, one filter, square): it fails on the probes' several images, "
                                              "channels and filters and other heights and widths. A size is written as "
                                              "a number, an index is fixed at 0, or height and width are swapped. Take "
                                              "every size from the arrays (N, C, H, W = x.shape; F = w.shape[0])."),
                headline)
    return None


def _wrong_by_setting(ctx: Context, values, failed: list[int]) -> None:
    """An error or an unrecognised value that shows only with one padding, stride or size of data is
    named by that setting (windows not taken from the padded x: wrong, or failing, only when pad > 0)."""
    found = ctx.found
    if "unknown" not in found or set(found) - {"unknown", "exception"}:
        return
    probes = ctx.probes
    bad = set(failed)
    for name, by_probe in values.items():
        for k, v in by_probe.items():
            p = probes[k]
            true = pr.backward(p.x, p.w, p.dout, p.stride, p.pad)[OUTPUTS.index(name)]
            if not np.allclose(v, true, rtol=0, atol=1e-5 * max(float(np.max(np.abs(true))), 1e-300)):
                bad.add(k)
    good = [k for k in range(len(probes)) if k not in bad and all(k in v for v in values.values())]
    setting = _failures_by_setting(probes, sorted(bad), good, wrong=True)
    if setting is None:
        return
    id_, sentence, headline = setting
    lines = found["exception"].lines if "exception" in found else []
    evidence = "; ".join(f.evidence for f in found.values() if f.evidence)
    found.clear()
    ctx.add(id_, sentence, evidence, lines, headline=headline)


def _returned_values(ctx: Context):
    """{output: {probe index: the learner's value, canonical layout}}, the lesson probe's values as the
    lesson shows them, and notes on wrong shapes there. Wrong shapes are reported (and reshaped when the
    size is right); gradients returned in another order are put in order."""
    conv, probes, run, add = ctx.conv, ctx.probes, ctx.run, ctx.add
    values: dict[str, dict[int, np.ndarray]] = {o: {} for o in OUTPUTS}
    lesson_yours: dict[str, np.ndarray] = {}
    notes: dict[str, str] = {}
    return_names = pr.RETURN_NAMES[conv]
    order = _return_order(ctx)
    for k, (p, call) in enumerate(zip(probes, run.calls)):
        if call.status != "ok":
            continue
        expected = pr.expected_shapes(conv, p)
        outputs = [call.outputs[i] for i in order]
        for name, shown, a in zip(pr.CONVENTIONS[conv][1], return_names, outputs):
            want = expected[name]
            if a.shape != want:
                fixed = _fix_shape(conv, p, name, shown, a, want, add, padded_lesson=probes[-1].pad > 0)
                if k == len(probes) - 1 and fixed is None:
                    notes[name] = translate("Checker", "shape {shape}, expected {expected}").format(
                        shape=a.shape, expected=tuple(want))
                if fixed is None:
                    continue
                a = fixed
            values[name][k] = pr.to_canonical(conv, name, a).reshape(
                {"dw": p.w.shape, "db": p.b.shape, "dx": p.x.shape}[name])
            if k == len(probes) - 1:
                lesson_yours[name] = _plain(values[name][k], name)
    return values, lesson_yours, notes


def _fits(conv: str, p: pr.Probe, outputs, order) -> bool:
    expected = pr.expected_shapes(conv, p)
    for name, i in zip(pr.CONVENTIONS[conv][1], order):
        a = outputs[i]
        if a.shape != expected[name] and not (conv == "lesson" and name == "db" and a.size == 1):
            return False
    return True


def _return_order(ctx: Context) -> tuple[int, ...]:
    """The order of the returned values: as the course says, unless their shapes fit only another
    order on every call (then `order` is reported)."""
    conv, probes = ctx.conv, ctx.probes
    calls = [(p, c) for p, c in zip(probes, ctx.run.calls) if c.status == "ok" and len(c.outputs) == 3]
    as_is = (0, 1, 2)
    if not calls or all(_fits(conv, p, c.outputs, as_is) for p, c in calls):
        return as_is
    for order in itertools.permutations(as_is):
        if order != as_is and all(_fits(conv, p, c.outputs, order) for p, c in calls):
            names = pr.RETURN_NAMES[conv]
            theirs = ", ".join(names[order.index(j)] for j in as_is)  # what they return first, second, third
            ctx.add("order", translate("Checker", "Your function returns the gradients in another order: ({theirs}), "
                                                  "where {signature} is expected. They are compared in your order "
                                                  "here.").format(theirs=theirs, signature=pr.SIGNATURES[conv]),
                    translate("Checker", "the shapes you return fit only that order, on every call"),
                    headline=translate("Checker", "Return the gradients in the order the course expects: return "
                                                  "{names}.").format(names=", ".join(names)))
            return order
    return as_is


def _fix_shape(conv, p, name, shown, a, want, add, padded_lesson=False):
    """A value of the wrong shape: the size-1 db of the lesson is fine; a padded dx, or one emptied by
    [pad:-pad] at pad 0, is `padding`; the right size in another shape is `shape` (and compared);
    anything else only `shape`."""
    if conv == "lesson" and name == "db" and a.size == 1:
        return a.reshape(())
    spatial = (1, 2) if conv == "dlai" else (len(want) - 2, len(want) - 1)
    if name == "dx" and p.pad > 0:
        padded = tuple(s + 2 * p.pad if i in spatial else s for i, s in enumerate(want))
        if a.shape == padded:
            add("padding", translate("Checker", "Your {name} still has the padding border: shape {shape} where "
                                                "{expected} was expected (cut it off: [pad:pad+H, pad:pad+W]).").format(
                    name=shown, shape=a.shape, expected=want),
                translate("Checker", "on {probe}").format(probe=p.describe()),
                headline=translate("Checker", "Your dx still has its padding border: cut it off with [pad:pad+H, "
                                              "pad:pad+W]."))
            cut = tuple(slice(p.pad, p.pad + s) if i in spatial else slice(None) for i, s in enumerate(want))
            return a[cut]
    if name == "dx" and p.pad == 0 and (conv != "lesson" or padded_lesson) and a.ndim == len(want) and \
            all(a.shape[i] == 0 for i in spatial):
        add("padding", translate("Checker", "Your {name} is empty when pad = 0 (shape {shape}): a slice like "
                                            "[pad:-pad] is [0:0] then, because -0 is 0, and keeps nothing. Cut the "
                                            "padding off with [pad:pad+H, pad:pad+W] instead.").format(
                name=shown, shape=a.shape),
            translate("Checker", "on {probe}").format(probe=p.describe()),
            headline=translate("Checker", "Your dx is empty when pad = 0: cut the padding off with [pad:pad+H, "
                                          "pad:pad+W], not [pad:-pad]."))
        return None
    what = translate("Checker", "Your {name} has shape {shape} where {expected} was expected (on {probe}).").format(
        name=shown, shape=a.shape, expected=tuple(want), probe=p.describe())
    add("shape", what)
    return a.reshape(want) if a.size == int(np.prod(want)) else None


def _explain_outputs(probes, values, add, report: Report) -> None:
    cands = Candidates(probes, course=(probes[0].x.shape[0], probes[0].w.shape[0]) != (1, 1))
    explained: dict[str, Explanation | None] = {}
    for name in OUTPUTS:
        if values[name]:
            explained[name] = explain(cands, name, values[name])
    dw_ids = set(explained["dw"].ids) if explained.get("dw") else set()
    for name, e in explained.items():
        k = max(values[name])  # the evidence comes from the lesson's data when it returned
        p = probes[k]
        if e is None:
            k = _first_wrong(name, values[name], probes)  # the cells of a call where it IS wrong
            p = probes[k]
            words, err = closest(cands, name, k, values[name][k])
            add("unknown", translate("Checker", SENTENCES["unknown"]),
                translate("Checker", "your {name} on {probe}: {cells}; the closest explanation found: {closest}, still "
                                     "off by {error} of the largest true value").format(
                    name=name, probe=p.describe(), cells=_cells(name, values[name][k], p), closest=words,
                    error=_percent(err)),
                headline=translate("Checker", NAMED_HEADLINES["unknown"]).format(name=name))
            continue
        if not e.ids:
            continue
        ids = e.ids
        if name == "db" and not set(ids) <= dw_ids:
            ids = ("bias",)  # db wrong on its own: say how in the evidence
        evidence = _evidence(name, e, probes, k)
        for id_ in ids:
            headline = ""
            if id_ in ("zeros", "ignores-input", "mean"):
                headline = translate("Checker", NAMED_HEADLINES[id_]).format(name=name)
            # the indices in the lesson's layer's words (the classroom's: as written)
            sentence = _layer_indices(translate("Checker", SENTENCES[id_]), probes[-1])
            own = translate("Checker", HEADLINES[id_]) if id_ in HEADLINES else ""
            if _layer_indices(own, probes[-1]) != own:
                headline = _layer_indices(headline or own, probes[-1])
            add(id_, sentence, evidence, headline=headline)
        if name == "dw" and e.candidate is not None and e.candidate.positions is not None:
            key = e.candidate.positions.key
            _, _, ho, wo = probes[-1].dout.shape
            if key == "last-position":
                report.explain_count = probes[-1].positions
            elif key.startswith("leaves out:the last row of positions "):
                report.explain_count = (ho - 1) * wo


def _layer_indices(text: str, lesson: pr.Probe) -> str:
    """The classroom's indices (x[i + r, j + c], 2 = k - 1) for the lesson's kernel size and stride."""
    k, s = lesson.w.shape[-1], lesson.stride
    i, j = ("i", "j") if s == 1 else (f"{s}i", f"{s}j")
    for a, b in (("x[i+2-r, j+2-c]", f"x[{i}+{k - 1}-r, {j}+{k - 1}-c]"),
                 ("x[i + 2 - r, j + 2 - c]", f"x[{i} + {k - 1} - r, {j} + {k - 1} - c]"),
                 ("x[i+r, j+c]", f"x[{i}+r, {j}+c]"), ("x[i + r, j + c]", f"x[{i} + r, {j} + c]")):
        text = text.replace(a, b)
    return text


def _evidence(name: str, e: Explanation, probes: list[pr.Probe], k: int) -> str:
    """Where the explanation shows: the lesson's data if the bug changes it there, else the first probe
    where it does (a stride bug shows only with stride 2)."""
    if e.candidate is not None:
        def shows(p):
            true = pr.backward(p.x, p.w, p.dout, p.stride, p.pad)[OUTPUTS.index(name)]
            return not np.allclose(e.candidate.value(p), true)
        k = next((j for j in [k] + list(range(len(probes))) if shows(probes[j])), k)
    p = probes[k]
    n, _, ho, wo = p.dout.shape
    how = fill(e.how or translate("Checker", "is the true {name}").replace("{name}", name), p)
    pos = e.candidate.positions.key if e.candidate is not None and e.candidate.positions is not None else ""
    if e.stale:
        return translate("Checker", "a second call with new data {stale}; what each call adds {how}").format(
            stale=e.stale, how=how)
    classroom = (p.stride, p.pad, p.x.shape[1], p.w.shape[-1]) == (1, 0, 1, 3)  # the example's indices hold there
    if pos == "last-position" and name == "dw" and how == e.how and p.name == "lesson" and classroom:
        d, x0 = p.dout[0, 0, -1, -1], p.x[0, 0, ho - 1, wo - 1]
        return translate("Checker", "your dw equals position {count}'s contribution alone (δ[{row},{col}] · the "
                                    "patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed. For example "
                                    "dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}").format(
            count=p.positions, row=ho - 1, col=wo - 1, probe=p.describe(), delta=sig(d), x=sig(x0), product=sig(d * x0))
    if pos == "last-position" and name == "dw" and how == e.how:
        return translate("Checker", "your dw equals position {count}'s contribution alone (δ[{row},{col}] · the "
                                    "patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed").format(
            count=p.positions, row=ho - 1, col=wo - 1, probe=p.describe())
    if e.ids and e.ids[0] in ("zeros", "ignores-input") or e.everywhere:
        return translate("Checker", "your {name} {how} (on every probe)").format(name=name, how=how)
    return translate("Checker", "your {name} {how} (on every probe; here: {probe})").format(name=name, how=how,
                                                                                           probe=p.describe())


def _first_wrong(name: str, values: dict[int, np.ndarray], probes: list[pr.Probe]) -> int:
    """The lesson's data if the output is wrong there, else the first probe where it is."""
    def wrong(k):
        p = probes[k]
        true = pr.backward(p.x, p.w, p.dout, p.stride, p.pad)[OUTPUTS.index(name)]
        return not np.allclose(values[k], true, rtol=0, atol=1e-5 * max(np.max(np.abs(true)), 1e-300))
    last = max(values)
    return next((k for k in [last] + sorted(values) if wrong(k)), last)


def _percent(err: float) -> str:
    """A relative error in words that never says 0% for something wrong."""
    return f"{err:.0%}" if err >= 0.01 else translate("Checker", "{error} (a tiny part)").format(error=f"{err:.2g}")


def _cells(name: str, yours: np.ndarray, p: pr.Probe) -> str:
    truth = pr.backward(p.x, p.w, p.dout, p.stride, p.pad)[OUTPUTS.index(name)]
    diff = yours - truth
    if name == "dw":
        f, c = np.unravel_index(np.argmax(np.nan_to_num(np.abs(diff), nan=np.inf).max(axis=(2, 3))), diff.shape[:2])
        rows = ["[" + ", ".join(sig(v) if np.isfinite(v) else str(v) for v in row) + "]"  # nan, inf: as NumPy says
                for row in diff[f, c]]
        if diff.shape[:2] != (1, 1):
            return translate("Checker", "yours − true, cell by cell (filter {filter}, channel {channel}: the most wrong) "
                                        "(3 significant digits): {rows}").format(filter=f, channel=c, rows=" ".join(rows))
        return translate("Checker", "yours − true, cell by cell (3 significant digits): {rows}").format(
            rows=" ".join(rows))
    wrong = int(np.count_nonzero(np.abs(diff) > 1e-5 * max(np.max(np.abs(truth)), 1e-300)))
    return translate("Checker", "{wrong} of {count} values wrong, off by up to {most}").format(
        wrong=wrong, count=diff.size, most=sig(np.max(np.abs(diff))))
