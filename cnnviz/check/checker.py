"""`check_file`: run a learner's backward pass on the probes and say what is right and what is wrong.

No Qt. Used by `cnnviz check` (check_cli.py) and the app's File > Check My Backprop….
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnnviz.check import probes as pr
from cnnviz.check.diagnose import OUTPUTS, Candidates, Explanation, Found, OutputCheck, closest, explain
from cnnviz.check.learner_text import one_line
from cnnviz.check.runner import DEFAULT_TIMEOUT, RunResult, run_learner
from cnnviz.check.sandbox import SandboxUnavailable

SENTENCES = {
    "overwrite": "The gradient buffer keeps only the last contribution: `=` where `+=` was needed, so every "
                 "earlier position's contribution is lost.",
    "mean": "The gradient is divided by a count (an average): the shared filter's gradient is the SUM of every "
            "position's contribution (dy already carries the loss's own scaling).",
    "stale": "Your function keeps state between calls: a buffer is never reset (a mutable default argument such "
             "as dw=np.zeros(...), or a global). Create it inside the function, on every call.",
    "flipped": "Your dw is rotated 180°: that pairs w[r, c] with x[i+2-r, j+2-c] (a convolution), but the forward "
               "pass is a cross-correlation: w[r, c] multiplies x[i+r, j+c].",
    "transposed": "Your dw has rows and columns swapped: dw[c, r] holds what belongs in dw[r, c].",
    "sign": "The sign is wrong: the gradient has the right size but points the other way.",
    "bias": "db is wrong: db is the sum of δ over every position (and image), one number per filter.",
    "positions": "Some positions are left out or counted twice: a loop bound is off by one (with stride 1 the "
                 "output has H - k + 1 rows and W - k + 1 columns).",
    "dx-overwrite": "dx is assigned (`=`) where it must add (`+=`): windows overlap, so a pixel shared by several "
                    "positions must collect the input deltas of all of them.",
    "dx-flipped": "dx uses a turned kernel: position (i, j) adds δ[i, j]·w[r, c] into x[i+r, j+c], with the same "
                  "unflipped w as the forward pass.",
    "stride": "The stride is not applied: the window of output (i, j) starts at (i·stride, j·stride).",
    "unknown": "This is wrong in a way the checker does not recognise: compare the cells below.",
}
ORDER = ("exception", "timeout", "shape", "overwrite", "dx-overwrite", "stale", "mean", "sign", "flipped",
         "transposed", "dx-flipped", "positions", "stride", "padding", "bias", "unknown")


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
    isolation: str = ""  # how their code ran: "isolated" (a sandbox) or "not isolated: <why>"

    @property
    def ids(self) -> list[str]:
        return [f.id for f in self.found]

    @property
    def message(self) -> str:
        if self.verdict == "correct":
            return (f"Correct: your {self.function} gives the exact dw, db and dx on the lesson's data and on "
                    f"{len(self.calls) - 1} probes.")
        return " ".join(f.sentence for f in self.found)

    def to_dict(self) -> dict:
        """JSON-ready (finite numbers only: non-finite values become null)."""
        outputs = {}
        for name, oc in self.lesson.items():
            outputs[name] = {"max_error": _finite(oc.max_error), "yours": _list(oc.yours), "true": _list(oc.true),
                             "wrong_cells": np.argwhere(oc.wrong_cells()).tolist()}
        return {"verdict": self.verdict, "diagnosis": self.ids, "message": self.message,
                "findings": [{"id": f.id, "sentence": f.sentence, "evidence": f.evidence, "traceback": f.lines}
                             for f in self.found],
                "convention": self.convention, "function": self.function, "file": self.file,
                "lesson": outputs, "calls": self.calls, "explain_position_count": self.explain_count,
                "printed": self.printed, "seconds": round(self.seconds, 3), "isolation": self.isolation}


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


def lesson_data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The lesson's image, its initial filter and δ there: what the app shows at step 0."""
    from cnnviz import images
    from cnnviz.engine import Trainer

    snap = Trainer(images.load_sample(images.DEFAULT_SAMPLE)).snapshot()
    return snap.images[0], snap.weights, snap.delta[0]


