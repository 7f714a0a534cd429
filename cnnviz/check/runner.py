"""Run a learner's function on the probes in a separate, isolated process (child.py).

The child is `python -I child.py DIR`: isolated mode (no PYTHONPATH, no user site, not the app's
folders on sys.path), its own session (a timeout kills it and anything it started), a memory limit
and capped output. Inputs and outputs pass as .npz and JSON files; they are read with
allow_pickle=False, so nothing the learner's process writes is ever run here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

CHILD = Path(__file__).with_name("child.py")
DEFAULT_TIMEOUT = 10.0  # seconds for loading the file, and again for the calls (more for slow big calls)
MAX_SECONDS = 120.0  # the most a slow call is given by its speed on the smaller calls before it
SLACK = 3.0  # times the predicted seconds a call is given (a shared, busy machine)
POLL = 0.02  # seconds between looks at the calls done
STARTUP_SECONDS = 20.0  # for Python and NumPy to start on a busy machine, before the learner's time counts


@dataclass
class CallResult:
    status: str  # "ok", "exception", "bad-return", "not-run" (an earlier crash or the timeout)
    outputs: tuple[np.ndarray, ...] = ()
    error: str = ""
    line: int | None = None
    traceback: list[str] = field(default_factory=list)
    seconds: float | None = None  # how long the call ran (measured in the child)


@dataclass
class RunResult:
    """What happened in the child. load: the load.json record ({"status": "ok" | "syntax" | ...})."""

    load: dict
    calls: list[CallResult]
    timed_out: bool = False
    crashed: str = ""  # why the process ended early (os._exit, a signal), "" if it finished
    output: str = ""  # what their code printed (capped)
    output_dropped: int = 0
    seconds: float = 0.0
    limit: dict = field(default_factory=dict)  # the call the time ran out on: {"call", "seconds", "predicted"}


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _read_line(path: Path) -> int | None:
    """The line number the child was loading (its `at` file), if it got that far."""
    try:
        return int(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _child_env() -> dict[str, str]:
    # One BLAS thread: the machine is shared and the learner's arrays are small.
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR")}
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONIOENCODING="utf-8")
    return env


def run_learner(path: Path, functions: dict[str, str], calls: dict[str, list[dict]],
                timeout: float = DEFAULT_TIMEOUT, started=None, source: str | None = None,
                progress=None) -> RunResult:
    """Run the first function of `functions` ({name: convention}) found in `path` on the calls of
    its convention, in order: calls = {convention: [{"arrays": {name: ndarray}, "stride", "pad",
    "work"}, ...]}; "work" (optional) measures how much a naive loop does for that call.

    source: the text to run (a notebook's cells joined; default: the file's text).
    started(popen): optional, called with the process once it runs (the app uses it to cancel).
    progress(done, total, seconds): optional, called as calls finish and every half second.
    """
    with tempfile.TemporaryDirectory(prefix="cnnviz-check-") as tmp:
        folder = Path(tmp)
        job = {"file": str(Path(path).resolve()), "functions": functions, "source": source,
               "calls": {conv: [{"stride": c["stride"], "pad": c["pad"]} for c in cs] for conv, cs in calls.items()}}
        (folder / "job.json").write_text(json.dumps(job), encoding="utf-8")
        for conv, cs in calls.items():
            for k, call in enumerate(cs):
                np.savez(folder / f"{conv}-{k}-in.npz", **call["arrays"])
        t0 = time.perf_counter()
        with open(folder / "stdout.txt", "wb") as out:
            proc = subprocess.Popen([sys.executable, "-I", str(CHILD), str(folder)], cwd=folder, env=_child_env(),
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
            if started is not None:
                started(proc)
            try:
                timed_out, limit = _wait(proc, folder, functions, calls, timeout, t0, progress)
            finally:
                _kill_group(proc)
        seconds = time.perf_counter() - t0
        count = len(calls.get(load_convention(folder, functions), []))
        result = _collect(folder, count, proc.returncode, timed_out, seconds)
        result.limit = limit
        return result


def _wait(proc, folder: Path, functions, calls, timeout: float, t0: float, progress) -> tuple[bool, dict]:
    """Wait for the child: loading gets `timeout` seconds, the calls `timeout` more; a call that does
    more work than the ones before it gets time by its predicted seconds (SLACK x the slowest rate
    seen so far, at most MAX_SECONDS): a correct six-loop solution is slow on a big image, not wrong.
    Returns (timed out, {"call", "seconds", "predicted"} of the call the time ran out on)."""
    ready, loaded_at, done, rates, predicted = False, None, 0, [], 0.0
    call_start = deadline = t0 + timeout + STARTUP_SECONDS
    cap = max(MAX_SECONDS, timeout)
    shown = -1.0
    total = None
    while True:
        try:
            proc.wait(timeout=POLL)
            return False, {}
        except subprocess.TimeoutExpired:
            pass
        now = time.perf_counter()
        if not ready and (folder / "ready").exists():
            ready, deadline = True, now + timeout  # loading their file gets `timeout` seconds
        if loaded_at is None and _read_json(folder / "load.json") is not None:
            loaded_at = call_start = now
            deadline = now + timeout
            total = len(calls.get(load_convention(folder, functions), []))
        if loaded_at is not None:
            conv_calls = calls.get(load_convention(folder, functions), [])
            while done < len(conv_calls) and (record := _read_json(folder / f"call-{done}.json")) is not None:
                work = conv_calls[done].get("work")
                if work and record.get("seconds") is not None:
                    rates.append(record["seconds"] / work)
                done += 1
                call_start = now
                if done < len(conv_calls) and rates and conv_calls[done].get("work"):
                    predicted = max(rates) * conv_calls[done]["work"]
                    deadline = max(deadline, min(now + SLACK * predicted, call_start + cap))
                if progress is not None:
                    progress(done, total, now - t0)
                    shown = now
        if progress is not None and now - shown >= 0.5:
            progress(done, total, now - t0)
            shown = now
        if now >= deadline:
            return True, ({"call": done, "seconds": now - call_start, "predicted": predicted}
                          if loaded_at is not None else {})


def load_convention(folder: Path, functions: dict[str, str]) -> str:
    """The convention of the function the child found (else the first one looked for)."""
    load = _read_json(folder / "load.json") or {}
    return functions.get(load.get("function"), next(iter(functions.values())))


def _kill_group(proc: subprocess.Popen) -> None:
    """End the child and anything it started (its own session), then reap it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def _collect(folder: Path, count: int, returncode: int, timed_out: bool, seconds: float) -> RunResult:
    load = _read_json(folder / "load.json") or {"status": "not-loaded", "at": _read_line(folder / "at")}
    calls = []
    for k in range(count):
        record = _read_json(folder / f"call-{k}.json")
        if record is None:
            calls.append(CallResult("not-run"))
            continue
        outputs: tuple[np.ndarray, ...] = ()
        if record["status"] == "ok":
            try:
                with np.load(folder / f"call-{k}-out.npz", allow_pickle=False) as data:
                    outputs = tuple(data[f"out{i}"] for i in range(len(data.files)))
            except (OSError, ValueError, KeyError) as e:
                record = {"status": "bad-return", "error": f"its result could not be read back ({e})"}
        calls.append(CallResult(record["status"], outputs, record.get("error", ""), record.get("line"),
                                record.get("traceback", []), record.get("seconds")))
    printed = _read_json(folder / "output.json") or {}
    crashed = ""
    if not timed_out and not (folder / "done").exists():
        if returncode is not None and returncode < 0:
            try:
                name = signal.Signals(-returncode).name
            except ValueError:
                name = f"signal {-returncode}"
            crashed = f"the process was killed by {name}"
        else:
            crashed = f"the process ended early with exit code {returncode} (os._exit or a crash in native code)"
    raw = (folder / "stdout.txt").read_bytes()[:2000].decode("utf-8", "replace")
    return RunResult(load, calls, timed_out, crashed, printed.get("text", "") or raw, printed.get("dropped", 0),
                     seconds)