def check_file(path: str | Path, convention: str | None = None, function: str | None = None,
               timeout: float = DEFAULT_TIMEOUT, lesson=None, started=None, sandbox: str = "auto") -> Report:
    """Run the learner's function on the probes (in a separate process) and diagnose it.

    lesson: (x (H, W), w (3, 3), dy) to use as the lesson's data (default: the app's first step).
    started(run): called once the check starts (run.cancel() stops it).
    sandbox: "auto" (isolated where bubblewrap works), "require" (refuse without it) or "off".
    Raises CheckInputError for a missing file or function, or when isolation is required but
    this machine cannot isolate."""
    path = Path(path)
    shown = one_line(path)  # a file's name is the learner's text too
    if not path.is_file():
        raise CheckInputError(f"not a regular file: {shown}" if path.exists() else f"no such file: {shown}")
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise CheckInputError(f"{shown} is {path.stat().st_size:,} bytes (limit {MAX_SOURCE_BYTES:,}): a backward "
                              "pass is a short Python file")
    functions = choose(convention, function)
    lesson = lesson if lesson is not None else lesson_data()
    probe_sets = {conv: pr.make_probes(conv, lesson) for conv in dict.fromkeys(functions.values())}
    calls = {conv: [{"arrays": pr.to_call(conv, p), "stride": p.stride, "pad": p.pad} for p in ps]
             for conv, ps in probe_sets.items()}
    try:
        run = run_learner(path, functions, calls, timeout, started, sandbox)
    except SandboxUnavailable as e:
        raise CheckInputError(str(e)) from None
    load = run.load
    if load["status"] == "missing":
        found = ", ".join(load["functions"]) or "none"
        raise CheckInputError(f"{shown} defines no function {' or '.join(functions)} (functions found: {found}; "
                              "choose one with --function NAME)")
    if load["status"] == "unreadable":
        raise CheckInputError(f"cannot read {shown}: {load['error']}")
    name = load.get("function") or next(iter(functions))
    conv = functions[name]
    return diagnose(path, conv, name, probe_sets[conv], run)


# ---- from what happened to a report -----------------------------------------------------------------
def diagnose(path: Path, conv: str, function: str, probes: list[pr.Probe], run: RunResult) -> Report:
    with np.errstate(all="ignore"):  # a learner's NaN or inf is a finding, not a warning
        return _diagnose(path, conv, function, probes, run)


def _diagnose(path: Path, conv: str, function: str, probes: list[pr.Probe], run: RunResult) -> Report:
    report = Report("correct", [], conv, function, str(path), printed=run.output, seconds=run.seconds,
                    isolation=run.isolation)
    found: dict[str, Found] = {}

    def add(id_: str, sentence: str, evidence: str = "", lines: list[str] | None = None) -> None:
        if id_ not in found:
            found[id_] = Found(id_, sentence, evidence, lines or [])
        elif evidence and evidence not in found[id_].evidence:
            found[id_].evidence += "; " + evidence

    if run.forged:
        add("exception", f"The checker could not use what your code sent back: {run.forged}.")
    _loading_failures(run, add)
    failed = _call_failures(run, probes, add)
    if run.crashed and not found:  # every call answered, then the process was ended
        add("exception", f"Your code ended the check: {run.crashed}.")
    values, lesson_yours = _returned_values(conv, probes, run, add)
    if run.load.get("status") == "ok":
        _explain_outputs(probes, values, add, report)
    last = probes[-1]
    truth = pr.backward(last.x, last.w, last.dout, last.stride, last.pad)
    for name, true in zip(OUTPUTS, truth):
        report.lesson[name] = OutputCheck(name, lesson_yours.get(name), _plain(true, name))
    report.calls = [{"probe": p.describe(), "status": run.calls[k].status if k < len(run.calls) else "not-run",
                     "max_error": {o: _finite(_max_error(values[o].get(k), t))
                                   for o, t in zip(OUTPUTS, pr.backward(p.x, p.w, p.dout, p.stride, p.pad))}}
                    for k, p in enumerate(probes)]
    report.found = sorted(found.values(), key=lambda f: ORDER.index(f.id))
    if run.load.get("status") != "ok" or run.timed_out or run.crashed or run.forged or failed:
        report.verdict = "error"
    elif report.found:
        report.verdict = "wrong"
    return report


def _plain(a: np.ndarray, name: str) -> np.ndarray:
    """The lesson's (1, 1, ...) canonical arrays as the lesson shows them: dw (3, 3), db (), dx (H, W)."""
    return a.reshape(()) if name == "db" else a[0, 0]


def _max_error(yours, true) -> float | None:
    if yours is None or yours.shape != true.shape:
        return None
    return float(np.max(np.abs(yours - true))) if true.size else 0.0


def _loading_failures(run: RunResult, add) -> None:
    load = run.load
    if load["status"] == "syntax":
        add("exception", f"Your file has a syntax error on line {load['line']}: {load['error']}.",
            f"line {load['line']}: {load.get('text', '').strip()}")
    elif load["status"] == "exception":
        where = f" (line {load['line']})" if load.get("line") else ""
        add("exception", f"Your file raised an error while it was loaded{where}: {load['error']}.",
            lines=load["traceback"])
    elif load["status"] == "not-loaded" and run.timed_out:
        add("timeout", "Loading your file did not finish in time: code at the top level of the file runs "
                       "forever or far too long (put tests under `if __name__ == '__main__':`).")
    elif load["status"] == "not-loaded" and not run.forged:
        add("exception", f"Your file could not be loaded: {run.crashed or 'the checker process failed'}.",
            run.output.strip()[-500:])


def _call_failures(run: RunResult, probes: list[pr.Probe], add) -> list[int]:
    """Exceptions, timeouts and crashes in the calls; returns the indexes of the probes that failed."""
    if run.load.get("status") != "ok":
        return []
    failed, succeeded = [], []
    for k, (p, c) in enumerate(zip(probes, run.calls)):
        if c.status == "exception":
            failed.append(k)
            where = f" (line {c.line})" if c.line else ""
            add("exception", f"Your function raised an error{where} on {p.describe()}: {c.error}.",
                f"it failed on {p.describe()}", c.traceback)
        elif c.status == "bad-return":
            failed.append(k)
            add("shape", f"Your function {c.error} (on {p.describe()}).")
        elif c.status == "ok":
            succeeded.append(k)
    not_run = [k for k, c in enumerate(run.calls) if c.status == "not-run"]
    if not_run:
        p = probes[not_run[0]]
        if run.timed_out:
            add("timeout", f"Your function did not finish in time on {p.describe()}: an endless loop, or far too "
                           "slow (the whole check has a time limit, 10 s by default: --timeout).")
        elif run.crashed:
            add("exception", f"Your code ended the checker's process during the call on {p.describe()}: "
                             f"{run.crashed}.")
        failed.append(not_run[0])
    _failures_by_setting(probes, [k for k in failed if run.calls[k].status == "exception"], succeeded, add)
    return failed


def _failures_by_setting(probes, failed: list[int], succeeded: list[int], add) -> None:
    """Failing only with one padding or stride is a sign of its own."""
    if not failed or not succeeded:
        return
    pads_failed = {probes[k].pad for k in failed}
    pads_ok = {probes[k].pad for k in succeeded}
    strides_failed = {probes[k].stride for k in failed}
    if pads_failed == {0} and 0 not in pads_ok:
        add("padding", "Your code fails only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); "
                       "cut the padding off with [pad:pad+H, pad:pad+W] instead.")
    elif 0 not in pads_failed and pads_ok == {0}:
        add("padding", "Your code fails only when pad > 0: take the windows from the padded x (np.pad) and cut "
                       "the padding off dx at the end.")
    elif strides_failed - {1} and all(probes[k].stride == 1 for k in succeeded):
        add("stride", "Your code fails only when the stride is 2: the window of output (i, j) starts at "
                      "(i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.")


def _returned_values(conv, probes, run, add):
    """{output: {probe index: the learner's value, canonical layout}} and the lesson probe's, as the
    lesson shows them. Wrong shapes are reported (and reshaped when the size is right)."""
    values: dict[str, dict[int, np.ndarray]] = {o: {} for o in OUTPUTS}
    lesson_yours: dict[str, np.ndarray] = {}
    return_names = pr.RETURN_NAMES[conv]
    for k, (p, call) in enumerate(zip(probes, run.calls)):
        if call.status != "ok":
            continue
        expected = pr.expected_shapes(conv, p)
        for name, shown, a in zip(pr.CONVENTIONS[conv][1], return_names, call.outputs):
            want = expected[name]
            if a.shape != want:
                a = _fix_shape(conv, p, name, shown, a, want, add)
                if a is None:
                    continue
            values[name][k] = pr.to_canonical(conv, name, a).reshape(
                {"dw": p.w.shape, "db": p.b.shape, "dx": p.x.shape}[name])
            if k == len(probes) - 1:
                lesson_yours[name] = _plain(values[name][k], name)
    return values, lesson_yours


def _fix_shape(conv, p, name, shown, a, want, add):
    """A value of the wrong shape: the size-1 db of the lesson is fine; a padded dx is `padding`;
    the right size in another shape is `shape` (and compared); anything else only `shape`."""
    if conv == "lesson" and name == "db" and a.size == 1:
        return a.reshape(())
    if name == "dx" and p.pad > 0:
        spatial = (1, 2) if conv == "dlai" else (2, 3)
        padded = tuple(s + 2 * p.pad if i in spatial else s for i, s in enumerate(want))
        if a.shape == padded:
            add("padding", f"Your {shown} still has the padding border: shape {a.shape} where {want} was expected "
                           "(cut it off: [pad:pad+H, pad:pad+W]).", f"on {p.describe()}")
            cut = tuple(slice(p.pad, p.pad + s) if i in spatial else slice(None) for i, s in enumerate(want))
            return a[cut]
    what = f"Your {shown} has shape {a.shape} where {tuple(want)} was expected (on {p.describe()})."
    add("shape", what)
    return a.reshape(want) if a.size == int(np.prod(want)) else None


def _explain_outputs(probes, values, add, report: Report) -> None:
    cands = Candidates(probes, course=probes[0].x.shape[:2] != (1, 1))
    explained: dict[str, Explanation | None] = {}
    for name in OUTPUTS:
        if values[name]:
            explained[name] = explain(cands, name, values[name])
    dw_ids = set(explained["dw"].ids) if explained.get("dw") else set()
    for name, e in explained.items():
        k = max(values[name])  # the evidence comes from the lesson's data when it returned
        p = probes[k]
        if e is None:
            words, err = closest(cands, name, k, values[name][k])
            add("unknown", SENTENCES["unknown"],
                f"your {name} on {p.describe()}: {_cells(name, values[name][k], p)}; the closest explanation "
                f"found: {words}, still off by {err:.0%} of the largest true value")
            continue
        if not e.ids:
            continue
        ids = e.ids
        if name == "db" and not set(ids) <= dw_ids:
            ids = ("bias",)  # db wrong on its own: say how in the evidence
        evidence = _evidence(name, e, probes, k)
        for id_ in ids:
            add(id_, SENTENCES[id_], evidence)
        if name == "dw" and e.candidate is not None and e.candidate.positions is not None:
            key = e.candidate.positions.key
            _, _, ho, wo = probes[-1].dout.shape
            if key == "last-position":
                report.explain_count = probes[-1].positions
            elif key.startswith("leaves out:the last row of positions "):
                report.explain_count = (ho - 1) * wo


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
    how = (e.how or f"is the true {name}").format(P=p.positions, N=n, HW=ho * wo, R=ho - 1, C=wo - 1)
    pos = e.candidate.positions.key if e.candidate is not None and e.candidate.positions is not None else ""
    if e.stale:
        return f"a second call with new data {e.stale}; what each call adds {how}"
    if pos == "last-position" and name == "dw" and how == e.how:
        return (f"your dw equals position {p.positions}'s contribution alone (δ[{ho - 1},{wo - 1}] · the patch at "
                f"row {ho - 1}, col {wo - 1}) on {p.describe()}: `=` where `+=` was needed")
    return f"your {name} {how} (on every probe; here: {p.describe()})"


def _cells(name: str, yours: np.ndarray, p: pr.Probe) -> str:
    truth = pr.backward(p.x, p.w, p.dout, p.stride, p.pad)[OUTPUTS.index(name)]
    diff = yours - truth
    if name == "dw":
        rows = ["[" + ", ".join(f"{v:+.3g}" for v in row) + "]" for row in diff.reshape(-1, *diff.shape[-2:])[0]]
        return "yours − true, cell by cell: " + " ".join(rows)
    wrong = int(np.count_nonzero(np.abs(diff) > 1e-5 * max(np.max(np.abs(truth)), 1e-300)))
    return f"{wrong} of {diff.size} values wrong, off by up to {np.max(np.abs(diff)):.3g}"
